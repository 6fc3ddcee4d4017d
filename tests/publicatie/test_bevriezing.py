"""A published version never changes: not via a form, the admin, save(), update() or raw SQL."""

import pytest
from django import forms
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from publicatie.models import Versie, VersieBevrorenError, VersieStatus
from publicatie.services import versie_aanmaken, versie_publiceren

pytestmark = pytest.mark.django_db


@pytest.fixture
def gepubliceerd(agenda_met_inhoud):
    versie = versie_aanmaken(agenda=agenda_met_inhoud, label="Eerste concept")
    return versie_publiceren(versie=versie, pdf_maken=False)


def test_publiceren_legt_momentopname_en_datum_vast(gepubliceerd):
    gepubliceerd.refresh_from_db()
    assert gepubliceerd.status == VersieStatus.GEPUBLICEERD
    assert gepubliceerd.gepubliceerd_op is not None
    assert gepubliceerd.snapshot["versie"]["label"] == "Eerste concept"
    assert [o["titel"] for o in gepubliceerd.snapshot["opgaven"]][0] == "Klimaatbestendige Groeiregio Zwolle"


def test_nogmaals_publiceren_wordt_geweigerd(gepubliceerd):
    with pytest.raises(VersieBevrorenError):
        versie_publiceren(versie=gepubliceerd, pdf_maken=False)


def test_save_weigert_wijziging(gepubliceerd):
    gepubliceerd.label = "Stiekem anders"
    with pytest.raises(VersieBevrorenError):
        gepubliceerd.save()
    assert Versie.objects.get(pk=gepubliceerd.pk).label == "Eerste concept"


def test_save_weigert_ook_met_update_fields(gepubliceerd):
    gepubliceerd.snapshot = {"vervalst": True}
    with pytest.raises(VersieBevrorenError):
        gepubliceerd.save(update_fields=["snapshot"])


def test_save_staat_beheervelden_toe(gepubliceerd):
    gepubliceerd.open_voor_reacties = True
    gepubliceerd.save()
    assert Versie.objects.get(pk=gepubliceerd.pk).open_voor_reacties is True


def test_queryset_update_weigert(gepubliceerd):
    with pytest.raises(VersieBevrorenError):
        Versie.objects.filter(pk=gepubliceerd.pk).update(label="Via update")
    with pytest.raises(VersieBevrorenError):
        Versie.objects.filter(pk=gepubliceerd.pk).update(status=VersieStatus.CONCEPT)
    assert Versie.objects.get(pk=gepubliceerd.pk).label == "Eerste concept"


def test_bulk_update_weigert(gepubliceerd):
    gepubliceerd.toelichting = "Via bulk_update"
    with pytest.raises(VersieBevrorenError):
        Versie.objects.bulk_update([gepubliceerd], ["toelichting"])


def test_queryset_update_op_concept_mag(agenda_met_inhoud, gepubliceerd):
    concept = versie_aanmaken(agenda=agenda_met_inhoud, label="Tweede")
    assert Versie.objects.filter(status=VersieStatus.CONCEPT).update(label="Tweede concept") == 1
    concept.refresh_from_db()
    assert concept.label == "Tweede concept"


def test_verwijderen_weigert(gepubliceerd):
    with pytest.raises(VersieBevrorenError):
        gepubliceerd.delete()
    with pytest.raises(VersieBevrorenError):
        Versie.objects.filter(pk=gepubliceerd.pk).delete()
    assert Versie.objects.filter(pk=gepubliceerd.pk).exists()


def test_databasetrigger_weigert_ruwe_sql(gepubliceerd):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE publicatie_versie SET label = %s WHERE id = %s", ["Ruw", gepubliceerd.pk])
    assert Versie.objects.get(pk=gepubliceerd.pk).label == "Eerste concept"


def test_databasetrigger_laat_beheerveld_door(gepubliceerd):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE publicatie_versie SET open_voor_reacties = %s WHERE id = %s", [True, gepubliceerd.pk])
    assert Versie.objects.get(pk=gepubliceerd.pk).open_voor_reacties is True


class VersieForm(forms.ModelForm):
    class Meta:
        model = Versie
        fields = ["label", "toelichting", "open_voor_reacties"]


def test_formulier_weigert_wijziging(gepubliceerd):
    form = VersieForm(
        data={"label": "Via formulier", "toelichting": "", "open_voor_reacties": ""}, instance=gepubliceerd
    )
    assert not form.is_valid()
    assert "vast" in str(form.errors)
    assert Versie.objects.get(pk=gepubliceerd.pk).label == "Eerste concept"


def test_admin_toont_gepubliceerde_versie_alleen_lezen(client, kernteam_user, gepubliceerd):
    client.force_login(kernteam_user)
    url = reverse("admin:publicatie_versie_change", args=[gepubliceerd.pk])
    pagina = client.get(url)
    assert pagina.status_code == 200
    assert 'name="label"' not in pagina.content.decode()
    assert 'name="open_voor_reacties"' in pagina.content.decode()
    client.post(url, {"label": "Via admin", "toelichting": "gewijzigd", "open_voor_reacties": "on"})
    gepubliceerd.refresh_from_db()
    assert gepubliceerd.label == "Eerste concept"
    assert gepubliceerd.toelichting == ""
    assert gepubliceerd.open_voor_reacties is True


