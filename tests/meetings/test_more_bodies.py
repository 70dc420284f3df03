"""More decision bodies (issue 5): 通榆 创业担保贷款会审组 (tongyu-hrss:15), run through its own check
``loan.review_meeting``: 第十条 “每次贷款会审至少需要大于或等于会审组2/3成员参加，并由与会人员表决通过”."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry as Entry
from zhidu.meetings import service as svc
from zhidu.meetings.models import ItemOutcome, Minutes
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
    for p in people[:6]:  # 第十条: every participant's 审核意见 on the 会签单
        svc.state_position(item, p, "for", reason="材料齐全")
    out = svc.close_item(item)
    assert (out.result, out.votes_for, out.present) == (result, yes, 6)
    assert "tongyu-hrss:15:10" in out.cites
    with pytest.raises(Refused):
        svc.vote(item, people[6], "for")  # item closed


def _loan(b: Any, people: list[Person], present: int = 6) -> Any:
    m = _meeting(b, people, present)
    item = svc.propose_item(m, title="张某创业担保贷款 25 万", kind="business", amount="250000", submitted_on=DAY)
    svc.list_item(item)
    svc.convene(m)
    svc.take_up(item)
    return item


def test_recusal_for_a_close_relative_cites_article_11_and_counts_against_the_quorum(group: Any) -> None:
    """第十一条 “会审组成员对近亲属贷款事前声明并实行回避制度”: the member steps aside; with 5 present, one
    recusal leaves 4 < 14/3 and the loan can no longer be voted on (第十条)."""
    b, people = group
    item = _loan(b, people, present=5)
    rec = svc.recuse(item, people[4], grounds=["close_relative"], note="申请人之兄")
    assert "tongyu-hrss:15:11" in svc.cites_of(rec.verdict)
    assert "tongyu-hrss:15:11" in item.cites
    before = item.votes.count()
    with pytest.raises(Refused) as e:
        svc.vote(item, people[0], "for")
    assert "tongyu-hrss:15:10" in str(e.value.verdict)
    assert item.votes.count() == before
    with pytest.raises(Refused):  # the recused member neither states nor votes
        svc.state_position(item, people[4], "for")
    out = svc.close_item(item)
    assert out.result == ItemOutcome.POSTPONED


def test_recusal_after_speaking_is_refused(group: Any) -> None:
    """事前声明: a member who already gave an opinion on the loan cannot step aside afterwards."""
    b, people = group
    item = _loan(b, people)
    svc.state_position(item, people[1], "for")
    with pytest.raises(Refused):
        svc.recuse(item, people[1], grounds=["close_relative"])


def test_no_order_of_speaking_at_the_group(group: Any) -> None:
    """The loan text sets no 末位表态: the 局长 (any member) may give the opinion first."""
    b, people = group
    item = _loan(b, people)
    st = svc.state_position(item, people[0], "against", reason="经营项目不属微利项目")
    assert st.order == 1 and "tongyu-hrss:15:10" in svc.cites_of(st.verdict)


def test_close_refused_until_every_participant_signed_off(group: Any) -> None:
    """第十条 “与会人员要在会签单签署本人姓名及审核意见并对结果负责”: no result while a participant has not
    given an opinion; nothing changes."""
    b, people = group
    item = _loan(b, people)
    for p in people[:6]:
        svc.vote(item, p, "for")
    for p in people[:5]:
        svc.state_position(item, p, "for")
    with pytest.raises(Refused) as e:
        svc.close_item(item)
    assert "tongyu-hrss:15:10" in str(e.value.verdict)
    item.refresh_from_db()
    assert item.status == item.DISCUSSING and not ItemOutcome.objects.filter(item=item).exists()
    assert Entry.objects.filter(action="refused:meeting.item.close").exists()
    svc.state_position(item, people[5], "for")
    assert svc.close_item(item).result == ItemOutcome.PASSED


def test_minutes_carry_the_signoff_sheet_and_file_only_when_all_signed(group: Any) -> None:
    """第十条 会签单 + 第十二条 “由局办公室做好会议记录并专人保存会签单”: the minutes list each participant's
    opinion, require every participant's signature, and cannot be filed before."""
    b, people = group
    item = _loan(b, people)
    for p in people[:6]:
        svc.vote(item, p, "for")
        svc.state_position(item, p, "for", reason="同意")
    svc.close_item(item)
    minutes = svc.generate_minutes(item.meeting)
    assert minutes.signatures == [p.name for p in people[:6]]
    for p in people[:5]:
        minutes = svc.sign_minutes(minutes, p)
    with pytest.raises(Refused) as e:
        svc.file_minutes(minutes)
    assert "tongyu-hrss:15:12" in str(e.value.verdict) or "tongyu-hrss:15:10" in str(e.value.verdict)
    assert Minutes.objects.get(pk=minutes.pk).status != Minutes.FILED
    minutes = svc.sign_minutes(minutes, people[5])
    filed = svc.file_minutes(minutes)
    assert filed.status == Minutes.FILED and "tongyu-hrss:15:12" in filed.cites
    import io

    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(filed.pdf))).pages)
    assert "会签单" in text


