"""The admin as the kernteam's workplace: who gets in, and every screen opens."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deelnemers.models import OrganisatieSoort
from deelnemers.permissions import KERNTEAM_GROEP
from omgevingsagenda.kernteam import DOMEIN_APPS
from tests.admin_formulier import formulier_gegevens
from tests.agenda import factories as agenda_f
from tests.deelnemers import factories as deelnemers_f
from tests.leerspoor import factories as leerspoor_f
from tests.opgaven import factories as opgaven_f
from tests.tafels import factories as tafels_f

pytestmark = pytest.mark.django_db

MIJN_APPS = ["deelnemers", "agenda", "opgaven", "tafels", "leerspoor"]

# One factory per domain model of the five apps; a new model without an entry fails the test below.
FABRIEKEN = {
    "deelnemers.organisatie": deelnemers_f.OrganisatieFactory,
    "deelnemers.deelnemer": deelnemers_f.DeelnemerFactory,
    "deelnemers.mailvoorkeur": deelnemers_f.MailVoorkeurFactory,
    "deelnemers.verzondenmelding": deelnemers_f.VerzondenMeldingFactory,
    "agenda.agenda": agenda_f.AgendaFactory,
    "agenda.fase": agenda_f.FaseFactory,
    "agenda.uitwerkingslijn": agenda_f.UitwerkingslijnFactory,
    "agenda.activiteit": agenda_f.ActiviteitFactory,
    "agenda.perspectiefonderdeel": agenda_f.PerspectiefOnderdeelFactory,
    "agenda.trend": agenda_f.TrendFactory,
    "opgaven.opgave": opgaven_f.OpgaveFactory,
    "opgaven.actie": opgaven_f.ActieFactory,
    "opgaven.duo": opgaven_f.DuoFactory,
    "tafels.gesprekstafel": tafels_f.GesprekstafelFactory,
    "tafels.bijeenkomst": tafels_f.BijeenkomstFactory,
    "tafels.deelname": tafels_f.DeelnameFactory,
    "tafels.aanmelding": tafels_f.AanmeldingFactory,
    "tafels.kalenderfeed": tafels_f.KalenderFeedFactory,
    "leerspoor.leerervaring": leerspoor_f.LeerervaringFactory,
    "leerspoor.citaat": leerspoor_f.CitaatFactory,
    "leerspoor.risico": leerspoor_f.RisicoFactory,
    "leerspoor.risicobespreking": leerspoor_f.RisicoBesprekingFactory,
    "leerspoor.peiling": leerspoor_f.PeilingFactory,
    "leerspoor.vraag": leerspoor_f.VraagFactory,
    "leerspoor.antwoord": leerspoor_f.AntwoordFactory,
}

# Pages the kernteam deliberately cannot open: answers and the sent-log of mails are only read,
# and rights are handed out by a superuser only.
GEWEIGERD = {
    ("leerspoor.antwoord", "add"),
    ("deelnemers.verzondenmelding", "add"),
    ("auth.group", "changelist"),
    ("auth.group", "add"),
    # Login attempts (django-axes) are written by failed logins only.
    ("axes.accessattempt", "add"),
    ("axes.accessfailurelog", "add"),
    ("axes.accesslog", "add"),
    # Second-factor devices: only a superuser removes one (a kernteam member who lost their phone).
    ("otp_static.staticdevice", "changelist"),
    ("otp_static.staticdevice", "add"),
    ("otp_totp.totpdevice", "changelist"),
    ("otp_totp.totpdevice", "add"),
    # The task queue (django-tasks-db) is for whoever runs the servers; the kernteam sees a
    # failed PDF on its version instead.
    ("django_tasks_database.dbtaskresult", "changelist"),
    ("django_tasks_database.dbtaskresult", "add"),
}


ALLEEN_LEZEN = {"leerspoor.antwoord", "deelnemers.verzondenmelding"}


def domeinmodellen(app_labels):
    return [
        model
        for label in app_labels
        for model in apps.get_app_config(label).get_models()
        if not model._meta.model_name.startswith("historical")
    ]


def label(model):
    return model._meta.label_lower


GEREGISTREERD = sorted(admin.site._registry, key=label)
PAGINAS = [(model, pagina) for model in GEREGISTREERD for pagina in ("changelist", "add")]
PAGINA_IDS = [f"{label(model)}-{pagina}" for model, pagina in PAGINAS]


def url(model, pagina, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{pagina}", args=args)


def test_elk_domeinmodel_van_de_vijf_apps_heeft_een_admin_met_geschiedenis():
    from simple_history.admin import SimpleHistoryAdmin

    modellen = domeinmodellen(MIJN_APPS)
    assert {label(m) for m in modellen} == set(FABRIEKEN)
    for model in modellen:
        assert model in admin.site._registry, f"{label(model)} heeft geen admin"
        if hasattr(model, "history"):
            assert isinstance(admin.site._registry[model], SimpleHistoryAdmin), label(model)


@pytest.mark.parametrize(("model", "pagina"), PAGINAS, ids=PAGINA_IDS)
def test_kernteam_opent_elke_lijst_en_elk_toevoegscherm(client, kernteam_user, model, pagina):
    assert not kernteam_user.is_superuser
    client.force_login(kernteam_user)
    response = client.get(url(model, pagina))
    verwacht = 403 if (label(model), pagina) in GEWEIGERD else 200
    assert response.status_code == verwacht


@pytest.mark.parametrize("model_label", sorted(FABRIEKEN))
def test_kernteam_opent_wijzig_en_geschiedenisscherm(client, kernteam_user, model_label):
    model = apps.get_model(model_label)
    obj = FABRIEKEN[model_label]()
    client.force_login(kernteam_user)

    response = client.get(url(model, "change", obj.pk))
    assert response.status_code == 200
    kan_opslaan = b'name="_save"' in response.content
    assert kan_opslaan is (model_label not in ALLEEN_LEZEN)

    response = client.get(url(model, "history", obj.pk))
    assert response.status_code == 200


def test_antwoorden_zijn_alleen_te_lezen_en_de_respondent_blijft_verborgen(client, kernteam_user):
    antwoord = leerspoor_f.AntwoordFactory(respondent="sleutel-123", waarde="4")
    client.force_login(kernteam_user)

    lijst = client.get(url(antwoord._meta.model, "changelist"))
    assert b"sleutel-123" not in lijst.content
    assert b"4" in lijst.content

    wijzig = client.post(url(antwoord._meta.model, "change", antwoord.pk), {"waarde": "1"})
    assert wijzig.status_code == 403
    antwoord.refresh_from_db()
    assert antwoord.waarde == "4"


@pytest.mark.parametrize(("model", "pagina"), PAGINAS, ids=PAGINA_IDS)
def test_deelnemer_en_publiek_komen_niet_in_het_beheer(client, deelnemer_user, model, pagina):
    login = reverse("admin:login")
    anoniem = client.get(url(model, pagina))
    assert anoniem.status_code == 302
    assert anoniem.url.startswith(login)

    client.force_login(deelnemer_user)
    deelnemer = client.get(url(model, pagina))
    assert deelnemer.status_code == 302
    assert deelnemer.url.startswith(login)


def test_beheerlogin_weigert_een_deelnemer(client, deelnemer_user, kernteam_user):
    login = reverse("admin:login")
    response = client.post(login, {"username": deelnemer_user.username, "password": "wachtwoord"})
    assert response.status_code == 200
    assert "Dit beheer is alleen voor het kernteam. Log in met een kernteamaccount." in response.content.decode()
    assert "_auth_user_id" not in client.session

    response = client.post(login, {"username": kernteam_user.username, "password": "wachtwoord"})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == kernteam_user.pk


def test_kernteamgroep_mag_alle_domeinmodellen_wijzigen_maar_geen_rechten_uitdelen():
    groep = Group.objects.get(name=KERNTEAM_GROEP)
    rechten = set(groep.permissions.values_list("content_type__app_label", "codename"))
    for model in domeinmodellen(DOMEIN_APPS):
        assert (model._meta.app_label, f"change_{model._meta.model_name}") in rechten, label(model)

    rechten_types = ContentType.objects.get_for_models(Group, Permission).values()
    assert not groep.permissions.filter(content_type__in=rechten_types).exists()


def test_kernteam_kan_zichzelf_geen_superuser_maken(client, kernteam_user):
    client.force_login(kernteam_user)
    wijzig_url = reverse("admin:auth_user_change", args=[kernteam_user.pk])
    eigen = client.get(wijzig_url)
    assert eigen.status_code == 200
    assert b'name="is_superuser"' not in eigen.content

    deelnemer_account = deelnemers_f.UserFactory()
    response = client.post(
        reverse("admin:auth_user_change", args=[deelnemer_account.pk]),
        {"username": deelnemer_account.username, "is_active": "on", "is_superuser": "on", "is_staff": "on"},
    )
    assert response.status_code == 302
    deelnemer_account.refresh_from_db()
    assert not deelnemer_account.is_superuser
    assert not deelnemer_account.is_staff


def test_kernteam_kan_het_wachtwoord_van_een_superuser_niet_wijzigen(client, kernteam_user):
    beheerder = User.objects.create_superuser("beheerder", password="geheim-wachtwoord")
    client.force_login(kernteam_user)
    response = client.post(
        reverse("admin:auth_user_password_change", args=[beheerder.pk]),
        {"password1": "overgenomen-123", "password2": "overgenomen-123"},
    )
    assert response.status_code == 403
    beheerder.refresh_from_db()
    assert beheerder.check_password("geheim-wachtwoord")


def test_deelnemers_filteren_op_bestuurslaag(client, kernteam_user):
    rijk = deelnemers_f.DeelnemerFactory(organisatie=deelnemers_f.RijkOrganisatieFactory(), naam="Rijkslid")
    regio = deelnemers_f.DeelnemerFactory(naam="Regiolid")
    overig = deelnemers_f.DeelnemerFactory(
        organisatie=deelnemers_f.OrganisatieFactory(soort=OrganisatieSoort.KENNISINSTELLING), naam="Kennislid"
    )
    client.force_login(kernteam_user)
    lijst = reverse("admin:deelnemers_deelnemer_changelist")

    def gevonden(laag):
        response = client.get(lijst, {"bestuurslaag": laag})
        return set(response.context["cl"].result_list)

    assert gevonden("rijk") == {rijk}
    assert gevonden("regio") == {regio}
    assert gevonden("overig") == {overig}


def test_opgavenlijst_toont_de_kolommen_die_ertoe_doen(client, kernteam_user, django_assert_max_num_queries):
    opgaven_f.OpgaveFactory.create_batch(5)
    client.force_login(kernteam_user)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:opgaven_opgave_changelist"))
    koppen = [kolom["text"] for kolom in response.context["result_headers"]]
    assert koppen[1:] == ["volgnummer", "titel", "status", "schaalniveau", "gebied", "agenda", "gepubliceerd"]


def test_bijeenkomst_met_veel_deelnames_kost_evenveel_queries(client, kernteam_user, bijeenkomst_factory):
    """The synthesis meeting has about a hundred deelnames; its page must not query per row."""
    client.force_login(kernteam_user)

    def aantal_queries(deelnames):
        bijeenkomst = bijeenkomst_factory()
        tafels_f.DeelnameFactory.create_batch(deelnames, bijeenkomst=bijeenkomst)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(bijeenkomst._meta.model, "change", bijeenkomst.pk))
        assert response.status_code == 200
        return len(queries)

    assert aantal_queries(12) == aantal_queries(1)


def test_deelname_toevoegen_op_de_bijeenkomst(client, kernteam_user, deelname_factory):
    bestaand = deelname_factory()
    bijeenkomst = bestaand.bijeenkomst
    nieuw = deelnemers_f.DeelnemerFactory()
    client.force_login(kernteam_user)
    wijzig_url = url(bijeenkomst._meta.model, "change", bijeenkomst.pk)
    gegevens = formulier_gegevens(client.get(wijzig_url))
    gegevens["deelnames-0-rol"] = "voorzitter"
    gegevens["deelnames-2-0-deelnemer"] = str(nieuw.pk)
    gegevens["deelnames-2-0-rol"] = "facilitator"

    response = client.post(wijzig_url, gegevens)

    assert response.status_code == 302
    rollen = dict(bijeenkomst.deelnames.values_list("deelnemer", "rol"))
    assert rollen == {bestaand.deelnemer.pk: "voorzitter", nieuw.pk: "facilitator"}
