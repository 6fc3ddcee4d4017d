"""Running work in threads at the same moment, for the concurrency tests (PostgreSQL only)."""

import threading

import pytest
from django.db import connection, connections

alleen_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="gelijktijdige transacties vragen PostgreSQL (SQLite schrijft één voor één); "
    "deze test draait in de PostgreSQL-ronde van CI",
)


def tegelijk(taken):
    """Run the callables in threads that start at the same moment; return their results or errors."""
    start = threading.Barrier(len(taken))
    uitkomsten = [None] * len(taken)

    def draad(i, taak):
        try:
            start.wait(timeout=30)
            uitkomsten[i] = taak()
        except Exception as fout:  # handed to the test, which fails on it
            uitkomsten[i] = fout
        finally:
            # Each thread has its own database connection; close it or the test database cannot be dropped.
            connections.close_all()

    draden = [threading.Thread(target=draad, args=(i, taak)) for i, taak in enumerate(taken)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    assert not any(d.is_alive() for d in draden)
    return uitkomsten
