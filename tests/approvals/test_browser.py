"""One reception filed and approved in a real browser (Debian chromium driven by Playwright).

吴十 (计划财务科) files a 公务接待审批 at 通榆县人社局 for 8 guests with 4 accompanying diners. As he types, the
form shows (htmx) that the rules do not allow it, citing 《公务接待管理制度》第三部分第7目 (接待对象在10人以内的，陪餐
人数不得超过3人); submitting is refused with the same clause and the form keeps what he typed. He corrects it to
3, the verdict turns to "needs approval" naming the approvers resolved from the org chart (科室负责人 周九, 分管副
局长 王五, 局长 张三), he submits, and each approver finds it on their to-do list and approves it in turn. The
content security policy reports no violation on the way. Screenshots: /tmp/zhidu-approvals-*.png.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connections

PASSWORD = "Approvals-walk-2026"
PEOPLE = {
    "wushi": ("吴十", "staff"),
    "zhoujiu": ("周九", "section_head"),
    "wangwu": ("王五", "deputy"),
    "zhangsan": ("张三", "chief"),
}
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""


@pytest.fixture
def tongyu_people(django_user_model):
    from zhidu.accounts.models import RoleAssignment
    from zhidu.agencies.models import Agency
    from zhidu.org import loader
    from zhidu.org.models import Person
    from zhidu.rulebook import service

    service.import_shipped()
    loader.load_shipped("tongyu-hrss")
    agency = Agency.objects.get(slug="tongyu-hrss")
    for username, (name, role) in PEOPLE.items():
        user = django_user_model.objects.create_user(username, password=PASSWORD, agency=agency, display_name=name)
        RoleAssignment.objects.create(user=user, agency=agency, role=role, valid_from=dt.date(2015, 1, 1))
        person = Person.objects.get(agency=agency, name=name)
        person.user = user
        person.save(update_fields=["user"])
    return agency


def _wait_for_kind() -> None:
    from zhidu.approvals import kinds

    if "reception.request" not in kinds.all_kinds():
        pytest.skip("the reception.request kind (zhidu/approvals/kinds/reception.py) is not there yet")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_file_and_approve_a_reception(live_server, tongyu_people, chromium):
    from playwright.sync_api import expect

    from zhidu.approvals.models import Application

    _wait_for_kind()
    base = live_server.url
    expect.set_options(timeout=20_000)

    def session(username: str):
        context = chromium.new_context(viewport={"width": 1280, "height": 1000}, locale="zh-CN")
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
        return context, page

    def settle(page) -> None:
        """Leave the field (its change event sends a live check) and wait until no check is on its way: the
        live server shares one SQLite connection between its threads, so requests must not overlap."""
        page.evaluate("document.activeElement && document.activeElement.blur()")
        expect(page.locator("form.htmx-request")).to_have_count(0)

    def no_csp_violations(page) -> None:
        assert page.evaluate("window.__csp || []") == []

    # 吴十 opens the kinds of his agency and the reception form.
    ctx, page = session("wushi")
    page.click("header nav >> text=审批")
    expect(page.locator("h1")).to_have_text("申请与审批")
    page.click("text=填写申请")
    expect(page).to_have_url(f"{base}/a/tongyu-hrss/approvals/")
    page.click("a:text-is('公务接待审批')")
    expect(page).to_have_url(f"{base}/a/tongyu-hrss/approvals/reception.request/new/")

    visit = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    page.fill("[name=guest_unit]", "白城市人力资源和社会保障局")
    page.fill("[name=guest_leader]", "李明 副局长")
    page.fill("[name=business]", "就业工作调研")
    page.fill("[name=reception_date]", visit)
    page.check("[name=has_official_letter]")
    page.fill("[name=letter_ref]", "白人社函〔2026〕15号")
    page.fill("[name=itinerary]", "上午座谈，中午自助工作餐，下午返回")
    page.select_option("[name=meal_type]", "buffet_lunch")
    page.fill("[name=working_meals]", "1")
    page.fill("[name=cost_per_head]", "70")
    page.fill("[name=estimated_cost]", "1200")
    page.fill("[name=guests]", "8")
    page.fill("[name=accompanying]", "4")
    page.locator("[name=accompanying]").dispatch_event("change")

    # As he types: not allowed, with the clause on the accompanying diners.
    verdict = page.locator("#verdict-body")
    expect(verdict).to_have_attribute("data-outcome", "blocked")
    blocked = verdict.locator("li.finding.blocked", has_text="陪餐 4 人，超过上限 3 人")
    expect(blocked.locator("a.cite")).to_have_text("《公务接待管理制度》第三部分第7目")
    expect(blocked.locator("a.cite")).to_have_attribute("href", "/c/tongyu-hrss:7:3.7/")
    page.screenshot(path="/tmp/zhidu-approvals-blocked.png", full_page=True)

    # Submitting anyway is refused with the clause; what he typed is kept.
    settle(page)
    page.click("button[value=submit]")
    expect(page.locator("p.error[role=alert]")).to_contain_text("陪餐")
    expect(page.locator(".verdict a.cite", has_text="第三部分第7目").first).to_be_visible()
    expect(page.locator("[name=accompanying]")).to_have_value("4")
    expect(page.locator("[name=guest_unit]")).to_have_value("白城市人力资源和社会保障局")
    # the draft was saved as typed: the page now edits it (no ORM call here: the live server may be answering
    # a live check on the shared SQLite connection at this very moment)
    action = page.locator("#application-form").get_attribute("action") or ""
    match = re.fullmatch(r"/approvals/(\d+)/edit/", action)
    assert match, action
    app_id = int(match.group(1))

    # Corrected to 3: allowed, needs approval by the people the org chart names.
    page.fill("[name=accompanying]", "3")
    page.locator("[name=accompanying]").dispatch_event("change")
    expect(verdict).to_have_attribute("data-outcome", "needs_approval")
    route = page.locator("#verdict-body ol.route")
    expect(route).to_contain_text("周九")
    expect(route).to_contain_text("王五")
    expect(route).to_contain_text("张三")
    page.screenshot(path="/tmp/zhidu-approvals-allowed.png", full_page=True)
    settle(page)
    page.click("button[value=submit]")
    expect(page).to_have_url(f"{base}/approvals/{app_id}/")
    expect(page.locator("#app-status")).to_have_text("审批中")
    expect(page.locator("table.steps .assignee")).to_have_text(["周九", "王五", "张三"])
    expect(page.locator(".kept-verdict")).to_contain_text("第三部分第7目")
    no_csp_violations(page)
    ctx.close()

    # Each approver finds it on the to-do list and approves in turn.
    for username in ("zhoujiu", "wangwu", "zhangsan"):
        ctx, page = session(username)
        page.goto(f"{base}/todo/")
        page.click("a:has-text('审批：公务接待')")
        expect(page).to_have_url(f"{base}/approvals/{app_id}/")
        page.fill("textarea[name=opinion]", "同意")
        page.click("button[value=approve]")
        expect(page).to_have_url(f"{base}/approvals/{app_id}/")
        no_csp_violations(page)
        if username != "zhangsan":
            expect(page.locator("#app-status")).to_have_text("审批中")
            ctx.close()
    expect(page.locator("#app-status")).to_have_text("已批准")
    page.screenshot(path="/tmp/zhidu-approvals-approved.png", full_page=True)
    ctx.close()
    app = Application.objects.get(pk=app_id)
    assert app.data["accompanying"] == 3 and app.status == Application.APPROVED
    assert [s.status for s in app.steps.order_by("order")] == ["approved"] * 3
    assert "tongyu-hrss:7:3.7" in app.cites
    # the ORM calls made while Playwright's loop runs use a connection of their own: close it, so that the
    # test database can be dropped afterwards (PostgreSQL refuses while a session is open)
    connections.close_all()
