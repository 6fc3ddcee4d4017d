"""Template tags through which pages of apps to the left show gesprekstafels, without knowing the model."""

from django import template

from tafels.models import Gesprekstafel

register = template.Library()


@register.inclusion_tag("tafels/includes/opgave_gesprekstafels.html", takes_context=True)
def opgave_gesprekstafels(context, opgave):
    """The gesprekstafels that deepened `opgave`, as far as the viewer may see them: one query."""
    tafels = Gesprekstafel.objects.filter(opgaven=opgave).zichtbaar_voor(context["request"].user)
    return {"agenda": context["agenda"], "tafels": list(tafels.only("slug", "titel"))}
