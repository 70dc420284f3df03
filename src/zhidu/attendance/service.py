"""The attendance app's one public surface: leave booked and closed, balances, attendance records and what
they add up to, monthly sheets, the duty roster (考勤、请休假、值班).

Every write goes through one of two doors, both ledgered with the verdict and its citations:

- ``wf.step(...)`` (``zhidu.workflow.service``) for a request the rules may refuse (a duty shift without a
  处级 leader at the district bureau, a duty report that has not reached the leader on duty …): blocked →
  ``Refused`` with the clause, nothing saved;
- ``recorded(...)`` for a *fact* that must be kept whatever the rules think of it (a late arrival, a leave
  closed two days late, a sheet sent after the 2nd): the verdict, blocked or not, is saved with the record
  and shown with it, and what it implies (旷工, 缺勤) follows from it.

Where the agency's text has no rule on the matter (the check does not apply to it: 通榆 has no attendance or
duty 制度), the write is still ledgered, with a note that no rule of the agency applies.

The checks decide: days are counted by the calendar in force (working days across 调休 weekends, flagged
provisional for a year the calendar does not know), thresholds and entitlements come from the verdicts,
never from figures in this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from django.db import transaction
from django.db.models import F, Q

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rules.model import BLOCKED, NEEDS_APPROVAL, WARNING, Verdict
from zhidu.ledger import service as ledger
from zhidu.workflow import service as wf

from .models import (
    LEAVE_EN,
    LEAVE_ZH,
    Absence,
    AttendanceImport,
    AttendanceRecord,
    DutyLog,
    DutyShift,
    LeaveBalance,
    LeaveRecord,
    MonthlySheet,
)

FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_SPAN_DAYS = 400  # no leave, trip or import spans more: longer is a typing error (rules' facts stop at 400)
MAX_IMPORT_ROWS = 5000
MAX_IMPORT_BYTES = 2_000_000
ONE = Decimal("1")
HALF = Decimal("0.5")

# --- the rule engine ------------------------------------------------------------------------------------


@cache
def _agencies_of(check_id: str) -> frozenset[str]:
    from zhidu.core.rules.engine import default_engine

    return frozenset(default_engine().registry.agencies_of(check_id))


def applies(check_id: str, agency: str | Agency) -> bool:
    """Whether the agency's text has rules for ``check_id``."""
    slug = agency.slug if isinstance(agency, Agency) else agency
    return slug in _agencies_of(check_id)


def param(agency: str | Agency, name: str, on: dt.date, default: Any = None) -> Any:
    """An agency's dated parameter (its figure as the text sets it), or ``default`` if it has none."""
    from zhidu.core.rules.engine import default_engine

    slug = agency.slug if isinstance(agency, Agency) else agency
    try:
        return default_engine().params.value(slug, name, on)
    except (NotFound, LookupError, ValueError):
        return default


