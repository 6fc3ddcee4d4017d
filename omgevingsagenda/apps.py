from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


def domeintabellen() -> list[str]:
    """Every table of the domain apps, history and many-to-many tables included."""
    from omgevingsagenda.kernteam import DOMEIN_APPS

    return [
        model._meta.db_table
        for label in DOMEIN_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


def generatietriggers_plaatsen(sender, using, **kwargs):
    """After every migrate: every domain table (new ones too) renews the cache generation on a write."""
    from kern.generatie import triggers_plaatsen

    triggers_plaatsen(domeintabellen(), using=using)


class OmgevingsagendaConfig(AppConfig):
    default = True
    name = "omgevingsagenda"
    verbose_name = "Omgevingsagenda"

    def ready(self):
        # Sent once per migrate for kern, after all migrations ran (so every table exists). A
        # migration that rebuilds a table on SQLite drops its triggers; this puts them back.
        post_migrate.connect(generatietriggers_plaatsen, sender=apps.get_app_config("kern"))


class KernteamAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "omgevingsagenda.admin.KernteamAdminSite"
