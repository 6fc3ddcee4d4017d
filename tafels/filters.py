import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from opgaven.models import Schaalniveau
from tafels.models import BijeenkomstSoort


class GesprekstafelFilter(django_filters.FilterSet):
    zoek = django_filters.CharFilter(
        label=_("Zoeken"),
        method="zoeken",
        widget=forms.TextInput(attrs={"type": "search", "class": "form-control"}),
    )
    schaalniveau = django_filters.ChoiceFilter(
        label=_("Schaalniveau"),
        choices=Schaalniveau.choices,
        empty_label=_("Alle schaalniveaus"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def zoeken(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(titel__icontains=value) | Q(opbrengst__icontains=value))


class BijeenkomstFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(
        label=_("Soort"),
        choices=BijeenkomstSoort.choices,
        empty_label=_("Alle soorten"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    fase = django_filters.ModelChoiceFilter(
        label=_("Fase"),
        queryset=None,
        empty_label=_("Alle fases"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def __init__(self, data=None, queryset=None, *, agenda, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["fase"].queryset = agenda.fases.all()
