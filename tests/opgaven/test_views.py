import pytest
from django.db import connection
from django.urls import reverse

from deelnemers.models import OrganisatieSoort
from opgaven.models import ActieSoort, Opgave, OpgaveStatus, Schaalniveau
from opgaven.views import OPGAVEN_PER_PAGINA

pytestmark = pytest.mark.django_db


def lijst_url(agenda):
    return reverse("opgaven:lijst", kwargs={"agenda": agenda.slug})


def titels(response) -> list[str]:
    return [opgave.titel for opgave in response.context["pagina"]]


@pytest.fixture
def agenda(agenda_factory):
    return agenda_factory()


@pytest.fixture
def drie_opgaven(agenda, opgave_factory):
    return [
        opgave_factory(agenda=agenda, titel="Klimaatbestendige Groeiregio Zwolle", gebied="Regio Zwolle", volgnummer=1),
        opgave_factory(
            agenda=agenda,
            titel="Vitaal landelijk gebied",
            schaalniveau=Schaalniveau.THEMA,
            gebied="Achterhoek",
            status=OpgaveStatus.VOORLOPIG,
            volgnummer=None,
            samenvatting="Over boeren en natuur.",
        ),
        opgave_factory(agenda=agenda, titel="Technologische topregio Twente", gebied="Twente", volgnummer=2),
    ]


def test_lijst_toont_gepubliceerde_opgaven_in_volgorde(client, agenda, drie_opgaven, opgave_factory):
    opgave_factory(agenda=agenda, titel="Nog geheim", gepubliceerd=False)
    response = client.get(lijst_url(agenda))
    assert titels(response) == [
        "Klimaatbestendige Groeiregio Zwolle",
        "Technologische topregio Twente",
        "Vitaal landelijk gebied",
    ]


@pytest.mark.parametrize(
    ("parameters", "verwacht"),
    [
        ({"status": "voorlopig"}, ["Vitaal landelijk gebied"]),
        ({"schaalniveau": "thema"}, ["Vitaal landelijk gebied"]),
        ({"gebied": "Twente"}, ["Technologische topregio Twente"]),
        ({"zoek": "zwolle"}, ["Klimaatbestendige Groeiregio Zwolle"]),
        ({"zoek": "boeren"}, ["Vitaal landelijk gebied"]),
        ({"status": "omgevingsopgave", "gebied": "Regio Zwolle"}, ["Klimaatbestendige Groeiregio Zwolle"]),
    ],
)
def test_lijst_filtert_volgens_de_querystring(client, agenda, drie_opgaven, parameters, verwacht):
    response = client.get(lijst_url(agenda), parameters)
    assert titels(response) == verwacht


def test_gebied_filter_biedt_de_gebieden_van_de_agenda(client, agenda, drie_opgaven, opgave_factory):
    opgave_factory(gebied="Gebied van een andere agenda")
    inhoud = client.get(lijst_url(agenda)).content.decode()
    assert '<option value="Achterhoek">' in inhoud
    assert "Gebied van een andere agenda" not in inhoud


@pytest.mark.parametrize(
    "parameters",
    [
        {"status": "bestaat-niet"},
        {"schaalniveau": "x" * 500},
        {"gebied": "Atlantis"},
        {"status": ["voorlopig", "onzin"]},
    ],
)
def test_foute_filterwaarde_geeft_de_lijst_met_een_melding(client, agenda, drie_opgaven, parameters):
    response = client.get(lijst_url(agenda), parameters)
    assert response.status_code == 200
    assert "is niet geldig en is genegeerd" in response.content.decode()
    # The bad value is ignored: the whole list, in its order.
    assert titels(response) == [
        "Klimaatbestendige Groeiregio Zwolle",
        "Technologische topregio Twente",
        "Vitaal landelijk gebied",
    ]


