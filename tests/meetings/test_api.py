"""The meetings API (/api/v1/meetings/) and the ``zhidu meetings`` command: one Tongyu 党组会 run over HTTP by
the office, the chair and the members themselves; errors 401/403/404/409/422 with bilingual messages."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from django.test import Client

from zhidu import cli
from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.meetings.models import Item, Meeting, Minutes, Vote
from zhidu.org.models import Person

pytestmark = pytest.mark.django_db

API = "/api/v1/meetings"
DAY = dt.date(2026, 3, 10)


def account(slug: str, name: str, role: str, section: str = "") -> Client:
    agency = Agency.objects.get(slug=slug)
    user = User.objects.create_user(username=f"api.{slug}.{name}", password="not-a-real-password-42", agency=agency)
    RoleAssignment.objects.create(user=user, agency=agency, role=role, section=section, valid_from=dt.date(2000, 1, 1))
    Person.objects.filter(agency=agency, name=name).update(user=user)
    c = Client()
    c.force_login(user)
    return c


def post(c: Client, path: str, body: dict[str, Any] | None = None) -> Any:
    return c.post(f"{API}{path}", json.dumps(body or {}), content_type="application/json")


def err(r: Any) -> dict[str, Any]:
    e = r.json()["error"]
    assert e["message_zh"] and e["message_en"]
    return e


@pytest.fixture
def people(tongyu7: dict) -> dict[str, Client]:
    out = {"孙八": account("tongyu-hrss", "孙八", "office", "人秘科"), "张三": account("tongyu-hrss", "张三", "chief")}
    for n in ["李四", "王五", "赵六", "甲一", "乙二", "丙三"]:
        out[n] = account("tongyu-hrss", n, "deputy")
    out["周九"] = account("tongyu-hrss", "周九", "staff", "计划财务科")
    out["wenshan"] = account("wenshan-hrss", "刘一", "chief")
    return out


def test_a_meeting_over_http(people: dict[str, Client]) -> None:
    office, chief = people["孙八"], people["张三"]
    assert Client().get(f"{API}/meetings").status_code == 401

    r = office.get(f"{API}/bodies/tongyu-hrss", {"on": DAY.isoformat()})
    assert r.status_code == 200
    pg = next(b for b in r.json() if b["key"] == "party_group")
    assert pg["chief"] == "张三" and len(pg["members"]) == 7 and pg["cite"] == "tongyu-hrss:2:2"

    r = post(office, "/classify/tongyu-hrss", {"kind": "fund_use", "amount": "5000", "on": DAY.isoformat()})
    assert r.status_code == 200 and r.json()["body"] == "party_group" and r.json()["sanzhong_yida"]

    r = post(
        office,
        "/meetings",
        {
            "agency": "tongyu-hrss",
            "body": "party_group",
            "date": DAY.isoformat(),
            "place": "三楼会议室",
            "recorder": "郑一",
        },
    )
    assert r.status_code == 201, r.content
    mid = r.json()["id"]
    assert r.json()["number"] == "2026年第1次" and r.json()["deadlines"]
    assert Meeting.objects.get(pk=mid).section.name == "人秘科"

    r = post(
        office,
        f"/meetings/{mid}/items",
        {
            "title": "任命甲某为科长",
            "kind": "cadre_appointment",
            "section": "renmi",
            "submitted_on": "2026-03-05",
            "materials": [{"name": "考察材料.txt", "data_base64": "5ZCM5oSP"}],
        },
    )
    assert r.status_code == 201, r.content
    item = r.json()
    assert item["sanzhong_yida"] and item["required_body"] == "party_group" and len(item["materials"]) == 1
    iid = item["id"]
    r = office.get(f"{API}/materials/{item['materials'][0]['id']}")
    assert r.status_code == 200 and r.content.decode() == "同意"

    r = post(office, f"/items/{iid}/list", {"version": item["version"]})
    assert r.status_code == 200 and r.json()["status"] == "listed"
    r = post(office, f"/meetings/{mid}/notice", {"on": "2026-03-09"})
    assert r.status_code == 200 and r.json()["status"] == "notified"

    # members mark their own attendance; the office records the others
    assert post(people["李四"], f"/meetings/{mid}/attendance", {"status": "present"}).status_code == 200
    r = post(people["李四"], f"/meetings/{mid}/attendance", {"person": "王五", "status": "present"})
    assert r.status_code == 422 and err(r)["field"] == "person"
    for n in ["张三", "王五", "赵六"]:
        assert post(office, f"/meetings/{mid}/attendance", {"person": n, "status": "present"}).status_code == 200
    for n in ["甲一", "乙二", "丙三"]:
        r = post(office, f"/meetings/{mid}/attendance", {"person": n, "status": "leave", "reason": "出差"})
        assert r.status_code == 200
    r = post(office, f"/meetings/{mid}/convene", {})
    assert r.status_code == 200 and r.json()["status"] == "convened"

    # the cadre item needs two thirds: refused with the verdict
    r = post(chief, f"/items/{iid}/take-up")  # the chair runs the meeting
    assert r.status_code == 422
    e = err(r)
    assert e["verdict"]["check"] == "meeting.convene" and "三分之二" in e["message_zh"]
    for n in ["甲一", "乙二"]:
        assert post(office, f"/meetings/{mid}/attendance", {"person": n, "status": "present"}).status_code == 200
    assert post(chief, f"/items/{iid}/take-up").status_code == 200

    r = post(people["甲一"], f"/items/{iid}/recusals", {"grounds": ["close_relative"]})
    assert r.status_code == 201 and r.json()["recused"] == ["甲一"]
    r = post(chief, f"/items/{iid}/statements", {"position": "for"})
    assert r.status_code == 422 and "tongyu-hrss:1:6" in json.dumps(err(r)["verdict"])
    for n in ["李四", "王五", "赵六", "乙二"]:
        assert post(people[n], f"/items/{iid}/statements", {"position": "for", "reason": "同意"}).status_code == 201
    r = post(chief, f"/items/{iid}/statements", {"position": "for"})
    assert r.status_code == 201 and r.json()["chief_locked"] is False and r.json()["waiting"] == []

    for n in ["张三", "李四", "王五", "赵六", "乙二"]:
        assert post(people[n], f"/items/{iid}/votes", {"choice": "for"}).status_code == 201
    r = post(people["李四"], f"/items/{iid}/votes", {"choice": "against"})
    assert r.status_code == 422 and "重复" in err(r)["message_zh"]
    r = post(people["丙三"], f"/items/{iid}/votes", {"choice": "for"})
    assert r.status_code == 422  # on leave
    r = post(people["周九"], f"/items/{iid}/votes", {"choice": "for"})
    assert r.status_code in (403, 422)  # not a member (staff of another section)
    assert Vote.objects.filter(item_id=iid).count() == 5

    r = post(chief, f"/items/{iid}/close", {"decision_text": "任命甲某为科长", "in_charge": ["李四"]})
    assert r.status_code == 200, r.content
    out = r.json()["outcome"]
    assert out["result"] == "passed" and out["votes_for"] == 5 and out["members"] == 7
    r = post(people["李四"], f"/items/{iid}/votes", {"choice": "for"})
    assert r.status_code == 422 and err(r)["field"] == "item"

    r = post(office, f"/meetings/{mid}/minutes", {"notes": "记录完毕"})
    assert r.status_code == 201
    mins = r.json()
    r = office.get(f"{API}/minutes/{mins['id']}/download", {"format": "docx"})
    assert r.status_code == 200
    import docx

    d = docx.Document(io.BytesIO(r.content))
    assert "通榆县人力资源和社会保障局党组会议纪要" in "\n".join(p.text for p in d.paragraphs)
    r = office.get(f"{API}/minutes/{mins['id']}/download", {"format": "pdf"})
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    # a stale version: 409; then filed; then no edit
    r = office.patch(
        f"{API}/minutes/{mins['id']}",
        json.dumps({"notes": "x", "version": mins["version"] + 5}),
        content_type="application/json",
    )
    assert r.status_code == 409
    r = post(office, f"/minutes/{mins['id']}/file", {"version": mins["version"]})
    assert r.status_code == 200 and r.json()["status"] == "filed"
    r = office.patch(f"{API}/minutes/{mins['id']}", json.dumps({"notes": "改"}), content_type="application/json")
    assert r.status_code == 422 and "已归档" in err(r)["message_zh"]
    assert Minutes.objects.get(pk=mins["id"]).notes == "记录完毕"

    # the decision and its follow-up; an individual change is refused with the clause
    r = people["李四"].get(f"{API}/decisions")
    ds = r.json()
    assert r.status_code == 200 and len(ds) == 1 and ds[0]["tasks"][0]["assignee"] == "李四"
    r = post(people["李四"], f"/decisions/{ds[0]['id']}/change", {"text": "改任他人"})
    assert r.status_code == 422 and "tongyu-hrss:2:7.3" in json.dumps(err(r)["verdict"])
    r = post(people["李四"], f"/decisions/{ds[0]['id']}/report", {"text": "已发文任命", "on": "2026-03-12"})
    assert r.status_code == 200 and r.json()["status"] == "done"

    # another agency's user: 404, nothing revealed; a member who is no runner may still read
    assert people["wenshan"].get(f"{API}/meetings/{mid}").status_code == 404
    assert people["wenshan"].get(f"{API}/items/{iid}").status_code == 404
    assert people["赵六"].get(f"{API}/meetings/{mid}").status_code == 200
    r = post(people["赵六"], f"/meetings/{mid}/convene", {})
    assert r.status_code == 403
    assert Item.objects.get(pk=iid).status == "closed"


def test_the_cli_cadence_and_minutes(
    people: dict[str, Client], capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    code = cli.main(["meetings", "cadence", "tongyu-hrss", "--on", "2026-03-05"])
    out = capsys.readouterr().out
    assert code == 0 and "party_group" in out and "超期 / OVERDUE" in out
    code = cli.main(["meetings", "cadence", "tongyu-hrss", "--on", "2026-03-05", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert {r["body"] for r in rows} == {"party_group", "directors_meeting"} and all(r["overdue"] for r in rows)

    from zhidu.meetings import service as S

    m = S.plan_meeting(S.body("tongyu-hrss", "party_group"), DAY)
    S.send_notice(m, on=dt.date(2026, 3, 9))
    for n in ["张三", "李四", "王五", "赵六"]:
        S.mark_attendance(m, n, "present")
    S.convene(m)
    S.generate_minutes(m)
    target = tmp_path / "m.docx"
    code = cli.main(["meetings", "minutes", str(m.pk), "--format", "docx", "--out", str(target)])
    assert code == 0 and target.read_bytes().startswith(b"PK")
    code = cli.main(["meetings", "minutes", "999999", "--format", "pdf"])
    captured = capsys.readouterr()
    assert code != 0 and "纪要" in captured.err
    code = cli.main(["meetings", "bodies", "tongyu-hrss", "--on", "2026-03-10"])
    assert code == 0 and "张三" in capsys.readouterr().out
