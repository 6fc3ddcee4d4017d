"""The nine omgevingsopgaven, their acties and duo's, the voorlopige opgaven that did not
make it, and the trends.

Only "Klimaatbestendige Groeiregio Zwolle" is a confirmed name; the other eight are
illustrative, derived from the seven gesprekstafels (the inleiding of the agenda says so).
Acties, partners and vervolgtafels are illustrative too.
"""

from .organisaties import BZK, EZK, GELDERLAND, IENW, LNV, OCW, OVERIJSSEL, RWS

# (naam, soort, beschrijving)
TRENDS = [
    ("Klimaatverandering", "trend", "Meer hoogwater op de rivieren, langere droogte op de hoge zandgronden."),
    ("Digitalisering", "trend", "Data en technologie veranderen productie, werk en mobiliteit."),
    ("Groei van de stedelijke regio’s", "ontwikkeling", "Wonen en werken concentreren zich in de steden."),
    ("Vergrijzing van het landelijk gebied", "ontwikkeling", "Minder jongeren en voorzieningen in kleine kernen."),
    ("Energietransitie", "transitie", "Van fossiel naar duurzaam: opwek, opslag en netten vragen ruimte."),
    ("Kringlooplandbouw", "transitie", "Een landbouw die kringlopen sluit en minder belast."),
    ("Circulaire economie", "transitie", "Grondstoffen worden hergebruikt in plaats van verbruikt."),
]

