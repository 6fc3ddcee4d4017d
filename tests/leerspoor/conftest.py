import datetime

import pytest

from agenda.models import PerspectiefSoort, TrendSoort
from leerspoor.models import KwadrantAspect, KwadrantOordeel, PeilingStatus, VraagSoort
from tafels.models import BijeenkomstSoort


@pytest.fixture(autouse=True)
def _lege_cache():
    """The limit on anonymous peiling answers counts in the cache: every test starts at zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def duo_user(db, user_factory, deelnemer_factory, duo_factory, rijk_organisatie_factory):
    """A deelnemer who sits in the duo of one opgave."""
    user = user_factory()
    duo_factory(
        leden=[deelnemer_factory(user=user), deelnemer_factory(organisatie=rijk_organisatie_factory())],
    )
    return user


@pytest.fixture
def rollen(db, client, kernteam_user, deelnemer_user, duo_user):
    """A logged-in client per role of the permission matrix; anonymous is the bare client."""
    from django.test import Client

    def client_voor(user):
        c = Client()
        if user is not None:
            c.force_login(user)
        return c

    return {
        "anoniem": client_voor(None),
        "deelnemer": client_voor(deelnemer_user),
        "duo-lid": client_voor(duo_user),
        "kernteam": client_voor(kernteam_user),
    }


@pytest.fixture
def fase_twee(
    db,
    agenda_factory,
    fase_factory,
    uitwerkingslijn_factory,
    activiteit_factory,
    leerervaring_factory,
    citaat_factory,
    perspectief_onderdeel_factory,
    trend_factory,
    bijeenkomst_factory,
    peiling_factory,
    vraag_factory,
    antwoord_factory,
    risico_factory,
):
    """A fase like the seed's fase 2, with every part the report shows (and a risk it must not)."""
    agenda = agenda_factory(naam="Omgevingsagenda Oost", slug="oost")
    fase = fase_factory(
        agenda=agenda,
        nummer=2,
        naam="Alliantievorming en agenda-ontwikkeling",
        wat_plaatsgevonden="In deze fase hebben in de drie uitwerkingslijnen activiteiten plaatsgevonden.",
        verhaal="Op basis van de input uit de **Gebiedsdialoog** is verder gewerkt.",
    )
    agenda_lijn = uitwerkingslijn_factory(agenda=agenda, naam="Agenda en programma", volgorde=1)
    trend_lijn = uitwerkingslijn_factory(agenda=agenda, naam="Trendwatching", volgorde=2)
    uitwerkingslijn_factory(agenda=agenda, naam="Leerspoor", volgorde=3)
    activiteit_factory(fase=fase, lijn=agenda_lijn, omschrijving="Gesprekstafels rondom de opgaven")
    activiteit_factory(fase=fase, lijn=trend_lijn, omschrijving="Perspectief op Oost verder verdiept")

    eerste = leerervaring_factory(fase=fase, tekst="Het werken met duo's vergrootte het eigenaarschap.", volgorde=1)
    leerervaring_factory(fase=fase, tekst="De balans tussen snelheid en zorgvuldigheid is een zoektocht.", volgorde=2)
    leerervaring_factory(
        fase=fase, tekst="Goede sfeer aan tafel", oordeel=KwadrantOordeel.GAAT_GOED, aspect=KwadrantAspect.PROCES
    )
    leerervaring_factory(
        fase=fase, tekst="Te weinig focus", oordeel=KwadrantOordeel.KAN_BETER, aspect=KwadrantAspect.INHOUD
    )
    citaat_factory(fase=fase, tekst="Vergeet maatschappelijke organisaties niet!", na_leerervaring=eerste)
    citaat_factory(fase=fase, tekst="Dit citaat mag niet naar buiten.", toestemming=False, na_leerervaring=eerste)

    perspectief_onderdeel_factory(agenda=agenda, soort=PerspectiefSoort.BEWEGING, titel="Oost in beweging")
    trend_factory(agenda=agenda, naam="Energietransitie", soort=TrendSoort.TRANSITIE)

    synthese = bijeenkomst_factory(
        agenda=agenda,
        fase=fase,
        soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST,
        titel="Synthesebijeenkomst",
        datum=datetime.date(2019, 2, 11),
    )
    peiling = peiling_factory(bijeenkomst=synthese, titel="Peiling synthese", status=PeilingStatus.GESLOTEN)
    schaal = vraag_factory(peiling=peiling, tekst="Hoe bekend bent u met de concept Omgevingsagenda?", volgorde=1)
    for waarde in ["4", "4", "5", "2"]:
        antwoord_factory(vraag=schaal, waarde=waarde)
    open_vraag = vraag_factory(peiling=peiling, tekst="Tips voor het vervolg?", soort=VraagSoort.OPEN, keuzes="")
    antwoord_factory(vraag=open_vraag, waarde="Meer ondernemers aan tafel")

    risico_factory(agenda=agenda, titel="Beperkte betrokkenheid van partijen")
    return fase


@pytest.fixture
def peiling_open(db, agenda_factory, fase_factory, bijeenkomst_factory, peiling_factory, vraag_factory):
    """An open poll at a Synthesebijeenkomst of a published agenda: a scale, a choice and an open question."""
    agenda = agenda_factory(naam="Omgevingsagenda Peiling", slug="peiling-oost")
    fase = fase_factory(agenda=agenda, nummer=2)
    synthese = bijeenkomst_factory(
        agenda=agenda,
        fase=fase,
        soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST,
        titel="Synthesebijeenkomst",
        datum=datetime.date(2019, 2, 11),
    )
    peiling = peiling_factory(bijeenkomst=synthese, titel="Peiling Synthesebijeenkomst", status=PeilingStatus.OPEN)
    vraag_factory(peiling=peiling, tekst="Hoe bekend bent u al met de concept Omgevingsagenda?", volgorde=1)
    vraag_factory(
        peiling=peiling,
        tekst="Is de Omgevingsagenda cruciaal voor de NOVI?",
        soort=VraagSoort.KEUZE,
        keuzes="ja\nnee\nweet niet",
        volgorde=2,
    )
    vraag_factory(peiling=peiling, tekst="Tips voor het vervolgproces?", soort=VraagSoort.OPEN, keuzes="", volgorde=3)
    return peiling
