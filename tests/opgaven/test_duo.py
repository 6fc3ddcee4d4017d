"""The duo rule: two or three people, at least one from the Rijk and one from the regio."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deelnemers.models import OrganisatieSoort
from opgaven.forms import DuoForm
from opgaven.models import Duo, duo_leden_valideren
from tests.admin_formulier import formulier_gegevens
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory, RijkOrganisatieFactory

pytestmark = pytest.mark.django_db

SAMENSTELLING_FOUT = "Een duo heeft minstens één deelnemer van een Rijksorganisatie"


def rijk():
    return DeelnemerFactory(organisatie=RijkOrganisatieFactory())


def regio():
    return DeelnemerFactory(organisatie=OrganisatieFactory(soort=OrganisatieSoort.PROVINCIE))


def kennis():
    return DeelnemerFactory(organisatie=OrganisatieFactory(soort=OrganisatieSoort.KENNISINSTELLING))


@pytest.mark.parametrize(
    ("samenstelling", "code"),
    [
        ([rijk], "duo_aantal"),
        ([rijk, regio, rijk, regio], "duo_aantal"),
        ([rijk, rijk], "duo_samenstelling"),
        ([regio, regio], "duo_samenstelling"),
        ([rijk, kennis], "duo_samenstelling"),
        ([rijk, kennis, kennis], "duo_samenstelling"),
    ],
    ids=["1 lid", "4 leden", "2 Rijk", "2 regio", "Rijk en overig", "trio zonder regio"],
)
def test_ongeldig_duo(samenstelling, code):
    with pytest.raises(ValidationError) as fout:
        duo_leden_valideren([maak() for maak in samenstelling])
    assert fout.value.code == code


@pytest.mark.parametrize(
    "samenstelling",
    [[rijk, regio], [regio, rijk], [rijk, regio, kennis], [rijk, rijk, regio]],
    ids=["Rijk en regio", "regio en Rijk", "trio met kennisinstelling", "trio twee Rijk"],
)
def test_geldig_duo(samenstelling):
    duo_leden_valideren([maak() for maak in samenstelling])


def test_duoformulier_leest_organisaties_met_de_leden_in_een_query(opgave_factory):
    """The rule needs every member's organisatie; a third member must not cost an extra query."""

    def aantal_queries(leden):
        form = DuoForm(data={"opgave": opgave_factory().pk, "leden": [lid.pk for lid in leden]})
        with CaptureQueriesContext(connection) as queries:
            assert form.is_valid(), form.errors
        return len(queries)

    assert aantal_queries([rijk(), regio(), kennis()]) == aantal_queries([rijk(), regio()])


@pytest.fixture
def beheer(client, kernteam_user):
    client.force_login(kernteam_user)
    return client


def opgave_met_duo_post(beheer, opgave, leden):
    wijzig_url = reverse("admin:opgaven_opgave_change", args=[opgave.pk])
    gegevens = formulier_gegevens(beheer.get(wijzig_url))
    gegevens["duo-0-leden"] = [str(lid.pk) for lid in leden]
    return beheer.post(wijzig_url, gegevens)


def test_opgave_inline_weigert_een_duo_zonder_regio(beheer, opgave_factory):
    opgave = opgave_factory()
    response = opgave_met_duo_post(beheer, opgave, [rijk(), rijk()])

    assert response.status_code == 200
    duo_formulier = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert SAMENSTELLING_FOUT in duo_formulier.errors["leden"][0]
    assert SAMENSTELLING_FOUT in response.content.decode()
    assert not Duo.objects.filter(opgave=opgave).exists()


def test_opgave_inline_weigert_een_duo_van_vier(beheer, opgave_factory):
    opgave = opgave_factory()
    response = opgave_met_duo_post(beheer, opgave, [rijk(), regio(), rijk(), regio()])

    assert response.status_code == 200
    assert "Een duo bestaat uit twee of drie deelnemers; nu zijn het er 4." in response.content.decode()
    assert not Duo.objects.filter(opgave=opgave).exists()


def test_opgave_inline_bewaart_een_geldig_duo(beheer, opgave_factory):
    opgave = opgave_factory()
    leden = [rijk(), regio()]
    response = opgave_met_duo_post(beheer, opgave, leden)

    assert response.status_code == 302
    assert set(Duo.objects.get(opgave=opgave).leden.all()) == set(leden)


def test_opgave_inline_weigert_een_bestaand_duo_ongeldig_te_maken(beheer, duo_factory):
    duo = duo_factory()
    oude_leden = set(duo.leden.all())
    response = opgave_met_duo_post(beheer, duo.opgave, [regio(), regio()])

    assert response.status_code == 200
    assert SAMENSTELLING_FOUT in response.content.decode()
    assert set(duo.leden.all()) == oude_leden


def test_duo_admin_weigert_een_ongeldig_duo(beheer, opgave_factory):
    opgave = opgave_factory()
    response = beheer.post(reverse("admin:opgaven_duo_add"), {"opgave": opgave.pk, "leden": [regio().pk, regio().pk]})

    assert response.status_code == 200
    assert SAMENSTELLING_FOUT in response.context["adminform"].form.errors["leden"][0]
    assert SAMENSTELLING_FOUT in response.content.decode()
    assert not Duo.objects.filter(opgave=opgave).exists()


def test_duo_admin_bewaart_een_geldig_trio(beheer, opgave_factory):
    opgave = opgave_factory()
    leden = [rijk(), regio(), kennis()]
    response = beheer.post(reverse("admin:opgaven_duo_add"), {"opgave": opgave.pk, "leden": [lid.pk for lid in leden]})

    assert response.status_code == 302
    assert set(Duo.objects.get(opgave=opgave).leden.all()) == set(leden)


def test_duo_admin_weigert_wijziging_naar_een_lid(beheer, duo_factory):
    duo = duo_factory()
    response = beheer.post(
        reverse("admin:opgaven_duo_change", args=[duo.pk]), {"opgave": duo.opgave.pk, "leden": [rijk().pk]}
    )

    assert response.status_code == 200
    assert "Een duo bestaat uit twee of drie deelnemers; nu zijn het er 1." in response.content.decode()
    assert duo.leden.count() == 2
