"""Every page type of the demo, as each role, from phone to desktop: axe-core, reflow, focus.

One test per role loads the demo once and visits all pages of that role at the widths of
BREEDTES, collecting every finding, so one run reports them all. Zoom: 200 % of a 1280 px
window is a 640 CSS px viewport (the layout Chromium computes is the same), so "640" is the
200 % zoom check; 320 CSS px is 400 % zoom of 1280 px (WCAG 1.4.10).
"""

import time

import pytest

from tests.browser import axe_controle
from tests.toegankelijkheid.controles import focus_onzichtbaar, zijwaarts_scrollen
from tests.toegankelijkheid.paginas import (
    DESKTOP,
    ROLLEN,
    TELEFOON,
    ZOOM_200,
    breedtes,
    gebruiker,
    paginas,
    verwachte_status,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pagina_controleren(page, rol: str, naam: str, url: str, breedte: int) -> list[str]:
    """Every finding on one page at one width, as readable lines."""
    page.set_viewport_size({"width": breedte, "height": 900})
    response = page.goto(url)
    plek = f"{rol} {naam} {breedte}px"
    fouten = []
    if response.status != verwachte_status(rol, naam):
        fouten.append(f"{plek}: status {response.status}")
    if page.locator("h1").count() != 1:
        fouten.append(f"{plek}: {page.locator('h1').count()} h1-koppen")
    for v in axe_controle(page):
        fouten.append(f"{plek}: axe {v['id']} ({v['impact']}) op {v['nodes']}")
    if breedte in (TELEFOON, ZOOM_200) and (te_breed := zijwaarts_scrollen(page)) > 0:
        fouten.append(f"{plek}: scrolt {te_breed} px zijwaarts")
    if breedte == DESKTOP:
        fouten += [f"{plek}: focus niet zichtbaar op {element}" for element in focus_onzichtbaar(page)]
    return fouten


@pytest.mark.parametrize("rol", ROLLEN)
def test_elke_paginasoort_van_de_demo_is_toegankelijk(demo, browser_pagina, rol):
    if (user := gebruiker(rol)) is not None:
        browser_pagina.inloggen(user)
    begin, gecontroleerd, fouten = time.monotonic(), 0, []
    for naam, url in paginas(rol).items():
        for breedte in breedtes(naam):
            fouten += pagina_controleren(browser_pagina, rol, naam, url, breedte)
            gecontroleerd += 1
    print(f"{rol}: {len(paginas(rol))} paginasoorten, {gecontroleerd} controles, {time.monotonic() - begin:.0f} s")
    assert not fouten, f"{len(fouten)} bevindingen:\n" + "\n".join(fouten)
