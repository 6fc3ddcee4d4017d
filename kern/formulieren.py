"""Form helpers every app's admin forms share (no domain imports)."""

from django import forms
from django.db import connections
from django.utils.translation import gettext_lazy as _


class TekstVeld(forms.CharField):
    """A CharField that counts a line break as one character, as the browser's maxlength does.

    Browsers send a line break in a textarea as CR LF: without this, a text that just fits
    in the browser would be refused here.
    """

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


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


class ModelKeuzesVeld(forms.ModelMultipleChoiceField):
    """A many-to-many field whose ids outside the database's integer range are an invalid choice.

    Django's own field hands every id to an `__in` query; an id of 25 digits then overflows the
    database driver (a 500) instead of failing validation like any other unknown id.
    """

    def _buiten_bereik(self, waarde) -> bool:
        sleutel = self.to_field_name or "pk"
        veld = self.queryset.model._meta.pk if sleutel == "pk" else self.queryset.model._meta.get_field(sleutel)
        bereik = connections[self.queryset.db].ops.integer_field_ranges.get(veld.get_internal_type())
        try:
            getal = int(str(waarde))
        except ValueError:
            return False  # not a number: Django's own check names it
        return bereik is not None and not bereik[0] <= getal <= bereik[1]

    def _check_values(self, value):
        for pk in value:
            if self._buiten_bereik(pk):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                )
        return super()._check_values(value)

    def bound_data(self, data, initial):
        # The form shown again with its error renders the selected ids (the admin's autocomplete
        # widget queries them): leave out those no row can have.
        data = super().bound_data(data, initial)
        if isinstance(data, list | tuple):
            return [waarde for waarde in data if not self._buiten_bereik(waarde)]
        return data


class ModelKeuzesBeheer:
    """Admin mixin (ModelAdmin and inlines): every many-to-many field as a ModelKeuzesVeld."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", ModelKeuzesVeld)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
