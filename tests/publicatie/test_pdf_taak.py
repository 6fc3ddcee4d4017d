"""The PDF of a published version is made by the task worker, not in the request that publishes."""

import pytest
from django.core.management import call_command
from django_tasks import default_task_backend

import publicatie.pdf
from publicatie.models import PDF_MAX_POGINGEN, Versie
from publicatie.services import versie_aanmaken, versie_publiceren
from publicatie.tasks import versie_pdf_maken

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def wachtrij(settings):
    """A queue that only collects: what is enqueued stays there, nothing runs."""
    settings.TASKS = DUMMY
    default_task_backend.clear()
    return default_task_backend


def _publiceren(agenda):
    return versie_publiceren(versie=versie_aanmaken(agenda=agenda, label="Eerste concept"))


def _versiepagina(client, versie):
    return client.get(versie.get_absolute_url()).content.decode()


def test_publiceren_rendert_niet_maar_zet_de_pdf_in_de_wachtrij(agenda_met_inhoud, wachtrij, monkeypatch):
    monkeypatch.setattr(publicatie.pdf, "pdf_maken", lambda *a: pytest.fail("gerenderd in het verzoek"))
    versie = _publiceren(agenda_met_inhoud)
    assert not Versie.objects.get(pk=versie.pk).pdf
    [taak] = wachtrij.results
    assert taak.task.func is versie_pdf_maken.func
    assert taak.args == [versie.pk]


def test_versiepagina_zegt_pdf_wordt_gemaakt_tot_hij_er_is(client, agenda_met_inhoud, wachtrij):
    versie = _publiceren(agenda_met_inhoud)
    html = _versiepagina(client, versie)
    assert "PDF wordt gemaakt" in html
    assert versie.pdf_url() not in html
    # The worker runs the queued task.
    wachtrij.results[0].task.call(*wachtrij.results[0].args)
    html = _versiepagina(client, versie)
    assert "PDF wordt gemaakt" not in html
    assert versie.pdf_url() in html
    assert Versie.objects.get(pk=versie.pk).pdf.storage.exists(f"versies/oost-versie-{versie.nummer}.pdf")


def test_pdf_link_voor_de_worker_klaar_is_geeft_202_en_plant_in(client, agenda_met_inhoud, wachtrij):
    versie = _publiceren(agenda_met_inhoud)
    response = client.get(versie.pdf_url())
    assert response.status_code == 202
    assert response["Retry-After"]
    assert "PDF wordt gemaakt" in response.content.decode()


def test_mislukte_render_wordt_herhaald_en_het_kernteam_ziet_de_fout(
    client, agenda_met_inhoud, kernteam_user, monkeypatch
):
    # The test backend runs tasks at once, so every retry follows straight away.
    pogingen = []

    def kapot(momentopname):
        pogingen.append(1)
        raise RuntimeError("lettertype ontbreekt")

    monkeypatch.setattr(publicatie.pdf, "pdf_maken", kapot)
    versie = _publiceren(agenda_met_inhoud)
    versie.refresh_from_db()
    assert len(pogingen) == PDF_MAX_POGINGEN
    assert versie.pdf_pogingen == PDF_MAX_POGINGEN
    assert "lettertype ontbreekt" in versie.pdf_fout
    assert versie.pdf_mislukt
    publiek = _versiepagina(client, versie)
    assert "PDF wordt gemaakt" in publiek
    assert "lettertype ontbreekt" not in publiek
    client.force_login(kernteam_user)
    kernteam = _versiepagina(client, versie)
    assert "lettertype ontbreekt" in kernteam
    assert "mislukt" in kernteam


def test_tweede_poging_lukt_en_wist_de_fout(agenda_met_inhoud, monkeypatch):
    echt = publicatie.pdf.pdf_maken
    pogingen = []

    def eerst_kapot(momentopname):
        pogingen.append(1)
        if len(pogingen) == 1:
            raise RuntimeError("even niet")
        return echt(momentopname)

    monkeypatch.setattr(publicatie.pdf, "pdf_maken", eerst_kapot)
    versie = _publiceren(agenda_met_inhoud)
    versie.refresh_from_db()
    assert len(pogingen) == 2
    assert versie.pdf
    assert versie.pdf_fout == ""


@pytest.mark.django_db(transaction=True)
def test_echte_worker_op_de_databasewachtrij_maakt_de_pdf(settings, tmp_path):
    """The embedded production backend: the task goes into the database, db_worker runs it."""
    from django_tasks_db.models import DBTaskResult

    from tests.publicatie.conftest import agenda_met_inhoud_maken

    settings.MEDIA_ROOT = tmp_path
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    versie = _publiceren(agenda_met_inhoud_maken())
    assert not Versie.objects.get(pk=versie.pk).pdf
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    versie.refresh_from_db()
    assert versie.pdf and versie.pdf.storage.exists(versie.pdf.name)
    assert versie.pdf.open("rb").read(5) == b"%PDF-"
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