def test_a_group_decision_is_changed_only_by_the_group(group: Any) -> None:
    """No text lets anyone else change the group's decision: refused, with the body's clause."""
    b, people = group
    item = _loan(b, people)
    for p in people[:6]:
        svc.vote(item, p, "for")
        svc.state_position(item, p, "for")
    svc.close_item(item)
    d = item.decision
    with pytest.raises(Refused) as e:
        svc.change_decision(d, text="改为 15 万", by="individual")
    assert "会审组" in str(e.value)
    d.refresh_from_db()
    assert d.status == d.IN_FORCE


def test_weekly_monday_session_late_loan_is_a_warning(group: Any) -> None:
    """第九条 “每周一上午定期对上周达到会审要求的贷款，采取集体会审机制”: a loan ready on Wednesday 27 May is
    due at the session of Monday 1 June; on 8 June it is late (a warning on the item, with 第九条). A loan ready
    on Wednesday 3 June is on time at 8 June; an urgent one (随时会审) is never late."""
    b, _people = group
    m = svc.plan_meeting(b, DAY)
    late = svc.propose_item(m, title="贷款 A", kind="business", amount="200000", submitted_on="2026-05-27")
    warn = [f for f in late.route_verdict["findings"] if f["outcome"] == "warning"]
    assert warn and "tongyu-hrss:15:9" in svc.cites_of(late.route_verdict)
    on_time = svc.propose_item(m, title="贷款 B", kind="business", amount="200000", submitted_on="2026-06-03")
    assert not [f for f in on_time.route_verdict["findings"] if f["outcome"] == "warning"]
    urgent = svc.propose_item(
        m, title="贷款 C", kind="business", amount="600000", submitted_on="2026-05-27", urgent=True
    )
    assert not [f for f in urgent.route_verdict["findings"] if f["outcome"] == "warning"]
    with pytest.raises(BadInput):
        svc.propose_item(m, title="贷款 D", kind="business", amount="200000", submitted_on="2026-06-09")


def test_a_disputed_loan_needs_the_terms_settled(group: Any) -> None:
    """第十五条 “对于存在异议的贷款申请展开讨论……明确贷款担保金额、担保方式等内容，并最终形成统一意见”."""
    b, people = group
    item = _loan(b, people)
    for i, p in enumerate(people[:6]):
        svc.vote(item, p, "against" if i == 5 else "for")
        svc.state_position(item, p, "against" if i == 5 else "for", reason="担保方式有异议" if i == 5 else "")
    with pytest.raises(Refused) as e:
        svc.close_item(item, disagreement="divergent")
    assert "tongyu-hrss:15:15" in str(e.value.verdict)
    out = svc.close_item(item, disagreement="divergent", decision_text="同意贷款 25 万元，由两名公职人员担保")
    assert out.result == ItemOutcome.PASSED
