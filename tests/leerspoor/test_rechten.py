"""Permission matrix of the leerspoor pages: anonymous, deelnemer, duo-lid, kernteam."""

import datetime

import pytest
from django.urls import reverse

from tafels.models import BijeenkomstSoort

pytestmark = pytest.mark.django_db

LOGIN = "login"
OK = 200
NIET_GEVONDEN = 404


@pytest.fixture
def paginas(fase_twee, bijeenkomst_factory):
    agenda = fase_twee.agenda
    overleg = bijeenkomst_factory(
        agenda=agenda, soort=BijeenkomstSoort.KERNTEAMOVERLEG, datum=datetime.date(2019, 3, 1)
    )
    risico = agenda.risicos.get()
    kw = {"agenda": agenda.slug}
    return {
        "overzicht": reverse("leerspoor:overzicht", kwargs=kw),
        "fase": reverse("leerspoor:fase", kwargs={**kw, "nummer": 2}),
        "fase_pdf": reverse("leerspoor:fase_pdf", kwargs={**kw, "nummer": 2}),
        "risicos": reverse("leerspoor:risicos", kwargs=kw),
        "risico": reverse("leerspoor:risico", kwargs={**kw, "pk": risico.pk}),
        "overleg": reverse("leerspoor:overleg", kwargs={**kw, "pk": overleg.pk}),
        "betrokkenheid": reverse("leerspoor:betrokkenheid", kwargs=kw),
        "betrokkenheid_csv": reverse("leerspoor:betrokkenheid_csv", kwargs=kw),
    }


KERNTEAM_PAGINAS = ["risicos", "risico", "overleg", "betrokkenheid", "betrokkenheid_csv"]
PUBLIEKE_PAGINAS = ["overzicht", "fase", "fase_pdf"]

MATRIX = [(p, rol, OK) for p in PUBLIEKE_PAGINAS for rol in ("anoniem", "deelnemer", "duo-lid", "kernteam")] + [
    (p, rol, verwacht)
    for p in KERNTEAM_PAGINAS
    for rol, verwacht in (
        ("anoniem", LOGIN),
        ("deelnemer", NIET_GEVONDEN),
        ("duo-lid", NIET_GEVONDEN),
        ("kernteam", OK),
    )
]


@pytest.mark.parametrize(("pagina", "rol", "verwacht"), MATRIX)
def test_rechtenmatrix(rollen, paginas, pagina, rol, verwacht):
    antwoord = rollen[rol].get(paginas[pagina])
    if verwacht == LOGIN:
        assert antwoord.status_code == 302
        assert antwoord["Location"].startswith(reverse("login") + "?next=")
    else:
        assert antwoord.status_code == verwacht


@pytest.mark.parametrize("rol", ["anoniem", "deelnemer", "duo-lid"])
def test_bespreking_posten_mag_alleen_het_kernteam(rollen, paginas, rol):
    from leerspoor.models import RisicoBespreking

    antwoord = rollen[rol].post(paginas["overleg"], {"form-TOTAL_FORMS": "0", "form-INITIAL_FORMS": "0"})
    assert antwoord.status_code in (302, 404)
    assert RisicoBespreking.objects.count() == 0


def test_kernteam_ziet_links_naar_risicos_en_betrokkenheid(rollen, paginas):
    html = rollen["kernteam"].get(paginas["overzicht"]).content.decode()
    assert f'href="{paginas["risicos"]}"' in html and f'href="{paginas["betrokkenheid"]}"' in html
    html = rollen["deelnemer"].get(paginas["overzicht"]).content.decode()
    assert paginas["risicos"] not in html
