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
from opgaven.models import Actie
from publicatie.models import publiceerbare_opgaven
from tafels.models import BijeenkomstSoort

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


def momentopname_maken(agenda: Agenda, *, peildatum: datetime.date | None = None) -> dict:
    """The agenda as it stands now, as JSON; a fixed number of queries however large it is.

    `peildatum`: the process appendix holds the bijeenkomsten up to that day (the process so far).
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
    # Kernteamoverleggen are the kernteam's internal meetings; the public process is the rest.
    bijeenkomsten = (
        agenda.bijeenkomsten.exclude(soort=BijeenkomstSoort.KERNTEAMOVERLEG)
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
        "versie": None,
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


def versie_gegevens(*, nummer: int | None, label: str, toelichting: str, gepubliceerd_op, status: str) -> dict:
    return {
        "nummer": nummer,
        "label": label,
        "toelichting": toelichting,
        "status": str(status),
        "gepubliceerd_op": gepubliceerd_op.isoformat() if gepubliceerd_op else None,
    }