@pytest.mark.parametrize(
    ("pagina", "melding", "verwachte_pagina"),
    [
        ("abc", "geen getal", 1),
        ("0", "bestaat niet", 2),
        ("-3", "bestaat niet", 2),
        ("99999999999999999999", "bestaat niet", 2),
        ("2.5", "geen getal", 1),
    ],
)
def test_fout_paginanummer_geeft_een_geldige_pagina_met_melding(
    client, agenda, opgave_factory, pagina, melding, verwachte_pagina
):
    for _ in range(OPGAVEN_PER_PAGINA + 1):
        opgave_factory(agenda=agenda)
    response = client.get(lijst_url(agenda), {"pagina": pagina})
    assert response.status_code == 200
    assert melding in response.content.decode()
    assert response.context["pagina"].number == verwachte_pagina


def test_paginering_behoudt_het_filter(client, agenda, opgave_factory):
    for _ in range(OPGAVEN_PER_PAGINA + 5):
        opgave_factory(agenda=agenda, status=OpgaveStatus.VOORLOPIG, volgnummer=None)
    response = client.get(lijst_url(agenda), {"status": "voorlopig"})
    assert "?status=voorlopig&amp;pagina=2" in response.content.decode()
    tweede = client.get(lijst_url(agenda), {"status": "voorlopig", "pagina": "2"})
    assert len(titels(tweede)) == 5


@pytest.fixture
def volledige_opgave(
    agenda, opgave_factory, actie_factory, organisatie_factory, deelnemer_factory, duo_factory, trend_factory
):
    opgave = opgave_factory(agenda=agenda, titel="Klimaatbestendige Groeiregio Zwolle", kern="De **kern** hier.")
    lopend = actie_factory(
        opgave=opgave,
        soort=ActieSoort.LOPEND,
        omschrijving="Lopend programma Ruimte voor de Vecht",
        trekker=organisatie_factory(naam="Provincie Overijssel", soort=OrganisatieSoort.PROVINCIE),
        vervolgtafel="BO-MIRT",
    )
    lopend.partners.add(organisatie_factory(naam="Waterschap Drents Overijsselse Delta"))
    actie_factory(opgave=opgave, soort=ActieSoort.NIEUW, omschrijving="Nieuw ontwikkelperspectief", vervolgtafel="")
    duo_factory(
        opgave=opgave,
        leden=[
            deelnemer_factory(
                naam="Petra Openbaar",
                organisatie=organisatie_factory(naam="Ministerie van BZK", soort=OrganisatieSoort.MINISTERIE),
                naam_publiek=True,
            ),
            deelnemer_factory(
                naam="Karel Geheim",
                organisatie=organisatie_factory(naam="Gemeente Zwolle", soort=OrganisatieSoort.GEMEENTE),
                naam_publiek=False,
                email="karel@zwolle.voorbeeld.nl",
                telefoon="038-1234567",
            ),
        ],
    )
    trend = trend_factory(agenda=agenda, naam="Klimaatverandering")
    opgave.trends.add(trend)
    return opgave


def test_opgavepagina_toont_kern_acties_duo_tafels_en_trends(client, agenda, volledige_opgave, gesprekstafel_factory):
    gesprekstafel_factory(agenda=agenda, titel="Verstedelijking Regio Zwolle").opgaven.add(volledige_opgave)
    gesprekstafel_factory(agenda=agenda, titel="Ongepubliceerde tafel", gepubliceerd=False).opgaven.add(
        volledige_opgave
    )
    response = client.get(volledige_opgave.get_absolute_url())
    inhoud = response.content.decode()
    assert "<strong>kern</strong>" in inhoud
    assert inhoud.index("Lopende acties") < inhoud.index("Lopend programma Ruimte voor de Vecht")
    assert inhoud.index("Nieuwe acties") < inhoud.index("Nieuw ontwikkelperspectief")
    assert inhoud.index("Lopend programma Ruimte voor de Vecht") < inhoud.index("Nieuwe acties")
    for tekst in ["Provincie Overijssel", "Waterschap Drents Overijsselse Delta", "BO-MIRT"]:
        assert tekst in inhoud
    assert "Petra Openbaar" in inhoud
    assert "Medewerker Gemeente Zwolle" in inhoud
    assert "Karel Geheim" not in inhoud
    assert "karel@zwolle.voorbeeld.nl" not in inhoud and "038-1234567" not in inhoud
    assert "Verstedelijking Regio Zwolle" in inhoud
    assert "Ongepubliceerde tafel" not in inhoud
    assert "Klimaatverandering" in inhoud


