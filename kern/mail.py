"""Composing and sending one e-mail: plain text plus HTML, and RFC 8058 one-click unsubscribe headers.

Infrastructure only, no domain imports: the apps choose the templates, the recipient and the
unsubscribe link; this module renders and sends. It deliberately does not queue anything — the
callers' task functions (deelnemers/tasks.py) call `mail_versturen` inside the worker, so a
request never waits for an SMTP server.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def absolute_url(pad: str) -> str:
    """A link for a mail: mails are rendered outside a request, so the host comes from SITE_URL."""
    if pad.startswith(("http://", "https://")):
        return pad
    return f"{settings.SITE_URL}{pad}"


def mail_opstellen(*, aan: str, sjabloon: str, context: dict, afmeld_url: str = "") -> EmailMultiAlternatives:
    """Render `mail/<sjabloon>_onderwerp.txt`, `.txt` and `.html` into one message for `aan`.

    With `afmeld_url` the message carries List-Unsubscribe and List-Unsubscribe-Post, so a mail
    program can unsubscribe with one POST (RFC 8058) — only for notifications, never for a
    password or invitation mail, which a person cannot unsubscribe from.
    """
    context = {**context, "site_url": settings.SITE_URL, "afmeld_url": afmeld_url}
    onderwerp = " ".join(render_to_string(f"mail/{sjabloon}_onderwerp.txt", context).split())
    tekst = render_to_string(f"mail/{sjabloon}.txt", context)
    html = render_to_string(f"mail/{sjabloon}.html", context)
    headers = {}
    if afmeld_url:
        headers["List-Unsubscribe"] = f"<{afmeld_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    bericht = EmailMultiAlternatives(onderwerp, tekst, settings.DEFAULT_FROM_EMAIL, [aan], headers=headers)
    bericht.attach_alternative(html, "text/html")
    return bericht


def mail_versturen(*, aan: str, sjabloon: str, context: dict, afmeld_url: str = "") -> None:
    mail_opstellen(aan=aan, sjabloon=sjabloon, context=context, afmeld_url=afmeld_url).send()
