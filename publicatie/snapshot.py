"""The momentopname: an agenda frozen as plain JSON, of its published opgaven and tafels only.

Everything a published version shows — its page, the differences, the PDF and the open
data — is rendered from this dictionary, never from the live models, so the live data can
move on while a published version stays what it was. Only JSON types are stored (no model
instances, dates as ISO strings). Change the shape only together with SCHEMA_VERSIE and
docs/opendata.md.
"""

import datetime

from django.db.models import Prefetch

from agenda.models import Agenda, PerspectiefSoort
from deelnemers.models import Deelnemer
from deelnemers.permissions import PUBLIEK
from opgaven.models import Actie
from publicatie.models import Versie, VersieStatus, publiceerbare_opgaven
from tafels.models import Bijeenkomst

SCHEMA = "https://omgevingsagenda.nl/schema/versie"
SCHEMA_VERSIE = 1


def _organisatie(organisatie) -> dict | None:
    if organisatie is None:
        return None
    return {"naam": organisatie.naam, "soort": organisatie.soort, "bestuurslaag": organisatie.bestuurslaag}


def _actie(actie) -> dict:
    return {
        "soort": actie.soort,
        "omschrijving": actie.omschrijving,
        "trekker": _organisatie(actie.trekker),
        "partners": [_organisatie(p) for p in sorted(actie.partners.all(), key=lambda o: o.naam)],
        "vervolgtafel": actie.vervolgtafel,
        "status": actie.status,
    }


def _duo(opgave) -> list[dict]:
    duo = getattr(opgave, "duo", None)
    if duo is None:
        return []
    # A name only where the person consented (naam_publiek); otherwise null, and pages say
    # "medewerker <organisatie>".
    return [
        {
            "naam": lid.naam if lid.naam_publiek else None,
            "organisatie": lid.organisatie.naam,
            "bestuurslaag": lid.bestuurslaag,
        }
        for lid in duo.leden.all()
    ]


def _opgave(opgave) -> dict:
    return {
        "slug": opgave.slug,
        "volgnummer": opgave.volgnummer,
        "titel": opgave.titel,
        "schaalniveau": opgave.schaalniveau,
        "gebied": opgave.gebied,
        "samenvatting": opgave.samenvatting,
        "kern": opgave.kern,
        "acties": [_actie(a) for a in opgave.acties.all()],
        "duo": _duo(opgave),
    }


def momentopname_maken(agenda: Agenda, *, versie: Versie | None = None, peildatum: datetime.date | None = None) -> dict:
    """The agenda as it stands now, as JSON, for `versie` (None: the unpublished concept); a fixed number of queries.

    Made for the public (PUBLIEK): it holds what an anonymous visitor sees on the live site, asked
    through the same rules. `peildatum`: the process appendix holds the bijeenkomsten up to that day.
    """
    # Only what the kernteam published: a draft opgave or tafel must not reach deelnemers
    # through a concept, nor be frozen into a version, its JSON or its PDF.
    opgaven = (
        publiceerbare_opgaven(agenda.pk)
        .select_related("duo")
        .prefetch_related(
            Prefetch(
                "acties",
                queryset=Actie.objects.select_related("trekker").prefetch_related("partners"),
            ),
            Prefetch("duo__leden", queryset=Deelnemer.objects.select_related("organisatie").order_by("naam", "pk")),
        )
    )
    slugs = {}
    opgaven_json = []
    for opgave in opgaven:
        slugs[opgave.pk] = opgave.slug
        opgaven_json.append(_opgave(opgave))

    volgorde = {soort: i for i, soort in enumerate(PerspectiefSoort.values)}
    perspectief = sorted(agenda.perspectief_onderdelen.all(), key=lambda p: (p.volgorde, volgorde.get(p.soort, 99)))
    tafels = agenda.gesprekstafels.filter(gepubliceerd=True).order_by("volgorde", "titel").prefetch_related("opgaven")
    fases = agenda.fases.order_by("nummer")
    # The rule of the live site: the kernteam's own meetings (kernteamoverleg, risicosessie) stay out.
    bijeenkomsten = (
        Bijeenkomst.objects.filter(agenda=agenda)
        .zichtbaar_voor(PUBLIEK)
        .select_related("fase", "gesprekstafel")
        .order_by("datum", "titel")
    )
    if peildatum is not None:
        bijeenkomsten = bijeenkomsten.filter(datum__lte=peildatum)

    return {
        "schema": SCHEMA,
        "schemaversie": SCHEMA_VERSIE,
        "agenda": {
            "naam": agenda.naam,
            "slug": agenda.slug,
            "landsdeel": agenda.landsdeel,
            "inleiding": agenda.inleiding,
        },
        "versie": versie_gegevens(versie),
        "perspectief": [{"soort": p.soort, "titel": p.titel, "tekst": p.tekst} for p in perspectief],
        "opgaven": opgaven_json,
        "gesprekstafels": [
            {
                "slug": t.slug,
                "titel": t.titel,
                "schaalniveau": t.schaalniveau,
                "opgaven": [slugs[o.pk] for o in t.opgaven.all() if o.pk in slugs],
                "opbrengst": t.opbrengst,
            }
            for t in tafels
        ],
        "fases": [
            {"nummer": f.nummer, "naam": f.naam, "periode": f.periode, "wat_plaatsgevonden": f.wat_plaatsgevonden}
            for f in fases
        ],
        "bijeenkomsten": [
            {
                "datum": b.datum.isoformat(),
                "soort": b.soort,
                "titel": b.titel,
                "locatie": b.locatie,
                "fase": b.fase.nummer if b.fase else None,
                "gesprekstafel": b.gesprekstafel.slug if b.gesprekstafel else None,
            }
            for b in bijeenkomsten
        ],
    }


def versie_gegevens(versie: Versie | None) -> dict:
    """The version part of a snapshot; without a version, the kernteam's preview of the concept."""
    if versie is None:
        return {
            "nummer": None,
            "label": "Ongepubliceerd concept",
            "toelichting": "",
            "status": str(VersieStatus.CONCEPT),
            "gepubliceerd_op": None,
        }
    return {
        "nummer": versie.nummer,
        "label": versie.label,
        "toelichting": versie.toelichting,
        "status": str(versie.status),
        "gepubliceerd_op": versie.gepubliceerd_op.isoformat() if versie.gepubliceerd_op else None,
    }
