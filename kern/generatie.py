"""The cache generation: a token the database itself changes on every write of a domain table.

Triggers (AFTER INSERT/UPDATE/DELETE, and TRUNCATE on PostgreSQL) on every table handed to
`triggers_plaatsen` replace the one row of kern_generatie with a fresh random token, in the
same transaction as the write. So a change is visible exactly when its new token is: no
code path can forget it, not QuerySet.update(), bulk_create(), raw SQL, a history restore
or another server. A page cached under the old token is never read again.

This module knows no domain app: the project says which tables (omgevingsagenda/apps.py,
after every migrate). It does not cache anything itself; that is kern/paginacache.py.
"""

from django.db import DatabaseError, connection

TABEL = "kern_generatie"
_POSTGRES_FUNCTIE = f"""
CREATE OR REPLACE FUNCTION kern_generatie_vernieuwen() RETURNS trigger AS $$
BEGIN
    INSERT INTO {TABEL} (id, token) VALUES (1, md5(random()::text || clock_timestamp()::text))
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""
_SQLITE_NIEUW = (
    f"INSERT INTO {TABEL} (id, token) VALUES (1, lower(hex(randomblob(16)))) "
    "ON CONFLICT(id) DO UPDATE SET token = excluded.token;"
)


def trigger_naam(tabel: str, actie: str = "") -> str:
    return f"kern_gen_{tabel}{'_' + actie if actie else ''}"[:63]


def triggers_plaatsen(tabellen: list[str], *, using=None) -> int:
    """Put the generation trigger on every table (idempotent); returns how many tables got one."""
    from django.db import connections

    verbinding = connections[using] if using else connection
    bestaand = set(verbinding.introspection.table_names())
    tabellen = [t for t in tabellen if t in bestaand]
    with verbinding.cursor() as cursor:
        if verbinding.vendor == "postgresql":
            cursor.execute(_POSTGRES_FUNCTIE)
            for tabel in tabellen:
                naam = trigger_naam(tabel)
                cursor.execute(f'DROP TRIGGER IF EXISTS "{naam}" ON "{tabel}"')
                cursor.execute(
                    f'CREATE TRIGGER "{naam}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{tabel}" '
                    "FOR EACH STATEMENT EXECUTE FUNCTION kern_generatie_vernieuwen()"
                )
        elif verbinding.vendor == "sqlite":
            for tabel in tabellen:
                for actie in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(
                        f'CREATE TRIGGER IF NOT EXISTS "{trigger_naam(tabel, actie.lower())}" '
                        f'AFTER {actie} ON "{tabel}" FOR EACH ROW BEGIN {_SQLITE_NIEUW} END'
                    )
        else:
            raise NotImplementedError(f"geen generatietrigger voor {verbinding.vendor}")
    return len(tabellen)


def tabellen_met_trigger() -> set[str]:
    """The tables that carry the generation trigger now (for the test that none is missing)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers "
                "WHERE trigger_name LIKE 'kern_gen_%%'"
            )
        else:
            cursor.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kern_gen_%'"
            )
        return {rij[0] for rij in cursor.fetchall()}


def generatie_lezen() -> str | None:
    """The current token: one query. None when the database does not answer."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT token FROM {TABEL} WHERE id = 1")
            rij = cursor.fetchone()
    except DatabaseError:
        return None
    # No row yet (a flushed test database): a fixed word, replaced by the first write.
    return rij[0] if rij else "leeg"
