import datetime

import factory

from opgaven.models import Schaalniveau
from tafels.models import Aanmelding, Bijeenkomst, BijeenkomstSoort, Deelname, Gesprekstafel, KalenderFeed
from tests.agenda.factories import AgendaFactory
from tests.deelnemers.factories import DeelnemerFactory


class GesprekstafelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gesprekstafel

    agenda = factory.SubFactory(AgendaFactory)
    titel = factory.Sequence(lambda n: f"Gesprekstafel {n}")
    slug = factory.Sequence(lambda n: f"tafel-{n}")
    schaalniveau = Schaalniveau.REGIO
    gespreksnotitie = "Vooraf opgestelde notitie."
    opbrengst = "De opbrengst van de tafel."
    gepubliceerd = True


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bijeenkomst

    agenda = factory.SubFactory(AgendaFactory)
    soort = BijeenkomstSoort.GESPREKSTAFEL
    titel = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    datum = datetime.date(2018, 11, 1)
    locatie = "Zwolle"


class DeelnameFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deelname

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    deelnemer = factory.SubFactory(DeelnemerFactory)


class AanmeldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Aanmelding

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    deelnemer = factory.SubFactory(DeelnemerFactory)


class KalenderFeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KalenderFeed

    deelnemer = factory.SubFactory(DeelnemerFactory)
