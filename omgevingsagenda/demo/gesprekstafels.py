"""The seven gesprekstafels (names verbatim from the seed) and the other bijeenkomsten.

Who sat at which table is illustrative but follows the seed's lesson: the mix of private
parties and maatschappelijke organisaties "verschilde sterk per gesprekstafel". Twente
had kennisinstellingen and ondernemers; most tables lacked maatschappelijke organisaties.
"""

import datetime

from .organisaties import BZK, EZK, GELDERLAND, IENW, LNV, OCW, OVERIJSSEL, RWS
from .teksten import GESPREKSTAFELS

VRAGEN = [
    "Wat is de kern van de gezamenlijke opgave van Rijk en regio?",
    "Welke extra of nieuwe inzet is nodig, in aanvulling op wat al loopt?",
]


def _notitie(aanleiding: str, voorlopig: list[str]) -> str:
    regels = [f"**Aanleiding.** {aanleiding}", "", "**Voorlopige opgaven uit de Gebiedsdialoog:**", ""]
    regels += [f"- {opgave}" for opgave in voorlopig]
    regels += ["", "**Vragen aan de tafel:**", ""]
    regels += [f"{nummer}. {vraag}" for nummer, vraag in enumerate(VRAGEN, start=1)]
    regels += ["", "*Illustratieve gespreksnotitie voor de demo.*"]
    return "\n".join(regels) + "\n"


def _opbrengst(punten: list[str]) -> str:
    return "\n".join(f"- {punt}" for punt in punten) + "\n\n*Illustratieve opbrengst voor de demo.*\n"


