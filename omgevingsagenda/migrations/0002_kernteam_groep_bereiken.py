from django.db import migrations

from omgevingsagenda.kernteam import kernteam_groep_bijwerken


class Migration(migrations.Migration):
    """Issue 12: the kernteam also works with the mail preferences, the sent-log and the sign-ups."""

    dependencies = [
        ("omgevingsagenda", "0001_kernteam_groep"),
        ("deelnemers", "0002_uitnodigingen_en_meldingen"),
        ("tafels", "0002_aanmeldingen_en_kalender"),
    ]

    operations = [migrations.RunPython(kernteam_groep_bijwerken, migrations.RunPython.noop)]