def test_samengevoegde_opgave_verwijst_naar_de_opgave_waarin_ze_opging(client, agenda, opgave_factory):
    doel = opgave_factory(agenda=agenda, titel="Grote opgave")
    opgave = opgave_factory(
        agenda=agenda,
        status=OpgaveStatus.SAMENGEVOEGD,
        samengevoegd_in=doel,
        status_reden="Dezelfde regio.",
        volgnummer=None,
    )
    inhoud = client.get(opgave.get_absolute_url()).content.decode()
    assert "samengevoegd" in inhoud and doel.get_absolute_url() in inhoud and "Dezelfde regio." in inhoud
    assert opgave.get_absolute_url() in client.get(doel.get_absolute_url()).content.decode()


def test_onbekende_en_ongepubliceerde_opgave_geven_404(client, agenda, opgave_factory):
    verborgen = opgave_factory(agenda=agenda, gepubliceerd=False)
    andere_agenda = opgave_factory()
    assert client.get(reverse("opgaven:detail", kwargs={"agenda": agenda.slug, "slug": "nee"})).status_code == 404
    assert client.get(verborgen.get_absolute_url()).status_code == 404
    # An opgave is found only under its own agenda.
    url = reverse("opgaven:detail", kwargs={"agenda": agenda.slug, "slug": andere_agenda.slug})
    assert client.get(url).status_code == 404


def test_kernteam_ziet_ongepubliceerde_opgave(client, kernteam_user, agenda, opgave_factory):
    verborgen = opgave_factory(agenda=agenda, gepubliceerd=False)
    client.force_login(kernteam_user)
    response = client.get(verborgen.get_absolute_url())
    assert response.status_code == 200
    assert "nog niet gepubliceerd" in response.content.decode()


def test_zoeken_vindt_in_titel_samenvatting_en_kern(agenda, drie_opgaven, opgave_factory):
    opgave_factory(agenda=agenda, titel="Bereikbaarheid", kern="Ook de waterveiligheid telt.")
    gevonden = set(Opgave.objects.zoeken("waterveiligheid").values_list("titel", flat=True))
    assert gevonden == {"Bereikbaarheid"}
    assert Opgave.objects.zoeken("  ").count() == Opgave.objects.count()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Nederlandse full-text search bestaat alleen op PostgreSQL"
)
def test_zoeken_op_postgresql_gebruikt_nederlandse_stammen_en_rangorde(agenda, opgave_factory):
    opgave_factory(agenda=agenda, titel="Bereikbaarheid", kern="Het gaat ook over nieuwe woningen.", volgnummer=1)
    opgave_factory(agenda=agenda, titel="Een woning voor iedereen", volgnummer=2)
    opgave_factory(agenda=agenda, titel="Natuur", volgnummer=3)
    # "woningen" finds "woning" only through the Dutch stemmer (no substring of it); the title
    # match ranks above the kern match although its volgnummer comes later.
    assert list(Opgave.objects.zoeken("woningen").values_list("titel", flat=True)) == [
        "Een woning voor iedereen",
        "Bereikbaarheid",
    ]
    # Stop words ("de", "voor") do not stop a match.
    assert list(Opgave.objects.zoeken("de woning voor").values_list("titel", flat=True))[0] == (
        "Een woning voor iedereen"
    )


@pytest.mark.parametrize(
    ("status", "melding", "eigenschappen"),
    [
        (OpgaveStatus.VERVALLEN, "Deze opgave is vervallen.", (False, True)),
        (OpgaveStatus.VOORLOPIG, None, (False, False)),
    ],
)
def test_statusmelding_volgt_de_status(client, agenda, opgave_factory, status, melding, eigenschappen):
    opgave = opgave_factory(agenda=agenda, status=status, status_reden="Opgegaan in het landsdeel.", volgnummer=None)
    assert (opgave.is_samengevoegd, opgave.is_vervallen) == eigenschappen
    inhoud = client.get(opgave.get_absolute_url()).content.decode()
    assert ("Deze opgave is vervallen." in inhoud) == (melding is not None)
    assert ("Opgegaan in het landsdeel." in inhoud) == (melding is not None)