def merge(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """Several verdicts of one write as one verdict-shaped dict (worst outcome, all findings)."""
    if not verdicts:
        return {}
    if len(verdicts) == 1:
        return verdicts[0].as_dict()
    worst = max((v.outcome for v in verdicts), key=lambda o: o.severity)
    return {
        "check": "+".join(dict.fromkeys(v.check for v in verdicts)),
        "agency": verdicts[0].agency,
        "on": verdicts[0].on.isoformat(),
        "outcome": worst.value,
        "approvers": [a for v in verdicts for a in v.approvers],
        "deadlines": [d.as_dict() for v in verdicts for d in v.deadlines],
        "findings": [f.as_dict() for v in verdicts for f in v.findings],
    }


def cites_of(verdict: Mapping[str, Any] | None) -> list[str]:
    return ledger.citations_of(verdict)


NO_RULE_ZH = "本机构制度对此未作规定，按事实登记"
NO_RULE_EN = "the agency's rules say nothing on this; recorded as it is"


@dataclass
class Recorded:
    """What ``recorded`` yields: the verdicts (none where no rule applies) and, as one dict, what is kept."""

    verdicts: list[Verdict] = field(default_factory=list)
    ruled: bool = True

    @property
    def as_dict(self) -> dict[str, Any]:
        if not self.ruled:
            return {"outcome": "allowed", "findings": [], "note_zh": NO_RULE_ZH, "note_en": NO_RULE_EN}
        return merge(self.verdicts)

    @property
    def cites(self) -> list[str]:
        return cites_of(self.as_dict)

    def worst(self) -> str:
        return str(self.as_dict.get("outcome", "allowed"))


@contextmanager
def recorded(
    checks: Iterable[tuple[str, Mapping[str, Any]]],
    agency: Agency,
    on: dt.date,
    *,
    action: str,
    obj: Any = None,
    reason: str = "",
) -> Iterator[Recorded]:
    """A fact recorded with the verdicts of ``checks`` (each ``(check_id, facts)``; those that do not apply to
    the agency are skipped), in one transaction with a ledger entry carrying the verdict and citations. The
    verdict is kept whatever it is: a blocked outcome is what the fact *means* (旷工, 逾期), not a refusal.
    Bad facts raise ``BadInput`` (naming the field) before anything is written."""
    pairs = [(c, dict(f)) for c, f in checks]
    ruled = [(c, f) for c, f in pairs if applies(c, agency)]
    verdicts = [wf.evaluate(c, agency, on, f) for c, f in ruled]
    out = Recorded(verdicts, ruled=bool(ruled) or not pairs)
    vd = out.as_dict if ruled else None
    with transaction.atomic(), ledger.context(verdict=vd, reason=reason or action):
        yield out
        ledger.record(
            action,
            obj=obj,
            verdict=vd,
            agency=agency,
            reason=(reason or action) + ("" if ruled or not pairs else f"（{NO_RULE_ZH}）"),
            meta={"checks": [c for c, _ in pairs], "facts": {c: f for c, f in pairs}, "ruled": bool(ruled)},
        )


@contextmanager
def gated(
    check_id: str,
    facts: Mapping[str, Any],
    agency: Agency,
    on: dt.date,
    *,
    action: str,
    obj: Any = None,
    field_name: str | None = None,
) -> Iterator[Verdict | None]:
    """A request the rules may refuse: ``wf.step`` (blocked → ``Refused`` with the clause, nothing saved). An
    agency whose text has no such rule: a ledgered write noting that (yields None)."""
    if applies(check_id, agency):
        with wf.step(check_id, agency, on, facts, action=action, obj=obj, field=field_name) as verdict:
            yield verdict
        return
    with transaction.atomic(), ledger.context(reason=action):
        yield None
        ledger.record(action, obj=obj, agency=agency, reason=NO_RULE_ZH, meta={"check": check_id, "facts": dict(facts)})


def locked(obj: Any) -> None:
    """Inside the write's transaction: the row as it is now, locked; ``Conflict`` (nothing saved) if someone
    changed it since it was read (``zhidu.common.versioning``: the second of two simultaneous actions loses)."""
    from zhidu.core.errors import Conflict

    current = type(obj).objects.select_for_update().filter(pk=obj.pk).values_list("version", flat=True).first()
    if current != obj.version:
        raise Conflict()


# --- input helpers ----------------------------------------------------------------------------------------


def as_date(value: Any, field_name: str, *, required: bool = True) -> dt.date | None:
    """A date from a date or ``YYYY-MM-DD``, within 2000–2100 (bilingual ``BadInput`` naming the field)."""
    if value in (None, ""):
        if required:
            raise BadInput(f"请填写{_FIELD_ZH.get(field_name, field_name)}", f"{field_name} is required", field_name)
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        text = str(value).strip()
        try:
            value = dt.date.fromisoformat(text) if "\x00" not in text and len(text) <= 10 else None
        except ValueError:
            value = None
        if value is None:
            raise BadInput(
                f"{_FIELD_ZH.get(field_name, field_name)}应为 YYYY-MM-DD 格式的日期：{text[:20]!r}",
                f"{field_name} must be a date YYYY-MM-DD: {text[:20]!r}",
                field_name,
            )
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadInput(
            f"{_FIELD_ZH.get(field_name, field_name)}的年份应在 {FIRST_YEAR}–{LAST_YEAR} 之间",
            f"{field_name} must fall in {FIRST_YEAR}–{LAST_YEAR}",
            field_name,
        )
    return value


def as_month(value: Any, field_name: str = "month") -> tuple[str, dt.date, dt.date]:
    text = str(value or "").strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not m or not 1 <= int(m.group(2)) <= 12 or not FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR:
        raise BadInput(
            f"月份应为 YYYY-MM（{FIRST_YEAR}–{LAST_YEAR}）：{text[:20]!r}",
            f"month must be YYYY-MM ({FIRST_YEAR}–{LAST_YEAR}): {text[:20]!r}",
            field_name,
        )
    y, mo = int(m.group(1)), int(m.group(2))
    first = dt.date(y, mo, 1)
    last = (dt.date(y + (mo == 12), mo % 12 + 1, 1)) - dt.timedelta(days=1)
    return text, first, last


def check_span(start: dt.date, end: dt.date, start_field: str = "start", end_field: str = "end") -> None:
    """Dates in the right order and a span a person can be away (≤ 400 days)."""
    if end < start:
        raise BadInput(f"结束日期 {end} 早于开始日期 {start}", f"the end {end} is before the start {start}", end_field)
    if (end - start).days + 1 > MAX_SPAN_DAYS:
        raise BadInput(
            f"起止日期跨 {(end - start).days + 1} 天，超过 {MAX_SPAN_DAYS} 天，请核对",
            f"{(end - start).days + 1} days from start to end is more than {MAX_SPAN_DAYS}: check the dates",
            end_field,
        )


_FIELD_ZH = {
    "start": "开始日期",
    "end": "结束日期",
    "day": "日期",
    "returned_on": "到岗日期",
    "closed_on": "销假日期",
    "extended_to": "续假截止日",
    "filed_on": "备案日期",
    "month": "月份",
    "slip_submitted_on": "补交请假条日期",
}


def today() -> dt.date:
    from django.utils import timezone

    return timezone.localdate()


# --- people -----------------------------------------------------------------------------------------------

_RANK_OF_ROLE = {
    "chief": "chief",
    "party_secretary": "chief",
    "deputy": "deputy",
    "deputy_in_charge": "deputy",
    "finance_deputy": "deputy",
    "discipline_lead": "deputy",
    "bureau_leader": "deputy",
    "section_head": "section_head",
}
_RANK_ORDER = ["staff", "section_head", "deputy", "chief"]


def person_of(user: Any) -> Any:
    from zhidu.org.models import Person

    if user is None or not getattr(user, "pk", None):
        return None
    return Person.objects.filter(user_id=user.pk).first()


def name_of(user: Any) -> str:
    """How a person is named on the records: the org chart's name, else the account's display name."""
    if user is None:
        return ""
    p = person_of(user)
    if p is not None:
        return str(p.name)[:50]
    return str(getattr(user, "display_name", "") or user.get_username())[:50]


def section_of(user: Any, on: dt.date) -> Any:
    """The (first) section the user works in on ``on``, or None."""
    from zhidu.org import service as org
    from zhidu.org.models import Section

    if user is None or not getattr(user, "pk", None):
        return None
    try:
        ids = sorted(org.sections_of(user, on))
    except BadInput:
        return None
    return Section.objects.filter(pk__in=ids[:1]).first() if ids else None


def rank_of(user: Any, on: dt.date) -> str | None:
    """The applicant's rank (职级) as the leave rules know it, from the posts the org chart says they hold
    that day (else their role assignments); None when nothing is known."""
    from zhidu.org.models import Holding

    if user is None or not getattr(user, "pk", None):
        return None
    p = person_of(user)
    roles: list[str] = []
    if p is not None:
        roles = list(
            Holding.objects.filter(person=p, valid_from__lte=on)
            .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
            .values_list("role", flat=True)
        )
    if not roles and hasattr(user, "roles_on"):
        roles = list(user.roles_on(on))
    ranks = [_RANK_OF_ROLE.get(r, "staff") for r in roles if r in _RANK_OF_ROLE or r in ("staff", "office")]
    if not ranks:
        return None
    return max(ranks, key=_RANK_ORDER.index)


def user_in_agency(agency: Agency, username: str, field_name: str) -> Any:
    from django.contrib.auth import get_user_model

    text = (username or "").strip()
    if not text:
        return None
    user = get_user_model().objects.filter(username=text[:150], agency=agency).first()
    if user is None:
        raise BadInput(f"{agency.name}没有账号 {text[:40]!r}", f"no account {text[:40]!r} in {agency.slug}", field_name)
    return user


# --- counting leave ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    days: Decimal
    unit: str  # working_days | days
    provisional: bool
    note_zh: str
    note_en: str


def count_unit(agency: str | Agency, leave_type: str, on: dt.date) -> str:
    """How the agency's text counts this kind of leave: 白城 三(一) “年休假、婚假、丧假、事假均不包括国家法定休假日
    和休息日” / “病假、生育假均包括…” (``leave.count.*``); otherwise the unit its approval bands count in
    (``leave.approval.day_unit``: the days one is away from work, i.e. working days)."""
    working = param(agency, "leave.count.working_day_types", on) or []
    calendar_days = param(agency, "leave.count.calendar_day_types", on) or []
    if leave_type in working:
        return "working_days"
    if leave_type in calendar_days:
        return "days"
    return str(param(agency, "leave.approval.day_unit", on) or "working_days")


def count_days(start: dt.date, end: dt.date, unit: str) -> Count:
    """Days from ``start`` to ``end`` (both counted) on the calendar in force: working days (调休 weekends are
    working days, holidays are not) or calendar days. Provisional when a year is one the calendar does not know."""
    from zhidu.workcalendar.service import calendar

    check_span(start, end)
    cal = calendar()
    years = range(start.year, end.year + 1)
    provisional = any(cal.status(y) == "provisional" for y in years)
    unknown = [str(y) for y in years if cal.status(y) == "provisional"]
    flag_zh = f"（{'、'.join(unknown)} 年日历未发布，按临时日历推算）" if provisional else ""
    flag_en = f" ({', '.join(unknown)}: provisional calendar)" if provisional else ""
    if unit == "working_days":
        c = cal.working_days_between(start, end, count_start=True)
        return Count(
            Decimal(c.days),
            unit,
            provisional,
            f"{start}至{end} 共 {c.days} 个工作日{flag_zh}",
            f"{c.days} working days from {start} to {end}{flag_en}",
        )
    n = (end - start).days + 1
    return Count(
        Decimal(n),
        unit,
        provisional,
        f"{start}至{end} 共 {n} 天（含休息日）{flag_zh}",
        f"{n} calendar days from {start} to {end}{flag_en}",
    )


def count_in(start: dt.date, end: dt.date, unit: str, lo: dt.date, hi: dt.date) -> Decimal:
    """The part of a leave that falls within [lo, hi], counted in ``unit``."""
    a, b = max(start, lo), min(end, hi)
    if b < a:
        return Decimal(0)
    return count_days(a, b, unit).days


def entitlement(agency: Agency, on: dt.date, facts: Mapping[str, Any]) -> tuple[Decimal | None, Verdict]:
    """How many days the agency's ``leave.entitlement`` check allows for these facts: the largest
    ``requested_days`` (in half days) it does not block. None when it sets no upper bound (or does not apply)."""
    base = {k: v for k, v in facts.items() if k not in ("requested_days", "start")}
    first = wf.evaluate("leave.entitlement", agency, on, base)
    if first.outcome is BLOCKED:
        return Decimal(0), first

    def allows(half_days: int) -> bool:
        v = wf.evaluate("leave.entitlement", agency, on, {**base, "requested_days": half_days / 2})
        return v.outcome is not BLOCKED

    hi = 2 * MAX_SPAN_DAYS
    if allows(hi):
        return None, first
    lo = 0  # allows(lo) holds (0 days are never more than the entitlement)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if allows(mid):
            lo = mid
        else:
            hi = mid
    return Decimal(lo) / 2, first


# --- balances ---------------------------------------------------------------------------------------------


def balance(agency: Agency, person: Any, year: int, leave_type: str) -> LeaveBalance | None:
    return LeaveBalance.objects.filter(agency=agency, person=person, year=year, leave_type=leave_type).first()


def used(agency: Agency, person: Any, year: int, leave_type: str) -> Decimal:
    b = balance(agency, person, year, leave_type)
    return b.used if b is not None else Decimal(0)


def colleagues_on_annual_leave(agency: Agency, person: Any, section: Any, start: dt.date, end: dt.date) -> int:
    """Others of the same section on annual leave at some point of [start, end] (文山 “同一时段只能安排1人”)."""
    if section is None:
        return 0
    return (
        LeaveRecord.objects.filter(
            agency=agency, section=section, leave_type="annual", start__lte=end, end__gte=start, kind="leave"
        )
        .exclude(person=person)
        .values("person")
        .distinct()
        .count()
    )


def _book(
    agency: Agency,
    person: Any,
    name: str,
    section: Any,
    year: int,
    leave_type: str,
    days: Decimal,
    entitled: Decimal | None,
    basis: str,
    cites: list[str],
    *,
    per_event: bool,
) -> LeaveBalance:
    row = balance(agency, person, year, leave_type)
    if row is None:
        row = LeaveBalance(
            agency=agency, person=person, person_name=name, section=section, year=year, leave_type=leave_type
        )
    row.used = (row.used or Decimal(0)) + days
    if entitled is not None:
        # a yearly quota (年休假) is set once a year; an event's entitlement (婚假、丧假、产假 …) adds up
        row.entitled = (row.entitled or Decimal(0)) + entitled if per_event else entitled
    if basis:
        row.basis = basis[:500]
    row.cites = list(dict.fromkeys([*(row.cites or []), *cites]))
    row.save()
    return row


YEARLY_QUOTA = {"annual"}
PER_EVENT = {"marriage", "bereavement", "maternity", "paternity", "home_visit", "special_personal"}


def book_leave(application: Any, *, kind: str = LeaveRecord.LEAVE) -> LeaveRecord:
    """The last approver signed a 请假条 (or 外出单): keep it as a leave record and book the balance. Called by
    the leave kinds' ``on_approved``; idempotent (a second call returns the record)."""
    existing = LeaveRecord.objects.filter(application=application).first()
    if existing is not None:
        return existing
    from .leave_facts import LeaveData

    data = LeaveData.of(application.data)
    agency = application.agency
    person = application.applicant
    name = application.applicant_name or name_of(person)
    leave_type = data.record_type(kind)
    on = application.on
    unit = data.unit(agency, on, kind)
    counted = count_days(data.start, data.end, unit)
    days = data.days if data.days is not None else counted.days
    verdicts = list(application.verdicts or [])
    cites = list(application.cites or []) or [c for v in verdicts for c in cites_of(v)]
    with ledger.context(reason=f"{application.title}：批准后入账 / booked on approval"):
        record = LeaveRecord.objects.create(
            agency=agency,
            section=application.section,
            person=person,
            person_name=name,
            application=application,
            kind=kind,
            leave_type=leave_type,
            start=data.start,
            end=data.end,
            days=days,
            unit=unit,
            provisional=counted.provisional,
            calendar_note=counted.note_zh[:300],
            reason=data.reason[:500],
            verdicts=verdicts,
            cites=list(dict.fromkeys(cites)),
        )
        if kind == LeaveRecord.LEAVE:
            _book_balance(record, data, on)
        ledger.record(
            "attendance.leave.booked",
            obj=record,
            agency=agency,
            verdict=verdicts[0] if verdicts else None,
            meta={"application": application.pk, "days": str(days), "provisional": counted.provisional},
        )
    return record


def _book_balance(record: LeaveRecord, data: Any, on: dt.date) -> None:
    agency, person, leave_type = record.agency, record.person, record.leave_type
    years = range(record.start.year, record.end.year + 1)
    for year in years:
        lo, hi = max(record.start, dt.date(year, 1, 1)), min(record.end, dt.date(year, 12, 31))
        part = record.days if len(years) == 1 else count_in(record.start, record.end, record.unit, lo, hi)
        entitled: Decimal | None = None
        basis = ""
        cites: list[str] = []
        if applies("leave.entitlement", agency) and leave_type in YEARLY_QUOTA | PER_EVENT:
            row = balance(agency, person, year, leave_type)
            if leave_type not in YEARLY_QUOTA or row is None or row.entitled is None:
                facts = data.entitlement_facts(agency, on, person, year)
                if facts is not None:
                    entitled, verdict = entitlement(agency, on, facts)
                    vd = verdict.as_dict()
                    basis = "；".join(f["message_zh"] for f in vd["findings"])
                    cites = cites_of(vd)
        if leave_type == "personal" and applies("attendance.personal_leave_deduction", agency):
            _deduct(record, data, year, part, on)
        _book(
            agency,
            person,
            record.person_name,
            record.section,
            year,
            leave_type,
            part,
            entitled,
            basis,
            cites,
            per_event=leave_type in PER_EVENT,
        )


def _deduct(record: LeaveRecord, data: Any, year: int, part: Decimal, on: dt.date) -> None:
    """区局《考勤管理办法》五3: 当年请事假6天以内的不扣发工资,超过6天的按超出的天数扣减 — the deduction this leave
    adds is the check's amount for the year's total after it less the amount before it."""
    category = data.pay_category
    if not category:
        return
    before = used(record.agency, record.person, year, "personal")
    amounts = []
    for total in (before, before + part):
        v = wf.evaluate(
            "attendance.personal_leave_deduction",
            record.agency,
            on,
            {"personal_days": float(total), "category": category},
        )
        amounts.append(_money_in(v))
    record.deduction = (record.deduction or Decimal(0)) + (amounts[1] - amounts[0])
    record.verdicts = [*record.verdicts, v.as_dict()]
    record.save()


_YUAN = re.compile(r"扣减 ([\d,]+(?:\.\d+)?) 元")


def _money_in(verdict: Verdict) -> Decimal:
    """The amount a deduction verdict states (“扣减 390 元”), 0 when it deducts nothing."""
    for f in verdict.findings:
        m = _YUAN.search(f.message_zh)
        if m:
            return Decimal(m.group(1).replace(",", ""))
    return Decimal(0)


# --- closing leave (销假) ----------------------------------------------------------------------------------


def close_leave(
    record: LeaveRecord,
    *,
    returned_on: Any,
    closed_on: Any = None,
    extension: str = "none",
    extended_to: Any = None,
    slip_submitted_on: Any = None,
    expected_version: int | None = None,
) -> LeaveRecord:
    """销假: the person is back. The verdict of ``leave.close`` (overstay → 旷工; 白城 销假 later than the day
    after the leave → 逾期; 文山 make-up slip within 2 days) is kept with the record; an overstay becomes an
    ``Absence`` of the working days missed."""
    if record.status != LeaveRecord.APPROVED:
        raise BadInput("该假期已销假", "this leave is already closed", "status")
    if expected_version is not None and expected_version != record.version:
        from zhidu.core.errors import Conflict

        raise Conflict()
    back = as_date(returned_on, "returned_on")
    closed = as_date(closed_on, "closed_on", required=False) or back
    assert back is not None and closed is not None
    now = today()
    if extension not in ("none", "approved", "refused"):
        raise BadInput("续假应为 none、approved 或 refused", "extension must be none, approved or refused", "extension")
    ext = as_date(extended_to, "extended_to", required=extension == "approved") if extension == "approved" else None
    slip = as_date(slip_submitted_on, "slip_submitted_on", required=False)
    for value, name in ((back, "returned_on"), (closed, "closed_on"), (slip, "slip_submitted_on")):
        if value is not None and value > now:
            raise BadInput(f"{_FIELD_ZH[name]} {value} 尚未到来，不能登记", f"{name} {value} is in the future", name)
        if value is not None and value < record.start:
            raise BadInput(
                f"{_FIELD_ZH[name]} {value} 早于假期开始日 {record.start}",
                f"{name} {value} is before the leave began on {record.start}",
                name,
            )
    if ext is not None:
        check_span(record.end, ext, "leave_end", "extended_to")
    if closed < back:
        raise BadInput(
            f"销假日期 {closed} 早于到岗日期 {back}", f"closed_on {closed} is before returned_on {back}", "closed_on"
        )
    facts: dict[str, Any] = {
        "leave_end": record.end.isoformat(),
        "extension": extension,
        "returned_on": back.isoformat(),
        "closed_on": closed.isoformat(),
    }
    if ext is not None:
        facts["extended_to"] = ext.isoformat()
    if record.application is not None and record.application.data.get("emergency"):
        facts["emergency"] = True
        if slip is not None:
            facts["slip_submitted_on"] = slip.isoformat()
    with recorded([("leave.close", facts)], record.agency, now, action="attendance.leave.close", obj=record) as out:
        locked(record)
        record.status = LeaveRecord.CLOSED
        record.returned_on, record.closed_on = back, closed
        record.close_verdict = out.as_dict
        record.cites = list(dict.fromkeys([*record.cites, *out.cites]))
        overstay = next(
            (v for v in out.verdicts for f in v.findings if f.rule_id == "leave.overstay" and f.outcome is BLOCKED),
            None,
        )
        if overstay is not None:
            from zhidu.workcalendar.service import calendar

            cal = calendar()
            due = cal.next_working_day((ext or record.end) + dt.timedelta(days=1))
            missed = cal.working_days_between(due, back - dt.timedelta(days=1), count_start=True).days
            record.overstay_days = Decimal(missed)
            vd = overstay.as_dict()
            Absence.objects.create(
                agency=record.agency,
                section=record.section,
                person=record.person,
                person_name=record.person_name,
                kind=Absence.OVERSTAY,
                day=due,
                month=f"{due:%Y-%m}",
                days=Decimal(missed),
                basis=f"假期至 {ext or record.end}，应于 {due} 到岗，{back} 到岗：逾期 {missed} 个工作日",
                source=f"attendance.LeaveRecord:{record.pk}",
                verdict=vd,
                cites=cites_of(vd),
            )
        record.save()
    return record


def file_leave(record: LeaveRecord, *, filed_on: Any) -> LeaveRecord:
    """备案: the approved slip reached the office / HR section (文山 “批准当天送人事教育科存查”; 区局 “休假前一天…报局
    办公室备案”). The ``leave.request`` verdict on the filing is kept (late filing is a fact, flagged)."""
    filed = as_date(filed_on, "filed_on")
    assert filed is not None
    if filed > today():
        raise BadInput(f"备案日期 {filed} 尚未到来", f"filed_on {filed} is in the future", "filed_on")
    if record.filed_on is not None:
        raise BadInput("该假期已备案", "this leave is already filed", "filed_on")
    facts = _request_facts_for_filing(record, filed) if applies("leave.request", record.agency) else {}
    with recorded(
        [("leave.request", facts)], record.agency, today(), action="attendance.leave.file", obj=record
    ) as out:
        locked(record)
        record.filed_on = filed
        record.verdicts = [*record.verdicts, out.as_dict]
        record.cites = list(dict.fromkeys([*record.cites, *out.cites]))
        record.save()
    return record


def _request_facts_for_filing(record: LeaveRecord, filed: dt.date) -> dict[str, Any]:
    from .leave_facts import request_type

    app = record.application
    rank = (app.data.get("rank") if app is not None else None) or rank_of(record.person, record.start) or "staff"
    facts: dict[str, Any] = {
        "rank": rank,
        "leave_type": request_type(record.leave_type),
        "start": record.start.isoformat(),
        "end": record.end.isoformat(),
        "filed_on": filed.isoformat(),
    }
    if app is not None:
        approved = app.decided_at.date() if app.decided_at else app.on
        facts["approved_on"] = approved.isoformat()
        facts["submitted_on"] = app.on.isoformat()
        facts["approved_by"] = []
        if app.data.get("emergency"):
            facts["emergency"] = True
    if record.leave_type == "sick":
        facts["medical_certificate"] = bool(app.data.get("medical_certificate", True)) if app is not None else True
    # the approvers have signed: the approval band is settled, the filing is what is asked about
    from .leave_facts import approvers_needed

    facts["approved_by"] = approvers_needed(record.agency, record.start, facts)
    return facts


# --- attendance records -----------------------------------------------------------------------------------

STATUS_WORDS = {
    "present": AttendanceRecord.PRESENT,
    "出勤": AttendanceRecord.PRESENT,
    "在岗": AttendanceRecord.PRESENT,
    "absent": AttendanceRecord.ABSENT,
    "未到岗": AttendanceRecord.ABSENT,
    "缺勤": AttendanceRecord.ABSENT,
    "leave": AttendanceRecord.LEAVE,
    "请假": AttendanceRecord.LEAVE,
    "official": AttendanceRecord.OFFICIAL,
    "公出": AttendanceRecord.OFFICIAL,
    "出差": AttendanceRecord.OFFICIAL,
}
YES = {"是", "y", "yes", "true", "1", "√"}
NO = {"", "否", "n", "no", "false", "0"}


def _time(value: Any, field_name: str) -> dt.time | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    text = str(value).strip()
    m = re.fullmatch(r"([01]?\d|2[0-3])[:：]([0-5]\d)", text)
    if not m:
        raise BadInput(
            f"{'到岗' if field_name == 'arrived_at' else '离岗'}时刻应为 HH:MM：{text[:20]!r}",
            f"{field_name} must be HH:MM: {text[:20]!r}",
            field_name,
        )
    return dt.time(int(m.group(1)), int(m.group(2)))


def _checks_for_record(
    agency: Agency, status: str, arrived: dt.time | None, left: dt.time | None, late: bool, early: bool
) -> list[tuple[str, dict[str, Any]]]:
    """The checks a day's sign-in is put to: 文山 第三十五条(三) 15 分钟 (``attendance.punctuality``, from the
    times); 区局/白城 the conduct rules on 迟到、早退 (``staff.conduct``, as the clerk marked them)."""
    checks: list[tuple[str, dict[str, Any]]] = []
    if status != AttendanceRecord.PRESENT:
        return checks
    if applies("attendance.punctuality", agency) and (arrived or left):
        if arrived:
            checks.append(("attendance.punctuality", {"session": "morning", "arrived_at": f"{arrived:%H:%M}"}))
        if left:
            checks.append(("attendance.punctuality", {"session": "afternoon", "left_at": f"{left:%H:%M}"}))
    elif applies("staff.conduct", agency) or not applies("attendance.punctuality", agency):
        # where neither rule applies (通榆), ``recorded`` notes that the agency's text says nothing on it
        checks.append(("staff.conduct", {"late": late, "left_early": early}))
    return checks


def enter_record(
    agency: Agency,
    by: Any,
    *,
    person_name: str,
    day: Any,
    status: str = AttendanceRecord.PRESENT,
    arrived_at: Any = None,
    left_at: Any = None,
    late: bool = False,
    left_early: bool = False,
    note: str = "",
    person: Any = None,
    batch: AttendanceImport | None = None,
) -> AttendanceRecord:
    """One person's day. At 文山 lateness and early departure follow from the times (the check decides); where
    the text sets no times (区局、白城) they are as the clerk marked them, and the conduct check says what they
    break. Kept whatever the verdict: a late arrival is a fact."""
    name = (person_name or "").strip()[:50] or name_of(person)
    if not name or "\x00" in name:
        raise BadInput("请填写姓名", "person_name is required", "person_name")
    d = as_date(day, "day")
    assert d is not None
    if d > today():
        raise BadInput(f"日期 {d} 尚未到来，不能登记考勤", f"day {d} is in the future", "day")
    if status not in dict(AttendanceRecord.STATUSES):
        raise BadInput(
            "出勤情况应为 present、absent、leave 或 official",
            "status must be present, absent, leave or official",
            "status",
        )
    arrived, left = _time(arrived_at, "arrived_at"), _time(left_at, "left_at")
    if arrived and left and left <= arrived:
        raise BadInput(
            f"离岗时刻 {left:%H:%M} 不晚于到岗时刻 {arrived:%H:%M}",
            f"left_at {left:%H:%M} is not after arrived_at {arrived:%H:%M}",
            "left_at",
        )
    if status != AttendanceRecord.PRESENT and (arrived or left or late or left_early):
        raise BadInput(
            "未出勤的记录不应有到离岗时刻或迟到早退标记",
            "only a day at work has arrival/departure times or late/early marks",
            "status",
        )
    if "\x00" in (note or ""):
        raise BadInput("备注含有非法字符", "note contains a NUL byte", "note")
    if AttendanceRecord.objects.filter(agency=agency, person_name=name, day=d).exists():
        raise BadInput(f"{name} {d} 已有考勤记录", f"{name} already has a record for {d}", "day")
    checks = _checks_for_record(agency, status, arrived, left, bool(late), bool(left_early))
    section = section_of(person, d) if person is not None else None
    with recorded(checks, agency, d, action="attendance.record", reason=f"考勤 {name} {d}") as out:
        if any(c == "attendance.punctuality" for c, _ in checks):
            marks = [(c, f, v) for (c, f), v in zip(checks, out.verdicts, strict=True)]
            late = any(v.outcome is WARNING and "arrived_at" in f for _, f, v in marks)
            left_early = any(v.outcome is WARNING and "left_at" in f for _, f, v in marks)
        row = AttendanceRecord.objects.create(
            agency=agency,
            section=section,
            person=person,
            person_name=name,
            day=d,
            status=status,
            arrived_at=arrived,
            left_at=left,
            late=bool(late),
            left_early=bool(left_early),
            note=(note or "")[:300],
            source=AttendanceRecord.IMPORT if batch else AttendanceRecord.MANUAL,
            batch=batch,
            verdict=out.as_dict,
            cites=out.cites,
            entered_by=by,
        )
    return row


HEADERS = {
    "date": "day",
    "日期": "day",
    "day": "day",
    "姓名": "person_name",
    "name": "person_name",
    "person_name": "person_name",
    "账号": "username",
    "username": "username",
    "出勤": "status",
    "出勤情况": "status",
    "status": "status",
    "到岗": "arrived_at",
    "到岗时刻": "arrived_at",
    "arrived_at": "arrived_at",
    "离岗": "left_at",
    "离岗时刻": "left_at",
    "left_at": "left_at",
    "迟到": "late",
    "late": "late",
    "早退": "left_early",
    "left_early": "left_early",
    "early": "left_early",
    "备注": "note",
    "note": "note",
}


class ImportRefused(BadInput):
    """A CSV with bad rows: every bad row named with its line number, in Chinese and English; nothing saved."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        shown = problems[:20]
        more = len(problems) - len(shown)
        zh = "；".join(f"第 {n} 行：{z}" for n, z, _ in shown) + (f"；另有 {more} 行有误" if more else "")
        en = "; ".join(f"line {n}: {e}" for n, _, e in shown) + (f"; {more} more bad lines" if more else "")
        super().__init__(f"文件未导入（无一行保存）：{zh}", f"file not imported (nothing saved): {en}", "file")
        self.problems = problems


def decode_csv(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise BadInput("文件不是 UTF-8 或 GB18030 编码的文本", "the file is not UTF-8 or GB18030 text", "file")


def import_csv(agency: Agency, by: Any, raw: bytes | str, *, file_name: str = "attendance.csv") -> AttendanceImport:
    """Sign-in records from a CSV (header: 日期,姓名[,账号][,出勤][,到岗][,离岗][,迟到][,早退][,备注]; English
    names too). Every row is checked first; any bad row refuses the whole file with each bad line's number, and
    nothing is saved. Accepted rows are entered one by one as by ``enter_record`` in one transaction."""
    size = len(raw.encode() if isinstance(raw, str) else raw)
    if size == 0:
        raise BadInput("文件为空", "the file is empty", "file")
    if size > MAX_IMPORT_BYTES:
        raise BadInput(
            f"文件超过 {MAX_IMPORT_BYTES // 1_000_000} MB",
            f"the file exceeds {MAX_IMPORT_BYTES // 1_000_000} MB",
            "file",
        )
    text = decode_csv(raw)
    if "\x00" in text:
        raise BadInput("文件含有非法字符（NUL）", "the file contains NUL bytes", "file")
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise BadInput("文件没有表头行", "the file has no header line", "file") from None
    cols = [HEADERS.get(h.strip().lower(), HEADERS.get(h.strip(), "")) for h in header]
    missing = [c for c in ("day", "person_name") if c not in cols]
    if missing:
        raise ImportRefused(
            [
                (
                    1,
                    f"表头缺少“{'、'.join({'day': '日期', 'person_name': '姓名'}[m] for m in missing)}”列",
                    f"the header lacks the {', '.join(missing)} column",
                )
            ]
        )
    unknown = [h for h, c in zip(header, cols, strict=True) if not c and h.strip()]
    if unknown:
        raise ImportRefused(
            [
                (
                    1,
                    f"表头有无法识别的列：{'、'.join(u[:20] for u in unknown)}",
                    f"unknown columns: {', '.join(u[:20] for u in unknown)}",
                )
            ]
        )
    problems: list[tuple[int, str, str]] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    seen: dict[tuple[str, dt.date], int] = {}
    now = today()
    try:
        for n, raw_row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in raw_row):
                continue
            if len(rows) + len(problems) >= MAX_IMPORT_ROWS:
                raise BadInput(
                    f"一次最多导入 {MAX_IMPORT_ROWS} 行", f"at most {MAX_IMPORT_ROWS} lines per file", "file"
                )
            if len(raw_row) > len(cols):
                problems.append(
                    (
                        n,
                        f"列数 {len(raw_row)} 多于表头的 {len(cols)} 列",
                        f"{len(raw_row)} cells, header has {len(cols)}",
                    )
                )
                continue
            cell = {c: raw_row[i].strip() if i < len(raw_row) else "" for i, c in enumerate(cols)}
            try:
                rows.append((n, _parse_row(agency, cell, now)))
            except BadInput as exc:
                problems.append((n, exc.message_zh, exc.message_en))
                continue
            key = (rows[-1][1]["person_name"], rows[-1][1]["day"])
            if key in seen:
                problems.append((n, f"与第 {seen[key]} 行重复（{key[0]} {key[1]}）", f"repeats line {seen[key]}"))
            else:
                seen[key] = n
                if AttendanceRecord.objects.filter(agency=agency, person_name=key[0], day=key[1]).exists():
                    problems.append(
                        (n, f"{key[0]} {key[1]} 已有考勤记录", f"{key[0]} already has a record for {key[1]}")
                    )
    except csv.Error as exc:
        problems.append((reader.line_num, "CSV 格式错误", f"malformed CSV: {exc}"))
    if problems:
        raise ImportRefused(problems)
    if not rows:
        raise BadInput("文件没有数据行", "the file has no data lines", "file")
    digest = hashlib.sha256(raw.encode() if isinstance(raw, str) else raw).hexdigest()
    name = re.sub(r"[\x00-\x1f]", "", str(file_name or "attendance.csv"))[:200] or "attendance.csv"
    with transaction.atomic(), ledger.context(reason=f"导入考勤 {name}"):
        batch = AttendanceImport.objects.create(
            agency=agency, file_name=name, sha256=digest, rows=len(rows), imported_by=by
        )
        for n, row in rows:
            try:
                enter_record(agency, by, batch=batch, **row)
            except BadInput as exc:  # a rule's BadInput on one row: the whole file is refused
                raise ImportRefused([(n, exc.message_zh, exc.message_en)]) from None
        ledger.record("attendance.import", obj=batch, agency=agency, meta={"rows": len(rows), "sha256": digest})
    return batch


def _flag(value: str, field_name: str) -> bool:
    v = value.strip().lower()
    if v in YES:
        return True
    if v in NO:
        return False
    raise BadInput(
        f"{'迟到' if field_name == 'late' else '早退'}应填“是”或“否”：{value[:10]!r}",
        f"{field_name} must be yes or no: {value[:10]!r}",
        field_name,
    )


def _parse_row(agency: Agency, cell: Mapping[str, str], now: dt.date) -> dict[str, Any]:
    name = cell.get("person_name", "")
    if not name:
        raise BadInput("姓名为空", "the name is empty", "person_name")
    if len(name) > 50:
        raise BadInput("姓名超过 50 字", "the name is longer than 50 characters", "person_name")
    d = as_date(cell.get("day", ""), "day")
    assert d is not None
    if d > now:
        raise BadInput(f"日期 {d} 尚未到来", f"{d} is in the future", "day")
    status_word = cell.get("status", "") or "出勤"
    status = STATUS_WORDS.get(status_word.lower(), STATUS_WORDS.get(status_word))
    if status is None:
        raise BadInput(
            f"出勤情况无法识别：{status_word[:10]!r}（出勤/未到岗/请假/公出）",
            f"unknown status {status_word[:10]!r} (present/absent/leave/official)",
            "status",
        )
    arrived, left = _time(cell.get("arrived_at"), "arrived_at"), _time(cell.get("left_at"), "left_at")
    if arrived and left and left <= arrived:
        raise BadInput(f"离岗 {left:%H:%M} 不晚于到岗 {arrived:%H:%M}", "left_at is not after arrived_at", "left_at")
    late, early = _flag(cell.get("late", ""), "late"), _flag(cell.get("left_early", ""), "left_early")
    if status != AttendanceRecord.PRESENT and (arrived or left or late or early):
        raise BadInput(
            "未出勤的行不应有到离岗时刻或迟到早退", "only a day at work has times or late/early marks", "status"
        )
    if len(cell.get("note", "")) > 300:
        raise BadInput("备注超过 300 字", "the note is longer than 300 characters", "note")
    person = user_in_agency(agency, cell.get("username", ""), "username") if cell.get("username") else None
    if person is None:
        person = _user_named(agency, name)
    return {
        "person_name": name,
        "person": person,
        "day": d,
        "status": status,
        "arrived_at": arrived,
        "left_at": left,
        "late": late,
        "left_early": early,
        "note": cell.get("note", ""),
    }


def _user_named(agency: Agency, name: str) -> Any:
    from zhidu.org.models import Person

    p = Person.objects.filter(agency=agency, name=name, user__isnull=False).select_related("user").first()
    return p.user if p is not None else None


# --- absences derived from attendance ----------------------------------------------------------------------

_DAYS = re.compile(r"缺勤 ([\d.]+) 天")


def _days_of_tally(verdict: Verdict) -> Decimal:
    """The days of absence a lateness tally states (文山 “累计4次视为缺勤1天(2次视为缺勤半天)”)."""
    for f in verdict.findings:
        m = _DAYS.search(f.message_zh)
        if m:
            return Decimal(m.group(1))
    return Decimal(0)


def leave_covering(agency: Agency, person_name: str, person: Any, day: dt.date) -> LeaveRecord | None:
    qs = LeaveRecord.objects.filter(agency=agency, start__lte=day, end__gte=day)
    qs = qs.filter(person=person) if person is not None else qs.filter(person_name=person_name)
    return qs.first()


@dataclass
class Derived:
    month: str
    created: list[Absence] = field(default_factory=list)
    notes_zh: list[str] = field(default_factory=list)
    notes_en: list[str] = field(default_factory=list)


def derive_absences(agency: Agency, month: Any, by: Any = None) -> Derived:
    """What a month's records add up to, under the agency's rules (idempotent: a month derived twice adds
    nothing the second time):

    - 文山 第三十五条(三) “迟到或早退…累计4次视为缺勤1天(2次视为缺勤半天)”: late arrivals and early departures
      are tallied over the calendar year up to the month's end (reading: “累计” within the year, the period of
      the annual appraisal the same article ties 旷工 to); the month's absence is the year's tally less what
      earlier months already counted;
    - a day not at work without an approved leave covering it: ``attendance.absence_kind`` (situation
      ``no_leave``) says what it is — 旷工 at 文山 (“无故不上班的,一律视为旷工”), 区局 and 白城;
    - 区局 二 “对未备案离岗人员,按旷工处理”: an approved leave of the month never filed with the office.
    """
    label, first, last = as_month(month)
    out = Derived(label)
    if last >= today() and first > today():
        raise BadInput(f"{label} 尚未开始", f"{label} has not begun", "month")
    records = list(AttendanceRecord.objects.filter(agency=agency, day__gte=first, day__lte=last))
    if not records and not LeaveRecord.objects.filter(agency=agency, start__lte=last, end__gte=first).exists():
        out.notes_zh.append(f"{label} 没有考勤记录")
        out.notes_en.append(f"no attendance records for {label}")
        return out
    if applies("attendance.lateness_tally", agency):
        _derive_lateness(agency, label, first, last, out)
    if applies("attendance.absence_kind", agency):
        _derive_absent_days(agency, records, out)
        _derive_unfiled(agency, first, last, out)
    if not (applies("attendance.lateness_tally", agency) or applies("attendance.absence_kind", agency)):
        out.notes_zh.append(f"{agency.name}的制度未规定由考勤折算缺勤或认定旷工，未折算")
        out.notes_en.append("the agency's rules do not turn attendance into absences; nothing derived")
    return out


def _derive_lateness(agency: Agency, label: str, first: dt.date, last: dt.date, out: Derived) -> None:
    year_start = dt.date(first.year, 1, 1)
    marks: dict[str, int] = defaultdict(int)
    people: dict[str, AttendanceRecord] = {}
    for r in AttendanceRecord.objects.filter(agency=agency, day__gte=year_start, day__lte=last).order_by("day"):
        marks[r.person_name] += int(r.late) + int(r.left_early)
        people[r.person_name] = r
    for name, times in sorted(marks.items()):
        source = f"lateness:{label}"
        if Absence.objects.filter(agency=agency, person_name=name, kind=Absence.LATENESS, source=source).exists():
            continue
        earlier = sum(
            (
                a.days
                for a in Absence.objects.filter(
                    agency=agency, person_name=name, kind=Absence.LATENESS, day__gte=year_start, day__lt=first
                )
            ),
            Decimal(0),
        )
        facts = {"times": times}
        total = _days_of_tally(wf.evaluate("attendance.lateness_tally", agency, last, facts))
        days = total - earlier
        if days <= 0:
            continue
        r = people[name]
        with recorded(
            [("attendance.lateness_tally", facts)], agency, last, action="attendance.absence.lateness"
        ) as rec:
            out.created.append(
                Absence.objects.create(
                    agency=agency,
                    section=r.section,
                    person=r.person,
                    person_name=name,
                    kind=Absence.LATENESS,
                    day=last,
                    month=label,
                    days=days,
                    basis=f"{first.year} 年至 {label} 末迟到早退累计 {times} 次，折合缺勤 {total} 天，"
                    f"此前各月已计 {earlier} 天，本月计 {days} 天",
                    source=source,
                    verdict=rec.as_dict,
                    cites=rec.cites,
                )
            )


def _derive_absent_days(agency: Agency, records: list[AttendanceRecord], out: Derived) -> None:
    for r in records:
        if r.status != AttendanceRecord.ABSENT:
            continue
        source = f"attendance.AttendanceRecord:{r.pk}"
        if Absence.objects.filter(agency=agency, person_name=r.person_name, source=source).exists():
            continue
        cover = leave_covering(agency, r.person_name, r.person, r.day)
        if cover is not None:
            out.notes_zh.append(f"{r.person_name} {r.day} 有经批准的{cover.get_leave_type_display()}，不计缺勤")
            out.notes_en.append(f"{r.person_name} {r.day}: approved leave, not an absence")
            continue
        facts = {"situation": "no_leave"}
        with recorded([("attendance.absence_kind", facts)], agency, r.day, action="attendance.absence.derive") as rec:
            vd = rec.as_dict
            label = "旷工" if rec.verdicts and rec.verdicts[0].outcome is BLOCKED else "缺勤"
            out.created.append(
                Absence.objects.create(
                    agency=agency,
                    section=r.section,
                    person=r.person,
                    person_name=r.person_name,
                    kind=Absence.ABSENTEEISM if label == "旷工" else Absence.LATENESS,
                    day=r.day,
                    month=f"{r.day:%Y-%m}",
                    days=ONE,
                    basis=f"{r.day} 未到岗，无经批准的请假：{label} 1 天",
                    source=source,
                    verdict=vd,
                    cites=rec.cites,
                )
            )


def _derive_unfiled(agency: Agency, first: dt.date, last: dt.date, out: Derived) -> None:
    """区局 二 “对未备案离岗人员,按旷工处理”: only where ``attendance.absence_kind`` makes ``unfiled_leave`` 旷工."""
    leaves = LeaveRecord.objects.filter(
        agency=agency, kind=LeaveRecord.LEAVE, start__gte=first, start__lte=min(last, today())
    ).filter(Q(filed_on__isnull=True) | Q(filed_on__gt=F("start")))
    for rec in leaves:
        source = f"unfiled:attendance.LeaveRecord:{rec.pk}"
        if Absence.objects.filter(agency=agency, person_name=rec.person_name, source=source).exists():
            continue
        facts = {"situation": "unfiled_leave"}
        if wf.evaluate("attendance.absence_kind", agency, rec.start, facts).outcome is not BLOCKED:
            return  # the agency's text does not make an unfiled leave 旷工
        with recorded(
            [("attendance.absence_kind", facts)], agency, rec.start, action="attendance.absence.unfiled"
        ) as r:
            out.created.append(
                Absence.objects.create(
                    agency=agency,
                    section=rec.section,
                    person=rec.person,
                    person_name=rec.person_name,
                    kind=Absence.ABSENTEEISM,
                    day=rec.start,
                    month=f"{rec.start:%Y-%m}",
                    days=min(rec.days, count_in(rec.start, rec.end, rec.unit, first, last)),
                    basis=f"{rec.get_leave_type_display()} {rec.start}–{rec.end} 未在离岗前向办公室备案",
                    source=source,
                    verdict=r.as_dict,
                    cites=r.cites,
                )
            )


# --- the monthly sheet ------------------------------------------------------------------------------------


def _q(x: Decimal) -> str:
    return str(x.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).rstrip("0").rstrip(".") if x else "0"


def sheet_rows(agency: Agency, first: dt.date, last: dt.date, section: Any = None) -> list[dict[str, Any]]:
    """One row per person with a record or leave in the month: days at work, late and early marks, days not at
    work, leave days by kind (counted within the month as each leave is counted), absences, and at 区局 the
    month's car subsidy under 五1 as amended (sick + nursing leave from 2017-04-14: the verdict on the month's
    last day, so the dated parameter in force then decides) and the personal-leave deductions booked."""
    recs = AttendanceRecord.objects.filter(agency=agency, day__gte=first, day__lte=last)
    leaves = LeaveRecord.objects.filter(agency=agency, start__lte=last, end__gte=first)
    absences = Absence.objects.filter(agency=agency, day__gte=first, day__lte=last)
    if section is not None:
        recs, leaves, absences = (
            recs.filter(section=section),
            leaves.filter(section=section),
            absences.filter(section=section),
        )
    rows: dict[str, dict[str, Any]] = {}

    def row(name: str) -> dict[str, Any]:
        return rows.setdefault(
            name,
            {
                "person": name,
                "present": 0,
                "late": 0,
                "left_early": 0,
                "absent": 0,
                "official": 0,
                "leave": {},
                "absences": {},
                "deduction": "0",
                "notes": [],
            },
        )

    for r in recs:
        x = row(r.person_name)
        x["present"] += r.status == AttendanceRecord.PRESENT
        x["official"] += r.status == AttendanceRecord.OFFICIAL
        x["absent"] += r.status == AttendanceRecord.ABSENT
        x["late"] += int(r.late)
        x["left_early"] += int(r.left_early)
    sick: dict[str, Decimal] = defaultdict(Decimal)
    nursing: dict[str, Decimal] = defaultdict(Decimal)
    for lv in leaves:
        x = row(lv.person_name)
        part = count_in(lv.start, lv.end, lv.unit, first, last) if lv.start < first or lv.end > last else lv.days
        x["leave"][lv.leave_type] = _q(Decimal(x["leave"].get(lv.leave_type, "0")) + part)
        if lv.deduction and first <= lv.start <= last:
            x["deduction"] = str(Decimal(x["deduction"]) + lv.deduction)
        if lv.provisional:
            x["notes"].append(f"{lv.get_leave_type_display()}依据临时日历")
        # the benefit rules count working days of sick (and nursing) leave in the month
        wd = count_in(lv.start, lv.end, "working_days", first, last)
        if lv.leave_type == "sick":
            sick[lv.person_name] += wd
        elif lv.leave_type == "nursing":
            nursing[lv.person_name] += wd
    for a in absences:
        x = row(a.person_name)
        x["absences"][a.kind] = _q(Decimal(x["absences"].get(a.kind, "0")) + a.days)
    if applies("attendance.monthly_benefit", agency):
        for name, x in rows.items():
            facts = {
                "benefit": "car_subsidy",
                "month": f"{first:%Y-%m}",
                "sick_days": float(sick[name]),
                "nursing_days": float(nursing[name]),
            }
            v = wf.evaluate("attendance.monthly_benefit", agency, last, facts)
            x["car_subsidy"] = {
                "outcome": v.outcome.value,
                "message_zh": v.findings[0].message_zh,
                "cites": cites_of(v.as_dict()),
            }
    if applies("attendance.performance_bonus", agency):
        _year_bonus(agency, first, last, rows)
    return sorted(rows.values(), key=lambda x: x["person"])


def _year_bonus(agency: Agency, first: dt.date, last: dt.date, rows: dict[str, dict[str, Any]]) -> None:
    """区局 五2 (as amended by 二 of the notice of 2017-04-14): the year's sick and personal leave (and nursing
    leave from the amendment) in working days up to the month's end, and what it means for the performance
    bonus — evaluated on the month's last day, so the dated parameter in force then decides what counts."""
    year_start = dt.date(first.year, 1, 1)
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for lv in LeaveRecord.objects.filter(
        agency=agency,
        kind=LeaveRecord.LEAVE,
        leave_type__in=["sick", "personal", "nursing"],
        start__lte=last,
        end__gte=year_start,
    ):
        if lv.person_name in rows:
            totals[lv.person_name][lv.leave_type] += count_in(lv.start, lv.end, "working_days", year_start, last)
    for name, x in rows.items():
        t = totals.get(name, {})
        facts = {f"{k}_days": float(t.get(k, Decimal(0))) for k in ("sick", "personal", "nursing")}
        v = wf.evaluate("attendance.performance_bonus", agency, last, facts)
        main = next((f for f in v.findings if f.rule_id == "attendance.performance_bonus_58"), v.findings[0])
        x["year_bonus"] = {"outcome": main.outcome.value, "message_zh": main.message_zh, "cites": cites_of(v.as_dict())}


