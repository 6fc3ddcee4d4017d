from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kern.db import keuze_constraint


class Bestuurslaag(models.TextChoices):
    RIJK = "rijk", _("Rijk")
    REGIO = "regio", _("Regio")
    OVERIG = "overig", _("Overig")


class OrganisatieSoort(models.TextChoices):
    MINISTERIE = "ministerie", _("ministerie")
    RIJKSDIENST = "rijksdienst", _("rijksdienst")
    PROVINCIE = "provincie", _("provincie")
    GEMEENTE = "gemeente", _("gemeente")
    REGIO = "regio", _("regio (samenwerkingsverband)")
    WATERSCHAP = "waterschap", _("waterschap")
    KENNISINSTELLING = "kennisinstelling", _("kennisinstelling")
    BEDRIJFSLEVEN = "bedrijfsleven", _("bedrijfsleven")
    MAATSCHAPPELIJK = "maatschappelijk", _("maatschappelijke organisatie")
    ADVIESBUREAU = "adviesbureau", _("adviesbureau")


class Profiel(models.TextChoices):
    GENERALIST = "generalist", _("generalist/strateeg")
    SPECIALIST = "specialist", _("specialist")


class Organisatie(models.Model):
    Soort = OrganisatieSoort

    SOORTEN_RIJK = (OrganisatieSoort.MINISTERIE, OrganisatieSoort.RIJKSDIENST)
    SOORTEN_REGIO = (
        OrganisatieSoort.PROVINCIE,
        OrganisatieSoort.GEMEENTE,
        OrganisatieSoort.REGIO,
        OrganisatieSoort.WATERSCHAP,
    )

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    afkorting = models.CharField(_("afkorting"), max_length=30, blank=True)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [
            keuze_constraint("soort", OrganisatieSoort, "deelnemers_organisatie_soort_geldig"),
        ]

    def __str__(self):
        return self.naam

    @property
    def bestuurslaag(self) -> str:
        return bestuurslaag_van(self.soort)


def bestuurslaag_van(soort: str) -> str:
    """The bestuurslaag of one soort organisatie; `bestuurslaag_q` is the same rule as a query."""
    if soort in Organisatie.SOORTEN_RIJK:
        return Bestuurslaag.RIJK
    if soort in Organisatie.SOORTEN_REGIO:
        return Bestuurslaag.REGIO
    return Bestuurslaag.OVERIG


def bestuurslaag_q(laag: str, soort_veld: str = "soort") -> models.Q:
    """The rows whose organisatie (reached through `soort_veld`) is of bestuurslaag `laag`; no join of its own."""
    if laag == Bestuurslaag.RIJK:
        return models.Q(**{f"{soort_veld}__in": Organisatie.SOORTEN_RIJK})
    if laag == Bestuurslaag.REGIO:
        return models.Q(**{f"{soort_veld}__in": Organisatie.SOORTEN_REGIO})
    return ~models.Q(**{f"{soort_veld}__in": Organisatie.SOORTEN_RIJK + Organisatie.SOORTEN_REGIO})


def publieke_weergave(naam: str | None, organisatie: str, *, met_organisatie: bool = False) -> str:
    """How public pages name a person: `naam` only when given with consent, else "Medewerker <organisatie>".

    The one home of the rule, for a Deelnemer (publieke_naam) and for data that outlived it
    (a reactie's organisation then, a duo in a frozen snapshot).
    """
    if naam:
        return f"{naam} ({organisatie})" if met_organisatie else naam
    return _("Medewerker %(organisatie)s") % {"organisatie": organisatie}


class DeelnemerQuerySet(models.QuerySet):
    def bereikbaar(self):
        """Who notifications may go to: an active account, an address, not anonymised."""
        return self.filter(user__is_active=True, geanonimiseerd_op__isnull=True).exclude(email="")


