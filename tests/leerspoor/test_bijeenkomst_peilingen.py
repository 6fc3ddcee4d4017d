"""A bijeenkomst's page names its peilingen: opened ones for deelnemers, all of them for the kernteam."""

import pytest
from django.urls import reverse

from leerspoor.models import PeilingStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def bijeenkomst(bijeenkomst_factory, fase_factory):
    fase = fase_factory(nummer=2)
    return bijeenkomst_factory(agenda=fase.agenda, fase=fase)


def _pagina(client, bijeenkomst):
    url = reverse("tafels:bijeenkomst", kwargs={"agenda": bijeenkomst.agenda.slug, "pk": bijeenkomst.pk})
    return client.get(url).content.decode()


def test_deelnemer_ziet_open_peiling_met_link_naar_beantwoorden(client, deelnemer_user, bijeenkomst, peiling_factory):
    open_peiling = peiling_factory(bijeenkomst=bijeenkomst, titel="Peiling synthese", status=PeilingStatus.OPEN)
    peiling_factory(bijeenkomst=bijeenkomst, titel="Nog in voorbereiding")
    client.force_login(deelnemer_user)
    html = _pagina(client, bijeenkomst)
    assert "Peiling synthese" in html
    assert (
        reverse(
            "leerspoor:peiling_beantwoorden", kwargs={"agenda": bijeenkomst.agenda.slug, "token": open_peiling.token}
        )
        in html
    )
    assert "Nog in voorbereiding" not in html
    assert "beheren" not in html


def test_kernteam_ziet_ook_voorbereide_peiling_met_beheerlink(client, kernteam_user, bijeenkomst, peiling_factory):
    peiling = peiling_factory(bijeenkomst=bijeenkomst, titel="Nog in voorbereiding")
    client.force_login(kernteam_user)
    html = _pagina(client, bijeenkomst)
    assert "Nog in voorbereiding" in html
    assert reverse("leerspoor:peiling_beheer", kwargs={"agenda": bijeenkomst.agenda.slug, "pk": peiling.pk}) in html


def test_peilingen_kosten_een_vaste_query(
    client, kernteam_user, bijeenkomst, peiling_factory, django_assert_max_num_queries
):
    client.force_login(kernteam_user)
    peiling_factory(bijeenkomst=bijeenkomst, status=PeilingStatus.GESLOTEN)
    _pagina(client, bijeenkomst)
    for _ in range(5):
        peiling_factory(bijeenkomst=bijeenkomst, status=PeilingStatus.GESLOTEN)
    with django_assert_max_num_queries(9):  # 7 + the sign-ups and the viewer's deelnemer (tafels)
        _pagina(client, bijeenkomst)
