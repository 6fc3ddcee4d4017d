"""What tafels holds about a person, for the AVG download and anonymisation (hooks of deelnemers.avg)."""

from tafels.models import Aanmelding, Deelname, KalenderFeed


def gegevens(deelnemer) -> dict:
    return {
        "aanmeldingen": [
            {
                "bijeenkomst": a.bijeenkomst.titel,
                "datum": a.bijeenkomst.datum.isoformat(),
                "wachtlijst": a.op_wachtlijst,
            }
            for a in Aanmelding.objects.filter(deelnemer=deelnemer).select_related("bijeenkomst")
        ],
        "deelnames": [
            {"bijeenkomst": d.bijeenkomst.titel, "datum": d.bijeenkomst.datum.isoformat(), "rol": d.rol}
            for d in Deelname.objects.filter(deelnemer=deelnemer).select_related("bijeenkomst")
        ],
        "agenda_abonnement": KalenderFeed.objects.filter(deelnemer=deelnemer).exists(),
    }


def anonimiseren(deelnemer) -> None:
    # Deelnames stay (who came is part of the process record, now nameless); the feed and
    # future sign-ups are personal and go.
    KalenderFeed.objects.filter(deelnemer=deelnemer).delete()
    Aanmelding.objects.filter(deelnemer=deelnemer).delete()
