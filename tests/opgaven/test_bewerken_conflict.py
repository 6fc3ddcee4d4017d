"""Two duo members edit the same opgave at once: the second save is detected and nothing is lost."""

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse

from deelnemers.models import Deelnemer
from opgaven.models import Actie, Opgave
from opgaven.services import OpgaveBewerkConflict, opgave_bewerken
from tests.opgaven.conftest import formulier_gegevens

pytestmark = pytest.mark.django_db


def bewerk_url(opgave):
    return reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})


@pytest.fixture
def twee_duo_leden(duowereld, rol_gebruiker):
    eerste, tweede = Client(), Client()
    eerste.force_login(User.objects.get(username="duo"))
    tweede.force_login(User.objects.get(username="duo2"))
    return eerste, tweede


def test_tweede_opslag_krijgt_conflict_en_houdt_zijn_tekst(duowereld, twee_duo_leden):
    opgave = duowereld["opgave"]
    eerste, tweede = twee_duo_leden
    formulier_1 = formulier_gegevens(eerste.get(bewerk_url(opgave)))
    formulier_2 = formulier_gegevens(tweede.get(bewerk_url(opgave)))

    formulier_1["kern"] = "Kern van Petra."
    assert eerste.post(bewerk_url(opgave), formulier_1).status_code == 302

    formulier_2["kern"] = "Kern van Karel."
    formulier_2["acties-0-omschrijving"] = "Actie zoals Karel haar schreef"
    response = tweede.post(bewerk_url(opgave), formulier_2)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Uw wijzigingen zijn nog niet opgeslagen" in html
    assert "Petra Rijk" in html  # who saved in between
    # Both texts: theirs (in the comparison and still in the form) and the saved one.
    assert html.count("Kern van Karel.") == 2
    assert "Kern van Petra." in html
    assert "Actie zoals Karel haar schreef" in html
    opgave.refresh_from_db()
    assert opgave.kern == "Kern van Petra."
    assert Actie.objects.get(pk=duowereld["actie"].pk).omschrijving == "Ontwikkelperspectief opstellen"

    # Sending the form back as shown deliberately replaces the saved text.
    opnieuw = formulier_gegevens(response)
    assert opnieuw["kern"] == "Kern van Karel."
    assert opnieuw["versie"] == opgave.bewerkstand()
    assert tweede.post(bewerk_url(opgave), opnieuw).status_code == 302
    opgave.refresh_from_db()
    assert opgave.kern == "Kern van Karel."
    assert Actie.objects.get(pk=duowereld["actie"].pk).omschrijving == "Actie zoals Karel haar schreef"


def test_gewijzigde_actie_van_een_ander_is_ook_een_conflict(duowereld, twee_duo_leden):
    opgave = duowereld["opgave"]
    eerste, tweede = twee_duo_leden
    formulier_1 = formulier_gegevens(eerste.get(bewerk_url(opgave)))
    formulier_2 = formulier_gegevens(tweede.get(bewerk_url(opgave)))

    formulier_1["acties-0-vervolgtafel"] = "Regio Deal Zwolle"
    assert eerste.post(bewerk_url(opgave), formulier_1).status_code == 302

    formulier_2["kern"] = "Alleen de kern veranderd."
    response = tweede.post(bewerk_url(opgave), formulier_2)
    assert response.status_code == 409
    assert "Regio Deal Zwolle" in response.content.decode()  # the saved actie is shown
    opgave.refresh_from_db()
    assert opgave.kern == "Oude kern van de opgave."


@pytest.mark.parametrize(
    "wijziging",
    [
        lambda w: Actie.objects.filter(pk=w["actie"].pk).update(omschrijving="In het beheer gewijzigd"),
        lambda w: w["actie"].partners.clear(),
        lambda w: w["actie"].delete(),
        lambda w: Actie.objects.create(opgave=w["opgave"], omschrijving="In het beheer toegevoegd"),
        lambda w: Opgave.objects.filter(pk=w["opgave"].pk).update(samenvatting="Andere samenvatting"),
    ],
    ids=["actie", "partners", "actie-weg", "actie-erbij", "samenvatting"],
)
def test_elke_wijziging_van_wat_het_duo_bewerkt_telt(client, duowereld, rol_gebruiker, wijziging):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    wijziging(duowereld)
    gegevens["kern"] = "Mijn kern."
    assert client.post(bewerk_url(opgave), gegevens).status_code == 409
    assert Opgave.objects.get(pk=opgave.pk).kern == "Oude kern van de opgave."


