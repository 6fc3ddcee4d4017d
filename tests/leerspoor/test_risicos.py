import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from leerspoor.models import Risico, RisicoBespreking, RisicoStatus
from leerspoor.queries import risico_heatmap
from leerspoor.services import risicobesprekingen_vastleggen
from tafels.models import BijeenkomstSoort

pytestmark = pytest.mark.django_db

VANDAAG = datetime.date(2026, 6, 1)


@pytest.fixture
def agenda(agenda_factory):
    return agenda_factory(slug="oost")


@pytest.fixture
def overleg_op(bijeenkomst_factory, agenda):
    def maak(datum, **kwargs):
        return bijeenkomst_factory(
            agenda=agenda,
            soort=BijeenkomstSoort.KERNTEAMOVERLEG,
            titel=f"Kernteamoverleg {datum}",
            datum=datum,
            **kwargs,
        )

    return maak


class TestTeBespreken:
    def test_zonder_overleg_is_elk_actief_risico_te_bespreken(self, agenda, risico_factory):
        open_ = risico_factory(agenda=agenda)
        beheerst = risico_factory(agenda=agenda, status=RisicoStatus.BEHEERST)
        risico_factory(agenda=agenda, status=RisicoStatus.GESLOTEN)
        assert set(Risico.objects.te_bespreken(op=VANDAAG)) == {open_, beheerst}

    def test_besproken_in_laatste_overleg_is_niet_meer_te_bespreken(
        self, agenda, risico_factory, overleg_op, risico_bespreking_factory
    ):
        oud = overleg_op(datum=datetime.date(2026, 4, 1))
        laatste = overleg_op(datum=datetime.date(2026, 5, 1))
        besproken = risico_factory(agenda=agenda)
        alleen_eerder = risico_factory(agenda=agenda)
        nooit = risico_factory(agenda=agenda)
        risico_bespreking_factory(risico=besproken, bijeenkomst=laatste)
        risico_bespreking_factory(risico=alleen_eerder, bijeenkomst=oud)
        assert set(Risico.objects.te_bespreken(op=VANDAAG)) == {alleen_eerder, nooit}

    def test_gepland_overleg_telt_nog_niet_als_laatste(
        self, agenda, risico_factory, overleg_op, risico_bespreking_factory
    ):
        gehouden = overleg_op(datum=datetime.date(2026, 5, 1))
        overleg_op(datum=datetime.date(2026, 7, 1))  # still to come
        risico = risico_factory(agenda=agenda)
        risico_bespreking_factory(risico=risico, bijeenkomst=gehouden)
        assert list(Risico.objects.te_bespreken(op=VANDAAG)) == []

    def test_ander_soort_bijeenkomst_telt_niet(
        self, agenda, risico_factory, overleg_op, bijeenkomst_factory, risico_bespreking_factory
    ):
        overleg = overleg_op(datum=datetime.date(2026, 4, 1))
        sessie = bijeenkomst_factory(
            agenda=agenda, soort=BijeenkomstSoort.RISICOSESSIE, datum=datetime.date(2026, 5, 1)
        )
        risico = risico_factory(agenda=agenda)
        risico_bespreking_factory(risico=risico, bijeenkomst=overleg)
        risico_bespreking_factory(risico=risico_factory(agenda=agenda), bijeenkomst=sessie)
        assert risico not in Risico.objects.te_bespreken(op=VANDAAG)

    def test_het_laatste_overleg_is_per_agenda(
        self, agenda, agenda_factory, risico_factory, overleg_op, bijeenkomst_factory, risico_bespreking_factory
    ):
        overleg = overleg_op(datum=datetime.date(2026, 4, 1))
        andere = agenda_factory()
        bijeenkomst_factory(agenda=andere, soort=BijeenkomstSoort.KERNTEAMOVERLEG, datum=datetime.date(2026, 5, 1))
        risico = risico_factory(agenda=agenda)
        risico_bespreking_factory(risico=risico, bijeenkomst=overleg)
        # A later overleg of another agenda does not make this agenda's risk due again.
        assert risico not in Risico.objects.te_bespreken(op=VANDAAG)


def test_heatmap_telt_per_kans_en_impact_met_label(agenda, risico_factory):
    risico_factory(agenda=agenda, kans=5, impact=4)
    risico_factory(agenda=agenda, kans=5, impact=4)
    risico_factory(agenda=agenda, kans=1, impact=1)
    rijen = risico_heatmap(Risico.objects.all())
    assert [r["impact"] for r in rijen] == [5, 4, 3, 2, 1]
    cel = rijen[1]["cellen"][4]
    assert (cel["kans"], cel["aantal"], cel["score"], cel["niveau"]) == (5, 2, 20, "hoog")
    assert rijen[4]["cellen"][0]["aantal"] == 1 and rijen[4]["cellen"][0]["niveau"] == "laag"
    assert sum(c["aantal"] for r in rijen for c in r["cellen"]) == 3


