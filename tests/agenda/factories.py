import factory

from agenda.models import (
    Activiteit,
    Agenda,
    Fase,
    Landsdeel,
    PerspectiefOnderdeel,
    PerspectiefSoort,
    Trend,
    TrendSoort,
    Uitwerkingslijn,
)


class AgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agenda

    naam = factory.Sequence(lambda n: f"Omgevingsagenda {n}")
    slug = factory.Sequence(lambda n: f"agenda-{n}")
    landsdeel = Landsdeel.OOST
    inleiding = "Een *gezamenlijke* agenda van Rijk en regio."
    gepubliceerd = True


class FaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Fase

    agenda = factory.SubFactory(AgendaFactory)
    nummer = factory.Sequence(lambda n: n + 1)
    naam = "Alliantievorming en agenda-ontwikkeling"


class UitwerkingslijnFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Uitwerkingslijn

    agenda = factory.SubFactory(AgendaFactory)
    naam = factory.Sequence(lambda n: f"Lijn {n}")


class ActiviteitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activiteit

    fase = factory.SubFactory(FaseFactory)
    lijn = factory.SubFactory(UitwerkingslijnFactory, agenda=factory.SelfAttribute("..fase.agenda"))
    omschrijving = "Gesprekstafels rondom de opgaven"


class PerspectiefOnderdeelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PerspectiefOnderdeel

    agenda = factory.SubFactory(AgendaFactory)
    soort = PerspectiefSoort.POSITIE
    titel = "Positie en kwaliteiten"
    tekst = "Oost-Nederland is een landsdeel met grote kwaliteiten."


class TrendFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Trend

    agenda = factory.SubFactory(AgendaFactory)
    naam = factory.Sequence(lambda n: f"Trend {n}")
    soort = TrendSoort.TRANSITIE
