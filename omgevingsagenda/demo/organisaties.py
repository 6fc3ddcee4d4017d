"""The organisations of DOMAIN.md, with how many fictitious people each sends.

Only the two adviesbureaus are invented (the seed speaks of "de bureaus" without naming
them); their names say so.
"""

from deelnemers.models import OrganisatieSoort as S

# (naam, afkorting, soort, aantal fictieve deelnemers); the counts add up to 200.
ORGANISATIES = [
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "BZK", S.MINISTERIE, 10),
    ("Ministerie van Infrastructuur en Waterstaat", "IenW", S.MINISTERIE, 8),
    ("Ministerie van Economische Zaken en Klimaat", "EZK", S.MINISTERIE, 7),
    ("Ministerie van Landbouw, Natuur en Voedselkwaliteit", "LNV", S.MINISTERIE, 7),
    ("Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", S.MINISTERIE, 3),
    ("Rijkswaterstaat", "RWS", S.RIJKSDIENST, 8),
    ("Provincie Gelderland", "", S.PROVINCIE, 16),
    ("Provincie Overijssel", "", S.PROVINCIE, 16),
    ("Regio Zwolle", "", S.REGIO, 4),
    ("Regio Twente", "", S.REGIO, 4),
    ("Cleantech Regio", "", S.REGIO, 4),
    ("Groene Metropoolregio Arnhem-Nijmegen", "", S.REGIO, 4),
    ("Regio Foodvalley", "", S.REGIO, 4),
    ("Regio Rivierenland", "", S.REGIO, 4),
    ("Gemeente Zwolle", "", S.GEMEENTE, 4),
    ("Gemeente Kampen", "", S.GEMEENTE, 3),
    ("Gemeente Enschede", "", S.GEMEENTE, 4),
    ("Gemeente Hengelo", "", S.GEMEENTE, 3),
    ("Gemeente Almelo", "", S.GEMEENTE, 3),
    ("Gemeente Apeldoorn", "", S.GEMEENTE, 3),
    ("Gemeente Deventer", "", S.GEMEENTE, 4),
    ("Gemeente Zutphen", "", S.GEMEENTE, 3),
    ("Gemeente Arnhem", "", S.GEMEENTE, 4),
    ("Gemeente Nijmegen", "", S.GEMEENTE, 4),
    ("Gemeente Ede", "", S.GEMEENTE, 3),
    ("Gemeente Tiel", "", S.GEMEENTE, 3),
    ("Waterschap Rivierenland", "", S.WATERSCHAP, 3),
    ("Waterschap Vallei en Veluwe", "", S.WATERSCHAP, 3),
    ("Waterschap Drents Overijsselse Delta", "WDODelta", S.WATERSCHAP, 3),
    ("Waterschap Vechtstromen", "", S.WATERSCHAP, 3),
    ("Waterschap Rijn en IJssel", "", S.WATERSCHAP, 3),
    ("Wageningen University & Research", "WUR", S.KENNISINSTELLING, 3),
    ("Radboud Universiteit", "", S.KENNISINSTELLING, 3),
    ("Universiteit Twente", "UT", S.KENNISINSTELLING, 3),
    ("Windesheim", "", S.KENNISINSTELLING, 3),
    ("The Economic Board", "", S.BEDRIJFSLEVEN, 3),
    ("Twente Board", "", S.BEDRIJFSLEVEN, 3),
    ("Oost NL", "", S.BEDRIJFSLEVEN, 3),
    ("Greenport Gelderland", "", S.BEDRIJFSLEVEN, 3),
    ("LTO Noord", "", S.BEDRIJFSLEVEN, 3),
    ("Natuur en Milieu Gelderland", "", S.MAATSCHAPPELIJK, 2),
    ("Staatsbosbeheer", "", S.MAATSCHAPPELIJK, 2),
    ("Landschapsbeheer Gelderland", "", S.MAATSCHAPPELIJK, 2),
    ("Gelders Genootschap", "", S.MAATSCHAPPELIJK, 2),
    ("Vitens", "", S.MAATSCHAPPELIJK, 2),
    ("GGD", "", S.MAATSCHAPPELIJK, 2),
    ("Adviesbureau Oost (fictief)", "", S.ADVIESBUREAU, 3),
    ("Ruimtelijk Atelier (fictief)", "", S.ADVIESBUREAU, 3),
]

BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
IENW = "Ministerie van Infrastructuur en Waterstaat"
EZK = "Ministerie van Economische Zaken en Klimaat"
LNV = "Ministerie van Landbouw, Natuur en Voedselkwaliteit"
OCW = "Ministerie van Onderwijs, Cultuur en Wetenschap"
RWS = "Rijkswaterstaat"
GELDERLAND = "Provincie Gelderland"
OVERIJSSEL = "Provincie Overijssel"
BUREAUS = ("Adviesbureau Oost (fictief)", "Ruimtelijk Atelier (fictief)")
