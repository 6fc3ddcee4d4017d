"""The project's answers for security edges that belong to no domain app.

The cool-off page of login throttling (django-axes calls `inloggen_geblokkeerd` for a locked-out
account or address). It deliberately does not say which of the two is locked, nor how many tries
are left: that would help someone guessing passwords. And /.well-known/security.txt.
"""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe


def inloggen_geblokkeerd(request, original_response=None, credentials=None):
    """The Dutch cool-off page (429) instead of the login form, for the site and the admin alike."""
    minuten = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else None
    return render(
        request,
        "registration/geblokkeerd.html",
        {"minuten": minuten},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


@require_safe
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): Contact from SECURITY_CONTACT, and an Expires half a year ahead.

    Expires is the first of the month six months on, so the file stays the same for a month and is
    never stale while the site runs; the RFC asks for less than a year.
    """
    contact = settings.SECURITY_CONTACT.strip()
    if not contact:
        raise Http404
    if "@" in contact and ":" not in contact:
        contact = f"mailto:{contact}"
    nu = timezone.now()
    maand = nu.month + 6
    verloopt = datetime.datetime(nu.year + (maand - 1) // 12, (maand - 1) % 12 + 1, 1, tzinfo=datetime.UTC)
    regels = [
        f"Contact: {contact}",
        f"Expires: {verloopt.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    return HttpResponse("\n".join(regels) + "\n", content_type="text/plain; charset=utf-8")
