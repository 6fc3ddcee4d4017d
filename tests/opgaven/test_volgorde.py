"""Opgaven without a volgnummer come after the numbered ones on every database and every page."""

import pytest
from django.urls import reverse

from opgaven.models import Duo, Opgave, OpgaveStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def opgaven(agenda_factory, opgave_factory):
    agenda = agenda_factory()
    zonder = opgave_factory(agenda=agenda, titel="Aaa zonder nummer", volgnummer=None, status=OpgaveStatus.VOORLOPIG)
    twee = opgave_factory(agenda=agenda, titel="Bbb twee", volgnummer=2)
    een = opgave_factory(agenda=agenda, titel="Ccc een", volgnummer=1)
    return agenda, [een, twee, zonder]


def test_in_volgorde_zet_opgaven_zonder_volgnummer_achteraan(opgaven):
    agenda, verwacht = opgaven
    assert list(agenda.opgaven.in_volgorde()) == verwacht
    # The default ordering says the same.
    assert list(Opgave.objects.filter(agenda=agenda)) == verwacht


def test_duos_volgen_de_volgorde_van_hun_opgave(opgaven, duo_factory):
    _agenda, verwacht = opgaven
    for opgave in reversed(verwacht):
        duo_factory(opgave=opgave)
    assert [duo.opgave for duo in Duo.objects.all()] == verwacht


def test_gesprekstafel_toont_opgaven_in_volgorde(client, opgaven, gesprekstafel_factory):
    agenda, verwacht = opgaven
    for opgave in verwacht:
        opgave.status = OpgaveStatus.OMGEVINGSOPGAVE
        opgave.save()
    tafel = gesprekstafel_factory(agenda=agenda)
    tafel.opgaven.set(verwacht)
    inhoud = client.get(tafel.get_absolute_url()).content.decode()
    posities = [inhoud.index(opgave.titel) for opgave in verwacht]
    assert posities == sorted(posities)


def test_perspectief_toont_opgaven_van_een_trend_in_volgorde(client, opgaven, trend_factory):
    agenda, verwacht = opgaven
    trend = trend_factory(agenda=agenda)
    for opgave in verwacht:
        opgave.trends.add(trend)
    inhoud = client.get(reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})).content.decode()
    posities = [inhoud.index(opgave.titel) for opgave in verwacht]
    assert posities == sorted(posities)
