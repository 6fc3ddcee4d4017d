"""Peilingen: the kernteam runs a poll (open, close, projector, live results); those present answer it."""

import secrets

import segno
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_kernteam, is_kernteam
from leerspoor import anoniem, queries
from leerspoor.forms import PeilingForm
from leerspoor.models import (
    Antwoord,
    Peiling,
    PeilingStatus,
    Vraag,
)
from leerspoor.permissions import (
    mag_peiling_beantwoorden,
)
from leerspoor.services import peiling_beantwoorden as peiling_beantwoorden_service
from leerspoor.services import (
    peiling_niet_open_melding,
    peiling_openen,
    peiling_sluiten,
    peiling_zonder_account_instellen,
    respondent_sleutel,
)

# How often the projector's results page fetches new figures (seconds); also shown to the reader.
VERVERS_SECONDEN = 5
SESSIE_RESPONDENT = "leerspoor_peiling_respondent"


def _kernteam_peiling(request, agenda_slug, pk):
    agenda = zichtbare_agenda_of_404(request.user, agenda_slug)
    peiling = get_object_or_404(Peiling.objects.van_agenda(agenda).select_related("bijeenkomst"), pk=pk)
    return agenda, peiling


def _antwoord_url(request, agenda, peiling) -> str:
    """The short link for the projector and the QR code: `/p/<token>/`, which leads to the answer page."""
    return request.build_absolute_uri(reverse("peiling_kort", kwargs={"token": peiling.token}))


@require_safe
def peiling_kort(request, token):
    """The short link behind the QR code: on to the answer page of the peiling in its agenda."""
    peiling = get_object_or_404(Peiling.objects.bij_deelnemers().select_related("bijeenkomst__agenda"), token=token)
    agenda = peiling.bijeenkomst.agenda
    return redirect("leerspoor:peiling_beantwoorden", agenda=agenda.slug, token=peiling.token)


@require_safe
@alleen_kernteam
def peilingen(request, agenda):
    """The polls of the agenda's meetings, with their status and how many have answered."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
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


@require_http_methods(["GET", "POST"])
@alleen_kernteam
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


@require_safe
@alleen_kernteam
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


@require_safe
@alleen_kernteam
def peiling_uitslag(request, agenda, pk):
    """The results for the projector: bars and a table per question, refreshed while answers come in."""
    return render(request, "leerspoor/peiling/uitslag.html", _uitslag_context(request, agenda, pk))


@require_safe
@alleen_kernteam
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


@require_http_methods(["GET", "POST"])
def peiling_beantwoorden(request, agenda, token):
    """The answer page behind the QR code: each unanswered question once, anonymously."""
    peiling = get_object_or_404(
        Peiling.objects.bij_deelnemers().select_related("bijeenkomst__agenda"),
        token=token,
        bijeenkomst__agenda__slug=agenda,
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
            "beantwoord": [(v, v.leesbaar(beantwoord[v.pk])) for v in vragen if v.pk in beantwoord],
            "alles_beantwoord": bool(vragen) and not open_vragen,
            "respondent_kandidaat": anoniem.kandidaat_maken(peiling) if form is not None and nieuw_anoniem else "",
            "nav_actief": "leerspoor",
        },
        status=409 if niet_open and request.method == "POST" else 200,
    )
