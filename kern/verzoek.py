"""The visitor's address, the one definition that login throttling and rate limits share.

Behind the TLS proxy of the README ("Productie") every request comes from the proxy; the proxy
appends the address it saw to X-Forwarded-For. With PROXY_AANTAL proxies in a row, that address is
the PROXY_AANTAL-th from the right: anything further left was sent by the visitor and can be
forged, so it is never used. Without a proxy (PROXY_AANTAL=0) it is REMOTE_ADDR.
"""

from django.conf import settings


def bezoekersadres(request) -> str:
    """The address of the visitor as the outermost trusted proxy saw it (REMOTE_ADDR without proxy)."""
    aantal = getattr(settings, "PROXY_AANTAL", 0)
    adres = request.META.get("REMOTE_ADDR", "")
    if aantal > 0:
        doorgestuurd = [
            deel.strip() for deel in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if deel.strip()
        ]
        if len(doorgestuurd) >= aantal:
            adres = doorgestuurd[-aantal]
    return adres
