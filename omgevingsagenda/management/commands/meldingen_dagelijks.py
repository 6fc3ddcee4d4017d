"""Once a day (cron or the task worker's scheduler): the kernteam's risk reminders, then the daily digests."""

from django.core.management.base import BaseCommand

from deelnemers.services import samenvattingen_versturen
from leerspoor.meldingen import risicos_ter_herziening_melden


class Command(BaseCommand):
    help = "Stuurt de herinneringen over te herzien risico's en de dagelijkse samenvattingen."

    def handle(self, *args, **options):
        risicos = risicos_ter_herziening_melden()
        samenvattingen = samenvattingen_versturen()
        self.stdout.write(f"Risicoherinneringen: {risicos}, samenvattingen: {samenvattingen}.")
