"""Writes the demo of Omgevingsagenda Oost into the database, idempotently.

Every row has a natural key (a name, a slug, an e-mail address, or its parent plus a
number), and the data is deterministic, so a second run finds every row as it left it
and writes nothing (see `opslaan`). The caller wraps this in one transaction.
"""

import datetime
import hashlib
import random
from collections import defaultdict

from django.contrib.auth.models import Group, User
from django.utils import timezone

from agenda.models import Activiteit, Agenda, Fase, Landsdeel, PerspectiefOnderdeel, Trend, Uitwerkingslijn
from deelnemers.models import (
    Bestuurslaag,
    Deelnemer,
    MailVoorkeur,
    MeldingSoort,
    Organisatie,
    Profiel,
    VerzondenMelding,
    bestuurslaag_van,
)
from deelnemers.permissions import KERNTEAM_GROEP
from leerspoor.models import Antwoord, Citaat, Leerervaring, Peiling, PeilingStatus, Risico, RisicoBespreking, Vraag
from opgaven.models import Actie, Duo, Opgave, OpgaveStatus, duo_leden_valideren
from tafels.models import Aanmelding, Bijeenkomst, BijeenkomstSoort, Deelname, DeelnameRol, Gesprekstafel, KalenderFeed

from . import gesprekstafels as t
from . import leerspoor_data as ls
from . import teksten
from .omgevingsopgaven import OMGEVINGSOPGAVEN, TRENDS, VOORLOPIGE_OPGAVEN
from .opslaan import m2m_zetten, vastleggen, vastleggen_bulk
from .organisaties import BUREAUS, ORGANISATIES, OVERIJSSEL
from .personen import ZAAD, Persoon, personen_genereren

AGENDA_SLUG = "oost"
DUO_OPGAVE = "klimaatbestendige-groeiregio-zwolle"

# (username, password, what the account shows); printed after loading.
DEMO_LOGINS = [
    ("kernteam", "demo-kernteam", "kernteam (groep Kernteam, beheer via /admin/)"),
    ("deelnemer", "demo-deelnemer", "deelnemer"),
    ("duo", "demo-duo", "duo-lid van ‘Klimaatbestendige Groeiregio Zwolle’"),
]


def _rng(naam: str) -> random.Random:
    # A string seed is hashed with SHA-512, so the stream is the same in every process.
    return random.Random(f"{ZAAD}-{naam}")


class Mensen:
    """The generated people, with their Deelnemer rows, grouped for picking."""

    def __init__(self, personen: list[Persoon], deelnemers: dict[str, Deelnemer]):
        self.personen = personen
        self.deelnemer = {p.email: deelnemers[p.email] for p in personen}
        self.per_organisatie = defaultdict(list)
        for persoon in personen:
            self.per_organisatie[persoon.organisatie].append(persoon)

    def kiezen(self, rng: random.Random, organisaties: dict[str, int]) -> list[Persoon]:
        gekozen = []
        for organisatie, aantal in organisaties.items():
            gekozen += rng.sample(self.per_organisatie[organisatie], aantal)
        return gekozen

    def eerste_generalist(self, organisatie: str, behalve: set[str]) -> Persoon:
        kandidaten = [p for p in self.per_organisatie[organisatie] if p.email not in behalve]
        generalisten = [p for p in kandidaten if p.profiel == Profiel.GENERALIST]
        return (generalisten or kandidaten)[0]


def demo_laden() -> Agenda:
    organisaties = _organisaties_laden()
    personen = personen_genereren()
    mensen = Mensen(personen, _deelnemers_laden(personen, organisaties))

    agenda = vastleggen(
        Agenda,
        {"slug": AGENDA_SLUG},
        {
            "naam": teksten.AGENDA_NAAM,
            "landsdeel": Landsdeel.OOST,
            "inleiding": teksten.INLEIDING,
            "gepubliceerd": True,
        },
    )
    fases = _fases_laden(agenda)
    _perspectief_laden(agenda)
    opgaven = _opgaven_laden(agenda, organisaties)
    duos = _duos_laden(opgaven, mensen)
    tafels = _tafels_laden(agenda, opgaven)
    bijeenkomsten = _bijeenkomsten_laden(agenda, fases, tafels, mensen, duos)
    _leerspoor_laden(agenda, fases, bijeenkomsten, mensen)
    deelnemer = _gebruikers_laden(mensen, duos)
    _bereiken_laden(agenda, fases, deelnemer)
    return agenda


