"""Input that once gave a 500 (issue 11, "500s from input"): each request now gets a normal answer.

Every test names the request of the probe that reproduced the error.
"""

import pytest
from django.urls import reverse

from tests.leerspoor.factories import RisicoBesprekingFactory
from tests.publicatie.factories import ReactieFactory, VersieFactory

pytestmark = pytest.mark.django_db

# Past every integer column (a bigint holds 19 digits); also in tests/opgaven/test_te_groot_id.py.
TE_GROOT = "9" * 25


def test_risicobesprekingen_changelist_met_een_bespreking(client, kernteam_user):
    """GET /admin/leerspoor/risicobespreking/ asked the model for a `score` it lacks."""
    bespreking = RisicoBesprekingFactory(kans=2, impact=3)
    client.force_login(kernteam_user)
    response = client.get(reverse("admin:leerspoor_risicobespreking_changelist"))
    assert response.status_code == 200
    assert str(bespreking.risico) in response.content.decode()
    # The score column shows kans × impact and sorts on it.
    assert response.context["cl"].result_list[0]._score == 6
    assert client.get(reverse("admin:leerspoor_risicobespreking_changelist"), {"o": "5"}).status_code == 200


@pytest.mark.parametrize("object_id", ["abc", TE_GROOT, "1.5"])
def test_publiceren_met_een_kapot_id_is_404(client, kernteam_user, object_id):
    """GET /admin/publicatie/versie/abc/publiceren/."""
    VersieFactory()
    client.force_login(kernteam_user)
    response = client.get(f"/admin/publicatie/versie/{object_id}/publiceren/")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "parameters",
    [
        {"ingediend_op__year": TE_GROOT},
        {"ingediend_op__year": "2026", "ingediend_op__month": TE_GROOT},
        {"ingediend_op__year": "2026", "ingediend_op__month": "2", "ingediend_op__day": TE_GROOT},
        {"ingediend_op__year": "0"},
        {"ingediend_op__year": "9999", "ingediend_op__month": "12", "ingediend_op__day": "31"},
    ],
)
def test_datumhierarchie_met_een_onmogelijk_jaar(client, kernteam_user, parameters):
    """GET /admin/publicatie/reactie/?ingediend_op__year=<25 digits>."""
    ReactieFactory()
    client.force_login(kernteam_user)
    response = client.get(reverse("admin:publicatie_reactie_changelist"), parameters)
    # The admin's answer to a bad filter: back to the list with ?e=1, never a 500.
    assert response.status_code in (200, 302)
