from django.urls import path

from publicatie import views

app_name = "publicatie"
urlpatterns = [
    path("", views.versie_lijst, name="lijst"),
    path("verschillen/", views.verschillen, name="verschillen"),
    path("concept/", views.concept, name="concept"),
    path("concept/pdf/", views.concept_pdf, name="concept_pdf"),
    path("mijn-reacties/", views.mijn_reacties, name="mijn_reacties"),
    path("reacties/", views.reacties, name="reacties"),
    path("reacties/csv/", views.reacties_csv, name="reacties_csv"),
    path("reacties/<int:pk>/", views.reactie_verwerken, name="reactie_verwerken"),
    path("<int:nummer>/", views.versie_detail, name="versie"),
    path("<int:nummer>/pdf/", views.versie_pdf, name="pdf"),
    path("<int:nummer>/json/", views.versie_json, name="json"),
    path("<int:nummer>/csv/", views.versie_csv, name="csv"),
    path("<int:nummer>/reageren/", views.reageren, name="reageren"),
    path("<int:nummer>/nota/", views.nota, name="nota"),
    path("<int:nummer>/nota/pdf/", views.nota_pdf, name="nota_pdf"),
]
