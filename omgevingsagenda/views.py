from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means: not healthy
        return JsonResponse({"status": "database onbereikbaar"}, status=503)
    return JsonResponse({"status": "ok"})


@require_safe
def toegankelijkheid(request):
    """The accessibility statement (toegankelijkheidsverklaring), with the contact address of the settings."""
    return render(request, "toegankelijkheid.html", {"contact": settings.TOEGANKELIJKHEID_CONTACT})
