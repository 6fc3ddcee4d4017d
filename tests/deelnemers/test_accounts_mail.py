"""Invitations, password reset, Mijn gegevens and notifications — the mails over real SMTP (tests/mail.py)."""

import json
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from deelnemers.models import Deelnemer, MailVoorkeur, MeldingSoort, VerzondenMelding
from deelnemers.services import deelnemer_uitnodigen, melding_versturen, samenvattingen_versturen, uitnodiging_link
from deelnemers.tokens import uitnodiging_tokens
from tests.deelnemers.factories import DeelnemerFactory

pytestmark = pytest.mark.django_db


def _pad(url: str) -> str:
    return urlparse(url).path


def test_uitnodiging_komt_aan_en_de_link_maakt_het_account(client, postbus, django_capture_on_commit_callbacks):
    deelnemer = DeelnemerFactory(email="Nieuw@Voorbeeld.nl", user=None)
    with django_capture_on_commit_callbacks(execute=True):
        deelnemer_uitnodigen(deelnemer=deelnemer)

    [mail] = postbus.aan("Nieuw@Voorbeeld.nl")
    assert mail.onderwerp == "Uitnodiging voor de Omgevingsagenda"
    assert "List-Unsubscribe" not in mail.bericht  # an invitation is no notification
    assert "Kies uw wachtwoord" in mail.html()
    link = next(link for link in mail.links() if "/accounts/uitnodiging/" in link)

    assert client.get(_pad(link)).status_code == 200
    antwoord = client.post(_pad(link), {"wachtwoord1": "Zonnig-Zwolle-2026", "wachtwoord2": "Zonnig-Zwolle-2026"})
    assert antwoord.status_code == 302
    deelnemer.refresh_from_db()
    assert deelnemer.user.username == "nieuw@voorbeeld.nl"
    assert deelnemer.user.check_password("Zonnig-Zwolle-2026")
    assert deelnemer.uitnodiging_status == "actief"
    # One time: the link is dead once the account exists.
    client.logout()
    assert client.get(_pad(link)).status_code == 400


def test_opnieuw_uitnodigen_maakt_de_oude_link_ongeldig_en_de_termijn_verloopt(client, settings, postbus):
    deelnemer = DeelnemerFactory(user=None)
    deelnemer_uitnodigen(deelnemer=deelnemer)
    oud = uitnodiging_link(deelnemer)
    deelnemer.uitgenodigd_op = timezone.now().replace(microsecond=0) + timedelta(seconds=5)
    deelnemer.save()
    assert client.get(_pad(oud)).status_code == 400
    nieuw = uitnodiging_link(deelnemer)
    assert client.get(_pad(nieuw)).status_code == 200
    settings.UITNODIGING_GELDIG_DAGEN = 0
    verlopen = uitnodiging_tokens._make_token_with_timestamp(
        deelnemer, uitnodiging_tokens._num_seconds(uitnodiging_tokens._now()) - 10, uitnodiging_tokens.secret
    )
    assert not uitnodiging_tokens.check_token(deelnemer, verlopen)
    assert "uitgenodigd op" in deelnemer.uitnodiging_status


def test_uitnodigen_in_het_beheer(client, kernteam_user, postbus, django_capture_on_commit_callbacks):
    zonder_mail = DeelnemerFactory(email="", user=None)
    met_mail = DeelnemerFactory(user=None)
    client.force_login(kernteam_user)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            reverse("admin:deelnemers_deelnemer_changelist"),
            {"action": "uitnodigen", "_selected_action": [zonder_mail.pk, met_mail.pk]},
            follow=True,
        )
    assert "1 uitnodiging verstuurd." in antwoord.content.decode()
    assert "heeft geen e-mailadres" in antwoord.content.decode()
    assert [m.ontvangers for m in postbus.berichten] == [[met_mail.email]]
    lijst = client.get(reverse("admin:deelnemers_deelnemer_changelist")).content.decode()
    assert "uitgenodigd op" in lijst and "niet uitgenodigd" in lijst


