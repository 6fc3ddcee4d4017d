"""The project's one CSV writer: every export (open data and kernteam lists) goes through it.

A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return before one) as a
formula, so text typed by a duo or a deelnemer could run in the reader's spreadsheet. Every cell
that starts so gets a leading apostrophe (OWASP's advice for CSV injection). The file starts with
a byte order mark so spreadsheet programs read the UTF-8 (ë, —) correctly.
"""

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils.cache import patch_cache_control

FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")


def csv_cel(waarde) -> str:
    """A cell a spreadsheet shows as text, never as a formula."""
    tekst = "" if waarde is None else str(waarde)
    return f"'{tekst}" if tekst.startswith(FORMULE_BEGIN) else tekst


def csv_tekst(kolommen: Sequence[str], rijen: Iterable[Sequence]) -> str:
    """The CSV file as text: a header row, then one row per item, every cell escaped."""
    uitvoer = io.StringIO()
    uitvoer.write("\ufeff")
    schrijver = csv.writer(uitvoer, lineterminator="\r\n")
    schrijver.writerow([csv_cel(kolom) for kolom in kolommen])
    schrijver.writerows([csv_cel(waarde) for waarde in rij] for rij in rijen)
    return uitvoer.getvalue()


def csv_antwoord(
    kolommen: Sequence[str], rijen: Iterable[Sequence], *, bestandsnaam: str, privaat: bool
) -> HttpResponse:
    """A CSV download; `privaat` for lists with names or kernteam-only data (never stored by a cache)."""
    response = HttpResponse(csv_tekst(kolommen, rijen), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{bestandsnaam}"'
    if privaat:
        patch_cache_control(response, no_store=True, private=True)
    return response
