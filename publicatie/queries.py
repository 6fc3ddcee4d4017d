"""Read-only composites of publicatie that pages and exports share."""

from django.utils import timezone
from django.utils.translation import gettext as _

REACTIES_CSV_KOLOMMEN = [
    "id",
    "versie_nummer",
    "versie_label",
    "over",
    "indiener",
    "organisatie",
    "ingediend_op",
    "tekst",
    "categorie",
    "status",
    "antwoord",
    "antwoord_openbaar",
    "verwerkt_in_versie",
]


def reacties_tabel(reacties) -> tuple[list[str], list[list]]:
    """The kernteam's reacties as columns and rows (the CSV): names and organisations, no contact data."""
    rijen = [
        [
            reactie.pk,
            reactie.versie.nummer,
            reactie.versie.label,
            reactie.opgave.titel if reactie.opgave else _("Hele agenda"),
            reactie.indiener.naam,
            reactie.organisatie.naam,
            timezone.localtime(reactie.ingediend_op).isoformat(timespec="minutes"),
            reactie.tekst,
            reactie.get_categorie_display(),
            reactie.get_status_display(),
            reactie.antwoord,
            _("ja") if reactie.antwoord_openbaar else _("nee"),
            reactie.verwerkt_in.nummer if reactie.verwerkt_in else "",
        ]
        for reactie in reacties
    ]
    return REACTIES_CSV_KOLOMMEN, rijen
