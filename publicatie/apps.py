from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicatieConfig(AppConfig):
    name = "publicatie"
    verbose_name = _("Versies en reacties")
