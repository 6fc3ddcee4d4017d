"""Exactly one answer per respondent per question under simultaneous requests (PostgreSQL).

Threads start together at a barrier and each sends the same answer, through the service and
through the answer page. SQLite serialises every write, so it cannot show the race; CI runs
this file in its PostgreSQL pass. Run with `-s` to see the figures (sent vs stored).
"""

import re

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from leerspoor import anoniem
from leerspoor.models import Antwoord
from leerspoor.services import peiling_beantwoorden, peiling_zonder_account_instellen, respondent_sleutel
from tests.gelijktijdig import alleen_postgresql, tegelijk

pytestmark = [
    pytest.mark.django_db(transaction=True),
    alleen_postgresql,
]

DRADEN = 20


def verslag(titel, verzonden, opgeslagen):
    print(f"\n[gelijktijdig] {titel}: {verzonden} verzonden, {opgeslagen} opgeslagen")


def test_vendor_is_postgresql():
    assert connection.vendor == "postgresql"


def test_zelfde_respondent_via_service(peiling_open):
    schaal, keuze, _open = peiling_open.vragen.order_by("volgorde")
    uitkomsten = tegelijk(
        [
            lambda: peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "4", keuze: "ja"})
            for _ in range(DRADEN)
        ]
    )
    assert not [u for u in uitkomsten if isinstance(u, Exception)], uitkomsten
    verslag("zelfde respondent, service", DRADEN * 2, Antwoord.objects.count())
    assert Antwoord.objects.filter(vraag=schaal).count() == 1
    assert Antwoord.objects.filter(vraag=keuze).count() == 1
    # Exactly one request stored both answers; every other one was told "al beantwoord".
    assert sorted(len(u.opgeslagen) for u in uitkomsten) == [0] * (DRADEN - 1) + [2]
    assert sum(len(u.al_beantwoord) for u in uitkomsten) == (DRADEN - 1) * 2


def _posten(client, url, data):
    def taak():
        antwoord = client.post(url, data)
        return antwoord.status_code

    return taak


def test_zelfde_deelnemer_via_de_antwoordpagina(peiling_open, deelnemer_user):
    schaal, keuze, open_ = peiling_open.vragen.order_by("volgorde")
    url = reverse("leerspoor:peiling_beantwoorden", kwargs={"agenda": "peiling-oost", "token": peiling_open.token})
    data = {f"vraag_{schaal.pk}": "4", f"vraag_{keuze.pk}": "ja", f"vraag_{open_.pk}": "Tip"}
    clients = []
    for _ in range(DRADEN):
        client = Client()
        client.force_login(deelnemer_user)
        clients.append(client)
    statussen = tegelijk([_posten(c, url, data) for c in clients])
    verslag("zelfde deelnemer, antwoordpagina", DRADEN * 3, Antwoord.objects.count())
    assert statussen == [302] * DRADEN
    assert Antwoord.objects.count() == 3
    assert set(Antwoord.objects.values_list("respondent", flat=True)) == {
        respondent_sleutel(peiling=peiling_open, user=deelnemer_user)
    }


def test_zelfde_browser_zonder_account_dubbelklik(peiling_open):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True)
    schaal, keuze, _open = peiling_open.vragen.order_by("volgorde")
    url = reverse("leerspoor:peiling_beantwoorden", kwargs={"agenda": "peiling-oost", "token": peiling_open.token})
    pagina = Client().get(url)
    assert pagina.status_code == 200
    # Looking makes no session: the respondent id travels, signed, in the form (leerspoor.anoniem),
    # so a double click on the first submit sends the same id twice, before any cookie came back.
    assert "sessionid" not in pagina.cookies
    kandidaat = re.search(rf'name="{anoniem.KANDIDAAT_VELD}" value="([^"]+)"', pagina.content.decode()).group(1)
    clients = [Client() for _ in range(DRADEN)]
    antwoorden = {f"vraag_{schaal.pk}": "2", f"vraag_{keuze.pk}": "nee", anoniem.KANDIDAAT_VELD: kandidaat}
    statussen = tegelijk([_posten(c, url, antwoorden) for c in clients])
    verslag("zelfde browser zonder account, antwoordpagina", DRADEN * 2, Antwoord.objects.count())
    assert statussen == [302] * DRADEN
    assert Antwoord.objects.count() == 2


def test_verschillende_respondenten_tegelijk_allemaal_opgeslagen(peiling_open, user_factory):
    schaal, keuze, _open = peiling_open.vragen.order_by("volgorde")
    url = reverse("leerspoor:peiling_beantwoorden", kwargs={"agenda": "peiling-oost", "token": peiling_open.token})
    clients = []
    for _ in range(DRADEN):
        client = Client()
        client.force_login(user_factory())
        clients.append(client)
    statussen = tegelijk([_posten(c, url, {f"vraag_{schaal.pk}": "5", f"vraag_{keuze.pk}": "ja"}) for c in clients])
    verslag("verschillende deelnemers, antwoordpagina", DRADEN * 2, Antwoord.objects.count())
    assert statussen == [302] * DRADEN
    assert Antwoord.objects.filter(vraag=schaal).count() == DRADEN
    assert Antwoord.objects.filter(vraag=keuze).count() == DRADEN
    assert Antwoord.objects.values("respondent").distinct().count() == DRADEN
