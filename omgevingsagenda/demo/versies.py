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
import uuid

from django.utils import timezone

from agenda.models import PerspectiefOnderdeel, PerspectiefSoort
from deelnemers.models import Deelnemer, OrganisatieSoort
from opgaven.models import Actie, ActieSoort, ActieStatus
from publicatie.models import Reactie, ReactieCategorie, ReactieStatus, publiceerbare_opgaven
from publicatie.services import reactie_indienen, reactie_verwerken, versie_aanmaken, versie_publiceren

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
    """Publish the two demo versions of `agenda` (skipped when they exist), then add the demo reacties."""
    _versies_laden(agenda, stdout)
    reacties_laden(agenda, stdout)


def _versies_laden(agenda, stdout):
    if agenda.versies.filter(label__in=[EERSTE_LABEL, TWEEDE_LABEL]).exists():
        return
    opgaven = list(publiceerbare_opgaven(agenda.pk))
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


# Written reacties (fictitious). On the first concept, answered in the second version; among
# them the seed's lesson: a request to add what other nota's already hold, not taken over
# because doubling weakens the agenda's own position. On the second version, still open,
# a few that the kernteam has not answered yet.
# (key, version, opgave index or None for the whole agenda, soort of the indiener's organisation,
#  name public, tekst, categorie, status, antwoord, antwoord openbaar, processed in the second version,
#  date of submission)
REACTIES = [
    (
        "focus",
        1,
        None,
        OrganisatieSoort.PROVINCIE,
        True,
        "Het eerste concept noemt veel onderwerpen naast elkaar. Kies per gebied de opgaven waar Rijk en regio samen "
        "echt verschil maken, en zeg daarbij wat de Omgevingsagenda toevoegt aan wat al loopt.",
        ReactieCategorie.FOCUS,
        ReactieStatus.VERWERKT,
        "Eens. Na de Synthesebijeenkomst is per gebied gekozen voor de integrale gebiedsopgaven die als motor voor "
        "Oost-Nederland kunnen werken. Per opgave staat nu de kern van de gezamenlijke opgave voorop, en bij de acties "
        "is onderscheiden wat al loopt en wat aanvullend nodig is.",
        True,
        True,
        datetime.datetime(2019, 2, 4, 9, 30),
    ),
    (
        "water-zwolle",
        1,
        0,
        OrganisatieSoort.WATERSCHAP,
        False,
        "Bij de groeiregio Zwolle ontbreekt de wateropgave van de IJsseldelta. Woningbouw en klimaatadaptatie "
        "horen hier in één aanpak: neem de waterveiligheid expliciet op in de kern.",
        ReactieCategorie.AANVULLING,
        ReactieStatus.VERWERKT,
        "Overgenomen. De kern van de opgave noemt de klimaatbestendigheid van de groei nu uitdrukkelijk, "
        "en het waterschap is partner bij de nieuwe actie voor de verstedelijkingsstrategie.",
        True,
        True,
        datetime.datetime(2019, 2, 5, 14, 10),
    ),
    (
        "dubbeling",
        1,
        2,
        OrganisatieSoort.MAATSCHAPPELIJK,
        True,
        "Neem in de Omgevingsagenda ook de volledige doelen van de regionale energiestrategie, het provinciale "
        "bodembeleid en het natuurbeleid op, zodat alles op één plek staat.",
        ReactieCategorie.DUBBELING,
        ReactieStatus.NIET_OVERGENOMEN,
        "Niet overgenomen. Deze doelen staan al in de regionale energiestrategie en in het provinciale beleid, en "
        "blijven daar gelden. De Omgevingsagenda kiest bewust voor focus op de integrale opgaven die Rijk en regio "
        "samen oppakken: dubbelingen met bestaande nota's doen afbreuk aan een heldere en aparte positionering van "
        "de agenda. Waar de energietransitie en verstedelijking elkaar raken, staat dat wel in de kern van de opgave.",
        True,
        False,
        datetime.datetime(2019, 2, 8, 11, 0),
    ),
    (
        "tekstueel",
        1,
        1,
        OrganisatieSoort.GEMEENTE,
        False,
        "In de tekst over de kennisas staat op twee plaatsen een ander jaartal voor de start van het programma.",
        ReactieCategorie.TEKSTUEEL,
        ReactieStatus.VERWERKT,
        "Dank u wel, gecorrigeerd in versie 2.",
        False,
        True,
        datetime.datetime(2019, 2, 12, 16, 45),
    ),
    (
        "landsdelig",
        1,
        None,
        OrganisatieSoort.MINISTERIE,
        False,
        "De opgaven zijn vooral regionaal beschreven. Maak zichtbaar hoe ze samen bijdragen aan de ambities voor "
        "landsdeel Oost en aan de NOVI.",
        ReactieCategorie.AANVULLING,
        ReactieStatus.VERWERKT,
        "Verwerkt: het perspectief op weg naar 2040 beschrijft nu hoe de gebiedsopgaven samen bijdragen aan "
        "Oost-Nederland, en elke opgave noemt haar schaalniveau.",
        True,
        True,
        datetime.datetime(2019, 2, 18, 10, 5),
    ),
    (
        "foodvalley",
        2,
        4,
        OrganisatieSoort.KENNISINSTELLING,
        True,
        "Betrek bij de voedselopgave ook het onderwijs: zonder vakmensen komt de transitie niet van de grond.",
        "",
        ReactieStatus.ONTVANGEN,
        "",
        False,
        False,
        datetime.datetime(2019, 3, 11, 13, 20),
    ),
    (
        "demo-deelnemer",
        2,
        None,
        None,  # the demo account "deelnemer"
        False,
        "Het concept is een stuk scherper dan het eerste. Kunnen de vervolgtafels per actie nog concreter, zodat "
        "duidelijk is waar de afspraken bestuurlijk landen?",
        "",
        ReactieStatus.ONTVANGEN,
        "",
        False,
        False,
        datetime.datetime(2019, 3, 14, 9, 0),
    ),
    (
        "bedrijfsleven",
        2,
        3,
        OrganisatieSoort.BEDRIJFSLEVEN,
        False,
        "Noem bij de groene metropoolregio ook de bereikbaarheid van de werklocaties.",
        "",
        ReactieStatus.ONTVANGEN,
        "",
        False,
        False,
        datetime.datetime(2019, 3, 15, 15, 30),
    ),
]
REACTIE_SLEUTELS = uuid.UUID("6f1c2a52-3d0e-4c4e-9a57-0e6b1b8e0a01")


