from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agenda.models import Agenda, Trend
from deelnemers.models import Bestuurslaag, Deelnemer, Organisatie
from deelnemers.permissions import ZichtbaarQuerySet
from kern.db import keuze_constraint, lengte_constraint
from kern.vergrendeling import vingerafdruk


class Schaalniveau(models.TextChoices):
    REGIO = "regio", _("regio")
    LANDSDEEL = "landsdeel", _("landsdeel")
    THEMA = "thema", _("thema")


class OpgaveStatus(models.TextChoices):
    VOORLOPIG = "voorlopig", _("voorlopige opgave")
    OMGEVINGSOPGAVE = "omgevingsopgave", _("omgevingsopgave")
    SAMENGEVOEGD = "samengevoegd", _("samengevoegd")
    VERVALLEN = "vervallen", _("vervallen")


# NULL volgnummers (opgaven not yet numbered) sort last on every database, so SQLite and PostgreSQL agree.
VOLGORDE = (F("volgnummer").asc(nulls_last=True), "titel")


# The longest texts a duo may write (issue 11: 2.4 MB was once accepted and frozen into a version).
# Generous: the demo's longest kern is under 300 characters; a printed page holds about 3.000.
SAMENVATTING_MAX_TEKENS = 2_000
KERN_MAX_TEKENS = 20_000
OMSCHRIJVING_MAX_TEKENS = 2_000

# What a duo edits of its opgave and of each actie (partners, a many-to-many, included). The edit
# form, the service that saves it, the bewerkstand and the kernteam's list of changes all read these.
OPGAVE_BEWERKVELDEN = ("samenvatting", "kern")
ACTIE_BEWERKVELDEN = ("soort", "omschrijving", "trekker", "partners", "vervolgtafel", "status")


class OpgaveQuerySet(ZichtbaarQuerySet):
    def in_volgorde(self):
        """By volgnummer, unnumbered opgaven last, then by titel."""
        return self.order_by(*VOLGORDE)

    def gepubliceerd(self):
        return self.filter(gepubliceerd=True, agenda__gepubliceerd=True)

    def voor_buitenstaander(self, user):
        return self.gepubliceerd()

    def omgevingsopgaven(self):
        """The selected opgaven of the agenda, in their order."""
        return self.filter(status=OpgaveStatus.OMGEVINGSOPGAVE).in_volgorde()

    def met_acties(self):
        return self.prefetch_related(models.Prefetch("acties", queryset=Actie.objects.met_organisaties()))

    def zoeken(self, tekst: str):
        """Opgaven that match `tekst`, best match first.

        On PostgreSQL with the Dutch configuration, so "steden" also finds "stad" and stop
        words are ignored; the title weighs more than gebied and samenvatting, those more than
        the kern. Other databases fall back to a plain substring match on the same fields.
        """
        tekst = (tekst or "").strip()
        if not tekst:
            return self
        if connection.vendor == "postgresql":
            vector = (
                SearchVector("titel", weight="A", config="dutch")
                + SearchVector("gebied", weight="B", config="dutch")
                + SearchVector("samenvatting", weight="B", config="dutch")
                + SearchVector("kern", weight="C", config="dutch")
            )
            zoekvraag = SearchQuery(tekst, config="dutch", search_type="websearch")
            return (
                self.annotate(zoekvector=vector, zoekrang=SearchRank(vector, zoekvraag))
                .filter(zoekvector=zoekvraag)
                .order_by("-zoekrang", *VOLGORDE)
            )
        return self.filter(
            Q(titel__icontains=tekst)
            | Q(gebied__icontains=tekst)
            | Q(samenvatting__icontains=tekst)
            | Q(kern__icontains=tekst)
        )

    def met_duo(self):
        return self.select_related("duo").prefetch_related(
            models.Prefetch("duo__leden", queryset=Deelnemer.objects.select_related("organisatie"))
        )


