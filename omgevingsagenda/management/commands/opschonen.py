"""The AVG clean-up: remove personal data past its term (README "Bewaartermijnen")."""

import datetime

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone

from deelnemers.models import VerzondenMelding
from tafels.models import Aanmelding


class Command(BaseCommand):
    help = "Verwijdert persoonsgegevens waarvan de bewaartermijn voorbij is (verzendlog, aanmeldingen, sessies)."

    def handle(self, *args, **options):
        nu = timezone.now()
        log, _ = VerzondenMelding.objects.filter(
            aangemaakt_op__lt=nu - datetime.timedelta(days=settings.BEWAARTERMIJN_VERZENDLOG_DAGEN)
        ).delete()
        aanmeldingen, _ = Aanmelding.objects.filter(
            bijeenkomst__datum__lt=timezone.localdate()
            - datetime.timedelta(days=settings.BEWAARTERMIJN_AANMELDINGEN_DAGEN)
        ).delete()
        sessies, _ = Session.objects.filter(expire_date__lt=nu).delete()
        self.stdout.write(f"Verwijderd: {log} uit het verzendlog, {aanmeldingen} aanmeldingen, {sessies} sessies.")
