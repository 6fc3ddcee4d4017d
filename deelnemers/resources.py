"""Import and export of deelnemers with their organisaties (django-import-export), in one set of columns.

A row is matched on its e-mail address, so a second import of the same sheet updates people
instead of duplicating them. An organisation is found by name and made when new (its soort then
comes from the row). Validation is the model's own (full_clean), so every row error is the
Dutch message of the field that refused it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources
from import_export.widgets import ForeignKeyWidget

from deelnemers.models import Deelnemer, Organisatie, OrganisatieSoort

KOLOMMEN = ("email", "naam", "organisatie", "organisatie_soort", "functie", "telefoon", "profiel", "naam_publiek")


class DeelnemerResource(resources.ModelResource):
    organisatie = fields.Field(
        column_name="organisatie", attribute="organisatie", widget=ForeignKeyWidget(Organisatie, field="naam")
    )
    organisatie_soort = fields.Field(column_name="organisatie_soort", attribute="organisatie__soort", readonly=True)

    class Meta:
        model = Deelnemer
        fields = KOLOMMEN
        export_order = KOLOMMEN
        import_id_fields = ["email"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def before_import_row(self, row, **kwargs):
        email = (row.get("email") or "").strip().lower()
        if not email:
            raise ValidationError(_("Elke rij heeft een e-mailadres nodig."), code="geen_email")
        row["email"] = email
        naam = (row.get("organisatie") or "").strip()
        if not naam:
            raise ValidationError(_("Elke rij heeft een organisatie nodig."), code="geen_organisatie")
        row["organisatie"] = naam
        if not Organisatie.objects.filter(naam=naam).exists():
            soort = (row.get("organisatie_soort") or "").strip().lower()
            if soort not in OrganisatieSoort.values:
                raise ValidationError(
                    _("Organisatie %(naam)s is nieuw: geef een geldige organisatie_soort (%(soorten)s).")
                    % {"naam": naam, "soorten": ", ".join(OrganisatieSoort.values)},
                    code="onbekende_soort",
                )
            # Also made in a dry run: import-export rolls the whole import back afterwards.
            Organisatie.objects.create(naam=naam, soort=soort)
        if not (row.get("profiel") or "").strip():
            row["profiel"] = Deelnemer.Profiel.GENERALIST
        if (row.get("naam_publiek") or "") in ("", None):
            row["naam_publiek"] = "0"

    def get_instance(self, instance_loader, row):
        return Deelnemer.objects.filter(email__iexact=row.get("email", "")).first()
