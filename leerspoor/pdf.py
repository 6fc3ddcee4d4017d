"""The fase report as a tagged PDF (PDF/UA-1) with WeasyPrint.

Kept small on purpose: the agenda PDF lives in publicatie, which this app may not import.
"""

from django.template.loader import render_to_string


def fase_pdf(context: dict, *, base_url: str | None = None) -> bytes:
    from weasyprint import HTML  # heavy import, only when a PDF is asked for

    html = render_to_string("leerspoor/fase_pdf.html", context)
    return HTML(string=html, base_url=base_url).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
