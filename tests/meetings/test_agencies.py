"""The workflow per agency: Wenshan's two thirds for any 党组会 and its 10-working-day report-back, the
district bureau's week-ahead agenda deadline, Baicheng's “三重一大” routing, changing a decision, cadence."""

from __future__ import annotations

import datetime as dt

import pytest

from zhidu.core.errors import Refused
from zhidu.ledger.models import LedgerEntry
from zhidu.meetings import service as S
from zhidu.meetings.models import Decision, Item, ItemOutcome, Meeting
from zhidu.workflow import service as wf
from zhidu.workflow.models import Notice, Task

from .conftest import add_member, link_account

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 3, 10)


def _held(m: Meeting, present: list[str], **kw: object) -> Meeting:
    for n in present:
        S.mark_attendance(m, n, "present")
    return S.convene(m, **kw)


def _decide(item: Item, speakers: list[str], yes: list[str], **kw: object) -> ItemOutcome:
    S.take_up(item)
    for n in speakers:
        S.state_position(item, n, "for")
    for n in yes:
        S.vote(item, n, "for")
    return S.close_item(item, **kw)


# --- Wenshan ---------------------------------------------------------------------------------------------


def test_wenshan_party_group_needs_two_thirds_for_any_item(loaded: None) -> None:
    """《会议制度》党组会议 “须有2/3以上党组成员到会方能召开” (wenshan-hrss:15:1.4.1): a work plan, not only
    cadre matters. Four members: two present is below 2.67, three reach it."""
    b = S.body("wenshan-hrss", "party_group")
    assert [p.name for p in S.members(b, DAY)] == ["刘一", "何甲", "吕乙", "施丙"]
    m = S.plan_meeting(b, DAY)
    it = S.list_item(S.propose_item(m, title="2026年度工作计划", kind="work_plan", submitted_on=dt.date(2026, 3, 2)))
    assert it.required_body == "party_group"
    S.send_notice(m, on=dt.date(2026, 3, 9))
    S.mark_attendance(m, "施丙", "leave", reason="出差")
    S.mark_attendance(m, "吕乙", "leave", reason="开会")
    with pytest.raises(Refused) as err:
        _held(m, ["刘一", "何甲"])
    assert "wenshan-hrss:15:1.4.1" in str(err.value.verdict) and "2/3以上党组成员到会" in str(err.value.verdict)
    m.refresh_from_db()
    assert m.status == Meeting.NOTIFIED
    S.mark_attendance(m, "吕乙", "present")
    S.convene(m)
    m.refresh_from_db()
    assert m.status == Meeting.CONVENED


def test_wenshan_party_group_refuses_ad_hoc_items(loaded: None) -> None:
    """“凡事前未告知的事项一律不上会,任何人不得临时动议” (wenshan-hrss:11:2.1), even urgent ones."""
    m = S.plan_meeting(S.body("wenshan-hrss", "party_group"), DAY)
    with pytest.raises(Refused) as err:
        S.propose_item(
            m, title="临时提出的人事事项", kind="cadre_appointment", submitted_on=DAY, ad_hoc=True, urgent=True
        )
    assert "wenshan-hrss:11:2.1" in str(err.value.verdict)
    assert not Item.objects.filter(meeting=m).exists()


