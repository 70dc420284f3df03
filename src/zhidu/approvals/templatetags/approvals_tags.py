"""Labels for the approval pages, in the user's language: outcomes, roles, actions, statuses, domains."""

from __future__ import annotations

from django import template

from zhidu.approvals import service

register = template.Library()

OUTCOMES = {
    "allowed": ("允许", "Allowed"),
    "warning": ("提醒", "Warning"),
    "needs_approval": ("需审批", "Needs approval"),
    "blocked": ("不允许", "Not allowed"),
    "incomplete": ("尚未填完", "Not filled in yet"),
    "": ("—", "—"),
}
DOMAINS = {
    "finance": ("财务报销", "Spending"),
    "reception": ("公务接待", "Receptions"),
    "travel": ("差旅", "Travel"),
    "vehicles": ("公务用车", "Vehicles"),
    "leave": ("请假与外出", "Leave and trips"),
    "attendance": ("考勤", "Attendance"),
    "duty": ("值班", "Duty"),
    "seals": ("印章", "Seals"),
    "purchases": ("采购", "Purchases"),
    "assets": ("资产", "Assets"),
}
STATUSES = {
    "draft": ("草稿", "Draft"),
    "submitted": ("审批中", "In approval"),
    "approved": ("已批准", "Approved"),
    "returned": ("已退回", "Returned"),
    "withdrawn": ("已撤回", "Withdrawn"),
    "rejected": ("不予批准", "Rejected"),
    "waiting": ("未到", "Waiting"),
    "pending": ("待审批", "Pending"),
    "skipped": ("已撤销", "Cancelled"),
}


def _en(context: template.Context) -> bool:
    request = context.get("request")
    return bool(request and getattr(request, "LANGUAGE_CODE", "zh-hans").startswith("en"))


def _pick(context: template.Context, pair: tuple[str, str]) -> str:
    return pair[1] if _en(context) else pair[0]


@register.simple_tag(takes_context=True)
def outcome_label(context: template.Context, outcome: str) -> str:
    return _pick(context, OUTCOMES.get(outcome or "", (outcome, outcome)))


@register.simple_tag(takes_context=True)
def role_label(context: template.Context, role: str) -> str:
    return _pick(context, service.role_label(role))


@register.simple_tag(takes_context=True)
def event_label(context: template.Context, action: str) -> str:
    return _pick(context, service.event_label(action))


@register.simple_tag(takes_context=True)
def status_label(context: template.Context, status: str) -> str:
    return _pick(context, STATUSES.get(status, (status, status)))


@register.simple_tag(takes_context=True)
def domain_name(context: template.Context, domain: str) -> str:
    return _pick(context, DOMAINS.get(domain, (domain, domain)))


@register.simple_tag(takes_context=True)
def kind_name(context: template.Context, kind: object) -> str:
    return str(getattr(kind, "name_en", "") if _en(context) else getattr(kind, "name_zh", ""))
