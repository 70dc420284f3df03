"""Party branch bodies (issue 5): 支部党员大会 and 支部委员会 decide under the ``party.*`` checks.

- 白城《党支部“三会一课”制度》三 “讨论并决定支部的重大问题，如接收新党员，预备党员转正，评选优秀党员，对犯错误党员
  给予纪律处分，对不合格党员进行组织处置” (baicheng-fupin:17:3); 四 “支部委员会……由党支部书记主持，全体委员出席
  参加” (baicheng-fupin:17:4).
- 区局《党支部委员会议制度》3 “除紧急会议外,应提前就会议讨论的主要议题通知与会委员”, 4 “允许保留自己的意见”,
  5 “要形成明确的决议并将工作落实到人,一经形成决议不得违反” (district-bureau:9:3–9:5); 《党员大会制度》3
  “评选年度优秀共产党员” (district-bureau:11:3).

Neither text sets a vote share for a branch resolution: the chair announces the resolution, the tally is
recorded, and the outcome says that the texts set no share (nothing invented).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry
from zhidu.meetings import service as svc
from zhidu.meetings.models import Item, ItemOutcome, Minutes
from zhidu.org.models import Person

from .conftest import add_member

DAY = dt.date(2026, 6, 8)


def _branch(slug: str, key: str, n: int) -> tuple[Any, list[Person]]:
    """A branch body of ``n`` members entered by hand; the first is its 书记."""
    b = svc.body(slug, key)
    people = [add_member(slug, f"{key[:6]}{i}", "nobody_role", account=False) for i in range(n)]
    for i, p in enumerate(people):
        svc.add_body_member(b, p, dt.date(2026, 1, 1), post="secretary" if i == 0 else "")
    return b, people


def _meeting(b: Any, people: list[Person], present: int, notice: dt.date | None = None) -> Any:
    m = svc.plan_meeting(b, DAY)
    for i, p in enumerate(people):
        svc.mark_attendance(m, p, "present" if i < present else "leave", reason="" if i < present else "出差")
    if notice is not None:
        svc.send_notice(m, on=notice)
    return m


@pytest.fixture
def bc_committee(loaded: None) -> tuple[Any, list[Person]]:
    return _branch("baicheng-fupin", "branch_committee_meeting", 5)


@pytest.fixture
def bc_assembly(loaded: None) -> tuple[Any, list[Person]]:
    return _branch("baicheng-fupin", "branch_assembly", 9)


@pytest.fixture
def db_committee(loaded: None) -> tuple[Any, list[Person]]:
    return _branch("district-bureau", "branch_committee_meeting", 5)


def test_the_secretary_is_the_chief_and_only_one_at_a_time(bc_committee: Any) -> None:
    b, people = bc_committee
    assert svc.is_branch(b) and b.chief_role == svc.BRANCH_CHIEF
    assert svc.chief_of(b, DAY) == people[0]
    other = add_member("baicheng-fupin", "新书记", "nobody_role", account=False)
    with pytest.raises(Refused):
        svc.add_body_member(b, other, DAY, post="secretary")
    with pytest.raises(BadInput):
        svc.add_body_member(b, other, DAY, post="chairman")
    row = b.extra_members.get(person=people[0])
    svc.end_body_member(row, DAY - dt.timedelta(days=1))
    svc.add_body_member(b, other, DAY, post="secretary")
    assert svc.chief_of(b, DAY) == other
    assert svc.chief_of(b, DAY - dt.timedelta(days=1)) == people[0]  # past meetings keep their secretary


def test_a_matter_reserved_to_the_assembly_is_refused_at_the_committee(bc_committee: Any) -> None:
    b, _people = bc_committee
    m = svc.plan_meeting(b, DAY)
    with pytest.raises(Refused) as e:
        svc.propose_item(m, title="接收张某为预备党员", kind="admit_member", submitted_on=DAY)
    assert "baicheng-fupin:17:3" in str(e.value.verdict)
    assert not m.items.exists()
    assert LedgerEntry.objects.filter(action="refused:meeting.item.propose").exists()
    item = svc.propose_item(m, title="研究支部工作计划", kind="work_plan", submitted_on=DAY)
    assert item.status == Item.PROPOSED


def test_conversion_only_after_the_probation_year(bc_assembly: Any) -> None:
    """预备党员转正: the probation is one year from the assembly's vote (party.branch_matter.probation)."""
    b, _people = bc_assembly
    m = svc.plan_meeting(b, DAY)
    with pytest.raises(Refused):
        svc.propose_item(
            m, title="李某转正", kind="convert_probationary", probation_since="2025-06-09", submitted_on=DAY
        )
    item = svc.propose_item(
        m, title="李某转正", kind="convert_probationary", probation_since="2025-06-08", submitted_on=DAY
    )
    assert "baicheng-fupin:17:3" in item.cites
    with pytest.raises(BadInput):
        svc.propose_item(m, title="王某转正", kind="convert_probationary", submitted_on=DAY)
    with pytest.raises(BadInput):
        svc.propose_item(m, title="某事", kind="cadre_appointment", submitted_on=DAY)


