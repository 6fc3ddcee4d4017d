"""Who may see and do what with versions and reacties; builds on the roles of deelnemers.permissions.

Which versions a viewer sees is a query: Versie.objects.zichtbaar_voor(user) (published
versions of a published agenda for everyone, a concept open for reacties also for logged-in
deelnemers, every version for the kernteam).
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from agenda.models import Agenda
from deelnemers.models import Deelnemer
from publicatie.models import Versie


def deelnemer_van(user) -> Deelnemer | None:
    """The Deelnemer linked to this account, or None (anonymous, or an account of no participant)."""
    if not (user and user.is_authenticated):
        return None
    try:
        return user.deelnemer
    except Deelnemer.DoesNotExist:
        return None


def reageren_geweigerd(user, versie) -> str | None:
    """Why `user` may not send a reactie on `versie`, in Dutch; None when they may.

    The one home of the rule for a visitor: the form page and the version page ask it. The
    service reactie_indienen gets a Deelnemer, not an account, so it checks again only what
    can change between the form and the submit: whether the version is still open.
    """
    if not versie.open_voor_reacties:
        return _("Versie %(nummer)s staat niet (meer) open voor reacties.") % {"nummer": versie.nummer}
    if not (user and user.is_authenticated):
        return _("Log in om te reageren.")
    if deelnemer_van(user) is None:
        return _(
            "Reageren kan alleen als deelnemer aan het proces, en uw account is niet aan een deelnemer gekoppeld. "
            "Neem contact op met het kernteam als u wilt reageren."
        )
    return None


def zichtbare_versie_of_404(user, agenda: Agenda, nummer: int) -> Versie:
    """A version the viewer may see (Versie.objects.zichtbaar_voor): others are 404, so a concept does not leak."""
    versie = get_object_or_404(Versie.objects.zichtbaar_voor(user).filter(agenda=agenda), nummer=nummer)
    versie.agenda = agenda  # spare the query behind get_absolute_url and pdf_url
    return versie
