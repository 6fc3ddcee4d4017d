"""Queries of the opgaven app that span several rows or models: who saved, and what the duo's changed.

Pages ask these; they hold no request and render nothing.
"""

from datetime import timedelta

from django.utils.translation import gettext as _

from deelnemers.permissions import is_kernteam
from opgaven.models import ACTIE_BEWERKVELDEN, OPGAVE_BEWERKVELDEN, Actie, Duo, Opgave


def bewerker_naam(user, *, volledig: bool) -> str:
    """The name of whoever saved; unknown outside a request.

    `volledig` (for the kernteam): the deelnemer's name, else the account's. Otherwise only the
    public name (naam_publiek), and for an account without a deelnemer its role, never its name.
    """
    if user is None:
        return _("onbekend")
    deelnemer = getattr(user, "deelnemer", None)
    if volledig:
        return deelnemer.naam if deelnemer is not None else (user.get_full_name() or user.get_username())
    if deelnemer is not None:
        return deelnemer.publieke_naam
    return _("een lid van het kernteam") if is_kernteam(user) else _("een andere gebruiker")


# What a duo can change, per history model (as columns); partners (many-to-many) are compared apart.
_OPGAVE_VELDEN = list(OPGAVE_BEWERKVELDEN)
_ACTIE_VELDEN = [Actie._meta.get_field(veld).attname for veld in ACTIE_BEWERKVELDEN if veld != "partners"]
# Saving an actie with new partners leaves more records (the row, then the partners): one change.
_ZELFDE_BEWERKING = timedelta(seconds=5)


def duo_wijzigingen(agenda, sinds) -> list[dict]:
    """The changes by duo members to the opgaven of `agenda` (and their acties) since `sinds`, newest first.

    Each change names who, when, which opgave, what (the opgave or an actie) and which fields.
    Fields are found by comparing each history record with the one before it, so the records
    of every object changed in the period are loaded in one query per model.
    """
    duo_leden: dict[int, set[int]] = {}
    for opgave_id, user_id in Duo.objects.filter(opgave__agenda=agenda, leden__user__isnull=False).values_list(
        "opgave_id", "leden__user_id"
    ):
        duo_leden.setdefault(opgave_id, set()).add(user_id)
    opgaven = {o.pk: o for o in agenda.opgaven.only("pk", "titel", "slug", "agenda_id")}
    for opgave in opgaven.values():
        opgave.agenda = agenda

    def in_periode(records):
        return records.filter(history_date__gte=sinds) if sinds else records

    opgave_ids = in_periode(Opgave.history.filter(agenda_id=agenda.pk)).values("id")
    opgave_records = (
        Opgave.history.filter(id__in=opgave_ids)
        .select_related("history_user__deelnemer")
        .order_by("id", "history_date", "history_id")
    )
    actie_ids = in_periode(Actie.history.filter(opgave_id__in=list(opgaven))).values("id")
    actie_records = (
        Actie.history.filter(id__in=actie_ids)
        .select_related("history_user__deelnemer", "trekker")
        .prefetch_related("historicalactie_partners_set")
        .order_by("id", "history_date", "history_id")
    )

    wijzigingen = []
    for soort, records, velden in (("opgave", opgave_records, _OPGAVE_VELDEN), ("actie", actie_records, _ACTIE_VELDEN)):
        vorige = None
        for record in records:
            if vorige is not None and vorige.id != record.id:
                vorige = None
            opgave_id = record.id if soort == "opgave" else record.opgave_id
            if (
                (sinds is None or record.history_date >= sinds)
                and record.history_user_id in duo_leden.get(opgave_id, ())
                and opgave_id in opgaven
            ):
                gewijzigd = _gewijzigde_velden(record, vorige, velden)
                if gewijzigd:
                    _toevoegen(wijzigingen, soort, record, opgaven[opgave_id], gewijzigd)
            vorige = record
    wijzigingen.sort(key=lambda w: w["wanneer"], reverse=True)
    return wijzigingen


def _partners(record) -> set[int]:
    return {rij.organisatie_id for rij in record.historicalactie_partners_set.all()}


def _gewijzigde_velden(record, vorige, velden) -> list[str]:
    model = record.instance_type
    if record.history_type == "+" or vorige is None:
        return [str(_("nieuw"))]
    if record.history_type == "-":
        return [str(_("verwijderd"))]
    namen = [
        str(model._meta.get_field(veld.removesuffix("_id")).verbose_name)
        for veld in velden
        if getattr(record, veld) != getattr(vorige, veld)
    ]
    if model is Actie and _partners(record) != _partners(vorige):
        namen.append(str(Actie._meta.get_field("partners").verbose_name))
    return namen


def _toevoegen(wijzigingen, soort, record, opgave, velden) -> None:
    """Add one change, or merge it into the previous one when it is the record of the same save's partners."""
    laatste = wijzigingen[-1] if wijzigingen else None
    if (
        velden == [str(Actie._meta.get_field("partners").verbose_name)]
        and laatste is not None
        and laatste["soort"] == soort
        and laatste["object_id"] == record.id
        and laatste["door"] == record.history_user
        and record.history_date - laatste["wanneer"] <= _ZELFDE_BEWERKING
    ):
        if str(_("nieuw")) not in laatste["velden"]:
            laatste["velden"] += [veld for veld in velden if veld not in laatste["velden"]]
        laatste["wanneer"] = record.history_date
        return
    wijzigingen.append(
        {
            "soort": soort,
            "object_id": record.id,
            "opgave": opgave,
            "wat": _("de opgave")
            if soort == "opgave"
            else _("actie ‘%(actie)s’") % {"actie": record.omschrijving[:60]},
            "door": record.history_user,
            # A kernteam page: the full name.
            "door_naam": bewerker_naam(record.history_user, volledig=True),
            "wanneer": record.history_date,
            "velden": velden,
        }
    )
