"""When leerspoor notifies people by mail: a peiling opens; the kernteam's risks are due for review.

Only the triggers and their texts; deelnemers.services.melding_versturen applies the preferences,
the once-per-event rule and the task queue.
"""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from deelnemers.models import Deelnemer, MeldingSoort
from deelnemers.permissions import KERNTEAM_GROEP
from deelnemers.services import melding_versturen
from leerspoor.models import Peiling, Risico
from tafels.models import Bijeenkomst

# How far ahead a kernteamoverleg triggers the reminder about the risks to review there.
RISICO_HERINNERING_DAGEN = 7


def peiling_open_melden(peiling: Peiling) -> int:
    """To who signed up for or takes part in the peiling's bijeenkomst, once per peiling."""
    bijeenkomst = peiling.bijeenkomst
    ontvangers = (
        Deelnemer.objects.bereikbaar()
        .filter(
            Q(aanmeldingen__bijeenkomst=bijeenkomst, aanmeldingen__op_wachtlijst=False)
            | Q(deelnames__bijeenkomst=bijeenkomst)
        )
        .distinct()
        .select_related("mailvoorkeur")
    )
    return melding_versturen(
        deelnemers=ontvangers,
        soort=MeldingSoort.PEILING,
        gebeurtenis=f"peiling-open:{peiling.pk}",
        onderwerp=_("Peiling geopend: %(titel)s") % {"titel": peiling.titel},
        link=reverse(
            "leerspoor:peiling_beantwoorden", kwargs={"agenda": bijeenkomst.agenda.slug, "token": peiling.token}
        ),
        tekst=_('Tijdens %(bijeenkomst)s staat de peiling "%(titel)s" open. Geef uw antwoord via de link.')
        % {"bijeenkomst": bijeenkomst.titel, "titel": peiling.titel},
    )


def risicos_ter_herziening_melden(*, vandaag: datetime.date | None = None) -> int:
    """Before each kernteamoverleg of the coming days: its agenda's open risks, to the kernteam, once per overleg."""
    vandaag = vandaag or timezone.localdate()
    overleggen = (
        Bijeenkomst.objects.kernteamoverleggen()
        .filter(datum__gte=vandaag, datum__lte=vandaag + datetime.timedelta(days=RISICO_HERINNERING_DAGEN))
        .select_related("agenda")
    )
    kernteam = Deelnemer.objects.bereikbaar().filter(user__groups__name=KERNTEAM_GROEP).select_related("mailvoorkeur")
    aantal = 0
    for overleg in overleggen:
        risicos = list(Risico.objects.van_agenda(overleg.agenda).actief().met_risicoscore().order_by("-risicoscore"))
        if not risicos:
            continue
        lijst = "\n".join(f"- {risico} (score {risico.risicoscore})" for risico in risicos)
        aantal += melding_versturen(
            deelnemers=kernteam,
            soort=MeldingSoort.RISICO,
            gebeurtenis=f"risico-herziening:{overleg.pk}",
            onderwerp=_("%(aantal)s risico's te herzien vóór %(overleg)s")
            % {"aantal": len(risicos), "overleg": overleg},
            link=reverse("leerspoor:risicos", kwargs={"agenda": overleg.agenda.slug}),
            tekst=_("Op het kernteamoverleg van %(datum)s staan deze open risico's ter herziening:\n%(lijst)s")
            % {"datum": overleg.datum.strftime("%d-%m-%Y"), "lijst": lijst},
        )
    return aantal