def _indiener(soort, naam_publiek: bool, gebruikt: set) -> Deelnemer | None:
    if soort is None:
        return Deelnemer.objects.filter(user__username="deelnemer").first()
    kandidaten = Deelnemer.objects.filter(organisatie__soort=soort).exclude(pk__in=gebruikt).order_by("pk")
    return kandidaten.filter(naam_publiek=naam_publiek).first() or kandidaten.first()


def reacties_laden(agenda, stdout):
    """The demo's written reacties on its two versions; each is made once (a fixed key per reactie)."""
    versies = {v.label: v for v in agenda.versies.filter(label__in=[EERSTE_LABEL, TWEEDE_LABEL])}
    if len(versies) != 2:
        return
    per_nummer = {1: versies[EERSTE_LABEL], 2: versies[TWEEDE_LABEL]}
    opgaven = list(publiceerbare_opgaven(agenda.pk))
    tz = timezone.get_current_timezone()
    gebruikt = set(Reactie.objects.filter(versie__agenda=agenda).values_list("indiener", flat=True))
    nieuw = 0
    for (
        naam,
        versie_nr,
        opgave_nr,
        soort,
        naam_publiek,
        tekst,
        categorie,
        status,
        antwoord,
        openbaar,
        verwerkt,
        datum,
    ) in REACTIES:
        sleutel = uuid.uuid5(REACTIE_SLEUTELS, naam)
        if Reactie.objects.filter(indieningssleutel=sleutel).exists():
            continue
        indiener = _indiener(soort, naam_publiek, gebruikt)
        if indiener is None or (opgave_nr is not None and opgave_nr >= len(opgaven)):
            continue
        gebruikt.add(indiener.pk)
        versie = per_nummer[versie_nr]
        # Submitted while the version was open: open it for a moment if it has closed since.
        was_open = versie.open_voor_reacties
        versie.open_voor_reacties = True
        reactie, _ = reactie_indienen(
            versie=versie,
            indiener=indiener,
            tekst=tekst,
            opgave=opgaven[opgave_nr] if opgave_nr is not None else None,
            sleutel=sleutel,
        )
        versie.open_voor_reacties = was_open
        # The submission date of the story, not of the demo run (auto_now_add sets today).
        Reactie.objects.filter(pk=reactie.pk).update(ingediend_op=timezone.make_aware(datum, tz))
        if status != ReactieStatus.ONTVANGEN or categorie:
            reactie_verwerken(
                reactie=reactie,
                kenmerk=reactie.wijzigingskenmerk(),
                categorie=categorie,
                status=status,
                antwoord=antwoord,
                antwoord_openbaar=openbaar,
                verwerkt_in=per_nummer[2] if verwerkt else None,
            )
        nieuw += 1
    if nieuw:
        stdout.write(f"Reacties op de versies: {nieuw} toegevoegd.")
