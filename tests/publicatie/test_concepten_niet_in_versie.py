"""Draft opgaven and tafels stay out of every snapshot: the concept for deelnemers, the frozen version, its JSON."""

import json

import pytest
from django.urls import reverse

from publicatie.forms import ReactieForm
from publicatie.services import versie_aanmaken, versie_publiceren
from publicatie.snapshot import momentopname_maken
from tests.opgaven.factories import OpgaveFactory
from tests.tafels.factories import GesprekstafelFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def met_concepten(agenda_met_inhoud):
    OpgaveFactory(
        agenda=agenda_met_inhoud, titel="Geheime conceptopgave", slug="geheim", volgnummer=9, gepubliceerd=False
    )
    GesprekstafelFactory(agenda=agenda_met_inhoud, titel="Geheime concepttafel", gepubliceerd=False)
    return agenda_met_inhoud


def test_momentopname_alleen_gepubliceerde_opgaven_en_tafels(met_concepten):
    momentopname = momentopname_maken(met_concepten)
    assert [o["slug"] for o in momentopname["opgaven"]] == ["zwolle", "twente", "rivieren"]
    assert [t["titel"] for t in momentopname["gesprekstafels"]] == ["Verstedelijking en kenniseconomie Regio Zwolle"]


def test_gepubliceerde_versie_en_json_zonder_concepten(client, met_concepten):
    versie = versie_publiceren(versie=versie_aanmaken(agenda=met_concepten, label="Eerste"), pdf_maken=False)
    tekst = json.dumps(versie.snapshot)
    assert "Geheime conceptopgave" not in tekst and "Geheime concepttafel" not in tekst
    antwoord = client.get(reverse("publicatie:json", kwargs={"agenda": "oost", "nummer": versie.nummer}))
    assert antwoord.status_code == 200
    assert "Geheime" not in antwoord.content.decode()


def test_concept_open_voor_reacties_toont_deelnemer_geen_concepten(client, deelnemer_user, met_concepten):
    versie = versie_aanmaken(agenda=met_concepten, label="Concept", open_voor_reacties=True)
    client.force_login(deelnemer_user)
    antwoord = client.get(versie.get_absolute_url())
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Klimaatbestendige Groeiregio Zwolle" in html
    assert "Geheime conceptopgave" not in html and "Geheime concepttafel" not in html
    # Nor can a reactie be about a draft opgave.
    assert "geheim" not in set(ReactieForm(versie=versie).fields["opgave"].queryset.values_list("slug", flat=True))
