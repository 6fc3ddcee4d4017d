from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from agenda.models import Activiteit, Agenda, Fase, PerspectiefOnderdeel, Trend, Uitwerkingslijn
from kern.beheer import DomeinAdmin


class PerspectiefOnderdeelInline(admin.StackedInline):
    model = PerspectiefOnderdeel
    fields = ["soort", "titel", "tekst", "volgorde"]
    extra = 0
    max_num = 3  # one per soort, as the unique constraint demands


class UitwerkingslijnInline(admin.TabularInline):
    model = Uitwerkingslijn
    fields = ["naam", "resultaat", "volgorde"]
    extra = 0


class FaseInline(admin.TabularInline):
    """Only the heading of each fase: its texts and activiteiten are edited on the fase itself."""

    model = Fase
    fields = ["nummer", "naam", "periode"]
    extra = 0
    show_change_link = True


@admin.register(Agenda)
class AgendaAdmin(DomeinAdmin):
    list_display = ["naam", "landsdeel", "slug", "gepubliceerd"]
    list_filter = ["landsdeel", "gepubliceerd"]
    search_fields = ["naam", "landsdeel"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [PerspectiefOnderdeelInline, UitwerkingslijnInline, FaseInline]


class ActiviteitInline(admin.TabularInline):
    model = Activiteit
    fields = ["lijn", "omschrijving", "volgorde"]
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None:
            # Each call builds a fresh form class, so narrowing its field here is safe.
            formset.form.base_fields["lijn"].queryset = Uitwerkingslijn.objects.filter(agenda=obj.agenda_id)
        return formset


@admin.register(Fase)
class FaseAdmin(DomeinAdmin):
    list_display = ["nummer", "naam", "agenda", "periode"]
    list_display_links = ["nummer", "naam"]
    list_filter = ["agenda"]
    list_select_related = ["agenda"]
    search_fields = ["naam", "periode", "agenda__naam"]
    inlines = [ActiviteitInline]


@admin.register(Uitwerkingslijn)
class UitwerkingslijnAdmin(DomeinAdmin):
    list_display = ["naam", "agenda", "resultaat", "volgorde"]
    list_filter = ["agenda"]
    list_select_related = ["agenda"]
    search_fields = ["naam", "resultaat"]


@admin.register(Activiteit)
class ActiviteitAdmin(DomeinAdmin):
    list_display = ["omschrijving", "fase", "lijn", "agenda", "volgorde"]
    list_filter = ["fase__agenda", "fase__nummer", "lijn__naam"]
    list_select_related = ["fase__agenda", "lijn"]
    search_fields = ["omschrijving"]

    @admin.display(description=_("agenda"), ordering="fase__agenda__naam")
    def agenda(self, obj):
        return obj.fase.agenda


@admin.register(PerspectiefOnderdeel)
class PerspectiefOnderdeelAdmin(DomeinAdmin):
    list_display = ["titel", "soort", "agenda", "volgorde"]
    list_filter = ["agenda", "soort"]
    list_select_related = ["agenda"]
    search_fields = ["titel", "tekst"]


@admin.register(Trend)
class TrendAdmin(DomeinAdmin):
    list_display = ["naam", "soort", "agenda"]
    list_filter = ["soort", "agenda"]
    list_select_related = ["agenda"]
    search_fields = ["naam", "beschrijving"]
