"""Each role's main task on the demo with the keyboard only, asserting where the focus lands.

No click, no fill: only Tab, Enter, Space, arrows and typing. After every page load the focus
starts at the top (the first Tab reaches the skip link); after a form comes back with errors
the focus is on its error summary, and the next Tab reaches the first field to fix.
"""

import pytest

from leerspoor.models import Peiling, PeilingStatus
from omgevingsagenda.demo.laden import AGENDA_SLUG, DUO_OPGAVE
from opgaven.models import Actie
from publicatie.models import Reactie, ReactieStatus
from tests.browser import axe_controle
from tests.toegankelijkheid.paginas import gebruiker, paginas

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

_ACTIEF = """() => { const el = document.activeElement;
  return el === document.body ? 'body' : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + ' ' + (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().slice(0, 60); }"""


def actief(page) -> str:
    """The focused element as `tag#id text`, or 'body' when nothing has the focus."""
    return page.evaluate(_ACTIEF)


def heeft_focus(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def tab_naar(page, locator, maximum: int = 400) -> None:
    """Press Tab until `locator` has the focus; fail when it is not reachable by keyboard."""
    for _ in range(maximum):
        page.keyboard.press("Tab")
        if heeft_focus(locator):
            return
    raise AssertionError(f"niet met Tab bereikbaar: {locator}")


def naar_de_inhoud(page) -> None:
    """A fresh page: the focus is at the top; the skip link takes it to the main content."""
    assert actief(page) == "body"
    page.keyboard.press("Tab")
    assert actief(page) == "a Naar de inhoud"
    page.keyboard.press("Enter")
    assert actief(page).startswith("main#inhoud")


def enter_en_wachten(page, pad: str) -> None:
    """Enter on the focused link or button; wait for the page at `pad` (any fragment or query)."""
    with page.expect_navigation(url=lambda url: pad in url):
        page.keyboard.press("Enter")
    assert axe_controle(page) == []


def foutmelding_heeft_focus(page, melding: str) -> None:
    assert page.title().startswith("Fout:")
    assert actief(page).startswith("div ") and melding in actief(page), actief(page)


def test_anoniem_leest_een_opgave_en_downloadt_de_pdf(demo, browser_pagina):
    page = browser_pagina
    page.goto(paginas("anoniem")["agenda-overzicht"])
    naar_de_inhoud(page)
    tab_naar(page, page.locator("main").get_by_role("link", name="Klimaatbestendige Groeiregio Zwolle").first)
    enter_en_wachten(page, f"/{AGENDA_SLUG}/opgaven/{DUO_OPGAVE}/")
    naar_de_inhoud(page)
    assert page.locator("h1").inner_text() == "Klimaatbestendige Groeiregio Zwolle"
    # The acties table is wider than its column: its scroll region is reached and named.
    tab_naar(page, page.get_by_role("region", name="Lopende acties"))
    # Back on the overview (typed in the address bar), the PDF of the latest version.
    page.goto(paginas("anoniem")["agenda-overzicht"])
    tab_naar(page, page.get_by_role("link", name="Download PDF van versie 2"))
    with page.expect_response(lambda r: r.url.endswith("/versies/2/pdf/")) as antwoord:
        page.keyboard.press("Enter")
    assert antwoord.value.status == 200
    assert antwoord.value.headers["content-type"] == "application/pdf"


def test_deelnemer_verstuurt_een_reactie(demo, browser_pagina):
    page = browser_pagina
    page.inloggen(gebruiker("deelnemer"))
    page.goto(paginas("deelnemer")["versie"])
    naar_de_inhoud(page)
    # Sent empty: the page comes back with the focus on what went wrong.
    tab_naar(page, page.get_by_role("button", name="Reactie versturen"))
    enter_en_wachten(page, "/versies/2/reageren/")
    foutmelding_heeft_focus(page, "Uw reactie is nog niet verstuurd")
    page.keyboard.press("Tab")
    assert actief(page).startswith("select#id_opgave")
    page.keyboard.press("ArrowDown")  # the first opgave
    tekst = page.get_by_role("textbox", name="Uw reactie")
    tab_naar(page, tekst)
    assert tekst.get_attribute("aria-invalid") == "true"
    page.keyboard.type("Neem de waterveiligheid van de IJsseldelta op in de kern.")
    tab_naar(page, page.get_by_role("button", name="Reactie versturen"))
    enter_en_wachten(page, "/versies/mijn-reacties/")
    assert actief(page) == "body"
    assert "uw reactie op versie 2 is ontvangen" in page.locator("main").inner_text()
    assert Reactie.objects.filter(tekst__startswith="Neem de waterveiligheid van de IJsseldelta").count() == 1


def test_deelnemer_beantwoordt_een_peiling(demo, browser_pagina):
    Peiling.objects.update(status=PeilingStatus.OPEN)
    page = browser_pagina
    page.inloggen(gebruiker("deelnemer"))
    url = paginas("deelnemer")["peiling-beantwoorden"]
    page.goto(url)
    naar_de_inhoud(page)
    assert axe_controle(page) == []
    tab_naar(page, page.get_by_role("button", name="Antwoorden versturen"))
    enter_en_wachten(page, url)
    foutmelding_heeft_focus(page, "Uw antwoorden zijn nog niet opgeslagen")
    # Tab enters each radio group once; an arrow key chooses within it.
    groepen = page.locator("form fieldset")
    page.keyboard.press("Tab")
    assert heeft_focus(groepen.nth(0).locator("input[type=radio]").first)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # 4 – bekend
    page.keyboard.press("Tab")
    assert heeft_focus(groepen.nth(1).locator("input[type=radio]").first)
    page.keyboard.press("Space")  # 1 – helemaal niet cruciaal
    page.keyboard.press("Tab")
    assert heeft_focus(page.locator("form textarea"))
    page.keyboard.type("Houd het concreet.")
    page.keyboard.press("Tab")
    assert actief(page).startswith("button Antwoorden versturen")
    enter_en_wachten(page, url)
    assert actief(page) == "body"
    assert "u heeft alle vragen van deze peiling beantwoord" in page.locator("main").inner_text()


def test_duo_bewerkt_een_actie(demo, browser_pagina):
    page = browser_pagina
    page.inloggen(gebruiker("duo"))
    page.goto(paginas("duo")["opgave-bewerken"])
    naar_de_inhoud(page)
    omschrijving = page.locator("textarea[name$='-omschrijving']").first
    naam = omschrijving.get_attribute("name")
    opslaan = page.get_by_role("button", name="Opslaan", exact=True)
    # Emptied and saved: the error summary gets the focus, the field says what is wrong.
    tab_naar(page, omschrijving)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    tab_naar(page, opslaan)
    enter_en_wachten(page, f"/{DUO_OPGAVE}/bewerken/")
    foutmelding_heeft_focus(page, "De opgave is niet opgeslagen")
    omschrijving = page.locator(f"textarea[name='{naam}']")
    assert omschrijving.get_attribute("aria-invalid") == "true"
    tab_naar(page, omschrijving)
    page.keyboard.type("Samen een ontwikkelperspectief opstellen, met het toetsenbord aangescherpt.")
    tab_naar(page, opslaan)
    enter_en_wachten(page, f"/{DUO_OPGAVE}/")
    assert actief(page) == "body"
    assert "De opgave is opgeslagen." in page.locator("main").inner_text()
    assert Actie.objects.filter(omschrijving__endswith="met het toetsenbord aangescherpt.").count() == 1


def test_kernteam_verwerkt_een_reactie(demo, browser_pagina):
    page = browser_pagina
    page.inloggen(gebruiker("kernteam"))
    reactie = Reactie.objects.filter(versie__agenda=demo, status=ReactieStatus.ONTVANGEN).order_by("pk").first()
    page.goto(paginas("kernteam")["reacties"])
    naar_de_inhoud(page)
    tab_naar(page, page.get_by_role("link", name=f"{reactie.pk} verwerken"))
    enter_en_wachten(page, f"/versies/reacties/{reactie.pk}/")
    naar_de_inhoud(page)
    # "Verwerkt" without an answer: refused, with the focus on the summary.
    tab_naar(page, page.get_by_label("Status"))
    page.keyboard.type("verwerkt")
    tab_naar(page, page.get_by_role("button", name="Opslaan"))
    enter_en_wachten(page, f"/versies/reacties/{reactie.pk}/")
    foutmelding_heeft_focus(page, "Niet opgeslagen")
    antwoord = page.get_by_label("Antwoord van het kernteam")
    tab_naar(page, antwoord)
    assert antwoord.get_attribute("aria-invalid") == "true"
    page.keyboard.type("Overgenomen in de kern van de opgave.")
    tab_naar(page, page.get_by_role("button", name="Opslaan"))
    enter_en_wachten(page, "/versies/reacties/")
    assert actief(page) == "body"
    assert f"De verwerking van reactie {reactie.pk} is opgeslagen." in page.locator("main").inner_text()
    reactie.refresh_from_db()
    assert reactie.status == ReactieStatus.VERWERKT
