"""A maximum length on every text a duo writes (issue 11): a Dutch error next to the field, and a CHECK.

Reproduced by: POST /<agenda>/opgaven/<slug>/bewerken/ with a kern of 2.4 MB, which was stored and
frozen into the next version's snapshot.
"""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from opgaven.models import KERN_MAX_TEKENS, OMSCHRIJVING_MAX_TEKENS, SAMENVATTING_MAX_TEKENS, Actie, Opgave
from tests.opgaven.conftest import formulier_gegevens

pytestmark = pytest.mark.django_db


def _bewerken(client, duowereld, rol_gebruiker, **velden):
    opgave = duowereld["opgave"]
    url = reverse("opgaven:bewerken", kwargs={"agenda": opgave.agenda.slug, "slug": opgave.slug})
    client.force_login(rol_gebruiker("duo-lid"))
    gegevens = formulier_gegevens(client.get(url))
    gegevens.update(velden)
    return client.post(url, gegevens)


@pytest.mark.parametrize(
    ("veld", "maximum", "melding"),
    [
        ("kern", KERN_MAX_TEKENS, "De kern telt"),
        ("samenvatting", SAMENVATTING_MAX_TEKENS, "De samenvatting telt"),
        ("acties-0-omschrijving", OMSCHRIJVING_MAX_TEKENS, "De omschrijving telt"),
    ],
)
def test_te_lange_tekst_geeft_een_fout_naast_het_veld(client, duowereld, rol_gebruiker, veld, maximum, melding):
    response = _bewerken(client, duowereld, rol_gebruiker, **{veld: "x" * (maximum + 1)})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{melding} {maximum + 1} tekens; er passen er maximaal {maximum} in." in html
    assert f'id="error_1_id_{veld}"' in html  # crispy puts the error under the field
    assert "x" * (maximum + 1) in html  # the typed text stays
    opgave = Opgave.objects.get(pk=duowereld["opgave"].pk)
    assert opgave.kern == "Oude kern van de opgave."
    assert len(Actie.objects.get(pk=duowereld["actie"].pk).omschrijving) < maximum


def test_precies_het_maximum_mag_ook_met_regeleinden_van_de_browser(client, duowereld, rol_gebruiker):
    # A browser sends a line break as CR LF; it counts as one character, as in the browser's maxlength.
    kern = "a\r\n" * (KERN_MAX_TEKENS // 2)
    response = _bewerken(client, duowereld, rol_gebruiker, kern=kern)
    assert response.status_code == 302
    assert Opgave.objects.get(pk=duowereld["opgave"].pk).kern == kern.replace("\r\n", "\n").strip()


def test_twee_komma_vier_megabyte_geen_500_en_niet_opgeslagen(client, duowereld, rol_gebruiker):
    response = _bewerken(client, duowereld, rol_gebruiker, kern="ä" * 1_200_000)
    assert response.status_code == 200
    assert "De kern telt 1200000 tekens" in response.content.decode()
    assert Opgave.objects.get(pk=duowereld["opgave"].pk).kern == "Oude kern van de opgave."


@pytest.mark.parametrize(
    ("model", "veld", "maximum"),
    [
        (Opgave, "kern", KERN_MAX_TEKENS),
        (Opgave, "samenvatting", SAMENVATTING_MAX_TEKENS),
        (Actie, "omschrijving", OMSCHRIJVING_MAX_TEKENS),
    ],
)
def test_de_database_weigert_een_te_lange_tekst(duowereld, model, veld, maximum):
    # update() passes no form and no full_clean(): only the CHECK can refuse it.
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.update(**{veld: "x" * (maximum + 1)})
    model.objects.update(**{veld: "x" * maximum})