class Deelnemer(models.Model):
    Profiel = Profiel

    naam = models.CharField(_("naam"), max_length=200)
    organisatie = models.ForeignKey(
        Organisatie, verbose_name=_("organisatie"), on_delete=models.PROTECT, related_name="deelnemers"
    )
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    profiel = models.CharField(_("profiel"), max_length=20, choices=Profiel.choices, default=Profiel.GENERALIST)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruikersaccount"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deelnemer",
    )
    naam_publiek = models.BooleanField(
        _("naam mag openbaar"),
        default=False,
        help_text=_("Toestemming om de naam van deze persoon op openbare pagina's te tonen."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    uitgenodigd_op = models.DateTimeField(_("uitgenodigd op"), null=True, blank=True, editable=False)
    geanonimiseerd_op = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True, editable=False)

    history = HistoricalRecords()
    objects = DeelnemerQuerySet.as_manager()

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        ordering = ["naam", "pk"]
        constraints = [
            keuze_constraint("profiel", Profiel, "deelnemers_deelnemer_profiel_geldig"),
            # One person per address: an import matches on it, an invitation is sent to it.
            models.UniqueConstraint(Lower("email"), condition=~Q(email=""), name="deelnemers_deelnemer_email_uniek"),
        ]

    def __str__(self):
        return f"{self.naam} ({self.organisatie})"

    @property
    def bestuurslaag(self) -> str:
        return self.organisatie.bestuurslaag

    @property
    def publieke_naam(self) -> str:
        """The name where consent was given; otherwise only the role and organisation show."""
        return publieke_weergave(self.naam if self.naam_publiek else None, self.organisatie.naam)

    @property
    def uitnodiging_status(self) -> str:
        """niet uitgenodigd / uitgenodigd op … / actief: what the kernteam sees in the deelnemers list."""
        if self.user_id and self.user.is_active and self.user.has_usable_password():
            return str(_("actief"))
        if self.uitgenodigd_op:
            return str(_("uitgenodigd op %(datum)s")) % {
                "datum": formats.date_format(timezone.localtime(self.uitgenodigd_op), "j F Y H:i")
            }
        return str(_("niet uitgenodigd"))


class MeldingSoort(models.TextChoices):
    VERSIE_OPEN = "versie_open", _("een conceptversie staat open voor reacties")
    REACTIE_BEANTWOORD = "reactie_beantwoord", _("mijn reactie is beantwoord of verwerkt")
    BIJEENKOMST = "bijeenkomst", _("uitnodiging voor een bijeenkomst")
    PEILING = "peiling", _("een peiling staat open")
    RISICO = "risico", _("risico's die herzien moeten worden (kernteam)")


class MailVoorkeur(models.Model):
    """Which notification mails a deelnemer wants, and whether as one daily digest.

    No row means the defaults: every notification, at once. Invitations and password mails are
    not notifications and cannot be switched off here.
    """

    deelnemer = models.OneToOneField(
        Deelnemer, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="mailvoorkeur"
    )
    versie_open = models.BooleanField(MeldingSoort.VERSIE_OPEN.label, default=True)
    reactie_beantwoord = models.BooleanField(MeldingSoort.REACTIE_BEANTWOORD.label, default=True)
    bijeenkomst = models.BooleanField(MeldingSoort.BIJEENKOMST.label, default=True)
    peiling = models.BooleanField(MeldingSoort.PEILING.label, default=True)
    risico = models.BooleanField(MeldingSoort.RISICO.label, default=True)
    dagelijkse_samenvatting = models.BooleanField(
        _("één dagelijkse samenvatting in plaats van losse mails"), default=False
    )

    class Meta:
        verbose_name = _("mailvoorkeur")
        verbose_name_plural = _("mailvoorkeuren")
        ordering = ["deelnemer"]

    def __str__(self):
        return str(self.deelnemer)

    def wil(self, soort: str) -> bool:
        return getattr(self, MeldingSoort(soort).value)


AFMELD_SALT = "deelnemers.afmelden"


def afmeld_token(deelnemer_id: int, soort: str) -> str:
    """A signed, storage-free token for the one-click unsubscribe link of one soort of mail."""
    return signing.dumps([deelnemer_id, soort], salt=AFMELD_SALT, compress=True)


def afmeld_token_lezen(token: str) -> tuple[int, str] | None:
    try:
        deelnemer_id, soort = signing.loads(token, salt=AFMELD_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if soort not in MeldingSoort.values:
        return None
    return deelnemer_id, soort


def afmeld_pad(deelnemer_id: int, soort: str) -> str:
    return reverse("deelnemers:afmelden", kwargs={"token": afmeld_token(deelnemer_id, soort)})


class VerzondenMelding(models.Model):
    """The sent-log: one row per event per person, so nobody gets the same notification twice.

    `verzonden_op` stays empty while the melding waits for that person's daily digest.
    """

    gebeurtenis = models.CharField(_("gebeurtenis"), max_length=120)
    deelnemer = models.ForeignKey(
        Deelnemer, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="meldingen"
    )
    soort = models.CharField(_("soort"), max_length=30, choices=MeldingSoort.choices)
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    link = models.CharField(_("link"), max_length=500, blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    verzonden_op = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzonden melding")
        verbose_name_plural = _("verzonden meldingen")
        ordering = ["-aangemaakt_op"]
        constraints = [
            models.UniqueConstraint(fields=["gebeurtenis", "deelnemer"], name="deelnemers_melding_eenmaal_per_persoon"),
            keuze_constraint("soort", MeldingSoort, "deelnemers_melding_soort_geldig"),
        ]

    def __str__(self):
        return f"{self.gebeurtenis} → {self.deelnemer_id}"