def make_sheet(agency: Agency, month: Any, by: Any, *, section: Any = None) -> MonthlySheet:
    """A month's sheet (月度考勤表), per person; a draft may be made again until it is sent."""
    label, first, last = as_month(month)
    if first > today():
        raise BadInput(f"{label} 尚未开始", f"{label} has not begun", "month")
    rows = sheet_rows(agency, first, last, section)
    sheet = MonthlySheet.objects.filter(agency=agency, month=label, section=section).first()
    if sheet is not None and sheet.status == MonthlySheet.SUBMITTED:
        raise BadInput(
            f"{label} 考勤表已报送，不能重新生成", f"the {label} sheet was sent; it cannot be remade", "month"
        )
    checks: list[tuple[str, dict[str, Any]]] = []
    with recorded(
        checks, agency, last, action="attendance.sheet.make", obj=sheet, reason=f"生成 {label} 考勤表"
    ) as out:
        if sheet is None:
            sheet = MonthlySheet(agency=agency, month=label, section=section, created_by=by)
        sheet.rows = rows
        sheet.signatures = []
        sheet.verdict = out.as_dict if out.verdicts else {}
        sheet.save()
    return sheet


SIGN_ROLES = {
    "clerk": ("考勤员", "attendance clerk"),
    "section_head": ("科室主要负责人", "section head"),
    "deputy_in_charge": ("分管局长", "deputy in charge"),
}
_MAY_SIGN = {
    "section_head": {"section_head", "chief"},
    "deputy_in_charge": {"deputy_in_charge", "deputy", "chief", "finance_deputy", "discipline_lead"},
}


