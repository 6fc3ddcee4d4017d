"""Hooks for the AVG rights: the apps to the right of deelnemers add what they hold about a person.

deelnemers may not import those apps (layering), so each app registers its two functions in its
AppConfig.ready(): `gegevens_bron(naam, functie)` adds a section to the JSON download of
"Mijn gegevens"; `anonimiseer_stap(functie)` removes personal data when the kernteam anonymises
a deelnemer (called inside that transaction). This module holds no data and no rules of its own.
"""

from collections.abc import Callable

_BRONNEN: dict[str, Callable] = {}
_STAPPEN: list[Callable] = []


def gegevens_bron(naam: str, functie: Callable) -> None:
    _BRONNEN[naam] = functie


def anonimiseer_stap(functie: Callable) -> None:
    if functie not in _STAPPEN:
        _STAPPEN.append(functie)


def gegevens(deelnemer) -> dict:
    return {naam: functie(deelnemer) for naam, functie in _BRONNEN.items()}


def anonimiseren(deelnemer) -> None:
    for stap in _STAPPEN:
        stap(deelnemer)
