"""One list of what a duo edits: the form, the service, the bewerkstand and the kernteam's changes page agree."""

import pytest
from django.contrib.auth.models import User

from opgaven.forms import ActieForm
from opgaven.models import ACTIE_BEWERKVELDEN, Actie, ActieSoort, ActieStatus
from tests.opgaven.test_bewerken_wijzigingen import actie_gegevens, duo_bewerkt, wijzigingen_url

pytestmark = pytest.mark.django_db


def test_het_actieformulier_bewerkt_precies_de_bewerkvelden():
    assert set(ActieForm.base_fields) == set(ACTIE_BEWERKVELDEN)


def _andere_waarde(veld, actie, organisaties):
    return {
        "soort": ActieSoort.LOPEND,
        "omschrijving": "Een andere omschrijving",
        "trekker": organisaties[0],
        "partners": [organisaties[1]],
        "vervolgtafel": "Regio Deal",
        "status": ActieStatus.AFGEROND,
    }[veld]


@pytest.mark.parametrize("veld", ACTIE_BEWERKVELDEN)
def test_elk_bewerkveld_telt_in_de_stand_wordt_opgeslagen_en_staat_bij_de_wijzigingen(
    client, duowereld, kernteam_user, veld
):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    nieuw = _andere_waarde(veld, actie, duowereld["organisaties"])
    oude_stand = opgave.bewerkstand()

    duo_bewerkt(opgave, User.objects.get(username="duo"), acties=[actie_gegevens(actie, **{veld: nieuw})])

    opgave.refresh_from_db()
    assert opgave.bewerkstand() != oude_stand
    opgeslagen = Actie.objects.get(pk=actie.pk)
    waarde = list(opgeslagen.partners.all()) if veld == "partners" else getattr(opgeslagen, veld)
    assert waarde == nieuw
    client.force_login(kernteam_user)
    (rij,) = client.get(wijzigingen_url()).context["wijzigingen"]
    assert rij["velden"] == [str(Actie._meta.get_field(veld).verbose_name)]


def test_acties_met_organisaties_kosten_twee_queries(actie_factory, organisatie_factory, django_assert_num_queries):
    for _ in range(4):
        actie_factory().partners.set(organisatie_factory.create_batch(2))
    with django_assert_num_queries(2):
        for actie in Actie.objects.met_organisaties():
            str(actie.trekker)
            list(actie.partners.all())