def signers(agency: Agency, on: dt.date) -> list[str]:
    """Who signs the sheet, as the text lists them (区局 二: 考勤员、科室主要负责人、分管局长), else none."""
    return list(param(agency, "attendance.monthly_sheet_58.signers", on) or [])


def sign_sheet(sheet: MonthlySheet, by: Any, role: str) -> MonthlySheet:
    """One signature on the sheet. The same person never signs as two of the signers (one person cannot be
    both the clerk who kept the sheet and the head who vouches for it)."""
    last = as_month(sheet.month)[2]
    need = signers(sheet.agency, last) or list(SIGN_ROLES)[:2]
    if sheet.status == MonthlySheet.SUBMITTED:
        raise BadInput("考勤表已报送，不能再签字", "the sheet was sent; no more signatures", "role")
    if role not in need:
        raise BadInput(
            f"签字身份应为{'、'.join(SIGN_ROLES[r][0] for r in need)}之一",
            f"role must be one of {', '.join(need)}",
            "role",
        )
    for s in sheet.signatures:
        if s["role"] == role:
            raise BadInput(f"{SIGN_ROLES[role][0]}已签字（{s['name']}）", f"{role} has signed already", "role")
        if s["user_id"] == by.pk:
            raise BadInput(
                f"{s['name']}已以{SIGN_ROLES[s['role']][0]}身份签字，同一人不得兼签{SIGN_ROLES[role][0]}",
                f"{s['name']} signed as {s['role']}; one person cannot also sign as {role}",
                "role",
            )
    held = set(by.roles_on(today())) if hasattr(by, "roles_on") else set()
    if role in _MAY_SIGN and not held & _MAY_SIGN[role]:
        raise BadInput(
            f"只有{SIGN_ROLES[role][0]}能以该身份签字", f"only the {SIGN_ROLES[role][1]} signs as {role}", "role"
        )
    with recorded([], sheet.agency, today(), action="attendance.sheet.sign", obj=sheet, reason=f"签字：{role}"):
        locked(sheet)
        sheet.signatures = [
            *sheet.signatures,
            {"role": role, "user_id": by.pk, "name": name_of(by), "on": today().isoformat()},
        ]
        sheet.save()
    return sheet


