"""The second factor (TOTP): enrolment confirmed by a code, the code step after the password, replays
refused, agencies that require it (GB/T 22239-2019 8.1.4.1 d: 应采用口令、密码技术、生物技术等两种或两种
以上组合的鉴别技术对用户进行身份鉴别)."""

from __future__ import annotations

import json
import logging
import re

import pyotp
import pytest
from django.test import Client

from zhidu.accounts import totp
from zhidu.accounts.models import SignInAttempt, TotpDevice

from .conftest import ENROL, LOGIN, PASSWORD, VERIFY, security_entries, sign_in, signed_in

pytestmark = pytest.mark.django_db


def secret_on(page: str) -> str:
    """The key as the enrolment page shows it (groups of four)."""
    m = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', page)
    assert m, "no key on the page"
    return m.group(1).replace(" ", "")


def enrol_signed_in(client: Client) -> str:
    page = client.get(ENROL).content.decode()
    secret = secret_on(page)
    r = client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)})
    assert r.status_code == 302, r.content.decode()[:500]
    return secret


@pytest.fixture
def enrolled(client, user, clock):
    """zhang.san with an authenticator, signed out again; returns the secret."""
    assert sign_in(client, "zhang.san", PASSWORD).status_code == 302
    secret = enrol_signed_in(client)
    client.post("/accounts/logout/")
    clock.advance(seconds=30)  # the next step: the enrolment's code is spent
    return secret


# --- enrolment ----------------------------------------------------------------------------------


def test_enrolment_page_shows_key_uri_and_qr_code(client, user, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    page = client.get(ENROL).content.decode()
    secret = secret_on(page)
    assert len(secret) == 32
    assert "otpauth://totp/zhidu:zhang.san?secret=" + secret in page.replace("&amp;", "&")
    assert "<svg" in page and "<path" in page
    # The same key until confirmed (reloading the page does not change it).
    assert secret_on(client.get(ENROL).content.decode()) == secret


def test_enrolment_is_active_only_after_a_valid_code(client, user, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    secret = secret_on(client.get(ENROL).content.decode())
    r = client.post(ENROL, {"action": "confirm", "code": "000000" if totp.current_code(secret) != "000000" else "1"})
    assert r.status_code == 200 and "动态口令不正确" in r.content.decode()
    assert not TotpDevice.objects.filter(user=user).exists()
    r = client.post(ENROL, {"action": "confirm", "code": "12ab"})
    assert "6 位数字" in r.content.decode()
    r = client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)})
    assert r.status_code == 302
    device = TotpDevice.objects.get(user=user)
    assert device.secret == secret
    assert "验证器已启用" in client.get(ENROL).content.decode()
    (entry,) = security_entries("signin.2fa.enrolled")
    assert entry.actor_id == user.pk


def test_a_code_of_the_previous_or_next_step_is_accepted(user, clock) -> None:
    secret = totp.new_secret()
    t = pyotp.TOTP(secret)
    step = t.timecode(clock.now)
    assert totp.matching_step(secret, t.generate_otp(step - 1)) == step - 1
    assert totp.matching_step(secret, t.generate_otp(step + 1)) == step + 1
    assert totp.matching_step(secret, t.generate_otp(step - 2)) is None
    assert totp.matching_step(secret, "12 34 56".replace(" ", "")[:5]) is None


# --- sign-in with a second factor ------------------------------------------------------------------


def test_password_then_code(client, user, enrolled, clock) -> None:
    r = sign_in(client, "zhang.san", PASSWORD, next="/search/")
    assert r.status_code == 302 and r["Location"] == VERIFY
    # Half-way: not signed in, for the pages and the API alike.
    assert not signed_in(client)
    assert client.get("/api/v1/agencies").status_code == 401
    r = client.post(VERIFY, {"code": totp.current_code(enrolled)})
    assert r.status_code == 302 and r["Location"] == "/search/"
    assert signed_in(client)
    assert client.get("/api/v1/agencies").status_code == 200
    (ok,) = security_entries("signin.2fa.success")
    assert ok.actor_id == user.pk
    success = security_entries("signin.success")[-1]
    assert success.meta["second_factor"] is True


