"""The base of every domain admin: history (django-simple-history) and concurrent-edit detection.

Two kernteam members who open the same object and both save: the second save is refused with
a Dutch message next to the form, their input stays on the page, and a second save on purpose
replaces the stored state. The "stand" is the object's latest history record, which every save
(through the admin, the site or a service) writes.

It also keeps crafted list URLs from reaching the database as a 500: a date-hierarchy year of 25
digits overflows Python's datetime, which Django's ChangeList does not catch (it catches ValueError
only); here it becomes the admin's usual "bad filter" answer (back to the list with ?e=1).
"""

from django import forms
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from kern.formulieren import ModelKeuzesBeheer
from kern.vergrendeling import vingerafdruk

STAND_VELD = "_bewerkstand"


def bewerkstand(obj) -> str:
    """The fingerprint of the object's stored state: its latest history record (empty without one)."""
    laatste = obj.history.order_by("-history_id").only("history_id").first()
    return vingerafdruk(laatste.history_id) if laatste else ""


class _GelijktijdigForm:
    """Mixed into the admin's own ModelForm: compares the stand the page was loaded with."""

    def clean(self):
        cleaned = super().clean()
        ingediend = self.data.get(STAND_VELD)
        if self.instance.pk and ingediend is not None and ingediend != bewerkstand(self.instance):
            laatste = self.instance.history.select_related("history_user").order_by("-history_id").first()
            wie = laatste.history_user.get_username() if laatste and laatste.history_user else _("iemand anders")
            wanneer = date_format(localtime(laatste.history_date), "j F Y H:i") if laatste else ""
            raise forms.ValidationError(
                _(
                    "Dit object is intussen gewijzigd door %(wie)s (%(wanneer)s). Uw invoer staat hieronder "
                    "en is niet opgeslagen. Vergelijk met de geschiedenis en sla opnieuw op om uw versie "
                    "vast te leggen."
                ),
                code="gelijktijdig_gewijzigd",
                params={"wie": wie, "wanneer": wanneer},
            )
        return cleaned


class VeiligeChangeList(ChangeList):
    """Django's ChangeList, with an out-of-range date (year 10**24, 9999-12-31 + 1 day) as a bad filter."""

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except OverflowError as fout:
            raise IncorrectLookupParameters(fout) from fout


class VeiligBeheer(ModelKeuzesBeheer):
    """Mixin for every ModelAdmin (the admin site adds it to those of other packages too): crafted input
    (a year of 25 digits, an id past the integer range) is a form or filter error, never a 500."""

    def get_changelist(self, request, **kwargs):
        return VeiligeChangeList


class DomeinAdmin(VeiligBeheer, SimpleHistoryAdmin):
    """SimpleHistoryAdmin plus detection of concurrent edits and safe input (see the module docstring)."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form
        return type(form.__name__, (_GelijktijdigForm, form), {})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            # Always the stand as stored now: after a refusal, saving again is a deliberate choice.
            context[STAND_VELD.lstrip("_")] = bewerkstand(obj)
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)
