"""Reacties on a version: the rights per role, sending one (form errors, once only), "Mijn reacties",
the kernteam's processing (filters, the antwoord rule, optimistic locking), the CSV and query budgets."""

import csv
import io
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from publicatie.models import Reactie, ReactieCategorie, ReactieStatus
from tests.deelnemers.factories import DeelnemerFactory, UserFactory
from tests.publicatie.factories import ReactieFactory
from tests.publicatie.reacties_opzet import *  # noqa: F403 (the fixtures als, duo_user, opzet)
from tests.publicatie.reacties_opzet import ROLLEN, meldingen, url, veldblok

pytestmark = pytest.mark.django_db

# --- rights ------------------------------------------------------------------------------------------

# (page, kwargs, expected status per role: anoniem, deelnemer, duo-lid, kernteam)
# The kernteam user of the fixtures has no Deelnemer: it may process reacties, not send one.
MATRIX = [
    ("reageren", {"nummer": 2}, [302, 200, 200, 403]),  # published, open
    ("reageren", {"nummer": 3}, [302, 200, 200, 403]),  # concept, open
    ("reageren", {"nummer": 1}, [302, 403, 403, 403]),  # published, closed
    ("reageren", {"nummer": 4}, [302, 404, 404, 403]),  # concept, closed: not even visible
    ("versie", {"nummer": 3}, [404, 200, 200, 200]),  # deelnemers read the concept they react on
    ("versie", {"nummer": 4}, [404, 404, 404, 200]),
    ("pdf", {"nummer": 3}, [404, 404, 404, 200]),  # the preview PDF renders per request: kernteam only
    ("mijn_reacties", {}, [302, 200, 200, 200]),
    ("reacties", {}, [302, 404, 404, 200]),  # kernteam pages: a deelnemer must not learn they exist
    ("reacties_csv", {}, [302, 404, 404, 200]),
    ("nota", {"nummer": 1}, [200, 200, 200, 200]),
    ("nota_pdf", {"nummer": 1}, [200, 200, 200, 200]),
    ("nota", {"nummer": 3}, [404, 200, 200, 200]),
    ("nota", {"nummer": 4}, [404, 404, 404, 200]),
]


@pytest.mark.parametrize(("naam", "kwargs", "verwacht"), MATRIX)
@pytest.mark.parametrize("rol", ROLLEN)
def test_rechtenmatrix(als, opzet, naam, kwargs, verwacht, rol):
    antwoord = als(rol).get(url(naam, opzet.agenda, **kwargs))
    assert antwoord.status_code == verwacht[ROLLEN.index(rol)]


@pytest.mark.parametrize("rol", ROLLEN)
def test_rechtenmatrix_verwerkpagina(als, opzet, rol):
    antwoord = als(rol).get(url("reactie_verwerken", opzet.agenda, pk=opzet.open_.pk))
    assert antwoord.status_code == [302, 404, 404, 200][ROLLEN.index(rol)]


@pytest.mark.parametrize(("rol", "status"), [("anoniem", 302), ("deelnemer", 404), ("duo", 404)])
def test_alleen_kernteam_verwerkt(als, opzet, rol, status):
    adres = url("reactie_verwerken", opzet.agenda, pk=opzet.open_.pk)
    antwoord = als(rol).post(
        adres, {"status": "verwerkt", "antwoord": "Gekaapt", "kenmerk": opzet.open_.wijzigingskenmerk()}
    )
    assert antwoord.status_code == status
    if status == 302:
        assert antwoord["Location"].startswith(reverse("login"))
    opzet.open_.refresh_from_db()
    assert opzet.open_.status == ReactieStatus.ONTVANGEN


def test_kernteampagina_niet_voor_andere_agenda(client, kernteam_user, opzet, agenda_factory):
    """A reactie is processed under its own agenda's address only."""
    client.force_login(kernteam_user)
    ander = agenda_factory(slug="noord")
    assert client.get(url("reactie_verwerken", ander, pk=opzet.open_.pk)).status_code == 404


# --- sending a reactie ---------------------------------------------------------------------------------


def _formulier(tekst="Een heldere reactie.", opgave="", sleutel=None):
    return {"tekst": tekst, "opgave": opgave, "sleutel": str(sleutel or uuid.uuid4())}


