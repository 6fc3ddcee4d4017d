"""The roles of DESIGN.md ("Who uses it"), in one place.

Every app's rules build on these: publiek (anonymous), deelnemer, duo-lid, kernteam.
"""

KERNTEAM_GROEP = "Kernteam"


def is_kernteam(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: templates and views ask this many times per request.
    if not hasattr(user, "_is_kernteam"):
        user._is_kernteam = user.groups.filter(name=KERNTEAM_GROEP).exists()
    return user._is_kernteam


def is_deelnemer(user) -> bool:
    """Logged in: deelnemers and the kernteam read what the public cannot."""
    return bool(user and user.is_authenticated and user.is_active)


def mag_persoonsgegevens_zien(user) -> bool:
    """E-mail and phone numbers are for the kernteam only (AVG)."""
    return is_kernteam(user)
