from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agenda.models import Agenda
from deelnemers.models import Deelnemer, Organisatie, publieke_weergave
from deelnemers.permissions import ZichtbaarQuerySet, is_deelnemer
from kern.db import keuze_constraint
from kern.vergrendeling import vingerafdruk
from opgaven.models import Opgave


class VersieStatus(models.TextChoices):
    CONCEPT = "concept", _("concept")
    GEPUBLICEERD = "gepubliceerd", _("gepubliceerd")


# What a published version freezes. `open_voor_reacties` steers the consultation, not the
# content, and stays writable. `pdf` is rendered from the snapshot after publishing: it may
# be set once (from empty), never swapped for another file (EENMALIG_VELDEN).
BEVROREN_VELDEN = ("agenda", "nummer", "label", "status", "toelichting", "gepubliceerd_op", "snapshot")
EENMALIG_VELDEN = ("pdf",)
# How often the worker tries to render a version's PDF before it leaves it to the kernteam.
PDF_MAX_POGINGEN = 3


class VersieBevrorenError(ValidationError):
    """A published version was about to change or disappear."""

    def __init__(self, message=None):
        super().__init__(
            message or _("Een gepubliceerde versie ligt vast en kan niet meer worden gewijzigd of verwijderd."),
            code="bevroren",
        )


def _veldnamen(namen) -> set[str]:
    """Field names as update() and update_fields spell them (agenda or agenda_id)."""
    return {naam.removesuffix("_id") for naam in namen}


def publiceerbare_opgaven(agenda_id):
    """The omgevingsopgaven a version holds: only those the kernteam published, never a draft.

    The opgave's own flag, not Opgave.objects.gepubliceerd(): that also asks for a published
    agenda, and a version may be frozen before its agenda goes public (who sees the version
    is decided by VersieQuerySet, on the agenda).
    """
    return Opgave.objects.filter(agenda_id=agenda_id, gepubliceerd=True).omgevingsopgaven()


class VersieQuerySet(ZichtbaarQuerySet):
    def gepubliceerd(self):
        return self.filter(status=VersieStatus.GEPUBLICEERD, agenda__gepubliceerd=True)

    def voor_buitenstaander(self, user):
        """Published versions for everyone; a concept open for reacties also for logged-in deelnemers
        (they read what they react on)."""
        if is_deelnemer(user):
            return self.filter(
                Q(status=VersieStatus.GEPUBLICEERD) | Q(open_voor_reacties=True), agenda__gepubliceerd=True
            )
        return self.gepubliceerd()

    def laatste(self):
        return self.order_by("-nummer").first()

    # update() and delete() bypass save(): the guard has to live on the QuerySet as well.
    def update(self, **kwargs):
        gepubliceerd = self.filter(status=VersieStatus.GEPUBLICEERD)
        if _veldnamen(kwargs) & set(BEVROREN_VELDEN) and gepubliceerd.exists():
            raise VersieBevrorenError()
        for veld in EENMALIG_VELDEN:
            if veld in kwargs:
                nieuw = getattr(kwargs[veld], "name", kwargs[veld]) or ""
                if gepubliceerd.exclude(**{veld: ""}).exclude(**{veld: nieuw}).exists():
                    raise VersieBevrorenError()
        return super().update(**kwargs)

    update.alters_data = True

    def delete(self):
        if self.filter(status=VersieStatus.GEPUBLICEERD).exists():
            raise VersieBevrorenError()
        return super().delete()

    delete.alters_data = True


