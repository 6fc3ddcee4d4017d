import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from agenda.models import GERESERVEERDE_SLUGS, Agenda, PerspectiefSoort, TrendSoort
from opgaven.models import OpgaveStatus

pytestmark = pytest.mark.django_db


def test_home_met_een_agenda_gaat_naar_het_overzicht(client, agenda_factory):
    agenda = agenda_factory()
    agenda_factory(gepubliceerd=False)
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == agenda.get_absolute_url()


def test_home_met_meer_agendas_toont_alleen_de_gepubliceerde(client, agenda_factory):
    agenda_factory(naam="Omgevingsagenda Oost")
    agenda_factory(naam="Omgevingsagenda Zuid")
    agenda_factory(naam="Omgevingsagenda Geheim", gepubliceerd=False)
    response = client.get("/")
    assert response.status_code == 200
    inhoud = response.content.decode()
    assert "Omgevingsagenda Oost" in inhoud and "Omgevingsagenda Zuid" in inhoud
    assert "Omgevingsagenda Geheim" not in inhoud


def test_overzicht_toont_inleiding_en_omgevingsopgaven_in_volgorde(client, agenda_factory, opgave_factory):
    agenda = agenda_factory(inleiding="Een **sterke** inleiding.")
    opgave_factory(agenda=agenda, titel="Tweede opgave", volgnummer=2)
    opgave_factory(agenda=agenda, titel="Eerste opgave", volgnummer=1)
    opgave_factory(agenda=agenda, titel="Voorlopige opgave", status=OpgaveStatus.VOORLOPIG, volgnummer=None)
    opgave_factory(agenda=agenda, titel="Ongepubliceerde opgave", volgnummer=3, gepubliceerd=False)
    inhoud = client.get(agenda.get_absolute_url()).content.decode()
    assert "<strong>sterke</strong>" in inhoud
    assert inhoud.index("Eerste opgave") < inhoud.index("Tweede opgave")
    assert "Voorlopige opgave" not in inhoud
    assert "Ongepubliceerde opgave" not in inhoud


def test_overzicht_heeft_agendanavigatie_met_de_vijf_namen(client, agenda_factory):
    agenda = agenda_factory()
    response = client.get(agenda.get_absolute_url())
    inhoud = response.content.decode()
    for naam in ["Perspectief", "Opgaven", "Gesprekstafels", "Leerspoor", "Versies"]:
        assert f">{naam}</a>" in inhoud
    # The agenda's own link in the navigation is the current one, not only the breadcrumb.
    assert f'class="nav-link ps-0" href="{agenda.get_absolute_url()}" aria-current="page">{agenda.naam}</a>' in inhoud
    perspectief = reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})
    assert f'href="{perspectief}" aria-current' not in inhoud


def test_onbekende_agenda_geeft_nederlandse_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_perspectief_toont_onderdelen_en_trends_met_opgaven(
    client, agenda_factory, perspectief_onderdeel_factory, trend_factory, opgave_factory
):
    agenda = agenda_factory()
    perspectief_onderdeel_factory(agenda=agenda, soort=PerspectiefSoort.POSITIE, titel="Positie en kwaliteiten")
    perspectief_onderdeel_factory(agenda=agenda, soort=PerspectiefSoort.BEWEGING, titel="Oost in beweging", volgorde=2)
    perspectief_onderdeel_factory(
        agenda=agenda, soort=PerspectiefSoort.PERSPECTIEF_2040, titel="Op weg naar 2040", volgorde=3
    )
    trend = trend_factory(agenda=agenda, naam="Energietransitie", soort=TrendSoort.TRANSITIE)
    zichtbaar = opgave_factory(agenda=agenda, titel="Zichtbare opgave")
    verborgen = opgave_factory(agenda=agenda, titel="Verborgen opgave", gepubliceerd=False)
    zichtbaar.trends.add(trend)
    verborgen.trends.add(trend)
    inhoud = client.get(reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})).content.decode()
    assert inhoud.index("Positie en kwaliteiten") < inhoud.index("Oost in beweging") < inhoud.index("Op weg naar 2040")
    # The trends sit under "In beweging", before the last part.
    assert inhoud.index("Oost in beweging") < inhoud.index("Energietransitie") < inhoud.index("Op weg naar 2040")
    assert zichtbaar.get_absolute_url() in inhoud
    assert "Verborgen opgave" not in inhoud


def test_perspectief_filtert_trends_op_soort_en_meldt_een_foute_waarde(client, agenda_factory, trend_factory):
    agenda = agenda_factory()
    trend_factory(agenda=agenda, naam="Vergrijzing", soort=TrendSoort.TREND)
    trend_factory(agenda=agenda, naam="Energietransitie", soort=TrendSoort.TRANSITIE)
    url = reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})
    inhoud = client.get(url, {"soort": "transitie"}).content.decode()
    assert "Energietransitie" in inhoud and "Vergrijzing" not in inhoud
    response = client.get(url, {"soort": "onzin"})
    assert response.status_code == 200
    assert "is niet geldig en is genegeerd" in response.content.decode()
    assert "Vergrijzing" in response.content.decode()


@pytest.mark.parametrize("slug", sorted(GERESERVEERDE_SLUGS))
def test_agenda_slug_mag_geen_pad_van_de_site_zijn(slug):
    agenda = Agenda(naam="Test", slug=slug, landsdeel="oost")
    with pytest.raises(ValidationError) as fout:
        agenda.full_clean()
    assert fout.value.error_dict["slug"][0].code == "slug_gereserveerd"


def test_gewone_agenda_slug_is_toegestaan():
    Agenda(naam="Test", slug="oost", landsdeel="oost").full_clean()


def test_perspectief_zonder_beweging_houdt_het_filter_als_het_niets_vindt(client, agenda_factory, trend_factory):
    agenda = agenda_factory()
    trend_factory(agenda=agenda, naam="Vergrijzing", soort=TrendSoort.TREND)
    url = reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})
    assert "Trends filteren" in client.get(url).content.decode()
    inhoud = client.get(url, {"soort": "transitie"}).content.decode()
    assert "Vergrijzing" not in inhoud
    assert "Geen trends gevonden." in inhoud
    assert 'name="soort"' in inhoud  # the form to undo the filter


def test_perspectief_zonder_beweging_en_zonder_trends_toont_geen_lege_sectie(client, agenda_factory):
    agenda = agenda_factory()
    inhoud = client.get(reverse("agenda:perspectief", kwargs={"agenda": agenda.slug})).content.decode()
    assert "In beweging" not in inhoud


def test_melding_ongepubliceerde_agenda_klopt_ook_voor_een_duo_lid(
    client, agenda_factory, opgave_factory, duo_factory, deelnemer_user
):
    agenda = agenda_factory(gepubliceerd=False)
    opgave = opgave_factory(agenda=agenda)
    duo = duo_factory(opgave=opgave)
    duo.leden.add(deelnemer_user.deelnemer)
    client.force_login(deelnemer_user)
    response = client.get(reverse("opgaven:bewerken", kwargs={"agenda": agenda.slug, "slug": opgave.slug}))
    assert response.status_code == 200
    inhoud = response.content.decode()
    assert "Deze agenda is nog niet gepubliceerd" in inhoud
    assert "alleen het kernteam ziet hem" not in inhoud
    assert "de duo’s (op de bewerkpagina van hun eigen opgave)" in inhoud
