"""The production server as a throw-away: a fresh database, collected static files, gunicorn and the worker.

Used by CI (.ci/productie.py, .ci/meer_servers.py) and the load benchmark (bench/belasting.py):
what the README's "Productie" section tells an operator to do, done by a script. It starts
processes and speaks HTTP to them; it imports nothing of the application, so what it tests
is the site as a browser sees it. Not a test framework: the scripts that use it decide what
passes.
"""

import contextlib
import http.cookiejar
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POORTEN = range(8100, 8200)

# As a TLS proxy would say; only a tree from before LOKAAL needs it (it redirects plain http).
# With it the request counts as https, so the Referer that CSRF checks says https too.
HTTPS = {"X-Forwarded-Proto": "https"}
DEMO_ACCOUNTS = {"deelnemer": "demo-deelnemer", "duo": "demo-duo", "kernteam": "demo-kernteam"}


def vrije_poort(behalve: set[int] = frozenset()) -> int:
    for poort in POORTEN:
        if poort in behalve:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
            return poort
    raise RuntimeError("geen vrije poort in 8100-8199")


@dataclass
class Omgeving:
    """One production installation: its database, media and cache folders, and the environment."""

    database_url: str | None = None  # None: DATABASE_URL of the environment; "": a fresh SQLite file
    redis_url: str = ""
    werkmap: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="omgevingsagenda-productie-")))
    pg_naam: str = ""
    # The source tree to run: this one, or an older checkout to measure against (bench/belasting.py).
    root: Path = ROOT

    def __post_init__(self):
        basis = os.environ.get("DATABASE_URL", "") if self.database_url is None else self.database_url
        if basis.startswith("postgres"):
            # A database of its own beside the given one, made empty.
            deel = urllib.parse.urlsplit(basis)
            self.pg_naam = f"{deel.path.lstrip('/')}_productie_{os.getpid()}"
            self.database_url = urllib.parse.urlunsplit(deel._replace(path=f"/{self.pg_naam}"))
            self._psql(f'DROP DATABASE IF EXISTS "{self.pg_naam}"')
            self._psql(f'CREATE DATABASE "{self.pg_naam}"')
        else:
            self.database_url = f"sqlite:///{self.werkmap / 'productie.sqlite3'}"
        self.sleutel = secrets.token_urlsafe(50)

    def _psql(self, sql: str, database: str = "postgres") -> None:
        deel = urllib.parse.urlsplit(self.database_url)
        verbinding = [
            "-h",
            deel.hostname or "127.0.0.1",
            "-p",
            str(deel.port or 5432),
            "-U",
            deel.username or "postgres",
        ]
        subprocess.run(["psql", "-q", *verbinding, "-d", database, "-c", sql], check=True, capture_output=True)

    @property
    def env(self) -> dict:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "DEBUG"}
        }
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "omgevingsagenda.settings",
                "SECRET_KEY": self.sleutel,
                "LOKAAL": "1",
                # As `make run`: the demo's kernteam account logs in with its password only
                # (the second factor itself is tested in tests/test_tweede_factor.py).
                "TWEE_FACTOR": "0",
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DATABASE_URL": self.database_url,
                "MEDIA_ROOT": str(self.werkmap / "media"),
                "CACHE_DIR": str(self.werkmap / "cache"),
                "REDIS_URL": self.redis_url,
                "LOG_LEVEL": "WARNING",
            }
        )
        return env

    def manage(self, *args: str, debug: bool = False, check: bool = True) -> subprocess.CompletedProcess:
        env = {**self.env, **({"DEBUG": "1"} if debug else {})}
        uitkomst = subprocess.run([PYTHON, "manage.py", *args], cwd=self.root, env=env, capture_output=True, text=True)
        if check and uitkomst.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} mislukte:\n{uitkomst.stderr[-3000:]}")
        return uitkomst

    def installeren(self, *, demo: bool = True, groot: bool = False) -> dict[str, float]:
        """The README's steps: collectstatic with DEBUG off, migrate; the demo in development mode only."""
        tijden = {}
        for naam, args, debug in [
            ("collectstatic", ("collectstatic", "--noinput", "--verbosity", "0"), False),
            ("migrate", ("migrate", "--noinput", "--verbosity", "0"), False),
            *([("demo", ("demo", *(["--groot"] if groot else [])), True)] if demo else []),
        ]:
            begin = time.perf_counter()
            self.manage(*args, debug=debug)
            tijden[naam] = time.perf_counter() - begin
        return tijden

    def opruimen(self) -> None:
        if self.pg_naam:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._psql(f'DROP DATABASE IF EXISTS "{self.pg_naam}" WITH (FORCE)')
        shutil.rmtree(self.werkmap, ignore_errors=True)


