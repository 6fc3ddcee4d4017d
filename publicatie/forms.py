"""Forms of the publicatie app: a deelnemer's reactie, and the kernteam's processing of it."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from kern.formulieren import TekstVeld
from opgaven.models import Opgave
from publicatie.models import REACTIE_MAX_TEKENS, Reactie, ReactieCategorie, Versie


class ReactieForm(forms.Form):
    """A written reactie on one version, about the whole agenda or one of its opgaven."""

    opgave = forms.ModelChoiceField(
        label=_("Waarover gaat uw reactie?"),
        queryset=Opgave.objects.none(),
        required=False,
        empty_label=_("De hele agenda"),
        error_messages={"invalid_choice": _("Kies de hele agenda of een opgave uit deze versie.")},
    )
    tekst = TekstVeld(
        label=_("Uw reactie"),
        max_length=REACTIE_MAX_TEKENS,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Maximaal 5.000 tekens (ongeveer twee kantjes). Het kernteam leest elke reactie en beantwoordt haar."
        ),
        error_messages={
            "required": _("Schrijf uw reactie: het tekstveld is nog leeg."),
            "max_length": _(
                "Uw reactie telt %(show_value)d tekens; er passen er maximaal 5.000 in. "
                "Maak haar korter: uw tekst staat nog in het veld."
            ),
        },
    )
    # One key per form shown: sending the same form twice makes one reactie (see reactie_indienen).
    sleutel = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, versie: Versie, **kwargs):
        super().__init__(*args, **kwargs)
        self.versie = versie
        self.fields["opgave"].queryset = versie.opgaven_in_versie()
        self.fields["opgave"].label_from_instance = lambda o: f"{o.volgnummer}. {o.titel}" if o.volgnummer else o.titel
        self.sleutel_ontbrak = False
        if not self.is_bound:
            self.initial.setdefault("sleutel", uuid.uuid4())
        elif not self._geldige_sleutel(self.data.get("sleutel")):
            # A form without its key (cut off, tampered): refuse this POST, and give the form
            # shown again a fresh key so the next send works.
            self.data = self.data.copy()
            self.data["sleutel"] = str(uuid.uuid4())
            self.sleutel_ontbrak = True

    @staticmethod
    def _geldige_sleutel(waarde) -> bool:
        try:
            uuid.UUID(str(waarde))
        except ValueError:
            return False
        return True

    def clean(self):
        cleaned = super().clean()
        if self.sleutel_ontbrak:
            raise forms.ValidationError(
                _("Het formulier kwam onvolledig aan. Verstuur het nog een keer; uw tekst staat er nog."),
                code="sleutel_ontbreekt",
            )
        return cleaned


class VersieKeuzeVeld(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _("Versie %(nummer)s: %(label)s") % {"nummer": obj.nummer, "label": obj.label}


class ReactieVerwerkenForm(forms.ModelForm):
    """The kernteam's answer to one reactie, with the fingerprint it was loaded with (optimistic locking)."""

    kenmerk = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = Reactie
        fields = ["categorie", "status", "antwoord", "antwoord_openbaar", "verwerkt_in"]
        field_classes = {"verwerkt_in": VersieKeuzeVeld}
        widgets = {"antwoord": forms.Textarea(attrs={"rows": 8})}
        labels = {"antwoord_openbaar": _("Antwoord ook tonen bij de opgave")}
        help_texts = {
            "status": _("Verwerkt of niet overgenomen vraagt een antwoord."),
            "antwoord": _(
                "Het antwoord aan de indiener. Elke verwerkte of niet overgenomen reactie staat met haar antwoord "
                "in de openbare Nota van beantwoording van deze versie."
            ),
            "antwoord_openbaar": _(
                "Toont reactie en antwoord ook op de openbare pagina van de opgave. "
                "De naam van de indiener verschijnt alleen als die daarvoor toestemming gaf."
            ),
            "verwerkt_in": _("De versie waarin de reactie is verwerkt; leeg als dat nog niet vaststaat."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categorie"].choices = [("", _("nog niet ingedeeld")), *ReactieCategorie.choices]
        self.fields["verwerkt_in"].queryset = Versie.objects.filter(agenda_id=self.instance.versie.agenda_id).order_by(
            "nummer"
        )
        self.fields["verwerkt_in"].empty_label = _("nog in geen versie")
        if not self.is_bound:
            self.initial["kenmerk"] = self.instance.wijzigingskenmerk()

    def nieuw_kenmerk_zetten(self, kenmerk: str) -> None:
        """After a conflict: keep what was typed, but let the next save knowingly replace the stored state."""
        self.data = self.data.copy()
        self.data["kenmerk"] = kenmerk
