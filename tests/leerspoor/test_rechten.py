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


def geldige_bespreking(risico) -> dict:
    """A complete, valid review of `risico`: without the permission check it would be stored."""
    return {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-risico_id": str(risico.pk),
        "form-0-besproken": "on",
        "form-0-kans": "5",
        "form-0-impact": "5",
        "form-0-toelichting": "Gekaapt",
    }


@pytest.mark.parametrize(("rol", "verwacht"), [("anoniem", LOGIN), ("deelnemer", 404), ("duo-lid", 404)])
def test_bespreking_posten_mag_alleen_het_kernteam(rollen, paginas, fase_twee, rol, verwacht):
    from leerspoor.models import RisicoBespreking

    risico = fase_twee.agenda.risicos.get()
    antwoord = rollen[rol].post(paginas["overleg"], geldige_bespreking(risico))
    if verwacht == LOGIN:
        assert antwoord.status_code == 302
        assert antwoord["Location"].startswith(reverse("login") + "?next=")
    else:
        assert antwoord.status_code == verwacht
    assert RisicoBespreking.objects.count() == 0
    risico.refresh_from_db()
    assert (risico.kans, risico.impact) != (5, 5)


def test_dezelfde_bespreking_van_het_kernteam_wordt_vastgelegd(rollen, paginas, fase_twee):
    """The control: the data above is valid, so only the permission check stops the others."""
    from leerspoor.models import RisicoBespreking

    antwoord = rollen["kernteam"].post(paginas["overleg"], geldige_bespreking(fase_twee.agenda.risicos.get()))
    assert antwoord.status_code == 302 and antwoord["Location"] == paginas["overleg"]
    assert RisicoBespreking.objects.get().toelichting == "Gekaapt"


def test_kernteam_ziet_links_naar_risicos_en_betrokkenheid(rollen, paginas):
    html = rollen["kernteam"].get(paginas["overzicht"]).content.decode()
    assert f'href="{paginas["risicos"]}"' in html and f'href="{paginas["betrokkenheid"]}"' in html
    html = rollen["deelnemer"].get(paginas["overzicht"]).content.decode()
    assert paginas["risicos"] not in html
