"""The page cache: anonymous public pages from the cache, and never stale after any kind of write."""

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

from kern import paginacache
from kern.generatie import generatie_lezen, tabellen_met_trigger
from omgevingsagenda.apps import domeintabellen
from opgaven.models import Opgave
from tests.admin_formulier import formulier_gegevens
from tests.opgaven.conftest import duowereld, rol_gebruiker  # noqa: F401 (fixtures)
from tests.opgaven.conftest import formulier_gegevens as bewerk_gegevens
from tests.publicatie.conftest import agenda_met_inhoud  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def paginacache_aan(settings):
    # The test settings cache nothing; here a real (process-local) cache, empty for each test.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pc"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anoniem():
    return Client(raise_request_exception=False)


@pytest.fixture
def opgave(duowereld):  # noqa: F811
    return duowereld["opgave"]


def lezen(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get(paginacache.KOPTEKST), response.content.decode()


def test_tweede_anonieme_lezing_komt_uit_de_cache_voor_een_query(anoniem, opgave, django_assert_num_queries):
    url = opgave.get_absolute_url()
    assert lezen(anoniem, url)[0] == "miss"
    with django_assert_num_queries(1):  # the generation, nothing else
        soort, html = lezen(anoniem, url)
    assert soort == "hit"
    assert opgave.titel in html


def test_ingelogde_paginas_gaan_langs_de_cache(client, opgave, kernteam_user, django_assert_num_queries):
    client.force_login(kernteam_user)
    assert lezen(client, opgave.get_absolute_url())[0] is None
    assert lezen(client, opgave.get_absolute_url())[0] is None


def test_pagina_met_formulier_en_csrf_wordt_niet_gecachet(anoniem, db):
    response = anoniem.get(reverse("login"))
    assert response.status_code == 200
    assert paginacache.KOPTEKST not in response


def test_queryset_update_is_bij_het_volgende_verzoek_te_zien(anoniem, opgave):
    url = opgave.get_absolute_url()
    lezen(anoniem, url)
    Opgave.objects.filter(pk=opgave.pk).update(titel="Titel via update()")
    soort, html = lezen(anoniem, url)
    assert soort == "miss" and "Titel via update()" in html


def test_ruwe_sql_is_bij_het_volgende_verzoek_te_zien(anoniem, opgave):
    url = reverse("opgaven:lijst", kwargs={"agenda": opgave.agenda.slug})
    lezen(anoniem, url)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE opgaven_opgave SET titel = %s WHERE id = %s", ["Titel via SQL", opgave.pk])
    assert "Titel via SQL" in lezen(anoniem, url)[1]


def test_wijziging_in_het_beheer(anoniem, client, opgave, kernteam_user):
    url = opgave.get_absolute_url()
    lezen(anoniem, url)
    client.force_login(kernteam_user)
    wijzig_url = reverse("admin:opgaven_opgave_change", args=[opgave.pk])
    gegevens = formulier_gegevens(client.get(wijzig_url))
    gegevens["titel"] = "Titel uit het beheer"
    assert client.post(wijzig_url, gegevens).status_code == 302
    assert "Titel uit het beheer" in lezen(anoniem, url)[1]


def test_bewerking_door_het_duo(anoniem, client, opgave, rol_gebruiker):  # noqa: F811
    url = opgave.get_absolute_url()
    lezen(anoniem, url)
    client.force_login(rol_gebruiker("duo-lid"))
    bewerk_url = reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})
    gegevens = bewerk_gegevens(client.get(bewerk_url))
    gegevens["kern"] = "Kern zoals het duo hem schreef."
    assert client.post(bewerk_url, gegevens).status_code == 302
    assert "Kern zoals het duo hem schreef." in lezen(anoniem, url)[1]


def test_geschiedenis_terugzetten(anoniem, opgave):
    url = opgave.get_absolute_url()
    oude_titel = opgave.titel
    opgave.titel = "Tijdelijke titel"
    opgave.save()
    assert "Tijdelijke titel" in lezen(anoniem, url)[1]
    # What the admin's "Geschiedenis → terugzetten" does: save the historical instance.
    opgave.history.earliest().instance.save()
    html = lezen(anoniem, url)[1]
    assert oude_titel in html and "Tijdelijke titel" not in html


def test_publiceren_en_reactie_openbaar_maken(anoniem, agenda_met_inhoud, deelnemer_factory):  # noqa: F811
    from publicatie.models import ReactieStatus
    from publicatie.services import reactie_indienen, reactie_verwerken, versie_aanmaken, versie_publiceren

    lijst = reverse("publicatie:lijst", kwargs={"agenda": agenda_met_inhoud.slug})
    assert "Eerste concept" not in lezen(anoniem, lijst)[1]
    versie = versie_publiceren(
        versie=versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste concept", open_voor_reacties=True),
        pdf_maken=False,
    )
    assert "Eerste concept" in lezen(anoniem, lijst)[1]

    import uuid

    reactie, _ = reactie_indienen(
        versie=versie, indiener=deelnemer_factory(), tekst="Mijn reactie.", sleutel=uuid.uuid4()
    )
    nota = reverse("publicatie:nota", kwargs={"agenda": agenda_met_inhoud.slug, "nummer": versie.nummer})
    assert "Een openbaar antwoord." not in lezen(anoniem, nota)[1]
    reactie_verwerken(
        reactie=reactie,
        kenmerk=reactie.wijzigingskenmerk(),
        categorie="aanvulling",
        status=ReactieStatus.VERWERKT,
        antwoord="Een openbaar antwoord.",
        antwoord_openbaar=True,
        verwerkt_in=None,
    )
    assert "Een openbaar antwoord." in lezen(anoniem, nota)[1]


def test_elke_domeintabel_vernieuwt_de_generatie():
    """No table can be forgotten: the triggers are placed after every migrate, on every domain table."""
    ontbreekt = set(domeintabellen()) - tabellen_met_trigger()
    assert not ontbreekt
    assert "opgaven_historicalopgave" in domeintabellen()


def test_terugdraaien_vernieuwt_niets(opgave):
    from django.db import transaction

    voor = generatie_lezen()
    with pytest.raises(RuntimeError), transaction.atomic():
        Opgave.objects.filter(pk=opgave.pk).update(titel="Nooit")
        raise RuntimeError
    assert generatie_lezen() == voor


def test_database_weg_gecachte_pagina_blijft_rest_503(anoniem, opgave, monkeypatch):
    url = opgave.get_absolute_url()
    lezen(anoniem, url)

    def weg(*args, **kwargs):
        raise OperationalError("verbinding geweigerd")

    monkeypatch.setattr(type(connection._connections[connection._alias]), "cursor", weg, raising=True)
    soort, html = lezen(anoniem, url)
    assert soort == "storing" and opgave.titel in html
    response = anoniem.get(reverse("opgaven:lijst", kwargs={"agenda": opgave.agenda.slug}))
    assert response.status_code == 503
    assert "Tijdelijk niet beschikbaar" in response.content.decode()
    assert response["Retry-After"]
    monkeypatch.undo()
    # Back without a restart.
    assert anoniem.get(reverse("opgaven:lijst", kwargs={"agenda": opgave.agenda.slug})).status_code == 200
