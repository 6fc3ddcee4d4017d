"""`manage.py demo`: the demo of Omgevingsagenda Oost, from the seed's own texts."""

import datetime
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.test import RequestFactory, override_settings
from django.utils import timezone

from agenda.models import Activiteit, Agenda, Fase
from deelnemers.models import Deelnemer, Organisatie, OrganisatieSoort, Profiel
from deelnemers.permissions import is_kernteam
from leerspoor.models import Antwoord, Citaat, Leerervaring, Peiling, Risico, VraagSoort
from omgevingsagenda.demo import versies
from omgevingsagenda.kernteam import DOMEIN_APPS
from omgevingsagenda.management.commands import demo as demo_commando
from opgaven.models import Duo, Opgave, OpgaveStatus, duo_leden_valideren
from tafels.models import Bijeenkomst, BijeenkomstSoort, Deelname, DeelnameRol, Gesprekstafel

pytestmark = pytest.mark.django_db

GESPREKSTAFELS = [
    "Verstedelijking en kenniseconomie Regio Zwolle",
    "Verstedelijking en kenniseconomie Regio Twente",
    "Verstedelijking en kenniseconomie Clean Tech regio",
    "Verstedelijking en kenniseconomie Regio Arnhem-Nijmegen & Foodvalley",
    "Vitaal aantrekkelijk en duurzaam landelijk gebied",
    "Slimme netwerkkracht en Ruimtelijk-Economische Assen",
    "Integrale rivierlandschappen IJsselvechtdelta en Rijn, Waal en Linge",
]
CITAAT_1 = (
    "Jullie vertelden dat naast het fysieke nu ook het sociale aspect meegenomen wordt, daarom verbaast het mij "
    "dat de burgerkracht met vele maatschappelijke initiatieven niet is meegenomen."
)
CITAAT_2 = (
    "Heel goed dat onderwijs + ondernemers erbij worden betrokken. Vergeet maatschappelijke organisaties niet "
    "(gezondheid, zorg, milieu, veiligheid)!"
)
# The opening words of the seed's eleven percepties en leerervaringen, in order.
PERCEPTIES_BEGIN = [
    "In deze fase zijn de gezamenlijke opgaven benoemd met strategen",
    "Tijdens de gesprekstafels bleek eens te meer",
    "Uit dit inzicht en uit de vaak geuite wens",
    "Het blijft ook in deze fase nog zoeken",
    "Scherpte en prioritering aanbrengen in de regiotafels",
    "In de schriftelijke reacties op eerste concepten",
    "In reactie op deze eerste concepten, bleek ook",
    "Het werken met duo’s of trio’s",
    "Organisatorisch blijkt het voor regio’s soms lastig",
    "Bij de gesprekstafels zijn in enige mate private partijen",
    "De balans tussen snelheid in het proces",
]


def demo_draaien(*args) -> str:
    uitvoer = StringIO()
    with override_settings(DEBUG=True):
        call_command("demo", *args, stdout=uitvoer)
    return uitvoer.getvalue()


@pytest.fixture
def versies_laden(monkeypatch):
    """Stands in for the published versions: building their PDFs is slow and tested with publicatie."""
    aanroepen = []
    monkeypatch.setattr(versies, "laden", lambda agenda, stdout: aanroepen.append(agenda))
    return aanroepen


@pytest.fixture
def demo(versies_laden):
    demo_draaien()
    return Agenda.objects.get(slug="oost")


def alle_modellen():
    """Every model of the six domain apps, their history tables included, and User."""
    return [model for label in DOMEIN_APPS for model in apps.get_app_config(label).get_models()] + [User]


def stand():
    """Every row of every demo model, field by field."""
    return {
        model._meta.label: [model_to_dict(obj) | {"pk": obj.pk} for obj in model._default_manager.order_by("pk")]
        for model in alle_modellen()
    }


def test_weigert_zonder_debug():
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="alleen geladen met DEBUG aan"):
        call_command("demo", stdout=StringIO())
    assert not Agenda.objects.exists()
    assert not User.objects.exists()


def test_tweede_keer_verandert_niets_ook_de_historie_niet():
    # With the real published versions; the history tables count too: a save of an
    # unchanged row would add a historical record.
    demo_draaien()
    voor = stand()
    uitvoer = demo_draaien()
    na = stand()
    assert {label: len(rijen) for label, rijen in na.items()} == {label: len(rijen) for label, rijen in voor.items()}
    assert na == voor
    assert "kernteam / demo-kernteam" in uitvoer
    assert "duo / demo-duo" in uitvoer


