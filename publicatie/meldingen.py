"""When publicatie notifies people by mail: a version opens for reacties, a reactie is answered or processed.

Only the triggers and their texts: who wants which mail, the once-per-event rule and the sending
itself belong to deelnemers.services.melding_versturen. Called from the services and the admin,
inside their transactions; the mails leave after the commit.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from deelnemers.models import Deelnemer, MeldingSoort
from deelnemers.services import melding_versturen
from publicatie.models import Reactie, Versie


def deelnemers_van_agenda(agenda):
    """The agenda's deelnemers with an account: who took part in, or signed up for, one of its bijeenkomsten,
    or sits in the duo of one of its opgaven."""
    return (
        Deelnemer.objects.bereikbaar()
        .filter(
            Q(deelnames__bijeenkomst__agenda=agenda)
            | Q(aanmeldingen__bijeenkomst__agenda=agenda)
            | Q(duos__opgave__agenda=agenda)
        )
        .distinct()
        .select_related("mailvoorkeur")
    )


def versie_open_melden(versie: Versie) -> int:
    if not versie.open_voor_reacties:
        return 0
    agenda = versie.agenda
    return melding_versturen(
        deelnemers=deelnemers_van_agenda(agenda),
        soort=MeldingSoort.VERSIE_OPEN,
        gebeurtenis=f"versie-open:{versie.pk}",
        onderwerp=_("Reageer op %(label)s van %(agenda)s") % {"label": versie.label, "agenda": agenda.naam},
        link=reverse("publicatie:reageren", kwargs={"agenda": agenda.slug, "nummer": versie.nummer}),
        tekst=_("Versie %(nummer)s (%(label)s) van %(agenda)s staat open voor reacties. Uw reactie is welkom.")
        % {"nummer": versie.nummer, "label": versie.label, "agenda": agenda.naam},
    )


def reactie_afgehandeld_melden(reactie: Reactie) -> int:
    """To the indiener, once: the first time the kernteam answers or processes the reactie."""
    if not reactie.is_afgehandeld:
        return 0
    agenda = reactie.versie.agenda
    return melding_versturen(
        deelnemers=[reactie.indiener],
        soort=MeldingSoort.REACTIE_BEANTWOORD,
        gebeurtenis=f"reactie-afgehandeld:{reactie.pk}",
        onderwerp=_("Uw reactie op %(agenda)s is beantwoord") % {"agenda": agenda.naam},
        link=reverse("publicatie:mijn_reacties", kwargs={"agenda": agenda.slug}),
        tekst=_("Het kernteam heeft uw reactie verwerkt (%(status)s). Het antwoord:\n\n%(antwoord)s")
        % {"status": reactie.get_status_display(), "antwoord": reactie.antwoord},
    )
