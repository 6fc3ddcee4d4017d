from django.urls import path

from omgevingsagenda.views import in_aanbouw

app_name = "opgaven"
urlpatterns = [
    path("", in_aanbouw, name="lijst"),
    path("<slug:slug>/", in_aanbouw, name="detail"),
]
