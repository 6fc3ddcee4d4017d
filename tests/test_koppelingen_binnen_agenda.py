"""A bijeenkomst, gesprekstafel or opgave links only to fases, tafels, opgaven and trends of its own agenda."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.admin_formulier import formulier_gegevens

pytestmark = pytest.mark.django_db


def test_bijeenkomst_met_een_fase_van_een_andere_agenda_is_ongeldig(bijeenkomst_factory, fase_factory):
    bijeenkomst = bijeenkomst_factory()
    bijeenkomst.fase = fase_factory()  # its own agenda
    with pytest.raises(ValidationError) as fout:
        bijeenkomst.full_clean()
    assert fout.value.message_dict == {"fase": ["Kies een fase van dezelfde agenda."]}
    bijeenkomst.fase = fase_factory(agenda=bijeenkomst.agenda)
    bijeenkomst.full_clean()


def test_bijeenkomst_met_een_gesprekstafel_van_een_andere_agenda_is_ongeldig(
    bijeenkomst_factory, gesprekstafel_factory
):
    bijeenkomst = bijeenkomst_factory()
    bijeenkomst.gesprekstafel = gesprekstafel_factory()
    with pytest.raises(ValidationError) as fout:
        bijeenkomst.full_clean()
    assert fout.value.message_dict == {"gesprekstafel": ["Kies een gesprekstafel van dezelfde agenda."]}
    bijeenkomst.gesprekstafel = gesprekstafel_factory(agenda=bijeenkomst.agenda)
    bijeenkomst.full_clean()


def test_beheer_biedt_bij_een_bijeenkomst_alleen_fases_van_de_eigen_agenda(
    client, kernteam_user, bijeenkomst_factory, fase_factory
):
    bijeenkomst = bijeenkomst_factory()
    eigen = fase_factory(agenda=bijeenkomst.agenda)
    fase_factory()
    client.force_login(kernteam_user)
    response = client.get(reverse("admin:tafels_bijeenkomst_change", args=[bijeenkomst.pk]))
    assert list(response.context["adminform"].form.fields["fase"].queryset) == [eigen]


def test_beheer_weigert_een_gesprekstafel_met_een_opgave_van_een_andere_agenda(
    client, kernteam_user, gesprekstafel_factory, opgave_factory
):
    tafel = gesprekstafel_factory()
    eigen = opgave_factory(agenda=tafel.agenda)
    vreemd = opgave_factory(titel="Opgave elders")
    client.force_login(kernteam_user)
    wijzig_url = reverse("admin:tafels_gesprekstafel_change", args=[tafel.pk])
    gegevens = formulier_gegevens(client.get(wijzig_url))
    gegevens["opgaven"] = [str(eigen.pk), str(vreemd.pk)]

    response = client.post(wijzig_url, gegevens)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["opgaven"] == [
        "Kies alleen uit dezelfde agenda; Opgave elders hoort bij een andere agenda."
    ]
    assert list(tafel.opgaven.all()) == []
    gegevens["opgaven"] = [str(eigen.pk)]
    assert client.post(wijzig_url, formulier_gegevens(client.get(wijzig_url)) | gegevens).status_code == 302
    assert list(tafel.opgaven.all()) == [eigen]


def test_beheer_weigert_een_opgave_met_een_trend_van_een_andere_agenda(
    client, kernteam_user, opgave_factory, trend_factory
):
    opgave = opgave_factory()
    vreemd = trend_factory(naam="Trend elders")
    client.force_login(kernteam_user)
    wijzig_url = reverse("admin:opgaven_opgave_change", args=[opgave.pk])
    gegevens = formulier_gegevens(client.get(wijzig_url))
    gegevens["trends"] = [str(vreemd.pk)]

    response = client.post(wijzig_url, gegevens)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["trends"] == [
        "Kies alleen uit dezelfde agenda; Trend elders hoort bij een andere agenda."
    ]
    assert list(opgave.trends.all()) == []
