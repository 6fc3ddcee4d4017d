from django import forms

from opgaven.models import Duo, duo_leden_valideren


class DuoForm(forms.ModelForm):
    """The composition of a duo, checked against the duo rule wherever the kernteam edits one."""

    class Meta:
        model = Duo
        fields = ["opgave", "leden"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        leden = self.fields["leden"]
        # The rule reads each member's organisatie; load them with the members in one query.
        leden.queryset = leden.queryset.select_related("organisatie")

    def clean_leden(self):
        leden = self.cleaned_data["leden"]
        duo_leden_valideren(leden)
        return leden
