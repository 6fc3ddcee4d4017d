from django.urls import path

from omgevingsagenda.views import in_aanbouw

app_name = "publicatie"
urlpatterns = [
    path("", in_aanbouw, name="lijst"),
    path("<int:nummer>/", in_aanbouw, name="versie"),
]
