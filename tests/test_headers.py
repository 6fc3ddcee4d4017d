"""Security headers (issue 11): a strict CSP, Permissions-Policy, and no-store for logged-in visitors.

The browser test (tests/test_csp_browser.py) shows no page breaks under the CSP; these tests pin
the headers themselves and keep inline script and style out of the templates.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

# Rendered by WeasyPrint into a PDF, never served to a browser: their <style> is no CSP matter.
PDF_SJABLONEN = {"leerspoor/fase_pdf.html", "publicatie/pdf/nota.html", "publicatie/pdf/versie.html"}


def _sjablonen():
    map_ = Path(settings.BASE_DIR) / "templates"
    for pad in sorted(map_.rglob("*.html")):
        naam = pad.relative_to(map_).as_posix()
        # PDFs and mails are no web pages: no CSP applies, and mail programs drop style sheets.
        if naam not in PDF_SJABLONEN and not naam.startswith("mail/"):
            yield naam, pad.read_text(encoding="utf-8")


def test_strikte_csp_op_een_publieke_pagina(client, agenda_factory):
    agenda_factory(slug="oost")
    response = client.get(reverse("agenda:overzicht", kwargs={"agenda": "oost"}))
    csp = response["Content-Security-Policy"]
    richtlijnen = dict(deel.strip().split(" ", 1) for deel in csp.split(";") if deel.strip())
    assert richtlijnen["default-src"] == "'self'"
    assert "script-src" not in richtlijnen  # so default-src 'self' applies: no inline script
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert richtlijnen["object-src"] == "'none'"
    assert richtlijnen["frame-ancestors"] == "'none'"


def test_permissions_policy_op_elke_pagina(client):
    for url in [reverse("login"), reverse("toegankelijkheid"), "/bestaat-niet/"]:
        beleid = client.get(url)["Permissions-Policy"]
        assert "camera=()" in beleid and "microphone=()" in beleid and "geolocation=()" in beleid


def test_anonieme_pagina_zonder_no_store(client, agenda_factory):
    agenda_factory(slug="oost")
    response = client.get(reverse("agenda:overzicht", kwargs={"agenda": "oost"}))
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("rol", ["deelnemer", "kernteam"])
def test_ingelogd_nooit_opgeslagen(client, agenda_factory, deelnemer_user, kernteam_user, rol):
    agenda_factory(slug="oost")
    client.force_login(deelnemer_user if rol == "deelnemer" else kernteam_user)
    urls = [
        reverse("agenda:overzicht", kwargs={"agenda": "oost"}),
        reverse("tafels:bijeenkomsten", kwargs={"agenda": "oost"}),
        reverse("toegankelijkheid"),
    ]
    if rol == "kernteam":
        urls += [
            reverse("leerspoor:betrokkenheid", kwargs={"agenda": "oost"}),
            reverse("publicatie:reacties", kwargs={"agenda": "oost"}),
            reverse("admin:index"),
            reverse("admin:deelnemers_deelnemer_changelist"),
        ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        richtlijnen = {deel.strip() for deel in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= richtlijnen, url
        assert "public" not in richtlijnen and not any(
            r.startswith("max-age") and r != "max-age=0" for r in richtlijnen
        )


@pytest.mark.parametrize(("naam", "tekst"), list(_sjablonen()), ids=[naam for naam, _t in _sjablonen()])
def test_geen_inline_stijl_of_script_in_sjablonen(naam, tekst):
    assert not re.search(r"\sstyle=", tekst), f"{naam}: style=-attribuut (zet het in static/css/site.css)"
    assert not re.search(r"<style[\s>]", tekst), f"{naam}: <style>-blok (zet het in static/css/site.css)"
    for script in re.findall(r"<script\b[^>]*>", tekst):
        assert "src=" in script or "application/json" in script, f"{naam}: inline <script>"
    assert not re.search(r"\son[a-z]+=", tekst), f"{naam}: inline event handler"
    assert "javascript:" not in tekst, naam
