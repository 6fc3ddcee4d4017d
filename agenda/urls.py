from django.urls import path

from omgevingsagenda.views import in_aanbouw

app_name = "agenda"
urlpatterns = [
    path("", in_aanbouw, name="home"),
    path("<slug:agenda>/", in_aanbouw, name="overzicht"),
    path("<slug:agenda>/perspectief/", in_aanbouw, name="perspectief"),
]
