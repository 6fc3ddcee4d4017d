"""A large fictitious agenda for benchmarks and query-budget tests (`manage.py demo --groot`).

At schaal 1.0: 500 opgaven with 10 acties each (trekker and partners), 2,000 deelnemers,
100 gesprekstafels with a bijeenkomst and deelnames each, duo's, trends and the meetings
around them. Everything is fictitious and labelled so. Written with bulk_create for speed,
which skips simple_history on purpose: this is generated test data, not an edit by anyone.
"""

import datetime
import itertools

from django.db import transaction

from agenda.models import Agenda, Fase, Landsdeel, PerspectiefOnderdeel, PerspectiefSoort, Trend, TrendSoort
from deelnemers.models import Deelnemer, Organisatie, OrganisatieSoort, Profiel
from opgaven.models import Actie, ActieSoort, ActieStatus, Duo, Opgave, OpgaveStatus, Schaalniveau
from tafels.models import Bijeenkomst, BijeenkomstSoort, Deelname, DeelnameRol, Gesprekstafel

ACTIES_PER_OPGAVE = 10
OPGAVEN_PER_TAFEL = 5
DEELNAMES_PER_TAFEL = 20

_VOOR = ["Aal", "Brem", "Dier", "Ekel", "Gros", "Hol", "Lin", "Mar", "Oos", "Ree", "Stav", "Wes"]
_ACHTER = ["dorp", "hem", "lo", "veen", "wijk", "voorde"]
PLAATSEN = [v + a for v, a in itertools.product(_VOOR, _ACHTER)]  # 72 fictitious places

THEMA_S = [
    "Klimaatadaptatie",
    "Woningbouw en verstedelijking",
    "Energietransitie",
    "Bereikbaarheid",
    "Natuurherstel",
    "Kenniseconomie",
    "Waterveiligheid",
    "Landbouwtransitie",
    "Circulaire economie",
    "Vitale binnensteden",
]
VOORNAMEN = ["Anne", "Bas", "Carla", "Daan", "Eline", "Floor", "Gert", "Hanna", "Iris", "Joost", "Karin", "Lars"]
ACHTERNAMEN = ["Aalbers", "Brink", "Custers", "Dijkhuis", "Everts", "Frerichs", "Geerdink", "Hofstede", "Jonkman"]
VERVOLGTAFELS = ["BO-MIRT", "Regio Deal", "", "Provinciaal programma"]


def _schrijf(stdout, tekst):
    if stdout is not None:
        stdout.write(tekst)


def _aantal(basis: int, schaal: float, minimum: int) -> int:
    return max(minimum, round(basis * schaal))


def _organisaties(slug: str) -> tuple[list[Organisatie], list[Organisatie], list[Organisatie]]:
    """Fictitious organisations (Rijk, regio, overig), reused when they already exist."""
    namen = (
        [(f"Ministerie van Fictieve Zaken {n}", OrganisatieSoort.MINISTERIE) for n in range(1, 5)]
        + [(f"Rijksdienst voor Proefgegevens {n}", OrganisatieSoort.RIJKSDIENST) for n in range(1, 3)]
        + [(f"Provincie {p}", OrganisatieSoort.PROVINCIE) for p in PLAATSEN[:2]]
        + [(f"Gemeente {p}", OrganisatieSoort.GEMEENTE) for p in PLAATSEN[2:30]]
        + [(f"Regio {p}", OrganisatieSoort.REGIO) for p in PLAATSEN[30:34]]
        + [(f"Waterschap {p}", OrganisatieSoort.WATERSCHAP) for p in PLAATSEN[34:37]]
        + [(f"Hogeschool {p}", OrganisatieSoort.KENNISINSTELLING) for p in PLAATSEN[37:40]]
        + [(f"Ondernemersvereniging {p}", OrganisatieSoort.BEDRIJFSLEVEN) for p in PLAATSEN[40:43]]
        + [(f"Stichting Landschap {p}", OrganisatieSoort.MAATSCHAPPELIJK) for p in PLAATSEN[43:46]]
        + [(f"Adviesbureau {p}", OrganisatieSoort.ADVIESBUREAU) for p in PLAATSEN[46:48]]
    )
    bestaand = {o.naam: o for o in Organisatie.objects.filter(naam__in=[naam for naam, _ in namen])}
    nieuw = [Organisatie(naam=naam, soort=soort) for naam, soort in namen if naam not in bestaand]
    Organisatie.objects.bulk_create(nieuw)
    alle = list(Organisatie.objects.filter(naam__in=[naam for naam, _ in namen]).order_by("pk"))
    rijk = [o for o in alle if o.soort in Organisatie.SOORTEN_RIJK]
    regio = [o for o in alle if o.soort in Organisatie.SOORTEN_REGIO]
    return rijk, regio, alle


