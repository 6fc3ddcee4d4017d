"""Pages of the versions (list, one version, differences, the PDF and the open data) and of the
reacties on them (sending one, "Mijn reacties", the kernteam's processing, the Nota van beantwoording)."""

import hashlib

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from agenda.models import Agenda
from deelnemers.permissions import alleen_kernteam
from kern.csv import csv_antwoord
from kern.lijsten import gefilterd, pagineren
from kern.pdf import pdf_antwoord
from publicatie import opendata
from publicatie.diff import versies_vergelijken
from publicatie.filters import ReactieFilter
from publicatie.forms import ReactieForm, ReactieVerwerkenForm
from publicatie.models import Reactie, Versie, VersieStatus
from publicatie.pdf import nota_gegevens, nota_pdf_html, pdf_maken, weergave
from publicatie.permissions import (
    deelnemer_van,
    mag_concept_zien,
    mag_publiceren,
    mag_reacties_verwerken,
    reageren_geweigerd,
)
from publicatie.services import (
    ReactieGewijzigdError,
    momentopname_van_versie,
    reactie_indienen,
    versie_pdf_inplannen,
)
from publicatie.services import reactie_verwerken as reactie_verwerken_service
from publicatie.snapshot import momentopname_maken, versie_gegevens

REACTIES_PER_PAGINA = 25


def _agenda(request, slug: str) -> Agenda:
    return get_object_or_404(Agenda.objects.zichtbaar_voor(request.user), slug=slug)


def _versie(request, agenda: Agenda, nummer: int) -> Versie:
    """A version the viewer may see: unpublished ones are 404 for everyone but the kernteam."""
    versies = Versie.objects.zichtbaar_voor(request.user).filter(agenda=agenda)
    versie = get_object_or_404(versies, nummer=nummer)
    versie.agenda = agenda  # spare the query behind get_absolute_url and pdf_url
    return versie


def _live_momentopname(agenda: Agenda) -> dict:
    momentopname = momentopname_maken(agenda)
    momentopname["versie"] = versie_gegevens(
        nummer=None, label="Ongepubliceerd concept", toelichting="", gepubliceerd_op=None, status=VersieStatus.CONCEPT
    )
    return momentopname


@require_safe
def versie_lijst(request, agenda):
    """The versions of an agenda, newest first, with a form to compare two of them."""
    agenda = _agenda(request, agenda)
    versies = list(Versie.objects.zichtbaar_voor(request.user).filter(agenda=agenda).order_by("-nummer"))
    for versie in versies:
        versie.agenda = agenda
    gepubliceerd = [v for v in versies if v.is_gepubliceerd]
    return render(
        request,
        "publicatie/versie_lijst.html",
        {
            "agenda": agenda,
            "nav_actief": "versies",
            "versies": versies,
            "vergelijkbaar": gepubliceerd,
            "van": gepubliceerd[1] if len(gepubliceerd) > 1 else None,
            "naar": gepubliceerd[0] if gepubliceerd else None,
            "mag_concept_zien": mag_concept_zien(request.user),
        },
    )


def _momentopname_pagina(request, agenda, momentopname, versie=None, concept_voorbeeld=False):
    context = weergave(momentopname)
    context.update(
        {
            # The inleiding as frozen; `agenda` itself is the live object the page frame needs.
            "inleiding": context["agenda"]["inleiding"],
            "agenda": agenda,
            "nav_actief": "versies",
            "versie_object": versie,
            "concept_voorbeeld": concept_voorbeeld,
            "mag_publiceren": mag_publiceren(request.user),
            "mag_concept_zien": mag_concept_zien(request.user),
        }
    )
    if versie is not None:
        context.update(_reageren_context(request, versie))
    return render(request, "publicatie/versie_detail.html", context)


def _reageren_context(request, versie: Versie) -> dict:
    """What a version's page says about reacties: the form, or why there is none."""
    if not versie.open_voor_reacties:
        return {"open_voor_reacties": False}
    weigering = reageren_geweigerd(request.user, versie)
    return {
        "open_voor_reacties": True,
        "reageren_weigering": weigering,
        "reactie_form": None if weigering else ReactieForm(versie=versie),
    }


@require_safe
def versie_detail(request, agenda, nummer):
    """One version, rendered from its snapshot (a concept version: from the live data, kernteam only)."""
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    momentopname = momentopname_van_versie(versie)
    return _momentopname_pagina(request, agenda, momentopname, versie, concept_voorbeeld=not versie.is_gepubliceerd)


