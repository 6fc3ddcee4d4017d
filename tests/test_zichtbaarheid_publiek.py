"""What the public reads is what the live site shows an anonymous visitor: in a published version, its PDF
and open data, and on every public page. The rules live once per app (`zichtbaar_voor`); these tests catch
the two leaks found when the snapshot and the fase report kept rules of their own:

- a risicosessie frozen into a version (the snapshot left out only the kernteamoverleg);
- a peiling at a kernteam-only bijeenkomst on the public fase page and its PDF, open to deelnemers.
"""

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from agenda.models import Activiteit
from deelnemers.models import Deelnemer
from deelnemers.permissions import PUBLIEK
from leerspoor.models import Peiling, PeilingStatus, Risico
from leerspoor.pdf import fase_pdf_html
from leerspoor.queries import fase_verslag
from omgevingsagenda.demo import versies as demo_versies
from omgevingsagenda.demo.laden import demo_laden
from opgaven.models import Opgave
from publicatie.pdf import pdf_html
from publicatie.services import versie_aanmaken, versie_publiceren
from tafels.models import KERNTEAM_SOORTEN, Bijeenkomst, BijeenkomstSoort, Gesprekstafel
from tests.agenda.factories import AgendaFactory, FaseFactory
from tests.leerspoor.factories import PeilingFactory, VraagFactory
from tests.tafels.factories import BijeenkomstFactory

pytestmark = pytest.mark.django_db


def _publiceren(agenda):
    versie = versie_aanmaken(agenda=agenda, label="Concept voor de toets")
    return versie_publiceren(versie=versie, pdf_maken=False)


def _zichtbaar_voor_publiek(snapshot: dict, agenda) -> None:
    """Every item of `snapshot` is one that the live site shows an anonymous visitor now."""
    opgaven = set(Opgave.objects.filter(agenda=agenda).zichtbaar_voor(PUBLIEK).values_list("slug", flat=True))
    tafels = set(Gesprekstafel.objects.filter(agenda=agenda).zichtbaar_voor(PUBLIEK).values_list("slug", flat=True))
    publiek = Bijeenkomst.objects.filter(agenda=agenda).zichtbaar_voor(PUBLIEK)
    bijeenkomsten = {(b.datum.isoformat(), b.titel) for b in publiek}
    assert {o["slug"] for o in snapshot["opgaven"]} <= opgaven
    assert {t["slug"] for t in snapshot["gesprekstafels"]} <= tafels
    assert {(b["datum"], b["titel"]) for b in snapshot["bijeenkomsten"]} <= bijeenkomsten
    assert not {b["soort"] for b in snapshot["bijeenkomsten"]} & set(KERNTEAM_SOORTEN)


@pytest.fixture
def agenda_met_kernteambijeenkomsten():
    agenda = AgendaFactory(slug="oost")
    fase = FaseFactory(agenda=agenda, nummer=2)
    BijeenkomstFactory(agenda=agenda, fase=fase, soort=BijeenkomstSoort.GEBIEDSDIALOOG, titel="Gebiedsdialoog Twente")
    BijeenkomstFactory(
        agenda=agenda, fase=fase, soort=BijeenkomstSoort.RISICOSESSIE, titel="Risicosessie opdrachtgevers"
    )
    BijeenkomstFactory(agenda=agenda, fase=fase, soort=BijeenkomstSoort.KERNTEAMOVERLEG, titel="Kernteamoverleg maart")
    return agenda


