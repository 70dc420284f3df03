"""A whole Tongyu 党组会 with cadre items, through the service (issue 5 items 1–6, 9).

《党组会议制度》(tongyu-hrss:2): 第三条（五）“应当有半数以上党组成员到会方可召开；讨论和决定干部任免、处分党员事项
必须有三分之二以上党组成员到会”; 第三条（六）回避; 第五条（四）“赞成票超过应到会党组成员半数为通过，未到会党组成员
的书面意见不得计入票数 … 表决实行主要领导末位表态制”; 《“一把手”权力运行制约制度》第六条 “主要领导不首先发言定调”.
The party group here has seven members (four from the shipped demo chart, three entered by hand).
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from zhidu.core.errors import Refused
from zhidu.ledger.models import LedgerEntry
from zhidu.meetings import service as S
from zhidu.meetings.models import Item, ItemOutcome, Meeting, Minutes, Statement, Vote
from zhidu.workflow.models import Task

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 3, 10)  # a Tuesday
SEVEN = ["张三", "李四", "王五", "赵六", "甲一", "乙二", "丙三"]


def _entries(action: str, **kw: object) -> list[LedgerEntry]:
    return list(LedgerEntry.objects.filter(action=action, **kw).order_by("seq"))


def _cited(entry: LedgerEntry, *cites: str) -> None:
    assert entry.verdict and entry.citations, entry.action
    for c in cites:
        assert c in entry.citations, (entry.action, c, entry.citations)


@pytest.fixture
def meeting(tongyu7: dict) -> Meeting:
    b = S.body("tongyu-hrss", "party_group")
    assert [p.name for p in S.members(b, DAY)] == SEVEN
    assert S.chief_of(b, DAY).name == "张三"  # 党组书记
    return S.plan_meeting(b, DAY, place="三楼会议室", recorder="郑一")


def _items(m: Meeting) -> tuple[Item, Item]:
    a = S.propose_item(
        m,
        title="任命甲某为人秘科科长",
        kind="cadre_appointment",
        section="renmi",
        submitted_on=dt.date(2026, 3, 5),
        deputy_in_charge="李四",
        summary="拟任命甲某为人秘科科长。",
    )
    b = S.propose_item(
        m,
        title="任命乙某为计划财务科副科长",
        kind="cadre_appointment",
        section="jihua_caiwu",
        submitted_on=dt.date(2026, 3, 5),
        deputy_in_charge="王五",
    )
    return S.list_item(a), S.list_item(b)


def test_a_whole_party_group_meeting_with_cadre_items(meeting: Meeting) -> None:
    m = meeting
    a, b = _items(m)
    # classification: 干部任免 is “三重一大” and belongs to the 党组会 (decision.route, 第四条（五）)
    assert a.sanzhong_yida and a.required_body == "party_group"
    assert "tongyu-hrss:2:4.5" in a.cites
    _cited(_entries("meeting.item.classify", obj_id=str(a.pk))[0], "tongyu-hrss:2:4.5")

    S.send_notice(m, on=dt.date(2026, 3, 9), attendees=[("孙八", "office_head")])
    m.refresh_from_db()
    assert m.status == Meeting.NOTIFIED
    _cited(_entries("meeting.notice", obj_id=str(a.pk))[0], "tongyu-hrss:2:5.2")  # 书面通知党组成员

    # four present, three on leave (one sends a written opinion)
    for n in ["张三", "李四", "王五", "赵六"]:
        S.mark_attendance(m, n, "present")
    S.mark_attendance(m, "乙二", "leave", reason="出差", written_opinion="同意两项任命")
    S.mark_attendance(m, "丙三", "leave", reason="病假")
    S.mark_attendance(m, "甲一", "leave", reason="培训")
    S.convene(m)  # 4 of 7: “半数以上” holds for the meeting itself
    m.refresh_from_db()
    assert m.status == Meeting.CONVENED
    _cited(_entries("meeting.convene", obj_id=str(m.pk))[0], "tongyu-hrss:2:3.5")

    # 1. failed quorum: a cadre item needs two thirds (4 < 4.67)
    with pytest.raises(Refused) as err:
        S.take_up(a)
    assert "三分之二" in err.value.message_zh and "《党组会议制度》第三条第（五）项" in err.value.message_zh
    a.refresh_from_db()
    assert a.status == Item.LISTED
    assert _entries("refused:meeting.item.take_up", obj_id=str(a.pk))[-1].citations

    # two more arrive: 6 of 7
    S.mark_attendance(m, "甲一", "present")
    S.mark_attendance(m, "乙二", "present")
    S.take_up(a)

    # 2. recusal: 甲一 is a close relative of the candidate; 5 of 7 still reach two thirds
    S.recuse(a, "甲一", grounds=["close_relative"], note="候选人系其配偶")
    _cited(_entries("meeting.item.recuse", obj_id=str(a.pk))[0], "tongyu-hrss:2:3.6")
    assert S.item_quorum(a).outcome.value == "allowed"
    with pytest.raises(Refused):
        S.state_position(a, "甲一", "for")  # stepped aside: no statement, no vote
    with pytest.raises(Refused):
        S.vote(a, "甲一", "for")

    # 3. the chief may not speak first (末位表态)
    with pytest.raises(Refused) as err:
        S.state_position(a, "张三", "for", reason="同意")
    assert "末位表态" in err.value.message_zh or "首先" in err.value.message_zh
    assert "tongyu-hrss:1:6" in str(err.value.verdict)
    assert not Statement.objects.filter(item=a).exists()
    state = S.item_state(a)
    assert state.chief_locked and [p.name for p in state.waiting][-1] == "张三"

    for n, pos in [("李四", "for"), ("王五", "for"), ("赵六", "against"), ("乙二", "against")]:
        S.state_position(a, n, pos, reason=f"{n}的理由")
        if n == "王五":  # still others to speak: the chief stays locked
            with pytest.raises(Refused):
                S.state_position(a, "张三", "for")
    assert not S.item_state(a).chief_locked
    S.state_position(a, "张三", "for", reason="综合大家意见，同意")
    st = Statement.objects.get(item=a, person__name="张三")
    assert st.order == 5 and st.is_chief
    _cited(_entries("meeting.item.state", obj_id=str(a.pk))[-1], "tongyu-hrss:1:6", "tongyu-hrss:2:5.4")

    # 4. the vote fails on “more than half of the members who should attend”: 3 yes of 5 voting is a
    #    majority of those present, but 3 ≤ 7 / 2
    for n, c in [("张三", "for"), ("李四", "for"), ("王五", "for"), ("赵六", "against"), ("乙二", "against")]:
        S.vote(a, n, c, method="show_of_hands")
    live = S.item_state(a)
    assert live.tally["votes_for"] == 3 and live.passes_now is False
    outcome = S.close_item(a, decision_text="任命甲某为人秘科科长")
    assert outcome.result == ItemOutcome.NOT_PASSED
    assert (outcome.members, outcome.present, outcome.recused, outcome.votes_for) == (7, 6, 1, 3)
    assert outcome.written_opinions == 0  # 乙二 came after all; 丙三 sent none
    assert any("应到会成员 7 人" in t and "3.5" in t for t in outcome.trace)
    assert "tongyu-hrss:2:5.4" in outcome.cites
    assert not hasattr(Item.objects.get(pk=a.pk), "decision") or not Item.objects.get(pk=a.pk).decision
    _cited(_entries("meeting.item.not_passed", obj_id=str(a.pk))[0], "tongyu-hrss:2:5.4")

    # 5. the second cadre item passes: 5 yes > 3.5
    S.take_up(b)
    for n in ["李四", "王五", "赵六", "甲一", "乙二", "张三"]:
        S.state_position(b, n, "for")
    for n, c in [
        ("李四", "for"),
        ("王五", "for"),
        ("赵六", "for"),
        ("甲一", "for"),
        ("乙二", "against"),
        ("张三", "for"),
    ]:
        S.vote(b, n, c, method="show_of_hands")
    outcome = S.close_item(b, decision_text="任命乙某为计划财务科副科长", due_on=dt.date(2026, 4, 10))
    assert outcome.result == ItemOutcome.PASSED and outcome.votes_for == 5
    d = Item.objects.get(pk=b.pk).decision
    assert d.body.key == "party_group" and d.report_due == dt.date(2026, 4, 10)
    task = Task.objects.get(ref=f"meetings.Decision:{d.pk}")
    assert task.assignee_name == "王五" and task.due == dt.date(2026, 4, 10) and task.kind == "meeting_followup"

    # 6. minutes: generated, read back as .docx and PDF, filed, immutable
    minutes = S.generate_minutes(m)
    m.refresh_from_db()
    assert m.status == Meeting.CLOSED
    _cited(_entries("meeting.minutes.generate", obj_id=str(m.pk))[0], "tongyu-hrss:2:5.5")
    import docx
    import pypdf

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(bytes(minutes.docx))).paragraphs)
    cells = "\n".join(
        c.text for t in docx.Document(io.BytesIO(bytes(minutes.docx))).tables for r in t.rows for c in r.cells
    )
    whole = text + "\n" + cells
    for needle in [
        "通榆县人力资源和社会保障局党组会议纪要",
        "任命甲某为人秘科科长",
        "甲一（涉及近亲属）",
        "未通过",
        "通过",
        "丙三（病假）",
        "孙八（办公室（综合科、人秘科）负责人）",
        "《党组会议制度》第五条第（四）项",
        "赞成票超过应到会党组成员半数为通过",
        "主持人",
        "记录人",
        "张三（主要负责人）",
    ]:
        assert needle in whole, needle
    pdf = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(bytes(minutes.pdf))).pages)
    for needle in ["党组会议纪要", "任命乙某为计划财务科副科长", "回避", "应到会成员 7 人"]:
        assert needle in pdf.replace("\n", ""), needle
    S.file_minutes(minutes, on=dt.date(2026, 3, 11))
    _cited(_entries("meeting.minutes.file", obj_id=str(minutes.pk))[0], "tongyu-hrss:2:5.5")
    before = (bytes(Minutes.objects.get(pk=minutes.pk).docx), Minutes.objects.get(pk=minutes.pk).version)
    with pytest.raises(Refused):
        S.edit_minutes(minutes, notes="补充")
    with pytest.raises(Refused):
        S.generate_minutes(m)
    after = Minutes.objects.get(pk=minutes.pk)
    assert (bytes(after.docx), after.version) == before and after.notes == ""

    # every step left a ledger entry with a verdict and citations
    for action in [
        "meeting.plan",
        "meeting.item.propose",
        "meeting.item.list",
        "meeting.item.take_up",
        "meeting.item.vote",
        "meeting.item.passed",
    ]:
        rows = _entries(action)
        assert rows, action
        assert all(r.verdict and r.citations for r in rows), action
    assert Vote.objects.filter(item=b).count() == 6


def test_written_opinions_are_recorded_but_never_counted(meeting: Meeting) -> None:
    m = meeting
    a, _ = _items(m)
    S.send_notice(m, on=dt.date(2026, 3, 9))
    for n in ["张三", "李四", "王五", "赵六", "甲一"]:
        S.mark_attendance(m, n, "present")
    S.mark_attendance(m, "乙二", "leave", reason="出差", written_opinion="同意")
    S.mark_attendance(m, "丙三", "leave", reason="出差", written_opinion="同意")
    S.convene(m)
    S.take_up(a)
    for n in ["李四", "王五", "赵六", "甲一", "张三"]:
        S.state_position(a, n, "for" if n in ("李四", "王五", "张三") else "against")
    for n, c in [("李四", "for"), ("王五", "for"), ("赵六", "against"), ("甲一", "against"), ("张三", "for")]:
        S.vote(a, n, c)
    with pytest.raises(Refused):
        S.vote(a, "乙二", "for")  # absent: a written opinion is not a vote
    outcome = S.close_item(a)
    # 3 yes + 2 written “同意” would be 5 > 3.5; the text counts only the 3 votes cast
    assert outcome.result == ItemOutcome.NOT_PASSED
    assert outcome.written_opinions == 2 and outcome.votes_for == 3
    assert any("书面意见 2 份，不计入票数" in t for t in outcome.trace)


def test_a_recusal_that_breaks_the_two_thirds_quorum_postpones_the_item(meeting: Meeting) -> None:
    m = meeting
    a, _ = _items(m)
    S.send_notice(m, on=dt.date(2026, 3, 9))
    for n in ["张三", "李四", "王五", "赵六", "甲一"]:
        S.mark_attendance(m, n, "present")
    S.convene(m)
    S.take_up(a)  # 5 of 7 ≥ 4.67
    S.recuse(a, "甲一", grounds=["self"])  # 4 of 7 take part: below two thirds
    q = S.item_quorum(a)
    assert q.outcome.value == "blocked"
    with pytest.raises(Refused) as err:
        S.vote(a, "李四", "for")
    assert "三分之二" in err.value.message_zh
    with pytest.raises(Refused):
        S.state_position(a, "李四", "for")
    outcome = S.close_item(a)
    assert outcome.result == ItemOutcome.POSTPONED