def test_wenshan_directors_meeting_decision_reported_within_ten_working_days(loaded: None) -> None:
    """《限时办结制度》四、2 “对局长办公会议、局务会议、专题工作会议的决定事项,牵头承办科室须于会后10个工作日内报送落实
    情况” (wenshan-hrss:19:4.2, parameter timelimit.due.meeting_decision_report): the follow-up task is due
    10 working days after the meeting, with reminders and escalation (督办)."""
    link_account("wenshan-hrss", "吕乙")
    link_account("wenshan-hrss", "刘一")
    b = S.body("wenshan-hrss", "directors_meeting")
    m = S.plan_meeting(b, DAY)
    it = S.list_item(
        S.propose_item(
            m,
            title="创业担保贷款工作推进",
            kind="business",
            section="jiuye_shiye",
            submitted_on=dt.date(2026, 3, 5),
            deputy_in_charge="吕乙",
        )
    )
    assert it.required_body == "directors_meeting"
    S.send_notice(m, on=dt.date(2026, 3, 9), attendees=[("严己", "office_head"), ("曹戊", "discipline_secretary")])
    _held(m, ["刘一", "何甲", "吕乙", "施丙", "孔丁"])
    # 局长办公会议: the chair concludes after hearing everyone (wenshan-hrss:15:2.2.4); the chief last
    outcome = _decide(it, ["何甲", "吕乙", "施丙", "孔丁", "刘一"], [], decision_text="由就业科牵头推进")
    assert outcome.result == ItemOutcome.PASSED
    d = Decision.objects.get(item=it)
    # 2026-03-10 + 10 working days = 2026-03-24
    assert d.report_due == dt.date(2026, 3, 24)
    assert "wenshan-hrss:19:4.2" in d.cites
    task = Task.objects.get(ref=f"meetings.Decision:{d.pk}")
    assert task.assignee_name == "吕乙" and task.due == dt.date(2026, 3, 24) and "wenshan-hrss:19:4.2" in task.cites
    entry = LedgerEntry.objects.filter(action="meeting.decision.follow_up", obj_id=str(d.pk)).get()
    assert "wenshan-hrss:19:4.2" in entry.citations
    # reminders on the calendar: the working day before, then escalation once overdue
    wf.remind(dt.date(2026, 3, 23))
    task.refresh_from_db()
    assert task.reminded_on == dt.date(2026, 3, 23)
    wf.remind(dt.date(2026, 3, 25))
    task.refresh_from_db()
    assert task.escalated_on == dt.date(2026, 3, 25)
    assert Notice.objects.filter(task=task, kind=Notice.ESCALATE).exists()
    # reporting back closes the task and the decision
    S.report_back(d, "吕乙", text="已完成", on=dt.date(2026, 3, 26))
    d.refresh_from_db()
    task.refresh_from_db()
    assert task.status == Task.DONE and d.status == Decision.DONE


def test_wenshan_party_group_decision_has_no_ten_day_clause(loaded: None) -> None:
    """The 10-working-day clause names 局长办公会议、局务会议、专题工作会议, not the 党组会议: no deadline is
    invented for a party-group decision (unless the meeting sets one)."""
    m = S.plan_meeting(S.body("wenshan-hrss", "party_group"), DAY)
    it = S.list_item(
        S.propose_item(
            m, title="2026年度工作计划", kind="work_plan", submitted_on=dt.date(2026, 3, 2), deputy_in_charge="何甲"
        )
    )
    S.send_notice(m, on=dt.date(2026, 3, 9))
    _held(m, ["刘一", "何甲", "吕乙", "施丙"])
    outcome = _decide(it, ["何甲", "吕乙", "施丙", "刘一"], ["何甲", "吕乙", "施丙", "刘一"])
    assert outcome.result == ItemOutcome.PASSED
    d = Decision.objects.get(item=it)
    assert d.report_due is None
    assert Task.objects.get(ref=f"meetings.Decision:{d.pk}").due is None


# --- the district bureau ---------------------------------------------------------------------------------


def test_district_bureau_party_group_items_a_week_ahead(loaded: None) -> None:
    """《党组会议议事规则》“议题提请人应提前一周报送党组会议题” (district-bureau:3:3.2, 7 days): for a meeting on
    Monday 9 March, 2 March is in time, 3 March is refused for this meeting (nothing saved)."""
    m = S.plan_meeting(S.body("district-bureau", "party_group"), dt.date(2026, 3, 9))
    deadlines = {d["label_zh"]: d["date"] for d in S.meeting_deadlines(m)}
    assert deadlines["报送议题最迟日期"] == "2026-03-02"
    ok = S.propose_item(m, title="年度工作计划", kind="work_plan", submitted_on=dt.date(2026, 3, 2))
    assert ok.submit_deadline == dt.date(2026, 3, 2) and not ok.late
    with pytest.raises(Refused) as err:
        S.propose_item(m, title="迟报的议题", kind="work_plan", submitted_on=dt.date(2026, 3, 3))
    assert "district-bureau:3:3.2" in str(err.value.verdict) and "提前一周" in str(err.value.verdict)
    assert list(m.items.values_list("title", flat=True)) == ["年度工作计划"]
    entry = LedgerEntry.objects.filter(action="refused:meeting.item.propose").order_by("-seq").first()
    assert entry is not None and "district-bureau:3:3.2" in entry.citations


def test_district_bureau_notice_one_day_ahead(loaded: None) -> None:
    """“提前1—2天将会议时间、地点、议题通知党组成员” (district-bureau:3:3.2): notified on the meeting day is late
    and refused; the day before is in time."""
    m = S.plan_meeting(S.body("district-bureau", "party_group"), dt.date(2026, 3, 9))
    S.list_item(S.propose_item(m, title="年度工作计划", kind="work_plan", submitted_on=dt.date(2026, 3, 2)))
    with pytest.raises(Refused):
        S.send_notice(m, on=dt.date(2026, 3, 9))
    m.refresh_from_db()
    assert m.status == Meeting.PLANNED and m.notified_on is None
    S.send_notice(m, on=dt.date(2026, 3, 6))
    m.refresh_from_db()
    assert m.status == Meeting.NOTIFIED


