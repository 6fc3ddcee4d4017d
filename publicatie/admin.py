from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from deelnemers.permissions import is_kernteam
from kern.beheer import DomeinAdmin
from publicatie.meldingen import reactie_afgehandeld_melden, versie_open_melden
from publicatie.models import Reactie, Versie, VersieStatus
from publicatie.pdf import weergave
from publicatie.services import momentopname_van_versie, versie_publiceren
from publicatie.tasks import versie_pdf_maken_inplannen


@admin.register(Versie)
class VersieAdmin(DomeinAdmin):
    list_display = ["nummer", "label", "agenda", "status", "gepubliceerd_op", "open_voor_reacties"]
    list_display_links = ["nummer", "label"]
    list_filter = ["status", "agenda"]
    list_select_related = ["agenda"]
    search_fields = ["label", "toelichting"]
    fields = [
        "agenda",
        "nummer",
        "label",
        "toelichting",
        "open_voor_reacties",
        "status",
        "gepubliceerd_op",
        "pdf",
        "pdf_pogingen",
        "pdf_fout",
    ]
    actions = ["publiceren", "pdf_opnieuw_maken"]
    change_form_template = "admin/publicatie/versie/change_form.html"

    def get_readonly_fields(self, request, obj=None):
        # Publishing goes through the confirmation page only, never by editing the status.
        altijd = ["status", "gepubliceerd_op", "pdf", "pdf_pogingen", "pdf_fout"]
        if obj is not None and obj.is_gepubliceerd:
            # Frozen: everything but whether reacties are still welcome.
            return [veld for veld in self.fields if veld != "open_voor_reacties"]
        return altijd

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_gepubliceerd:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "open_voor_reacties" in form.changed_data or not change:
            # Once per version (the sent-log), however often the box is ticked.
            versie_open_melden(obj)

    def revert_disabled(self, request, obj=None):
        return (obj is not None and obj.is_gepubliceerd) or super().revert_disabled(request, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("agenda")

    def get_urls(self):
        return [
            path(
                "<path:object_id>/publiceren/",
                self.admin_site.admin_view(self.publiceren_view),
                name="publicatie_versie_publiceren",
            ),
            *super().get_urls(),
        ]

    @admin.action(description=_("Publiceren (met bevestiging)"))
    def publiceren(self, request, queryset):
        concepten = list(queryset.filter(status=VersieStatus.CONCEPT)[:2])
        if len(concepten) != 1 or queryset.count() != 1:
            self.message_user(
                request, _("Kies precies één versie die nog niet gepubliceerd is."), level=messages.WARNING
            )
            return None
        return redirect("admin:publicatie_versie_publiceren", concepten[0].pk)

    @admin.action(description=_("PDF opnieuw maken (gepubliceerde versies zonder PDF)"))
    def pdf_opnieuw_maken(self, request, queryset):
        zonder_pdf = list(queryset.filter(status=VersieStatus.GEPUBLICEERD, pdf=""))
        for versie in zonder_pdf:
            # A fresh count of attempts: the kernteam has looked at the error.
            Versie.objects.filter(pk=versie.pk).update(pdf_pogingen=0)
            versie_pdf_maken_inplannen(versie_id=versie.pk)
        self.message_user(
            request,
            ngettext(
                "De PDF van %(aantal)d versie wordt gemaakt.",
                "De PDF's van %(aantal)d versies worden gemaakt.",
                len(zonder_pdf),
            )
            % {"aantal": len(zonder_pdf)},
            level=messages.SUCCESS,
        )

    def publiceren_view(self, request, object_id):
        """Shows what publishing will freeze; a POST freezes it."""
        if not is_kernteam(request.user):
            raise PermissionDenied
        # get_object turns an id that is no number ("abc", 25 digits) into None, as the change view does.
        versie = self.get_object(request, object_id)
        if versie is None:
            raise Http404
        wijzig_url = reverse("admin:publicatie_versie_change", args=[versie.pk])
        if versie.is_gepubliceerd:
            self.message_user(request, _("Deze versie is al gepubliceerd."), level=messages.WARNING)
            return redirect(wijzig_url)
        if request.method == "POST":
            versie = versie_publiceren(versie=versie)
            self.message_user(
                request,
                _("Versie %(nummer)s is gepubliceerd en ligt nu vast; de PDF wordt gemaakt.")
                % {"nummer": versie.nummer},
                level=messages.SUCCESS,
            )
            return redirect(wijzig_url)
        inhoud = weergave(momentopname_van_versie(versie))
        aantal_acties = sum(len(o["acties"]) for o in inhoud["opgaven"])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Versie %(nummer)s publiceren") % {"nummer": versie.nummer},
            "versie": versie,
            "inhoud": inhoud,
            "samenvatting": ngettext(
                "%(opgaven)d omgevingsopgave met in totaal %(acties)d acties",
                "%(opgaven)d omgevingsopgaven met in totaal %(acties)d acties",
                len(inhoud["opgaven"]),
            )
            % {"opgaven": len(inhoud["opgaven"]), "acties": aantal_acties},
            "wijzig_url": wijzig_url,
        }
        return TemplateResponse(request, "admin/publicatie/versie/publiceren.html", context)


@admin.register(Reactie)
class ReactieAdmin(DomeinAdmin):
    """The raw rows; the kernteam processes reacties on its own page (Versies → Reacties verwerken)."""

    list_display = ["__str__", "versie", "opgave", "categorie", "status", "antwoord_openbaar", "ingediend_op"]
    list_filter = ["status", "categorie", "antwoord_openbaar", "versie__agenda", "versie"]
    list_select_related = ["versie__agenda", "opgave", "organisatie"]
    search_fields = ["tekst", "antwoord", "organisatie__naam", "indiener__naam"]
    autocomplete_fields = ["indiener", "organisatie", "opgave"]
    readonly_fields = ["ingediend_op"]
    date_hierarchy = "ingediend_op"
    fieldsets = [
        (None, {"fields": ["versie", "opgave", ("indiener", "organisatie"), "tekst", "categorie", "ingediend_op"]}),
        (_("Verwerking door het kernteam"), {"fields": ["status", "antwoord", "antwoord_openbaar", "verwerkt_in"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("versie__agenda")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Answered here instead of on the kernteam's page: the indiener hears of it all the same.
        reactie_afgehandeld_melden(obj)
