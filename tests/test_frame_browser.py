"""The public site in a real Chromium: axe-core on every page type, keyboard, search, 320 px."""

import pytest
from django.urls import reverse

from deelnemers.models import OrganisatieSoort
from opgaven.models import ActieSoort, OpgaveStatus
from tafels.models import BijeenkomstSoort
from tests.browser import axe_controle
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory
from tests.opgaven.factories import ActieFactory, DuoFactory, OpgaveFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(
    agenda_factory,
    perspectief_onderdeel_factory,
    trend_factory,
    gesprekstafel_factory,
    bijeenkomst_factory,
    deelname_factory,
    fase_factory,
):
    agenda = agenda_factory(slug="oost", naam="Omgevingsagenda Oost", inleiding="Een **gezamenlijke** agenda.")
    agenda_factory(slug="zuid", naam="Omgevingsagenda Zuid")
    for volgorde, (soort, titel) in enumerate(
        [("positie", "Positie en kwaliteiten"), ("beweging", "Oost in beweging"), ("perspectief", "Op weg naar 2040")]
    ):
        perspectief_onderdeel_factory(agenda=agenda, soort=soort, titel=titel, volgorde=volgorde)
    trend = trend_factory(agenda=agenda, naam="Klimaatverandering", beschrijving="Meer extreme buien.")
    rijk = OrganisatieFactory(naam="Ministerie van BZK", soort=OrganisatieSoort.MINISTERIE)
    provincie = OrganisatieFactory(naam="Provincie Overijssel", soort=OrganisatieSoort.PROVINCIE)
    opgaven = []
    for nummer, (titel, gebied) in enumerate(
        [
            ("Klimaatbestendige Groeiregio Zwolle", "Regio Zwolle"),
            ("Technologische topregio Twente", "Twente"),
            ("Vitaal landelijk gebied", "Achterhoek"),
            ("Integrale rivierlandschappen", "Rivierenland"),
        ],
        start=1,
    ):
        opgave = OpgaveFactory(
            agenda=agenda,
            titel=titel,
            slug=f"oost-opgave-{nummer}",
            gebied=gebied,
            volgnummer=nummer,
            samenvatting=f"Samenvatting van {titel} met een lange woordcombinatie als Waterveiligheidsprogrammering.",
        )
        opgave.trends.add(trend)
        opgaven.append(opgave)
    OpgaveFactory(agenda=agenda, titel="Voorlopige opgave", status=OpgaveStatus.VOORLOPIG, volgnummer=None)
    waterschap = OrganisatieFactory(naam="Waterschap Drents Overijsselse Delta", soort=OrganisatieSoort.WATERSCHAP)
    for soort in (ActieSoort.LOPEND, ActieSoort.NIEUW):
        actie = ActieFactory(
            opgave=opgaven[0],
            soort=soort,
            omschrijving="Samen een ontwikkelperspectief opstellen voor de IJssel-Vechtdelta",
            trekker=provincie,
            vervolgtafel="BO-MIRT",
        )
        actie.partners.add(rijk, waterschap)
    DuoFactory(
        opgave=opgaven[0],
        leden=[
            DeelnemerFactory(naam="Petra de Vries", organisatie=rijk, naam_publiek=True),
            DeelnemerFactory(naam="Geheim", organisatie=provincie, naam_publiek=False),
        ],
    )
    tafel = gesprekstafel_factory(agenda=agenda, titel="Verstedelijking en kenniseconomie Regio Zwolle", slug="zwolle")
    tafel.opgaven.add(opgaven[0])
    bijeenkomst = bijeenkomst_factory(
        agenda=agenda,
        gesprekstafel=tafel,
        titel="Gesprekstafel Regio Zwolle",
        soort=BijeenkomstSoort.GESPREKSTAFEL,
        fase=fase_factory(agenda=agenda, nummer=2),
        verslag="Een kort verslag.",
    )
    for _ in range(3):
        deelname_factory(bijeenkomst=bijeenkomst)
    return {"agenda": agenda, "opgave": opgaven[0], "tafel": tafel, "bijeenkomst": bijeenkomst}


def paginas(site) -> dict[str, str]:
    agenda = {"agenda": "oost"}
    return {
        "home": reverse("agenda:home"),
        "agenda-overzicht": reverse("agenda:overzicht", kwargs=agenda),
        "perspectief": reverse("agenda:perspectief", kwargs=agenda),
        "opgaven-lijst": reverse("opgaven:lijst", kwargs=agenda),
        "opgave": site["opgave"].get_absolute_url(),
        "gesprekstafels-lijst": reverse("tafels:lijst", kwargs=agenda),
        "gesprekstafel": site["tafel"].get_absolute_url(),
        "bijeenkomsten-lijst": reverse("tafels:bijeenkomsten", kwargs=agenda),
        "bijeenkomst": site["bijeenkomst"].get_absolute_url(),
        "inloggen": reverse("login"),
        "toegankelijkheid": reverse("toegankelijkheid"),
        "niet-gevonden": "/oost/opgaven/bestaat-niet/",
    }


