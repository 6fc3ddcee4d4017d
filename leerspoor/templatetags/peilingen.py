"""Template tags through which pages of apps to the left show peilingen, without knowing the model."""

from django import template

from leerspoor.models import Peiling, PeilingStatus

register = template.Library()


@register.inclusion_tag("leerspoor/includes/bijeenkomst_peilingen.html", takes_context=True)
def bijeenkomst_peilingen(context, bijeenkomst):
    """The peilingen of a bijeenkomst the viewer may see, with their links: one query."""
    request = context["request"]
    peilingen = Peiling.objects.filter(bijeenkomst=bijeenkomst).zichtbaar_voor(request.user)
    return {
        "agenda": context["agenda"],
        "bijeenkomst": bijeenkomst,
        "peilingen": list(peilingen),
        "is_kernteam": context.get("is_kernteam", False),
        "OPEN": PeilingStatus.OPEN,
        "VOORBEREID": PeilingStatus.VOORBEREID,
    }
