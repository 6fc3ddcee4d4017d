"""A double click on "Reactie versturen" makes one reactie, also when the requests arrive at the same moment.

Threads start together at a barrier and post the same form (the same one-time key). SQLite
writes one at a time, so it cannot show the race; this file runs in the PostgreSQL pass.
Run with `-s` to see the figures (sent vs stored).
"""

import threading
import uuid

import pytest
from django.db import connection, connections
from django.test import Client

from publicatie.models import Reactie
from publicatie.services import reactie_indienen
from tests.publicatie.reacties_opzet import *  # noqa: F403 (the fixture opzet)
from tests.publicatie.reacties_opzet import url

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="gelijktijdige transacties vragen PostgreSQL; deze test draait in de PostgreSQL-ronde van CI",
    ),
]

DRADEN = 12


def tegelijk(taken):
    start = threading.Barrier(len(taken))
    uitkomsten = [None] * len(taken)

    def draad(i, taak):
        try:
            start.wait(timeout=30)
            uitkomsten[i] = taak()
        except Exception as fout:  # handed to the test, which fails on it
            uitkomsten[i] = fout
        finally:
            connections.close_all()

    draden = [threading.Thread(target=draad, args=(i, taak)) for i, taak in enumerate(taken)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    assert not any(d.is_alive() for d in draden)
    return uitkomsten


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
