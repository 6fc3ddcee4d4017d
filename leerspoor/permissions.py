"""Who may see what of the leerspoor, building on the roles of deelnemers/permissions.py.

The fase report is public. Risks, betrokkenheid and running a peiling (opening, closing,
projector, live results) are for the kernteam only (deelnemers.permissions.alleen_kernteam on
their views): others get a 404, anonymous visitors the login page. Which polls a viewer sees is
`Peiling.objects.zichtbaar_voor(user)`: opened ones, never one at a kernteam-only bijeenkomst.
A peiling is answered by anyone logged in, and through its link by people without an account when
the kernteam allows it.
"""

from deelnemers.permissions import is_deelnemer


def mag_peiling_beantwoorden(user, peiling) -> bool:
    """Logged-in people always; without an account only when the kernteam opened the poll to them."""
    return is_deelnemer(user) or peiling.zonder_account
