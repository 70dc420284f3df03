"""One whole meeting of the Tongyu 党组会 in a real browser (Debian chromium driven by Playwright; issue 5,
item 8): the office plans it and takes in two cadre items (the classification shown live as the proposal
is typed), notifies, records attendance and convenes; the chair's screen refuses the cadre item on a failed
quorum (两名成员到会，不足三分之二, tongyu-hrss:2:3.5) and follows the late arrivals live; a member steps
aside; the chief trying to speak first is refused on the page with the clause (末位表态, tongyu-hrss:1:6);
a vote of two yes among three voters fails on “赞成票超过应到会党组成员半数” (tongyu-hrss:2:5.4: four
members, two is not more than half); the second item passes; the minutes are generated, downloaded as .docx
and PDF, opened and read, and filed. No content-security-policy violation on the way.

Screenshots: /tmp/zhidu-meeting-*.png.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest

from .test_pages import PASSWORD, SLUG, tongyu_accounts

WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || ''));
});
"""
DESKTOP = {"width": 1366, "height": 960}


@pytest.fixture
def tongyu() -> Any:
    from zhidu.rulebook import service

    service.import_shipped()
    return tongyu_accounts()


def _sign_in(browser: Any, base: str, username: str, console: list[str]) -> Any:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", accept_downloads=True)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.set_default_timeout(20_000)
    page.goto(f"{base}/accounts/login/?next=/meetings/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("我的会议")
    return page


def _alert(page: Any) -> str:
    return re.sub(r"\s+", " ", page.locator(".refusal[role=alert]").first.inner_text())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_whole_party_group_meeting_in_the_browser(live_server: Any, tongyu: Any, chromium: Any) -> None:
    from docx import Document
    from playwright.sync_api import expect
    from pypdf import PdfReader

    from zhidu.meetings.models import Item, ItemOutcome, Meeting, Minutes

    expect.set_options(timeout=20_000)
    base = live_server.url
    console: list[str] = []
    today = dt.date.today().isoformat()

    # --- the office (人秘科 孙八): cadence, plan, agenda intake ------------------------------------------
    office = _sign_in(chromium, base, tongyu.users["孙八"].username, console)
    office.click("text=本机构的会议与频次")
    expect(office).to_have_url(f"{base}/a/{SLUG}/meetings/")
    overdue = office.locator("#cadence-party_group")
    expect(overdue).to_have_class(re.compile("overdue"))
    expect(overdue).to_contain_text("超期")
    expect(overdue.locator("a.cite-id", has_text="tongyu-hrss:2:3.3")).to_be_visible()
    office.select_option("#plan-form select[name=body]", "party_group")
    office.fill("#plan-form input[name=date]", today)
    office.fill("#plan-form input[name=place]", "三楼会议室")
    office.select_option("#plan-form select[name=recorder]", "郑一")
    office.click("#plan-form button[type=submit]")
    expect(office.locator("h1")).to_contain_text("党组会议")
    meeting = Meeting.objects.get()
    meeting_url = f"{base}/a/{SLUG}/meetings/{meeting.pk}/"
    expect(office).to_have_url(meeting_url)

    def propose(title: str) -> None:
        office.fill("#propose-form input[name=title]", title)
        office.select_option("#propose-form select[name=kind]", "cadre_appointment")
        office.check("#propose-form input[name=cadre]")
        # the classification follows the form (htmx): 三重一大, the 党组会, the clause
        result = office.locator("#classification")
        expect(result).to_contain_text("属“三重一大”")
        expect(result).to_contain_text("党组会议")
        expect(result.locator("a.cite-id", has_text="tongyu-hrss:2:4.5").first).to_be_visible()
        office.select_option("#propose-form select[name=section]", "renmi")
        office.select_option("#propose-form select[name=deputy_in_charge]", "李四")
        office.click("#propose-form button[type=submit]")
        expect(office.locator(".notice-line")).to_contain_text("议题已提交")

    propose("任命某同志为人秘科科长")
    office.screenshot(path="/tmp/zhidu-meeting-agenda.png", full_page=True)
    propose("任命某同志为计划财务科副科长")
    one, two = Item.objects.order_by("order")
    for it in (one, two):
        office.click(f"#item-{it.pk} button:text('审定列入议程')")
        expect(office.locator(f"#item-{it.pk} .badge.listed")).to_be_visible()

    # notice, then attendance: two present, two on leave (one with a written opinion)
    office.click("#notice-form button[type=submit]")
    expect(office.locator("#meeting-status")).to_have_text("已通知")

    def attend(name: str, status: str, reason: str = "", opinion: str = "") -> None:
        row = office.locator(f"#attendance-{tongyu.people[name].pk}")
        row.locator("select[name=status]").select_option(status)
        row.locator("input[name=reason]").fill(reason)
        row.locator("textarea[name=written_opinion]").fill(opinion)
        row.locator("button").click()
        expect(office.locator(".notice-line")).to_contain_text(name)

    attend("张三", "present")
    attend("李四", "present")
    attend("王五", "leave", "出差", "同意两项任命")
    attend("赵六", "leave", "外出学习")
    office.click("#convene-form button[type=submit]")
    expect(office.locator("#meeting-status")).to_have_text("进行中")
    expect(office.locator("#convene")).to_contain_text("到会 2/4 人，符合召开要求")

    # --- the chair (张三): a failed quorum on the cadre item --------------------------------------------------
    chair = _sign_in(chromium, base, tongyu.users["张三"].username, console)
    chair.goto(f"{base}/a/{SLUG}/meetings/items/{one.pk}/")
    expect(chair.locator("#quorum-count")).to_have_text("2")
    chair.click("#take-up-form button[type=submit]")
    expect(chair.locator(".refusal")).to_contain_text("到会 2/4 人，不足三分之二")
    expect(chair.locator(".refusal")).to_contain_text("《党组会议制度》第三条第（五）项")
    expect(chair.locator(".refusal a.cite-id", has_text="tongyu-hrss:2:3.5").first).to_be_visible()
    expect(chair.locator("#item-status")).to_have_text("已列入议程")
    chair.screenshot(path="/tmp/zhidu-meeting-quorum-refused.png", full_page=True)

    # the two arrive; the office records it and the chair's screen follows without reloading
    office.goto(meeting_url)
    attend("王五", "present")
    attend("赵六", "present")
    expect(chair.locator("#quorum-count")).to_have_text("4")  # htmx polling
    chair.click("#take-up-form button[type=submit]")
    expect(chair.locator("#item-status")).to_have_text("讨论中")

    # a recusal: 赵六 steps aside; 3 of 4 still make two thirds
    chair.select_option("#recuse-form select[name=person]", "赵六")
    chair.check("#recuse-form input[name=grounds][value=close_relative]")
    chair.fill("#recuse-form input[name=note]", "拟任人选系其亲属")
    chair.click("#recuse-form button[type=submit]")
    expect(chair.locator("#quorum-count")).to_have_text("3")
    expect(chair.locator("#board [data-person='赵六']")).to_contain_text("回避")
    expect(chair.locator("#chief-lock")).to_contain_text("末位表态")

    # the chief tries to speak first: refused with the clause; what he typed stays
    chair.select_option("#state-form select[name=person]", "张三")
    chair.check("#state-form input[name=position][value=for]")
    chair.fill("#state-form textarea[name=reason]", "这个同志我了解，先定个调")
    chair.click("#state-form button[type=submit]")
    refusal = chair.locator(".refusal")
    expect(refusal).to_contain_text("主要负责人首先发言定调，违反末位表态")
    expect(refusal).to_contain_text("《“一把手”权力运行制约制度》第六条")
    expect(refusal.locator("a.cite-id", has_text="tongyu-hrss:1:6").first).to_be_visible()
    expect(chair.locator("#state-form textarea[name=reason]")).to_have_value("这个同志我了解，先定个调")
    chair.screenshot(path="/tmp/zhidu-meeting-mowei-refused.png", full_page=True)

    def state(name: str, position: str) -> None:
        chair.select_option("#state-form select[name=person]", name)
        chair.check(f"#state-form input[name=position][value={position}]")
        chair.fill("#state-form textarea[name=reason]", f"{name}的意见")
        chair.click("#state-form button[type=submit]")
        expect(chair.locator(".notice-line")).to_contain_text(name)

    def vote(name: str, choice: str) -> None:
        chair.select_option("#vote-form select[name=person]", name)
        chair.check(f"#vote-form input[name=choice][value={choice}]")
        chair.click("#vote-form button[type=submit]")
        expect(chair.locator(".notice-line")).to_contain_text(name)

    state("李四", "for")
    state("王五", "against")
    expect(chair.locator("#chief-lock")).to_have_count(0)
    state("张三", "for")
    vote("张三", "for")
    vote("李四", "for")
    vote("王五", "against")
    # two yes of three voters: a majority of those voting, but not more than half of the four members
    expect(chair.locator("#votes-for")).to_have_text("2")
    expect(chair.locator("#verdict-now")).to_contain_text("不能通过")
    expect(chair.locator("#tally")).to_contain_text("未超过应到会成员（4 人）半数")
    chair.click("#close-form button[type=submit]")
    expect(chair.locator("#outcome")).to_contain_text("未通过")
    expect(chair.locator("#tally")).to_contain_text("赞成 2 票 ≤ 应到会成员 4 人 × 1/2 = 2")
    expect(chair.locator("#tally a.cite-id", has_text="tongyu-hrss:2:5.4").first).to_be_visible()
    chair.screenshot(path="/tmp/zhidu-meeting-not-passed.png", full_page=True)

    # --- the second item passes ------------------------------------------------------------------------------
    chair.goto(f"{base}/a/{SLUG}/meetings/items/{two.pk}/")
    chair.click("#take-up-form button[type=submit]")
    for name in ("李四", "王五", "赵六", "张三"):
        state(name, "for")
    for name in ("李四", "王五", "赵六", "张三"):
        vote(name, "for")
    expect(chair.locator("#verdict-now")).to_contain_text("可以通过")
    chair.fill("#close-form textarea[name=decision_text]", "同意任命某同志为计划财务科副科长")
    chair.select_option("#close-form select[name=in_charge]", ["李四"])
    chair.click("#close-form button[type=submit]")
    expect(chair.locator("#outcome")).to_contain_text("通过")
    expect(chair.locator("#tally")).to_contain_text("赞成 4 票 > 应到会成员 4 人 × 1/2 = 2")
    chair.screenshot(path="/tmp/zhidu-meeting-passed.png", full_page=True)
    assert list(ItemOutcome.objects.order_by("item__order").values_list("result", flat=True)) == [
        "not_passed",
        "passed",
    ]

    # --- minutes: generated, downloaded, opened, filed --------------------------------------------------------
    office.goto(meeting_url)
    office.fill("#minutes-form textarea[name=notes]", "王五、赵六迟到后到会")
    office.click("#minutes-form button[type=submit]")
    expect(office.locator("#minutes-status")).to_have_text("草稿")
    with office.expect_download() as got:
        office.click("#download-docx")
    docx_path = got.value.path()
    with office.expect_download() as got:
        office.click("#download-pdf")
    assert got.value.suggested_filename.endswith(".pdf")
    pdf_path = got.value.path()

    doc = Document(docx_path)
    words = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells
    )
    for want in (
        "通榆县人力资源和社会保障局党组会议纪要",
        "任命某同志为人秘科科长",
        "任命某同志为计划财务科副科长",
        "赵六（涉及近亲属）",  # stepped aside, with the grounds
        "未通过",
        "同意任命某同志为计划财务科副科长",
        "赞成 2 票 ≤ 应到会成员 4 人 × 1/2 = 2",
        "《党组会议制度》第五条第（四）项",
        "王五、赵六迟到后到会",
    ):
        assert want in words, want
    with open(pdf_path, "rb") as fh:
        pdf = PdfReader(io.BytesIO(fh.read()))
    pdf_words = re.sub(r"\s+", "", "".join(p.extract_text() for p in pdf.pages))
    for want in ("党组会议纪要", "任命某同志为人秘科科长", "未通过", "《党组会议制度》第三条第（五）项"):
        assert want in pdf_words, want

    office.click("#file-form button")
    expect(office.locator("#minutes-status")).to_have_text("已归档")
    expect(office.locator("#minutes-form")).to_have_count(0)
    expect(office.locator("#minutes")).to_contain_text("不可再修改")
    assert Minutes.objects.get().status == "filed"
    office.screenshot(path="/tmp/zhidu-meeting-minutes.png", full_page=True)

    # --- the member in charge sees the decision to carry out ---------------------------------------------------
    member = _sign_in(chromium, base, tongyu.users["李四"].username, console)
    expect(member.locator("#tasks")).to_contain_text("落实党组会议决定：同意任命某同志为计划财务科副科长")
    expect(member.locator("#positions")).to_contain_text("任命某同志为人秘科科长")

    found = [v for p in (office, chair, member) for v in p.evaluate("window.__csp || []")]
    found += [m for m in console if "Content Security Policy" in m or "Refused to" in m]
    assert not found, found
