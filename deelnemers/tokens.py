"""The one-time link of an invitation: Django's password-reset token, bound to a Deelnemer.

The hash covers the moment of the invitation and the linked account, so the link stops working
once the account exists (one time) and when the kernteam sends a new invitation (resend), and
it expires after UITNODIGING_GELDIG_DAGEN days.
"""

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int


class UitnodigingTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "deelnemers.tokens.UitnodigingTokenGenerator"

    def _make_hash_value(self, deelnemer, timestamp):
        uitgenodigd = "" if deelnemer.uitgenodigd_op is None else deelnemer.uitgenodigd_op.replace(microsecond=0)
        return f"{deelnemer.pk}{uitgenodigd}{deelnemer.user_id or ''}{deelnemer.email}{timestamp}"

    def check_token(self, deelnemer, token):
        # The parent compares against PASSWORD_RESET_TIMEOUT; an invitation has its own term.
        if not (deelnemer and token) or "-" not in token:
            return False
        try:
            ts = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        geldig = any(
            constant_time_compare(self._make_token_with_timestamp(deelnemer, ts, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )
        termijn = settings.UITNODIGING_GELDIG_DAGEN * 24 * 60 * 60
        return geldig and (self._num_seconds(self._now()) - ts) <= termijn


uitnodiging_tokens = UitnodigingTokenGenerator()
