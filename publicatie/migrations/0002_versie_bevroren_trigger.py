"""A database trigger that refuses changes to a published version's frozen columns.

The model and its QuerySet already refuse them; the trigger also stops raw SQL and any
code path that forgets the ORM. Only UPDATE is guarded on SQLite: Django's test flush
empties tables there with DELETE, which a delete trigger would block. On PostgreSQL the
flush uses TRUNCATE (which fires no row triggers), so DELETE is guarded there too.
"""

from django.db import migrations

KOLOMMEN = ["agenda_id", "nummer", "label", "status", "toelichting", "gepubliceerd_op", "snapshot"]
MELDING = "Een gepubliceerde versie ligt vast en kan niet meer worden gewijzigd of verwijderd."
GEWIJZIGD = " OR ".join(f"NEW.{k} IS DISTINCT FROM OLD.{k}" for k in KOLOMMEN)
GEWIJZIGD_SQLITE = " OR ".join(f"NEW.{k} IS NOT OLD.{k}" for k in KOLOMMEN)

POSTGRES_AAN = f"""
CREATE OR REPLACE FUNCTION publicatie_versie_bevroren() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'gepubliceerd' AND (TG_OP = 'DELETE' OR {GEWIJZIGD}) THEN
        RAISE EXCEPTION '{MELDING}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER publicatie_versie_bevroren BEFORE UPDATE OR DELETE ON publicatie_versie
    FOR EACH ROW EXECUTE FUNCTION publicatie_versie_bevroren();
"""
POSTGRES_UIT = """
DROP TRIGGER IF EXISTS publicatie_versie_bevroren ON publicatie_versie;
DROP FUNCTION IF EXISTS publicatie_versie_bevroren();
"""
SQLITE_AAN = f"""
CREATE TRIGGER publicatie_versie_bevroren BEFORE UPDATE ON publicatie_versie
FOR EACH ROW WHEN OLD.status = 'gepubliceerd' AND ({GEWIJZIGD_SQLITE})
BEGIN SELECT RAISE(ABORT, '{MELDING}'); END;
"""
SQLITE_UIT = "DROP TRIGGER IF EXISTS publicatie_versie_bevroren;"


def aan(apps, schema_editor):
    sql = {"postgresql": POSTGRES_AAN, "sqlite": SQLITE_AAN}.get(schema_editor.connection.vendor)
    if sql:
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def uit(apps, schema_editor):
    sql = {"postgresql": POSTGRES_UIT, "sqlite": SQLITE_UIT}.get(schema_editor.connection.vendor)
    if sql:
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("publicatie", "0001_initial")]

    operations = [migrations.RunPython(aan, uit)]
