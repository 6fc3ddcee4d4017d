"""Writes about people: invitations, accepting one, notifications with their sent-log, anonymising.

Every mail leaves through `mail_inplannen`, which queues the task only after the transaction
commits — a rolled-back write never mails anyone. This module does not render mails (the task
does) and does not know the other apps: what they hold about a person reaches the AVG functions
through the hooks in deelnemers/avg.py.
"""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from deelnemers import avg
from deelnemers.models import Deelnemer, MailVoorkeur, MeldingSoort, VerzondenMelding, afmeld_pad
from deelnemers.tasks import mail_sturen
from deelnemers.tokens import uitnodiging_tokens
from kern.mail import absolute_url


def mail_inplannen(*, aan: str, sjabloon: str, context: dict, afmeld_url: str = "") -> None:
    """Queue one mail for after the commit (at once when there is no transaction)."""
    transaction.on_commit(
        lambda: mail_sturen.enqueue(aan=aan, sjabloon=sjabloon, context=context, afmeld_url=afmeld_url)
    )


def uitnodiging_link(deelnemer: Deelnemer) -> str:
    uidb64 = urlsafe_base64_encode(force_bytes(deelnemer.pk))
    token = uitnodiging_tokens.make_token(deelnemer)
    return absolute_url(reverse("deelnemers:uitnodiging", kwargs={"uidb64": uidb64, "token": token}))


def deelnemer_uitnodigen(*, deelnemer: Deelnemer) -> Deelnemer:
    """(Re)send the invitation: a new moment of invitation makes every earlier link invalid."""
    if not deelnemer.email:
        raise ValidationError(_("%(naam)s heeft geen e-mailadres.") % {"naam": deelnemer.naam}, code="geen_email")
    if deelnemer.user_id:
        raise ValidationError(_("%(naam)s heeft al een account.") % {"naam": deelnemer.naam}, code="al_actief")
    with transaction.atomic():
        deelnemer.uitgenodigd_op = timezone.now().replace(microsecond=0)
        deelnemer.save(update_fields=["uitgenodigd_op"])
        mail_inplannen(
            aan=deelnemer.email,
            sjabloon="uitnodiging",
            context={
                "naam": deelnemer.naam,
                "link": uitnodiging_link(deelnemer),
                "geldig_dagen": _geldig_dagen(),
                "gebruikersnaam": deelnemer.email.lower(),
            },
        )
    return deelnemer


def _geldig_dagen() -> int:
    return settings.UITNODIGING_GELDIG_DAGEN


def uitnodiging_accepteren(*, deelnemer: Deelnemer, wachtwoord: str) -> User:
    """Make the account with the chosen password and link it; the token's hash changes, so the link dies."""
    with transaction.atomic():
        deelnemer = Deelnemer.objects.select_for_update().get(pk=deelnemer.pk)
        if deelnemer.user_id:
            raise ValidationError(_("Deze uitnodiging is al gebruikt."), code="al_gebruikt")
        gebruikersnaam = deelnemer.email.lower()
        if User.objects.filter(username__iexact=gebruikersnaam).exists():
            raise ValidationError(
                _("Er bestaat al een account met dit e-mailadres. Neem contact op met het kernteam."), code="bestaat"
            )
        user = User(username=gebruikersnaam, email=deelnemer.email, first_name=deelnemer.naam[:150])
        user.set_password(wachtwoord)
        user.save()
        deelnemer.user = user
        deelnemer.save(update_fields=["user"])
    return user


def mailvoorkeur_van(deelnemer: Deelnemer) -> MailVoorkeur:
    """The stored preferences, or the defaults (unsaved) for someone who never changed them."""
    try:
        return deelnemer.mailvoorkeur
    except MailVoorkeur.DoesNotExist:
        return MailVoorkeur(deelnemer=deelnemer)


def melding_versturen(
    *,
    deelnemers: Iterable[Deelnemer],
    soort: str,
    gebeurtenis: str,
    onderwerp: str,
    link: str,
    tekst: str,
) -> int:
    """Notify each deelnemer of one event, at most once per person; returns how many mails were queued.

    The sent-log row is written first, inside a savepoint: its UniqueConstraint(event, person)
    is what refuses a second mail, also when two processes notify at the same moment. People who
    chose the daily digest get the row without `verzonden_op`; `samenvattingen_versturen` sends it.
    """
    soort = MeldingSoort(soort)
    link = absolute_url(link)
    verstuurd = 0
    for deelnemer in deelnemers:
        if not deelnemer.email or deelnemer.geanonimiseerd_op:
            continue
        voorkeur = mailvoorkeur_van(deelnemer)
        if not voorkeur.wil(soort):
            continue
        direct = not voorkeur.dagelijkse_samenvatting
        try:
            with transaction.atomic():
                VerzondenMelding.objects.create(
                    gebeurtenis=gebeurtenis,
                    deelnemer=deelnemer,
                    soort=soort,
                    onderwerp=onderwerp[:200],
                    link=link,
                    verzonden_op=timezone.now() if direct else None,
                )
        except IntegrityError:
            continue  # already told about this event
        if direct:
            mail_inplannen(
                aan=deelnemer.email,
                sjabloon="melding",
                context={
                    "naam": deelnemer.naam,
                    "onderwerp": onderwerp,
                    "tekst": tekst,
                    "link": link,
                    "voorkeuren_url": absolute_url(reverse("deelnemers:mailvoorkeuren")),
                },
                afmeld_url=absolute_url(afmeld_pad(deelnemer.pk, soort)),
            )
            verstuurd += 1
    return verstuurd