class Versie(models.Model):
    """A version of the concept Omgevingsagenda; once published, a frozen snapshot and its PDF."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.PROTECT, related_name="versies")
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    label = models.CharField(_("label"), max_length=200, help_text=_("Bijvoorbeeld ‘Concept na Synthesebijeenkomst’."))
    status = models.CharField(_("status"), max_length=15, choices=VersieStatus.choices, default=VersieStatus.CONCEPT)
    toelichting = models.TextField(_("toelichting"), blank=True, help_text=_("Markdown."))
    open_voor_reacties = models.BooleanField(_("open voor reacties"), default=False)
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    snapshot = models.JSONField(_("momentopname"), null=True, blank=True, editable=False)
    pdf = models.FileField(_("PDF"), upload_to="versies/", blank=True, editable=False)
    # The worker's account of the rendering (publicatie/tasks.py); not frozen, so the
    # database trigger on a published row lets them change.
    pdf_pogingen = models.PositiveSmallIntegerField(_("pogingen om de PDF te maken"), default=0, editable=False)
    pdf_fout = models.TextField(_("fout bij het maken van de PDF"), blank=True, editable=False)

    history = HistoricalRecords()
    objects = VersieQuerySet.as_manager()

    class Meta:
        verbose_name = _("versie")
        verbose_name_plural = _("versies")
        ordering = ["agenda", "-nummer"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "nummer"], name="publicatie_versie_nummer_uniek_per_agenda"),
            keuze_constraint("status", VersieStatus, "publicatie_versie_status_geldig"),
            models.CheckConstraint(
                condition=Q(status=VersieStatus.CONCEPT) | Q(gepubliceerd_op__isnull=False, snapshot__isnull=False),
                name="publicatie_versie_gepubliceerd_met_momentopname",
            ),
        ]

    def __str__(self):
        return f"{self.agenda} — versie {self.nummer}: {self.label}"

    def save(self, *args, update_fields=None, **kwargs):
        # The last line of defence below forms and the admin: a published row only takes
        # writes to the fields that are not frozen.
        bewaakt = set(BEVROREN_VELDEN) | set(EENMALIG_VELDEN)
        raakt_bevroren = update_fields is None or _veldnamen(update_fields) & bewaakt
        if raakt_bevroren and self.gewijzigde_bevroren_velden():
            raise VersieBevrorenError()
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("publicatie:versie", kwargs={"agenda": self.agenda.slug, "nummer": self.nummer})

    def delete(self, *args, **kwargs):
        if self._opgeslagen_bevroren_waarden() is not None:
            raise VersieBevrorenError()
        return super().delete(*args, **kwargs)

    @property
    def is_gepubliceerd(self) -> bool:
        return self.status == VersieStatus.GEPUBLICEERD

    def _opgeslagen_bevroren_waarden(self) -> dict | None:
        """The frozen fields as stored, when the stored row is published; None otherwise."""
        if self.pk is None:
            return None
        kolommen = [self._meta.get_field(naam).attname for naam in BEVROREN_VELDEN + EENMALIG_VELDEN]
        opgeslagen = type(self)._base_manager.filter(pk=self.pk, status=VersieStatus.GEPUBLICEERD).values(*kolommen)
        return next(iter(opgeslagen), None)

    def gewijzigde_bevroren_velden(self) -> list[str]:
        opgeslagen = self._opgeslagen_bevroren_waarden()
        if opgeslagen is None:
            return []
        gewijzigd = []
        for kolom, waarde in opgeslagen.items():
            if kolom in EENMALIG_VELDEN:
                # Empty → set is the rendering after publishing; set → other is a swap.
                nieuw = getattr(getattr(self, kolom), "name", None) or ""
                if waarde and nieuw != waarde:
                    gewijzigd.append(kolom)
            elif getattr(self, kolom) != waarde:
                gewijzigd.append(kolom)
        return gewijzigd

    def clean(self):
        if self.gewijzigde_bevroren_velden():
            raise VersieBevrorenError()

    def opgaven_in_versie(self):
        """The omgevingsopgaven this version holds: those of its snapshot once published, else the live selection."""
        if self.is_gepubliceerd:
            slugs = [opgave["slug"] for opgave in (self.snapshot or {}).get("opgaven", [])]
            return Opgave.objects.filter(agenda_id=self.agenda_id, slug__in=slugs).in_volgorde()
        return publiceerbare_opgaven(self.agenda_id)

    @property
    def pdf_klaar(self) -> bool:
        return bool(self.pdf)

    @property
    def pdf_mislukt(self) -> bool:
        """Every attempt failed: the kernteam has to look (the error is in `pdf_fout`)."""
        return not self.pdf and bool(self.pdf_fout) and self.pdf_pogingen >= PDF_MAX_POGINGEN

    def pdf_url(self) -> str:
        return reverse("publicatie:pdf", kwargs={"agenda": self.agenda.slug, "nummer": self.nummer})


class ReactieCategorie(models.TextChoices):
    AANVULLING = "aanvulling", _("aanvulling")
    DUBBELING = "dubbeling", _("dubbeling met bestaand beleid")
    TEKSTUEEL = "tekstueel", _("tekstueel")
    FOCUS = "focus", _("focus en prioritering")
    OVERIG = "overig", _("overig")


class ReactieStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", _("ontvangen")
    VERWERKT = "verwerkt", _("verwerkt")
    NIET_OVERGENOMEN = "niet_overgenomen", _("niet overgenomen")


# A reactie may be this long; the form, its help text and the database column agree.
REACTIE_MAX_TEKENS = 5000


class ReactieQuerySet(models.QuerySet):
    def van_agenda(self, agenda):
        return self.filter(versie__agenda=agenda)

    def van_indiener(self, deelnemer):
        return self.filter(indiener=deelnemer)

    def afgehandeld(self):
        """Processed: verwerkt or niet overgenomen, always with an antwoord (the database sees to that)."""
        return self.exclude(status=ReactieStatus.ONTVANGEN)

    def openbaar_beantwoord(self):
        """What the public may read beside an opgave: processed, with an antwoord marked public."""
        return self.afgehandeld().filter(antwoord_openbaar=True).exclude(antwoord="")

    def met_gegevens(self):
        return self.select_related("versie", "opgave", "indiener", "organisatie", "verwerkt_in")

    def in_nota_volgorde(self):
        """The whole agenda first, then the opgaven in their order; within a group the oldest reactie first."""
        hele_agenda_eerst = models.Case(models.When(opgave__isnull=True, then=0), default=1)
        return self.order_by(
            hele_agenda_eerst,
            models.F("opgave__volgnummer").asc(nulls_last=True),
            "opgave__titel",
            "opgave",
            "ingediend_op",
            "pk",
        )


class Reactie(models.Model):
    """A written reaction on a concept version, about the whole agenda or one opgave."""

    versie = models.ForeignKey(Versie, verbose_name=_("versie"), on_delete=models.PROTECT, related_name="reacties")
    opgave = models.ForeignKey(
        Opgave,
        verbose_name=_("over opgave"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reacties",
        help_text=_("Leeg: over de hele agenda."),
    )
    indiener = models.ForeignKey(
        Deelnemer, verbose_name=_("indiener"), on_delete=models.PROTECT, related_name="reacties"
    )
    organisatie = models.ForeignKey(
        Organisatie, verbose_name=_("organisatie"), on_delete=models.PROTECT, related_name="reacties"
    )
    tekst = models.TextField(_("reactie"), max_length=REACTIE_MAX_TEKENS)
    categorie = models.CharField(_("categorie"), max_length=20, choices=ReactieCategorie.choices, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ReactieStatus.choices, default=ReactieStatus.ONTVANGEN
    )
    antwoord = models.TextField(_("antwoord van het kernteam"), blank=True)
    antwoord_openbaar = models.BooleanField(_("antwoord openbaar"), default=False)
    verwerkt_in = models.ForeignKey(
        Versie,
        verbose_name=_("verwerkt in versie"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verwerkte_reacties",
    )
    ingediend_op = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    # Sent along with the form, so a double click or a resent POST makes one reactie, not two.
    indieningssleutel = models.UUIDField(_("indieningssleutel"), null=True, blank=True, editable=False)

    history = HistoricalRecords()
    objects = ReactieQuerySet.as_manager()

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["versie", "-ingediend_op"]
        constraints = [
            keuze_constraint(
                "categorie", ReactieCategorie, "publicatie_reactie_categorie_geldig", leeg_toegestaan=True
            ),
            keuze_constraint("status", ReactieStatus, "publicatie_reactie_status_geldig"),
            models.CheckConstraint(
                condition=Q(status=ReactieStatus.ONTVANGEN) | ~Q(antwoord=""),
                name="publicatie_reactie_antwoord_bij_afhandeling",
            ),
            models.UniqueConstraint(fields=["indieningssleutel"], name="publicatie_reactie_indieningssleutel_uniek"),
        ]

    def __str__(self):
        return f"{self.organisatie}: {self.tekst[:60]}"

    def get_absolute_url(self):
        """The kernteam's page to process this reactie."""
        return reverse("publicatie:reactie_verwerken", kwargs={"agenda": self.versie.agenda.slug, "pk": self.pk})

    def clean(self):
        # The database keeps the antwoord rule too (a CheckConstraint); here it becomes an
        # error next to the field, in the admin and the kernteam's form alike.
        fouten = {}
        if self.status != ReactieStatus.ONTVANGEN and not self.antwoord.strip():
            fouten["antwoord"] = ValidationError(
                _("Schrijf een antwoord: een reactie die verwerkt of niet overgenomen is, krijgt altijd een antwoord."),
                code="antwoord_ontbreekt",
            )
        if self.versie_id is not None:
            if self.opgave_id is not None and self.opgave.agenda_id != self.versie.agenda_id:
                fouten["opgave"] = ValidationError(
                    _("Deze opgave hoort bij een andere agenda dan de versie."), code="andere_agenda"
                )
            if self.verwerkt_in_id is not None:
                if self.verwerkt_in.agenda_id != self.versie.agenda_id:
                    fouten["verwerkt_in"] = ValidationError(
                        _("Kies een versie van dezelfde agenda."), code="andere_agenda"
                    )
                elif self.verwerkt_in.nummer < self.versie.nummer:
                    fouten["verwerkt_in"] = ValidationError(
                        _("Een reactie op versie %(nummer)s kan niet in een eerdere versie verwerkt zijn.")
                        % {"nummer": self.versie.nummer},
                        code="eerdere_versie",
                    )
                elif self.status == ReactieStatus.NIET_OVERGENOMEN:
                    fouten["verwerkt_in"] = ValidationError(
                        _("Een reactie die niet is overgenomen, is in geen versie verwerkt: laat dit veld leeg."),
                        code="niet_overgenomen",
                    )
        if fouten:
            raise ValidationError(fouten)

    @property
    def is_afgehandeld(self) -> bool:
        return self.status != ReactieStatus.ONTVANGEN

    @property
    def indiener_weergave(self) -> str:
        """Who sent it, as public pages show it: the name only with consent, the organisation always."""
        if self.indiener.geanonimiseerd_op:
            # AVG: the person is gone; what they said stays, attributed to the kind of organisation only.
            return _("een deelnemer van een %(soort)s") % {"soort": self.organisatie.get_soort_display()}
        # The organisation stored with the reactie: the indiener may have moved on since.
        naam = self.indiener.naam if self.indiener.naam_publiek else None
        return publieke_weergave(naam, self.organisatie.naam, met_organisatie=True)

    def wijzigingskenmerk(self) -> str:
        """A fingerprint of what can change after submission, for optimistic locking of the processing form."""
        velden = {
            "tekst": self.tekst,
            "opgave": self.opgave_id,
            "categorie": self.categorie,
            "status": self.status,
            "antwoord": self.antwoord,
            "antwoord_openbaar": self.antwoord_openbaar,
            "verwerkt_in": self.verwerkt_in_id,
        }
        return vingerafdruk(velden)
