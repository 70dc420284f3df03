"""Lock-out after repeated failures, per account and per client address, separately
(GB/T 22239-2019 8.1.4.1 b; settings LOCKOUT_FAILURES=5, LOCKOUT_WINDOW_MINUTES=15)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth import authenticate
from django.test import Client

from zhidu.accounts import lockout
from zhidu.accounts.models import SignInAttempt

from .conftest import PASSWORD, WRONG, security_entries, sign_in, signed_in

pytestmark = pytest.mark.django_db

LOCKED_ZH = "已被锁定"
LOCKED_EN = "is locked"


def fail(client: Client, username: str, times: int, *, addresses: list[str] | None = None) -> None:
    for i in range(times):
        address = addresses[i] if addresses else "127.0.0.1"
        r = sign_in(client, username, WRONG, address)
        assert r.status_code == 200, r.status_code  # the form again, with an error


def test_settings_hold_the_figures() -> None:
    assert settings.LOCKOUT_FAILURES == 5
    assert settings.LOCKOUT_ADDRESS_FAILURES == 5
    assert settings.LOCKOUT_WINDOW_MINUTES == 15


def test_a_wrong_password_says_so_in_both_languages(client, user, clock) -> None:
    r = sign_in(client, "zhang.san", WRONG)
    assert "用户名或密码不正确" in r.content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    r = sign_in(client, "zhang.san", WRONG)
    assert "Wrong username or password" in r.content.decode()


def test_four_failures_still_allow_the_right_password(client, user, clock) -> None:
    fail(client, "zhang.san", 4, addresses=[f"10.0.0.{i}" for i in range(1, 5)])
    r = sign_in(client, "zhang.san", PASSWORD, "10.0.0.9")
    assert r.status_code == 302 and r["Location"] == "/"
    assert signed_in(client)


def test_the_fifth_failure_locks_the_account_from_every_address(client, user, clock) -> None:
    # Five different addresses: no address reaches its own limit; the account does.
    fail(client, "zhang.san", 4, addresses=[f"10.0.0.{i}" for i in range(1, 5)])
    r = sign_in(client, "zhang.san", WRONG, "10.0.0.5")
    page = r.content.decode()
    assert "该账号" in page and LOCKED_ZH in page  # the fifth failure already says locked
    r = sign_in(client, "zhang.san", PASSWORD, "10.0.0.9")
    assert r.status_code == 200 and LOCKED_ZH in r.content.decode()
    assert not signed_in(client)
    # The lock is on the account, not on the addresses: another user signs in from 10.0.0.5.
    other = Client()
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="li.si", password=PASSWORD)
    assert sign_in(other, "li.si", PASSWORD, "10.0.0.5").status_code == 302


def test_the_lock_ends_when_the_window_has_passed(client, user, clock) -> None:
    fail(client, "zhang.san", 5, addresses=[f"10.0.1.{i}" for i in range(1, 6)])
    clock.advance(minutes=14, seconds=59)
    assert LOCKED_ZH in sign_in(client, "zhang.san", PASSWORD, "10.0.1.9").content.decode()
    clock.advance(seconds=1)  # fifteen minutes after the locking failure
    r = sign_in(client, "zhang.san", PASSWORD, "10.0.1.9")
    assert r.status_code == 302
    assert signed_in(client)


def test_attempts_while_locked_do_not_prolong_the_lock(client, user, clock) -> None:
    fail(client, "zhang.san", 5, addresses=[f"10.0.2.{i}" for i in range(1, 6)])
    for _ in range(3):
        clock.advance(minutes=4)
        sign_in(client, "zhang.san", WRONG, "10.0.2.9")  # refused, not counted
    clock.advance(minutes=3)  # 15 minutes after the lock
    assert sign_in(client, "zhang.san", PASSWORD, "10.0.2.9").status_code == 302
    refused = SignInAttempt.objects.filter(outcome=SignInAttempt.REFUSED_LOCKED).count()
    assert refused == 3


def test_failures_spread_over_more_than_the_window_do_not_lock(client, user, clock) -> None:
    for i in range(8):
        sign_in(client, "zhang.san", WRONG, f"10.0.3.{i}")
        clock.advance(minutes=4)  # never five within fifteen minutes
    assert sign_in(client, "zhang.san", PASSWORD, "10.0.3.99").status_code == 302


def test_a_sign_in_clears_the_account_count(client, user, clock) -> None:
    fail(client, "zhang.san", 4, addresses=[f"10.0.4.{i}" for i in range(1, 5)])
    assert sign_in(client, "zhang.san", PASSWORD, "10.0.4.9").status_code == 302
    client.post("/accounts/logout/")
    fail(client, "zhang.san", 4, addresses=[f"10.0.4.{i}" for i in range(11, 15)])
    assert sign_in(client, "zhang.san", PASSWORD, "10.0.4.9").status_code == 302


def test_the_fifth_failure_from_one_address_locks_the_address(client, make_user, clock) -> None:
    for i in range(5):
        make_user(f"user{i}")
    make_user("victim")
    # Five failures from one address, each on a different account: no account reaches its limit.
    for i in range(4):
        sign_in(client, f"user{i}", WRONG, "192.0.2.7")
    assert sign_in(client, "victim", PASSWORD, "192.0.2.7").status_code == 302  # four: still allowed
    client.post("/accounts/logout/")
    r = sign_in(client, "user4", WRONG, "192.0.2.7")
    assert "网络地址" in r.content.decode() and LOCKED_ZH in r.content.decode()
    other = Client()
    r = sign_in(other, "victim", PASSWORD, "192.0.2.7")
    assert r.status_code == 200 and "网络地址" in r.content.decode()
    # The accounts are not locked: the same user from another address signs in.
    assert sign_in(Client(), "victim", PASSWORD, "198.51.100.1").status_code == 302
    # A successful sign-in from the address does not reset its count.
    clock.advance(minutes=15)
    assert sign_in(Client(), "victim", PASSWORD, "192.0.2.7").status_code == 302


def test_a_nonexistent_username_locks_the_same_way(client, user, clock) -> None:
    """The lock says nothing about whether the username exists."""
    fail(client, "nobody-here", 5, addresses=[f"10.0.5.{i}" for i in range(1, 6)])
    fail(client, "zhang.san", 5, addresses=[f"10.0.6.{i}" for i in range(1, 6)])
    clock.advance(seconds=1)
    r1 = sign_in(client, "nobody-here", "Whatever-12", "10.0.7.1").content.decode()
    r2 = sign_in(client, "zhang.san", PASSWORD, "10.0.7.2").content.decode()
    m1 = r1.split('role="alert">')[1].split("<")[0]
    m2 = r2.split('role="alert">')[1].split("<")[0]
    assert m1 == m2 and LOCKED_ZH in m1


def test_the_lock_message_in_english(client, user, clock) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    fail(client, "zhang.san", 5, addresses=[f"10.0.8.{i}" for i in range(1, 6)])
    page = sign_in(client, "zhang.san", PASSWORD, "10.0.8.9").content.decode()
    assert "This account" + " " + LOCKED_EN in page and "15 minutes" in page


def test_usernames_are_counted_case_blind(client, user, clock) -> None:
    fail(client, "Zhang.San", 3, addresses=["10.0.9.1", "10.0.9.2", "10.0.9.3"])
    fail(client, "ZHANG.SAN", 2, addresses=["10.0.9.4", "10.0.9.5"])
    assert LOCKED_ZH in sign_in(client, "zhang.san", PASSWORD, "10.0.9.9").content.decode()


def test_authenticate_itself_respects_the_lock(user, clock) -> None:
    """Any sign-in path (the API included) goes through authenticate() and the backend's lock."""
    for _ in range(5):
        assert authenticate(None, username="zhang.san", password=WRONG) is None
    assert authenticate(None, username="zhang.san", password=PASSWORD) is None
    clock.advance(minutes=15)
    assert authenticate(None, username="zhang.san", password=PASSWORD) == user


