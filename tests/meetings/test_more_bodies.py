"""More decision bodies (issue 5): 通榆 创业担保贷款会审组 (tongyu-hrss:15), run through its own check
``loan.review_meeting``: 第十条 “每次贷款会审至少需要大于或等于会审组2/3成员参加，并由与会人员表决通过”."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from zhidu.core.errors import Refused
from zhidu.meetings import service as svc
from zhidu.meetings.models import ItemOutcome
from zhidu.org.models import Person

from .conftest import add_member

DAY = dt.date(2026, 6, 8)  # a Monday (第九条 每周一上午)


@pytest.fixture
def group(loaded: None) -> tuple[Any, list[Person]]:
    """The review group of seven (第八条 “共计7人”), entered by hand."""
    b = svc.body("tongyu-hrss", "loan_review_group")
    people = [add_member("tongyu-hrss", f"会审{i}", "nobody_role", account=False) for i in range(7)]
    for p in people:
        svc.add_body_member(b, p, dt.date(2026, 1, 1))
    return b, people


def _meeting(b: Any, people: list[Person], present: int) -> Any:
    m = svc.plan_meeting(b, DAY)
    for i, p in enumerate(people):
        svc.mark_attendance(m, p, "present" if i < present else "leave", reason="" if i < present else "出差")
    return m


def test_body_is_synced_with_its_clause(group: Any) -> None:
    b, _people = group
    assert b.name_zh == "创业担保贷款会审组" and b.cite == "tongyu-hrss:15:8"
    assert len(svc.members(b, DAY)) == 7


def test_quorum_two_thirds_at_and_below(group: Any) -> None:
    b, people = group
    with pytest.raises(Refused) as e:  # 4 of 7 < 14/3
        svc.convene(_meeting(b, people, 4))
    assert "tongyu-hrss:15:10" in str(e.value.verdict)
    m = svc.convene(_meeting(b, people, 5))  # 5 of 7 ≥ 14/3
    assert m.status == m.CONVENED


def test_small_loan_is_not_for_the_group(group: Any) -> None:
    b, _people = group
    m = svc.plan_meeting(b, DAY)
    with pytest.raises(Refused):
        svc.propose_item(m, title="小额贷款", kind="business", amount="199999.99", submitted_on=DAY)
    item = svc.propose_item(m, title="贷款 20 万", kind="business", amount="200000", submitted_on=DAY)
    assert item.status == item.PROPOSED


@pytest.mark.parametrize(("yes", "result"), [(4, ItemOutcome.PASSED), (3, ItemOutcome.NOT_PASSED)])
def test_vote_of_those_present(group: Any, yes: int, result: str) -> None:
    """6 present: 4 yes > 6/2 passes, 3 yes (exactly half) does not (reading of loan.review_meeting.vote.share)."""
    b, people = group
    m = _meeting(b, people, 6)
    item = svc.propose_item(m, title="贷款 30 万", kind="business", amount="300000", submitted_on=DAY)
    svc.list_item(item)
    svc.convene(m)
    svc.take_up(item)
    for i, p in enumerate(people[:6]):
        svc.vote(item, p, "for" if i < yes else "against")
    with pytest.raises(Refused):
        svc.vote(item, people[0], "for")  # a second vote
    out = svc.close_item(item)
    assert (out.result, out.votes_for, out.present) == (result, yes, 6)
    assert "tongyu-hrss:15:10" in out.cites
    with pytest.raises(Refused):
        svc.vote(item, people[6], "for")  # item closed