# Each opgave: its fields, its trends, its duo (organisations, Rijk first; the demo picks a
# generalist of each) and its acties (soort, omschrijving, trekker, partners, vervolgtafel, status).
OMGEVINGSOPGAVEN = [
    {
        "volgnummer": 1,
        "titel": "Klimaatbestendige Groeiregio Zwolle",
        "slug": "klimaatbestendige-groeiregio-zwolle",
        "schaalniveau": "regio",
        "gebied": "Regio Zwolle",
        "samenvatting": "Regio Zwolle groeit in een delta waar IJssel, Vecht en Zwarte Water samenkomen: "
        "verstedelijking en klimaatadaptatie moeten samen worden opgepakt.",
        "kern": "De woningbouw en de groei van de kenniseconomie in Regio Zwolle vragen om keuzes die ook de "
        "waterveiligheid en de klimaatbestendigheid van de IJssel-Vechtdelta versterken. Rijk en regio werken aan "
        "één integrale aanpak in plaats van losse sectorale trajecten.",
        "trends": ["Klimaatverandering", "Groei van de stedelijke regio’s"],
        "duo": [IENW, OVERIJSSEL, "Gemeente Zwolle"],
        "acties": [
            (
                "lopend",
                "Deltaprogramma: uitvoering van het Hoogwaterbeschermingsprogramma in de IJssel-Vechtdelta.",
                "Waterschap Drents Overijsselse Delta",
                [RWS, OVERIJSSEL],
                "",
                "in_uitvoering",
            ),
            (
                "lopend",
                "Woningbouwafspraken Regio Zwolle.",
                "Regio Zwolle",
                ["Gemeente Zwolle", "Gemeente Kampen"],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Gezamenlijk ontwikkelperspectief verstedelijking en klimaatadaptatie voor de IJssel-Vechtdelta.",
                OVERIJSSEL,
                [BZK, IENW, "Regio Zwolle"],
                "BO-MIRT",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Pilot klimaatbestendig bouwen in nieuwe woonwijken.",
                "Gemeente Zwolle",
                [BZK, "Windesheim"],
                "Regio Deal",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 2,
        "titel": "Technologische topregio Twente",
        "slug": "technologische-topregio-twente",
        "schaalniveau": "regio",
        "gebied": "Twente",
        "samenvatting": "Twente versterkt haar kenniseconomie en maakindustrie met een aantrekkelijk stedelijk "
        "netwerk. *(Illustratieve opgave.)*",
        "kern": "Het vasthouden van talent vraagt om sterke binnensteden, goede verbindingen tussen Enschede, "
        "Hengelo en Almelo en samenwerking tussen onderwijs, ondernemers en overheden.",
        "trends": ["Digitalisering", "Groei van de stedelijke regio’s"],
        "duo": [EZK, "Regio Twente"],
        "acties": [
            (
                "lopend",
                "Uitvoering van de Regio Deal Twente.",
                "Regio Twente",
                [EZK, "Twente Board"],
                "Regio Deal",
                "in_uitvoering",
            ),
            (
                "lopend",
                "Innovatieprogramma’s met de Universiteit Twente.",
                "Universiteit Twente",
                ["Twente Board"],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Verkenning stedelijk netwerk Twente: wonen en werken rond de stations.",
                "Regio Twente",
                [BZK, OVERIJSSEL, "Gemeente Enschede", "Gemeente Hengelo", "Gemeente Almelo"],
                "BO-MIRT",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Gezamenlijke arbeidsmarktagenda techniek met onderwijs en ondernemers.",
                "Twente Board",
                [OCW, "Universiteit Twente"],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 3,
        "titel": "Energietransitie en verstedelijking Cleantech Regio",
        "slug": "cleantech-regio",
        "schaalniveau": "regio",
        "gebied": "Cleantech Regio",
        "samenvatting": "De Cleantech Regio (Apeldoorn, Deventer, Zutphen) verbindt groei met de energietransitie. "
        "*(Illustratieve opgave.)*",
        "kern": "De regio wil de energietransitie benutten als motor voor de economie, en de woningbouw langs de "
        "IJssel afstemmen op de capaciteit van het energienet.",
        "trends": ["Energietransitie", "Groei van de stedelijke regio’s"],
        "duo": [EZK, "Cleantech Regio", GELDERLAND],
        "acties": [
            (
                "lopend",
                "Regionale Energiestrategie Cleantech Regio.",
                "Cleantech Regio",
                ["Gemeente Apeldoorn", "Gemeente Deventer", "Gemeente Zutphen"],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Gezamenlijke netcapaciteitsplanning voor woningbouw en bedrijventerreinen.",
                EZK,
                [GELDERLAND, OVERIJSSEL, "Cleantech Regio"],
                "",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Ontwikkelstrategie spoorzone Deventer–Apeldoorn.",
                "Gemeente Deventer",
                [IENW, "Gemeente Apeldoorn"],
                "BO-MIRT",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 4,
        "titel": "Groene metropoolregio Arnhem-Nijmegen",
        "slug": "groene-metropoolregio-arnhem-nijmegen",
        "schaalniveau": "regio",
        "gebied": "Arnhem-Nijmegen",
        "samenvatting": "Arnhem en Nijmegen groeien als groene metropoolregio met de kennisas Wageningen–Arnhem–"
        "Nijmegen. *(Illustratieve opgave.)*",
        "kern": "Verstedelijking, bereikbaarheid en groen worden samen ontworpen, zodat de regio kan groeien "
        "zonder haar landschappelijke kwaliteit te verliezen.",
        "trends": ["Groei van de stedelijke regio’s", "Klimaatverandering"],
        "duo": [BZK, "Groene Metropoolregio Arnhem-Nijmegen"],
        "acties": [
            (
                "lopend",
                "Verstedelijkingsstrategie Arnhem-Nijmegen.",
                "Groene Metropoolregio Arnhem-Nijmegen",
                ["Gemeente Arnhem", "Gemeente Nijmegen", GELDERLAND],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Bereikbaarheidsakkoord voor de corridor Arnhem–Nijmegen.",
                IENW,
                [GELDERLAND, "Groene Metropoolregio Arnhem-Nijmegen"],
                "BO-MIRT",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Programma gezonde verstedelijking met de GGD en de kennisinstellingen.",
                "Gemeente Nijmegen",
                ["GGD", "Radboud Universiteit"],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 5,
        "titel": "Foodvalley: transitie naar duurzame voedselproductie",
        "slug": "foodvalley",
        "schaalniveau": "regio",
        "gebied": "Foodvalley",
        "samenvatting": "Foodvalley is proeftuin voor de transitie van landbouw en voedsel. *(Illustratieve opgave.)*",
        "kern": "De veehouderij in de Gelderse Vallei staat voor een grote opgave op het gebied van stikstof, "
        "gezondheid en ruimte; kennis uit Wageningen helpt de transitie te versnellen.",
        "trends": ["Kringlooplandbouw", "Digitalisering"],
        "duo": [LNV, "Regio Foodvalley"],
        "acties": [
            (
                "lopend",
                "Uitvoering van de Regio Deal Foodvalley.",
                "Regio Foodvalley",
                [LNV, "Gemeente Ede"],
                "Regio Deal",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Gebiedsprogramma transitie veehouderij Gelderse Vallei.",
                GELDERLAND,
                [LNV, "Wageningen University & Research", "LTO Noord"],
                "",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Proeftuin kringlooplandbouw met boeren en onderzoekers.",
                "Wageningen University & Research",
                ["LTO Noord", "Regio Foodvalley"],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 6,
        "titel": "Vitaal en duurzaam landelijk gebied",
        "slug": "vitaal-landelijk-gebied",
        "schaalniveau": "thema",
        "gebied": "Oost-Nederland",
        "samenvatting": "Een landelijk gebied dat economisch vitaal, aantrekkelijk en duurzaam is. "
        "*(Illustratieve opgave.)*",
        "kern": "Landbouw, natuur, water, energie en leefbaarheid komen in het landelijk gebied samen. De uitwerking "
        "verschilt sterk per gebied; Rijk en regio zoeken naar een gebiedsgerichte aanpak.",
        "trends": ["Kringlooplandbouw", "Vergrijzing van het landelijk gebied", "Klimaatverandering"],
        "duo": [LNV, OVERIJSSEL],
        "acties": [
            (
                "lopend",
                "Programma’s voor natuur en landschap van de provincies.",
                GELDERLAND,
                [OVERIJSSEL, "Staatsbosbeheer"],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Gebiedsgerichte aanpak in twee pilotgebieden.",
                OVERIJSSEL,
                [LNV, "Natuur en Milieu Gelderland", "LTO Noord"],
                "",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Leefbaarheidsagenda voor kleine kernen.",
                BZK,
                ["Landschapsbeheer Gelderland", "Gelders Genootschap"],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 7,
        "titel": "Slimme netwerken en ruimtelijk-economische assen",
        "slug": "slimme-netwerken-en-assen",
        "schaalniveau": "landsdeel",
        "gebied": "Oost-Nederland",
        "samenvatting": "De assen over weg, water en spoor verbinden de regio’s van Oost met elkaar, met de "
        "Randstad en met Duitsland. *(Illustratieve opgave.)*",
        "kern": "Bereikbaarheid en economie worden als netwerk bekeken: welke verbindingen versterken de regio’s "
        "samen, en waar ligt ruimte voor logistiek en bedrijvigheid?",
        "trends": ["Digitalisering", "Groei van de stedelijke regio’s"],
        "duo": [IENW, GELDERLAND],
        "acties": [
            (
                "lopend",
                "MIRT-onderzoeken naar de corridors in Oost-Nederland.",
                IENW,
                [RWS, GELDERLAND, OVERIJSSEL],
                "BO-MIRT",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Gezamenlijke netwerkanalyse van de ruimtelijk-economische assen.",
                RWS,
                [GELDERLAND, OVERIJSSEL, "Oost NL"],
                "BO-MIRT",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Afspraken over grensoverschrijdende verbindingen met Duitsland.",
                BZK,
                [IENW, "Oost NL"],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 8,
        "titel": "Integraal rivierlandschap Rijn, Waal en Linge",
        "slug": "rivierlandschap-rijn-waal-linge",
        "schaalniveau": "regio",
        "gebied": "Rivierenland",
        "samenvatting": "Waterveiligheid, natuur en economie in het rivierengebied worden samen opgepakt. "
        "*(Illustratieve opgave.)*",
        "kern": "Dijkversterkingen zijn een kans om het rivierlandschap als geheel te verbeteren: voor natuur, "
        "recreatie, landbouw en de economie van Rivierenland.",
        "trends": ["Klimaatverandering"],
        "duo": [RWS, "Waterschap Rivierenland", "Regio Rivierenland"],
        "acties": [
            (
                "lopend",
                "Dijkversterkingen in het Hoogwaterbeschermingsprogramma.",
                "Waterschap Rivierenland",
                [RWS],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Integraal riviermanagement: gezamenlijk ontwerp voor Waal en Linge.",
                RWS,
                [GELDERLAND, "Regio Rivierenland", "Staatsbosbeheer"],
                "BO-MIRT",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Drinkwaterbronnen en natuur in de uiterwaarden verbinden.",
                "Vitens",
                ["Waterschap Rivierenland", GELDERLAND],
                "",
                "voorgenomen",
            ),
        ],
    },
    {
        "volgnummer": 9,
        "titel": "Circulaire en klimaatneutrale economie Oost",
        "slug": "circulaire-economie-oost",
        "schaalniveau": "thema",
        "gebied": "Oost-Nederland",
        "samenvatting": "De maakindustrie en de agrofood van Oost worden circulair en klimaatneutraal. "
        "*(Illustratieve opgave.)*",
        "kern": "Bedrijven in Oost willen voorop lopen in hergebruik van grondstoffen en het terugdringen van "
        "uitstoot; daarvoor zijn ruimte, kennis en afspraken over regelgeving nodig.",
        "trends": ["Circulaire economie", "Energietransitie"],
        "duo": [EZK, GELDERLAND],
        "acties": [
            (
                "lopend",
                "Circulaire ketenprojecten van Oost NL.",
                "Oost NL",
                [GELDERLAND, OVERIJSSEL],
                "",
                "in_uitvoering",
            ),
            (
                "nieuw",
                "Ruimte voor circulaire bedrijvigheid op bestaande bedrijventerreinen.",
                OVERIJSSEL,
                [EZK, "Oost NL"],
                "",
                "voorgenomen",
            ),
            (
                "nieuw",
                "Regelluwe zones voor hergebruik van reststromen.",
                EZK,
                [IENW, "The Economic Board"],
                "",
                "voorgenomen",
            ),
        ],
    },
]

# Voorlopige opgaven of fase 1 that did not become an omgevingsopgave of their own:
# (titel, slug, schaalniveau, gebied, status, samengevoegd in (slug), reden).
VOORLOPIGE_OPGAVEN = [
    (
        "Waterveiligheid IJssel-Vechtdelta",
        "waterveiligheid-ijssel-vechtdelta",
        "regio",
        "IJssel-Vechtdelta",
        "samengevoegd",
        "klimaatbestendige-groeiregio-zwolle",
        "Aan de gesprekstafel bleek de wateropgave van de delta niet los te zien van de groei van Regio Zwolle.",
    ),
    (
        "Kennisas Wageningen–Arnhem–Nijmegen",
        "kennisas-wageningen-arnhem-nijmegen",
        "regio",
        "Arnhem-Nijmegen",
        "samengevoegd",
        "groene-metropoolregio-arnhem-nijmegen",
        "Het strategisch overleg koos voor één opgave per stedelijke regio; de kennisas is onderdeel van de "
        "groene metropoolregio.",
    ),
    (
        "Bereikbaarheid van de stedelijke netwerken",
        "bereikbaarheid-stedelijke-netwerken",
        "landsdeel",
        "Oost-Nederland",
        "samengevoegd",
        "slimme-netwerken-en-assen",
        "Overlapt met de opgave over de ruimtelijk-economische assen.",
    ),
    (
        "Vrijetijdseconomie Veluwe",
        "vrijetijdseconomie-veluwe",
        "regio",
        "Veluwe",
        "vervallen",
        None,
        "Geen gezamenlijke opgave van Rijk en regio: dit loopt al via bestaande provinciale programma’s.",
    ),
]