def groot_laden(stdout=None, schaal: float = 1.0, *, slug: str = "groot") -> Agenda | None:
    """Add the large agenda `slug`; does nothing when an agenda with that slug exists."""
    if Agenda.objects.filter(slug=slug).exists():
        _schrijf(stdout, f"De grote agenda '{slug}' bestaat al; er is niets veranderd.")
        return None
    with transaction.atomic():
        agenda = _laden(slug, schaal)
    _schrijf(
        stdout,
        f"Grote agenda '{slug}' geladen: {agenda.opgaven.count()} opgaven, "
        f"{Actie.objects.filter(opgave__agenda=agenda).count()} acties, "
        f"{agenda.gesprekstafels.count()} gesprekstafels, {agenda.bijeenkomsten.count()} bijeenkomsten.",
    )
    return agenda


def _laden(slug: str, schaal: float) -> Agenda:
    n_opgaven = _aantal(500, schaal, 20)
    n_deelnemers = _aantal(2000, schaal, 100)
    n_tafels = _aantal(100, schaal, 4)
    n_trends = _aantal(30, schaal, 6)

    agenda = Agenda(
        naam=f"Omgevingsagenda Groot ({slug})",
        slug=slug,
        landsdeel=Landsdeel.NOORD,
        inleiding=(
            "Een **fictieve** omgevingsagenda met veel gegevens, om te meten of de site ook bij "
            "een grote agenda vlot blijft. Alle namen en teksten zijn verzonnen."
        ),
        gepubliceerd=True,
    )
    agenda.full_clean()
    agenda.save()

    fases = Fase.objects.bulk_create(
        [
            Fase(agenda=agenda, nummer=1, naam="Agendering van de opgaven"),
            Fase(agenda=agenda, nummer=2, naam="Alliantievorming en agenda-ontwikkeling"),
            Fase(agenda=agenda, nummer=3, naam="Adaptief besluiten en rapporteren"),
        ]
    )
    PerspectiefOnderdeel.objects.bulk_create(
        [
            PerspectiefOnderdeel(
                agenda=agenda,
                soort=soort,
                titel=soort.label,
                volgorde=volgorde,
                tekst=f"Fictieve tekst over {soort.label.lower()} van het landsdeel.",
            )
            for volgorde, soort in enumerate(PerspectiefSoort, start=1)
        ]
    )
    soorten = list(TrendSoort)
    trends = Trend.objects.bulk_create(
        [
            Trend(
                agenda=agenda,
                naam=f"{THEMA_S[n % len(THEMA_S)]}: ontwikkeling {n + 1}",
                soort=soorten[n % len(soorten)],
                beschrijving="Een fictieve beschrijving van deze ontwikkeling.",
            )
            for n in range(n_trends)
        ]
    )

    rijk, regio, organisaties = _organisaties(slug)
    deelnemers = Deelnemer.objects.bulk_create(
        [
            Deelnemer(
                naam=f"{VOORNAMEN[n % len(VOORNAMEN)]} {ACHTERNAMEN[(n // len(VOORNAMEN)) % len(ACHTERNAMEN)]} {n + 1}",
                organisatie=organisaties[n % len(organisaties)],
                functie="beleidsadviseur" if n % 2 else "strateeg",
                email=f"deelnemer{n + 1}@{slug}.voorbeeld.nl",
                telefoon=f"06-{10000000 + n}",
                profiel=Profiel.SPECIALIST if n % 3 == 0 else Profiel.GENERALIST,
                naam_publiek=n % 3 != 1,
            )
            for n in range(n_deelnemers)
        ]
    )
    rijk_ids = {o.pk for o in rijk}
    regio_ids = {o.pk for o in regio}
    rijk_deelnemers = [d for d in deelnemers if d.organisatie_id in rijk_ids]
    regio_deelnemers = [d for d in deelnemers if d.organisatie_id in regio_ids]

    opgaven = _opgaven(agenda, n_opgaven)
    _acties(opgaven, organisaties)

    Opgave.trends.through.objects.bulk_create(
        [
            Opgave.trends.through(opgave_id=opgave.pk, trend_id=trends[(i + k) % len(trends)].pk)
            for i, opgave in enumerate(opgaven)
            for k in (0, 1)
        ]
    )

    met_duo = [o for o in opgaven if o.status in (OpgaveStatus.OMGEVINGSOPGAVE, OpgaveStatus.VOORLOPIG)]
    duos = Duo.objects.bulk_create([Duo(opgave=opgave) for opgave in met_duo])
    leden = []
    for i, duo in enumerate(duos):
        gekozen = {rijk_deelnemers[i % len(rijk_deelnemers)].pk, regio_deelnemers[i % len(regio_deelnemers)].pk}
        if i % 3 == 0:
            gekozen.add(regio_deelnemers[(i + 7) % len(regio_deelnemers)].pk)
        leden += [Duo.leden.through(duo_id=duo.pk, deelnemer_id=pk) for pk in gekozen]
    Duo.leden.through.objects.bulk_create(leden)

    _tafels_en_bijeenkomsten(agenda, fases, opgaven, deelnemers, n_tafels, schaal)
    return agenda


