"""Writes about sign-ups: signing up and cancelling (with the waiting list), turning sign-ups into
deelnames, the personal calendar feed, inviting deelnemers to a bijeenkomst.

Sign-up and cancel lock the bijeenkomst row, so two people never take the last place at once.
Mails leave through deelnemers.services (the sent-log, the task queue); nothing here sends.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from deelnemers.models import Deelnemer, MeldingSoort
from deelnemers.permissions import KERNTEAM_GROEP
from deelnemers.services import melding_versturen
from tafels.models import Aanmelding, Bijeenkomst, Deelname, KalenderFeed, nieuw_kalender_token


def bijeenkomst_aanmelden(*, bijeenkomst: Bijeenkomst, deelnemer: Deelnemer) -> Aanmelding:
    """Sign up; on the waiting list when the capacity is reached. Signing up twice changes nothing."""
    with transaction.atomic():
        bijeenkomst = Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        bestaand = Aanmelding.objects.filter(bijeenkomst=bijeenkomst, deelnemer=deelnemer).first()
        if bestaand is not None:
            return bestaand
        vol = (
            bijeenkomst.capaciteit is not None
            and bijeenkomst.aanmeldingen.geplaatst().count() >= bijeenkomst.capaciteit
        )
        return Aanmelding.objects.create(bijeenkomst=bijeenkomst, deelnemer=deelnemer, op_wachtlijst=vol)


def bijeenkomst_afmelden(*, bijeenkomst: Bijeenkomst, deelnemer: Deelnemer) -> Aanmelding | None:
    """Cancel; a freed place goes to the first on the waiting list, who gets a mail. Returns who moved up."""
    with transaction.atomic():
        bijeenkomst = Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        aanmelding = Aanmelding.objects.filter(bijeenkomst=bijeenkomst, deelnemer=deelnemer).first()
        if aanmelding is None:
            return None
        aanmelding.delete()
        if aanmelding.op_wachtlijst:
            return None  # no place freed
        volgende = bijeenkomst.aanmeldingen.wachtlijst().select_related("deelnemer").first()
        if volgende is None:
            return None
        volgende.op_wachtlijst = False
        volgende.save(update_fields=["op_wachtlijst"])
        melding_versturen(
            deelnemers=[volgende.deelnemer],
            soort=MeldingSoort.BIJEENKOMST,
            gebeurtenis=f"bijeenkomst-geplaatst:{bijeenkomst.pk}",
            onderwerp=_("Er is een plaats vrij: %(titel)s") % {"titel": bijeenkomst.titel},
            link=bijeenkomst.get_absolute_url(),
            tekst=_(
                "U stond op de wachtlijst voor %(titel)s op %(datum)s. Er is een plaats vrijgekomen: u bent aangemeld."
            )
            % {"titel": bijeenkomst.titel, "datum": bijeenkomst.datum.strftime("%d-%m-%Y")},
        )
        return volgende


def aanmeldingen_omzetten(*, bijeenkomst: Bijeenkomst) -> int:
    """After the meeting: every placed sign-up becomes a Deelname (with history); returns how many were new."""
    with transaction.atomic():
        bestaand = set(bijeenkomst.deelnames.values_list("deelnemer_id", flat=True))
        nieuw = [
            Deelname(bijeenkomst=bijeenkomst, deelnemer_id=deelnemer_id)
            for deelnemer_id in bijeenkomst.aanmeldingen.geplaatst().values_list("deelnemer_id", flat=True)
            if deelnemer_id not in bestaand
        ]
        bulk_create_with_history(nieuw, Deelname)
    return len(nieuw)


def kalenderfeed_van(*, deelnemer: Deelnemer, vernieuwen: bool = False) -> KalenderFeed:
    """The personal feed; `vernieuwen` gives it a new secret address, so the old one stops working."""
    feed, nieuw = KalenderFeed.objects.get_or_create(deelnemer=deelnemer)
    if vernieuwen and not nieuw:
        feed.token = nieuw_kalender_token()
        feed.save(update_fields=["token", "aangemaakt_op"])
    return feed


def bijeenkomst_uitnodigen(*, bijeenkomst: Bijeenkomst) -> int:
    """Invite by mail the deelnemers with an account (the kernteam only, for its own meetings)."""
    ontvangers = Deelnemer.objects.bereikbaar().select_related("mailvoorkeur")
    if bijeenkomst.is_kernteam_soort:
        ontvangers = ontvangers.filter(user__groups__name=KERNTEAM_GROEP)
    return melding_versturen(
        deelnemers=ontvangers,
        soort=MeldingSoort.BIJEENKOMST,
        gebeurtenis=f"bijeenkomst-uitnodiging:{bijeenkomst.pk}",
        onderwerp=_("Uitnodiging: %(titel)s") % {"titel": bijeenkomst.titel},
        link=bijeenkomst.get_absolute_url(),
        tekst=_("U bent uitgenodigd voor %(titel)s op %(datum)s%(locatie)s. Meld u aan via de link hieronder.")
        % {
            "titel": bijeenkomst.titel,
            "datum": bijeenkomst.datum.strftime("%d-%m-%Y"),
            "locatie": f" ({bijeenkomst.locatie})" if bijeenkomst.locatie else "",
        },
    )