# titel (verbatim), slug, schaalniveau, the opgaven it deepened (slugs), notitie, opbrengst,
# datum, locatie, and who sat at the table: {organisatie: aantal}.
TAFELS = [
    {
        "titel": GESPREKSTAFELS[0],
        "slug": "regio-zwolle",
        "schaalniveau": "regio",
        "opgaven": ["klimaatbestendige-groeiregio-zwolle", "waterveiligheid-ijssel-vechtdelta"],
        "gespreksnotitie": _notitie(
            "Regio Zwolle is een van de snelst groeiende regio’s van Oost, gelegen in een kwetsbare delta.",
            ["Verstedelijking en woningbouw Regio Zwolle", "Waterveiligheid IJssel-Vechtdelta"],
        ),
        "opbrengst": _opbrengst(
            [
                "Groei en klimaatadaptatie zijn één opgave: de tafel stelt voor ze samen te nemen.",
                "Er loopt al veel; meerwaarde zit in één gezamenlijk ontwikkelperspectief.",
                "Private partijen en maatschappelijke organisaties ontbraken aan tafel.",
            ]
        ),
        "datum": datetime.date(2018, 10, 2),
        "locatie": "Zwolle",
        "aan_tafel": {
            "Gemeente Zwolle": 3, "Gemeente Kampen": 2, "Regio Zwolle": 3, OVERIJSSEL: 3, BZK: 2, IENW: 1, RWS: 1,
            "Waterschap Drents Overijsselse Delta": 2, "Windesheim": 1,
        },
    },
    {
        "titel": GESPREKSTAFELS[1],
        "slug": "regio-twente",
        "schaalniveau": "regio",
        "opgaven": ["technologische-topregio-twente"],
        "gespreksnotitie": _notitie(
            "Twente heeft een sterke technologische basis, maar moet talent vasthouden.",
            ["Kenniseconomie en maakindustrie Twente", "Stedelijk netwerk Enschede–Hengelo–Almelo"],
        ),
        "opbrengst": _opbrengst(
            [
                "Onderwijs en ondernemers brachten specifieke kennis in; de opgave werd scherper.",
                "Focus op het stedelijk netwerk en de arbeidsmarkt voor techniek.",
                "Vergeet maatschappelijke organisaties niet, zo gaf een deelnemer mee.",
            ]
        ),
        "datum": datetime.date(2018, 10, 9),
        "locatie": "Enschede",
        "aan_tafel": {
            "Gemeente Enschede": 2, "Gemeente Hengelo": 2, "Gemeente Almelo": 2, "Regio Twente": 3, OVERIJSSEL: 2,
            EZK: 2, BZK: 1, OCW: 1, "Universiteit Twente": 3, "Twente Board": 3, "Oost NL": 2,
        },
    },
    {
        "titel": GESPREKSTAFELS[2],
        "slug": "cleantech-regio",
        "schaalniveau": "regio",
        "opgaven": ["cleantech-regio", "circulaire-economie-oost"],
        "gespreksnotitie": _notitie(
            "De Cleantech Regio wil de energietransitie als economische motor benutten.",
            ["Energietransitie Cleantech Regio", "Woningbouw langs de IJssel"],
        ),
        "opbrengst": _opbrengst(
            [
                "Netcapaciteit blijkt een knelpunt voor woningbouw én bedrijvigheid.",
                "De tafel vraagt om één gezamenlijke planning met Rijk en netbeheerders.",
            ]
        ),
        "datum": datetime.date(2018, 10, 16),
        "locatie": "Deventer",
        "aan_tafel": {
            "Gemeente Apeldoorn": 2, "Gemeente Deventer": 2, "Gemeente Zutphen": 2, "Cleantech Regio": 3,
            GELDERLAND: 2, OVERIJSSEL: 1, EZK: 2, BZK: 1, "Waterschap Vallei en Veluwe": 1, "Oost NL": 1,
        },
    },
    {
        "titel": GESPREKSTAFELS[3],
        "slug": "arnhem-nijmegen-foodvalley",
        "schaalniveau": "regio",
        "opgaven": ["groene-metropoolregio-arnhem-nijmegen", "kennisas-wageningen-arnhem-nijmegen", "foodvalley"],
        "gespreksnotitie": _notitie(
            "Arnhem-Nijmegen en Foodvalley delen de kennisas Wageningen–Arnhem–Nijmegen.",
            ["Groene metropoolregio Arnhem-Nijmegen", "Kennisas Wageningen–Arnhem–Nijmegen", "Transitie agrofood"],
        ),
        "opbrengst": _opbrengst(
            [
                "Twee gebieden met een eigen opgave: de tafel adviseert ze apart uit te werken.",
                "De kennisas is een verbindend thema, geen opgave op zich.",
            ]
        ),
        "datum": datetime.date(2018, 10, 23),
        "locatie": "Arnhem",
        "aan_tafel": {
            "Gemeente Arnhem": 2, "Gemeente Nijmegen": 2, "Gemeente Ede": 2,
            "Groene Metropoolregio Arnhem-Nijmegen": 3, "Regio Foodvalley": 3, GELDERLAND: 3, LNV: 2, EZK: 1,
            BZK: 1, "Wageningen University & Research": 2, "Radboud Universiteit": 1, "The Economic Board": 2,
        },
    },
    {
        "titel": GESPREKSTAFELS[4],
        "slug": "landelijk-gebied",
        "schaalniveau": "thema",
        "opgaven": ["vitaal-landelijk-gebied", "foodvalley", "vrijetijdseconomie-veluwe"],
        "gespreksnotitie": _notitie(
            "Het landelijk gebied van Oost staat voor opgaven in landbouw, natuur, water en leefbaarheid.",
            ["Vitaal landelijk gebied", "Kringlooplandbouw", "Vrijetijdseconomie Veluwe"],
        ),
        "opbrengst": _opbrengst(
            [
                "De opgave verschilt sterk per gebied; prioriteren bleek lastig.",
                "Gebiedskennis aan tafel is nodig naast thematische kennis.",
                "Maatschappelijke organisaties en boeren brachten de praktijk in.",
            ]
        ),
        "datum": datetime.date(2018, 10, 30),
        "locatie": "Apeldoorn",
        "aan_tafel": {
            LNV: 3, BZK: 1, GELDERLAND: 2, OVERIJSSEL: 2, "Waterschap Vechtstromen": 1, "Waterschap Rijn en IJssel": 1,
            "LTO Noord": 2, "Natuur en Milieu Gelderland": 2, "Staatsbosbeheer": 1, "Landschapsbeheer Gelderland": 1,
            "Gelders Genootschap": 1, "Greenport Gelderland": 1, "Wageningen University & Research": 1,
        },
    },
    {
        "titel": GESPREKSTAFELS[5],
        "slug": "netwerkkracht-en-assen",
        "schaalniveau": "landsdeel",
        "opgaven": ["slimme-netwerken-en-assen", "bereikbaarheid-stedelijke-netwerken"],
        "gespreksnotitie": _notitie(
            "De regio’s van Oost zijn verbonden over weg, water en spoor, en met Duitsland.",
            ["Ruimtelijk-economische assen", "Bereikbaarheid van de stedelijke netwerken"],
        ),
        "opbrengst": _opbrengst(
            [
                "Kijk naar het netwerk als geheel, niet naar losse verbindingen.",
                "Aan deze tafel zaten alleen overheden; ondernemers ontbraken.",
            ]
        ),
        "datum": datetime.date(2018, 11, 6),
        "locatie": "Arnhem",
        "aan_tafel": {
            IENW: 3, RWS: 2, BZK: 2, EZK: 1, GELDERLAND: 2, OVERIJSSEL: 2, "Regio Twente": 1, "Regio Zwolle": 1,
            "Groene Metropoolregio Arnhem-Nijmegen": 1, "Gemeente Arnhem": 1, "Gemeente Deventer": 1,
        },
    },
    {
        "titel": GESPREKSTAFELS[6],
        "slug": "rivierlandschappen",
        "schaalniveau": "regio",
        "opgaven": ["rivierlandschap-rijn-waal-linge", "klimaatbestendige-groeiregio-zwolle"],
        "gespreksnotitie": _notitie(
            "De rivieren van Oost vragen om een integrale aanpak van veiligheid, natuur en economie.",
            ["Rivierlandschap Rijn, Waal en Linge", "IJssel-Vechtdelta"],
        ),
        "opbrengst": _opbrengst(
            [
                "Dijkversterking is een kans voor het hele rivierlandschap.",
                "De IJsselvechtdelta hoort bij de opgave van Regio Zwolle.",
            ]
        ),
        "datum": datetime.date(2018, 11, 13),
        "locatie": "Tiel",
        "aan_tafel": {
            IENW: 2, RWS: 3, LNV: 1, BZK: 1, GELDERLAND: 2, OVERIJSSEL: 2, "Regio Rivierenland": 2, "Gemeente Tiel": 2,
            "Gemeente Kampen": 1, "Waterschap Rivierenland": 2, "Waterschap Drents Overijsselse Delta": 2,
            "Staatsbosbeheer": 1, "Vitens": 1,
        },
    },
]  # fmt: skip

