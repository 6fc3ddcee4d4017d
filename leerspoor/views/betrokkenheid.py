"""Betrokkenheid (kernteam): who took part, by bestuurslaag, soort organisatie and profiel, per tafel; and as CSV."""

from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_kernteam
from kern.csv import csv_antwoord
from leerspoor import queries


@require_safe
@alleen_kernteam
def betrokkenheid(request, agenda):
    """How many distinct people took part, by bestuurslaag, soort and profiel, per tafel, with flags."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    return render(
        request,
        "leerspoor/betrokkenheid.html",
        {
            "agenda": agenda,
            "b": queries.betrokkenheid(agenda),
            "scheef_procent": round(queries.SCHEEF_GRENS * 100),
            "nav_actief": "leerspoor",
        },
    )


@require_safe
@alleen_kernteam
def betrokkenheid_csv(request, agenda):
    """The betrokkenheid per tafel as CSV: counts only, no personal data."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    b = queries.betrokkenheid(agenda)
    kop = [_("groep"), _("totaal personen")]
    kop += [label for _w, label, _n in b.totaal.per_bestuurslaag]
    kop += [label for _w, label, _n in b.totaal.per_soort]
    kop += [label for _w, label, _n in b.totaal.per_profiel]
    kop.append(_("signalen"))

    def rij(naam, u, signalen=()):
        return (
            [naam, u.totaal]
            + [n for *_rest, n in u.per_bestuurslaag]
            + [n for *_rest, n in u.per_soort]
            + [n for *_rest, n in u.per_profiel]
            + ["; ".join(signalen)]
        )

    rijen = [
        rij(_("Gesprekstafel: %(titel)s") % {"titel": tafel.tafel.titel}, tafel.uitsplitsing, tafel.signalen)
        for tafel in b.tafels
    ]
    rijen.append(rij(_("Synthesebijeenkomst"), b.synthese))
    rijen.append(rij(_("Totaal agenda"), b.totaal))
    return csv_antwoord(kop, rijen, bestandsnaam=f"betrokkenheid-{slugify(agenda.slug)}.csv", privaat=True)