def submit_sheet(sheet: MonthlySheet, by: Any, *, forms_attached: bool = True) -> MonthlySheet:
    """报送: 区局 二 “考勤表经考勤员、科室主要负责人、分管局长签字,并附请假单等相关材料,于每月2日前…报送局办公室
    (遇法定节假日、公休日顺延)”. Without every signature it is not sent (the clause); sent late, it is kept with the
    verdict that says so. Agencies whose text sets no such sheet: kept as sent, with a note."""
    if sheet.status == MonthlySheet.SUBMITTED:
        raise BadInput("考勤表已报送", "the sheet was sent already", "status")
    label, _, last = as_month(sheet.month)
    need = signers(sheet.agency, last)
    signed = [s["role"] for s in sheet.signatures]
    missing = [r for r in need if r not in signed]
    if missing:
        raise wf.refuse(
            f"不允许：考勤表须经{'、'.join(SIGN_ROLES[r][0] for r in missing)}签字后报送"
            "（《考勤管理办法(试行)》二：考勤表经考勤员、科室主要负责人、分管局长签字）",
            f"Not allowed: the sheet must be signed by {', '.join(missing)} before it is sent (district-bureau:58:2)",
            "signatures",
        )
    now = today()
    facts = {
        "month": label,
        "submitted_on": now.isoformat(),
        "signed_by": signed,
        "forms_attached": bool(forms_attached),
    }
    with recorded(
        [("attendance.monthly_sheet", facts)], sheet.agency, now, action="attendance.sheet.submit", obj=sheet
    ) as out:
        locked(sheet)
        sheet.status = MonthlySheet.SUBMITTED
        sheet.submitted_on = now
        sheet.forms_attached = bool(forms_attached)
        sheet.verdict = out.as_dict
        sheet.cites = out.cites
        sheet.save()
    return sheet


