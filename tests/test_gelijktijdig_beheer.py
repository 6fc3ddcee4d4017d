"""Two kernteam members editing one object in the admin: the second save is detected, nothing is lost."""

import pytest
from django.urls import reverse

from deelnemers.models import Organisatie
from tests.admin_formulier import formulier_gegevens

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisatie(organisatie_factory):
    organisatie = organisatie_factory(naam="Gemeente Zwolle")
    organisatie.save()  # a history record, as every save through admin, site or service writes
    return organisatie


def _formulier(client, organisatie):
    pagina = client.get(reverse("admin:deelnemers_organisatie_change", args=[organisatie.pk]))
    gegevens = formulier_gegevens(pagina)
    assert f'name="_bewerkstand" value="{pagina.context["bewerkstand"]}"' in pagina.content.decode()
    gegevens["_bewerkstand"] = pagina.context["bewerkstand"]
    return gegevens


def test_tweede_opslag_wordt_geweigerd_en_houdt_de_invoer(client, kernteam_user, organisatie):
    client.force_login(kernteam_user)
    url = reverse("admin:deelnemers_organisatie_change", args=[organisatie.pk])
    eerste, tweede = _formulier(client, organisatie), _formulier(client, organisatie)

    eerste["afkorting"] = "ZWL"
    assert client.post(url, eerste).status_code == 302

    tweede["afkorting"] = "GZ"
    antwoord = client.post(url, tweede)
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "intussen gewijzigd door" in html
    assert kernteam_user.username in html
    assert 'value="GZ"' in html  # what the second person typed is still on the page
    assert Organisatie.objects.get(pk=organisatie.pk).afkorting == "ZWL"

    # Saving again from the refused page is a deliberate choice: it carries the new stand.
    opnieuw = formulier_gegevens(antwoord)
    opnieuw["_bewerkstand"] = antwoord.context["bewerkstand"]
    assert client.post(url, opnieuw).status_code == 302
    assert Organisatie.objects.get(pk=organisatie.pk).afkorting == "GZ"


def test_zonder_tussentijdse_wijziging_gewoon_opslaan(client, kernteam_user, organisatie):
    client.force_login(kernteam_user)
    gegevens = _formulier(client, organisatie)
    gegevens["afkorting"] = "ZWL"
    antwoord = client.post(reverse("admin:deelnemers_organisatie_change", args=[organisatie.pk]), gegevens)
    assert antwoord.status_code == 302
    assert Organisatie.objects.get(pk=organisatie.pk).afkorting == "ZWL"


def test_wijziging_buiten_het_beheer_telt_ook(client, kernteam_user, organisatie):
    client.force_login(kernteam_user)
    gegevens = _formulier(client, organisatie)
    organisatie.naam = "Gemeente Zwolle (gewijzigd via de site)"
    organisatie.save()
    gegevens["afkorting"] = "ZWL"
    antwoord = client.post(reverse("admin:deelnemers_organisatie_change", args=[organisatie.pk]), gegevens)
    assert antwoord.status_code == 200
    assert "intussen gewijzigd door" in antwoord.content.decode()