def test_client_address_from_a_proxy_header(rf, settings) -> None:
    request = rf.get("/", REMOTE_ADDR="10.1.1.1", HTTP_X_REAL_IP="203.0.113.5")
    assert lockout.client_address(request) == "10.1.1.1"  # headers are not trusted by default
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    assert lockout.client_address(request) == "203.0.113.5"
    request = rf.get("/", REMOTE_ADDR="10.1.1.1", HTTP_X_REAL_IP="not an address")
    assert lockout.client_address(request) == "10.1.1.1"


def test_failures_and_the_lock_are_in_the_ledger(client, user, clock) -> None:
    fail(client, "zhang.san", 5, addresses=[f"10.0.10.{i}" for i in range(1, 6)])
    sign_in(client, "zhang.san", PASSWORD, "10.0.10.9")
    failures = security_entries("signin.failure")
    assert len(failures) == 5
    assert [e.meta["address"] for e in failures] == [f"10.0.10.{i}" for i in range(1, 6)]
    assert all(e.meta["username"] == "zhang.san" and e.obj_id == str(user.pk) for e in failures)
    (lock,) = security_entries("signin.lockout")
    assert lock.meta["account_locked"] is True and lock.meta["address_locked"] is False
    (refused,) = security_entries("signin.refused_locked")
    assert refused.meta["address"] == "10.0.10.9"
    assert not security_entries("signin.success")
    for e in security_entries():
        assert PASSWORD not in str(e.meta) and WRONG not in str(e.meta)


@pytest.mark.parametrize("username", ["bad\x00name", "x" * 151])
def test_impossible_usernames_are_refused_quietly(username: str, clock) -> None:
    assert authenticate(None, username=username, password=PASSWORD) is None
    assert not SignInAttempt.objects.exists()
