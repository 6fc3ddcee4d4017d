"""The permission matrix of the public site: every role × every page.

Roles: anoniem, deelnemer, duo-lid (a deelnemer in the duo of the opgave), kernteam.
For each page: the status code, what must be on it and what must never be on it.
"""

import pytest
from django.urls import reverse

from deelnemers.models import OrganisatieSoort
from tafels.models import BijeenkomstSoort
from tests.deelnemers.factories import DeelnemerFactory, KernteamUserFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLLEN = ["anoniem", "deelnemer", "duo-lid", "kernteam"]
INGELOGD = {"deelnemer", "duo-lid", "kernteam"}

# Personal data of the people in the fixture: never on any of these pages, for any role.
EMAILS = ["petra@bzk.voorbeeld.nl", "karel@zwolle.voorbeeld.nl", "duolid@regio.voorbeeld.nl"]
TELEFOONS = ["070-1111111", "038-2222222", "06-33333333"]
NAAM_ZONDER_TOESTEMMING = "Karel Zondertoestemming"
NAAM_MET_TOESTEMMING = "Petra Mettoestemming"


@pytest.fixture
def wereld(agenda_factory, opgave_factory, actie_factory, duo_factory, gesprekstafel_factory, bijeenkomst_factory):
    agenda = agenda_factory(slug="oost", naam="Omgevingsagenda Oost")
    verborgen_agenda = agenda_factory(slug="noord", naam="Agenda Noord In Voorbereiding", gepubliceerd=False)
    opgave = opgave_factory(agenda=agenda, titel="Klimaatbestendige Groeiregio Zwolle", slug="zwolle")
    verborgen_opgave = opgave_factory(
        agenda=agenda, titel="Opgave In Voorbereiding", slug="concept", gepubliceerd=False
    )
    actie_factory(opgave=opgave, omschrijving="Ontwikkelperspectief opstellen")

    rijk = OrganisatieFactory(naam="Ministerie van BZK", soort=OrganisatieSoort.MINISTERIE)
    gemeente = OrganisatieFactory(naam="Gemeente Zwolle", soort=OrganisatieSoort.GEMEENTE)
    petra = DeelnemerFactory(
        naam=NAAM_MET_TOESTEMMING, organisatie=rijk, naam_publiek=True, email=EMAILS[0], telefoon=TELEFOONS[0]
    )
    karel = DeelnemerFactory(
        naam=NAAM_ZONDER_TOESTEMMING, organisatie=gemeente, naam_publiek=False, email=EMAILS[1], telefoon=TELEFOONS[1]
    )
    duo_lid = DeelnemerFactory(
        naam="Duolid Zondertoestemming",
        organisatie=OrganisatieFactory(naam="Regio Zwolle", soort=OrganisatieSoort.REGIO),
        naam_publiek=False,
        email=EMAILS[2],
        telefoon=TELEFOONS[2],
        user=UserFactory(username="duo"),
    )
    duo_factory(opgave=opgave, leden=[petra, karel, duo_lid])

    tafel = gesprekstafel_factory(
        agenda=agenda,
        titel="Verstedelijking Regio Zwolle",
        slug="zwolle",
        gespreksnotitie="GESPREKSNOTITIE-ALLEEN-DEELNEMERS",
        opbrengst="OPBRENGST-OPENBAAR",
    )
    tafel.opgaven.add(opgave, verborgen_opgave)
    verborgen_tafel = gesprekstafel_factory(
        agenda=agenda, titel="Tafel In Voorbereiding", slug="concept", gepubliceerd=False
    )
    bijeenkomst = bijeenkomst_factory(
        agenda=agenda, gesprekstafel=tafel, soort=BijeenkomstSoort.GESPREKSTAFEL, verslag="VERSLAG-ALLEEN-DEELNEMERS"
    )
    for deelnemer in (petra, karel, duo_lid):
        bijeenkomst.deelnames.create(deelnemer=deelnemer)
    # Kernteamoverleggen and risicosessies (risks are kernteam-only): the kernteam's own meetings.
    kernteamoverleg = bijeenkomst_factory(
        agenda=agenda,
        gesprekstafel=tafel,
        soort=BijeenkomstSoort.KERNTEAMOVERLEG,
        titel="Kernteamoverleg Binnenskamers",
        verslag="VERSLAG-KERNTEAMOVERLEG",
    )
    risicosessie = bijeenkomst_factory(
        agenda=agenda,
        soort=BijeenkomstSoort.RISICOSESSIE,
        titel="Risicosessie Binnenskamers",
        verslag="VERSLAG-RISICOSESSIE",
    )

    opgave_factory(agenda=verborgen_agenda, slug="noord-opgave")
    gesprekstafel_factory(agenda=verborgen_agenda, slug="noord-tafel")
    verborgen_bijeenkomst = bijeenkomst_factory(agenda=verborgen_agenda)
    return {
        "agenda": agenda,
        "opgave": opgave,
        "verborgen_opgave": verborgen_opgave,
        "tafel": tafel,
        "verborgen_tafel": verborgen_tafel,
        "bijeenkomst": bijeenkomst,
        "verborgen_bijeenkomst": verborgen_bijeenkomst,
        "kernteamoverleg": kernteamoverleg,
        "risicosessie": risicosessie,
    }


