import secrets

import segno
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agenda.models import Agenda, Fase, PerspectiefSoort
from deelnemers.permissions import alleen_kernteam, is_deelnemer, is_kernteam
from kern.csv import csv_antwoord
from tafels.models import Bijeenkomst

from . import anoniem, queries
from .filters import RisicoFilter
from .forms import PeilingForm, RisicoBesprekingFormSet
from .models import (
    Antwoord,
    Citaat,
    KwadrantAspect,
    KwadrantOordeel,
    Leerervaring,
    Peiling,
    PeilingStatus,
    Risico,
    Vraag,
    VraagSoort,
    kernteamoverleggen_tot,
)
from .pdf import fase_pdf_antwoord
from .permissions import (
    mag_betrokkenheid_zien,
    mag_peiling_beantwoorden,
    mag_peilingen_beheren,
    mag_risicos_bespreken,
    mag_risicos_zien,
)
from .services import peiling_beantwoorden as peiling_beantwoorden_service
from .services import (
    peiling_niet_open_melding,
    peiling_openen,
    peiling_sluiten,
    peiling_zonder_account_instellen,
    respondent_sleutel,
    risicobesprekingen_vastleggen,
)


def _agenda(request, slug):
    return get_object_or_404(Agenda.objects.zichtbaar_voor(request.user), slug=slug)


