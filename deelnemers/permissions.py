"""The roles of DESIGN.md ("Who uses it"), in one place.

Every app's rules build on these: publiek (anonymous), deelnemer, duo-lid, kernteam.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404

KERNTEAM_GROEP = "Kernteam"


def is_kernteamlid(user) -> bool:
    """In the group Kernteam (or superuser), whether or not the second factor was shown yet."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: templates and views ask this many times per request.
    if not hasattr(user, "_is_kernteam"):
        user._is_kernteam = user.groups.filter(name=KERNTEAM_GROEP).exists()
    return user._is_kernteam


def is_kernteam(user) -> bool:
    """A kernteam member with the kernteam's rights: with TWEE_FACTOR on, only after the second factor.

    Until then they are a deelnemer everywhere (no personal data, no kernteam pages, no editing of
    every opgave); alleen_kernteam and the admin send them to the second factor. A user object
    that did not come through a request (a service, a management command) has no is_verified.
    """
    if not is_kernteamlid(user):
        return False
    return not (getattr(settings, "TWEE_FACTOR", False) and hasattr(user, "is_verified") and not user.is_verified())


def is_deelnemer(user) -> bool:
    """Logged in: deelnemers and the kernteam read what the public cannot."""
    return bool(user and user.is_authenticated and user.is_active)


def mag_persoonsgegevens_zien(user) -> bool:
    """E-mail and phone numbers are for the kernteam only (AVG)."""
    return is_kernteam(user)


def alleen_kernteam(regel=is_kernteam):
    """View decorator for kernteam pages: the login page for anonymous visitors, 404 for anyone else without `regel`.

    A 404, not a 403: a deelnemer must not learn that the page exists.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            # A kernteam member without the second factor yet (deelnemers.tweede_factor) goes there first.
            from deelnemers.tweede_factor import tweede_factor_omleiding

            omleiding = tweede_factor_omleiding(request)
            if omleiding is not None:
                return omleiding
            if not regel(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
