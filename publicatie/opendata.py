"""Open data (Wet open overheid): each published version as JSON and as CSV.

The JSON is the snapshot itself, schema version included; the CSV has one row per actie.
The schema is documented in docs/opendata.md; keep the two in step.
"""

import json

from kern.csv import csv_tekst
from publicatie.models import Versie

CSV_KOLOMMEN = [
    "agenda",
    "versie_nummer",
    "versie_label",
    "versie_gepubliceerd_op",
    "opgave_volgnummer",
    "opgave_slug",
    "opgave_titel",
    "actie_soort",
    "actie_omschrijving",
    "actie_trekker",
    "actie_partners",
    "actie_vervolgtafel",
    "actie_status",
]


def versie_json(versie: Versie) -> str:
    return json.dumps(versie.snapshot, ensure_ascii=False, indent=2, sort_keys=False)


def versie_csv_rijen(momentopname: dict) -> list[dict]:
    versie = momentopname.get("versie") or {}
    rijen = []
    for opgave in momentopname["opgaven"]:
        for actie in opgave["acties"]:
            rijen.append(
                {
                    "agenda": momentopname["agenda"]["slug"],
                    "versie_nummer": versie.get("nummer"),
                    "versie_label": versie.get("label", ""),
                    "versie_gepubliceerd_op": versie.get("gepubliceerd_op") or "",
                    "opgave_volgnummer": opgave["volgnummer"],
                    "opgave_slug": opgave["slug"],
                    "opgave_titel": opgave["titel"],
                    "actie_soort": actie["soort"],
                    "actie_omschrijving": actie["omschrijving"],
                    "actie_trekker": (actie.get("trekker") or {}).get("naam", ""),
                    "actie_partners": "; ".join(p["naam"] for p in actie["partners"]),
                    "actie_vervolgtafel": actie["vervolgtafel"],
                    "actie_status": actie["status"],
                }
            )
    return rijen


def versie_csv(versie: Versie) -> str:
    """The CSV through the one writer of kern.csv: a duo's actie text never runs as a formula."""
    rijen = ([rij[kolom] for kolom in CSV_KOLOMMEN] for rij in versie_csv_rijen(versie.snapshot))
    return csv_tekst(CSV_KOLOMMEN, rijen)
