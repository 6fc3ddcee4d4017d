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
]
