"""The admin lists of risks and their reviews show kans × impact as a sortable column."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lijst", ["risico", "risicobespreking"])
def test_beheerlijst_toont_score(client, kernteam_user, risico_bespreking_factory, lijst):
    risico_bespreking_factory(kans=4, impact=5)
    client.force_login(kernteam_user)
    response = client.get(f"/admin/leerspoor/{lijst}/?o=-1")
    assert response.status_code == 200
    assert "score" in response.content.decode().lower()