# --- duty ------------------------------------------------------------------------------------------------

HOLIDAY_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争胜利70周年纪念日",
}


def holiday_of(day: dt.date) -> tuple[bool, str, bool]:
    """(a day of a 法定节假日 period, its name, a 法定休假日 itself) on the calendar in force. Ordinary weekends
    are not holiday periods (文山 (一) speaks of “重要节庆活动、法定节假日期间”). The 法定休假日 proper (劳动法
    第四十四条(三)) are the days the 《全国年节及纪念日放假办法》 gives off, not the weekend days moved around them
    (reading; the 办法's current list, 13 days)."""
    from zhidu.core.calendar import fallback, official
    from zhidu.workcalendar.service import calendar

    cal = calendar()
    statutory_days = fallback.statutory_days_off(day.year)
    statutory = day in statutory_days and not statutory_days[day].endswith("补假")
    override = cal.override(day.year)
    if override is not None:
        if day in override.holidays:
            return True, statutory_days.get(day, "节假日").removesuffix("补假"), statutory
        return False, "", False
    if official.knows(day.year):
        name = official.holiday_name(day)
        if name is None or cal.is_working_day(day):
            return False, "", False
        return True, HOLIDAY_ZH.get(name, name), statutory
    if day in statutory_days:
        return True, statutory_days[day].removesuffix("补假"), statutory
    return False, "", False