@require_safe
@alleen_kernteam(mag_concept_zien)
def concept(request, agenda):
    """The agenda as it stands now, before it is published: the kernteam's preview."""
    agenda = _agenda(request, agenda)
    response = _momentopname_pagina(request, agenda, _live_momentopname(agenda), concept_voorbeeld=True)
    patch_cache_control(response, no_store=True, private=True)
    return response


def _pdf_voorbeeld(momentopname: dict, bestandsnaam: str) -> HttpResponse:
    response = HttpResponse(pdf_maken(momentopname), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    patch_cache_control(response, no_store=True, private=True)
    return response


def _pdf_wordt_gemaakt(request, agenda, versie) -> HttpResponse:
    """202: the PDF is on its way; the page says so and asks the browser to look again."""
    response = render(request, "publicatie/pdf_wordt_gemaakt.html", {"agenda": agenda, "versie": versie}, status=202)
    response["Retry-After"] = "10"
    patch_cache_control(response, no_store=True)
    return response


@require_safe
def versie_pdf(request, agenda, nummer):
    """The stored PDF of a published version: rendered once, then served with ETag and Last-Modified."""
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    bestandsnaam = f"{agenda.slug}-versie-{versie.nummer}.pdf"
    if not versie.is_gepubliceerd:
        # Deelnemers read an open concept on its page; the PDF preview renders on every
        # request, so it stays with the kernteam.
        if not mag_concept_zien(request.user):
            raise Http404("Het PDF-voorbeeld van een concept is er alleen voor het kernteam.")
        return _pdf_voorbeeld(momentopname_van_versie(versie), bestandsnaam)
    if not versie.pdf or not versie.pdf.storage.exists(versie.pdf.name):
        # Never rendered in the request: the worker makes it (at once, with a test backend).
        versie_pdf_inplannen(versie=versie)
        versie.refresh_from_db(fields=["pdf", "pdf_fout", "pdf_pogingen"])
        if not versie.pdf or not versie.pdf.storage.exists(versie.pdf.name):
            return _pdf_wordt_gemaakt(request, agenda, versie)
    # A published version never changes, so its stored file name and size identify the bytes.
    etag = quote_etag(hashlib.sha256(f"{versie.pdf.name}:{versie.pdf.size}".encode()).hexdigest()[:32])
    last_modified = int(versie.gepubliceerd_op.timestamp())
    if (conditioneel := get_conditional_response(request, etag=etag, last_modified=last_modified)) is not None:
        return conditioneel
    response = FileResponse(versie.pdf.open("rb"), content_type="application/pdf", filename=bestandsnaam)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=3600)
    return response


@require_safe
@alleen_kernteam(mag_concept_zien)
def concept_pdf(request, agenda):
    """A PDF preview of the unpublished concept, rendered on every request (kernteam only)."""
    agenda = _agenda(request, agenda)
    return _pdf_voorbeeld(_live_momentopname(agenda), f"{agenda.slug}-concept-voorbeeld.pdf")


def _gepubliceerde_versie(request, agenda, nummer) -> Versie:
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    if not versie.is_gepubliceerd:
        raise Http404("Open data bestaat alleen voor gepubliceerde versies.")
    return versie


def _opendata(versie, inhoud, content_type: str, achtervoegsel: str, disposition: str) -> HttpResponse:
    """Open data of a published version: readable from any origin (Wet open overheid)."""
    response = HttpResponse(inhoud, content_type=content_type)
    bestandsnaam = f"{versie.agenda.slug}-versie-{versie.nummer}{achtervoegsel}"
    response["Content-Disposition"] = f'{disposition}; filename="{bestandsnaam}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def versie_json(request, agenda, nummer):
    """The snapshot of a published version as JSON (open data)."""
    versie = _gepubliceerde_versie(request, agenda, nummer)
    return _opendata(versie, opendata.versie_json(versie), "application/json; charset=utf-8", ".json", "inline")


@require_safe
def versie_csv(request, agenda, nummer):
    """The acties of a published version as CSV, one row per actie (open data)."""
    versie = _gepubliceerde_versie(request, agenda, nummer)
    return _opendata(versie, opendata.versie_csv(versie), "text/csv; charset=utf-8", "-acties.csv", "attachment")


def _nummer(waarde) -> int | None:
    try:
        return int(waarde)
    except (TypeError, ValueError):
        return None


