"""The opgave page shows the reacties the kernteam answered publicly, and only those."""

import pytest
from django.urls import reverse

from publicatie.models import ReactieStatus

pytestmark = pytest.mark.django_db


def test_opgave_pagina_toont_alleen_openbaar_beantwoorde_reacties(client, opgave_factory, reactie_factory):
    opgave = opgave_factory()
    reactie_factory(
        versie__agenda=opgave.agenda,
        opgave=opgave,
        tekst="Neem de burgerkracht mee.",
        status=ReactieStatus.VERWERKT,
        antwoord="Opgenomen in de kern.",
        antwoord_openbaar=True,
    )
    reactie_factory(
        versie__agenda=opgave.agenda,
        opgave=opgave,
        tekst="Interne opmerking.",
        status=ReactieStatus.VERWERKT,
        antwoord="Besproken in het kernteam.",
        antwoord_openbaar=False,
    )
    reactie_factory(versie__agenda=opgave.agenda, opgave=opgave, tekst="Nog niet beantwoord.")
    html = client.get(opgave.get_absolute_url()).content.decode()
    assert "Reacties en antwoorden" in html
    assert "Neem de burgerkracht mee." in html
    assert "Opgenomen in de kern." in html
    assert "Interne opmerking." not in html
    assert "Nog niet beantwoord." not in html


def test_opgave_pagina_zonder_openbare_reacties_heeft_geen_sectie(client, opgave_factory):
    opgave = opgave_factory()
    html = client.get(reverse("opgaven:detail", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug}))
    assert "Reacties en antwoorden" not in html.content.decode()
