"""The three PDFs of the demo (a version, its Nota van beantwoording, a fase report) read back."""

from django.test import Client
from django.urls import reverse

from omgevingsagenda.demo.laden import AGENDA_SLUG
from tests.toegankelijkheid.pdf_structuur import structuurfouten

A = {"agenda": AGENDA_SLUG}


def _pdf(url: str) -> bytes:
    response = Client().get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content) if response.streaming else response.content


PDFS = {
    "versie": reverse("publicatie:pdf", kwargs={**A, "nummer": 2}),
    "nota": reverse("publicatie:nota_pdf", kwargs={**A, "nummer": 1}),
    "fase": reverse("leerspoor:fase_pdf", kwargs={**A, "nummer": 2}),
}


def test_de_pdfs_van_de_demo_hebben_een_toegankelijke_structuur(demo):
    # One test for the three, so the demo (6 s) is loaded once; every finding is reported.
    fouten = {naam: structuurfouten(_pdf(url), lopende_tekst="pagina 2 van") for naam, url in PDFS.items()}
    assert fouten == {naam: [] for naam in PDFS}