def test_versiepagina_toont_formulier_aan_deelnemer(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    html = client.get(url("versie", opzet.agenda, nummer=2)).content.decode()
    assert 'id="kop-reageren"' in html
    assert 'name="tekst"' in html and 'name="sleutel"' in html
    assert "Maximaal 5.000 tekens" in html
    assert "De hele agenda" in html and "1. Klimaatbestendige Groeiregio Zwolle" in html


def test_versiepagina_zegt_wie_niet_mag_reageren(client, kernteam_user, opzet):
    html = client.get(url("versie", opzet.agenda, nummer=2)).content.decode()
    assert "als deelnemer om te reageren" in html and 'name="tekst"' not in html
    client.force_login(kernteam_user)
    html = client.get(url("versie", opzet.agenda, nummer=2)).content.decode()
    assert "niet aan een deelnemer gekoppeld" in html and 'name="tekst"' not in html
    # A closed version has no reactie part at all.
    assert 'id="kop-reageren"' not in client.get(url("versie", opzet.agenda, nummer=1)).content.decode()


def test_reactie_versturen_post_redirect_get(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    zwolle = opzet.agenda.opgaven.get(volgnummer=1)
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), _formulier(opgave=zwolle.pk))
    assert antwoord.status_code == 302
    assert antwoord["Location"] == url("mijn_reacties", opzet.agenda)
    reactie = Reactie.objects.get(indiener=deelnemer_user.deelnemer)
    assert (reactie.versie, reactie.opgave, reactie.tekst) == (opzet.v2, zwolle, "Een heldere reactie.")
    assert reactie.organisatie == deelnemer_user.deelnemer.organisatie
    assert reactie.status == ReactieStatus.ONTVANGEN
    assert "uw reactie op versie 2 is ontvangen" in " ".join(meldingen(antwoord))
    html = client.get(antwoord["Location"]).content.decode()
    assert "Een heldere reactie." in html and "nog niet beantwoord" in html


def test_reactie_over_de_hele_agenda_op_een_open_concept(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    assert client.post(url("reageren", opzet.agenda, nummer=3), _formulier()).status_code == 302
    assert Reactie.objects.get(indiener=deelnemer_user.deelnemer).opgave is None


def test_dubbel_versturen_geeft_een_reactie(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    data = _formulier(tekst="Dubbelklik")
    eerste = client.post(url("reageren", opzet.agenda, nummer=2), data)
    tweede = client.post(url("reageren", opzet.agenda, nummer=2), data)
    assert eerste.status_code == tweede.status_code == 302
    assert Reactie.objects.filter(tekst="Dubbelklik").count() == 1
    assert "al ontvangen" in " ".join(meldingen(tweede))
    # A new form (a new key) is a new reactie.
    client.post(url("reageren", opzet.agenda, nummer=2), _formulier(tekst="Dubbelklik"))
    assert Reactie.objects.filter(tekst="Dubbelklik").count() == 2


def test_lege_reactie_fout_naast_het_veld(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), _formulier(tekst="   "))
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Schrijf uw reactie: het tekstveld is nog leeg." in veldblok(html, "tekst")
    assert "<title>Fout: " in html
    assert not Reactie.objects.filter(indiener=deelnemer_user.deelnemer).exists()


def test_te_lange_reactie_heldere_melding_en_tekst_blijft(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    tekst = "Lang & breed. " * 400  # 5600 characters
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), _formulier(tekst=tekst))
    assert antwoord.status_code == 200
    blok = veldblok(antwoord.content.decode(), "tekst")
    assert f"Uw reactie telt {len(tekst.strip())} tekens; er passen er maximaal 5.000 in." in blok
    assert "Lang &amp; breed. Lang &amp; breed." in blok  # what was typed is still in the field
    assert 'maxlength="5000"' in blok
    assert not Reactie.objects.filter(indiener=deelnemer_user.deelnemer).exists()


