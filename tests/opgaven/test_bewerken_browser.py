"""The duo-editing flow in a real Chromium, checked with axe-core at every step."""

import pytest
from django.contrib.auth.models import User

from tests.browser import axe_controle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def kernteam_groep():
    # transaction=True flushes the tables after each test, also the group the data migration made.
    from django.contrib.auth.models import Group

    from deelnemers.permissions import KERNTEAM_GROEP

    Group.objects.get_or_create(name=KERNTEAM_GROEP)


def test_duo_lid_bewerkt_kern_en_actie(browser_pagina, duowereld):
    opgave = duowereld["opgave"]
    pagina = browser_pagina
    pagina.inloggen(User.objects.get(username="duo"))

    pagina.goto(opgave.get_absolute_url())
    assert axe_controle(pagina) == []
    pagina.get_by_role("link", name="Bewerken", exact=True).click()
    pagina.wait_for_load_state()
    assert pagina.locator("h1").inner_text() == "Klimaatbestendige Groeiregio Zwolle bewerken"
    assert axe_controle(pagina) == []

    pagina.get_by_label("Kern van de gezamenlijke opgave").fill("De kern, **herschreven** door het duo.")
    pagina.locator("#id_acties-0-omschrijving").fill("Ontwikkelperspectief vaststellen met de regio")
    pagina.locator("#id_acties-0-status").select_option(label="in uitvoering")
    pagina.get_by_role("button", name="Opslaan").click()
    pagina.wait_for_load_state()

    assert pagina.url.endswith(opgave.get_absolute_url())
    assert pagina.get_by_text("De opgave is opgeslagen.").is_visible()
    assert pagina.locator("#kop-kern + p strong").inner_text() == "herschreven"
    acties = pagina.locator("table.oa-acties")
    assert "Ontwikkelperspectief vaststellen met de regio" in acties.inner_text()
    assert "in uitvoering" in acties.inner_text()
    assert axe_controle(pagina) == []

    opgave.refresh_from_db()
    assert opgave.history.first().history_user.username == "duo"


def test_fout_en_conflict_zonder_ernstige_axe_fouten(browser_pagina, duowereld):
    """The edit page with a field error, then with the conflict panel: both accessible, text kept."""
    from opgaven.models import Opgave

    opgave = duowereld["opgave"]
    pagina = browser_pagina
    pagina.inloggen(User.objects.get(username="duo2"))
    pagina.goto(f"/oost/opgaven/{opgave.slug}/bewerken/")

    pagina.locator("#id_acties-0-omschrijving").fill("")
    pagina.get_by_label("Kern van de gezamenlijke opgave").fill("Karels kern")
    pagina.get_by_role("button", name="Opslaan").click()
    pagina.wait_for_load_state()
    assert pagina.get_by_text("Beschrijf de actie.").is_visible()
    assert pagina.get_by_label("Kern van de gezamenlijke opgave").input_value() == "Karels kern"
    assert axe_controle(pagina) == []

    Opgave.objects.filter(pk=opgave.pk).update(kern="Petra's kern, intussen opgeslagen")
    pagina.locator("#id_acties-0-omschrijving").fill("Weer een omschrijving")
    pagina.get_by_role("button", name="Opslaan").click()
    pagina.wait_for_load_state()
    assert pagina.get_by_role("heading", name="Uw wijzigingen zijn nog niet opgeslagen").is_visible()
    assert pagina.get_by_text("Petra's kern, intussen opgeslagen").is_visible()
    assert pagina.get_by_label("Kern van de gezamenlijke opgave").input_value() == "Karels kern"
    assert axe_controle(pagina) == []