def samenvattingen_versturen() -> int:
    """One mail per person with every melding that waited for the daily digest; returns the number of mails."""
    aantal = 0
    wachtend = VerzondenMelding.objects.filter(verzonden_op__isnull=True).select_related("deelnemer")
    per_persoon: dict[int, list[VerzondenMelding]] = {}
    for melding in wachtend.order_by("aangemaakt_op"):
        per_persoon.setdefault(melding.deelnemer_id, []).append(melding)
    for meldingen in per_persoon.values():
        deelnemer = meldingen[0].deelnemer
        with transaction.atomic():
            bijgewerkt = VerzondenMelding.objects.filter(
                pk__in=[m.pk for m in meldingen], verzonden_op__isnull=True
            ).update(verzonden_op=timezone.now())
            if not bijgewerkt or not deelnemer.email:
                continue
            mail_inplannen(
                aan=deelnemer.email,
                sjabloon="samenvatting",
                context={
                    "naam": deelnemer.naam,
                    "meldingen": [{"onderwerp": m.onderwerp, "link": m.link} for m in meldingen],
                    "voorkeuren_url": absolute_url(reverse("deelnemers:mailvoorkeuren")),
                },
            )
            aantal += 1
    return aantal


def deelnemer_anonimiseren(*, deelnemer: Deelnemer) -> Deelnemer:
    """AVG: remove name, e-mail, phone, function and account, here and in the history records.

    What stays: the organisation (not personal) and the deelnemer row itself, so reacties remain
    as "een deelnemer van <organisatiesoort>". Published versions are frozen and hold a name only
    where consent made it public already; they are not touched. Other apps remove what they hold
    through the hooks in deelnemers/avg.py.
    """
    with transaction.atomic():
        deelnemer = Deelnemer.objects.select_for_update().get(pk=deelnemer.pk)
        user = deelnemer.user
        leeg = {"naam": "", "email": "", "telefoon": "", "functie": "", "naam_publiek": False, "user": None}
        for veld, waarde in leeg.items():
            setattr(deelnemer, veld, waarde)
        deelnemer.naam = _("geanonimiseerd")
        deelnemer.geanonimiseerd_op = timezone.now()
        # save() with history would write one more record holding nothing personal; the update
        # below then scrubs all the earlier ones.
        deelnemer.save()
        deelnemer.history.model.objects.filter(id=deelnemer.pk).update(
            naam=deelnemer.naam, email="", telefoon="", functie="", naam_publiek=False, user=None
        )
        VerzondenMelding.objects.filter(deelnemer=deelnemer).delete()
        MailVoorkeur.objects.filter(deelnemer=deelnemer).delete()
        avg.anonimiseren(deelnemer)
        if user is not None:
            user.delete()
    return deelnemer


def deelnemer_gegevens(*, deelnemer: Deelnemer) -> dict:
    """AVG: everything the application holds about one person, as JSON-ready data."""
    voorkeur = mailvoorkeur_van(deelnemer)
    gegevens = {
        "deelnemer": {
            "naam": deelnemer.naam,
            "organisatie": deelnemer.organisatie.naam,
            "functie": deelnemer.functie,
            "email": deelnemer.email,
            "telefoon": deelnemer.telefoon,
            "profiel": deelnemer.profiel,
            "naam_publiek": deelnemer.naam_publiek,
            "aangemaakt_op": deelnemer.aangemaakt_op.isoformat(),
            "uitgenodigd_op": deelnemer.uitgenodigd_op.isoformat() if deelnemer.uitgenodigd_op else None,
        },
        "account": None,
        "mailvoorkeuren": {
            **{soort.value: voorkeur.wil(soort) for soort in MeldingSoort},
            "dagelijkse_samenvatting": voorkeur.dagelijkse_samenvatting,
        },
        "verzonden_meldingen": [
            {"gebeurtenis": m.gebeurtenis, "onderwerp": m.onderwerp, "aangemaakt_op": m.aangemaakt_op.isoformat()}
            for m in deelnemer.meldingen.all()
        ],
        "geschiedenis": [
            {"datum": h.history_date.isoformat(), "naam": h.naam, "functie": h.functie, "email": h.email}
            for h in deelnemer.history.all()
        ],
    }
    if deelnemer.user_id:
        gegevens["account"] = {
            "gebruikersnaam": deelnemer.user.username,
            "email": deelnemer.user.email,
            "laatst_ingelogd": deelnemer.user.last_login.isoformat() if deelnemer.user.last_login else None,
        }
    gegevens.update(avg.gegevens(deelnemer))
    return gegevens
