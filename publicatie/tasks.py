"""Background work of the publicatie app: rendering the PDF of a published version.

Publishing returns at once and leaves the rendering (seconds for a large agenda) to the task
worker. A failed attempt is written on the version (`pdf_fout`, `pdf_pogingen`) and tried
again later, up to PDF_MAX_POGINGEN times; after that the kernteam sees the error. This
module only schedules and records; the rendering and storing is `versie_pdf_opslaan`.
"""

import datetime
import traceback

from django.db.models import F
from django.utils import timezone
from django_tasks import task

from publicatie.models import PDF_MAX_POGINGEN, Versie

# Wait before the next attempt: 10 s, then 40 s (the backend must support run_after).
WACHTTIJD = datetime.timedelta(seconds=10)


@task()
def versie_pdf_maken(versie_id: int) -> str:
    """Render and store the PDF of version `versie_id`; on failure record it and try again."""
    from publicatie.services import versie_pdf_opslaan  # services schedules this task: import late

    versie = Versie.objects.select_related("agenda").get(pk=versie_id)
    try:
        versie = versie_pdf_opslaan(versie=versie)
    except Exception as fout:
        pogingen = _fout_vastleggen(versie_id, fout)
        if pogingen < PDF_MAX_POGINGEN:
            versie_pdf_maken_inplannen(versie_id=versie_id, wachten=WACHTTIJD * 4 ** (pogingen - 1))
        raise
    if versie.pdf_fout:
        Versie.objects.filter(pk=versie_id).update(pdf_fout="")
    return versie.pdf.name


def _fout_vastleggen(versie_id: int, fout: Exception) -> int:
    """Write the error on the version, for the kernteam; return the number of attempts so far."""
    tekst = "".join(traceback.format_exception_only(fout)).strip()[:2000]
    Versie.objects.filter(pk=versie_id).update(pdf_fout=tekst, pdf_pogingen=F("pdf_pogingen") + 1)
    return Versie.objects.filter(pk=versie_id).values_list("pdf_pogingen", flat=True).get()


def versie_pdf_maken_inplannen(*, versie_id: int, wachten: datetime.timedelta | None = None) -> None:
    """Put the rendering of a version's PDF on the queue (later, when the backend can wait)."""
    taak = versie_pdf_maken
    if wachten and taak.get_backend().supports_defer:
        taak = taak.using(run_after=timezone.now() + wachten)
    taak.enqueue(versie_id)
