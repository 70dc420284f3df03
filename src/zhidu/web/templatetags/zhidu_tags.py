"""Template helpers: bilingual strings ({% t "中文" "English" %}) and clause rendering."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.utils.html import format_html, format_html_join

from zhidu.web import labels

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


@register.simple_tag(takes_context=True)
def domain_label(context: template.Context, domain: str) -> str:
    """A domain id (``finance-budget``) as its name: 财务 / Finance and budget; unknown ids as they are."""
    return labels.domain_label(domain, _is_en(context))


@register.simple_tag(takes_context=True)
def kind_label(context: template.Context, kind: str) -> str:
    """A kind of 制度 (``ENFORCE``…) as its name: 可强制校验 / Enforceable."""
    return labels.kind_label(kind, _is_en(context))


@register.filter
def clause_text(text: str) -> str:
    """A clause's verbatim text for display: each line trimmed, blank lines (layout of the seed) dropped."""
    return "\n".join(s for line in text.splitlines() if (s := line.strip()))


@register.filter
def clause_label(display: str) -> str:
    """The part of a display form after the title: 《党组会议制度》第三条第（五）项 → 第三条第（五）项
    ("" for the 制度 as a whole)."""
    title_end = display.find("》") if display.startswith("《") else -1
    return display[title_end + 1 :] if title_end >= 0 else display


@register.simple_tag(takes_context=True)
def with_params(context: template.Context, **params: object) -> str:
    """The current query string with some parameters replaced (``None`` or "" removes one): ``?q=…&page=2``."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for key, value in params.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = str(value)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
