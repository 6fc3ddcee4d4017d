"""Every page type of the demo, as each role, is valid HTML by the Nu Html Checker (vnu).

The pages are fetched with the test client and checked in one vnu run, because starting
Java takes seconds. vnu.jar comes from npm (package.json, installed by `make test` into
node_modules/) and runs on Debian's Java. Missing in CI is a failure, elsewhere a skip.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.toegankelijkheid.paginas import ROLLEN, breedtes, gebruiker, paginas, verwachte_status

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_fouten(bestanden: list[Path]) -> list[str]:
    """Run vnu once on all files; return its errors as `file:line: message`."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        reden = "java of node_modules/vnu-jar ontbreekt (make test installeert beide)"
        if os.environ.get("CI"):
            pytest.fail(reden)
        pytest.skip(reden)
    uitvoer = subprocess.run(
        [java, "-Xss1m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, bestanden)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    berichten = json.loads(uitvoer.stderr)["messages"]
    return [f"{Path(b['url']).name}:{b.get('lastLine', '?')}: {b['message']}" for b in berichten]


def test_elke_paginasoort_van_de_demo_is_geldige_html(demo, tmp_path):
    bestanden = []
    for rol in ROLLEN:
        client = Client()
        if (user := gebruiker(rol)) is not None:
            client.force_login(user)
        for naam, url in paginas(rol).items():
            response = client.get(url, follow=True)
            assert response.status_code == verwachte_status(rol, naam), (rol, naam)
            bestand = tmp_path / f"{rol}-{naam}.html"
            bestand.write_bytes(response.content)
            bestanden.append(bestand)
    fouten = vnu_fouten(bestanden)
    assert not fouten, f"{len(fouten)} fouten:\n" + "\n".join(fouten)


def test_de_verklaring_noemt_de_omvang_van_de_toetsing(demo, client):
    # The statement's figures are those of the demo sweep; a page type added there updates them here.
    soorten = {naam for rol in ROLLEN for naam in paginas(rol)}
    combinaties = sum(len(paginas(rol)) for rol in ROLLEN)
    controles = sum(len(breedtes(naam)) for rol in ROLLEN for naam in paginas(rol))
    verklaring = client.get("/toegankelijkheid/").content.decode()
    assert f"{len(soorten)} paginasoorten" in verklaring
    assert f"{combinaties} combinaties van paginasoort en rol" in verklaring
    assert f"samen {controles} controles" in verklaring