def _organisaties_laden() -> dict[str, Organisatie]:
    rijen = [{"naam": naam, "afkorting": afk, "soort": soort} for naam, afk, soort, _aantal in ORGANISATIES]
    index = vastleggen_bulk(
        Organisatie, ("naam",), rijen, Organisatie.objects.filter(naam__in=[r["naam"] for r in rijen])
    )
    return {sleutel[0]: obj for sleutel, obj in index.items()}


def _deelnemers_laden(personen: list[Persoon], organisaties: dict[str, Organisatie]) -> dict[str, Deelnemer]:
    rijen = [
        {
            "email": p.email,
            "naam": p.naam,
            "organisatie": organisaties[p.organisatie],
            "functie": p.functie,
            "profiel": str(p.profiel),
            "naam_publiek": p.naam_publiek,
        }
        for p in personen
    ]
    index = vastleggen_bulk(
        Deelnemer, ("email",), rijen, Deelnemer.objects.filter(email__in=[p.email for p in personen])
    )
    return {sleutel[0]: obj for sleutel, obj in index.items()}


def _fases_laden(agenda: Agenda) -> dict[int, Fase]:
    fase_2 = {
        **teksten.FASE_2,
        "wat_plaatsgevonden": teksten.WAT_HEEFT_ER_PLAATSGEVONDEN,
        "verhaal": teksten.FASE_2_VERHAAL,
    }
    fases = {}
    for gegevens in (teksten.FASE_1, fase_2, teksten.FASE_3):
        waarden = {k: v for k, v in gegevens.items() if k != "nummer"}
        fases[gegevens["nummer"]] = vastleggen(Fase, {"agenda": agenda, "nummer": gegevens["nummer"]}, waarden)

    lijnen = {}
    for volgorde, (naam, resultaat) in enumerate(teksten.LIJNEN, start=1):
        lijnen[naam] = vastleggen(
            Uitwerkingslijn, {"agenda": agenda, "naam": naam}, {"resultaat": resultaat, "volgorde": volgorde}
        )
    per_fase = {1: teksten.ACTIVITEITEN_FASE_1, 2: teksten.ONDERDELEN_AANPAK, 3: teksten.ACTIVITEITEN_FASE_3}
    for nummer, per_lijn in per_fase.items():
        for lijn, omschrijvingen in per_lijn.items():
            for volgorde, omschrijving in enumerate(omschrijvingen, start=1):
                vastleggen(
                    Activiteit,
                    {"fase": fases[nummer], "lijn": lijnen[lijn], "volgorde": volgorde},
                    {"omschrijving": omschrijving},
                )
    return fases


def _perspectief_laden(agenda: Agenda) -> None:
    for volgorde, (soort, titel, tekst) in enumerate(teksten.PERSPECTIEF, start=1):
        vastleggen(
            PerspectiefOnderdeel,
            {"agenda": agenda, "soort": soort},
            {"titel": titel, "tekst": tekst, "volgorde": volgorde},
        )


def _opgaven_laden(agenda: Agenda, organisaties: dict[str, Organisatie]) -> dict[str, Opgave]:
    trends = {
        naam: vastleggen(Trend, {"agenda": agenda, "naam": naam}, {"soort": soort, "beschrijving": beschrijving})
        for naam, soort, beschrijving in TRENDS
    }
    opgaven = {}
    for gegevens in OMGEVINGSOPGAVEN:
        opgave = vastleggen(
            Opgave,
            {"agenda": agenda, "slug": gegevens["slug"]},
            {
                "titel": gegevens["titel"],
                "schaalniveau": gegevens["schaalniveau"],
                "gebied": gegevens["gebied"],
                "status": OpgaveStatus.OMGEVINGSOPGAVE,
                "status_reden": "",
                "samengevoegd_in": None,
                "volgnummer": gegevens["volgnummer"],
                "samenvatting": gegevens["samenvatting"],
                "kern": gegevens["kern"],
                "gepubliceerd": True,
            },
        )
        m2m_zetten(opgave, "trends", [trends[naam] for naam in gegevens["trends"]])
        volgnummers = defaultdict(int)
        for soort, omschrijving, trekker, partners, vervolgtafel, status in gegevens["acties"]:
            volgnummers[soort] += 1
            actie = vastleggen(
                Actie,
                {"opgave": opgave, "soort": soort, "volgorde": volgnummers[soort]},
                {
                    "omschrijving": omschrijving,
                    "trekker": organisaties[trekker],
                    "vervolgtafel": vervolgtafel,
                    "status": status,
                },
            )
            m2m_zetten(actie, "partners", [organisaties[naam] for naam in partners])
        opgaven[opgave.slug] = opgave

    # The status flow: voorlopige opgaven of fase 1 merged into an omgevingsopgave or dropped.
    for titel, slug, schaalniveau, gebied, status, samengevoegd_in, reden in VOORLOPIGE_OPGAVEN:
        opgaven[slug] = vastleggen(
            Opgave,
            {"agenda": agenda, "slug": slug},
            {
                "titel": titel,
                "schaalniveau": schaalniveau,
                "gebied": gebied,
                "status": status,
                "status_reden": reden,
                "samengevoegd_in": opgaven[samengevoegd_in] if samengevoegd_in else None,
                "volgnummer": None,
                "samenvatting": "",
                "kern": "",
                "gepubliceerd": True,
            },
        )
    return opgaven


