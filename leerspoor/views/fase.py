"""The public leerspoor: the overview of the fases and the report of one fase (page and PDF)."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from agenda.models import Fase
from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import is_deelnemer, is_kernteam
from leerspoor import queries
from leerspoor.models import (
    Peiling,
)
from leerspoor.pdf import fase_pdf_antwoord


@require_safe
def overzicht(request, agenda):
    """The leerspoor of an agenda: its fases, each with a link to its report."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    fases = agenda.fases.annotate(
        aantal_leerervaringen=Count("leerervaringen", distinct=True),
    ).order_by("nummer")
    # Deelnemers find an open poll here too (after the meeting, without the QR code); the kernteam
    # has its own list of every poll.
    open_peilingen = []
    if is_deelnemer(request.user) and not is_kernteam(request.user):
        open_peilingen = (
            Peiling.objects.van_agenda(agenda).zichtbaar_voor(request.user).open().select_related("bijeenkomst")
        )
    return render(
        request,
        "leerspoor/overzicht.html",
        {"agenda": agenda, "fases": fases, "open_peilingen": open_peilingen, "nav_actief": "leerspoor"},
    )


def _fase_verslag(request, agenda_slug, nummer) -> dict:
    agenda = zichtbare_agenda_of_404(request.user, agenda_slug)
    fase = get_object_or_404(Fase, agenda=agenda, nummer=nummer)
    fase.agenda = agenda
    return {**queries.fase_verslag(fase), "nav_actief": "leerspoor"}


@require_safe
def fase(request, agenda, nummer):
    """The leerspoor of one fase, reading like the seed: what happened, what was learnt, the polls."""
    return render(request, "leerspoor/fase.html", _fase_verslag(request, agenda, nummer))


@require_safe
def fase_pdf_download(request, agenda, nummer):
    """The same fase report as a tagged PDF (PDF/UA-1), served with an ETag and cached by its content."""
    return fase_pdf_antwoord(request, _fase_verslag(request, agenda, nummer))
