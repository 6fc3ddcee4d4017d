"""The page cache: what an anonymous visitor reads, answered from the cache and never stale.

The key of a page holds the cache generation (kern/generatie.py), a token the database
renews in the same transaction as every write of a domain table. One query reads it per
request; a hit costs nothing more. After any change, on any process or server, the next
request reads a new token and so a new key: an old page is never served again, whatever
wrote the change (admin, a duo's edit, a publication, a history restore, QuerySet.update(),
raw SQL). Old entries simply expire.

Only what is the same for every anonymous visitor is cached: GET without a session or
messages cookie, a 200 that sets no cookie (a page with a CSRF token sets one) and is not
marked private or no-store, outside /admin/ and /accounts/. Logged-in pages pass straight
through, so their query budgets are untouched.

When the database does not answer, the last generation this process read still finds the
pages it cached: the public site stays readable; everything else gets the 503 page
(kern/storingen.py).

It does not decide which pages are public (the views do, for anonymous users) and caches no
file downloads (streaming responses).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from kern.generatie import generatie_lezen

NIET_CACHEN = ("/admin/", "/accounts/", "/healthz/", "/static/", "/media/")
KOPTEKST = "X-Paginacache"
LAATSTE = "paginacache:laatste-generatie"


def _sleutel(generatie: str, request) -> str:
    adres = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"paginacache:{generatie}:{hashlib.sha256(adres.encode()).hexdigest()}"


def cachebaar_verzoek(request) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(NIET_CACHEN)
    )


def cachebaar_antwoord(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(woord in cache_control for woord in ("private", "no-store", "no-cache"))
    )


class PaginaCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # The last generation this process read: the key that still works while the database is down.
        self.laatst_bekend = None

    def __call__(self, request):
        if not cachebaar_verzoek(request):
            return self.get_response(request)
        generatie = generatie_lezen()
        if generatie is None:
            # The shared one first: another process may have read a newer generation than this one.
            laatste = cache.get(LAATSTE) or self.laatst_bekend
            if laatste is not None and (opgeslagen := cache.get(_sleutel(laatste, request))) is not None:
                return self._antwoord(opgeslagen, "storing")
            return self.get_response(request)  # the view meets the database and answers 503
        if generatie != self.laatst_bekend:
            # Shared with the other processes, for a worker that starts while the database is down.
            cache.set(LAATSTE, generatie, None)
            self.laatst_bekend = generatie
        sleutel = _sleutel(generatie, request)
        if (opgeslagen := cache.get(sleutel)) is not None:
            return self._antwoord(opgeslagen, "hit")
        response = self.get_response(request)
        if cachebaar_antwoord(response):
            kopteksten = [(k, v) for k, v in response.items() if k.lower() not in ("set-cookie", KOPTEKST.lower())]
            cache.set(sleutel, (response.status_code, kopteksten, response.content), settings.PAGINACACHE_SECONDEN)
            response[KOPTEKST] = "miss"
        return response

    @staticmethod
    def _antwoord(opgeslagen, soort: str) -> HttpResponse:
        status, kopteksten, inhoud = opgeslagen
        response = HttpResponse(inhoud, status=status)
        for naam, waarde in kopteksten:
            response[naam] = waarde
        response[KOPTEKST] = soort
        return response
