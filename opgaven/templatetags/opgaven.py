"""Template tags through which pages of apps to the left (the agenda overview, the perspectief) show opgaven.

The way the house composes a page of several apps (README, "Opbouw"): the page belongs to the
app of its subject, and every panel of an app to its right comes from that app's template tag,
which does its own query with its own visibility rule. The app on the left imports nothing of
the right.
"""

from django import template
from django.db.models import Prefetch, prefetch_related_objects

from opgaven.models import Opgave

register = template.Library()


@register.inclusion_tag("opgaven/includes/omgevingsopgaven.html", takes_context=True)
def omgevingsopgaven(context, agenda):
    """The agenda's omgevingsopgaven in their order, as far as the viewer may see them: one query."""
    opgaven = Opgave.objects.filter(agenda=agenda).zichtbaar_voor(context["request"].user).omgevingsopgaven()
    return {"agenda": agenda, "omgevingsopgaven": list(opgaven)}


@register.inclusion_tag("opgaven/includes/trends.html", takes_context=True)
def trends_met_opgaven(context, trends, trendfilter):
    """Trends with the opgaven each touches (those the viewer may see, in their order): one query for all."""
    zichtbaar = Opgave.objects.zichtbaar_voor(context["request"].user).in_volgorde()
    prefetch_related_objects(trends, Prefetch("opgaven", queryset=zichtbaar, to_attr="zichtbare_opgaven"))
    return {"agenda": context["agenda"], "trends": trends, "trendfilter": trendfilter}
