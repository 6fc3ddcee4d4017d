from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_deelnemers, is_deelnemer
from kern.lijsten import gefilterd, pagineren
from opgaven.models import Opgave
from tafels.filters import BijeenkomstFilter, GesprekstafelFilter
from tafels.models import Bijeenkomst, Deelname, Gesprekstafel
from tafels.permissions import mag_gesprekstafel_zien

TAFELS_PER_PAGINA = 25
BIJEENKOMSTEN_PER_PAGINA = 25


def _zichtbare_opgaven(user):
    return Prefetch("opgaven", queryset=Opgave.objects.zichtbaar_voor(user).in_volgorde())


def _deelnames():
    return Prefetch(
        "deelnames",
        queryset=Deelname.objects.select_related("deelnemer__organisatie").order_by("rol", "deelnemer__naam"),
    )


@require_safe
def lijst(request, agenda):
    """The gesprekstafels of an agenda with the opgaven each deepened."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    tafels = agenda.gesprekstafels.zichtbaar_voor(request.user).prefetch_related(_zichtbare_opgaven(request.user))
    tafelfilter = GesprekstafelFilter(request.GET or None, queryset=tafels)
    pagina = pagineren(request, gefilterd(request, tafelfilter), TAFELS_PER_PAGINA)
    return render(
        request,
        "tafels/lijst.html",
        {"agenda": agenda, "nav_actief": "tafels", "filter": tafelfilter, "pagina": pagina},
    )


@require_safe
def detail(request, agenda, slug):
    """A gesprekstafel: its opgaven and opbrengst; for deelnemers also the gespreksnotitie and who took part."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    tafels = agenda.gesprekstafels.zichtbaar_voor(request.user).prefetch_related(_zichtbare_opgaven(request.user))
    # The gespreksnotitie and who took part are for deelnemers and the kernteam; the opbrengst is public.
    toon_deelnames = is_deelnemer(request.user)
    if toon_deelnames:
        tafels = tafels.prefetch_related(
            Prefetch(
                "bijeenkomsten",
                queryset=Bijeenkomst.objects.zichtbaar_voor(request.user).prefetch_related(_deelnames()),
            )
        )
    try:
        tafel = tafels.get(slug=slug)
    except Gesprekstafel.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "tafels/detail.html",
        {
            "agenda": agenda,
            "nav_actief": "tafels",
            "tafel": tafel,
            "toon_gespreksnotitie": toon_deelnames,
            "toon_deelnames": toon_deelnames,
            "bijeenkomsten": tafel.bijeenkomsten.all() if toon_deelnames else [],
        },
    )


@require_safe
@alleen_deelnemers
def bijeenkomsten(request, agenda):
    """The bijeenkomsten of an agenda (deelnemers and the kernteam)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    lijst = (
        agenda.bijeenkomsten.zichtbaar_voor(request.user)
        .select_related("fase", "gesprekstafel")
        .annotate(aantal_deelnames=Count("deelnames"))
        .order_by("-datum", "titel")
    )
    bijeenkomstfilter = BijeenkomstFilter(request.GET or None, queryset=lijst, agenda=agenda)
    pagina = pagineren(request, gefilterd(request, bijeenkomstfilter), BIJEENKOMSTEN_PER_PAGINA)
    return render(
        request,
        "tafels/bijeenkomsten.html",
        {"agenda": agenda, "nav_actief": "tafels", "filter": bijeenkomstfilter, "pagina": pagina},
    )


@require_safe
@alleen_deelnemers
def bijeenkomst(request, agenda, pk):
    """A bijeenkomst: when, where, its verslag and who took part (deelnemers and the kernteam)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    try:
        bijeenkomst = (
            agenda.bijeenkomsten.zichtbaar_voor(request.user)
            .select_related("fase", "gesprekstafel")
            .prefetch_related(_deelnames())
            .get(pk=pk)
        )
    except Bijeenkomst.DoesNotExist:
        raise Http404 from None
    gesprekstafel = bijeenkomst.gesprekstafel
    if gesprekstafel is not None:
        gesprekstafel.agenda = agenda
        if not mag_gesprekstafel_zien(request.user, gesprekstafel):
            gesprekstafel = None
    return render(
        request,
        "tafels/bijeenkomst.html",
        {"agenda": agenda, "nav_actief": "tafels", "bijeenkomst": bijeenkomst, "gesprekstafel": gesprekstafel},
    )
