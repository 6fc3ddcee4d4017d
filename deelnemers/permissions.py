"""The roles of DESIGN.md ("Who uses it"), in one place.

Every app's rules build on these: publiek (anonymous), deelnemer, duo-lid, kernteam.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

KERNTEAM_GROEP = "Kernteam"


def is_kernteam(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: templates and views ask this many times per request.
    if not hasattr(user, "_is_kernteam"):
        user._is_kernteam = user.groups.filter(name=KERNTEAM_GROEP).exists()
    return user._is_kernteam


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
            if not regel(request.user):
                raise Http404
            # The second factor (deelnemers.tweede_factor), asked after the rule so a 404 stays a 404.
            from deelnemers.tweede_factor import tweede_factor_omleiding

            omleiding = tweede_factor_omleiding(request)
            if omleiding is not None:
                return omleiding
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
