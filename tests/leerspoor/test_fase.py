import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

pytestmark = pytest.mark.django_db


def fase_url(fase, naam="leerspoor:fase"):
    return reverse(naam, kwargs={"agenda": fase.agenda.slug, "nummer": fase.nummer})


def test_fase_pagina_leest_als_het_seed(client, fase_twee):
    antwoord = client.get(fase_url(fase_twee))
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    for kop in ["Wat heeft er plaatsgevonden?", "Onderdelen aanpak", "Percepties en leerervaringen", "Kwadrant"]:
        assert kop in html
    assert '<th scope="col">Agenda en programma</th>' in html
    assert "Gesprekstafels rondom de opgaven" in html
    assert "<strong>Gebiedsdialoog</strong>" in html  # the narrative as Markdown
    assert "Oost in beweging" in html and "Energietransitie" in html


def test_citaat_staat_direct_na_zijn_leerervaring(client, fase_twee):
    html = client.get(fase_url(fase_twee)).content.decode()
    leerervaring = html.index("Het werken met duo")
    citaat = html.index("Vergeet maatschappelijke organisaties niet!")
    volgende = html.index("De balans tussen snelheid")
    assert leerervaring < citaat < volgende
    assert html.rfind("<blockquote", 0, citaat) > leerervaring


def test_alleen_citaten_met_toestemming_en_nooit_risicos(client, fase_twee):
    html = client.get(fase_url(fase_twee)).content.decode()
    assert "Dit citaat mag niet naar buiten." not in html
    assert "Beperkte betrokkenheid van partijen" not in html


def test_kwadrant_zet_elke_ervaring_in_zijn_cel(client, fase_twee):
    html = client.get(fase_url(fase_twee)).content.decode()
    kwadrant = html[html.index('id="kwadrant"') :]
    inhoud_rij = kwadrant[kwadrant.index(">Inhoud</th>") : kwadrant.index(">Proces</th>")]
    proces_rij = kwadrant[kwadrant.index(">Proces</th>") : kwadrant.index("</tbody>")]
    assert "Te weinig focus" in inhoud_rij and "Goede sfeer" not in inhoud_rij
    assert "Goede sfeer aan tafel" in proces_rij
    # "gaat goed" is the first column, "kan beter" the second.
    cellen = inhoud_rij.split("<td>")
    assert "Te weinig focus" in cellen[2]


def test_peiling_telt_per_keuze_en_toont_open_antwoorden(client, fase_twee):
    antwoord = client.get(fase_url(fase_twee))
    html = antwoord.content.decode()
    assert "Peiling synthese" in html
    # Two answers "4" (bekend), one "5", one "2": counted per label in the table.
    assert '4 – bekend</th><td class="text-end">2</td><td class="text-end">50%</td>' in html
    assert '5 – zeer bekend</th><td class="text-end">1</td>' in html
    assert '1 – onbekend</th><td class="text-end">0</td>' in html
    assert "Meer ondernemers aan tafel" in html


def test_voorbereide_peiling_staat_niet_op_de_pagina(client, fase_twee):
    from leerspoor.models import Peiling, PeilingStatus

    Peiling.objects.update(status=PeilingStatus.VOORBEREID)
    assert "Peiling synthese" not in client.get(fase_url(fase_twee)).content.decode()


def test_overzicht_linkt_naar_de_fases(client, fase_twee):
    html = client.get(reverse("leerspoor:overzicht", kwargs={"agenda": "oost"})).content.decode()
    assert f'href="{fase_url(fase_twee)}"' in html
    assert "Risico" not in html  # the kernteam links are not for the public


def test_onbekende_fase_of_ongepubliceerde_agenda_is_404(client, fase_twee):
    assert client.get(reverse("leerspoor:fase", kwargs={"agenda": "oost", "nummer": 9})).status_code == 404
    fase_twee.agenda.gepubliceerd = False
    fase_twee.agenda.save()
    assert client.get(fase_url(fase_twee)).status_code == 404


def test_fase_pdf_is_getagd_met_titel_en_tekst(client, fase_twee):
    antwoord = client.get(fase_url(fase_twee, "leerspoor:fase_pdf"))
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(antwoord.content))
    tekst = "\n".join(pagina.extract_text() for pagina in pdf.pages)
    assert "Wat heeft er plaatsgevonden?" in tekst
    assert "Percepties en leerervaringen" in tekst
    assert "Vergeet maatschappelijke organisaties niet!" in tekst
    assert "Dit citaat mag niet naar buiten." not in tekst
    assert "Beperkte betrokkenheid" not in tekst
    root = pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) is True
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "nl"
    assert pdf.metadata.title == "Leerspoor Omgevingsagenda Oost — Fase 2: Alliantievorming en agenda-ontwikkeling"


def test_fase_pdf_kop_is_css_tekst_niet_javascript(fase_twee, rf):
    from leerspoor.pdf import fase_pdf_html
    from leerspoor.queries import fase_verslag

    fase_twee.agenda.naam = 'Oost-Nederland "nieuw"'
    fase_twee.agenda.save()
    html = fase_pdf_html(fase_verslag(fase_twee))
    # escapejs printed "Oost\u002DNederland"; CSS escapes only the quote and the backslash.
    assert 'content: "Leerspoor Oost-Nederland \\"nieuw\\" — fase 2";' in html
    assert "\\u002D" not in html


def test_fase_pdf_uit_de_cache_met_etag_en_304(client, fase_twee, monkeypatch, settings):
    from django.core.cache import cache

    # The test settings cache nothing (settings_test.py); this test is about the cache.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    import kern.pdf

    cache.clear()
    echt = kern.pdf.html_naar_pdf
    gerenderd = []

    def tellend(html):
        gerenderd.append(html)
        return echt(html)

    monkeypatch.setattr(kern.pdf, "html_naar_pdf", tellend)
    eerste = client.get(fase_url(fase_twee, "leerspoor:fase_pdf"))
    tweede = client.get(fase_url(fase_twee, "leerspoor:fase_pdf"))
    assert eerste.status_code == tweede.status_code == 200
    assert len(gerenderd) == 1  # the second request came from the cache
    assert eerste.content == tweede.content and eerste["ETag"] == tweede["ETag"]
    assert "no-cache" in eerste["Cache-Control"]
    assert client.get(fase_url(fase_twee, "leerspoor:fase_pdf"), HTTP_IF_NONE_MATCH=eerste["ETag"]).status_code == 304
    # A change in the report gives a new ETag and a new rendering.
    fase_twee.naam = "Nieuwe naam"
    fase_twee.save()
    derde = client.get(fase_url(fase_twee, "leerspoor:fase_pdf"), HTTP_IF_NONE_MATCH=eerste["ETag"])
    assert derde.status_code == 200 and derde["ETag"] != eerste["ETag"]
    assert len(gerenderd) == 2


def test_citaat_na_een_kwadrantervaring_verdwijnt_niet(client, fase_twee, citaat_factory):
    from leerspoor.models import Leerervaring

    in_kwadrant = Leerervaring.objects.filter(fase=fase_twee).kwadrant().first()
    citaat_factory(fase=fase_twee, tekst="Ook dit citaat hoort in het verslag.", na_leerervaring=in_kwadrant)
    antwoord = client.get(fase_url(fase_twee))
    assert [le.tekst for le in antwoord.context["percepties"]] == [
        "Het werken met duo's vergrootte het eigenaarschap.",
        "De balans tussen snelheid en zorgvuldigheid is een zoektocht.",
    ]
    assert "Ook dit citaat hoort in het verslag." in antwoord.content.decode()
