"""Read-only figures of the leerspoor: betrokkenheid, the risicokaart (kans × impact), poll results and
the fase report.

Each figure is a fixed number of aggregate queries, however many deelnames there are:
the counting happens in the database (Count(distinct=True) with conditional filters),
never in a Python loop over rows.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.utils.translation import gettext as _

from agenda.models import Fase, PerspectiefSoort
from deelnemers.models import Bestuurslaag, OrganisatieSoort, Profiel, bestuurslaag_q
from deelnemers.permissions import PUBLIEK
from tafels.models import BijeenkomstSoort, Deelname, Gesprekstafel

from .models import Antwoord, Citaat, KwadrantAspect, KwadrantOordeel, Leerervaring, Peiling, Vraag, VraagSoort

# The seed's lesson asks for a balance of generalists and specialists: a tafel where one
# profiel makes up more than this share of the people is flagged as skewed.
SCHEEF_GRENS = 0.75


def _personen(conditie: Q | None = None) -> Count:
    return Count("deelnemer", distinct=True, filter=conditie)


def _uitsplitsing() -> dict[str, Count]:
    """Distinct people in total, per bestuurslaag, per soort organisatie and per profiel."""
    tellers = {"totaal": _personen()}
    for laag in Bestuurslaag.values:
        tellers[f"laag_{laag}"] = _personen(bestuurslaag_q(laag, "deelnemer__organisatie__soort"))
    for soort in OrganisatieSoort.values:
        tellers[f"soort_{soort}"] = _personen(Q(deelnemer__organisatie__soort=soort))
    for profiel in Profiel.values:
        tellers[f"profiel_{profiel}"] = _personen(Q(deelnemer__profiel=profiel))
    return tellers


@dataclass
class Uitsplitsing:
    """The counts of one group of people (an agenda, a meeting type, a tafel)."""

    totaal: int
    per_bestuurslaag: list[tuple[str, str, int]]
    per_soort: list[tuple[str, str, int]]
    per_profiel: list[tuple[str, str, int]]

    @classmethod
    def uit(cls, rij: dict, prefix: str = "") -> "Uitsplitsing":
        def waarde(naam):
            return rij.get(f"{prefix}{naam}") or 0

        return cls(
            totaal=waarde("totaal"),
            per_bestuurslaag=[(w, str(label), waarde(f"laag_{w}")) for w, label in Bestuurslaag.choices],
            per_soort=[(w, str(label), waarde(f"soort_{w}")) for w, label in OrganisatieSoort.choices],
            per_profiel=[(w, str(label), waarde(f"profiel_{w}")) for w, label in Profiel.choices],
        )

    def aantal(self, groep: str, waarde: str) -> int:
        return next(n for w, _label, n in getattr(self, groep) if w == waarde)


@dataclass
class TafelBetrokkenheid:
    tafel: Gesprekstafel
    uitsplitsing: Uitsplitsing
    signalen: list[str] = field(default_factory=list)


@dataclass
class Betrokkenheid:
    agenda: object
    totaal: Uitsplitsing
    per_bijeenkomstsoort: list[tuple[str, str, int]]
    synthese: Uitsplitsing
    tafels: list[TafelBetrokkenheid]

    @property
    def gesignaleerde_tafels(self) -> list[TafelBetrokkenheid]:
        return [t for t in self.tafels if t.signalen]


def tafel_signalen(uitsplitsing: Uitsplitsing) -> list[str]:
    """The seed's lessons as flags: who is missing at this tafel, and is the balance skewed?"""
    if uitsplitsing.totaal == 0:
        return [_("geen deelnames geregistreerd")]
    signalen = []
    if uitsplitsing.aantal("per_soort", OrganisatieSoort.MAATSCHAPPELIJK) == 0:
        signalen.append(_("geen maatschappelijke organisatie"))
    if uitsplitsing.aantal("per_soort", OrganisatieSoort.BEDRIJFSLEVEN) == 0:
        signalen.append(_("geen private partij (bedrijfsleven)"))
    grootste = max(n for _w, _label, n in uitsplitsing.per_profiel)
    if grootste / uitsplitsing.totaal > SCHEEF_GRENS:
        signalen.append(
            _("scheve balans generalist/specialist (meer dan %(procent)s%% één profiel)")
            % {"procent": round(SCHEEF_GRENS * 100)}
        )
    return signalen


