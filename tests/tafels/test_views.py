import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from tafels.models import BijeenkomstSoort, DeelnameRol

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(agenda_factory):
    return agenda_factory()


@pytest.fixture
def tafel(agenda, gesprekstafel_factory, opgave_factory, bijeenkomst_factory, deelname_factory, deelnemer_factory):
    tafel = gesprekstafel_factory(
        agenda=agenda,
        titel="Verstedelijking en kenniseconomie Regio Twente",
        gespreksnotitie="Vooraf: de *notitie* voor de tafel.",
        opbrengst="Onderwijs en ondernemers scherpten de opgave aan.",
    )
    tafel.opgaven.add(opgave_factory(agenda=agenda, titel="Technologische topregio Twente"))
    tafel.opgaven.add(opgave_factory(agenda=agenda, titel="Nog niet openbaar", gepubliceerd=False))
    bijeenkomst = bijeenkomst_factory(agenda=agenda, gesprekstafel=tafel, titel="Tafel Twente", locatie="Hengelo")
    deelname_factory(bijeenkomst=bijeenkomst, deelnemer=deelnemer_factory(naam="Sanne Zichtbaar", naam_publiek=True))
    deelname_factory(
        bijeenkomst=bijeenkomst,
        deelnemer=deelnemer_factory(naam="Sjoerd Verborgen", naam_publiek=False),
        rol=DeelnameRol.VOORZITTER,
    )
    return tafel


def test_lijst_toont_gepubliceerde_tafels_met_hun_opgaven(client, agenda, tafel, gesprekstafel_factory):
    gesprekstafel_factory(agenda=agenda, titel="Verborgen tafel", gepubliceerd=False)
    inhoud = client.get(reverse("tafels:lijst", kwargs={"agenda": agenda.slug})).content.decode()
    assert "Verstedelijking en kenniseconomie Regio Twente" in inhoud
    assert "Technologische topregio Twente" in inhoud
    assert "Nog niet openbaar" not in inhoud
    assert "Verborgen tafel" not in inhoud


def test_lijst_filtert_en_meldt_foute_waarden(client, agenda, tafel, gesprekstafel_factory):
    gesprekstafel_factory(agenda=agenda, titel="Vitaal landelijk gebied", schaalniveau="thema")
    url = reverse("tafels:lijst", kwargs={"agenda": agenda.slug})
    response = client.get(url, {"schaalniveau": "thema"})
    assert [t.titel for t in response.context["pagina"]] == ["Vitaal landelijk gebied"]
    response = client.get(url, {"zoek": "twente"})
    assert [t.titel for t in response.context["pagina"]] == [tafel.titel]
    response = client.get(url, {"schaalniveau": "wereld", "pagina": "vijf"})
    assert response.status_code == 200
    inhoud = response.content.decode()
    assert "is niet geldig en is genegeerd" in inhoud and "geen getal" in inhoud
    assert len(response.context["pagina"]) == 2


def test_publiek_ziet_opbrengst_maar_geen_notitie_of_deelnames(client, tafel):
    inhoud = client.get(tafel.get_absolute_url()).content.decode()
    assert "Onderwijs en ondernemers scherpten de opgave aan." in inhoud
    assert "<em>notitie</em>" not in inhoud
    assert "Sanne Zichtbaar" not in inhoud
    assert "Log in" in inhoud


def test_deelnemer_ziet_notitie_en_deelnames_met_publieke_namen(client, deelnemer_user, tafel):
    client.force_login(deelnemer_user)
    inhoud = client.get(tafel.get_absolute_url()).content.decode()
    assert "<em>notitie</em>" in inhoud
    assert "Sanne Zichtbaar" in inhoud
    assert "Sjoerd Verborgen" not in inhoud
    assert "voorzitter" in inhoud


def test_ongepubliceerde_en_onbekende_tafel_geven_404(client, agenda, gesprekstafel_factory):
    verborgen = gesprekstafel_factory(agenda=agenda, gepubliceerd=False)
    assert client.get(verborgen.get_absolute_url()).status_code == 404
    assert client.get(reverse("tafels:detail", kwargs={"agenda": agenda.slug, "slug": "nee"})).status_code == 404


