"""Pages of the versions: the list, one version (from its snapshot), the concept preview, the differences,
the PDF and the open data (JSON, CSV); and for the kernteam what the duo's changed since the last version."""

import hashlib
from datetime import datetime, time

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_kernteam, is_kernteam
from opgaven.forms import WijzigingenSindsForm
from opgaven.queries import duo_wijzigingen
from publicatie import opendata
from publicatie.diff import versies_vergelijken
from publicatie.forms import ReactieForm
from publicatie.models import Versie
from publicatie.pdf import pdf_maken, weergave
from publicatie.permissions import reageren_geweigerd, zichtbare_versie_of_404
from publicatie.services import (
    momentopname_van_versie,
    versie_pdf_inplannen,
)
from publicatie.snapshot import momentopname_maken


@require_safe
def versie_lijst(request, agenda):
    """The versions of an agenda, newest first, with a form to compare two of them."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
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
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
    momentopname = momentopname_van_versie(versie)
    return _momentopname_pagina(request, agenda, momentopname, versie, concept_voorbeeld=not versie.is_gepubliceerd)


@require_safe
@alleen_kernteam
def concept(request, agenda):
    """The agenda as it stands now, before it is published: the kernteam's preview."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    response = _momentopname_pagina(request, agenda, momentopname_maken(agenda), concept_voorbeeld=True)
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
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
    bestandsnaam = f"{agenda.slug}-versie-{versie.nummer}.pdf"
    if not versie.is_gepubliceerd:
        # Deelnemers read an open concept on its page; the PDF preview renders on every
        # request, so it stays with the kernteam.
        if not is_kernteam(request.user):
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
@alleen_kernteam
def concept_pdf(request, agenda):
    """A PDF preview of the unpublished concept, rendered on every request (kernteam only)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    return _pdf_voorbeeld(momentopname_maken(agenda), f"{agenda.slug}-concept-voorbeeld.pdf")


def _gepubliceerde_versie(request, agenda, nummer) -> Versie:
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    versie = zichtbare_versie_of_404(request.user, agenda, nummer)
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
    agenda = zichtbare_agenda_of_404(request.user, agenda)
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


@require_safe
@alleen_kernteam
def wijzigingen(request, agenda):
    """What members of the duo's changed in their opgaven since the last published version (or a chosen day)."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    laatste_versie = Versie.objects.filter(agenda=agenda).gepubliceerd().order_by("-gepubliceerd_op").first()
    sindsform = WijzigingenSindsForm(request.GET or None)
    sinds = laatste_versie.gepubliceerd_op if laatste_versie else None
    if sindsform.is_bound and sindsform.is_valid() and sindsform.cleaned_data["sinds"]:
        sinds = timezone.make_aware(datetime.combine(sindsform.cleaned_data["sinds"], time.min))
    return render(
        request,
        "publicatie/wijzigingen.html",
        {
            "agenda": agenda,
            "nav_actief": "opgaven",
            "sindsform": sindsform,
            "sinds": sinds,
            "laatste_versie": laatste_versie,
            "wijzigingen": duo_wijzigingen(agenda, sinds),
        },
    )
