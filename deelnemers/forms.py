from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from deelnemers.models import Deelnemer, MailVoorkeur
from deelnemers.services import mail_inplannen
from kern.mail import absolute_url


class WachtwoordVergetenForm(PasswordResetForm):
    """Django's reset form, with the mail through the task queue and matching on the deelnemer's address too.

    The page answers the same whether or not the address exists (Django's view already does);
    only the queue sees the difference.
    """

    def get_users(self, email):
        gebruikers = User._default_manager.filter(
            Q(email__iexact=email) | Q(deelnemer__email__iexact=email), is_active=True
        ).distinct()
        return (u for u in gebruikers if u.has_usable_password())

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        link = reverse("deelnemers:wachtwoord_herstellen", kwargs={"uidb64": context["uid"], "token": context["token"]})
        mail_inplannen(
            aan=to_email or self.cleaned_data["email"],
            sjabloon="wachtwoord_vergeten",
            context={"naam": context["user"].get_full_name() or context["user"].username, "link": absolute_url(link)},
        )


class WachtwoordKiezenForm(forms.Form):
    """Choosing the first password from an invitation (Django's validators, the user not yet made)."""

    wachtwoord1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    wachtwoord2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, deelnemer: Deelnemer, **kwargs):
        self.deelnemer = deelnemer
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        een, twee = data.get("wachtwoord1"), data.get("wachtwoord2")
        if een and twee and een != twee:
            raise forms.ValidationError(_("De twee wachtwoorden zijn niet gelijk."), code="ongelijk")
        if een:
            proef = User(username=self.deelnemer.email, email=self.deelnemer.email, first_name=self.deelnemer.naam)
            try:
                password_validation.validate_password(een, proef)
            except forms.ValidationError as fout:
                self.add_error("wachtwoord1", fout)
        return data


class MijnGegevensForm(forms.ModelForm):
    class Meta:
        model = Deelnemer
        fields = ["naam", "functie", "telefoon", "naam_publiek"]
        labels = {"naam_publiek": _("Mijn naam mag op openbare pagina's staan")}
        help_texts = {
            "naam_publiek": _(
                "Zonder toestemming staat u openbaar als medewerker van uw organisatie: op elke pagina, "
                "in nieuwe versies en in de open data."
            )
        }


class MailVoorkeurForm(forms.ModelForm):
    class Meta:
        model = MailVoorkeur
        fields = ["versie_open", "reactie_beantwoord", "bijeenkomst", "peiling", "risico", "dagelijkse_samenvatting"]
