# ruff: noqa: E501 -- the seed's paragraphs stay one line each, so they can be compared with the seed as written.
"""The texts of the demo.

The first part is copied verbatim from the seed, blok 5 of the leerspoor ("Fase 2
Alliantievorming en agenda-ontwikkeling", published 1 April 2019), non-breaking spaces
included; its bullet lists became Markdown lists. The rest is sober illustrative prose
built on the facts of DOMAIN.md, and says so where a reader could mistake it for the
real agenda.
"""

# --- Verbatim from the seed ---------------------------------------------------------------

WAT_HEEFT_ER_PLAATSGEVONDEN = (
    "In deze fase hebben in de drie uitwerkingslijnen de volgende activiteiten plaatsgevonden:"
)

ONDERDELEN_AANPAK = {
    "Agenda en programma": [
        "Opstellen gespreksnotities per opgave",
        "Gesprekstafels rondom de opgaven",
        "Strategisch overleg",
        "Uitwerking omgevings-opgaven door duo’s van Rijk en regio",
        "Toets en aanvullen tijdens brede Synthese-bijeenkomst",
    ],
    "Trendwatching": [
        "Perspectief op Oost verder verdiept tijdens strategisch overleg.",
        "Toets en aanvullen tijdens brede Synthesebijeenkomst",
    ],
    "Leerspoor": [
        "Ophalen van ervaringen tijdens strategisch overleg aan de hand van kwadrant (gaat goed/kan beter – inhoud/proces)",
        "Risicosessie ‘opdrachtgevers’",
    ],
}

