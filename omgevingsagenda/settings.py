"""Settings of the Omgevingsagenda, read once from the environment.

Variables: SECRET_KEY, DEBUG, ALLOWED_HOSTS, DATABASE_URL (unset: an embedded SQLite
file), MEDIA_ROOT (generated PDFs), CSRF_TRUSTED_ORIGINS; for mail EMAIL_HOST, EMAIL_PORT,
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL and SITE_URL;
for security (README "Beveiliging"):
AXES_FAILURE_LIMIT, AXES_COOLOFF_MINUTEN, PROXY_AANTAL, KERNTEAM_SESSIE_MINUTEN, SECURITY_CONTACT,
PEILING_NIEUW_PER_ADRES, PEILING_LIMIET_MINUTEN, TWEE_FACTOR, OTP_TOTP_ISSUER; TOEGANKELIJKHEID_CONTACT;
REDIS_URL (cache and task queue for more than one machine; unset: embedded defaults), CACHE_DIR,
LOKAAL (plain http on 127.0.0.1 without a TLS proxy, as `make run` serves).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = _env_bool("DEBUG")
# Production settings on a developer's machine: no TLS proxy in front, so no https redirect
# and no secure-only cookies. Never set it on a server (check --deploy would say so).
LOKAAL = _env_bool("LOKAAL")
REDIS_URL = os.environ.get("REDIS_URL", "")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Zet de omgevingsvariabele SECRET_KEY (of DEBUG=1 voor ontwikkeling).")
    # Only for development: with DEBUG off there is no fallback (see above).
    SECRET_KEY = "django-insecure-alleen-voor-ontwikkeling"

ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS", "localhost,127.0.0.1" if DEBUG or LOKAAL else "")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "omgevingsagenda.apps.KernteamAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    *(["django_rq", "django_tasks_rq"] if REDIS_URL else []),
    "import_export",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_static",
    "django_otp.plugins.otp_totp",
    "two_factor",
    "kern",
    "omgevingsagenda",
    "deelnemers",
    "agenda",
    "opgaven",
    "tafels",
    "leerspoor",
    "publicatie",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and auth: a cached public page is answered without touching them.
    "kern.paginacache.PaginaCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "kern.middleware.BeveiligingsHeaders",
    "deelnemers.middleware.KernteamSessie",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the cool-off page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "omgevingsagenda.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "omgevingsagenda.context_processors.rollen",
            ],
        },
    },
]

WSGI_APPLICATION = "omgevingsagenda.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several gunicorn workers and the task worker share the file: wait for a lock, don't fail at once.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", 20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Behind a TLS-terminating proxy in production; see README "Productie".
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not DEBUG
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
if LOKAAL:
    SECURE_SSL_REDIRECT = SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = False
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
    SECURE_HSTS_SECONDS = 0
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Login throttling (django-axes, README "Beveiliging"): after AXES_FAILURE_LIMIT wrong passwords for
# one account, or from one address, that account or address waits AXES_COOLOFF_MINUTEN minutes.
# The kernteam sees and lifts lockouts in the admin (Axes → Access attempts: delete the row).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTEN", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "omgevingsagenda.beveiliging.inloggen_geblokkeerd"
AXES_COOLOFF_MESSAGE = _("Te veel mislukte pogingen om in te loggen. Probeer het later opnieuw.")
AXES_PERMALOCK_MESSAGE = AXES_COOLOFF_MESSAGE
# The visitor's address (kern.verzoek): behind PROXY_AANTAL TLS proxies (README "Productie") the
# address the outermost one added to X-Forwarded-For, never one the visitor sent (else the proxy's
# address locks everyone out, or a forged header dodges the limit). 0: REMOTE_ADDR, no proxy.
PROXY_AANTAL = int(os.environ.get("PROXY_AANTAL", "0" if DEBUG else "1"))
AXES_CLIENT_IP_CALLABLE = "kern.verzoek.bezoekersadres"

# Content-Security-Policy (django-csp): everything from our own origin only; no inline script or style
# (the styles live in static/css/site.css). data: images for the icons Bootstrap's CSS draws.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Two factors for the kernteam (deelnemers.tweede_factor): TOTP app plus backup codes, required for
# /admin/ and every kernteam page. TWEE_FACTOR=0 turns the requirement off (make run, the tests).
TWEE_FACTOR = _env_bool("TWEE_FACTOR", True)
# The name an authenticator app shows beside the code.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Omgevingsagenda")
TWO_FACTOR_QR_FACTORY = "qrcode.image.svg.SvgPathImage"
# The admin keeps its own login (with the kernteam check); the second factor is asked by
# KernteamAdminSite.admin_view instead of two_factor's patched admin login.
TWO_FACTOR_PATCH_ADMIN = False

# A kernteam session ends after this many minutes without a request (deelnemers.middleware); 0: never.
KERNTEAM_SESSIE_MINUTEN = int(os.environ.get("KERNTEAM_SESSIE_MINUTEN", "30"))
# Peilingen open to people without an account (leerspoor.anoniem): at most this many new respondents
# per address per window; 0: no limit.
PEILING_NIEUW_PER_ADRES = int(os.environ.get("PEILING_NIEUW_PER_ADRES", "150"))
PEILING_LIMIET_MINUTEN = int(os.environ.get("PEILING_LIMIET_MINUTEN", "10"))
# /.well-known/security.txt (RFC 9116): where to report a vulnerability; unset: no security.txt (404).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")

# Browser features no page uses are off for every origin (kern.middleware.BeveiligingsHeaders).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
# Where the accessibility statement (/toegankelijkheid/) sends problems and requests; it must be
# a mailbox someone reads: the statement promises an answer within 5 working days.
TOEGANKELIJKHEID_CONTACT = os.environ.get("TOEGANKELIJKHEID_CONTACT", "toegankelijkheid@omgevingsagenda.nl")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# In development serve static files straight from static/.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# E-mail (see README "E-mail"): SMTP from the environment. With DEBUG and no EMAIL_HOST, mails
# (or LOKAAL, as `make run` serves) are written as files to tmp/mail/ instead: no mail server needed.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Omgevingsagenda <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if (DEBUG or LOKAAL) and not os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = BASE_DIR / "tmp" / "mail"
# Links in mails are absolute: mails are rendered by the task worker, outside any request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# How long the link in an invitation and in a "wachtwoord vergeten" mail stays valid.
UITNODIGING_GELDIG_DAGEN = int(os.environ.get("UITNODIGING_GELDIG_DAGEN", "14"))
PASSWORD_RESET_TIMEOUT = int(os.environ.get("PASSWORD_RESET_TIMEOUT", str(60 * 60 * 24)))

# Retention (AVG, README "Bewaartermijnen"): `manage.py opschonen` removes what is older.
BEWAARTERMIJN_VERZENDLOG_DAGEN = int(os.environ.get("BEWAARTERMIJN_VERZENDLOG_DAGEN", "365"))
BEWAARTERMIJN_AANMELDINGEN_DAGEN = int(os.environ.get("BEWAARTERMIJN_AANMELDINGEN_DAGEN", "90"))

# Background work (PDFs, later e-mail) through Django's task API. One "default" backend: the
# database queue with its worker (`manage.py db_worker`) on one machine, RQ on Redis
# (`manage.py rqworker --job-class django_tasks_rq.Job`) when REDIS_URL is set.
if REDIS_URL:
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# The page cache (kern/paginacache.py) and anything else cached: Redis when there is more
# than one machine; otherwise files on disk, which every gunicorn worker of this machine
# shares and which still answer while the database is down.
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Every write of a domain table renews the cache generation (kern/generatie.py), so this is
# only how long an unread page keeps its place.
PAGINACACHE_SECONDEN = int(os.environ.get("PAGINACACHE_SECONDEN", "600"))
