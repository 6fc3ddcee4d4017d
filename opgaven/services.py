"""Writes on opgaven that touch several rows: a duo saving its opgave with its acties."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from opgaven.models import ACTIE_BEWERKVELDEN, Actie, Opgave

# The partners (many-to-many) are set apart, after the actie is saved.
_ACTIE_KOLOMMEN = [veld for veld in ACTIE_BEWERKVELDEN if veld != "partners"]


class OpgaveBewerkConflict(Exception):
    """Someone saved the opgave (its text or an actie) after the editor loaded the form.

    Carries the opgave and acties as they are stored now, and the stand to send with a new
    attempt, so the view can show both texts and let the editor decide.
    """

    def __init__(self, *, opgave: Opgave, acties: list[Actie]):
        super().__init__(_("De opgave is intussen door iemand anders opgeslagen."))
        self.opgave = opgave
        self.acties = acties
        self.stand = opgave.bewerkstand(acties)


@transaction.atomic
def opgave_bewerken(
    *, opgave: Opgave, door, samenvatting: str, kern: str, acties: Iterable[dict], versie: str
) -> Opgave:
    """Save the samenvatting, kern and acties of `opgave` as `door` wrote them.

    `versie` is the opgave's bewerkstand when the form was loaded; when the stored stand
    differs, someone saved in between and nothing is written (OpgaveBewerkConflict). The
    row lock makes two simultaneous saves take turns, so the second always sees the first.
    Each changed row gets one history record with `door` as its editor; unchanged rows none.
    `acties` holds per actie {"id": pk or None, "verwijderen": bool, and the ACTIE_BEWERKVELDEN};
    acties not mentioned stay as they are.
    """
    opgeslagen = Opgave.objects.select_for_update().get(pk=opgave.pk)
    huidige = {actie.pk: actie for actie in opgeslagen.acties.met_organisaties()}
    if opgeslagen.bewerkstand(huidige.values()) != versie:
        raise OpgaveBewerkConflict(opgave=opgeslagen, acties=list(huidige.values()))

    if (opgeslagen.samenvatting, opgeslagen.kern) != (samenvatting, kern):
        opgeslagen.samenvatting = samenvatting
        opgeslagen.kern = kern
        opgeslagen.full_clean()
        opgeslagen._history_user = door
        opgeslagen.save()

    volgende_volgorde = max((a.volgorde for a in huidige.values()), default=0) + 1
    for gegevens in acties:
        if gegevens.get("id") is None:
            actie = Actie(opgave=opgeslagen, volgorde=volgende_volgorde)
            volgende_volgorde += 1
        elif gegevens["id"] in huidige:
            actie = huidige[gegevens["id"]]
        else:
            raise ValidationError(_("Deze actie hoort niet bij deze opgave."), code="andere_opgave")
        actie._history_user = door
        if gegevens.get("verwijderen"):
            if actie.pk is not None:
                actie.delete()
            continue
        _actie_opslaan(actie, gegevens)
    return opgeslagen


def _actie_opslaan(actie: Actie, gegevens: dict) -> None:
    nieuw = actie.pk is None
    gewijzigd = nieuw or any(getattr(actie, veld) != gegevens[veld] for veld in _ACTIE_KOLOMMEN)
    if gewijzigd:
        for veld in _ACTIE_KOLOMMEN:
            setattr(actie, veld, gegevens[veld])
        actie.full_clean()
        actie.save()
    partners = {partner.pk for partner in gegevens.get("partners") or []}
    if partners != (set() if nieuw else {partner.pk for partner in actie.partners.all()}):
        # Recorded in the history through m2m_changed, again with actie._history_user.
        actie.partners.set(partners)