def _duos_laden(opgaven: dict[str, Opgave], mensen: Mensen) -> dict[str, list[Persoon]]:
    """A duo (or trio) per omgevingsopgave: a generalist of each organisation named, no one twice."""
    in_een_duo: set[str] = set()
    duos = {}
    for gegevens in OMGEVINGSOPGAVEN:
        leden = []
        for organisatie in gegevens["duo"]:
            persoon = mensen.eerste_generalist(organisatie, in_een_duo)
            in_een_duo.add(persoon.email)
            leden.append(persoon)
        deelnemers = [mensen.deelnemer[p.email] for p in leden]
        duo_leden_valideren(deelnemers)
        duo = vastleggen(Duo, {"opgave": opgaven[gegevens["slug"]]})
        m2m_zetten(duo, "leden", deelnemers)
        duos[gegevens["slug"]] = leden
    return duos


def _tafels_laden(agenda: Agenda, opgaven: dict[str, Opgave]) -> dict[str, Gesprekstafel]:
    tafels = {}
    for volgorde, gegevens in enumerate(t.TAFELS, start=1):
        tafel = vastleggen(
            Gesprekstafel,
            {"agenda": agenda, "slug": gegevens["slug"]},
            {
                "titel": gegevens["titel"],
                "schaalniveau": gegevens["schaalniveau"],
                "gespreksnotitie": gegevens["gespreksnotitie"],
                "opbrengst": gegevens["opbrengst"],
                "volgorde": volgorde,
                "gepubliceerd": True,
            },
        )
        m2m_zetten(tafel, "opgaven", [opgaven[slug] for slug in gegevens["opgaven"]])
        tafels[tafel.slug] = tafel
    return tafels


def _bijeenkomst(agenda, fases, soort, titel, datum, locatie, fase, verslag, gesprekstafel=None) -> Bijeenkomst:
    return vastleggen(
        Bijeenkomst,
        {"agenda": agenda, "soort": soort, "titel": titel},
        {"datum": datum, "locatie": locatie, "fase": fases[fase], "gesprekstafel": gesprekstafel, "verslag": verslag},
    )


