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
