"""Helpers shared by the registers (台账) of zhidu.fleet, zhidu.seals and zhidu.assets: the writer's agency
and section, bilingual parsing of typed input, and the one way a register is written.

Every write of a register is a ledger entry carrying the verdict and the citations that allowed it:

    with checked("vehicle.refuel", agency, on, facts, action="fleet.refuel", obj=card) as verdict:
        entry.save()

``checked`` is ``zhidu.workflow.service.step`` (refuses a ``blocked`` verdict with the clause) that also
refuses a ``needs_approval`` verdict when the write is the act itself (a departure, a stamping): the
approval must have been given first (through an application, zhidu.approvals). When the check does not
apply to the agency (its text has no such rule), the write is recorded with outcome ``recorded``, no
findings, and as citations the clauses that set up the register (``cites``): never a finding the engine did
not make.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models, transaction

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Refused
from zhidu.core.rules.model import NEEDS_APPROVAL, Verdict
from zhidu.ledger import service as ledger

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_MONEY = Decimal("9999999999.99")


# --- who and where ----------------------------------------------------------------------------------------


def agency_of(user: Any) -> Agency:
    """The agency whose registers the user keeps or reads: their own account's agency."""
    agency = getattr(user, "agency", None)
    if agency is None:
        raise BadInput("您的账号不属于任何机构", "your account belongs to no agency", "agency")
    return agency


def section_of(user: Any, on: dt.date) -> Any:
    """The org Section the user works in on ``on`` (the first, if several), or None."""
    from zhidu.org.models import Section
    from zhidu.org.service import sections_of

    if user is None or getattr(user, "pk", None) is None:
        return None
    ids = sorted(sections_of(user, on))
    return Section.objects.filter(pk=ids[0]).first() if ids else None


def name_of(user: Any) -> str:
    if user is None:
        return ""
    full = getattr(user, "display_name", "") or (user.get_full_name() if hasattr(user, "get_full_name") else "")
    return (full or user.get_username())[:50]


# --- typed input, refused bilingually naming the field -------------------------------------------------------


def text(value: Any, field: str, label_zh: str, limit: int, *, required: bool = False) -> str:
    """``value`` as stripped text; BadInput naming ``field`` if missing (when required), too long, or holding
    control characters (a NUL byte among them, which PostgreSQL cannot store)."""
    s = "" if value is None else str(value).strip()
    if _CONTROL.search(s):
        raise BadInput(f"{label_zh}含有不允许的控制字符", f"{field} holds a control character", field)
    if len(s) > limit:
        raise BadInput(f"{label_zh}最多{limit}个字符", f"{field} must be at most {limit} characters", field)
    if required and not s:
        raise BadInput(f"请填写{label_zh}", f"{field} is required", field)
    return s


def no_control(value: str) -> str:
    """Pydantic AfterValidator for API text fields: no control characters."""
    if _CONTROL.search(value):
        raise ValueError("控制字符不允许 / control characters are not allowed")
    return value


def day(value: Any, field: str, label_zh: str, *, required: bool = True) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = "" if value is None else str(value).strip()
    if not s:
        if required:
            raise BadInput(f"请填写{label_zh}", f"{field} is required", field)
        return None
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        raise BadInput(f"{label_zh}应为日期 YYYY-MM-DD", f"{field} must be a date YYYY-MM-DD", field) from None
    if not 1990 <= d.year <= 2100:
        raise BadInput(f"{label_zh}超出可接受的年份", f"{field} is out of range", field)
    return d


def month(value: Any, field: str = "month") -> tuple[int, int]:
    """``YYYY-MM`` as (year, month); BadInput naming the field otherwise."""
    s = "" if value is None else str(value).strip()
    m = re.fullmatch(r"(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])", s)
    if m is None:
        raise BadInput("月份应为 YYYY-MM", f"{field} must be a month YYYY-MM", field)
    return int(m.group(1)), int(m.group(2))


