"""A real SMTP server on loopback (aiosmtpd) for the tests, and the real SMTP backend pointed at it.

Use the `postbus` fixture: every mail the code under test sends goes over a socket to this
server, and `postbus.berichten` holds what arrived, parsed (`email.message.EmailMessage`).
"""

import email
import email.policy
import re
import socket
import time
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller

POORTEN = range(8300, 8400)  # the ports this worktree may use


def _vrije_poort() -> int:
    for poort in POORTEN:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
            return poort
    raise RuntimeError("geen vrije poort voor de test-SMTP-server")


@dataclass
class Ontvangen:
    afzender: str
    ontvangers: list[str]
    bericht: email.message.EmailMessage

    @property
    def onderwerp(self) -> str:
        return str(self.bericht["Subject"])

    def tekst(self) -> str:
        return self.bericht.get_body(preferencelist=("plain",)).get_content()

    def html(self) -> str:
        return self.bericht.get_body(preferencelist=("html",)).get_content()

    def links(self) -> list[str]:
        return re.findall(r"https?://\S+", self.tekst())


@dataclass
class Postbus:
    berichten: list[Ontvangen] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        bericht = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.berichten.append(Ontvangen(envelope.mail_from, list(envelope.rcpt_tos), bericht))
        return "250 OK"

    def aan(self, adres: str) -> list[Ontvangen]:
        return [b for b in self.berichten if adres in b.ontvangers]

    def wacht_op(self, adres: str, aantal: int = 1, seconden: float = 10) -> list[Ontvangen]:
        """Mails arrive from another thread (the live server's): wait a little for them."""
        einde = time.monotonic() + seconden
        while time.monotonic() < einde and len(self.aan(adres)) < aantal:
            time.sleep(0.05)
        return self.aan(adres)


@pytest.fixture
def postbus(settings):
    bus = Postbus()
    controller = Controller(bus, hostname="127.0.0.1", port=_vrije_poort())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield bus
    finally:
        controller.stop()
