from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _

from kern.beheer import DomeinAdmin
from leerspoor.models import Antwoord, Citaat, Leerervaring, Peiling, Risico, RisicoBespreking, Vraag
from leerspoor.services import peiling_openen, peiling_sluiten


@admin.register(Leerervaring)
class LeerervaringAdmin(DomeinAdmin):
    list_display = ["korte_tekst", "fase", "oordeel", "aspect", "bron", "volgorde"]
    list_filter = ["fase__agenda", "fase__nummer", "oordeel", "aspect"]
    list_select_related = ["fase", "bron"]
    search_fields = ["tekst"]
    autocomplete_fields = ["bron"]
    fields = ["fase", "tekst", "bron", ("oordeel", "aspect"), "volgorde"]

    @admin.display(description=_("tekst"), ordering="tekst")
    def korte_tekst(self, obj):
        return str(obj)


@admin.register(Citaat)
class CitaatAdmin(DomeinAdmin):
    list_display = ["korte_tekst", "toeschrijving", "toestemming", "fase", "bron"]
    list_filter = ["toestemming", "fase__agenda", "fase__nummer"]
    list_select_related = ["fase", "bron"]
    search_fields = ["tekst", "toeschrijving"]
    autocomplete_fields = ["bron", "na_leerervaring"]

    @admin.display(description=_("citaat"), ordering="tekst")
    def korte_tekst(self, obj):
        return obj.tekst[:80]


class RisicoBesprekingInline(admin.TabularInline):
    model = RisicoBespreking
    fields = ["bijeenkomst", "kans", "impact", "toelichting"]
    autocomplete_fields = ["bijeenkomst"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("risico", "bijeenkomst")


class ScoreMixin:
    """Kans × impact as a column the kernteam can sort on."""

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_score=F("kans") * F("impact"))

    @admin.display(description=_("score"), ordering="_score")
    def score(self, obj):
        return obj._score  # the annotation: RisicoBespreking has no score property


@admin.register(Risico)
class RisicoAdmin(ScoreMixin, DomeinAdmin):
    list_display = ["titel", "kans", "impact", "score", "status", "eigenaar", "agenda"]
    list_filter = ["status", "agenda", "kans", "impact"]
    list_select_related = ["eigenaar__organisatie", "agenda"]
    search_fields = ["titel", "beschrijving", "beheersmaatregelen", "eigenaar__naam"]
    autocomplete_fields = ["eigenaar", "bron"]
    fields = ["agenda", "titel", "beschrijving", ("kans", "impact"), "eigenaar", "beheersmaatregelen", "status", "bron"]
    inlines = [RisicoBesprekingInline]


@admin.register(RisicoBespreking)
class RisicoBesprekingAdmin(ScoreMixin, DomeinAdmin):
    list_display = ["risico", "bijeenkomst", "kans", "impact", "score"]
    list_filter = ["risico__agenda", "risico"]
    list_select_related = ["risico", "bijeenkomst"]
    search_fields = ["risico__titel", "toelichting"]
    autocomplete_fields = ["risico", "bijeenkomst"]


class VraagInline(admin.StackedInline):
    model = Vraag
    fields = [("tekst", "soort", "volgorde"), "keuzes"]
    extra = 0
    show_change_link = True


@admin.register(Peiling)
class PeilingAdmin(DomeinAdmin):
    list_display = ["titel", "bijeenkomst", "status", "zonder_account", "aantal_vragen"]
    list_filter = ["status", "zonder_account", "bijeenkomst__agenda"]
    list_select_related = ["bijeenkomst"]
    search_fields = ["titel", "bijeenkomst__titel"]
    autocomplete_fields = ["bijeenkomst"]
    readonly_fields = ["token"]
    inlines = [VraagInline]
    actions = ["openen", "sluiten"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_aantal_vragen=Count("vragen"))

    def _status_actie(self, request, queryset, service, gelukt):
        # Through the services, as on the kernteam page: the same rules (no questions, not open) apply.
        aantal = 0
        for peiling in queryset:
            try:
                service(peiling=peiling)
            except ValidationError as fout:
                self.message_user(request, f"{peiling}: {' '.join(fout.messages)}", messages.ERROR)
            else:
                aantal += 1
        if aantal:
            self.message_user(request, gelukt % {"aantal": aantal}, messages.SUCCESS)

    @admin.action(description=_("Openen"), permissions=["change"])
    def openen(self, request, queryset):
        self._status_actie(request, queryset, peiling_openen, _("%(aantal)s peiling(en) geopend."))

    @admin.action(description=_("Sluiten"), permissions=["change"])
    def sluiten(self, request, queryset):
        self._status_actie(request, queryset, peiling_sluiten, _("%(aantal)s peiling(en) gesloten."))

    @admin.display(description=_("vragen"), ordering="_aantal_vragen")
    def aantal_vragen(self, obj):
        return obj._aantal_vragen


@admin.register(Vraag)
class VraagAdmin(DomeinAdmin):
    list_display = ["tekst", "soort", "peiling", "volgorde", "aantal_antwoorden"]
    list_filter = ["soort", "peiling"]
    list_select_related = ["peiling"]
    search_fields = ["tekst", "peiling__titel"]
    autocomplete_fields = ["peiling"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_aantal_antwoorden=Count("antwoorden"))

    @admin.display(description=_("antwoorden"), ordering="_aantal_antwoorden")
    def aantal_antwoorden(self, obj):
        return obj._aantal_antwoorden


@admin.register(Antwoord)
class AntwoordAdmin(admin.ModelAdmin):
    """Answers come from the poll itself and are anonymous: the kernteam reads them, never writes them.

    Delete stays allowed (within the group's permissions) so that removing a peiling or
    bijeenkomst, which cascades to its answers, is not blocked in the admin.
    """

    list_display = ["waarde", "vraag", "gegeven_op"]
    list_filter = ["vraag__peiling", "vraag"]
    list_select_related = ["vraag"]
    search_fields = ["waarde", "vraag__tekst"]
    # The pseudonymous respondent key is never shown: it would let answers be linked together.
    fields = ["vraag", "waarde", "gegeven_op"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
