"""Query budgets of the peiling pages: fixed, and the same with 5 or 300 respondents."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leerspoor.models import Antwoord, Peiling
from leerspoor.services import peiling_zonder_account_instellen, respondent_sleutel

pytestmark = pytest.mark.django_db

# Including session, user and the Kernteam check of the page frame.
BUDGET = {
    "peilingen": 5,
    "peiling_beheer": 6,
    "peiling_projector": 5,
    "peiling_uitslag": 8,
    "peiling_uitslag_fragment": 8,
    "beantwoorden_deelnemer": 6,
    # First visit without an account: the session with the respondent id is created; plus the
    # page cache's generation (kern/paginacache.py), read before it knows the page sets a cookie.
    "beantwoorden_anoniem": 8,
    # Per question one savepoint, insert and release: the savepoint lets a duplicate fail alone.
    "beantwoorden_post": 8 + 3 * 3,
}


def vullen(peiling, respondenten: int):
    schaal, keuze, open_ = peiling.vragen.order_by("volgorde")
    Antwoord.objects.bulk_create(
        Antwoord(vraag=vraag, respondent=f"r{i}", waarde=waarde)
        for i in range(respondenten)
        for vraag, waarde in ((schaal, str(i % 5 + 1)), (keuze, ["ja", "nee"][i % 2]), (open_, f"Tip {i}"))
    )


def tel(client, methode, url, data=None) -> int:
    with CaptureQueriesContext(connection) as vastgelegd:
        antwoord = getattr(client, methode)(url, data) if data else getattr(client, methode)(url)
    assert antwoord.status_code in (200, 302), (url, antwoord.status_code)
    return len(vastgelegd.captured_queries)


def metingen(peiling, kernteam_user, deelnemer_user) -> dict[str, int]:
    kw = {"agenda": peiling.bijeenkomst.agenda.slug}
    kernteam = Client()
    kernteam.force_login(kernteam_user)
    uitkomst = {
        "peilingen": tel(kernteam, "get", reverse("leerspoor:peilingen", kwargs=kw)),
    }
    for naam in ("peiling_beheer", "peiling_projector", "peiling_uitslag", "peiling_uitslag_fragment"):
        uitkomst[naam] = tel(kernteam, "get", reverse(f"leerspoor:{naam}", kwargs={**kw, "pk": peiling.pk}))
    url = reverse("leerspoor:peiling_beantwoorden", kwargs={**kw, "token": peiling.token})
    deelnemer = Client()
    deelnemer.force_login(deelnemer_user)
    uitkomst["beantwoorden_deelnemer"] = tel(deelnemer, "get", url)
    uitkomst["beantwoorden_anoniem"] = tel(Client(), "get", url)
    schaal, keuze, open_ = peiling.vragen.order_by("volgorde")
    data = {f"vraag_{schaal.pk}": "3", f"vraag_{keuze.pk}": "ja", f"vraag_{open_.pk}": "Tip"}
    uitkomst["beantwoorden_post"] = tel(deelnemer, "post", url, data)
    return uitkomst


def test_querybudget_vast_bij_twee_groottes(
    peiling_open, peiling_factory, vraag_factory, kernteam_user, deelnemer_user
):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True)
    vullen(peiling_open, 5)
    klein = metingen(peiling_open, kernteam_user, deelnemer_user)

    groot_peiling = Peiling.objects.get(pk=peiling_open.pk)
    Antwoord.objects.filter(vraag__peiling=groot_peiling).delete()
    vullen(groot_peiling, 300)
    # More polls in the list, too.
    for i in range(10):
        vraag_factory(peiling=peiling_factory(bijeenkomst=groot_peiling.bijeenkomst, titel=f"Extra {i}"))
    groot = metingen(groot_peiling, kernteam_user, deelnemer_user)

    print(f"\nQueries per peilingpagina (5 / 300 respondenten): { {k: (klein[k], groot[k]) for k in klein} }")
    assert klein == groot
    for naam, aantal in groot.items():
        assert aantal <= BUDGET[naam], (naam, aantal)
    assert (
        Antwoord.objects.filter(respondent=respondent_sleutel(peiling=groot_peiling, user=deelnemer_user)).count() == 3
    )


def test_querybudget_met_fixture(django_assert_max_num_queries, client, kernteam_user, peiling_open):
    vullen(peiling_open, 50)
    client.force_login(kernteam_user)
    url = reverse("leerspoor:peiling_uitslag", kwargs={"agenda": "peiling-oost", "pk": peiling_open.pk})
    with django_assert_max_num_queries(BUDGET["peiling_uitslag"]):
        client.get(url)
