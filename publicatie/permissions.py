"""Who may see and do what with versions; builds on the roles of deelnemers.permissions."""

from deelnemers.permissions import is_kernteam


def mag_versie_zien(user, versie) -> bool:
    """Published versions of a published agenda are public; concepts are the kernteam's."""
    return is_kernteam(user) or (versie.is_gepubliceerd and versie.agenda.gepubliceerd)


def mag_concept_zien(user) -> bool:
    """The unpublished concept (live data, page and PDF preview) is for the kernteam only."""
    return is_kernteam(user)


def mag_publiceren(user) -> bool:
    return is_kernteam(user)
