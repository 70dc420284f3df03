"""The approval pages: kinds per agency, the form with its live verdict (htmx), filing and refusals that keep
what was typed, the application page with its actions, lists, the sheet PDF, the nav link."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from zhidu.approvals import service
from zhidu.approvals.models import Application, Attachment

from .conftest import ON, Tongyu

pytestmark = pytest.mark.django_db
OK = {"guests": "8", "accompanying": "3", "has_official_letter": "on", "purpose": "official", "visit_on": "2026-11-25"}


def _text(r) -> str:
    return r.content.decode()


def test_nav_link_and_kinds_of_an_agency(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    home = _text(c.get("/approvals/"))
    assert 'href="/approvals/"' in home and "审批" in home and "/a/tongyu-hrss/approvals/" in home
    r = c.get("/a/tongyu-hrss/approvals/")
    assert (
        r.status_code == 200
        and "公务接待审批（测试）" in _text(r)
        and "/a/tongyu-hrss/approvals/test.reception/new/" in _text(r)
    )
    assert c.get("/a/wenshan-hrss/approvals/").status_code == 404  # another agency's: not his to file in
    assert c.get("/a/tongyu-hrss/approvals/no.such/new/").status_code == 404


def test_the_form_checks_live_as_one_types(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    page = _text(c.get("/a/tongyu-hrss/approvals/test.reception/new/"))
    assert 'hx-post="/a/tongyu-hrss/approvals/test.reception/check/"' in page and 'hx-target="#verdict"' in page
    assert "<script" not in page.split("</head>")[1] and "style=" not in page  # no inline script or style
    r = c.post("/a/tongyu-hrss/approvals/test.reception/check/", {**OK, "accompanying": "4"}, HTTP_HX_REQUEST="true")
    body = _text(r)
    assert r.status_code == 200 and 'data-outcome="blocked"' in body and "<html" not in body
    assert "陪餐 4 人，超过上限 3 人" in body and 'href="/c/tongyu-hrss:7:3.7/"' in body
    r = c.post("/a/tongyu-hrss/approvals/test.reception/check/", OK)
    body = _text(r)
    assert 'data-outcome="needs_approval"' in body and "张三" in body and "可以提交" in body
    r = c.post("/a/tongyu-hrss/approvals/test.reception/check/", {**OK, "guests": "-2"})
    assert "接待对象人数" in _text(r) and 'data-outcome="incomplete"' in _text(r)


def test_bad_input_is_shown_and_the_form_keeps_what_was_typed(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    r = c.post("/a/tongyu-hrss/approvals/test.reception/new/", {**OK, "guests": "-2", "do": "save"})
    body = _text(r)
    assert r.status_code == 422 and 'role="alert"' in body and "接待对象人数" in body
    assert 'value="-2"' in body and 'value="2026-11-25"' in body
    assert not Application.objects.exists()
    r = c.post(
        "/a/tongyu-hrss/approvals/test.reception/new/", {**OK, "visit_on": "2026-11-25", "leave_on": "2026-11-01"}
    )
    assert r.status_code == 422 and "离开日期早于接待日期" in _text(r)


def test_a_refused_submission_keeps_the_draft_and_shows_the_clause(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    r = c.post("/a/tongyu-hrss/approvals/test.reception/new/", {**OK, "accompanying": "4", "do": "submit"})
    body = _text(r)
    assert r.status_code == 422 and "不能提交" in body and "第三部分第7目" in body
    app = Application.objects.get()
    assert app.status == Application.DRAFT and 'value="4"' in body
    assert f'action="/approvals/{app.pk}/edit/"' in body  # the page goes on editing the saved draft
    r = c.post(f"/approvals/{app.pk}/edit/", {**OK, "version": app.version, "application": app.pk, "do": "submit"})
    assert r.status_code == 302 and r["Location"] == f"/approvals/{app.pk}/"
    app.refresh_from_db()
    assert app.status == Application.SUBMITTED


def test_the_application_page_shows_verdict_route_and_the_approvers_actions(tongyu: Tongyu, client_of) -> None:
    app = service.create(tongyu.agency, "test.expense", tongyu.wushi, {"purpose": "购书", "amount": "800"}, today=ON)
    app = service.submit(app.pk, tongyu.wushi, app.version, today=ON)
    applicant, head = client_of(tongyu.wushi), client_of(tongyu.zhoujiu)
    body = _text(applicant.get(f"/approvals/{app.pk}/"))
    assert "审批中" in body and "周九" in body and "王五" in body and "tongyu-hrss:5:5.1" in body
    assert 'value="withdraw"' in body and 'value="remind"' in body and 'value="approve"' not in body
    body = _text(head.get(f"/approvals/{app.pk}/"))
    assert 'value="approve"' in body and 'value="return"' in body and 'value="withdraw"' not in body
    # a stale version from the page: 409 with the conflict message, nothing saved
    r = head.post(f"/approvals/{app.pk}/act/", {"version": app.version - 1, "action": "approve"})
    assert r.status_code == 409 and "已被他人处理" in _text(r)
    r = head.post(f"/approvals/{app.pk}/act/", {"version": app.version, "action": "approve", "opinion": "同意"})
    assert r.status_code == 302
    app.refresh_from_db()
    assert app.steps.get(order=1).status == "approved"
    # a reason is needed to return it
    deputy = client_of(tongyu.wangwu)
    r = deputy.post(f"/approvals/{app.pk}/act/", {"version": app.version, "action": "return"})
    assert r.status_code == 422 and "退回时请写明理由" in _text(r)
    r = deputy.post(f"/approvals/{app.pk}/act/", {"version": app.version, "action": "return", "opinion": "补预算"})
    app.refresh_from_db()
    assert app.status == Application.RETURNED and f'href="/approvals/{app.pk}/edit/"' in _text(
        applicant.get(f"/approvals/{app.pk}/")
    )
    # someone else of the agency, not on the route, cannot open it
    assert client_of(tongyu.zhengyi).get(f"/approvals/{app.pk}/").status_code == 403


def test_attachments_and_sheet_from_the_page(tongyu: Tongyu, client_of) -> None:
    app = service.create(tongyu.agency, "test.reception", tongyu.wushi, {**OK, "has_official_letter": True}, today=ON)
    c = client_of(tongyu.wushi)
    f = io.BytesIO(b"%PDF-1.4 letter")
    f.name = "公函.pdf"
    r = c.post(f"/approvals/{app.pk}/attachments/", {"version": app.version, "file": f})
    assert r.status_code == 302
    att = Attachment.objects.get(application=app)
    r = c.get(f"/approvals/{app.pk}/attachments/{att.pk}/")
    assert r.content == b"%PDF-1.4 letter" and "attachment;" in r["Content-Disposition"]
    app.refresh_from_db()
    r = c.post(f"/approvals/{app.pk}/attachments/", {"version": app.version})
    assert r.status_code == 422 and "请选择要上传的文件" in _text(r)
    app = service.submit(app.pk, tongyu.wushi, app.version, today=ON)
    service.act(app.pk, tongyu.zhangsan, app.version, "approve", opinion="同意接待", today=ON)
    r = c.get(f"/approvals/{app.pk}/sheet.pdf")
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(r.content))
    text = "".join(p.extract_text() for p in reader.pages)
    for needle in ("审批单", "吴十", "张三", "同意接待", "接待对象人数", "校验结论", "tongyu-hrss:7:3.7"):
        assert needle in text, needle


def test_lists_todo_overdue_and_the_workflow_todo(tongyu: Tongyu, client_of) -> None:
    import datetime as dt

    app = service.create(tongyu.agency, "test.reception", tongyu.wushi, {**OK, "has_official_letter": True}, today=ON)
    app = service.submit(app.pk, tongyu.wushi, app.version, today=dt.date(2026, 11, 2))
    chief = client_of(tongyu.zhangsan)
    assert app.title in _text(chief.get("/approvals/todo/"))
    assert f"/approvals/{app.pk}/" in _text(chief.get("/todo/"))  # also a workflow task
    late = _text(chief.get("/approvals/overdue/"))
    assert app.title in late and "超期" in late
    assert app.title not in _text(client_of(tongyu.zhengyi).get("/approvals/overdue/"))
    assert app.title in _text(client_of(tongyu.wushi).get("/approvals/"))


def test_english(tongyu: Tongyu, client_of) -> None:
    c = client_of(tongyu.wushi)
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = _text(c.get("/a/tongyu-hrss/approvals/test.reception/new/"))
    assert "Guests" in body and "Submit" in body
    body = _text(c.post("/a/tongyu-hrss/approvals/test.reception/check/", {**OK, "accompanying": "4"}))
    assert "Not allowed" in body and "accompanying diners exceed" in body
