"""Form helpers every app's admin forms share (no domain imports)."""

from django import forms
from django.utils.translation import gettext_lazy as _


def alleen_uit_agenda(form, veld: str, agenda) -> None:
    """Add an error to `veld` (a many-to-many field) when it holds objects of another agenda than `agenda`.

    A many-to-many relation cannot be checked by the model's clean(), so the admin forms that
    set one check it here.
    """
    gekozen = form.cleaned_data.get(veld)
    if agenda is None or not gekozen:
        return
    vreemd = [str(obj) for obj in gekozen if obj.agenda_id != agenda.pk]
    if vreemd:
        form.add_error(
            veld,
            forms.ValidationError(
                _("Kies alleen uit dezelfde agenda; %(namen)s hoort bij een andere agenda."),
                code="andere_agenda",
                params={"namen": ", ".join(vreemd)},
            ),
        )