FASE_2_VERHAAL = (
    "Op basis van de input uit de Gebiedsdialoog is in deze fase allereerst verder gewerkt aan een verdere verdieping van de opgaven. Rondom een overzicht van voorlopige opgaven zijn gesprekstafels georganiseerd met als doel meer scherpte aan te brengen in de gezamenlijke opgaven van Rijk en regio in landsdeel Oost en een eerste verkenning te doen welke extra of nieuwe inzet van partijen nodig is in de aanpak van deze opgaven (in aanvulling op al lopende initiatieven, acties en projecten). De gesprekstafels zijn georganiseerd rondom samenhangende opgaven op verschillende schaalniveaus:\n"
    "\n"
    "- Verstedelijking en kenniseconomie Regio Zwolle;\n"
    "- Verstedelijking en kenniseconomie Regio Twente;\n"
    "- Verstedelijking en kenniseconomie Clean Tech regio;\n"
    "- Verstedelijking en kenniseconomie Regio Arnhem-Nijmegen & Foodvalley;\n"
    "- Vitaal aantrekkelijk en duurzaam landelijk gebied;\n"
    "- Slimme netwerkkracht en Ruimtelijk-Economische Assen;\n"
    "- Integrale rivierlandschappen IJsselvechtdelta en Rijn, Waal en Linge.\n"
    "\n"
    "Hier lees je de gespreksnotities terug die van tevoren zijn opgesteld voor deze tafels in samenwerking met betrokkenen uit Rijk en regio, met daarin ook weergegeven de opbrengsten van de gesprekstafel. Na de gesprekstafels zijn de opbrengsten in het strategisch overleg besproken. Tijdens dit overleg is de slag gemaakt naar een selectie van negental ‘Omgevingsopgaven’. Er zijn vervolgens duo’s of trio’s van Rijk en regio gevormd die – op basis van een 1e uitwerking door de bureaus – in hun achterbannen de beschrijving van de gezamenlijk opgave, lopende en nieuwe acties verder hebben aangevuld.\n"
    "\n"
    "De resultaten van deze negen duo’s zijn vervolgens vertaald in een concept Omgevingsagenda. Deze is verder aangescherpt en verrijkt tijdens de Synthesebijeenkomst op 11 februari 2018, waar circa 100 vertegenwoordigers van rijk en regio hebben deelgenomen. De duo’s stonden tijdens de Synthesebijeenkomst als facilitator van het gesprek bij ‘hun opgave’ en hebben vervolgens de opbrengst vertaald in verdere aanscherpingen van de Omgevingsopgaven. De bureaus hebben deze, in een laatste redactieslag, in de\xa0 Omgevingsagenda opgenomen.\n"
    "\n"
    "Parallel aan de verdieping van opgaven is gewerkt aan het overkoepelende Perspectief op Oost. Tijdens het strategisch overleg werd dit perspectief besproken en aangescherpt op de volgende drie onderdelen:\n"
    "\n"
    "- Positie en kwaliteiten van Oost Nederland;\n"
    "- Oost in beweging (trends, ontwikkelingen, transities);\n"
    "- Perspectief op Oost Nederland op weg naar 2040.\n"
    "\n"
    "Deze input is gebruikt om het Perspectief op Oost aan te vullen en te verwerken in de concept Omgevingsagenda. Tijdens de Synthesebijeenkomst op 11 februari zijn er door de aanwezigen, aanscherpingen gemaakt bij de conceptversie. De duo’s die aan de lat stonden voor de negen Omgevingsopgaven hebben deze verzameld en verwerkt, wat met behulp van de bureaus resulteerde in een verder aangescherpte versie van het Perspectief op Oost.\n"
    "\n"
    "Tijdens de verdieping van de omgevingsopgaven en het perspectief op Oost is tussentijds aandacht besteed aan leerervaringen en risico’s. Tijdens een Strategisch overleg is geïnventariseerd hoe de deelnemers aan kijken tegen: wat gaat er goed? Wat kan er beter? Zowel op proces als inhoud. Daarnaast hebben de opdrachtgevers met elkaar een risicosessie gehouden, waarin is gedeeld welke risico’s men ziet op weg naar het gezamenlijke doel: een Omgevingsagenda mét meerwaarde. Met name \xa0een beperkte betrokkenheid vanuit verschillende partijen, en daarmee het om de tafel krijgen van de goede mensen, werd gezien als een uitdaging. Daarnaast bleken ook nog de verwachtingen over het eindproduct – ondanks de aandacht hiervoor al bij de aftrap van het proces – sterk te verschillen, mede als gevolg van verschillende abstractieniveaus van de opgaven. Naar aanleiding van de risicosessie hebben de opdrachtgevers besloten om met enige regelmaat de risico’s terug te laten komen in de kernteamoverleggen.\n"
    "\n"
    "Tijdens de Synthesebijeenkomst is gepeild onder de aanwezigen hoe bekend zij al zijn met de concept Omgevingsagenda en hoe cruciaal zij deze achten voor de uitvoering van de NOVI en de provinciale omgevingsvisies.\xa0 Na afloop van de bijeenkomst is de meerwaarde van de Omgevingsagenda en tips voor het vervolgproces onder de aanwezigen opgehaald."
)

GESPREKSTAFELS = [
    "Verstedelijking en kenniseconomie Regio Zwolle",
    "Verstedelijking en kenniseconomie Regio Twente",
    "Verstedelijking en kenniseconomie Clean Tech regio",
    "Verstedelijking en kenniseconomie Regio Arnhem-Nijmegen & Foodvalley",
    "Vitaal aantrekkelijk en duurzaam landelijk gebied",
    "Slimme netwerkkracht en Ruimtelijk-Economische Assen",
    "Integrale rivierlandschappen IJsselvechtdelta en Rijn, Waal en Linge",
]