def test_admin_kan_gepubliceerde_versie_niet_verwijderen(client, kernteam_user, gepubliceerd):
    client.force_login(kernteam_user)
    antwoord = client.post(reverse("admin:publicatie_versie_delete", args=[gepubliceerd.pk]), {"post": "yes"})
    assert antwoord.status_code == 403
    assert Versie.objects.filter(pk=gepubliceerd.pk).exists()


def test_admin_publiceren_via_bevestiging(client, kernteam_user, agenda_met_inhoud, settings):
    concept = versie_aanmaken(agenda=agenda_met_inhoud, label="Concept na Synthesebijeenkomst")
    client.force_login(kernteam_user)
    actie = client.post(
        reverse("admin:publicatie_versie_changelist"),
        {"action": "publiceren", "_selected_action": [concept.pk]},
    )
    bevestig_url = reverse("admin:publicatie_versie_publiceren", args=[concept.pk])
    assert actie.status_code == 302 and actie["Location"] == bevestig_url
    bevestiging = client.get(bevestig_url)
    assert bevestiging.status_code == 200
    inhoud = bevestiging.content.decode()
    assert "Klimaatbestendige Groeiregio Zwolle" in inhoud and "Ja, publiceer versie" in inhoud
    concept.refresh_from_db()
    assert concept.status == VersieStatus.CONCEPT  # looking does not publish
    client.post(bevestig_url)
    concept.refresh_from_db()
    assert concept.status == VersieStatus.GEPUBLICEERD
    assert concept.pdf  # rendered and stored at publication


def test_publiceren_alleen_door_kernteam(client, deelnemer_user, agenda_met_inhoud):
    concept = versie_aanmaken(agenda=agenda_met_inhoud, label="Concept")
    deelnemer_user.is_staff = True
    deelnemer_user.save()
    client.force_login(deelnemer_user)
    client.post(reverse("admin:publicatie_versie_publiceren", args=[concept.pk]))
    concept.refresh_from_db()
    assert concept.status == VersieStatus.CONCEPT


def test_pdf_mag_eenmalig_gezet_worden_niet_vervangen(gepubliceerd):
    # Empty → set: the rendering after publishing.
    gepubliceerd.pdf.name = "versies/oost-versie-1.pdf"
    gepubliceerd.save(update_fields=["pdf"])
    assert Versie.objects.get(pk=gepubliceerd.pk).pdf.name == "versies/oost-versie-1.pdf"
    # Saving the same file again (a re-rendering under its own name) is no change.
    gepubliceerd.save(update_fields=["pdf"])
    gepubliceerd.save()
    # Set → another file: refused, with and without update_fields.
    gepubliceerd.pdf.name = "versies/vervalst.pdf"
    with pytest.raises(VersieBevrorenError):
        gepubliceerd.save(update_fields=["pdf"])
    with pytest.raises(VersieBevrorenError):
        gepubliceerd.save()
    assert Versie.objects.get(pk=gepubliceerd.pk).pdf.name == "versies/oost-versie-1.pdf"


def test_pdf_vervangen_via_update_geweigerd(gepubliceerd):
    Versie.objects.filter(pk=gepubliceerd.pk).update(pdf="versies/oost-versie-1.pdf")  # empty → set
    with pytest.raises(VersieBevrorenError):
        Versie.objects.filter(pk=gepubliceerd.pk).update(pdf="versies/vervalst.pdf")
    with pytest.raises(VersieBevrorenError):
        Versie.objects.filter(pk=gepubliceerd.pk).update(pdf="")
    Versie.objects.filter(pk=gepubliceerd.pk).update(pdf="versies/oost-versie-1.pdf")  # unchanged
    assert Versie.objects.get(pk=gepubliceerd.pk).pdf.name == "versies/oost-versie-1.pdf"


def test_databasetrigger_weigert_andere_pdf(gepubliceerd):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE publicatie_versie SET pdf = %s WHERE id = %s", ["versies/a.pdf", gepubliceerd.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE publicatie_versie SET pdf = %s WHERE id = %s", ["versies/b.pdf", gepubliceerd.pk])
    assert Versie.objects.get(pk=gepubliceerd.pk).pdf.name == "versies/a.pdf"


def test_concept_pdf_vrij(agenda_met_inhoud):
    concept = versie_aanmaken(agenda=agenda_met_inhoud, label="Concept")
    Versie.objects.filter(pk=concept.pk).update(pdf="versies/a.pdf")
    Versie.objects.filter(pk=concept.pk).update(pdf="versies/b.pdf")
    assert Versie.objects.get(pk=concept.pk).pdf.name == "versies/b.pdf"
