import factory

from leerspoor.models import Antwoord, Citaat, Leerervaring, Peiling, Risico, RisicoBespreking, Vraag, VraagSoort
from tests.agenda.factories import AgendaFactory, FaseFactory
from tests.tafels.factories import BijeenkomstFactory


class LeerervaringFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Leerervaring

    fase = factory.SubFactory(FaseFactory)
    tekst = factory.Sequence(lambda n: f"Leerervaring {n}")


class CitaatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citaat

    fase = factory.SubFactory(FaseFactory)
    tekst = "Vergeet maatschappelijke organisaties niet!"
    toeschrijving = "deelnemer gesprekstafel Twente"
    toestemming = True


class RisicoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Risico

    agenda = factory.SubFactory(AgendaFactory)
    titel = factory.Sequence(lambda n: f"Risico {n}")
    kans = 3
    impact = 4


class RisicoBesprekingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RisicoBespreking

    risico = factory.SubFactory(RisicoFactory)
    bijeenkomst = factory.SubFactory(BijeenkomstFactory, agenda=factory.SelfAttribute("..risico.agenda"))
    kans = 2
    impact = 3


class PeilingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Peiling

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    titel = factory.Sequence(lambda n: f"Peiling {n}")


class VraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vraag

    peiling = factory.SubFactory(PeilingFactory)
    tekst = "Hoe bekend bent u met de concept Omgevingsagenda?"
    soort = VraagSoort.SCHAAL
    keuzes = "onbekend\nweinig bekend\nenigszins bekend\nbekend\nzeer bekend"


class AntwoordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Antwoord

    vraag = factory.SubFactory(VraagFactory)
    respondent = factory.Sequence(lambda n: f"respondent-{n}")
    waarde = "3"
