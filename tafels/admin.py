from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from deelnemers.admin import bestuurslaag_filter
from kern.beheer import DomeinAdmin
from tafels.forms import GesprekstafelAdminForm
from tafels.models import Aanmelding, Bijeenkomst, Deelname, Gesprekstafel, KalenderFeed
from tafels.services import aanmeldingen_omzetten, bijeenkomst_uitnodigen


@admin.register(Gesprekstafel)
class GesprekstafelAdmin(DomeinAdmin):
    form = GesprekstafelAdminForm
    list_display = ["titel", "schaalniveau", "agenda", "aantal_opgaven", "volgorde", "gepubliceerd"]
    list_filter = ["schaalniveau", "gepubliceerd", "agenda"]
    list_select_related = ["agenda"]
    search_fields = ["titel", "gespreksnotitie", "opbrengst"]
    prepopulated_fields = {"slug": ["titel"]}
    autocomplete_fields = ["opgaven"]
    fieldsets = [
        (None, {"fields": ["agenda", "titel", "slug", "schaalniveau", "opgaven", ("volgorde", "gepubliceerd")]}),
        (_("Voorbereiding en opbrengst"), {"fields": ["gespreksnotitie", "opbrengst"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_aantal_opgaven=Count("opgaven"))

    @admin.display(description=_("opgaven"), ordering="_aantal_opgaven")
    def aantal_opgaven(self, obj):
        return obj._aantal_opgaven


class DeelnameInline(admin.TabularInline):
    """The deelnames so far: only the rol changes here.

    A synthesis meeting has about a hundred deelnames; an autocomplete per row would cost a
    query per row, a read-only name costs nothing beyond the select_related below.
    """

    model = Deelname
    fields = ["deelnemer", "organisatie", "rol"]
    readonly_fields = ["deelnemer", "organisatie"]
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("deelnemer__organisatie", "bijeenkomst")

    @admin.display(description=_("organisatie"))
    def organisatie(self, obj):
        return obj.deelnemer.organisatie


class NieuweDeelnameInline(admin.TabularInline):
    model = Deelname
    fields = ["deelnemer", "rol"]
    autocomplete_fields = ["deelnemer"]
    extra = 3
    verbose_name = _("nieuwe deelname")
    verbose_name_plural = _("deelnames toevoegen")

    def get_queryset(self, request):
        return super().get_queryset(request).none()

    def has_change_permission(self, request, obj=None):
        return False


class AanmeldingInline(admin.TabularInline):
    """Who signed up: read here, exported from the bijeenkomst page, turned into deelnames by the action."""

    model = Aanmelding
    fields = ["deelnemer", "aangemeld_op", "op_wachtlijst"]
    readonly_fields = ["deelnemer", "aangemeld_op", "op_wachtlijst"]
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("deelnemer__organisatie")


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(DomeinAdmin):
    list_display = ["titel", "soort", "datum", "locatie", "agenda", "fase", "aantal_deelnames"]
    list_filter = ["soort", "agenda", "fase"]
    list_select_related = ["agenda", "fase"]
    search_fields = ["titel", "locatie", "verslag"]
    date_hierarchy = "datum"
    autocomplete_fields = ["gesprekstafel"]
    fields = [
        "agenda",
        "soort",
        "titel",
        ("datum", "locatie"),
        ("begintijd", "eindtijd", "capaciteit"),
        "fase",
        "gesprekstafel",
        "verslag",
    ]
    inlines = [AanmeldingInline, DeelnameInline, NieuweDeelnameInline]
    actions = ["aanmeldingen_naar_deelnames", "uitnodigen"]

    @admin.action(description=_("Aanmeldingen omzetten in deelnames (na de bijeenkomst)"), permissions=["change"])
    def aanmeldingen_naar_deelnames(self, request, queryset):
        aantal = sum(aanmeldingen_omzetten(bijeenkomst=bijeenkomst) for bijeenkomst in queryset)
        self.message_user(
            request,
            ngettext("%(n)d deelname toegevoegd.", "%(n)d deelnames toegevoegd.", aantal) % {"n": aantal},
            messages.SUCCESS,
        )

    @admin.action(description=_("Deelnemers uitnodigen per e-mail"), permissions=["change"])
    def uitnodigen(self, request, queryset):
        aantal = sum(
            bijeenkomst_uitnodigen(bijeenkomst=bijeenkomst) for bijeenkomst in queryset.select_related("agenda")
        )
        self.message_user(
            request,
            ngettext("%(n)d uitnodiging verstuurd.", "%(n)d uitnodigingen verstuurd.", aantal) % {"n": aantal},
            messages.SUCCESS,
        )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_aantal_deelnames=Count("deelnames"))

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None:
            # Each call builds a fresh form class, so narrowing its field here is safe; clean() still checks.
            form.base_fields["fase"].queryset = obj.agenda.fases.all()
        return form

    @admin.display(description=_("deelnames"), ordering="_aantal_deelnames")
    def aantal_deelnames(self, obj):
        return obj._aantal_deelnames


@admin.register(Deelname)
class DeelnameAdmin(DomeinAdmin):
    list_display = ["deelnemer_naam", "organisatie", "rol", "bijeenkomst"]
    list_filter = ["rol", "bijeenkomst__soort", bestuurslaag_filter("deelnemer__organisatie__soort"), "bijeenkomst"]
    list_select_related = ["deelnemer__organisatie", "bijeenkomst"]
    search_fields = ["deelnemer__naam", "deelnemer__organisatie__naam", "bijeenkomst__titel"]
    autocomplete_fields = ["bijeenkomst", "deelnemer"]

    @admin.display(description=_("deelnemer"), ordering="deelnemer__naam")
    def deelnemer_naam(self, obj):
        return obj.deelnemer.naam

    @admin.display(description=_("organisatie"), ordering="deelnemer__organisatie__naam")
    def organisatie(self, obj):
        return obj.deelnemer.organisatie


@admin.register(Aanmelding)
class AanmeldingAdmin(admin.ModelAdmin):
    list_display = ["deelnemer", "bijeenkomst", "aangemeld_op", "op_wachtlijst"]
    list_filter = ["op_wachtlijst", "bijeenkomst__agenda"]
    list_select_related = ["deelnemer__organisatie", "bijeenkomst"]
    autocomplete_fields = ["deelnemer"]
    raw_id_fields = ["bijeenkomst"]
    search_fields = ["deelnemer__naam", "bijeenkomst__titel"]


@admin.register(KalenderFeed)
class KalenderFeedAdmin(admin.ModelAdmin):
    """The kernteam can revoke a feed by deleting it; the secret address itself is not shown."""

    list_display = ["deelnemer", "aangemaakt_op"]
    list_select_related = ["deelnemer__organisatie"]
    fields = ["deelnemer", "aangemaakt_op"]
    readonly_fields = ["aangemaakt_op"]
    autocomplete_fields = ["deelnemer"]
    search_fields = ["deelnemer__naam"]
