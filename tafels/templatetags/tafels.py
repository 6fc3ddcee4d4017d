"""Template tags through which pages of apps to the left show gesprekstafels, without knowing the model."""

from django import template

from tafels.models import Gesprekstafel

register = template.Library()


@register.inclusion_tag("tafels/includes/opgave_gesprekstafels.html", takes_context=True)
def opgave_gesprekstafels(context, opgave):
    """The gesprekstafels that deepened `opgave`, as far as the viewer may see them: one query."""
    tafels = Gesprekstafel.objects.filter(opgaven=opgave).zichtbaar_voor(context["request"].user)
    return {"agenda": context["agenda"], "tafels": list(tafels.only("slug", "titel"))}


@register.simple_tag(takes_context=True)
def aantal_gesprekstafels(context, agenda) -> int:
    """How many gesprekstafels of `agenda` the viewer may see: one query."""
    return Gesprekstafel.objects.filter(agenda=agenda).zichtbaar_voor(context["request"].user).count()
