"""Charts drawn on the server: HTML/CSS bars and small inline SVG, always beside a data table.

They need no JavaScript and print in the PDF. The drawing is decoration (aria-hidden);
the table next to it carries the figures for screen readers and for readers without colour.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

register = template.Library()


@register.inclusion_tag("leerspoor/includes/staafdiagram.html")
def staafdiagram(rijen, bijschrift, kolomkop=None, eenheid=None):
    """Horizontal bars for (label, aantal) pairs, with the same figures as a table."""
    rijen = [(str(label), int(aantal or 0)) for label, aantal in rijen]
    hoogste = max((aantal for _label, aantal in rijen), default=0)
    totaal = sum(aantal for _label, aantal in rijen)
    return {
        "bijschrift": bijschrift,
        "kolomkop": kolomkop or _("Categorie"),
        "eenheid": eenheid or _("Aantal"),
        "totaal": totaal,
        "rijen": [
            {
                "label": label,
                "aantal": aantal,
                "breedte": round(100 * aantal / hoogste) if hoogste else 0,
                "procent": round(100 * aantal / totaal) if totaal else 0,
            }
            for label, aantal in rijen
        ],
    }


@register.simple_tag
def risico_verloop_svg(besprekingen, breedte=120, hoogte=32):
    """A sparkline of the score (kans × impact, 1–25) over a risk's reviews, oldest first."""
    scores = [b.kans * b.impact for b in besprekingen]
    if not scores:
        return format_html('<span class="text-body-secondary">{}</span>', _("nog niet besproken"))
    beschrijving = _("Verloop van de score: %(scores)s") % {"scores": " → ".join(str(s) for s in scores)}
    marge = 4
    stap = (breedte - 2 * marge) / max(len(scores) - 1, 1)

    def y(score):
        return round(hoogte - marge - (score - 1) / 24 * (hoogte - 2 * marge), 1)

    punten = [(round(marge + i * stap, 1), y(s)) for i, s in enumerate(scores)]
    lijn = " ".join(f"{x},{yy}" for x, yy in punten)
    cirkels = format_html_join("", '<circle cx="{}" cy="{}" r="2.5"></circle>', punten)
    return format_html(
        '<svg class="oa-verloop" role="img" aria-label="{label}" width="{b}" height="{h}" viewBox="0 0 {b} {h}" '
        'xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
        '<polyline points="{lijn}" fill="none" stroke="currentColor" stroke-width="1.5"></polyline>'
        '<g fill="currentColor">{cirkels}</g></svg>',
        label=beschrijving,
        b=breedte,
        h=hoogte,
        lijn=lijn,
        cirkels=cirkels,
    )


@register.filter
def grafiekrijen(rijen):
    """(waarde, label, aantal) triples as the (label, aantal) pairs a chart takes."""
    return [(str(label)[:1].upper() + str(label)[1:], aantal) for _w, label, aantal in rijen]
