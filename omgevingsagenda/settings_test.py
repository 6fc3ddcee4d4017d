"""Test settings: the real settings, made faster. Nothing here changes behaviour."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-sleutel-niet-geheim")

from omgevingsagenda.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once in the test process (tests/mail.py swaps in real SMTP where a test asks for it).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
# The second factor for the kernteam is off, as for `make run`; tests/test_tweede_factor.py turns it on.
TWEE_FACTOR = False
# Serve static files straight from static/ (no collectstatic in tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# One test database per test process, so parallel runs on one PostgreSQL server never collide.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": f"test_omgevingsagenda_{os.getpid()}"}  # noqa: F405

# Generated PDFs go to a throwaway folder, not the repository's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="omgevingsagenda-media-"))  # noqa: F405

# Tasks run at once, inside the request or test that enqueues them; a test that needs a
# real worker uses the database backend itself (tests/productie/test_taken.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# No cache unless a test asks for one: a cached page from one test must not answer in the next.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
