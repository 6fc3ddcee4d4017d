from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from leerspoor.views.peilingen import peiling_kort
from omgevingsagenda import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Self-service: invitations, password reset and change, Mijn gegevens, mail preferences.
    path("accounts/", include("deelnemers.urls")),
    path("kalender/", include("tafels.kalender_urls")),
    path("healthz/", views.healthz, name="healthz"),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    # The short link a projector shows beside the QR code of a peiling.
    path("p/<str:token>/", peiling_kort, name="peiling_kort"),
    path("", include("agenda.urls")),
    path("<slug:agenda>/opgaven/", include("opgaven.urls")),
    path("<slug:agenda>/", include("tafels.urls")),
    path("<slug:agenda>/leerspoor/", include("leerspoor.urls")),
    path("<slug:agenda>/versies/", include("publicatie.urls")),
]
