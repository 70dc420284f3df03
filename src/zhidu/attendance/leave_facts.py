"""From a 请假条 / 外出单 as filled in (form data, or the JSON kept with the application) to the facts of the
leave checks (``leave.request``, ``leave.entitlement``, ``leave.outing``): the natural fields people type
(假别、起止日期、事由、工作年限 …) and the history the rules ask about (本年已请事假、已休年休假、同科室同时段休年休假
的人数), which comes from the applicant's leave records and balance, not from what they type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput
from zhidu.core.rules.model import NEEDS_APPROVAL

from . import service
from .models import LeaveRecord

# leave.request's own list of kinds (zhidu.core.rules.library.leave.LEAVE_TYPES): 哺乳假 and 补休 are not in it
# and go by the general bands as "other".
REQUEST_TYPES = {
    "annual",
    "marriage",
    "bereavement",
    "maternity",
    "paternity",
    "personal",
    "special_personal",
    "sick",
    "home_visit",
    "official",
    "other",
}
ENTITLEMENT_TYPES = {"annual", "marriage", "bereavement", "maternity", "paternity", "home_visit", "special_personal"}


def request_type(leave_type: str) -> str:
    return leave_type if leave_type in REQUEST_TYPES else "other"


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _dec(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _int(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _yes(value: Any, default: bool = False) -> bool:
    if value in (None, ""):
        return default
    if isinstance(value, str):
        return value.lower() in ("yes", "true", "1", "on", "是")
    return bool(value)


@dataclass(frozen=True)
class LeaveData:
    """A leave or outing request's data, normalised (dates as dates, days as Decimal)."""

    raw: Mapping[str, Any]
    leave_type: str
    start: dt.date
    end: dt.date
    days: Decimal | None  # typed (half days); None: counted from start and end
    reason: str
    rank: str | None

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> LeaveData:
        start, end = _date(data.get("start")), _date(data.get("end"))
        if start is None or end is None:
            raise BadInput(
                "请填写开始日期和结束日期", "start and end are required", "start" if start is None else "end"
            )
        return cls(
            data,
            str(data.get("leave_type") or data.get("outing_kind") or "other"),
            start,
            end,
            _dec(data.get("days")),
            str(data.get("reason") or ""),
            str(data.get("rank") or "") or None,
        )

    def get(self, key: str, default: Any = None) -> Any:
        v = self.raw.get(key, default)
        return default if v in (None, "") else v

    @property
    def pay_category(self) -> str:
        return str(self.get("pay_category", ""))

    @property
    def emergency(self) -> bool:
        return _yes(self.get("emergency"))

    def record_type(self, kind: str) -> str:
        if kind == LeaveRecord.OUTING:
            return "official_outing" if self.get("outing_kind", "official") == "official" else "private_outing"
        return self.leave_type

    def unit(self, agency: Agency | str, on: dt.date, kind: str = LeaveRecord.LEAVE) -> str:
        """Outings are days away (calendar days); leave as the agency's text counts that kind of leave."""
        if kind == LeaveRecord.OUTING:
            return "days"
        return service.count_unit(agency, self.leave_type, on)

    def counted(self, agency: Agency | str, on: dt.date, kind: str = LeaveRecord.LEAVE) -> service.Count:
        return service.count_days(self.start, self.end, self.unit(agency, on, kind))

    def length(self, agency: Agency | str, on: dt.date, kind: str = LeaveRecord.LEAVE) -> Decimal:
        return self.days if self.days is not None else self.counted(agency, on, kind).days

    # -- leave.request ------------------------------------------------------------------------------

    def request_facts(self, agency: Agency, on: dt.date, applicant: Any, section: Any) -> dict[str, Any]:
        rank = service.rank_of(applicant, on) or self.rank or "staff"
        facts: dict[str, Any] = {
            "rank": rank,
            "leave_type": request_type(self.leave_type),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "submitted_on": on.isoformat(),
        }
        if self.days is not None:
            facts["days"] = float(self.days)
        if self.emergency:
            facts["emergency"] = True
        if self.leave_type == "sick":
            facts["medical_certificate"] = _yes(self.get("medical_certificate"))
        if self.leave_type == "personal":
            facts["purpose"] = self.get("purpose", "own_affair")
            facts["reason_stated"] = bool(self.reason.strip())
            if applicant is not None and getattr(applicant, "pk", None):
                facts["personal_days_taken"] = float(service.used(agency, applicant, self.start.year, "personal"))
        if self.leave_type == "annual" and applicant is not None and getattr(applicant, "pk", None):
            facts["section_on_annual_leave"] = service.colleagues_on_annual_leave(
                agency, applicant, section, self.start, self.end
            )
        return facts

    # -- leave.entitlement --------------------------------------------------------------------------

    def entitlement_facts(
        self, agency: Agency, on: dt.date, person: Any, year: int | None = None, *, requested: Decimal | None = None
    ) -> dict[str, Any] | None:
        """The facts of ``leave.entitlement`` for this kind of leave (None for kinds it does not cover)."""
        lt = self.leave_type
        if lt not in ENTITLEMENT_TYPES:
            return None
        year = year or self.start.year
        known = person is not None and getattr(person, "pk", None)
        facts: dict[str, Any] = {"leave_type": lt}
        if lt == "annual":
            for key in ("service_years", "annual_base_days"):
                if _int(self.get(key)) is not None:
                    facts[key] = _int(self.get(key))
            if known:
                facts["personal_days_this_year"] = float(service.used(agency, person, year, "personal"))
                # reading: 病假 “年累计…个月” counts 30 days a month (sick leave is counted in calendar days)
                sick = service.used(agency, person, year, "sick")
                facts["sick_months_this_year"] = float(min(Decimal(12), (sick / 30).quantize(Decimal("0.01"))))
                facts["annual_taken"] = service.used(agency, person, year, "annual") > 0
        elif lt == "marriage":
            if self.get("sex"):
                facts["sex"] = self.get("sex")
            if _int(self.get("age")) is not None:
                facts["age"] = _int(self.get("age"))
            facts["first_marriage"] = _yes(self.get("first_marriage"), True)
        elif lt == "bereavement":
            if self.get("relation"):
                facts["relation"] = self.get("relation")
        elif lt in ("maternity", "paternity"):
            facts["difficult_birth"] = _yes(self.get("difficult_birth"))
            facts["babies"] = _int(self.get("babies")) or 1
            facts["late_childbirth"] = _yes(self.get("late_childbirth"))
            facts["one_child_certificate"] = _yes(self.get("one_child_certificate"))
        elif lt == "home_visit":
            if self.get("visit_kind"):
                facts["visit_kind"] = self.get("visit_kind")
                if known:
                    facts["visits_this_year"] = sum(
                        1
                        for r in LeaveRecord.objects.filter(
                            agency=agency, person=person, leave_type="home_visit", start__year=year
                        ).select_related("application")
                        if r.application is not None and r.application.data.get("visit_kind") == self.get("visit_kind")
                    )
            if _int(self.get("last_visit_year")) is not None:
                facts["last_visit_year"] = _int(self.get("last_visit_year"))
        elif lt == "special_personal":
            if self.get("special_kind"):
                facts["special_kind"] = self.get("special_kind")
            for key, conv in (("requested_hours", _dec), ("infant_age_months", _int), ("babies", _int)):
                v = conv(self.get(key))
                if v is not None:
                    facts[key] = float(v) if isinstance(v, Decimal) else v
            facts["nursing_weekly"] = _yes(self.get("nursing_weekly"))
        if requested is not None:
            facts["requested_days"] = float(requested)
            facts["start"] = self.start.isoformat()
        return facts

    # -- leave.outing -------------------------------------------------------------------------------

    def outing_facts(self, agency: Agency, on: dt.date, applicant: Any) -> dict[str, Any]:
        from zhidu.workcalendar.service import calendar

        cal = calendar()
        days = self.length(agency, on, LeaveRecord.OUTING)
        day, holiday = self.start, False
        while day <= self.end and not holiday:
            holiday = not cal.is_working_day(day)
            day += dt.timedelta(days=1)
        told = self.get("reported_to", []) or []
        return {
            "rank": service.rank_of(applicant, on) or self.rank or "staff",
            "kind": "official" if self.get("outing_kind", "official") == "official" else "private",
            "days": float(days),
            "leaves_city": _yes(self.get("leaves_city"), True),
            "holiday": holiday,
            "reported_to": [r for r in dict.fromkeys(told) if isinstance(r, str)],
            "approved_by": [],
        }


def approvers_needed(agency: Agency, on: dt.date, facts: dict[str, Any]) -> list[str]:
    """The approvers ``leave.request``'s approval band names for these facts (who signed the approved slip)."""
    probe = {k: v for k, v in facts.items() if k not in ("approved_by", "filed_on", "approved_on")}
    verdict = service.wf.evaluate("leave.request", agency, on, probe)
    for f in verdict.findings:
        if f.rule_id == "leave.approval" and f.outcome is NEEDS_APPROVAL:
            return list(f.approvers)
    return []