def test_wijziging_van_titel_of_status_is_geen_conflict(client, duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    Opgave.objects.filter(pk=opgave.pk).update(titel="Nieuwe titel van het kernteam")
    gegevens["kern"] = "Mijn kern."
    assert client.post(bewerk_url(opgave), gegevens).status_code == 302
    assert Opgave.objects.get(pk=opgave.pk).kern == "Mijn kern."


def test_verwijderde_actie_in_het_teruggestuurde_formulier_geeft_een_duidelijke_fout(duowereld, twee_duo_leden):
    opgave = duowereld["opgave"]
    eerste, tweede = twee_duo_leden
    formulier_1 = formulier_gegevens(eerste.get(bewerk_url(opgave)))
    formulier_2 = formulier_gegevens(tweede.get(bewerk_url(opgave)))
    formulier_1["acties-0-DELETE"] = "on"
    assert eerste.post(bewerk_url(opgave), formulier_1).status_code == 302
    formulier_2["acties-0-omschrijving"] = "Nog bewerkt"
    response = tweede.post(bewerk_url(opgave), formulier_2)
    assert response.status_code == 409
    opnieuw = tweede.post(bewerk_url(opgave), formulier_gegevens(response))
    assert opnieuw.status_code == 200
    html = opnieuw.content.decode()
    assert "Deze actie is intussen verwijderd" in html
    assert "Nog bewerkt" in html
    assert not Actie.objects.filter(opgave=opgave).exists()


def test_service_met_oude_versie_schrijft_niets(duowereld, rol_gebruiker):
    opgave = duowereld["opgave"]
    oud = opgave.bewerkstand()
    Opgave.objects.filter(pk=opgave.pk).update(kern="Intussen")
    with pytest.raises(OpgaveBewerkConflict) as fout:
        opgave_bewerken(
            opgave=opgave,
            door=rol_gebruiker("duo-lid"),
            samenvatting="S",
            kern="K",
            acties=[{"id": duowereld["actie"].pk, "verwijderen": True}],
            versie=oud,
        )
    assert fout.value.opgave.kern == "Intussen"
    assert Actie.objects.filter(pk=duowereld["actie"].pk).exists()
    assert Opgave.objects.get(pk=opgave.pk).kern == "Intussen"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks and real concurrency: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_gelijktijdig_opslaan_precies_een_slaagt(duowereld, rol_gebruiker):
    """Six saves start from the same form at the same moment: the row lock lets exactly one through."""
    opgave = duowereld["opgave"]
    versie = opgave.bewerkstand()
    leden = [User.objects.get(username="duo"), User.objects.get(username="duo2")] * 3
    start = threading.Barrier(len(leden))
    uitkomsten = []

    def opslaan(lid, kern):
        from django.db import connection as verbinding

        try:
            start.wait()
            opgave_bewerken(
                opgave=Opgave.objects.get(pk=opgave.pk), door=lid, samenvatting="S", kern=kern, acties=[], versie=versie
            )
            uitkomsten.append(("opgeslagen", kern))
        except OpgaveBewerkConflict:
            uitkomsten.append(("conflict", kern))
        finally:
            verbinding.close()

    draden = [threading.Thread(target=opslaan, args=(lid, f"Kern {i}")) for i, lid in enumerate(leden)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    assert sorted(u[0] for u in uitkomsten) == ["conflict"] * 5 + ["opgeslagen"]
    winnaar = next(kern for uitkomst, kern in uitkomsten if uitkomst == "opgeslagen")
    assert Opgave.objects.get(pk=opgave.pk).kern == winnaar


def _conflict_na_opslag_door(opgave, eerste, tweede):
    """`eerste` saves, then `tweede` saves the form it loaded before: the conflict page `tweede` gets."""
    formulier_2 = formulier_gegevens(tweede.get(bewerk_url(opgave)))
    formulier_1 = formulier_gegevens(eerste.get(bewerk_url(opgave)))
    formulier_1["kern"] = "Tussendoor opgeslagen kern."
    assert eerste.post(bewerk_url(opgave), formulier_1).status_code == 302
    formulier_2["kern"] = "Latere kern."
    response = tweede.post(bewerk_url(opgave), formulier_2)
    assert response.status_code == 409
    return response.content.decode()


def test_conflictmelding_toont_een_duo_lid_alleen_de_publieke_naam(duowereld, twee_duo_leden):
    Deelnemer.objects.filter(naam="Petra Rijk").update(naam_publiek=False)
    eerste, tweede = twee_duo_leden
    html = _conflict_na_opslag_door(duowereld["opgave"], eerste, tweede)
    assert "Petra Rijk" not in html
    assert "Medewerker Ministerie van BZK" in html


def test_conflictmelding_toont_een_duo_lid_geen_accountnaam_van_het_kernteam(duowereld, twee_duo_leden, kernteam_user):
    kernteam_user.first_name, kernteam_user.last_name = "Kees", "Kernteamlid"
    kernteam_user.save()
    kernteam = Client()
    kernteam.force_login(kernteam_user)
    _eerste, tweede = twee_duo_leden
    html = _conflict_na_opslag_door(duowereld["opgave"], kernteam, tweede)
    assert "Kernteamlid" not in html
    assert kernteam_user.username not in html
    assert "het kernteam" in html


def test_conflictmelding_toont_het_kernteam_de_volledige_naam(duowereld, twee_duo_leden, kernteam_user):
    Deelnemer.objects.filter(naam="Petra Rijk").update(naam_publiek=False)
    kernteam = Client()
    kernteam.force_login(kernteam_user)
    eerste, _tweede = twee_duo_leden
    html = _conflict_na_opslag_door(duowereld["opgave"], eerste, kernteam)
    assert "Petra Rijk" in html
