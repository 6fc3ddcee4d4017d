"""Pages of the versions: list, one version, differences, the PDF and the open data."""

import hashlib

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from agenda.models import Agenda
from publicatie import opendata
from publicatie.diff import versies_vergelijken
from publicatie.models import Versie, VersieStatus
from publicatie.pdf import pdf_maken, weergave
from publicatie.permissions import mag_concept_zien, mag_publiceren
from publicatie.services import momentopname_van_versie, versie_pdf_opslaan
from publicatie.snapshot import momentopname_maken, versie_gegevens


def _agenda(request, slug: str) -> Agenda:
    return get_object_or_404(Agenda.objects.zichtbaar_voor(request.user), slug=slug)


def _versie(request, agenda: Agenda, nummer: int) -> Versie:
    """A version the viewer may see: unpublished ones are 404 for everyone but the kernteam."""
    versies = Versie.objects.zichtbaar_voor(request.user).filter(agenda=agenda)
    versie = get_object_or_404(versies, nummer=nummer)
    versie.agenda = agenda  # spare the query behind get_absolute_url and pdf_url
    return versie


def _kernteam_vereist(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not mag_concept_zien(request.user):
        raise PermissionDenied
    return None


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
        }
    )
    return render(request, "publicatie/versie_detail.html", context)


@require_safe
def versie_detail(request, agenda, nummer):
    """One version, rendered from its snapshot (a concept version: from the live data, kernteam only)."""
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    momentopname = momentopname_van_versie(versie)
    return _momentopname_pagina(request, agenda, momentopname, versie, concept_voorbeeld=not versie.is_gepubliceerd)


@require_safe
def concept(request, agenda):
    """The agenda as it stands now, before it is published: the kernteam's preview."""
    if antwoord := _kernteam_vereist(request):
        return antwoord
    agenda = _agenda(request, agenda)
    response = _momentopname_pagina(request, agenda, _live_momentopname(agenda), concept_voorbeeld=True)
    patch_cache_control(response, no_store=True, private=True)
    return response


def _pdf_voorbeeld(momentopname: dict, bestandsnaam: str) -> HttpResponse:
    response = HttpResponse(pdf_maken(momentopname), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    patch_cache_control(response, no_store=True, private=True)
    return response


@require_safe
def versie_pdf(request, agenda, nummer):
    """The stored PDF of a published version: rendered once, then served with ETag and Last-Modified."""
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    bestandsnaam = f"{agenda.slug}-versie-{versie.nummer}.pdf"
    if not versie.is_gepubliceerd:
        return _pdf_voorbeeld(momentopname_van_versie(versie), bestandsnaam)
    versie_pdf_opslaan(versie=versie)  # renders only when the stored file is missing
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
def concept_pdf(request, agenda):
    """A PDF preview of the unpublished concept, rendered on every request (kernteam only)."""
    if antwoord := _kernteam_vereist(request):
        return antwoord
    agenda = _agenda(request, agenda)
    return _pdf_voorbeeld(_live_momentopname(agenda), f"{agenda.slug}-concept-voorbeeld.pdf")


def _gepubliceerde_versie(request, agenda, nummer) -> Versie:
    agenda = _agenda(request, agenda)
    versie = _versie(request, agenda, nummer)
    if not versie.is_gepubliceerd:
        raise Http404("Open data bestaat alleen voor gepubliceerde versies.")
    return versie


@require_safe
def versie_json(request, agenda, nummer):
    """The snapshot of a published version as JSON (open data)."""
    versie = _gepubliceerde_versie(request, agenda, nummer)
    response = HttpResponse(opendata.versie_json(versie), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{versie.agenda.slug}-versie-{versie.nummer}.json"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def versie_csv(request, agenda, nummer):
    """The acties of a published version as CSV, one row per actie (open data)."""
    versie = _gepubliceerde_versie(request, agenda, nummer)
    response = HttpResponse(opendata.versie_csv(versie), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{versie.agenda.slug}-versie-{versie.nummer}-acties.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


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
