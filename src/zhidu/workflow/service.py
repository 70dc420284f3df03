"""The one public surface of zhidu.workflow (DESIGN §2: "every transition = a check + a ledger entry;
deadlines from the calendar").

- ``evaluate(check, agency, on, facts)``  the check's verdict on the calendar with the administrators'
  overrides (``zhidu.core.rules``); bad facts raise ``BadInput`` naming the field.
- ``step(check, agency, on, facts, action=…, obj=…)``  a context manager for one workflow transition:
  it evaluates the check, refuses with ``Refused`` (bilingual message, the blocking findings and their
  clauses, the whole verdict attached) when the verdict is ``blocked``, and otherwise runs the block in
  one transaction in which every captured save carries the verdict, then appends a ledger entry for the
  step itself (action, verdict, citations, facts). Use it for every state change of a business record.
- ``refuse(zh, en, field, verdict=None)``  the same refusal for conditions that are not rules of the
  text (a vote by a non-member, a second vote, an edit after filing …).
- ``deadline(agency, start, amount, unit)``  a due day on the working-day calendar: ``(date, provisional,
  basis)`` where ``unit`` is ``working_days``, ``days`` or ``months``.
- Tasks (待办): ``open_task``, ``close_task``, ``cancel_tasks``, ``tasks_for``, ``overdue``; reminders
  and escalation (督办): ``remind(on)`` — run daily by ``zhidu workflow remind`` (cron / systemd timer).
  ``notify(user, kind, zh, en, url)`` sends an in-app notice (抄送, 催办 …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Refused
from zhidu.core.rules.model import BLOCKED, Verdict
from zhidu.ledger import service as ledger

from .models import Notice, Task

REMIND_AHEAD_WORKING_DAYS = 1  # a reminder on the working day before the due day (and on the day itself)

# --- checks ----------------------------------------------------------------------------------------------


def evaluate(check_id: str, agency: str | Agency, on: dt.date, facts: Mapping[str, Any]) -> Verdict:
    """The verdict of ``check_id`` for ``agency`` on ``on``; deadlines on the calendar in force."""
    from zhidu.core.rules.engine import default_engine
    from zhidu.workcalendar.service import use_in_engine

    use_in_engine()
    slug = agency.slug if isinstance(agency, Agency) else agency
    return default_engine().evaluate(check_id, slug, on, facts)


def _grounds(verdict: Verdict) -> tuple[str, str]:
    worst = [f for f in verdict.findings if f.outcome is verdict.outcome] or list(verdict.findings)
    zh = "；".join(
        f.message_zh + (f"（{'、'.join(dict.fromkeys(c.display for c in f.citations))}）" if f.citations else "")
        for f in worst
    )
    en = "; ".join(
        f.message_en + (f" ({', '.join(dict.fromkeys(c.display for c in f.citations))})" if f.citations else "")
        for f in worst
    )
    return zh, en


def refuse(zh: str, en: str, field: str | None = None, verdict: dict[str, Any] | None = None) -> Refused:
    """A refusal to raise: ``raise refuse(...)``."""
    return Refused(zh, en, field, verdict)


@contextmanager
def step(
    check_id: str,
    agency: str | Agency,
    on: dt.date,
    facts: Mapping[str, Any],
    *,
    action: str,
    obj: models.Model | None = None,
    actor: Any = None,
    reason: str = "",
    field: str | None = None,
) -> Iterator[Verdict]:
    """One checked workflow transition (see the module docstring). Blocked: ``Refused`` and nothing is
    saved; the refusal itself is recorded in the ledger (in the caller's transaction, if there is one: keep
    ``step`` outside any transaction the refusal would roll back).
    The block receives the verdict (needs_approval and warning are the caller's to act on)."""
    verdict = evaluate(check_id, agency, on, facts)
    vd = verdict.as_dict()
    meta = {"check": check_id, "facts": dict(facts)}
    if verdict.outcome is BLOCKED:
        zh, en = _grounds(verdict)
        ledger.record(f"refused:{action}", obj=obj, actor=actor, verdict=vd, reason=reason or zh, meta=meta)
        raise Refused(f"不允许：{zh}", f"Not allowed: {en}", field, vd)
    with transaction.atomic(), ledger.context(verdict=vd, reason=reason or action):
        yield verdict
        ledger.record(action, obj=obj, actor=actor, verdict=vd, reason=reason, meta=meta)


def grounds(verdict: Verdict) -> tuple[str, str]:
    """The deciding findings of a verdict in one sentence each language, with the clauses cited."""
    return _grounds(verdict)


# --- deadlines -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    date: dt.date
    provisional: bool
    basis_zh: str
    basis_en: str


_UNITS = {"working_days": ("个工作日", "working days"), "days": ("日", "days"), "months": ("个月", "months")}


def deadline(start: dt.date, amount: int, unit: str = "working_days", *, count_start: bool = False) -> Due:
    """The due day ``amount`` ``unit`` after ``start`` on the calendar in force (with overrides)."""
    from zhidu.workcalendar.service import calendar

    if unit not in _UNITS:
        raise BadInput(f"未知的期限单位 {unit!r}", f"unknown period unit {unit!r}", "unit")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0 or amount > 3650:
        raise BadInput(
            f"期限应为0至3650的整数：{amount!r}", f"period must be a whole number 0–3650: {amount!r}", "amount"
        )
    cal = calendar()
    if unit == "working_days":
        d = cal.add_working_days(start, amount, count_start=count_start)
    elif unit == "days":
        d = cal.add_days(start, amount, count_start=count_start)
    else:
        d = cal.add_months(start, amount, count_start=count_start)
    zh_u, en_u = _UNITS[unit]
    flag_zh, flag_en = ("（临时日历）", " (provisional calendar)") if d.provisional else ("", "")
    return Due(
        d.date,
        d.provisional,
        f"自{start.isoformat()}起{amount}{zh_u}{flag_zh}",
        f"{amount} {en_u} from {start.isoformat()}{flag_en}",
    )


def working_days_late(due: dt.date, on: dt.date) -> int:
    """Working days past ``due`` on ``on`` (0 if not late)."""
    from zhidu.workcalendar.service import calendar

    return 0 if on <= due else calendar().working_days_between(due, on).days


# --- tasks -----------------------------------------------------------------------------------------------


def ref_of(obj: models.Model) -> str:
    return f"{obj._meta.label}:{obj.pk}"


def open_task(
    agency: Agency,
    *,
    kind: str,
    title: str,
    ref: str | models.Model,
    assignee: Any = None,
    assignee_name: str = "",
    section: Any = None,
    due: Due | dt.date | None = None,
    cites: Iterable[str] = (),
    url: str = "",
    on: dt.date | None = None,
) -> Task:
    """A to-do for ``assignee`` (a user; or only a name when the person has no account)."""
    if not title.strip():
        raise BadInput("事项不能为空", "the task needs a title", "title")
    due_date, provisional, basis = (
        (due.date, due.provisional, due.basis_zh) if isinstance(due, Due) else (due, False, "")
    )
    return Task.objects.create(
        agency=agency,
        kind=kind,
        title=title.strip()[:300],
        ref=ref if isinstance(ref, str) else ref_of(ref),
        assignee=assignee,
        assignee_name=(assignee_name or (assignee.get_full_name() or assignee.get_username() if assignee else ""))[:50],
        section=section,
        due=due_date,
        due_provisional=provisional,
        due_basis=basis[:300],
        cites=list(cites),
        url=url[:300],
        created_on=on or dt.date.today(),
    )


def close_task(task: Task, *, outcome: str = "", on: dt.date | None = None) -> Task:
    if task.status != Task.OPEN:
        raise BadInput("该待办已办结或已取消", "this task is already done or cancelled", "task")
    task.status, task.done_on, task.outcome = Task.DONE, on or dt.date.today(), outcome[:2000]
    task.save()
    return task


def close_tasks(ref: str | models.Model, *, kind: str | None = None, assignee: Any = None, outcome: str = "") -> int:
    """Close the open tasks of a record (e.g. when the step they stood for is done). Returns how many."""
    qs = open_tasks_of(ref, kind=kind)
    if assignee is not None:
        qs = qs.filter(assignee=assignee)
    n = 0
    for t in qs:
        close_task(t, outcome=outcome)
        n += 1
    return n


def cancel_tasks(ref: str | models.Model, *, kind: str | None = None) -> int:
    n = 0
    for t in open_tasks_of(ref, kind=kind):
        t.status = Task.CANCELLED
        t.save()
        n += 1
    return n


def open_tasks_of(ref: str | models.Model, *, kind: str | None = None) -> models.QuerySet[Task]:
    qs = Task.objects.filter(ref=ref if isinstance(ref, str) else ref_of(ref), status=Task.OPEN)
    return qs.filter(kind=kind) if kind else qs


def tasks_for(user: Any, *, status: str = Task.OPEN) -> models.QuerySet[Task]:
    return Task.objects.filter(assignee=user, status=status).select_related("agency")


def overdue(agency: Agency | None = None, on: dt.date | None = None) -> models.QuerySet[Task]:
    qs = Task.objects.filter(status=Task.OPEN, due__lt=on or dt.date.today()).select_related("assignee", "agency")
    return qs.filter(agency=agency) if agency is not None else qs


def notify(
    user: Any, agency: Agency, kind: str, zh: str, en: str, *, url: str = "", task: Task | None = None, ref: str = ""
) -> Notice:
    return Notice.objects.create(
        agency=agency, user=user, kind=kind, text_zh=zh[:500], text_en=en[:500], url=url[:300], task=task, ref=ref[:120]
    )


def mark_read(notice: Notice) -> Notice:
    notice.read = True
    notice.save(update_fields=["read"])
    return notice


def _supervisor(task: Task, on: dt.date) -> Any:
    """Who is told when a task is late: the leader in charge (分管) of the task's section, else the chief."""
    from zhidu.org import service as org

    for roles in (["deputy_in_charge"], ["chief"]):
        try:
            res = org.resolve(
                task.agency.slug,
                roles,
                on,
                section=task.section,
                requester=task.assignee,
            )
        except BadInput:
            continue
        for person in res.persons:
            user = _user_named(task.agency, person)
            if user is not None and user != task.assignee:
                return user
    return None


def _user_named(agency: Agency, name: str) -> Any:
    from zhidu.org.models import Person

    p = Person.objects.filter(agency=agency, name=name, user__isnull=False).select_related("user").first()
    return p.user if p else None


@dataclass(frozen=True)
class RemindReport:
    reminded: int
    escalated: int

    def line(self) -> str:
        return (
            f"提醒 {self.reminded} 件，督办 {self.escalated} 件 / {self.reminded} reminded, {self.escalated} escalated"
        )


def remind(on: dt.date | None = None) -> RemindReport:
    """Daily: remind the assignee of each open task due within ``REMIND_AHEAD_WORKING_DAYS`` working days,
    once a day; escalate each overdue task once to the leader in charge (督办), with a ledger entry."""
    from zhidu.workcalendar.service import calendar

    today = on or dt.date.today()
    horizon = calendar().add_working_days(today, REMIND_AHEAD_WORKING_DAYS).date
    reminded = escalated = 0
    open_ = Task.objects.filter(status=Task.OPEN, due__isnull=False).select_related("agency", "section", "assignee")
    for task in open_.filter(due__gte=today, due__lte=horizon).exclude(reminded_on=today):
        if task.assignee is not None:
            notify(
                task.assignee,
                task.agency,
                Notice.REMIND,
                f"待办将于{task.due.isoformat()}到期：{task.title}",
                f"due on {task.due.isoformat()}: {task.title}",
                url=task.url,
                task=task,
            )
        task.reminded_on = today
        task.save()
        reminded += 1
    for task in open_.filter(due__lt=today, escalated_on__isnull=True):
        assert task.due is not None
        late = working_days_late(task.due, today)
        boss = _supervisor(task, today)
        with ledger.context(reason="超期督办 / overdue escalation"):
            if boss is not None:
                notify(
                    boss,
                    task.agency,
                    Notice.ESCALATE,
                    f"督办：{task.assignee_name or '承办人'}的“{task.title}”"
                    f"已超期{late}个工作日（期限{task.due.isoformat()}）",
                    f"overdue by {late} working days (due {task.due.isoformat()}): {task.title}",
                    url=task.url,
                    task=task,
                )
            if task.assignee is not None:
                notify(
                    task.assignee,
                    task.agency,
                    Notice.ESCALATE,
                    f"已超期{late}个工作日：{task.title}",
                    f"overdue by {late} working days: {task.title}",
                    url=task.url,
                    task=task,
                )
            task.escalated_on, task.escalated_to = today, boss
            task.save()
        escalated += 1
    return RemindReport(reminded, escalated)
