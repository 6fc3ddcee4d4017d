"""Small database helpers shared by the domain apps (no domain knowledge here)."""

from django.db import models
from django.db.models import Q


def keuze_constraint(veld: str, keuzes: type[models.Choices], naam: str, leeg_toegestaan: bool = False):
    """A CheckConstraint that keeps a choice field to its choices in the database itself."""
    condition = Q(**{f"{veld}__in": list(keuzes.values)})
    if leeg_toegestaan:
        condition |= Q(**{veld: ""})
    return models.CheckConstraint(condition=condition, name=naam)