def test_risicolijst_filtert_op_status_eigenaar_en_minimale_score(
    client, kernteam_user, agenda, risico_factory, deelnemer_factory
):
    eigenaar = deelnemer_factory(naam="Eigenaar Een")
    hoog = risico_factory(agenda=agenda, titel="Hoog risico", kans=5, impact=5, eigenaar=eigenaar)
    risico_factory(agenda=agenda, titel="Laag risico", kans=1, impact=2)
    risico_factory(agenda=agenda, titel="Gesloten risico", kans=4, impact=4, status=RisicoStatus.GESLOTEN)
    client.force_login(kernteam_user)
    url = reverse("leerspoor:risicos", kwargs={"agenda": "oost"})

    def titels(**params):
        return [r.titel for r in client.get(url, params).context["risicos"]]

    assert titels() == ["Hoog risico", "Gesloten risico", "Laag risico"]
    assert titels(minimale_score=10) == ["Hoog risico", "Gesloten risico"]
    assert titels(status="gesloten") == ["Gesloten risico"]
    assert titels(eigenaar=eigenaar.pk) == [hoog.titel]
    html = client.get(url, {"minimale_score": 10}).content.decode()
    assert 'id="heatmap-kop"' in html


def test_risicopagina_toont_verloop(
    client, kernteam_user, agenda, risico_factory, overleg_op, risico_bespreking_factory
):
    risico = risico_factory(agenda=agenda)
    risico_bespreking_factory(risico=risico, bijeenkomst=overleg_op(datum=datetime.date(2026, 3, 1)), kans=4, impact=4)
    risico_bespreking_factory(risico=risico, bijeenkomst=overleg_op(datum=datetime.date(2026, 4, 1)), kans=2, impact=3)
    client.force_login(kernteam_user)
    html = client.get(reverse("leerspoor:risico", kwargs={"agenda": "oost", "pk": risico.pk})).content.decode()
    assert "Verloop van de score: 16 → 6" in html
    assert html.index("Kernteamoverleg 2026-03-01") < html.index("Kernteamoverleg 2026-04-01")


class TestBesprekingFormulier:
    @pytest.fixture
    def opzet(self, client, kernteam_user, agenda, risico_factory, overleg_op):
        client.force_login(kernteam_user)
        overleg = overleg_op(datum=datetime.date(2026, 5, 1))
        a = risico_factory(agenda=agenda, titel="A risico", kans=3, impact=3)
        b = risico_factory(agenda=agenda, titel="B risico", kans=2, impact=2)
        url = reverse("leerspoor:overleg", kwargs={"agenda": "oost", "pk": overleg.pk})
        return client, overleg, url, a, b

    @staticmethod
    def post_data(rijen):
        data = {"form-TOTAL_FORMS": str(len(rijen)), "form-INITIAL_FORMS": str(len(rijen))}
        for i, rij in enumerate(rijen):
            for veld, waarde in rij.items():
                if waarde is not None:
                    data[f"form-{i}-{veld}"] = waarde
        return data

    def test_pagina_toont_de_te_bespreken_risicos(self, opzet):
        client, overleg, url, a, b = opzet
        forms = client.get(url).context["formulieren"]
        assert [r.titel for r, _f in forms] == ["A risico", "B risico"]  # score 9 before 4

    def test_geldige_invoer_legt_besprekingen_vast(self, opzet):
        client, overleg, url, a, b = opzet
        data = self.post_data(
            [
                {"risico_id": a.pk, "besproken": "on", "kans": "5", "impact": "4", "toelichting": "Erger geworden"},
                {"risico_id": b.pk, "kans": "2", "impact": "2", "toelichting": ""},  # not discussed
            ]
        )
        antwoord = client.post(url, data)
        assert antwoord.status_code == 302
        bespreking = RisicoBespreking.objects.get()
        assert (bespreking.risico, bespreking.bijeenkomst, bespreking.kans, bespreking.impact) == (a, overleg, 5, 4)
        assert bespreking.toelichting == "Erger geworden"
        a.refresh_from_db()
        assert (a.kans, a.impact) == (5, 4)
        # After the redirect only B is still to discuss at this overleg.
        assert [r.titel for r, _f in client.get(url).context["formulieren"]] == ["B risico"]

    def test_ongeldige_invoer_houdt_wat_getypt_is_en_geeft_nederlandse_fout(self, opzet):
        client, overleg, url, a, b = opzet
        data = self.post_data(
            [
                {"risico_id": a.pk, "besproken": "on", "kans": "7", "impact": "4", "toelichting": "Typwerk bewaard"},
                {"risico_id": b.pk, "besproken": "on", "kans": "2", "impact": "", "toelichting": "Ook bewaard"},
            ]
        )
        antwoord = client.post(url, data)
        assert antwoord.status_code == 200
        assert RisicoBespreking.objects.count() == 0
        html = antwoord.content.decode()
        assert "Kies een kans van 1 tot en met 5." in html
        assert "Vul een impact van 1 tot en met 5 in." in html
        assert "Typwerk bewaard" in html and "Ook bewaard" in html
        forms = antwoord.context["formset"].forms
        assert forms[0].errors["kans"] and forms[1].errors["impact"]

    def test_formulier_van_een_ander_risico_wordt_geweigerd(self, opzet, risico_factory, agenda_factory):
        client, overleg, url, a, b = opzet
        vreemd = risico_factory(agenda=agenda_factory())
        data = self.post_data(
            [
                {"risico_id": vreemd.pk, "besproken": "on", "kans": "1", "impact": "1"},
                {"risico_id": b.pk, "kans": "2", "impact": "2"},
            ]
        )
        assert client.post(url, data).status_code == 200
        assert RisicoBespreking.objects.count() == 0


