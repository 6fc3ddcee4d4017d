"""The peiling at a bijeenkomst: opening and closing, answering once, the projector and the results."""

import re

import pytest
import segno
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.test import Client, override_settings
from django.urls import reverse

from leerspoor.models import Antwoord, Peiling, PeilingStatus
from leerspoor.services import (
    peiling_beantwoorden,
    peiling_openen,
    peiling_sluiten,
    peiling_zonder_account_instellen,
    respondent_sleutel,
)

pytestmark = pytest.mark.django_db


def antwoord_url(peiling):
    return reverse(
        "leerspoor:peiling_beantwoorden", kwargs={"agenda": peiling.bijeenkomst.agenda.slug, "token": peiling.token}
    )


def kernteam_url(naam, peiling):
    return reverse(f"leerspoor:{naam}", kwargs={"agenda": peiling.bijeenkomst.agenda.slug, "pk": peiling.pk})


def vragen(peiling):
    schaal, keuze, open_ = peiling.vragen.order_by("volgorde")
    return schaal, keuze, open_


def formulier(peiling, schaal="4", keuze="ja", tekst="Meer ondernemers aan tafel"):
    v_schaal, v_keuze, v_open = vragen(peiling)
    data = {f"vraag_{v_schaal.pk}": schaal, f"vraag_{v_keuze.pk}": keuze, f"vraag_{v_open.pk}": tekst}
    return {k: w for k, w in data.items() if w is not None}


def meldingen(antwoord):
    return [str(m) for m in get_messages(antwoord.wsgi_request)]


# --- respondent key --------------------------------------------------------------------------------


def test_respondentsleutel_vast_per_persoon_en_peiling(peiling_open, peiling_factory, user_factory):
    user = user_factory()
    sleutel = respondent_sleutel(peiling=peiling_open, user=user)
    assert sleutel == respondent_sleutel(peiling=peiling_open, user=user)
    assert len(sleutel) == 64 and re.fullmatch(r"[0-9a-f]{64}", sleutel)
    # Another poll or another person: another key, so answers cannot be linked across polls.
    assert sleutel != respondent_sleutel(peiling=peiling_factory(), user=user)
    assert sleutel != respondent_sleutel(peiling=peiling_open, user=user_factory())
    # A keyed hash: without SECRET_KEY nobody can recompute it from the user id.
    with override_settings(SECRET_KEY="een-andere-geheime-sleutel"):
        assert respondent_sleutel(peiling=peiling_open, user=user) != sleutel


def test_respondentsleutel_zonder_account_uit_sessie_id(peiling_open):
    a = respondent_sleutel(peiling=peiling_open, sessie_id="abc")
    assert a == respondent_sleutel(peiling=peiling_open, sessie_id="abc")
    assert a != respondent_sleutel(peiling=peiling_open, sessie_id="abd")
    with pytest.raises(ValueError):
        respondent_sleutel(peiling=peiling_open)


# --- services ------------------------------------------------------------------------------------


def test_openen_en_sluiten(peiling_factory, vraag_factory):
    peiling = peiling_factory()
    vraag_factory(peiling=peiling)
    assert peiling.status == PeilingStatus.VOORBEREID
    with pytest.raises(ValidationError) as fout:
        peiling_sluiten(peiling=peiling)
    assert fout.value.code == "niet_open"
    assert peiling_openen(peiling=peiling).status == PeilingStatus.OPEN
    assert peiling_sluiten(peiling=peiling).status == PeilingStatus.GESLOTEN
    # Reopening a poll closed too early is allowed.
    assert peiling_openen(peiling=peiling).status == PeilingStatus.OPEN
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.OPEN
    assert [h.status for h in peiling.history.order_by("history_date")] == [
        "voorbereid",
        "open",
        "gesloten",
        "open",
    ]


def test_peiling_zonder_vragen_kan_niet_open(peiling_factory):
    peiling = peiling_factory()
    with pytest.raises(ValidationError) as fout:
        peiling_openen(peiling=peiling)
    assert "zonder vragen" in fout.value.messages[0]
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.VOORBEREID


def test_zonder_account_instellen(peiling_open):
    assert peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True).zonder_account is True
    peiling_open.refresh_from_db()
    assert peiling_open.zonder_account is True
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=False)
    peiling_open.refresh_from_db()
    assert peiling_open.zonder_account is False


