"""Every page type of the site, with a real address in the demo, per role.

The addresses are looked up in the database each time (primary keys differ between
SQLite and PostgreSQL, and after a flush), never written out. A role sees its own pages
plus those of the roles before it: anoniem < deelnemer < duo < kernteam. What this module
deliberately leaves out: downloads (PDF, CSV, JSON, the peiling's HTML fragment), which are
not pages; the PDFs are checked in test_pdf_structuur.py.
"""

from django.contrib.auth.models import User
from django.urls import reverse

from leerspoor.models import Peiling, Risico
from omgevingsagenda.demo.laden import AGENDA_SLUG, DUO_OPGAVE
from publicatie.models import Reactie, ReactieStatus, Versie
from tafels.models import Bijeenkomst, BijeenkomstSoort, Gesprekstafel

ROLLEN = ["anoniem", "deelnemer", "duo", "kernteam"]
# The demo accounts of omgevingsagenda.demo.laden.DEMO_LOGINS, per role.
GEBRUIKERS = {"deelnemer": "deelnemer", "duo": "duo", "kernteam": "kernteam"}
# Pages whose look depends most on the width: all four widths for every role.
SLEUTELPAGINAS = {
    "agenda-overzicht",
    "opgave",
    "opgave-bewerken",
    "fase",
    "versie",
    "verschillen",
    "betrokkenheid",
    "risicos",
    "reacties",
    "kernteamoverleg",
}

TELEFOON, ZOOM_200, TABLET, DESKTOP = 320, 640, 768, 1280


def breedtes(naam: str) -> list[int]:
    """The viewport widths a page type is checked at: all four for the key pages, else phone and desktop."""
    return [TELEFOON, ZOOM_200, TABLET, DESKTOP] if naam in SLEUTELPAGINAS else [TELEFOON, DESKTOP]


def gebruiker(rol: str) -> User | None:
    return User.objects.get(username=GEBRUIKERS[rol]) if rol in GEBRUIKERS else None


def paginas(rol: str) -> dict[str, str]:
    """{page type: address} for `rol`, on the demo agenda."""
    a = {"agenda": AGENDA_SLUG}
    versies = Versie.objects.filter(agenda__slug=AGENDA_SLUG).order_by("nummer")
    eerste, laatste = versies.first(), versies.last()
    bijeenkomst = Bijeenkomst.objects.filter(agenda__slug=AGENDA_SLUG, soort=BijeenkomstSoort.GESPREKSTAFEL).first()
    peiling = Peiling.objects.filter(bijeenkomst__agenda__slug=AGENDA_SLUG).order_by("pk").first()
    anoniem = {
        "home": reverse("agenda:home"),
        "agenda-overzicht": reverse("agenda:overzicht", kwargs=a),
        "perspectief": reverse("agenda:perspectief", kwargs=a),
        "opgaven-lijst": reverse("opgaven:lijst", kwargs=a),
        "opgave": reverse("opgaven:detail", kwargs={**a, "slug": DUO_OPGAVE}),
        "gesprekstafels-lijst": reverse("tafels:lijst", kwargs=a),
        "gesprekstafel": Gesprekstafel.objects.filter(agenda__slug=AGENDA_SLUG).first().get_absolute_url(),
        "leerspoor": reverse("leerspoor:overzicht", kwargs=a),
        "fase": reverse("leerspoor:fase", kwargs={**a, "nummer": 2}),
        "versies-lijst": reverse("publicatie:lijst", kwargs=a),
        "versie": reverse("publicatie:versie", kwargs={**a, "nummer": laatste.nummer}),
        "verschillen": reverse("publicatie:verschillen", kwargs=a) + f"?van={eerste.nummer}&naar={laatste.nummer}",
        "nota": reverse("publicatie:nota", kwargs={**a, "nummer": eerste.nummer}),
        "inloggen": reverse("login"),
        "toegankelijkheid": reverse("toegankelijkheid"),
        "niet-gevonden": f"/{AGENDA_SLUG}/opgaven/bestaat-niet/",
    }
    if rol == "anoniem":
        return anoniem
    deelnemer = {
        **anoniem,
        "bijeenkomsten-lijst": reverse("tafels:bijeenkomsten", kwargs=a),
        "bijeenkomst": bijeenkomst.get_absolute_url(),
        "reageren": reverse("publicatie:reageren", kwargs={**a, "nummer": laatste.nummer}),
        "mijn-reacties": reverse("publicatie:mijn_reacties", kwargs=a),
        "peiling-beantwoorden": reverse("leerspoor:peiling_beantwoorden", kwargs={**a, "token": peiling.token}),
    }
    del deelnemer["inloggen"]
    if rol == "deelnemer":
        return deelnemer
    duo = {**deelnemer, "opgave-bewerken": reverse("opgaven:bewerken", kwargs={**a, "slug": DUO_OPGAVE})}
    if rol == "duo":
        return duo
    overleg = Bijeenkomst.objects.filter(agenda__slug=AGENDA_SLUG, soort=BijeenkomstSoort.KERNTEAMOVERLEG).first()
    reactie = Reactie.objects.filter(versie__agenda__slug=AGENDA_SLUG, status=ReactieStatus.ONTVANGEN).first()
    peiling_kwargs = {**a, "pk": peiling.pk}
    return {
        **duo,
        "wijzigingen": reverse("publicatie:wijzigingen", kwargs=a),
        "concept": reverse("publicatie:concept", kwargs=a),
        "reacties": reverse("publicatie:reacties", kwargs=a),
        "reactie-verwerken": reverse("publicatie:reactie_verwerken", kwargs={**a, "pk": reactie.pk}),
        "risicos": reverse("leerspoor:risicos", kwargs=a),
        "risico": reverse("leerspoor:risico", kwargs={**a, "pk": Risico.objects.order_by("pk").first().pk}),
        "kernteamoverleg": reverse("leerspoor:overleg", kwargs={**a, "pk": overleg.pk}),
        "betrokkenheid": reverse("leerspoor:betrokkenheid", kwargs=a),
        "peilingen": reverse("leerspoor:peilingen", kwargs=a),
        "peiling-beheer": reverse("leerspoor:peiling_beheer", kwargs=peiling_kwargs),
        "peiling-projector": reverse("leerspoor:peiling_projector", kwargs=peiling_kwargs),
        "peiling-uitslag": reverse("leerspoor:peiling_uitslag", kwargs=peiling_kwargs),
        "beheer": reverse("admin:index"),
    }


def verwachte_status(rol: str, naam: str) -> int:
    if naam == "niet-gevonden":
        return 404
    # The kernteam has no Deelnemer row, so it is shown why it cannot react (a page type of its own).
    if naam == "reageren" and rol == "kernteam":
        return 403
    return 200