PERCEPTIES_EN_LEERERVARINGEN = [
    "In deze fase zijn de gezamenlijke opgaven benoemd met strategen vanuit de verschillende overheden. Er was een sterkte behoefte om deze opgaven eerst aan te scherpen en te verdiepen met experts, voordat ze in ‘uitvoeringsallianties’ nader worden uitgewerkt en een aanpak wordt\xa0 geformuleerd. Om deze reden zijn eerst enkele verdiepende gesprekstafels georganiseerd;",
    "Tijdens de gesprekstafels bleek eens te meer hoeveel (sectorale) trajecten en acties er al lopen voor de aanpak van opgaven. Het bleek lastig te zijn om concrete extra of nieuwe acties te benoemen waar Rijk en regio samen mee aan de slag willen (boven op wat al loopt). Partijen zien een belangrijke meerwaarde van de Omgevingsagenda dan ook vooral in de gezamenlijke afstemming van de aanpak van integrale opgaven: daar waar meerdere transities en opgaven op verschillende schaalniveaus samen komen. Dit vraagt veelal om een gebiedsspecifieke aanpak. Daaruit kunnen dan ook weer uitgangspunten voor nieuw beleid voor transities voortkomen;",
    "Uit dit inzicht en uit de vaak geuite wens tot ‘nog meer focus’ is ervoor gekozen om in ieder ‘gebied’ de samenwerking tussen Rijk en regio te intensiveren op die integrale gebiedsopgaven die specifiek zijn voor een gebied en als ‘motor/vliegwiel’ kunnen fungeren voor vernieuwing op het schaalniveau van Oost. Door selectief te zijn, verwachten we dat de meerwaarde van de Omgevingsagenda groter kan worden. Namelijk meer richtinggevend\xa0 door keuzes te maken en een duidelijker onderscheid te maken met andere trajecten en nota’s.",
    "Het blijft ook in deze fase nog zoeken naar het passende abstractieniveau voor het formuleren van acties of afspraken van Rijk en regio. Te abstracte afspraken lijken een agenda met meerwaarde in de weg te zitten. Te concrete afspraken werken snel toe naar ‘lijstjes van projecten’ en vragen ook om inzet en middelen. Dit laatste is pas aan de orde aan diverse vervolgtafels als het BO-MIRT, diverse regiodeals, etc.",
    "Scherpte en prioritering aanbrengen in de regiotafels bleek gemakkelijker dan in de thematische tafels (zoals ‘Vitaal, aantrekkelijk en duurzaam landelijk gebied’). Met als reden dat de uitwerking van deze opgaven per regio heel verschillend kan zijn. Specifieke gebiedskennis aan tafel werkt dan ook goed in aanvulling op meer algemene, thematische kennis;",
    "In de schriftelijke reacties op eerste concepten van de Omgevingsagenda wordt vaak gevraagd om tal van inhoudelijke onderwerpen die ook al in andere nota’s staan ook op te nemen in de Omgevingsagenda. Velen streefden naar compleetheid boven focus. Waar mogelijk is vanuit het Kernteam geprobeerd om dit te voorkomen omdat dubbelingen afbreuk doen aan een heldere en aparte positionering van de Omgevingsagenda in relatie met andere instrumenten. Deze ervaring leert dat het opstellen van Omgevingsagenda’s dan ook vraagt om een evenwichtige vertegenwoordiging in het proces van generalisten/strategen (die doorgaans meer focus willen) en specialisten (die overwegend compleetheid willen). Diezelfde balans geldt ook voor het evenwichtig in beeld kunnen brengen van ‘wat er al loopt’ en wat er ‘aanvullend nodig is’;",
    "In reactie op deze eerste concepten, bleek ook dat het moeilijk was om de koppeling te maken tussen de reeds bestaande trajecten en de ambities voor landsdeel Oost. De doorwerking van landsdelige opgaven moest een plek krijgen, waar de focus nog vaak op regionale opgaven lag;",
    "Het werken met duo’s of trio’s van vertegenwoordigers uit het Rijk en de regio heeft het eigenaarschap voor de omgevingsopgaven / omgevingsagenda vergroot. Ook heeft hierdoor uitwisseling plaatsgevonden die in regulier niet altijd tot stand komt (organisatiegrensoverschrijdend werken);",
    "Organisatorisch blijkt het voor regio’s soms lastig om mee te werken aan de verdieping van de verschillende opgaven op verschillende schaalniveaus. Dit vraagt veel tijdsinzet, met name ook vanwege de afstemming tussen meerdere organisaties die juist bij een Omgevingsagenda nodig is;",
    "Bij de gesprekstafels zijn in enige mate private partijen en maatschappelijke organisaties betrokken. Dit verschilde sterk per gesprekstafel. Bij bijvoorbeeld regio Twente deden zowel kennisinstellingen als clusters van ondernemers (zoals Technology Base Twente) mee aan het gesprek. Dit zorgde voor een aanscherping van de opgaven, omdat zij specifieke kennis en ervaringen konden inbrengen.",
    "De balans tussen snelheid in het proces en het zorgvuldig betrekken van alle partijen is een zoektocht. Inmiddels zijn er in deze fase van het proces circa 200 mensen in meer of mindere mate betrokken bij de ontwikkeling van de Omgevingsagenda.",
]

