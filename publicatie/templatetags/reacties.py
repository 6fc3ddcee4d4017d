from django import template

register = template.Library()


@register.filter
def openbare_reacties(opgave) -> list:
    """The opgave's reacties that the kernteam answered publicly, from the prefetched `reacties` (no query)."""
    return [reactie for reactie in opgave.reacties.all() if reactie.is_openbaar_beantwoord]