def test_agenda_fases_en_onderdelen_aanpak(demo, versies_laden):
    assert versies_laden == [demo]
    assert demo.naam == "Omgevingsagenda Oost"
    assert demo.landsdeel == "oost" and demo.gepubliceerd
    assert "NOVI" in demo.inleiding and "illustratief" in demo.inleiding
    fases = {fase.nummer: fase for fase in Fase.objects.filter(agenda=demo)}
    assert fases[1].naam == "Agendering van de opgaven"
    assert fases[2].naam == "Alliantievorming en agenda-ontwikkeling"
    assert fases[3].naam == "Adaptief besluiten en rapporteren"
    assert fases[2].wat_plaatsgevonden == (
        "In deze fase hebben in de drie uitwerkingslijnen de volgende activiteiten plaatsgevonden:"
    )
    # The seed's sentence stays as written, even though the meeting is dated 2019.
    assert "tijdens de Synthesebijeenkomst op 11 februari 2018, waar circa 100 vertegenwoordigers" in fases[2].verhaal
    assert "- Integrale rivierlandschappen IJsselvechtdelta en Rijn, Waal en Linge." in fases[2].verhaal

    per_lijn = {}
    for activiteit in Activiteit.objects.filter(fase=fases[2]).select_related("lijn"):
        per_lijn.setdefault(activiteit.lijn.naam, []).append(activiteit.omschrijving)
    assert per_lijn["Agenda en programma"] == [
        "Opstellen gespreksnotities per opgave",
        "Gesprekstafels rondom de opgaven",
        "Strategisch overleg",
        "Uitwerking omgevings-opgaven door duo’s van Rijk en regio",
        "Toets en aanvullen tijdens brede Synthese-bijeenkomst",
    ]
    assert per_lijn["Trendwatching"] == [
        "Perspectief op Oost verder verdiept tijdens strategisch overleg.",
        "Toets en aanvullen tijdens brede Synthesebijeenkomst",
    ]
    assert per_lijn["Leerspoor"] == [
        "Ophalen van ervaringen tijdens strategisch overleg aan de hand van kwadrant (gaat goed/kan beter – "
        "inhoud/proces)",
        "Risicosessie ‘opdrachtgevers’",
    ]
    assert Activiteit.objects.filter(fase=fases[1]).exists() and Activiteit.objects.filter(fase=fases[3]).exists()
    assert sorted(demo.perspectief_onderdelen.values_list("titel", flat=True)) == [
        "Oost in beweging",
        "Perspectief op Oost Nederland op weg naar 2040",
        "Positie en kwaliteiten van Oost Nederland",
    ]
    assert demo.trends.filter(opgaven__isnull=False).distinct().count() >= 5


def test_zeven_gesprekstafels_met_exacte_namen_en_wisselende_samenstelling(demo):
    tafels = list(Gesprekstafel.objects.filter(agenda=demo).prefetch_related("opgaven"))
    assert [tafel.titel for tafel in tafels] == GESPREKSTAFELS
    for tafel in tafels:
        assert tafel.gespreksnotitie and tafel.opbrengst and tafel.gepubliceerd
        assert tafel.opgaven.all(), tafel.titel

    def soorten(titel):
        bijeenkomst = Bijeenkomst.objects.get(
            agenda=demo, soort=BijeenkomstSoort.GESPREKSTAFEL, gesprekstafel__titel=titel
        )
        assert bijeenkomst.deelnames.count() >= 10
        return set(bijeenkomst.deelnames.values_list("deelnemer__organisatie__soort", flat=True))

    twente = soorten("Verstedelijking en kenniseconomie Regio Twente")
    assert {OrganisatieSoort.KENNISINSTELLING, OrganisatieSoort.BEDRIJFSLEVEN} <= twente
    assert OrganisatieSoort.MAATSCHAPPELIJK not in twente
    zonder_maatschappelijk = [
        titel for titel in GESPREKSTAFELS if OrganisatieSoort.MAATSCHAPPELIJK not in soorten(titel)
    ]
    assert 3 <= len(zonder_maatschappelijk) < len(GESPREKSTAFELS)


