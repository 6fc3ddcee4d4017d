"""The one table of kern: the cache generation (kern/generatie.py). No domain model lives here."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Generatie(models.Model):
    """One row whose token the database replaces on every write of a domain table.

    The page cache keys on it (kern/paginacache.py). A random token, not a counter: after
    a restore from backup a counter would repeat old values and find old pages in the cache.
    """

    token = models.CharField(_("token"), max_length=64)

    class Meta:
        verbose_name = _("cachegeneratie")
        verbose_name_plural = _("cachegeneraties")
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="kern_generatie_een_rij")]

    def __str__(self):
        return self.token
