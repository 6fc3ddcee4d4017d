"""What of a gesprekstafel and its bijeenkomsten a user may see.

The opbrengst of a table is public; the gespreksnotitie (prepared with the people at the
table) and who took part are for deelnemers and the kernteam (DESIGN.md, "Who uses it").
"""

from deelnemers.permissions import is_deelnemer, is_kernteam


def mag_gespreksnotitie_zien(user) -> bool:
    return is_deelnemer(user)


def mag_deelnames_zien(user) -> bool:
    return is_deelnemer(user)


def mag_gesprekstafel_zien(user, gesprekstafel) -> bool:
    if is_kernteam(user):
        return True
    return gesprekstafel.gepubliceerd and gesprekstafel.agenda.gepubliceerd


def mag_aanmelden(user, bijeenkomst) -> bool:
    """Sign up: a logged-in deelnemer, for an upcoming bijeenkomst they may see.

    The kernteam's own meetings (kernteamoverleg, risicosessie) are never offered to anyone else —
    the same rule as BijeenkomstQuerySet.zichtbaar_voor.
    """
    if not (is_deelnemer(user) and hasattr(user, "deelnemer") and bijeenkomst.is_komend):
        return False
    return is_kernteam(user) or not bijeenkomst.is_kernteam_soort


def mag_aanmeldingen_zien(user) -> bool:
    """Who comes (names and organisations, the waiting list): for the kernteam."""
    return is_kernteam(user)
