"""The PDF read back with pypdf: content, page numbers, outline, tags and PDF/UA metadata."""

import io
import re

import pytest
from django.db import transaction
from pypdf import PdfReader

from kern.pdf import css_tekst
from publicatie.pdf import pdf_maken
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.publicatie.conftest import agenda_met_inhoud_maken

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pdf(django_db_setup, django_db_blocker):
    """One rendered PDF for the whole module: rendering takes a second or two."""
    with django_db_blocker.unblock(), transaction.atomic():
        agenda = agenda_met_inhoud_maken()
        versie = versie_aanmaken(agenda=agenda, label="Concept na Synthesebijeenkomst")
        momentopname = versie_publiceren(versie=versie, pdf_maken=False).snapshot
        transaction.set_rollback(True)
    return momentopname, PdfReader(io.BytesIO(pdf_maken(momentopname)))


def _tekst(lezer) -> str:
    return "\n".join(pagina.extract_text() for pagina in lezer.pages)


def test_elke_omgevingsopgave_staat_erin(pdf):
    momentopname, lezer = pdf
    tekst = _tekst(lezer)
    for opgave in momentopname["opgaven"]:
        assert opgave["titel"] in tekst
    assert "Lopende actie bij Kennisas Twente" in tekst
    assert "Vervolgtafel: BO-MIRT" in tekst


def test_de_drie_perspectiefdelen(pdf):
    _, lezer = pdf
    tekst = _tekst(lezer)
    for titel in ["Positie en kwaliteiten van Oost-Nederland", "Oost in beweging", "Perspectief op weg naar 2040"]:
        assert titel in tekst


def test_omslag_met_label_en_status(pdf):
    _, lezer = pdf
    omslag = lezer.pages[0].extract_text()
    assert "Omgevingsagenda Oost" in omslag
    assert "Concept na Synthesebijeenkomst" in omslag
    assert "concept" in omslag.lower()


def test_paginanummers_x_van_y_en_lopende_kop(pdf):
    _, lezer = pdf
    totaal = len(lezer.pages)
    tweede = lezer.pages[1].extract_text()
    assert f"pagina 2 van {totaal}" in tweede
    assert "versie 1: Concept na Synthesebijeenkomst" in tweede


def test_inhoudsopgave_met_paginanummers(pdf):
    _, lezer = pdf
    inhoud = lezer.pages[1].extract_text()
    assert "Inhoud" in inhoud
    assert re.search(r"Klimaatbestendige Groeiregio Zwolle[ .]*\d+", inhoud)


def test_elke_opgave_op_een_nieuwe_pagina(pdf):
    momentopname, lezer = pdf
    begin = [p.extract_text().lstrip() for p in lezer.pages]
    for nummer, opgave in enumerate(momentopname["opgaven"], start=1):
        assert any(t.startswith(f"{nummer}. {opgave['titel']}") for t in begin)


def test_bladwijzers(pdf):
    momentopname, lezer = pdf
    titels = [item["/Title"] for item in lezer.outline if not isinstance(item, list)]
    assert "Perspectief" in titels
    for opgave in momentopname["opgaven"]:
        assert f"{opgave['volgnummer']}. {opgave['titel']}" in titels


def test_getagd_pdf_ua_met_taal_en_titel(pdf):
    _, lezer = pdf
    catalogus = lezer.trailer["/Root"]
    assert catalogus["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    assert "/StructTreeRoot" in catalogus
    assert catalogus["/Lang"] == "nl"
    xmp = lezer.xmp_metadata.stream.get_data().decode()
    assert 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "Omgevingsagenda Oost" in lezer.metadata.title


def test_lettertypen_ingebed(pdf):
    _, lezer = pdf
    lettertypen = set()
    for pagina in lezer.pages:
        for font in pagina["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            lettertypen.add(str(font["/BaseFont"]))
    assert any("DejaVu" in naam for naam in lettertypen)


def test_lopende_kop_kan_css_niet_breken():
    assert css_tekst('A "quote" \\ </style>') == 'A \\"quote\\" \\\\ \\3c /style>'


def test_bijeenkomsten_met_nederlandse_datum(pdf):
    from publicatie.pdf import pdf_html

    momentopname, _lezer = pdf
    bijeenkomsten = [dict(b, datum="2019-02-11") for b in momentopname["bijeenkomsten"]]
    bijeenkomsten.append({**bijeenkomsten[0], "fase": None, "titel": "Zonder fase", "datum": "2019-03-04"})
    html = pdf_html({**momentopname, "bijeenkomsten": bijeenkomsten})
    assert "11 februari 2019 — Synthesebijeenkomst" in html
    assert "4 maart 2019 — Zonder fase" in html
    assert "2019-02-11" not in html and "2019-03-04" not in html
