"""The version pages in a real Chromium: one h1, and no serious axe-core violations."""

import pytest
from django.contrib.auth.models import Group

from deelnemers.permissions import KERNTEAM_GROEP
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.browser import axe_controle
from tests.deelnemers.factories import KernteamUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def twee_versies(agenda_met_inhoud):
    versie_publiceren(versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste concept"), pdf_maken=False)
    opgave = agenda_met_inhoud.opgaven.get(volgnummer=1)
    opgave.kern = "De kern, aangescherpt tijdens de Synthesebijeenkomst."
    opgave.save()
    versie_publiceren(
        versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Concept na Synthesebijeenkomst"), pdf_maken=False
    )
    return agenda_met_inhoud


@pytest.mark.parametrize("pad", ["", "1/", "verschillen/?van=1&naar=2"])
def test_versiepaginas_zonder_ernstige_axe_fouten(browser_pagina, twee_versies, pad):
    browser_pagina.goto(f"/{twee_versies.slug}/versies/{pad}")
    assert browser_pagina.locator("h1").count() == 1
    assert axe_controle(browser_pagina) == []


def test_vergelijken_via_het_formulier(browser_pagina, twee_versies):
    browser_pagina.goto(f"/{twee_versies.slug}/versies/")
    browser_pagina.get_by_label("Eerdere versie").select_option("1")
    browser_pagina.get_by_label("Latere versie").select_option("2")
    browser_pagina.get_by_role("button", name="Vergelijken").click()
    browser_pagina.wait_for_url("**/verschillen/?van=1&naar=2")
    ingevoegd = browser_pagina.locator("ins").filter(has_text="Synthesebijeenkomst")
    assert ingevoegd.count() >= 1
    # The change is announced in words, not only shown in colour.
    assert "toegevoegd:" in ingevoegd.first.text_content()


def test_conceptvoorbeeld_voor_kernteam(browser_pagina, twee_versies):
    # A transactional test may start after another one flushed the group of the data migration.
    Group.objects.get_or_create(name=KERNTEAM_GROEP)
    browser_pagina.inloggen(KernteamUserFactory())
    browser_pagina.goto(f"/{twee_versies.slug}/versies/concept/")
    assert browser_pagina.locator("h1").count() == 1
    assert axe_controle(browser_pagina) == []
