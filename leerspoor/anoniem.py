"""Peiling answers from people without an account: no session until they answer, and a limit per address.

A visitor who only looks at an open peiling gets no session (no cookie that lives two weeks): the
answer form carries a signed, random respondent id instead, and the session is made when that form
comes back. A double click still sends the same id twice, so it stays one respondent. A fresh
cookie per answer no longer makes unlimited respondents either: each address may start at most
PEILING_NIEUW_PER_ADRES new respondents per PEILING_LIMIET_MINUTEN (Django's cache; a room full of
attendees behind one Wi-Fi address fits under the default).

Deliberately not here: who may answer (permissions.mag_peiling_beantwoorden) and storing the
answers (services.peiling_beantwoorden).
"""

import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from kern.verzoek import bezoekersadres

KANDIDAAT_VELD = "respondent"
_ZOUT = "leerspoor.peiling.respondent"


def kandidaat_maken(peiling) -> str:
    """A signed random respondent id for the form, bound to this peiling."""
    return signing.dumps({"p": peiling.pk, "r": secrets.token_hex(16)}, salt=_ZOUT)


def kandidaat_lezen(peiling, waarde: str) -> str | None:
    """The respondent id from the form, if it is ours, for this peiling and less than a day old."""
    try:
        gegevens = signing.loads(waarde or "", salt=_ZOUT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    if not isinstance(gegevens, dict) or gegevens.get("p") != peiling.pk or not isinstance(gegevens.get("r"), str):
        return None
    return gegevens["r"]


def nieuwe_respondent_toegestaan(request, peiling) -> bool:
    """Count one more new respondent from this address; False once the limit of the window is reached."""
    maximum = settings.PEILING_NIEUW_PER_ADRES
    if not maximum:
        return True
    sleutel = f"leerspoor:peiling:{peiling.pk}:nieuw:{bezoekersadres(request)}"
    # add() starts the window only if it is not running; incr() is atomic in every cache backend.
    cache.add(sleutel, 0, timeout=settings.PEILING_LIMIET_MINUTEN * 60)
    try:
        aantal = cache.incr(sleutel)
    except ValueError:  # expired between add and incr: a new window
        cache.add(sleutel, 1, timeout=settings.PEILING_LIMIET_MINUTEN * 60)
        aantal = 1
    return aantal <= maximum
