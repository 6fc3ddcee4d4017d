"""CI: two servers on one PostgreSQL and one Redis, and what happens when the database goes away.

Server A runs gunicorn and the RQ worker, server B only gunicorn, on different ports; both
reach PostgreSQL through a relay that the script can switch off (bench/productieserver.py).
Checks, in order:

1. a page B has cached shows a change made through A on the very next request;
2. a version published on A gets its PDF from the shared worker, and A and B serve the same bytes;
3. database down: B still serves the page it cached, answers 503 "Tijdelijk niet beschikbaar"
   for the rest, /healthz/ names the database; database back: 200 again without a restart.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x REDIS_URL=redis://127.0.0.1:6379/1 \\
        .venv/bin/python .ci/meer_servers.py
"""

import hashlib
import json
import os
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from productieserver import Bezoeker, Doorgeefluik, Omgeving, Server  # noqa: E402

KOPTEKST = "X-Paginacache"
LOGS = []  # the servers' logs, shown when a check fails


def redis_legen(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()  # only the database number in REDIS_URL


def controleren(voorwaarde: bool, melding: str) -> None:
    print(("  ok    " if voorwaarde else "  FOUT  ") + melding, flush=True)
    if not voorwaarde:
        for log in LOGS:
            print(f"--- {log.name}", *Path(log.name).read_text().splitlines()[-30:], sep="\n")
        raise SystemExit(1)


def wachten(functie, seconden: float = 120, stap: float = 0.5):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if uitkomst := functie():
            return uitkomst
        time.sleep(stap)
    return None


def main() -> int:
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1")
    if not database_url.startswith("postgres"):
        print("meer servers vraagt PostgreSQL: zet DATABASE_URL")
        return 1
    redis_legen(redis_url)
    omgeving = Omgeving(database_url=database_url, redis_url=redis_url)
    servers = []
    begin = time.perf_counter()
    try:
        omgeving.installeren()
        # A concept to publish later, made as the kernteam would in the admin.
        concept = omgeving.manage(
            "shell",
            "-c",
            "from agenda.models import Agenda; from publicatie.services import versie_aanmaken; "
            "print(versie_aanmaken(agenda=Agenda.objects.get(slug='oost'), label='Derde concept').pk)",
        )
        deel = urllib.parse.urlsplit(omgeving.database_url)
        luik = Doorgeefluik(deel.hostname or "127.0.0.1", deel.port or 5432)
        via_luik = {
            "DATABASE_URL": urllib.parse.urlunsplit(deel._replace(netloc=f"{deel.username}@127.0.0.1:{luik.poort}"))
        }
        a = Server(omgeving, env=via_luik)
        servers.append(a)
        b = Server(omgeving, env=via_luik, worker=False, poort=None)
        servers.append(b)
        LOGS.extend([a.log, b.log])
        print(f"Twee servers: A {a.url} (met RQ-worker), B {b.url}; PostgreSQL via {luik.poort}, {redis_url}")

        publiek_b = Bezoeker(b.url)
        # First the worker renders the demo's PDFs (each one a write, so a new generation).
        demo_pdf = wachten(lambda: "Download PDF" in publiek_b.get("/oost/versies/2/").tekst)
        controleren(bool(demo_pdf), "de worker maakte de PDF's van de demo")
        publiek_b.get("/oost/versies/")
        voor = publiek_b.get("/oost/versies/")
        controleren(voor.headers.get(KOPTEKST) == "hit", "B serveert de versielijst uit de cache")
        controleren("Derde concept" not in voor.tekst, "het concept staat nog niet in de lijst")

        kernteam_a = Bezoeker(a.url)
        kernteam_a.inloggen("kernteam", "demo-kernteam")
        versie_pk = concept.stdout.strip().splitlines()[-1]
        controleren(
            "Derde concept" in kernteam_a.get(f"/admin/publicatie/versie/{versie_pk}/change/").tekst,
            "het concept staat in het beheer van A",
        )
        publiceren = f"/admin/publicatie/versie/{versie_pk}/publiceren/"
        begin_publiceren = time.perf_counter()
        antwoord = kernteam_a.post(publiceren, {})
        duur = time.perf_counter() - begin_publiceren
        controleren(antwoord.status == 302, f"publiceren op A keert terug in {duur:.2f} s")

        na = publiek_b.get("/oost/versies/")
        controleren("Derde concept" in na.tekst, f"B toont de publicatie meteen ({na.headers.get(KOPTEKST)})")

        versie_url = "/oost/versies/3/"
        klaar = wachten(lambda: "Download PDF" in publiek_b.get(versie_url).tekst)
        controleren(bool(klaar), f"de gedeelde worker maakte de PDF ({time.perf_counter() - begin_publiceren:.1f} s)")
        pdf_a, pdf_b = Bezoeker(a.url).get("/oost/versies/3/pdf/"), publiek_b.get("/oost/versies/3/pdf/")
        controleren(
            pdf_a.status == pdf_b.status == 200 and pdf_a.inhoud[:5] == b"%PDF-",
            "A en B serveren de PDF",
        )
        controleren(
            hashlib.sha256(pdf_a.inhoud).digest() == hashlib.sha256(pdf_b.inhoud).digest(),
            f"byte-gelijk ({len(pdf_a.inhoud)} bytes)",
        )

        # The database goes away.
        publiek_b.get("/oost/perspectief/")  # cached by B
        luik.uit()
        gecachet = publiek_b.get("/oost/perspectief/")
        controleren(
            gecachet.status == 200 and gecachet.headers.get(KOPTEKST) == "storing",
            f"database weg: B serveert de gecachte pagina ({gecachet.status}, {gecachet.headers.get(KOPTEKST)})",
        )
        niet = publiek_b.get("/oost/opgaven/?zoek=zonder-cache")
        controleren(niet.status == 503 and "Tijdelijk niet beschikbaar" in niet.tekst, f"andere pagina: {niet.status}")
        ingelogd = kernteam_a.get("/admin/")
        controleren(ingelogd.status == 503, f"ingelogd beheer: {ingelogd.status}")
        gezondheid = Bezoeker(b.url).get("/healthz/")
        melding = json.loads(gezondheid.inhoud)
        controleren(
            gezondheid.status == 503 and melding["database"] != "ok" and melding["cache"] == "ok",
            f"/healthz/ 503: {melding}",
        )
        luik.aan()
        terug = wachten(lambda: publiek_b.get("/oost/opgaven/?zoek=zonder-cache").status == 200, 30)
        controleren(bool(terug), "database terug: B antwoordt weer, zonder herstart")
        controleren(kernteam_a.get("/admin/").status == 200, "A ook, de sessie bleef")
        controleren(Bezoeker(a.url).get("/healthz/").status == 200, "/healthz/ 200")
        print(f"Klaar in {time.perf_counter() - begin:.0f} s")
        return 0
    finally:
        for server in servers:
            server.stoppen()
        omgeving.opruimen()
        redis_legen(redis_url)


if __name__ == "__main__":
    sys.exit(main())
