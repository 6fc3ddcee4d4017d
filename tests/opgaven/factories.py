import factory

from opgaven.models import Actie, ActieSoort, Duo, Opgave, OpgaveStatus, Schaalniveau
from tests.agenda.factories import AgendaFactory
from tests.deelnemers.factories import DeelnemerFactory, OrganisatieFactory, RijkOrganisatieFactory


class OpgaveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opgave

    agenda = factory.SubFactory(AgendaFactory)
    titel = factory.Sequence(lambda n: f"Opgave {n}")
    slug = factory.Sequence(lambda n: f"opgave-{n}")
    schaalniveau = Schaalniveau.REGIO
    gebied = "Regio Zwolle"
    status = OpgaveStatus.OMGEVINGSOPGAVE
    volgnummer = factory.Sequence(lambda n: n + 1)
    samenvatting = "Een samenvatting."
    kern = "De kern van de gezamenlijke opgave."
    gepubliceerd = True


class ActieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actie

    opgave = factory.SubFactory(OpgaveFactory)
    soort = ActieSoort.NIEUW
    omschrijving = factory.Sequence(lambda n: f"Actie {n}")
    trekker = factory.SubFactory(OrganisatieFactory)
    vervolgtafel = "BO-MIRT"


class DuoFactory(factory.django.DjangoModelFactory):
    """A valid duo: one member from the Rijk, one from the regio."""

    class Meta:
        model = Duo
        skip_postgeneration_save = True

    opgave = factory.SubFactory(OpgaveFactory)

    @factory.post_generation
    def leden(obj, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = [
                DeelnemerFactory(organisatie=RijkOrganisatieFactory()),
                DeelnemerFactory(organisatie=OrganisatieFactory()),
            ]
        obj.leden.set(extracted)
