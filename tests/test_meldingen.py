"""Every notification mail with its trigger, over real SMTP (tests/mail.py), and the AVG anonymisation."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from deelnemers.models import Deelnemer, VerzondenMelding
from deelnemers.services import deelnemer_gegevens
from leerspoor.models import PeilingStatus
from leerspoor.services import peiling_openen
from publicatie.models import ReactieStatus
from publicatie.services import reactie_verwerken, versie_aanmaken
from tafels.models import BijeenkomstSoort
from tafels.services import bijeenkomst_aanmelden
from tests.deelnemers.factories import DeelnemerFactory, UserFactory
from tests.leerspoor.factories import PeilingFactory, RisicoFactory, VraagFactory
from tests.publicatie.factories import ReactieFactory
from tests.tafels.factories import BijeenkomstFactory, DeelnameFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meteen(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (the queued mails) inside the test's transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _met_account(**kwargs):
    return DeelnemerFactory(user=UserFactory(), **kwargs)


def test_reactie_beantwoord_mailt_de_indiener_eenmaal(postbus, meteen):
    reactie = ReactieFactory(indiener=_met_account())
    with meteen():
        for status in (ReactieStatus.VERWERKT, ReactieStatus.NIET_OVERGENOMEN):
            reactie = reactie_verwerken(
                reactie=reactie,
                kenmerk=reactie.wijzigingskenmerk(),
                categorie="",
                status=status,
                antwoord="Dank, we nemen het mee.",
                antwoord_openbaar=True,
                verwerkt_in=None,
            )
    [mail] = postbus.aan(reactie.indiener.email)
    assert "Uw reactie op" in mail.onderwerp and "is beantwoord" in mail.onderwerp
    assert "Dank, we nemen het mee." in mail.tekst()
    assert "/versies/mijn-reacties/" in mail.tekst()
    assert mail.bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_versie_open_voor_reacties_mailt_de_deelnemers_van_de_agenda(postbus, meteen):
    bijeenkomst = BijeenkomstFactory()
    binnen = _met_account()
    DeelnameFactory(bijeenkomst=bijeenkomst, deelnemer=binnen)
    buiten = _met_account()
    with meteen():
        versie_aanmaken(agenda=bijeenkomst.agenda, label="Concept 2", open_voor_reacties=True)
        versie_aanmaken(agenda=bijeenkomst.agenda, label="Concept 3")
    assert [m.ontvangers for m in postbus.berichten] == [[binnen.email]]
    assert "Reageer op Concept 2" in postbus.berichten[0].onderwerp
    assert not postbus.aan(buiten.email)


def test_peiling_open_mailt_aangemelden_eenmaal(postbus, meteen):
    bijeenkomst = BijeenkomstFactory(datum=timezone.localdate())
    aangemeld = _met_account()
    bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=aangemeld)
    peiling = VraagFactory(peiling=PeilingFactory(bijeenkomst=bijeenkomst)).peiling
    with meteen():
        peiling_openen(peiling=peiling)
        peiling.status = PeilingStatus.GESLOTEN
        peiling.save()
        peiling_openen(peiling=peiling)
    [mail] = postbus.aan(aangemeld.email)
    assert peiling.token in mail.tekst()


def test_risicos_ter_herziening_voor_het_kernteam(postbus, meteen, kernteam_user):
    lid = DeelnemerFactory(user=kernteam_user)
    gewoon = _met_account()
    overleg = BijeenkomstFactory(
        soort=BijeenkomstSoort.KERNTEAMOVERLEG, datum=timezone.localdate() + datetime.timedelta(days=3)
    )
    RisicoFactory(agenda=overleg.agenda, titel="Te weinig regio aan tafel")
    with meteen():
        call_command("meldingen_dagelijks")
        call_command("meldingen_dagelijks")
    [mail] = postbus.aan(lid.email)
    assert "Te weinig regio aan tafel" in mail.tekst()
    assert not postbus.aan(gewoon.email)


def test_anonimiseren_wist_persoonsgegevens_ook_in_de_geschiedenis(client, kernteam_user):
    deelnemer = _met_account(naam="Jan Jansen", email="jan@voorbeeld.nl", telefoon="06-1", naam_publiek=True)
    deelnemer.functie = "wethouder"
    deelnemer.save()
    reactie = ReactieFactory(indiener=deelnemer)
    account = deelnemer.user
    VerzondenMelding.objects.create(gebeurtenis="x", deelnemer=deelnemer, soort="peiling", onderwerp="o")
    client.force_login(kernteam_user)
    actie = {"action": "anonimiseren", "_selected_action": [deelnemer.pk]}
    bevestigen = client.post("/admin/deelnemers/deelnemer/", actie)
    assert "kan niet ongedaan worden gemaakt" in bevestigen.content.decode()
    deelnemer.refresh_from_db()
    assert deelnemer.geanonimiseerd_op is None  # nothing happens before the confirmation
    antwoord = client.post("/admin/deelnemers/deelnemer/", {**actie, "bevestigd": "1"}, follow=True)
    assert "1 deelnemer geanonimiseerd." in antwoord.content.decode()
    deelnemer.refresh_from_db()
    assert deelnemer.geanonimiseerd_op and deelnemer.email == "" and deelnemer.user is None
    assert not type(account).objects.filter(pk=account.pk).exists()
    for historie in Deelnemer.history.filter(id=deelnemer.pk):
        assert (historie.naam, historie.email, historie.telefoon, historie.functie) == ("geanonimiseerd", "", "", "")
    reactie.refresh_from_db()
    assert reactie.indiener_weergave == "een deelnemer van een gemeente"
    assert not VerzondenMelding.objects.filter(deelnemer=deelnemer).exists()
    assert deelnemer_gegevens(deelnemer=deelnemer)["deelnemer"]["email"] == ""


def test_download_bevat_reacties_en_aanmeldingen():
    deelnemer = _met_account()
    ReactieFactory(indiener=deelnemer, tekst="Mijn punt")
    bijeenkomst_aanmelden(bijeenkomst=BijeenkomstFactory(), deelnemer=deelnemer)
    gegevens = deelnemer_gegevens(deelnemer=deelnemer)
    assert gegevens["reacties"][0]["tekst"] == "Mijn punt"
    assert len(gegevens["bijeenkomsten"]["aanmeldingen"]) == 1


def test_opschonen_volgt_de_bewaartermijnen(settings):
    deelnemer = DeelnemerFactory()
    oud = VerzondenMelding.objects.create(gebeurtenis="oud", deelnemer=deelnemer, soort="peiling", onderwerp="o")
    VerzondenMelding.objects.filter(pk=oud.pk).update(aangemaakt_op=timezone.now() - datetime.timedelta(days=400))
    VerzondenMelding.objects.create(gebeurtenis="nieuw", deelnemer=deelnemer, soort="peiling", onderwerp="o")
    voorbij = BijeenkomstFactory(datum=timezone.localdate() - datetime.timedelta(days=200))
    bijeenkomst_aanmelden(bijeenkomst=voorbij, deelnemer=deelnemer)
    call_command("opschonen")
    assert list(VerzondenMelding.objects.values_list("gebeurtenis", flat=True)) == ["nieuw"]
    assert not voorbij.aanmeldingen.exists()
