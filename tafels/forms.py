from django import forms

from kern.formulieren import alleen_uit_agenda


class GesprekstafelAdminForm(forms.ModelForm):
    """The gesprekstafel in the admin: the opgaven it deepens come from its own agenda."""

    # No Meta: the admin builds the form class with its model and the fields of its fieldsets.

    def clean(self):
        cleaned = super().clean()
        alleen_uit_agenda(self, "opgaven", cleaned.get("agenda"))
        return cleaned
