from deelnemers.permissions import is_deelnemer, is_kernteam


def rollen(request):
    """The viewer's role, for templates that show or hide what a role may see."""
    user = getattr(request, "user", None)
    return {"is_kernteam": is_kernteam(user), "is_deelnemer": is_deelnemer(user)}
