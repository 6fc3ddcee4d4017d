from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeerspoorConfig(AppConfig):
    name = "leerspoor"
    verbose_name = _("Leerspoor")
