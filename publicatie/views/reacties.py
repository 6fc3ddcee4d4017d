"""Pages of the reacties on a version: sending one, "Mijn reacties", the kernteam's list, CSV and processing,
and the Nota van beantwoording (page and PDF)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_deelnemers, alleen_kernteam
from kern.csv import csv_antwoord
from kern.lijsten import gefilterd, pagineren
from kern.pdf import pdf_antwoord
from publicatie import queries
from publicatie.filters import ReactieFilter
from publicatie.forms import ReactieForm, ReactieVerwerkenForm
from publicatie.models import Reactie, Versie
from publicatie.pdf import nota_gegevens, nota_pdf_html
from publicatie.permissions import deelnemer_van, reageren_geweigerd, zichtbare_versie_of_404
from publicatie.services import (
    ReactieGewijzigdError,
    reactie_indienen,
)
from publicatie.services import reactie_verwerken as reactie_verwerken_service

REACTIES_PER_PAGINA = 25


@require_http_methods(["GET", "POST"])
@alleen_deelnemers
def reageren(request, agenda, nummer):
    """The form for a written reactie on one version; a POST stores it once and redirects to "Mijn reacties"."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
    context = {"agenda": agenda, "nav_actief": "versies", "versie": versie}
    if weigering := reageren_geweigerd(request.user, versie):
        return render(request, "publicatie/reageren_geweigerd.html", {**context, "weigering": weigering}, status=403)
    deelnemer = deelnemer_van(request.user)
    if request.method == "POST":
        form = ReactieForm(request.POST, versie=versie)
        if form.is_valid():
            try:
                _reactie, nieuw = reactie_indienen(
                    versie=versie,
                    indiener=deelnemer,
                    tekst=form.cleaned_data["tekst"],
                    opgave=form.cleaned_data["opgave"],
                    sleutel=form.cleaned_data["sleutel"],
                )
            except ValidationError as fout:
                form.add_error(None, fout)
            else:
                if nieuw:
                    messages.success(
                        request,
                        _(
                            "Dank u wel: uw reactie op versie %(nummer)s is ontvangen. Het kernteam beantwoordt haar; "
                            "het antwoord verschijnt hier bij Mijn reacties."
                        )
                        % {"nummer": versie.nummer},
                    )
                else:
                    messages.info(request, _("Deze reactie was al ontvangen; ze is niet nog een keer opgeslagen."))
                return redirect("publicatie:mijn_reacties", agenda=agenda.slug)
    else:
        form = ReactieForm(versie=versie)
    return render(request, "publicatie/reageren.html", {**context, "form": form, "deelnemer": deelnemer})


@require_safe
@alleen_deelnemers
def mijn_reacties(request, agenda):
    """The reacties of the logged-in deelnemer on this agenda's versions, with the kernteam's answers."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    deelnemer = deelnemer_van(request.user)
    reacties = []
    if deelnemer is not None:
        reacties = list(
            Reactie.objects.van_agenda(agenda)
            .van_indiener(deelnemer)
            .select_related("versie", "opgave", "verwerkt_in")
            .order_by("-ingediend_op", "-pk")
        )
    open_versies = list(
        Versie.objects.zichtbaar_voor(request.user).filter(agenda=agenda, open_voor_reacties=True).order_by("-nummer")
    )
    return render(
        request,
        "publicatie/mijn_reacties.html",
        {
            "agenda": agenda,
            "nav_actief": "versies",
            "deelnemer": deelnemer,
            "reacties": reacties,
            "open_versies": open_versies,
        },
    )


def _gefilterde_reacties(request, agenda):
    basis = Reactie.objects.van_agenda(agenda).met_gegevens().order_by("-ingediend_op", "-pk")
    reactiefilter = ReactieFilter(request.GET or None, queryset=basis, agenda=agenda)
    return reactiefilter, gefilterd(request, reactiefilter)


@require_safe
@alleen_kernteam
def reacties(request, agenda):
    """The kernteam's list of reacties on this agenda's versions, filtered by the query string."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    reactiefilter, lijst = _gefilterde_reacties(request, agenda)
    pagina = pagineren(request, lijst, REACTIES_PER_PAGINA)
    return render(
        request,
        "publicatie/reacties.html",
        {
            "agenda": agenda,
            "nav_actief": "versies",
            "filter": reactiefilter,
            "pagina": pagina,
            "querystring": request.GET.urlencode(),
        },
    )


