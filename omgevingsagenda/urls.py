from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from leerspoor.views import peiling_kort
from omgevingsagenda import views

# A lost database is an outage (503 "tijdelijk niet beschikbaar"), not a bug (500).
handler500 = "kern.storingen.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    # Only logging in and out: accounts are made by the kernteam, there is no self-service reset.
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
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
