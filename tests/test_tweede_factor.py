"""Two factors for the kernteam (issue 11), with the requirement on as in production (TWEE_FACTOR=1).

A password alone no longer opens /admin/ or a kernteam page for a kernteam member: without a
device they are sent to the set-up, with one to the code page; a TOTP code or a backup code lets
them in. Deelnemers are not asked.
"""

import base64

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def twee_factor_aan(settings):
    settings.TWEE_FACTOR = True


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def _kernteampaginas(agenda):
    return [
        reverse("admin:index"),
        reverse("admin:opgaven_opgave_changelist"),
        reverse("leerspoor:betrokkenheid", kwargs={"agenda": agenda.slug}),
        reverse("publicatie:reacties", kwargs={"agenda": agenda.slug}),
    ]


def test_zonder_apparaat_naar_de_instelpagina(client, kernteam_user, agenda_factory):
    agenda = agenda_factory(slug="oost")
    client.force_login(kernteam_user)
    for url in _kernteampaginas(agenda):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("two_factor:setup")), url
    instellen = client.get(reverse("two_factor:setup"))
    assert instellen.status_code == 200
    assert "Tweestapsverificatie" in instellen.content.decode()


def test_met_apparaat_naar_de_codepagina_en_met_totp_naar_binnen(client, kernteam_user, agenda_factory):
    agenda = agenda_factory(slug="oost")
    device = TOTPDevice.objects.create(user=kernteam_user, name="telefoon", confirmed=True)
    client.force_login(kernteam_user)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url == f"{reverse('tweede_factor')}?next=%2Fadmin%2F"
    pagina = client.get(response.url)
    assert "Tweede stap van het inloggen" in pagina.content.decode()

    fout = client.post(reverse("tweede_factor"), {"soort": "app", "code": "000000", "next": "/admin/"})
    assert fout.status_code == 200
    assert "Deze code klopt niet" in fout.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # the wrong code above slowed the device down
    goed = client.post(reverse("tweede_factor"), {"soort": "app", "code": _code(device), "next": "/admin/"})
    assert goed.status_code == 302 and goed.url == "/admin/"
    for url in _kernteampaginas(agenda):
        assert client.get(url).status_code == 200, url


def test_reservecode_werkt_een_keer(client, kernteam_user):
    TOTPDevice.objects.create(user=kernteam_user, name="telefoon", confirmed=True)
    reserve = StaticDevice.objects.create(user=kernteam_user, name="backup")
    reserve.token_set.create(token="reserve1")
    client.force_login(kernteam_user)
    assert client.post(reverse("tweede_factor"), {"soort": "reserve", "code": "reserve1"}).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200

    client.logout()
    client.force_login(kernteam_user)
    assert client.post(reverse("tweede_factor"), {"soort": "reserve", "code": "reserve1"}).status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_instellen_met_de_app_en_daarna_reservecodes(client, kernteam_user):
    """The set-up wizard of django-two-factor-auth: scan, type the code, and the session counts as verified."""
    client.force_login(kernteam_user)
    url = reverse("two_factor:setup")
    client.get(url)
    stap = client.post(url, {"setup_view-current_step": "welcome"})
    assert stap.status_code == 200
    geheim = stap.context["secret_key"]
    sleutel = base64.b32decode(geheim + "=" * (-len(geheim) % 8))
    code = f"{totp(sleutel, t0=0, step=30, digits=6, drift=0):06d}"
    klaar = client.post(url, {"setup_view-current_step": "generator", "generator-token": code})
    assert klaar.status_code == 302
    assert TOTPDevice.objects.filter(user=kernteam_user, confirmed=True).exists()
    assert client.get(reverse("admin:index")).status_code == 200

    reservecodes = client.post(reverse("two_factor:backup_tokens"))
    assert reservecodes.status_code == 302
    assert StaticDevice.objects.get(user=kernteam_user).token_set.count() == 10


def test_qr_code_voor_de_app(client, kernteam_user):
    client.force_login(kernteam_user)
    client.get(reverse("two_factor:setup"))
    client.post(reverse("two_factor:setup"), {"setup_view-current_step": "welcome"})
    qr = client.get(reverse("two_factor:qr"))
    assert qr.status_code == 200
    assert qr["Content-Type"].startswith("image/svg+xml")


def test_deelnemer_zonder_tweede_factor(client, deelnemer_user):
    client.force_login(deelnemer_user)
    assert client.get(reverse("toegankelijkheid")).status_code == 200
    # Not in the admin either way: that is for the kernteam.
    assert client.get(reverse("admin:index")).url.startswith(reverse("admin:login"))


def test_uit_met_de_instelling(client, kernteam_user, settings):
    settings.TWEE_FACTOR = False
    client.force_login(kernteam_user)
    assert client.get(reverse("admin:index")).status_code == 200


def test_geen_open_doorverwijzing(client, kernteam_user):
    device = TOTPDevice.objects.create(user=kernteam_user, name="telefoon", confirmed=True)
    client.force_login(kernteam_user)
    response = client.post(
        reverse("tweede_factor"), {"soort": "app", "code": _code(device), "next": "https://elders.example/"}
    )
    assert response.status_code == 302
    assert response.url == reverse("admin:index")


def test_zonder_tweede_factor_geen_kernteamrechten_op_andere_paginas(client, kernteam_user):
    """Without the second factor a kernteam member is a deelnemer: no contact data, no editing of every opgave."""
    from deelnemers.permissions import is_kernteam, is_kernteamlid

    client.force_login(kernteam_user)
    response = client.get(reverse("toegankelijkheid"))
    gebruiker = response.wsgi_request.user
    assert is_kernteamlid(gebruiker) and not is_kernteam(gebruiker)
    TOTPDevice.objects.create(user=kernteam_user, name="telefoon", confirmed=True)
    reserve = StaticDevice.objects.create(user=kernteam_user, name="backup")
    reserve.token_set.create(token="reserve2")
    client.post(reverse("tweede_factor"), {"soort": "reserve", "code": "reserve2"})
    assert is_kernteam(client.get(reverse("toegankelijkheid")).wsgi_request.user)
