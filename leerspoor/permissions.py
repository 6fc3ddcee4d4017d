"""Who may see what of the leerspoor, building on the roles of deelnemers/permissions.py.

The fase report is public. Risks and betrokkenheid are for the kernteam only: others get
a 404 (a deelnemer must not learn that the page exists), anonymous visitors the login page.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from deelnemers.permissions import is_kernteam


def mag_risicos_zien(user) -> bool:
    return is_kernteam(user)


def mag_betrokkenheid_zien(user) -> bool:
    return is_kernteam(user)


def mag_risicos_bespreken(user) -> bool:
    return is_kernteam(user)


def alleen_kernteam(regel=is_kernteam):
    """View decorator: login redirect for anonymous visitors, 404 for everyone else without `regel`."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not regel(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
