"""Who may see what of the leerspoor, building on the roles of deelnemers/permissions.py.

The fase report is public. Risks, betrokkenheid and running a peiling (opening, closing,
projector, live results) are for the kernteam only: others get a 404 (a deelnemer must not
learn that the page exists), anonymous visitors the login page. A peiling is answered by
anyone logged in, and through its link by people without an account when the kernteam allows it.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from deelnemers.permissions import is_deelnemer, is_kernteam


def mag_risicos_zien(user) -> bool:
    return is_kernteam(user)


def mag_betrokkenheid_zien(user) -> bool:
    return is_kernteam(user)


def mag_risicos_bespreken(user) -> bool:
    return is_kernteam(user)


def mag_peilingen_beheren(user) -> bool:
    return is_kernteam(user)


def mag_peiling_beantwoorden(user, peiling) -> bool:
    """Logged-in people always; without an account only when the kernteam opened the poll to them."""
    return is_deelnemer(user) or peiling.zonder_account


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
