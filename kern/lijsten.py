"""What every list of the public site shares: filters and pages read from the query string.

A shared link must reproduce the list, and a bad value in it must never break the page:
the list shows without that value, with a Dutch message saying what was ignored.
"""

import django_filters
from django.contrib import messages
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.forms import Select
from django.utils.translation import gettext as _

PAGINA_PARAMETER = "pagina"


def gefilterd(request, filterset):
    """The filtered queryset; a filter value that does not validate is left out and reported."""
    if filterset.is_bound and not filterset.is_valid():
        for naam in filterset.form.errors:
            veld = filterset.form.fields.get(naam)
            label = veld.label if veld is not None else naam
            messages.warning(
                request, _("De waarde bij ‘%(filter)s’ is niet geldig en is genegeerd.") % {"filter": label}
            )
    return filterset.qs


def pagineren(request, object_list, per_pagina: int = 25):
    """The requested page; a page number that is not a number or out of range gives a valid page and a message."""
    paginator = Paginator(object_list, per_pagina)
    nummer = request.GET.get(PAGINA_PARAMETER) or 1
    try:
        return paginator.page(nummer)
    except PageNotAnInteger:
        messages.warning(request, _("Het paginanummer is geen getal; u ziet de eerste pagina."))
        return paginator.page(1)
    except EmptyPage:
        messages.warning(
            request,
            _("Pagina %(nummer)s bestaat niet; u ziet pagina %(laatste)d.")
            % {"nummer": str(nummer)[:20], "laatste": paginator.num_pages},
        )
        return paginator.page(paginator.num_pages)


class Filter(django_filters.FilterSet):
    """A FilterSet whose fields carry Bootstrap's classes, so no filter spells out its widget's styling."""

    @property
    def form(self):
        form = super().form
        for veld in form.fields.values():
            veld.widget.attrs.setdefault("class", "form-select" if isinstance(veld.widget, Select) else "form-control")
        return form