# (toeschrijving, citaat, index of the leerervaring in PERCEPTIES_EN_LEERERVARINGEN it follows)
CITATEN = [
    (
        "deelnemer gesprekstafel",
        "Jullie vertelden dat naast het fysieke nu ook het sociale aspect meegenomen wordt, daarom verbaast het mij dat de burgerkracht met vele maatschappelijke initiatieven niet is meegenomen.",
        6,
    ),
    (
        "deelnemer gesprekstafel Twente",
        "Heel goed dat onderwijs + ondernemers erbij worden betrokken. Vergeet maatschappelijke organisaties niet (gezondheid, zorg, milieu, veiligheid)!",
        10,
    ),
]

# The seed dates the Synthesebijeenkomst "11 februari 2018" in one sentence, but blok 5 was
# published in April 2019 and the process ran 2018–2019: the meeting is dated 2019-02-11
# while the fase text keeps the seed's sentence as written.

# --- Illustrative prose ---------------------------------------------------------------------

AGENDA_NAAM = "Omgevingsagenda Oost"

INLEIDING = """\
De Omgevingsagenda Oost is een pilot onder de Nationale Omgevingsvisie (NOVI). Rijk en regio werken hierin \
samen aan de gezamenlijke opgaven van landsdeel Oost. Opdrachtgevers zijn de provincie Overijssel, de provincie \
Gelderland en het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK). De agenda bouwt voort op de \
Gebiedsagenda Oost uit 2013.

De agenda bestaat uit drie delen:

1. **Perspectief op Oost-Nederland**: de positie, kwaliteiten en trends van Oost-Nederland, met een perspectief \
op weg naar 2040;
2. **Negen omgevingsopgaven**: per opgave de kern van de gezamenlijke opgave en de extra of vernieuwde inzet van \
Rijk en regio voor de komende een à twee jaar;
3. **De uitvoering**: hoe Rijk en regio de uitvoering samen organiseren, onder meer via vervolgtafels als het \
BO-MIRT en Regio Deals.

De agenda bevat vooral procesafspraken en in beginsel geen nieuw beleid.

*Over deze demo.* Het verloop van fase 2, de namen van de gesprekstafels, de percepties en leerervaringen en de \
citaten komen uit het leerspoor (blok 5, gepubliceerd op 1 april 2019). Van de negen omgevingsopgaven is alleen \
‘Klimaatbestendige Groeiregio Zwolle’ aan de bron ontleend; de andere acht zijn illustratief en afgeleid van de \
gesprekstafels. Alle personen zijn fictief, net als de acties, de duo’s, de risicoscores en de antwoorden op de \
peiling.
"""

LIJNEN = [
    ("Agenda en programma", "Een agenda van gezamenlijke opgaven met een eerste aanpak"),
    ("Trendwatching", "Het Perspectief op Oost-Nederland"),
    ("Leerspoor", "Lessen en aanbevelingen"),
]

FASE_1 = {
    "nummer": 1,
    "naam": "Agendering van de opgaven",
    "periode": "voorjaar – zomer 2018",
    "wat_plaatsgevonden": "In deze fase zijn de opgaven van Rijk en regio in landsdeel Oost geagendeerd.",
    "verhaal": """\
Tijdens de Gebiedsdialoog hebben vertegenwoordigers van Rijk en regio de opgaven van Oost-Nederland verkend, \
gestructureerd rond de vier strategische opgaven van de NOVI:

- duurzame en concurrerende economie;
- klimaatbestendige en klimaatneutrale samenleving;
- toekomstbestendige en bereikbare woon- en werkomgeving;
- waardevolle leefomgeving.

De opbrengst is verwerkt in een overzicht van voorlopige opgaven, dat in fase 2 aan de gesprekstafels is \
verdiept. *(Illustratieve samenvatting voor de demo.)*
""",
}

