from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from two_factor.urls import core as twee_factor_kern
from two_factor.urls import profile as twee_factor_profiel

from leerspoor.views.peilingen import peiling_kort
from omgevingsagenda import beveiliging, views

# A lost database is an outage (503 "tijdelijk niet beschikbaar"), not a bug (500).
handler500 = "kern.storingen.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Self-service: invitations, password reset and change, Mijn gegevens, mail preferences.
    path("accounts/", include("deelnemers.urls")),
    path("kalender/", include("tafels.kalender_urls")),
    path("healthz/", views.healthz, name="healthz"),
    path(".well-known/security.txt", beveiliging.security_txt, name="security_txt"),
    # Two factors for the kernteam: our own second login step, django-two-factor-auth's set-up and
    # backup codes (not its login: logging in stays /accounts/login/ and /admin/login/).
    path("accounts/tweede-factor/", beveiliging.tweede_factor, name="tweede_factor"),
    path(
        "",
        include(([p for p in twee_factor_kern if p.name != "login"] + twee_factor_profiel, "two_factor")),
    ),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    # The short link a projector shows beside the QR code of a peiling.
    path("p/<str:token>/", peiling_kort, name="peiling_kort"),
    path("", include("agenda.urls")),
    path("<slug:agenda>/opgaven/", include("opgaven.urls")),
    path("<slug:agenda>/", include("tafels.urls")),
    path("<slug:agenda>/leerspoor/", include("leerspoor.urls")),
    path("<slug:agenda>/versies/", include("publicatie.urls")),
]
