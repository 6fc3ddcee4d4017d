"""The differences between two snapshots, per part and per omgevingsopgave.

Texts are compared word by word. The result marks words with <ins>/<del> and a visually
hidden "toegevoegd:"/"verwijderd:" in front, so the change is read out by a screen reader
and does not depend on colour alone.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from publicatie.pdf import weergave

_WOORD = re.compile(r"(\S+)(\s*)")


def _woorden(tekst: str) -> list[tuple[str, str]]:
    """(word, the whitespace after it): words are compared, the spacing follows along."""
    return _WOORD.findall(tekst or "")


def _stuk(woorden: list[tuple[str, str]]) -> tuple[str, str]:
    """A run of words as text, and the whitespace that follows the run."""
    tekst = "".join(w + ws for w, ws in woorden)
    kern = tekst.rstrip()
    return kern, tekst[len(kern) :]


def woordverschil(oud: str, nieuw: str) -> SafeString:
    """HTML of `nieuw` with the words removed from `oud` and added to it marked."""
    a, b = _woorden(oud), _woorden(nieuw)
    delen = []
    matcher = difflib.SequenceMatcher(None, [w for w, _ in a], [w for w, _ in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            delen.append(escape("".join(w + ws for w, ws in b[j1:j2])))
            continue
        weg, _ = _stuk(a[i1:i2])
        bij, na = _stuk(b[j1:j2])
        if weg:
            if delen and delen[-1] and not delen[-1][-1].isspace():
                delen.append(" ")
            delen.append(f'<del><span class="visually-hidden">verwijderd: </span>{escape(weg)}</del>')
            # keep the removed words apart from what follows on screen
            delen.append(" " if bij or op == "delete" else "")
        if bij:
            delen.append(f'<ins><span class="visually-hidden">toegevoegd: </span>{escape(bij)}</ins>{escape(na)}')
    return mark_safe("".join(delen))  # noqa: S308 - every piece of text is escaped above


@dataclass
class Tekstwijziging:
    veld: str
    html: SafeString


@dataclass
class Opgavewijziging:
    soort: str  # toegevoegd · verwijderd · gewijzigd
    slug: str
    titel: str
    volgnummer: int | None = None
    teksten: list[Tekstwijziging] = field(default_factory=list)
    acties_toegevoegd: list[dict] = field(default_factory=list)
    acties_verwijderd: list[dict] = field(default_factory=list)
    acties_gewijzigd: list[dict] = field(default_factory=list)
    duo_toegevoegd: list[str] = field(default_factory=list)
    duo_verwijderd: list[str] = field(default_factory=list)
    opgave: dict | None = None


@dataclass
class Vergelijking:
    inleiding: SafeString | None = None
    perspectief: list[Tekstwijziging] = field(default_factory=list)
    opgaven: list[Opgavewijziging] = field(default_factory=list)
    ongewijzigd: list[str] = field(default_factory=list)

    @property
    def heeft_verschillen(self) -> bool:
        return bool(self.inleiding or self.perspectief or self.opgaven)


OPGAVE_TEKSTEN = [("titel", "Titel"), ("samenvatting", "Samenvatting"), ("kern", "Kern van de gezamenlijke opgave")]


def _actie_sleutel(actie: dict) -> str:
    return " ".join(actie["omschrijving"].split()).lower()


def _actie_kenmerken(actie: dict) -> dict:
    return {
        "soort": actie["soort"],
        "vervolgtafel": actie["vervolgtafel"],
        "status_label": actie["status_label"],
        "trekker": (actie.get("trekker") or {}).get("naam", ""),
        "partners": ", ".join(p["naam"] for p in actie["partners"]),
    }


def _acties_vergelijken(oud: list[dict], nieuw: list[dict], wijziging: Opgavewijziging) -> None:
    # An actie has no identity across snapshots but its text; a rewritten actie shows
    # as one removed and one added, which is what a reader sees anyway.
    oude = {_actie_sleutel(a): a for a in oud}
    nieuwe = {_actie_sleutel(a): a for a in nieuw}
    wijziging.acties_verwijderd = [a for k, a in oude.items() if k not in nieuwe]
    wijziging.acties_toegevoegd = [a for k, a in nieuwe.items() if k not in oude]
    for sleutel, actie in nieuwe.items():
        if sleutel not in oude:
            continue
        voor, na = _actie_kenmerken(oude[sleutel]), _actie_kenmerken(actie)
        verschillen = [
            {"kenmerk": kenmerk, "oud": voor[kenmerk], "nieuw": na[kenmerk]}
            for kenmerk in ("soort", "trekker", "partners", "vervolgtafel", "status_label")
            if voor[kenmerk] != na[kenmerk]
        ]
        if verschillen:
            wijziging.acties_gewijzigd.append({"actie": actie, "verschillen": verschillen})


def _alle_acties(opgave: dict) -> list[dict]:
    return opgave["lopende_acties"] + opgave["nieuwe_acties"]


def versies_vergelijken(oud: dict, nieuw: dict) -> Vergelijking:
    """Compare two snapshots: `oud` is the earlier version, `nieuw` the later one."""
    a, b = weergave(oud), weergave(nieuw)
    vergelijking = Vergelijking()

    if a["agenda"]["inleiding"] != b["agenda"]["inleiding"]:
        vergelijking.inleiding = woordverschil(a["agenda"]["inleiding"], b["agenda"]["inleiding"])

    oude_delen = {p["soort"]: p for p in a["perspectief"]}
    for deel in b["perspectief"]:
        vorig = oude_delen.pop(deel["soort"], {"titel": "", "tekst": ""})
        if (vorig["titel"], vorig["tekst"]) != (deel["titel"], deel["tekst"]):
            vergelijking.perspectief.append(Tekstwijziging(deel["titel"], woordverschil(vorig["tekst"], deel["tekst"])))
    for deel in oude_delen.values():
        vergelijking.perspectief.append(Tekstwijziging(deel["titel"], woordverschil(deel["tekst"], "")))

    oude_opgaven = {o["slug"]: o for o in a["opgaven"]}
    nieuwe_slugs = {o["slug"] for o in b["opgaven"]}
    for opgave in b["opgaven"]:
        vorig = oude_opgaven.get(opgave["slug"])
        if vorig is None:
            vergelijking.opgaven.append(
                Opgavewijziging("toegevoegd", opgave["slug"], opgave["titel"], opgave["volgnummer"], opgave=opgave)
            )
            continue
        wijziging = Opgavewijziging("gewijzigd", opgave["slug"], opgave["titel"], opgave["volgnummer"])
        for veld, naam in OPGAVE_TEKSTEN:
            if vorig[veld] != opgave[veld]:
                wijziging.teksten.append(Tekstwijziging(naam, woordverschil(vorig[veld], opgave[veld])))
        _acties_vergelijken(_alle_acties(vorig), _alle_acties(opgave), wijziging)
        oude_leden = [lid["weergave"] for lid in vorig["duo"]]
        nieuwe_leden = [lid["weergave"] for lid in opgave["duo"]]
        wijziging.duo_toegevoegd = [lid for lid in nieuwe_leden if lid not in oude_leden]
        wijziging.duo_verwijderd = [lid for lid in oude_leden if lid not in nieuwe_leden]
        if (
            wijziging.teksten
            or wijziging.acties_toegevoegd
            or wijziging.acties_verwijderd
            or wijziging.acties_gewijzigd
            or wijziging.duo_toegevoegd
            or wijziging.duo_verwijderd
        ):
            vergelijking.opgaven.append(wijziging)
        else:
            vergelijking.ongewijzigd.append(opgave["titel"])
    for opgave in a["opgaven"]:
        if opgave["slug"] not in nieuwe_slugs:
            vergelijking.opgaven.append(
                Opgavewijziging("verwijderd", opgave["slug"], opgave["titel"], opgave["volgnummer"], opgave=opgave)
            )
    return vergelijking
