from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.views import defaults

pytestmark = pytest.mark.django_db


def test_healthz_geeft_200_als_de_database_antwoordt(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "wachtrij": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_geeft_503_als_de_database_niet_antwoordt(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("weg")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["status"] == "storing"
    assert response.json()["database"] == "onbereikbaar: OperationalError"
    assert response.json()["cache"] == "ok"


def test_healthz_noemt_de_cache_als_die_faalt(client):
    with mock.patch("django.core.cache.cache.get", side_effect=ConnectionError("redis weg")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["cache"] == "onbereikbaar: ConnectionError"
    assert response.json()["database"] == "ok"


def test_404_is_nederlands_in_het_paginaframe(client):
    response = client.get("/bestaat/niet/")
    inhoud = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Pagina niet gevonden</h1>" in inhoud and 'id="inhoud"' in inhoud and "Inloggen" in inhoud


def test_403_is_nederlands(rf_met_gebruiker):
    response = defaults.permission_denied(rf_met_gebruiker, PermissionDenied())
    assert response.status_code == 403
    assert "<h1>Geen toegang</h1>" in response.content.decode()


def test_500_is_nederlands_en_heeft_geen_context_nodig():
    response = defaults.server_error(RequestFactory().get("/"))
    inhoud = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Er ging iets mis</h1>" in inhoud and 'lang="nl"' in inhoud and 'id="inhoud"' in inhoud


def test_inlogpagina_in_de_stijl_van_de_site(client):
    response = client.get("/accounts/login/?next=/")
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Inloggen</h1>" in inhoud and "site.css" in inhoud
    assert 'autocomplete="current-password"' in inhoud


def test_inloggen_met_fout_wachtwoord_geeft_nederlandse_melding(client, deelnemer_user):
    response = client.post("/accounts/login/", {"username": deelnemer_user.username, "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()


def test_inloggen_en_uitloggen(client, deelnemer_user):
    response = client.post("/accounts/login/", {"username": deelnemer_user.username, "password": "wachtwoord"})
    assert response.status_code == 302
    assert "Uitloggen" in client.get("/toegankelijkheid/").content.decode()
    client.post("/accounts/logout/")
    assert ">Inloggen</a>" in client.get("/toegankelijkheid/").content.decode()


def test_toegankelijkheidsverklaring_volgt_het_model(client):
    inhoud = client.get("/toegankelijkheid/").content.decode()
    for kop in [
        "Nalevingsstatus",
        "Wat nog niet (volledig) voldoet",
        "Feedback en contactgegevens",
        "Handhavingsprocedure",
    ]:
        assert f"<h2>{kop}</h2>" in inhoud
    assert "WCAG 2.1 niveau AA" in inhoud
    assert "voldoet gedeeltelijk" in inhoud


@pytest.fixture
def rf_met_gebruiker(rf):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/ergens/")
    request.user = AnonymousUser()
    return request


def test_toegankelijkheidsverklaring_noemt_norm_onderzoek_en_het_adres_uit_de_instellingen(client, settings):
    settings.TOEGANKELIJKHEID_CONTACT = "digitoegankelijk@regio-oost.example"
    inhoud = client.get("/toegankelijkheid/").content.decode()
    # After the model statement's compliance status comes the research behind it.
    assert inhoud.index("<h2>Nalevingsstatus</h2>") < inhoud.index("<h2>Onderzoek</h2>")
    for tekst in ["WCAG 2.1 niveau AA", "EN 301 549", "1 december 2026", "axe-core", "Nu Html Checker", "vóór 1 juli"]:
        assert tekst in inhoud
    assert '<a href="mailto:digitoegankelijk@regio-oost.example">digitoegankelijk@regio-oost.example</a>' in inhoud
    assert "toegankelijkheid@omgevingsagenda.nl" not in inhoud