# --- Baicheng --------------------------------------------------------------------------------------------


def test_baicheng_sanzhong_yida_routing(loaded: None) -> None:
    """《“三重一大”事项决策制度》四（四）“数额在2万元以上的专项经费、采购项目 …” (baicheng-fupin:4:4.4, 20 000 元,
    含本数) and 《五不直接分管》二（二）3 “大额资金支出。经办党组集体研究决定” (baicheng-fupin:10:2.2.3): 20 000 元
    is “三重一大” for the 党组会, refused at the 主任办公会; 19 999.99 元 needs no collective decision."""
    big = S.classify("baicheng-fupin", DAY, kind="fund_use", amount="20000")
    assert big.sanzhong_yida and big.body == "party_group" and "large_fund" in big.topic_kinds
    assert "baicheng-fupin:10:2.2.3" in big.cites
    assert big.discipline == "invite"  # 党组会议邀请纪检监察组长参加 (baicheng-fupin:46)
    small = S.classify("baicheng-fupin", DAY, kind="fund_use", amount="19999.99")
    assert not small.sanzhong_yida and small.body == ""
    office = S.plan_meeting(S.body("baicheng-fupin", "directors_meeting"), DAY)
    with pytest.raises(Refused) as err:
        S.propose_item(office, title="扶贫专项经费2万元", kind="fund_use", amount="20000", submitted_on=DAY)
    assert "党组会议" in err.value.message_zh and err.value.field == "kind"
    assert not office.items.exists()
    S.propose_item(office, title="办公用品采购", kind="fund_use", amount="19999.99", submitted_on=DAY)
    party = S.plan_meeting(S.body("baicheng-fupin", "party_group"), DAY)
    it = S.propose_item(
        party, title="扶贫专项经费2万元", kind="fund_use", amount="20000", submitted_on=dt.date(2026, 3, 5)
    )
    assert it.sanzhong_yida and it.large_fund


def test_baicheng_sanzhong_meeting_needs_two_thirds(loaded: None) -> None:
    """“三重一大” items need two thirds of the members (meeting.sanzhong_yida.quorum, baicheng-fupin:4:2):
    with seven members, 4 present is more than half — enough for the 党组会 itself (baicheng-fupin:2:4.1) —
    but not two thirds (4.67) for such an item."""
    for n in ("白甲", "白乙", "白丙"):
        add_member("baicheng-fupin", n, "party_group_meeting")
    m = S.plan_meeting(S.body("baicheng-fupin", "party_group"), DAY)
    it = S.list_item(
        S.propose_item(m, title="扶贫专项经费2万元", kind="fund_use", amount="20000", submitted_on=dt.date(2026, 3, 5))
    )
    S.send_notice(m, on=dt.date(2026, 3, 9), materials_sent_on=dt.date(2026, 3, 9))
    for n in ("白甲", "白乙", "白丙"):
        S.mark_attendance(m, n, "leave", reason="出差")
    _held(m, ["田一", "董二", "于三", "余四"], discipline_notified=True)
    with pytest.raises(Refused) as err:
        S.take_up(it)
    assert "baicheng-fupin:4:2" in str(err.value.verdict)


# --- changing a decision ---------------------------------------------------------------------------------


def _tongyu_decision() -> Decision:
    m = S.plan_meeting(S.body("tongyu-hrss", "party_group"), DAY)
    it = S.list_item(
        S.propose_item(
            m,
            title="购置办公设备6000元",
            kind="fund_use",
            amount="6000",
            submitted_on=dt.date(2026, 3, 5),
            deputy_in_charge="王五",
        )
    )
    assert it.required_body == "party_group"  # 五千元以上（含五千元）: tongyu-hrss:5:5.1
    S.send_notice(m, on=dt.date(2026, 3, 9))
    _held(m, ["张三", "李四", "王五", "赵六"])
    _decide(it, ["李四", "王五", "赵六", "张三"], ["李四", "王五", "赵六", "张三"], decision_text="同意购置")
    return Decision.objects.get(item=it)


