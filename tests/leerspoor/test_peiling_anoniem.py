"""Peilingen without an account (issue 11): no session for looking, one when answering, a limit per address.

Reproduced by: GET /<agenda>/leerspoor/peiling/<token>/ without cookies stored a session that lived
two weeks; POSTing answers from ever fresh cookies stored every one of them.
"""

import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from leerspoor.anoniem import KANDIDAAT_VELD
from leerspoor.models import Antwoord
from leerspoor.services import peiling_zonder_account_instellen
from tests.leerspoor.test_peiling import antwoord_url, formulier

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_peiling(peiling_open):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True)
    return peiling_open


def _kandidaat(html: str) -> str:
    return re.search(rf'name="{KANDIDAAT_VELD}" value="([^"]+)"', html).group(1)


def test_alleen_kijken_maakt_geen_sessie(open_peiling, settings):
    bezoeker = Client()
    antwoord = bezoeker.get(antwoord_url(open_peiling))
    assert antwoord.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in antwoord.cookies
    assert Session.objects.count() == 0
    assert f'name="{KANDIDAAT_VELD}"' in antwoord.content.decode()


def test_antwoorden_maakt_de_sessie_en_telt_een_keer(open_peiling, settings):
    bezoeker = Client()
    url = antwoord_url(open_peiling)
    kandidaat = _kandidaat(bezoeker.get(url).content.decode())
    assert bezoeker.post(url, {**formulier(open_peiling), KANDIDAAT_VELD: kandidaat}).status_code == 302
    assert Session.objects.count() == 1
    assert Antwoord.objects.values("respondent").distinct().count() == 1
    # The page after answering: no new form, so no new respondent id.
    assert f'name="{KANDIDAAT_VELD}"' not in bezoeker.get(url).content.decode()


def test_dubbelklik_zonder_sessie_blijft_een_respondent(open_peiling):
    """Two POSTs of the same form, before either set the session cookie: one respondent."""
    url = antwoord_url(open_peiling)
    kandidaat = _kandidaat(Client().get(url).content.decode())
    for _ in range(2):
        Client().post(url, {**formulier(open_peiling), KANDIDAAT_VELD: kandidaat})
    assert Antwoord.objects.count() == 3
    assert Antwoord.objects.values("respondent").distinct().count() == 1


def test_vervalst_kenmerk_is_gewoon_een_nieuwe_respondent(open_peiling):
    url = antwoord_url(open_peiling)
    assert Client().post(url, {**formulier(open_peiling), KANDIDAAT_VELD: "vervalst"}).status_code == 302
    assert Client().post(url, {**formulier(open_peiling), KANDIDAAT_VELD: "vervalst"}).status_code == 302
    assert Antwoord.objects.values("respondent").distinct().count() == 2


def test_limiet_per_adres_op_nieuwe_respondenten(open_peiling, settings):
    settings.PEILING_NIEUW_PER_ADRES = 3
    settings.PROXY_AANTAL = 0
    # The counter lives in Django's cache; the test settings use a dummy one (no page cache in tests).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limiet"}}
    url = antwoord_url(open_peiling)
    for _ in range(3):
        assert Client().post(url, formulier(open_peiling), REMOTE_ADDR="192.0.2.44").status_code == 302
    te_veel = Client().post(url, formulier(open_peiling), REMOTE_ADDR="192.0.2.44")
    assert te_veel.status_code == 429
    assert "Probeer het over een paar minuten opnieuw" in te_veel.content.decode()
    assert Antwoord.objects.values("respondent").distinct().count() == 3
    # Another address still answers.
    assert Client().post(url, formulier(open_peiling), REMOTE_ADDR="198.51.100.8").status_code == 302
    assert Antwoord.objects.values("respondent").distinct().count() == 4


def test_ingelogde_deelnemer_valt_niet_onder_de_limiet(open_peiling, settings, deelnemer_user):
    settings.PEILING_NIEUW_PER_ADRES = 1
    Client().post(antwoord_url(open_peiling), formulier(open_peiling))
    deelnemer = Client()
    deelnemer.force_login(deelnemer_user)
    assert deelnemer.post(antwoord_url(open_peiling), formulier(open_peiling)).status_code == 302
    assert Antwoord.objects.values("respondent").distinct().count() == 2