def test_negen_omgevingsopgaven_met_geldige_duos_en_acties(demo):
    opgaven = list(Opgave.objects.filter(agenda=demo).omgevingsopgaven().met_duo().met_acties())
    assert [opgave.volgnummer for opgave in opgaven] == list(range(1, 10))
    assert "Klimaatbestendige Groeiregio Zwolle" in [opgave.titel for opgave in opgaven]
    for opgave in opgaven:
        assert opgave.gepubliceerd and opgave.samenvatting and opgave.kern
        duo_leden_valideren(opgave.duo.leden.all())
        soorten = {actie.soort for actie in opgave.acties.all()}
        assert soorten == {"lopend", "nieuw"}, opgave.titel
        assert all(actie.trekker_id for actie in opgave.acties.all())
    assert any(actie.vervolgtafel == "BO-MIRT" for opgave in opgaven for actie in opgave.acties.all())

    samengevoegd = Opgave.objects.filter(agenda=demo, status=OpgaveStatus.SAMENGEVOEGD)
    assert samengevoegd.exists()
    assert all(opgave.samengevoegd_in.is_omgevingsopgave and opgave.status_reden for opgave in samengevoegd)
    assert Opgave.objects.filter(agenda=demo, status=OpgaveStatus.VERVALLEN).exclude(status_reden="").exists()


def test_synthesebijeenkomst_en_andere_bijeenkomsten(demo):
    synthese = Bijeenkomst.objects.get(agenda=demo, soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST)
    assert synthese.datum == datetime.date(2019, 2, 11)
    assert 95 <= synthese.deelnames.count() <= 105
    duoleden = set(Deelnemer.objects.filter(duos__opgave__agenda=demo).values_list("pk", flat=True))
    facilitators = set(synthese.deelnames.filter(rol=DeelnameRol.FACILITATOR).values_list("deelnemer", flat=True))
    assert duoleden and facilitators == duoleden

    # The seed's meetings; the demo adds one upcoming gebiedsdialoog to sign up for (below).
    geweest = Bijeenkomst.objects.filter(agenda=demo, datum__lt=datetime.date(2020, 1, 1))
    aantal = {soort: geweest.filter(soort=soort).count() for soort in BijeenkomstSoort}
    assert aantal[BijeenkomstSoort.GEBIEDSDIALOOG] == 1
    assert aantal[BijeenkomstSoort.STRATEGISCH_OVERLEG] == 1
    assert aantal[BijeenkomstSoort.RISICOSESSIE] == 1
    assert 3 <= aantal[BijeenkomstSoort.KERNTEAMOVERLEG] <= 4
    assert aantal[BijeenkomstSoort.GESPREKSTAFEL] == 7
    assert geweest.get(soort=BijeenkomstSoort.GEBIEDSDIALOOG).fase.nummer == 1


def test_een_komende_bijeenkomst_waarvoor_de_demodeelnemer_is_aangemeld(demo):
    komend = Bijeenkomst.objects.filter(agenda=demo, datum__gt=timezone.localdate()).get()
    assert komend.is_komend and komend.capaciteit and komend.soort == BijeenkomstSoort.GEBIEDSDIALOOG
    deelnemer = Deelnemer.objects.get(user__username="deelnemer")
    assert list(komend.aanmeldingen.values_list("deelnemer", flat=True)) == [deelnemer.pk]
    assert deelnemer.kalenderfeed.token and deelnemer.mailvoorkeur.wil("bijeenkomst")


def test_ongeveer_200_fictieve_deelnemers_in_alle_soorten_organisaties(demo):
    deelnemers = Deelnemer.objects.all()
    assert 190 <= deelnemers.count() <= 210
    assert all(email.endswith("@voorbeeld.nl") for email in deelnemers.values_list("email", flat=True))
    assert set(Organisatie.objects.values_list("soort", flat=True)) == set(OrganisatieSoort.values)
    for naam in ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Rijkswaterstaat", "Gemeente Tiel", "GGD"):
        assert Organisatie.objects.get(naam=naam).deelnemers.exists()
    assert set(deelnemers.values_list("profiel", flat=True)) == set(Profiel.values)
    assert deelnemers.filter(naam_publiek=True).exists() and deelnemers.filter(naam_publiek=False).exists()
    assert Deelname.objects.filter(bijeenkomst__agenda=demo).values("deelnemer").distinct().count() >= 150