def _bijeenkomsten_laden(agenda, fases, tafels, mensen: Mensen, duos) -> dict[str, Bijeenkomst]:
    """Every bijeenkomst with who took part, in which role. Returns them by titel."""
    bijeenkomsten: dict[str, Bijeenkomst] = {}
    deelnames: dict[Bijeenkomst, dict[str, str]] = {}
    bureaus = [p for naam in BUREAUS for p in mensen.per_organisatie[naam]]

    def vastleggen_met(gegevens, rollen: dict[str, str], gesprekstafel=None):
        bijeenkomst = _bijeenkomst(agenda, fases, *gegevens, gesprekstafel=gesprekstafel)
        bijeenkomsten[bijeenkomst.titel] = bijeenkomst
        deelnames[bijeenkomst] = rollen

    def rollen(voorzitter, verslag, overigen, facilitators=()) -> dict[str, str]:
        # The first role given to a person counts: a duo member chairing nothing stays facilitator.
        uitkomst: dict[str, str] = {}
        for persoon in facilitators:
            uitkomst.setdefault(persoon.email, DeelnameRol.FACILITATOR)
        uitkomst.setdefault(voorzitter.email, DeelnameRol.VOORZITTER)
        for persoon in verslag:
            uitkomst.setdefault(persoon.email, DeelnameRol.VERSLAG)
        for persoon in overigen:
            uitkomst.setdefault(persoon.email, DeelnameRol.DEELNEMER)
        return uitkomst

    kernteam = mensen.kiezen(_rng("kernteam"), t.KERNTEAM)
    opdrachtgevers = mensen.kiezen(_rng("opdrachtgevers"), t.OPDRACHTGEVERS)
    voorzitter = opdrachtgevers[0]

    rng = _rng("gebiedsdialoog")
    vastleggen_met(
        t.GEBIEDSDIALOOG,
        rollen(voorzitter, [rng.choice(bureaus)], rng.sample(mensen.personen, t.AANTAL_GEBIEDSDIALOOG)),
    )

    for gegevens in t.TAFELS:
        rng = _rng(gegevens["slug"])
        aan_tafel = mensen.kiezen(rng, gegevens["aan_tafel"])
        bestuurders = [p for p in aan_tafel if _is_overheid(p) and p.profiel == Profiel.GENERALIST]
        vastleggen_met(
            (
                BijeenkomstSoort.GESPREKSTAFEL,
                f"Gesprekstafel {gegevens['titel']}",
                gegevens["datum"],
                gegevens["locatie"],
                2,
                "Zie de gespreksnotitie en de opbrengst van de tafel.",
            ),
            rollen((bestuurders or aan_tafel)[0], [rng.choice(bureaus)], aan_tafel),
            gesprekstafel=tafels[gegevens["slug"]],
        )

    rng = _rng("strategisch-overleg")
    strategen = [p for p in mensen.personen if p.profiel == Profiel.GENERALIST and _is_overheid(p)]
    overigen = rng.sample([p for p in strategen if p not in kernteam], t.AANTAL_STRATEGISCH_OVERLEG - len(kernteam))
    vastleggen_met(t.STRATEGISCH_OVERLEG, rollen(voorzitter, [rng.choice(bureaus)], kernteam + overigen))

    vastleggen_met(t.RISICOSESSIE, rollen(voorzitter, [bureaus[0]], opdrachtgevers))

    rng = _rng("synthesebijeenkomst")
    duoleden = [p for leden in duos.values() for p in leden]
    verslag = bureaus[:2]
    vast = {p.email for p in [*duoleden, voorzitter, *verslag]}
    aanwezig = rng.sample([p for p in mensen.personen if p.email not in vast], t.AANTAL_SYNTHESE - len(vast))
    vastleggen_met(t.SYNTHESEBIJEENKOMST, rollen(voorzitter, verslag, aanwezig, facilitators=duoleden))

    for gegevens in t.KERNTEAMOVERLEGGEN:
        rng = _rng(gegevens[1])
        afwezig = rng.sample(kernteam[1:], rng.randint(0, 2))
        aanwezig = [p for p in kernteam if p not in afwezig]
        vastleggen_met(gegevens, rollen(kernteam[0], [bureaus[-1]], aanwezig))

    # The seed counts "circa 200 mensen" involved: whoever no later meeting drew took part in the
    # Gebiedsdialoog, the broadest meeting of the process.
    betrokken = {email for per_persoon in deelnames.values() for email in per_persoon}
    gebiedsdialoog = deelnames[bijeenkomsten[t.GEBIEDSDIALOOG[1]]]
    for persoon in mensen.personen:
        if persoon.email not in betrokken:
            gebiedsdialoog.setdefault(persoon.email, DeelnameRol.DEELNEMER)

    rijen = [
        {"bijeenkomst": bijeenkomst, "deelnemer": mensen.deelnemer[email], "rol": rol}
        for bijeenkomst, per_persoon in deelnames.items()
        for email, rol in per_persoon.items()
    ]
    vastleggen_bulk(Deelname, ("bijeenkomst", "deelnemer"), rijen, Deelname.objects.filter(bijeenkomst__agenda=agenda))
    return bijeenkomsten


_SOORT = {naam: soort for naam, _afk, soort, _aantal in ORGANISATIES}


def _is_overheid(persoon: Persoon) -> bool:
    return bestuurslaag_van(_SOORT[persoon.organisatie]) != Bestuurslaag.OVERIG