def test_beantwoorden_slaat_op_en_tweede_keer_telt_niet(peiling_open):
    schaal, keuze, open_ = vragen(peiling_open)
    eerste = peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "4", keuze: "nee"})
    assert [a.waarde for a in eerste.opgeslagen] == ["4", "nee"] and eerste.al_beantwoord == []
    tweede = peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "1", open_: "Tip"})
    assert tweede.al_beantwoord == [schaal]
    assert [a.waarde for a in tweede.opgeslagen] == ["Tip"]
    assert dict(Antwoord.objects.values_list("vraag__volgorde", "waarde")) == {1: "4", 2: "nee", 3: "Tip"}


def test_database_weigert_tweede_antwoord_ook_buiten_de_service(peiling_open):
    schaal, _keuze, _open = vragen(peiling_open)
    Antwoord.objects.create(vraag=schaal, respondent="r1", waarde="3")
    with pytest.raises(IntegrityError):
        Antwoord.objects.create(vraag=schaal, respondent="r1", waarde="4")


@pytest.mark.parametrize(
    ("status", "woord"), [(PeilingStatus.VOORBEREID, "nog niet geopend"), (PeilingStatus.GESLOTEN, "gesloten")]
)
def test_beantwoorden_geweigerd_als_peiling_niet_open_is(peiling_open, status, woord):
    schaal, _keuze, _open = vragen(peiling_open)
    # The status is read from the database: a poll closed by someone else a moment ago refuses too.
    Peiling.objects.filter(pk=peiling_open.pk).update(status=status)
    with pytest.raises(ValidationError) as fout:
        peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "4"})
    assert fout.value.code == "peiling_niet_open"
    assert woord in fout.value.messages[0]
    assert Antwoord.objects.count() == 0


@pytest.mark.parametrize(
    ("index", "waarde", "code"),
    [(0, "6", "ongeldige_keuze"), (1, "misschien", "ongeldige_keuze"), (2, "x" * 2001, "te_lang"), (2, "  ", "leeg")],
)
def test_beantwoorden_controleert_de_waarde(peiling_open, index, waarde, code):
    vraag = vragen(peiling_open)[index]
    with pytest.raises(ValidationError) as fout:
        peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={vraag: waarde})
    assert fout.value.code == code
    assert Antwoord.objects.count() == 0


def test_vraag_van_andere_peiling_geweigerd(peiling_open, vraag_factory):
    vreemd = vraag_factory()
    with pytest.raises(ValidationError) as fout:
        peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={vreemd: "3"})
    assert fout.value.code == "andere_peiling"


# --- the answer page -----------------------------------------------------------------------------


