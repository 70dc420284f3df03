"""zhidu.workflow: checked steps recorded in the ledger, deadlines on the calendar, tasks, reminders and
escalation (督办)."""

from __future__ import annotations

import datetime as dt

import pytest

from zhidu.accounts.models import User
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry
from zhidu.workflow import service
from zhidu.workflow.models import Notice, Task

pytestmark = pytest.mark.django_db

QUORUM_FAILS = {"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]}
QUORUM_HOLDS = {"body": "party_group", "members": 7, "present": 5, "topic_kinds": ["cadre_appointment"]}
ON = dt.date(2026, 3, 2)


@pytest.fixture
def agency() -> Agency:
    return Agency.objects.get(slug="tongyu-hrss")


def test_a_blocked_step_is_refused_with_the_clause_and_recorded(agency: Agency) -> None:
    before = LedgerEntry.objects.count()
    ran = False
    with pytest.raises(Refused) as err, service.step("meeting.convene", agency, ON, QUORUM_FAILS, action="x.y"):
        ran = True
    assert not ran
    assert "三分之二以上" in str(err.value.verdict)
    assert err.value.message_zh.startswith("不允许：") and "《" in err.value.message_zh
    assert err.value.message_en.startswith("Not allowed: ")
    entry = LedgerEntry.objects.order_by("-seq").first()
    assert LedgerEntry.objects.count() == before + 1
    assert entry is not None and entry.action == "refused:x.y" and entry.citations


def test_an_allowed_step_runs_and_leaves_a_ledger_entry_with_its_citations(agency: Agency) -> None:
    with service.step("meeting.convene", agency, ON, QUORUM_HOLDS, action="meeting.convene") as verdict:
        assert verdict.outcome.value == "allowed"
    entry = LedgerEntry.objects.order_by("-seq").first()
    assert entry is not None and entry.action == "meeting.convene"
    assert entry.verdict["outcome"] == "allowed" and entry.citations
    assert entry.meta["facts"]["present"] == 5


def test_bad_facts_are_bad_input_naming_the_field(agency: Agency) -> None:
    with (
        pytest.raises(BadInput) as err,
        service.step("meeting.convene", agency, ON, {**QUORUM_HOLDS, "present": -1}, action="x"),
    ):
        pass
    assert err.value.field and "present" in err.value.field


def test_deadline_in_working_days_skips_the_spring_festival() -> None:
    due = service.deadline(dt.date(2026, 2, 13), 3)  # Friday before the 2026 Spring Festival holiday
    assert due.date > dt.date(2026, 2, 23) and not due.provisional
    assert "3个工作日" in due.basis_zh


def test_deadline_in_an_unknown_year_is_provisional() -> None:
    assert service.deadline(dt.date(2031, 5, 6), 10).provisional


def test_deadline_refuses_a_bad_amount() -> None:
    with pytest.raises(BadInput):
        service.deadline(ON, -1)
    with pytest.raises(BadInput):
        service.deadline(ON, 1, "fortnights")


def test_tasks_remind_then_escalate_once(agency: Agency) -> None:
    user = User.objects.create(username="t.staff", agency=agency)
    task = service.open_task(
        agency,
        kind="meeting_followup",
        title="落实决定",
        ref="meetings.Decision:1",
        assignee=user,
        due=service.deadline(ON, 10),
        on=ON,
    )
    assert task.due == dt.date(2026, 3, 16)
    # the working day before the due day: a reminder, once
    assert service.remind(dt.date(2026, 3, 13)).reminded == 1
    assert service.remind(dt.date(2026, 3, 13)).reminded == 0
    assert Notice.objects.filter(user=user, kind=Notice.REMIND).count() == 1
    # late: escalated once, the assignee told too
    report = service.remind(dt.date(2026, 3, 18))
    assert report.escalated == 1 and service.remind(dt.date(2026, 3, 19)).escalated == 0
    task.refresh_from_db()
    assert task.escalated_on == dt.date(2026, 3, 18)
    assert Notice.objects.filter(user=user, kind=Notice.ESCALATE).exists()
    assert list(service.overdue(agency, dt.date(2026, 3, 18))) == [task]
    assert service.working_days_late(task.due, dt.date(2026, 3, 18)) == 2
    service.close_task(task, outcome="已落实")
    with pytest.raises(BadInput):
        service.close_task(task)
    assert not service.overdue(agency, dt.date(2026, 3, 18)).exists()
    assert Task.objects.get(pk=task.pk).status == Task.DONE
