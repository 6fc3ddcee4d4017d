"""The reacties flow in a real Chromium, with axe on every page it passes: a deelnemer sends a
reactie, the kernteam answers it, and it appears in the Nota van beantwoording."""

import pytest

from publicatie.models import Reactie, ReactieStatus
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.browser import axe_controle
from tests.deelnemers.factories import DeelnemerFactory, KernteamUserFactory, OrganisatieFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_versie(agenda_met_inhoud):
    versie_publiceren(versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste concept"), pdf_maken=False)
    versie_publiceren(
        versie=versie_aanmaken(
            agenda=agenda_met_inhoud, label="Concept na Synthesebijeenkomst", open_voor_reacties=True
        ),
        pdf_maken=False,
    )
    return agenda_met_inhoud


def _geen_axe_fouten(pagina):
    assert pagina.locator("h1").count() == 1
    assert axe_controle(pagina) == []


def test_reactie_versturen_beantwoorden_en_in_de_nota(browser_pagina, open_versie):
    pagina = browser_pagina
    indiener = DeelnemerFactory(
        user=UserFactory(),
        naam="Carla Zichtbaar",
        naam_publiek=True,
        organisatie=OrganisatieFactory(naam="Regio Zwolle"),
    )

    # 1. The deelnemer reacts on the version's page.
    pagina.inloggen(indiener.user)
    pagina.goto(f"/{open_versie.slug}/versies/2/")
    _geen_axe_fouten(pagina)
    formulier = pagina.locator("form[data-reactieformulier]")
    # Sent empty first: the error stands next to the field, and the page stays accessible.
    formulier.get_by_role("button", name="Reactie versturen").click()
    pagina.wait_for_url("**/versies/2/reageren/")
    assert "Schrijf uw reactie" in pagina.locator("#div_id_tekst").inner_text()
    assert pagina.get_by_role("textbox", name="Uw reactie").get_attribute("aria-invalid") == "true"
    _geen_axe_fouten(pagina)
    pagina.get_by_label("Waarover gaat uw reactie?").select_option(label="1. Klimaatbestendige Groeiregio Zwolle")
    pagina.get_by_role("textbox", name="Uw reactie").fill("Neem de waterveiligheid van de IJsseldelta op in de kern.")
    # The counter (JavaScript on top of the help text) follows the typing.
    assert "Nog 4.943 van 5.000 tekens over." in pagina.locator("[data-tekenteller]").inner_text()
    pagina.get_by_role("button", name="Reactie versturen").click()
    pagina.wait_for_url("**/versies/mijn-reacties/")
    assert "uw reactie op versie 2 is ontvangen" in pagina.locator("main").inner_text()
    assert "nog niet beantwoord" in pagina.locator("main").inner_text()
    _geen_axe_fouten(pagina)
    reactie = Reactie.objects.get(indiener=indiener)

    # 2. The kernteam answers it.
    pagina.context.clear_cookies()
    pagina.inloggen(KernteamUserFactory())
    pagina.goto(f"/{open_versie.slug}/versies/reacties/?status=ontvangen")
    _geen_axe_fouten(pagina)
    pagina.get_by_role("link", name=f"{reactie.pk} verwerken").click()
    pagina.wait_for_url(f"**/versies/reacties/{reactie.pk}/**")
    _geen_axe_fouten(pagina)
    pagina.get_by_label("Categorie").select_option("aanvulling")
    pagina.get_by_label("Status").select_option("verwerkt")
    pagina.get_by_label("Antwoord van het kernteam").fill("Overgenomen: de kern noemt de waterveiligheid nu.")
    pagina.get_by_label("Antwoord ook tonen bij de opgave").check()
    pagina.get_by_role("button", name="Opslaan").click()
    pagina.wait_for_url("**/versies/reacties/?status=ontvangen")
    assert f"De verwerking van reactie {reactie.pk} is opgeslagen." in pagina.locator("main").inner_text()
    reactie.refresh_from_db()
    assert reactie.status == ReactieStatus.VERWERKT

    # 3. Anyone reads it in the Nota van beantwoording.
    pagina.context.clear_cookies()
    pagina.goto(f"/{open_versie.slug}/versies/2/nota/")
    _geen_axe_fouten(pagina)
    hoofd = pagina.locator("main").inner_text()
    assert "Klimaatbestendige Groeiregio Zwolle" in hoofd
    assert "Neem de waterveiligheid van de IJsseldelta op in de kern." in hoofd
    assert "Overgenomen: de kern noemt de waterveiligheid nu." in hoofd
    assert "Carla Zichtbaar (Regio Zwolle)" in hoofd


def test_weigering_zonder_deelnemer_is_toegankelijk(browser_pagina, open_versie):
    browser_pagina.inloggen(UserFactory())
    antwoord = browser_pagina.goto(f"/{open_versie.slug}/versies/2/reageren/")
    assert antwoord.status == 403
    assert "niet aan een deelnemer gekoppeld" in browser_pagina.locator("main").inner_text()
    _geen_axe_fouten(browser_pagina)