def test_een_versie_bevriest_geen_kernteambijeenkomst(client, agenda_met_kernteambijeenkomsten):
    agenda = agenda_met_kernteambijeenkomsten
    versie = _publiceren(agenda)
    titels = [b["titel"] for b in versie.snapshot["bijeenkomsten"]]
    assert titels == ["Gebiedsdialoog Twente"]
    _zichtbaar_voor_publiek(versie.snapshot, agenda)

    pagina = client.get(versie.get_absolute_url()).content.decode()
    opendata = client.get(reverse("publicatie:json", kwargs={"agenda": agenda.slug, "nummer": versie.nummer}))
    # The PDF's process appendix and the open data list the public bijeenkomsten; the page lists none.
    for tekst in (pdf_html(versie.snapshot), json.dumps(opendata.json(), ensure_ascii=False)):
        assert "Gebiedsdialoog Twente" in tekst
    for tekst in (pagina, pdf_html(versie.snapshot), json.dumps(opendata.json(), ensure_ascii=False)):
        assert "Risicosessie opdrachtgevers" not in tekst
        assert "Kernteamoverleg maart" not in tekst


def test_een_peiling_bij_een_kernteambijeenkomst_wordt_geweigerd(agenda_met_kernteambijeenkomsten):
    risicosessie = Bijeenkomst.objects.get(soort=BijeenkomstSoort.RISICOSESSIE)
    with pytest.raises(ValidationError) as fout:
        Peiling(bijeenkomst=risicosessie, titel="Welk risico weegt zwaarst?").full_clean()
    assert "bijeenkomst" in fout.value.error_dict
    assert "niet bij een risicosessie" in str(fout.value)


@pytest.fixture
def peiling_bij_risicosessie(agenda_met_kernteambijeenkomsten):
    """A peiling that slipped past Peiling.clean (an older row, or QuerySet.update()), open, with an answer."""
    risicosessie = Bijeenkomst.objects.get(soort=BijeenkomstSoort.RISICOSESSIE)
    peiling = PeilingFactory(bijeenkomst=risicosessie, titel="Geheime risicopeiling", status=PeilingStatus.OPEN)
    VraagFactory(peiling=peiling, tekst="Welk risico houdt u wakker?")
    return peiling


@pytest.mark.parametrize("rol", ["anoniem", "deelnemer"])
def test_een_peiling_bij_een_kernteambijeenkomst_blijft_van_de_fasepagina(
    client, peiling_bij_risicosessie, deelnemer_user, rol
):
    if rol == "deelnemer":
        client.force_login(deelnemer_user)
    fase = peiling_bij_risicosessie.bijeenkomst.fase
    agenda = fase.agenda
    pagina = client.get(reverse("leerspoor:fase", kwargs={"agenda": agenda.slug, "nummer": fase.nummer}))
    assert pagina.status_code == 200
    for tekst in (pagina.content.decode(), fase_pdf_html(fase_verslag(fase))):
        assert "Geheime risicopeiling" not in tekst
        assert "Welk risico houdt u wakker?" not in tekst
    overzicht = client.get(reverse("leerspoor:overzicht", kwargs={"agenda": agenda.slug})).content.decode()
    assert "Geheime risicopeiling" not in overzicht


def test_een_peiling_bij_een_kernteambijeenkomst_is_niet_te_beantwoorden(
    client, peiling_bij_risicosessie, deelnemer_user
):
    client.force_login(deelnemer_user)
    agenda = peiling_bij_risicosessie.bijeenkomst.agenda
    antwoordpagina = reverse(
        "leerspoor:peiling_beantwoorden", kwargs={"agenda": agenda.slug, "token": peiling_bij_risicosessie.token}
    )
    assert client.get(antwoordpagina).status_code == 404
    assert client.post(antwoordpagina, {}).status_code == 404
    assert client.get(reverse("peiling_kort", kwargs={"token": peiling_bij_risicosessie.token})).status_code == 404


def test_het_kernteam_ziet_de_peiling_in_zijn_eigen_lijst(client, peiling_bij_risicosessie, kernteam_user):
    client.force_login(kernteam_user)
    agenda = peiling_bij_risicosessie.bijeenkomst.agenda
    lijst = client.get(reverse("leerspoor:peilingen", kwargs={"agenda": agenda.slug})).content.decode()
    assert "Geheime risicopeiling" in lijst


