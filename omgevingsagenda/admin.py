from functools import wraps

from django import forms
from django.contrib import admin
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from deelnemers.permissions import is_kernteam, is_kernteamlid
from deelnemers.tweede_factor import tweede_factor_omleiding
from kern.beheer import VeiligBeheer


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

    def register(self, model_or_iterable, admin_class=None, **options):
        # The admins of other packages (accounts, django-axes) get the same guard against crafted input.
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, VeiligBeheer):
            admin_class = type(
                admin_class.__name__, (VeiligBeheer, admin_class), {"__module__": admin_class.__module__}
            )
        return super().register(model_or_iterable, admin_class, **options)

    def admin_view(self, view, cacheable=False):
        # Every admin page but login and logout: a kernteam member shows the second factor first.
        beveiligd = super().admin_view(view, cacheable)

        @wraps(view)
        def met_tweede_factor(request, *args, **kwargs):
            if request.user.is_active and is_kernteamlid(request.user):
                omleiding = tweede_factor_omleiding(request)
                if omleiding is not None:
                    return omleiding
            return beveiligd(request, *args, **kwargs)

        return met_tweede_factor

    def has_permission(self, request):
        return request.user.is_active and is_kernteam(request.user)
