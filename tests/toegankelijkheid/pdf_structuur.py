"""Reads a tagged PDF back with pikepdf and pypdf and says what its structure gets wrong.

What it checks is what a screen reader relies on: the language and title, headings in order
without skipped levels, header cells in every table, alternative text on every figure, every
image either in a figure or an artifact, every piece of text in the structure tree, and the
running header and footer as artifacts. It does not judge the wording.
"""

import io
import re

import pikepdf
from pypdf import PdfReader


def _structuur(pdf) -> tuple[list, set]:
    """The structure elements in reading order, and the (page, MCID) pairs they reach."""
    elementen, bereikbaar = [], set()

    def lopen(knoop, pagina=None):
        if isinstance(knoop, pikepdf.Array):
            for kind in knoop:
                lopen(kind, pagina)
        elif isinstance(knoop, int):
            bereikbaar.add((pagina, int(knoop)))
        elif isinstance(knoop, pikepdf.Dictionary):
            if "/Pg" in knoop:
                pagina = knoop.Pg.objgen
            if knoop.get("/Type") == "/MCR":
                bereikbaar.add((pagina, int(knoop.MCID)))
            elif knoop.get("/Type") == "/OBJR":
                return
            elif "/S" in knoop:
                elementen.append(knoop)
                if "/K" in knoop:
                    lopen(knoop.K, pagina)

    lopen(pdf.Root.StructTreeRoot.K)
    return elementen, bereikbaar


def _tekst_per_plek(inhoud: bytes, pdf, bereikbaar: set) -> list[dict]:
    """Per page the text in the structure tree, outside it, in artifacts and untagged."""
    paginas = []
    for nummer, pagina in enumerate(PdfReader(io.BytesIO(inhoud)).pages):
        pg = pdf.pages[nummer].objgen
        stapel, tekst = [], {"boom": "", "buiten": "", "artifact": "", "ongetagd": ""}

        def voor(op, args, cm, tm, stapel=stapel):
            if op == b"BDC":
                eigenschappen = args[1] if len(args) > 1 and hasattr(args[1], "get") else {}
                stapel.append((str(args[0]), eigenschappen.get("/MCID")))
            elif op == b"BMC":
                stapel.append((str(args[0]), None))
            elif op == b"EMC" and stapel:
                stapel.pop()

        def zien(t, cm, tm, font, grootte, stapel=stapel, tekst=tekst, pg=pg):
            if not t.strip():
                return
            if any(tag == "/Artifact" for tag, _ in stapel):
                tekst["artifact"] += t
            elif not stapel:
                tekst["ongetagd"] += t
            else:
                mcid = next((m for _, m in reversed(stapel) if m is not None), None)
                tekst["boom" if (pg, mcid) in bereikbaar else "buiten"] += t

        pagina.extract_text(visitor_operand_before=voor, visitor_text=zien)
        paginas.append(tekst)
    return paginas


def _afbeeldingen_buiten_figuur(pdf, figuur_mcids: set) -> list[str]:
    """Images drawn neither inside a Figure's marked content nor as an artifact."""
    fouten = []
    for nummer, pagina in enumerate(pdf.pages):
        afbeeldingen = {
            naam
            for naam, xobject in (pagina.Resources.get("/XObject") or {}).items()
            if xobject.get("/Subtype") == "/Image"
        }
        stapel = []
        for operanden, operator in pikepdf.parse_content_stream(pagina):
            op = str(operator)
            if op == "BDC":
                mcid = operanden[1].get("/MCID") if isinstance(operanden[1], pikepdf.Dictionary) else None
                stapel.append((str(operanden[0]), mcid))
            elif op == "BMC":
                stapel.append((str(operanden[0]), None))
            elif op == "EMC" and stapel:
                stapel.pop()
            elif (op == "Do" and str(operanden[0]) in afbeeldingen) or op == "INLINE IMAGE":
                artefact = any(tag == "/Artifact" for tag, _ in stapel)
                in_figuur = any((pagina.objgen, m) in figuur_mcids for _, m in stapel if m is not None)
                if not (artefact or in_figuur):
                    fouten.append(f"pagina {nummer + 1}: afbeelding zonder figuur of artefact")
    return fouten


