"""Response headers every page gets: Permissions-Policy, and no-store for logged-in visitors.

`Permissions-Policy` turns off browser features no page uses (camera, microphone, location, ...),
so injected content cannot ask for them either. A response to a logged-in visitor may show
personal data (names, e-mail addresses, kernteam lists), so no browser or proxy stores it:
`Cache-Control: private, no-store`. Anonymous pages keep whatever caching their view chose.
The Content-Security-Policy itself comes from django-csp (settings CONTENT_SECURITY_POLICY).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control


class BeveiligingsHeaders:
    """Sits after AuthenticationMiddleware: it asks request.user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        beleid = getattr(settings, "PERMISSIONS_POLICY", "")
        if beleid and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = beleid
        gebruiker = getattr(request, "user", None)
        if gebruiker is not None and gebruiker.is_authenticated:
            # Replaces max-age/public a view may have set for the anonymous case.
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        return response
