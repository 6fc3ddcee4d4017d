"""A double click on "Reactie versturen" makes one reactie, also when the requests arrive at the same moment.

Threads start together at a barrier and post the same form (the same one-time key). SQLite
writes one at a time, so it cannot show the race; this file runs in the PostgreSQL pass.
Run with `-s` to see the figures (sent vs stored).
"""

import uuid

import pytest
from django.test import Client

from publicatie.models import Reactie
from publicatie.services import reactie_indienen
from tests.gelijktijdig import alleen_postgresql, tegelijk
from tests.publicatie.reacties_opzet import *  # noqa: F403 (the fixture opzet)
from tests.publicatie.reacties_opzet import url

pytestmark = [
    pytest.mark.django_db(transaction=True),
    alleen_postgresql,
]

DRADEN = 12


def test_zelfde_sleutel_via_service(opzet, deelnemer_factory):
    indiener = deelnemer_factory()
    sleutel = uuid.uuid4()
    uitkomsten = tegelijk(
        [
            lambda: reactie_indienen(versie=opzet.v2, indiener=indiener, tekst="Tegelijk", sleutel=sleutel)
            for _ in range(DRADEN)
        ]
    )
    assert not [u for u in uitkomsten if isinstance(u, Exception)], uitkomsten
    print(f"\n[gelijktijdig] reactie via service: {DRADEN} verzonden, {Reactie.objects.count() - 4} opgeslagen")
    assert Reactie.objects.filter(tekst="Tegelijk").count() == 1
    assert sorted(nieuw for _reactie, nieuw in uitkomsten) == [False] * (DRADEN - 1) + [True]


def test_dubbelklik_via_het_formulier(opzet, user_factory, deelnemer_factory):
    user = user_factory()
    deelnemer_factory(user=user)
    data = {"tekst": "Dubbelklik tegelijk", "opgave": "", "sleutel": str(uuid.uuid4())}
    adres = url("reageren", opzet.agenda, nummer=2)
    clients = []
    for _ in range(DRADEN):
        client = Client()
        client.force_login(user)
        clients.append(client)
    statussen = tegelijk([lambda c=c: c.post(adres, data).status_code for c in clients])
    opgeslagen = Reactie.objects.filter(tekst="Dubbelklik tegelijk").count()
    print(f"\n[gelijktijdig] reactie via formulier: {DRADEN} verzonden, {opgeslagen} opgeslagen")
    assert statussen == [302] * DRADEN
    assert opgeslagen == 1
