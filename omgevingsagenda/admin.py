from django import forms
from django.contrib import admin
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from deelnemers.permissions import is_kernteam


class KernteamLoginForm(AuthenticationForm):
    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not is_kernteam(user):
            raise forms.ValidationError(
                _("Dit beheer is alleen voor het kernteam. Log in met een kernteamaccount."),
                code="geen_kernteam",
            )


class KernteamAdminSite(admin.AdminSite):
    """The kernteam's workplace: open to superusers and members of the group Kernteam."""

    site_header = _("Omgevingsagenda — kernteam")
    site_title = _("Omgevingsagenda kernteam")
    index_title = _("Beheer")
    login_form = KernteamLoginForm

    def has_permission(self, request):
        return request.user.is_active and is_kernteam(request.user)