def _leerspoor_laden(agenda, fases, bijeenkomsten, mensen: Mensen) -> None:
    fase_2 = fases[2]
    strategisch_overleg = bijeenkomsten[t.STRATEGISCH_OVERLEG[1]]
    percepties = [
        vastleggen(
            Leerervaring,
            {"fase": fase_2, "tekst": tekst},
            {"volgorde": volgorde, "oordeel": "", "aspect": "", "bron": None},
        )
        for volgorde, tekst in enumerate(teksten.PERCEPTIES_EN_LEERERVARINGEN, start=1)
    ]
    for volgorde, (oordeel, aspect, tekst) in enumerate(ls.KWADRANT, start=101):
        vastleggen(
            Leerervaring,
            {"fase": fase_2, "tekst": tekst + ls.ILLUSTRATIEF},
            {"volgorde": volgorde, "oordeel": oordeel, "aspect": aspect, "bron": strategisch_overleg},
        )

    twente = bijeenkomsten[f"Gesprekstafel {t.TAFELS[1]['titel']}"]
    for volgorde, (toeschrijving, tekst, na) in enumerate(teksten.CITATEN, start=1):
        vastleggen(
            Citaat,
            {"fase": fase_2, "tekst": tekst},
            {
                "toeschrijving": toeschrijving,
                "toestemming": True,
                "na_leerervaring": percepties[na],
                # The seed names the Twente table for the second quote only.
                "bron": twente if toeschrijving.endswith("Twente") else None,
                "volgorde": volgorde,
            },
        )

    risicosessie = bijeenkomsten[t.RISICOSESSIE[1]]
    overleggen = [bijeenkomsten[gegevens[1]] for gegevens in t.KERNTEAMOVERLEGGEN[1:]]
    opdrachtgevers = mensen.kiezen(_rng("opdrachtgevers"), t.OPDRACHTGEVERS)
    for gegevens in ls.RISICOS:
        kans, impact = [score for score in gegevens["scores"] if score][-1]
        eigenaar = next(p for p in opdrachtgevers if p.organisatie == gegevens["eigenaar"])
        risico = vastleggen(
            Risico,
            {"agenda": agenda, "titel": gegevens["titel"]},
            {
                "beschrijving": gegevens["beschrijving"],
                "kans": kans,
                "impact": impact,
                "eigenaar": mensen.deelnemer[eigenaar.email],
                "beheersmaatregelen": gegevens["beheersmaatregelen"],
                "status": gegevens["status"],
                "bron": risicosessie,
            },
        )
        vorige = None
        for overleg, score in zip(overleggen, gegevens["scores"], strict=True):
            if score is None:
                continue
            vastleggen(
                RisicoBespreking,
                {"risico": risico, "bijeenkomst": overleg},
                {"kans": score[0], "impact": score[1], "toelichting": _toelichting(vorige, score)},
            )
            vorige = score

    _peiling_laden(bijeenkomsten[t.SYNTHESEBIJEENKOMST[1]])


def _toelichting(vorige, score) -> str:
    if vorige is None:
        return "Eerste bespreking na de risicosessie."
    if score[0] * score[1] < vorige[0] * vorige[1]:
        return "Lager ingeschat dan in het vorige overleg: de maatregelen werken."
    if score[0] * score[1] > vorige[0] * vorige[1]:
        return "Hoger ingeschat dan in het vorige overleg."
    return "Ongewijzigd sinds het vorige overleg."


def _peiling_laden(synthesebijeenkomst: Bijeenkomst) -> None:
    peiling = vastleggen(
        Peiling,
        {"bijeenkomst": synthesebijeenkomst, "titel": ls.PEILING_TITEL},
        {"status": PeilingStatus.GESLOTEN, "zonder_account": True},
    )
    vragen = [
        vastleggen(
            Vraag, {"peiling": peiling, "volgorde": volgorde}, {"soort": soort, "tekst": tekst, "keuzes": keuzes}
        )
        for volgorde, (soort, tekst, keuzes) in enumerate(ls.VRAGEN, start=1)
    ]
    rng = _rng("peiling")
    # A pseudonymous key per person present: the same respondent across the questions, no name.
    respondenten = [
        hashlib.sha256(f"demo-synthese-{nummer}".encode()).hexdigest()[:16] for nummer in range(ls.AANTAL_RESPONDENTEN)
    ]
    rijen = []
    for vraag, gewichten in zip(vragen[:2], ls.GEWICHTEN, strict=True):
        for respondent in respondenten:
            waarde = rng.choices(range(1, 6), weights=gewichten)[0]
            rijen.append({"vraag": vraag, "respondent": respondent, "waarde": str(waarde)})
    for respondent in respondenten[: ls.AANTAL_OPEN_ANTWOORDEN]:
        tekst = f"{rng.choice(ls.MEERWAARDE)} {rng.choice(ls.TIPS)}".strip()
        rijen.append({"vraag": vragen[2], "respondent": respondent, "waarde": tekst})
    # Answers carry no history (the model keeps none: they are anonymous).
    vastleggen_bulk(
        Antwoord,
        ("vraag", "respondent"),
        rijen,
        Antwoord.objects.filter(vraag__peiling=peiling),
        geschiedenis=False,
    )


