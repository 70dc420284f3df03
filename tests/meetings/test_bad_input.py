"""Bad input is refused with the reason (Chinese and English, naming the field) and nothing changes: a vote by
someone who is not a member, a second vote by the same member, a vote on a closed item, an edit of filed
minutes, the chief speaking first; and malformed arguments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from zhidu.core.errors import BadInput, Refused
from zhidu.meetings import service as S
from zhidu.meetings.models import Attendance, Item, ItemOutcome, Meeting, Minutes, Recusal, Statement, Vote

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 3, 10)


def _snapshot(m: Meeting) -> tuple[Any, ...]:
    mins = Minutes.objects.filter(meeting=m).first()
    return (
        sorted(Vote.objects.filter(item__meeting=m).values_list("item_id", "person_id", "choice")),
        sorted(Statement.objects.filter(item__meeting=m).values_list("item_id", "order", "person_id", "position")),
        sorted(Recusal.objects.filter(item__meeting=m).values_list("item_id", "person_id")),
        sorted(Attendance.objects.filter(meeting=m).values_list("person_id", "status", "written_opinion")),
        sorted(Item.objects.filter(meeting=m).values_list("id", "status", "version")),
        ItemOutcome.objects.filter(item__meeting=m).count(),
        Meeting.objects.filter(pk=m.pk).values_list("status", "version").get(),
        (mins.status, mins.version, mins.notes, mins.docx_sha256) if mins else None,
    )


def _refused(m: Meeting, call: Callable[[], Any], *, field: str | None = None, words: str = "") -> Refused:
    before = _snapshot(m)
    with pytest.raises(Refused) as err:
        call()
    assert err.value.message_zh and err.value.message_en
    if field is not None:
        assert err.value.field == field
    assert words in err.value.message_zh
    assert _snapshot(m) == before
    return err.value


@pytest.fixture
def running(tongyu7: dict) -> tuple[Meeting, Item, Item]:
    m = S.plan_meeting(S.body("tongyu-hrss", "party_group"), DAY, recorder="郑一")
    a = S.list_item(S.propose_item(m, title="任命甲某", kind="cadre_appointment", submitted_on=dt.date(2026, 3, 5)))
    b = S.list_item(S.propose_item(m, title="年度工作计划", kind="major_decision", submitted_on=dt.date(2026, 3, 5)))
    S.send_notice(m, on=dt.date(2026, 3, 9), attendees=[("孙八", "office_head")])
    for n in ["张三", "李四", "王五", "赵六", "甲一"]:
        S.mark_attendance(m, n, "present")
    S.mark_attendance(m, "乙二", "leave", reason="出差", written_opinion="同意")
    S.convene(m)
    S.take_up(a)
    return m, a, b


def test_a_vote_by_someone_who_is_not_a_member(running: tuple[Meeting, Item, Item]) -> None:
    m, a, _ = running
    _refused(m, lambda: S.vote(a, "孙八", "for"), field="person", words="不是党组会议成员")  # 列席, not a member
    _refused(m, lambda: S.vote(a, "周九", "for"), field="person", words="不是党组会议成员")
    _refused(m, lambda: S.vote(a, "乙二", "for"), field="person", words="未到会")  # absent: written opinion only


def test_a_second_vote_by_the_same_member(running: tuple[Meeting, Item, Item]) -> None:
    m, a, _ = running
    S.vote(a, "李四", "for")
    _refused(m, lambda: S.vote(a, "李四", "against"), field="person", words="不得重复表决")
    _refused(m, lambda: S.vote(a, "王五", "for", method="ballot"), field="method", words="同一表决方式")
    assert Vote.objects.get(item=a, person__name="李四").choice == "for"


def test_a_vote_on_a_closed_item(running: tuple[Meeting, Item, Item]) -> None:
    m, a, _ = running
    for n in ["李四", "王五", "赵六", "甲一", "张三"]:
        S.state_position(a, n, "for")
    for n in ["李四", "王五", "赵六", "甲一", "张三"]:
        S.vote(a, n, "for")
    S.close_item(a)
    _refused(m, lambda: S.vote(a, "李四", "for"), field="item", words="已议决")
    _refused(m, lambda: S.state_position(a, "李四", "for"), field="item", words="已议决")
    _refused(m, lambda: S.close_item(a), field="item")


def test_the_chief_speaking_first(running: tuple[Meeting, Item, Item]) -> None:
    m, a, _ = running
    err = _refused(m, lambda: S.state_position(a, "张三", "for"), field="person", words="末位表态")
    assert "tongyu-hrss:1:6" in str(err.verdict)
    S.state_position(a, "李四", "for")
    err = _refused(m, lambda: S.state_position(a, "张三", "for"), field="person", words="未在最后表态")


def test_nobody_speaks_after_the_chief_concluded_and_no_conclusion_before_everyone_spoke(
    running: tuple[Meeting, Item, Item],
) -> None:
    m, a, _ = running
    for n in ["李四", "王五", "赵六"]:
        S.state_position(a, n, "for")
    # 甲一 has not stated a view: no conclusion yet (《“一把手”权力运行制约制度》第六条)
    _refused(m, lambda: S.close_item(a), words="未表态")
    S.state_position(a, "甲一", "for")
    S.state_position(a, "张三", "for")
    _refused(m, lambda: S.state_position(a, "甲一", "against"), field="person", words="已就本议题表态")


def test_an_edit_of_filed_minutes(running: tuple[Meeting, Item, Item]) -> None:
    m, a, b = running
    for it in (a, b):
        if it.status != Item.DISCUSSING:
            S.take_up(it)
        for n in ["李四", "王五", "赵六", "甲一", "张三"]:
            S.state_position(it, n, "for")
            S.vote(it, n, "for")
        S.close_item(it)
    mins = S.generate_minutes(m, notes="初稿")
    S.edit_minutes(mins, notes="修改后的记录", version=mins.version)
    S.sign_minutes(mins, "郑一")
    S.file_minutes(mins, on=dt.date(2026, 3, 11))
    _refused(m, lambda: S.edit_minutes(mins, notes="归档后修改"), field="minutes", words="已归档")
    _refused(m, lambda: S.sign_minutes(mins, "张三"), field="minutes")
    _refused(m, lambda: S.file_minutes(mins), field="minutes")
    _refused(m, lambda: S.generate_minutes(m), field="minutes")
    # even a direct save of the row is refused
    row = Minutes.objects.get(pk=mins.pk)
    row.notes = "绕过服务修改"
    _refused(m, row.save, field="minutes")
    assert Minutes.objects.get(pk=mins.pk).notes == "修改后的记录"


def test_a_stale_version_is_a_conflict(running: tuple[Meeting, Item, Item]) -> None:
    from zhidu.core.errors import Conflict

    _, a, _ = running
    with pytest.raises(Conflict):
        S.close_item(a, version=a.version - 1 if a.version > 1 else 999)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda m, a: S.vote(a, "李四", "maybe"), "choice"),
        (lambda m, a: S.vote(a, "李四", "for", method="telepathy"), "method"),
        (lambda m, a: S.vote(a, "", "for"), "person"),
        (lambda m, a: S.vote(a, 10**9, "for"), "person"),
        (lambda m, a: S.state_position(a, "李四", "yes"), "position"),
        (lambda m, a: S.state_position(a, "李四", "for", reason="长" * 6000), "reason"),
        (lambda m, a: S.recuse(a, "李四", grounds=[]), "grounds"),
        (lambda m, a: S.recuse(a, "李四", grounds=["cousin"]), "grounds"),
        (lambda m, a: S.mark_attendance(m, "李四", "leave"), "reason"),
        (lambda m, a: S.mark_attendance(m, "李四", "asleep"), "status"),
        (lambda m, a: S.close_item(a, disagreement="some"), "disagreement"),
        (lambda m, a: S.close_item(a, due_on="2026-02-30"), "due_on"),
        (lambda m, a: S.propose_item(m, title="", kind="general"), "title"),
        (lambda m, a: S.propose_item(m, title="x", kind="nonsense"), "kind"),
        (lambda m, a: S.propose_item(m, title="x", kind="fund_use"), "amount"),
        (lambda m, a: S.propose_item(m, title="x", kind="fund_use", amount="-1"), "amount"),
        (lambda m, a: S.propose_item(m, title="x", kind="fund_use", amount="1.234"), "amount"),
        (lambda m, a: S.propose_item(m, title="x", kind="general", section="无此科"), "section"),
        (lambda m, a: S.classify("tongyu-hrss", DAY, kind="general", amount="abc"), "amount"),
    ],
)
def test_malformed_arguments_name_the_field(
    running: tuple[Meeting, Item, Item], call: Callable[[Meeting, Item], Any], field: str
) -> None:
    m, a, _ = running
    before = _snapshot(m)
    with pytest.raises(BadInput) as err:
        call(m, a)
    assert err.value.field == field and err.value.message_zh and err.value.message_en
    assert _snapshot(m) == before
