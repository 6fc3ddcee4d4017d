"""Who may see which opgave. Builds on the roles of deelnemers/permissions.py."""

from deelnemers.permissions import is_kernteam


def mag_opgave_zien(user, opgave) -> bool:
    """A published opgave of a published agenda is public; the kernteam sees every opgave."""
    if is_kernteam(user):
        return True
    return opgave.gepubliceerd and opgave.agenda.gepubliceerd
