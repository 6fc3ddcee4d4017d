"""The project's answers for security edges that belong to no domain app.

The cool-off page of login throttling (django-axes calls `inloggen_geblokkeerd` for a locked-out
account or address). It deliberately does not say which of the two is locked, nor how many tries
are left: that would help someone guessing passwords. The second step of logging in for the
kernteam (the rule of who must take it is deelnemers.tweede_factor). And /.well-known/security.txt.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice


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


class TweedeFactorForm(forms.Form):
    """A code from the authenticator app (TOTP) or one of the backup codes, checked against that device only.

    django-otp asks for the device explicitly: trying every device would count a failed attempt
    against the backup codes each time the app's code is typed. The devices throttle wrong codes.
    """

    soort = forms.ChoiceField(
        label=_("Soort code"),
        choices=[("app", _("Code uit de app")), ("reserve", _("Reservecode"))],
        initial="app",
        widget=forms.RadioSelect,
    )
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        error_messages={"required": _("Vul de code in.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean(self):
        cleaned = super().clean()
        soort, code = cleaned.get("soort"), (cleaned.get("code") or "").replace(" ", "")
        if not soort or not code:
            return cleaned
        model = TOTPDevice if soort == "app" else StaticDevice
        device = next((d for d in devices_for_user(self.user) if isinstance(d, model)), None)
        if device is None:
            raise forms.ValidationError(_("U hebt geen codes van deze soort. Kies de andere soort."), code="geen")
        toegestaan, _extra = device.verify_is_allowed()
        if not toegestaan:
            raise forms.ValidationError(
                _("Te veel verkeerde codes achter elkaar. Wacht even en probeer het dan opnieuw."), code="afremmen"
            )
        if not device.verify_token(code):
            raise forms.ValidationError(_("Deze code klopt niet. Probeer het opnieuw."), code="onjuist")
        self.device = device
        return cleaned


@login_required
@require_http_methods(["GET", "POST"])
def tweede_factor(request):
    """The second step for a kernteam member who has a device: a code from the app or a backup code."""
    volgende = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(volgende, {request.get_host()}, require_https=request.is_secure()):
        volgende = reverse("admin:index")
    if request.user.is_verified():
        return redirect(volgende)
    if not user_has_device(request.user):
        return redirect(f"{reverse('two_factor:setup')}?{urlencode({REDIRECT_FIELD_NAME: volgende})}")
    form = TweedeFactorForm(request.POST if request.method == "POST" else None, user=request.user)
    if form.is_bound and form.is_valid():
        otp_login(request, form.device)
        return redirect(volgende)
    return render(request, "registration/tweede_factor.html", {"form": form, "next": volgende})
