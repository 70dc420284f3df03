"""Members entered by hand (issue 5): the API, the pages and the ``zhidu meetings`` commands for the bodies
whose members the org chart does not give — 通榆 创业担保贷款会审组 (“会审组由局长、副局长和各相关科长组成”,
tongyu-hrss:15:8: the text does not say which 科长) and the Party branch bodies of 白城 (支部党员大会, 支部委员会,
with their 书记, who presides: baicheng-fupin:17:4 “由党支部书记主持”).

The office enters and ends memberships (``meeting_body write``); everyone of the agency who may read its
meetings sees the members; another agency's users get 404. Refusals are bilingual, and a refused form keeps
what was typed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from django.test import Client

from zhidu import cli
from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.meetings import service as svc
from zhidu.meetings.models import BodyMember, Item, Meeting
from zhidu.org.models import Person

from .conftest import add_member

pytestmark = pytest.mark.django_db

API = "/api/v1/meetings"
TY, BC = "tongyu-hrss", "baicheng-fupin"
DAY = dt.date(2026, 6, 8)
LOAN = "loan_review_group"
COMMITTEE, ASSEMBLY = "branch_committee_meeting", "branch_assembly"


def account(slug: str, username: str, role: str, section: str = "", person: str | None = None) -> Client:
    agency = Agency.objects.get(slug=slug)
    user = User.objects.create_user(username=username, password="not-a-real-password-42", agency=agency)
    RoleAssignment.objects.create(user=user, agency=agency, role=role, section=section, valid_from=dt.date(2000, 1, 1))
    if person is not None:
        Person.objects.filter(agency=agency, name=person).update(user=user)
    c = Client()
    c.force_login(user)
    return c


def post(c: Client, path: str, body: dict[str, Any]) -> Any:
    return c.post(f"{API}{path}", json.dumps(body), content_type="application/json")


def err(r: Any) -> dict[str, Any]:
    e = r.json()["error"]
    assert re.search(r"[\u4e00-\u9fff]", e["message_zh"]) and e["message_en"], e
    return dict(e)


def text(r: Any) -> str:
    return re.sub(r"\s+", " ", r.content.decode())


@pytest.fixture
def world(loaded: None) -> dict[str, Any]:
    """Tongyu's office (孙八, 人秘科) and a staff member; Baicheng's office and six people for its branch; a
    Wenshan office account (another agency)."""
    bc_people = {n: add_member(BC, n, "nobody_role", account=False) for n in ("党员甲", "党员乙", "党员丙", "党员丁")}
    return {
        "office": account(TY, "bm.ty.office", "office", "人秘科", person="孙八"),
        "staff": account(TY, "bm.ty.staff", "staff", "计划财务科"),
        "bc_office": account(BC, "bm.bc.office", "office"),
        "wenshan": account("wenshan-hrss", "bm.ws.office", "office"),
        "bc": bc_people,
        "ty": {p.name: p for p in Person.objects.filter(agency__slug=TY)},
    }


# --- API --------------------------------------------------------------------------------------------------------


def test_api_lists_adds_and_ends_members_of_the_loan_review_group(world: dict[str, Any]) -> None:
    office = world["office"]
    url = f"/bodies/{TY}/{LOAN}/members"
    r = office.get(f"{API}{url}", {"on": DAY.isoformat()})
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["body"] == LOAN and body["name_zh"] == "创业担保贷款会审组" and body["org_role"] == ""
    assert body["members"] == [] and body["chief"] is None and body["branch"] is False

    r = post(office, url, {"person": "张三", "since": "2026-01-01"})
    assert r.status_code == 201, r.content
    first = r.json()
    assert (first["person"], first["since"], first["until"], first["post"], first["body"]) == (
        "张三",
        "2026-01-01",
        None,
        "",
        LOAN,
    )
    li = world["ty"]["李四"]
    r = post(office, url, {"person_id": li.pk, "since": "2026-01-01", "until": "2026-12-31"})
    assert r.status_code == 201 and r.json()["person"] == "李四" and r.json()["until"] == "2026-12-31"
    row_id = r.json()["id"]

    r = office.get(f"{API}{url}", {"on": DAY.isoformat()})
    members = {m["person"]: m for m in r.json()["members"]}
    assert set(members) == {"张三", "李四"}
    assert members["李四"] == {
        "id": row_id,
        "person": "李四",
        "person_id": li.pk,
        "post": "",
        "post_zh": "成员",
        "since": "2026-01-01",
        "until": "2026-12-31",
        "source": "hand",
        "chief": False,
    }
    assert members["张三"]["source"] == "hand" and members["张三"]["id"] == first["id"]
    # before the membership began: nobody
    assert office.get(f"{API}{url}", {"on": "2025-12-31"}).json()["members"] == []

    # a second entry overlapping the first is refused (422, bilingual, the field named), nothing saved
    r = post(office, url, {"person": "李四", "since": "2026-03-01"})
    assert r.status_code == 422 and err(r)["field"] == "person" and "李四" in err(r)["message_zh"]
    assert BodyMember.objects.filter(body__key=LOAN, person=li).count() == 1
    # a 书记 only for a Party branch body
    r = post(office, url, {"person": "王五", "since": "2026-01-01", "post": "secretary"})
    assert r.status_code == 422 and err(r)["field"] == "post"

    # end 李四's membership: 200, the row kept; not a member after that day, still one on it
    r = post(office, f"/body-members/{row_id}/end", {"until": "2026-06-30"})
    assert r.status_code == 200, r.content
    assert r.json()["until"] == "2026-06-30" and r.json()["id"] == row_id
    assert {m["person"] for m in office.get(f"{API}{url}", {"on": "2026-07-01"}).json()["members"]} == {"张三"}
    assert {m["person"] for m in office.get(f"{API}{url}", {"on": "2026-06-30"}).json()["members"]} == {"张三", "李四"}
    # ending it again at the same day or later is refused; a day before the start is bad input
    r = post(office, f"/body-members/{row_id}/end", {"until": "2026-08-01"})
    assert r.status_code == 422 and err(r)["field"] == "until"
    r = post(office, f"/body-members/{first['id']}/end", {"until": "2025-06-30"})
    assert r.status_code == 422 and err(r)["field"] == "until"
    assert BodyMember.objects.get(pk=first["id"]).valid_to is None


def test_api_bad_input_is_refused_in_both_languages(world: dict[str, Any]) -> None:
    office = world["office"]
    url = f"/bodies/{TY}/{LOAN}/members"
    for bad in ({"person": "张三", "since": "2026-13-01"}, {"person": "张三", "since": "someday"}):
        r = post(office, url, bad)
        assert r.status_code == 422 and "since" in err(r)["message_en"]
    r = post(office, url, {"person": "张三", "since": "2026-02-01", "until": "2026-01-01"})
    assert r.status_code == 422 and err(r)["field"] == "until"
    r = post(office, url, {"since": "2026-02-01"})
    assert r.status_code == 422 and err(r)["field"] == "person"
    r = post(office, url, {"person": "张三", "person_id": world["ty"]["张三"].pk, "since": "2026-02-01"})
    assert r.status_code == 422 and err(r)["field"] == "person"
    r = post(office, url, {"person": "查无此人", "since": "2026-02-01"})
    assert r.status_code == 422 and err(r)["field"] == "person"
    r = post(office, url, {"person": "张三", "since": "2026-02-01", "post": "chairman"})
    assert r.status_code == 422 and err(r)
    # a person of another agency is not found by id
    other = Person.objects.filter(agency__slug="wenshan-hrss").first()
    assert other is not None
    r = post(office, url, {"person_id": other.pk, "since": "2026-02-01"})
    assert r.status_code == 422 and err(r)["field"] == "person"
    r = office.get(f"{API}{url}", {"on": "2026-02-30"})
    assert r.status_code == 422 and err(r)
    r = office.get(f"{API}/bodies/{TY}/no_such_body/members")
    assert r.status_code == 404 and err(r)["field"] == "body"
    r = post(office, "/body-members/999999/end", {"until": "2026-06-30"})
    assert r.status_code == 404 and err(r)
    assert not BodyMember.objects.exists()


def test_api_branch_secretary_one_at_a_time(world: dict[str, Any]) -> None:
    office, bc = world["bc_office"], world["bc"]
    url = f"/bodies/{BC}/{COMMITTEE}/members"
    r = post(office, url, {"person": "党员甲", "since": "2026-01-01", "post": "secretary"})
    assert r.status_code == 201 and r.json()["post"] == "secretary" and r.json()["post_zh"] == "书记"
    secretary = r.json()["id"]
    assert post(office, url, {"person": "党员乙", "since": "2026-01-01"}).status_code == 201
    r = post(office, url, {"person": "党员丙", "since": "2026-03-01", "post": "secretary"})
    assert r.status_code == 422 and err(r)["field"] == "post" and "党员甲" in err(r)["message_zh"]
    assert not BodyMember.objects.filter(person=bc["党员丙"]).exists()

    listed = office.get(f"{API}{url}", {"on": DAY.isoformat()}).json()
    assert listed["branch"] is True and listed["chief"] == "党员甲"
    by_name = {m["person"]: m for m in listed["members"]}
    assert by_name["党员甲"]["chief"] and by_name["党员甲"]["post"] == "secretary"
    assert not by_name["党员乙"]["chief"] and by_name["党员乙"]["post_zh"] == "成员"

    # 换届: end the secretary's term, then the new secretary is entered
    assert post(office, f"/body-members/{secretary}/end", {"until": "2026-05-31"}).status_code == 200
    r = post(office, url, {"person": "党员丙", "since": "2026-06-01", "post": "secretary"})
    assert r.status_code == 201, r.content
    assert office.get(f"{API}{url}", {"on": DAY.isoformat()}).json()["chief"] == "党员丙"
    assert office.get(f"{API}{url}", {"on": "2026-05-31"}).json()["chief"] == "党员甲"


def test_api_permissions(world: dict[str, Any]) -> None:
    url = f"/bodies/{TY}/{LOAN}/members"
    row = post(world["office"], url, {"person": "张三", "since": "2026-01-01"}).json()["id"]
    # the agency's staff read the members, but do not enter them
    assert world["staff"].get(f"{API}{url}").status_code == 200
    r = post(world["staff"], url, {"person": "李四", "since": "2026-01-01"})
    assert r.status_code == 403 and err(r)
    r = post(world["staff"], f"/body-members/{row}/end", {"until": "2026-06-30"})
    assert r.status_code == 403 and err(r)
    # another agency's office: not found, whether reading, entering or ending
    ws = world["wenshan"]
    r = ws.get(f"{API}{url}")
    assert r.status_code == 404 and err(r)
    r = post(ws, url, {"person": "李四", "since": "2026-01-01"})
    assert r.status_code == 404 and err(r)
    r = post(ws, f"/body-members/{row}/end", {"until": "2026-06-30"})
    assert r.status_code == 404 and err(r)
    assert Client().get(f"{API}{url}").status_code == 401
    assert BodyMember.objects.get(pk=row).valid_to is None
    assert BodyMember.objects.count() == 1


def test_api_propose_takes_the_probation_start(world: dict[str, Any]) -> None:
    """预备党员转正 at the 支部党员大会: the probation (one year from the assembly's vote) must be over."""
    office, bc = world["bc_office"], world["bc"]
    b = svc.body(BC, ASSEMBLY)
    for i, p in enumerate(bc.values()):
        svc.add_body_member(b, p, dt.date(2026, 1, 1), post="secretary" if i == 0 else "")
    r = post(office, "/meetings", {"agency": BC, "body": ASSEMBLY, "date": DAY.isoformat()})
    assert r.status_code == 201, r.content
    mid = r.json()["id"]
    item = {"title": "李某转正", "kind": "convert_probationary", "submitted_on": DAY.isoformat()}
    r = post(office, f"/meetings/{mid}/items", {**item, "probation_since": "2025-06-09"})
    assert r.status_code == 422 and err(r) and r.json()["error"]["verdict"]
    r = post(office, f"/meetings/{mid}/items", item)
    assert r.status_code == 422 and err(r)["field"] == "probation_since"
    r = post(office, f"/meetings/{mid}/items", {**item, "probation_since": "2025-06-08"})
    assert r.status_code == 201, r.content
    assert r.json()["kind"] == "convert_probationary" and "baicheng-fupin:17:3" in r.json()["cites"]


# --- pages ------------------------------------------------------------------------------------------------------


def plan(c: Client, slug: str, key: str) -> Meeting:
    """A meeting planned on the office page (the office is its creator, so it runs and reads it)."""
    r = c.post(f"/a/{slug}/meetings/new/", {"body": key, "date": DAY.isoformat()})
    assert r.status_code == 302, text(r)[:2000]
    return Meeting.objects.get(pk=int(r["Location"].rstrip("/").split("/")[-1]))


def test_pages_office_enters_and_ends_a_member(world: dict[str, Any]) -> None:
    office = world["office"]
    page = f"/a/{TY}/meetings/bodies/{LOAN}/members/"
    r = office.get(f"/a/{TY}/meetings/")
    assert r.status_code == 200 and page in r.content.decode()
    assert "手工登记" in text(r)

    r = office.get(page)
    assert r.status_code == 200
    html = text(r)
    assert "创业担保贷款会审组" in html and 'id="add-form"' in html
    assert 'name="post"' not in html  # no 书记 for the loan group
    assert "tongyu-hrss:15:8" in html

    zs = world["ty"]["张三"]
    r = office.post(f"{page}add/", {"person": str(zs.pk), "since": "2026-01-01", "until": ""})
    assert r.status_code == 302 and r["Location"] == page
    html = text(office.get(page))  # back on the page: the notice says what was done
    assert "已登记 张三 为创业担保贷款会审组成员（2026-01-01 起）" in html
    html = text(office.get(page, {"on": DAY.isoformat()}))
    assert "张三" in html and "已登记" not in html  # the notice is shown once
    row = BodyMember.objects.get(body__key=LOAN, person=zs)
    assert f'id="end-{row.pk}"' in html and "2026-01-01" in html

    # the same person again: refused on the page, in both languages, and the form keeps what was typed
    r = office.post(f"{page}add/", {"person": str(zs.pk), "since": "2026-03-01", "until": "2026-09-30", "on": ""})
    assert r.status_code == 422
    html = text(r)
    assert "已是" in html and "already a member" in html
    assert 'value="2026-03-01"' in html and 'value="2026-09-30"' in html
    assert f'<option value="{zs.pk}" selected>' in html
    # a bad date: refused, naming the field
    r = office.post(f"{page}add/", {"person": str(world["ty"]["李四"].pk), "since": "2026-02-30"})
    assert r.status_code == 422
    assert "since" in text(r) and "YYYY-MM-DD" in text(r)
    assert BodyMember.objects.filter(body__key=LOAN).count() == 1

    # end the membership; a day before its start is refused and kept in the row's form
    r = office.post(f"{page}{row.pk}/end/", {"until": "2025-12-01", "on": DAY.isoformat()})
    assert r.status_code == 422
    assert "until" in text(r) and 'value="2025-12-01"' in text(r)
    r = office.post(f"{page}{row.pk}/end/", {"until": "2026-06-30", "on": DAY.isoformat()})
    assert r.status_code == 302 and r["Location"] == f"{page}?on={DAY.isoformat()}"
    row.refresh_from_db()
    assert row.valid_to == dt.date(2026, 6, 30)
    r = office.get(page, {"on": "2026-07-01"})
    assert "该日没有成员" in text(r)
    assert "2026-06-30" in text(r)  # the entries table keeps the ended membership


def test_pages_branch_post_and_readers(world: dict[str, Any]) -> None:
    office, bc = world["bc_office"], world["bc"]
    page = f"/a/{BC}/meetings/bodies/{COMMITTEE}/members/"
    r = office.get(page)
    assert r.status_code == 200 and 'name="post"' in text(r) and "书记" in text(r)
    jia, yi = bc["党员甲"], bc["党员乙"]
    assert (
        office.post(f"{page}add/", {"person": str(jia.pk), "since": "2026-01-01", "post": "secretary"}).status_code
        == 302
    )
    r = office.post(f"{page}add/", {"person": str(yi.pk), "since": "2026-01-01", "post": "secretary"})
    assert r.status_code == 422
    assert "已有书记" in text(r) and "already has a secretary" in text(r)
    assert '<option value="secretary" selected>' in text(r)
    r = office.get(page, {"on": DAY.isoformat()})
    assert "主要负责人" in text(r) and "党员甲" in text(r)
    assert svc.chief_of(svc.body(BC, COMMITTEE), DAY) == jia

    # a bad day in the address: shown, in both languages, with today's members
    r = office.get(page, {"on": "2026-02-31"})
    assert r.status_code == 400 and "YYYY-MM-DD" in text(r) and "日期格式" in text(r)

    # readers of the agency see the page without the forms; another agency gets 404
    reader = account(BC, "bm.bc.staff", "staff")
    r = reader.get(page)
    assert r.status_code == 200 and 'id="add-form"' not in text(r) and "党员甲" in text(r)
    assert reader.post(f"{page}add/", {"person": str(yi.pk), "since": "2026-01-01"}).status_code == 403
    assert world["wenshan"].get(page).status_code == 404
    row = BodyMember.objects.get(person=jia)
    assert (
        world["wenshan"]
        .post(f"/a/{BC}/meetings/bodies/{COMMITTEE}/members/{row.pk}/end/", {"until": "2026-06-30"})
        .status_code
        == 404
    )
    # a row under another body's address: not found
    assert (
        office.post(f"/a/{BC}/meetings/bodies/{ASSEMBLY}/members/{row.pk}/end/", {"until": "2026-06-30"}).status_code
        == 404
    )
    assert office.get(f"/a/{BC}/meetings/bodies/no_such_body/members/").status_code == 404
    assert BodyMember.objects.get(pk=row.pk).valid_to is None


def test_pages_propose_at_a_branch_body_offers_its_matters_and_the_probation_start(world: dict[str, Any]) -> None:
    office, bc = world["bc_office"], world["bc"]
    b = svc.body(BC, ASSEMBLY)
    for i, p in enumerate(bc.values()):
        svc.add_body_member(b, p, dt.date(2026, 1, 1), post="secretary" if i == 0 else "")
    m = plan(office, BC, ASSEMBLY)
    r = office.get(f"/a/{BC}/meetings/{m.pk}/")
    html = text(r)
    assert r.status_code == 200
    assert '<option value="convert_probationary"' in html and "预备党员转正" in html
    assert '<option value="cadre_appointment"' not in html
    assert 'name="probation_since"' in html
    form = {"title": "李某转正", "kind": "convert_probationary", "submitted_on": DAY.isoformat()}
    r = office.post(f"/a/{BC}/meetings/{m.pk}/items/", {**form, "probation_since": "2025-06-09"})
    assert r.status_code == 422 and 'value="2025-06-09"' in text(r)
    assert not Item.objects.filter(meeting=m).exists()
    r = office.post(f"/a/{BC}/meetings/{m.pk}/items/", {**form, "probation_since": "2025-06-08"})
    assert r.status_code == 302, text(r)[:2000]
    assert Item.objects.get(meeting=m).kind == "convert_probationary"

    # an ordinary body: the decision.route kinds, no probation field
    pg = plan(world["office"], TY, "party_group")
    html = text(world["office"].get(f"/a/{TY}/meetings/{pg.pk}/"))
    assert '<option value="cadre_appointment"' in html and 'name="probation_since"' not in html


# --- CLI --------------------------------------------------------------------------------------------------------


def test_cli_lists_and_adds_members(world: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["meetings", "add-member", TY, LOAN, "张三", "--since", "2026-01-01"])
    out = capsys.readouterr().out
    assert code == 0 and "张三" in out and "2026-01-01" in out
    li = world["ty"]["李四"]
    assert (
        cli.main(["meetings", "add-member", TY, LOAN, str(li.pk), "--since", "2026-01-01", "--until", "2026-06-30"])
        == 0
    )
    capsys.readouterr()
    code = cli.main(["meetings", "members", TY, LOAN, "--on", DAY.isoformat()])
    out = capsys.readouterr().out
    assert code == 0 and "张三" in out and "李四" in out and "手工登记" in out and "共 2 人" in out
    code = cli.main(["meetings", "members", TY, LOAN, "--on", "2026-07-01"])
    out = capsys.readouterr().out
    assert "李四" not in out and "共 1 人" in out
    # the 党组会议's members come from the org chart
    assert cli.main(["meetings", "members", TY, "party_group", "--on", DAY.isoformat()]) == 0
    assert "组织数据" in capsys.readouterr().out

    # a Party branch's 书记
    assert (
        cli.main(["meetings", "add-member", BC, COMMITTEE, "党员甲", "--since", "2026-01-01", "--post", "secretary"])
        == 0
    )
    capsys.readouterr()
    assert cli.main(["meetings", "members", BC, COMMITTEE, "--on", DAY.isoformat()]) == 0
    assert "书记" in capsys.readouterr().out

    # bad input: bilingual on stderr, exit 2, nothing entered
    for argv, zh in (
        (["meetings", "add-member", TY, LOAN, "王五", "--since", "2026-02-30"], "日期格式"),
        (["meetings", "add-member", TY, LOAN, "张三", "--since", "2026-03-01"], "已是"),
        (["meetings", "add-member", TY, LOAN, "查无此人", "--since", "2026-03-01"], "没有人员"),
        (["meetings", "add-member", BC, COMMITTEE, "党员乙", "--since", "2026-03-01", "--post", "secretary"], "书记"),
        (["meetings", "add-member", TY, LOAN, "王五", "--since", "2026-03-01", "--post", "boss"], "post"),
        (["meetings", "members", TY, "no_such_body"], "没有规定会议"),
        (["meetings", "members", TY, LOAN, "--on", "tomorrow"], "日期"),
    ):
        assert cli.main(argv) == 2, argv
        e = capsys.readouterr().err
        assert zh in e and "Error:" in e and "错误" in e, (argv, e)
    assert BodyMember.objects.count() == 3
