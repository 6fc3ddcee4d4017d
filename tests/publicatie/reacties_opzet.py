"""Shared set-up of the reacties tests: four versions of one agenda and a few reacties on them.

Version 1 published and closed (its reacties are answered: the Nota), version 2 published and
open, version 3 a concept open for reacties, version 4 a concept the kernteam keeps to itself.
"""

from dataclasses import dataclass

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from publicatie.models import Reactie, ReactieCategorie, ReactieStatus, Versie
from publicatie.services import versie_aanmaken, versie_publiceren
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory, RijkOrganisatieFactory, UserFactory
from tests.publicatie.factories import ReactieFactory


@dataclass
class Opzet:
    agenda: object
    v1: Versie
    v2: Versie
    v3: Versie
    v4: Versie
    publiek: Reactie  # whole agenda, name public
    geheim: Reactie  # opgave 1, niet overgenomen, name not public
    twente: Reactie  # opgave 2, answered publicly
    open_: Reactie  # still ontvangen


def opzet_maken(agenda) -> Opzet:
    v1 = versie_publiceren(versie=versie_aanmaken(agenda=agenda, label="Eerste concept"), pdf_maken=False)
    v2 = versie_publiceren(
        versie=versie_aanmaken(agenda=agenda, label="Concept na Synthesebijeenkomst", open_voor_reacties=True),
        pdf_maken=False,
    )
    v3 = versie_aanmaken(agenda=agenda, label="Derde concept", open_voor_reacties=True)
    v4 = versie_aanmaken(agenda=agenda, label="Vierde concept")
    zwolle = agenda.opgaven.get(volgnummer=1)
    twente = agenda.opgaven.get(volgnummer=2)
    anna = DeelnemerFactory(
        naam="Anna Openbaar", naam_publiek=True, organisatie=OrganisatieFactory(naam="Waterschap Vechtstromen")
    )
    bert = DeelnemerFactory(
        naam="Bert Verborgen", naam_publiek=False, organisatie=OrganisatieFactory(naam="Gemeente Kampen")
    )
    publiek = ReactieFactory(
        versie=v1,
        indiener=anna,
        tekst="Kies per gebied de opgaven waar Rijk en regio samen verschil maken.",
        categorie=ReactieCategorie.FOCUS,
        status=ReactieStatus.VERWERKT,
        antwoord="Eens: per gebied is gekozen.",
        verwerkt_in=v2,
    )
    geheim = ReactieFactory(
        versie=v1,
        opgave=zwolle,
        indiener=bert,
        tekst="Neem ook het hele bodembeleid op.",
        categorie=ReactieCategorie.DUBBELING,
        status=ReactieStatus.NIET_OVERGENOMEN,
        antwoord="Niet overgenomen: dat staat al in het provinciale beleid.",
    )
    twente_reactie = ReactieFactory(
        versie=v1,
        opgave=twente,
        indiener=anna,
        tekst="Noem de kennisinstellingen in Twente.",
        categorie=ReactieCategorie.AANVULLING,
        status=ReactieStatus.VERWERKT,
        antwoord="Toegevoegd aan de kern.",
        antwoord_openbaar=True,
        verwerkt_in=v2,
    )
    open_ = ReactieFactory(versie=v1, indiener=bert, tekst="Een reactie die nog in behandeling is.")
    return Opzet(agenda, v1, v2, v3, v4, publiek, geheim, twente_reactie, open_)


@pytest.fixture
def opzet(agenda_met_inhoud):
    return opzet_maken(agenda_met_inhoud)


@pytest.fixture
def duo_user(agenda_met_inhoud):
    user = UserFactory()
    lid = DeelnemerFactory(user=user, organisatie=RijkOrganisatieFactory())
    agenda_met_inhoud.opgaven.get(volgnummer=1).duo.leden.add(lid)
    return user


ROLLEN = ["anoniem", "deelnemer", "duo", "kernteam"]


@pytest.fixture
def als(client, deelnemer_user, duo_user, kernteam_user):
    def inloggen(rol):
        gebruiker = {"deelnemer": deelnemer_user, "duo": duo_user, "kernteam": kernteam_user}.get(rol)
        if gebruiker:
            client.force_login(gebruiker)
        return client

    return inloggen


def url(naam, agenda, **kwargs):
    return reverse(f"publicatie:{naam}", kwargs={"agenda": agenda.slug, **kwargs})


def meldingen(antwoord) -> list[str]:
    return [str(m) for m in get_messages(antwoord.wsgi_request)]


def veldblok(html: str, veld: str) -> str:
    """The crispy block of one field: its error must stand there, next to the field."""
    begin = html.index(f'id="div_id_{veld}"')
    einde = html.find('id="div_id_', begin + 10)
    return html[begin : einde if einde != -1 else len(html)]
