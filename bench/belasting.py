"""Load benchmark: the production server under wrk, every public page type against /healthz/.

Starts the production server itself (bench/productieserver.py: collectstatic, migrate, the
demo and the large agenda, gunicorn with 2 workers and the task worker), then per page runs
`wrk` (8 connections, 2 threads) and prints req/s, p50 and p99 latency and the ratio to
/healthz/ measured in the same run. Then the time from "publish" to "PDF ready" for the large
agenda. On SQLite, and on PostgreSQL when BENCH_DATABASE_URL (or DATABASE_URL) names one.
A measurement, not a test: it fails only when the server does not come up.

    .venv/bin/python bench/belasting.py [--seconden 5] [--boom ../oude-checkout] [--alleen sqlite]

--boom runs another source tree (an older commit, to measure before and after) with this
venv; a tree from before `manage.py serveren` gets gunicorn alone and no worker.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from productieserver import HTTPS, Bezoeker, Omgeving, Server  # noqa: E402

VERBINDINGEN, DRADEN = 8, 2


def wrk(url: str, seconden: int) -> dict:
    kop = [arg for naam, waarde in HTTPS.items() for arg in ("-H", f"{naam}: {waarde}")]
    uit = subprocess.run(
        ["wrk", "-t", str(DRADEN), "-c", str(VERBINDINGEN), "-d", f"{seconden}s", "--latency", *kop, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    per_seconde = float(re.search(r"Requests/sec:\s+([\d.]+)", uit).group(1))
    fouten = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)

    def percentiel(p: str) -> str:
        return re.search(rf"^\s+{p}%\s+(\S+)", uit, re.MULTILINE).group(1)

    return {
        "rps": per_seconde,
        "p50": percentiel("50"),
        "p99": percentiel("99"),
        "fouten": int(fouten.group(1)) if fouten else 0,
    }


def paginas(bezoeker: Bezoeker) -> dict[str, str]:
    """One URL per public page type, on the demo and on the large agenda."""

    def eerste(pad: str, patroon: str) -> str:
        gevonden = re.search(patroon, bezoeker.get(pad).tekst)
        return gevonden.group(0) if gevonden else pad

    return {
        "/healthz/": "/healthz/",
        "startpagina": "/",
        "agenda-overzicht": "/oost/",
        "perspectief": "/oost/perspectief/",
        "opgaven-lijst": "/oost/opgaven/",
        "opgave": eerste("/oost/opgaven/", r"/oost/opgaven/(?!kernteam/)[a-z0-9-]+/"),
        "gesprekstafels": "/oost/gesprekstafels/",
        "gesprekstafel": eerste("/oost/gesprekstafels/", r"/oost/gesprekstafels/[a-z0-9-]+/"),
        "leerspoor": "/oost/leerspoor/",
        "fase (rapport)": "/oost/leerspoor/fase/2/",
        "versies": "/oost/versies/",
        "versie": "/oost/versies/2/",
        "groot: overzicht": "/groot/",
        "groot: opgaven-lijst": "/groot/opgaven/",
        "groot: opgave": eerste("/groot/opgaven/", r"/groot/opgaven/(?!kernteam/)[a-z0-9-]+/"),
    }


def publiceren_meten(omgeving: Omgeving, server: Server) -> tuple[float, float | None]:
    """Publish a new version of the large agenda; (seconds until publish returned, until its PDF is there)."""
    uit = omgeving.manage(
        "shell",
        "-c",
        "import time; from agenda.models import Agenda; "
        "from publicatie.services import versie_aanmaken, versie_publiceren; "
        "v = versie_aanmaken(agenda=Agenda.objects.get(slug='groot'), label='Benchmark'); "
        "b = time.perf_counter(); v = versie_publiceren(versie=v); "
        "print(time.perf_counter() - b, time.time(), v.nummer)",
    ).stdout.split()
    teruggekeerd, klaar_om, nummer = float(uit[-3]), float(uit[-2]), uit[-1]
    begin = klaar_om - teruggekeerd
    bezoeker = Bezoeker(server.url)
    einde = time.time() + 300
    while time.time() < einde:
        if "Download PDF" in bezoeker.get(f"/groot/versies/{nummer}/").tekst:
            return teruggekeerd, time.time() - begin
        time.sleep(0.25)
    return teruggekeerd, None


def meten(soort: str, database_url: str, args) -> None:
    omgeving = Omgeving(database_url=database_url, root=Path(args.boom).resolve())
    server = None
    try:
        begin = time.perf_counter()
        omgeving.installeren(groot=True)
        print(f"\n== {soort} ({omgeving.root.name}): geïnstalleerd in {time.perf_counter() - begin:.0f} s", flush=True)
        server = Server(omgeving)
        bezoeker = Bezoeker(server.url)
        # Let the worker render the demo's PDFs first: each one is a write.
        einde = time.time() + 120
        while time.time() < einde and "Download PDF" not in bezoeker.get("/oost/").tekst:
            time.sleep(0.5)
        urls = paginas(bezoeker)
        for url in urls.values():
            bezoeker.get(url)  # warm: the first request of a page is not what is measured
        print(f"{'pagina':24} {'req/s':>8} {'p50':>9} {'p99':>9} {'x healthz':>10}")
        basis = None
        for naam, url in urls.items():
            uitslag = wrk(server.url + url, args.seconden)
            basis = basis or uitslag["rps"]
            fout = f"  ({uitslag['fouten']} niet-2xx)" if uitslag["fouten"] else ""
            print(
                f"{naam:24} {uitslag['rps']:8.0f} {uitslag['p50']:>9} {uitslag['p99']:>9} "
                f"{uitslag['rps'] / basis:9.3f}x{fout}",
                flush=True,
            )
        teruggekeerd, klaar = publiceren_meten(omgeving, server)
        print(f"grote agenda publiceren: terug na {teruggekeerd:.2f} s, PDF klaar na "
              + (f"{klaar:.1f} s" if klaar is not None else "meer dan 300 s"), flush=True)  # fmt: skip
    finally:
        if server is not None:
            server.stoppen()
        omgeving.opruimen()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconden", type=int, default=5)
    parser.add_argument("--boom", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--alleen", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk ontbreekt: apt-get install wrk (make systeem)")
    postgres = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    if args.alleen != "postgres":
        meten("SQLite", "", args)
    if args.alleen != "sqlite" and postgres.startswith("postgres"):
        meten("PostgreSQL", postgres, args)


if __name__ == "__main__":
    main()
