from django.urls import path

from publicatie import views

app_name = "publicatie"
urlpatterns = [
    path("", views.versie_lijst, name="lijst"),
    path("verschillen/", views.verschillen, name="verschillen"),
    path("concept/", views.concept, name="concept"),
    path("concept/pdf/", views.concept_pdf, name="concept_pdf"),
    path("<int:nummer>/", views.versie_detail, name="versie"),
    path("<int:nummer>/pdf/", views.versie_pdf, name="pdf"),
    path("<int:nummer>/json/", views.versie_json, name="json"),
    path("<int:nummer>/csv/", views.versie_csv, name="csv"),
]
