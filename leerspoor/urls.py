from django.urls import path

from omgevingsagenda.views import in_aanbouw

app_name = "leerspoor"
urlpatterns = [
    path("", in_aanbouw, name="overzicht"),
    path("fase/<int:nummer>/", in_aanbouw, name="fase"),
]
