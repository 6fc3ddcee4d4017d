"""A duo member edits the samenvatting, kern and acties of their own opgave on the public site."""

import pytest
from django.urls import reverse

from opgaven.models import Actie, ActieSoort, ActieStatus, Opgave
from opgaven.services import opgave_bewerken
from tests.opgaven.conftest import BEWERK_ROLLEN, formulier_gegevens

pytestmark = pytest.mark.django_db


def bewerk_url(opgave):
    return reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})


def ingelogd(client, user):
    if user is not None:
        client.force_login(user)
    return client


# --- who may use the page -------------------------------------------------------------------------

BEWERKEN_STATUS = {"anoniem": 302, "deelnemer": 404, "duo-lid": 200, "duo-lid-andere-opgave": 404, "kernteam": 200}


@pytest.mark.parametrize("rol", BEWERK_ROLLEN)
def test_bewerkpagina_per_rol(client, duowereld, rol_gebruiker, rol):
    response = ingelogd(client, rol_gebruiker(rol)).get(bewerk_url(duowereld["opgave"]))
    assert response.status_code == BEWERKEN_STATUS[rol]
    if rol == "anoniem":
        assert response["Location"].startswith(reverse("login") + "?next=")
    if response.status_code == 200:
        assert "Oude kern van de opgave." in response.content.decode()


@pytest.mark.parametrize("rol", BEWERK_ROLLEN)
def test_opslaan_per_rol_alleen_duo_en_kernteam(client, duowereld, rol_gebruiker, rol):
    opgave = duowereld["opgave"]
    geladen = ingelogd(client, rol_gebruiker("kernteam")).get(bewerk_url(opgave))
    gegevens = formulier_gegevens(geladen)
    client.logout()
    gegevens["kern"] = "Kern van een ander."
    response = ingelogd(client, rol_gebruiker(rol)).post(bewerk_url(opgave), gegevens)
    assert response.status_code == {**BEWERKEN_STATUS, "duo-lid": 302, "kernteam": 302}[rol]
    opgave.refresh_from_db()
    assert (opgave.kern == "Kern van een ander.") is (rol in {"duo-lid", "kernteam"})


def test_duo_lid_kan_eigen_opgave_bewerken_maar_niet_die_van_een_ander(client, duowereld, rol_gebruiker):
    client.force_login(rol_gebruiker("duo-lid-andere-opgave"))
    assert client.get(bewerk_url(duowereld["andere"])).status_code == 200
    assert client.get(bewerk_url(duowereld["opgave"])).status_code == 404


@pytest.mark.parametrize("rol", BEWERK_ROLLEN)
def test_bewerken_link_alleen_voor_wie_mag(client, duowereld, rol_gebruiker, rol):
    opgave = duowereld["opgave"]
    response = ingelogd(client, rol_gebruiker(rol)).get(opgave.get_absolute_url())
    html = response.content.decode()
    mag = rol in {"duo-lid", "kernteam"}
    assert (f'href="{bewerk_url(opgave)}">Bewerken</a>' in html) is mag
    assert ">Bewerken<" in html if mag else ">Bewerken<" not in html


def test_onbekende_opgave_is_404(client, duowereld, kernteam_user):
    client.force_login(kernteam_user)
    url = reverse("opgaven:bewerken", kwargs={"agenda": "oost", "slug": "bestaat-niet"})
    assert client.get(url).status_code == 404


# --- saving ---------------------------------------------------------------------------------------


