from django.contrib import messages
from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_deelnemers, alleen_kernteam, is_deelnemer, is_kernteam
from kern.csv import csv_antwoord
from kern.lijsten import gefilterd, pagineren
from opgaven.models import Opgave
from tafels.filters import BijeenkomstFilter, GesprekstafelFilter
from tafels.kalender import kalender_ics
from tafels.models import Bijeenkomst, Deelname, Gesprekstafel, KalenderFeed
from tafels.permissions import mag_aanmelden, mag_gesprekstafel_zien
from tafels.services import bijeenkomst_aanmelden, bijeenkomst_afmelden, kalenderfeed_van

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
    bijeenkomst.agenda = agenda
    # One query for all sign-ups: the count, the viewer's own and (for the kernteam) the list.
    aanmeldingen = list(bijeenkomst.aanmeldingen.select_related("deelnemer__organisatie"))
    kan_aanmelden = mag_aanmelden(request.user, bijeenkomst)
    return render(
        request,
        "tafels/bijeenkomst.html",
        {
            "agenda": agenda,
            "nav_actief": "tafels",
            "bijeenkomst": bijeenkomst,
            "gesprekstafel": gesprekstafel,
            "kan_aanmelden": kan_aanmelden,
            "mijn_aanmelding": next((a for a in aanmeldingen if a.deelnemer.user_id == request.user.pk), None),
            "aantal_geplaatst": sum(1 for a in aanmeldingen if not a.op_wachtlijst),
            "aanmeldingen": aanmeldingen if is_kernteam(request.user) else None,
        },
    )


def _zichtbare_bijeenkomst(request, agenda, pk) -> Bijeenkomst:
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    bijeenkomst = get_object_or_404(agenda.bijeenkomsten.zichtbaar_voor(request.user), pk=pk)
    bijeenkomst.agenda = agenda
    return bijeenkomst


def _aanmeldbare_bijeenkomst(request, agenda, pk) -> Bijeenkomst:
    """A bijeenkomst this visitor may sign up for or cancel (mag_aanmelden); 404 otherwise."""
    bijeenkomst = _zichtbare_bijeenkomst(request, agenda, pk)
    if not mag_aanmelden(request.user, bijeenkomst):
        raise Http404
    return bijeenkomst


@require_POST
@alleen_deelnemers
def aanmelden(request, agenda, pk):
    """Sign up for an upcoming bijeenkomst (or join its waiting list)."""
    bijeenkomst = _aanmeldbare_bijeenkomst(request, agenda, pk)
    aanmelding = bijeenkomst_aanmelden(bijeenkomst=bijeenkomst, deelnemer=request.user.deelnemer)
    if aanmelding.op_wachtlijst:
        messages.info(
            request,
            _("De bijeenkomst is vol: u staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u een mail."),
        )
    else:
        messages.success(request, _("U bent aangemeld. De bijeenkomst staat nu ook in uw agenda-abonnement."))
    return redirect(bijeenkomst)


@require_POST
@alleen_deelnemers
def afmelden(request, agenda, pk):
    """Cancel a sign-up (or leave the waiting list)."""
    bijeenkomst = _aanmeldbare_bijeenkomst(request, agenda, pk)
    bijeenkomst_afmelden(bijeenkomst=bijeenkomst, deelnemer=request.user.deelnemer)
    messages.success(request, _("U bent afgemeld."))
    return redirect(bijeenkomst)


@require_safe
@alleen_deelnemers
def bijeenkomst_ics(request, agenda, pk):
    """One bijeenkomst as an .ics file, for whoever may see it."""
    bijeenkomst = _zichtbare_bijeenkomst(request, agenda, pk)
    antwoord = HttpResponse(
        kalender_ics([bijeenkomst], naam=bijeenkomst.titel), content_type="text/calendar; charset=utf-8"
    )
    antwoord["Content-Disposition"] = f'attachment; filename="bijeenkomst-{bijeenkomst.pk}.ics"'
    return antwoord


@require_safe
@alleen_kernteam
def aanmeldingen_csv(request, agenda, pk):
    """Who comes, and who waits: the kernteam's list as CSV."""
    bijeenkomst = _zichtbare_bijeenkomst(request, agenda, pk)
    rijen = (
        (
            a.deelnemer.naam,
            a.deelnemer.organisatie.naam,
            a.deelnemer.email,
            _("wachtlijst") if a.op_wachtlijst else _("geplaatst"),
            timezone.localtime(a.aangemeld_op).strftime("%Y-%m-%d %H:%M"),
        )
        for a in bijeenkomst.aanmeldingen.select_related("deelnemer__organisatie")
    )
    return csv_antwoord(
        ["naam", "organisatie", "email", "status", "aangemeld_op"],
        rijen,
        bestandsnaam=f"aanmeldingen-bijeenkomst-{bijeenkomst.pk}.csv",
        privaat=True,
    )


@never_cache
@require_http_methods(["GET", "POST"])
@alleen_deelnemers
def mijn_kalender(request):
    """My sign-ups and the secret address of my calendar feed; POST gives it a new address (revokes the old)."""
    deelnemer = getattr(request.user, "deelnemer", None)
    if deelnemer is None:
        raise Http404
    if request.method == "POST":
        kalenderfeed_van(deelnemer=deelnemer, vernieuwen=True)
        messages.success(request, _("Uw agenda-abonnement heeft een nieuw adres; het oude werkt niet meer."))
        return redirect("kalender:mijn_kalender")
    feed = kalenderfeed_van(deelnemer=deelnemer)
    aanmeldingen = (
        deelnemer.aanmeldingen.filter(bijeenkomst__in=Bijeenkomst.objects.zichtbaar_voor(request.user).komend())
        .select_related("bijeenkomst__agenda")
        .order_by("bijeenkomst__datum")
    )
    return render(
        request,
        "tafels/mijn_kalender.html",
        {"feed_url": request.build_absolute_uri(feed.get_absolute_url()), "aanmeldingen": aanmeldingen},
    )


@require_safe
def kalender_feed(request, token):
    """The personal feed: the bijeenkomsten its owner signed up for. The secret address is the key."""
    feed = get_object_or_404(KalenderFeed.objects.select_related("deelnemer__user"), token=token)
    user = feed.deelnemer.user
    if user is None or not user.is_active:
        raise Http404
    bijeenkomsten = (
        Bijeenkomst.objects.zichtbaar_voor(user)
        .filter(aanmeldingen__deelnemer=feed.deelnemer, aanmeldingen__op_wachtlijst=False)
        .select_related("agenda")
        .order_by("datum")
    )
    antwoord = HttpResponse(
        kalender_ics(bijeenkomsten, naam=_("Mijn bijeenkomsten — Omgevingsagenda")),
        content_type="text/calendar; charset=utf-8",
    )
    patch_cache_control(antwoord, private=True, no_store=True)
    return antwoord
