import csv
import io

import pytest
from django.urls import reverse

from deelnemers.models import OrganisatieSoort, Profiel
from leerspoor.queries import betrokkenheid
from tafels.models import BijeenkomstSoort

pytestmark = pytest.mark.django_db


@pytest.fixture
def opzet(
    agenda_factory, organisatie_factory, deelnemer_factory, gesprekstafel_factory, bijeenkomst_factory, deelname_factory
):
    """A constructed set whose counts are known by hand.

    Tafel Twente: 2 bijeenkomsten; a ministerie generalist (at both: counts once), a gemeente
    specialist, a bedrijfsleven specialist, a maatschappelijke generalist -> 4 people, no flags.
    Tafel Landelijk gebied: a provincie generalist and a waterschap generalist -> no
    maatschappelijk, no bedrijfsleven, 100% generalist.
    Tafel Leeg: nobody. Synthese: the ministerie person, the provincie person and a
    kennisinstelling specialist who was nowhere else. Another agenda's meeting with the
    gemeente person and a stranger must not count.
    """
    agenda = agenda_factory(slug="oost")
    org = {soort: organisatie_factory(soort=soort) for soort in OrganisatieSoort.values}

    def persoon(soort, profiel):
        return deelnemer_factory(organisatie=org[soort], profiel=profiel)

    rijk = persoon(OrganisatieSoort.MINISTERIE, Profiel.GENERALIST)
    gemeente = persoon(OrganisatieSoort.GEMEENTE, Profiel.SPECIALIST)
    bedrijf = persoon(OrganisatieSoort.BEDRIJFSLEVEN, Profiel.SPECIALIST)
    maatschappelijk = persoon(OrganisatieSoort.MAATSCHAPPELIJK, Profiel.GENERALIST)
    provincie = persoon(OrganisatieSoort.PROVINCIE, Profiel.GENERALIST)
    waterschap = persoon(OrganisatieSoort.WATERSCHAP, Profiel.GENERALIST)
    kennis = persoon(OrganisatieSoort.KENNISINSTELLING, Profiel.SPECIALIST)

    twente = gesprekstafel_factory(agenda=agenda, titel="Twente", volgorde=1)
    landelijk = gesprekstafel_factory(agenda=agenda, titel="Landelijk gebied", volgorde=2)
    gesprekstafel_factory(agenda=agenda, titel="Leeg", volgorde=3)

    def bijeenkomst(soort=BijeenkomstSoort.GESPREKSTAFEL, tafel=None, ag=agenda):
        return bijeenkomst_factory(agenda=ag, soort=soort, gesprekstafel=tafel)

    for b, personen in [
        (bijeenkomst(tafel=twente), [rijk, gemeente, bedrijf]),
        (bijeenkomst(tafel=twente), [rijk, maatschappelijk]),
        (bijeenkomst(tafel=landelijk), [provincie, waterschap]),
        (bijeenkomst(BijeenkomstSoort.SYNTHESEBIJEENKOMST), [rijk, provincie, kennis]),
        (bijeenkomst(ag=agenda_factory()), [gemeente, deelnemer_factory()]),
    ]:
        for p in personen:
            deelname_factory(bijeenkomst=b, deelnemer=p)
    return agenda


def test_telt_verschillende_personen_per_uitsplitsing(opzet):
    b = betrokkenheid(opzet)
    assert b.totaal.totaal == 7
    assert {w: n for w, _l, n in b.totaal.per_bestuurslaag} == {"rijk": 1, "regio": 3, "overig": 3}
    per_soort = {w: n for w, _l, n in b.totaal.per_soort}
    assert per_soort["ministerie"] == 1 and per_soort["gemeente"] == 1 and per_soort["kennisinstelling"] == 1
    assert per_soort["rijksdienst"] == 0
    assert sum(per_soort.values()) == 7
    assert {w: n for w, _l, n in b.totaal.per_profiel} == {"generalist": 4, "specialist": 3}


