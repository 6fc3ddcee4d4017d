import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agenda.models import Agenda, Fase
from deelnemers.models import Deelnemer
from deelnemers.permissions import ZichtbaarQuerySet
from kern.db import keuze_constraint
from opgaven.models import Opgave, Schaalniveau


class GesprekstafelQuerySet(ZichtbaarQuerySet):
    def gepubliceerd(self):
        return self.filter(gepubliceerd=True, agenda__gepubliceerd=True)

    def voor_buitenstaander(self, user):
        return self.gepubliceerd()


class Gesprekstafel(models.Model):
    """A table that deepens related opgaven, prepared by a gespreksnotitie."""

    agenda = models.ForeignKey(
        Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="gesprekstafels"
    )
    titel = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80)
    schaalniveau = models.CharField(_("schaalniveau"), max_length=20, choices=Schaalniveau.choices)
    opgaven = models.ManyToManyField(Opgave, verbose_name=_("opgaven"), blank=True, related_name="gesprekstafels")
    gespreksnotitie = models.TextField(
        _("gespreksnotitie"), blank=True, help_text=_("Vooraf opgesteld met betrokkenen uit Rijk en regio. Markdown.")
    )
    opbrengst = models.TextField(_("opbrengst"), blank=True, help_text=_("Markdown."))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)

    history = HistoricalRecords(m2m_fields=[opgaven])
    objects = GesprekstafelQuerySet.as_manager()

    class Meta:
        verbose_name = _("gesprekstafel")
        verbose_name_plural = _("gesprekstafels")
        ordering = ["agenda", "volgorde", "titel"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "slug"], name="tafels_gesprekstafel_slug_uniek_per_agenda"),
            keuze_constraint("schaalniveau", Schaalniveau, "tafels_gesprekstafel_schaalniveau_geldig"),
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("tafels:detail", kwargs={"agenda": self.agenda.slug, "slug": self.slug})


class BijeenkomstSoort(models.TextChoices):
    GEBIEDSDIALOOG = "gebiedsdialoog", _("gebiedsdialoog")
    GESPREKSTAFEL = "gesprekstafel", _("gesprekstafel")
    STRATEGISCH_OVERLEG = "strategisch_overleg", _("strategisch overleg")
    SYNTHESEBIJEENKOMST = "synthesebijeenkomst", _("synthesebijeenkomst")
    KERNTEAMOVERLEG = "kernteamoverleg", _("kernteamoverleg")
    RISICOSESSIE = "risicosessie", _("risicosessie")


# The kernteam's own meetings: their verslagen speak of the process and its risks, not for deelnemers.
KERNTEAM_SOORTEN = (BijeenkomstSoort.KERNTEAMOVERLEG, BijeenkomstSoort.RISICOSESSIE)


class BijeenkomstQuerySet(ZichtbaarQuerySet):
    def van_agenda(self, agenda):
        return self.filter(agenda=agenda)

    def voor_buitenstaander(self, user):
        """Not the kernteamoverleggen and risicosessies: those are for the kernteam only."""
        return self.exclude(soort__in=KERNTEAM_SOORTEN)

    def kernteamoverleggen(self):
        return self.filter(soort=BijeenkomstSoort.KERNTEAMOVERLEG)

    def komend(self):
        """From today on (Amsterdam time): the bijeenkomsten one can still sign up for."""
        return self.filter(datum__gte=timezone.localdate())


