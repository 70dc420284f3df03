"""Attendance approvals (考勤): compensatory leave for rest-day and holiday overtime (加班补休).

区局《考勤管理办法(试行)》三(二) 末段: “工作人员经分管局长批准在公休日、节假日安排加班的(不含已发给补助的),经分管局长
批准,应当给予相应补休” (district-bureau:58:3.2) — ``attendance.overtime``: overtime arranged with the deputy's
approval and not paid an allowance earns as many days of 补休, which the deputy in charge approves. Approved, the
days are booked to the person's 补休 balance, from which a 补休 leave request (``leave.request``, 假别 补休) draws.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from . import register
from .base import Context, Kind
from .leave import date_field, flag, label


class OvertimeForm(forms.Form):
    worked_on = date_field("加班日期（首日）", "first day of overtime")
    worked_to = date_field("加班日期（末日）", "last day of overtime")
    overtime_days = forms.DecimalField(
        label=label("加班天数", "days of overtime"),
        min_value=Decimal("0.5"),
        max_value=Decimal("60"),
        max_digits=4,
        decimal_places=1,
    )
    task = forms.CharField(label=label("加班事项", "what the overtime was for"), max_length=500)
    arranged_by_deputy = flag("加班经分管局长批准安排", "overtime arranged with the deputy's approval")
    allowance_paid = flag("已发给加班补助", "an overtime allowance was paid")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        a, b, n = data.get("worked_on"), data.get("worked_to"), data.get("overtime_days")
        if isinstance(a, dt.date) and isinstance(b, dt.date):
            if b < a:
                self.add_error("worked_to", f"末日 {b} 早于首日 {a} / the last day {b} is before the first {a}")
            elif n is not None and n > (b - a).days + 1:
                self.add_error(
                    "overtime_days",
                    f"加班天数 {n} 超过日期之间的 {(b - a).days + 1} 天 / {n} days exceed the {(b - a).days + 1} days",
                )
            elif (b - a).days > 60:
                self.add_error("worked_to", "加班跨度超过60天，请核对 / more than 60 days: check the dates")
        if n is not None and n * 2 != int(n * 2):
            self.add_error("overtime_days", "天数应以半天为单位 / days come in half days")
        return data


@register
class Overtime(Kind):
    """加班补休: the deputy in charge approves the 补休 that approved rest-day or holiday overtime earns."""

    id = "attendance.overtime"
    name_zh = "加班补休"
    name_en = "Compensatory leave for overtime"
    domain = "attendance"
    area = ""  # 分管领导 of the applicant's section, not of an area of work
    form = OvertimeForm
    checks = ("attendance.overtime",)
    cites = ("district-bureau:58:3.2",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {
            "overtime_days": float(Decimal(str(data["overtime_days"]))),
            "arranged_by_deputy": bool(data.get("arranged_by_deputy")),
            "allowance_paid": bool(data.get("allowance_paid")),
            "comp_leave_approved": False,
        }

    def title(self, data: Mapping[str, Any]) -> str:
        return f"加班补休：{data.get('worked_on')}至{data.get('worked_to')} {data.get('overtime_days')} 天"

    def on_approved(self, application: Any) -> None:
        from zhidu.attendance import service

        service.book_comp(application)
