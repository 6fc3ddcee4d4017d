from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from deelnemers import views
from deelnemers.forms import WachtwoordVergetenForm

app_name = "deelnemers"
urlpatterns = [
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            form_class=WachtwoordVergetenForm,
            template_name="registration/wachtwoord_vergeten.html",
            success_url=reverse_lazy("deelnemers:wachtwoord_vergeten_verzonden"),
        ),
        name="wachtwoord_vergeten",
    ),
    path(
        "wachtwoord-vergeten/verzonden/",
        auth_views.PasswordResetDoneView.as_view(template_name="registration/wachtwoord_vergeten_verzonden.html"),
        name="wachtwoord_vergeten_verzonden",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="registration/wachtwoord_herstellen.html",
            success_url=reverse_lazy("deelnemers:wachtwoord_hersteld"),
        ),
        name="wachtwoord_herstellen",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/wachtwoord_hersteld.html"),
        name="wachtwoord_hersteld",
    ),
    path(
        "wachtwoord-wijzigen/",
        auth_views.PasswordChangeView.as_view(
            template_name="registration/wachtwoord_wijzigen.html",
            success_url=reverse_lazy("deelnemers:wachtwoord_gewijzigd"),
        ),
        name="wachtwoord_wijzigen",
    ),
    path(
        "wachtwoord-wijzigen/klaar/",
        auth_views.PasswordChangeDoneView.as_view(template_name="registration/wachtwoord_gewijzigd.html"),
        name="wachtwoord_gewijzigd",
    ),
    path("uitnodiging/<uidb64>/<token>/", views.uitnodiging, name="uitnodiging"),
    path("mijn-gegevens/", views.mijn_gegevens, name="mijn_gegevens"),
    path("mijn-gegevens/download/", views.mijn_gegevens_download, name="mijn_gegevens_download"),
    path("mijn-gegevens/mail/", views.mailvoorkeuren, name="mailvoorkeuren"),
    path("afmelden/<str:token>/", views.afmelden, name="afmelden"),
]
