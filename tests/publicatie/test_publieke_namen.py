"""Public pages name people by one rule (deelnemers.models.publieke_weergave): a name only with consent."""

import pytest

from deelnemers.models import publieke_weergave
from publicatie.pdf import duo_lid_weergave
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory
from tests.publicatie.factories import ReactieFactory

pytestmark = pytest.mark.django_db


def test_de_regel():
    assert publieke_weergave("Carla", "Regio Zwolle") == "Carla"
    assert publieke_weergave("Carla", "Regio Zwolle", met_organisatie=True) == "Carla (Regio Zwolle)"
    assert publieke_weergave(None, "Regio Zwolle", met_organisatie=True) == "Medewerker Regio Zwolle"
    assert publieke_weergave("", "Regio Zwolle") == "Medewerker Regio Zwolle"


@pytest.mark.parametrize(
    ("naam_publiek", "verwacht"), [(True, "Carla (Regio Zwolle)"), (False, "Medewerker Regio Zwolle")]
)
def test_deelnemer_reactie_en_duo_in_momentopname_zeggen_hetzelfde(naam_publiek, verwacht):
    zwolle = OrganisatieFactory(naam="Regio Zwolle")
    deelnemer = DeelnemerFactory(naam="Carla", naam_publiek=naam_publiek, organisatie=zwolle)
    assert deelnemer.publieke_naam == ("Carla" if naam_publiek else "Medewerker Regio Zwolle")
    # The reactie keeps the organisation it was sent from, also after the indiener moves on.
    reactie = ReactieFactory(indiener=deelnemer, organisatie=zwolle)
    deelnemer.organisatie = OrganisatieFactory(naam="Elders")
    assert reactie.indiener_weergave == verwacht
    lid = {"naam": "Carla" if naam_publiek else None, "organisatie": "Regio Zwolle"}
    assert duo_lid_weergave(lid) == verwacht
