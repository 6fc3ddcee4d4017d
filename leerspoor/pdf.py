"""The fase report as a tagged PDF (PDF/UA-1), through the project's one pipeline in kern.pdf.

Only the HTML is made here: the agenda PDF lives in publicatie, which this app may not import.
"""

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from kern.pdf import PDF_LETTERTYPE, css_tekst, pdf_antwoord


def fase_pdf_html(context: dict) -> str:
    kop = f"Leerspoor {context['agenda'].naam} — fase {context['fase'].nummer}"
    return render_to_string(
        "leerspoor/fase_pdf.html", {**context, "lopende_kop": css_tekst(kop), "lettertype": PDF_LETTERTYPE}
    )


def fase_pdf_antwoord(request: HttpRequest, context: dict) -> HttpResponse:
    """The fase report's PDF: rendered once per content, then from the cache or as a 304."""
    agenda = context["agenda"]
    return pdf_antwoord(
        request,
        fase_pdf_html(context),
        bestandsnaam=f"leerspoor-{agenda.slug}-fase-{context['fase'].nummer}.pdf",
        cache_prefix="leerspoor:fase-pdf",
        privaat=not agenda.gepubliceerd,
    )