def gebruiker(rol, deelnemer_user):
    from django.contrib.auth.models import User

    if rol == "deelnemer":
        return deelnemer_user
    if rol == "duo-lid":
        return User.objects.get(username="duo")
    if rol == "kernteam":
        return KernteamUserFactory()
    return None


ALLE = dict.fromkeys(ROLLEN, 200)
ALLEEN_KERNTEAM = {"anoniem": 404, "deelnemer": 404, "duo-lid": 404, "kernteam": 200}
INGELOGD_200 = {"anoniem": 302, "deelnemer": 200, "duo-lid": 200, "kernteam": 200}
INGELOGD_ALLEEN_KERNTEAM = {"anoniem": 302, "deelnemer": 404, "duo-lid": 404, "kernteam": 200}

# page: (url, status per role, text for everyone who gets 200, text only for logged-in roles,
#        text only for the kernteam: what is not published yet)
PAGINAS = {
    "home": (
        lambda w: reverse("agenda:home"),
        {"anoniem": 302, "deelnemer": 302, "duo-lid": 302, "kernteam": 200},
        [],
        [],
        ["Agenda Noord In Voorbereiding"],
    ),
    "agenda-overzicht": (
        lambda w: w["agenda"].get_absolute_url(),
        ALLE,
        ["Klimaatbestendige Groeiregio Zwolle"],
        [],
        ["Opgave In Voorbereiding"],
    ),
    "perspectief": (
        lambda w: reverse("agenda:perspectief", kwargs={"agenda": "oost"}),
        ALLE,
        ["<h1>Perspectief</h1>"],
        [],
        [],
    ),
    "opgaven-lijst": (
        lambda w: reverse("opgaven:lijst", kwargs={"agenda": "oost"}),
        ALLE,
        ["Klimaatbestendige Groeiregio Zwolle"],
        [],
        [],
    ),
    "opgave": (
        lambda w: w["opgave"].get_absolute_url(),
        ALLE,
        [NAAM_MET_TOESTEMMING, "Medewerker Gemeente Zwolle", "Medewerker Regio Zwolle", "Verstedelijking Regio Zwolle"],
        [],
        [],
    ),
    "opgave-ongepubliceerd": (lambda w: w["verborgen_opgave"].get_absolute_url(), ALLEEN_KERNTEAM, [], [], []),
    "gesprekstafels-lijst": (
        lambda w: reverse("tafels:lijst", kwargs={"agenda": "oost"}),
        ALLE,
        ["Verstedelijking Regio Zwolle"],
        [],
        ["Tafel In Voorbereiding"],
    ),
    "gesprekstafel": (
        lambda w: w["tafel"].get_absolute_url(),
        ALLE,
        ["OPBRENGST-OPENBAAR", "Klimaatbestendige Groeiregio Zwolle"],
        ["GESPREKSNOTITIE-ALLEEN-DEELNEMERS", NAAM_MET_TOESTEMMING, "Medewerker Gemeente Zwolle"],
        ["Kernteamoverleg Binnenskamers"],
    ),
    "gesprekstafel-ongepubliceerd": (lambda w: w["verborgen_tafel"].get_absolute_url(), ALLEEN_KERNTEAM, [], [], []),
    "bijeenkomsten-lijst": (
        lambda w: reverse("tafels:bijeenkomsten", kwargs={"agenda": "oost"}),
        INGELOGD_200,
        [],
        ["<h1>Bijeenkomsten</h1>", "Bijeenkomst "],
        ["Kernteamoverleg Binnenskamers", "Risicosessie Binnenskamers"],
    ),
    "bijeenkomst": (
        lambda w: w["bijeenkomst"].get_absolute_url(),
        INGELOGD_200,
        [],
        ["VERSLAG-ALLEEN-DEELNEMERS", NAAM_MET_TOESTEMMING, "Medewerker Gemeente Zwolle"],
        [],
    ),
    "kernteamoverleg": (
        lambda w: w["kernteamoverleg"].get_absolute_url(),
        INGELOGD_ALLEEN_KERNTEAM,
        ["VERSLAG-KERNTEAMOVERLEG"],
        [],
        [],
    ),
    "risicosessie": (
        lambda w: w["risicosessie"].get_absolute_url(),
        INGELOGD_ALLEEN_KERNTEAM,
        ["VERSLAG-RISICOSESSIE"],
        [],
        [],
    ),
    "agenda-ongepubliceerd": (
        lambda w: reverse("agenda:overzicht", kwargs={"agenda": "noord"}),
        ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "perspectief-ongepubliceerd": (
        lambda w: reverse("agenda:perspectief", kwargs={"agenda": "noord"}),
        ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "opgaven-ongepubliceerde-agenda": (
        lambda w: reverse("opgaven:lijst", kwargs={"agenda": "noord"}),
        ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "opgave-ongepubliceerde-agenda": (
        lambda w: reverse("opgaven:detail", kwargs={"agenda": "noord", "slug": "noord-opgave"}),
        ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "tafel-ongepubliceerde-agenda": (
        lambda w: reverse("tafels:detail", kwargs={"agenda": "noord", "slug": "noord-tafel"}),
        ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    # Not a redirect to the login page: that would reveal that the agenda exists.
    # Pages for deelnemers ask for a login first, whatever the agenda: the login page says nothing about it.
    "bijeenkomsten-ongepubliceerde-agenda": (
        lambda w: reverse("tafels:bijeenkomsten", kwargs={"agenda": "noord"}),
        INGELOGD_ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "bijeenkomst-ongepubliceerde-agenda": (
        lambda w: w["verborgen_bijeenkomst"].get_absolute_url(),
        INGELOGD_ALLEEN_KERNTEAM,
        [],
        [],
        [],
    ),
    "toegankelijkheid": (lambda w: reverse("toegankelijkheid"), ALLE, ["Toegankelijkheidsverklaring"], [], []),
    # Duo editing: the duo of the opgave and the kernteam; a deelnemer does not learn that the page exists.
    "opgave-bewerken": (
        lambda w: reverse("opgaven:bewerken", kwargs={"agenda": "oost", "slug": "zwolle"}),
        {"anoniem": 302, "deelnemer": 404, "duo-lid": 200, "kernteam": 200},
        ["Klimaatbestendige Groeiregio Zwolle bewerken"],
        [],
        [],
    ),
    "duo-wijzigingen": (
        lambda w: reverse("publicatie:wijzigingen", kwargs={"agenda": "oost"}),
        {"anoniem": 302, "deelnemer": 404, "duo-lid": 404, "kernteam": 200},
        ["Wijzigingen door de duo's"],
        [],
        [],
    ),
}


OPGAVE_PAGINAS = {"opgave", "opgave-ongepubliceerd", "opgave-ongepubliceerde-agenda"}


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("pagina", PAGINAS)
def test_permissiematrix(client, wereld, deelnemer_user, pagina, rol):
    url_van, statussen, openbaar, ingelogd, alleen_kernteam = PAGINAS[pagina]
    user = gebruiker(rol, deelnemer_user)
    if user is not None:
        client.force_login(user)
    url = url_van(wereld)
    response = client.get(url)
    assert response.status_code == statussen[rol], f"{pagina} als {rol}"
    inhoud = response.content.decode()
    if response.status_code == 302 and rol == "anoniem" and pagina != "home":
        assert response["Location"].startswith(reverse("login"))
    if response.status_code == 404:
        assert "Pagina niet gevonden" in inhoud
        # A 404 must not name what it hides.
        assert "In Voorbereiding" not in inhoud and "Binnenskamers" not in inhoud
    if response.status_code != 200:
        return
    for tekst in openbaar:
        assert tekst in inhoud, f"{pagina} als {rol}: {tekst!r} ontbreekt"
    for tekst in ingelogd:
        assert (tekst in inhoud) == (rol in INGELOGD), f"{pagina} als {rol}: {tekst!r}"
    for tekst in alleen_kernteam:
        assert (tekst in inhoud) == (rol == "kernteam"), f"{pagina} als {rol}: {tekst!r}"
    # The edit link of an opgave: for the kernteam on every opgave, for a duo-lid on their own; nowhere else.
    mag_bewerken = pagina in OPGAVE_PAGINAS and (rol == "kernteam" or (rol == "duo-lid" and pagina == "opgave"))
    assert (">Bewerken</a>" in inhoud) == mag_bewerken, f"{pagina} als {rol}: Bewerken"
    assert (">Inloggen</a>" in inhoud) == (rol == "anoniem")
    for gegeven in EMAILS + TELEFOONS + [NAAM_ZONDER_TOESTEMMING, "Duolid Zondertoestemming"]:
        assert gegeven not in inhoud, f"{pagina} als {rol}: persoonsgegeven {gegeven!r} zichtbaar"


@pytest.mark.parametrize("rol", ROLLEN)
def test_agendanavigatie_heeft_geen_404(client, wereld, deelnemer_user, rol):
    user = gebruiker(rol, deelnemer_user)
    if user is not None:
        client.force_login(user)
    inhoud = client.get(wereld["agenda"].get_absolute_url()).content.decode()
    for naam, route in [
        ("Perspectief", "agenda:perspectief"),
        ("Opgaven", "opgaven:lijst"),
        ("Gesprekstafels", "tafels:lijst"),
        ("Leerspoor", "leerspoor:overzicht"),
        ("Versies", "publicatie:lijst"),
    ]:
        url = reverse(route, kwargs={"agenda": "oost"})
        assert f'href="{url}"' in inhoud and f">{naam}</a>" in inhoud
        assert client.get(url).status_code == 200, naam
