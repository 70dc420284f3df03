"""The meetings pages through Django's test client (issue 5, item 8): the office's pages (cadence, planning,
agenda intake with the classification, notice, attendance, convening), the chair's screen for one item
(quorum, recusal, 末位表态, votes, the verdict), the member's page, minutes (generated, downloaded, filed,
then read-only), a decision's follow-up and change. Every refusal is shown in Chinese and English with the
clause, and the form keeps what was typed.

The Tongyu 党组 is the shipped demo chart: 张三 (党组书记、局长), 李四, 王五, 赵六 — four members, so a cadre
item needs three present (三分之二以上, tongyu-hrss:2:3.5) and a decision more than two yes votes
(赞成票超过应到会党组成员半数, tongyu-hrss:2:5.4), a recused member still counting in that base.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.ledger.models import LedgerEntry
from zhidu.meetings.models import Attendance, Decision, Item, ItemOutcome, Meeting, Minutes, Statement, Vote
from zhidu.org.models import Person
from zhidu.workflow.models import Task

pytestmark = pytest.mark.django_db
PASSWORD = "meetings-pages-password-1"
SLUG = "tongyu-hrss"


@dataclass
class Tongyu:
    agency: Agency
    users: dict[str, User]  # person name → account
    people: dict[str, Person]

    def client(self, name: str) -> Client:
        c = Client()
        c.force_login(self.users[name])
        return c


def tongyu_accounts() -> Tongyu:
    """The shipped Tongyu org chart with accounts for the 党组 members and the office (人秘科 孙八)."""
    from zhidu.org import loader

    loader.load_shipped()
    agency = Agency.objects.get(slug=SLUG)
    roles = {
        "张三": (["chief", "party_secretary"], ""),
        "李四": (["deputy_in_charge"], ""),
        "王五": (["finance_deputy"], ""),
        "赵六": (["deputy"], ""),
        "孙八": (["office"], "人秘科"),
        "吴十": (["staff"], "计划财务科"),
    }
    users: dict[str, User] = {}
    for i, (name, (rs, section)) in enumerate(roles.items()):
        u = User.objects.create_user(f"ty.p{i}", password=PASSWORD, agency=agency, display_name=name)
        for r in rs:
            RoleAssignment.objects.create(user=u, agency=agency, role=r, section=section)
        Person.objects.filter(agency=agency, name=name).update(user=u)
        users[name] = u
    return Tongyu(agency, users, {p.name: p for p in Person.objects.filter(agency=agency)})


@pytest.fixture
def ty(db: Any) -> Tongyu:
    return tongyu_accounts()


def text(response: Any) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def alert(response: Any) -> str:
    """The refusal block of a page (role="alert")."""
    body = response.content.decode()
    m = re.search(r'<div class="error refusal" role="alert">(.*?)Nothing was changed', body, re.S)
    assert m, f"no refusal shown: {response.status_code}"
    return re.sub(r"\s+", " ", m.group(1))


def plan(ty: Tongyu, day: dt.date | None = None) -> Meeting:
    c = ty.client("孙八")
    r = c.post(
        f"/a/{SLUG}/meetings/new/",
        {
            "body": "party_group",
            "date": (day or dt.date.today()).isoformat(),
            "place": "三楼会议室",
            "recorder": "郑一",
        },
    )
    assert r.status_code == 302, text(r)[:2000]
    return Meeting.objects.get(pk=int(r["Location"].rstrip("/").split("/")[-1]))


def propose(ty: Tongyu, m: Meeting, title: str, kind: str = "cadre_appointment", **extra: str) -> Item:
    c = ty.client("孙八")
    data = {
        "title": title,
        "kind": kind,
        "section": "renmi",
        "deputy_in_charge": "李四",
        "submitted_on": dt.date.today().isoformat(),
        **extra,
    }
    r = c.post(f"/a/{SLUG}/meetings/{m.pk}/items/", data)
    assert r.status_code == 302, text(r)[:3000]
    return Item.objects.get(meeting=m, title=title)


def fresh(obj: Any) -> int:
    """The record's current version, as the page's hidden field carries it."""
    obj.refresh_from_db()
    return int(obj.version)


def url(m: Meeting, tail: str = "") -> str:
    return f"/a/{SLUG}/meetings/{m.pk}/{tail}"


def iurl(it: Item, tail: str = "") -> str:
    return f"/a/{SLUG}/meetings/items/{it.pk}/{tail}"


def convened(ty: Tongyu, present: tuple[str, ...] = ("张三", "李四")) -> tuple[Meeting, Item, Item]:
    """A 党组会 with two listed cadre items, notified, the members in ``present`` present and the others on
    leave, convened by the office."""
    m = plan(ty)
    one = propose(ty, m, "任命某同志为人秘科科长")
    two = propose(ty, m, "任命某同志为计划财务科副科长")
    office = ty.client("孙八")
    for it in (one, two):
        assert office.post(iurl(it, "list/"), {"version": fresh(it)}).status_code == 302
    assert office.post(url(m, "notice/"), {"on": dt.date.today().isoformat(), "in_writing": "on"}).status_code == 302
    for name in ("张三", "李四", "王五", "赵六"):
        data = (
            {"person": name, "status": "present"}
            if name in present
            else {"person": name, "status": "leave", "reason": "出差", "written_opinion": "同意任命"}
        )
        r = office.post(url(m, "attendance/"), data)
        assert r.status_code == 302, alert(r)
    m.refresh_from_db()
    r = office.post(url(m, "convene/"), {"chair": "张三", "version": m.version})
    assert r.status_code == 302, alert(r)
    return Meeting.objects.get(pk=m.pk), one, two


# --- navigation, the member's page ----------------------------------------------------------------------


def test_nav_links_to_my_meetings_and_the_page_lists_my_bodies_meetings(ty: Tongyu) -> None:
    m = plan(ty)
    c = ty.client("李四")
    home = c.get("/todo/")
    assert 'href="/meetings/"' in home.content.decode()
    r = c.get("/meetings/")
    assert r.status_code == 200
    page = text(r)
    assert "我是以下议事机构的成员" in page and "党组会议" in page
    assert f"/a/{SLUG}/meetings/{m.pk}/" in page  # the coming 党组会 of a member
    # an account with no org person: told so, in both languages
    r = ty.client("吴十").get("/meetings/")
    assert r.status_code == 200
    Person.objects.filter(user=ty.users["吴十"]).update(user=None)
    r = ty.client("吴十").get("/meetings/")
    assert "尚未关联组织机构中的人员" in text(r)
    c_en = ty.client("吴十")
    c_en.post("/i18n/setlang/", {"language": "en", "next": "/meetings/"})
    assert "not linked to a person" in text(c_en.get("/meetings/"))


# --- the office: cadence, planning ------------------------------------------------------------------------


def test_cadence_shows_the_missed_month_as_overdue_with_the_clause(ty: Tongyu) -> None:
    r = ty.client("孙八").get(f"/a/{SLUG}/meetings/")
    assert r.status_code == 200
    row = re.search(r'<tr class="overdue" id="cadence-party_group">(.*?)</tr>', r.content.decode(), re.S)
    assert row, "the 党组会 (monthly, none held last month) is not shown overdue"
    assert "超期" in row.group(1) and "tongyu-hrss:2:3.3" in row.group(1)  # 党组会一般应每月召开一次


def test_planning_with_a_bad_date_is_refused_and_keeps_what_was_typed(ty: Tongyu) -> None:
    c = ty.client("孙八")
    r = c.post(f"/a/{SLUG}/meetings/new/", {"body": "party_group", "date": "2026-02-30", "place": "五楼小会议室"})
    assert r.status_code == 422
    msg = alert(r)
    assert "日期" in msg and "YYYY-MM-DD" in msg and "date" in msg
    assert 'value="五楼小会议室"' in r.content.decode()
    assert not Meeting.objects.exists()
    r = c.post(f"/a/{SLUG}/meetings/new/", {"body": "no_such_body", "date": "2026-03-02"})
    assert r.status_code == 422 and "no_such_body" in alert(r)


# --- agenda intake and classification ----------------------------------------------------------------------


def test_classification_fragment_cites_the_clause(ty: Tongyu) -> None:
    c = ty.client("孙八")
    r = c.get(f"/a/{SLUG}/meetings/classify/", {"kind": "cadre_appointment"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 200
    page = text(r)
    assert "属“三重一大”" in page and "党组会议" in page and "tongyu-hrss:2:4.5" in page
    # the whole intake form comes along (htmx hx-include): a long summary does not disturb the classification
    r = c.get(
        f"/a/{SLUG}/meetings/classify/",
        {"kind": "cadre_appointment", "title": "任免", "summary": "长" * 5000},
        HTTP_HX_REQUEST="true",
    )
    assert "属“三重一大”" in text(r)
    r = c.get(f"/a/{SLUG}/meetings/classify/", {"kind": "cadre\x00"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and "kind" in alert(r)
    r = c.get(f"/a/{SLUG}/meetings/classify/", {"kind": "fund_use", "amount": "300000"}, HTTP_HX_REQUEST="true")
    assert "属“三重一大”" in text(r) and "大额资金使用" in text(r)
    # a fund item without its amount: the message in the fragment (htmx swaps only 2xx), 400 otherwise
    r = c.get(f"/a/{SLUG}/meetings/classify/", {"kind": "fund_use"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and "须填写金额" in alert(r) and "amount" in alert(r)
    r = c.get(f"/a/{SLUG}/meetings/classify/", {"kind": "fund_use"})
    assert r.status_code == 400


def test_an_item_for_another_body_is_refused_with_the_clause_and_the_form_keeps_it(ty: Tongyu) -> None:
    c = ty.client("孙八")
    r = c.post(f"/a/{SLUG}/meetings/new/", {"body": "directors_meeting", "date": dt.date.today().isoformat()})
    assert r.status_code == 302
    m = Meeting.objects.get(body__key="directors_meeting")
    r = c.post(
        url(m, "items/"), {"title": "任免计划录用调配科科长", "kind": "cadre_appointment", "summary": "拟任人选"}
    )
    assert r.status_code == 422
    msg = alert(r)
    assert "应提交党组会议" in msg and "第四条第（五）项" in msg and "tongyu-hrss:2:4.5" in msg
    page = r.content.decode()
    assert 'value="任免计划录用调配科科长"' in page and "拟任人选</textarea>" in page
    assert '<option value="cadre_appointment" selected>' in page
    assert not Item.objects.exists()


def test_proposed_item_shows_its_classification_and_paper(ty: Tongyu) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    m = plan(ty)
    paper = SimpleUploadedFile("考察材料.txt", "拟任人选考察材料".encode(), content_type="text/plain")
    it = propose(ty, m, "大额资金：购置档案密集架", kind="procurement", amount="350000", material=paper)
    assert it.sanzhong_yida and it.required_body == "party_group"
    page = text(ty.client("孙八").get(url(m)))
    assert "大额资金：购置档案密集架" in page and "三重一大" in page and "350000" in page
    mat = it.materials.get()
    r = ty.client("孙八").get(f"/a/{SLUG}/meetings/materials/{mat.pk}/")
    assert r.status_code == 200 and r.content == "拟任人选考察材料".encode()


# --- attendance and convening ----------------------------------------------------------------------------


def test_leave_needs_a_reason_and_a_written_opinion_is_not_a_vote(ty: Tongyu) -> None:
    m = plan(ty)
    c = ty.client("孙八")
    r = c.post(url(m, "attendance/"), {"person": "王五", "status": "leave", "written_opinion": "同意"})
    assert r.status_code == 422 and "请假须写明事由" in alert(r) and "reason" in alert(r)
    assert "同意</textarea>" in r.content.decode()  # kept
    r = c.post(
        url(m, "attendance/"), {"person": "王五", "status": "leave", "reason": "出差", "written_opinion": "同意"}
    )
    assert r.status_code == 302
    a = Attendance.objects.get(meeting=m, person__name="王五")
    assert a.status == "leave" and a.written_opinion == "同意"
    page = text(c.get(url(m)))
    assert "书面意见（不计票）" in page
    # a non-member is not marked present as a member
    r = c.post(url(m, "attendance/"), {"person": "孙八", "status": "present"})
    assert r.status_code == 422 and "不是党组会议成员" in alert(r)
    # a member marks only their own attendance
    r = ty.client("赵六").post(url(m, "attendance/"), {"person": "李四", "status": "absent"})
    assert r.status_code == 422 and "只有本人" in alert(r)
    assert ty.client("赵六").post(url(m, "attendance/"), {"status": "present"}).status_code == 302


def test_attendee_and_notice(ty: Tongyu) -> None:
    m = plan(ty)
    propose(ty, m, "任命某同志为人秘科科长")
    c = ty.client("孙八")
    assert c.post(url(m, "attendees/"), {"person": "孙八", "attendee_role": "office_head"}).status_code == 302
    r = c.post(url(m, "attendees/"), {"person": "李四", "attendee_role": "office_head"})
    assert r.status_code == 422 and "会议成员不作为列席人员登记" in alert(r)
    m.refresh_from_db()
    r = c.post(url(m, "notice/"), {"on": "2100-12-31", "in_writing": "on", "version": m.version})
    assert r.status_code == 422 and "通知日期晚于会议日期" in alert(r)
    r = c.post(url(m, "notice/"), {"on": dt.date.today().isoformat(), "in_writing": "on", "version": m.version})
    assert r.status_code == 302
    m.refresh_from_db()
    assert m.status == "notified"
    assert "办公室（综合科、人秘科）负责人" in text(c.get(url(m)))
    # a stale version: someone else acted first (409), nothing changes
    r = c.post(url(m, "convene/"), {"chair": "张三", "version": m.version - 1})
    assert r.status_code == 409 and "该事项已被他人处理" in alert(r)


def test_only_those_who_run_the_meeting_convene_it(ty: Tongyu) -> None:
    m = plan(ty)
    r = ty.client("赵六").post(url(m, "convene/"), {"chair": "张三"})
    assert r.status_code == 403
    other = Agency.objects.get(slug="wenshan-hrss")
    stranger = User.objects.create_user("ws.x", password=PASSWORD, agency=other)
    RoleAssignment.objects.create(user=stranger, agency=other, role="chief")
    c = Client()
    c.force_login(stranger)
    assert c.get(url(m)).status_code == 404
    assert c.get(f"/a/{SLUG}/meetings/").status_code == 404
    # the right meeting under another agency's slug: not found either
    assert ty.client("孙八").get(f"/a/wenshan-hrss/meetings/{m.pk}/").status_code == 404


# --- the chair's screen ----------------------------------------------------------------------------------------


def test_the_chairs_screen_runs_one_item(ty: Tongyu) -> None:
    m, one, two = convened(ty, present=("张三", "李四"))
    chair = ty.client("张三")
    # 2 of 4 present: a cadre item needs two thirds (tongyu-hrss:2:3.5)
    r = chair.post(iurl(one, "take-up/"))
    assert r.status_code == 422
    msg = alert(r)
    assert "到会 2/4 人，不足三分之二" in msg and "第三条第（五）项" in msg and "tongyu-hrss:2:3.5" in msg
    one.refresh_from_db()
    assert one.status == "listed"
    office = ty.client("孙八")
    for name in ("王五", "赵六"):
        assert office.post(url(m, "attendance/"), {"person": name, "status": "present"}).status_code == 302
    assert chair.post(iurl(one, "take-up/")).status_code == 302
    page = text(chair.get(iurl(one)))
    assert 'id="quorum-count">4<' in page and 'hx-trigger="every 2s"' in page
    # 赵六 steps aside: 3 of 4 remain, still two thirds
    r = chair.post(iurl(one, "recuse/"), {"person": "赵六", "grounds": ["close_relative"], "note": "拟任人选为其亲属"})
    assert r.status_code == 302
    live = text(chair.get(iurl(one, "live/")))
    assert 'id="quorum-count">3<' in live and "回避" in live
    assert "末位表态" in live and 'id="chief-lock"' in live and "tongyu-hrss:1:6" in live
    # the chief first: refused with the clauses, the reasons typed kept
    r = chair.post(iurl(one, "state/"), {"person": "张三", "position": "for", "reason": "我先定个调"})
    assert r.status_code == 422
    msg = alert(r)
    assert "违反末位表态" in msg and "第六条" in msg and "tongyu-hrss:2:5.4" in msg
    assert "我先定个调</textarea>" in r.content.decode()
    assert not Statement.objects.filter(item=one).exists()
    for name, pos in (("李四", "for"), ("王五", "against"), ("张三", "for")):
        r = chair.post(iurl(one, "state/"), {"person": name, "position": pos, "reason": "理由"})
        assert r.status_code == 302, alert(r)
    # the recused member may not vote; a non-member neither
    r = chair.post(iurl(one, "vote/"), {"person": "赵六", "choice": "for", "method": "show_of_hands"})
    assert r.status_code == 422 and "已就本议题回避" in alert(r)
    r = chair.post(iurl(one, "vote/"), {"person": "孙八", "choice": "for", "method": "show_of_hands"})
    assert r.status_code == 422 and "不是党组会议成员" in alert(r)
    for name, choice in (("张三", "for"), ("李四", "for"), ("王五", "against")):
        assert (
            chair.post(iurl(one, "vote/"), {"person": name, "choice": choice, "method": "show_of_hands"}).status_code
            == 302
        )
    r = chair.post(iurl(one, "vote/"), {"person": "张三", "choice": "for", "method": "show_of_hands"})
    assert r.status_code == 422 and "不得重复表决" in alert(r)
    live = text(chair.get(iurl(one, "live/")))
    assert "不能通过" in live and "未超过应到会成员（4 人）半数" in live
    r = chair.post(iurl(one, "close/"), {"decision_text": "同意任命", "disagreement": "none", "version": fresh(one)})
    assert r.status_code == 302
    outcome = ItemOutcome.objects.get(item=one)
    assert outcome.result == "not_passed" and outcome.votes_for == 2 and outcome.recused == 1
    live = chair.get(iurl(one, "live/")).content.decode()
    assert "hx-trigger" not in live and "未通过" in live and "赞成 2 票 ≤ 应到会成员 4 人 × 1/2 = 2" in live
    r = chair.post(iurl(one, "vote/"), {"person": "赵六", "choice": "for"})
    assert r.status_code == 422 and "已议决" in alert(r)
    assert Vote.objects.filter(item=one).count() == 3
    # the second item passes with three yes votes; the follow-up task goes to the member in charge
    assert chair.post(iurl(two, "take-up/")).status_code == 302
    for name in ("李四", "王五", "赵六", "张三"):
        assert chair.post(iurl(two, "state/"), {"person": name, "position": "for"}).status_code == 302
    for name in ("李四", "王五", "赵六", "张三"):
        assert (
            chair.post(iurl(two, "vote/"), {"person": name, "choice": "for", "method": "show_of_hands"}).status_code
            == 302
        )
    due = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    r = chair.post(
        iurl(two, "close/"),
        {
            "decision_text": "同意任命某同志为计划财务科副科长",
            "due_on": due,
            "in_charge": ["李四"],
            "version": fresh(two),
        },
    )
    assert r.status_code == 302
    assert ItemOutcome.objects.get(item=two).result == "passed"
    d = Decision.objects.get(item=two)
    task = Task.objects.get(ref=f"meetings.Decision:{d.pk}")
    assert task.assignee == ty.users["李四"] and task.url == f"/a/{SLUG}/meetings/decisions/{d.pk}/"
    # every step is in the ledger with its verdict
    actions = set(LedgerEntry.objects.filter(action__startswith="meeting.item").values_list("action", flat=True))
    assert {"meeting.item.take_up", "meeting.item.recuse", "meeting.item.state", "meeting.item.vote"} <= actions
    assert LedgerEntry.objects.filter(action="refused:meeting.item.state").exists()


def test_minutes_generated_downloaded_filed_then_read_only(ty: Tongyu) -> None:
    from docx import Document
    from pypdf import PdfReader

    m, one, _two = convened(ty, present=("张三", "李四", "王五"))
    chair = ty.client("张三")
    assert chair.post(iurl(one, "take-up/")).status_code == 302
    for name in ("李四", "王五", "张三"):
        assert chair.post(iurl(one, "state/"), {"person": name, "position": "for"}).status_code == 302
        assert chair.post(iurl(one, "vote/"), {"person": name, "choice": "for"}).status_code == 302
    assert chair.post(iurl(one, "close/"), {"decision_text": "同意任命", "version": fresh(one)}).status_code == 302
    office = ty.client("孙八")
    # the second item was not taken up (it stays on the agenda): the minutes record the first
    r = office.post(url(m, "minutes/"), {"notes": "赵六因出差请假，书面意见同意任命"})
    assert r.status_code == 302, alert(r)
    x = Minutes.objects.get(meeting=m)
    page = text(office.get(url(m)))
    assert "下载 Word" in page and "下载 PDF" in page
    docx = office.get(f"/a/{SLUG}/meetings/minutes/{x.pk}.docx")
    assert docx.status_code == 200 and "attachment" in docx["Content-Disposition"]
    doc_text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    tables = " ".join(c.text for t in Document(io.BytesIO(docx.content)).tables for row in t.rows for c in row.cells)
    assert "任命某同志为人秘科科长" in doc_text and "赵六" in doc_text + tables and "通过" in doc_text
    pdf = office.get(f"/a/{SLUG}/meetings/minutes/{x.pk}.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "党组会议纪要" in pdf_text.replace(" ", "") and "《党组会议制度》" in pdf_text
    assert office.get(f"/a/{SLUG}/meetings/minutes/{x.pk}.odt").status_code == 404
    x.refresh_from_db()
    r = office.post(f"/a/{SLUG}/meetings/minutes/{x.pk}/file/", {"version": fresh(x)})
    assert r.status_code == 302, alert(r)
    x.refresh_from_db()
    assert x.status == "filed"
    page = office.get(url(m)).content.decode()
    assert 'id="minutes-form"' not in page and 'id="file-form"' not in page and "不可再修改" in page
    before = (bytes(x.pdf), x.notes)
    r = office.post(url(m, "minutes/"), {"notes": "改一下"})
    assert r.status_code == 422 and "已归档" in alert(r) and "filed" in alert(r)
    x.refresh_from_db()
    assert (bytes(x.pdf), x.notes) == before


def test_decision_page_change_refused_with_the_clause_and_report_back(ty: Tongyu) -> None:
    _m, one, _two = convened(ty, present=("张三", "李四", "王五", "赵六"))
    chair = ty.client("张三")
    assert chair.post(iurl(one, "take-up/")).status_code == 302
    for name in ("李四", "王五", "赵六", "张三"):
        assert chair.post(iurl(one, "state/"), {"person": name, "position": "for"}).status_code == 302
    for name in ("李四", "王五", "赵六", "张三"):
        assert chair.post(iurl(one, "vote/"), {"person": name, "choice": "for"}).status_code == 302
    assert (
        chair.post(
            iurl(one, "close/"), {"decision_text": "同意任命", "in_charge": ["李四"], "version": fresh(one)}
        ).status_code
        == 302
    )
    d = Decision.objects.get(item=one)
    durl = f"/a/{SLUG}/meetings/decisions/{d.pk}/"
    page = text(ty.client("李四").get(durl))
    assert "同意任命" in page and 'id="report-form"' in page
    r = chair.post(durl + "change/", {"text": "改为任命另一同志", "by": "individual"})
    assert r.status_code == 422
    msg = alert(r)
    assert "tongyu-hrss:2:7.3" in msg and "改为任命另一同志</textarea>" in r.content.decode()
    d.refresh_from_db()
    assert d.status == "in_force"
    r = ty.client("李四").post(durl + "report/", {"person": "李四", "text": "已按程序发文任职"})
    assert r.status_code == 302
    d.refresh_from_db()
    assert d.status == "done"
    assert "已按程序发文任职" in text(ty.client("李四").get(durl))
    mine = text(ty.client("李四").get("/meetings/"))
    assert "任命某同志为人秘科科长" in mine and "赞成" in mine


def test_english_switch(ty: Tongyu) -> None:
    _m, one, _ = convened(ty)
    c = ty.client("张三")
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = text(c.get(iurl(one)))
    assert "Quorum for this item" in page and "Take up this item" in page
    r = c.post(iurl(one, "take-up/"))
    assert "below the quorum of 2/3" in alert(r)
    assert "Cadence" in text(c.get(f"/a/{SLUG}/meetings/"))