def test_regeleinde_telt_als_een_teken(client, deelnemer_user, opzet):
    """The browser counts a line break once but sends CR LF: a text that fits there fits here."""
    client.force_login(deelnemer_user)
    tekst = "a" * 2000 + "\r\n" + "b" * 2000 + "\r\n" + "c" * 998  # 5000 in the browser, 5002 bytes sent
    assert client.post(url("reageren", opzet.agenda, nummer=2), _formulier(tekst=tekst)).status_code == 302
    assert len(Reactie.objects.get(indiener=deelnemer_user.deelnemer).tekst) == 5000


def test_opgave_van_een_andere_agenda_geweigerd(client, deelnemer_user, opzet, opgave_factory):
    client.force_login(deelnemer_user)
    vreemd = opgave_factory()
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), _formulier(opgave=vreemd.pk))
    assert antwoord.status_code == 200
    assert "Kies de hele agenda of een opgave uit deze versie." in veldblok(antwoord.content.decode(), "opgave")
    assert not Reactie.objects.filter(indiener=deelnemer_user.deelnemer).exists()


def test_formulier_zonder_sleutel_geweigerd_met_nieuwe_sleutel(client, deelnemer_user, opzet):
    client.force_login(deelnemer_user)
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), {"tekst": "Zonder sleutel", "opgave": ""})
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Het formulier kwam onvolledig aan" in html
    assert "Zonder sleutel</textarea>" in html
    assert 'name="sleutel" value="' in html  # a fresh key, so sending again works
    assert not Reactie.objects.filter(tekst="Zonder sleutel").exists()


@pytest.mark.parametrize(
    ("nummer", "melding"), [(1, "staat niet (meer) open voor reacties"), (2, "niet aan een deelnemer gekoppeld")]
)
def test_weigering_is_duidelijk_en_geen_500(client, opzet, nummer, melding):
    client.force_login(UserFactory())  # an account without a Deelnemer
    if nummer == 1:
        client.force_login(DeelnemerFactory(user=UserFactory()).user)
    antwoord = client.post(url("reageren", opzet.agenda, nummer=nummer), _formulier(tekst="Mag dit?"))
    assert antwoord.status_code == 403
    assert melding in antwoord.content.decode()
    assert not Reactie.objects.filter(tekst="Mag dit?").exists()


def test_anoniem_naar_inloggen_en_niets_opgeslagen(client, opzet):
    antwoord = client.post(url("reageren", opzet.agenda, nummer=2), _formulier(tekst="Anoniem"))
    assert antwoord.status_code == 302 and "/accounts/login/" in antwoord["Location"]
    assert not Reactie.objects.filter(tekst="Anoniem").exists()


# --- Mijn reacties ----------------------------------------------------------------------------------------


def test_mijn_reacties_alleen_eigen_met_antwoord(client, opzet):
    bert = opzet.geheim.indiener
    bert.user = UserFactory()
    bert.save()
    client.force_login(bert.user)
    html = client.get(url("mijn_reacties", opzet.agenda)).content.decode()
    assert "Neem ook het hele bodembeleid op." in html
    assert "Niet overgenomen: dat staat al in het provinciale beleid." in html  # the answer, also when not public
    assert "Een reactie die nog in behandeling is." in html and "nog niet beantwoord" in html
    assert "Kies per gebied" not in html  # Anna's
    assert "Reageer op versie 3: Derde concept" in html


