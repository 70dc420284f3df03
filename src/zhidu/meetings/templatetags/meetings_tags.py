"""Template helpers of the meetings pages: the vocabulary of the meeting checks shown in Chinese or English.

``{% label "kind" item.kind %}`` → 干部任免 / cadre appointment or removal. The Chinese names are the checks'
own (``zhidu.core.rules.library.meetings``: ``KIND_ZH``, ``GROUNDS_ZH``, ``ATTENDEE_ZH``, ``BODY_ZH``) and the
models' choices; the English ones are this page's translation.
"""

from __future__ import annotations

from typing import Any

from django import template

from zhidu.core.rules.library import meetings as lib

from .. import models as M
from .. import service

register = template.Library()

KIND_EN = {
    "major_decision": "major decision",
    "work_plan": "work plan",
    "normative_document": "important document",
    "report_upward": "request or report upward",
    "cadre_appointment": "appointment or removal of cadres",
    "cadre_transfer": "transfer of cadres",
    "cadre_reward_discipline": "reward or discipline of cadres",
    "party_discipline": "disciplining a Party member",
    "reserve_cadre": "reserve cadre nomination",
    "honour_recommendation": "honour nomination",
    "recruitment": "recruitment",
    "staff_affairs": "staff affairs",
    "organisation": "functions, organisation and posts",
    "project": "major project",
    "large_fund": "use of a large sum",
    "fund_use": "use of funds",
    "procurement": "procurement",
    "donation": "donation",
    "asset_disposal": "disposal of assets",
    "budget": "budget",
    "audit_inspection": "audit, inspection or assessment",
    "party_building": "Party building",
    "integrity": "integrity",
    "party_affairs": "organ Party affairs",
    "major_case": "major case",
    "business": "business matter",
    "sanzhong_yida": "“three majors and one large”",
    "general": "general matter",
    "routine": "routine work",
    "complex": "complex question",
}
GROUNDS_EN = {
    "self": "concerns the member",
    "close_relative": "concerns a close relative",
    "relative": "concerns another relative",
    "direct_interest": "a direct interest",
    "other_relationship": "another relationship or reason to step aside",
}
ATTENDEE_EN = {
    "office_head": "head of the office",
    "discipline_secretary": "organ discipline secretary",
    "arbitration_head": "head of the arbitration court",
    "discipline_observer": "discipline inspector",
    "section_head": "head of the section concerned",
    "non_member_leader": "leader who is not a member",
    "other": "other",
}


def _pairs(zh: dict[str, str], en: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {k: (v, en.get(k, k)) for k, v in zh.items()}


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": _pairs(lib.KIND_ZH, KIND_EN),
    "grounds": _pairs(lib.GROUNDS_ZH, GROUNDS_EN),
    "attendee": _pairs(lib.ATTENDEE_ZH, ATTENDEE_EN),
    "body": _pairs(lib.BODY_ZH, lib.BODY_EN),
    "position": _pairs(service.POSITIONS, {"for": "in favour", "against": "against", "defer": "defer (缓议)"}),
    "choice": _pairs(service.CHOICES, {"for": "yes", "against": "no", "abstain": "abstain", "defer": "defer"}),
    "method": _pairs(
        service.METHODS,
        {"show_of_hands": "show of hands", "oral": "oral", "ballot": "secret ballot", "roll_call": "roll call"},
    ),
    "meeting_status": _pairs(
        dict(M.Meeting.STATUSES),
        {"planned": "planned", "notified": "notified", "convened": "in session", "closed": "closed"},
    ),
    "item_status": _pairs(
        dict(M.Item.STATUSES),
        {
            "proposed": "proposed",
            "listed": "on the agenda",
            "discussing": "under discussion",
            "closed": "decided",
            "withdrawn": "withdrawn",
        },
    ),
    "attendance": _pairs(dict(M.Attendance.STATUSES), {"present": "present", "leave": "on leave", "absent": "absent"}),
    "result": _pairs(
        dict(M.ItemOutcome.RESULTS), {"passed": "passed", "not_passed": "not passed", "postponed": "postponed"}
    ),
    "decision_status": _pairs(
        dict(M.Decision.STATUSES), {"in_force": "being carried out", "changed": "changed", "done": "carried out"}
    ),
    "minutes_status": _pairs(dict(M.Minutes.STATUSES), {"draft": "draft", "filed": "filed"}),
    "disagreement": {
        "none": ("无分歧", "none"),
        "divergent": ("意见不统一", "divergent views"),
        "major": ("重大分歧", "major disagreement"),
    },
    "discipline": {
        "": ("无须", "not required"),
        "report": ("须提前向纪检组织报告", "tell the discipline body beforehand"),
        "invite": ("应邀请纪检监督人员列席", "invite the discipline inspector to attend"),
    },
    "change_by": {
        "individual": ("个人", "an individual"),
        "other_meeting": ("其他会议", "another meeting"),
    },
}


def options(vocab: str, keys: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(value, Chinese, English) for a select, in the vocabulary's order (or ``keys``' order)."""
    table = LABELS[vocab]
    return [(k, *table.get(k, (k, k))) for k in (keys if keys is not None else list(table))]


def _is_en(context: template.Context) -> bool:
    request = context.get("request")
    return bool(request and getattr(request, "LANGUAGE_CODE", "zh-hans").startswith("en"))


@register.simple_tag(takes_context=True)
def label(context: template.Context, vocab: str, value: Any) -> str:
    """The name of ``value`` in ``vocab`` (see ``LABELS``) in the page's language; unknown values as they are."""
    zh, en = LABELS.get(vocab, {}).get(str(value), (str(value), str(value)))
    return en if _is_en(context) else zh


@register.filter
def blocking(verdict: Any) -> list[dict[str, Any]]:
    """The findings of a verdict (dict) that decided it: the blocked ones, else the warnings."""
    findings = list((verdict or {}).get("findings") or [])
    for outcome in ("blocked", "needs_approval", "warning"):
        worst = [f for f in findings if f.get("outcome") == outcome]
        if worst:
            return worst
    return []


@register.filter
def by_rule(verdict: Any, suffix: str) -> list[dict[str, Any]]:
    """The findings of a verdict whose rule id ends with ``suffix`` (``quorum``, ``threshold`` …)."""
    return [f for f in (verdict or {}).get("findings") or [] if str(f.get("rule", "")).endswith(suffix)]


@register.filter
def get(mapping: Any, key: Any) -> Any:
    """``mapping[key]`` (None when missing): for per-row form data."""
    try:
        return mapping.get(key) if hasattr(mapping, "get") else mapping[key]
    except (KeyError, IndexError, TypeError):
        return None
