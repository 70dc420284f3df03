"""The approvals API under /api/v1/approvals/: kinds with their fields, the live verdict, drafts, submission
(refused with the verdict), every action, 409 on a stale version, attachments, lists, the sheet PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from zhidu.ledger.models import LedgerEntry

from .conftest import Tongyu

pytestmark = pytest.mark.django_db
API = "/api/v1/approvals"
OK = {"guests": 8, "accompanying": 3, "has_official_letter": True, "purpose": "official", "visit_on": "2026-11-25"}


def _post(client, url, body):
    return client.post(url, body, content_type="application/json")


def test_kinds_list_their_form_fields(tongyu: Tongyu, client_of) -> None:
    r = client_of(tongyu.wushi).get(f"{API}/kinds?agency=tongyu-hrss")
    assert r.status_code == 200
    kind = next(k for k in r.json() if k["id"] == "test.reception")
    fields = {f["name"]: f for f in kind["fields"]}
    assert fields["guests"] == {
        **fields["guests"],
        "label_zh": "接待对象人数",
        "label_en": "Guests",
        "type": "integer",
        "required": True,
    }
    assert [c["value"] for c in fields["purpose"]["choices"]] == ["official", "personal"]
    assert kind["agencies"] == ["tongyu-hrss"] and kind["checks"] == ["reception.request"]
    assert client_of(tongyu.wushi).get(f"{API}/kinds?agency=nowhere").status_code == 404


def test_preview_shows_the_refusal_with_its_clause_and_the_approvers(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    r = _post(
        c, f"{API}/preview", {"agency": "tongyu-hrss", "kind": "test.reception", "data": {**OK, "accompanying": 4}}
    )
    body = r.json()
    assert r.status_code == 200 and body["outcome"] == "blocked" and not body["submittable"]
    blocked = next(f for f in body["findings"] if f["outcome"] == "blocked")
    assert blocked["citations"][0]["id"] == "tongyu-hrss:7:3.7" and blocked["check"] == "reception.request"
    r = _post(c, f"{API}/preview", {"agency": "tongyu-hrss", "kind": "test.reception", "data": OK})
    body = r.json()
    assert body["outcome"] == "needs_approval" and body["submittable"]
    assert [(p["role"], p["person"], p["username"]) for p in body["route"]] == [("chief", "张三", "zhangsan")]
    r = _post(c, f"{API}/preview", {"agency": "tongyu-hrss", "kind": "test.reception", "data": {"guests": -1}})
    body = r.json()
    assert r.status_code == 200 and not body["valid"] and {e["field"] for e in body["errors"]} >= {"guests", "visit_on"}


def test_file_submit_refused_then_corrected_and_approved(tongyu: Tongyu, client_of) -> None:
    applicant, chief = client_of(tongyu.wushi), client_of(tongyu.zhangsan)
    bad = {**OK, "accompanying": 4}
    r = _post(applicant, f"{API}/applications", {"agency": "tongyu-hrss", "kind": "test.reception", "data": bad})
    assert r.status_code == 201, r.content
    app = r.json()
    assert app["status"] == "draft" and app["data"]["accompanying"] == 4 and "edit" in app["actions"]
    r = _post(applicant, f"{API}/applications/{app['id']}/submit", {"version": app["version"]})
    assert r.status_code == 422
    err = r.json()["error"]
    assert "陪餐" in err["message_zh"] and err["message_en"].startswith("Cannot submit")
    assert "tongyu-hrss:7:3.7" in str(err["verdict"])
    r = applicant.put(
        f"{API}/applications/{app['id']}", {"version": app["version"], "data": OK}, content_type="application/json"
    )
    assert r.status_code == 200
    app = r.json()
    r = _post(applicant, f"{API}/applications/{app['id']}/submit", {"version": app["version"]})
    assert r.status_code == 200
    app = r.json()
    assert app["status"] == "submitted" and app["steps"][0]["username"] == "zhangsan" and app["steps"][0]["due"]
    assert "tongyu-hrss:7:3.7" in app["cites"]
    todo = chief.get(f"{API}/todo").json()
    assert [t["application"]["id"] for t in todo] == [app["id"]]
    tasks = chief.get("/api/v1/workflow/tasks").json()
    assert any(t["url"] == f"/approvals/{app['id']}/" for t in tasks)
    # a stale version: 409, nothing saved
    r = _post(chief, f"{API}/applications/{app['id']}/act", {"version": app["version"] - 1, "action": "approve"})
    assert r.status_code == 409 and r.json()["error"]["field"] == "version"
    r = _post(
        chief,
        f"{API}/applications/{app['id']}/act",
        {"version": app["version"], "action": "approve", "opinion": "同意"},
    )
    assert r.status_code == 200 and r.json()["status"] == "approved"
    entries = LedgerEntry.objects.filter(
        obj_type="approvals.Application", obj_id=str(app["id"]), action__startswith="approvals."
    )
    assert {"approvals.submit", "approvals.approve", "approvals.approved"} <= set(
        entries.values_list("action", flat=True)
    )
    assert all("tongyu-hrss:7:3.7" in e.citations for e in entries)
    mine = applicant.get(f"{API}/mine").json()
    assert mine[0]["status"] == "approved"


def test_act_refusals_are_bilingual_and_name_the_field(tongyu: Tongyu, client_of) -> None:
    applicant = client_of(tongyu.wushi)
    app = _post(
        applicant, f"{API}/applications", {"agency": "tongyu-hrss", "kind": "test.reception", "data": OK}
    ).json()
    app = _post(applicant, f"{API}/applications/{app['id']}/submit", {"version": app["version"]}).json()
    chief = client_of(tongyu.zhangsan)
    r = _post(
        chief, f"{API}/applications/{app['id']}/act", {"version": app["version"], "action": "forward", "to": "wushi"}
    )
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["field"] == "to" and "申请人" in err["message_zh"] and "applicant" in err["message_en"]
    r = _post(chief, f"{API}/applications/{app['id']}/act", {"version": app["version"], "action": "return"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "opinion"
    r = _post(chief, f"{API}/applications/{app['id']}/act", {"version": app["version"], "action": "sign"})
    assert r.status_code == 422
    # someone with no turn on it cannot act: the permission table says so (403)
    r = _post(
        client_of(tongyu.zhengyi),
        f"{API}/applications/{app['id']}/act",
        {"version": app["version"], "action": "approve"},
    )
    assert r.status_code == 403


def test_an_approver_outside_the_applicants_section_reads_and_acts(tongyu: Tongyu, client_of) -> None:
    """王五 (deputy in charge of finance) has no charge of 社会保险科, yet approves the expense of one of its staff."""
    import datetime as dt

    from zhidu.accounts.models import RoleAssignment, User
    from zhidu.org.models import Holding, Person, Section

    clerk = User.objects.create_user(
        "clerk", password="Approvals-test-2026!", agency=tongyu.agency, display_name="社保员"
    )
    RoleAssignment.objects.create(user=clerk, agency=tongyu.agency, role="staff", valid_from=dt.date(2020, 1, 1))
    person = Person.objects.create(agency=tongyu.agency, name="社保员", user=clerk)
    shebao = Section.objects.get(agency=tongyu.agency, key="shebao")
    Holding.objects.create(person=person, role="staff", section=shebao, valid_from=dt.date(2020, 1, 1))
    applicant = client_of(clerk)
    app = _post(
        applicant,
        f"{API}/applications",
        {"agency": "tongyu-hrss", "kind": "test.expense", "data": {"purpose": "印刷", "amount": "300"}},
    ).json()
    deputy = client_of(tongyu.wangwu)
    assert deputy.get(f"{API}/applications/{app['id']}").status_code == 403  # not yet on the route
    app = _post(applicant, f"{API}/applications/{app['id']}/submit", {"version": app["version"]}).json()
    route = [(s["role"], s["username"]) for s in app["steps"]]
    assert route == [("section_head", "fenger"), ("deputy_in_charge", "wangwu")]
    assert deputy.get(f"{API}/applications/{app['id']}").status_code == 200
    head = route[0][1]
    app = _post(
        client_of(tongyu.users[head]),
        f"{API}/applications/{app['id']}/act",
        {"version": app["version"], "action": "approve"},
    ).json()
    r = _post(deputy, f"{API}/applications/{app['id']}/act", {"version": app["version"], "action": "approve"})
    assert r.status_code == 200 and r.json()["status"] == "approved"


def test_attachments_upload_download_and_sheet_pdf(tongyu: Tongyu, client_of) -> None:
    applicant = client_of(tongyu.wushi)
    app = _post(
        applicant, f"{API}/applications", {"agency": "tongyu-hrss", "kind": "test.reception", "data": OK}
    ).json()
    pdf = b"%PDF-1.4\n% a letter\n"
    f = io.BytesIO(pdf)
    f.name = "公函.pdf"
    r = applicant.post(f"{API}/applications/{app['id']}/attachments", {"version": app["version"], "file": f})
    assert r.status_code == 201, r.content
    att = r.json()
    assert att["size"] == len(pdf) and len(att["sha256"]) == 64
    r = applicant.get(f"{API}/applications/{app['id']}/attachments/{att['id']}")
    assert r.status_code == 200 and r.content == pdf and r["X-Content-SHA256"] == att["sha256"]
    bad = io.BytesIO(b"MZ\x90")
    bad.name = "tool.exe"
    app = applicant.get(f"{API}/applications/{app['id']}").json()
    r = applicant.post(f"{API}/applications/{app['id']}/attachments", {"version": app["version"], "file": bad})
    assert r.status_code == 422 and r.json()["error"]["field"] == "file"
    app = _post(applicant, f"{API}/applications/{app['id']}/submit", {"version": app["version"]}).json()
    r = applicant.get(f"{API}/applications/{app['id']}/sheet.pdf")
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    for needle in ("公务接待审批（测试）审批单", "吴十", "张三", "陪餐", "审批流程"):
        assert needle in text, needle


def test_overdue_and_lists_are_scoped(tongyu: Tongyu, client_of) -> None:
    import datetime as dt

    from zhidu.approvals import service

    app = service.create(tongyu.agency, "test.reception", tongyu.wushi, OK, today=dt.date(2026, 11, 2))
    service.submit(app.pk, tongyu.wushi, app.version, today=dt.date(2026, 11, 2))
    late = client_of(tongyu.zhangsan).get(f"{API}/overdue").json()
    assert [t["application"]["id"] for t in late] == [app.pk] and late[0]["overdue"]
    assert client_of(tongyu.zhengyi).get(f"{API}/overdue").json() == []  # not theirs to see