def test_bijeenkomsten_vragen_om_inloggen(client, agenda, bijeenkomst_factory):
    bijeenkomst = bijeenkomst_factory(agenda=agenda)
    for url in [reverse("tafels:bijeenkomsten", kwargs={"agenda": agenda.slug}), bijeenkomst.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_bijeenkomsten_lijst_filtert_op_soort_en_fase(
    client, deelnemer_user, agenda, bijeenkomst_factory, fase_factory
):
    fase = fase_factory(agenda=agenda, nummer=2)
    bijeenkomst_factory(
        agenda=agenda, titel="Synthesebijeenkomst", soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST, fase=fase
    )
    bijeenkomst_factory(agenda=agenda, titel="Gebiedsdialoog", soort=BijeenkomstSoort.GEBIEDSDIALOOG)
    bijeenkomst_factory(titel="Van een andere agenda")
    client.force_login(deelnemer_user)
    url = reverse("tafels:bijeenkomsten", kwargs={"agenda": agenda.slug})
    assert {b.titel for b in client.get(url).context["pagina"]} == {"Synthesebijeenkomst", "Gebiedsdialoog"}
    assert [b.titel for b in client.get(url, {"soort": "gebiedsdialoog"}).context["pagina"]] == ["Gebiedsdialoog"]
    assert [b.titel for b in client.get(url, {"fase": fase.pk}).context["pagina"]] == ["Synthesebijeenkomst"]
    response = client.get(url, {"fase": "999999"})
    assert response.status_code == 200 and "is niet geldig" in response.content.decode()


def test_bijeenkomst_toont_verslag_en_deelnemers(client, deelnemer_user, tafel):
    bijeenkomst = tafel.bijeenkomsten.get()
    bijeenkomst.verslag = "Het **verslag**."
    bijeenkomst.save()
    client.force_login(deelnemer_user)
    inhoud = client.get(bijeenkomst.get_absolute_url()).content.decode()
    assert "<strong>verslag</strong>" in inhoud
    assert "Hengelo" in inhoud
    assert tafel.get_absolute_url() in inhoud
    assert "Sanne Zichtbaar" in inhoud and "Sjoerd Verborgen" not in inhoud


def test_bijeenkomst_van_andere_agenda_geeft_404(client, deelnemer_user, agenda, bijeenkomst_factory):
    andere = bijeenkomst_factory()
    client.force_login(deelnemer_user)
    url = reverse("tafels:bijeenkomst", kwargs={"agenda": agenda.slug, "pk": andere.pk})
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("query", ["fase=99999999999999999999", "fase=-1", "pagina=99999999999999999999999"])
def test_bijeenkomsten_met_een_onmogelijk_getal_geven_geen_500(client, deelnemer_user, agenda_factory, query):
    agenda = agenda_factory()
    client.force_login(deelnemer_user)
    response = client.get(reverse("tafels:bijeenkomsten", kwargs={"agenda": agenda.slug}) + "?" + query)
    assert response.status_code == 200


def test_bijeenkomst_met_een_onmogelijk_nummer_geeft_404(client, deelnemer_user, agenda_factory):
    agenda = agenda_factory()
    client.force_login(deelnemer_user)
    response = client.get(f"/{agenda.slug}/bijeenkomsten/99999999999999999999/")
    assert response.status_code == 404


def test_deelnames_labelen_alleen_een_bijzondere_rol(deelname_factory):
    gewoon = deelname_factory(rol=DeelnameRol.DEELNEMER)
    voorzitter = deelname_factory(rol=DeelnameRol.VOORZITTER)
    assert not gewoon.heeft_bijzondere_rol
    assert voorzitter.heeft_bijzondere_rol
    html = render_to_string("tafels/includes/deelnames.html", {"deelnames": [gewoon, voorzitter]})
    assert html.count('class="oa-label"') == 1
    assert ">voorzitter</span>" in html