def add_shift(
    agency: Agency,
    by: Any,
    *,
    day: Any,
    shift: str = DutyShift.FULL,
    staff_name: str = "",
    staff: Any = None,
    leader_name: str = "",
    leader: Any = None,
    leader_rank: str = "",
) -> DutyShift:
    """One shift of the roster (值班表). 区局 一 “机关日常值班实行领导带班,带班领导为处级干部” (``duty.roster``:
    refused without a 处级 leader on duty); 文山 (一) a holiday roster “报分管领导同意后执行” (saved as scheduled,
    approved through the 值班表审批 approval). The leader on duty and the person on duty are two people."""
    d = as_date(day, "day")
    assert d is not None
    if shift not in dict(DutyShift.SHIFTS):
        raise BadInput("班次应为 day、night 或 full", "shift must be day, night or full", "shift")
    staff_name = (staff_name or "").strip()[:50] or name_of(staff)
    leader_name = (leader_name or "").strip()[:50] or name_of(leader)
    for text, f in ((staff_name, "staff_name"), (leader_name, "leader_name")):
        if "\x00" in text:
            raise BadInput("姓名含有非法字符", f"{f} contains a NUL byte", f)
    if not staff_name:
        raise BadInput("请填写值班人员", "staff_name is required", "staff_name")
    if leader_rank and leader_rank not in dict(DutyShift.LEADER_RANKS):
        raise BadInput("带班领导职级无法识别", "unknown leader_rank", "leader_rank")
    if (leader_name and leader_name == staff_name) or (leader is not None and leader == staff):
        raise BadInput(
            "带班领导与值班人员不能为同一人",
            "the leader on duty and the person on duty must be two people",
            "leader_name",
        )
    if leader_name and not leader_rank:
        raise BadInput("请选择带班领导职级", "give the leader's rank", "leader_rank")
    if DutyShift.objects.filter(agency=agency, day=d, shift=shift).exists():
        raise BadInput(f"{d} 该班次已排班", f"{d} already has this shift", "day")
    holiday, holiday_name, statutory = holiday_of(d)
    facts: dict[str, Any] = {"holiday": holiday, "staff_count": 1}
    if leader_rank and leader_name:
        facts["leader_rank"] = leader_rank
    with gated("duty.roster", facts, agency, today(), action="attendance.duty.shift", field_name="leader_rank") as v:
        row = DutyShift.objects.create(
            agency=agency,
            day=d,
            shift=shift,
            staff=staff,
            staff_name=staff_name,
            leader=leader,
            leader_name=leader_name,
            leader_rank=leader_rank,
            holiday=holiday,
            holiday_name=holiday_name,
            statutory=statutory,
            status=DutyShift.SCHEDULED if v is not None and v.outcome is NEEDS_APPROVAL else DutyShift.APPROVED,
            verdict=v.as_dict() if v is not None else {"note_zh": NO_RULE_ZH, "note_en": NO_RULE_EN},
            cites=cites_of(v.as_dict()) if v is not None else [],
            created_by=by,
        )
    return row


def approve_roster(application: Any) -> int:
    """The 值班表审批 was approved: its period's scheduled shifts are approved, linked to the approval."""
    data = application.data
    start = as_date(data.get("period_start"), "period_start")
    end = as_date(data.get("period_end"), "period_end")
    assert start is not None and end is not None
    n = 0
    with ledger.context(reason=f"{application.title}：批准执行 / approved"):
        for s in DutyShift.objects.filter(
            agency=application.agency, day__gte=start, day__lte=end, status=DutyShift.SCHEDULED
        ):
            s.status, s.application = DutyShift.APPROVED, application
            s.cites = list(dict.fromkeys([*s.cites, *(application.cites or [])]))
            s.save()
            n += 1
        ledger.record("attendance.duty.roster_approved", obj=application, agency=application.agency, meta={"shifts": n})
    return n


