import pytest


@pytest.mark.django_db
def test_factories_maken_geldige_objecten(duo_factory, versie_factory, risico_bespreking_factory, antwoord_factory):
    duo = duo_factory()
    assert duo.leden.count() == 2
    versie_factory()
    risico_bespreking_factory()
    antwoord_factory()