def test_a_decision_is_changed_only_by_a_new_vote_of_the_same_body(loaded: None) -> None:
    """《党组会议制度》第七条（三）“须提交党组会复议，其它会议或个人无权更改党组会决议” (tongyu-hrss:2:7.3)."""
    d = _tongyu_decision()
    # an individual: refused with the clause, nothing changes
    with pytest.raises(Refused) as err:
        S.change_decision(d, text="改为购置8000元的设备", by="individual")
    assert "tongyu-hrss:2:7.3" in str(err.value.verdict) and "无权更改" in str(err.value.verdict)
    d.refresh_from_db()
    assert d.status == Decision.IN_FORCE
    # another meeting (局长办公会): refused at the proposal
    office = S.plan_meeting(S.body("tongyu-hrss", "directors_meeting"), dt.date(2026, 3, 20))
    with pytest.raises(Refused) as err:
        S.propose_item(office, title="变更购置决定", kind="general", submitted_on=dt.date(2026, 3, 16), changes=d)
    assert "tongyu-hrss:2:7.3" in str(err.value.verdict)
    # the same body, by a new vote: the old decision is changed and superseded
    m2 = S.plan_meeting(S.body("tongyu-hrss", "party_group"), dt.date(2026, 3, 24))
    it2 = S.list_item(
        S.propose_item(
            m2,
            title="复议：购置办公设备改为8000元",
            kind="fund_use",
            amount="8000",
            submitted_on=dt.date(2026, 3, 20),
            changes=d,
            deputy_in_charge="王五",
        )
    )
    assert "tongyu-hrss:2:7.3" in it2.cites
    S.send_notice(m2, on=dt.date(2026, 3, 23))
    _held(m2, ["张三", "李四", "王五", "赵六"])
    _decide(it2, ["李四", "王五", "赵六", "张三"], ["李四", "王五", "赵六", "张三"], decision_text="改为8000元")
    d.refresh_from_db()
    new = Decision.objects.get(item=it2)
    assert d.status == Decision.CHANGED and d.superseded_by == new
    assert not Task.objects.filter(ref=f"meetings.Decision:{d.pk}", status=Task.OPEN).exists()


# --- cadence ---------------------------------------------------------------------------------------------


def test_a_missed_month_shows_as_overdue(loaded: None) -> None:
    """《党组会议制度》第三条（三）“党组会一般应每月召开一次” (tongyu-hrss:2:3.3): no meeting in February →
    overdue on 5 March; a meeting held in February → not overdue, and March's is due by 31 March."""
    rows = {r.body.key: r for r in S.cadence("tongyu-hrss", dt.date(2026, 3, 5))}
    pg = rows["party_group"]
    assert pg.period == "month" and pg.overdue and pg.previous_held == 0 and pg.due == dt.date(2026, 3, 31)
    assert "tongyu-hrss:2:3.3" in pg.cites and "超期" in pg.message_zh
    m = S.plan_meeting(S.body("tongyu-hrss", "party_group"), dt.date(2026, 2, 24))
    S.send_notice(m, on=dt.date(2026, 2, 23))
    _held(m, ["张三", "李四", "王五"])
    rows = {r.body.key: r for r in S.cadence("tongyu-hrss", dt.date(2026, 3, 5))}
    assert not rows["party_group"].overdue and rows["party_group"].previous_held == 1
    assert rows["directors_meeting"].overdue  # 局长办公会议 “一般一个月召开1至2次” (tongyu-hrss:3:6): none held


def test_party_branch_bodies_have_their_cadence(loaded: None) -> None:
    """District bureau 支部党员大会 every half year (party.cadence.branch_assembly)."""
    rows = {r.body.key: r for r in S.cadence("district-bureau", dt.date(2026, 3, 5))}
    assert rows["branch_assembly"].period == "half_year" and rows["branch_assembly"].due == dt.date(2026, 6, 30)
    assert rows["branch_assembly"].overdue  # nothing held in the second half of 2025


# --- Wenshan major-case panel ----------------------------------------------------------------------------


