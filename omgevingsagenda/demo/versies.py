"""The two published versions of the demo: "Eerste concept" and "Concept na Synthesebijeenkomst".

The demo data above holds the agenda as it stands after the Synthesebijeenkomst. Version 1
is published from an earlier state: some texts one sentence shorter, one actie that was
dropped, one that was not there yet, a vervolgtafel still open. Then that state is undone
(as the duo's did when they sharpened their opgaven) and version 2 is published. So the
live data ends where the demo put it — a second run changes nothing — and the differences
between the versions are real and visible, in the history too.
"""

import datetime
import re

from django.utils import timezone

from agenda.models import PerspectiefOnderdeel, PerspectiefSoort
from opgaven.models import Actie, ActieSoort, ActieStatus, Opgave
from publicatie.services import versie_aanmaken, versie_publiceren

EERSTE_LABEL = "Eerste concept"
TWEEDE_LABEL = "Concept na Synthesebijeenkomst"
EERSTE_DATUM = datetime.datetime(2019, 1, 28, 10, 0)
TWEEDE_DATUM = datetime.datetime(2019, 3, 4, 10, 0)
EERSTE_TOELICHTING = (
    "Het eerste concept, opgesteld door de bureaus op basis van de uitwerking door de duo's van Rijk en regio. "
    "Dit concept is besproken en aangescherpt tijdens de Synthesebijeenkomst van 11 februari."
)
TWEEDE_TOELICHTING = (
    "Aangescherpt na de Synthesebijeenkomst van 11 februari, waar circa 100 vertegenwoordigers van Rijk en regio "
    "het concept hebben getoetst en aangevuld. De duo's hebben de opbrengst verwerkt in hun omgevingsopgaven; "
    "de bureaus hebben een laatste redactieslag gedaan. Schriftelijke reacties zijn welkom."
)
# An actie of the first concept that the synthesis dropped: a list of projects, not a shared effort.
VERVALLEN_ACTIE = "Inventarisatie van alle lopende projecten in de regio in één overzichtslijst."
REDEN_EERSTE = "Demo: stand van het eerste concept"
REDEN_TWEEDE = "Demo: aangescherpt na de Synthesebijeenkomst"

_ZINNEN = re.compile(r"(?<=[.!?])\s+")


def _zonder_laatste_zin(tekst: str) -> str:
    """The text without its last real sentence (a closing note such as "*(Illustratief.)*" stays)."""
    zinnen = _ZINNEN.split(tekst.strip())
    echte = [i for i, zin in enumerate(zinnen) if i > 0 and not zin.startswith(("*", "("))]
    if not echte:
        return tekst
    return " ".join(zin for i, zin in enumerate(zinnen) if i != echte[-1])


def _opslaan(obj, reden: str) -> None:
    obj.full_clean()
    obj._change_reason = reden
    obj.save()


def laden(agenda, stdout):
    """Publish the two demo versions of `agenda`; skip when they exist."""
    if agenda.versies.filter(label__in=[EERSTE_LABEL, TWEEDE_LABEL]).exists():
        return
    opgaven = list(Opgave.objects.filter(agenda=agenda).omgevingsopgaven())
    if len(opgaven) < 5:
        stdout.write("Versies overgeslagen: de demo-agenda heeft minder dan vijf omgevingsopgaven.")
        return
    tz = timezone.get_current_timezone()

    terugzetten = []  # (object, field, value after the synthesis)

    def eerder(obj, veld, waarde):
        terugzetten.append((obj, veld, getattr(obj, veld)))
        setattr(obj, veld, waarde)
        _opslaan(obj, REDEN_EERSTE)

    # The first concept: three kernen and a perspectief part one sentence shorter.
    for opgave in [o for o in opgaven if _zonder_laatste_zin(o.kern) != o.kern][:3]:
        eerder(opgave, "kern", _zonder_laatste_zin(opgave.kern))
    onderdeel = PerspectiefOnderdeel.objects.filter(agenda=agenda, soort=PerspectiefSoort.PERSPECTIEF_2040).first()
    if onderdeel:
        eerder(onderdeel, "tekst", _zonder_laatste_zin(onderdeel.tekst))
    # A vervolgtafel that was still open.
    actie = opgaven[1].acties.filter(soort=ActieSoort.NIEUW).order_by("volgorde", "pk").first()
    if actie:
        eerder(actie, "vervolgtafel", "" if actie.vervolgtafel else "BO-MIRT")
    # A new actie that the synthesis added: not there yet in the first concept.
    later_toegevoegd = opgaven[0].acties.filter(soort=ActieSoort.NIEUW).order_by("-volgorde", "-pk").first()
    later_gegevens = None
    if later_toegevoegd:
        later_gegevens = {
            "opgave": later_toegevoegd.opgave,
            "soort": later_toegevoegd.soort,
            "omschrijving": later_toegevoegd.omschrijving,
            "trekker": later_toegevoegd.trekker,
            "vervolgtafel": later_toegevoegd.vervolgtafel,
            "status": later_toegevoegd.status,
            "volgorde": later_toegevoegd.volgorde,
            "partners": list(later_toegevoegd.partners.all()),
        }
        later_toegevoegd._change_reason = REDEN_EERSTE
        later_toegevoegd.delete()
    # An actie of the first concept that the synthesis dropped.
    vervallen = Actie(
        opgave=opgaven[4],
        soort=ActieSoort.NIEUW,
        omschrijving=VERVALLEN_ACTIE,
        trekker_id=opgaven[4].acties.exclude(trekker=None).values_list("trekker", flat=True).first(),
        status=ActieStatus.VOORGENOMEN,
        volgorde=99,
    )
    _opslaan(vervallen, REDEN_EERSTE)

    eerste = versie_aanmaken(agenda=agenda, label=EERSTE_LABEL, toelichting=EERSTE_TOELICHTING)
    versie_publiceren(versie=eerste, gepubliceerd_op=timezone.make_aware(EERSTE_DATUM, tz))

    # The sharpening after the synthesis: back to the demo's own data.
    for obj, veld, waarde in reversed(terugzetten):
        setattr(obj, veld, waarde)
        _opslaan(obj, REDEN_TWEEDE)
    vervallen._change_reason = REDEN_TWEEDE
    vervallen.delete()
    if later_gegevens:
        partners = later_gegevens.pop("partners")
        nieuw = Actie(**later_gegevens)
        _opslaan(nieuw, REDEN_TWEEDE)
        nieuw.partners.set(partners)

    tweede = versie_aanmaken(agenda=agenda, label=TWEEDE_LABEL, toelichting=TWEEDE_TOELICHTING, open_voor_reacties=True)
    versie_publiceren(versie=tweede, gepubliceerd_op=timezone.make_aware(TWEEDE_DATUM, tz))
    stdout.write(f"Versies gepubliceerd: 1 {EERSTE_LABEL}, 2 {TWEEDE_LABEL} (met PDF).")
