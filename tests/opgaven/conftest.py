"""A world for the duo-editing tests: one opgave with a duo of two members with an account, and another duo."""

import pytest
from django.contrib.auth.models import User

from deelnemers.models import OrganisatieSoort
from tests.admin_formulier import gegevens_van
from tests.deelnemers.factories import DeelnemerFactory, KernteamUserFactory, OrganisatieFactory, UserFactory

BEWERK_ROLLEN = ["anoniem", "deelnemer", "duo-lid", "duo-lid-andere-opgave", "kernteam"]


@pytest.fixture
def duowereld(agenda_factory, opgave_factory, actie_factory, duo_factory):
    agenda = agenda_factory(slug="oost", naam="Omgevingsagenda Oost")
    bzk = OrganisatieFactory(naam="Ministerie van BZK", soort=OrganisatieSoort.MINISTERIE)
    zwolle = OrganisatieFactory(naam="Gemeente Zwolle", soort=OrganisatieSoort.GEMEENTE)
    regio = OrganisatieFactory(naam="Regio Zwolle", soort=OrganisatieSoort.REGIO)
    opgave = opgave_factory(
        agenda=agenda,
        titel="Klimaatbestendige Groeiregio Zwolle",
        slug="zwolle",
        samenvatting="Oude samenvatting.",
        kern="Oude kern van de opgave.",
    )
    actie = actie_factory(
        opgave=opgave, omschrijving="Ontwikkelperspectief opstellen", trekker=zwolle, vervolgtafel="BO-MIRT"
    )
    actie.partners.set([bzk, regio])
    duo_factory(
        opgave=opgave,
        leden=[
            DeelnemerFactory(naam="Petra Rijk", organisatie=bzk, user=UserFactory(username="duo")),
            DeelnemerFactory(naam="Karel Regio", organisatie=regio, user=UserFactory(username="duo2")),
        ],
    )
    andere = opgave_factory(agenda=agenda, titel="Technologische topregio Twente", slug="twente", kern="Twentse kern.")
    duo_factory(
        opgave=andere,
        leden=[
            DeelnemerFactory(naam="Anna Andere", organisatie=bzk, user=UserFactory(username="anderduo")),
            DeelnemerFactory(organisatie=zwolle),
        ],
    )
    return {"agenda": agenda, "opgave": opgave, "actie": actie, "andere": andere, "organisaties": [bzk, zwolle, regio]}


@pytest.fixture
def rol_gebruiker(duowereld, deelnemer_user):
    def gebruiker(rol):
        if rol == "anoniem":
            return None
        if rol == "deelnemer":
            return deelnemer_user
        if rol == "duo-lid":
            return User.objects.get(username="duo")
        if rol == "duo-lid-andere-opgave":
            return User.objects.get(username="anderduo")
        return KernteamUserFactory()

    return gebruiker


def formulier_gegevens(response) -> dict:
    """The POST data the edit page would send as loaded: the opgave form, the management form and every actie."""
    formset = response.context["formset"]
    return gegevens_van(response.context["form"], formset.management_form, *formset)
