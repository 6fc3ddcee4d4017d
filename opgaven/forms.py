import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from deelnemers.models import Organisatie
from kern.formulieren import ModelKeuzesVeld, TekstVeld, alleen_uit_agenda
from opgaven.models import (
    ACTIE_BEWERKVELDEN,
    KERN_MAX_TEKENS,
    SAMENVATTING_MAX_TEKENS,
    Actie,
    Duo,
    Opgave,
    duo_leden_valideren,
)


class DuoForm(forms.ModelForm):
    """The composition of a duo, checked against the duo rule wherever the kernteam edits one."""

    class Meta:
        model = Duo
        fields = ["opgave", "leden"]
        field_classes = {"leden": ModelKeuzesVeld}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        leden = self.fields["leden"]
        # The rule reads each member's organisatie; load them with the members in one query.
        leden.queryset = leden.queryset.select_related("organisatie")

    def clean_leden(self):
        leden = self.cleaned_data["leden"]
        duo_leden_valideren(leden)
        return leden


class OpgaveAdminForm(forms.ModelForm):
    """The opgave in the admin: its trends come from its own agenda."""

    # No Meta: the admin builds the form class with its model and the fields of its fieldsets.

    def clean(self):
        cleaned = super().clean()
        alleen_uit_agenda(self, "trends", cleaned.get("agenda"))
        return cleaned


class OpgaveBewerkenForm(forms.Form):
    """The texts a duo writes for its opgave, with the stand the form was loaded with.

    A plain form rather than a ModelForm: a ModelForm writes the typed text onto the instance
    while validating, and on a conflict the view still needs the opgave as it was loaded.
    """

    samenvatting = TekstVeld(
        label=_("Samenvatting"),
        required=False,
        max_length=SAMENVATTING_MAX_TEKENS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Een korte inleiding boven de opgave, maximaal 2.000 tekens. "
            "Opmaak met Markdown: *cursief*, **vet**, lijstjes met -."
        ),
        error_messages={
            "max_length": _(
                "De samenvatting telt %(show_value)d tekens; er passen er maximaal %(limit_value)d in. "
                "Maak haar korter: uw tekst staat nog in het veld."
            )
        },
    )
    kern = TekstVeld(
        label=_("Kern van de gezamenlijke opgave"),
        required=False,
        max_length=KERN_MAX_TEKENS,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Maximaal 20.000 tekens. Opmaak met Markdown; een lege regel begint een nieuwe alinea."),
        error_messages={
            "max_length": _(
                "De kern telt %(show_value)d tekens; er passen er maximaal %(limit_value)d in. "
                "Maak haar korter: uw tekst staat nog in het veld."
            )
        },
    )
    versie = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["versie"].error_messages["required"] = _(
            "Het formulier mist zijn versiekenmerk: open de bewerkpagina opnieuw."
        )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("samenvatting", "").strip() or cleaned.get("kern", "").strip()):
            raise forms.ValidationError(
                _("Vul de samenvatting of de kern in: een opgave zonder tekst kan niet worden opgeslagen."),
                code="zonder_tekst",
            )
        return cleaned


class ActieForm(forms.ModelForm):
    """One actie of the opgave, as the duo edits it."""

    class Meta:
        model = Actie
        fields = ACTIE_BEWERKVELDEN
        # An organisatie id of 25 digits is an invalid choice, not a database overflow.
        field_classes = {"partners": ModelKeuzesVeld, "omschrijving": TekstVeld}
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 3}),
            "partners": forms.SelectMultiple(attrs={"size": 6}),
        }
        help_texts = {
            "partners": _("Houd Ctrl (of Cmd) ingedrukt om meer organisaties te kiezen."),
        }
        error_messages = {
            "omschrijving": {
                "required": _("Beschrijf de actie."),
                "max_length": _(
                    "De omschrijving telt %(show_value)d tekens; er passen er maximaal %(limit_value)d in. "
                    "Maak haar korter: uw tekst staat nog in het veld."
                ),
            },
            "soort": {"required": _("Kies of de actie lopend of nieuw is.")},
            "status": {"required": _("Kies de status van de actie.")},
        }

    def _post_clean(self):
        # An actie nobody touched is stored as it was: validating it against the model again would
        # cost several queries per actie (foreign key, constraints) for nothing.
        if self.instance.pk is not None and not self.has_changed():
            return
        super()._post_clean()


class BaseActieFormSet(forms.BaseInlineFormSet):
    """The acties of one opgave; the organisation lists are loaded once for every form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Without this every form would query the organisaties twice (trekker and partners).
        organisaties = [(o.pk, o.naam) for o in Organisatie.objects.only("pk", "naam").order_by("naam")]
        self._trekker_keuzes = [("", _("— geen trekker —")), *organisaties]
        self._partner_keuzes = organisaties

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["id"].error_messages["invalid_choice"] = _(
            "Deze actie is intussen verwijderd. Neem de tekst zo nodig over in een nieuwe actie."
        )
        form.fields["id"].error_messages["required"] = _("Deze actie is niet meer te vinden.")
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Deze actie verwijderen")

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.fields["trekker"].choices = self._trekker_keuzes
        form.fields["partners"].choices = self._partner_keuzes
        return form

    def acties_gegevens(self) -> list[dict]:
        """What the service needs per form: the actie (or None for a new one), delete or the new values."""
        gegevens = []
        for form in self.forms:
            actie = form.cleaned_data.get("id")
            if not form.has_changed():
                continue  # an untouched actie stays as it is, an untouched empty block adds nothing
            if self.can_delete and self._should_delete_form(form):
                if actie is not None:
                    gegevens.append({"id": actie.pk, "verwijderen": True})
                continue
            gegevens.append(
                {
                    "id": actie.pk if actie is not None else None,
                    "verwijderen": False,
                    **{naam: form.cleaned_data.get(naam) for naam in ACTIE_BEWERKVELDEN},
                }
            )
        return gegevens


ActieFormSet = forms.inlineformset_factory(
    Opgave,
    Actie,
    form=ActieForm,
    formset=BaseActieFormSet,
    extra=1,
    can_delete=True,
    max_num=100,
    absolute_max=100,
    validate_max=True,
)


# A date outside these bounds is a typo or a crafted link; at the edges of the calendar (0001-01-01) turning it
# into a moment in the site's time zone overflows, so it is refused before it reaches a query.
EERSTE_DATUM = datetime.date(2000, 1, 1)
LAATSTE_DATUM = datetime.date(2099, 12, 31)


class WijzigingenSindsForm(forms.Form):
    """The date from which the kernteam wants to see the duo's changes; empty means since the last version."""

    sinds = forms.DateField(
        label=_("Wijzigingen sinds"),
        required=False,
        widget=forms.DateInput(
            attrs={"type": "date", "min": EERSTE_DATUM.isoformat(), "max": LAATSTE_DATUM.isoformat()},
            format="%Y-%m-%d",
        ),
        error_messages={"invalid": _("Vul een datum in als 2026-02-11 (jaar-maand-dag).")},
    )

    def clean_sinds(self):
        sinds = self.cleaned_data["sinds"]
        if sinds is not None and not EERSTE_DATUM <= sinds <= LAATSTE_DATUM:
            raise forms.ValidationError(
                _("Kies een datum tussen %(eerste)s en %(laatste)s."),
                code="datum_buiten_bereik",
                params={"eerste": EERSTE_DATUM.strftime("%d-%m-%Y"), "laatste": LAATSTE_DATUM.strftime("%d-%m-%Y")},
            )
        return sinds
