from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from deelnemers.models import Bestuurslaag, Deelnemer, Organisatie, bestuurslaag_q
from deelnemers.permissions import KERNTEAM_GROEP
from kern.beheer import DomeinAdmin


def bestuurslaag_filter(soort_veld: str):
    """A list filter on the derived bestuurslaag, for any model that reaches an organisatie's soort.

    The bestuurslaag is no column: it is translated into `soort__in`, so filtering needs no join
    beyond the one to the organisatie.
    """

    class BestuurslaagFilter(admin.SimpleListFilter):
        title = _("bestuurslaag")
        parameter_name = "bestuurslaag"

        def lookups(self, request, model_admin):
            return Bestuurslaag.choices

        def queryset(self, request, queryset):
            waarde = self.value()
            if waarde not in Bestuurslaag.values:
                return queryset
            return queryset.filter(bestuurslaag_q(waarde, soort_veld))

    return BestuurslaagFilter


class DeelnemerInline(admin.TabularInline):
    model = Deelnemer
    fields = ["naam", "functie", "profiel", "naam_publiek"]
    extra = 0
    show_change_link = True


@admin.register(Organisatie)
class OrganisatieAdmin(DomeinAdmin):
    list_display = ["naam", "afkorting", "soort", "bestuurslaag_weergave", "aantal_deelnemers"]
    list_filter = [bestuurslaag_filter("soort"), "soort"]
    search_fields = ["naam", "afkorting"]
    inlines = [DeelnemerInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_aantal_deelnemers=Count("deelnemers"))

    @admin.display(description=_("bestuurslaag"))
    def bestuurslaag_weergave(self, obj):
        return Bestuurslaag(obj.bestuurslaag).label

    @admin.display(description=_("deelnemers"), ordering="_aantal_deelnemers")
    def aantal_deelnemers(self, obj):
        return obj._aantal_deelnemers


@admin.register(Deelnemer)
class DeelnemerAdmin(DomeinAdmin):
    list_display = ["naam", "organisatie", "bestuurslaag_weergave", "functie", "profiel", "naam_publiek"]
    list_filter = [bestuurslaag_filter("organisatie__soort"), "organisatie__soort", "profiel", "naam_publiek"]
    list_select_related = ["organisatie"]
    search_fields = ["naam", "functie", "email", "organisatie__naam", "organisatie__afkorting"]
    autocomplete_fields = ["organisatie", "user"]
    readonly_fields = ["aangemaakt_op"]
    fieldsets = [
        (None, {"fields": ["naam", "organisatie", "functie", "profiel"]}),
        (_("Contact (alleen voor het kernteam)"), {"fields": ["email", "telefoon"]}),
        (_("Account en toestemming"), {"fields": ["user", "naam_publiek", "aangemaakt_op"]}),
    ]

    def get_queryset(self, request):
        # The autocomplete of duo's and deelnames shows "naam (organisatie)" per result.
        return super().get_queryset(request).select_related("organisatie")

    @admin.display(description=_("bestuurslaag"), ordering="organisatie__soort")
    def bestuurslaag_weergave(self, obj):
        return Bestuurslaag(obj.bestuurslaag).label


admin.site.unregister(User)


@admin.register(User)
class AccountAdmin(UserAdmin):
    """Accounts for deelnemers, created by the kernteam.

    The kernteam may create and edit deelnemer accounts but must not hand out rights: without
    this, the stock UserAdmin would let any kernteam member tick `is_superuser` on themselves
    or reset the password of a superuser or fellow kernteam member.
    """

    list_display = ["username", "first_name", "last_name", "deelnemer", "is_active", "laatste_login"]
    list_select_related = ["deelnemer__organisatie"]
    list_filter = ["is_active", "groups"]

    @admin.display(description=_("laatst ingelogd"), ordering="last_login")
    def laatste_login(self, obj):
        return obj.last_login

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        return [
            (naam, {**opties, "fields": [veld for veld in opties["fields"] if veld in self.VRIJ_TE_WIJZIGEN]})
            for naam, opties in fieldsets
            if any(veld in self.VRIJ_TE_WIJZIGEN for veld in opties["fields"])
        ]

    VRIJ_TE_WIJZIGEN = {"username", "password", "first_name", "last_name", "email", "is_active", "last_login"}

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        return ["last_login"]

    def _is_beschermd(self, request, obj) -> bool:
        """Accounts with rights (superusers, kernteam) are only managed by a superuser."""
        if obj is None or request.user.is_superuser:
            return False
        return obj.is_superuser or obj.is_staff or obj.groups.filter(name=KERNTEAM_GROEP).exists()

    def has_change_permission(self, request, obj=None):
        if self._is_beschermd(request, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self._is_beschermd(request, obj):
            return False
        return super().has_delete_permission(request, obj)
