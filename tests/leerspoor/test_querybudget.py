"""Query budgets of the leerspoor pages on the large agenda, at two sizes: the count must not grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agenda.models import Activiteit, Uitwerkingslijn
from leerspoor.models import (
    Antwoord,
    Citaat,
    KwadrantAspect,
    KwadrantOordeel,
    Leerervaring,
    Peiling,
    PeilingStatus,
    Risico,
    RisicoBespreking,
    Vraag,
    VraagSoort,
)
from omgevingsagenda.demo.groot import groot_laden
from tafels.models import BijeenkomstSoort

pytestmark = pytest.mark.django_db

# Fixed budgets per page, including session, user and the Kernteam check.
BUDGET = {
    "overzicht": 5,
    "fase": 18,  # percepties (with their quotes) and the kwadrant are two QuerySet methods
    "risicos": 11,  # one for the overleg te_bespreken measures against
    "risico": 6,
    "overleg": 7,
    "betrokkenheid": 7,
    "betrokkenheid_csv": 7,
}


def leerspoor_vullen(agenda, n: int) -> None:
    """Leerspoor data in proportion to n: risks with reviews, leerervaringen, quotes, poll answers."""
    fase = agenda.fases.get(nummer=2)
    lijnen = Uitwerkingslijn.objects.bulk_create(
        [Uitwerkingslijn(agenda=agenda, naam=naam, volgorde=i) for i, naam in enumerate(["Agenda", "Trends", "Leren"])]
    )
    Activiteit.objects.bulk_create(
        [Activiteit(fase=fase, lijn=lijnen[i % 3], omschrijving=f"Activiteit {i}") for i in range(n)]
    )
    kwadranten = [("", "")] + [(o, a) for o in KwadrantOordeel.values for a in KwadrantAspect.values]
    leerervaringen = Leerervaring.objects.bulk_create(
        [
            Leerervaring(fase=fase, tekst=f"Leerervaring {i}", oordeel=oordeel, aspect=aspect)
            for i, (oordeel, aspect) in ((i, kwadranten[i % 5]) for i in range(n))
        ]
    )
    Citaat.objects.bulk_create(
        [
            Citaat(fase=fase, tekst=f"Citaat {i}", toeschrijving="deelnemer", toestemming=i % 2 == 0,
                   na_leerervaring=leerervaringen[i] if i % 3 else None)
            for i in range(n)
        ]
    )  # fmt: skip
    deelnemers = list(agenda.bijeenkomsten.values_list("deelnames__deelnemer", flat=True).distinct()[:n])
    risicos = Risico.objects.bulk_create(
        [
            Risico(agenda=agenda, titel=f"Risico {i}", kans=i % 5 + 1, impact=(i * 3) % 5 + 1,
                   eigenaar_id=deelnemers[i % len(deelnemers)])
            for i in range(n)
        ]
    )  # fmt: skip
    overleggen = list(agenda.bijeenkomsten.filter(soort=BijeenkomstSoort.KERNTEAMOVERLEG).order_by("datum"))
    RisicoBespreking.objects.bulk_create(
        [
            RisicoBespreking(risico=r, bijeenkomst=o, kans=(i + j) % 5 + 1, impact=(i * j) % 5 + 1)
            for i, r in enumerate(risicos)
            for j, o in enumerate(overleggen[:-1])  # the last overleg leaves every risk due
        ]
    )
    synthese = agenda.bijeenkomsten.get(soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST)
    peiling = Peiling.objects.create(bijeenkomst=synthese, titel="Peiling", status=PeilingStatus.GESLOTEN)
    schaal = Vraag.objects.create(peiling=peiling, tekst="Bekend?", soort=VraagSoort.SCHAAL, keuzes="a\nb\nc\nd\ne")
    keuze = Vraag.objects.create(peiling=peiling, tekst="Cruciaal?", soort=VraagSoort.KEUZE, keuzes="ja\nnee")
    open_ = Vraag.objects.create(peiling=peiling, tekst="Tips?", soort=VraagSoort.OPEN)
    Antwoord.objects.bulk_create(
        [Antwoord(vraag=schaal, respondent=f"r{i}", waarde=str(i % 5 + 1)) for i in range(n)]
        + [Antwoord(vraag=keuze, respondent=f"r{i}", waarde=["ja", "nee"][i % 2]) for i in range(n)]
        + [Antwoord(vraag=open_, respondent=f"r{i}", waarde=f"Tip {i}") for i in range(n)]
    )


@pytest.fixture
def twee_agendas(db):
    klein = groot_laden(schaal=0.05, slug="klein")
    groot = groot_laden(schaal=0.2, slug="groot")
    leerspoor_vullen(klein, 10)
    leerspoor_vullen(groot, 60)
    return klein, groot


def urls(agenda):
    kw = {"agenda": agenda.slug}
    overleg = agenda.bijeenkomsten.filter(soort=BijeenkomstSoort.KERNTEAMOVERLEG).latest("datum")
    return {
        "overzicht": reverse("leerspoor:overzicht", kwargs=kw),
        "fase": reverse("leerspoor:fase", kwargs={**kw, "nummer": 2}),
        "risicos": reverse("leerspoor:risicos", kwargs=kw) + "?status=open&minimale_score=1",
        "risico": reverse("leerspoor:risico", kwargs={**kw, "pk": agenda.risicos.order_by("pk").first().pk}),
        "overleg": reverse("leerspoor:overleg", kwargs={**kw, "pk": overleg.pk}),
        "betrokkenheid": reverse("leerspoor:betrokkenheid", kwargs=kw),
        "betrokkenheid_csv": reverse("leerspoor:betrokkenheid_csv", kwargs=kw),
    }


def tel(client, url) -> int:
    with CaptureQueriesContext(connection) as vastgelegd:
        antwoord = client.get(url)
    assert antwoord.status_code == 200, url
    return len(vastgelegd.captured_queries)


def test_querybudget_gelijk_bij_twee_groottes(client, kernteam_user, twee_agendas):
    klein, groot = twee_agendas
    client.force_login(kernteam_user)
    # The large agenda really is larger where it matters for these pages.
    assert groot.risicos.count() > 5 * klein.risicos.count()
    assert groot.gesprekstafels.count() > 3 * klein.gesprekstafels.count()
    tellingen = {}
    for pagina in BUDGET:
        tellingen[pagina] = (tel(client, urls(klein)[pagina]), tel(client, urls(groot)[pagina]))
    print("query's per pagina (klein, groot):", tellingen)
    for pagina, (bij_klein, bij_groot) in tellingen.items():
        assert bij_klein == bij_groot, pagina
        assert bij_groot <= BUDGET[pagina], pagina


@pytest.mark.parametrize("pagina", list(BUDGET))
def test_querybudget_per_pagina(client, kernteam_user, twee_agendas, django_assert_max_num_queries, pagina):
    _klein, groot = twee_agendas
    client.force_login(kernteam_user)
    url = urls(groot)[pagina]
    with django_assert_max_num_queries(BUDGET[pagina]):
        assert client.get(url).status_code == 200
