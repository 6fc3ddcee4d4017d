"""History: every change through the admin is recorded (who, when, what) and can be reverted."""

import pytest
from django.urls import reverse

from opgaven.models import Opgave
from tests.admin_formulier import formulier_gegevens

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheer(client, kernteam_user):
    client.force_login(kernteam_user)
    return client


def titel_wijzigen(beheer, opgave, titel):
    wijzig_url = reverse("admin:opgaven_opgave_change", args=[opgave.pk])
    gegevens = formulier_gegevens(beheer.get(wijzig_url))
    gegevens["titel"] = titel
    response = beheer.post(wijzig_url, gegevens)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_wijziging_via_de_admin_legt_gebruiker_en_veld_vast(beheer, kernteam_user, opgave_factory):
    opgave = opgave_factory(titel="Klimaatbestendige Groeiregio Zwolle")
    titel_wijzigen(beheer, opgave, "Klimaatbestendige Regio Zwolle")

    nieuw, oud = opgave.history.all()[:2]
    assert nieuw.history_type == "~"
    assert nieuw.history_user == kernteam_user
    verschil = nieuw.diff_against(oud)
    assert verschil.changed_fields == ["titel"]
    assert verschil.changes[0].old == "Klimaatbestendige Groeiregio Zwolle"
    assert verschil.changes[0].new == "Klimaatbestendige Regio Zwolle"

    pagina = beheer.get(reverse("admin:opgaven_opgave_history", args=[opgave.pk])).content.decode()
    assert kernteam_user.username in pagina
    assert "Klimaatbestendige Groeiregio Zwolle" in pagina


def test_wijziging_in_een_inline_legt_de_gebruiker_vast(beheer, kernteam_user, actie_factory):
    actie = actie_factory(omschrijving="Verkenning starten")
    wijzig_url = reverse("admin:opgaven_opgave_change", args=[actie.opgave.pk])
    gegevens = formulier_gegevens(beheer.get(wijzig_url))
    gegevens["acties-0-omschrijving"] = "Verkenning afronden"
    assert beheer.post(wijzig_url, gegevens).status_code == 302

    laatste = actie.history.first()
    assert laatste.omschrijving == "Verkenning afronden"
    assert laatste.history_user == kernteam_user


def test_terugzetten_naar_een_eerdere_stand(beheer, kernteam_user, opgave_factory):
    opgave = opgave_factory(titel="Oorspronkelijke titel", gebied="Regio Zwolle")
    eerste = opgave.history.get()
    titel_wijzigen(beheer, opgave, "Tussentijdse titel")
    opgave.refresh_from_db()
    assert opgave.titel == "Tussentijdse titel"

    terugzet_url = reverse("admin:opgaven_opgave_simple_history", args=[opgave.pk, eerste.history_id])
    pagina = beheer.get(terugzet_url)
    assert pagina.status_code == 200
    response = beheer.post(terugzet_url, formulier_gegevens(pagina))
    assert response.status_code == 302

    opgave.refresh_from_db()
    assert opgave.titel == "Oorspronkelijke titel"
    teruggezet = opgave.history.first()
    assert teruggezet.history_user == kernteam_user
    assert opgave.history.count() == 3


def test_deelnemer_ziet_geen_geschiedenis(client, deelnemer_user, opgave_factory):
    opgave = opgave_factory()
    client.force_login(deelnemer_user)
    for url in (
        reverse("admin:opgaven_opgave_history", args=[opgave.pk]),
        reverse("admin:opgaven_opgave_simple_history", args=[opgave.pk, opgave.history.get().history_id]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))
    assert Opgave.objects.get(pk=opgave.pk).titel == opgave.titel
