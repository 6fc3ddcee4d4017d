from datetime import datetime, time, timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda.permissions import zichtbare_agenda_of_404
from deelnemers.permissions import is_kernteam
from kern.lijsten import gefilterd, pagineren
from opgaven.filters import OpgaveFilter
from opgaven.forms import ActieFormSet, OpgaveBewerkenForm, WijzigingenSindsForm
from opgaven.models import ACTIE_BEWERKVELDEN, OPGAVE_BEWERKVELDEN, Actie, ActieSoort, Duo, Opgave
from opgaven.permissions import mag_opgave_bewerken, mag_opgave_zien, mag_wijzigingen_zien
from opgaven.services import OpgaveBewerkConflict, opgave_bewerken

OPGAVEN_PER_PAGINA = 25


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


def bewerken(request, agenda, slug):
    """The edit page of an opgave for its duo and the kernteam: samenvatting, kern and the acties."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
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
            conflict_door=_bewerker_naam(laatst.history_user, volledig=is_kernteam(request.user)) if laatst else "",
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


def _bewerker_naam(user, *, volledig: bool) -> str:
    """The name of whoever saved; unknown outside a request.

    `volledig` (for the kernteam): the deelnemer's name, else the account's. Otherwise only the
    public name (naam_publiek), and for an account without a deelnemer its role, never its name.
    """
    if user is None:
        return _("onbekend")
    deelnemer = getattr(user, "deelnemer", None)
    if volledig:
        return deelnemer.naam if deelnemer is not None else (user.get_full_name() or user.get_username())
    if deelnemer is not None:
        return deelnemer.publieke_naam
    return _("een lid van het kernteam") if is_kernteam(user) else _("een andere gebruiker")


def _laatste_bewerking(opgave):
    """The most recent history record of the opgave or one of its acties: who saved in between, and when."""
    kandidaten = [
        opgave.history.select_related("history_user__deelnemer__organisatie").first(),
        Actie.history.filter(opgave_id=opgave.pk).select_related("history_user__deelnemer__organisatie").first(),
    ]
    kandidaten = [k for k in kandidaten if k is not None]
    return max(kandidaten, key=lambda k: k.history_date) if kandidaten else None


def wijzigingen(request, agenda):
    """What members of the duo's changed in their opgaven since the last published version (kernteam)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not mag_wijzigingen_zien(request.user):
        raise Http404
    agenda = zichtbare_agenda_of_404(request.user, agenda)
    # Versies live in publicatie, to the right of opgaven: reached through the reverse accessor.
    laatste_versie = agenda.versies.gepubliceerd().order_by("-gepubliceerd_op").first()
    sindsform = WijzigingenSindsForm(request.GET or None)
    sinds = laatste_versie.gepubliceerd_op if laatste_versie else None
    if sindsform.is_bound and sindsform.is_valid() and sindsform.cleaned_data["sinds"]:
        dag = sindsform.cleaned_data["sinds"]
        sinds = timezone.make_aware(datetime.combine(dag, time.min))
    return render(
        request,
        "opgaven/wijzigingen.html",
        {
            "agenda": agenda,
            "nav_actief": "opgaven",
            "sindsform": sindsform,
            "sinds": sinds,
            "laatste_versie": laatste_versie,
            "wijzigingen": _duo_wijzigingen(agenda, sinds),
        },
    )


# What a duo can change, per history model (as columns); partners (many-to-many) are compared apart.
_OPGAVE_VELDEN = list(OPGAVE_BEWERKVELDEN)
_ACTIE_VELDEN = [Actie._meta.get_field(veld).attname for veld in ACTIE_BEWERKVELDEN if veld != "partners"]
# Saving an actie with new partners leaves more records (the row, then the partners): one change.
_ZELFDE_BEWERKING = timedelta(seconds=5)


