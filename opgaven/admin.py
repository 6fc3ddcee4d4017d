from django.contrib import admin
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from deelnemers.models import Deelnemer
from kern.beheer import DomeinAdmin
from kern.formulieren import ModelKeuzesBeheer
from opgaven.forms import DuoForm, OpgaveAdminForm
from opgaven.models import Actie, Duo, Opgave

LEDEN_MET_ORGANISATIE = Prefetch("leden", queryset=Deelnemer.objects.select_related("organisatie"))


class DuoInline(ModelKeuzesBeheer, admin.StackedInline):
    model = Duo
    form = DuoForm
    autocomplete_fields = ["leden"]
    extra = 1
    max_num = 1
    verbose_name_plural = _("duo (twee of drie deelnemers: minstens één van het Rijk en één uit de regio)")


class ActieInline(ModelKeuzesBeheer, admin.StackedInline):
    model = Actie
    fields = [("soort", "status", "volgorde"), "omschrijving", ("trekker", "vervolgtafel"), "partners"]
    autocomplete_fields = ["trekker", "partners"]
    extra = 0


@admin.register(Opgave)
class OpgaveAdmin(DomeinAdmin):
    form = OpgaveAdminForm
    list_display = ["volgnummer", "titel", "status", "schaalniveau", "gebied", "agenda", "gepubliceerd"]
    list_display_links = ["volgnummer", "titel"]
    list_filter = ["status", "schaalniveau", "gepubliceerd", "agenda"]
    list_select_related = ["agenda"]
    search_fields = ["titel", "gebied", "samenvatting", "kern"]
    prepopulated_fields = {"slug": ["titel"]}
    autocomplete_fields = ["samengevoegd_in", "trends"]
    readonly_fields = ["gewijzigd_op"]
    fieldsets = [
        (None, {"fields": ["agenda", "titel", "slug", ("schaalniveau", "gebied")]}),
        (
            _("Status"),
            {"fields": [("status", "volgnummer"), "status_reden", "samengevoegd_in", "gepubliceerd", "gewijzigd_op"]},
        ),
        (_("Inhoud"), {"fields": ["samenvatting", "kern", "trends"]}),
    ]
    inlines = [DuoInline, ActieInline]


@admin.register(Actie)
class ActieAdmin(DomeinAdmin):
    list_display = ["korte_omschrijving", "opgave", "soort", "status", "trekker", "vervolgtafel"]
    list_filter = ["soort", "status", "opgave__agenda", "vervolgtafel"]
    list_select_related = ["opgave", "trekker"]
    search_fields = ["omschrijving", "vervolgtafel", "trekker__naam", "opgave__titel"]
    autocomplete_fields = ["opgave", "trekker", "partners"]

    @admin.display(description=_("omschrijving"), ordering="omschrijving")
    def korte_omschrijving(self, obj):
        return str(obj)


@admin.register(Duo)
class DuoAdmin(DomeinAdmin):
    form = DuoForm
    list_display = ["opgave", "leden_weergave", "agenda"]
    list_filter = ["opgave__agenda", "opgave__status"]
    search_fields = ["opgave__titel", "leden__naam", "leden__organisatie__naam"]
    autocomplete_fields = ["opgave", "leden"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("opgave__agenda").prefetch_related(LEDEN_MET_ORGANISATIE)

    @admin.display(description=_("leden"))
    def leden_weergave(self, obj):
        return "; ".join(str(lid) for lid in obj.leden.all())

    @admin.display(description=_("agenda"), ordering="opgave__agenda__naam")
    def agenda(self, obj):
        return obj.opgave.agenda
