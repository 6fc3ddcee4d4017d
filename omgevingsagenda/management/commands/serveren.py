"""`manage.py serveren`: the site as production runs it, in one command.

Starts gunicorn (the WSGI server; WhiteNoise inside serves the collected static files) and
the task worker that renders PDFs: `db_worker` of django-tasks-db, or RQ's worker when
REDIS_URL is set. Ctrl-C (or SIGTERM) stops both; when one of them dies, the other is
stopped too, so a half-running site never goes unnoticed. It does not migrate, collect
static files or load the demo: `make run` does those first.
"""

import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from gunicorn.config import KNOWN_SETTINGS

KNOWN_SETTINGS_NAMEN = {setting.name for setting in KNOWN_SETTINGS}

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")


def worker_opdracht() -> list[str]:
    """The task worker for the configured backend (see TASKS in settings.py)."""
    if settings.REDIS_URL:
        return [sys.executable, MANAGE, "rqworker", "default", "--job-class", "django_tasks_rq.Job", "--with-scheduler"]
    return [sys.executable, MANAGE, "db_worker", "--no-reload", "--interval", "0.5"]


def gunicorn_opdracht(*, bind: str, workers: int) -> list[str]:
    # Newer gunicorns open a control socket at one fixed path per user: two instances on one
    # machine (more than one server, the tests) would fight over it. Nothing here uses it.
    zonder_stuursocket = ["--no-control-socket"] if "control_socket_disable" in KNOWN_SETTINGS_NAMEN else []
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "omgevingsagenda.wsgi",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        # A request on the large agenda may take a few seconds; nothing takes 60.
        "--timeout",
        "60",
        *zonder_stuursocket,
    ]


class Command(BaseCommand):
    help = "Serveert de site zoals productie: gunicorn met WhiteNoise plus de taakworker. Stoppen met Ctrl-C."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000", help="adres:poort voor gunicorn")
        parser.add_argument("--workers", type=int, default=2, help="aantal gunicorn-workers")
        parser.add_argument("--zonder-worker", action="store_true", help="geen taakworker (een tweede server)")

    def handle(self, *args, bind, workers, zonder_worker, **options):
        opdrachten = {"gunicorn": gunicorn_opdracht(bind=bind, workers=workers)}
        if not zonder_worker:
            opdrachten["worker"] = worker_opdracht()
        processen = {naam: subprocess.Popen(opdracht) for naam, opdracht in opdrachten.items()}
        stoppen = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda signum, frame: stoppen.append(signum))
        self.stdout.write(f"Serveert op http://{bind}/ ({', '.join(processen)}); stoppen met Ctrl-C.")
        gestopt = None
        while not stoppen and gestopt is None:
            gestopt = next((naam for naam, p in processen.items() if p.poll() is not None), None)
            time.sleep(0.2)
        for proces in processen.values():
            if proces.poll() is None:
                proces.terminate()
        for proces in processen.values():
            try:
                proces.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proces.kill()
        if gestopt is not None and not stoppen:
            self.stderr.write(f"{gestopt} stopte onverwacht (code {processen[gestopt].returncode}); alles gestopt.")
            sys.exit(1)
