"""The Nota van beantwoording as page and PDF (read back with pypdf), the opgave page's public
reacties (the include template), and the demo's reacties."""

import io

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from omgevingsagenda.demo import versies as demo_versies
from opgaven.models import Opgave
from publicatie.models import Reactie, ReactieCategorie, ReactieStatus
from publicatie.pdf import nota_gegevens, nota_pdf_html
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory
from tests.publicatie.reacties_opzet import *  # noqa: F403 (the fixture opzet)
from tests.publicatie.reacties_opzet import url

pytestmark = pytest.mark.django_db


def test_nota_alleen_afgehandelde_reacties_gegroepeerd(client, opzet):
    html = client.get(url("nota", opzet.agenda, nummer=1)).content.decode()
    assert html.count("<h1") == 1
    assert "Kies per gebied" in html and "bodembeleid" in html and "kennisinstellingen" in html
    assert "Een reactie die nog in behandeling is." not in html  # no antwoord yet
    assert "1 reactie is nog in behandeling" in html
    assert "3 reacties afgehandeld: 2 verwerkt, 1 niet overgenomen." in html
    # The whole agenda first, then the opgaven in their order.
    koppen = [html.index(f'id="groep-{slug}-kop"') for slug in ("hele-agenda", "zwolle", "twente")]
    assert koppen == sorted(koppen)
    assert "Verwerkt in versie 2" in html and "Niet overgenomen" in html
    assert "Categorie: dubbeling met bestaand beleid" in html


def test_nota_naam_alleen_met_toestemming_nooit_contactgegevens(client, opzet):
    html = client.get(url("nota", opzet.agenda, nummer=1)).content.decode()
    assert "Anna Openbaar (Waterschap Vechtstromen)" in html
    assert "Bert Verborgen" not in html
    assert "Medewerker Gemeente Kampen" in html
    assert "@voorbeeld.nl" not in html and "06-12345678" not in html


def test_nota_gebruikt_organisatie_van_het_moment_van_indienen(client, opzet):
    """Someone who changed jobs since: the Nota keeps the organisation they wrote for."""
    anna = opzet.publiek.indiener
    anna.organisatie = OrganisatieFactory(naam="Nieuwe werkgever")
    anna.save()
    html = client.get(url("nota", opzet.agenda, nummer=1)).content.decode()
    assert "Anna Openbaar (Waterschap Vechtstromen)" in html


def test_nota_zonder_reacties(client, opzet):
    html = client.get(url("nota", opzet.agenda, nummer=2)).content.decode()
    assert "Er zijn nog geen afgehandelde reacties." in html


def test_nota_gegevens_nummert_doorlopend(opzet):
    gegevens = nota_gegevens(opzet.v1)
    assert [g["opgave"] for g in gegevens["groepen"]] == [None, opzet.geheim.opgave, opzet.twente.opgave]
    nummers = [r.nota_nummer for g in gegevens["groepen"] for r in g["reacties"]]
    assert nummers == [1, 2, 3]


@pytest.fixture
def nota_pdf(client, opzet):
    antwoord = client.get(url("nota_pdf", opzet.agenda, nummer=1))
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "application/pdf"
    return antwoord, PdfReader(io.BytesIO(antwoord.content))


def _tekst(lezer) -> str:
    return "\n".join(pagina.extract_text() for pagina in lezer.pages)


def test_nota_pdf_inhoud_en_namen_alleen_met_toestemming(nota_pdf):
    _antwoord, lezer = nota_pdf
    tekst = " ".join(_tekst(lezer).split())
    assert "Nota van beantwoording" in tekst
    assert "Eens: per gebied is gekozen." in tekst
    assert "Niet overgenomen: dat staat al in het provinciale beleid." in tekst
    assert "Anna Openbaar (Waterschap Vechtstromen)" in tekst
    assert "Medewerker Gemeente Kampen" in tekst
    assert "Bert Verborgen" not in tekst
    assert "nog in behandeling is" not in tekst
    assert "@voorbeeld.nl" not in tekst


