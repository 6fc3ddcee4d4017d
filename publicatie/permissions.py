"""Who may see and do what with versions; builds on the roles of deelnemers.permissions.

Which versions a viewer sees is a query: Versie.objects.zichtbaar_voor(user) (published
versions of a published agenda for everyone, concepts too for the kernteam).
"""

from deelnemers.permissions import is_kernteam


def mag_concept_zien(user) -> bool:
    """The unpublished concept (live data, page and PDF preview) is for the kernteam only."""
    return is_kernteam(user)


def mag_publiceren(user) -> bool:
    return is_kernteam(user)