def moment(value: Any, field: str, label_zh: str, *, required: bool = True) -> dt.datetime | None:
    """A local date and time (``2026-03-02T08:30`` or ``2026-03-02 08:30``), timezone-aware."""
    from django.utils import timezone

    if isinstance(value, dt.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    s = "" if value is None else str(value).strip()
    if not s:
        if required:
            raise BadInput(f"请填写{label_zh}", f"{field} is required", field)
        return None
    try:
        m = dt.datetime.fromisoformat(s.replace(" ", "T", 1))
    except ValueError:
        raise BadInput(
            f"{label_zh}应为日期时间 YYYY-MM-DD HH:MM", f"{field} must be a date and time YYYY-MM-DD HH:MM", field
        ) from None
    if not 1990 <= m.year <= 2100:
        raise BadInput(f"{label_zh}超出可接受的年份", f"{field} is out of range", field)
    return m if timezone.is_aware(m) else timezone.make_aware(m)


def money(value: Any, field: str, label_zh: str, *, required: bool = True, positive: bool = False) -> Decimal | None:
    """An amount of yuan, exact (Decimal, at most two decimals), not negative (or > 0), not absurd."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadInput(f"请填写{label_zh}", f"{field} is required", field)
        return None
    if isinstance(value, bool | float):
        value = str(value) if isinstance(value, float) else "x"
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise BadInput(f"{label_zh}应为金额（元）", f"{field} must be an amount in yuan", field) from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise BadInput(f"{label_zh}最多两位小数", f"{field} takes at most two decimals", field)
    if amount < 0 or (positive and amount == 0):
        raise BadInput(
            f"{label_zh}应{'大于' if positive else '不小于'}0",
            f"{field} must be {'positive' if positive else '≥ 0'}",
            field,
        )
    if amount > MAX_MONEY:
        raise BadInput(f"{label_zh}超出合理范围", f"{field} is absurdly large", field)
    return amount.quantize(Decimal("0.01"))


def count(value: Any, field: str, label_zh: str, *, low: int = 0, high: int = 1_000_000, required: bool = True) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadInput(f"请填写{label_zh}", f"{field} is required", field)
        return low
    if isinstance(value, bool):
        raise BadInput(f"{label_zh}应为整数", f"{field} must be a whole number", field)
    try:
        n = int(str(value).strip())
    except ValueError:
        raise BadInput(f"{label_zh}应为整数", f"{field} must be a whole number", field) from None
    if not low <= n <= high:
        raise BadInput(f"{label_zh}应在{low}至{high}之间", f"{field} must be between {low} and {high}", field)
    return n


def flag(value: Any) -> bool:
    """A checkbox or JSON boolean."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "on", "yes", "是")


def choice(value: Any, field: str, label_zh: str, choices: Iterable[str] | Mapping[str, Any]) -> str:
    s = text(value, field, label_zh, 60, required=True)
    if s not in set(choices):
        raise BadInput(f"{label_zh}不是可选的值：{s}", f"{field}: not one of the choices ({s})", field)
    return s


# --- the one way a register is written -------------------------------------------------------------------------


def applies(check_id: str, agency: Agency | str) -> bool:
    from zhidu.core.rules.engine import default_engine

    slug = agency.slug if isinstance(agency, Agency) else agency
    return slug in default_engine().registry.agencies_of(check_id)


def _missing_approval(verdict: Verdict) -> tuple[str, str]:
    from zhidu.workflow.service import grounds

    zh, en = grounds(verdict)
    return (
        f"尚未取得审批：{zh}。请先提交申请，经批准后再办理",
        f"Approval not yet given: {en}. File an application and act once it is approved",
    )


@contextmanager
def checked(
    check_id: str,
    agency: Agency,
    on: dt.date,
    facts: Mapping[str, Any],
    *,
    action: str,
    obj: models.Model | None = None,
    cites: Iterable[str] = (),
    allow_pending: bool = False,
    field: str | None = None,
    reason: str = "",
) -> Iterator[Verdict | None]:
    """One write of a register (see the module docstring). ``allow_pending``: a ``needs_approval`` verdict
    does not refuse (the write records a request whose approval is to come); otherwise it does, with the
    roles still to approve and their clauses. The block receives the verdict (None where the check does
    not apply to the agency)."""
    from zhidu.workflow.service import evaluate, step

    if not applies(check_id, agency):
        with recorded(action, obj=obj, cites=cites, reason=reason, meta={"check": check_id, "facts": dict(facts)}):
            yield None
        return
    verdict = evaluate(check_id, agency, on, facts)
    if not verdict.findings:  # no rule of this agency's text speaks to these facts
        meta = {"check": check_id, "facts": dict(facts), "verdict": verdict.as_dict()}
        with recorded(action, obj=obj, cites=cites, reason=reason, meta=meta):
            yield None
        return
    if not allow_pending and verdict.outcome is NEEDS_APPROVAL:
        zh, en = _missing_approval(verdict)
        vd = verdict.as_dict()
        ledger.record(
            f"refused:{action}", obj=obj, verdict=vd, reason=zh, meta={"check": check_id, "facts": dict(facts)}
        )
        raise Refused(zh, en, field, vd)
    with step(check_id, agency, on, facts, action=action, obj=obj, field=field, reason=reason) as verdict:
        yield verdict


@contextmanager
def recorded(
    action: str,
    *,
    obj: models.Model | None = None,
    cites: Iterable[str] = (),
    reason: str = "",
    meta: Mapping[str, Any] | None = None,
) -> Iterator[None]:
    """A register write no rule of the agency's text decides (the register itself, e.g. a vehicle's file):
    recorded with outcome ``recorded``, no findings, and the clauses that set up the register as citations."""
    with transaction.atomic(), ledger.context(reason=reason or action):
        yield
        ledger.record(
            action,
            obj=obj,
            reason=reason,
            verdict={"outcome": "recorded", "findings": [], "citations": list(cites)},
            meta={"applies": False, **(meta or {})},
        )


def next_number(model: Any, agency: Agency, year: int, prefix: str = "") -> str:
    """The next register number of the year: ``<prefix><year>-0001`` …"""
    stem = f"{prefix}{year}-"
    last = (
        model.objects.filter(agency=agency, number__startswith=stem)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    n = int(last[len(stem) :]) + 1 if last and last[len(stem) :].isdigit() else 1
    return f"{stem}{n:04d}"


def outcome_of(verdict: Verdict | None) -> str:
    return "recorded" if verdict is None else verdict.outcome.value


def cites_of(verdict: Verdict | None, fallback: Iterable[str] = ()) -> list[str]:
    if verdict is None:
        return list(fallback)
    seen: dict[str, None] = {}
    for f in verdict.findings:
        for c in f.citations:
            seen.setdefault(c.id, None)
    return list(seen) or list(fallback)


# --- approvals: who signed --------------------------------------------------------------------------------------


def approvals_of(application: Any) -> tuple[list[str], list[str]]:
    """The roles and the names of the approvers who signed the application (its last round)."""
    steps = list(application.steps.all())
    if not steps:
        return [], []
    last = max(getattr(s, "round", 1) or 1 for s in steps)
    done = [s for s in steps if (getattr(s, "round", 1) or 1) == last and s.status == "approved"]
    roles = list(dict.fromkeys(s.role for s in done))
    names = list(dict.fromkeys(s.assignee_name for s in done if s.assignee_name))
    return roles, names
