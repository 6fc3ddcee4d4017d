"""Small database helpers shared by the domain apps (no domain knowledge here)."""

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual


def keuze_constraint(veld: str, keuzes: type[models.Choices], naam: str, leeg_toegestaan: bool = False):
    """A CheckConstraint that keeps a choice field to its choices in the database itself."""
    condition = Q(**{f"{veld}__in": list(keuzes.values)})
    if leeg_toegestaan:
        condition |= Q(**{veld: ""})
    return models.CheckConstraint(condition=condition, name=naam)


class _LengteConstraint(models.CheckConstraint):
    """CHECK (LENGTH(veld) <= maximum), validated in Python: Django would ask the database once per save."""

    def __init__(self, *, veld: str, maximum: int, name: str):
        super().__init__(condition=LessThanOrEqual(Length(veld), maximum), name=name)
        self.veld, self.maximum = veld, maximum

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        if exclude and self.veld in exclude:
            return
        if len(getattr(instance, self.veld) or "") > self.maximum:
            raise ValidationError(self.get_violation_error_message(), code=self.violation_error_code)

    def clone(self):
        return type(self)(veld=self.veld, maximum=self.maximum, name=self.name)

    def deconstruct(self):
        # Migrations hold a plain CheckConstraint: the database sees the same CHECK.
        _path, args, kwargs = super().deconstruct()
        return "django.db.models.CheckConstraint", args, kwargs


def lengte_constraint(veld: str, maximum: int, naam: str):
    """A CheckConstraint that keeps a text column to `maximum` characters in the database itself.

    A TextField's max_length is only checked by forms; this also stops an update() or a service.
    """
    return _LengteConstraint(veld=veld, maximum=maximum, name=naam)
