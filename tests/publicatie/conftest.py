import pytest

from agenda.models import PerspectiefSoort
from tests.agenda.factories import AgendaFactory, FaseFactory, PerspectiefOnderdeelFactory
from tests.opgaven.factories import ActieFactory, DuoFactory, OpgaveFactory
from tests.tafels.factories import BijeenkomstFactory, GesprekstafelFactory


@pytest.fixture
def agenda_met_inhoud(db, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return agenda_met_inhoud_maken()


def agenda_met_inhoud_maken():
    """A small but complete agenda: the three perspectief parts, three opgaven with acties and duo."""
    agenda = AgendaFactory(naam="Omgevingsagenda Oost", slug="oost")
    for i, (soort, titel) in enumerate(
        [
            (PerspectiefSoort.POSITIE, "Positie en kwaliteiten van Oost-Nederland"),
            (PerspectiefSoort.BEWEGING, "Oost in beweging"),
            (PerspectiefSoort.PERSPECTIEF_2040, "Perspectief op weg naar 2040"),
        ]
    ):
        PerspectiefOnderdeelFactory(agenda=agenda, soort=soort, titel=titel, volgorde=i, tekst=f"Tekst over {titel}.")
    opgaven = []
    for nr, (titel, slug) in enumerate(
        [
            ("Klimaatbestendige Groeiregio Zwolle", "zwolle"),
            ("Kennisas Twente", "twente"),
            ("Rivierengebied Rijn en IJssel", "rivieren"),
        ],
        start=1,
    ):
        opgave = OpgaveFactory(agenda=agenda, titel=titel, slug=slug, volgnummer=nr)
        ActieFactory(opgave=opgave, soort="lopend", omschrijving=f"Lopende actie bij {titel}")
        ActieFactory(opgave=opgave, soort="nieuw", omschrijving=f"Nieuwe actie bij {titel}", vervolgtafel="BO-MIRT")
        DuoFactory(opgave=opgave)
        opgaven.append(opgave)
    tafel = GesprekstafelFactory(agenda=agenda, titel="Verstedelijking en kenniseconomie Regio Zwolle")
    tafel.opgaven.add(opgaven[0])
    fase = FaseFactory(agenda=agenda, nummer=2, naam="Alliantievorming en agenda-ontwikkeling")
    BijeenkomstFactory(agenda=agenda, fase=fase, soort="synthesebijeenkomst", titel="Synthesebijeenkomst")
    return agenda