@require_safe
@alleen_kernteam
def reacties_csv(request, agenda):
    """The reacties of the list (same filters) as CSV for the kernteam: names and organisations, no contact data."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    _filter, lijst = _gefilterde_reacties(request, agenda)
    kolommen, rijen = queries.reacties_tabel(lijst)
    return csv_antwoord(kolommen, rijen, bestandsnaam=f"{agenda.slug}-reacties.csv", privaat=True)


@require_http_methods(["GET", "POST"])
@alleen_kernteam
def reactie_verwerken(request, agenda, pk):
    """One reactie for the kernteam: its text and indiener, and the form to categorise and answer it."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    reactie = get_object_or_404(Reactie.objects.van_agenda(agenda).met_gegevens(), pk=pk)
    reactie.versie.agenda = agenda
    conflict = None
    if request.method == "POST":
        form = ReactieVerwerkenForm(request.POST, instance=reactie)
        if form.is_valid():
            try:
                reactie_verwerken_service(
                    reactie=reactie,
                    kenmerk=form.cleaned_data["kenmerk"],
                    categorie=form.cleaned_data["categorie"],
                    status=form.cleaned_data["status"],
                    antwoord=form.cleaned_data["antwoord"],
                    antwoord_openbaar=form.cleaned_data["antwoord_openbaar"],
                    verwerkt_in=form.cleaned_data["verwerkt_in"],
                )
            except ReactieGewijzigdError as fout:
                conflict = Reactie.objects.met_gegevens().get(pk=fout.huidig.pk)
                form.nieuw_kenmerk_zetten(conflict.wijzigingskenmerk())
            except ValidationError as fout:
                form.add_error(None, fout)
            else:
                messages.success(request, _("De verwerking van reactie %(nummer)s is opgeslagen.") % {"nummer": pk})
                return redirect(_terug_naar_lijst(request, agenda))
    else:
        form = ReactieVerwerkenForm(instance=reactie)
    return render(
        request,
        "publicatie/reactie_verwerken.html",
        {
            "agenda": agenda,
            "nav_actief": "versies",
            "reactie": reactie,
            "form": form,
            "conflict": conflict,
            "terug_url": _terug_naar_lijst(request, agenda),
        },
        status=409 if conflict else 200,
    )


def _terug_naar_lijst(request, agenda) -> str:
    """The kernteam's list with the filters it came from (`terug` holds only a query string, never a URL)."""
    lijst = reverse("publicatie:reacties", kwargs={"agenda": agenda.slug})
    filters = QueryDict(request.GET.get("terug", "")).urlencode()
    return f"{lijst}?{filters}" if filters else lijst


@require_safe
def nota(request, agenda, nummer):
    """The Nota van beantwoording of a version: each processed reactie with its antwoord, grouped by opgave."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
    return render(
        request,
        "publicatie/nota.html",
        {**nota_gegevens(versie), "agenda": agenda, "nav_actief": "versies"},
    )


@require_safe
def nota_pdf(request, agenda, nummer):
    """The Nota as a tagged PDF; rendered when its content changed, otherwise from the cache or a 304."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
    return pdf_antwoord(
        request,
        nota_pdf_html(nota_gegevens(versie)),
        bestandsnaam=f"{agenda.slug}-versie-{versie.nummer}-nota-van-beantwoording.pdf",
        cache_prefix="publicatie:nota-pdf",
    )
