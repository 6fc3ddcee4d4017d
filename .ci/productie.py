"""CI: the README's production path, then every page type as each role against that server.

collectstatic with DEBUG off, migrate, the demo (development mode only), `manage.py serveren`
(gunicorn + worker) on a free port in 8100-8199; then for anonymous, deelnemer, duo and
kernteam a crawl over every link the site shows them, a few pages per URL name. Fails on any
5xx, and when a page type that must be there is missing from the crawl. Runs on the database
of DATABASE_URL (a fresh database beside it) or on a fresh SQLite file.

    .venv/bin/python .ci/productie.py
"""

import collections
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from productieserver import DEMO_ACCOUNTS, Bezoeker, Omgeving, Server  # noqa: E402

PER_NAAM = 2  # pages per URL name: enough to meet each page type, few enough to stay quick
MAX_PER_ROL = 200
LINK = re.compile(r'href="(/[^"#]*)')
OVERSLAAN = ("/static/", "/media/", "/accounts/logout/", "/admin/logout/", "/admin/jsi18n/")

# What each role must have met: proof the crawl reached the page types, not only the front page.
VERPLICHT = {
    "anoniem": {
        "agenda:home", "agenda:overzicht", "agenda:perspectief", "opgaven:lijst", "opgaven:detail",
        "tafels:lijst", "tafels:detail", "leerspoor:overzicht", "leerspoor:fase", "publicatie:lijst",
        "publicatie:versie", "publicatie:pdf", "publicatie:json", "publicatie:csv", "toegankelijkheid",
    },
    "deelnemer": {"tafels:bijeenkomsten", "tafels:bijeenkomst", "publicatie:versie"},
    "duo": {"opgaven:bewerken"},
    "kernteam": {"admin:index", "publicatie:reacties", "leerspoor:risicos"},
}  # fmt: skip


def url_naam(pad: str) -> str | None:
    from django.urls import Resolver404, resolve

    try:
        match = resolve(pad.split("?")[0])
    except Resolver404:
        return None
    return match.view_name


def kruipen(bezoeker: Bezoeker, rol: str) -> tuple[collections.Counter, dict[str, list[str]], list[str]]:
    """Follow every link from the front page (and the admin, for the kernteam)."""
    wachtrij = collections.deque(
        ["/", "/toegankelijkheid/", "/bestaat-niet/", *(["/admin/"] if rol == "kernteam" else [])]
    )
    gezien, per_naam, statussen, fouten = set(), collections.defaultdict(list), collections.Counter(), []
    while wachtrij and len(gezien) < MAX_PER_ROL:
        pad = wachtrij.popleft()
        if pad in gezien:
            continue
        naam = url_naam(pad) or "?"
        if len(per_naam[naam]) >= PER_NAAM and pad not in ("/bestaat-niet/",):
            continue
        gezien.add(pad)
        per_naam[naam].append(pad)
        antwoord = bezoeker.get(pad)
        statussen[antwoord.status] += 1
        if antwoord.status >= 500:
            fouten.append(f"{rol}: {pad} gaf {antwoord.status}")
        if antwoord.status in (301, 302):
            if antwoord.headers.get("Location", "").startswith("/"):
                wachtrij.append(antwoord.headers["Location"])
        elif antwoord.headers.get("Content-Type", "").startswith("text/html"):
            for link in LINK.findall(antwoord.tekst):
                link = link.replace("&amp;", "&")
                if not link.startswith(OVERSLAAN) and link not in gezien:
                    wachtrij.append(link)
    return statussen, per_naam, fouten


def wachten_op_pdf(server: Server, seconden: float = 120) -> float:
    """The demo publishes two versions; the worker renders their PDFs. Wait until the link shows."""
    begin = time.perf_counter()
    bezoeker = Bezoeker(server.url)
    while time.perf_counter() - begin < seconden:
        if "Download PDF" in bezoeker.get("/oost/").tekst:
            return time.perf_counter() - begin
        time.sleep(0.5)
    raise RuntimeError("de worker maakte de PDF van de demo niet")


def main() -> int:
    begin = time.perf_counter()
    omgeving = Omgeving()
    soort = "PostgreSQL" if omgeving.pg_naam else "SQLite"
    print(f"Productiepad op {soort}: {omgeving.werkmap}", flush=True)
    server = None
    try:
        for stap, seconden in omgeving.installeren().items():
            print(f"  {stap}: {seconden:.1f} s", flush=True)
        os.environ.update(omgeving.env)
        import django

        django.setup()
        server = Server(omgeving)
        print(f"  gunicorn + worker op {server.url}", flush=True)
        print(f"  PDF van de demo door de worker gemaakt na {wachten_op_pdf(server):.1f} s", flush=True)
        fouten = []
        for rol in ("anoniem", *DEMO_ACCOUNTS):
            rol_begin = time.perf_counter()
            bezoeker = Bezoeker(server.url)
            if rol != "anoniem":
                bezoeker.inloggen(rol, DEMO_ACCOUNTS[rol])
            statussen, per_naam, rol_fouten = kruipen(bezoeker, rol)
            fouten += rol_fouten
            ontbreekt = VERPLICHT[rol] - set(per_naam)
            if ontbreekt:
                fouten.append(f"{rol}: niet bereikt: {', '.join(sorted(ontbreekt))}")
            totaal = sum(statussen.values())
            print(
                f"  {rol}: {totaal} verzoeken, {len(per_naam)} paginasoorten, "
                f"statussen {dict(sorted(statussen.items()))}, {time.perf_counter() - rol_begin:.0f} s",
                flush=True,
            )
        print(f"Klaar in {time.perf_counter() - begin:.0f} s", flush=True)
        for fout in fouten:
            print("FOUT", fout)
        return 1 if fouten else 0
    finally:
        if server is not None:
            server.stoppen()
        omgeving.opruimen()


if __name__ == "__main__":
    sys.exit(main())
