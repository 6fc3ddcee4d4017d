from django.urls import path

from tafels import views

app_name = "tafels"
urlpatterns = [
    path("gesprekstafels/", views.lijst, name="lijst"),
    path("gesprekstafels/<slug:slug>/", views.detail, name="detail"),
    path("bijeenkomsten/", views.bijeenkomsten, name="bijeenkomsten"),
    path("bijeenkomsten/<int:pk>/", views.bijeenkomst, name="bijeenkomst"),
    path("bijeenkomsten/<int:pk>/aanmelden/", views.aanmelden, name="aanmelden"),
    path("bijeenkomsten/<int:pk>/afmelden/", views.afmelden, name="afmelden"),
    path("bijeenkomsten/<int:pk>/bijeenkomst.ics", views.bijeenkomst_ics, name="bijeenkomst_ics"),
    path("bijeenkomsten/<int:pk>/aanmeldingen.csv", views.aanmeldingen_csv, name="aanmeldingen_csv"),
]
