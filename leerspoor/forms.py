from django import forms
from django.utils.translation import gettext_lazy as _

from .models import VraagSoort
from .services import OPEN_ANTWOORD_MAX

SCHAAL = [(i, str(i)) for i in range(1, 6)]


class RisicoBesprekingForm(forms.Form):
    """One risk's review at a kernteamoverleg; the risk itself is fixed by the view."""

    risico_id = forms.IntegerField(widget=forms.HiddenInput)
    besproken = forms.BooleanField(
        label=_("Besproken in dit overleg"),
        required=False,
        initial=True,
        help_text=_("Zet uit als dit risico niet aan bod kwam; er wordt dan niets vastgelegd."),
    )
    kans = forms.TypedChoiceField(label=_("Kans (1–5)"), choices=SCHAAL, coerce=int)
    impact = forms.TypedChoiceField(label=_("Impact (1–5)"), choices=SCHAAL, coerce=int)
    toelichting = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, risico=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.risico = risico
        for naam in ("kans", "impact"):
            self.fields[naam].error_messages.update(
                required=_("Vul een %(veld)s van 1 tot en met 5 in.") % {"veld": naam},
                invalid_choice=_("Kies een %(veld)s van 1 tot en met 5.") % {"veld": naam},
            )

    def clean_risico_id(self):
        waarde = self.cleaned_data["risico_id"]
        if self.risico is None or waarde != self.risico.pk:
            raise forms.ValidationError(_("Dit formulier hoort bij een ander risico."), code="ander_risico")
        return waarde

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("besproken") is False and cleaned.get("toelichting", "").strip():
            self.add_error(
                "besproken",
                forms.ValidationError(
                    _("Er staat een toelichting: vink 'besproken' aan of maak de toelichting leeg."),
                    code="toelichting_zonder_bespreking",
                ),
            )
        return cleaned


class BaseRisicoBesprekingFormSet(forms.BaseFormSet):
    def __init__(self, *args, risicos, **kwargs):
        self.risicos = list(risicos)
        kwargs.setdefault(
            "initial",
            [{"risico_id": r.pk, "besproken": True, "kans": r.kans, "impact": r.impact} for r in self.risicos],
        )
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs["risico"] = self.risicos[index] if index is not None and index < len(self.risicos) else None
        return kwargs

    def besprekingen(self) -> list[dict]:
        """The reviews to record: the ticked forms, each with its risk."""
        return [
            {
                "risico": form.risico,
                "kans": form.cleaned_data["kans"],
                "impact": form.cleaned_data["impact"],
                "toelichting": form.cleaned_data.get("toelichting", ""),
            }
            for form in self.forms
            if form.cleaned_data.get("besproken")
        ]


RisicoBesprekingFormSet = forms.formset_factory(
    RisicoBesprekingForm, formset=BaseRisicoBesprekingFormSet, extra=0, max_num=1000, absolute_max=1000
)


class PeilingForm(forms.Form):
    """The questions of a peiling the respondent has not answered yet, one field per question.

    Scale and choice questions must be answered; the open question may wait (it is often asked
    after the meeting), but a form that would store nothing at all is refused, unless
    `leeg_toegestaan`: the view sets it for a repeated submit, whose answers are already stored.
    """

    def __init__(self, *args, vragen, leeg_toegestaan=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.leeg_toegestaan = leeg_toegestaan
        self.vragen = {}
        for vraag in vragen:
            naam = f"vraag_{vraag.pk}"
            self.vragen[naam] = vraag
            self.fields[naam] = self._veld(vraag)

    @staticmethod
    def _veld(vraag):
        if vraag.soort == VraagSoort.OPEN:
            return forms.CharField(
                label=vraag.tekst,
                required=False,
                max_length=OPEN_ANTWOORD_MAX,
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text=_("Hoogstens %(max)s tekens. Uw antwoord is anoniem.") % {"max": OPEN_ANTWOORD_MAX},
                error_messages={
                    "max_length": _("Uw antwoord is %(show_value)d tekens; het mag hoogstens %(limit_value)d zijn."),
                },
            )
        return forms.ChoiceField(
            label=vraag.tekst,
            choices=vraag.antwoordkeuzes(),
            widget=forms.RadioSelect,
            error_messages={
                "required": _("Kies een antwoord op deze vraag."),
                "invalid_choice": _("Kies een van de antwoorden bij deze vraag."),
            },
        )

    def clean(self):
        cleaned = super().clean()
        if (
            self.vragen
            and not self.leeg_toegestaan
            and not self.errors
            and not any((cleaned.get(naam) or "").strip() for naam in self.vragen)
        ):
            eerste = next(iter(self.vragen))
            self.add_error(eerste, forms.ValidationError(_("Vul een antwoord in."), code="leeg"))
        return cleaned

    def antwoorden(self) -> dict:
        """The answers to store: question → value; an open question left empty is not stored."""
        return {
            vraag: self.cleaned_data[naam].strip()
            for naam, vraag in self.vragen.items()
            if (self.cleaned_data.get(naam) or "").strip()
        }
