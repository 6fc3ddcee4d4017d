"""What of a gesprekstafel and its bijeenkomsten a user may see.

The opbrengst of a table is public; the gespreksnotitie (prepared with the people at the
table), the bijeenkomsten and who took part are for deelnemers and the kernteam. Which rows a
viewer sees is `Gesprekstafel.objects.zichtbaar_voor(user)` and `Bijeenkomst.objects.zichtbaar_voor(user)`
(kernteamoverleggen and risicosessies for the kernteam only).
"""

from deelnemers.permissions import is_deelnemer, is_kernteam


def mag_gesprekstafel_zien(user, gesprekstafel) -> bool:
    """The same rule as GesprekstafelQuerySet.zichtbaar_voor, for one tafel already loaded."""
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
