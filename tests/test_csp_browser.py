"""The strict Content-Security-Policy in a real Chromium: no page type logs a violation.

The policy (settings CONTENT_SECURITY_POLICY) allows no inline script or style. A page that
still had a `style=` attribute or a `<script>` block would lose it silently in production; here
every page type, public, deelnemer, kernteam and the admin, is opened on the demo data while the
page listens for `securitypolicyviolation` events and the console reports.
"""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from deelnemers.permissions import KERNTEAM_GROEP
from leerspoor.models import Peiling, Risico
from omgevingsagenda.demo import versies
from omgevingsagenda.demo.laden import AGENDA_SLUG, DUO_OPGAVE, demo_laden
from omgevingsagenda.kernteam import kernteam_groep_bijwerken
from opgaven.models import Opgave
from publicatie.models import Reactie, Versie
from tafels.models import Bijeenkomst, BijeenkomstSoort, Gesprekstafel
from tests.deelnemers.factories import KernteamUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LUISTERAAR = """
window.__cspOvertredingen = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspOvertredingen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def _paginas() -> list[str]:
    a = AGENDA_SLUG
    opgave = Opgave.objects.get(agenda__slug=a, slug=DUO_OPGAVE)
    tafel = Gesprekstafel.objects.filter(agenda__slug=a).first()
    bijeenkomst = Bijeenkomst.objects.filter(agenda__slug=a, soort=BijeenkomstSoort.GESPREKSTAFEL).first()
    overleg = Bijeenkomst.objects.filter(agenda__slug=a, soort=BijeenkomstSoort.KERNTEAMOVERLEG).first()
    risico = Risico.objects.filter(agenda__slug=a).first()
    peiling = Peiling.objects.filter(bijeenkomst__agenda__slug=a).first()
    versie = Versie.objects.filter(agenda__slug=a, gepubliceerd_op__isnull=False).order_by("nummer").last()
    reactie = Reactie.objects.filter(versie__agenda__slug=a).first()
    return [
        reverse("agenda:home"),
        reverse("agenda:overzicht", kwargs={"agenda": a}),
        reverse("agenda:perspectief", kwargs={"agenda": a}),
        reverse("opgaven:lijst", kwargs={"agenda": a}),
        opgave.get_absolute_url(),
        reverse("opgaven:bewerken", kwargs={"agenda": a, "slug": opgave.slug}),
        reverse("publicatie:wijzigingen", kwargs={"agenda": a}),
        reverse("tafels:lijst", kwargs={"agenda": a}),
        reverse("tafels:detail", kwargs={"agenda": a, "slug": tafel.slug}),
        reverse("tafels:bijeenkomsten", kwargs={"agenda": a}),
        reverse("tafels:bijeenkomst", kwargs={"agenda": a, "pk": bijeenkomst.pk}),
        reverse("leerspoor:overzicht", kwargs={"agenda": a}),
        reverse("leerspoor:fase", kwargs={"agenda": a, "nummer": 2}),
        reverse("leerspoor:risicos", kwargs={"agenda": a}),
        reverse("leerspoor:risico", kwargs={"agenda": a, "pk": risico.pk}),
        reverse("leerspoor:overleg", kwargs={"agenda": a, "pk": overleg.pk}),
        reverse("leerspoor:betrokkenheid", kwargs={"agenda": a}),
        reverse("leerspoor:peilingen", kwargs={"agenda": a}),
        reverse("leerspoor:peiling_beheer", kwargs={"agenda": a, "pk": peiling.pk}),
        reverse("leerspoor:peiling_projector", kwargs={"agenda": a, "pk": peiling.pk}),
        reverse("leerspoor:peiling_uitslag", kwargs={"agenda": a, "pk": peiling.pk}),
        reverse("leerspoor:peiling_beantwoorden", kwargs={"agenda": a, "token": peiling.token}),
        reverse("publicatie:lijst", kwargs={"agenda": a}),
        reverse("publicatie:versie", kwargs={"agenda": a, "nummer": versie.nummer}),
        reverse("publicatie:verschillen", kwargs={"agenda": a}) + "?van=1&naar=2",
        reverse("publicatie:concept", kwargs={"agenda": a}),
        reverse("publicatie:reageren", kwargs={"agenda": a, "nummer": versie.nummer}),
        reverse("publicatie:nota", kwargs={"agenda": a, "nummer": versie.nummer}),
        reverse("publicatie:mijn_reacties", kwargs={"agenda": a}),
        reverse("publicatie:reacties", kwargs={"agenda": a}),
        reverse("publicatie:reactie_verwerken", kwargs={"agenda": a, "pk": reactie.pk}),
        reverse("toegankelijkheid"),
        "/bestaat-niet/",
        reverse("admin:index"),
        reverse("admin:opgaven_opgave_changelist"),
        reverse("admin:opgaven_opgave_change", args=[opgave.pk]),
        reverse("admin:opgaven_opgave_history", args=[opgave.pk]),
        reverse("admin:publicatie_reactie_changelist"),
        reverse("admin:leerspoor_peiling_change", args=[peiling.pk]),
    ]


@pytest.fixture
def demo_site(db):
    # A transactional test flushes what the data migration made.
    if not Group.objects.filter(name=KERNTEAM_GROEP).exists():
        kernteam_groep_bijwerken(apps)
    agenda = demo_laden()
    versies.laden(agenda, io.StringIO())
    return agenda


def _bezoek(pagina, urls) -> list[str]:
    meldingen = []
    pagina.on(
        "console",
        lambda bericht: meldingen.append(bericht.text) if "Content Security Policy" in bericht.text else None,
    )
    pagina.add_init_script(LUISTERAAR)
    fouten = []
    for url in urls:
        meldingen.clear()
        antwoord = pagina.goto(url)
        assert antwoord.status < 500, url
        assert "default-src 'self'" in antwoord.headers["content-security-policy"], url
        pagina.wait_for_load_state("load")
        overtredingen = pagina.evaluate("window.__cspOvertredingen")
        if overtredingen or meldingen:
            fouten.append(f"{url}: {overtredingen + meldingen}")
    return fouten


def test_geen_csp_overtreding_als_kernteam(browser_pagina, demo_site):
    browser_pagina.inloggen(KernteamUserFactory())
    fouten = _bezoek(browser_pagina, _paginas())
    assert not fouten, "\n".join(fouten)


def test_geen_csp_overtreding_als_bezoeker(browser_pagina, demo_site):
    publiek = [url for url in _paginas() if "kernteam" not in url and "/admin/" not in url]
    fouten = _bezoek(browser_pagina, [*publiek, reverse("login"), reverse("admin:login")])
    assert not fouten, "\n".join(fouten)
