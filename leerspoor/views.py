import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from agenda.models import Agenda, Fase, PerspectiefSoort
from tafels.models import Bijeenkomst

from . import queries
from .filters import RisicoFilter
from .forms import RisicoBesprekingFormSet
from .models import Citaat, KwadrantAspect, KwadrantOordeel, Leerervaring, Risico
from .pdf import fase_pdf
from .permissions import alleen_kernteam, mag_betrokkenheid_zien, mag_risicos_bespreken, mag_risicos_zien
from .services import risicobesprekingen_vastleggen


def _agenda(request, slug):
    return get_object_or_404(Agenda.objects.zichtbaar_voor(request.user), slug=slug)


def overzicht(request, agenda):
    """The leerspoor of an agenda: its fases, each with a link to its report."""
    agenda = _agenda(request, agenda)
    fases = agenda.fases.annotate(
        aantal_leerervaringen=Count("leerervaringen", distinct=True),
    ).order_by("nummer")
    return render(request, "leerspoor/overzicht.html", {"agenda": agenda, "fases": fases, "nav_actief": "leerspoor"})


def _fase_context(request, agenda_slug, nummer):
    """Everything the fase report shows, on screen and in the PDF; a fixed number of queries."""
    agenda = _agenda(request, agenda_slug)
    fase = get_object_or_404(Fase, agenda=agenda, nummer=nummer)
    fase.agenda = agenda

    lijnen = list(agenda.uitwerkingslijnen.all())
    activiteiten_per_lijn = {lijn.pk: [] for lijn in lijnen}
    for activiteit in fase.activiteiten.all():
        activiteiten_per_lijn.setdefault(activiteit.lijn_id, []).append(activiteit)
    for lijn in lijnen:
        lijn.fase_activiteiten = activiteiten_per_lijn[lijn.pk]

    leerervaringen = list(
        Leerervaring.objects.filter(fase=fase).prefetch_related(
            Prefetch(
                "citaten", queryset=Citaat.objects.publiek().order_by("volgorde", "pk"), to_attr="publieke_citaten"
            )
        )
    )
    percepties = [le for le in leerervaringen if not le.oordeel]
    kwadrant = {
        f"{aspect}_{kort}": [le for le in leerervaringen if (le.oordeel, le.aspect) == (oordeel, aspect)]
        for oordeel, kort in ((KwadrantOordeel.GAAT_GOED, "goed"), (KwadrantOordeel.KAN_BETER, "beter"))
        for aspect in KwadrantAspect.values
    }
    # Quotes without a place in the text, or placed after a leerervaring of another fase.
    eigen = {le.pk for le in leerervaringen}
    losse_citaten = [
        c
        for c in Citaat.objects.publiek().filter(fase=fase).order_by("volgorde", "pk")
        if c.na_leerervaring_id not in eigen
    ]

    perspectief = list(agenda.perspectief_onderdelen.all())
    trends = list(agenda.trends.all()) if any(o.soort == PerspectiefSoort.BEWEGING for o in perspectief) else []

    fases = list(agenda.fases.order_by("nummer").only("pk", "nummer", "naam", "agenda_id"))
    index = next(i for i, f in enumerate(fases) if f.pk == fase.pk)

    return {
        "agenda": agenda,
        "fase": fase,
        "lijnen": lijnen,
        "heeft_resultaten": any(lijn.resultaat for lijn in lijnen),
        "heeft_activiteiten": any(lijn.fase_activiteiten for lijn in lijnen),
        "percepties": percepties,
        "kwadrant": kwadrant,
        "heeft_kwadrant": any(kwadrant.values()),
        "losse_citaten": losse_citaten,
        "perspectief": perspectief,
        "trends": trends,
        "peilingen": queries.peiling_uitslagen(fase),
        "vorige_fase": fases[index - 1] if index > 0 else None,
        "volgende_fase": fases[index + 1] if index + 1 < len(fases) else None,
        "nav_actief": "leerspoor",
    }


def fase(request, agenda, nummer):
    """The leerspoor of one fase, reading like the seed: what happened, what was learnt, the polls."""
    return render(request, "leerspoor/fase.html", _fase_context(request, agenda, nummer))