def test_leerspoor_percepties_en_citaten_letterlijk(demo):
    fase_2 = Fase.objects.get(agenda=demo, nummer=2)
    percepties = list(Leerervaring.objects.filter(fase=fase_2).percepties())
    assert len(percepties) == len(PERCEPTIES_BEGIN)
    for perceptie, begin in zip(percepties, PERCEPTIES_BEGIN, strict=True):
        assert perceptie.tekst.startswith(begin)
    # Verbatim down to the seed's non-breaking space.
    assert "een aanpak wordt\xa0 geformuleerd. Om deze reden" in percepties[0].tekst

    citaat_1 = Citaat.objects.get(tekst=CITAAT_1)
    citaat_2 = Citaat.objects.get(tekst=CITAAT_2)
    assert citaat_1.toeschrijving == "deelnemer gesprekstafel"
    assert citaat_2.toeschrijving == "deelnemer gesprekstafel Twente"
    assert citaat_1.toestemming and citaat_2.toestemming
    assert citaat_1.na_leerervaring == percepties[6]
    assert citaat_2.na_leerervaring == percepties[10]

    kwadrant = Leerervaring.objects.filter(fase=fase_2).kwadrant()
    assert {(ervaring.oordeel, ervaring.aspect) for ervaring in kwadrant} == {
        ("gaat_goed", "inhoud"),
        ("gaat_goed", "proces"),
        ("kan_beter", "inhoud"),
        ("kan_beter", "proces"),
    }
    for ervaring in kwadrant:
        assert "llustratief" in ervaring.tekst
        assert ervaring.bron.soort == BijeenkomstSoort.STRATEGISCH_OVERLEG


def test_risicos_met_bewegende_scores(demo):
    titels = set(Risico.objects.filter(agenda=demo).values_list("titel", flat=True))
    assert {"Beperkte betrokkenheid van partijen", "Verschillende verwachtingen over het eindproduct"} <= titels
    assert len(titels) >= 4
    risico = Risico.objects.get(titel="Beperkte betrokkenheid van partijen")
    assert risico.bron.soort == BijeenkomstSoort.RISICOSESSIE
    besprekingen = list(risico.besprekingen.select_related("bijeenkomst").order_by("bijeenkomst__datum"))
    assert len(besprekingen) >= 2
    assert all(b.bijeenkomst.soort == BijeenkomstSoort.KERNTEAMOVERLEG for b in besprekingen)
    assert len({(b.kans, b.impact) for b in besprekingen}) > 1
    assert (risico.kans, risico.impact) == (besprekingen[-1].kans, besprekingen[-1].impact)


def test_peiling_van_de_synthesebijeenkomst(demo):
    peiling = Peiling.objects.get(bijeenkomst__soort=BijeenkomstSoort.SYNTHESEBIJEENKOMST)
    vragen = list(peiling.vragen.all())
    assert [vraag.soort for vraag in vragen] == [VraagSoort.SCHAAL, VraagSoort.SCHAAL, VraagSoort.OPEN]
    assert "bekend" in vragen[0].tekst and "NOVI" in vragen[1].tekst and "meerwaarde" in vragen[2].tekst
    for vraag in vragen[:2]:
        assert len(vraag.keuzelijst) == 5
        waarden = list(vraag.antwoorden.values_list("waarde", flat=True))
        assert 90 <= len(waarden) <= 110
        assert set(waarden) <= {"1", "2", "3", "4", "5"} and len(set(waarden)) > 2
    assert vragen[2].antwoorden.exists()
    namen = set(Deelnemer.objects.values_list("naam", flat=True))
    assert not namen & set(Antwoord.objects.values_list("respondent", flat=True))


def test_demo_accounts_kunnen_inloggen_met_de_juiste_rol(demo, client):
    for gebruikersnaam, wachtwoord in [
        ("kernteam", "demo-kernteam"),
        ("deelnemer", "demo-deelnemer"),
        ("duo", "demo-duo"),
    ]:
        # With a request, as django-axes (login throttling) asks of every authenticate().
        assert client.login(
            request=RequestFactory().post("/accounts/login/"), username=gebruikersnaam, password=wachtwoord
        ), gebruikersnaam
        client.logout()

    kernteam = User.objects.get(username="kernteam")
    assert is_kernteam(kernteam) and kernteam.is_staff and not kernteam.is_superuser

    deelnemer = User.objects.get(username="deelnemer")
    assert not is_kernteam(deelnemer) and not deelnemer.is_staff
    assert not Duo.objects.filter(leden=deelnemer.deelnemer).exists()

    duo = User.objects.get(username="duo")
    assert not is_kernteam(duo) and not duo.is_staff
    duo_opgave = Duo.objects.filter(leden=duo.deelnemer).get().opgave
    assert duo_opgave.titel == "Klimaatbestendige Groeiregio Zwolle"


def test_groot_roept_de_grote_dataset_aan(demo, monkeypatch):
    aanroepen = []
    # groot.py is part of the repository: the command imports it like any module.
    monkeypatch.setattr(demo_commando, "groot_laden", lambda stdout=None: aanroepen.append(stdout))
    demo_draaien("--groot")
    assert len(aanroepen) == 1


def test_hulptekst_van_groot_noemt_geen_apart_geleverd_bestand():
    parser = demo_commando.Command().create_parser("manage.py", "demo")
    assert "apart geleverd" not in parser.format_help()