class Opgave(models.Model):
    """A shared opgave of Rijk and regio: voorlopig first, then selected as omgevingsopgave."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="opgaven")
    titel = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80)
    schaalniveau = models.CharField(_("schaalniveau"), max_length=20, choices=Schaalniveau.choices)
    gebied = models.CharField(_("gebied"), max_length=120, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=OpgaveStatus.choices, default=OpgaveStatus.VOORLOPIG)
    status_reden = models.TextField(
        _("reden van de status"), blank=True, help_text=_("Verplicht bij samengevoegd of vervallen.")
    )
    samengevoegd_in = models.ForeignKey(
        "self",
        verbose_name=_("samengevoegd in"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="samengevoegde_opgaven",
    )
    volgnummer = models.PositiveSmallIntegerField(
        _("volgnummer"), null=True, blank=True, help_text=_("Volgorde onder de omgevingsopgaven.")
    )
    samenvatting = models.TextField(
        _("samenvatting"), blank=True, max_length=SAMENVATTING_MAX_TEKENS, help_text=_("Markdown.")
    )
    kern = models.TextField(
        _("kern van de gezamenlijke opgave"), blank=True, max_length=KERN_MAX_TEKENS, help_text=_("Markdown.")
    )
    trends = models.ManyToManyField(Trend, verbose_name=_("trends"), blank=True, related_name="opgaven")
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    history = HistoricalRecords(m2m_fields=[trends])
    objects = OpgaveQuerySet.as_manager()

    class Meta:
        verbose_name = _("opgave")
        verbose_name_plural = _("opgaven")
        ordering = ["agenda", *VOLGORDE]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "slug"], name="opgaven_opgave_slug_uniek_per_agenda"),
            models.UniqueConstraint(
                fields=["agenda", "volgnummer"],
                condition=Q(volgnummer__isnull=False),
                name="opgaven_opgave_volgnummer_uniek_per_agenda",
            ),
            keuze_constraint("schaalniveau", Schaalniveau, "opgaven_opgave_schaalniveau_geldig"),
            keuze_constraint("status", OpgaveStatus, "opgaven_opgave_status_geldig"),
            lengte_constraint("samenvatting", SAMENVATTING_MAX_TEKENS, "opgaven_opgave_samenvatting_lengte"),
            lengte_constraint("kern", KERN_MAX_TEKENS, "opgaven_opgave_kern_lengte"),
            models.CheckConstraint(
                condition=Q(status=OpgaveStatus.SAMENGEVOEGD, samengevoegd_in__isnull=False)
                | (~Q(status=OpgaveStatus.SAMENGEVOEGD) & Q(samengevoegd_in__isnull=True)),
                name="opgaven_opgave_samengevoegd_in_bij_samenvoegen",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[OpgaveStatus.SAMENGEVOEGD, OpgaveStatus.VERVALLEN]) | ~Q(status_reden=""),
                name="opgaven_opgave_reden_bij_samengevoegd_of_vervallen",
            ),
            models.CheckConstraint(
                condition=~Q(samengevoegd_in=models.F("pk")), name="opgaven_opgave_niet_in_zichzelf"
            ),
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("opgaven:detail", kwargs={"agenda": self.agenda.slug, "slug": self.slug})

    def clean(self):
        if self.status == OpgaveStatus.SAMENGEVOEGD and not self.samengevoegd_in_id:
            raise ValidationError(
                {"samengevoegd_in": _("Kies de opgave waarin deze opgave is samengevoegd.")}, code="samengevoegd_in"
            )
        if self.status != OpgaveStatus.SAMENGEVOEGD and self.samengevoegd_in_id:
            raise ValidationError(
                {"samengevoegd_in": _("Alleen een samengevoegde opgave verwijst naar een andere opgave.")},
                code="samengevoegd_in",
            )
        if self.samengevoegd_in_id and self.samengevoegd_in_id == self.pk:
            raise ValidationError(
                {"samengevoegd_in": _("Een opgave kan niet in zichzelf worden samengevoegd.")}, code="zichzelf"
            )
        if self.samengevoegd_in_id and self.samengevoegd_in.agenda_id != self.agenda_id:
            raise ValidationError({"samengevoegd_in": _("Kies een opgave uit dezelfde agenda.")}, code="andere_agenda")
        if self.status in (OpgaveStatus.SAMENGEVOEGD, OpgaveStatus.VERVALLEN) and not self.status_reden.strip():
            raise ValidationError(
                {"status_reden": _("Geef de reden waarom deze opgave is samengevoegd of vervallen.")}, code="reden"
            )

    @property
    def is_omgevingsopgave(self) -> bool:
        return self.status == OpgaveStatus.OMGEVINGSOPGAVE

    @property
    def is_samengevoegd(self) -> bool:
        return self.status == OpgaveStatus.SAMENGEVOEGD

    @property
    def is_vervallen(self) -> bool:
        return self.status == OpgaveStatus.VERVALLEN

    def bewerkstand(self, acties=None) -> str:
        """A fingerprint of everything a duo edits: samenvatting, kern and every actie with its partners.

        The edit form carries it; a different fingerprint at save time means someone saved in
        between. Content rather than a counter or `gewijzigd_op`, so that a change of an actie
        in the admin (which does not touch the opgave row) also counts, and a change of fields
        the duo does not edit (titel, status) does not.
        """
        if acties is None:
            acties = self.acties.prefetch_related("partners")
        stand = {veld: getattr(self, veld) for veld in OPGAVE_BEWERKVELDEN}
        stand["acties"] = sorted([actie.pk, *actie.bewerkwaarden()] for actie in acties)
        return vingerafdruk(stand)


class ActieSoort(models.TextChoices):
    LOPEND = "lopend", _("lopende actie")
    NIEUW = "nieuw", _("nieuwe actie")


class ActieStatus(models.TextChoices):
    VOORGENOMEN = "voorgenomen", _("voorgenomen")
    IN_UITVOERING = "in_uitvoering", _("in uitvoering")
    AFGEROND = "afgerond", _("afgerond")


class ActieQuerySet(models.QuerySet):
    def met_organisaties(self):
        """With the trekker and the partners, as every page that shows or edits acties needs them."""
        return self.select_related("trekker").prefetch_related("partners")


class Actie(models.Model):
    """A running or new action of Rijk and regio on an opgave."""

    opgave = models.ForeignKey(Opgave, verbose_name=_("opgave"), on_delete=models.CASCADE, related_name="acties")
    soort = models.CharField(_("soort"), max_length=10, choices=ActieSoort.choices, default=ActieSoort.NIEUW)
    omschrijving = models.TextField(_("omschrijving"), max_length=OMSCHRIJVING_MAX_TEKENS)
    trekker = models.ForeignKey(
        Organisatie,
        verbose_name=_("trekker"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="getrokken_acties",
    )
    partners = models.ManyToManyField(
        Organisatie, verbose_name=_("partners"), blank=True, related_name="partner_in_acties"
    )
    vervolgtafel = models.CharField(
        _("vervolgtafel"), max_length=120, blank=True, help_text=_("Bijvoorbeeld BO-MIRT of een Regio Deal.")
    )
    status = models.CharField(_("status"), max_length=20, choices=ActieStatus.choices, default=ActieStatus.VOORGENOMEN)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords(m2m_fields=[partners])
    objects = ActieQuerySet.as_manager()

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["opgave", "soort", "volgorde", "pk"]
        constraints = [
            keuze_constraint("soort", ActieSoort, "opgaven_actie_soort_geldig"),
            keuze_constraint("status", ActieStatus, "opgaven_actie_status_geldig"),
            lengte_constraint("omschrijving", OMSCHRIJVING_MAX_TEKENS, "opgaven_actie_omschrijving_lengte"),
        ]

    def __str__(self):
        return self.omschrijving[:80]

    def bewerkwaarden(self) -> list:
        """The values of ACTIE_BEWERKVELDEN, comparable and serialisable: primary keys for the organisaties."""
        return [
            sorted(partner.pk for partner in self.partners.all())
            if veld == "partners"
            else getattr(self, self._meta.get_field(veld).attname)
            for veld in ACTIE_BEWERKVELDEN
        ]


def duo_leden_valideren(leden) -> None:
    """The duo rule: two or three people, at least one from the Rijk and one from the regio.

    Called wherever a duo is composed (admin form, services), since a many-to-many
    relation cannot be checked by a database constraint.
    """
    leden = list(leden)
    if not 2 <= len(leden) <= 3:
        raise ValidationError(
            _("Een duo bestaat uit twee of drie deelnemers; nu zijn het er %(aantal)d."),
            code="duo_aantal",
            params={"aantal": len(leden)},
        )
    lagen = {lid.organisatie.bestuurslaag for lid in leden}
    if Bestuurslaag.RIJK not in lagen or Bestuurslaag.REGIO not in lagen:
        raise ValidationError(
            _(
                "Een duo heeft minstens één deelnemer van een Rijksorganisatie (ministerie of rijksdienst) "
                "en één van een regionale organisatie (provincie, gemeente, regio of waterschap)."
            ),
            code="duo_samenstelling",
        )


class Duo(models.Model):
    """The Rijk–regio team that owns one omgevingsopgave."""

    opgave = models.OneToOneField(Opgave, verbose_name=_("opgave"), on_delete=models.CASCADE, related_name="duo")
    leden = models.ManyToManyField(Deelnemer, verbose_name=_("leden"), related_name="duos")

    history = HistoricalRecords(m2m_fields=[leden])

    class Meta:
        verbose_name = _("duo")
        verbose_name_plural = _("duo's")
        ordering = ["opgave__agenda", F("opgave__volgnummer").asc(nulls_last=True), "opgave__titel"]

    def __str__(self):
        return _("Duo %(opgave)s") % {"opgave": self.opgave}