def fase_pdf_download(request, agenda, nummer):
    """The same fase report as a tagged PDF (PDF/UA-1)."""
    context = _fase_context(request, agenda, nummer)
    inhoud = fase_pdf(context, base_url=request.build_absolute_uri("/"))
    antwoord = HttpResponse(inhoud, content_type="application/pdf")
    bestandsnaam = f"leerspoor-{context['agenda'].slug}-fase-{context['fase'].nummer}.pdf"
    antwoord["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    return antwoord


@alleen_kernteam(mag_risicos_zien)
def risicos(request, agenda):
    """The risk register: filters, heat map kans × impact, trends and the risks due for review."""
    agenda = _agenda(request, agenda)
    basis = Risico.objects.van_agenda(agenda).met_risicoscore()
    filter_ = RisicoFilter(request.GET or None, basis.met_besprekingen(), agenda=agenda)
    lijst = filter_.qs.order_by("-risicoscore", "titel")
    te_bespreken = basis.te_bespreken().select_related("eigenaar").order_by("-risicoscore", "titel")
    overleggen = list(
        Bijeenkomst.objects.van_agenda(agenda)
        .kernteamoverleggen()
        .annotate(aantal_besprekingen=Count("risicobesprekingen"))
        .order_by("-datum", "-pk")[:6]
    )
    return render(
        request,
        "leerspoor/risicos.html",
        {
            "agenda": agenda,
            "filter": filter_,
            "risicos": lijst,
            "heatmap": queries.risico_heatmap(filter_.qs),
            "te_bespreken": te_bespreken,
            "overleggen": overleggen,
            "kansen": range(1, 6),
            "nav_actief": "leerspoor",
        },
    )


@alleen_kernteam(mag_risicos_zien)
def risico(request, agenda, pk):
    """One risk: description, measures and its score over the kernteamoverleggen."""
    agenda = _agenda(request, agenda)
    risico = get_object_or_404(Risico.objects.van_agenda(agenda).met_besprekingen().select_related("bron"), pk=pk)
    return render(request, "leerspoor/risico.html", {"agenda": agenda, "risico": risico, "nav_actief": "leerspoor"})


@alleen_kernteam(mag_risicos_bespreken)
def overleg(request, agenda, pk):
    """A kernteamoverleg: the risks still to discuss there, with one form for all reviews."""
    agenda = _agenda(request, agenda)
    overleg = get_object_or_404(Bijeenkomst.objects.van_agenda(agenda).kernteamoverleggen(), pk=pk)
    te_bespreken = list(
        Risico.objects.niet_besproken_op(overleg)
        .met_risicoscore()
        .select_related("eigenaar")
        .order_by("-risicoscore", "titel")
    )
    if request.method == "POST":
        formset = RisicoBesprekingFormSet(request.POST, risicos=te_bespreken)
        if formset.is_valid():
            try:
                vastgelegd = risicobesprekingen_vastleggen(overleg=overleg, besprekingen=formset.besprekingen())
            except ValidationError as fout:
                formset._non_form_errors = formset.error_class(fout.messages)
            else:
                messages.success(request, _("%(aantal)s bespreking(en) vastgelegd.") % {"aantal": len(vastgelegd)})
                return redirect("leerspoor:overleg", agenda=agenda.slug, pk=overleg.pk)
    else:
        formset = RisicoBesprekingFormSet(risicos=te_bespreken)
    besproken = overleg.risicobesprekingen.select_related("risico").order_by("risico__titel")
    return render(
        request,
        "leerspoor/overleg.html",
        {
            "agenda": agenda,
            "overleg": overleg,
            "formset": formset,
            "formulieren": list(zip(te_bespreken, formset.forms, strict=False)),
            "besproken": besproken,
            "nav_actief": "leerspoor",
        },
    )


@alleen_kernteam(mag_betrokkenheid_zien)
def betrokkenheid(request, agenda):
    """How many distinct people took part, by bestuurslaag, soort and profiel, per tafel, with flags."""
    agenda = _agenda(request, agenda)
    return render(
        request,
        "leerspoor/betrokkenheid.html",
        {
            "agenda": agenda,
            "b": queries.betrokkenheid(agenda),
            "scheef_procent": round(queries.SCHEEF_GRENS * 100),
            "nav_actief": "leerspoor",
        },
    )


@alleen_kernteam(mag_betrokkenheid_zien)
def betrokkenheid_csv(request, agenda):
    """The betrokkenheid per tafel as CSV: counts only, no personal data."""
    agenda = _agenda(request, agenda)
    b = queries.betrokkenheid(agenda)
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="betrokkenheid-{slugify(agenda.slug)}.csv"'
    # A BOM makes spreadsheet programs read the accents (ë, –) correctly.
    antwoord.write("\ufeff")
    schrijver = csv.writer(antwoord)
    kop = [_("groep"), _("totaal personen")]
    kop += [label for _w, label, _n in b.totaal.per_bestuurslaag]
    kop += [label for _w, label, _n in b.totaal.per_soort]
    kop += [label for _w, label, _n in b.totaal.per_profiel]
    kop.append(_("signalen"))
    schrijver.writerow(kop)

    def rij(naam, u, signalen=()):
        return (
            [naam, u.totaal]
            + [n for *_rest, n in u.per_bestuurslaag]
            + [n for *_rest, n in u.per_soort]
            + [n for *_rest, n in u.per_profiel]
            + ["; ".join(signalen)]
        )

    for tafel in b.tafels:
        naam = _("Gesprekstafel: %(titel)s") % {"titel": tafel.tafel.titel}
        schrijver.writerow(rij(naam, tafel.uitsplitsing, tafel.signalen))
    schrijver.writerow(rij(_("Synthesebijeenkomst"), b.synthese))
    schrijver.writerow(rij(_("Totaal agenda"), b.totaal))
    return antwoord
