"""The project's one PDF pipeline: self-contained HTML → tagged PDF (PDF/UA-1) with WeasyPrint.

Infra only, no domain imports: the apps render their own HTML and hand it here. Tagged
PDF/UA-1 means structure tags, language nl and the document title in the XMP metadata;
pikepdf then marks the running header and footer as artifacts (`lopende_kop_als_artefact`). The
font is DejaVu, installed by apt (fonts-dejavu-core) and named in the apps' PDF stylesheets
through `PDF_LETTERTYPE`; WeasyPrint embeds it as a subset, so a PDF looks the same on
every machine that renders it.
"""

import hashlib
import io

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

    return lopende_kop_als_artefact(HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True))


def _bereikbare_inhoud(knoop, pagina, bereikbaar: set) -> None:
    """Collect the (page, MCID) pairs that the structure tree below `knoop` reaches."""
    import pikepdf

    if isinstance(knoop, pikepdf.Array):
        for kind in knoop:
            _bereikbare_inhoud(kind, pagina, bereikbaar)
    elif isinstance(knoop, int):
        bereikbaar.add((pagina, int(knoop)))
    elif isinstance(knoop, pikepdf.Dictionary):
        if "/Pg" in knoop:
            pagina = knoop.Pg.objgen
        if knoop.get("/Type") == "/MCR":
            bereikbaar.add((pagina, int(knoop.MCID)))
        elif "/S" in knoop and "/K" in knoop:
            _bereikbare_inhoud(knoop.K, pagina, bereikbaar)


def lopende_kop_als_artefact(pdf_bytes: bytes) -> bytes:
    """Mark the running header and footer as artifacts, as PDF/UA asks.

    WeasyPrint (70) gives the content of the page margin boxes structure elements that it leaves
    out of the structure tree: a screen reader skips them, but a checker sees tagged content that
    belongs nowhere. Every marked-content sequence the tree does not reach becomes an
    `/Artifact` of type Pagination, and its entry in the ParentTree is cleared.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        boom = pdf.Root.get("/StructTreeRoot")
        if boom is None:
            return pdf_bytes
        bereikbaar: set = set()
        _bereikbare_inhoud(boom.K, None, bereikbaar)
        ouders = {int(n): lijst for n, lijst in zip(boom.ParentTree.Nums[::2], boom.ParentTree.Nums[1::2], strict=True)}
        gewijzigd = False
        for pagina in pdf.pages:
            instructies, los = [], []
            for instructie in pikepdf.parse_content_stream(pagina):
                operanden = instructie.operands if hasattr(instructie, "operands") else None
                if (
                    str(instructie.operator) == "BDC"
                    and isinstance(operanden[1], pikepdf.Dictionary)
                    and "/MCID" in operanden[1]
                    and (pagina.objgen, int(operanden[1].MCID)) not in bereikbaar
                ):
                    los.append(int(operanden[1].MCID))
                    soort = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)
                    instructie = pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact, soort], instructie.operator)
                instructies.append(instructie)
            if not los:
                continue
            gewijzigd = True
            pagina.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructies))
            lijst = ouders.get(int(pagina.obj.get("/StructParents", -1)))
            for mcid in los:
                if lijst is not None and mcid < len(lijst):
                    lijst[mcid] = None
        if not gewijzigd:
            return pdf_bytes
        uit = io.BytesIO()
        pdf.save(uit)
        return uit.getvalue()


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