def test_elk_paginatype_zonder_ernstige_axe_fouten(browser_pagina, site, deelnemer_user):
    browser_pagina.inloggen(deelnemer_user)
    resultaten = {}
    for naam, url in paginas(site).items():
        response = browser_pagina.goto(url)
        assert response.status == (404 if naam == "niet-gevonden" else 200), naam
        assert browser_pagina.locator("h1").count() == 1, naam
        assert browser_pagina.locator("main#inhoud").count() == 1, naam
        assert browser_pagina.title().endswith("— Omgevingsagenda"), naam
        resultaten[naam] = axe_controle(browser_pagina)
    assert resultaten == {naam: [] for naam in resultaten}


def test_anonieme_paginas_zonder_ernstige_axe_fouten(browser_pagina, site):
    for naam in ["home", "agenda-overzicht", "gesprekstafel", "inloggen"]:
        browser_pagina.goto(paginas(site)[naam])
        assert axe_controle(browser_pagina) == [], naam


def test_gefilterde_lijst_met_melding_zonder_ernstige_axe_fouten(browser_pagina, site):
    browser_pagina.goto(reverse("opgaven:lijst", kwargs={"agenda": "oost"}) + "?status=onzin&pagina=x")
    assert browser_pagina.locator(".alert").count() == 2
    assert axe_controle(browser_pagina) == []


def test_skiplink_zet_de_focus_op_de_inhoud(browser_pagina, site):
    browser_pagina.goto(site["opgave"].get_absolute_url())
    browser_pagina.keyboard.press("Tab")
    assert browser_pagina.evaluate("document.activeElement.textContent.trim()") == "Naar de inhoud"
    assert browser_pagina.locator(".skiplink").is_visible()
    browser_pagina.keyboard.press("Enter")
    assert browser_pagina.evaluate("document.activeElement.tagName + '#' + document.activeElement.id") == "MAIN#inhoud"
    # The next Tab goes to the first link inside the main content, not back into the header.
    browser_pagina.keyboard.press("Tab")
    assert browser_pagina.evaluate("document.activeElement.closest('main') !== null")


def test_zoeken_versmalt_de_lijst_en_de_querystring_geeft_hetzelfde(browser_pagina, site):
    browser_pagina.goto(reverse("opgaven:lijst", kwargs={"agenda": "oost"}))
    alle = browser_pagina.locator("ul.oa-lijst > li").count()
    assert alle == 5
    browser_pagina.get_by_label("Zoeken").fill("twente")
    browser_pagina.get_by_role("button", name="Filteren").click()
    browser_pagina.wait_for_load_state()
    titels = browser_pagina.locator("ul.oa-lijst h2").all_inner_texts()
    assert titels == ["Technologische topregio Twente"]
    assert "zoek=twente" in browser_pagina.url
    gedeelde_link = browser_pagina.url

    browser_pagina.goto(reverse("agenda:home"))
    browser_pagina.goto(gedeelde_link)
    assert browser_pagina.locator("ul.oa-lijst h2").all_inner_texts() == titels
    assert browser_pagina.get_by_label("Zoeken").input_value() == "twente"


def test_filter_werkt_zonder_javascript(chromium, live_server, site):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    pagina = context.new_page()
    try:
        pagina.goto(reverse("opgaven:lijst", kwargs={"agenda": "oost"}))
        pagina.select_option("#id_gebied", "Achterhoek")
        pagina.get_by_role("button", name="Filteren").click()
        pagina.wait_for_load_state()
        assert pagina.locator("ul.oa-lijst h2").all_inner_texts() == ["Vitaal landelijk gebied"]
        assert "gebied=Achterhoek" in pagina.url
    finally:
        context.close()


def test_werkt_op_320_pixels_zonder_horizontaal_scrollen(browser_pagina, site, deelnemer_user):
    browser_pagina.inloggen(deelnemer_user)
    browser_pagina.set_viewport_size({"width": 320, "height": 640})
    for naam, url in paginas(site).items():
        browser_pagina.goto(url)
        breedte = browser_pagina.evaluate("document.documentElement.scrollWidth")
        assert breedte <= 320, f"{naam}: pagina is {breedte} px breed"
    # The acties table reflows into labelled blocks instead of scrolling.
    browser_pagina.goto(site["opgave"].get_absolute_url())
    assert browser_pagina.locator("table.oa-acties thead").first.bounding_box()["height"] <= 1
