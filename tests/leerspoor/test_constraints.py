import pytest
from django.db import IntegrityError, transaction

from leerspoor.models import Leerervaring, Peiling, Risico, RisicoBespreking, Vraag
from tests.deelnemers.test_constraints import weigert

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("veld", "waarde"), [("kans", 0), ("kans", 6), ("impact", 0), ("impact", 6)])
def test_risico_kans_en_impact_van_1_tot_5(risico_factory, veld, waarde):
    risico = risico_factory()
    weigert(Risico.objects.filter(pk=risico.pk), **{veld: waarde})


def test_risico_status_in_de_database(risico_factory):
    risico = risico_factory()
    weigert(Risico.objects.filter(pk=risico.pk), status="vergeten")


@pytest.mark.parametrize(("veld", "waarde"), [("kans", 0), ("impact", 9)])
def test_bespreking_kans_en_impact_van_1_tot_5(risico_bespreking_factory, veld, waarde):
    bespreking = risico_bespreking_factory()
    weigert(RisicoBespreking.objects.filter(pk=bespreking.pk), **{veld: waarde})


def test_een_bespreking_per_risico_per_overleg(risico_bespreking_factory):
    bespreking = risico_bespreking_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        RisicoBespreking.objects.create(risico=bespreking.risico, bijeenkomst=bespreking.bijeenkomst, kans=1, impact=1)


def test_kwadrant_vraagt_beide_assen(leerervaring_factory):
    ervaring = leerervaring_factory()
    weigert(Leerervaring.objects.filter(pk=ervaring.pk), oordeel="gaat_goed")
    weigert(Leerervaring.objects.filter(pk=ervaring.pk), aspect="proces")
    weigert(Leerervaring.objects.filter(pk=ervaring.pk), oordeel="prima", aspect="proces")
    Leerervaring.objects.filter(pk=ervaring.pk).update(oordeel="gaat_goed", aspect="proces")


def test_peiling_en_vraag_keuzevelden_in_de_database(vraag_factory):
    vraag = vraag_factory()
    weigert(Vraag.objects.filter(pk=vraag.pk), soort="lijst")
    weigert(Peiling.objects.filter(pk=vraag.peiling.pk), status="half open")


def test_een_antwoord_per_respondent_per_vraag(antwoord_factory):
    antwoord = antwoord_factory(respondent="r-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        antwoord_factory(vraag=antwoord.vraag, respondent="r-1")
    antwoord_factory(vraag=antwoord.vraag, respondent="r-2")
