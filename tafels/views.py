from django.contrib.auth.views import redirect_to_login
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import render

from agenda.permissions import mag_bijeenkomsten_zien, zichtbare_agenda_of_404
from kern.lijsten import gefilterd, pagineren
from opgaven.models import Opgave
from tafels.filters import BijeenkomstFilter, GesprekstafelFilter
from tafels.models import Bijeenkomst, Deelname, Gesprekstafel
from tafels.permissions import mag_deelnames_zien, mag_gespreksnotitie_zien, mag_gesprekstafel_zien

TAFELS_PER_PAGINA = 25
BIJEENKOMSTEN_PER_PAGINA = 25


def _zichtbare_opgaven(user):
    return Prefetch("opgaven", queryset=Opgave.objects.zichtbaar_voor(user).in_volgorde())


def _deelnames():
    return Prefetch(
        "deelnames",
        queryset=Deelname.objects.select_related("deelnemer__organisatie").order_by("rol", "deelnemer__naam"),
    )


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


def detail(request, agenda, slug):
    """A gesprekstafel: its opgaven and opbrengst; for deelnemers also the gespreksnotitie and who took part."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    tafels = agenda.gesprekstafels.zichtbaar_voor(request.user).prefetch_related(_zichtbare_opgaven(request.user))
    toon_deelnames = mag_deelnames_zien(request.user)
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
            "toon_gespreksnotitie": mag_gespreksnotitie_zien(request.user),
            "toon_deelnames": toon_deelnames,
            "bijeenkomsten": tafel.bijeenkomsten.all() if toon_deelnames else [],
        },
    )


def bijeenkomsten(request, agenda):
    """The bijeenkomsten of an agenda (deelnemers and the kernteam)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    if not mag_bijeenkomsten_zien(request.user):
        return redirect_to_login(request.get_full_path())
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


def bijeenkomst(request, agenda, pk):
    """A bijeenkomst: when, where, its verslag and who took part (deelnemers and the kernteam)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    if not mag_bijeenkomsten_zien(request.user):
        return redirect_to_login(request.get_full_path())
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
