import factory

from publicatie.models import Reactie, Versie
from tests.agenda.factories import AgendaFactory
from tests.deelnemers.factories import DeelnemerFactory


class VersieFactory(factory.django.DjangoModelFactory):
    """A concept version; publishing goes through publicatie.services."""

    class Meta:
        model = Versie

    agenda = factory.SubFactory(AgendaFactory)
    nummer = factory.Sequence(lambda n: n + 1)
    label = factory.Sequence(lambda n: f"Concept {n}")


class ReactieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reactie

    versie = factory.SubFactory(VersieFactory)
    indiener = factory.SubFactory(DeelnemerFactory)
    organisatie = factory.SelfAttribute("indiener.organisatie")
    tekst = "Neem ook de burgerkracht mee."
