"""Importing deelnemers with their organisaties from CSV and XLSX in the admin (django-import-export)."""

import io

import pytest
import tablib
from django.urls import reverse

from deelnemers.models import Deelnemer, Organisatie
from deelnemers.resources import KOLOMMEN, DeelnemerResource
from tests.deelnemers.factories import DeelnemerFactory

pytestmark = pytest.mark.django_db

KOPPEN = ["naam", "email", "organisatie", "organisatie_soort", "functie", "telefoon"]


def _dataset(*rijen):
    return tablib.Dataset(*rijen, headers=KOPPEN)


def test_proefimport_verandert_niets_en_tweede_import_werkt_bij():
    rij = ("Anne de Vries", "Anne@Voorbeeld.nl", "Gemeente Zwolle", "gemeente", "beleidsadviseur", "038-1")
    proef = DeelnemerResource().import_data(_dataset(rij), dry_run=True)
    assert not proef.has_errors() and not proef.has_validation_errors()
    assert not Deelnemer.objects.exists() and not Organisatie.objects.exists()

    DeelnemerResource().import_data(_dataset(rij), dry_run=False)
    anne = Deelnemer.objects.get()
    assert (anne.email, anne.organisatie.soort) == ("anne@voorbeeld.nl", "gemeente")

    bijgewerkt = (*rij[:4], "programmamanager", "038-2")
    DeelnemerResource().import_data(_dataset(bijgewerkt), dry_run=False)
    anne.refresh_from_db()
    assert Deelnemer.objects.count() == 1
    assert (anne.functie, anne.telefoon) == ("programmamanager", "038-2")


def test_fouten_per_rij_in_het_nederlands():
    resultaat = DeelnemerResource().import_data(
        _dataset(
            ("Zonder adres", "", "Gemeente Zwolle", "gemeente", "", ""),
            ("Onbekende soort", "b@voorbeeld.nl", "Nieuwe Club", "vereniging", "", ""),
            ("Goed", "c@voorbeeld.nl", "Gemeente Zwolle", "gemeente", "", ""),
        ),
        dry_run=True,
    )
    fouten = {rij.number: " ".join(rij.error.messages) for rij in resultaat.invalid_rows}
    assert set(fouten) == {1, 2}
    assert fouten[1] == "Elke rij heeft een e-mailadres nodig."
    assert "Organisatie Nieuwe Club is nieuw: geef een geldige organisatie_soort" in fouten[2]
    assert not resultaat.row_errors()


def test_export_in_dezelfde_kolommen():
    DeelnemerFactory(email="x@voorbeeld.nl")
    export = DeelnemerResource().export()
    assert tuple(export.headers) == KOLOMMEN
    assert export.dict[0]["email"] == "x@voorbeeld.nl"


@pytest.mark.parametrize(("formaat", "extensie"), [("0", "csv"), ("1", "xlsx")])
def test_import_in_het_beheer_met_voorvertoning(client, kernteam_user, formaat, extensie):
    data = _dataset(("Piet Bos", "piet@voorbeeld.nl", "Provincie Overijssel", "provincie", "", ""))
    inhoud = data.export(extensie)
    bestand = io.BytesIO(inhoud if isinstance(inhoud, bytes) else inhoud.encode())
    bestand.name = f"deelnemers.{extensie}"
    client.force_login(kernteam_user)
    voorvertoning = client.post(
        reverse("admin:deelnemers_deelnemer_import"), {"resource": "0", "format": formaat, "import_file": bestand}
    )
    assert voorvertoning.status_code == 200
    html = voorvertoning.content.decode()
    assert "Piet Bos" in html
    assert not Deelnemer.objects.exists()  # the preview is a dry run
    bevestiging = voorvertoning.context["confirm_form"].initial
    antwoord = client.post(reverse("admin:deelnemers_deelnemer_process_import"), bevestiging)
    assert antwoord.status_code == 302
    assert Deelnemer.objects.get().organisatie.naam == "Provincie Overijssel"