@require_safe
def verschillen(request, agenda):
    """The differences between two versions chosen in a GET form (default: the two latest)."""
    agenda = _agenda(request, agenda)
    versies = list(Versie.objects.zichtbaar_voor(request.user).filter(agenda=agenda).order_by("-nummer"))
    gepubliceerd = [v for v in versies if v.is_gepubliceerd]
    per_nummer = {v.nummer: v for v in gepubliceerd}
    van = per_nummer.get(_nummer(request.GET.get("van")))
    naar = per_nummer.get(_nummer(request.GET.get("naar")))
    fout = None
    if "van" not in request.GET and len(gepubliceerd) > 1:
        van, naar = gepubliceerd[1], gepubliceerd[0]
    elif "van" in request.GET and (van is None or naar is None):
        fout = "Kies twee gepubliceerde versies om te vergelijken."
    elif van is not None and van == naar:
        fout = "Kies twee verschillende versies."
    vergelijking = None
    if van and naar and not fout:
        if van.nummer > naar.nummer:
            van, naar = naar, van
        vergelijking = versies_vergelijken(van.snapshot, naar.snapshot)
    for versie in versies:
        versie.agenda = agenda
    return render(
        request,
        "publicatie/verschillen.html",
        {
            "agenda": agenda,
            "nav_actief": "versies",
            "versies": gepubliceerd,
            "van": van,
            "naar": naar,
            "fout": fout,
            "vergelijking": vergelijking,
        },
    )


# Reacties


@require_http_methods(["GET", "POST"])
def reageren(request, agenda, nummer):
    """The form for a written reactie on one version; a POST stores it once and redirects to "Mijn reacties"."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
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
def mijn_reacties(request, agenda):
    """The reacties of the logged-in deelnemer on this agenda's versions, with the kernteam's answers."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    agenda = _agenda(request, agenda)
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
@alleen_kernteam(mag_reacties_verwerken)
def reacties(request, agenda):
    """The kernteam's list of reacties on this agenda's versions, filtered by the query string."""
    agenda = _agenda(request, agenda)
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


REACTIES_CSV_KOLOMMEN = [
    "id",
    "versie_nummer",
    "versie_label",
    "over",
    "indiener",
    "organisatie",
    "ingediend_op",
    "tekst",
    "categorie",
    "status",
    "antwoord",
    "antwoord_openbaar",
    "verwerkt_in_versie",
]


@require_safe
@alleen_kernteam(mag_reacties_verwerken)
def reacties_csv(request, agenda):
    """The reacties of the list (same filters) as CSV for the kernteam: names and organisations, no contact data."""
    agenda = _agenda(request, agenda)
    _filter, lijst = _gefilterde_reacties(request, agenda)
    rijen = (
        [
            reactie.pk,
            reactie.versie.nummer,
            reactie.versie.label,
            reactie.opgave.titel if reactie.opgave else _("Hele agenda"),
            reactie.indiener.naam,
            reactie.organisatie.naam,
            timezone.localtime(reactie.ingediend_op).isoformat(timespec="minutes"),
            reactie.tekst,
            reactie.get_categorie_display(),
            reactie.get_status_display(),
            reactie.antwoord,
            _("ja") if reactie.antwoord_openbaar else _("nee"),
            reactie.verwerkt_in.nummer if reactie.verwerkt_in else "",
        ]
        for reactie in lijst
    )
    return csv_antwoord(REACTIES_CSV_KOLOMMEN, rijen, bestandsnaam=f"{agenda.slug}-reacties.csv", privaat=True)


@require_http_methods(["GET", "POST"])
@alleen_kernteam(mag_reacties_verwerken)
def reactie_verwerken(request, agenda, pk):
    """One reactie for the kernteam: its text and indiener, and the form to categorise and answer it."""
    agenda = _agenda(request, agenda)
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
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    return render(
        request,
        "publicatie/nota.html",
        {**nota_gegevens(versie), "agenda": agenda, "nav_actief": "versies"},
    )


@require_safe
def nota_pdf(request, agenda, nummer):
    """The Nota as a tagged PDF; rendered when its content changed, otherwise from the cache or a 304."""
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    return pdf_antwoord(
        request,
        nota_pdf_html(nota_gegevens(versie)),
        bestandsnaam=f"{agenda.slug}-versie-{versie.nummer}-nota-van-beantwoording.pdf",
        cache_prefix="publicatie:nota-pdf",
    )