# The other bijeenkomsten: (soort, titel, datum, locatie, fase, verslag). Dates and places
# are illustrative except the Synthesebijeenkomst of 11 February 2019.
GEBIEDSDIALOOG = (
    "gebiedsdialoog",
    "Gebiedsdialoog Oost",
    datetime.date(2018, 6, 21),
    "Deventer",
    1,
    "Verkenning van de opgaven rond de vier strategische opgaven van de NOVI. *(Illustratief.)*",
)
STRATEGISCH_OVERLEG = (
    "strategisch_overleg",
    "Strategisch overleg",
    datetime.date(2018, 11, 29),
    "Arnhem",
    2,
    "Bespreking van de opbrengsten van de gesprekstafels, selectie van negen omgevingsopgaven, "
    "verdieping van het Perspectief op Oost en ophalen van ervaringen met het kwadrant. "
    "*(Illustratief verslag.)*",
)
RISICOSESSIE = (
    "risicosessie",
    "Risicosessie ‘opdrachtgevers’",
    datetime.date(2018, 12, 6),
    "Zwolle",
    2,
    "De opdrachtgevers delen welke risico’s zij zien op weg naar een Omgevingsagenda mét meerwaarde. "
    "Besloten is de risico’s met enige regelmaat in de kernteamoverleggen terug te laten komen.",
)
SYNTHESEBIJEENKOMST = (
    "synthesebijeenkomst",
    "Synthesebijeenkomst",
    datetime.date(2019, 2, 11),
    "Apeldoorn",
    2,
    "Circa 100 vertegenwoordigers van Rijk en regio scherpen de concept Omgevingsagenda aan; de "
    "duo’s faciliteren het gesprek bij hun opgave. *(Illustratief verslag.)*",
)
KERNTEAMOVERLEGGEN = [
    ("kernteamoverleg", "Kernteamoverleg oktober 2018", datetime.date(2018, 10, 4), "Utrecht", 2,
     "Voorbereiding van de gesprekstafels."),
    ("kernteamoverleg", "Kernteamoverleg december 2018", datetime.date(2018, 12, 20), "Utrecht", 2,
     "Eerste bespreking van de risico’s na de risicosessie; opzet van de duo’s."),
    ("kernteamoverleg", "Kernteamoverleg januari 2019", datetime.date(2019, 1, 24), "Utrecht", 2,
     "Voorbereiding van de Synthesebijeenkomst; risico’s opnieuw gewogen."),
    ("kernteamoverleg", "Kernteamoverleg maart 2019", datetime.date(2019, 3, 14), "Utrecht", 2,
     "Verwerking van de opbrengst van de Synthesebijeenkomst; risico’s opnieuw gewogen."),
]  # fmt: skip

# Who sits in the kernteam and among the opdrachtgevers: {organisatie: aantal}.
KERNTEAM = {BZK: 2, IENW: 1, EZK: 1, LNV: 1, RWS: 1, GELDERLAND: 3, OVERIJSSEL: 3, "Regio Zwolle": 1,
            "Groene Metropoolregio Arnhem-Nijmegen": 1}  # fmt: skip
OPDRACHTGEVERS = {BZK: 2, GELDERLAND: 2, OVERIJSSEL: 2}
AANTAL_SYNTHESE = 100
AANTAL_GEBIEDSDIALOOG = 70
AANTAL_STRATEGISCH_OVERLEG = 30
