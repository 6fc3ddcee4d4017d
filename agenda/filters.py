import django_filters
from django.utils.translation import gettext_lazy as _

from agenda.models import TrendSoort
from kern.lijsten import Filter


class TrendFilter(Filter):
    """Narrows the trends under "In beweging" to one soort (trend, ontwikkeling or transitie)."""

    soort = django_filters.ChoiceFilter(
        label=_("Soort"),
        choices=TrendSoort.choices,
        empty_label=_("Alle soorten"),
    )