def structuurfouten(inhoud: bytes, *, lopende_tekst: str) -> list[str]:
    """Everything wrong with the tagged structure of the PDF `inhoud`.

    `lopende_tekst` is a piece of the running header or footer (as "pagina 2 van"): it must
    appear on the pages as an artifact, and never in the reading order.
    """
    fouten = []
    pdf = pikepdf.open(io.BytesIO(inhoud))
    if str(pdf.Root.get("/Lang", "")) != "nl":
        fouten.append(f"/Lang is {pdf.Root.get('/Lang')!r}, niet 'nl'")
    if not str(pdf.docinfo.get("/Title", "")).strip():
        fouten.append("geen titel")
    if not pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        fouten.append("DisplayDocTitle staat niet aan: de lezer toont de bestandsnaam")
    if not pdf.Root.get("/MarkInfo", {}).get("/Marked"):
        fouten.append("niet als getagde PDF gemarkeerd")

    elementen, bereikbaar = _structuur(pdf)
    koppen = [int(s[2]) for e in elementen if re.fullmatch(r"/H[1-6]", s := str(e.S))]
    if not koppen or koppen[0] != 1:
        fouten.append(f"de eerste kop is geen H1 maar {koppen[:1]}")
    for vorige, kop in zip(koppen, koppen[1:], strict=False):
        if kop > vorige + 1:
            fouten.append(f"kop slaat een niveau over: H{vorige} gevolgd door H{kop}")

    def onder(element, soort) -> bool:
        k = element.get("/K")
        kinderen = list(k) if isinstance(k, pikepdf.Array) else [k]
        return any(
            isinstance(kind, pikepdf.Dictionary) and (str(kind.get("/S")) == soort or onder(kind, soort))
            for kind in kinderen
        )

    tabellen = [e for e in elementen if str(e.S) == "/Table"]
    fouten += [f"tabel {i + 1} zonder kopcellen (TH)" for i, t in enumerate(tabellen) if not onder(t, "/TH")]
    figuur_mcids = set()
    for figuur in (e for e in elementen if str(e.S) == "/Figure"):
        if not str(figuur.get("/Alt", "")).strip():
            fouten.append("figuur zonder alternatieve tekst (/Alt)")
        figuur_mcids |= _mcids_onder(figuur)
    fouten += _afbeeldingen_buiten_figuur(pdf, figuur_mcids)

    paginas = _tekst_per_plek(inhoud, pdf, bereikbaar)
    for nummer, tekst in enumerate(paginas, start=1):
        if tekst["ongetagd"]:
            fouten.append(f"pagina {nummer}: tekst buiten de structuur: {tekst['ongetagd'][:60]!r}")
        if tekst["buiten"]:
            fouten.append(f"pagina {nummer}: getagde tekst buiten de structuurboom: {tekst['buiten'][:60]!r}")
        if lopende_tekst in tekst["boom"]:
            fouten.append(f"pagina {nummer}: de lopende kop of voet staat in de leesvolgorde")
    if not any(lopende_tekst in t["artifact"] for t in paginas):
        fouten.append(f"geen lopende kop of voet met {lopende_tekst!r} als artefact gevonden")
    return fouten


def _mcids_onder(element) -> set:
    """The (page, MCID) pairs under one structure element."""
    bereikbaar = set()

    def lopen(knoop, pagina):
        if isinstance(knoop, pikepdf.Array):
            for kind in knoop:
                lopen(kind, pagina)
        elif isinstance(knoop, int):
            bereikbaar.add((pagina, int(knoop)))
        elif isinstance(knoop, pikepdf.Dictionary):
            if "/Pg" in knoop:
                pagina = knoop.Pg.objgen
            if knoop.get("/Type") == "/MCR":
                bereikbaar.add((pagina, int(knoop.MCID)))
            elif "/K" in knoop:
                lopen(knoop.K, pagina)

    lopen(element.get("/K"), element.Pg.objgen if "/Pg" in element else None)
    return bereikbaar
