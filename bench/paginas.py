"""Benchmark of the pages on the large data set: SQL queries and response time per page and role.

Run: `DEBUG=1 .venv/bin/python bench/paginas.py` (or `make bench`). Works in a throw-away SQLite
database (or the database of BENCH_DATABASE_URL) with the full large agenda (500 opgaven × 10
acties, 2,000 deelnemers, 100 tafels). Prints figures only; the query budgets themselves are
asserted in the tests.
"""

import os
import shutil
import statistics
import sys
import time

from opzet import django_opzetten  # bench/ is the script's own folder

WERKMAP = django_opzetten()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from omgevingsagenda.demo.groot import groot_laden  # noqa: E402
from omgevingsagenda.kernteam import kernteam_groep_bijwerken  # noqa: E402

HERHALINGEN = 5


def _gebruikers():
    from django.apps import apps

    from deelnemers.models import Deelnemer
    from deelnemers.permissions import KERNTEAM_GROEP

    kernteam_groep_bijwerken(apps)
    kernteam, _ = User.objects.get_or_create(username="bench-kernteam")
    kernteam.groups.add(apps.get_model("auth", "Group").objects.get(name=KERNTEAM_GROEP))
    deelnemer_user, _ = User.objects.get_or_create(username="bench-deelnemer")
    persoon = Deelnemer.objects.filter(user__isnull=True, duos__isnull=True).first()
    persoon.user = deelnemer_user
    persoon.save()
    return {"anoniem": None, "deelnemer": deelnemer_user, "kernteam": kernteam}


def _paginas(agenda):
    from publicatie.models import Versie
    from publicatie.services import versie_aanmaken, versie_publiceren

    opgave = agenda.opgaven.omgevingsopgaven().first()
    tafel = agenda.gesprekstafels.first()
    bijeenkomst = agenda.bijeenkomsten.filter(gesprekstafel__isnull=False).first()  # open to deelnemers
    fase = agenda.fases.order_by("nummer").first()
    # Versions 1 and 2, made the way the kernteam makes them (the service numbers them).
    for nummer in range(Versie.objects.filter(agenda=agenda).count() + 1, 3):
        versie = versie_aanmaken(agenda=agenda, label=f"Benchmarkversie {nummer}")
        versie_publiceren(versie=versie, pdf_maken=False)
    a = {"agenda": agenda.slug}
    return [
        ("home", reverse("agenda:home")),
        ("agendaoverzicht", reverse("agenda:overzicht", kwargs=a)),
        ("perspectief", reverse("agenda:perspectief", kwargs=a)),
        ("opgaven", reverse("opgaven:lijst", kwargs=a)),
        ("opgaven, zoeken + filter", reverse("opgaven:lijst", kwargs=a) + "?q=opgave&status=omgevingsopgave"),
        ("opgave", reverse("opgaven:detail", kwargs={**a, "slug": opgave.slug})),
        ("gesprekstafels", reverse("tafels:lijst", kwargs=a)),
        ("gesprekstafel", reverse("tafels:detail", kwargs={**a, "slug": tafel.slug})),
        ("bijeenkomsten", reverse("tafels:bijeenkomsten", kwargs=a)),
        ("bijeenkomst", reverse("tafels:bijeenkomst", kwargs={**a, "pk": bijeenkomst.pk})),
        ("leerspoor", reverse("leerspoor:overzicht", kwargs=a)),
        ("fase", reverse("leerspoor:fase", kwargs={**a, "nummer": fase.nummer})),
        ("risico's", reverse("leerspoor:risicos", kwargs=a)),
        ("betrokkenheid", reverse("leerspoor:betrokkenheid", kwargs=a)),
        ("peilingen", reverse("leerspoor:peilingen", kwargs=a)),
        ("versies", reverse("publicatie:lijst", kwargs=a)),
        ("versie", reverse("publicatie:versie", kwargs={**a, "nummer": 2})),
        ("verschillen", reverse("publicatie:verschillen", kwargs=a) + "?van=1&naar=2"),
        ("versie JSON", reverse("publicatie:json", kwargs={**a, "nummer": 2})),
        ("versie CSV", reverse("publicatie:csv", kwargs={**a, "nummer": 2})),
        ("nota van beantwoording", reverse("publicatie:nota", kwargs={**a, "nummer": 2})),
        ("reacties (kernteam)", reverse("publicatie:reacties", kwargs=a)),
        ("mijn reacties", reverse("publicatie:mijn_reacties", kwargs=a)),
        ("opgave bewerken", reverse("opgaven:bewerken", kwargs={**a, "slug": opgave.slug})),
        ("wijzigingen door duo's", reverse("opgaven:wijzigingen", kwargs=a)),
    ]


def meten(client, url):
    reset_queries()  # the log holds at most 9,000 queries; a full log would count nothing
    with CaptureQueriesContext(connection) as queries:
        antwoord = client.get(url)
    tijden = []
    for _ in range(HERHALINGEN):
        begin = time.perf_counter()
        client.get(url)
        tijden.append(time.perf_counter() - begin)
    return antwoord.status_code, len(queries), statistics.median(tijden) * 1000


def main():
    import logging

    logging.disable(logging.WARNING)  # "Not Found" for roles that may not see a page is expected
    call_command("migrate", verbosity=0)
    groot_laden(stdout=sys.stdout, schaal=float(os.environ.get("BENCH_SCHAAL", "1.0")))
    from agenda.models import Agenda

    agenda = Agenda.objects.get(slug="groot")
    rollen = _gebruikers()
    paginas = _paginas(agenda)
    print(f"\n{'pagina':28} " + "  ".join(f"{rol:>22}" for rol in rollen))
    print(f"{'':28} " + "  ".join(f"{'status queries ms':>22}" for _ in rollen))
    for naam, url in paginas:
        cellen = []
        for user in rollen.values():
            client = Client()
            if user:
                client.force_login(user)
            status, aantal, ms = meten(client, url)
            cellen.append(f"{status:>6} {aantal:>7} {ms:>7.1f}")
        print(f"{naam:28} " + "  ".join(f"{c:>22}" for c in cellen), flush=True)


if __name__ == "__main__":
    try:
        main()
    finally:
        # The throw-away database and media go, also when a page fails or the run is interrupted.
        shutil.rmtree(WERKMAP, ignore_errors=True)
