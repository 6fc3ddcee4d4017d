from django.db.models import Prefetch
from django.shortcuts import redirect, render

from agenda.filters import TrendFilter
from agenda.models import Agenda, PerspectiefSoort, Trend
from agenda.permissions import zichtbare_agenda_of_404
from kern.lijsten import gefilterd

# Opgaven live in an app to the right of agenda: reach the model through the relation, not an import.
_Opgave = Trend._meta.get_field("opgaven").related_model


def home(request):
    """The published agendas; with only one, its overview straight away."""
    agendas = list(Agenda.objects.zichtbaar_voor(request.user))
    if len(agendas) == 1:
        return redirect(agendas[0])
    return render(request, "agenda/home.html", {"agendas": agendas})


def overzicht(request, agenda):
    """An agenda: its inleiding and the omgevingsopgaven in their order."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    omgevingsopgaven = agenda.opgaven.zichtbaar_voor(request.user).omgevingsopgaven()
    return render(
        request,
        "agenda/overzicht.html",
        {
            "agenda": agenda,
            "nav_actief": "overzicht",
            "omgevingsopgaven": omgevingsopgaven,
            "aantal_gesprekstafels": agenda.gesprekstafels.zichtbaar_voor(request.user).count(),
        },
    )


def perspectief(request, agenda):
    """The Perspectief: its three parts and, under "In beweging", the trends with their opgaven."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    trendfilter = TrendFilter(
        request.GET or None,
        queryset=agenda.trends.prefetch_related(
            Prefetch(
                "opgaven",
                queryset=_Opgave.objects.zichtbaar_voor(request.user).in_volgorde(),
            )
        ),
    )
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
