from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import alleen_deelnemers, is_kernteam
from kern.lijsten import gefilterd, pagineren
from opgaven.filters import OpgaveFilter
from opgaven.forms import ActieFormSet, OpgaveBewerkenForm
from opgaven.models import Actie, ActieSoort, Opgave
from opgaven.permissions import mag_opgave_bewerken, mag_opgave_zien
from opgaven.queries import bewerker_naam
from opgaven.services import OpgaveBewerkConflict, opgave_bewerken

OPGAVEN_PER_PAGINA = 25


@require_safe
def lijst(request, agenda):
    """The opgaven of an agenda, filtered and searched as the query string says."""
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    opgaven = agenda.opgaven.zichtbaar_voor(request.user).in_volgorde()
    opgavefilter = OpgaveFilter(request.GET or None, queryset=opgaven)
    pagina = pagineren(request, gefilterd(request, opgavefilter), OPGAVEN_PER_PAGINA)
    return render(
        request,
        "opgaven/lijst.html",
        {"agenda": agenda, "nav_actief": "opgaven", "filter": opgavefilter, "pagina": pagina},
    )


@require_safe
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
            Prefetch("samengevoegde_opgaven", queryset=zichtbaar.order_by("titel")),
        )
    )
    try:
        opgave = opgaven.get(slug=slug)
    except Opgave.DoesNotExist:
        raise Http404 from None
    lopende_acties, nieuwe_acties = _per_soort(opgave.acties.all())
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
            "lopende_acties": lopende_acties,
            "nieuwe_acties": nieuwe_acties,
            "duo": getattr(opgave, "duo", None),
            "samengevoegd_in": samengevoegd_in,
            "mag_bewerken": mag_opgave_bewerken(request.user, opgave),
        },
    )


@require_http_methods(["GET", "POST"])
@alleen_deelnemers
def bewerken(request, agenda, slug):
    """The edit page of an opgave for its duo and the kernteam: samenvatting, kern and the acties."""
    opgaven = Opgave.objects.filter(agenda__slug=agenda).select_related("agenda").met_duo()
    opgave = get_object_or_404(opgaven, slug=slug)
    if not mag_opgave_bewerken(request.user, opgave):
        # Another duo's opgave: as if it did not exist, like every page a role may not use.
        raise Http404
    acties = opgave.acties.met_organisaties()
    conflict = None
    if request.method == "POST":
        form = OpgaveBewerkenForm(request.POST)
        formset = ActieFormSet(request.POST, instance=opgave, queryset=acties, prefix="acties")
        form_geldig, formset_geldig = form.is_valid(), formset.is_valid()
        if form_geldig and formset_geldig:
            try:
                opgave_bewerken(
                    opgave=opgave,
                    door=request.user,
                    samenvatting=form.cleaned_data["samenvatting"],
                    kern=form.cleaned_data["kern"],
                    acties=formset.acties_gegevens(),
                    versie=form.cleaned_data["versie"],
                )
            except OpgaveBewerkConflict as fout:
                conflict = fout
            except ValidationError as fout:
                form.add_error(None, fout)
            else:
                messages.success(request, _("De opgave is opgeslagen."))
                if mag_opgave_zien(request.user, opgave):
                    return redirect(opgave)
                return redirect("opgaven:bewerken", agenda=opgave.agenda.slug, slug=opgave.slug)
        else:
            # Errors in a form loaded before someone else saved: say so now, not after the next attempt.
            conflict = _verouderd(opgave, request.POST.get("versie"))
        if conflict is not None:
            # The typed text stays; a new attempt with this stand deliberately replaces what was saved.
            gegevens = request.POST.copy()
            gegevens["versie"] = conflict.stand
            form = OpgaveBewerkenForm(gegevens)
    else:
        formset = ActieFormSet(instance=opgave, queryset=acties, prefix="acties")
        form = OpgaveBewerkenForm(
            initial={
                "samenvatting": opgave.samenvatting,
                "kern": opgave.kern,
                "versie": opgave.bewerkstand(formset.get_queryset()),
            }
        )
    context = {
        "agenda": opgave.agenda,
        "nav_actief": "opgaven",
        "opgave": opgave,
        "form": form,
        "formset": formset,
        "conflict": conflict,
    }
    if conflict is not None:
        laatst = _laatste_bewerking(opgave)
        conflict_lopend, conflict_nieuw = _per_soort(conflict.acties)
        context.update(
            conflict_laatst=laatst,
            conflict_door=bewerker_naam(laatst.history_user, volledig=is_kernteam(request.user)) if laatst else "",
            conflict_lopend=conflict_lopend,
            conflict_nieuw=conflict_nieuw,
        )
    return render(request, "opgaven/bewerken.html", context, status=409 if conflict else 200)


def _per_soort(acties) -> tuple[list, list]:
    """The lopende and the nieuwe acties, each in their order."""
    return (
        [actie for actie in acties if actie.soort == ActieSoort.LOPEND],
        [actie for actie in acties if actie.soort == ActieSoort.NIEUW],
    )


def _verouderd(opgave, versie) -> OpgaveBewerkConflict | None:
    """A conflict when the form's stand is no longer the stored one (the acties are read afresh:
    the formset has already written the typed values onto its own instances)."""
    if not versie:
        return None
    acties = list(opgave.acties.met_organisaties())
    if opgave.bewerkstand(acties) == versie:
        return None
    return OpgaveBewerkConflict(opgave=opgave, acties=acties)


def _laatste_bewerking(opgave):
    """The most recent history record of the opgave or one of its acties: who saved in between, and when."""
    kandidaten = [
        opgave.history.select_related("history_user__deelnemer__organisatie").first(),
        Actie.history.filter(opgave_id=opgave.pk).select_related("history_user__deelnemer__organisatie").first(),
    ]
    kandidaten = [k for k in kandidaten if k is not None]
    return max(kandidaten, key=lambda k: k.history_date) if kandidaten else None
