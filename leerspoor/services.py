"""Writes of the leerspoor that touch more than one object."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from tafels.models import Bijeenkomst, BijeenkomstSoort

from .meldingen import peiling_open_melden
from .models import Antwoord, Peiling, PeilingStatus, Risico, RisicoBespreking, Vraag, VraagSoort


@transaction.atomic
def risicobesprekingen_vastleggen(*, overleg: Bijeenkomst, besprekingen: list[dict]) -> list[RisicoBespreking]:
    """Record the reviews of one kernteamoverleg and give each risk its new kans and impact.

    `besprekingen` holds dicts with risico, kans, impact and toelichting. All or nothing:
    one invalid review leaves every risk as it was.
    """
    if overleg.soort != BijeenkomstSoort.KERNTEAMOVERLEG:
        raise ValidationError(_("Risico's worden besproken in een kernteamoverleg."), code="geen_kernteamoverleg")
    vastgelegd = []
    for bespreking in besprekingen:
        risico: Risico = bespreking["risico"]
        if risico.agenda_id != overleg.agenda_id:
            raise ValidationError(
                _("Het risico “%(risico)s” hoort bij een andere agenda dan dit overleg.") % {"risico": risico},
                code="andere_agenda",
            )
        nieuw = RisicoBespreking(
            risico=risico,
            bijeenkomst=overleg,
            kans=bespreking["kans"],
            impact=bespreking["impact"],
            toelichting=bespreking.get("toelichting", ""),
        )
        nieuw.full_clean()
        nieuw.save()
        # The register shows the latest judgement; the history of scores lives in the besprekingen.
        # A review entered afterwards for an older overleg must not overwrite a newer judgement.
        if not risico.besprekingen.filter(bijeenkomst__datum__gt=overleg.datum).exists():
            risico.kans = nieuw.kans
            risico.impact = nieuw.impact
            risico.full_clean()
            risico.save(update_fields=["kans", "impact"])
        vastgelegd.append(nieuw)
    return vastgelegd


# --- Peiling -------------------------------------------------------------------------------------

OPEN_ANTWOORD_MAX = 2000


def peiling_openen(*, peiling: Peiling) -> Peiling:
    """Open a prepared (or reopen a closed) poll, so that those present can answer."""
    with transaction.atomic():
        peiling = Peiling.objects.select_for_update().get(pk=peiling.pk)
        if peiling.status == PeilingStatus.OPEN:
            return peiling
        if not peiling.vragen.exists():
            raise ValidationError(_("Een peiling zonder vragen kan niet open."), code="geen_vragen")
        peiling.status = PeilingStatus.OPEN
        peiling.full_clean()
        peiling.save(update_fields=["status"])
        peiling_open_melden(peiling)
    return peiling


def peiling_sluiten(*, peiling: Peiling) -> Peiling:
    """Close an open poll: from now on every answer is refused; the results stay with the bijeenkomst."""
    with transaction.atomic():
        peiling = Peiling.objects.select_for_update().get(pk=peiling.pk)
        if peiling.status == PeilingStatus.GESLOTEN:
            return peiling
        if peiling.status != PeilingStatus.OPEN:
            raise ValidationError(_("Alleen een open peiling kan worden gesloten."), code="niet_open")
        peiling.status = PeilingStatus.GESLOTEN
        peiling.full_clean()
        peiling.save(update_fields=["status"])
    return peiling


def peiling_zonder_account_instellen(*, peiling: Peiling, toegestaan: bool) -> Peiling:
    """Allow or refuse answers from people without an account (through the link with the token)."""
    with transaction.atomic():
        peiling = Peiling.objects.select_for_update().get(pk=peiling.pk)
        peiling.zonder_account = toegestaan
        peiling.full_clean()
        peiling.save(update_fields=["zonder_account"])
    return peiling


def respondent_sleutel(*, peiling: Peiling, user=None, sessie_id: str = "") -> str:
    """The pseudonymous key under which a respondent's answers are stored.

    A keyed hash (HMAC with SECRET_KEY): the same person gets the same key within one poll,
    so the database can hold them to one answer per question, yet the key cannot be traced
    back to the user, nor linked across polls, without the secret.
    """
    if user is not None and user.is_authenticated:
        bron = f"gebruiker:{user.pk}"
    elif sessie_id:
        bron = f"sessie:{sessie_id}"
    else:
        raise ValueError("Een respondent is een ingelogde gebruiker of een sessie.")
    return salted_hmac("leerspoor.peiling.respondent", f"{bron}:peiling:{peiling.pk}", algorithm="sha256").hexdigest()


@dataclass
class Beantwoording:
    """What became of one submission: the answers stored and the questions already answered before."""

    opgeslagen: list[Antwoord] = field(default_factory=list)
    al_beantwoord: list[Vraag] = field(default_factory=list)


def _waarde_controleren(vraag: Vraag, waarde: str) -> str:
    waarde = (waarde or "").strip()
    if not waarde:
        raise ValidationError(_("Vul een antwoord in."), code="leeg")
    if vraag.soort == VraagSoort.SCHAAL:
        geldig = [waarde for waarde, _weergave in vraag.schaal_keuzes()]
    elif vraag.soort == VraagSoort.KEUZE:
        geldig = vraag.keuzelijst
    else:
        if len(waarde) > OPEN_ANTWOORD_MAX:
            raise ValidationError(
                _("Een antwoord is hoogstens %(max)s tekens.") % {"max": OPEN_ANTWOORD_MAX}, code="te_lang"
            )
        return waarde
    if waarde not in geldig:
        raise ValidationError(_("Kies een van de antwoorden bij deze vraag."), code="ongeldige_keuze")
    return waarde


def peiling_beantwoorden(*, peiling: Peiling, respondent: str, antwoorden: dict[Vraag, str]) -> Beantwoording:
    """Store one respondent's answers; a question answered before is reported, never answered twice.

    The database's unique constraint (vraag, respondent) is the guard: each answer is inserted
    in its own savepoint and an IntegrityError means "al beantwoord". A check before inserting
    would race with a simultaneous request (a double click, a second tab) and let both through.
    """
    with transaction.atomic():
        # Read the status in this transaction: a poll closed a moment ago refuses the answer.
        status = Peiling.objects.filter(pk=peiling.pk).values_list("status", flat=True).get()
        if status != PeilingStatus.OPEN:
            raise ValidationError(peiling_niet_open_melding(status), code="peiling_niet_open")
        uitkomst = Beantwoording()
        for vraag, waarde in antwoorden.items():
            if vraag.peiling_id != peiling.pk:
                raise ValidationError(_("Deze vraag hoort bij een andere peiling."), code="andere_peiling")
            antwoord = Antwoord(vraag=vraag, respondent=respondent, waarde=_waarde_controleren(vraag, waarde))
            # Constraints are left to the insert below (see the docstring); the vraag was just loaded.
            antwoord.full_clean(exclude=["vraag"], validate_unique=False, validate_constraints=False)
            try:
                with transaction.atomic():
                    antwoord.save(force_insert=True)
            except IntegrityError:
                uitkomst.al_beantwoord.append(vraag)
            else:
                uitkomst.opgeslagen.append(antwoord)
    return uitkomst


def peiling_niet_open_melding(status: str) -> str:
    if status == PeilingStatus.VOORBEREID:
        return _("Deze peiling is nog niet geopend. U kunt antwoorden zodra het kernteam de peiling opent.")
    return _("Deze peiling is gesloten: er kunnen geen antwoorden meer worden gegeven.")
