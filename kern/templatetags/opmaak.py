"""Template filters for long texts: Markdown, sanitised with nh3 before it reaches a page."""

import markdown as md
import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

TOEGESTANE_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "h2", "h3", "h4",
    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr",
}  # fmt: skip


def markdown_naar_html(tekst: str) -> str:
    html = md.markdown(tekst or "", extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(html, tags=TOEGESTANE_TAGS, attributes={"a": {"href", "title"}, "th": {"scope"}})


@register.filter(name="markdown")
def markdown_filter(tekst):
    return mark_safe(markdown_naar_html(tekst))  # noqa: S308 - sanitised by nh3 above
