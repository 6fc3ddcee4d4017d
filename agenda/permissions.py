"""Who may see which agenda. Builds on the roles of deelnemers/permissions.py."""

from django.shortcuts import get_object_or_404

from agenda.models import Agenda


def zichtbare_agenda_of_404(user, slug: str) -> Agenda:
    """The agenda with this slug, if the user may see it; otherwise 404, so an unpublished one does not leak."""
    return get_object_or_404(Agenda.objects.zichtbaar_voor(user), slug=slug)