def test_mijn_reacties_zonder_deelnemer(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    html = client.get(url("mijn_reacties", opzet.agenda)).content.decode()
    assert "niet aan een deelnemer gekoppeld" in html


# --- the kernteam's processing ---------------------------------------------------------------------------


def _verwerken(client, reactie, **velden):
    data = {
        "categorie": "",
        "status": "ontvangen",
        "antwoord": "",
        "verwerkt_in": "",
        "kenmerk": reactie.wijzigingskenmerk(),
        **velden,
    }
    if data.get("antwoord_openbaar") is False:
        del data["antwoord_openbaar"]
    return client.post(url("reactie_verwerken", reactie.versie.agenda, pk=reactie.pk), data)


def test_verwerken_slaat_op_met_geschiedenis(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    antwoord = _verwerken(
        client,
        opzet.open_,
        categorie="aanvulling",
        status="verwerkt",
        antwoord="Verwerkt in de kern.",
        antwoord_openbaar="on",
        verwerkt_in=opzet.v2.pk,
    )
    assert antwoord.status_code == 302
    opzet.open_.refresh_from_db()
    assert (opzet.open_.status, opzet.open_.antwoord, opzet.open_.verwerkt_in) == (
        "verwerkt",
        "Verwerkt in de kern.",
        opzet.v2,
    )
    assert opzet.open_.antwoord_openbaar
    laatste = opzet.open_.history.latest()
    assert laatste.history_user == kernteam_user


def test_terug_naar_de_gefilterde_lijst(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    adres = url("reactie_verwerken", opzet.agenda, pk=opzet.open_.pk) + "?terug=status%3Dontvangen"
    antwoord = client.post(adres, {"status": "ontvangen", "kenmerk": opzet.open_.wijzigingskenmerk()})
    assert antwoord["Location"] == url("reacties", opzet.agenda) + "?status=ontvangen"
    # `terug` is a query string only: a full address does not lead elsewhere.
    adres = url("reactie_verwerken", opzet.agenda, pk=opzet.open_.pk) + "?terug=https://elders.example/"
    opzet.open_.refresh_from_db()
    antwoord = client.post(adres, {"status": "ontvangen", "kenmerk": opzet.open_.wijzigingskenmerk()})
    assert antwoord["Location"].startswith(url("reacties", opzet.agenda))


def test_databaseregel_antwoord_als_veldfout(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    antwoord = _verwerken(client, opzet.open_, status="niet_overgenomen", categorie="dubbeling", antwoord="  ")
    assert antwoord.status_code == 200
    blok = veldblok(antwoord.content.decode(), "antwoord")
    assert "Schrijf een antwoord: een reactie die verwerkt of niet overgenomen is, krijgt altijd een antwoord." in blok
    opzet.open_.refresh_from_db()
    assert opzet.open_.status == ReactieStatus.ONTVANGEN


def test_niet_overgenomen_is_in_geen_versie_verwerkt(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    antwoord = _verwerken(client, opzet.open_, status="niet_overgenomen", antwoord="Nee.", verwerkt_in=opzet.v2.pk)
    assert "is in geen versie verwerkt" in veldblok(antwoord.content.decode(), "verwerkt_in")


def test_verwerkt_in_alleen_versies_van_deze_agenda(client, kernteam_user, opzet, versie_factory):
    client.force_login(kernteam_user)
    vreemd = versie_factory()
    antwoord = _verwerken(client, opzet.open_, status="verwerkt", antwoord="Ja.", verwerkt_in=vreemd.pk)
    assert antwoord.status_code == 200
    assert "is_invalid" in veldblok(antwoord.content.decode(), "verwerkt_in").replace("is-invalid", "is_invalid")
    opzet.open_.refresh_from_db()
    assert opzet.open_.verwerkt_in is None


def test_gelijktijdige_wijziging_gedetecteerd_niets_verloren(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    reactie = opzet.open_
    kenmerk_bij_laden = reactie.wijzigingskenmerk()
    # A colleague saves first.
    Reactie.objects.filter(pk=reactie.pk).update(
        status=ReactieStatus.VERWERKT, antwoord="Antwoord van de collega.", categorie=ReactieCategorie.TEKSTUEEL
    )
    antwoord = _verwerken(
        client, reactie, status="verwerkt", antwoord="Mijn eigen antwoord.", kenmerk=kenmerk_bij_laden
    )
    assert antwoord.status_code == 409
    html = antwoord.content.decode()
    assert "Iemand anders heeft deze reactie intussen gewijzigd" in html
    assert "Antwoord van de collega." in html  # what is stored now
    assert "Mijn eigen antwoord.</textarea>" in html  # what I typed
    reactie.refresh_from_db()
    assert reactie.antwoord == "Antwoord van de collega."
    # The form now carries the stored state's fingerprint: saving again knowingly replaces it.
    nieuw_kenmerk = reactie.wijzigingskenmerk()
    assert f'value="{nieuw_kenmerk}"' in html
    antwoord = _verwerken(client, reactie, status="verwerkt", antwoord="Mijn eigen antwoord.", kenmerk=nieuw_kenmerk)
    assert antwoord.status_code == 302
    reactie.refresh_from_db()
    assert reactie.antwoord == "Mijn eigen antwoord."


# --- the kernteam's list and filters --------------------------------------------------------------------


def _lijst(client, query=""):
    antwoord = client.get(url("reacties", client.opzet.agenda) + query)
    assert antwoord.status_code == 200
    return antwoord


@pytest.fixture
def kernteam_client(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    client.opzet = opzet
    return client


@pytest.mark.parametrize(
    ("query", "zichtbaar", "verborgen"),
    [
        ("?status=niet_overgenomen", ["bodembeleid"], ["Kies per gebied", "kennisinstellingen", "in behandeling"]),
        ("?categorie=geen", ["in behandeling"], ["bodembeleid", "Kies per gebied"]),
        ("?categorie=dubbeling", ["bodembeleid"], ["Kies per gebied"]),
        ("?opgave=hele-agenda", ["Kies per gebied", "in behandeling"], ["bodembeleid", "kennisinstellingen"]),
        ("?opgave=twente", ["kennisinstellingen"], ["bodembeleid", "Kies per gebied"]),
        ("?verwerkt_in=2", ["Kies per gebied", "kennisinstellingen"], ["bodembeleid", "in behandeling"]),
        ("?verwerkt_in=geen", ["bodembeleid", "in behandeling"], ["Kies per gebied"]),
        ("?versie=1&status=verwerkt", ["Kies per gebied", "kennisinstellingen"], ["bodembeleid"]),
    ],
)
def test_filters(kernteam_client, query, zichtbaar, verborgen):
    html = _lijst(kernteam_client, query).content.decode()
    for tekst in zichtbaar:
        assert tekst in html, tekst
    for tekst in verborgen:
        assert tekst not in html, tekst


def test_filter_op_versie(kernteam_client, opzet):
    ReactieFactory(versie=opzet.v2, tekst="Reactie op versie twee.")
    html = _lijst(kernteam_client, "?versie=2").content.decode()
    assert "Reactie op versie twee." in html and "bodembeleid" not in html


@pytest.mark.parametrize("query", ["?status=onzin", "?versie=abc", "?opgave=bestaat-niet", "?verwerkt_in=99"])
def test_foute_filterwaarde_toont_lijst_met_melding(kernteam_client, query):
    antwoord = _lijst(kernteam_client, query)
    assert any("is niet geldig en is genegeerd" in m for m in meldingen(antwoord))
    html = antwoord.content.decode()
    assert "bodembeleid" in html and "Kies per gebied" in html  # the whole list


def test_lijst_toont_indiener_alleen_aan_kernteam(kernteam_client, opzet):
    html = _lijst(kernteam_client).content.decode()
    assert "Bert Verborgen" in html  # the kernteam sees every name
    assert "@voorbeeld.nl" not in html


# --- CSV --------------------------------------------------------------------------------------------------


def test_csv_export(kernteam_client, opzet):
    ReactieFactory(versie=opzet.v2, indiener=opzet.geheim.indiener, tekst='=HYPERLINK("https://x")')
    antwoord = kernteam_client.get(url("reacties_csv", opzet.agenda))
    assert antwoord["Content-Type"].startswith("text/csv")
    assert "attachment" in antwoord["Content-Disposition"]
    inhoud = antwoord.content.decode("utf-8-sig")
    rijen = list(csv.DictReader(io.StringIO(inhoud)))
    assert len(rijen) == 5
    per_tekst = {r["tekst"]: r for r in rijen}
    bodem = per_tekst["Neem ook het hele bodembeleid op."]
    assert (bodem["indiener"], bodem["organisatie"]) == ("Bert Verborgen", "Gemeente Kampen")
    assert bodem["over"] == "Klimaatbestendige Groeiregio Zwolle"
    assert bodem["status"] == "niet overgenomen" and bodem["categorie"] == "dubbeling met bestaand beleid"
    assert per_tekst["Kies per gebied de opgaven waar Rijk en regio samen verschil maken."]["verwerkt_in_versie"] == "2"
    # A formula is written as text, so a spreadsheet does not run it.
    assert '\'=HYPERLINK("https://x")' in per_tekst
    assert "@voorbeeld.nl" not in inhoud and "06-12345678" not in inhoud


def test_csv_volgt_het_filter(kernteam_client, opzet):
    antwoord = kernteam_client.get(url("reacties_csv", opzet.agenda) + "?status=ontvangen")
    rijen = list(csv.DictReader(io.StringIO(antwoord.content.decode("utf-8-sig"))))
    assert [r["tekst"] for r in rijen] == ["Een reactie die nog in behandeling is."]


# --- query budgets -------------------------------------------------------------------------------------------


def _aantal_queries(client, adres) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(adres).status_code == 200
    return len(queries)


def _meer_reacties(o, aantal):
    for i in range(aantal):
        ReactieFactory(
            versie=o.v1,
            opgave=o.agenda.opgaven.get(volgnummer=1 + i % 3),
            tekst=f"Extra reactie {i}",
            categorie=ReactieCategorie.AANVULLING,
            status=ReactieStatus.VERWERKT,
            antwoord=f"Antwoord {i}",
            antwoord_openbaar=True,
            verwerkt_in=o.v2,
        )


# The anonymous nota includes the page cache's one query for its generation (kern/paginacache.py).
QUERYBUDGET = {"reacties": 9, "nota": 5, "mijn_reacties": 7, "reageren": 8}


@pytest.mark.parametrize(
    ("naam", "kwargs", "rol"),
    [
        ("reacties", {}, "kernteam"),
        ("nota", {"nummer": 1}, "anoniem"),
        ("mijn_reacties", {}, "indiener"),
        ("reageren", {"nummer": 2}, "indiener"),
    ],
)
def test_querybudget_gelijk_bij_meer_reacties(client, kernteam_user, opzet, naam, kwargs, rol):
    indiener = opzet.geheim.indiener
    indiener.user = UserFactory()
    indiener.save()
    if rol == "kernteam":
        client.force_login(kernteam_user)
    elif rol == "indiener":
        client.force_login(indiener.user)
    adres = url(naam, opzet.agenda, **kwargs)
    weinig = _aantal_queries(client, adres)
    _meer_reacties(opzet, 20)
    for i in range(5):
        ReactieFactory(versie=opzet.v1, indiener=indiener, tekst=f"Van Bert {i}")
    veel = _aantal_queries(client, adres)
    print(f"\n[queries] {naam}: {weinig} bij 4 reacties, {veel} bij 29")
    assert veel == weinig
    assert veel <= QUERYBUDGET[naam]


# --- the admin ---------------------------------------------------------------------------------------------


def test_admin_lijst_en_antwoordregel_als_veldfout(client, opzet):
    beheerder = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    assert client.get("/admin/publicatie/reactie/").status_code == 200
    adres = f"/admin/publicatie/reactie/{opzet.open_.pk}/change/"
    assert client.get(adres).status_code == 200
    antwoord = client.post(
        adres,
        {
            "versie": opzet.v1.pk,
            "opgave": "",
            "indiener": opzet.open_.indiener.pk,
            "organisatie": opzet.open_.organisatie.pk,
            "tekst": opzet.open_.tekst,
            "categorie": "",
            "status": "verwerkt",
            "antwoord": "",
            "verwerkt_in": "",
        },
    )
    assert antwoord.status_code == 200
    assert "krijgt altijd een antwoord" in antwoord.content.decode()
    opzet.open_.refresh_from_db()
    assert opzet.open_.status == ReactieStatus.ONTVANGEN


def test_filter_noemt_versies_als_het_verwerkformulier(opzet):
    from publicatie.filters import ReactieFilter

    reactiefilter = ReactieFilter({"verwerkt_in": "geen"}, queryset=Reactie.objects.all(), agenda=opzet.agenda)
    veld = reactiefilter.form.fields["verwerkt_in"]
    labels = [str(label) for _waarde, label in veld.choices]
    assert f"Versie {opzet.v1.nummer}: {opzet.v1.label}" in labels
    assert "Nog in geen versie" in labels
    assert reactiefilter.is_valid()  # the null choice still passes
    assert set(reactiefilter.qs) == set(Reactie.objects.van_agenda(opzet.agenda).filter(verwerkt_in__isnull=True))
