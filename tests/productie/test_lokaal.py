"""LOKAAL: production settings on plain http at 127.0.0.1, as `make run` serves; production itself unchanged."""

from tests.test_settings import manage

TOON = (
    "from django.conf import settings as s; "
    "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
)


def _waarden(resultaat) -> list[str]:
    # The last line: Django's shell announces its automatic imports first.
    return resultaat.stdout.strip().splitlines()[-1].split()


def test_lokaal_zet_https_omleiding_en_veilige_cookies_uit():
    resultaat = manage("shell", "-c", TOON, extra_env={"LOKAAL": "1"})
    assert _waarden(resultaat) == ["False", "False", "False", "False", "0"], resultaat.stderr


def test_zonder_lokaal_blijft_productie_streng():
    resultaat = manage("shell", "-c", TOON, weg=("LOKAAL",))
    assert _waarden(resultaat) == ["False", "True", "True", "True", "31536000"], resultaat.stderr


def test_serveren_start_gunicorn_en_de_worker_van_de_backend():
    from omgevingsagenda.management.commands.serveren import gunicorn_opdracht, worker_opdracht

    assert "gunicorn" in gunicorn_opdracht(bind="127.0.0.1:8000", workers=2)
    assert "db_worker" in worker_opdracht()
