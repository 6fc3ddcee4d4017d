from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats

from deelnemers.models import Bestuurslaag, Deelnemer, MailVoorkeur, Organisatie, VerzondenMelding, bestuurslaag_q
from deelnemers.permissions import KERNTEAM_GROEP
from deelnemers.resources import DeelnemerResource
from deelnemers.services import deelnemer_anonimiseren, deelnemer_uitnodigen
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
class DeelnemerAdmin(ImportExportMixin, DomeinAdmin):
    list_display = [
        "naam",
        "organisatie",
        "bestuurslaag_weergave",
        "functie",
        "profiel",
        "naam_publiek",
        "uitnodiging_weergave",
    ]
    list_select_related = ["organisatie", "user"]
    resource_classes = [DeelnemerResource]
    # The kernteam's spreadsheets: CSV and Excel, in and out in the same columns.
    formats = [base_formats.CSV, base_formats.XLSX]
    actions = ["uitnodigen", "anonimiseren"]
    list_filter = [bestuurslaag_filter("organisatie__soort"), "organisatie__soort", "profiel", "naam_publiek"]
    search_fields = ["naam", "functie", "email", "organisatie__naam", "organisatie__afkorting"]
    autocomplete_fields = ["organisatie", "user"]
    readonly_fields = ["aangemaakt_op", "uitnodiging_weergave", "geanonimiseerd_op"]
    fieldsets = [
        (None, {"fields": ["naam", "organisatie", "functie", "profiel"]}),
        (_("Contact (alleen voor het kernteam)"), {"fields": ["email", "telefoon"]}),
        (
            _("Account en toestemming"),
            {"fields": ["user", "naam_publiek", "uitnodiging_weergave", "aangemaakt_op", "geanonimiseerd_op"]},
        ),
    ]

    @admin.display(description=_("uitnodiging"), ordering="uitgenodigd_op")
    def uitnodiging_weergave(self, obj):
        return obj.uitnodiging_status

    @admin.action(description=_("Uitnodigen per e-mail (of opnieuw uitnodigen)"), permissions=["change"])
    def uitnodigen(self, request, queryset):
        gelukt = 0
        for deelnemer in queryset:
            try:
                deelnemer_uitnodigen(deelnemer=deelnemer)
            except ValidationError as fout:
                self.message_user(request, " ".join(fout.messages), messages.WARNING)
            else:
                gelukt += 1
        if gelukt:
            self.message_user(
                request,
                ngettext("%(n)d uitnodiging verstuurd.", "%(n)d uitnodigingen verstuurd.", gelukt) % {"n": gelukt},
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Anonimiseren (AVG): naam, e-mail, telefoon en account verwijderen"), permissions=["change"]
    )
    def anonimiseren(self, request, queryset):
        te_doen = queryset.filter(geanonimiseerd_op__isnull=True).select_related("organisatie")
        if request.POST.get("bevestigd") != "1":
            # Irreversible: first a page that names who is about to disappear.
            return TemplateResponse(
                request,
                "admin/deelnemers/deelnemer/anonimiseren.html",
                {**self.admin_site.each_context(request), "opts": self.model._meta, "deelnemers": list(te_doen)},
            )
        aantal = 0
        for deelnemer in te_doen:
            deelnemer_anonimiseren(deelnemer=deelnemer)
            aantal += 1
        self.message_user(
            request,
            ngettext("%(n)d deelnemer geanonimiseerd.", "%(n)d deelnemers geanonimiseerd.", aantal) % {"n": aantal},
            messages.SUCCESS,
        )

    def get_queryset(self, request):
        # The autocomplete of duo's and deelnames shows "naam (organisatie)" per result.
        return super().get_queryset(request).select_related("organisatie")

    @admin.display(description=_("bestuurslaag"), ordering="organisatie__soort")
    def bestuurslaag_weergave(self, obj):
        return Bestuurslaag(obj.bestuurslaag).label


@admin.register(MailVoorkeur)
class MailVoorkeurAdmin(admin.ModelAdmin):
    list_display = ["deelnemer", "versie_open", "reactie_beantwoord", "bijeenkomst", "peiling", "risico"]
    list_filter = ["dagelijkse_samenvatting"]
    list_select_related = ["deelnemer__organisatie"]
    autocomplete_fields = ["deelnemer"]
    search_fields = ["deelnemer__naam"]


@admin.register(VerzondenMelding)
class VerzondenMeldingAdmin(admin.ModelAdmin):
    """The sent-log, read-only: which notification went to whom, and when."""

    list_display = ["gebeurtenis", "deelnemer", "soort", "aangemaakt_op", "verzonden_op"]
    list_filter = ["soort"]
    list_select_related = ["deelnemer__organisatie"]
    search_fields = ["gebeurtenis", "deelnemer__naam"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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
