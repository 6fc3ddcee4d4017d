import pytest

from tests.browser import axe_controle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_toegankelijkheidsverklaring_zonder_ernstige_axe_fouten(browser_pagina):
    browser_pagina.goto("/toegankelijkheid/")
    assert browser_pagina.locator("h1").count() == 1
    assert axe_controle(browser_pagina) == []
