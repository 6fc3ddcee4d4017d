from django.urls import path

from agenda import views

app_name = "agenda"
urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:agenda>/", views.overzicht, name="overzicht"),
    path("<slug:agenda>/perspectief/", views.perspectief, name="perspectief"),
]
