"""The peiling flow in a real Chromium, with axe-core on every page of it.

The kernteam opens the poll and shows the QR code, a deelnemer answers (after a form error),
and the results page shows the count, also updating by itself while the page stays open.
"""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from leerspoor.models import Antwoord, Peiling, PeilingStatus
from leerspoor.services import peiling_beantwoorden
from tests.browser import axe_controle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def peiling(peiling_open):
    Peiling.objects.filter(pk=peiling_open.pk).update(status=PeilingStatus.VOORBEREID)
    peiling_open.refresh_from_db()
    return peiling_open


def url(naam, peiling):
    return reverse(f"leerspoor:{naam}", kwargs={"agenda": "peiling-oost", "pk": peiling.pk})


def test_kernteam_opent_deelnemer_antwoordt_uitslag_telt(browser_pagina, kernteam_user, deelnemer_user, peiling):
    pagina = browser_pagina
    antwoordpagina = reverse(
        "leerspoor:peiling_beantwoorden", kwargs={"agenda": "peiling-oost", "token": peiling.token}
    )

    # The kernteam opens the poll on its page.
    pagina.inloggen(kernteam_user)
    pagina.goto(url("peiling_beheer", peiling))
    assert axe_controle(pagina) == []
    pagina.get_by_role("button", name="Peiling openen").click()
    expect(pagina.get_by_text("De peiling is open: aanwezigen kunnen antwoorden.")).to_be_visible()
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.OPEN

    # The projector: the QR code and the short link, large.
    pagina.get_by_role("link", name="QR-code en link tonen").click()
    expect(pagina.get_by_role("img", name="QR-code met de link naar de peiling")).to_be_visible()
    korte_link = pagina.locator(".oa-korte-link a").get_attribute("href")
    assert korte_link.endswith(f"/p/{peiling.token}/")
    assert pagina.locator("h1").count() == 1
    assert axe_controle(pagina) == []
    qr = pagina.locator(".oa-qr").bounding_box()
    assert qr["width"] >= 300  # readable from the back of the room

    # A deelnemer follows the link, forgets a question, then answers.
    pagina.inloggen(deelnemer_user)
    pagina.goto(korte_link)
    assert pagina.url.endswith(antwoordpagina)
    assert axe_controle(pagina) == []
    pagina.get_by_label("3 – enigszins bekend").check()
    pagina.get_by_label("Tips voor het vervolgproces?").fill("Meer ondernemers aan tafel")
    pagina.get_by_role("button", name="Antwoorden versturen").click()
    expect(pagina.get_by_text("Kies een antwoord op deze vraag.")).to_be_visible()
    expect(pagina.get_by_label("Tips voor het vervolgproces?")).to_have_value("Meer ondernemers aan tafel")
    expect(pagina.get_by_label("3 – enigszins bekend")).to_be_checked()
    assert axe_controle(pagina) == []
    pagina.get_by_role("group", name="Is de Omgevingsagenda cruciaal voor de NOVI?").get_by_label("ja").check()
    pagina.get_by_role("button", name="Antwoorden versturen").click()
    expect(pagina.get_by_text("Dank u wel: uw antwoorden zijn opgeslagen.")).to_be_visible()
    expect(pagina.get_by_text("u heeft alle vragen van deze peiling beantwoord")).to_be_visible()
    assert axe_controle(pagina) == []
    assert Antwoord.objects.count() == 3

    # The results on the projector show the answer ...
    pagina.inloggen(kernteam_user)
    pagina.goto(url("peiling_uitslag", peiling))
    tabel = pagina.get_by_role("table", name="Hoe bekend bent u al met de concept Omgevingsagenda?")
    expect(tabel.get_by_role("row", name=re.compile(r"3 – enigszins bekend 1 100%"))).to_be_visible()
    assert axe_controle(pagina) == []

    # ... and the next answers appear without reloading the page (plain polling of the figures).
    schaal = peiling.vragen.order_by("volgorde").first()
    for i in range(2):
        peiling_beantwoorden(peiling=peiling, respondent=f"zaal-{i}", antwoorden={schaal: "3"})
    pagina.evaluate("window.nietHerladen = true")
    expect(tabel.get_by_role("row", name=re.compile(r"3 – enigszins bekend 3 100%"))).to_be_visible(timeout=15000)
    assert pagina.evaluate("window.nietHerladen") is True
    expect(pagina.locator("#uitslag-stand")).to_have_text("Aantal antwoorden per vraag: 3, 1, 1.")


def test_uitslag_zonder_javascript(chromium, live_server, kernteam_user, peiling_open):
    from django.test import Client

    schaal = peiling_open.vragen.order_by("volgorde").first()
    peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "5"})
    client = Client()
    client.force_login(kernteam_user)
    context = chromium.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=False)
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    pagina = context.new_page()
    try:
        pagina.goto(url("peiling_uitslag", peiling_open))
        tabel = pagina.get_by_role("table", name="Hoe bekend bent u al met de concept Omgevingsagenda?")
        expect(tabel.get_by_role("row", name=re.compile(r"5 – zeer bekend 1 100%"))).to_be_visible()
        peiling_beantwoorden(peiling=peiling_open, respondent="r2", antwoorden={schaal: "5"})
        pagina.get_by_role("link", name="nu vernieuwen").click()
        expect(tabel.get_by_role("row", name=re.compile(r"5 – zeer bekend 2 100%"))).to_be_visible()
    finally:
        context.close()