class TestServiceRisicobesprekingenVastleggen:
    def test_weigert_een_bijeenkomst_die_geen_kernteamoverleg_is(self, agenda, risico_factory, bijeenkomst_factory):
        sessie = bijeenkomst_factory(agenda=agenda, soort=BijeenkomstSoort.RISICOSESSIE)
        risico = risico_factory(agenda=agenda)
        with pytest.raises(ValidationError):
            risicobesprekingen_vastleggen(overleg=sessie, besprekingen=[{"risico": risico, "kans": 1, "impact": 1}])

    def test_alles_of_niets(self, agenda, agenda_factory, risico_factory, overleg_op):
        overleg = overleg_op(datum=datetime.date(2026, 5, 1))
        goed = risico_factory(agenda=agenda, kans=3, impact=3)
        vreemd = risico_factory(agenda=agenda_factory())
        with pytest.raises(ValidationError):
            risicobesprekingen_vastleggen(
                overleg=overleg,
                besprekingen=[{"risico": goed, "kans": 1, "impact": 1}, {"risico": vreemd, "kans": 1, "impact": 1}],
            )
        assert RisicoBespreking.objects.count() == 0
        goed.refresh_from_db()
        assert goed.kans == 3

    def test_score_buiten_1_tot_5_wordt_geweigerd(self, agenda, risico_factory, overleg_op):
        overleg = overleg_op(datum=datetime.date(2026, 5, 1))
        with pytest.raises(ValidationError):
            risicobesprekingen_vastleggen(
                overleg=overleg, besprekingen=[{"risico": risico_factory(agenda=agenda), "kans": 6, "impact": 1}]
            )

    def test_oudere_bespreking_overschrijft_nieuwere_score_niet(
        self, agenda, risico_factory, overleg_op, risico_bespreking_factory
    ):
        oud = overleg_op(datum=datetime.date(2026, 4, 1))
        nieuw = overleg_op(datum=datetime.date(2026, 5, 1))
        risico = risico_factory(agenda=agenda, kans=2, impact=2)
        risico_bespreking_factory(risico=risico, bijeenkomst=nieuw, kans=2, impact=2)
        risicobesprekingen_vastleggen(overleg=oud, besprekingen=[{"risico": risico, "kans": 5, "impact": 5}])
        risico.refresh_from_db()
        assert (risico.kans, risico.impact) == (2, 2)


def test_risicopagina_noemt_het_overleg_waartegen_te_bespreken_meet(
    client, kernteam_user, agenda, risico_factory, overleg_op
):
    vandaag = timezone.localdate()
    gehouden = overleg_op(datum=vandaag - datetime.timedelta(days=7))
    gepland = overleg_op(datum=vandaag + datetime.timedelta(days=7))
    risico_factory(agenda=agenda, titel="Nog te bespreken")
    client.force_login(kernteam_user)
    antwoord = client.get(reverse("leerspoor:risicos", kwargs={"agenda": "oost"}))
    assert antwoord.context["laatste_overleg"] == gehouden
    html = antwoord.content.decode()
    zin = html[html.index("meest recente kernteamoverleg") :][:200]
    assert gehouden.titel in zin and gepland.titel not in zin
    assert "Risicokaart: kans × impact" in html and "Heat map" not in html
