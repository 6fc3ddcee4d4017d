"""The project's answers for security edges that belong to no domain app.

The cool-off page of login throttling (django-axes calls `inloggen_geblokkeerd` for a locked-out
account or address). It deliberately does not say which of the two is locked, nor how many tries
are left: that would help someone guessing passwords.
"""

from django.conf import settings
from django.shortcuts import render


def inloggen_geblokkeerd(request, original_response=None, credentials=None):
    """The Dutch cool-off page (429) instead of the login form, for the site and the admin alike."""
    minuten = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else None
    return render(
        request,
        "registration/geblokkeerd.html",
        {"minuten": minuten},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
