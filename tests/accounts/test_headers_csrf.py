"""CSRF on every form, the security headers and the content security policy, on pages and on API
answers; no inline script or style anywhere (so the policy needs no 'unsafe-inline')."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client

import zhidu
from zhidu.accounts import totp

from .conftest import ENROL, LOGIN, PASSWORD, VERIFY, sign_in

pytestmark = pytest.mark.django_db

SRC = Path(zhidu.__file__).parent
SIGNED_IN_PAGES = [
    "/",
    "/a/tongyu-hrss/",
    "/a/yuanshi-hrss/duties/",
    "/a/tongyu-hrss/2/",
    "/search/?q=回避",
    "/compare/?topic=公务接待",
    "/a/nowhere/",  # the not-found page
    ENROL,
    "/accounts/password/",
]


class Forms(HTMLParser):
    """Each <form>: its method and whether it holds the CSRF token; plus inline scripts, styles and
    event-handler attributes, which the content security policy would block."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, object]] = []
        self.inline: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (a.get("method") or "get").lower(), "token": False})
        if tag == "input" and a.get("name") == "csrfmiddlewaretoken" and self.forms and a.get("value"):
            self.forms[-1]["token"] = True
        if tag == "script" and not a.get("src") and a.get("type") != "application/json":
            self.inline.append("<script> without src")
        if tag == "style":
            self.inline.append("<style>")
        for name, _ in attrs:
            if name == "style" or name.startswith("on") or name.startswith("hx-on"):
                self.inline.append(f"{tag} {name}=")

    def handle_data(self, data: str) -> None:
        if "javascript:" in data:
            self.inline.append("javascript: URL")


def parse(html: str) -> Forms:
    p = Forms()
    p.feed(html)
    return p


def assert_post_forms_have_token(html: str, where: str) -> int:
    forms = parse(html).forms
    posts = [f for f in forms if f["method"] == "post"]
    assert all(f["token"] for f in posts), f"a POST form without the CSRF token on {where}"
    return len(posts)


# --- CSRF -----------------------------------------------------------------------------------------


def test_every_template_with_a_post_form_has_the_token() -> None:
    found = 0
    for path in SRC.rglob("templates/**/*.html"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"<form\b[^>]*>(.*?)</form>", text, flags=re.S | re.I):
            if re.search(r'method="post"', m.group(0)[:200], re.I):
                found += 1
                assert "{% csrf_token %}" in m.group(1), (
                    f"{path.relative_to(SRC)}: POST form without {{% csrf_token %}}"
                )
    assert found >= 6  # sign-in, code, enrolment (2), password, language, sign-out


@pytest.mark.parametrize("url", SIGNED_IN_PAGES)
def test_every_signed_in_page_has_the_token_in_its_post_forms(client, user, clock, url) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    r = client.get(url)
    assert r.status_code in (200, 404), (url, r.status_code)
    assert assert_post_forms_have_token(r.content.decode(), url) >= 2  # language switch and sign-out at least


def test_sign_in_code_and_required_enrolment_pages_have_the_token(client, user, agency, clock) -> None:
    assert assert_post_forms_have_token(client.get(LOGIN).content.decode(), LOGIN) == 2
    agency.require_2fa = True
    agency.save()
    sign_in(client, "zhang.san", PASSWORD)
    page = client.get(ENROL).content.decode()
    assert assert_post_forms_have_token(page, ENROL) == 2
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', page).group(1).replace(" ", "")
    client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)})
    client.post("/accounts/logout/")
    clock.advance(seconds=30)
    sign_in(client, "zhang.san", PASSWORD)
    assert assert_post_forms_have_token(client.get(VERIFY).content.decode(), VERIFY) == 2


def _token(client: Client) -> str:
    client.get(LOGIN)
    return client.cookies["csrftoken"].value