def test_synthese_en_bijeenkomstsoorten(opzet):
    b = betrokkenheid(opzet)
    assert b.synthese.totaal == 3
    assert {w: n for w, _l, n in b.synthese.per_bestuurslaag} == {"rijk": 1, "regio": 1, "overig": 1}
    per_soort = {w: n for w, _l, n in b.per_bijeenkomstsoort}
    assert per_soort["gesprekstafel"] == 6 and per_soort["synthesebijeenkomst"] == 3
    assert per_soort["kernteamoverleg"] == 0


def test_matrix_en_signalen_per_tafel(opzet):
    tafels = {t.tafel.titel: t for t in betrokkenheid(opzet).tafels}
    assert list(tafels) == ["Twente", "Landelijk gebied", "Leeg"]
    twente = tafels["Twente"].uitsplitsing
    assert twente.totaal == 4
    assert {w: n for w, _l, n in twente.per_bestuurslaag} == {"rijk": 1, "regio": 1, "overig": 2}
    assert tafels["Twente"].signalen == []
    landelijk = tafels["Landelijk gebied"]
    assert landelijk.uitsplitsing.totaal == 2
    assert landelijk.signalen == [
        "geen maatschappelijke organisatie",
        "geen private partij (bedrijfsleven)",
        "scheve balans generalist/specialist (meer dan 75% één profiel)",
    ]
    assert tafels["Leeg"].signalen == ["geen deelnames geregistreerd"]


def test_balans_precies_op_de_grens_is_niet_scheef(opzet, deelnemer_factory, organisatie_factory, deelname_factory):
    # Twente has 2 generalists and 2 specialists; four more generalists make 6 of 8 (75%): not more
    # than the threshold, so not skewed; a fifth makes 7 of 9 (78%): skewed.
    from tafels.models import Bijeenkomst

    b = Bijeenkomst.objects.filter(gesprekstafel__titel="Twente").first()
    for _ in range(4):
        deelname_factory(bijeenkomst=b, deelnemer=deelnemer_factory(profiel=Profiel.GENERALIST))
    assert next(t for t in betrokkenheid(opzet).tafels if t.tafel.titel == "Twente").signalen == []
    deelname_factory(bijeenkomst=b, deelnemer=deelnemer_factory(profiel=Profiel.GENERALIST))
    signalen = next(t for t in betrokkenheid(opzet).tafels if t.tafel.titel == "Twente").signalen
    assert any("scheve balans" in s for s in signalen)


def test_pagina_toont_totaal_en_signalen(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    antwoord = client.get(reverse("leerspoor:betrokkenheid", kwargs={"agenda": "oost"}))
    html = antwoord.content.decode()
    assert "<strong>7</strong> personen betrokken" in html
    assert "3 personen namen deel aan de synthesebijeenkomst" in html
    assert "Landelijk gebied</span>: geen maatschappelijke organisatie" in html
    assert "@voorbeeld.nl" not in html and "06-12345678" not in html


def test_csv_export(client, kernteam_user, opzet):
    client.force_login(kernteam_user)
    antwoord = client.get(reverse("leerspoor:betrokkenheid_csv", kwargs={"agenda": "oost"}))
    assert antwoord["Content-Type"].startswith("text/csv")
    rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))
    kop = rijen[0]
    assert kop[:5] == ["groep", "totaal personen", "Rijk", "Regio", "Overig"]
    per_groep = {rij[0]: dict(zip(kop, rij, strict=True)) for rij in rijen[1:]}
    assert per_groep["Gesprekstafel: Twente"]["totaal personen"] == "4"
    assert per_groep["Gesprekstafel: Landelijk gebied"]["signalen"].startswith("geen maatschappelijke organisatie")
    assert per_groep["Synthesebijeenkomst"]["totaal personen"] == "3"
    assert per_groep["Totaal agenda"]["totaal personen"] == "7"
    assert per_groep["Totaal agenda"]["generalist/strateeg"] == "4"