FASE_2 = {
    "nummer": 2,
    "naam": "Alliantievorming en agenda-ontwikkeling",
    "periode": "najaar 2018 – voorjaar 2019",
}

FASE_3 = {
    "nummer": 3,
    "naam": "Adaptief besluiten en rapporteren",
    "periode": "2019 – 2020",
    "wat_plaatsgevonden": "In deze fase is de concept Omgevingsagenda afgerond, besproken en vastgelegd.",
    "verhaal": """\
De opbrengst van de Synthesebijeenkomst is verwerkt in een nieuwe conceptversie. Partijen konden schriftelijk \
reageren; het kernteam heeft de reacties gewogen en waar mogelijk verwerkt. De acties zijn geagendeerd aan de \
vervolgtafels, zoals het BO-MIRT en de Regio Deals, en het leerspoor heeft de lessen voor andere landsdelen \
vastgelegd. *(Illustratieve samenvatting voor de demo.)*
""",
}

# Activiteiten of fases 1 and 3 per uitwerkingslijn (illustrative; fase 2 is the seed's table).
ACTIVITEITEN_FASE_1 = {
    "Agenda en programma": [
        "Gebiedsdialoog rond de vier strategische opgaven van de NOVI",
        "Overzicht voorlopige opgaven",
    ],
    "Trendwatching": ["Eerste verkenning van trends en ontwikkelingen in Oost"],
    "Leerspoor": ["Vastleggen van vraag, aanleiding en verwachtingen bij de aftrap"],
}
ACTIVITEITEN_FASE_3 = {
    "Agenda en programma": [
        "Verwerken van schriftelijke reacties op de conceptversie",
        "Agenderen van acties aan vervolgtafels (BO-MIRT, Regio Deals)",
    ],
    "Trendwatching": ["Afronden van het Perspectief op Oost-Nederland"],
    "Leerspoor": ["Lessen en aanbevelingen voor andere landsdelen"],
}

# (soort, titel, tekst) of the three parts of the Perspectief.
PERSPECTIEF = [
    (
        "positie",
        "Positie en kwaliteiten van Oost Nederland",
        """\
Oost-Nederland, de provincies Gelderland en Overijssel, ligt op de verbinding tussen de Randstad en het \
Duitse achterland. Het landsdeel combineert sterke stedelijke regio’s (Regio Zwolle, Twente, de Cleantech Regio, \
Arnhem-Nijmegen en Foodvalley) met een groot en gevarieerd landelijk gebied: de Veluwe, de rivierlandschappen \
van IJssel, Rijn, Waal en Linge en de coulisselandschappen in het oosten.

Kwaliteiten zijn de kennisinstellingen in Wageningen, Nijmegen, Enschede en Zwolle, de maakindustrie en de \
agrofoodsector, de logistieke corridors over weg, water en spoor en een hoge kwaliteit van leven. \
*(Illustratieve tekst voor de demo.)*
""",
    ),
    (
        "beweging",
        "Oost in beweging",
        """\
Trends, ontwikkelingen en transities raken Oost-Nederland elk op hun eigen manier. Klimaatverandering brengt \
hoogwater op de rivieren en droogte op de hoge zandgronden. De energietransitie vraagt ruimte voor opwek, opslag \
en netten. De stedelijke regio’s groeien, terwijl delen van het landelijk gebied vergrijzen. De landbouw staat \
voor een omslag naar kringlooplandbouw. *(Illustratieve tekst voor de demo.)*
""",
    ),
    (
        "perspectief",
        "Perspectief op Oost Nederland op weg naar 2040",
        """\
Op weg naar 2040 ziet Oost-Nederland zichzelf als een landsdeel waar stad en land elkaar versterken: \
klimaatbestendige groeiregio’s, een vitaal landelijk gebied, rivierlandschappen waarin veiligheid, natuur en \
economie samengaan, en netwerken die de regio’s met elkaar en met de buren verbinden. Rijk en regio werken \
daaraan samen vanuit de omgevingsopgaven van deze agenda. *(Illustratieve tekst voor de demo.)*
""",
    ),
]
