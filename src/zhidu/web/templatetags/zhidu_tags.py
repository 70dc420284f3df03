"""Template helpers: bilingual strings ({% t "中文" "English" %}) and clause rendering."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


def _is_en(context: template.Context) -> bool:
    request = context.get("request")
    return bool(request and getattr(request, "LANGUAGE_CODE", "zh-hans").startswith("en"))


@register.simple_tag(takes_context=True)
def t(context: template.Context, zh: str, en: str) -> str:
    """The Chinese text, or the English one when the user switched to English."""
    return en if _is_en(context) else zh


@register.simple_tag
def highlight(pieces: list[tuple[str, bool]]) -> str:
    """Render search snippet pieces, escaping text and wrapping hits in <mark>."""
    return format_html_join("", "{}", ((format_html("<mark>{}</mark>", s) if hit else s,) for s, hit in pieces))
