from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TafelsConfig(AppConfig):
    name = "tafels"
    verbose_name = _("Gesprekstafels en bijeenkomsten")

    def ready(self):
        from deelnemers import avg
        from tafels import avg as tafels_avg

        avg.gegevens_bron("bijeenkomsten", tafels_avg.gegevens)
        avg.anonimiseer_stap(tafels_avg.anonimiseren)
