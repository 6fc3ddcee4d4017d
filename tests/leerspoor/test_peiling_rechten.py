"""Permission matrix of the peiling pages: anonymous, deelnemer, duo-lid, kernteam.

The kernteam pages (list, beheer, projector, results and their fragment) answer 404 to other
logged-in roles and the login page to anonymous visitors. The answer page is for everyone
logged in; anonymous visitors need the right token and a poll opened to people without an
account (otherwise the login page); a wrong token is a 404 for everyone.
"""

import pytest
from django.urls import reverse

from leerspoor.models import Antwoord, PeilingStatus
from leerspoor.services import peiling_zonder_account_instellen

pytestmark = pytest.mark.django_db

LOGIN = "login"
OK = 200
NIET_GEVONDEN = 404
ROLLEN = ("anoniem", "deelnemer", "duo-lid", "kernteam")
KERNTEAM_PAGINAS = ["peilingen", "peiling_beheer", "peiling_projector", "peiling_uitslag", "peiling_uitslag_fragment"]


def kernteam_pagina(naam, peiling):
    kw = {"agenda": peiling.bijeenkomst.agenda.slug}
    if naam != "peilingen":
        kw["pk"] = peiling.pk
    return reverse(f"leerspoor:{naam}", kwargs=kw)


def antwoord_pagina(peiling, token=None, agenda=None):
    return reverse(
        "leerspoor:peiling_beantwoorden",
        kwargs={"agenda": agenda or peiling.bijeenkomst.agenda.slug, "token": token or peiling.token},
    )


def controleer(antwoord, verwacht):
    if verwacht == LOGIN:
        assert antwoord.status_code == 302
        assert antwoord["Location"].startswith(reverse("login") + "?next=")
    else:
        assert antwoord.status_code == verwacht


@pytest.mark.parametrize(
    ("pagina", "rol", "verwacht"),
    [
        (p, rol, verwacht)
        for p in KERNTEAM_PAGINAS
        for rol, verwacht in zip(ROLLEN, (LOGIN, NIET_GEVONDEN, NIET_GEVONDEN, OK), strict=True)
    ],
)
def test_kernteampaginas(rollen, peiling_open, pagina, rol, verwacht):
    controleer(rollen[rol].get(kernteam_pagina(pagina, peiling_open)), verwacht)


@pytest.mark.parametrize("pagina", ["peiling_beheer", "peiling_projector", "peiling_uitslag"])
def test_peiling_van_andere_agenda_is_404_ook_voor_kernteam(rollen, peiling_open, peiling_factory, pagina):
    elders = peiling_factory()
    url = reverse(f"leerspoor:{pagina}", kwargs={"agenda": peiling_open.bijeenkomst.agenda.slug, "pk": elders.pk})
    assert rollen["kernteam"].get(url).status_code == NIET_GEVONDEN


@pytest.mark.parametrize(
    ("rol", "zonder_account", "verwacht"),
    [
        ("anoniem", False, LOGIN),
        ("anoniem", True, OK),
        ("deelnemer", False, OK),
        ("deelnemer", True, OK),
        ("duo-lid", False, OK),
        ("duo-lid", True, OK),
        ("kernteam", False, OK),
        ("kernteam", True, OK),
    ],
)
def test_antwoordpagina_met_token(rollen, peiling_open, rol, zonder_account, verwacht):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=zonder_account)
    antwoord = rollen[rol].get(antwoord_pagina(peiling_open))
    controleer(antwoord, verwacht)
    if verwacht == OK:
        assert 'type="radio"' in antwoord.content.decode()


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("zonder_account", [False, True])
def test_antwoordpagina_zonder_juist_token_is_404(rollen, peiling_open, peiling_factory, rol, zonder_account):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=zonder_account)
    assert rollen[rol].get(antwoord_pagina(peiling_open, token="geraden-token")).status_code == NIET_GEVONDEN
    # The token of a poll of another agenda does not work under this agenda's address.
    elders = peiling_factory(status=PeilingStatus.OPEN, zonder_account=True)
    url = antwoord_pagina(elders, agenda=peiling_open.bijeenkomst.agenda.slug)
    assert rollen[rol].get(url).status_code == NIET_GEVONDEN


@pytest.mark.parametrize(
    ("rol", "zonder_account", "opgeslagen"),
    [
        ("anoniem", False, 0),
        ("anoniem", True, 1),
        ("deelnemer", False, 1),
        ("duo-lid", False, 1),
        ("kernteam", False, 1),
    ],
)
def test_antwoorden_posten_per_rol(rollen, peiling_open, rol, zonder_account, opgeslagen):
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=zonder_account)
    schaal, keuze, _open = peiling_open.vragen.order_by("volgorde")
    rollen[rol].post(antwoord_pagina(peiling_open), {f"vraag_{schaal.pk}": "3", f"vraag_{keuze.pk}": "ja"})
    assert Antwoord.objects.filter(vraag=schaal).count() == opgeslagen


@pytest.mark.parametrize(("rol", "status"), [("anoniem", 302), ("deelnemer", 404), ("duo-lid", 404)])
def test_openen_en_sluiten_alleen_door_kernteam(rollen, peiling_open, rol, status):
    url = kernteam_pagina("peiling_beheer", peiling_open)
    antwoord = rollen[rol].post(url, {"actie": "sluiten"})
    assert antwoord.status_code == status
    if status == 302:
        assert antwoord["Location"].startswith(reverse("login") + "?next=")
    peiling_open.refresh_from_db()
    assert peiling_open.status == PeilingStatus.OPEN
    rollen[rol].post(url, {"actie": "zonder_account_aan"})
    peiling_open.refresh_from_db()
    assert peiling_open.zonder_account is False


def test_kernteam_sluit(rollen, peiling_open):
    rollen["kernteam"].post(kernteam_pagina("peiling_beheer", peiling_open), {"actie": "sluiten"})
    peiling_open.refresh_from_db()
    assert peiling_open.status == PeilingStatus.GESLOTEN


@pytest.mark.parametrize("rol", ROLLEN)
def test_respondentsleutel_nergens_zichtbaar(rollen, peiling_open, rol):
    """The pseudonymous key never reaches a page, not even the kernteam's."""
    from leerspoor.services import peiling_beantwoorden

    schaal = peiling_open.vragen.order_by("volgorde").first()
    peiling_beantwoorden(peiling=peiling_open, respondent="geheime-sleutel-123", antwoorden={schaal: "3"})
    peiling_zonder_account_instellen(peiling=peiling_open, toegestaan=True)
    paginas = [antwoord_pagina(peiling_open)] + [kernteam_pagina(p, peiling_open) for p in KERNTEAM_PAGINAS]
    for url in paginas:
        assert "geheime-sleutel-123" not in rollen[rol].get(url).content.decode()
