import csv
import io
import json

import pytest
from django.template import Context, Template
from django.urls import reverse

from publicatie.models import Versie
from publicatie.services import versie_aanmaken, versie_publiceren
from publicatie.snapshot import SCHEMA_VERSIE
from tests.deelnemers.factories import DeelnemerFactory, RijkOrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def versies(agenda_met_inhoud):
    """Version 1 published, version 2 a concept whose live data differs."""
    een = versie_publiceren(versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste concept"), pdf_maken=False)
    opgave = agenda_met_inhoud.opgaven.get(volgnummer=1)
    opgave.kern = "Een nieuwe kern na de Synthesebijeenkomst."
    opgave.save()
    twee = versie_aanmaken(agenda=agenda_met_inhoud, label="Concept na Synthesebijeenkomst")
    return een, twee


@pytest.fixture
def duo_user(agenda_met_inhoud):
    user = UserFactory()
    lid = DeelnemerFactory(user=user, organisatie=RijkOrganisatieFactory())
    agenda_met_inhoud.opgaven.get(volgnummer=1).duo.leden.add(lid)
    return user


def _url(naam, agenda, **kwargs):
    return reverse(f"publicatie:{naam}", kwargs={"agenda": agenda.slug, **kwargs})


ROLLEN = ["anoniem", "deelnemer", "duo", "kernteam"]


@pytest.fixture
def als(client, deelnemer_user, duo_user, kernteam_user):
    def inloggen(rol):
        gebruiker = {"deelnemer": deelnemer_user, "duo": duo_user, "kernteam": kernteam_user}.get(rol)
        if gebruiker:
            client.force_login(gebruiker)
        return client

    return inloggen


# (page, expected status per role: anoniem, deelnemer, duo-lid, kernteam)
MATRIX = [
    ("lijst", {}, [200, 200, 200, 200]),
    ("verschillen", {}, [200, 200, 200, 200]),
    ("versie", {"nummer": 1}, [200, 200, 200, 200]),
    ("json", {"nummer": 1}, [200, 200, 200, 200]),
    ("csv", {"nummer": 1}, [200, 200, 200, 200]),
    ("versie", {"nummer": 2}, [404, 404, 404, 200]),
    ("pdf", {"nummer": 2}, [404, 404, 404, 200]),
    ("json", {"nummer": 2}, [404, 404, 404, 404]),
    ("concept", {}, [302, 404, 404, 200]),
    ("concept_pdf", {}, [302, 404, 404, 200]),
]


@pytest.mark.parametrize(("naam", "kwargs", "verwacht"), MATRIX)
@pytest.mark.parametrize("rol", ROLLEN)
def test_rechtenmatrix(als, versies, agenda_met_inhoud, naam, kwargs, verwacht, rol):
    antwoord = als(rol).get(_url(naam, agenda_met_inhoud, **kwargs))
    assert antwoord.status_code == verwacht[ROLLEN.index(rol)]


def test_ongepubliceerde_versie_staat_niet_in_publieke_lijst(client, versies, agenda_met_inhoud):
    inhoud = client.get(_url("lijst", agenda_met_inhoud)).content.decode()
    assert "Eerste concept" in inhoud
    assert "Concept na Synthesebijeenkomst" not in inhoud


def test_versiepagina_toont_momentopname_niet_de_live_gegevens(client, versies, agenda_met_inhoud):
    inhoud = client.get(_url("versie", agenda_met_inhoud, nummer=1)).content.decode()
    assert "De kern van de gezamenlijke opgave." in inhoud
    assert "Een nieuwe kern na de Synthesebijeenkomst." not in inhoud
    assert inhoud.count("<h1") == 1


def test_conceptvoorbeeld_toont_live_gegevens(client, kernteam_user, versies, agenda_met_inhoud):
    client.force_login(kernteam_user)
    inhoud = client.get(_url("concept", agenda_met_inhoud)).content.decode()
    assert "Een nieuwe kern na de Synthesebijeenkomst." in inhoud
    assert "Voorbeeld, niet gepubliceerd" in inhoud


def test_versies_van_ongepubliceerde_agenda_zijn_404(client, versies, agenda_met_inhoud):
    agenda_met_inhoud.gepubliceerd = False
    agenda_met_inhoud.save()
    assert client.get(_url("versie", agenda_met_inhoud, nummer=1)).status_code == 404
    assert client.get(_url("json", agenda_met_inhoud, nummer=1)).status_code == 404


def test_json_heen_en_terug(client, versies, agenda_met_inhoud):
    een, _ = versies
    antwoord = client.get(_url("json", agenda_met_inhoud, nummer=1))
    assert antwoord["Content-Type"].startswith("application/json")
    gegevens = json.loads(antwoord.content)
    assert gegevens == Versie.objects.get(pk=een.pk).snapshot
    assert gegevens["schemaversie"] == SCHEMA_VERSIE
    assert gegevens["versie"]["nummer"] == 1
    assert [p["soort"] for p in gegevens["perspectief"]] == ["positie", "beweging", "perspectief"]
    # The snapshot holds no personal contact data.
    assert "@voorbeeld.nl" not in antwoord.content.decode()


def test_csv_een_rij_per_actie(client, versies, agenda_met_inhoud):
    antwoord = client.get(_url("csv", agenda_met_inhoud, nummer=1))
    assert antwoord["Content-Type"].startswith("text/csv")
    rijen = list(csv.DictReader(io.StringIO(antwoord.content.decode("utf-8-sig"))))
    assert len(rijen) == 6  # three opgaven with two acties each
    assert {r["actie_soort"] for r in rijen} == {"lopend", "nieuw"}
    assert rijen[0]["opgave_titel"] == "Klimaatbestendige Groeiregio Zwolle"
    assert rijen[0]["versie_nummer"] == "1"
    assert all(r["actie_trekker"] for r in rijen)


def test_pdf_wordt_opgeslagen_en_met_etag_geserveerd(client, versies, agenda_met_inhoud):
    een, _ = versies
    assert not een.pdf
    url = _url("pdf", agenda_met_inhoud, nummer=1)
    eerste = client.get(url)
    assert eerste.status_code == 200
    assert eerste["Content-Type"] == "application/pdf"
    inhoud = b"".join(eerste.streaming_content)
    assert inhoud.startswith(b"%PDF")
    een.refresh_from_db()
    assert een.pdf  # stored, so the next request does not render again
    etag = eerste["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=eerste["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"iets-anders"').status_code == 200


def test_tweede_pdf_verzoek_rendert_niet_opnieuw(client, versies, agenda_met_inhoud, monkeypatch):
    url = _url("pdf", agenda_met_inhoud, nummer=1)
    client.get(url)

    def niet_renderen(*args, **kwargs):
        raise AssertionError("de opgeslagen PDF had gebruikt moeten worden")

    monkeypatch.setattr("publicatie.pdf.pdf_maken", niet_renderen)
    assert client.get(url).status_code == 200


def test_verschillenpagina(client, agenda_met_inhoud, versies):
    _, twee = versies
    versie_publiceren(versie=twee, pdf_maken=False)
    inhoud = client.get(_url("verschillen", agenda_met_inhoud), {"van": 1, "naar": 2}).content.decode()
    assert "<del>" in inhoud and "<ins>" in inhoud
    assert "verwijderd: </span>" in inhoud and "toegevoegd: </span>" in inhoud
    assert "Synthesebijeenkomst." in inhoud


def test_verschillenpagina_met_foute_keuze(client, agenda_met_inhoud, versies):
    inhoud = client.get(_url("verschillen", agenda_met_inhoud), {"van": 1, "naar": 99}).content.decode()
    assert "Kies twee gepubliceerde versies" in inhoud


@pytest.mark.parametrize("naam", ["lijst", "versie", "verschillen"])
def test_querybudget(client, django_assert_max_num_queries, agenda_met_inhoud, versies, naam):
    _, twee = versies
    versie_publiceren(versie=twee, pdf_maken=False)
    for i in range(3, 8):
        versie_publiceren(versie=versie_aanmaken(agenda=agenda_met_inhoud, label=f"Versie {i}"), pdf_maken=False)
    kwargs = {"nummer": 1} if naam == "versie" else {}
    with django_assert_max_num_queries(3):
        assert client.get(_url(naam, agenda_met_inhoud, **kwargs)).status_code == 200


def test_conceptvoorbeeld_querybudget(client, kernteam_user, django_assert_max_num_queries, agenda_met_inhoud):
    client.force_login(kernteam_user)
    with django_assert_max_num_queries(20):
        assert client.get(_url("concept", agenda_met_inhoud)).status_code == 200


def test_laatste_versie_download_een_query(django_assert_num_queries, versies, agenda_met_inhoud):
    een, twee = versies
    versie_publiceren(versie=twee)
    sjabloon = Template("{% load versies %}{% laatste_versie_download agenda %}")
    with django_assert_num_queries(1):
        html = sjabloon.render(Context({"agenda": agenda_met_inhoud}))
    assert "versie 2, Concept na Synthesebijeenkomst" in html
    assert _url("pdf", agenda_met_inhoud, nummer=2) in html
    assert "KB" in html  # the file size


def test_laatste_versie_download_zonder_versie(agenda_met_inhoud):
    html = Template("{% load versies %}{% laatste_versie_download agenda %}").render(
        Context({"agenda": agenda_met_inhoud})
    )
    assert "Download PDF" not in html


def test_duo_lid_zonder_toestemming_blijft_anoniem(client, agenda_met_inhoud):
    lid = agenda_met_inhoud.opgaven.get(volgnummer=2).duo.leden.first()
    lid.naam, lid.naam_publiek = "Geheime Naam", False
    lid.save()
    versie = versie_publiceren(versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste"), pdf_maken=False)
    duo = versie.snapshot["opgaven"][1]["duo"]
    assert {"naam": None, "organisatie": lid.organisatie.naam, "bestuurslaag": lid.bestuurslaag} in duo
    for url in (_url("versie", agenda_met_inhoud, nummer=1), _url("json", agenda_met_inhoud, nummer=1)):
        inhoud = client.get(url).content.decode()
        assert "Geheime Naam" not in inhoud
    assert (
        f"Medewerker {lid.organisatie.naam}" in client.get(_url("versie", agenda_met_inhoud, nummer=1)).content.decode()
    )


def test_verdwenen_pdf_wordt_opnieuw_gemaakt(client, versies, agenda_met_inhoud):
    een, _ = versies
    url = _url("pdf", agenda_met_inhoud, nummer=1)
    client.get(url)
    een.refresh_from_db()
    een.pdf.storage.delete(een.pdf.name)
    antwoord = client.get(url)
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content).startswith(b"%PDF")