def _duo_wijzigingen(agenda, sinds) -> list[dict]:
    """The changes by duo members to the opgaven of `agenda` (and their acties) since `sinds`, newest first.

    Each change names who, when, which opgave, what (the opgave or an actie) and which fields.
    Fields are found by comparing each history record with the one before it, so the records
    of every object changed in the period are loaded in one query per model.
    """
    duo_leden: dict[int, set[int]] = {}
    for opgave_id, user_id in Duo.objects.filter(opgave__agenda=agenda, leden__user__isnull=False).values_list(
        "opgave_id", "leden__user_id"
    ):
        duo_leden.setdefault(opgave_id, set()).add(user_id)
    opgaven = {o.pk: o for o in agenda.opgaven.only("pk", "titel", "slug", "agenda_id")}
    for opgave in opgaven.values():
        opgave.agenda = agenda

    def in_periode(records):
        return records.filter(history_date__gte=sinds) if sinds else records

    opgave_ids = in_periode(Opgave.history.filter(agenda_id=agenda.pk)).values("id")
    opgave_records = (
        Opgave.history.filter(id__in=opgave_ids)
        .select_related("history_user__deelnemer")
        .order_by("id", "history_date", "history_id")
    )
    actie_ids = in_periode(Actie.history.filter(opgave_id__in=list(opgaven))).values("id")
    actie_records = (
        Actie.history.filter(id__in=actie_ids)
        .select_related("history_user__deelnemer", "trekker")
        .prefetch_related("historicalactie_partners_set")
        .order_by("id", "history_date", "history_id")
    )

    wijzigingen = []
    for soort, records, velden in (("opgave", opgave_records, _OPGAVE_VELDEN), ("actie", actie_records, _ACTIE_VELDEN)):
        vorige = None
        for record in records:
            if vorige is not None and vorige.id != record.id:
                vorige = None
            opgave_id = record.id if soort == "opgave" else record.opgave_id
            if (
                (sinds is None or record.history_date >= sinds)
                and record.history_user_id in duo_leden.get(opgave_id, ())
                and opgave_id in opgaven
            ):
                gewijzigd = _gewijzigde_velden(record, vorige, velden)
                if gewijzigd:
                    _toevoegen(wijzigingen, soort, record, opgaven[opgave_id], gewijzigd)
            vorige = record
    wijzigingen.sort(key=lambda w: w["wanneer"], reverse=True)
    return wijzigingen


def _partners(record) -> set[int]:
    return {rij.organisatie_id for rij in record.historicalactie_partners_set.all()}


def _gewijzigde_velden(record, vorige, velden) -> list[str]:
    model = record.instance_type
    if record.history_type == "+" or vorige is None:
        return [str(_("nieuw"))]
    if record.history_type == "-":
        return [str(_("verwijderd"))]
    namen = [
        str(model._meta.get_field(veld.removesuffix("_id")).verbose_name)
        for veld in velden
        if getattr(record, veld) != getattr(vorige, veld)
    ]
    if model is Actie and _partners(record) != _partners(vorige):
        namen.append(str(Actie._meta.get_field("partners").verbose_name))
    return namen


def _toevoegen(wijzigingen, soort, record, opgave, velden) -> None:
    """Add one change, or merge it into the previous one when it is the record of the same save's partners."""
    laatste = wijzigingen[-1] if wijzigingen else None
    if (
        velden == [str(Actie._meta.get_field("partners").verbose_name)]
        and laatste is not None
        and laatste["soort"] == soort
        and laatste["object_id"] == record.id
        and laatste["door"] == record.history_user
        and record.history_date - laatste["wanneer"] <= _ZELFDE_BEWERKING
    ):
        if str(_("nieuw")) not in laatste["velden"]:
            laatste["velden"] += [veld for veld in velden if veld not in laatste["velden"]]
        laatste["wanneer"] = record.history_date
        return
    wijzigingen.append(
        {
            "soort": soort,
            "object_id": record.id,
            "opgave": opgave,
            "wat": _("de opgave")
            if soort == "opgave"
            else _("actie ‘%(actie)s’") % {"actie": record.omschrijving[:60]},
            "door": record.history_user,
            # A kernteam page (mag_wijzigingen_zien): the full name.
            "door_naam": _bewerker_naam(record.history_user, volledig=True),
            "wanneer": record.history_date,
            "velden": velden,
        }
    )
