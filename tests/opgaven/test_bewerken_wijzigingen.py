"""The kernteam page: what duo's changed in their opgaven since the last published version; query budgets."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from opgaven.models import Actie, Opgave
from opgaven.services import opgave_bewerken
from tests.opgaven.conftest import BEWERK_ROLLEN, formulier_gegevens

pytestmark = pytest.mark.django_db

WIJZIGINGEN_STATUS = {"anoniem": 302, "deelnemer": 404, "duo-lid": 404, "duo-lid-andere-opgave": 404, "kernteam": 200}


def wijzigingen_url(**query):
    url = reverse("publicatie:wijzigingen", kwargs={"agenda": "oost"})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def bewerk_url(opgave):
    return reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})


def duo_bewerkt(opgave, user, *, kern=None, acties=()):
    opgave.refresh_from_db()
    opgave_bewerken(
        opgave=opgave,
        door=user,
        samenvatting=opgave.samenvatting,
        kern=kern if kern is not None else opgave.kern,
        acties=list(acties),
        versie=opgave.bewerkstand(),
    )


def actie_gegevens(actie, **wijzigingen):
    return {
        "id": actie.pk,
        "verwijderen": False,
        "soort": actie.soort,
        "omschrijving": actie.omschrijving,
        "trekker": actie.trekker,
        "partners": list(actie.partners.all()),
        "vervolgtafel": actie.vervolgtafel,
        "status": actie.status,
        **wijzigingen,
    }


def gepubliceerd(versie_factory, agenda, wanneer):
    return versie_factory(
        agenda=agenda, status="gepubliceerd", gepubliceerd_op=wanneer, snapshot={}, label="Concept na Synthese"
    )


@pytest.mark.parametrize("rol", BEWERK_ROLLEN)
def test_wijzigingenpagina_per_rol(client, duowereld, rol_gebruiker, rol):
    user = rol_gebruiker(rol)
    if user is not None:
        client.force_login(user)
    response = client.get(wijzigingen_url())
    assert response.status_code == WIJZIGINGEN_STATUS[rol]
    if rol == "anoniem":
        assert response["Location"].startswith(reverse("login"))


def test_toont_wie_wanneer_welke_opgave_welke_velden(client, duowereld, kernteam_user):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    petra, karel = User.objects.get(username="duo"), User.objects.get(username="duo2")
    duo_bewerkt(opgave, petra, kern="Nieuwe kern")
    duo_bewerkt(opgave, karel, acties=[actie_gegevens(actie, omschrijving="Anders", partners=[])])
    client.force_login(kernteam_user)
    response = client.get(wijzigingen_url())
    rijen = response.context["wijzigingen"]
    assert [(r["door_naam"], r["opgave"].titel, r["velden"]) for r in rijen] == [
        ("Karel Regio", "Klimaatbestendige Groeiregio Zwolle", ["omschrijving", "partners"]),
        ("Petra Rijk", "Klimaatbestendige Groeiregio Zwolle", ["kern van de gezamenlijke opgave"]),
    ]
    html = response.content.decode()
    assert "Karel Regio" in html and "omschrijving, partners" in html
    assert "actie ‘Anders’" in html


def test_nieuwe_en_verwijderde_actie(client, duowereld, kernteam_user):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    petra = User.objects.get(username="duo")
    nieuw = {
        "id": None,
        "verwijderen": False,
        "soort": "nieuw",
        "omschrijving": "Verkenning starten",
        "trekker": None,
        "partners": duowereld["organisaties"][:1],
        "vervolgtafel": "",
        "status": "voorgenomen",
    }
    duo_bewerkt(opgave, petra, acties=[nieuw, {"id": actie.pk, "verwijderen": True}])
    client.force_login(kernteam_user)
    rijen = client.get(wijzigingen_url()).context["wijzigingen"]
    assert sorted((r["wat"], r["velden"]) for r in rijen) == [
        ("actie ‘Ontwikkelperspectief opstellen’", ["verwijderd"]),
        ("actie ‘Verkenning starten’", ["nieuw"]),
    ]


def test_alleen_sinds_de_laatste_gepubliceerde_versie(client, duowereld, kernteam_user, versie_factory):
    opgave = duowereld["opgave"]
    petra = User.objects.get(username="duo")
    duo_bewerkt(opgave, petra, kern="Voor de publicatie")
    gepubliceerd(versie_factory, duowereld["agenda"], timezone.now())
    duo_bewerkt(opgave, petra, kern="Na de publicatie")
    client.force_login(kernteam_user)
    response = client.get(wijzigingen_url())
    assert len(response.context["wijzigingen"]) == 1
    assert "de publicatie van versie" in response.content.decode()

    # A date the kernteam chooses shows the earlier change too.
    gisteren = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    assert len(client.get(wijzigingen_url(sinds=gisteren)).context["wijzigingen"]) == 2


def test_wijzigingen_van_anderen_dan_het_duo_staan_er_niet(client, duowereld, kernteam_user):
    opgave = duowereld["opgave"]
    duo_bewerkt(opgave, kernteam_user, kern="Door het kernteam")
    duo_bewerkt(opgave, User.objects.get(username="anderduo"), kern="Door het duo van een andere opgave")
    client.force_login(kernteam_user)
    response = client.get(wijzigingen_url())
    assert response.context["wijzigingen"] == []
    assert "Geen wijzigingen door leden van de duo's" in response.content.decode()


def test_ongeldige_datum_geeft_een_melding_geen_500(client, duowereld, kernteam_user):
    client.force_login(kernteam_user)
    response = client.get(wijzigingen_url(sinds="gisteren"))
    assert response.status_code == 200
    assert "Vul een datum in als" in response.content.decode()


@pytest.mark.parametrize("sinds", ["0001-01-01", "1899-12-31", "9999-12-31"])
def test_onwaarschijnlijke_datum_geeft_een_melding_geen_500(client, duowereld, kernteam_user, sinds):
    client.force_login(kernteam_user)
    response = client.get(wijzigingen_url(sinds=sinds))
    assert response.status_code == 200
    assert "Kies een datum tussen" in response.content.decode()


# --- query budgets --------------------------------------------------------------------------------


def _meer_acties(duowereld, actie_factory, aantal):
    organisaties = duowereld["organisaties"]
    for i in range(aantal):
        actie = actie_factory(opgave=duowereld["opgave"], omschrijving=f"Actie {i}", trekker=organisaties[i % 3])
        actie.partners.set(organisaties)


def _aantal_queries(django_assert_max_num_queries, doe, budget):
    with django_assert_max_num_queries(budget) as vastgelegd:
        doe()
    return len(vastgelegd)


@pytest.mark.parametrize("aantal", [2, 25])
def test_querybudget_bewerkpagina(
    client, duowereld, rol_gebruiker, actie_factory, aantal, django_assert_max_num_queries
):
    _meer_acties(duowereld, actie_factory, aantal)
    client.force_login(rol_gebruiker("duo-lid"))
    url = bewerk_url(duowereld["opgave"])
    client.get(url)  # session warm
    with django_assert_max_num_queries(9):
        response = client.get(url)
    assert len(response.context["formset"].forms) == aantal + 2


@pytest.mark.parametrize("aantal", [2, 25])
def test_querybudget_detail_met_bewerken_link(
    client, duowereld, rol_gebruiker, actie_factory, aantal, django_assert_max_num_queries
):
    _meer_acties(duowereld, actie_factory, aantal)
    client.force_login(rol_gebruiker("duo-lid"))
    url = duowereld["opgave"].get_absolute_url()
    client.get(url)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.context["mag_bewerken"] is True


@pytest.mark.parametrize("aantal", [1, 20])
def test_querybudget_wijzigingenpagina(client, duowereld, kernteam_user, aantal, django_assert_max_num_queries):
    opgave, actie = duowereld["opgave"], duowereld["actie"]
    petra = User.objects.get(username="duo")
    for i in range(aantal):
        duo_bewerkt(opgave, petra, kern=f"Kern {i}", acties=[actie_gegevens(actie, omschrijving=f"Actie {i}")])
    client.force_login(kernteam_user)
    client.get(wijzigingen_url())
    with django_assert_max_num_queries(10):
        response = client.get(wijzigingen_url())
    assert len(response.context["wijzigingen"]) == 2 * aantal


@pytest.mark.parametrize("aantal", [5, 25])
def test_querybudget_opslaan(client, duowereld, rol_gebruiker, actie_factory, aantal, django_assert_max_num_queries):
    """Saving one changed actie among many: an untouched actie costs its three field lookups (id, trekker,
    partners), not the model validation; everything else is a fixed cost."""
    _meer_acties(duowereld, actie_factory, aantal)
    client.force_login(rol_gebruiker("duo-lid"))
    opgave = duowereld["opgave"]
    gegevens = formulier_gegevens(client.get(bewerk_url(opgave)))
    gegevens["kern"] = "Nieuwe kern"
    gegevens["acties-0-omschrijving"] = "Eén actie anders"
    with django_assert_max_num_queries(60 + 3 * aantal):
        assert client.post(bewerk_url(opgave), gegevens).status_code == 302
    assert Opgave.objects.get(pk=opgave.pk).kern == "Nieuwe kern"
    assert Actie.objects.filter(omschrijving="Eén actie anders").count() == 1
