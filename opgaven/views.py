from django.db.models import F, Prefetch
from django.http import Http404
from django.shortcuts import render

from agenda.permissions import zichtbare_agenda_of_404
from omgevingsagenda.lijsten import gefilterd, pagineren
from opgaven.filters import OpgaveFilter
from opgaven.models import ActieSoort, Opgave
from opgaven.permissions import mag_opgave_zien

# Gesprekstafels live in an app to the right of opgaven: reach the model through the relation, not an import.
_Gesprekstafel = Opgave._meta.get_field("gesprekstafels").related_model

OPGAVEN_PER_PAGINA = 25


def lijst(request, agenda):
    """The opgaven of an agenda, filtered and searched as the query string says."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    opgaven = agenda.opgaven.zichtbaar_voor(request.user).order_by(F("volgnummer").asc(nulls_last=True), "titel")
    opgavefilter = OpgaveFilter(request.GET or None, queryset=opgaven)
    pagina = pagineren(request, gefilterd(request, opgavefilter), OPGAVEN_PER_PAGINA)
    return render(
        request,
        "opgaven/lijst.html",
        {"agenda": agenda, "nav_actief": "opgaven", "filter": opgavefilter, "pagina": pagina},
    )


def detail(request, agenda, slug):
    """An opgave: kern, lopende and nieuwe acties, the duo, its gesprekstafels and trends."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    zichtbaar = Opgave.objects.zichtbaar_voor(request.user)
    opgaven = (
        agenda.opgaven.zichtbaar_voor(request.user)
        .met_acties()
        .met_duo()
        .select_related("samengevoegd_in")
        .prefetch_related(
            "trends",
            Prefetch("gesprekstafels", queryset=_Gesprekstafel.objects.zichtbaar_voor(request.user)),
            Prefetch("samengevoegde_opgaven", queryset=zichtbaar.order_by("titel")),
        )
    )
    try:
        opgave = opgaven.get(slug=slug)
    except Opgave.DoesNotExist:
        raise Http404 from None
    acties = list(opgave.acties.all())
    samengevoegd_in = opgave.samengevoegd_in
    if samengevoegd_in is not None:
        samengevoegd_in.agenda = agenda
        if not mag_opgave_zien(request.user, samengevoegd_in):
            samengevoegd_in = None
    return render(
        request,
        "opgaven/detail.html",
        {
            "agenda": agenda,
            "nav_actief": "opgaven",
            "opgave": opgave,
            "lopende_acties": [a for a in acties if a.soort == ActieSoort.LOPEND],
            "nieuwe_acties": [a for a in acties if a.soort == ActieSoort.NIEUW],
            "duo": getattr(opgave, "duo", None),
            "samengevoegd_in": samengevoegd_in,
        },
    )
