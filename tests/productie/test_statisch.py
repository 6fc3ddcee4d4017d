"""Static files as production collects them: manifest storage, DEBUG off, no dangling source maps."""

import re
from pathlib import Path

from django.core.management import call_command

STATIC = Path(__file__).resolve().parents[2] / "static"
BRONKAART = re.compile(rb"[#@] sourceMappingURL=(\S+?)(?:\s*\*/)?\s*$", re.MULTILINE)


def test_elke_bronkaart_waarnaar_verwezen_wordt_is_meegeleverd():
    # The rule for vendored files: with their source maps, or without references to them.
    verwijzingen = 0
    for bestand in [*STATIC.rglob("*.js"), *STATIC.rglob("*.css")]:
        for naam in BRONKAART.findall(bestand.read_bytes()):
            verwijzingen += 1
            assert (bestand.parent / naam.decode()).is_file(), f"{bestand} verwijst naar ontbrekende {naam.decode()}"
    assert verwijzingen >= 2  # bootstrap's css and js both name theirs


def test_collectstatic_met_manifest_zoals_productie(settings, tmp_path):
    # The manifest storage rewrites every url() and sourceMappingURL: a missing target fails here.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (tmp_path / "staticfiles.json").is_file()
    assert list(tmp_path.glob("vendor/bootstrap/bootstrap.bundle.min.js.*.map"))
