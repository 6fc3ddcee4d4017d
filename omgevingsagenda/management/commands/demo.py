from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from omgevingsagenda.demo import versies
from omgevingsagenda.demo.groot import groot_laden
from omgevingsagenda.demo.laden import DEMO_LOGINS, demo_laden
from omgevingsagenda.kernteam import DOMEIN_APPS


def demo_modellen() -> list:
    """The models the demo fills: those of the six domain apps (not their history tables) and User."""
    modellen = [
        model
        for label in DOMEIN_APPS
        for model in apps.get_app_config(label).get_models()
        if not model.__name__.startswith("Historical")
    ]
    return [*modellen, User]


class Command(BaseCommand):
    help = (
        "Laadt de demo van Omgevingsagenda Oost met fictieve deelnemers en de demo-accounts. "
        "Nogmaals draaien verandert niets. Weigert zonder DEBUG, zodat productie nooit demo-accounts krijgt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--groot",
            action="store_true",
            help="Laad daarna ook de grote dataset voor prestatiemetingen (omgevingsagenda.demo.groot).",
        )

    def handle(self, *args, groot=False, **options):
        if not settings.DEBUG:
            raise CommandError(
                "De demo wordt alleen geladen met DEBUG aan: in productie horen geen demo-accounts. "
                "Zet DEBUG=1 voor een ontwikkel- of testomgeving."
            )
        with transaction.atomic():
            agenda = demo_laden()
            # Published versions freeze a snapshot of everything above, so they come last.
            versies.laden(agenda, self.stdout)

        if groot:
            groot_laden(stdout=self.stdout)

        self.stdout.write(self.style.SUCCESS(f"Demo geladen: {agenda.naam} (/{agenda.slug}/)."))
        for model in demo_modellen():
            self.stdout.write(f"  {model._meta.verbose_name_plural}: {model._default_manager.count()}")
        self.stdout.write("Demo-accounts (gebruikersnaam / wachtwoord):")
        for gebruikersnaam, wachtwoord, rol in DEMO_LOGINS:
            self.stdout.write(f"  {gebruikersnaam} / {wachtwoord}  — {rol}")
