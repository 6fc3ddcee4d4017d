"""Every admin page on the demo data, as a kernteam member who is not a superuser: no 5xx anywhere.

The other admin tests open the pages on an empty or tiny database; a changelist column that only
breaks once a row exists (the risicobesprekingen asked for a `score` the model lacked) slipped
through. Here the demo is loaded (with its published versions) and every URL that the admin site
of each registered model offers is opened: changelist (sorted on every column, searched, drilled
into by date), add, change, delete confirmation, history, its latest history record, and the custom
views (publishing a version). One test, so the demo (~6 s with its PDFs) is loaded once.
"""

import io

import pytest
from django.contrib import admin
from django.urls import URLPattern, reverse

from omgevingsagenda.demo import versies
from omgevingsagenda.demo.laden import demo_laden
from publicatie.models import Versie
from tests.deelnemers.factories import KernteamUserFactory

pytestmark = pytest.mark.django_db

# Written only with AXES_ENABLE_ACCESS_FAILURE_LOG on (off here), and the second-factor devices (the
# demo runs with TWEE_FACTOR off): their list pages are still opened.
# Empty on the demo by nature: no failed login yet, no second factor set up, and the tests run tasks at
# once (ImmediateBackend), so the database queue keeps no results.
LEEG_TOEGESTAAN = {
    "axes.accessfailurelog",
    "otp_static.staticdevice",
    "otp_totp.totpdevice",
    "django_tasks_database.dbtaskresult",
}


def _object_urls(model_admin, obj) -> list[str]:
    """Every URL of this model's admin with an object id in it, for `obj` (and its latest history record)."""
    urls = []
    for patroon in model_admin.get_urls():
        if not isinstance(patroon, URLPattern) or not patroon.name:
            continue
        argumenten = patroon.pattern.converters
        if "object_id" not in argumenten:
            continue
        kwargs = {"object_id": obj.pk}
        if "version_id" in argumenten:
            record = obj.history.order_by("-history_id").first() if hasattr(obj, "history") else None
            if record is None:
                continue
            kwargs["version_id"] = record.history_id
        urls.append(reverse(f"admin:{patroon.name}", kwargs=kwargs))
    return urls


def _lijst_urls(model_admin, changelist_url) -> list[str]:
    urls = [changelist_url, f"{changelist_url}?q=a", f"{changelist_url}?q=%3D%27%22%3E"]
    urls += [f"{changelist_url}?o={kolom}" for kolom in range(1, len(model_admin.get_list_display(None)) + 1)]
    if model_admin.date_hierarchy:
        veld = model_admin.date_hierarchy
        urls += [
            f"{changelist_url}?{veld}__year=2026",
            f"{changelist_url}?{veld}__year=2026&{veld}__month=3",
            f"{changelist_url}?{veld}__year=2026&{veld}__month=3&{veld}__day=11",
            f"{changelist_url}?{veld}__year={'9' * 25}",
        ]
    return urls


def test_elke_beheerpagina_op_de_demo_zonder_5xx(client):
    agenda = demo_laden()
    versies.laden(agenda, io.StringIO())
    # A concept as well, so the publishing page shows its preview instead of redirecting.
    Versie.objects.create(agenda=agenda, nummer=Versie.objects.filter(agenda=agenda).count() + 1, label="Concept")
    kernteam = KernteamUserFactory(is_superuser=False)
    # A failed login, so the lockout admin (django-axes) has rows to show as well.
    client.post(reverse("login"), {"username": "onbekend", "password": "fout"}, REMOTE_ADDR="192.0.2.66")
    client.post(reverse("login"), {"username": kernteam.username, "password": "wachtwoord"})
    client.force_login(kernteam)

    urls = [reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        changelist_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        urls += _lijst_urls(model_admin, changelist_url)
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        urls.append(reverse("admin:app_list", args=[opts.app_label]))
        obj = model._default_manager.order_by("pk").first()
        if obj is None and opts.label_lower in LEEG_TOEGESTAAN:
            continue
        assert obj is not None, f"de demo vult {opts.label_lower} niet: voeg het toe aan de demo"
        urls += _object_urls(model_admin, obj)
    for versie in Versie.objects.filter(agenda=agenda):
        urls.append(reverse("admin:publicatie_versie_publiceren", args=[versie.pk]))

    fouten = []
    bekeken = set()
    for url in urls:
        if url in bekeken:
            continue
        bekeken.add(url)
        response = client.get(url)
        if response.status_code >= 500:
            fouten.append(f"{url}: {response.status_code}")
    assert not fouten, "\n".join(fouten)
    # A guard against a test that opens nothing: dozens of models, each with several pages.
    assert len(bekeken) > 250