def test_posts_without_the_token_are_refused(user, agency, clock) -> None:
    c = Client(enforce_csrf_checks=True)
    # Sign-in: refused without the token (403, bilingual page), accepted with it.
    r = c.post(LOGIN, {"username": "zhang.san", "password": PASSWORD})
    assert r.status_code == 403 and "CSRF" in r.content.decode() and "请求被拒绝" in r.content.decode()
    assert not c.session.get("_auth_user_id")
    token = _token(c)
    r = c.post(LOGIN, {"username": "zhang.san", "password": PASSWORD, "csrfmiddlewaretoken": token})
    assert r.status_code == 302
    token = c.cookies["csrftoken"].value  # rotated at sign-in
    new = "New-Password-99"
    for url, data in [
        ("/accounts/password/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new}),
        (ENROL, {"action": "confirm", "code": "123456"}),
        ("/i18n/setlang/", {"language": "en", "next": "/"}),
        ("/accounts/logout/", {}),
    ]:
        assert c.post(url, data).status_code == 403, url
    assert c.get("/accounts/password/").status_code == 200  # still signed in: the logout was refused
    # With the token each is accepted.
    assert c.post("/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}).status_code == 302
    assert c.post("/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code == 302

    # The code step too.
    agency.require_2fa = True
    agency.save()
    token = _token(c)
    c.post(LOGIN, {"username": "zhang.san", "password": PASSWORD, "csrfmiddlewaretoken": token})
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', c.get(ENROL).content.decode()).group(1)
    code = totp.current_code(secret.replace(" ", ""))
    assert c.post(ENROL, {"action": "confirm", "code": code}).status_code == 403
    token = c.cookies["csrftoken"].value
    assert c.post(ENROL, {"action": "confirm", "code": code, "csrfmiddlewaretoken": token}).status_code == 302
    token = c.cookies["csrftoken"].value
    c.post("/accounts/logout/", {"csrfmiddlewaretoken": token})
    clock.advance(seconds=30)
    token = _token(c)
    c.post(LOGIN, {"username": "zhang.san", "password": PASSWORD, "csrfmiddlewaretoken": token})
    assert c.post(VERIFY, {"code": totp.current_code(secret.replace(" ", ""))}).status_code == 403


def test_api_writes_need_the_token_too(user, clock) -> None:
    c = Client(enforce_csrf_checks=True)
    token = _token(c)
    c.post(LOGIN, {"username": "zhang.san", "password": PASSWORD, "csrfmiddlewaretoken": token})
    body = {"agency": "tongyu-hrss", "facts": {}}
    r = c.post("/api/v1/checks/meeting.convene/evaluate", body, content_type="application/json")
    assert r.status_code == 403
    token = c.cookies["csrftoken"].value
    r = c.post("/api/v1/checks/meeting.convene/evaluate", body, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert r.status_code in (200, 422), r.content[:300]


# --- headers and the content security policy ---------------------------------------------------------


def policy_of(response) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in response["Content-Security-Policy"].split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def assert_security_headers(r) -> None:
    assert r["X-Frame-Options"] == "DENY"
    assert r["X-Content-Type-Options"] == "nosniff"
    assert r["Referrer-Policy"] == "same-origin"
    assert r["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in r["Permissions-Policy"] and "geolocation=()" in r["Permissions-Policy"]
    csp = policy_of(r)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    joined = r["Content-Security-Policy"]
    assert "unsafe-inline" not in joined and "unsafe-eval" not in joined


def test_headers_on_a_page(client, user, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    r = client.get("/a/tongyu-hrss/")
    assert r.status_code == 200
    assert_security_headers(r)
    assert "Strict-Transport-Security" not in r  # plain HTTP: no HSTS


def test_headers_on_the_sign_in_page_and_an_api_answer(client, user, clock) -> None:
    assert_security_headers(client.get(LOGIN))
    assert_security_headers(client.get("/api/v1/agencies"))  # 401 JSON
    sign_in(client, "zhang.san", PASSWORD)
    r = client.get("/api/v1/agencies")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/json")
    assert_security_headers(r)


def test_hsts_over_https(client, settings) -> None:
    r = client.get(LOGIN, secure=True)
    assert r["Strict-Transport-Security"] == f"max-age={settings.SECURE_HSTS_SECONDS}"
    assert settings.SECURE_HSTS_SECONDS >= 31536000


@pytest.mark.parametrize("url", SIGNED_IN_PAGES)
def test_pages_have_no_inline_script_or_style(client, user, clock, url) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    html = client.get(url).content.decode()
    assert parse(html).inline == [], url


def test_templates_have_no_inline_script_or_style() -> None:
    for path in SRC.rglob("templates/**/*.html"):
        found = parse(path.read_text(encoding="utf-8")).inline
        assert found == [], f"{path.relative_to(SRC)}: {found}"


def test_htmx_is_told_not_to_inject_styles_or_eval(client, user, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    html = client.get("/").content.decode()
    assert '"includeIndicatorStyles":false' in html and '"allowEval":false' in html