def _gebruikers_laden(mensen: Mensen, duos) -> None:
    duo_persoon = next(p for p in duos[DUO_OPGAVE] if p.organisatie == OVERIJSSEL)
    in_een_duo = {p.email for leden in duos.values() for p in leden}
    deelnemer_persoon = mensen.eerste_generalist("Gemeente Deventer", in_een_duo)

    kernteam = Group.objects.get(name=KERNTEAM_GROEP)
    _gebruiker("kernteam", "demo-kernteam", voornaam="Demo", achternaam="Kernteam", is_staff=True, groepen=[kernteam])
    for username, wachtwoord, persoon in (
        ("deelnemer", "demo-deelnemer", deelnemer_persoon),
        ("duo", "demo-duo", duo_persoon),
    ):
        voornaam, _, achternaam = persoon.naam.partition(" ")
        user = _gebruiker(username, wachtwoord, voornaam=voornaam, achternaam=achternaam, email=persoon.email)
        vastleggen(Deelnemer, {"pk": mensen.deelnemer[persoon.email].pk}, {"user": user})
    return mensen.deelnemer[deelnemer_persoon.email]


# Six weeks ahead of the day the demo is loaded, so that signing up can be tried in `make run`.
KOMENDE_BIJEENKOMST = "Gebiedsdialoog Omgevingsagenda Oost: de volgende ronde"
KOMEND_OVER = datetime.timedelta(weeks=6)


def _bereiken_laden(agenda, fases, deelnemer: Deelnemer) -> None:
    """An upcoming bijeenkomst the demo deelnemer signed up for, with their mail settings and calendar feed."""
    komend = vastleggen(
        Bijeenkomst,
        {"agenda": agenda, "soort": BijeenkomstSoort.GEBIEDSDIALOOG, "titel": KOMENDE_BIJEENKOMST},
        {
            "datum": timezone.localdate() + KOMEND_OVER,
            "begintijd": datetime.time(13, 30),
            "eindtijd": datetime.time(17, 0),
            "locatie": "Provinciehuis Gelderland, Arnhem",
            "capaciteit": 60,
            "fase": fases[3],
            "verslag": "",
        },
    )
    vastleggen(Aanmelding, {"bijeenkomst": komend, "deelnemer": deelnemer})
    vastleggen(MailVoorkeur, {"deelnemer": deelnemer}, {"dagelijkse_samenvatting": False})
    vastleggen(KalenderFeed, {"deelnemer": deelnemer})
    vastleggen(
        VerzondenMelding,
        {"gebeurtenis": f"bijeenkomst-uitnodiging:{komend.pk}", "deelnemer": deelnemer},
        {
            "soort": MeldingSoort.BIJEENKOMST,
            "onderwerp": f"Uitnodiging: {komend.titel}",
            "link": komend.get_absolute_url(),
        },
    )


def _gebruiker(username, wachtwoord, *, voornaam, achternaam, email="", is_staff=False, groepen=()) -> User:
    """A demo account; saved only when something differs (a new password hash would always differ)."""
    user = User.objects.filter(username=username).first()
    waarden = {
        "first_name": voornaam,
        "last_name": achternaam,
        "email": email,
        "is_staff": is_staff,
        "is_superuser": False,
        "is_active": True,
    }
    if user is None:
        user = User(username=username, **waarden)
        user.set_password(wachtwoord)
        user.save()
    else:
        gewijzigd = {veld: waarde for veld, waarde in waarden.items() if getattr(user, veld) != waarde}
        for veld, waarde in gewijzigd.items():
            setattr(user, veld, waarde)
        if not user.check_password(wachtwoord):
            user.set_password(wachtwoord)
            gewijzigd["password"] = True
        if gewijzigd:
            user.save()
    user.groups.set(groepen)
    return user
