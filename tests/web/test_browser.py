"""One walk through the site in a real browser (Debian chromium driven by Playwright).

Sign in, open an agency and one of its 制度, follow a clause's permanent link, search live (htmx),
switch to English and back. Screenshots go to /tmp/zhidu-*.png (phone 390x844 and desktop).
"""

from __future__ import annotations

import re

import pytest

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "browser-walk-password-1"


@pytest.fixture
def rulebooks_and_user(django_user_model):
    from zhidu.rulebook import service

    service.import_shipped()
    return django_user_model.objects.create_user(username="walker", password=PASSWORD)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_walk_through_the_site(live_server, rulebooks_and_user, chromium):
    from playwright.sync_api import expect

    base = live_server.url
    page = chromium.new_context(viewport=PHONE, locale="zh-CN").new_page()
    page.set_default_timeout(20_000)
    expect.set_options(timeout=20_000)  # a busy machine; building the search index takes a moment

    # Anonymous: sent to the sign-in page; sign in and land back on the agencies.
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.fill("input[name=username]", "walker")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("机构与制度")

    # An agency, grouped by domain.
    page.click("text=通榆县人力资源和社会保障局")
    expect(page).to_have_url(f"{base}/a/tongyu-hrss/")
    expect(page.locator("#d-governance-meetings h2")).to_contain_text("会议与议事")
    page.screenshot(path="/tmp/zhidu-agency-phone.png", full_page=False)

    # One of its 制度, clause by clause.
    page.click("a:text-is('党组会议制度')")
    expect(page).to_have_url(f"{base}/a/tongyu-hrss/2/")
    expect(page.locator("h1")).to_have_text("党组会议制度")
    expect(page.locator("#c3-5 .cite")).to_have_text("tongyu-hrss:2:3.5")

    # Its permanent link: /c/… redirects to the system page at the clause's anchor.
    page.click("#c3-5 a.cite")
    expect(page).to_have_url(f"{base}/a/tongyu-hrss/2/#c3-5")
    assert page.evaluate("document.querySelector(':target').id") == "c3-5"
    target_bg = page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor")
    assert target_bg == "rgb(255, 251, 235)"  # .clause:target is highlighted
    page.screenshot(path="/tmp/zhidu-clause-phone.png", full_page=False)

    # Live search: typing swaps only the results (no page load), and the URL follows.
    page.set_viewport_size(DESKTOP)
    page.click("header nav >> text=检索")
    expect(page).to_have_url(f"{base}/search/")
    page.evaluate("window.__sameDocument = true")
    page.locator("input[name=q]").press_sequentially("回避", delay=50)
    expect(page.locator("#results mark").first).to_have_text("回避")
    expect(page).to_have_url(re.compile(r"/search/\?q=%E5%9B%9E%E9%81%BF"))
    assert page.evaluate("window.__sameDocument") is True
    assert page.locator("#results .hit").count() > 0
    page.screenshot(path="/tmp/zhidu-search-desktop.png", full_page=False)

    # Without htmx the same URL renders the whole page with results.
    page.goto(f"{base}/search/?q=回避&agency=tongyu-hrss")
    expect(page.locator("#results mark").first).to_have_text("回避")

    # English and back.
    page.click("button:text-is('English')")
    expect(page.locator("h1")).to_have_text("Search the clauses")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.click("button:text-is('中文')")
    expect(page.locator("h1")).to_have_text("检索条款")

    # The compare page: one column per agency, side by side on a desktop.
    page.goto(f"{base}/compare/?topic=公务接待")
    expect(page.locator(".compare .col")).to_have_count(5)
    page.screenshot(path="/tmp/zhidu-compare-desktop.png", full_page=False)
    page.set_viewport_size(PHONE)
    page.screenshot(path="/tmp/zhidu-compare-phone.png", full_page=False)
