import pytest
from django.db import IntegrityError, transaction

from agenda.models import Agenda, Fase, PerspectiefOnderdeel, PerspectiefSoort, Trend
from tests.deelnemers.test_constraints import weigert

pytestmark = pytest.mark.django_db


def test_agenda_landsdeel_buiten_de_keuzes_wordt_geweigerd(agenda_factory):
    agenda = agenda_factory()
    weigert(Agenda.objects.filter(pk=agenda.pk), landsdeel="midden")


def test_agenda_slug_is_uniek(agenda_factory):
    agenda_factory(slug="oost")
    with pytest.raises(IntegrityError), transaction.atomic():
        agenda_factory(slug="oost")


def test_fasenummer_uniek_per_agenda_en_positief(fase_factory, agenda_factory):
    fase = fase_factory(nummer=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        fase_factory(agenda=fase.agenda, nummer=2)
    fase_factory(agenda=agenda_factory(), nummer=2)  # another agenda may have its own fase 2
    weigert(Fase.objects.filter(pk=fase.pk), nummer=0)


def test_perspectiefonderdeel_een_per_soort_en_geldige_soort(perspectief_onderdeel_factory):
    onderdeel = perspectief_onderdeel_factory(soort=PerspectiefSoort.POSITIE)
    with pytest.raises(IntegrityError), transaction.atomic():
        perspectief_onderdeel_factory(agenda=onderdeel.agenda, soort=PerspectiefSoort.POSITIE)
    weigert(PerspectiefOnderdeel.objects.filter(pk=onderdeel.pk), soort="toekomst")


def test_trend_soort_buiten_de_keuzes_wordt_geweigerd(trend_factory):
    trend = trend_factory()
    weigert(Trend.objects.filter(pk=trend.pk), soort="hype")
