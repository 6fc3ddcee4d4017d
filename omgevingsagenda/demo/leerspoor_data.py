"""The leerspoor beyond the verbatim percepties and citaten: the kwadrant of the strategisch
overleg, the risks of the risicosessie and the poll of the Synthesebijeenkomst.

The seed names the kwadrant, the two main risks and the poll questions; the entries,
the further risks, all scores and all answers are illustrative.
"""

from .organisaties import BZK, GELDERLAND, OVERIJSSEL

ILLUSTRATIEF = " (Illustratief voorbeeld.)"

# (oordeel, aspect, tekst) as collected at the strategisch overleg.
KWADRANT = [
    ("gaat_goed", "inhoud", "De gespreksnotities geven per gebied een gedeeld beeld van de opgaven."),
    ("gaat_goed", "inhoud", "Het Perspectief op Oost verbindt de regionale opgaven met het landsdeel."),
    ("kan_beter", "inhoud", "Het abstractieniveau van de opgaven loopt sterk uiteen."),
    ("kan_beter", "inhoud", "Nieuwe acties zijn lastig te onderscheiden van wat al loopt."),
    ("gaat_goed", "proces", "Rijk en regio zitten als gelijkwaardige partners aan tafel."),
    ("gaat_goed", "proces", "De duo’s geven de opgaven een gezicht."),
    ("kan_beter", "proces", "Private partijen en maatschappelijke organisaties zijn nog weinig betrokken."),
    ("kan_beter", "proces", "Het tempo vraagt veel van de regio’s; de voorbereidingstijd is kort."),
]

# Risks: titel, beschrijving, eigenaar (organisatie of an opdrachtgever), beheersmaatregelen,
# status, and the scores (kans, impact) at the kernteamoverleggen after the risicosessie, in
# order (None: not discussed there). The last score given is the current one.
RISICOS = [
    {
        "titel": "Beperkte betrokkenheid van partijen",
        "beschrijving": "Een beperkte betrokkenheid vanuit verschillende partijen; het lukt niet de goede mensen "
        "om de tafel te krijgen.",
        "eigenaar": BZK,
        "beheersmaatregelen": "Per gesprekstafel actief uitnodigen via de regio’s; private partijen en "
        "maatschappelijke organisaties gericht benaderen.",
        "status": "open",
        "scores": [(4, 5), (4, 4), (3, 4)],
    },
    {
        "titel": "Verschillende verwachtingen over het eindproduct",
        "beschrijving": "De verwachtingen over het eindproduct verschillen sterk, mede door verschillende "
        "abstractieniveaus van de opgaven.",
        "eigenaar": OVERIJSSEL,
        "beheersmaatregelen": "Voorbeelduitwerking van één omgevingsopgave delen; verwachtingen bespreken in het "
        "strategisch overleg.",
        "status": "open",
        "scores": [(4, 4), (3, 4), (2, 4)],
    },
    {
        "titel": "Te weinig tijdsinzet van de regio’s",
        "beschrijving": "Meewerken aan de verdieping op verschillende schaalniveaus vraagt veel tijd van de regio’s.",
        "eigenaar": GELDERLAND,
        "beheersmaatregelen": "Bureaus maken een eerste uitwerking; duo’s verdelen het werk.",
        "status": "beheerst",
        "scores": [(3, 3), (4, 3), (2, 3)],
    },
    {
        "titel": "Dubbeling met bestaande nota’s en trajecten",
        "beschrijving": "De agenda herhaalt wat al in andere nota’s staat en verliest haar eigen positie.",
        "eigenaar": BZK,
        "beheersmaatregelen": "Per opgave expliciet onderscheiden wat al loopt en wat aanvullend nodig is.",
        "status": "open",
        "scores": [(3, 4), None, (3, 3)],
    },
    {
        "titel": "Geen opvolging aan de vervolgtafels",
        "beschrijving": "Acties vinden geen plek aan het BO-MIRT of in Regio Deals en blijven zonder middelen.",
        "eigenaar": GELDERLAND,
        "beheersmaatregelen": "Acties tijdig agenderen voor het BO-MIRT; trekkers per actie benoemen.",
        "status": "open",
        "scores": [(2, 5), (2, 4), None],
    },
]

PEILING_TITEL = "Peiling Synthesebijeenkomst"
# (soort, tekst, keuzes); the first two from the seed, asked during the meeting, the open one afterwards.
VRAGEN = [
    (
        "schaal",
        "Hoe bekend bent u al met de concept Omgevingsagenda?",
        "helemaal niet bekend\nnauwelijks bekend\nenigszins bekend\nbekend\nzeer bekend",
    ),
    (
        "schaal",
        "Hoe cruciaal acht u de Omgevingsagenda voor de uitvoering van de NOVI en de provinciale omgevingsvisies?",
        "helemaal niet cruciaal\nweinig cruciaal\nneutraal\ncruciaal\nzeer cruciaal",
    ),
    ("open", "Wat is voor u de meerwaarde van de Omgevingsagenda, en welke tips heeft u voor het vervolgproces?", ""),
]
# Weights of the answers 1–5 per scale question: few knew the concept well, most found it crucial.
GEWICHTEN = [(10, 25, 35, 22, 8), (3, 7, 20, 45, 25)]
AANTAL_RESPONDENTEN = 100
AANTAL_OPEN_ANTWOORDEN = 60
MEERWAARDE = [
    "Rijk en regio kijken samen naar de opgaven van het hele landsdeel.",
    "De duo’s maken de samenwerking tussen Rijk en regio concreet.",
    "Eén gezamenlijke agenda voor het BO-MIRT en de Regio Deals.",
    "Integrale gebiedsopgaven in plaats van sectorale trajecten.",
    "Focus: keuzes maken in wat Rijk en regio samen oppakken.",
]
TIPS = [
    "Houd de agenda kort en richtinggevend.",
    "Betrek maatschappelijke organisaties en ondernemers eerder.",
    "Maak per opgave duidelijk wat al loopt en wat nieuw is.",
    "Verbind de acties aan de vervolgtafels met een trekker.",
    "Blijf de voortgang jaarlijks bespreken.",
    "",
]
