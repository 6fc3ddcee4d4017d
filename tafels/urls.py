from django.urls import path

from omgevingsagenda.views import in_aanbouw

app_name = "tafels"
urlpatterns = [
    path("gesprekstafels/", in_aanbouw, name="lijst"),
    path("gesprekstafels/<slug:slug>/", in_aanbouw, name="detail"),
    path("bijeenkomsten/", in_aanbouw, name="bijeenkomsten"),
    path("bijeenkomsten/<int:pk>/", in_aanbouw, name="bijeenkomst"),
]
