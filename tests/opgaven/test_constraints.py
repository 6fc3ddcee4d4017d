import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from opgaven.models import Actie, Duo, Opgave, OpgaveStatus
from tests.deelnemers.test_constraints import weigert

pytestmark = pytest.mark.django_db


def test_opgave_slug_uniek_per_agenda(opgave_factory, agenda_factory):
    opgave = opgave_factory(slug="zwolle")
    with pytest.raises(IntegrityError), transaction.atomic():
        opgave_factory(agenda=opgave.agenda, slug="zwolle")
    opgave_factory(agenda=agenda_factory(), slug="zwolle")


def test_volgnummer_uniek_per_agenda_maar_leeg_mag_vaker(opgave_factory):
    opgave = opgave_factory(volgnummer=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        opgave_factory(agenda=opgave.agenda, volgnummer=1)
    opgave_factory(agenda=opgave.agenda, volgnummer=None, status=OpgaveStatus.VOORLOPIG)
    opgave_factory(agenda=opgave.agenda, volgnummer=None, status=OpgaveStatus.VOORLOPIG)


@pytest.mark.parametrize(("veld", "waarde"), [("status", "afgeblazen"), ("schaalniveau", "wereld")])
def test_opgave_keuzevelden_in_de_database(opgave_factory, veld, waarde):
    opgave = opgave_factory()
    weigert(Opgave.objects.filter(pk=opgave.pk), **{veld: waarde})


def test_samengevoegd_vraagt_een_doelopgave_en_een_reden(opgave_factory):
    doel = opgave_factory()
    bron = opgave_factory(agenda=doel.agenda, status=OpgaveStatus.VOORLOPIG, volgnummer=None)
    weigert(Opgave.objects.filter(pk=bron.pk), status=OpgaveStatus.SAMENGEVOEGD, status_reden="opgegaan")
    weigert(Opgave.objects.filter(pk=bron.pk), status=OpgaveStatus.SAMENGEVOEGD, samengevoegd_in=doel)
    weigert(Opgave.objects.filter(pk=bron.pk), status=OpgaveStatus.VERVALLEN)
    weigert(Opgave.objects.filter(pk=bron.pk), samengevoegd_in=doel)  # only a merged opgave points elsewhere
    Opgave.objects.filter(pk=bron.pk).update(
        status=OpgaveStatus.SAMENGEVOEGD, samengevoegd_in=doel, status_reden="Opgegaan in de bredere opgave."
    )


def test_opgave_niet_in_zichzelf_samengevoegd(opgave_factory):
    opgave = opgave_factory()
    weigert(
        Opgave.objects.filter(pk=opgave.pk), status=OpgaveStatus.SAMENGEVOEGD, samengevoegd_in=opgave, status_reden="x"
    )


def test_clean_geeft_nederlandse_fout_bij_samenvoegen_zonder_doel(opgave_factory):
    opgave = opgave_factory()
    opgave.status = OpgaveStatus.SAMENGEVOEGD
    opgave.status_reden = "Opgegaan in een andere opgave."
    with pytest.raises(ValidationError) as fout:
        opgave.full_clean()
    assert "samengevoegd_in" in fout.value.message_dict


@pytest.mark.parametrize(("veld", "waarde"), [("soort", "oud"), ("status", "gestaakt")])
def test_actie_keuzevelden_in_de_database(actie_factory, veld, waarde):
    actie = actie_factory()
    weigert(Actie.objects.filter(pk=actie.pk), **{veld: waarde})


def test_een_duo_per_opgave(duo_factory):
    duo = duo_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Duo.objects.create(opgave=duo.opgave)
