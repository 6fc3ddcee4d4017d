import pytest
from django.db import IntegrityError, transaction

from tafels.models import Bijeenkomst, Deelname, Gesprekstafel
from tests.deelnemers.test_constraints import weigert

pytestmark = pytest.mark.django_db


def test_tafel_slug_uniek_per_agenda(gesprekstafel_factory, agenda_factory):
    tafel = gesprekstafel_factory(slug="twente")
    with pytest.raises(IntegrityError), transaction.atomic():
        gesprekstafel_factory(agenda=tafel.agenda, slug="twente")
    gesprekstafel_factory(agenda=agenda_factory(), slug="twente")


def test_tafel_schaalniveau_in_de_database(gesprekstafel_factory):
    tafel = gesprekstafel_factory()
    weigert(Gesprekstafel.objects.filter(pk=tafel.pk), schaalniveau="wereld")


def test_bijeenkomst_soort_in_de_database(bijeenkomst_factory):
    bijeenkomst = bijeenkomst_factory()
    weigert(Bijeenkomst.objects.filter(pk=bijeenkomst.pk), soort="borrel")


def test_deelname_eenmaal_per_persoon_en_geldige_rol(deelname_factory):
    deelname = deelname_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Deelname.objects.create(bijeenkomst=deelname.bijeenkomst, deelnemer=deelname.deelnemer)
    weigert(Deelname.objects.filter(pk=deelname.pk), rol="toeschouwer")
