from django.db import migrations

from omgevingsagenda.kernteam import kernteam_groep_bijwerken


class Migration(migrations.Migration):
    """The kernteam sees and lifts login lockouts (django-axes) in the admin."""

    dependencies = [
        ("omgevingsagenda", "0002_kernteam_groep_bereiken"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(kernteam_groep_bijwerken, migrations.RunPython.noop)]
