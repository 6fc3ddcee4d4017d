from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeelnemersConfig(AppConfig):
    name = "deelnemers"
    verbose_name = _("Deelnemers en organisaties")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from deelnemers.middleware import kernteam_sessie_bij_inloggen

        user_logged_in.connect(kernteam_sessie_bij_inloggen, dispatch_uid="deelnemers_kernteam_sessie")
