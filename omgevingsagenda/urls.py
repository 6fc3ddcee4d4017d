from django.contrib import admin
from django.urls import include, path

from omgevingsagenda import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("healthz/", views.healthz, name="healthz"),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    path("", include("agenda.urls")),
    path("<slug:agenda>/opgaven/", include("opgaven.urls")),
    path("<slug:agenda>/", include("tafels.urls")),
    path("<slug:agenda>/leerspoor/", include("leerspoor.urls")),
    path("<slug:agenda>/versies/", include("publicatie.urls")),
]
