from django.urls import path

from publicatie.views import reacties, versies

app_name = "publicatie"
urlpatterns = [
    path("", versies.versie_lijst, name="lijst"),
    path("verschillen/", versies.verschillen, name="verschillen"),
    path("concept/", versies.concept, name="concept"),
    path("concept/pdf/", versies.concept_pdf, name="concept_pdf"),
    path("wijzigingen/", versies.wijzigingen, name="wijzigingen"),
    path("mijn-reacties/", reacties.mijn_reacties, name="mijn_reacties"),
    path("reacties/", reacties.reacties, name="reacties"),
    path("reacties/csv/", reacties.reacties_csv, name="reacties_csv"),
    path("reacties/<int:pk>/", reacties.reactie_verwerken, name="reactie_verwerken"),
    path("<int:nummer>/", versies.versie_detail, name="versie"),
    path("<int:nummer>/pdf/", versies.versie_pdf, name="pdf"),
    path("<int:nummer>/json/", versies.versie_json, name="json"),
    path("<int:nummer>/csv/", versies.versie_csv, name="csv"),
    path("<int:nummer>/reageren/", reacties.reageren, name="reageren"),
    path("<int:nummer>/nota/", reacties.nota, name="nota"),
    path("<int:nummer>/nota/pdf/", reacties.nota_pdf, name="nota_pdf"),
]
