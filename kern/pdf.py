"""The project's one PDF pipeline: self-contained HTML → tagged PDF (PDF/UA-1) with WeasyPrint.

Infra only, no domain imports: the apps render their own HTML and hand it here. Tagged
PDF/UA-1 means structure tags, language nl and the document title in the XMP metadata. The
font is DejaVu, installed by apt (fonts-dejavu-core) and named in the apps' PDF stylesheets
through `PDF_LETTERTYPE`; WeasyPrint embeds it as a subset, so a PDF looks the same on
every machine that renders it.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag

PDF_LETTERTYPE = '"DejaVu Sans", sans-serif'

# How long a rendered PDF stays in the cache; its key is the hash of its HTML, so a stale
# entry is never served, only unused.
PDF_CACHE_SECONDEN = 24 * 3600


def css_tekst(tekst: str) -> str:
    """Text as the inside of a CSS string (a running header): `escapejs` is JavaScript escaping, not CSS."""
    tekst = " ".join(str(tekst).split())
    return tekst.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")


def html_naar_pdf(html: str) -> bytes:
    """Tagged PDF/UA-1 from a self-contained HTML page (takes a second or more)."""
    from weasyprint import HTML  # heavy import, only when a PDF is asked for

    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)


def pdf_antwoord(
    request: HttpRequest, html: str, *, bestandsnaam: str, cache_prefix: str, privaat: bool = False
) -> HttpResponse:
    """The PDF of `html` as a response: a 304 when the client has it, else from the cache or rendered once.

    The HTML is the whole input of the PDF, so its hash names the bytes: it is the ETag and
    the cache key, and a change in the content gives a new PDF without any invalidation.
    """
    sleutel = hashlib.sha256(html.encode()).hexdigest()[:32]
    etag = quote_etag(sleutel)
    if (conditioneel := get_conditional_response(request, etag=etag)) is not None:
        return conditioneel
    cache_sleutel = f"{cache_prefix}:{sleutel}"
    inhoud = cache.get(cache_sleutel)
    if inhoud is None:
        inhoud = html_naar_pdf(html)
        cache.set(cache_sleutel, inhoud, timeout=PDF_CACHE_SECONDEN)
    response = HttpResponse(inhoud, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    response["ETag"] = etag
    # Revalidate every time (the ETag makes that cheap); kernteam-only content stays out of shared caches.
    patch_cache_control(response, no_cache=True, **({"private": True} if privaat else {}))
    return response
