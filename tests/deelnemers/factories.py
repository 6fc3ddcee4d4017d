import factory
from django.apps import apps
from django.contrib.auth.models import Group, User

from deelnemers.models import Deelnemer, MailVoorkeur, MeldingSoort, Organisatie, OrganisatieSoort, VerzondenMelding
from deelnemers.permissions import KERNTEAM_GROEP
from omgevingsagenda.kernteam import kernteam_groep_bijwerken


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    password = factory.django.Password("wachtwoord")


class KernteamUserFactory(UserFactory):
    class Meta:
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"kernteam{n}")

    @factory.post_generation
    def kernteam(obj, create, extracted, **kwargs):
        if create:
            # A transactional test (browser tests) flushes the group the data migration made.
            if not Group.objects.filter(name=KERNTEAM_GROEP).exists():
                kernteam_groep_bijwerken(apps)
            obj.groups.add(Group.objects.get(name=KERNTEAM_GROEP))


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Sequence(lambda n: f"Organisatie {n}")
    soort = OrganisatieSoort.GEMEENTE


class RijkOrganisatieFactory(OrganisatieFactory):
    naam = factory.Sequence(lambda n: f"Ministerie {n}")
    soort = OrganisatieSoort.MINISTERIE


class DeelnemerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deelnemer

    naam = factory.Sequence(lambda n: f"Deelnemer {n}")
    organisatie = factory.SubFactory(OrganisatieFactory)
    functie = "beleidsadviseur"
    email = factory.Sequence(lambda n: f"deelnemer{n}@voorbeeld.nl")
    telefoon = "06-12345678"
    naam_publiek = True


class MailVoorkeurFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MailVoorkeur

    deelnemer = factory.SubFactory(DeelnemerFactory)


class VerzondenMeldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VerzondenMelding

    gebeurtenis = factory.Sequence(lambda n: f"gebeurtenis:{n}")
    deelnemer = factory.SubFactory(DeelnemerFactory)
    soort = MeldingSoort.PEILING
    onderwerp = "Een peiling staat open"
