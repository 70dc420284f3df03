"""Template helpers of the attendance pages: an outcome's name and badge class."""

from __future__ import annotations

from django import template

register = template.Library()

OUTCOMES = {
    "allowed": ("允许", "allowed", "kind-checklist"),
    "warning": ("提醒", "warning", ""),
    "needs_approval": ("需审批", "needs approval", "kind-workflow"),
    "blocked": ("不允许", "not allowed", "kind-enforce"),
}


@register.simple_tag(takes_context=True)
def outcome(context: template.Context, value: str) -> str:
    """The outcome's name in the page's language."""
    request = context.get("request")
    en = bool(request and getattr(request, "LANGUAGE_CODE", "zh-hans").startswith("en"))
    zh_name, en_name, _ = OUTCOMES.get(value, (value, value, ""))
    return en_name if en else zh_name


@register.filter
def outcome_class(value: str) -> str:
    return OUTCOMES.get(value, ("", "", ""))[2]


@register.filter
def get(mapping: object, key: object) -> object:
    """``mapping|get:key`` (a dict looked up with a variable key)."""
    return mapping.get(key, "") if isinstance(mapping, dict) else ""
