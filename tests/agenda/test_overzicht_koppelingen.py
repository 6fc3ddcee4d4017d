"""The agenda overview links the latest published version's PDF, and the kernteam's pages for the kernteam."""

import pytest
from django.urls import reverse

from publicatie.models import Versie
from publicatie.services import versie_publiceren

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(agenda_factory, opgave_factory):
    agenda = agenda_factory(slug="oost")
    opgave_factory(agenda=agenda)
    return agenda


def test_overzicht_toont_download_pdf_van_laatste_gepubliceerde_versie(client, agenda, versie_factory):
    versie_publiceren(versie=versie_factory(agenda=agenda, nummer=1, label="Eerste concept"), pdf_maken=False)
    versie_publiceren(versie=versie_factory(agenda=agenda, nummer=2, label="Na de synthese"), pdf_maken=False)
    versie_factory(agenda=agenda, nummer=3, label="Nog niet af")
    url = reverse("agenda:overzicht", kwargs={"agenda": "oost"})
    html = client.get(url).content.decode()
    # Until the worker has rendered it, the page says so instead of linking.
    assert "PDF wordt gemaakt" in html
    assert "Download PDF" not in html
    Versie.objects.filter(agenda=agenda, nummer=2).update(pdf="versies/oost-versie-2.pdf")
    html = client.get(url).content.decode()
    assert "Download PDF" in html
    assert reverse("publicatie:pdf", kwargs={"agenda": "oost", "nummer": 2}) in html
    assert "Nog niet af" not in html


def test_overzicht_zonder_versie_zegt_dat(client, agenda):
    html = client.get(reverse("agenda:overzicht", kwargs={"agenda": "oost"})).content.decode()
    assert "Download PDF" not in html
    assert "nog geen versie gepubliceerd" in html


@pytest.mark.parametrize(("rol", "ziet"), [("anoniem", False), ("deelnemer", False), ("kernteam", True)])
def test_kernteam_koppelingen_alleen_voor_het_kernteam(client, agenda, rol, ziet, request):
    if rol != "anoniem":
        client.force_login(request.getfixturevalue(f"{rol}_user"))
    html = client.get(reverse("agenda:overzicht", kwargs={"agenda": "oost"})).content.decode()
    for naam, tekst in [
        ("leerspoor:betrokkenheid", "Betrokkenheid"),
        ("leerspoor:risicos", "Risico's"),
        ("leerspoor:peilingen", "Peilingen"),
        ("publicatie:reacties", "Reacties"),
        ("publicatie:wijzigingen", "Wijzigingen door duo's"),
    ]:
        url = reverse(naam, kwargs={"agenda": "oost"})
        assert (url in html) is ziet
        assert (f">{tekst}</a>" in html) is ziet
