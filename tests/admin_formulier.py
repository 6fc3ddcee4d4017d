"""Rebuild the POST data a form page would send, so tests change only what they mean to."""

import datetime


def _waarde(waarde):
    if hasattr(waarde, "pk"):
        return str(waarde.pk)
    if isinstance(waarde, datetime.date | datetime.datetime):
        return waarde.isoformat()
    return str(waarde)


def gegevens_van(*forms) -> dict:
    """The POST data of the given forms (and management forms) as they were rendered."""
    gegevens = {}
    for form in forms:
        _formulier(form, gegevens)
    return gegevens


def _formulier(form, gegevens):
    for veld in form:
        waarde = veld.value()
        if waarde is None or waarde is False:
            continue
        if waarde is True:
            gegevens[veld.html_name] = "on"
        elif isinstance(waarde, list | tuple):
            gegevens[veld.html_name] = [_waarde(w) for w in waarde]
        else:
            gegevens[veld.html_name] = _waarde(waarde)


def formulier_gegevens(response) -> dict:
    """The data of the main form and every inline formset on an admin add, change or revert page."""
    gegevens = {}
    _formulier(response.context["adminform"].form, gegevens)
    for inline in response.context.get("inline_admin_formsets", []):
        _formulier(inline.formset.management_form, gegevens)
        for form in inline.formset.forms:
            _formulier(form, gegevens)
    return gegevens