def test_a_wrong_code_is_refused_and_counted(client, user, enrolled, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    right = totp.current_code(enrolled)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    r = client.post(VERIFY, {"code": wrong})
    assert r.status_code == 200 and "动态口令不正确" in r.content.decode()
    assert not signed_in(client)
    assert SignInAttempt.objects.filter(outcome=SignInAttempt.CODE_FAILED).count() == 1
    assert len(security_entries("signin.2fa.failure")) == 1
    r = client.post(VERIFY, {"code": right})  # still in the code step: the right code signs in
    assert r.status_code == 302 and signed_in(client)


def test_a_replayed_code_in_the_same_step_is_refused(client, user, enrolled, clock) -> None:
    code = totp.current_code(enrolled)
    sign_in(client, "zhang.san", PASSWORD)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.post("/accounts/logout/")
    other = Client()
    sign_in(other, "zhang.san", PASSWORD)
    r = other.post(VERIFY, {"code": code})  # same step, same code
    assert r.status_code == 200 and "已使用过" in r.content.decode()
    assert not signed_in(other)
    clock.advance(seconds=30)
    assert other.post(VERIFY, {"code": totp.current_code(enrolled)}).status_code == 302


def test_an_earlier_step_after_a_later_one_is_refused(user, enrolled, clock) -> None:
    device = TotpDevice.objects.get(user=user)
    t = pyotp.TOTP(enrolled)
    step = t.timecode(clock.now)
    assert totp.verify(device, t.generate_otp(step + 1))
    assert not totp.verify(device, t.generate_otp(step))  # older than the one used


def test_five_wrong_codes_lock_the_account(client, user, enrolled, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    right = totp.current_code(enrolled)
    wrong = f"{(int(right) + 7) % 1_000_000:06d}"
    for _ in range(4):
        assert client.post(VERIFY, {"code": wrong}).status_code == 200
    r = client.post(VERIFY, {"code": wrong})
    assert r.status_code == 403 and "已被锁定" in r.content.decode()
    assert client.post(VERIFY, {"code": right}).status_code == 302  # the pending step is gone
    assert client.get(VERIFY)["Location"] == LOGIN
    assert "已被锁定" in sign_in(client, "zhang.san", PASSWORD).content.decode()
    assert len(security_entries("signin.lockout")) == 1


def test_the_code_step_times_out(client, user, enrolled, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    clock.advance(minutes=5, seconds=1)
    r = client.post(VERIFY, {"code": totp.current_code(enrolled)})
    assert r.status_code == 302 and r["Location"] == LOGIN
    assert "登录步骤已超时" in client.get(LOGIN).content.decode()
    assert not signed_in(client)


def test_the_code_step_needs_the_password_step(client, user, enrolled) -> None:
    r = client.get(VERIFY)
    assert r.status_code == 302 and r["Location"] == LOGIN
    r = client.post(VERIFY, {"code": totp.current_code(enrolled)})
    assert r.status_code == 302 and not signed_in(client)


def test_turning_the_authenticator_off_needs_a_code(client, user, enrolled, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    client.post(VERIFY, {"code": totp.current_code(enrolled)})
    clock.advance(seconds=30)
    r = client.post(ENROL, {"action": "remove", "code": "000000"})
    assert TotpDevice.objects.filter(user=user).exists()
    r = client.post(ENROL, {"action": "remove", "code": totp.current_code(enrolled)})
    assert r.status_code == 302
    assert not TotpDevice.objects.filter(user=user).exists()
    assert len(security_entries("signin.2fa.removed")) == 1
    client.post("/accounts/logout/")
    assert sign_in(client, "zhang.san", PASSWORD)["Location"] == "/"  # no code step any more


# --- agencies that require a second factor ----------------------------------------------------------


def test_required_second_factor_forces_enrolment(client, user, agency, clock) -> None:
    agency.require_2fa = True
    agency.save()
    r = sign_in(client, "zhang.san", PASSWORD, next="/a/tongyu-hrss/")
    assert r.status_code == 302 and r["Location"] == ENROL
    # Nothing else until enrolled: every page sends to the sign-in page, the API answers 401.
    for url in ["/", "/search/?q=会议", "/accounts/password/"]:
        assert client.get(url).status_code == 302, url
    assert client.get("/api/v1/agencies").status_code == 401
    assert client.get(VERIFY).status_code == 302
    page = client.get(ENROL).content.decode()
    assert "本机构要求双因素登录" in page
    secret = secret_on(page)
    r = client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)})
    assert r.status_code == 302 and r["Location"] == "/a/tongyu-hrss/"
    assert signed_in(client)
    assert [e.action for e in security_entries() if e.action.startswith("signin.")][-3:] == [
        "signin.2fa.enrolled",
        "signin.2fa.success",
        "signin.success",
    ]
    # Next time: the code step, and the authenticator cannot be turned off.
    client.post("/accounts/logout/")
    clock.advance(seconds=30)
    assert sign_in(client, "zhang.san", PASSWORD)["Location"] == VERIFY
    client.post(VERIFY, {"code": totp.current_code(secret)})
    clock.advance(seconds=30)
    r = client.post(ENROL, {"action": "remove", "code": totp.current_code(secret)})
    assert "不能停用" in r.content.decode()
    assert TotpDevice.objects.filter(user=user).exists()


def test_enrolment_page_needs_a_signed_in_or_pending_user(client) -> None:
    r = client.get(ENROL)
    assert r.status_code == 302 and r["Location"].startswith(LOGIN)


def test_reset_command_removes_the_authenticator(user, enrolled) -> None:
    from django.core.management import call_command

    call_command("reset_2fa", "zhang.san", reason="lost phone")
    assert not TotpDevice.objects.filter(user=user).exists()
    entry = security_entries("signin.2fa.removed")[-1]
    assert entry.reason == "lost phone"


# --- secrets stay secret ------------------------------------------------------------------------------


def test_the_secret_is_never_in_the_ledger_or_the_logs(client, user, agency, clock, caplog) -> None:
    from zhidu.ledger.models import LedgerEntry

    caplog.set_level(logging.DEBUG)
    agency.require_2fa = True
    agency.save()
    sign_in(client, "zhang.san", PASSWORD)
    secret = secret_on(client.get(ENROL).content.decode())
    client.post(ENROL, {"action": "confirm", "code": totp.current_code(secret)})
    client.post("/accounts/logout/")
    clock.advance(seconds=30)
    sign_in(client, "zhang.san", PASSWORD)
    client.post(VERIFY, {"code": "000000"})
    client.post(VERIFY, {"code": totp.current_code(secret)})
    device = TotpDevice.objects.get(user=user)
    assert device.secret == secret
    entries = list(LedgerEntry.objects.all())
    assert any(e.obj_type == "accounts.TotpDevice" for e in entries)  # captured, with the secret hidden
    dumped = json.dumps([[e.before, e.after, e.meta, e.reason] for e in entries], ensure_ascii=False)
    assert secret not in dumped
    assert secret not in caplog.text
    assert secret not in repr(device) and secret not in str(device)
