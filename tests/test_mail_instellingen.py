"""Mail settings: production reads its SMTP server from the environment; development writes files."""

from tests.test_settings import manage

TOON = (
    "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER,"
    " s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, s.SITE_URL, sep='|')"
)


def test_productie_neemt_smtp_uit_de_omgeving():
    resultaat = manage(
        "shell",
        "-c",
        TOON,
        extra_env={
            "EMAIL_HOST": "smtp.example.org",
            "EMAIL_PORT": "587",
            "EMAIL_HOST_USER": "agenda",
            "EMAIL_HOST_PASSWORD": "geheim",
            "EMAIL_USE_TLS": "1",
            "DEFAULT_FROM_EMAIL": "Omgevingsagenda <noreply@example.org>",
            "SITE_URL": "https://omgevingsagenda.example.org/",
        },
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip().splitlines()[-1].split("|") == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org",
        "587",
        "agenda",
        "geheim",
        "True",
        "Omgevingsagenda <noreply@example.org>",
        "https://omgevingsagenda.example.org",
    ]


def test_ontwikkeling_schrijft_mails_naar_tmp_mail():
    resultaat = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.EMAIL_FILE_PATH)",
        extra_env={"DEBUG": "1"},
        weg=("EMAIL_HOST",),
    )
    assert resultaat.returncode == 0, resultaat.stderr
    backend, pad = resultaat.stdout.strip().splitlines()[-1].split()
    assert backend == "django.core.mail.backends.filebased.EmailBackend"
    assert pad.endswith("tmp/mail")
