from django.db import migrations

from omgevingsagenda.kernteam import kernteam_groep_bijwerken


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("deelnemers", "0001_initial"),
        ("agenda", "0001_initial"),
        ("opgaven", "0001_initial"),
        ("tafels", "0001_initial"),
        ("leerspoor", "0001_initial"),
        ("publicatie", "0001_initial"),
    ]

    operations = [migrations.RunPython(kernteam_groep_bijwerken, migrations.RunPython.noop)]
