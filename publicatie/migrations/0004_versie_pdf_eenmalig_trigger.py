"""The frozen-version trigger (0002) also guards `pdf`: it may go from empty to a file once, never be swapped.

The rendering after publishing sets it; the model's save() and QuerySet.update() refuse a
swap, and this trigger stops raw SQL. The frozen columns are those of 0002, unchanged.
"""

from django.db import migrations

KOLOMMEN = ["agenda_id", "nummer", "label", "status", "toelichting", "gepubliceerd_op", "snapshot"]
MELDING = "Een gepubliceerde versie ligt vast en kan niet meer worden gewijzigd of verwijderd."
GEWIJZIGD = " OR ".join(f"NEW.{k} IS DISTINCT FROM OLD.{k}" for k in KOLOMMEN)
GEWIJZIGD_SQLITE = " OR ".join(f"NEW.{k} IS NOT OLD.{k}" for k in KOLOMMEN)
PDF_VERVANGEN = "(OLD.pdf <> '' AND NEW.pdf IS DISTINCT FROM OLD.pdf)"
PDF_VERVANGEN_SQLITE = "(OLD.pdf <> '' AND NEW.pdf IS NOT OLD.pdf)"


def postgres_functie(gewijzigd: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION publicatie_versie_bevroren() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'gepubliceerd' AND (TG_OP = 'DELETE' OR {gewijzigd}) THEN
        RAISE EXCEPTION '{MELDING}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""


def sqlite_trigger(gewijzigd: str) -> str:
    return f"""
CREATE TRIGGER publicatie_versie_bevroren BEFORE UPDATE ON publicatie_versie
FOR EACH ROW WHEN OLD.status = 'gepubliceerd' AND ({gewijzigd})
BEGIN SELECT RAISE(ABORT, '{MELDING}'); END;
"""


SQLITE_UIT = "DROP TRIGGER IF EXISTS publicatie_versie_bevroren;"


def _zetten(schema_editor, *, met_pdf: bool):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "postgresql":
            # The trigger itself stays; only its function changes.
            cursor.execute(postgres_functie(f"{GEWIJZIGD} OR {PDF_VERVANGEN}" if met_pdf else GEWIJZIGD))
        elif vendor == "sqlite":
            cursor.execute(SQLITE_UIT)
            cursor.execute(
                sqlite_trigger(f"{GEWIJZIGD_SQLITE} OR {PDF_VERVANGEN_SQLITE}" if met_pdf else GEWIJZIGD_SQLITE)
            )


def aan(apps, schema_editor):
    _zetten(schema_editor, met_pdf=True)


def uit(apps, schema_editor):
    _zetten(schema_editor, met_pdf=False)


class Migration(migrations.Migration):
    dependencies = [("publicatie", "0003_reactie_indieningssleutel")]

    operations = [migrations.RunPython(aan, uit)]
