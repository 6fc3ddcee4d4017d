"""Who may see what of the leerspoor, building on the roles of deelnemers/permissions.py.

The fase report is public. Risks, betrokkenheid and running a peiling (opening, closing,
projector, live results) are for the kernteam only, through deelnemers.permissions.alleen_kernteam:
others get a 404 (a deelnemer must not learn that the page exists), anonymous visitors the
login page. A peiling is answered by anyone logged in, and through its link by people without an
account when the kernteam allows it.
"""

from deelnemers.permissions import is_deelnemer, is_kernteam


def mag_risicos_zien(user) -> bool:
    return is_kernteam(user)


def mag_betrokkenheid_zien(user) -> bool:
    return is_kernteam(user)


def mag_risicos_bespreken(user) -> bool:
    return is_kernteam(user)


def mag_peilingen_beheren(user) -> bool:
    return is_kernteam(user)


def mag_peiling_beantwoorden(user, peiling) -> bool:
    """Logged-in people always; without an account only when the kernteam opened the poll to them."""
    return is_deelnemer(user) or peiling.zonder_account
