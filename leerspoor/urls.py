from django.urls import path

from . import views

app_name = "leerspoor"
urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("fase/<int:nummer>/", views.fase, name="fase"),
    path("fase/<int:nummer>/pdf/", views.fase_pdf_download, name="fase_pdf"),
    # Kernteam only: 404 for deelnemers, the login page for anonymous visitors.
    path("kernteam/risicos/", views.risicos, name="risicos"),
    path("kernteam/risicos/<int:pk>/", views.risico, name="risico"),
    path("kernteam/overleggen/<int:pk>/", views.overleg, name="overleg"),
    path("kernteam/betrokkenheid/", views.betrokkenheid, name="betrokkenheid"),
    path("kernteam/betrokkenheid.csv", views.betrokkenheid_csv, name="betrokkenheid_csv"),
    path("kernteam/peilingen/", views.peilingen, name="peilingen"),
    path("kernteam/peilingen/<int:pk>/", views.peiling_beheer, name="peiling_beheer"),
    path("kernteam/peilingen/<int:pk>/projector/", views.peiling_projector, name="peiling_projector"),
    path("kernteam/peilingen/<int:pk>/uitslag/", views.peiling_uitslag, name="peiling_uitslag"),
    path(
        "kernteam/peilingen/<int:pk>/uitslag/cijfers/", views.peiling_uitslag_fragment, name="peiling_uitslag_fragment"
    ),
    # The link behind the QR code: the token is the way in for attendees without an account.
    path("peiling/<str:token>/", views.peiling_beantwoorden, name="peiling_beantwoorden"),
]
