"""Duty approvals (值班): leave from a duty shift, and the holiday duty roster.

- 文山 第三十六条(二) (wenshan-hrss:40:2): “值班人员因病或其他原因不能按期值班,带班领导因特殊情况需要离开文山城区的,
  必须事先向局领导请假,经批准后告知办公室方可离开,同时做好交接手续工作” — ``duty.absence``: a bureau leader approves
  (the applicant can never approve their own: approver resolution refuses it, with the clause); once approved the
  office is told and the handover made, which the form records.
- 文山 第三十六条(一) (wenshan-hrss:40:1): “重要节庆活动、法定节假日期间全局的值班工作由办公室负责统筹安排…并征求有关
  科室意见,报分管领导同意后执行”; 区局《机关值班管理规定》一 (district-bureau:35:1) “带班领导为处级干部” —
  ``duty.roster``: the office puts the period's roster (zhidu.attendance's 值班表) to the leader in charge; approved,
  the period's shifts are approved for execution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django import forms

from . import register
from .base import Context, Kind
from .leave import YES_NO, choice, date_field, flag, label

LEADER_RANKS = [
    ("division", "正处级 / division"),
    ("deputy_division", "副处级 / deputy division"),
    ("section", "正科级 / section"),
    ("deputy_section", "副科级 / deputy section"),
    ("staff", "一般干部 / staff"),
]


class DutyAbsenceForm(forms.Form):
    role = choice(
        "值班身份",
        "role on duty",
        [("duty_staff", "值班人员 / person on duty"), ("duty_leader", "带班领导 / leader on duty")],
        required=True,
    )
    duty_day = date_field("值班日期", "day of the shift")
    reason = forms.CharField(label=label("原因", "reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    leaves_city = choice("需离开城区（带班领导）", "leaves the city (duty leader)", YES_NO, initial="yes")
    substitute = forms.CharField(label=label("替班人员", "stand-in"), max_length=50, required=False)
    office_informed = flag("已告知办公室", "the office has been told")
    handover_done = flag("已做好交接手续", "the handover is done")


@register
class DutyAbsence(Kind):
    """值班请假: a person on duty who cannot serve, or the leader on duty who must leave the city."""

    id = "duty.absence"
    name_zh = "值班请假"
    name_en = "Leave from duty"
    domain = "duty"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = DutyAbsenceForm
    checks = ("duty.absence",)
    cites = ("wenshan-hrss:40:2",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {
            "role": data["role"],
            "leaves_city": data.get("leaves_city", "yes") != "no",
            "approved": False,
            "office_informed": bool(data.get("office_informed")),
            "handover_done": bool(data.get("handover_done")),
            "already_left": False,
        }

    def title(self, data: Mapping[str, Any]) -> str:
        who = "带班领导" if data.get("role") == "duty_leader" else "值班人员"
        return f"值班请假（{who}）：{data.get('duty_day')}"


class RosterForm(forms.Form):
    period_start = date_field("值班表起始日", "first day of the roster")
    period_end = date_field("值班表截止日", "last day of the roster")
    holiday = flag("重要节庆活动、法定节假日期间的值班", "holiday or festival duty")
    sections_consulted = flag("已征求有关科室意见", "the sections concerned were consulted")
    leader_rank = choice("带班领导职级（最低者）", "rank of the leaders on duty (lowest)", [("", "—"), *LEADER_RANKS])
    note = forms.CharField(label=label("说明", "note"), max_length=500, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        a, b = data.get("period_start"), data.get("period_end")
        if isinstance(a, dt.date) and isinstance(b, dt.date):
            if b < a:
                self.add_error("period_end", f"截止日 {b} 早于起始日 {a} / the roster ends {b} before it starts {a}")
            elif (b - a).days > 92:
                self.add_error("period_end", "值班表超过一个季度，请分期报批 / more than a quarter: split the roster")
        return data


@register
class DutyRoster(Kind):
    """值班表审批: the office's roster for a period, put to the leader in charge (文山 holidays) or checked for
    a 处级 leader on duty (区局)."""

    id = "duty.roster"
    name_zh = "值班表审批"
    name_en = "Duty roster"
    domain = "duty"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = RosterForm
    checks = ("duty.roster",)
    cites = ("wenshan-hrss:40:1", "district-bureau:35:1")

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.attendance import service

        facts: dict[str, Any] = {
            "holiday": bool(data.get("holiday")),
            "sections_consulted": bool(data.get("sections_consulted")),
            "approved_by": [],
        }
        rank = data.get("leader_rank") or service.lowest_leader_rank(ctx.agency, data)
        if rank:
            facts["leader_rank"] = rank
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        return f"值班表：{data.get('period_start')}至{data.get('period_end')}" + (
            "（节假日）" if data.get("holiday") else ""
        )

    def on_approved(self, application: Any) -> None:
        from zhidu.attendance import service

        service.approve_roster(application)
