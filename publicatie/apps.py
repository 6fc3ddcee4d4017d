from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicatieConfig(AppConfig):
    name = "publicatie"
    verbose_name = _("Versies en reacties")

    def ready(self):
        from deelnemers import avg
        from publicatie.models import Reactie

        def reacties(deelnemer) -> list[dict]:
            return [
                {
                    "versie": str(r.versie),
                    "ingediend_op": r.ingediend_op.isoformat(),
                    "tekst": r.tekst,
                    "status": r.status,
                    "antwoord": r.antwoord,
                }
                for r in Reactie.objects.van_indiener(deelnemer).select_related("versie")
            ]

        avg.gegevens_bron("reacties", reacties)