class Bijeenkomst(models.Model):
    """A meeting of the process: a gesprekstafel session, the synthesis meeting, a kernteamoverleg."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="bijeenkomsten")
    soort = models.CharField(_("soort"), max_length=30, choices=BijeenkomstSoort.choices)
    titel = models.CharField(_("titel"), max_length=200)
    datum = models.DateField(_("datum"))
    locatie = models.CharField(_("locatie"), max_length=200, blank=True)
    fase = models.ForeignKey(
        Fase, verbose_name=_("fase"), on_delete=models.SET_NULL, null=True, blank=True, related_name="bijeenkomsten"
    )
    gesprekstafel = models.ForeignKey(
        Gesprekstafel,
        verbose_name=_("gesprekstafel"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bijeenkomsten",
    )
    verslag = models.TextField(_("verslag"), blank=True, help_text=_("Markdown."))
    begintijd = models.TimeField(_("begintijd"), null=True, blank=True)
    eindtijd = models.TimeField(_("eindtijd"), null=True, blank=True)
    capaciteit = models.PositiveIntegerField(
        _("capaciteit"),
        null=True,
        blank=True,
        help_text=_("Het aantal plaatsen; wie zich daarna aanmeldt, komt op de wachtlijst. Leeg: onbeperkt."),
    )

    history = HistoricalRecords()
    objects = BijeenkomstQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["agenda", "-datum", "titel"]
        constraints = [keuze_constraint("soort", BijeenkomstSoort, "tafels_bijeenkomst_soort_geldig")]

    def __str__(self):
        return f"{self.titel} ({self.datum:%d-%m-%Y})"

    def get_absolute_url(self):
        return reverse("tafels:bijeenkomst", kwargs={"agenda": self.agenda.slug, "pk": self.pk})

    @property
    def is_kernteam_soort(self) -> bool:
        return self.soort in KERNTEAM_SOORTEN

    @property
    def is_komend(self) -> bool:
        return self.datum >= timezone.localdate()

    def clean(self):
        if self.begintijd and self.eindtijd and self.eindtijd <= self.begintijd:
            raise ValidationError(
                {"eindtijd": ValidationError(_("De eindtijd ligt na de begintijd."), code="volgorde")}
            )
        # A foreign key can point anywhere in the table; only this check keeps a bijeenkomst within its agenda.
        fouten = {}
        if self.agenda_id and self.fase_id and self.fase.agenda_id != self.agenda_id:
            fouten["fase"] = ValidationError(_("Kies een fase van dezelfde agenda."), code="andere_agenda")
        if self.agenda_id and self.gesprekstafel_id and self.gesprekstafel.agenda_id != self.agenda_id:
            fouten["gesprekstafel"] = ValidationError(
                _("Kies een gesprekstafel van dezelfde agenda."), code="andere_agenda"
            )
        if fouten:
            raise ValidationError(fouten)


class DeelnameRol(models.TextChoices):
    DEELNEMER = "deelnemer", _("deelnemer")
    FACILITATOR = "facilitator", _("facilitator")
    VOORZITTER = "voorzitter", _("voorzitter")
    VERSLAG = "verslag", _("verslag")


class Deelname(models.Model):
    """Who took part in a bijeenkomst, in which role."""

    bijeenkomst = models.ForeignKey(
        Bijeenkomst, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="deelnames"
    )
    deelnemer = models.ForeignKey(
        Deelnemer, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="deelnames"
    )
    rol = models.CharField(_("rol"), max_length=20, choices=DeelnameRol.choices, default=DeelnameRol.DEELNEMER)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")
        ordering = ["bijeenkomst", "deelnemer__naam"]
        constraints = [
            models.UniqueConstraint(fields=["bijeenkomst", "deelnemer"], name="tafels_deelname_uniek"),
            keuze_constraint("rol", DeelnameRol, "tafels_deelname_rol_geldig"),
        ]

    def __str__(self):
        return f"{self.deelnemer.naam} — {self.bijeenkomst.titel}"

    @property
    def heeft_bijzondere_rol(self) -> bool:
        """Facilitator, voorzitter or verslag: shown beside the name; a plain deelnemer is not labelled."""
        return self.rol != DeelnameRol.DEELNEMER


class AanmeldingQuerySet(models.QuerySet):
    def geplaatst(self):
        return self.filter(op_wachtlijst=False)

    def wachtlijst(self):
        return self.filter(op_wachtlijst=True).order_by("aangemeld_op", "pk")


class Aanmelding(models.Model):
    """A deelnemer who says they will come to an upcoming bijeenkomst, or waits for a place.

    After the meeting the kernteam turns the placed sign-ups into Deelnames (tafels.services).
    """

    bijeenkomst = models.ForeignKey(
        Bijeenkomst, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="aanmeldingen"
    )
    deelnemer = models.ForeignKey(
        Deelnemer, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="aanmeldingen"
    )
    aangemeld_op = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    op_wachtlijst = models.BooleanField(_("op de wachtlijst"), default=False)

    objects = AanmeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["bijeenkomst", "op_wachtlijst", "aangemeld_op", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["bijeenkomst", "deelnemer"], name="tafels_aanmelding_uniek"),
        ]

    def __str__(self):
        return f"{self.deelnemer.naam} — {self.bijeenkomst.titel}"


def nieuw_kalender_token() -> str:
    return secrets.token_urlsafe(32)


class KalenderFeed(models.Model):
    """The secret address of a deelnemer's personal calendar feed; a new token revokes the old address."""

    deelnemer = models.OneToOneField(
        Deelnemer, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="kalenderfeed"
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=nieuw_kalender_token)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now=True)

    class Meta:
        verbose_name = _("agenda-abonnement")
        verbose_name_plural = _("agenda-abonnementen")
        ordering = ["deelnemer"]

    def __str__(self):
        return str(self.deelnemer)

    def get_absolute_url(self):
        return reverse("kalender:feed", kwargs={"token": self.token})
