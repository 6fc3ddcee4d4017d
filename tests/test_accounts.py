"""Logging in and out at /accounts/, in the site's own style; no self-service password pages."""

import pytest
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db


def test_inloggen_en_uitloggen(client, deelnemer_user):
    pagina = client.get("/accounts/login/")
    assert pagina.status_code == 200
    assert "<h1" in pagina.content.decode()
    antwoord = client.post("/accounts/login/", {"username": deelnemer_user.username, "password": "wachtwoord"})
    assert antwoord.status_code == 302
    assert client.post("/accounts/logout/").status_code in (200, 302)
    assert "_auth_user_id" not in client.session


def test_verkeerd_wachtwoord_geeft_nederlandse_fout_en_houdt_de_gebruikersnaam(client, deelnemer_user):
    html = client.post("/accounts/login/", {"username": deelnemer_user.username, "password": "fout"}).content.decode()
    assert "gebruikersnaam" in html.lower()
    assert f'value="{deelnemer_user.username}"' in html


@pytest.mark.parametrize("naam", ["password_reset", "password_change"])
def test_geen_wachtwoordpaginas_in_beheerstijl(client, naam):
    with pytest.raises(NoReverseMatch):
        reverse(naam)
    assert client.get(f"/accounts/{naam.replace('_', '/')}/").status_code == 404
