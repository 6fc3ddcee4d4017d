import pytest
from django.db import IntegrityError, transaction

from publicatie.models import Reactie, Versie
from tests.deelnemers.test_constraints import weigert

pytestmark = pytest.mark.django_db


def test_versienummer_uniek_per_agenda(versie_factory):
    versie = versie_factory(nummer=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        versie_factory(agenda=versie.agenda, nummer=1)


def test_versie_status_in_de_database(versie_factory):
    versie = versie_factory()
    weigert(Versie.objects.filter(pk=versie.pk), status="ingetrokken")


def test_gepubliceerde_versie_vraagt_momentopname_en_datum(versie_factory):
    versie = versie_factory()
    weigert(Versie.objects.filter(pk=versie.pk), status="gepubliceerd")


@pytest.mark.parametrize(("veld", "waarde"), [("categorie", "klacht"), ("status", "gelezen")])
def test_reactie_keuzevelden_in_de_database(reactie_factory, veld, waarde):
    reactie = reactie_factory()
    weigert(Reactie.objects.filter(pk=reactie.pk), **{veld: waarde})


def test_afgehandelde_reactie_vraagt_een_antwoord(reactie_factory):
    reactie = reactie_factory()
    weigert(Reactie.objects.filter(pk=reactie.pk), status="verwerkt")
    Reactie.objects.filter(pk=reactie.pk).update(status="verwerkt", antwoord="Opgenomen in versie 2.")
