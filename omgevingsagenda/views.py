from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from kern.storingen import onderdelen_controleren


@require_safe
@never_cache
def healthz(request):
    """200 when database, cache and task queue answer; 503 naming the part that does not."""
    onderdelen = onderdelen_controleren()
    gezond = all(waarde == "ok" for waarde in onderdelen.values())
    return JsonResponse({"status": "ok" if gezond else "storing", **onderdelen}, status=200 if gezond else 503)


@require_safe
def toegankelijkheid(request):
    """The accessibility statement (toegankelijkheidsverklaring), with the contact address of the settings."""
    return render(request, "toegankelijkheid.html", {"contact": settings.TOEGANKELIJKHEID_CONTACT})
