"""Sign-ups for bijeenkomsten: capacity, waiting list, the kernteam's CSV, deelnames, .ics and the feed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from tafels.models import Aanmelding, BijeenkomstSoort, Deelname, KalenderFeed
from tafels.services import aanmeldingen_omzetten, bijeenkomst_aanmelden, bijeenkomst_afmelden, bijeenkomst_uitnodigen
from tests.deelnemers.factories import DeelnemerFactory, UserFactory
from tests.tafels.factories import BijeenkomstFactory

pytestmark = pytest.mark.django_db


def _komend(**kwargs):
    return BijeenkomstFactory(datum=timezone.localdate() + datetime.timedelta(days=7), **kwargs)


def _deelnemer_met_account():
    return DeelnemerFactory(user=UserFactory())


def _url(naam, bijeenkomst):
    return reverse(f"tafels:{naam}", kwargs={"agenda": bijeenkomst.agenda.slug, "pk": bijeenkomst.pk})


def test_aanmelden_en_afmelden_via_de_pagina(client):
    bijeenkomst = _komend()
    deelnemer = _deelnemer_met_account()
    client.force_login(deelnemer.user)
    assert "Aanmelden" in client.get(_url("bijeenkomst", bijeenkomst)).content.decode()
    assert client.post(_url("aanmelden", bijeenkomst)).status_code == 302
    assert Aanmelding.objects.filter(bijeenkomst=bijeenkomst, deelnemer=deelnemer, op_wachtlijst=False).exists()
    assert "U bent aangemeld." in client.get(_url("bijeenkomst", bijeenkomst)).content.decode()
    assert client.post(_url("afmelden", bijeenkomst)).status_code == 302
    assert not Aanmelding.objects.exists()
    assert client.get(_url("aanmelden", bijeenkomst)).status_code == 405


def test_geen_aanmelden_voor_voorbije_of_kernteam_bijeenkomsten(client, kernteam_user):
    deelnemer = _deelnemer_met_account()
    client.force_login(deelnemer.user)
    voorbij = BijeenkomstFactory(datum=timezone.localdate() - datetime.timedelta(days=1))
    overleg = _komend(soort=BijeenkomstSoort.KERNTEAMOVERLEG)
    assert client.post(_url("aanmelden", voorbij)).status_code == 404
    assert client.post(_url("aanmelden", overleg)).status_code == 404
    assert client.get(_url("bijeenkomst_ics", overleg)).status_code == 404
    assert not Aanmelding.objects.exists()


def test_capaciteit_wachtlijst_en_doorschuiven_met_mail(postbus, django_capture_on_commit_callbacks):
    bijeenkomst = _komend(capaciteit=1)
    eerste, tweede = _deelnemer_met_account(), _deelnemer_met_account()
    assert not bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=eerste).op_wachtlijst
    assert bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=tweede).op_wachtlijst
    with django_capture_on_commit_callbacks(execute=True):
        assert bijeenkomst_afmelden(bijeenkomst=bijeenkomst, deelnemer=eerste).deelnemer == tweede
    assert not Aanmelding.objects.get(deelnemer=tweede).op_wachtlijst
    [mail] = postbus.aan(tweede.email)
    assert "plaats vrij" in mail.onderwerp


def test_kernteam_ziet_en_exporteert_wie_komt_en_zet_om_in_deelnames(client, kernteam_user):
    bijeenkomst = _komend()
    deelnemer = _deelnemer_met_account()
    bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=deelnemer)
    client.force_login(deelnemer.user)
    assert client.get(_url("aanmeldingen_csv", bijeenkomst)).status_code == 404
    assert "Wie komt" not in client.get(_url("bijeenkomst", bijeenkomst)).content.decode()
    client.force_login(kernteam_user)
    assert deelnemer.naam in client.get(_url("bijeenkomst", bijeenkomst)).content.decode()
    csv = client.get(_url("aanmeldingen_csv", bijeenkomst)).content.decode()
    assert csv.lstrip("\ufeff").splitlines()[0] == "naam,organisatie,email,status,aangemeld_op"
    assert deelnemer.email in csv
    assert aanmeldingen_omzetten(bijeenkomst=bijeenkomst) == 1
    assert aanmeldingen_omzetten(bijeenkomst=bijeenkomst) == 0
    assert Deelname.objects.get(bijeenkomst=bijeenkomst).deelnemer == deelnemer
    assert Deelname.history.count() == 1


def test_ics_per_bijeenkomst(client, deelnemer_user):
    bijeenkomst = _komend(begintijd=datetime.time(13, 30), eindtijd=datetime.time(16, 0))
    assert client.get(_url("bijeenkomst_ics", bijeenkomst)).status_code == 302
    client.force_login(deelnemer_user)
    antwoord = client.get(_url("bijeenkomst_ics", bijeenkomst))
    assert antwoord["Content-Type"].startswith("text/calendar")
    [event] = Calendar.from_ical(antwoord.content).walk("VEVENT")
    assert str(event["summary"]) == bijeenkomst.titel
    assert event.decoded("dtstart").hour == 13


def test_persoonlijke_feed_toont_aanmeldingen_en_is_intrekbaar(client):
    deelnemer = _deelnemer_met_account()
    aangemeld, niet = _komend(), _komend()
    bijeenkomst_aanmelden(bijeenkomst=aangemeld, deelnemer=deelnemer)
    client.force_login(deelnemer.user)
    pagina = client.get(reverse("kalender:mijn_kalender")).content.decode()
    feed = KalenderFeed.objects.get(deelnemer=deelnemer)
    assert feed.token in pagina
    client.logout()
    antwoord = client.get(feed.get_absolute_url())
    titels = [str(e["summary"]) for e in Calendar.from_ical(antwoord.content).walk("VEVENT")]
    assert titels == [aangemeld.titel] and niet.titel not in titels
    oud = feed.get_absolute_url()
    client.force_login(deelnemer.user)
    client.post(reverse("kalender:mijn_kalender"))
    client.logout()
    assert client.get(oud).status_code == 404
    feed.refresh_from_db()
    assert client.get(feed.get_absolute_url()).status_code == 200


def test_uitnodiging_voor_bijeenkomst_eenmaal_en_kernteamoverleg_alleen_kernteam(
    kernteam_user, postbus, django_capture_on_commit_callbacks
):
    deelnemer = _deelnemer_met_account()
    lid = DeelnemerFactory(user=kernteam_user)
    bijeenkomst, overleg = _komend(), _komend(soort=BijeenkomstSoort.RISICOSESSIE)
    with django_capture_on_commit_callbacks(execute=True):
        assert bijeenkomst_uitnodigen(bijeenkomst=bijeenkomst) == 2
        assert bijeenkomst_uitnodigen(bijeenkomst=bijeenkomst) == 0
        assert bijeenkomst_uitnodigen(bijeenkomst=overleg) == 1
    assert len(postbus.aan(deelnemer.email)) == 1
    assert len(postbus.aan(lid.email)) == 2


def test_beheeracties_uitnodigen_en_omzetten(client, kernteam_user, postbus, django_capture_on_commit_callbacks):
    bijeenkomst = _komend()
    deelnemer = _deelnemer_met_account()
    bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=deelnemer)
    client.force_login(kernteam_user)
    lijst = reverse("admin:tafels_bijeenkomst_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(lijst, {"action": "uitnodigen", "_selected_action": [bijeenkomst.pk]}, follow=True)
    assert "1 uitnodiging verstuurd." in antwoord.content.decode()
    [mail] = postbus.aan(deelnemer.email)
    assert mail.onderwerp == f"Uitnodiging: {bijeenkomst.titel}"
    antwoord = client.post(
        lijst, {"action": "aanmeldingen_naar_deelnames", "_selected_action": [bijeenkomst.pk]}, follow=True
    )
    assert "1 deelname toegevoegd." in antwoord.content.decode()
    assert bijeenkomst.deelnames.get().deelnemer == deelnemer
