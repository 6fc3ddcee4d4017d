from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from agenda.filters import TrendFilter
from agenda.models import Agenda, PerspectiefSoort
from agenda.permissions import zichtbare_agenda_of_404
from kern.lijsten import gefilterd


@require_safe
def home(request):
    """The published agendas; with only one, its overview straight away."""
    agendas = list(Agenda.objects.zichtbaar_voor(request.user))
    if len(agendas) == 1:
        return redirect(agendas[0])
    return render(request, "agenda/home.html", {"agendas": agendas})


@require_safe
def overzicht(request, agenda):
    """An agenda: its inleiding and (through the panels of opgaven, tafels and publicatie) what it holds."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    return render(request, "agenda/overzicht.html", {"agenda": agenda, "nav_actief": "overzicht"})


@require_safe
def perspectief(request, agenda):
    """The Perspectief: its three parts and, under "In beweging", the trends (their opgaven: a panel of opgaven)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    trendfilter = TrendFilter(request.GET or None, queryset=agenda.trends.all())
    trends = list(gefilterd(request, trendfilter))
    onderdelen = list(agenda.perspectief_onderdelen.all())
    heeft_beweging = any(o.soort == PerspectiefSoort.BEWEGING for o in onderdelen)
    return render(
        request,
        "agenda/perspectief.html",
        {
            "agenda": agenda,
            "nav_actief": "perspectief",
            "onderdelen": onderdelen,
            # Without an "In beweging" part the trends get a section of their own; also when a filter
            # found nothing, so its form stays on the page to undo it.
            "trends_los": not heeft_beweging and (trends or trendfilter.is_bound),
            "trends": trends,
            "trendfilter": trendfilter,
            "soort_beweging": PerspectiefSoort.BEWEGING,
        },
    )
