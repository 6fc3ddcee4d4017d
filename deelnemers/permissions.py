"""The roles of the product, in one place, and the one rule every app's visibility builds on.

Roles: publiek (anonymous), deelnemer (logged in), duo-lid (deelnemer in the duo of an opgave),
kernteam (group Kernteam). Each app has one rules module, its `permissions.py`, that builds on
these; visibility of rows is a query: `<Model>.objects.zichtbaar_voor(user)`, written once in
`ZichtbaarQuerySet` below ("the kernteam sees everything") and per model in `voor_buitenstaander`.
What the public may see is the same query asked for `PUBLIEK`: a published version's snapshot,
its PDF and its open data ask exactly what the live site shows an anonymous visitor.
"""

from functools import wraps

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.db import models
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


# The viewer a published version, its PDF and its open data are made for.
PUBLIEK = AnonymousUser()


class ZichtbaarQuerySet(models.QuerySet):
    """The one place that says "the kernteam sees everything"; each model says what the others see."""

    def zichtbaar_voor(self, user):
        return self if is_kernteam(user) else self.voor_buitenstaander(user)

    def voor_buitenstaander(self, user):
        """The rows a viewer outside the kernteam (a deelnemer, or anonymous) may see."""
        raise NotImplementedError


def _toegang(regel):
    """A view decorator: the login page for anonymous visitors, 404 for anyone else without `regel`.

    A 404, not a 403: a deelnemer must not learn that a kernteam page exists.
    """

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


# The two access decorators of every view that is not public.
alleen_kernteam = _toegang(is_kernteam)
alleen_deelnemers = _toegang(is_deelnemer)
