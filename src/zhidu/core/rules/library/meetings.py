"""Meetings and collective decisions: quorum (到会人数) per body and topic.

Each agency's figures are parameters (``agencies/<slug>/parameters/meetings.yaml``) that cite their clause:
- 通榆 《党组会议制度》第三条第（五）项: 半数以上到会；干部任免、处分党员 三分之二以上;
- 区局 《党组会议议事规则》二、㈤: 半数以上；讨论干部问题 三分之二以上;
- 文山 《会议制度》(一)4.(1): 党组会议一律 2/3 以上;
- 白城 《党组议事规则》四、（一）: 过半数（不含半数）；研究干部工作 三分之二.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ...errors import NotFound
from ..model import Finding, Outcome
from ..registry import RuleContext, check, rule

TOPIC_KINDS = [
    "cadre_appointment",  # 干部任免
    "cadre_transfer",  # 干部调动
    "cadre_reward_discipline",  # 干部奖惩
    "party_discipline",  # 处分党员
    "sanzhong_yida",  # “三重一大”
    "major_decision",  # 重大决策
    "project",  # 重大项目
    "large_fund",  # 大额资金
    "general",  # 一般事项
]

CONVENE = check(
    "meeting.convene",
    "会议能否召开（到会人数）",
    "May the meeting be held (quorum)",
    {
        "type": "object",
        "required": ["body", "members", "present"],
        "additionalProperties": False,
        "properties": {
            "body": {"enum": ["party_group"], "description": "决策机构 decision body"},
            "members": {"type": "integer", "minimum": 1, "maximum": 200, "description": "应到会成员数"},
            "present": {"type": "integer", "minimum": 0, "maximum": 200, "description": "实到会成员数"},
            "topic_kinds": {"type": "array", "items": {"enum": TOPIC_KINDS}, "uniqueItems": True},
        },
    },
)


def _fmt(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):.2f}".rstrip("0").rstrip(".")


@rule(
    "meeting.party_group.quorum",
    check="meeting.convene",
    agencies=["tongyu-hrss", "district-bureau", "wenshan-hrss", "baicheng-fupin"],
    cites=[],
    params=[
        "meeting.party_group.quorum_strict",
        "meeting.party_group.quorum_special",
        "meeting.party_group.quorum_special_kinds",
    ],
)
def party_group_quorum(facts: Any, ctx: RuleContext) -> Finding:
    """党组会议的到会人数：一般比例，或议题属干部/处分等类别时的特别比例。"""
    members, present = facts["members"], facts["present"]
    if present > members:
        return ctx.finding(
            Outcome.BLOCKED,
            f"实到 {present} 人多于应到 {members} 人，请核对到会名单",
            f"{present} present is more than the {members} members; check the attendance list",
            trace=[f"实到 {present} > 应到 {members}"],
        )
    kinds = set(facts.get("topic_kinds", []))
    name = "meeting.party_group.quorum"
    try:
        special_kinds = set(ctx.param("meeting.party_group.quorum_special_kinds"))
    except NotFound:  # e.g. 文山: one share for every topic
        special_kinds = set()
    if kinds & special_kinds:
        name = "meeting.party_group.quorum_special"
        strict = False
    else:
        strict = bool(ctx.param("meeting.party_group.quorum_strict"))
    share: Fraction = ctx.param(name)
    need = share * members
    ok = present > need if strict else present >= need
    op = (">" if strict else "≥") if ok else ("≤" if strict else "<")
    trace = [f"到会 {present} 人 {op} 应到 {members} 人 × {share} = {_fmt(need)}"]
    if ok:
        outcome = Outcome.ALLOWED
        zh = f"到会 {present}/{members} 人，符合召开要求"
        en = f"{present} of {members} members present: quorum met"
    else:
        outcome = Outcome.BLOCKED
        zh = f"到会 {present}/{members} 人，不足{'超过' if strict else ''}{share}，会议不得召开"
        en = f"{present} of {members} members present: below the quorum of {'more than ' if strict else ''}{share}"
    return ctx.finding(outcome, zh, en, trace=trace, extra=[ctx.param_cited(name)])
