"""Template tags through which pages of apps to the left show reacties, without knowing the model."""

from django import template

from publicatie.models import Reactie

register = template.Library()


@register.inclusion_tag("publicatie/includes/opgave_reacties.html")
def opgave_reacties(opgave):
    """The opgave's reacties that the kernteam answered publicly: one query, nothing shown when there are none."""
    reacties = list(Reactie.objects.filter(opgave=opgave).openbaar_beantwoord().met_gegevens())
    for reactie in reacties:
        reactie.opgave = opgave  # the template links through the opgave's agenda, already loaded
    return {"opgave": opgave, "reacties": reacties}
