"""A duo's actie with an organisatie id too large for the database (issue 11): a Dutch error, no 500."""

import pytest
from django.urls import reverse

from tests.admin_formulier import formulier_gegevens as beheer_gegevens
from tests.opgaven.conftest import formulier_gegevens

pytestmark = pytest.mark.django_db

TE_GROOT = "9" * 25  # past every integer column (a bigint holds 19 digits)


@pytest.mark.parametrize("veld", ["acties-0-partners", "acties-0-trekker"])
def test_duo_actie_met_een_te_groot_organisatie_id(client, duowereld, rol_gebruiker, veld):
    """POST /oost/opgaven/<slug>/bewerken/ with acties-0-partners=<25 digits>."""
    opgave = duowereld["opgave"]
    url = reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(url))
    gegevens[veld] = [TE_GROOT]
    response = client.post(url, gegevens)
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_beheer_actie_met_een_te_groot_partner_id(client, kernteam_user, duowereld):
    """POST /admin/opgaven/actie/<id>/change/ with partners=<25 digits>."""
    actie = duowereld["actie"]
    client.force_login(kernteam_user)
    url = reverse("admin:opgaven_actie_change", args=[actie.pk])
    gegevens = beheer_gegevens(client.get(url))
    gegevens["partners"] = [TE_GROOT]
    response = client.post(url, gegevens)
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
