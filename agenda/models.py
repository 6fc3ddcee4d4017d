from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from deelnemers.permissions import ZichtbaarQuerySet
from kern.db import keuze_constraint


class Landsdeel(models.TextChoices):
    OOST = "oost", _("Oost")
    NOORD = "noord", _("Noord")
    ZUID = "zuid", _("Zuid")
    NOORDWEST = "noordwest", _("Noordwest")
    ZUIDWEST = "zuidwest", _("Zuidwest")


# Agenda slugs live at the root of the site, beside these paths of the project itself.
GERESERVEERDE_SLUGS = frozenset({"admin", "accounts", "healthz", "toegankelijkheid", "static", "media", "p"})


class AgendaQuerySet(ZichtbaarQuerySet):
    def gepubliceerd(self):
        return self.filter(gepubliceerd=True)

    def voor_buitenstaander(self, user):
        return self.gepubliceerd()


class Agenda(models.Model):
    """One Omgevingsagenda of one landsdeel."""

    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    landsdeel = models.CharField(_("landsdeel"), max_length=20, choices=Landsdeel.choices)
    inleiding = models.TextField(_("inleiding"), blank=True, help_text=_("Markdown."))
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)

    history = HistoricalRecords()
    objects = AgendaQuerySet.as_manager()

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")
        ordering = ["naam"]
        constraints = [keuze_constraint("landsdeel", Landsdeel, "agenda_agenda_landsdeel_geldig")]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("agenda:overzicht", kwargs={"agenda": self.slug})

    def clean(self):
        if self.slug and self.slug.lower() in GERESERVEERDE_SLUGS:
            fout = ValidationError(
                _("De slug '%(slug)s' is al in gebruik door de website zelf; kies een andere."),
                code="slug_gereserveerd",
                params={"slug": self.slug},
            )
            raise ValidationError({"slug": fout})


class Fase(models.Model):
    """A phase of the process (1 Agendering, 2 Alliantievorming, 3 Adaptief besluiten)."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="fases")
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    naam = models.CharField(_("naam"), max_length=200)
    periode = models.CharField(_("periode"), max_length=100, blank=True)
    wat_plaatsgevonden = models.TextField(
        _("wat heeft er plaatsgevonden"), blank=True, help_text=_("Korte inleiding boven de tabel. Markdown.")
    )
    verhaal = models.TextField(_("verloop"), blank=True, help_text=_("Het verhaal van de fase. Markdown."))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("fase")
        verbose_name_plural = _("fases")
        ordering = ["agenda", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "nummer"], name="agenda_fase_nummer_uniek"),
            models.CheckConstraint(condition=models.Q(nummer__gte=1), name="agenda_fase_nummer_positief"),
        ]

    def __str__(self):
        return f"Fase {self.nummer}: {self.naam}"


class Uitwerkingslijn(models.Model):
    """A line of work: Agenda en programma · Trendwatching · Leerspoor."""

    agenda = models.ForeignKey(
        Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="uitwerkingslijnen"
    )
    naam = models.CharField(_("naam"), max_length=100)
    resultaat = models.CharField(_("resultaat"), max_length=200, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("uitwerkingslijn")
        verbose_name_plural = _("uitwerkingslijnen")
        ordering = ["agenda", "volgorde", "naam"]
        constraints = [models.UniqueConstraint(fields=["agenda", "naam"], name="agenda_uitwerkingslijn_naam_uniek")]

    def __str__(self):
        return self.naam


class Activiteit(models.Model):
    """A cell entry of the table *Onderdelen aanpak*: what a line of work did in a phase."""

    fase = models.ForeignKey(Fase, verbose_name=_("fase"), on_delete=models.CASCADE, related_name="activiteiten")
    lijn = models.ForeignKey(
        Uitwerkingslijn, verbose_name=_("uitwerkingslijn"), on_delete=models.CASCADE, related_name="activiteiten"
    )
    omschrijving = models.CharField(_("omschrijving"), max_length=300)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["fase", "lijn__volgorde", "volgorde", "pk"]

    def __str__(self):
        return self.omschrijving


class PerspectiefSoort(models.TextChoices):
    POSITIE = "positie", _("Positie en kwaliteiten")
    BEWEGING = "beweging", _("In beweging")
    PERSPECTIEF_2040 = "perspectief", _("Perspectief op weg naar 2040")


class PerspectiefOnderdeel(models.Model):
    """One of the three parts of the Perspectief (position, in motion, towards 2040)."""

    agenda = models.ForeignKey(
        Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="perspectief_onderdelen"
    )
    soort = models.CharField(_("soort"), max_length=20, choices=PerspectiefSoort.choices)
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"), blank=True, help_text=_("Markdown."))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("perspectiefonderdeel")
        verbose_name_plural = _("perspectiefonderdelen")
        ordering = ["agenda", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "soort"], name="agenda_perspectiefonderdeel_soort_uniek"),
            keuze_constraint("soort", PerspectiefSoort, "agenda_perspectiefonderdeel_soort_geldig"),
        ]

    def __str__(self):
        return self.titel


class TrendSoort(models.TextChoices):
    TREND = "trend", _("trend")
    ONTWIKKELING = "ontwikkeling", _("ontwikkeling")
    TRANSITIE = "transitie", _("transitie")


class Trend(models.Model):
    """Trendwatching: a trend, ontwikkeling or transitie that moves the landsdeel."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="trends")
    naam = models.CharField(_("naam"), max_length=200)
    soort = models.CharField(_("soort"), max_length=20, choices=TrendSoort.choices)
    beschrijving = models.TextField(_("beschrijving"), blank=True, help_text=_("Markdown."))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("trend")
        verbose_name_plural = _("trends")
        ordering = ["agenda", "soort", "naam"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "naam"], name="agenda_trend_naam_uniek"),
            keuze_constraint("soort", TrendSoort, "agenda_trend_soort_geldig"),
        ]

    def __str__(self):
        return self.naam
