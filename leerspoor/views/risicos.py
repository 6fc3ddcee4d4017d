"""The kernteam's risk register: the list with its risicokaart, one risk, and a kernteamoverleg's reviews."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_kernteam
from leerspoor import queries
from leerspoor.filters import RisicoFilter
from leerspoor.forms import RisicoBesprekingFormSet
from leerspoor.models import (
    Risico,
    kernteamoverleggen_tot,
)
from leerspoor.services import (
    risicobesprekingen_vastleggen,
)
from tafels.models import Bijeenkomst


@require_safe
@alleen_kernteam
def risicos(request, agenda):
    """The risk register: filters, risicokaart kans × impact, trends and the risks due for review."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    basis = Risico.objects.van_agenda(agenda).met_risicoscore()
    filter_ = RisicoFilter(request.GET or None, basis.met_besprekingen(), agenda=agenda)
    lijst = filter_.qs.order_by("-risicoscore", "titel")
    vandaag = timezone.localdate()
    te_bespreken = basis.te_bespreken(op=vandaag).select_related("eigenaar").order_by("-risicoscore", "titel")
    # The overleg te_bespreken measured against, not simply the newest (that may still be planned).
    laatste_overleg = kernteamoverleggen_tot(vandaag).filter(agenda=agenda).first()
    overleggen = list(
        Bijeenkomst.objects.van_agenda(agenda)
        .kernteamoverleggen()
        .annotate(aantal_besprekingen=Count("risicobesprekingen"))
        .order_by("-datum", "-pk")[:6]
    )
    return render(
        request,
        "leerspoor/risicos.html",
        {
            "agenda": agenda,
            "filter": filter_,
            "risicos": lijst,
            "heatmap": queries.risico_heatmap(filter_.qs),
            "te_bespreken": te_bespreken,
            "laatste_overleg": laatste_overleg,
            "overleggen": overleggen,
            "kansen": range(1, 6),
            "nav_actief": "leerspoor",
        },
    )


@require_safe
@alleen_kernteam
def risico(request, agenda, pk):
    """One risk: description, measures and its score over the kernteamoverleggen."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    risico = get_object_or_404(Risico.objects.van_agenda(agenda).met_besprekingen().select_related("bron"), pk=pk)
    return render(request, "leerspoor/risico.html", {"agenda": agenda, "risico": risico, "nav_actief": "leerspoor"})


@require_http_methods(["GET", "POST"])
@alleen_kernteam
def overleg(request, agenda, pk):
    """A kernteamoverleg: the risks still to discuss there, with one form for all reviews."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    overleg = get_object_or_404(Bijeenkomst.objects.van_agenda(agenda).kernteamoverleggen(), pk=pk)
    te_bespreken = list(
        Risico.objects.niet_besproken_op(overleg)
        .met_risicoscore()
        .select_related("eigenaar")
        .order_by("-risicoscore", "titel")
    )
    if request.method == "POST":
        formset = RisicoBesprekingFormSet(request.POST, risicos=te_bespreken)
        if formset.is_valid():
            try:
                vastgelegd = risicobesprekingen_vastleggen(overleg=overleg, besprekingen=formset.besprekingen())
            except ValidationError as fout:
                formset._non_form_errors = formset.error_class(fout.messages)
            else:
                messages.success(request, _("%(aantal)s bespreking(en) vastgelegd.") % {"aantal": len(vastgelegd)})
                return redirect("leerspoor:overleg", agenda=agenda.slug, pk=overleg.pk)
    else:
        formset = RisicoBesprekingFormSet(risicos=te_bespreken)
    besproken = overleg.risicobesprekingen.select_related("risico").order_by("risico__titel")
    return render(
        request,
        "leerspoor/overleg.html",
        {
            "agenda": agenda,
            "overleg": overleg,
            "formset": formset,
            "formulieren": list(zip(te_bespreken, formset.forms, strict=False)),
            "besproken": besproken,
            "nav_actief": "leerspoor",
        },
    )
