from django import forms
from django.utils.translation import gettext_lazy as _

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
