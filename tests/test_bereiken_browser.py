"""Issue 12 end to end in a real Chromium, every mail through the loopback SMTP server (tests/mail.py):
a spreadsheet row → import → invitation mail → chosen password → sign-up for a bijeenkomst →
the event in the personal calendar feed → a notification mail when their reactie is answered."""

import datetime
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from icalendar import Calendar

from deelnemers.models import Deelnemer
from publicatie.models import ReactieStatus
from publicatie.services import reactie_verwerken
from tests.browser import axe_controle
from tests.deelnemers.factories import KernteamUserFactory
from tests.publicatie.factories import ReactieFactory, VersieFactory
from tests.tafels.factories import BijeenkomstFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADRES = "nieuw.lid@regio-zwolle.nl"
SPREADSHEET = (
    "naam,email,organisatie,organisatie_soort,functie,telefoon\n"
    f"Noor Nieuwkomer,{ADRES},Regio Zwolle,regio,programmasecretaris,038-4998899\n"
)


def _toegankelijk(pagina):
    assert pagina.locator("h1").count() == 1
    assert axe_controle(pagina) == []


def test_van_spreadsheetrij_tot_melding(browser_pagina, live_server, postbus, settings):
    settings.SITE_URL = live_server.url  # the links in the mails point at this test server
    pagina = browser_pagina
    bijeenkomst = BijeenkomstFactory(
        titel="Gesprekstafel Water en bodem sturend",
        datum=timezone.localdate() + datetime.timedelta(days=14),
        begintijd=datetime.time(14, 0),
        capaciteit=30,
    )
    agenda = bijeenkomst.agenda

    # 1. The kernteam imports the spreadsheet row in the admin: preview first, then confirm.
    pagina.inloggen(KernteamUserFactory())
    pagina.goto("/admin/deelnemers/deelnemer/import/")
    pagina.locator("input[name=import_file]").set_input_files(
        {"name": "deelnemers.csv", "mimeType": "text/csv", "buffer": SPREADSHEET.encode()}
    )
    pagina.locator("select[name=format]").select_option(label="csv")
    pagina.locator("form input[type=submit], form button[type=submit]").last.click()
    pagina.wait_for_load_state()
    assert "Noor Nieuwkomer" in pagina.locator("body").inner_text()
    assert not Deelnemer.objects.filter(email=ADRES).exists()  # a preview is a dry run
    pagina.locator("form[action$='process_import/'] [type=submit]").click()
    pagina.wait_for_url("**/admin/deelnemers/deelnemer/")
    noor = Deelnemer.objects.get(email=ADRES)
    assert noor.organisatie.naam == "Regio Zwolle"

    # 2. ... and invites her with the admin action; the list shows the status.
    pagina.locator(f"input[name=_selected_action][value='{noor.pk}']").check()
    pagina.locator("select[name=action]").select_option("uitnodigen")
    pagina.locator("button[name=index]").click()
    pagina.wait_for_load_state()
    assert "1 uitnodiging verstuurd." in pagina.locator("body").inner_text()
    assert "uitgenodigd op" in pagina.locator("#result_list").inner_text()
    [uitnodiging] = postbus.wacht_op(ADRES)
    assert uitnodiging.onderwerp == "Uitnodiging voor de Omgevingsagenda"
    link = next(link for link in uitnodiging.links() if "/accounts/uitnodiging/" in link)
    assert link.startswith(live_server.url)

    # 3. Noor follows the link and chooses her password; she is logged in on Mijn gegevens.
    pagina.context.clear_cookies()
    pagina.goto(link)
    _toegankelijk(pagina)
    pagina.get_by_label("Kies een wachtwoord").fill("IJssel-en-Vecht-2026")
    pagina.get_by_label("Herhaal het wachtwoord").fill("IJssel-en-Vecht-2026")
    pagina.get_by_role("button", name="Account aanmaken").click()
    pagina.wait_for_url("**/accounts/mijn-gegevens/")
    assert "Welkom!" in pagina.locator("main").inner_text()
    _toegankelijk(pagina)
    noor.refresh_from_db()
    assert noor.user.check_password("IJssel-en-Vecht-2026")

    # 4. She signs up for the upcoming bijeenkomst.
    pagina.goto(bijeenkomst.get_absolute_url())
    _toegankelijk(pagina)
    pagina.get_by_role("button", name="Aanmelden").click()
    pagina.wait_for_url(f"**{bijeenkomst.get_absolute_url()}")
    assert "U bent aangemeld." in pagina.locator("main").inner_text()
    _toegankelijk(pagina)

    # 5. The bijeenkomst is in her personal calendar feed (a secret address, no login needed).
    pagina.get_by_role("link", name="Mijn agenda-abonnement").click()
    pagina.wait_for_url("**/kalender/")
    _toegankelijk(pagina)
    feed_url = pagina.get_by_label("Adres van uw agenda-abonnement").input_value()
    pagina.context.clear_cookies()
    feed = pagina.request.get(feed_url)
    assert feed.ok and feed.headers["content-type"].startswith("text/calendar")
    [event] = Calendar.from_ical(feed.body()).walk("VEVENT")
    assert str(event["summary"]) == "Gesprekstafel Water en bodem sturend"
    assert event.decoded("dtstart").hour == 14

    # 6. Her reactie is answered by the kernteam: she gets a mail with a working one-click unsubscribe.
    reactie = ReactieFactory(versie=VersieFactory(agenda=agenda, open_voor_reacties=True), indiener=noor)
    reactie_verwerken(
        reactie=reactie,
        kenmerk=reactie.wijzigingskenmerk(),
        categorie="",
        status=ReactieStatus.VERWERKT,
        antwoord="Overgenomen in de volgende versie.",
        antwoord_openbaar=True,
        verwerkt_in=None,
    )
    uitnodiging_en_melding = postbus.wacht_op(ADRES, aantal=2)
    melding = uitnodiging_en_melding[-1]
    assert "is beantwoord" in melding.onderwerp
    assert "Overgenomen in de volgende versie." in melding.tekst()
    afmelden = "".join(str(melding.bericht["List-Unsubscribe"]).split()).strip("<>")
    assert melding.bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert urlparse(afmelden).netloc == urlparse(live_server.url).netloc
    antwoord = pagina.request.post(afmelden, form={"List-Unsubscribe": "One-Click"})
    assert antwoord.ok
    noor.refresh_from_db()
    assert not noor.mailvoorkeur.reactie_beantwoord
