import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kern.lijsten import Filter
from opgaven.models import Schaalniveau
from tafels.models import BijeenkomstSoort


class GesprekstafelFilter(Filter):
    zoek = django_filters.CharFilter(
        label=_("Zoeken"),
        method="zoeken",
        widget=forms.SearchInput,
    )
    schaalniveau = django_filters.ChoiceFilter(
        label=_("Schaalniveau"),
        choices=Schaalniveau.choices,
        empty_label=_("Alle schaalniveaus"),
    )

    def zoeken(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(titel__icontains=value) | Q(opbrengst__icontains=value))


class BijeenkomstFilter(Filter):
    soort = django_filters.ChoiceFilter(
        label=_("Soort"),
        choices=BijeenkomstSoort.choices,
        empty_label=_("Alle soorten"),
    )
    fase = django_filters.ModelChoiceFilter(
        label=_("Fase"),
        queryset=None,
        empty_label=_("Alle fases"),
    )

    def __init__(self, data=None, queryset=None, *, agenda, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["fase"].queryset = agenda.fases.all()
