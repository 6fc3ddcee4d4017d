"""Kernteam sessions end after a period of inactivity (setting KERNTEAM_SESSIE_MINUTEN).

The kernteam's admin can change everything, so a forgotten kernteam login on a shared computer
must not stay open for the two weeks a deelnemer's session lasts. The expiry is set at login (which
marks the session as a kernteam session) and renewed by the kernteam's requests, so it is
inactivity that counts, not the time since logging in. Renewing means saving the session, so it
happens at most once a minute, not on every request (the expiry is a minute less exact; a page
costs no extra queries). Deelnemer sessions are left as Django makes them (SESSION_COOKIE_AGE).
"""

import time

from django.conf import settings

from deelnemers.permissions import is_kernteam

VERNIEUWD = "deelnemers_kernteam_sessie_vernieuwd"
VERNIEUW_NA_SECONDEN = 60


def _vernieuwen(session) -> None:
    session.set_expiry(settings.KERNTEAM_SESSIE_MINUTEN * 60)
    session[VERNIEUWD] = int(time.time())


def kernteam_sessie_bij_inloggen(sender, request, user, **kwargs):
    """user_logged_in: a kernteam session starts with the short expiry."""
    if getattr(settings, "KERNTEAM_SESSIE_MINUTEN", 0) and is_kernteam(user) and hasattr(request, "session"):
        _vernieuwen(request.session)


class KernteamSessie:
    """After SessionMiddleware: renews the sessions that kernteam_sessie_bij_inloggen marked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only sessions marked at a kernteam login: no query and no session access for anyone else.
        if getattr(settings, "KERNTEAM_SESSIE_MINUTEN", 0) and settings.SESSION_COOKIE_NAME in request.COOKIES:
            vernieuwd = request.session.get(VERNIEUWD)
            if vernieuwd is not None and int(time.time()) - vernieuwd >= VERNIEUW_NA_SECONDEN:
                _vernieuwen(request.session)
        return self.get_response(request)
