import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agenda.models import Agenda, Fase
from deelnemers.models import Deelnemer
from deelnemers.permissions import ZichtbaarQuerySet
from kern.db import keuze_constraint
from tafels.models import KERNTEAM_SOORTEN, Bijeenkomst, BijeenkomstSoort


class KwadrantOordeel(models.TextChoices):
    GAAT_GOED = "gaat_goed", _("gaat goed")
    KAN_BETER = "kan_beter", _("kan beter")


class KwadrantAspect(models.TextChoices):
    INHOUD = "inhoud", _("inhoud")
    PROCES = "proces", _("proces")


class LeerervaringQuerySet(models.QuerySet):
    def percepties(self):
        """The *percepties en leerervaringen* of the fase report (outside the kwadrant)."""
        return self.filter(oordeel="")

    def kwadrant(self):
        return self.exclude(oordeel="")


class Leerervaring(models.Model):
    """Something the process learnt; with oordeel and aspect it sits in the kwadrant."""

    fase = models.ForeignKey(Fase, verbose_name=_("fase"), on_delete=models.CASCADE, related_name="leerervaringen")
    tekst = models.TextField(_("tekst"))
    bron = models.ForeignKey(
        Bijeenkomst,
        verbose_name=_("bron (bijeenkomst)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="leerervaringen",
    )
    oordeel = models.CharField(_("kwadrant: oordeel"), max_length=10, choices=KwadrantOordeel.choices, blank=True)
    aspect = models.CharField(_("kwadrant: aspect"), max_length=10, choices=KwadrantAspect.choices, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()
    objects = LeerervaringQuerySet.as_manager()

    class Meta:
        verbose_name = _("leerervaring")
        verbose_name_plural = _("leerervaringen")
        ordering = ["fase", "volgorde", "pk"]
        constraints = [
            keuze_constraint("oordeel", KwadrantOordeel, "leerspoor_leerervaring_oordeel_geldig", leeg_toegestaan=True),
            keuze_constraint("aspect", KwadrantAspect, "leerspoor_leerervaring_aspect_geldig", leeg_toegestaan=True),
            # A place in the kwadrant needs both axes, or neither.
            models.CheckConstraint(
                condition=(Q(oordeel="") & Q(aspect="")) | (~Q(oordeel="") & ~Q(aspect="")),
                name="leerspoor_leerervaring_kwadrant_volledig",
            ),
        ]

    def __str__(self):
        return self.tekst[:80]


class CitaatQuerySet(models.QuerySet):
    def publiek(self):
        """Only quotes whose speaker consented may appear on public pages."""
        return self.filter(toestemming=True)


class Citaat(models.Model):
    """A participant's words, attributed by role only ("deelnemer gesprekstafel Twente")."""

    fase = models.ForeignKey(Fase, verbose_name=_("fase"), on_delete=models.CASCADE, related_name="citaten")
    tekst = models.TextField(_("citaat"))
    bron = models.ForeignKey(
        Bijeenkomst,
        verbose_name=_("bron (bijeenkomst)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citaten",
    )
    toeschrijving = models.CharField(_("toeschrijving"), max_length=200)
    toestemming = models.BooleanField(
        _("toestemming voor publicatie"), default=False, help_text=_("Alleen citaten met toestemming zijn openbaar.")
    )
    na_leerervaring = models.ForeignKey(
        Leerervaring,
        verbose_name=_("plaats: na leerervaring"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citaten",
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()
    objects = CitaatQuerySet.as_manager()

    class Meta:
        verbose_name = _("citaat")
        verbose_name_plural = _("citaten")
        ordering = ["fase", "volgorde", "pk"]

    def __str__(self):
        return f"“{self.tekst[:60]}…” — {self.toeschrijving}"


class RisicoStatus(models.TextChoices):
    OPEN = "open", _("open")
    BEHEERST = "beheerst", _("beheerst")
    GESLOTEN = "gesloten", _("gesloten")


SCHAAL_1_5 = Q(kans__gte=1, kans__lte=5, impact__gte=1, impact__lte=5)


def kernteamoverleggen_tot(op=None):
    """Kernteamoverleggen held on or before `op` (today), the latest first.

    The first of an agenda is "the most recent overleg" of te_bespreken(), and the risk page
    names that same overleg: a planned overleg has not discussed anything yet.
    """
    op = op or timezone.localdate()
    return Bijeenkomst.objects.filter(soort=BijeenkomstSoort.KERNTEAMOVERLEG, datum__lte=op).order_by("-datum", "-pk")


class RisicoQuerySet(models.QuerySet):
    def actief(self):
        return self.exclude(status=RisicoStatus.GESLOTEN)

    def van_agenda(self, agenda):
        return self.filter(agenda=agenda)

    def met_risicoscore(self):
        # Named `risicoscore`, not `score`: the model's `score` property cannot be assigned to.
        return self.annotate(risicoscore=F("kans") * F("impact"))

    def minimaal_score(self, score: int):
        return self.met_risicoscore().filter(risicoscore__gte=score)

    def met_besprekingen(self):
        """Each risk with its reviews in date order as `verloop` (for the trend), at a fixed query cost."""
        return self.select_related("eigenaar__organisatie").prefetch_related(
            Prefetch(
                "besprekingen",
                queryset=RisicoBespreking.objects.select_related("bijeenkomst").order_by("bijeenkomst__datum", "pk"),
                to_attr="verloop",
            )
        )

    def niet_besproken_op(self, overleg):
        """Active risks of the overleg's agenda without a review at that overleg."""
        return (
            self.actief()
            .filter(agenda_id=overleg.agenda_id)
            .exclude(Exists(RisicoBespreking.objects.filter(risico=OuterRef("pk"), bijeenkomst=overleg)))
        )

    def te_bespreken(self, op=None):
        """Active risks not discussed at the most recent kernteamoverleg of their agenda.

        "Most recent" is the latest kernteamoverleg on or before `op` (today): a planned
        overleg has not discussed anything yet. Without any overleg every active risk is due.
        """
        laatste_overleg = kernteamoverleggen_tot(op).filter(agenda=OuterRef("agenda")).values("pk")[:1]
        besproken = RisicoBespreking.objects.filter(risico=OuterRef("pk"), bijeenkomst=OuterRef("laatste_overleg"))
        return self.actief().annotate(laatste_overleg=Subquery(laatste_overleg)).exclude(Exists(besproken))


class Risico(models.Model):
    """A risk on the way to an Omgevingsagenda mét meerwaarde. Kernteam only."""

    agenda = models.ForeignKey(Agenda, verbose_name=_("agenda"), on_delete=models.CASCADE, related_name="risicos")
    titel = models.CharField(_("titel"), max_length=200)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    kans = models.PositiveSmallIntegerField(_("kans (1–5)"))
    impact = models.PositiveSmallIntegerField(_("impact (1–5)"))
    eigenaar = models.ForeignKey(
        Deelnemer,
        verbose_name=_("eigenaar"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="risicos",
    )
    beheersmaatregelen = models.TextField(_("beheersmaatregelen"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=RisicoStatus.choices, default=RisicoStatus.OPEN)
    bron = models.ForeignKey(
        Bijeenkomst,
        verbose_name=_("benoemd tijdens"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="benoemde_risicos",
    )

    history = HistoricalRecords()
    objects = RisicoQuerySet.as_manager()

    class Meta:
        verbose_name = _("risico")
        verbose_name_plural = _("risico's")
        ordering = ["agenda", "titel"]
        constraints = [
            models.CheckConstraint(condition=SCHAAL_1_5, name="leerspoor_risico_kans_impact_1_5"),
            keuze_constraint("status", RisicoStatus, "leerspoor_risico_status_geldig"),
        ]

    def __str__(self):
        return self.titel

    @property
    def score(self) -> int:
        return self.kans * self.impact


class RisicoBespreking(models.Model):
    """The review of a risk at a kernteamoverleg, with its score at that moment."""

    risico = models.ForeignKey(Risico, verbose_name=_("risico"), on_delete=models.CASCADE, related_name="besprekingen")
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, verbose_name=_("kernteamoverleg"), on_delete=models.CASCADE, related_name="risicobesprekingen"
    )
    kans = models.PositiveSmallIntegerField(_("kans (1–5)"))
    impact = models.PositiveSmallIntegerField(_("impact (1–5)"))
    toelichting = models.TextField(_("toelichting"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("risicobespreking")
        verbose_name_plural = _("risicobesprekingen")
        ordering = ["risico", "bijeenkomst__datum"]
        constraints = [
            models.UniqueConstraint(fields=["risico", "bijeenkomst"], name="leerspoor_risicobespreking_uniek"),
            models.CheckConstraint(condition=SCHAAL_1_5, name="leerspoor_risicobespreking_kans_impact_1_5"),
        ]

    def __str__(self):
        return f"{self.risico} — {self.bijeenkomst}"

    @property
    def score(self) -> int:
        return self.kans * self.impact


class PeilingStatus(models.TextChoices):
    VOORBEREID = "voorbereid", _("voorbereid")
    OPEN = "open", _("open")
    GESLOTEN = "gesloten", _("gesloten")


def nieuw_token() -> str:
    return secrets.token_urlsafe(12)


class PeilingQuerySet(ZichtbaarQuerySet):
    def met_uitslag(self):
        """Polls that have been opened; a prepared poll has no answers to show."""
        return self.exclude(status=PeilingStatus.VOORBEREID)

    def open(self):
        return self.filter(status=PeilingStatus.OPEN)

    def bij_deelnemers(self):
        """Not at a kernteam-only bijeenkomst: Peiling.clean refuses those, and this keeps one that slipped in
        (QuerySet.update(), an older row) off every page and unanswerable."""
        return self.exclude(bijeenkomst__soort__in=KERNTEAM_SOORTEN)

    def voor_buitenstaander(self, user):
        """Polls that have been opened, at a bijeenkomst with deelnemers."""
        return self.met_uitslag().bij_deelnemers()

    def van_agenda(self, agenda):
        return self.filter(bijeenkomst__agenda=agenda)

    def met_aantallen(self):
        """Each poll with its number of questions and of respondents (distinct pseudonymous keys)."""
        return self.annotate(
            aantal_vragen=Count("vragen", distinct=True),
            aantal_respondenten=Count("vragen__antwoorden__respondent", distinct=True),
        )


class Peiling(models.Model):
    """A poll among those present at a bijeenkomst."""

    bijeenkomst = models.ForeignKey(
        Bijeenkomst, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="peilingen"
    )
    titel = models.CharField(_("titel"), max_length=200)
    status = models.CharField(
        _("status"), max_length=12, choices=PeilingStatus.choices, default=PeilingStatus.VOORBEREID
    )
    zonder_account = models.BooleanField(
        _("ook zonder account"), default=False, help_text=_("Aanwezigen zonder account mogen antwoorden via de link.")
    )
    token = models.CharField(_("token"), max_length=32, unique=True, default=nieuw_token, editable=False)

    history = HistoricalRecords()
    objects = PeilingQuerySet.as_manager()

    class Meta:
        verbose_name = _("peiling")
        verbose_name_plural = _("peilingen")
        ordering = ["bijeenkomst", "titel"]
        constraints = [keuze_constraint("status", PeilingStatus, "leerspoor_peiling_status_geldig")]

    def __str__(self):
        return self.titel

    def clean(self):
        # Those present answer a poll and its results are public on the fase page: never at a meeting
        # that only the kernteam may know of.
        if self.bijeenkomst_id and self.bijeenkomst.soort in KERNTEAM_SOORTEN:
            raise ValidationError(
                {
                    "bijeenkomst": ValidationError(
                        _("Een peiling hoort bij een bijeenkomst met deelnemers, niet bij een %(soort)s."),
                        code="kernteam_bijeenkomst",
                        params={"soort": self.bijeenkomst.get_soort_display()},
                    )
                }
            )


class VraagSoort(models.TextChoices):
    SCHAAL = "schaal", _("schaal (1–5)")
    KEUZE = "keuze", _("keuze")
    OPEN = "open", _("open vraag")


# A scale question is answered with 1 to 5.
SCHAAL_STAPPEN = 5


class Vraag(models.Model):
    peiling = models.ForeignKey(Peiling, verbose_name=_("peiling"), on_delete=models.CASCADE, related_name="vragen")
    tekst = models.CharField(_("vraag"), max_length=300)
    soort = models.CharField(_("soort"), max_length=10, choices=VraagSoort.choices)
    keuzes = models.TextField(
        _("keuzes"), blank=True, help_text=_("Eén keuze per regel; bij een schaal de vijf labels van 1 tot 5.")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["peiling", "volgorde", "pk"]
        constraints = [keuze_constraint("soort", VraagSoort, "leerspoor_vraag_soort_geldig")]

    def __str__(self):
        return self.tekst

    @property
    def keuzelijst(self) -> list[str]:
        return [regel.strip() for regel in self.keuzes.splitlines() if regel.strip()]

    def schaal_keuzes(self) -> list[tuple[str, str]]:
        """The five answers of a scale question as (stored value, what people read): ("2", "2 – weinig bekend").

        Always 1 to 5, whatever number of labels was typed: the form, the stored answers, the
        results and the respondent's own overview all use this one list, so no answer drops out.
        """
        labels = (self.keuzelijst + [""] * SCHAAL_STAPPEN)[:SCHAAL_STAPPEN]
        return [(str(i), f"{i} – {label}" if label else str(i)) for i, label in enumerate(labels, start=1)]

    def antwoordkeuzes(self) -> list[tuple[str, str]]:
        """What one may answer, as (stored value, what people read); empty for an open question.

        The one list the answer form, the results and the respondent's overview read.
        """
        if self.soort == VraagSoort.SCHAAL:
            return self.schaal_keuzes()
        if self.soort == VraagSoort.KEUZE:
            return [(label, label) for label in self.keuzelijst]
        return []

    def leesbaar(self, waarde: str) -> str:
        """A stored answer as the respondent chose it: a scale value with its label."""
        return dict(self.antwoordkeuzes()).get(waarde, waarde)

    def clean(self):
        if self.soort == VraagSoort.KEUZE and not self.keuzelijst:
            raise ValidationError(
                {"keuzes": _("Een keuzevraag heeft keuzes nodig: zet één keuze per regel.")}, code="keuzes_ontbreken"
            )


class AntwoordQuerySet(models.QuerySet):
    def van_respondent(self, peiling, respondent: str):
        """One respondent's answers in one poll (to show what they answered, never to whom)."""
        return self.filter(vraag__peiling=peiling, respondent=respondent)


class Antwoord(models.Model):
    """An anonymous answer; `respondent` is a pseudonymous key, one answer per key per question."""

    vraag = models.ForeignKey(Vraag, verbose_name=_("vraag"), on_delete=models.CASCADE, related_name="antwoorden")
    respondent = models.CharField(_("respondent (pseudoniem)"), max_length=64)
    waarde = models.TextField(_("antwoord"))
    gegeven_op = models.DateTimeField(_("gegeven op"), auto_now_add=True)

    objects = AntwoordQuerySet.as_manager()

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        ordering = ["vraag", "gegeven_op"]
        constraints = [
            models.UniqueConstraint(fields=["vraag", "respondent"], name="leerspoor_antwoord_een_per_respondent")
        ]

    def __str__(self):
        return self.waarde[:60]
