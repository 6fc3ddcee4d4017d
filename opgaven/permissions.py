"""Who may see and who may edit which opgave. Builds on the roles of deelnemers/permissions.py."""

from deelnemers.permissions import is_deelnemer, is_kernteam


def mag_opgave_zien(user, opgave) -> bool:
    """A published opgave of a published agenda is public; the kernteam sees every opgave."""
    if is_kernteam(user):
        return True
    return opgave.gepubliceerd and opgave.agenda.gepubliceerd


def mag_opgave_bewerken(user, opgave) -> bool:
    """A member of the opgave's duo may edit it (samenvatting, kern, acties); the kernteam every opgave; nobody else.

    Reads `opgave.duo.leden`, so a view that prefetches them (OpgaveQuerySet.met_duo) pays no query here.
    """
    if is_kernteam(user):
        return True
    if not is_deelnemer(user):
        return False
    duo = getattr(opgave, "duo", None)  # no duo yet: the reverse one-to-one raises an AttributeError
    if duo is None:
        return False
    return any(lid.user_id == user.pk for lid in duo.leden.all())
