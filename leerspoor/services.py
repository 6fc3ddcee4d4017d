"""Writes of the leerspoor that touch more than one object."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tafels.models import Bijeenkomst, BijeenkomstSoort

from .models import Risico, RisicoBespreking


@transaction.atomic
def risicobesprekingen_vastleggen(*, overleg: Bijeenkomst, besprekingen: list[dict]) -> list[RisicoBespreking]:
    """Record the reviews of one kernteamoverleg and give each risk its new kans and impact.

    `besprekingen` holds dicts with risico, kans, impact and toelichting. All or nothing:
    one invalid review leaves every risk as it was.
    """
    if overleg.soort != BijeenkomstSoort.KERNTEAMOVERLEG:
        raise ValidationError(_("Risico's worden besproken in een kernteamoverleg."), code="geen_kernteamoverleg")
    vastgelegd = []
    for bespreking in besprekingen:
        risico: Risico = bespreking["risico"]
        if risico.agenda_id != overleg.agenda_id:
            raise ValidationError(
                _("Het risico “%(risico)s” hoort bij een andere agenda dan dit overleg.") % {"risico": risico},
                code="andere_agenda",
            )
        nieuw = RisicoBespreking(
            risico=risico,
            bijeenkomst=overleg,
            kans=bespreking["kans"],
            impact=bespreking["impact"],
            toelichting=bespreking.get("toelichting", ""),
        )
        nieuw.full_clean()
        nieuw.save()
        # The register shows the latest judgement; the history of scores lives in the besprekingen.
        # A review entered afterwards for an older overleg must not overwrite a newer judgement.
        if not risico.besprekingen.filter(bijeenkomst__datum__gt=overleg.datum).exists():
            risico.kans = nieuw.kans
            risico.impact = nieuw.impact
            risico.full_clean()
            risico.save(update_fields=["kans", "impact"])
        vastgelegd.append(nieuw)
    return vastgelegd
