"""Writes of the publicatie app: new concept versions, publishing, the stored PDF, and reacties."""

import datetime
import uuid

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda.models import Agenda
from deelnemers.models import Deelnemer
from opgaven.models import Opgave
from publicatie.meldingen import reactie_afgehandeld_melden, versie_open_melden
from publicatie.models import Reactie, Versie, VersieBevrorenError, VersieStatus
from publicatie.snapshot import momentopname_maken
from publicatie.tasks import versie_pdf_maken_inplannen


def versie_aanmaken(*, agenda: Agenda, label: str, toelichting: str = "", open_voor_reacties: bool = False) -> Versie:
    """A new concept version with the next number of its agenda."""
    with transaction.atomic():
        # Lock the agenda so two kernteam members cannot take the same number.
        Agenda.objects.select_for_update().filter(pk=agenda.pk).exists()
        hoogste = Versie.objects.filter(agenda=agenda).aggregate(m=Max("nummer"))["m"] or 0
        versie = Versie(
            agenda=agenda,
            nummer=hoogste + 1,
            label=label,
            toelichting=toelichting,
            open_voor_reacties=open_voor_reacties,
        )
        versie.full_clean()
        versie.save()
        versie_open_melden(versie)
    return versie


def momentopname_van_versie(versie: Versie) -> dict:
    """The snapshot a page shows: the frozen one, or for a concept the live agenda now."""
    if versie.is_gepubliceerd:
        return versie.snapshot
    return momentopname_maken(versie.agenda, versie=versie)


def versie_publiceren(
    *, versie: Versie, gepubliceerd_op: datetime.datetime | None = None, pdf_maken: bool = True
) -> Versie:
    """Freeze the agenda as it stands into `versie`, then queue the rendering of its PDF."""
    with transaction.atomic():
        versie = Versie.objects.select_for_update().select_related("agenda").get(pk=versie.pk)
        if versie.is_gepubliceerd:
            raise VersieBevrorenError(_("Deze versie is al gepubliceerd."))
        versie.status = VersieStatus.GEPUBLICEERD
        versie.gepubliceerd_op = gepubliceerd_op or timezone.now()
        peildatum = timezone.localdate(versie.gepubliceerd_op)
        versie.snapshot = momentopname_maken(versie.agenda, versie=versie, peildatum=peildatum)
        versie.full_clean()
        versie.save()
    # Rendering takes seconds (11 s for a large agenda): the task worker does it, so
    # publishing returns at once. A concurrent outer transaction only delays it: the task
    # retries until it sees the version published.
    if pdf_maken:
        versie_pdf_maken_inplannen(versie_id=versie.pk)
    return versie


def versie_pdf_opslaan(*, versie: Versie) -> Versie:
    """Render the PDF of a published version from its snapshot and store it (once).

    Runs in the task worker (publicatie/tasks.py). Two workers may render the same version
    at once; the row lock around storing lets the first one win and the second one keep
    what is stored, so the `pdf` column goes from empty to a file exactly once.
    """
    from publicatie.pdf import pdf_maken

    if not versie.is_gepubliceerd:
        raise ValueError("Alleen een gepubliceerde versie krijgt een opgeslagen PDF.")
    if versie.pdf and versie.pdf.storage.exists(versie.pdf.name):
        return versie
    # Not rendered yet, or the file went missing from storage (a restored database, a
    # cleaned media directory): the snapshot is the record, so render it again.
    inhoud = pdf_maken(versie.snapshot)
    with transaction.atomic():
        versie = Versie.objects.select_for_update().select_related("agenda").get(pk=versie.pk)
        if versie.pdf and versie.pdf.storage.exists(versie.pdf.name):
            return versie
        if versie.pdf:
            # The column is frozen once set: write the file back under its stored name.
            versie.pdf.storage.delete(versie.pdf.name)
            versie.pdf.storage.save(versie.pdf.name, ContentFile(inhoud))
            return versie
        naam = f"{versie.agenda.slug}-versie-{versie.nummer}.pdf"
        versie.pdf.save(naam, ContentFile(inhoud), save=False)
        versie.save(update_fields=["pdf"])
    return versie


def versie_pdf_inplannen(*, versie: Versie) -> None:
    """Ask the worker for a published version's missing PDF (a restored database, a failed render).

    Many readers may ask at once; one request per version a minute reaches the queue.
    """
    if cache.add(f"publicatie:pdf-inplannen:{versie.pk}", 1, timeout=60):
        versie_pdf_maken_inplannen(versie_id=versie.pk)


def reactie_indienen(
    *, versie: Versie, indiener: Deelnemer, tekst: str, opgave: Opgave | None = None, sleutel: uuid.UUID
) -> tuple[Reactie, bool]:
    """Store a deelnemer's reactie on `versie`; (reactie, True) when new.

    `sleutel` comes with the form: a second POST with the same key (a double click, a
    reload) returns the reactie of the first as (reactie, False). The unique constraint on
    the key decides, so two requests at the same moment still make one row.
    """
    if (bestaand := Reactie.objects.filter(indieningssleutel=sleutel).first()) is not None:
        return bestaand, False
    if not versie.open_voor_reacties:
        raise ValidationError(_("Deze versie staat niet (meer) open voor reacties."), code="gesloten")
    reactie = Reactie(
        versie=versie,
        opgave=opgave,
        indiener=indiener,
        organisatie_id=indiener.organisatie_id,
        tekst=tekst,
        indieningssleutel=sleutel,
    )
    # The key's uniqueness is left to the database: a check here could pass in two requests at once.
    reactie.full_clean(exclude=["indieningssleutel"])
    try:
        with transaction.atomic():
            reactie.save()
    except IntegrityError:
        bestaand = Reactie.objects.filter(indieningssleutel=sleutel).first()
        if bestaand is None:
            raise
        return bestaand, False
    return reactie, True


class ReactieGewijzigdError(Exception):
    """Someone else changed the reactie after the form was loaded; `huidig` is the stored state."""

    def __init__(self, huidig: Reactie):
        super().__init__("De reactie is intussen gewijzigd.")
        self.huidig = huidig


def reactie_verwerken(
    *,
    reactie: Reactie,
    kenmerk: str,
    categorie: str,
    status: str,
    antwoord: str,
    antwoord_openbaar: bool,
    verwerkt_in: Versie | None,
) -> Reactie:
    """The kernteam's processing of a reactie; refused when it changed since `kenmerk` was read."""
    with transaction.atomic():
        huidig = Reactie.objects.select_for_update().get(pk=reactie.pk)
        if huidig.wijzigingskenmerk() != kenmerk:
            raise ReactieGewijzigdError(huidig)
        huidig.categorie = categorie
        huidig.status = status
        huidig.antwoord = antwoord
        huidig.antwoord_openbaar = antwoord_openbaar
        huidig.verwerkt_in = verwerkt_in
        huidig.full_clean()
        huidig.save()
        reactie_afgehandeld_melden(huidig)
    return huidig