# --- On the demo: the real content ---------------------------------------------------------------


@pytest.fixture
def demo():
    agenda = demo_laden()
    demo_versies.laden(agenda, io.StringIO())
    return agenda


def _publieke_paginas(agenda) -> list[str]:
    slug = agenda.slug
    paginas = [
        reverse("agenda:overzicht", kwargs={"agenda": slug}),
        reverse("agenda:perspectief", kwargs={"agenda": slug}),
        reverse("opgaven:lijst", kwargs={"agenda": slug}),
        reverse("tafels:lijst", kwargs={"agenda": slug}),
        reverse("leerspoor:overzicht", kwargs={"agenda": slug}),
        reverse("publicatie:lijst", kwargs={"agenda": slug}),
        reverse("publicatie:verschillen", kwargs={"agenda": slug}),
    ]
    paginas += [o.get_absolute_url() for o in Opgave.objects.filter(agenda=agenda).zichtbaar_voor(PUBLIEK)]
    paginas += [t.get_absolute_url() for t in Gesprekstafel.objects.filter(agenda=agenda).zichtbaar_voor(PUBLIEK)]
    paginas += [reverse("leerspoor:fase", kwargs={"agenda": slug, "nummer": f.nummer}) for f in agenda.fases.all()]
    for versie in agenda.versies.gepubliceerd():
        paginas += [
            versie.get_absolute_url(),
            reverse("publicatie:nota", kwargs={"agenda": slug, "nummer": versie.nummer}),
            reverse("publicatie:json", kwargs={"agenda": slug, "nummer": versie.nummer}),
            reverse("publicatie:csv", kwargs={"agenda": slug, "nummer": versie.nummer}),
        ]
    return paginas


def test_demo_versies_houden_alleen_wat_het_publiek_ziet(demo):
    versies = list(demo.versies.gepubliceerd())
    assert len(versies) == 2
    for versie in versies:
        _zichtbaar_voor_publiek(versie.snapshot, demo)
        assert "Risicosessie ‘opdrachtgevers’" not in json.dumps(versie.snapshot, ensure_ascii=False)
    _zichtbaar_voor_publiek(_publiceren(demo).snapshot, demo)


def test_demo_publieke_paginas_tonen_niets_van_het_kernteam(client, demo):
    """Every public page of the demo, as an anonymous visitor: nothing that only the kernteam may see."""
    kernteambijeenkomsten = Bijeenkomst.objects.filter(agenda=demo, soort__in=KERNTEAM_SOORTEN)
    # The seed's own Onderdelen aanpak table (public) names the risicosessie as an activity of the
    # leerspoor; that the session took place is public, its verslag and risks are not.
    aanpak = " ".join(Activiteit.objects.filter(fase__agenda=demo).values_list("omschrijving", flat=True))
    verborgen = [
        *(titel for titel in kernteambijeenkomsten.values_list("titel", flat=True) if titel not in aanpak),
        *(verslag[:80] for verslag in kernteambijeenkomsten.exclude(verslag="").values_list("verslag", flat=True)),
        *Risico.objects.filter(agenda=demo).values_list("titel", flat=True),
        *Peiling.objects.exclude(pk__in=Peiling.objects.zichtbaar_voor(PUBLIEK)).values_list("titel", flat=True),
        *Opgave.objects.filter(agenda=demo).exclude(gepubliceerd=True).values_list("titel", flat=True),
        *Deelnemer.objects.exclude(email="").values_list("email", flat=True),
    ]
    assert len(verborgen) > 200  # the demo's kernteam meetings, risks and e-mail addresses
    paginas = _publieke_paginas(demo)
    assert len(paginas) > 30
    for url in paginas:
        antwoord = client.get(url)
        assert antwoord.status_code == 200, url
        inhoud = antwoord.content.decode()
        gelekt = [tekst for tekst in verborgen if tekst in inhoud]
        assert not gelekt, f"{url} toont {gelekt[:3]}"