def betrokkenheid(agenda) -> Betrokkenheid:
    """Who took part in the agenda's meetings, counted as distinct people. Three queries."""
    deelnames = Deelname.objects.filter(bijeenkomst__agenda=agenda)

    tellers = _uitsplitsing()
    for soort in BijeenkomstSoort.values:
        tellers[f"bijeenkomst_{soort}"] = _personen(Q(bijeenkomst__soort=soort))
    synthese = Q(bijeenkomst__soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST)
    for naam, teller in _uitsplitsing().items():
        conditie = teller.filter & synthese if teller.filter is not None else synthese
        tellers[f"synthese_{naam}"] = _personen(conditie)
    totalen = deelnames.aggregate(**tellers)

    per_tafel = {
        rij["bijeenkomst__gesprekstafel"]: rij
        for rij in deelnames.filter(bijeenkomst__gesprekstafel__isnull=False)
        .values("bijeenkomst__gesprekstafel")
        .annotate(**_uitsplitsing())
        .order_by()
    }
    tafels = []
    for tafel in Gesprekstafel.objects.filter(agenda=agenda).order_by("volgorde", "titel"):
        uitsplitsing = Uitsplitsing.uit(per_tafel.get(tafel.pk, {}))
        tafels.append(TafelBetrokkenheid(tafel=tafel, uitsplitsing=uitsplitsing, signalen=tafel_signalen(uitsplitsing)))

    return Betrokkenheid(
        agenda=agenda,
        totaal=Uitsplitsing.uit(totalen),
        per_bijeenkomstsoort=[(w, str(label), totalen[f"bijeenkomst_{w}"]) for w, label in BijeenkomstSoort.choices],
        synthese=Uitsplitsing.uit(totalen, prefix="synthese_"),
        tafels=tafels,
    )


def risico_heatmap(risicos) -> list[dict]:
    """Rows impact 5→1, cells kans 1→5, each with its count and a label: one query."""
    aantallen = {
        (rij["kans"], rij["impact"]): rij["aantal"]
        for rij in risicos.order_by().values("kans", "impact").annotate(aantal=Count("pk"))
    }
    return [
        {
            "impact": impact,
            "cellen": [
                {
                    "kans": kans,
                    "score": kans * impact,
                    "niveau": risico_niveau(kans * impact),
                    "aantal": aantallen.get((kans, impact), 0),
                }
                for kans in range(1, 6)
            ],
        }
        for impact in range(5, 0, -1)
    ]


def risico_niveau(score: int) -> str:
    """The label that makes the risicokaart readable without colour."""
    if score >= 15:
        return "hoog"
    if score >= 8:
        return "middel"
    return "laag"


@dataclass
class VraagUitslag:
    vraag: Vraag
    keuzes: list[tuple[str, int]] = field(default_factory=list)
    open_antwoorden: list[str] = field(default_factory=list)

    @property
    def aantal(self) -> int:
        return sum(n for _label, n in self.keuzes) if self.keuzes else len(self.open_antwoorden)


def peiling_uitslagen(fase) -> list[tuple[Peiling, list[VraagUitslag]]]:
    """The polls of the fase's meetings that the public may see, with counts per choice and the open answers.

    Four queries.
    """
    peilingen = list(
        Peiling.objects.zichtbaar_voor(PUBLIEK)
        .filter(bijeenkomst__fase=fase)
        .select_related("bijeenkomst")
        .prefetch_related("vragen")
        .order_by("bijeenkomst__datum", "titel")
    )
    return uitslagen_van(peilingen)


def peiling_uitslag(peiling: Peiling) -> list[VraagUitslag]:
    """One poll's results, as the projector shows them while answers come in. Three queries."""
    prefetch_related_objects([peiling], "vragen")
    return uitslagen_van([peiling])[0][1]


