"""The demo's two published versions: real differences, live data left as the demo put it, idempotent."""

import io

import pytest

from omgevingsagenda.demo import versies
from opgaven.models import Actie
from publicatie.diff import versies_vergelijken
from publicatie.models import VersieStatus
from tests.opgaven.factories import ActieFactory, OpgaveFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_agenda(agenda_met_inhoud):
    for nr in range(4, 7):
        opgave = OpgaveFactory(agenda=agenda_met_inhoud, volgnummer=nr, kern="Eerste zin. Tweede zin die later kwam.")
        ActieFactory(opgave=opgave)
    opgave = agenda_met_inhoud.opgaven.get(volgnummer=1)
    opgave.kern = "De groei vraagt keuzes. Rijk en regio werken aan één aanpak."
    opgave.save()
    return agenda_met_inhoud


def _stand(agenda):
    return {
        "kernen": list(agenda.opgaven.order_by("pk").values_list("kern", flat=True)),
        "acties": sorted(Actie.objects.filter(opgave__agenda=agenda).values_list("omschrijving", "vervolgtafel")),
    }


def test_twee_versies_met_echte_verschillen(demo_agenda):
    voor = _stand(demo_agenda)
    versies.laden(demo_agenda, io.StringIO())
    een, twee = demo_agenda.versies.order_by("nummer")
    assert (een.label, twee.label) == (versies.EERSTE_LABEL, versies.TWEEDE_LABEL)
    assert een.status == twee.status == VersieStatus.GEPUBLICEERD
    assert een.gepubliceerd_op < twee.gepubliceerd_op
    assert een.pdf and twee.pdf

    vergelijking = versies_vergelijken(een.snapshot, twee.snapshot)
    zwolle = next(w for w in vergelijking.opgaven if w.titel == "Klimaatbestendige Groeiregio Zwolle")
    assert any("Rijk en regio werken aan één aanpak." in str(t.html) for t in zwolle.teksten)
    assert zwolle.acties_toegevoegd
    assert any(w.acties_verwijderd for w in vergelijking.opgaven)
    assert any(w.acties_gewijzigd for w in vergelijking.opgaven)

    # The live data ends where the demo put it: the latest version is the live agenda.
    assert _stand(demo_agenda) == voor


def test_nogmaals_laden_verandert_niets(demo_agenda):
    versies.laden(demo_agenda, io.StringIO())
    stand = _stand(demo_agenda)
    aantal = demo_agenda.versies.count()
    versies.laden(demo_agenda, io.StringIO())
    assert demo_agenda.versies.count() == aantal == 2
    assert _stand(demo_agenda) == stand