class Server:
    """`manage.py serveren` on a free port: gunicorn and (unless told otherwise) the task worker."""

    def __init__(
        self, omgeving: Omgeving, *, workers: int = 2, worker: bool = True, poort: int | None = None, env=None
    ):
        self.poort = poort or vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}"
        self.log = open(omgeving.werkmap / f"server-{self.poort}.log", "w")  # noqa: SIM115
        args = [PYTHON, "manage.py", "serveren", "--bind", f"127.0.0.1:{self.poort}", "--workers", str(workers)]
        if not worker:
            args.append("--zonder-worker")
        if not (omgeving.root / "omgevingsagenda/management/commands/serveren.py").exists():
            # A tree from before `serveren`: gunicorn alone, as its README said.
            args = [PYTHON, "-m", "gunicorn", "omgevingsagenda.wsgi", "--bind", f"127.0.0.1:{self.poort}",
                    "--workers", str(workers), "--no-control-socket"]  # fmt: skip
        self.proces = subprocess.Popen(
            args, cwd=omgeving.root, env={**omgeving.env, **(env or {})}, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.wachten_tot_klaar()

    def wachten_tot_klaar(self, seconden: float = 60) -> None:
        einde = time.monotonic() + seconden
        while time.monotonic() < einde:
            if self.proces.poll() is not None:
                raise RuntimeError(f"server stopte: zie {self.log.name}")
            with contextlib.suppress(OSError), urllib.request.urlopen(self.url + "/healthz/", timeout=2):
                return
            time.sleep(0.3)
        raise RuntimeError(f"server op {self.url} kwam niet op: zie {self.log.name}")

    def stoppen(self) -> None:
        """As Ctrl-C does: SIGINT to the command, which stops gunicorn and the worker."""
        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGINT)
            try:
                self.proces.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proces.pid, signal.SIGKILL)
                self.proces.wait()
        self.log.close()


class GeenOmleiding(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Antwoord:
    status: int
    headers: dict
    inhoud: bytes

    @property
    def tekst(self) -> str:
        return self.inhoud.decode("utf-8", "replace")


class Bezoeker:
    """A browser without JavaScript: cookies, no automatic redirects, a login through the real form."""

    def __init__(self, basis: str):
        self.basis = basis
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), GeenOmleiding)

    def get(self, pad: str, data: dict | None = None) -> Antwoord:
        gecodeerd = urllib.parse.urlencode(data).encode() if data is not None else None
        verzoek = urllib.request.Request(
            self.basis + pad,
            data=gecodeerd,
            headers={"Referer": self.basis.replace("http:", "https:", 1) + pad, **HTTPS},
        )
        try:
            with self.opener.open(verzoek, timeout=120) as r:
                return Antwoord(r.status, dict(r.headers), r.read())
        except urllib.error.HTTPError as fout:
            return Antwoord(fout.code, dict(fout.headers), fout.read())

    def post(self, pad: str, data: dict) -> Antwoord:
        return self.get(pad, {**data, "csrfmiddlewaretoken": self.csrf(pad)})

    def csrf(self, pad: str) -> str:
        gevonden = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(pad).tekst)
        if gevonden:
            return gevonden.group(1)
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def inloggen(self, gebruiker: str, wachtwoord: str) -> None:
        antwoord = self.post("/accounts/login/", {"username": gebruiker, "password": wachtwoord})
        if antwoord.status != 302:
            raise RuntimeError(f"inloggen als {gebruiker} mislukte ({antwoord.status})")


class Doorgeefluik:
    """A TCP relay in front of the database: `uit()` is the database going down, `aan()` its return.

    The servers connect through it, so a test can take their database away without touching
    the database server that others share.
    """

    def __init__(self, doel_host: str, doel_poort: int):
        import threading

        self.doel = (doel_host, doel_poort)
        self.poort = vrije_poort()
        self.verbindingen: list[socket.socket] = []
        self.luisteraar = None
        self._threading = threading
        self.aan()

    def aan(self) -> None:
        self.luisteraar = socket.socket()
        self.luisteraar.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.luisteraar.bind(("127.0.0.1", self.poort))
        self.luisteraar.listen(64)
        self._threading.Thread(target=self._aannemen, args=(self.luisteraar,), daemon=True).start()

    def uit(self) -> None:
        """Refuse new connections and cut the open ones, as a database that went away."""
        # shutdown() first: close() alone leaves a socket that a blocked accept() still holds.
        with contextlib.suppress(OSError):
            self.luisteraar.shutdown(socket.SHUT_RDWR)
        self.luisteraar.close()
        for verbinding in self.verbindingen:
            with contextlib.suppress(OSError):
                verbinding.shutdown(socket.SHUT_RDWR)
                verbinding.close()
        self.verbindingen.clear()

    def _aannemen(self, luisteraar) -> None:
        while True:
            try:
                klant, _ = luisteraar.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.doel)
            except OSError:
                klant.close()
                continue
            self.verbindingen += [klant, server]
            for van, naar in ((klant, server), (server, klant)):
                self._threading.Thread(target=self._pompen, args=(van, naar), daemon=True).start()

    @staticmethod
    def _pompen(van, naar) -> None:
        with contextlib.suppress(OSError):
            while data := van.recv(65536):
                naar.sendall(data)
        with contextlib.suppress(OSError):
            naar.shutdown(socket.SHUT_WR)
