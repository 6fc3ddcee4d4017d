from django.urls import path

from leerspoor.views import betrokkenheid, fase, peilingen, risicos

app_name = "leerspoor"
urlpatterns = [
    path("", fase.overzicht, name="overzicht"),
    path("fase/<int:nummer>/", fase.fase, name="fase"),
    path("fase/<int:nummer>/pdf/", fase.fase_pdf_download, name="fase_pdf"),
    # Kernteam only: 404 for deelnemers, the login page for anonymous visitors.
    path("kernteam/risicos/", risicos.risicos, name="risicos"),
    path("kernteam/risicos/<int:pk>/", risicos.risico, name="risico"),
    path("kernteam/overleggen/<int:pk>/", risicos.overleg, name="overleg"),
    path("kernteam/betrokkenheid/", betrokkenheid.betrokkenheid, name="betrokkenheid"),
    path("kernteam/betrokkenheid.csv", betrokkenheid.betrokkenheid_csv, name="betrokkenheid_csv"),
    path("kernteam/peilingen/", peilingen.peilingen, name="peilingen"),
    path("kernteam/peilingen/<int:pk>/", peilingen.peiling_beheer, name="peiling_beheer"),
    path("kernteam/peilingen/<int:pk>/projector/", peilingen.peiling_projector, name="peiling_projector"),
    path("kernteam/peilingen/<int:pk>/uitslag/", peilingen.peiling_uitslag, name="peiling_uitslag"),
    path(
        "kernteam/peilingen/<int:pk>/uitslag/cijfers/",
        peilingen.peiling_uitslag_fragment,
        name="peiling_uitslag_fragment",
    ),
    # The link behind the QR code: the token is the way in for attendees without an account.
    path("peiling/<str:token>/", peilingen.peiling_beantwoorden, name="peiling_beantwoorden"),
]
