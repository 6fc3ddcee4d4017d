"""A scale question always has five answers: the form, the results and the respondent's overview agree."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from leerspoor import queries
from leerspoor.forms import PeilingForm
from leerspoor.models import PeilingStatus, VraagSoort
from leerspoor.services import peiling_beantwoorden

pytestmark = pytest.mark.django_db


@pytest.fixture
def drie_labels(peiling_factory, vraag_factory):
    peiling = peiling_factory(status=PeilingStatus.OPEN)
    vraag = vraag_factory(peiling=peiling, soort=VraagSoort.SCHAAL, keuzes="laag\nmidden\nhoog")
    return peiling, vraag


def test_schaal_keuzes_altijd_een_tot_vijf(drie_labels):
    _peiling, vraag = drie_labels
    assert vraag.schaal_keuzes() == [("1", "1 – laag"), ("2", "2 – midden"), ("3", "3 – hoog"), ("4", "4"), ("5", "5")]


def test_formulier_gebruikt_de_schaal_keuzes(drie_labels):
    _peiling, vraag = drie_labels
    form = PeilingForm(vragen=[vraag])
    assert form.fields[f"vraag_{vraag.pk}"].choices == vraag.schaal_keuzes()


def test_uitslag_telt_ook_waarden_voorbij_de_labels(drie_labels):
    peiling, vraag = drie_labels
    for respondent, waarde in (("r1", "5"), ("r2", "4"), ("r3", "1")):
        peiling_beantwoorden(peiling=peiling, respondent=respondent, antwoorden={vraag: waarde})
    (uitslag,) = queries.peiling_uitslag(peiling)
    assert uitslag.keuzes == [("1 – laag", 1), ("2 – midden", 0), ("3 – hoog", 0), ("4", 1), ("5", 1)]


def test_eigen_antwoord_leesbaar_met_label(client, deelnemer_user, drie_labels):
    peiling, vraag = drie_labels
    client.force_login(deelnemer_user)
    url = reverse(
        "leerspoor:peiling_beantwoorden", kwargs={"agenda": peiling.bijeenkomst.agenda.slug, "token": peiling.token}
    )
    client.post(url, {f"vraag_{vraag.pk}": "2"})
    antwoord = client.get(url)
    assert antwoord.context["beantwoord"] == [(vraag, "2 – midden")]


def test_keuzevraag_zonder_keuzes_geweigerd(vraag_factory):
    vraag = vraag_factory.build(soort=VraagSoort.KEUZE, keuzes=" \n")
    with pytest.raises(ValidationError) as fout:
        vraag.clean()
    assert "keuzes" in fout.value.message_dict
    assert "keuzevraag heeft keuzes nodig" in fout.value.message_dict["keuzes"][0]


def test_keuzevraag_met_keuzes_en_schaal_zonder_labels_toegestaan(vraag_factory):
    vraag_factory.build(soort=VraagSoort.KEUZE, keuzes="ja\nnee").clean()
    vraag_factory.build(soort=VraagSoort.SCHAAL, keuzes="").clean()