def _opgaven(agenda: Agenda, aantal: int) -> list[Opgave]:
    schaalniveaus = list(Schaalniveau)
    nieuw, samen = [], []
    for i in range(aantal):
        thema = THEMA_S[i % len(THEMA_S)]
        gebied = f"Regio {PLAATSEN[(i // len(THEMA_S)) % len(PLAATSEN)]}"
        velden = {
            "agenda": agenda,
            "titel": f"{thema} {gebied} ({i + 1})",
            "slug": f"opgave-{i + 1:04d}",
            "schaalniveau": schaalniveaus[i % len(schaalniveaus)],
            "gebied": gebied,
            "samenvatting": (
                f"Rijk en regio werken samen aan {thema.lower()} in {gebied}. "
                "De woningbouw, de bereikbaarheid en het water vragen om een gebiedsgerichte aanpak."
            ),
            "kern": (
                f"De kern van deze fictieve opgave: {thema.lower()} verbinden met de andere transities in het "
                "gebied, zodat investeringen van Rijk en regio elkaar versterken."
            ),
            "gepubliceerd": i % 25 != 24,
        }
        if i % 10 == 0:
            nieuw.append(Opgave(status=OpgaveStatus.OMGEVINGSOPGAVE, volgnummer=i // 10 + 1, **velden))
        elif i % 10 == 7:
            reden = "Opgegaan in een bestaand programma."
            nieuw.append(Opgave(status=OpgaveStatus.VERVALLEN, status_reden=reden, **velden))
        elif i % 10 == 8:
            samen.append((i - 8, Opgave(status=OpgaveStatus.SAMENGEVOEGD, status_reden="Zelfde gebied.", **velden)))
        else:
            nieuw.append(Opgave(status=OpgaveStatus.VOORLOPIG, **velden))
    nieuw = Opgave.objects.bulk_create(nieuw)
    per_slug = {o.slug: o for o in nieuw}
    for doel, opgave in samen:
        opgave.samengevoegd_in = per_slug[f"opgave-{doel + 1:04d}"]
    samen = Opgave.objects.bulk_create([o for _, o in samen])
    return nieuw + samen


def _acties(opgaven: list[Opgave], organisaties: list[Organisatie]) -> None:
    statussen = list(ActieStatus)
    acties = Actie.objects.bulk_create(
        [
            Actie(
                opgave=opgave,
                soort=ActieSoort.LOPEND if j < ACTIES_PER_OPGAVE // 2 else ActieSoort.NIEUW,
                omschrijving=f"Fictieve actie {j + 1} bij {opgave.titel}: samen plannen maken en uitvoeren.",
                trekker=organisaties[(i * ACTIES_PER_OPGAVE + j) % len(organisaties)],
                vervolgtafel=VERVOLGTAFELS[j % len(VERVOLGTAFELS)],
                status=statussen[j % len(statussen)],
                volgorde=j,
            )
            for i, opgave in enumerate(opgaven)
            for j in range(ACTIES_PER_OPGAVE)
        ]
    )
    Actie.partners.through.objects.bulk_create(
        [
            Actie.partners.through(actie_id=actie.pk, organisatie_id=organisaties[(n + k * 7) % len(organisaties)].pk)
            for n, actie in enumerate(acties)
            for k in (1, 2)
        ]
    )


def _tafels_en_bijeenkomsten(agenda, fases, opgaven, deelnemers, aantal_tafels, schaal) -> None:
    schaalniveaus = list(Schaalniveau)
    tafels = Gesprekstafel.objects.bulk_create(
        [
            Gesprekstafel(
                agenda=agenda,
                titel=f"Gesprekstafel {THEMA_S[t % len(THEMA_S)].lower()} {PLAATSEN[t % len(PLAATSEN)]} ({t + 1})",
                slug=f"tafel-{t + 1:03d}",
                schaalniveau=schaalniveaus[t % len(schaalniveaus)],
                gespreksnotitie="Een fictieve gespreksnotitie, vooraf opgesteld met Rijk en regio.",
                opbrengst="Een fictieve opbrengst: de opgaven zijn aangescherpt.",
                volgorde=t,
                gepubliceerd=t % 20 != 19,
            )
            for t in range(aantal_tafels)
        ]
    )
    Gesprekstafel.opgaven.through.objects.bulk_create(
        [
            Gesprekstafel.opgaven.through(
                gesprekstafel_id=tafel.pk, opgave_id=opgaven[(t * OPGAVEN_PER_TAFEL + k) % len(opgaven)].pk
            )
            for t, tafel in enumerate(tafels)
            for k in range(OPGAVEN_PER_TAFEL)
        ]
    )
    begin = datetime.date(2018, 9, 3)
    bijeenkomsten = [
        Bijeenkomst(
            agenda=agenda,
            soort=BijeenkomstSoort.GESPREKSTAFEL,
            titel=tafel.titel,
            datum=begin + datetime.timedelta(days=t % 90),
            locatie=PLAATSEN[t % len(PLAATSEN)],
            fase=fases[1],
            gesprekstafel=tafel,
        )
        for t, tafel in enumerate(tafels)
    ]
    overige = [
        (BijeenkomstSoort.GEBIEDSDIALOOG, "Gebiedsdialoog", fases[0], 60),
        (BijeenkomstSoort.STRATEGISCH_OVERLEG, "Strategisch overleg", fases[1], 40),
        (BijeenkomstSoort.SYNTHESEBIJEENKOMST, "Synthesebijeenkomst", fases[1], 100),
        (BijeenkomstSoort.RISICOSESSIE, "Risicosessie opdrachtgevers", fases[1], 8),
    ] + [(BijeenkomstSoort.KERNTEAMOVERLEG, f"Kernteamoverleg {n}", fases[1], 12) for n in range(1, 6)]
    extra_aantallen = []
    for n, (soort, titel, fase, aantal) in enumerate(overige):
        bijeenkomsten.append(
            Bijeenkomst(
                agenda=agenda,
                soort=soort,
                titel=titel,
                datum=begin + datetime.timedelta(days=100 + 7 * n),
                locatie="Fictiefstad",
                fase=fase,
                verslag="Een fictief verslag.",
            )
        )
        extra_aantallen.append(max(4, round(aantal * max(schaal, 0.2))))
    bijeenkomsten = Bijeenkomst.objects.bulk_create(bijeenkomsten)

    rollen = [DeelnameRol.VOORZITTER, DeelnameRol.VERSLAG] + [DeelnameRol.DEELNEMER] * (DEELNAMES_PER_TAFEL - 2)
    deelnames = []
    for b, bijeenkomst in enumerate(bijeenkomsten):
        aantal = DEELNAMES_PER_TAFEL if b < len(tafels) else extra_aantallen[b - len(tafels)]
        for k in range(min(aantal, len(deelnemers))):
            deelnemer = deelnemers[(b * DEELNAMES_PER_TAFEL + k) % len(deelnemers)]
            rol = rollen[k] if k < len(rollen) else DeelnameRol.DEELNEMER
            deelnames.append(Deelname(bijeenkomst=bijeenkomst, deelnemer=deelnemer, rol=rol))
    Deelname.objects.bulk_create(deelnames)