def test_deelnemer_beantwoordt_elke_vraag_een_keer(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    url = antwoord_url(peiling_open)
    html = client.get(url).content.decode()
    assert 'type="radio"' in html and "1 – onbekend" in html and "<textarea" in html

    antwoord = client.post(url, formulier(peiling_open))
    assert antwoord.status_code == 302 and antwoord["Location"] == url
    assert "uw antwoorden zijn opgeslagen" in " ".join(meldingen(antwoord))
    sleutel = respondent_sleutel(peiling=peiling_open, user=deelnemer_user)
    assert set(Antwoord.objects.values_list("respondent", flat=True)) == {sleutel}
    assert sorted(Antwoord.objects.values_list("waarde", flat=True)) == ["4", "Meer ondernemers aan tafel", "ja"]

    html = client.get(url).content.decode()
    assert "Uw antwoorden" in html and "4 – bekend" in html
    assert "u heeft alle vragen van deze peiling beantwoord" in html
    assert '<form method="post" novalidate' not in html

    # The same form sent again (a double submit, a second tab): nothing new is stored.
    antwoord = client.post(url, formulier(peiling_open, schaal="1", keuze="nee"))
    assert antwoord.status_code == 302
    assert "al beantwoord" in " ".join(meldingen(antwoord))
    assert Antwoord.objects.count() == 3
    assert set(Antwoord.objects.values_list("waarde", flat=True)) == {"4", "ja", "Meer ondernemers aan tafel"}


def test_open_vraag_mag_later(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    url = antwoord_url(peiling_open)
    client.post(url, formulier(peiling_open, tekst=""))
    assert Antwoord.objects.count() == 2
    html = client.get(url).content.decode()
    _schaal, _keuze, open_ = vragen(peiling_open)
    # Only the open question is still asked.
    assert f'name="vraag_{open_.pk}"' in html and 'type="radio"' not in html
    client.post(url, {f"vraag_{open_.pk}": "Later bedacht"})
    assert Antwoord.objects.filter(vraag=open_).get().waarde == "Later bedacht"


def test_herhaalde_inzending_zonder_open_antwoord_is_geen_fout(client, deelnemer_user, peiling_open):
    """A double click when the open question was left empty: the second submit finds only that one open."""
    client.force_login(deelnemer_user)
    url = antwoord_url(peiling_open)
    data = formulier(peiling_open, tekst="")
    assert client.post(url, data).status_code == 302
    antwoord = client.post(url, data)
    assert antwoord.status_code == 302
    assert "al beantwoord" in " ".join(meldingen(antwoord))
    assert Antwoord.objects.count() == 2


def _veldblok(html, vraag):
    """The crispy block of one question: its error must stand there, next to the field."""
    begin = html.index(f'id="div_id_vraag_{vraag.pk}"')
    einde = html.find('id="div_id_vraag_', begin + 10)
    return html[begin : einde if einde != -1 else len(html)]


def test_formulierfout_naast_het_veld_en_getypte_tekst_blijft(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    schaal, keuze, open_ = vragen(peiling_open)
    antwoord = client.post(antwoord_url(peiling_open), formulier(peiling_open, schaal=None, tekst="Mijn tip & idee"))
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Kies een antwoord op deze vraag." in _veldblok(html, schaal)
    assert "Kies een antwoord op deze vraag." not in _veldblok(html, keuze)
    assert "Mijn tip &amp; idee</textarea>" in _veldblok(html, open_)
    assert 'value="ja"  id="id_vraag_' in html and "checked" in _veldblok(html, keuze)
    assert Antwoord.objects.count() == 0


def test_te_lang_open_antwoord_heldere_melding(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    _schaal, _keuze, open_ = vragen(peiling_open)
    antwoord = client.post(antwoord_url(peiling_open), formulier(peiling_open, tekst="a" * 2001))
    blok = _veldblok(antwoord.content.decode(), open_)
    assert "Uw antwoord is 2001 tekens; het mag hoogstens 2000 zijn." in blok
    assert "a" * 2001 in blok
    assert Antwoord.objects.count() == 0


def test_ongeldige_keuze_gemeld(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    schaal, _keuze, _open = vragen(peiling_open)
    antwoord = client.post(antwoord_url(peiling_open), formulier(peiling_open, schaal="9"))
    assert "Kies een van de antwoorden bij deze vraag." in _veldblok(antwoord.content.decode(), schaal)
    assert Antwoord.objects.count() == 0


def test_leeg_formulier_met_alleen_open_vraag_geweigerd(client, deelnemer_user, peiling_open):
    client.force_login(deelnemer_user)
    schaal, keuze, open_ = vragen(peiling_open)
    peiling_beantwoorden(
        peiling=peiling_open,
        respondent=respondent_sleutel(peiling=peiling_open, user=deelnemer_user),
        antwoorden={schaal: "2", keuze: "ja"},
    )
    antwoord = client.post(antwoord_url(peiling_open), {f"vraag_{open_.pk}": "   "})
    assert antwoord.status_code == 200
    assert "Vul een antwoord in." in _veldblok(antwoord.content.decode(), open_)
    assert Antwoord.objects.count() == 2


@pytest.mark.parametrize(
    ("status", "melding"),
    [
        (PeilingStatus.GESLOTEN, "Deze peiling is gesloten: er kunnen geen antwoorden meer worden gegeven."),
        (PeilingStatus.VOORBEREID, "Deze peiling is nog niet geopend."),
    ],
)
def test_gesloten_of_voorbereide_peiling_weigert(client, deelnemer_user, peiling_open, status, melding):
    Peiling.objects.filter(pk=peiling_open.pk).update(status=status)
    client.force_login(deelnemer_user)
    html = client.get(antwoord_url(peiling_open)).content.decode()
    assert melding in html and 'type="radio"' not in html
    antwoord = client.post(antwoord_url(peiling_open), formulier(peiling_open))
    assert antwoord.status_code == 409
    assert melding in antwoord.content.decode()
    assert Antwoord.objects.count() == 0


def test_zonder_account_via_de_link(peiling_open):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True)
    url = antwoord_url(peiling_open)
    eerste, tweede = Client(), Client()
    assert eerste.get(url).status_code == 200
    assert eerste.post(url, formulier(peiling_open)).status_code == 302
    # Same browser (session) again: refused; another attendee: stored.
    eerste.post(url, formulier(peiling_open, schaal="1"))
    tweede.post(url, formulier(peiling_open, schaal="2", tekst="Andere tip"))
    assert Antwoord.objects.count() == 6
    assert Antwoord.objects.values("respondent").distinct().count() == 2
    assert sorted(Antwoord.objects.filter(vraag__volgorde=1).values_list("waarde", flat=True)) == ["2", "4"]
    html = eerste.get(url).content.decode()
    assert "4 – bekend" in html and "2 – weinig bekend" not in html


def test_zonder_account_niet_toegestaan_stuurt_naar_inloggen(client, peiling_open):
    antwoord = client.post(antwoord_url(peiling_open), formulier(peiling_open))
    assert antwoord.status_code == 302 and antwoord["Location"].startswith(reverse("login"))
    assert Antwoord.objects.count() == 0


# --- kernteam pages ------------------------------------------------------------------------------


def test_kernteam_opent_en_sluit_op_de_beheerpagina(client, kernteam_user, peiling_factory, vraag_factory):
    peiling = peiling_factory()
    vraag_factory(peiling=peiling)
    client.force_login(kernteam_user)
    url = kernteam_url("peiling_beheer", peiling)
    assert "Peiling openen" in client.get(url).content.decode()

    antwoord = client.post(url, {"actie": "openen"})
    assert antwoord.status_code == 302
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.OPEN
    html = client.get(url).content.decode()
    assert "Peiling sluiten" in html and "aanwezigen kunnen nu antwoorden" in html

    client.post(url, {"actie": "zonder_account_aan"})
    peiling.refresh_from_db()
    assert peiling.zonder_account is True
    client.post(url, {"actie": "sluiten"})
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.GESLOTEN
    assert "Peiling heropenen" in client.get(url).content.decode()
    # The history names who did it.
    assert peiling.history.latest("history_date").history_user == kernteam_user


def test_beheerpagina_meldt_fout_van_de_service(client, kernteam_user, peiling_factory):
    peiling = peiling_factory()  # without questions
    client.force_login(kernteam_user)
    antwoord = client.post(kernteam_url("peiling_beheer", peiling), {"actie": "openen"}, follow=True)
    assert "Een peiling zonder vragen kan niet open." in antwoord.content.decode()
    peiling.refresh_from_db()
    assert peiling.status == PeilingStatus.VOORBEREID
    antwoord = client.post(kernteam_url("peiling_beheer", peiling), {"actie": "wissen"}, follow=True)
    assert "Onbekende actie." in antwoord.content.decode()


def test_projector_toont_qr_code_van_de_antwoordlink(client, kernteam_user, peiling_open):
    client.force_login(kernteam_user)
    html = client.get(kernteam_url("peiling_projector", peiling_open)).content.decode()
    kort = f"/p/{peiling_open.token}/"
    url = "http://testserver" + kort
    assert f'<a href="{url}">testserver{kort}</a>' in html
    # The QR code in the page encodes exactly this link: its drawing equals segno's for the URL.
    verwacht = segno.make(url, error="m").svg_inline(border=4, omitsize=True, dark="#000", light="#fff")
    teken = re.search(r' d="([^"]+)"', verwacht).group(1)
    assert "<svg" in html and f' d="{teken}"' in html
    assert 'role="img" aria-label="QR-code met de link naar de peiling"' in html


def test_korte_link_leidt_naar_de_antwoordpagina(client, peiling_open):
    antwoord = client.get(f"/p/{peiling_open.token}/")
    assert antwoord.status_code == 302
    assert antwoord["Location"] == antwoord_url(peiling_open)
    assert client.get("/p/bestaat-niet/").status_code == 404


def test_projector_waarschuwt_als_peiling_niet_open_is(client, kernteam_user, peiling_open):
    peiling_sluiten(peiling=peiling_open)
    client.force_login(kernteam_user)
    html = client.get(kernteam_url("peiling_projector", peiling_open)).content.decode()
    assert "wie nu scant, kan nog niet antwoorden" in html


def test_uitslag_staven_tabel_en_fragment(client, kernteam_user, peiling_open):
    schaal, keuze, open_ = vragen(peiling_open)
    for i, (s, k) in enumerate([("4", "ja"), ("4", "nee"), ("5", "ja")]):
        peiling_beantwoorden(peiling=peiling_open, respondent=f"r{i}", antwoorden={schaal: s, keuze: k})
    peiling_beantwoorden(peiling=peiling_open, respondent="r0", antwoorden={open_: "Houd vaart"})
    client.force_login(kernteam_user)
    html = client.get(kernteam_url("peiling_uitslag", peiling_open)).content.decode()
    # Bars with the numbers in text, and the same figures in a table.
    assert 'class="oa-staaf-balk" width="100"' in html and 'width="50"' in html
    assert re.search(r"<th scope=\"row\" class=\"fw-normal\">4 – bekend</th><td class=\"text-end\">2</td>", html)
    assert re.search(r"<th scope=\"row\" class=\"fw-normal\">ja</th><td class=\"text-end\">2</td>", html)
    assert "Houd vaart" in html and "3 antwoorden" in html
    assert 'data-ververs-url="' + kernteam_url("peiling_uitslag_fragment", peiling_open) in html
    assert "nu vernieuwen" in html  # without JavaScript

    # A new answer shows in the fragment the page fetches.
    peiling_beantwoorden(peiling=peiling_open, respondent="r9", antwoorden={schaal: "4"})
    fragment = client.get(kernteam_url("peiling_uitslag_fragment", peiling_open))
    assert "no-store" in fragment["Cache-Control"].split(", ")
    tekst = fragment.content.decode()
    assert "<html" not in tekst and "<h1" not in tekst
    assert re.search(r">4 – bekend</th><td class=\"text-end\">3</td>", tekst)
    assert 'data-stand="Aantal antwoorden per vraag: 4, 3, 1."' in tekst


def test_uitslag_ook_in_het_leerspoor_van_de_fase(client, peiling_open):
    schaal, _keuze, _open = vragen(peiling_open)
    peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "5"})
    peiling_sluiten(peiling=peiling_open)
    agenda = peiling_open.bijeenkomst.agenda
    html = client.get(reverse("leerspoor:fase", kwargs={"agenda": agenda.slug, "nummer": 2})).content.decode()
    assert "Peiling Synthesebijeenkomst" in html
    assert re.search(r">5 – zeer bekend</th><td class=\"text-end\">1</td>", html)


def test_lijst_van_peilingen(client, kernteam_user, peiling_open, peiling_factory):
    andere_agenda = peiling_factory(titel="Peiling elders")
    schaal, keuze, _open = vragen(peiling_open)
    peiling_beantwoorden(peiling=peiling_open, respondent="r1", antwoorden={schaal: "5", keuze: "ja"})
    peiling_beantwoorden(peiling=peiling_open, respondent="r2", antwoorden={schaal: "3"})
    client.force_login(kernteam_user)
    html = client.get(reverse("leerspoor:peilingen", kwargs={"agenda": "peiling-oost"})).content.decode()
    assert kernteam_url("peiling_beheer", peiling_open) in html
    assert andere_agenda.titel not in html
    # 3 questions, 2 respondents
    assert re.search(r'<td class="text-end">3</td>\s*<td class="text-end">2</td>', html)


def test_open_peilingen_voor_deelnemers_in_het_leerspoor(client, deelnemer_user, kernteam_user, peiling_open):
    url = reverse("leerspoor:overzicht", kwargs={"agenda": "peiling-oost"})
    assert antwoord_url(peiling_open) not in client.get(url).content.decode()  # anonymous: no token
    client.force_login(deelnemer_user)
    assert antwoord_url(peiling_open) in client.get(url).content.decode()
    peiling_sluiten(peiling=peiling_open)
    assert antwoord_url(peiling_open) not in client.get(url).content.decode()
    client.force_login(kernteam_user)
    assert reverse("leerspoor:peilingen", kwargs={"agenda": "peiling-oost"}) in client.get(url).content.decode()


# --- admin actions -------------------------------------------------------------------------------


def test_admin_acties_openen_en_sluiten(client, kernteam_user, peiling_open, peiling_factory):
    leeg = peiling_factory(bijeenkomst=peiling_open.bijeenkomst)
    Peiling.objects.filter(pk=peiling_open.pk).update(status=PeilingStatus.VOORBEREID)
    client.force_login(kernteam_user)
    url = reverse("admin:leerspoor_peiling_changelist")
    antwoord = client.post(url, {"action": "openen", "_selected_action": [peiling_open.pk, leeg.pk]}, follow=True)
    html = antwoord.content.decode()
    assert "1 peiling(en) geopend." in html and "Een peiling zonder vragen kan niet open." in html
    assert Peiling.objects.get(pk=peiling_open.pk).status == PeilingStatus.OPEN
    assert Peiling.objects.get(pk=leeg.pk).status == PeilingStatus.VOORBEREID
    client.post(url, {"action": "sluiten", "_selected_action": [peiling_open.pk]})
    assert Peiling.objects.get(pk=peiling_open.pk).status == PeilingStatus.GESLOTEN
