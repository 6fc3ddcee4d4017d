from django.conf import settings
from django.db import models
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

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        ordering = ["naam", "pk"]
        constraints = [
            keuze_constraint("profiel", Profiel, "deelnemers_deelnemer_profiel_geldig"),
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
