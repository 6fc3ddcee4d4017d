"""The factories other tests build on make objects that pass the models' own validation."""

import pytest

from opgaven.models import duo_leden_valideren

pytestmark = pytest.mark.django_db


def test_factories_maken_geldige_objecten(duo_factory, versie_factory, risico_bespreking_factory, antwoord_factory):
    duo = duo_factory()
    leden = list(duo.leden.select_related("organisatie"))
    assert len(leden) == 2
    duo_leden_valideren(leden)  # one from the Rijk, one from the regio
    for obj in (duo.opgave, versie_factory(), risico_bespreking_factory(), antwoord_factory()):
        obj.full_clean()
        assert obj.pk is not None
