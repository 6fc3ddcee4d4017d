"""A person's own pages: accepting an invitation, Mijn gegevens (with the AVG download), mail preferences, unsubscribe.

The password pages are Django's own views (deelnemers/urls.py) with Dutch templates; nothing
here lets one person see or change another's data.
"""

import json

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from deelnemers.forms import MailVoorkeurForm, MijnGegevensForm, WachtwoordKiezenForm
from deelnemers.models import Deelnemer, MailVoorkeur, MeldingSoort, afmeld_token_lezen
from deelnemers.services import deelnemer_gegevens, mailvoorkeur_van, uitnodiging_accepteren
from deelnemers.tokens import uitnodiging_tokens


def _eigen_deelnemer(request) -> Deelnemer:
    try:
        return request.user.deelnemer
    except Deelnemer.DoesNotExist:
        raise Http404(_("Aan dit account is geen deelnemer gekoppeld.")) from None


def _deelnemer_uit_link(uidb64: str) -> Deelnemer | None:
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    return Deelnemer.objects.filter(pk=pk).first()


@never_cache
@require_http_methods(["GET", "POST"])
def uitnodiging(request, uidb64, token):
    """The page behind the invitation link: choose a password; the account is made on saving."""
    deelnemer = _deelnemer_uit_link(uidb64)
    if deelnemer is None or not uitnodiging_tokens.check_token(deelnemer, token):
        return render(request, "deelnemers/uitnodiging_ongeldig.html", status=400)
    form = WachtwoordKiezenForm(request.POST or None, deelnemer=deelnemer)
    if request.method == "POST" and form.is_valid():
        try:
            user = uitnodiging_accepteren(deelnemer=deelnemer, wachtwoord=form.cleaned_data["wachtwoord1"])
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welkom! Uw account is klaar; u bent ingelogd."))
            return redirect("deelnemers:mijn_gegevens")
    return render(request, "deelnemers/uitnodiging.html", {"form": form, "deelnemer": deelnemer})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def mijn_gegevens(request):
    """What the application holds about me, the part I may correct, and my consent to show my name."""
    if not hasattr(request.user, "deelnemer"):
        return render(request, "deelnemers/geen_deelnemer.html")
    deelnemer = request.user.deelnemer
    form = MijnGegevensForm(request.POST or None, instance=deelnemer)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw gegevens zijn opgeslagen."))
        return redirect("deelnemers:mijn_gegevens")
    return render(request, "deelnemers/mijn_gegevens.html", {"form": form, "deelnemer": deelnemer})


@never_cache
@login_required
@require_safe
def mijn_gegevens_download(request):
    """AVG: everything held about me, as one JSON file."""
    deelnemer = _eigen_deelnemer(request)
    inhoud = json.dumps(deelnemer_gegevens(deelnemer=deelnemer), ensure_ascii=False, indent=2)
    antwoord = HttpResponse(inhoud, content_type="application/json; charset=utf-8")
    antwoord["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return antwoord


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def mailvoorkeuren(request):
    """Which notification mails I want, and whether as one daily digest."""
    deelnemer = _eigen_deelnemer(request)
    form = MailVoorkeurForm(request.POST or None, instance=mailvoorkeur_van(deelnemer))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw mailvoorkeuren zijn opgeslagen."))
        return redirect("deelnemers:mailvoorkeuren")
    return render(request, "deelnemers/mailvoorkeuren.html", {"form": form})


# RFC 8058: a mail program POSTs "List-Unsubscribe=One-Click" without cookies or a CSRF token;
# the signed token in the URL is the authorisation.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def afmelden(request, token):
    """Unsubscribe from one soort of mail: GET asks to confirm, POST (also one-click) does it."""
    gelezen = afmeld_token_lezen(token)
    if gelezen is None:
        raise Http404
    deelnemer = get_object_or_404(Deelnemer, pk=gelezen[0])
    soort = MeldingSoort(gelezen[1])
    if request.method == "POST":
        voorkeur, _nieuw = MailVoorkeur.objects.get_or_create(deelnemer=deelnemer)
        setattr(voorkeur, soort.value, False)
        voorkeur.save(update_fields=[soort.value])
        return render(request, "deelnemers/afgemeld.html", {"soort": soort})
    return render(request, "deelnemers/afmelden.html", {"soort": soort})
