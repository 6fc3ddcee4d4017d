"""Production settings: from the environment only, and passing Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTIE = {
    "DJANGO_SETTINGS_MODULE": "omgevingsagenda.settings",
    "DEBUG": "0",
    "SECRET_KEY": "pr0d-9f8e7d6c5b4a3z2y1x0w-vutsrqponmlkjihgfedcba-ZYXWVUTSRQPONMLK",
    "ALLOWED_HOSTS": "omgevingsagenda.example.org",
}


def manage(*args, extra_env=None, weg=()):
    env = {**os.environ, **PRODUCTIE, **(extra_env or {})}
    # The test run itself allows sync ORM calls beside Playwright; production never does.
    for naam in ("DJANGO_ALLOW_ASYNC_UNSAFE", *weg):
        env.pop(naam, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_meldt_niets_met_productie_instellingen():
    resultaat = manage("check", "--deploy", "--fail-level", "WARNING")
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert "no issues" in resultaat.stdout


def test_zonder_secret_key_start_productie_niet():
    resultaat = manage("check", weg=("SECRET_KEY",))
    assert resultaat.returncode != 0
    assert "SECRET_KEY" in resultaat.stderr


def test_geen_migraties_ontbreken():
    resultaat = manage("makemigrations", "--check", "--dry-run")
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr


def test_debug_staat_standaard_uit():
    resultaat = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", weg=("DEBUG",))
    assert resultaat.stdout.strip().endswith("False"), resultaat.stderr


def test_taal_en_tijdzone(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