_RANK_ORDER_DUTY = [r for r, _ in DutyShift.LEADER_RANKS]  # highest first


def lowest_leader_rank(agency: str | Agency, data: Mapping[str, Any]) -> str | None:
    """The lowest rank among the leaders on duty of a period's shifts (None if a shift has no leader, or the
    period has no shift): what ``duty.roster`` judges a roster by."""
    start = as_date(data.get("period_start"), "period_start", required=False)
    end = as_date(data.get("period_end"), "period_end", required=False)
    if start is None or end is None:
        return None
    slug = agency.slug if isinstance(agency, Agency) else agency
    shifts = list(DutyShift.objects.filter(agency__slug=slug, day__gte=start, day__lte=end))
    if not shifts or any(not s.leader_rank for s in shifts):
        return None
    return max((s.leader_rank for s in shifts), key=_RANK_ORDER_DUTY.index)


def book_comp(application: Any) -> LeaveBalance:
    """加班补休 approved: the days go to the person's 补休 balance for the year of the overtime
    (区局 三(二) “应当给予相应补休”)."""
    data = application.data
    worked = as_date(data.get("worked_on"), "worked_on")
    assert worked is not None
    days = Decimal(str(data.get("overtime_days")))
    verdicts = list(application.verdicts or [])
    cites = list(application.cites or [])
    with ledger.context(reason=f"{application.title}：批准补休入账 / compensatory leave booked"):
        row = balance(application.agency, application.applicant, worked.year, "comp")
        if row is None:
            row = LeaveBalance(
                agency=application.agency,
                person=application.applicant,
                person_name=application.applicant_name or name_of(application.applicant),
                section=application.section,
                year=worked.year,
                leave_type="comp",
            )
        row.entitled = (row.entitled or Decimal(0)) + days
        row.basis = f"经批准加班 {days} 天，给予相应补休"[:500]
        row.cites = list(dict.fromkeys([*(row.cites or []), *cites]))
        row.save()
        ledger.record(
            "attendance.comp.booked",
            obj=row,
            agency=application.agency,
            verdict=verdicts[0] if verdicts else None,
            meta={"application": application.pk, "days": str(days)},
        )
    return row


REPORTEES = {"duty_leader": "带班领导", "higher_duty_office": "上级值班室", "leader": "有关领导", "section": "有关科室"}
REPORT_KINDS = {"emergency", "major_safety_incident", "petitioner", "phone_call", "document"}


def add_log(
    shift: DutyShift,
    by: Any,
    *,
    kind: str,
    at: Any,
    content: str,
    reported_to: Sequence[str] = (),
    opinion: str = "",
    result: str = "",
    urgent: bool = False,
    important: bool = False,
    info_complete: bool = True,
    verified: bool = False,
    persuaded: bool = False,
    arrived_at: Any = None,
    shift_start: Any = None,
    open_matters: int = 0,
    handed_over: bool = True,
) -> DutyLog:
    """值班记录. A report (突发事件、重特大安全事件、上访、电话、文件) is put to ``duty.report`` and refused, with the
    clause, until what the text requires is done (报告带班领导及上级值班室; 电话记录有处理意见和处理结果 …): the form
    keeps what was typed. A handover is a fact (``duty.handover``: arriving less than 10 minutes early at 区局
    is kept, flagged)."""
    if kind not in dict(DutyLog.KINDS):
        raise BadInput("记录类别无法识别", "unknown kind", "kind")
    text = (content or "").strip()
    if not text:
        raise BadInput("请填写记录内容", "content is required", "content")
    for value, f in ((text, "content"), (opinion, "opinion"), (result, "result")):
        if "\x00" in (value or ""):
            raise BadInput("含有非法字符", f"{f} contains a NUL byte", f)
    if len(text) > 2000 or len(opinion or "") > 1000 or len(result or "") > 1000:
        raise BadInput("记录过长", "the entry is too long", "content")
    when = _when(at, shift.day)
    bad = [r for r in reported_to if r not in REPORTEES]
    if bad:
        raise BadInput("报告对象无法识别", f"unknown reported_to {bad[:3]}", "reported_to")
    if kind == "handover":
        facts: dict[str, Any] = {"open_matters": int(open_matters), "handed_over": bool(handed_over)}
        if arrived_at and shift_start:
            a, s = _time(arrived_at, "arrived_at"), _time(shift_start, "shift_start")
            assert a is not None and s is not None
            facts.update(arrived_at=f"{a:%H:%M}", shift_start=f"{s:%H:%M}")
        if int(open_matters) < 0 or int(open_matters) > 1000:
            raise BadInput("未完事项数应在 0–1000 之间", "open_matters must be 0–1000", "open_matters")
        ctx = recorded(
            [("duty.handover", facts)], shift.agency, shift.day, action="attendance.duty.handover", obj=shift
        )
        with ctx as out:
            return DutyLog.objects.create(
                shift=shift, kind=kind, at=when, content=text, recorded_by=by, verdict=out.as_dict, cites=out.cites
            )
    fields = ["time", "content"] + (["handling_opinion"] if opinion else []) + (["handling_result"] if result else [])
    facts = {
        "event": kind,
        "reported_to": list(dict.fromkeys(reported_to)),
        "info_complete": bool(info_complete),
        "urgent": bool(urgent),
        "verified": bool(verified),
        "important": bool(important),
        "persuaded": bool(persuaded),
        "recorded": True,
        "record_fields": fields + (["handling_process"] if opinion and result else []),
    }
    with gated(
        "duty.report",
        facts,
        shift.agency,
        shift.day,
        action="attendance.duty.report",
        obj=shift,
        field_name="reported_to",
    ) as v:
        vd = v.as_dict() if v is not None else {"note_zh": NO_RULE_ZH, "note_en": NO_RULE_EN}
        return DutyLog.objects.create(
            shift=shift,
            kind=kind,
            at=when,
            content=text,
            reported_to=list(dict.fromkeys(reported_to)),
            opinion=(opinion or "")[:1000],
            result=(result or "")[:1000],
            recorded_by=by,
            verdict=vd,
            cites=cites_of(vd),
        )


def _when(at: Any, day: dt.date) -> dt.datetime:
    from django.utils import timezone

    if isinstance(at, dt.datetime):
        value = at
    else:
        text = str(at or "").strip()
        try:
            value = dt.datetime.fromisoformat(text) if "\x00" not in text and len(text) <= 32 else None
        except ValueError:
            value = None
        if value is None:
            t = _time(text, "at") if text else None
            if t is None:
                raise BadInput("时间应为 YYYY-MM-DDTHH:MM 或 HH:MM", "at must be YYYY-MM-DDTHH:MM or HH:MM", "at")
            value = dt.datetime.combine(day, t)
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    local = timezone.localtime(value).date()
    if not day - dt.timedelta(days=1) <= local <= day + dt.timedelta(days=1):
        raise BadInput(f"记录时间不在值班日 {day} 前后", f"the time is not around the duty day {day}", "at")
    if value > timezone.now() + dt.timedelta(minutes=5):
        raise BadInput("记录时间尚未到来", "the time is in the future", "at")
    return value


def record_pay(shift: DutyShift, *, daily_wage: Any, paid: Any) -> DutyShift:
    """文山 (八) “法定节日期间值班的,按照《劳动法》第四十四条第(三)项规定计发工资报酬” (``duty.holiday_pay``): the pay
    for a shift on a 法定休假日 is refused below what the check computes (≥ 300% of the daily wage), with the clause."""
    wage, amount = _money(daily_wage, "daily_wage"), _money(paid, "paid")
    facts = {"statutory_holiday": shift.statutory, "days": 1, "daily_wage": str(wage), "paid": str(amount)}
    with gated(
        "duty.holiday_pay", facts, shift.agency, shift.day, action="attendance.duty.pay", obj=shift, field_name="paid"
    ) as v:
        shift.daily_wage, shift.paid = wage, amount
        shift.pay_verdict = v.as_dict() if v is not None else {"note_zh": NO_RULE_ZH, "note_en": NO_RULE_EN}
        shift.cites = list(dict.fromkeys([*shift.cites, *cites_of(shift.pay_verdict)]))
        shift.save()
    return shift


def _money(value: Any, field_name: str) -> Decimal:
    from decimal import InvalidOperation

    text = str(value if value is not None else "").strip().replace(",", "")
    try:
        amount = Decimal(text) if text and "\x00" not in text and len(text) <= 20 else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise BadInput(f"金额应为数字：{text[:20]!r}", f"{field_name} must be an amount: {text[:20]!r}", field_name)
    if amount < 0 or amount > Decimal("1000000"):
        raise BadInput("金额应在 0–1,000,000 元之间", f"{field_name} must be 0–1,000,000 yuan", field_name)
    if amount != amount.quantize(Decimal("0.01")):
        raise BadInput("金额最多两位小数（分）", f"{field_name} has more than two decimals", field_name)
    return amount.quantize(Decimal("0.01"))


__all__ = [
    "LEAVE_EN",
    "LEAVE_ZH",
    "Count",
    "ImportRefused",
    "add_log",
    "add_shift",
    "applies",
    "approve_roster",
    "book_leave",
    "close_leave",
    "count_days",
    "count_unit",
    "derive_absences",
    "enter_record",
    "entitlement",
    "file_leave",
    "holiday_of",
    "import_csv",
    "make_sheet",
    "record_pay",
    "sign_sheet",
    "submit_sheet",
]