def test_committee_needs_every_member_and_the_secretary_presiding(bc_committee: Any) -> None:
    b, people = bc_committee
    m = _meeting(b, people, 4)
    with pytest.raises(Refused) as e:
        svc.convene(m)
    assert "baicheng-fupin:17:4" in str(e.value.verdict)
    m.refresh_from_db()
    assert m.status != m.CONVENED
    svc.mark_attendance(m, people[4], "present")
    with pytest.raises(Refused):
        svc.convene(m, chair=people[1])  # a committee member, not the secretary
    m = svc.convene(m)
    assert m.status == m.CONVENED and m.chair == people[0]


def test_assembly_resolves_records_the_tally_and_files_minutes(bc_assembly: Any) -> None:
    b, people = bc_assembly
    m = _meeting(b, people, 7)
    item = svc.propose_item(m, title="接收张某为预备党员", kind="admit_member", submitted_on=DAY)
    svc.list_item(item)
    svc.convene(m)
    svc.take_up(item)
    # no order of speaking in the text: the secretary may speak first; a member keeps a dissenting view
    svc.state_position(item, people[0], "for", reason="培养考察期满")
    svc.state_position(item, people[3], "against", reason="保留意见：考察时间偏短")
    rec = svc.recuse(item, people[6], grounds=["relative"], note="张某之妻")
    assert rec.verdict == {}
    for i, p in enumerate(people[:6]):
        svc.vote(item, p, "against" if i == 3 else "for", method="ballot")
    with pytest.raises(Refused):
        svc.vote(item, people[6], "for", method="ballot")  # stepped aside
    with pytest.raises(Refused):
        svc.vote(item, people[8], "for", method="ballot")  # on leave
    with pytest.raises(Refused):
        svc.vote(item, people[0], "for", method="ballot")  # twice
    out = svc.close_item(item, decision_text="接收张某为中共预备党员", in_charge=[people[0]], due_on="2026-06-30")
    assert out.result == ItemOutcome.PASSED
    assert (out.votes_for, out.votes_against, out.present, out.recused) == (5, 1, 7, 1)
    assert "baicheng-fupin:17:3" in out.cites
    assert "未规定表决比例" in LedgerEntry.objects.filter(action="meeting.item.passed").latest("id").reason
    assert item.decision.text == "接收张某为中共预备党员"
    minutes = svc.generate_minutes(m)
    assert minutes.signatures == []
    assert svc.file_minutes(minutes).status == Minutes.FILED


def test_district_committee_notice_in_advance_except_emergency(db_committee: Any) -> None:
    b, people = db_committee
    m = _meeting(b, people, 5)
    svc.list_item(svc.propose_item(m, title="研究党建工作", kind="work_plan", submitted_on=DAY))
    svc.send_notice(m, on=DAY)  # the same day: not in advance
    with pytest.raises(Refused) as e:
        svc.convene(m)
    assert "district-bureau:9:3" in str(e.value.verdict)
    m2 = _meeting(b, people, 5)
    svc.list_item(svc.propose_item(m2, title="紧急处置", kind="other", urgent=True, submitted_on=DAY))
    assert svc.convene(m2).status == m2.CONVENED  # 紧急会议除外
    m3 = _meeting(b, people, 5)
    svc.list_item(svc.propose_item(m3, title="研究党建工作", kind="work_plan", submitted_on=DAY - dt.timedelta(3)))
    svc.send_notice(m3, on=DAY - dt.timedelta(days=1))
    assert svc.convene(m3).status == m3.CONVENED


def test_district_resolution_must_be_assigned_and_cannot_be_overridden(db_committee: Any) -> None:
    b, people = db_committee
    m = _meeting(b, people, 5)
    item = svc.propose_item(m, title="研究发展党员计划", kind="work_plan", submitted_on=DAY - dt.timedelta(3))
    svc.list_item(item)
    svc.send_notice(m, on=DAY - dt.timedelta(days=2))
    svc.convene(m)
    svc.take_up(item)
    with pytest.raises(Refused) as e:
        svc.close_item(item, decision_text="年内发展党员两名")  # nobody in charge
    assert "district-bureau:9:5" in str(e.value.verdict)
    item.refresh_from_db()
    assert item.status == Item.DISCUSSING
    out = svc.close_item(item, decision_text="年内发展党员两名", in_charge=[people[1]], due_on="2026-12-31")
    assert out.result == ItemOutcome.PASSED and "district-bureau:9:5" in out.cites
    d = item.decision
    with pytest.raises(Refused) as e2:
        svc.change_decision(d, text="改为一名", by="individual")
    assert "district-bureau:9:5" in str(e2.value.verdict)
    d.refresh_from_db()
    assert d.status == d.IN_FORCE


def test_district_committee_may_not_select_outstanding_members(db_committee: Any) -> None:
    """区局《党员大会制度》3: 评选年度优秀共产党员 is the assembly's (district-bureau:11:3)."""
    b, _people = db_committee
    m = svc.plan_meeting(b, DAY)
    with pytest.raises(Refused) as e:
        svc.propose_item(m, title="评选优秀党员", kind="select_outstanding", submitted_on=DAY)
    assert "district-bureau:11:3" in str(e.value.verdict)