def test_duo_lid_wijzigt_kern_en_acties(client, duowereld, rol_gebruiker):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    bzk, zwolle, regio = duowereld["organisaties"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens.update(
        {
            "kern": "Nieuwe kern met **nadruk**.",
            "acties-0-omschrijving": "Ontwikkelperspectief vaststellen",
            "acties-0-status": ActieStatus.IN_UITVOERING,
            "acties-0-partners": [str(bzk.pk)],
            "acties-1-soort": ActieSoort.LOPEND,
            "acties-1-omschrijving": "Regio Deal uitvoeren",
            "acties-1-trekker": str(regio.pk),
            "acties-1-partners": [str(zwolle.pk), str(bzk.pk)],
            "acties-1-vervolgtafel": "Regio Deal",
            "acties-1-status": ActieStatus.VOORGENOMEN,
        }
    )
    response = client.post(bewerk_url(opgave), gegevens)
    assert response.status_code == 302
    assert response["Location"] == opgave.get_absolute_url()

    opgave.refresh_from_db()
    assert opgave.kern == "Nieuwe kern met **nadruk**."
    assert opgave.samenvatting == "Oude samenvatting."
    actie.refresh_from_db()
    assert (actie.omschrijving, actie.status) == ("Ontwikkelperspectief vaststellen", ActieStatus.IN_UITVOERING)
    assert list(actie.partners.all()) == [bzk]
    nieuw = opgave.acties.get(omschrijving="Regio Deal uitvoeren")
    assert (nieuw.soort, nieuw.trekker, nieuw.vervolgtafel) == (ActieSoort.LOPEND, regio, "Regio Deal")
    assert set(nieuw.partners.all()) == {zwolle, bzk}

    pagina = client.get(response["Location"]).content.decode()
    assert "De opgave is opgeslagen." in pagina
    assert "<strong>nadruk</strong>" in pagina
    assert "Regio Deal uitvoeren" in pagina


def test_actie_verwijderen(client, duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens["acties-0-DELETE"] = "on"
    assert client.post(bewerk_url(opgave), gegevens).status_code == 302
    assert not opgave.acties.exists()


def test_ongewijzigd_opslaan_schrijft_geen_geschiedenis(client, duowereld, rol_gebruiker):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    voor = (opgave.history.count(), actie.history.count())
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    assert client.post(bewerk_url(opgave), gegevens).status_code == 302
    assert (opgave.history.count(), actie.history.count()) == voor
    assert opgave.acties.count() == 1  # the empty block for a new actie adds nothing


# --- history --------------------------------------------------------------------------------------


def test_elke_opslag_staat_met_de_bewerker_in_de_geschiedenis(client, duowereld, rol_gebruiker):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    duo = rol_gebruiker("duo-lid")
    client.force_login(duo)
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    eerdere = actie.history.first().history_id
    gegevens.update(
        {
            "kern": "Kern na het duo-overleg.",
            "acties-0-omschrijving": "Gewijzigde actie",
            "acties-0-partners": [],
            "acties-1-omschrijving": "Nieuwe actie van het duo",
        }
    )
    assert client.post(bewerk_url(opgave), gegevens).status_code == 302

    laatste = opgave.history.first()
    assert (laatste.kern, laatste.history_user) == ("Kern na het duo-overleg.", duo)
    nieuwe_records = actie.history.filter(history_id__gt=eerdere)
    assert nieuwe_records.exists()
    assert {r.history_user for r in nieuwe_records} == {duo}
    assert actie.history.first().omschrijving == "Gewijzigde actie"
    nieuw = Actie.objects.get(omschrijving="Nieuwe actie van het duo")
    assert nieuw.history.get(history_type="+").history_user == duo

    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens["acties-0-DELETE"] = "on"
    assert client.post(bewerk_url(opgave), gegevens).status_code == 302
    assert Actie.history.get(id=actie.pk, history_type="-").history_user == duo


def test_service_zet_de_bewerker_ook_buiten_een_request(duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    duo = rol_gebruiker("duo-lid")
    opgave_bewerken(opgave=opgave, door=duo, samenvatting="S", kern="K", acties=[], versie=opgave.bewerkstand())
    assert opgave.history.first().history_user == duo


# --- form errors and bad input --------------------------------------------------------------------


def test_fout_naast_het_veld_en_de_tekst_blijft_staan(client, duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens.update(
        {
            "kern": "Mijn lange nieuwe kern die niet verloren mag gaan.",
            "acties-0-omschrijving": "",
            "acties-1-vervolgtafel": "Regio Deal Zwolle",  # a started new actie without omschrijving
        }
    )
    response = client.post(bewerk_url(opgave), gegevens)
    assert response.status_code == 200
    html = response.content.decode()
    assert "De opgave is niet opgeslagen" in html
    assert html.count("Beschrijf de actie.") == 2
    assert 'id="error_1_id_acties-0-omschrijving"' in html  # crispy puts the error under the field
    assert "Mijn lange nieuwe kern die niet verloren mag gaan." in html
    assert "Regio Deal Zwolle" in html
    opgave.refresh_from_db()
    assert opgave.kern == "Oude kern van de opgave."


def test_opgave_zonder_tekst_wordt_geweigerd(client, duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens.update({"samenvatting": " ", "kern": ""})
    response = client.post(bewerk_url(opgave), gegevens)
    assert response.status_code == 200
    assert "Vul de samenvatting of de kern in" in response.content.decode()


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("acties-0-trekker", "999999", "Selecteer een geldige keuze"),
        ("acties-0-soort", "onzin", "Selecteer een geldige keuze"),
        ("acties-0-partners", ["abc"], "is geen geldige waarde"),
        ("acties-0-id", "999999", "Deze actie is intussen verwijderd"),
        ("acties-TOTAL_FORMS", "1000", "Verstuur maximaal 100 formulieren"),
        ("versie", "", "Het formulier mist zijn versiekenmerk"),
    ],
)
def test_kapotte_invoer_geeft_een_nederlandse_fout_geen_500(client, duowereld, rol_gebruiker, veld, waarde, melding):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens[veld] = waarde
    response = client.post(bewerk_url(opgave), gegevens)
    assert response.status_code == 200
    assert melding in response.content.decode()


def test_zonder_managementformulier_geen_500(client, duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    response = client.post(bewerk_url(opgave), {"kern": "Alleen een kern.", "versie": opgave.bewerkstand()})
    assert response.status_code == 200
    opgave.refresh_from_db()
    assert opgave.kern == "Oude kern van de opgave."


def test_actie_van_een_andere_opgave_is_niet_te_bewerken(client, duowereld, rol_gebruiker, actie_factory):
    vreemde = actie_factory(opgave=duowereld["andere"], omschrijving="Actie van Twente")
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens.update({"acties-0-id": str(vreemde.pk), "acties-0-omschrijving": "Overgenomen"})
    response = client.post(bewerk_url(opgave), gegevens)
    assert response.status_code == 200
    vreemde.refresh_from_db()
    assert vreemde.omschrijving == "Actie van Twente"


def test_service_weigert_actie_van_andere_opgave(duowereld, rol_gebruiker, actie_factory):
    from django.core.exceptions import ValidationError

    vreemde = actie_factory(opgave=duowereld["andere"])
    opgave = duowereld["opgave"]
    with pytest.raises(ValidationError):
        opgave_bewerken(
            opgave=opgave,
            door=rol_gebruiker("duo-lid"),
            samenvatting="S",
            kern="K",
            acties=[{"id": vreemde.pk, "verwijderen": True}],
            versie=opgave.bewerkstand(),
        )
    assert Actie.objects.filter(pk=vreemde.pk).exists()
    assert Opgave.objects.get(pk=opgave.pk).kern == "Oude kern van de opgave."
