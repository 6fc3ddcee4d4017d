"""Two factors for the kernteam (django-otp via django-two-factor-auth): who must show a second factor, and where to.

A kernteam member reaches neither /admin/ nor a kernteam page with only a password (and until the
second factor deelnemers.permissions.is_kernteam says no, so no kernteam right applies): without a
verified device in this session they are sent to the token page (accounts/tweede-factor/), or,
without any device yet, to the set-up (TOTP app, then backup codes for recovery). The requirement
is setting TWEE_FACTOR (off for `make run` and the tests, README "Beveiliging"). Deelnemers log in
with a password only: what they see is public or their own.

Deliberately not here: the pages themselves (omgevingsagenda.beveiliging and two_factor's views).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from deelnemers.permissions import is_kernteamlid


def tweede_factor_nodig(user) -> bool:
    """A kernteam member who has not shown a second factor in this session (with TWEE_FACTOR on)."""
    if not getattr(settings, "TWEE_FACTOR", True) or not is_kernteamlid(user):
        return False
    return not (hasattr(user, "is_verified") and user.is_verified())


def tweede_factor_omleiding(request):
    """The redirect to the token page or the set-up, or None when the visitor may go on."""
    if not tweede_factor_nodig(request.user):
        return None
    doel = "tweede_factor" if user_has_device(request.user) else "two_factor:setup"
    return redirect(f"{reverse(doel)}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}")
