import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from kern.lijsten import Filter
from opgaven.models import OpgaveStatus, Schaalniveau


class OpgaveFilter(Filter):
    """The filter of the opgaven list, read from the query string so a shared link reproduces it."""

    zoek = django_filters.CharFilter(
        label=_("Zoeken"),
        method="zoeken",
        widget=forms.SearchInput,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=OpgaveStatus.choices,
        empty_label=_("Alle statussen"),
    )
    schaalniveau = django_filters.ChoiceFilter(
        label=_("Schaalniveau"),
        choices=Schaalniveau.choices,
        empty_label=_("Alle schaalniveaus"),
    )
    gebied = django_filters.ChoiceFilter(
        label=_("Gebied"),
        choices=[],
        empty_label=_("Alle gebieden"),
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        # The gebieden that occur in this list, so every choice gives a result.
        gebieden = queryset.exclude(gebied="").order_by("gebied").values_list("gebied", flat=True).distinct()
        self.filters["gebied"].extra["choices"] = [(g, g) for g in gebieden]

    def zoeken(self, queryset, name, value):
        return queryset.zoeken(value)
