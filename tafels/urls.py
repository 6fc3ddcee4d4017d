from django.urls import path

from tafels import views

app_name = "tafels"
urlpatterns = [
    path("gesprekstafels/", views.lijst, name="lijst"),
    path("gesprekstafels/<slug:slug>/", views.detail, name="detail"),
    path("bijeenkomsten/", views.bijeenkomsten, name="bijeenkomsten"),
    path("bijeenkomsten/<int:pk>/", views.bijeenkomst, name="bijeenkomst"),
]