def test_wenshan_case_panel_counts_members_present_and_not_recused_and_needs_the_voters_signatures(
    loaded: None,
) -> None:
    """《重大案件合议制度》(wenshan-hrss:28): “需有三分之二以上的委员参加方能举行会议” (28:1.2), “到会委员半数以上
    通过的决议为本次委员会的决定” (28:1.5: the base is the members present and not recused), recusal of a
    party's relative (28:3.4), “合议委员会的会议记录需由参会表决人员签名方为有效” (28:3.2)."""
    b = S.body("wenshan-hrss", "case_panel")
    assert [p.name for p in S.members(b, DAY)] == ["刘一", "何甲", "金辛", "苗辛"]
    m = S.plan_meeting(b, DAY, recorder="柳丙")
    it = S.list_item(
        S.propose_item(
            m, title="某公司拖欠工资案", kind="major_case", section="jiancha", submitted_on=dt.date(2026, 3, 5)
        )
    )
    assert it.required_body == "case_panel"
    S.send_notice(m, on=dt.date(2026, 3, 9))
    _held(m, ["刘一", "何甲", "金辛", "苗辛"])
    S.take_up(it)
    S.recuse(it, "苗辛", grounds=["close_relative"])
    for n in ["何甲", "金辛", "刘一"]:
        S.state_position(it, n, "for" if n != "金辛" else "against")
    S.vote(it, "何甲", "for", method="ballot")
    S.vote(it, "刘一", "for", method="ballot")
    S.vote(it, "金辛", "against", method="ballot")
    outcome = S.close_item(it, decision_text="予以处罚")
    # 2 yes ≥ 3 voters × 1/2 (the recused member is out of the base)
    assert outcome.result == ItemOutcome.PASSED
    assert any("到会且未回避的成员 3 人" in t for t in outcome.trace)
    mins = S.generate_minutes(m)
    assert sorted(mins.signatures) == sorted(["何甲", "刘一", "金辛"])
    with pytest.raises(Refused) as err:
        S.file_minutes(mins)
    assert "wenshan-hrss:28:3.2" in str(err.value.verdict)
    for n in ["何甲", "刘一", "金辛"]:
        S.sign_minutes(mins, n)
    S.file_minutes(mins)
    assert mins.status == "filed"
    # a ballot keeps who voted how out of the minutes
    import io

    import docx

    doc = docx.Document(io.BytesIO(bytes(mins.docx)))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "无记名投票" in "\n".join(p.text for p in doc.paragraphs)
    assert "何甲、刘一" not in cells


def test_bodies_without_members_on_the_org_chart_take_members_entered_by_hand(loaded: None) -> None:
    """Wenshan 局务会议 “局领导班子成员,调研员、副调研员,各科室负责人参加” (wenshan-hrss:15:3.3.1): the org chart
    lists no members, so convening is refused until they are entered."""
    b = S.body("wenshan-hrss", "bureau_affairs")
    m = S.plan_meeting(b, DAY)
    with pytest.raises(Refused) as err:
        S.convene(m)
    assert err.value.field == "members"
    for n in ["刘一", "何甲", "严己"]:
        S.add_body_member(b, n, dt.date(2026, 1, 1))
    _held(m, ["刘一", "何甲"])
    m.refresh_from_db()
    assert m.status == Meeting.CONVENED


def test_district_bureau_major_decision_reported_to_the_discipline_group_and_everyone_speaks(loaded: None) -> None:
    """《党组会议议事规则》“凡是涉及“三重一大”、人事任免和廉政工作,都要提前向区政府纪检组报告,区纪检组派人列席会议”
    (district-bureau:3:3.4: the item is refused until reported); “班子成员没有普遍表态的不作结论” (3:3.3);
    《依法行政工作规则》“决策事项的分管局长重点阐述意见,并提出决策建议” (district-bureau:31:12.3)."""
    b = S.body("district-bureau", "party_group")

    def meeting(told: bool) -> Item:
        m = S.plan_meeting(b, dt.date(2026, 3, 9))
        it = S.list_item(
            S.propose_item(
                m,
                title="区X中长期规划",
                kind="major_decision",
                submitted_on=dt.date(2026, 3, 2),
                deputy_in_charge="罗寅",
            )
        )
        assert it.discipline == "report" and it.sanzhong_yida
        S.send_notice(
            m,
            on=dt.date(2026, 3, 6),
            discipline_notified=told,
            attendees=[("曾戌", "discipline_observer")] if told else [],
        )
        _held(m, ["林子", "郭丑", "罗寅", "宋辰"])
        it.refresh_from_db()
        return it

    untold = meeting(False)
    with pytest.raises(Refused) as err:
        S.take_up(untold)
    assert "district-bureau:3:3.4" in str(err.value.verdict)
    it = meeting(True)
    S.take_up(it)
    for n in ["郭丑", "宋辰", "林子"]:
        S.state_position(it, n, "for")
    for n in ["郭丑", "宋辰", "林子"]:
        S.vote(it, n, "for")
    with pytest.raises(Refused) as err:  # 罗寅, the deputy in charge, has not spoken: no conclusion
        S.close_item(it)
    assert "district-bureau:3:3.3" in str(err.value.verdict) and "district-bureau:31:12.3" in str(err.value.verdict)
    # the district bureau's texts set no 末位表态: 罗寅 may still speak after the chief
    S.state_position(it, "罗寅", "for", reason="建议通过")
    S.vote(it, "罗寅", "for")
    outcome = S.close_item(it, decision_text="通过规划")
    assert outcome.result == ItemOutcome.PASSED and outcome.votes_for == 4