def test_wachtwoord_vergeten_geeft_hetzelfde_antwoord_en_mailt_alleen_bestaande(
    client, deelnemer_user, postbus, django_capture_on_commit_callbacks
):
    adres = deelnemer_user.deelnemer.email
    url = reverse("deelnemers:wachtwoord_vergeten")
    assert "Wachtwoord vergeten" in client.get(reverse("login")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        bekend = client.post(url, {"email": adres}, follow=True)
        onbekend = client.post(url, {"email": "niemand@voorbeeld.nl"}, follow=True)
    assert bekend.content == onbekend.content
    assert [m.ontvangers for m in postbus.berichten] == [[adres]]
    link = next(link for link in postbus.berichten[0].links() if "wachtwoord-herstellen" in link)
    formulier = client.get(_pad(link), follow=True)
    assert formulier.status_code == 200
    antwoord = client.post(
        formulier.redirect_chain[-1][0],
        {"new_password1": "Nieuw-Wachtwoord-77", "new_password2": "Nieuw-Wachtwoord-77"},
    )
    assert antwoord.status_code == 302
    deelnemer_user.refresh_from_db()
    assert deelnemer_user.check_password("Nieuw-Wachtwoord-77")


def test_mijn_gegevens_corrigeren_en_toestemming(client, deelnemer_user):
    client.force_login(deelnemer_user)
    url = reverse("deelnemers:mijn_gegevens")
    assert client.get(url).status_code == 200
    antwoord = client.post(
        url, {"naam": "Anne de Vries", "functie": "programmamanager", "telefoon": "038-1234567", "naam_publiek": "on"}
    )
    assert antwoord.status_code == 302
    deelnemer = deelnemer_user.deelnemer
    deelnemer.refresh_from_db()
    assert (deelnemer.naam, deelnemer.functie, deelnemer.telefoon, deelnemer.naam_publiek) == (
        "Anne de Vries",
        "programmamanager",
        "038-1234567",
        True,
    )
    assert deelnemer.publieke_naam == "Anne de Vries"
    client.post(url, {"naam": "Anne de Vries", "functie": "", "telefoon": ""})
    deelnemer.refresh_from_db()
    assert not deelnemer.naam_publiek
    assert deelnemer.publieke_naam.startswith("Medewerker ")


def test_mijn_gegevens_vraagt_inloggen_en_kernteam_zonder_deelnemer(client, kernteam_user):
    url = reverse("deelnemers:mijn_gegevens")
    assert client.get(url).status_code == 302
    client.force_login(kernteam_user)
    assert "geen deelnemer gekoppeld" in client.get(url).content.decode()


def test_download_van_eigen_gegevens(client, deelnemer_user):
    client.force_login(deelnemer_user)
    antwoord = client.get(reverse("deelnemers:mijn_gegevens_download"))
    data = json.loads(antwoord.content)
    assert antwoord["Content-Disposition"].startswith("attachment")
    assert data["deelnemer"]["email"] == deelnemer_user.deelnemer.email
    assert data["account"]["gebruikersnaam"] == deelnemer_user.username


def test_melding_eenmaal_per_persoon_met_afmeldkop_die_werkt(client, postbus, django_capture_on_commit_callbacks):
    deelnemer = DeelnemerFactory()
    kwargs = {
        "deelnemers": [deelnemer],
        "soort": MeldingSoort.REACTIE_BEANTWOORD,
        "gebeurtenis": "reactie-afgehandeld:1",
        "onderwerp": "Uw reactie is beantwoord",
        "link": "/oost/versies/",
        "tekst": "Het kernteam heeft uw reactie beantwoord.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert melding_versturen(**kwargs) == 1
        assert melding_versturen(**kwargs) == 0
    [mail] = postbus.aan(deelnemer.email)
    assert mail.bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    afmeld_url = "".join(str(mail.bericht["List-Unsubscribe"]).split()).strip("<>")  # long headers are folded
    assert "Uw reactie is beantwoord" in mail.html() and "Uw reactie is beantwoord" in mail.onderwerp
    assert "http://127.0.0.1:8000/accounts/mijn-gegevens/mail/" in mail.tekst()
    # One click per RFC 8058: a POST without cookies or CSRF token.
    antwoord = client.post(_pad(afmeld_url), {"List-Unsubscribe": "One-Click"})
    assert antwoord.status_code == 200
    assert not MailVoorkeur.objects.get(deelnemer=deelnemer).reactie_beantwoord
    with django_capture_on_commit_callbacks(execute=True):
        opnieuw = {
            **kwargs,
            "gebeurtenis": "reactie-afgehandeld:2",
            "deelnemers": Deelnemer.objects.filter(pk=deelnemer.pk),
        }
        assert melding_versturen(**opnieuw) == 0
    assert len(postbus.berichten) == 1


def test_dagelijkse_samenvatting(postbus, django_capture_on_commit_callbacks):
    deelnemer = DeelnemerFactory()
    MailVoorkeur.objects.create(deelnemer=deelnemer, dagelijkse_samenvatting=True)
    with django_capture_on_commit_callbacks(execute=True):
        for n in (1, 2):
            melding_versturen(
                deelnemers=[deelnemer],
                soort=MeldingSoort.PEILING,
                gebeurtenis=f"peiling-open:{n}",
                onderwerp=f"Peiling {n} staat open",
                link="/p/x/",
                tekst="",
            )
        assert postbus.berichten == []
        assert samenvattingen_versturen() == 1
        assert samenvattingen_versturen() == 0
    [mail] = postbus.berichten
    assert "Peiling 1 staat open" in mail.tekst() and "Peiling 2 staat open" in mail.tekst()
    assert not VerzondenMelding.objects.filter(verzonden_op__isnull=True).exists()


def test_mailvoorkeuren_pagina(client, deelnemer_user):
    client.force_login(deelnemer_user)
    url = reverse("deelnemers:mailvoorkeuren")
    assert client.get(url).status_code == 200
    client.post(url, {"versie_open": "on", "dagelijkse_samenvatting": "on"})
    voorkeur = MailVoorkeur.objects.get(deelnemer=deelnemer_user.deelnemer)
    assert voorkeur.versie_open and voorkeur.dagelijkse_samenvatting and not voorkeur.peiling
    assert User.objects.count() == 1