def test_nota_pdf_getagd_met_paginanummers_en_bladwijzers(nota_pdf):
    _antwoord, lezer = nota_pdf
    totaal = len(lezer.pages)
    assert f"pagina 2 van {totaal}" in lezer.pages[1].extract_text()
    assert "Nota van beantwoording — Omgevingsagenda Oost — versie 1" in lezer.pages[1].extract_text()
    catalogus = lezer.trailer["/Root"]
    assert catalogus["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    assert "/StructTreeRoot" in catalogus
    assert catalogus["/Lang"] == "nl"
    titels = [item["/Title"] for item in lezer.outline if not isinstance(item, list)]
    assert titels == ["Inhoud", "Hele agenda", "Klimaatbestendige Groeiregio Zwolle", "Kennisas Twente"]


def test_nota_pdf_etag_en_volgt_de_verwerking(client, opzet, nota_pdf):
    antwoord, _ = nota_pdf
    adres = url("nota_pdf", opzet.agenda, nummer=1)
    assert client.get(adres, HTTP_IF_NONE_MATCH=antwoord["ETag"]).status_code == 304
    # Answering one more reactie changes the Nota, so the old ETag no longer matches.
    opzet.open_.status = ReactieStatus.VERWERKT
    opzet.open_.antwoord = "Later beantwoord."
    opzet.open_.save()
    nieuw = client.get(adres, HTTP_IF_NONE_MATCH=antwoord["ETag"])
    assert nieuw.status_code == 200
    assert "Later beantwoord." in _tekst(PdfReader(io.BytesIO(nieuw.content)))


def test_nota_pdf_html_is_zelfstandig(opzet):
    html = nota_pdf_html(nota_gegevens(opzet.v1))
    assert '<html lang="nl">' in html and "<title>Nota van beantwoording" in html
    assert 'content: "pagina " counter(page) " van " counter(pages)' in html


# --- the opgave page's include ------------------------------------------------------------------------


OPGAVE_REACTIES = Template("{% load reacties %}{% opgave_reacties opgave %}")


def test_opgave_include_toont_alleen_openbaar_beantwoorde_reacties(opzet):
    twente = opzet.twente.opgave
    # Public flag but not yet processed (a draft answer): not shown.
    Reactie.objects.create(
        versie=opzet.v2,
        opgave=twente,
        indiener=opzet.geheim.indiener,
        organisatie=opzet.geheim.organisatie,
        tekst="Concept-antwoord hoort er niet bij.",
        antwoord="Nog een concept",
        antwoord_openbaar=True,
    )
    opgave = Opgave.objects.select_related("agenda").get(pk=twente.pk)
    with CaptureQueriesContext(connection) as queries:
        html = OPGAVE_REACTIES.render(Context({"opgave": opgave}))
    assert len(queries) == 1
    assert "Noem de kennisinstellingen in Twente." in html
    assert "Toegevoegd aan de kern." in html
    assert "Anna Openbaar (Waterschap Vechtstromen)" in html
    assert "Concept-antwoord hoort er niet bij." not in html
    assert f"/oost/versies/1/nota/#reactie-{opzet.twente.pk}" in html


def test_opgave_include_toont_niets_zonder_openbare_reacties(opzet):
    """Zwolle's reactie was answered, but not marked public: no section at all, and no name."""
    html = OPGAVE_REACTIES.render(Context({"opgave": opzet.geheim.opgave}))
    assert html.strip() == ""


# --- the demo -------------------------------------------------------------------------------------------


@pytest.fixture
def demo_agenda(agenda_met_inhoud):
    from tests.opgaven.factories import OpgaveFactory

    for nr in range(4, 7):
        OpgaveFactory(agenda=agenda_met_inhoud, volgnummer=nr)
    for soort in ("provincie", "waterschap", "maatschappelijk", "gemeente", "ministerie", "kennisinstelling"):
        DeelnemerFactory(organisatie=OrganisatieFactory(soort=soort), naam_publiek=soort != "gemeente")
    een = versie_aanmaken(agenda=agenda_met_inhoud, label=demo_versies.EERSTE_LABEL)
    versie_publiceren(versie=een, pdf_maken=False)
    twee = versie_aanmaken(agenda=agenda_met_inhoud, label=demo_versies.TWEEDE_LABEL, open_voor_reacties=True)
    versie_publiceren(versie=twee, pdf_maken=False)
    return agenda_met_inhoud


def test_demo_reacties_met_de_les_uit_het_seed_en_idempotent(demo_agenda):
    demo_versies.reacties_laden(demo_agenda, io.StringIO())
    reacties = Reactie.objects.van_agenda(demo_agenda)
    aantal = reacties.count()
    assert aantal >= 6
    dubbeling = reacties.get(categorie=ReactieCategorie.DUBBELING)
    assert dubbeling.status == ReactieStatus.NIET_OVERGENOMEN
    assert "dubbelingen met bestaande nota's" in dubbeling.antwoord
    assert reacties.filter(status=ReactieStatus.VERWERKT, verwerkt_in__nummer=2).count() >= 2
    assert reacties.filter(status=ReactieStatus.ONTVANGEN, versie__nummer=2).exists()
    # Submitted in the story's time, not today.
    assert reacties.order_by("ingediend_op").first().ingediend_op.year == 2019
    demo_versies.reacties_laden(demo_agenda, io.StringIO())
    assert Reactie.objects.van_agenda(demo_agenda).count() == aantal
