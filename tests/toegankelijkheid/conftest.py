"""The demo of Omgevingsagenda Oost as a fixture: the accessibility tests run on its real content."""

import io

import pytest
from django.apps import apps
from django.db import transaction

from omgevingsagenda.demo import versies
from omgevingsagenda.demo.laden import demo_laden
from omgevingsagenda.kernteam import kernteam_groep_bijwerken


@pytest.fixture
def demo(transactional_db):
    """The demo with its two published versions (and their PDFs), as `manage.py demo` loads it.

    Transactional, because the browser tests read it through a live server in another thread;
    pytest-django flushes every table after the test, so no demo row outlives it. Costs about
    6 s, which is why each test here checks many pages at once instead of one page per test.
    """
    # An earlier transactional test may have flushed the group that the data migration made.
    kernteam_groep_bijwerken(apps)
    with transaction.atomic():
        agenda = demo_laden()
        versies.laden(agenda, io.StringIO())
    return agenda
