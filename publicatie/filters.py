import django_filters
from django.utils.translation import gettext_lazy as _

from kern.lijsten import Filter
from opgaven.models import Opgave
from publicatie.forms import VersieKeuzeVeld
from publicatie.models import Reactie, ReactieCategorie, ReactieStatus, Versie


class VersieFilterVeld(django_filters.fields.ModelChoiceField, VersieKeuzeVeld):
    """django-filter's field (it knows the null choice) naming versions as the processing form does."""


class VersieKeuzeFilter(django_filters.ModelChoiceFilter):
    field_class = VersieFilterVeld

    def __init__(self, *args, **kwargs):
        super().__init__(*args, to_field_name="nummer", **kwargs)


class ReactieFilter(Filter):
    """The kernteam's list of reacties, filtered as the query string says (versions by number, opgaven by slug)."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ReactieStatus.choices,
        empty_label=_("Alle statussen"),
    )
    categorie = django_filters.ChoiceFilter(
        label=_("Categorie"),
        choices=ReactieCategorie.choices,
        empty_label=_("Alle categorieën"),
        null_label=_("Nog niet ingedeeld"),
        null_value="geen",
        method="filter_categorie",
    )
    opgave = django_filters.ModelChoiceFilter(
        label=_("Over"),
        queryset=Opgave.objects.none(),
        to_field_name="slug",
        empty_label=_("Alle onderwerpen"),
        null_label=_("De hele agenda"),
        null_value="hele-agenda",
    )
    versie = VersieKeuzeFilter(
        label=_("Reactie op"),
        queryset=Versie.objects.none(),
        empty_label=_("Alle versies"),
    )
    verwerkt_in = VersieKeuzeFilter(
        label=_("Verwerkt in"),
        queryset=Versie.objects.none(),
        empty_label=_("Maakt niet uit"),
        null_label=_("Nog in geen versie"),
        null_value="geen",
    )

    class Meta:
        model = Reactie
        fields = ["status", "categorie", "opgave", "versie", "verwerkt_in"]

    def __init__(self, data=None, queryset=None, *, agenda, **kwargs):
        super().__init__(data, queryset, **kwargs)
        versies = Versie.objects.filter(agenda=agenda).order_by("nummer")
        self.filters["versie"].queryset = versies
        self.filters["verwerkt_in"].queryset = versies
        # Every opgave of the agenda that has a reactie, also one that is no longer selected.
        self.filters["opgave"].queryset = agenda.opgaven.filter(reacties__isnull=False).distinct().in_volgorde()

    def filter_categorie(self, queryset, name, value):
        if value == "geen":
            return queryset.filter(categorie="")
        return queryset.filter(categorie=value)
