import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from agenda.models import TrendSoort


class TrendFilter(django_filters.FilterSet):
    """Narrows the trends under "In beweging" to one soort (trend, ontwikkeling or transitie)."""

    soort = django_filters.ChoiceFilter(
        label=_("Soort"),
        choices=TrendSoort.choices,
        empty_label=_("Alle soorten"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
