"""What the site answers when a part behind it fails: 503 "tijdelijk niet beschikbaar", not 500.

`server_error` is the project's handler500: Django calls it for every unhandled exception,
in a view or in a middleware. A lost database connection (OperationalError, InterfaceError)
is an outage, not a bug: the visitor gets the 503 page with Retry-After; Django reconnects
on the next request by itself (CONN_HEALTH_CHECKS), so recovery needs no restart. Every
other exception keeps the 500 page. Neither page touches the database.

`onderdelen_controleren` is what /healthz/ reports: database, cache and task queue, each
ok or failed. It does not decide the HTTP status; the view does.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

STORING = (OperationalError, InterfaceError)


def is_storing(fout: BaseException | None) -> bool:
    return isinstance(fout, STORING)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    if is_storing(sys.exc_info()[1]):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template(template_name).render())


def _database() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    """A read: it fails when Redis (or the cache folder) is unreachable, and writes nothing."""
    from django.core.cache import cache

    cache.get("healthz:proef")


def _wachtrij() -> None:
    """The task queue answers: Redis for RQ, the task table for the database backend."""
    from django_tasks import default_task_backend

    naam = type(default_task_backend).__name__
    if naam == "RQBackend":
        import django_rq

        django_rq.get_connection("default").ping()
    elif naam == "DatabaseBackend":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()


ONDERDELEN = {"database": _database, "cache": _cache, "wachtrij": _wachtrij}


def onderdelen_controleren() -> dict[str, str]:
    uitslag = {}
    for naam, controle in ONDERDELEN.items():
        try:
            controle()
        except Exception as fout:  # any failure of a part is what /healthz/ reports, not a crash
            uitslag[naam] = f"onbereikbaar: {type(fout).__name__}"
        else:
            uitslag[naam] = "ok"
    return uitslag
