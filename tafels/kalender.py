"""Bijeenkomsten as iCalendar (RFC 5545), for the `.ics` download and the personal feed.

Only formatting: which bijeenkomsten go in is decided by the views (tafels.permissions).
A bijeenkomst without a begintijd is an all-day event on its datum.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from kern.mail import absolute_url

UID_DOMEIN = "omgevingsagenda"


def _event(bijeenkomst) -> Event:
    event = Event()
    event.add("uid", f"bijeenkomst-{bijeenkomst.pk}@{UID_DOMEIN}")
    event.add("dtstamp", timezone.now())
    event.add("summary", bijeenkomst.titel)
    if bijeenkomst.begintijd:
        zone = ZoneInfo(settings.TIME_ZONE)
        begin = datetime.combine(bijeenkomst.datum, bijeenkomst.begintijd, tzinfo=zone)
        einde = (
            datetime.combine(bijeenkomst.datum, bijeenkomst.eindtijd, tzinfo=zone)
            if bijeenkomst.eindtijd
            else begin + timedelta(hours=2)
        )
        event.add("dtstart", begin)
        event.add("dtend", einde)
    else:
        event.add("dtstart", bijeenkomst.datum)
        event.add("dtend", bijeenkomst.datum + timedelta(days=1))
    if bijeenkomst.locatie:
        event.add("location", bijeenkomst.locatie)
    url = absolute_url(bijeenkomst.get_absolute_url())
    event.add("url", url)
    event.add("description", f"{bijeenkomst.get_soort_display()} — {url}")
    return event


def kalender_ics(bijeenkomsten, *, naam: str) -> bytes:
    kalender = Calendar()
    kalender.add("prodid", "-//Omgevingsagenda//NL")
    kalender.add("version", "2.0")
    kalender.add("x-wr-calname", naam)
    for bijeenkomst in bijeenkomsten:
        kalender.add_component(_event(bijeenkomst))
    return kalender.to_ical()
