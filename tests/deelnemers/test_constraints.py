import pytest
from django.db import IntegrityError, transaction

from deelnemers.models import Bestuurslaag, Deelnemer, Organisatie, OrganisatieSoort

pytestmark = pytest.mark.django_db


def weigert(queryset, **waarden):
    """The database itself refuses the values (an update() bypasses forms and full_clean)."""
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**waarden)


def test_organisatie_soort_buiten_de_keuzes_wordt_geweigerd(organisatie_factory):
    org = organisatie_factory()
    weigert(Organisatie.objects.filter(pk=org.pk), soort="sekte")


def test_organisatienaam_is_uniek(organisatie_factory):
    organisatie_factory(naam="Gemeente Zwolle")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisatie.objects.create(naam="Gemeente Zwolle", soort=OrganisatieSoort.GEMEENTE)


def test_deelnemer_profiel_buiten_de_keuzes_wordt_geweigerd(deelnemer_factory):
    deelnemer = deelnemer_factory()
    weigert(Deelnemer.objects.filter(pk=deelnemer.pk), profiel="manager")


@pytest.mark.parametrize(
    ("soort", "laag"),
    [
        (OrganisatieSoort.MINISTERIE, Bestuurslaag.RIJK),
        (OrganisatieSoort.RIJKSDIENST, Bestuurslaag.RIJK),
        (OrganisatieSoort.PROVINCIE, Bestuurslaag.REGIO),
        (OrganisatieSoort.GEMEENTE, Bestuurslaag.REGIO),
        (OrganisatieSoort.REGIO, Bestuurslaag.REGIO),
        (OrganisatieSoort.WATERSCHAP, Bestuurslaag.REGIO),
        (OrganisatieSoort.KENNISINSTELLING, Bestuurslaag.OVERIG),
        (OrganisatieSoort.BEDRIJFSLEVEN, Bestuurslaag.OVERIG),
        (OrganisatieSoort.MAATSCHAPPELIJK, Bestuurslaag.OVERIG),
        (OrganisatieSoort.ADVIESBUREAU, Bestuurslaag.OVERIG),
    ],
)
def test_bestuurslaag_volgt_uit_de_soort(soort, laag):
    assert Organisatie(naam="x", soort=soort).bestuurslaag == laag


def test_publieke_naam_alleen_met_toestemming(deelnemer_factory):
    met = deelnemer_factory(naam="Anna de Vries", naam_publiek=True)
    zonder = deelnemer_factory(naam="Bram Jansen", naam_publiek=False)
    assert met.publieke_naam == "Anna de Vries"
    assert "Bram" not in str(zonder.publieke_naam)
    assert zonder.organisatie.naam in str(zonder.publieke_naam)
