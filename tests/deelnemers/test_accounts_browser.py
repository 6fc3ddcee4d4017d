"""The self-service pages in Chromium with axe: wachtwoord vergeten (mail over real SMTP), a new
password from the link, the mail preferences and the unsubscribe page."""

import pytest

from deelnemers.models import MeldingSoort, afmeld_pad
from tests.browser import axe_controle
from tests.deelnemers.factories import DeelnemerFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _toegankelijk(pagina):
    assert pagina.locator("h1").count() == 1
    assert axe_controle(pagina) == []


def test_wachtwoord_vergeten_en_mailvoorkeuren(browser_pagina, live_server, postbus, settings):
    settings.SITE_URL = live_server.url
    pagina = browser_pagina
    deelnemer = DeelnemerFactory(user=UserFactory(), email="lid@voorbeeld.nl")

    pagina.goto("/accounts/login/")
    pagina.get_by_role("link", name="Wachtwoord vergeten?").click()
    _toegankelijk(pagina)
    pagina.get_by_label("E-mailadres").fill("lid@voorbeeld.nl")
    pagina.get_by_role("button", name="Stuur de link").click()
    pagina.wait_for_url("**/wachtwoord-vergeten/verzonden/")
    _toegankelijk(pagina)
    [mail] = postbus.wacht_op("lid@voorbeeld.nl")
    link = next(link for link in mail.links() if "wachtwoord-herstellen" in link)
    pagina.goto(link)
    _toegankelijk(pagina)
    pagina.locator("#id_new_password1").fill("Deventer-aan-de-IJssel-9")
    pagina.locator("#id_new_password2").fill("Deventer-aan-de-IJssel-9")
    pagina.get_by_role("button", name="Wachtwoord opslaan").click()
    pagina.wait_for_url("**/wachtwoord-herstellen/klaar/")
    _toegankelijk(pagina)
    deelnemer.user.refresh_from_db()
    assert deelnemer.user.check_password("Deventer-aan-de-IJssel-9")

    pagina.inloggen(deelnemer.user)
    pagina.goto("/accounts/mijn-gegevens/mail/")
    _toegankelijk(pagina)
    pagina.goto(afmeld_pad(deelnemer.pk, MeldingSoort.PEILING))
    _toegankelijk(pagina)
    pagina.get_by_role("button", name="Afmelden").click()
    assert "U krijgt geen mails meer over" in pagina.locator("main").inner_text()
    _toegankelijk(pagina)
