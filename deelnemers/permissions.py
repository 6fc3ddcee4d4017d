"""The roles of the product, in one place, and the one rule every app's visibility builds on.

Roles: publiek (anonymous), deelnemer (logged in), duo-lid (deelnemer in the duo of an opgave),
kernteam (group Kernteam). Each app has one rules module, its `permissions.py`, that builds on
these; visibility of rows is a query: `<Model>.objects.zichtbaar_voor(user)`, written once in
`ZichtbaarQuerySet` below ("the kernteam sees everything") and per model in `voor_buitenstaander`.
What the public may see is the same query asked for `PUBLIEK`: a published version's snapshot,
its PDF and its open data ask exactly what the live site shows an anonymous visitor.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.db import models
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


# The viewer a published version, its PDF and its open data are made for.
PUBLIEK = AnonymousUser()


class ZichtbaarQuerySet(models.QuerySet):
    """The one place that says "the kernteam sees everything"; each model says what the others see."""

    def zichtbaar_voor(self, user):
        return self if is_kernteam(user) else self.voor_buitenstaander(user)

    def voor_buitenstaander(self, user):
        """The rows a viewer outside the kernteam (a deelnemer, or anonymous) may see."""
        raise NotImplementedError


def _toegang(regel, *, tweede_factor: bool):
    """A view decorator: the login page for anonymous visitors, 404 for anyone else without `regel`.

    A 404, not a 403: a deelnemer must not learn that a kernteam page exists. With `tweede_factor`, a
    kernteam member who has not shown the second factor yet is sent to it first.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if tweede_factor:
                from deelnemers.tweede_factor import tweede_factor_omleiding  # it imports this module

                omleiding = tweede_factor_omleiding(request)
                if omleiding is not None:
                    return omleiding
            if not regel(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


# The two access decorators of every view that is not public.
alleen_kernteam = _toegang(is_kernteam, tweede_factor=True)
alleen_deelnemers = _toegang(is_deelnemer, tweede_factor=False)