def uitslagen_van(peilingen: list[Peiling]) -> list[tuple[Peiling, list[VraagUitslag]]]:
    """Counts per choice and the open answers of polls whose `vragen` are prefetched. Two queries.

    The fase report and the projector share this, so a result reads the same in both places.
    """
    if not peilingen:
        return []
    antwoorden = Antwoord.objects.filter(vraag__peiling__in=peilingen)
    tellingen = {}
    for rij in antwoorden.exclude(vraag__soort=VraagSoort.OPEN).values("vraag", "waarde").annotate(n=Count("pk")):
        tellingen[(rij["vraag"], rij["waarde"].strip())] = rij["n"]
    open_antwoorden = {}
    open_rijen = antwoorden.filter(vraag__soort=VraagSoort.OPEN).order_by("gegeven_op", "pk")
    for vraag_id, waarde in open_rijen.values_list("vraag", "waarde"):
        open_antwoorden.setdefault(vraag_id, []).append(waarde)

    uitslagen = []
    for peiling in peilingen:
        per_vraag = []
        for vraag in peiling.vragen.all():
            uitslag = VraagUitslag(vraag=vraag)
            if vraag.soort == VraagSoort.OPEN:
                uitslag.open_antwoorden = open_antwoorden.get(vraag.pk, [])
            else:
                uitslag.keuzes = [
                    (weergave, tellingen.get((vraag.pk, waarde), 0)) for waarde, weergave in vraag.antwoordkeuzes()
                ]
            per_vraag.append(uitslag)
        uitslagen.append((peiling, per_vraag))
    return uitslagen


def fase_verslag(fase: Fase) -> dict:
    """Everything the fase report shows, on screen and in the PDF; a fixed number of queries.

    The report is a public document, the same for every viewer (so its PDF is one file): it asks
    each rule for PUBLIEK, as a published version does.
    """
    agenda = fase.agenda

    lijnen = list(agenda.uitwerkingslijnen.all())
    activiteiten_per_lijn = {lijn.pk: [] for lijn in lijnen}
    for activiteit in fase.activiteiten.all():
        activiteiten_per_lijn.setdefault(activiteit.lijn_id, []).append(activiteit)
    for lijn in lijnen:
        lijn.fase_activiteiten = activiteiten_per_lijn[lijn.pk]

    leerervaringen = Leerervaring.objects.filter(fase=fase)
    percepties = list(
        leerervaringen.percepties().prefetch_related(
            Prefetch(
                "citaten", queryset=Citaat.objects.publiek().order_by("volgorde", "pk"), to_attr="publieke_citaten"
            )
        )
    )
    in_kwadrant = list(leerervaringen.kwadrant())
    kwadrant = {
        f"{aspect}_{kort}": [le for le in in_kwadrant if (le.oordeel, le.aspect) == (oordeel, aspect)]
        for oordeel, kort in ((KwadrantOordeel.GAAT_GOED, "goed"), (KwadrantOordeel.KAN_BETER, "beter"))
        for aspect in KwadrantAspect.values
    }
    # Quotes shown on their own: without a place, or placed after a leerervaring the text
    # does not quote under (one of another fase, or one in the kwadrant).
    onder_perceptie = {le.pk for le in percepties}
    losse_citaten = [
        c
        for c in Citaat.objects.publiek().filter(fase=fase).order_by("volgorde", "pk")
        if c.na_leerervaring_id not in onder_perceptie
    ]

    perspectief = list(agenda.perspectief_onderdelen.all())
    trends = list(agenda.trends.all()) if any(o.soort == PerspectiefSoort.BEWEGING for o in perspectief) else []

    fases = list(agenda.fases.order_by("nummer").only("pk", "nummer", "naam", "agenda_id"))
    index = next(i for i, f in enumerate(fases) if f.pk == fase.pk)

    return {
        "agenda": agenda,
        "fase": fase,
        "lijnen": lijnen,
        "heeft_resultaten": any(lijn.resultaat for lijn in lijnen),
        "heeft_activiteiten": any(lijn.fase_activiteiten for lijn in lijnen),
        "percepties": percepties,
        "kwadrant": kwadrant,
        "heeft_kwadrant": any(kwadrant.values()),
        "losse_citaten": losse_citaten,
        "perspectief": perspectief,
        "trends": trends,
        "peilingen": peiling_uitslagen(fase),
        "vorige_fase": fases[index - 1] if index > 0 else None,
        "volgende_fase": fases[index + 1] if index + 1 < len(fases) else None,
    }
