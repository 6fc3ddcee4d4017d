from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class OmgevingsagendaConfig(AppConfig):
    default = True
    name = "omgevingsagenda"
    verbose_name = "Omgevingsagenda"


class KernteamAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "omgevingsagenda.admin.KernteamAdminSite"