def overzicht(request, agenda):
    """The leerspoor of an agenda: its fases, each with a link to its report."""
    agenda = _agenda(request, agenda)
    fases = agenda.fases.annotate(
        aantal_leerervaringen=Count("leerervaringen", distinct=True),
    ).order_by("nummer")
    # Deelnemers find an open poll here too (after the meeting, without the QR code); the kernteam
    # has its own list of every poll.
    open_peilingen = []
    if is_deelnemer(request.user) and not is_kernteam(request.user):
        open_peilingen = Peiling.objects.van_agenda(agenda).open().select_related("bijeenkomst")
    return render(
        request,
        "leerspoor/overzicht.html",
        {"agenda": agenda, "fases": fases, "open_peilingen": open_peilingen, "nav_actief": "leerspoor"},
    )


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

    leerervaringen = Leerervaring.objects.filter(fase=fase)
    percepties = list(
        leerervaringen.percepties().prefetch_related(
            Prefetch(
                "citaten", queryset=Citaat.objects.publiek().order_by("volgorde", "pk"), to_attr="publieke_citaten"
            )
        )
    )
    in_kwadrant = list(leerervaringen.kwadrant())
    kwadrant = {
        f"{aspect}_{kort}": [le for le in in_kwadrant if (le.oordeel, le.aspect) == (oordeel, aspect)]
        for oordeel, kort in ((KwadrantOordeel.GAAT_GOED, "goed"), (KwadrantOordeel.KAN_BETER, "beter"))
        for aspect in KwadrantAspect.values
    }
    # Quotes shown on their own: without a place, or placed after a leerervaring the text
    # does not quote under (one of another fase, or one in the kwadrant).
    onder_perceptie = {le.pk for le in percepties}
    losse_citaten = [
        c
        for c in Citaat.objects.publiek().filter(fase=fase).order_by("volgorde", "pk")
        if c.na_leerervaring_id not in onder_perceptie
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
    """The same fase report as a tagged PDF (PDF/UA-1), served with an ETag and cached by its content."""
    return fase_pdf_antwoord(request, _fase_context(request, agenda, nummer))


@alleen_kernteam(mag_risicos_zien)
def risicos(request, agenda):
    """The risk register: filters, risicokaart kans × impact, trends and the risks due for review."""
    agenda = _agenda(request, agenda)
    basis = Risico.objects.van_agenda(agenda).met_risicoscore()
    filter_ = RisicoFilter(request.GET or None, basis.met_besprekingen(), agenda=agenda)
    lijst = filter_.qs.order_by("-risicoscore", "titel")
    vandaag = timezone.localdate()
    te_bespreken = basis.te_bespreken(op=vandaag).select_related("eigenaar").order_by("-risicoscore", "titel")
    # The overleg te_bespreken measured against, not simply the newest (that may still be planned).
    laatste_overleg = kernteamoverleggen_tot(vandaag).filter(agenda=agenda).first()
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
            "laatste_overleg": laatste_overleg,
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
    kop = [_("groep"), _("totaal personen")]
    kop += [label for _w, label, _n in b.totaal.per_bestuurslaag]
    kop += [label for _w, label, _n in b.totaal.per_soort]
    kop += [label for _w, label, _n in b.totaal.per_profiel]
    kop.append(_("signalen"))

    def rij(naam, u, signalen=()):
        return (
            [naam, u.totaal]
            + [n for *_rest, n in u.per_bestuurslaag]
            + [n for *_rest, n in u.per_soort]
            + [n for *_rest, n in u.per_profiel]
            + ["; ".join(signalen)]
        )

    rijen = [
        rij(_("Gesprekstafel: %(titel)s") % {"titel": tafel.tafel.titel}, tafel.uitsplitsing, tafel.signalen)
        for tafel in b.tafels
    ]
    rijen.append(rij(_("Synthesebijeenkomst"), b.synthese))
    rijen.append(rij(_("Totaal agenda"), b.totaal))
    return csv_antwoord(kop, rijen, bestandsnaam=f"betrokkenheid-{slugify(agenda.slug)}.csv", privaat=True)


# --- Peiling -------------------------------------------------------------------------------------

# How often the projector's results page fetches new figures (seconds); also shown to the reader.
VERVERS_SECONDEN = 5
SESSIE_RESPONDENT = "leerspoor_peiling_respondent"


def _kernteam_peiling(request, agenda_slug, pk):
    agenda = _agenda(request, agenda_slug)
    peiling = get_object_or_404(Peiling.objects.van_agenda(agenda).select_related("bijeenkomst"), pk=pk)
    return agenda, peiling


def _antwoord_url(request, agenda, peiling) -> str:
    """The short link for the projector and the QR code: `/p/<token>/`, which leads to the answer page."""
    return request.build_absolute_uri(reverse("peiling_kort", kwargs={"token": peiling.token}))


def peiling_kort(request, token):
    """The short link behind the QR code: on to the answer page of the peiling in its agenda."""
    peiling = get_object_or_404(Peiling.objects.select_related("bijeenkomst__agenda"), token=token)
    agenda = peiling.bijeenkomst.agenda
    return redirect("leerspoor:peiling_beantwoorden", agenda=agenda.slug, token=peiling.token)


@alleen_kernteam(mag_peilingen_beheren)
def peilingen(request, agenda):
    """The polls of the agenda's meetings, with their status and how many have answered."""
    agenda = _agenda(request, agenda)
    lijst = (
        Peiling.objects.van_agenda(agenda)
        .met_aantallen()
        .select_related("bijeenkomst")
        .order_by("-bijeenkomst__datum", "titel")
    )
    return render(
        request, "leerspoor/peiling/lijst.html", {"agenda": agenda, "peilingen": lijst, "nav_actief": "leerspoor"}
    )


# The buttons of the kernteam's poll page: the posted `actie` → the service and its confirmation.
PEILING_ACTIES = {
    "openen": (lambda p: peiling_openen(peiling=p), gettext_lazy("De peiling is open: aanwezigen kunnen antwoorden.")),
    "sluiten": (lambda p: peiling_sluiten(peiling=p), gettext_lazy("De peiling is gesloten.")),
    "zonder_account_aan": (
        lambda p: peiling_zonder_account_instellen(peiling=p, toegestaan=True),
        gettext_lazy("Aanwezigen zonder account kunnen nu via de link antwoorden."),
    ),
    "zonder_account_uit": (
        lambda p: peiling_zonder_account_instellen(peiling=p, toegestaan=False),
        gettext_lazy("Alleen ingelogde deelnemers kunnen nu antwoorden."),
    ),
}


@alleen_kernteam(mag_peilingen_beheren)
def peiling_beheer(request, agenda, pk):
    """One poll for the kernteam: open or close it, allow answers without an account, links to the projector."""
    agenda, peiling = _kernteam_peiling(request, agenda, pk)
    if request.method == "POST":
        actie = PEILING_ACTIES.get(request.POST.get("actie", ""))
        if actie is None:
            messages.error(request, _("Onbekende actie."))
        else:
            uitvoeren, melding = actie
            try:
                uitvoeren(peiling)
            except ValidationError as fout:
                messages.error(request, " ".join(fout.messages))
            else:
                messages.success(request, melding)
        return redirect("leerspoor:peiling_beheer", agenda=agenda.slug, pk=peiling.pk)
    vragen = Vraag.objects.filter(peiling=peiling).annotate(aantal_antwoorden=Count("antwoorden"))
    return render(
        request,
        "leerspoor/peiling/beheer.html",
        {
            "agenda": agenda,
            "peiling": peiling,
            "vragen": vragen,
            "antwoord_url": _antwoord_url(request, agenda, peiling),
            "nav_actief": "leerspoor",
        },
    )


@alleen_kernteam(mag_peilingen_beheren)
def peiling_projector(request, agenda, pk):
    """For the projector: a large QR code (SVG drawn on the server) and the short link to the answer page."""
    agenda, peiling = _kernteam_peiling(request, agenda, pk)
    url = _antwoord_url(request, agenda, peiling)
    # Quiet zone of 4 modules and a white background: phones scan it from a dark projector screen too.
    qr = segno.make(url, error="m").svg_inline(
        scale=1, border=4, omitsize=True, dark="#000", light="#fff", svgclass="oa-qr"
    )
    return render(
        request,
        "leerspoor/peiling/projector.html",
        {
            "agenda": agenda,
            "peiling": peiling,
            "qr_svg": mark_safe(qr),  # segno's own markup; the URL in it is ours
            "antwoord_url": url,
            "korte_link": url.split("://", 1)[-1],
            "nav_actief": "leerspoor",
        },
    )


def _uitslag_context(request, agenda_slug, pk):
    agenda, peiling = _kernteam_peiling(request, agenda_slug, pk)
    return {
        "agenda": agenda,
        "peiling": peiling,
        "uitslagen": queries.peiling_uitslag(peiling),
        "ververs_seconden": VERVERS_SECONDEN,
        "nav_actief": "leerspoor",
    }


@alleen_kernteam(mag_peilingen_beheren)
def peiling_uitslag(request, agenda, pk):
    """The results for the projector: bars and a table per question, refreshed while answers come in."""
    return render(request, "leerspoor/peiling/uitslag.html", _uitslag_context(request, agenda, pk))


@alleen_kernteam(mag_peilingen_beheren)
def peiling_uitslag_fragment(request, agenda, pk):
    """Only the figures of the results page, fetched by the page every few seconds."""
    antwoord = render(request, "leerspoor/peiling/includes/uitslag.html", _uitslag_context(request, agenda, pk))
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _respondent(request, peiling, *, aanmaken: bool) -> str | None:
    """The respondent key of this visitor; for someone without an account a random id kept in the session."""
    if request.user.is_authenticated:
        return respondent_sleutel(peiling=peiling, user=request.user)
    sessie_id = request.session.get(SESSIE_RESPONDENT)
    if not sessie_id:
        if not aanmaken:
            return None
        # Only an answer makes a session; its id comes from the form (see leerspoor.anoniem).
        kandidaat = anoniem.kandidaat_lezen(peiling, request.POST.get(anoniem.KANDIDAAT_VELD, ""))
        sessie_id = request.session[SESSIE_RESPONDENT] = kandidaat or secrets.token_hex(16)
    return respondent_sleutel(peiling=peiling, sessie_id=sessie_id)


def _leesbaar(vraag, waarde: str) -> str:
    """A stored answer as the respondent chose it: a scale value with its label."""
    if vraag.soort == VraagSoort.SCHAAL:
        return dict(vraag.schaal_keuzes()).get(waarde, waarde)
    return waarde


def peiling_beantwoorden(request, agenda, token):
    """The answer page behind the QR code: each unanswered question once, anonymously."""
    peiling = get_object_or_404(
        Peiling.objects.select_related("bijeenkomst__agenda"), token=token, bijeenkomst__agenda__slug=agenda
    )
    if not mag_peiling_beantwoorden(request.user, peiling):
        return redirect_to_login(request.get_full_path())
    eigen_agenda = peiling.bijeenkomst.agenda
    vragen = list(peiling.vragen.all())
    niet_open = None if peiling.status == PeilingStatus.OPEN else peiling_niet_open_melding(peiling.status)
    nieuw_anoniem = not request.user.is_authenticated and not request.session.get(SESSIE_RESPONDENT)
    nieuw_antwoord = request.method == "POST" and niet_open is None and nieuw_anoniem
    if nieuw_antwoord and not anoniem.nieuwe_respondent_toegestaan(request, peiling):
        return render(request, "leerspoor/peiling/te_vaak.html", {"peiling": peiling}, status=429)
    # Without an account the id travels in the form until the first answer (leerspoor.anoniem).
    respondent = _respondent(request, peiling, aanmaken=niet_open is None and request.method == "POST")
    beantwoord = dict(
        Antwoord.objects.van_respondent(peiling, respondent).values_list("vraag_id", "waarde") if respondent else ()
    )
    open_vragen = [v for v in vragen if v.pk not in beantwoord]
    hier = request.get_full_path()

    form = None
    if niet_open is None and open_vragen:
        # A repeated submit (double click, second tab) carries answers to questions stored meanwhile.
        herhaald = request.method == "POST" and any(request.POST.get(f"vraag_{pk}", "").strip() for pk in beantwoord)
        form = PeilingForm(
            request.POST if request.method == "POST" else None, vragen=open_vragen, leeg_toegestaan=herhaald
        )
        if form.is_bound and form.is_valid():
            try:
                uitkomst = peiling_beantwoorden_service(
                    peiling=peiling, respondent=respondent, antwoorden=form.antwoorden()
                )
            except ValidationError as fout:
                if fout.code == "peiling_niet_open":
                    niet_open, form = fout.messages[0], None
                else:
                    form.add_error(None, fout)
            else:
                if uitkomst.opgeslagen:
                    messages.success(request, _("Dank u wel: uw antwoorden zijn opgeslagen."))
                if uitkomst.al_beantwoord or not uitkomst.opgeslagen:
                    messages.info(request, _("U had deze vragen al beantwoord; uw eerste antwoord telt."))
                return redirect(hier)
    elif request.method == "POST" and niet_open is None:
        # A double submit that arrives after the first was stored: nothing left to answer.
        messages.info(request, _("U had deze vragen al beantwoord; uw eerste antwoord telt."))
        return redirect(hier)

    return render(
        request,
        "leerspoor/peiling/beantwoorden.html",
        {
            # The agenda navigation only for those who may see the agenda (the link works without).
            "agenda": eigen_agenda if eigen_agenda.gepubliceerd or is_kernteam(request.user) else None,
            "eigen_agenda": eigen_agenda,
            "peiling": peiling,
            "form": form,
            "niet_open": niet_open,
            "beantwoord": [(v, _leesbaar(v, beantwoord[v.pk])) for v in vragen if v.pk in beantwoord],
            "alles_beantwoord": bool(vragen) and not open_vragen,
            "respondent_kandidaat": anoniem.kandidaat_maken(peiling) if form is not None and nieuw_anoniem else "",
            "nav_actief": "leerspoor",
        },
        status=409 if niet_open and request.method == "POST" else 200,
    )
