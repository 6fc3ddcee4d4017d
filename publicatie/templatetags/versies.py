"""Template tags of the versions: the "Download PDF" of the latest published version."""

from django import template
from django.template.defaultfilters import filesizeformat

from publicatie.models import Versie, VersieStatus

register = template.Library()


@register.filter
def pdf_grootte(versie) -> str:
    """The size of a version's stored PDF ("412,3 KB"); empty when it is not rendered yet."""
    if not versie.pdf:
        return ""
    try:
        return filesizeformat(versie.pdf.size)
    except OSError:  # the file went missing from storage; the link renders it again
        return ""


@register.inclusion_tag("publicatie/includes/laatste_versie_download.html", takes_context=True)
def laatste_versie_download(context, agenda):
    """The latest published version of `agenda` with its PDF link and size: one query."""
    versie = None
    if agenda.gepubliceerd:
        versie = (
            Versie.objects.filter(agenda=agenda, status=VersieStatus.GEPUBLICEERD)
            .only("pk", "agenda_id", "nummer", "label", "status", "gepubliceerd_op", "pdf", "pdf_fout", "pdf_pogingen")
            .laatste()
        )
    if versie is not None:
        versie.agenda = agenda
    return {"agenda": agenda, "versie": versie, "is_kernteam": context.get("is_kernteam", False)}
