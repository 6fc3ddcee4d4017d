import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from deelnemers.models import Deelnemer

from .models import Risico, RisicoStatus


class RisicoFilter(django_filters.FilterSet):
    """The risk register's filters, read from the query string so a shared link reproduces them."""

    status = django_filters.ChoiceFilter(label=_("Status"), choices=RisicoStatus.choices, empty_label=_("Alle"))
    eigenaar = django_filters.ModelChoiceFilter(
        label=_("Eigenaar"), queryset=Deelnemer.objects.none(), empty_label=_("Alle")
    )
    minimale_score = django_filters.NumberFilter(
        label=_("Minimale score (kans × impact)"),
        method="filter_minimale_score",
        widget=forms.NumberInput(attrs={"min": 1, "max": 25}),
    )

    class Meta:
        model = Risico
        fields = ["status", "eigenaar", "minimale_score"]

    def __init__(self, data=None, queryset=None, *, agenda, **kwargs):
        super().__init__(data, queryset, **kwargs)
        # Only people who own a risk of this agenda: the list stays short and on topic.
        self.filters["eigenaar"].queryset = (
            Deelnemer.objects.filter(risicos__agenda=agenda).select_related("organisatie").distinct()
        )

    def filter_minimale_score(self, queryset, name, value):
        return queryset.minimaal_score(int(value)) if value is not None else queryset
