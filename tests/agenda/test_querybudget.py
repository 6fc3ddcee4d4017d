"""Query budgets of the public pages on the large data set (omgevingsagenda.demo.groot).

Every page is measured on two sizes of the same generated agenda; the budget must hold on
both and the count must be the same on both, which proves it does not grow with the data
(no N+1). The budgets are for the kernteam, the role that costs the most queries (session,
user, group check); anonymous visitors cost three fewer.
"""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from omgevingsagenda.demo.groot import groot_laden
from tafels.models import Bijeenkomst, BijeenkomstSoort

# Every test of this module is a plain django_db test, so pytest-django runs them together,
# before any transactional test: the module fixture's open transaction must not outlive them.
pytestmark = pytest.mark.django_db

KLEIN, GROOT = "groot-klein", "groot"
SCHAAL = {KLEIN: 0.05, GROOT: 0.2}

# Measured + 1 for headroom; the overview + 3, for the latest published version that the publicatie app adds.
BUDGET = {
    "home": 5,
    "agenda-overzicht": 9,
    "perspectief": 8,
    "opgaven-lijst": 8,
    "opgaven-lijst-gefilterd": 8,
    "opgave": 12,
    "gesprekstafels-lijst": 8,
    "gesprekstafel": 9,
    "bijeenkomsten-lijst": 8,
    "bijeenkomst": 9,  # +1 the sign-ups (one prefetch), +1 the viewer's deelnemer (may they sign up)
}


def pagina_url(naam: str, slug: str) -> str:
    agenda = {"agenda": slug}
    if naam == "home":
        return reverse("agenda:home")
    if naam == "agenda-overzicht":
        return reverse("agenda:overzicht", kwargs=agenda)
    if naam == "perspectief":
        return reverse("agenda:perspectief", kwargs=agenda)
    if naam == "opgaven-lijst":
        return reverse("opgaven:lijst", kwargs=agenda)
    if naam == "opgaven-lijst-gefilterd":
        return reverse("opgaven:lijst", kwargs=agenda) + "?zoek=water&status=voorlopig&schaalniveau=regio"
    if naam == "opgave":
        return reverse("opgaven:detail", kwargs={**agenda, "slug": "opgave-0001"})
    if naam == "gesprekstafels-lijst":
        return reverse("tafels:lijst", kwargs=agenda)
    if naam == "gesprekstafel":
        return reverse("tafels:detail", kwargs={**agenda, "slug": "tafel-001"})
    if naam == "bijeenkomsten-lijst":
        return reverse("tafels:bijeenkomsten", kwargs=agenda)
    # The synthesis meeting has the most deelnames.
    synthese = Bijeenkomst.objects.get(agenda__slug=slug, soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST)
    return synthese.get_absolute_url()


@pytest.fixture(scope="module")
def grote_agendas(django_db_setup, django_db_blocker):
    """Both sizes, loaded once for the module and rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        for slug, schaal in SCHAAL.items():
            groot_laden(schaal=schaal, slug=slug)
        yield
        transaction.set_rollback(True)


def aantal_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("naam", BUDGET)
def test_pagina_blijft_binnen_budget_op_beide_groottes(
    naam, grote_agendas, client, kernteam_user, django_assert_max_num_queries
):
    client.force_login(kernteam_user)
    tellingen = {}
    for slug in (KLEIN, GROOT):
        url = pagina_url(naam, slug)
        with django_assert_max_num_queries(BUDGET[naam]) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        tellingen[slug] = len(queries)
    assert tellingen[KLEIN] == tellingen[GROOT], f"{naam}: het aantal queries groeit met de data: {tellingen}"


def test_de_grote_agenda_is_echt_groot(grote_agendas):
    from agenda.models import Agenda

    agenda = Agenda.objects.get(slug=GROOT)
    assert agenda.opgaven.count() == 100
    assert agenda.gesprekstafels.count() == 20
    assert Bijeenkomst.objects.filter(agenda=agenda, gesprekstafel__isnull=False).count() == 20
    assert agenda.opgaven.first().acties.count() == 10


def test_anoniem_kost_minder_dan_het_budget(grote_agendas, client):
    # Three fewer than the kernteam, plus the page cache's one query for its generation
    # (kern/paginacache.py); a page from the cache costs only that one.
    for naam in ["agenda-overzicht", "perspectief", "opgaven-lijst", "opgave", "gesprekstafels-lijst"]:
        assert aantal_queries(client, pagina_url(naam, GROOT)) <= BUDGET[naam] - 2, naam


def test_groot_laden_is_idempotent(grote_agendas):
    from agenda.models import Agenda

    aantal = Agenda.objects.get(slug=GROOT).opgaven.count()
    assert groot_laden(schaal=0.2, slug=GROOT) is None
    assert Agenda.objects.get(slug=GROOT).opgaven.count() == aantal
