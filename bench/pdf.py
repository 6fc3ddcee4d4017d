"""Benchmark of the version PDF: generation time, page count and size, and serving from cache.

Run: `DEBUG=1 .venv/bin/python bench/pdf.py` (or `make bench`). Works in a throw-away SQLite
database and media directory, so it never touches your own data. Prints figures only; the
targets of the issue are a demo PDF in under 5 s and a cached PDF served in under 50 ms.
"""

import io
import shutil
import statistics
import time

from opzet import django_opzetten  # bench/ is the script's own folder

WERKMAP = django_opzetten()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from agenda.models import Agenda  # noqa: E402
from omgevingsagenda.demo.groot import groot_laden  # noqa: E402
from publicatie.pdf import pdf_maken  # noqa: E402
from publicatie.services import versie_aanmaken, versie_pdf_opslaan, versie_publiceren  # noqa: E402
from publicatie.snapshot import momentopname_maken  # noqa: E402

HERHALINGEN_PDF = 3
VERZOEKEN = 200


def _ms(seconden: float) -> str:
    return f"{seconden * 1000:.1f} ms"


def pdf_meten(naam: str, momentopname: dict) -> None:
    tijden, inhoud = [], b""
    for _ in range(HERHALINGEN_PDF):
        begin = time.perf_counter()
        inhoud = pdf_maken(momentopname)
        tijden.append(time.perf_counter() - begin)
    paginas = len(PdfReader(io.BytesIO(inhoud)).pages)
    print(
        f"{naam}: PDF gemaakt in {statistics.median(tijden):.2f} s (mediaan van {HERHALINGEN_PDF}; "
        f"min {min(tijden):.2f} s), {paginas} pagina's, {len(inhoud) / 1024:.0f} KB; "
        f"{len(momentopname['opgaven'])} omgevingsopgaven, "
        f"{sum(len(o['acties']) for o in momentopname['opgaven'])} acties"
    )


def serveren_meten(url: str) -> None:
    client = Client()
    eerste = client.get(url)
    assert eerste.status_code == 200, eerste.status_code
    b"".join(eerste.streaming_content)
    etag = eerste["ETag"]
    volledig, conditioneel = [], []
    for _ in range(VERZOEKEN):
        begin = time.perf_counter()
        antwoord = client.get(url)
        b"".join(antwoord.streaming_content)
        volledig.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
        conditioneel.append(time.perf_counter() - begin)
    p95 = statistics.quantiles(volledig, n=20)[-1]
    print(
        f"Opgeslagen PDF serveren ({url}, {VERZOEKEN} verzoeken): mediaan {_ms(statistics.median(volledig))}, "
        f"p95 {_ms(p95)}; met If-None-Match (304): mediaan {_ms(statistics.median(conditioneel))}"
    )


def main() -> None:
    call_command("migrate", verbosity=0)
    begin = time.perf_counter()
    call_command("demo", stdout=io.StringIO())
    print(f"Demo geladen in {time.perf_counter() - begin:.1f} s (met twee gepubliceerde versies en hun PDF)")

    oost = Agenda.objects.get(slug="oost")
    # Without a worker running, render what the task worker would (publicatie/tasks.py).
    laatste = versie_pdf_opslaan(versie=oost.versies.gepubliceerd().order_by("-nummer").first())
    pdf_meten(f"Demo '{oost.naam}', versie {laatste.nummer}", laatste.snapshot)
    print(f"  opgeslagen PDF van versie {laatste.nummer}: {laatste.pdf.size / 1024:.0f} KB")

    begin = time.perf_counter()
    groot = groot_laden(stdout=None) or Agenda.objects.get(slug="groot")
    print(f"Grote dataset geladen in {time.perf_counter() - begin:.1f} s")
    begin = time.perf_counter()
    momentopname = momentopname_maken(groot)
    print(f"  momentopname van de grote agenda gemaakt in {_ms(time.perf_counter() - begin)}")
    pdf_meten(f"Grote agenda '{groot.naam}'", momentopname)
    begin = time.perf_counter()
    versie = versie_publiceren(versie=versie_aanmaken(agenda=groot, label="Benchmark"), pdf_maken=False)
    print(f"  publiceren (momentopname; de PDF maakt de worker): {time.perf_counter() - begin:.2f} s")
    begin = time.perf_counter()
    versie = versie_pdf_opslaan(versie=versie)
    print(f"  PDF renderen en opslaan (wat de worker doet): {time.perf_counter() - begin:.2f} s")
    serveren_meten(versie.pdf_url())

    serveren_meten(laatste.pdf_url())


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WERKMAP, ignore_errors=True)
