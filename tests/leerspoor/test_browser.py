"""Every leerspoor page in a real Chromium: one h1 and no serious axe-core violations."""

import datetime

import pytest
from django.urls import reverse

from tafels.models import BijeenkomstSoort
from tests.browser import axe_controle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def kernteam_groep():
    # transaction=True flushes the tables after each test, also the group the data migration made.
    from django.contrib.auth.models import Group

    from deelnemers.permissions import KERNTEAM_GROEP

    Group.objects.get_or_create(name=KERNTEAM_GROEP)


@pytest.fixture
def paginas(fase_twee, bijeenkomst_factory, risico_bespreking_factory, deelname_factory, gesprekstafel_factory):
    agenda = fase_twee.agenda

    def overleg(titel, datum):
        return bijeenkomst_factory(agenda=agenda, soort=BijeenkomstSoort.KERNTEAMOVERLEG, titel=titel, datum=datum)

    laatste = overleg("Kernteamoverleg maart", datetime.date(2019, 3, 1))
    eerder = overleg("Kernteamoverleg januari", datetime.date(2019, 1, 1))
    risico = agenda.risicos.get()
    risico_bespreking_factory(risico=risico, bijeenkomst=eerder, kans=4, impact=4)
    tafel = gesprekstafel_factory(agenda=agenda, titel="Twente")
    deelname_factory(bijeenkomst__agenda=agenda, bijeenkomst__gesprekstafel=tafel)
    kw = {"agenda": agenda.slug}
    return {
        "overzicht": reverse("leerspoor:overzicht", kwargs=kw),
        "fase": reverse("leerspoor:fase", kwargs={**kw, "nummer": 2}),
        "risicos": reverse("leerspoor:risicos", kwargs=kw),
        "risico": reverse("leerspoor:risico", kwargs={**kw, "pk": risico.pk}),
        "overleg": reverse("leerspoor:overleg", kwargs={**kw, "pk": laatste.pk}),
        "betrokkenheid": reverse("leerspoor:betrokkenheid", kwargs=kw),
    }


@pytest.mark.parametrize("pagina", ["overzicht", "fase", "risicos", "risico", "overleg", "betrokkenheid"])
def test_pagina_zonder_ernstige_axe_fouten(browser_pagina, kernteam_user, paginas, pagina):
    browser_pagina.inloggen(kernteam_user)
    antwoord = browser_pagina.goto(paginas[pagina])
    assert antwoord.status == 200
    assert browser_pagina.locator("h1").count() == 1
    assert axe_controle(browser_pagina) == []


def test_publieke_fasepagina_zonder_ernstige_axe_fouten(browser_pagina, paginas):
    browser_pagina.goto(paginas["fase"])
    assert browser_pagina.locator("blockquote").count() == 1
    assert axe_controle(browser_pagina) == []


def test_bespreking_vastleggen_met_het_formulier(browser_pagina, kernteam_user, paginas):
    from leerspoor.models import RisicoBespreking

    browser_pagina.inloggen(kernteam_user)
    browser_pagina.goto(paginas["overleg"])
    browser_pagina.get_by_label("Kans (1–5)").select_option("2")
    browser_pagina.get_by_label("Impact (1–5)").select_option("3")
    browser_pagina.get_by_label("Toelichting").fill("Minder urgent na de synthesebijeenkomst")
    browser_pagina.get_by_role("button", name="Besprekingen vastleggen").click()
    browser_pagina.wait_for_load_state()
    assert "1 bespreking(en) vastgelegd." in browser_pagina.content()
    bespreking = RisicoBespreking.objects.get(bijeenkomst__titel="Kernteamoverleg maart")
    assert (bespreking.kans, bespreking.impact) == (2, 3)
    assert axe_controle(browser_pagina) == []
