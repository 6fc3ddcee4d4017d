"""The PDFs of the publicatie app: a version from its snapshot, and a version's Nota van
beantwoording from its processed reacties.

This module makes their HTML; kern.pdf turns it into tagged PDF/UA-1 (the
project's one WeasyPrint pipeline, shared with the leerspoor's fase report).
"""

from django.template.loader import render_to_string
from django.utils.dateparse import parse_date, parse_datetime

from agenda.models import Landsdeel, PerspectiefSoort
from deelnemers.models import publieke_weergave
from kern.pdf import PDF_LETTERTYPE, css_tekst, html_naar_pdf
from opgaven.models import ActieSoort, ActieStatus, Schaalniveau
from publicatie.models import Reactie, ReactieStatus, Versie
from tafels.models import BijeenkomstSoort


def duo_lid_weergave(lid: dict) -> str:
    """A duo member of a snapshot: its `naam` is already null without consent (see snapshot._duo)."""
    return publieke_weergave(lid.get("naam"), lid["organisatie"], met_organisatie=True)


def weergave(momentopname: dict) -> dict:
    """The snapshot made readable for templates: labels for codes, dates parsed, acties grouped.

    Shared by the version page and the PDF, so both say the same thing.
    """
    statussen = dict(ActieStatus.choices)
    schaal = dict(Schaalniveau.choices)
    opgaven = []
    for opgave in momentopname.get("opgaven", []):
        acties = [
            {**actie, "status_label": statussen.get(actie["status"], actie["status"])} for actie in opgave["acties"]
        ]
        duo = [{**lid, "weergave": duo_lid_weergave(lid)} for lid in opgave["duo"]]
        opgaven.append(
            {
                **opgave,
                "duo": duo,
                "schaalniveau_label": schaal.get(opgave["schaalniveau"], opgave["schaalniveau"]),
                "lopende_acties": [a for a in acties if a["soort"] == ActieSoort.LOPEND],
                "nieuwe_acties": [a for a in acties if a["soort"] == ActieSoort.NIEUW],
            }
        )
    titels = {o["slug"]: o["titel"] for o in opgaven}
    tafels = [
        {
            **t,
            "schaalniveau_label": schaal.get(t["schaalniveau"], t["schaalniveau"]),
            "opgave_titels": [titels[s] for s in t["opgaven"] if s in titels],
        }
        for t in momentopname.get("gesprekstafels", [])
    ]
    bijeenkomst_soorten = dict(BijeenkomstSoort.choices)
    bijeenkomsten = [
        # `dag`: the ISO date parsed, so templates print it in Dutch ("11 februari 2019").
        {**b, "soort_label": bijeenkomst_soorten.get(b["soort"], b["soort"]), "dag": parse_date(b["datum"])}
        for b in momentopname.get("bijeenkomsten", [])
    ]
    fases = [
        {**f, "bijeenkomsten": [b for b in bijeenkomsten if b["fase"] == f["nummer"]]}
        for f in momentopname.get("fases", [])
    ]
    versie = dict(momentopname.get("versie") or {})
    versie["gepubliceerd_op_datum"] = (
        parse_datetime(versie["gepubliceerd_op"]) if versie.get("gepubliceerd_op") else None
    )
    perspectief_titels = dict(PerspectiefSoort.choices)
    return {
        "agenda": momentopname["agenda"],
        "landsdeel_label": dict(Landsdeel.choices).get(momentopname["agenda"].get("landsdeel"), ""),
        "versie": versie,
        "perspectief": [
            {**p, "soort_label": perspectief_titels.get(p["soort"], p["soort"])} for p in momentopname["perspectief"]
        ],
        "opgaven": opgaven,
        "gesprekstafels": tafels,
        "fases": fases,
        "bijeenkomsten_zonder_fase": [b for b in bijeenkomsten if b["fase"] is None],
        "soort_lopend": ActieSoort.LOPEND.label,
        "soort_nieuw": ActieSoort.NIEUW.label,
    }


def pdf_html(momentopname: dict) -> str:
    context = weergave(momentopname)
    versie = context["versie"]
    kop = f"{context['agenda']['naam']} — versie {versie.get('nummer') or 'concept'}: {versie.get('label', '')}"
    context["lopende_kop"] = css_tekst(kop)
    context["lettertype"] = PDF_LETTERTYPE
    return render_to_string("publicatie/pdf/versie.html", context)


def pdf_maken(momentopname: dict) -> bytes:
    """The PDF bytes of a snapshot (takes a few seconds: call it once per published version)."""
    return html_naar_pdf(pdf_html(momentopname))


def nota_gegevens(versie: Versie) -> dict:
    """The Nota van beantwoording of `versie`: its processed reacties grouped by opgave, the whole agenda first.

    Shared by the page and the PDF. Unprocessed reacties are only counted: they have no antwoord yet.
    Three queries, however many reacties there are.
    """
    reacties = list(
        Reactie.objects.filter(versie=versie)
        .afgehandeld()
        .select_related("opgave", "indiener", "organisatie", "verwerkt_in")
        .in_nota_volgorde()
    )
    groepen = []
    for nummer, reactie in enumerate(reacties, start=1):
        reactie.nota_nummer = nummer
        if not groepen or groepen[-1]["opgave"] != reactie.opgave:
            groepen.append({"opgave": reactie.opgave, "reacties": []})
        groepen[-1]["reacties"].append(reactie)
    for nummer, groep in enumerate(groepen, start=1):
        groep["anker"] = f"groep-{groep['opgave'].slug}" if groep["opgave"] else "groep-hele-agenda"
        groep["nummer"] = nummer
    in_behandeling = Reactie.objects.filter(versie=versie, status=ReactieStatus.ONTVANGEN).count()
    return {
        "versie": versie,
        "groepen": groepen,
        "aantal": len(reacties),
        "aantal_verwerkt": sum(r.status == ReactieStatus.VERWERKT for r in reacties),
        "aantal_niet_overgenomen": sum(r.status == ReactieStatus.NIET_OVERGENOMEN for r in reacties),
        "in_behandeling": in_behandeling,
    }


def nota_pdf_html(gegevens: dict) -> str:
    versie = gegevens["versie"]
    kop = f"Nota van beantwoording — {versie.agenda.naam} — versie {versie.nummer}: {versie.label}"
    return render_to_string(
        "publicatie/pdf/nota.html", {**gegevens, "lopende_kop": css_tekst(kop), "lettertype": PDF_LETTERTYPE}
    )
