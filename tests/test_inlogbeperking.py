"""Login throttling (django-axes): guessing passwords stops after a few tries, per account and per address.

The finding of issue 11: 30 wrong passwords and then the right one logged in, on /accounts/login/
and /admin/login/ alike. The kernteam lifts a lockout in the admin.
"""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.urls import reverse

from deelnemers.permissions import KERNTEAM_GROEP
from tests.deelnemers.factories import KernteamUserFactory, UserFactory

pytestmark = pytest.mark.django_db

INLOGPAGINAS = ["/accounts/login/", "/admin/login/"]


def _inloggen(client, url, username, password, adres="192.0.2.10"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=adres)


def _ingelogd(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", INLOGPAGINAS)
def test_dertig_foute_wachtwoorden_en_dan_het_goede_logt_niet_in(client, url):
    """POST /accounts/login/ (and /admin/login/) 30× with a wrong password, then with the right one."""
    gebruiker = KernteamUserFactory()
    for _ in range(30):
        _inloggen(client, url, gebruiker.username, "fout-wachtwoord")
    antwoord = _inloggen(client, url, gebruiker.username, "wachtwoord")
    assert antwoord.status_code == 429
    assert not _ingelogd(client)
    html = antwoord.content.decode()
    assert "Er is te vaak een verkeerd wachtwoord ingevoerd" in html
    assert "over 15 minuten opnieuw inloggen" in html


def test_per_account_ook_vanaf_een_ander_adres(client, settings):
    gebruiker = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _inloggen(client, "/accounts/login/", gebruiker.username, "fout", adres="192.0.2.10")
    assert (
        _inloggen(client, "/accounts/login/", gebruiker.username, "wachtwoord", adres="198.51.100.7").status_code == 429
    )
    assert not _ingelogd(client)


def test_per_adres_ook_voor_een_ander_account(client, settings):
    gebruikers = [UserFactory() for _ in range(settings.AXES_FAILURE_LIMIT + 1)]
    for gebruiker in gebruikers[:-1]:
        _inloggen(client, "/accounts/login/", gebruiker.username, "fout", adres="192.0.2.10")
    assert _inloggen(client, "/accounts/login/", gebruikers[-1].username, "wachtwoord").status_code == 429
    assert not _ingelogd(client)
    # Someone else, elsewhere, still logs in.
    antwoord = _inloggen(client, "/accounts/login/", gebruikers[-1].username, "wachtwoord", adres="198.51.100.7")
    assert antwoord.status_code == 302
    assert _ingelogd(client)


def test_onder_de_grens_gewoon_inloggen(client, settings):
    gebruiker = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _inloggen(client, "/accounts/login/", gebruiker.username, "fout").status_code == 200
    assert _inloggen(client, "/accounts/login/", gebruiker.username, "wachtwoord").status_code == 302


def test_na_de_afkoelperiode_weer_inloggen(client, settings):
    gebruiker = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _inloggen(client, "/accounts/login/", gebruiker.username, "fout")
    eerder = AccessAttempt.objects.all()
    eerder.update(attempt_time=eerder.first().attempt_time - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1))
    assert _inloggen(client, "/accounts/login/", gebruiker.username, "wachtwoord").status_code == 302


def test_x_forwarded_for_van_de_bezoeker_omzeilt_de_grens_niet(client, settings):
    """Without a proxy (PROXY_AANTAL=0) a forged X-Forwarded-For is not the address."""
    settings.PROXY_AANTAL = 0
    gebruikers = [UserFactory() for _ in range(settings.AXES_FAILURE_LIMIT + 1)]
    for nummer, gebruiker in enumerate(gebruikers[:-1]):
        client.post(
            "/accounts/login/",
            {"username": gebruiker.username, "password": "fout"},
            REMOTE_ADDR="192.0.2.10",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{nummer}",
        )
    antwoord = client.post(
        "/accounts/login/",
        {"username": gebruikers[-1].username, "password": "wachtwoord"},
        REMOTE_ADDR="192.0.2.10",
        HTTP_X_FORWARDED_FOR="203.0.113.99",
    )
    assert antwoord.status_code == 429


def test_kernteam_ziet_en_heft_een_blokkade_op(client, settings):
    gebruiker = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _inloggen(client, "/accounts/login/", gebruiker.username, "fout", adres="192.0.2.10")
    poging = AccessAttempt.objects.get(username=gebruiker.username)

    kernteam = KernteamUserFactory()
    assert not kernteam.is_superuser
    beheer = client.__class__()
    beheer.force_login(kernteam)
    lijst = beheer.get(reverse("admin:axes_accessattempt_changelist"))
    assert lijst.status_code == 200
    assert gebruiker.username in lijst.content.decode()
    verwijder_url = reverse("admin:axes_accessattempt_delete", args=[poging.pk])
    assert beheer.get(verwijder_url).status_code == 200
    assert beheer.post(verwijder_url, {"post": "yes"}).status_code == 302
    assert not AccessAttempt.objects.filter(username=gebruiker.username).exists()

    assert (
        _inloggen(client, "/accounts/login/", gebruiker.username, "wachtwoord", adres="192.0.2.10").status_code == 302
    )


def test_kernteamgroep_heeft_de_blokkaderechten():
    rechten = set(
        Group.objects.get(name=KERNTEAM_GROEP)
        .permissions.filter(content_type__app_label="axes")
        .values_list("codename", flat=True)
    )
    assert rechten == {"view_accessattempt", "delete_accessattempt", "view_accesslog", "view_accessfailurelog"}


def test_achter_de_proxy_telt_het_adres_dat_de_proxy_zag(client, settings):
    """PROXY_AANTAL=1: the last X-Forwarded-For entry is the visitor; what the visitor put before it is ignored."""
    settings.PROXY_AANTAL = 1
    gebruikers = [UserFactory() for _ in range(settings.AXES_FAILURE_LIMIT + 1)]
    for nummer, gebruiker in enumerate(gebruikers[:-1]):
        client.post(
            "/accounts/login/",
            {"username": gebruiker.username, "password": "fout"},
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"203.0.113.{nummer}, 192.0.2.10",
        )
    # The same visitor behind the same proxy, with yet another forged entry: locked out.
    antwoord = client.post(
        "/accounts/login/",
        {"username": gebruikers[-1].username, "password": "wachtwoord"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.99, 192.0.2.10",
    )
    assert antwoord.status_code == 429
    # Another visitor through the same proxy logs in.
    antwoord = client.post(
        "/accounts/login/",
        {"username": gebruikers[-1].username, "password": "wachtwoord"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert antwoord.status_code == 302
