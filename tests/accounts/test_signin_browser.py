"""Sign-in in a real browser (Debian chromium driven by Playwright, as tests/web/test_browser.py): the
content security policy blocks nothing the pages need (no violation reported, htmx live search still
works), a wrong password says so, an authenticator is enrolled and then asked for, and sign-out ends
the session. Screenshots: /tmp/zhidu-signin-*.png.
"""

from __future__ import annotations

import re
import time

import pyotp
import pytest

PASSWORD = "Browser-walk-7"

# Collects every CSP violation the page reports, whatever the console says about it.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || ''));
});
"""


@pytest.fixture
def rulebooks_and_user(django_user_model):
    from zhidu.agencies.models import Agency
    from zhidu.rulebook import service

    service.import_shipped()
    return django_user_model.objects.create_user(
        username="walker", password=PASSWORD, agency=Agency.objects.get(slug="tongyu-hrss")
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_sign_in_two_factors_and_sign_out_without_csp_violations(live_server, rulebooks_and_user, chromium):
    from playwright.sync_api import expect

    base = live_server.url
    console: list[str] = []
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.set_default_timeout(20_000)
    expect.set_options(timeout=20_000)

    def violations() -> list[str]:
        found = page.evaluate("window.__csp || []")
        found += [m for m in console if "Content Security Policy" in m or "Refused to" in m]
        return found

    # The sign-in page carries the policy.
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    headers = page.context.request.get(f"{base}/accounts/login/").headers
    assert "default-src 'self'" in headers["content-security-policy"]

    # A wrong password: refused, in Chinese.
    page.fill("input[name=username]", "walker")
    page.fill("input[name=password]", "not-the-password-1")
    page.click("form:has(input[name=password]) button[type=submit]")
    expect(page.locator("p.error")).to_contain_text("用户名或密码不正确")

    # The right one: the agencies.
    page.fill("input[name=username]", "walker")
    page.fill("input[name=password]", PASSWORD)
    page.click("form:has(input[name=password]) button[type=submit]")
    expect(page.locator("h1")).to_have_text("机构与制度")

    # htmx live search still works under the policy (no inline script, no injected style).
    page.click("header nav >> text=检索")
    page.locator("input[name=q]").press_sequentially("回避", delay=50)
    expect(page.locator("#results mark").first).to_have_text("回避")

    # Enrol an authenticator: the QR code (inline SVG) and the key; confirm with a code.
    page.click("header a.security")
    expect(page.locator(".qr svg")).to_be_visible()
    secret = page.locator("code.secret").inner_text().replace(" ", "")
    page.screenshot(path="/tmp/zhidu-signin-enrol.png", full_page=True)
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    page.click("form:has(input[name=action][value=confirm]) button")
    expect(page.locator("p.notice-line")).to_contain_text("验证器已启用")

    # Sign out: back to the sign-in page, which says so; the agencies need signing in again.
    page.click("header form[action='/accounts/logout/'] button")
    expect(page).to_have_url(f"{base}/accounts/login/")
    expect(page.locator("p.notice-line")).to_contain_text("您已退出")
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))

    # Next sign-in asks for the code after the password. (The enrolment's code is spent: wait
    # for the next 30-second step rather than reuse it.)
    page.fill("input[name=username]", "walker")
    page.fill("input[name=password]", PASSWORD)
    page.click("form:has(input[name=password]) button[type=submit]")
    expect(page).to_have_url(f"{base}/accounts/login/verify/")
    totp = pyotp.TOTP(secret)
    used = totp.now()
    page.wait_for_timeout(1000 * (31 - int(time.time()) % 30))
    assert totp.now() != used
    page.fill("input[name=code]", totp.now())
    page.click("form:has(input[name=code]) button[type=submit]")
    expect(page.locator("h1")).to_have_text("机构与制度")
    page.screenshot(path="/tmp/zhidu-signin-home.png", full_page=False)

    # The API's documentation renders from ninja's own static files, within the same policy.
    page.goto(f"{base}/api/v1/docs")
    expect(page.locator(".swagger-ui .info")).to_be_visible()
    page.goto(f"{base}/")

    page.click("header form[action='/accounts/logout/'] button")
    expect(page).to_have_url(f"{base}/accounts/login/")

    assert violations() == [], violations()
    # No script error; the only failed load is the favicon the browser asks for by itself.
    assert [f for f in failed if not f.endswith("/favicon.ico")] == []
    errors = [m for m in console if m.startswith("error") and "Failed to load resource" not in m]
    assert errors == [], errors
