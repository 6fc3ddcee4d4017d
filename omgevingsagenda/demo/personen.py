"""About 200 fictitious people, generated the same way on every run.

Names are drawn with a fixed seed from lists of common Dutch first and last names, so
they belong to nobody in the real process; e-mail addresses sit on the example domain
voorbeeld.nl.
"""

import random
import unicodedata
from dataclasses import dataclass

from deelnemers.models import OrganisatieSoort as S
from deelnemers.models import Profiel

from .organisaties import ORGANISATIES

ZAAD = 20190211  # the day of the Synthesebijeenkomst; any fixed number would do

VOORNAMEN = [
    "Anne", "Anouk", "Bas", "Bram", "Carla", "Charlotte", "Daan", "Dirk", "Esther", "Eva", "Evelien",
    "Fatima", "Femke", "Frank", "Geert", "Gijs", "Hanneke", "Hans", "Hester", "Ilse", "Inge", "Ingrid",
    "Jan", "Jasper", "Jeroen", "Joost", "Joris", "Judith", "Karin", "Koen", "Lieke", "Linda", "Lotte",
    "Maarten", "Marieke", "Mark", "Marloes", "Martijn", "Mehmet", "Mirjam", "Niels", "Nicole", "Noor",
    "Olaf", "Paul", "Petra", "Pieter", "Priya", "Renske", "Rik", "Rob", "Roos", "Ruben", "Sander", "Sanne",
    "Saskia", "Sophie", "Stijn", "Tessa", "Thijs", "Tim", "Tom", "Vera", "Vincent", "Wendy", "Willem",
    "Wim", "Wouter", "Youssef", "Yvonne", "Zoë",
]  # fmt: skip

ACHTERNAMEN = [
    "Bakker", "Bos", "Brouwer", "de Boer", "de Bruijn", "de Graaf", "de Groot", "de Haan", "de Jong",
    "de Vries", "de Wit", "Dekker", "Dijkstra", "Gerritsen", "Hendriks", "Hoekstra", "Hofman", "Huisman",
    "Jacobs", "Jansen", "Kamphuis", "Kok", "Koster", "Kuipers", "Lammers", "Meijer", "Mulder", "Nijhuis",
    "Peters", "Postma", "Prins", "Scholten", "Schouten", "Smit", "Smits", "Timmermans", "van den Berg",
    "van den Broek", "van den Heuvel", "van der Linden", "van der Meer", "van der Veen", "van Leeuwen",
    "Veldhuis", "Vermeulen", "Visser", "Vos", "Wessels", "Willems", "Wolters",
]  # fmt: skip

FUNCTIES = {
    Profiel.GENERALIST: [
        "strategisch adviseur",
        "programmamanager",
        "senior beleidsadviseur ruimtelijke strategie",
        "accountmanager Rijk–regio",
        "regiocoördinator",
        "afdelingshoofd strategie",
    ],
    Profiel.SPECIALIST: [
        "adviseur water en klimaat",
        "beleidsmedewerker mobiliteit",
        "specialist energietransitie",
        "adviseur natuur en landschap",
        "beleidsmedewerker wonen",
        "adviseur economie en innovatie",
        "specialist bodem en ondergrond",
    ],
}
# Outside government the job titles differ.
FUNCTIES_PER_SOORT = {
    S.KENNISINSTELLING: {Profiel.GENERALIST: ["programmadirecteur"], Profiel.SPECIALIST: ["onderzoeker", "lector"]},
    S.BEDRIJFSLEVEN: {Profiel.GENERALIST: ["directeur", "programmamanager"], Profiel.SPECIALIST: ["adviseur"]},
    S.MAATSCHAPPELIJK: {Profiel.GENERALIST: ["directeur", "beleidsadviseur"], Profiel.SPECIALIST: ["projectleider"]},
    S.ADVIESBUREAU: {Profiel.GENERALIST: ["procesbegeleider"], Profiel.SPECIALIST: ["adviseur ruimtelijke ordening"]},
}


@dataclass(frozen=True)
class Persoon:
    naam: str
    email: str
    organisatie: str
    functie: str
    profiel: str
    naam_publiek: bool


def _ascii(tekst: str) -> str:
    return unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower().replace(" ", "")


def personen_genereren() -> list[Persoon]:
    """All demo people in a fixed order: per organisation of ORGANISATIES, in that order."""
    rng = random.Random(ZAAD)
    gebruikt_naam, gebruikt_email, personen = set(), set(), []
    for organisatie, _afkorting, soort, aantal in ORGANISATIES:
        for _ in range(aantal):
            while True:
                voornaam, achternaam = rng.choice(VOORNAMEN), rng.choice(ACHTERNAMEN)
                naam = f"{voornaam} {achternaam}"
                if naam not in gebruikt_naam:
                    break
            gebruikt_naam.add(naam)
            basis = f"{_ascii(voornaam)}.{_ascii(achternaam)}"
            email, volgnummer = f"{basis}@voorbeeld.nl", 2
            while email in gebruikt_email:
                email, volgnummer = f"{basis}{volgnummer}@voorbeeld.nl", volgnummer + 1
            gebruikt_email.add(email)
            profiel = Profiel.GENERALIST if rng.random() < 0.55 else Profiel.SPECIALIST
            functies = FUNCTIES_PER_SOORT.get(soort, FUNCTIES)[profiel]
            personen.append(
                Persoon(
                    naam=naam,
                    email=email,
                    organisatie=organisatie,
                    functie=rng.choice(functies),
                    profiel=profiel,
                    naam_publiek=rng.random() < 0.35,
                )
            )
    return personen
