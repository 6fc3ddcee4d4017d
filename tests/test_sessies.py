"""Sessions (issue 11): kernteam sessions end after inactivity, a new password ends every session, security.txt."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from deelnemers.middleware import VERNIEUWD

pytestmark = pytest.mark.django_db


def _laat_verlopen(client, seconden):
    """Move the stored session `seconden` back in time, as if nobody had clicked for that long."""
    sessie = Session.objects.get(session_key=client.session.session_key)
    sessie.expire_date -= datetime.timedelta(seconds=seconden)
    sessie.save()


def _laat_vernieuwen(client):
    """As if the last renewal were minutes ago (the middleware renews at most once a minute)."""
    sessie = client.session
    sessie[VERNIEUWD] = 0
    sessie.save()


def test_kernteamsessie_eindigt_na_inactiviteit(client, kernteam_user, settings):
    settings.KERNTEAM_SESSIE_MINUTEN = 30
    client.force_login(kernteam_user)
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.session.get_expiry_age() == 30 * 60
    # 29 minutes quiet: still in, and that request starts the 30 minutes again.
    _laat_vernieuwen(client)
    _laat_verlopen(client, 29 * 60)
    assert client.get(reverse("admin:index")).status_code == 200
    resterend = Session.objects.get(session_key=client.session.session_key).expire_date - timezone.now()
    assert resterend > datetime.timedelta(minutes=29)
    # 31 minutes quiet: logged out.
    _laat_verlopen(client, 31 * 60)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_deelnemersessie_houdt_de_gewone_duur(client, deelnemer_user, settings):
    client.force_login(deelnemer_user)
    client.get(reverse("toegankelijkheid"))
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_nieuw_wachtwoord_beeindigt_alle_sessies_van_die_gebruiker(kernteam_user, deelnemer_user):
    """The kernteam sets a deelnemer's password in the admin: the deelnemer's sessions on two devices end."""
    laptop, telefoon = Client(), Client()
    laptop.force_login(deelnemer_user)
    telefoon.force_login(deelnemer_user)
    for apparaat in (laptop, telefoon):
        assert "_auth_user_id" in apparaat.session

    beheer = Client()
    beheer.force_login(kernteam_user)
    response = beheer.post(
        reverse("admin:auth_user_password_change", args=[deelnemer_user.pk]),
        {"password1": "een-heel-nieuw-wachtwoord-42", "password2": "een-heel-nieuw-wachtwoord-42"},
    )
    assert response.status_code == 302

    for apparaat in (laptop, telefoon):
        response = apparaat.get(reverse("tafels:bijeenkomsten", kwargs={"agenda": "oost"}))
        assert not response.wsgi_request.user.is_authenticated
        assert "_auth_user_id" not in apparaat.session


def test_eigen_wachtwoord_wijzigen_houdt_alleen_deze_sessie(kernteam_user):
    hier, elders = Client(), Client()
    hier.force_login(kernteam_user)
    elders.force_login(kernteam_user)
    response = hier.post(
        reverse("admin:password_change"),
        {
            "old_password": "wachtwoord",
            "new_password1": "een-heel-nieuw-wachtwoord-42",
            "new_password2": "een-heel-nieuw-wachtwoord-42",
        },
    )
    assert response.status_code == 302
    assert hier.get(reverse("admin:index")).status_code == 200
    assert elders.get(reverse("admin:index")).status_code == 302


def test_security_txt_uit_de_instelling(client, settings):
    settings.SECURITY_CONTACT = "security@omgevingsagenda.example.org"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    velden = dict(regel.split(": ", 1) for regel in response.content.decode().splitlines())
    assert velden["Contact"] == "mailto:security@omgevingsagenda.example.org"
    verloopt = datetime.datetime.fromisoformat(velden["Expires"])
    # RFC 9116: in the future, and less than a year ahead.
    assert timezone.now() < verloopt < timezone.now() + datetime.timedelta(days=365)
    assert velden["Canonical"].endswith("/.well-known/security.txt")


def test_security_txt_zonder_contact_bestaat_niet(client, settings):
    settings.SECURITY_CONTACT = ""
    assert client.get("/.well-known/security.txt").status_code == 404
