"""Kernteam sessions end after a period of inactivity (setting KERNTEAM_SESSIE_MINUTEN).

The kernteam's admin can change everything, so a forgotten kernteam login on a shared computer
must not stay open for the two weeks a deelnemer's session lasts. Every kernteam request renews the
expiry, so it is inactivity that counts, not the time since logging in. Deelnemer sessions are
left as Django makes them (SESSION_COOKIE_AGE).
"""

from django.conf import settings

from deelnemers.permissions import is_kernteam


class KernteamSessie:
    """After AuthenticationMiddleware: it asks request.user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        minuten = getattr(settings, "KERNTEAM_SESSIE_MINUTEN", 0)
        if minuten and is_kernteam(getattr(request, "user", None)):
            # Setting the expiry marks the session modified, so it is saved (and renewed) on this request.
            request.session.set_expiry(minuten * 60)
        return self.get_response(request)
