"""Fixtures for the whole suite: the factories of every app, and users per role."""

import os

import pytest
from pytest_factoryboy import register

from tests.agenda import factories as agenda_f
from tests.deelnemers import factories as deelnemers_f
from tests.leerspoor import factories as leerspoor_f
from tests.mail import postbus  # noqa: F401  (the loopback SMTP server, for tests that send real mail)
from tests.opgaven import factories as opgaven_f
from tests.publicatie import factories as publicatie_f
from tests.tafels import factories as tafels_f

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

for module in (deelnemers_f, agenda_f, opgaven_f, tafels_f, leerspoor_f, publicatie_f):
    for name in dir(module):
        if name.endswith("Factory") and getattr(module, name).__module__ == module.__name__:
            register(getattr(module, name))


@pytest.fixture
def kernteam_user(db):
    return deelnemers_f.KernteamUserFactory()


@pytest.fixture
def deelnemer_user(db):
    user = deelnemers_f.UserFactory()
    deelnemers_f.DeelnemerFactory(user=user, naam_publiek=False)
    return user


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session. Missing Chromium fails in CI, skips elsewhere."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} ontbreekt: browsertests mogen in CI niet overslaan")
        pytest.skip(f"{CHROMIUM} ontbreekt (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_pagina(chromium, live_server):
    """A fresh page; call `inloggen(user)` on it to carry a logged-in session."""
    context = chromium.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()

    def inloggen(user):
        from django.test import Client

        client = Client()
        client.force_login(user)
        cookie = client.cookies["sessionid"]
        context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])

    page.inloggen = inloggen
    yield page
    context.close()
