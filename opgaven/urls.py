from django.urls import path

from opgaven import views

app_name = "opgaven"
urlpatterns = [
    path("", views.lijst, name="lijst"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/bewerken/", views.bewerken, name="bewerken"),
]
