"""Idle session timeout: 30 minutes by default, the agency's own where it sets one
(GB/T 22239-2019 8.1.4.1 b: 当登录连接超时自动退出)."""

from __future__ import annotations

import pytest
from django.conf import settings

from zhidu.accounts.signals import SEEN

from .conftest import PASSWORD, security_entries, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(client, user, clock):
    assert sign_in(client, "zhang.san", PASSWORD).status_code == 302
    return client


def test_default_is_thirty_minutes() -> None:
    assert settings.IDLE_TIMEOUT_MINUTES == 30


def test_at_29_minutes_still_signed_in_at_30_out(session, clock) -> None:
    clock.advance(minutes=29)
    assert session.get("/").status_code == 200
    clock.advance(minutes=29, seconds=59)  # idle since the last page: 29:59
    assert session.get("/").status_code == 200
    clock.advance(minutes=30)
    r = session.get("/a/tongyu-hrss/?x=1")
    assert r.status_code == 302
    assert r["Location"] == "/accounts/login/?next=/a/tongyu-hrss/%3Fx%3D1"
    # Signed out for good: the next request is anonymous, and the sign-in page says why.
    assert session.get("/").status_code == 302
    page = session.get(r["Location"]).content.decode()
    assert "长时间未操作" in page
    (entry,) = security_entries("signout.idle")
    assert entry.meta["username"] == "zhang.san"


def test_the_notice_in_english(session, clock) -> None:
    session.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    clock.advance(minutes=30)
    r = session.get("/", follow=True)
    assert "period of inactivity" in r.content.decode()


def test_the_agency_sets_its_own_timeout(session, agency, clock) -> None:
    agency.idle_timeout_minutes = 10
    agency.save()
    clock.advance(minutes=9, seconds=59)
    assert session.get("/").status_code == 200
    clock.advance(minutes=10)
    assert session.get("/").status_code == 302


def test_a_user_without_an_agency_has_the_default(client, make_user, clock) -> None:
    make_user("admin.x", agency=None)
    assert sign_in(client, "admin.x", PASSWORD).status_code == 302
    clock.advance(minutes=29)
    assert client.get("/").status_code == 200
    clock.advance(minutes=30)
    assert client.get("/").status_code == 302


def test_the_api_answers_401_json(session, clock) -> None:
    assert session.get("/api/v1/agencies").status_code == 200
    clock.advance(minutes=30)
    r = session.get("/api/v1/agencies")
    assert r.status_code == 401
    err = r.json()["error"]
    assert "长时间未操作" in err["message_zh"] and "inactivity" in err["message_en"]
    assert session.get("/api/v1/agencies").status_code == 401


def test_htmx_requests_are_sent_to_the_sign_in_page(session, clock) -> None:
    clock.advance(minutes=31)
    r = session.get("/search/?q=会议", HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and r["HX-Redirect"] == "/accounts/login/"


def test_activity_is_written_at_most_once_a_minute(session, clock) -> None:
    first = session.session[SEEN]
    clock.advance(seconds=30)
    session.get("/")
    assert session.session[SEEN] == first  # no session write for a page within the minute
    clock.advance(seconds=30)
    session.get("/")
    assert session.session[SEEN] == first + 60


def test_the_system_administrator_sets_an_agency_from_the_command_line(agency) -> None:
    from io import StringIO

    from django.core.management import CommandError, call_command

    from zhidu.ledger.models import LedgerEntry

    out = StringIO()
    call_command(
        "signin_settings", "tongyu-hrss", idle_minutes="15", require_2fa="yes", reason="等保测评整改", stdout=out
    )
    agency.refresh_from_db()
    assert agency.idle_timeout_minutes == 15 and agency.require_2fa is True
    entry = LedgerEntry.objects.filter(action="agency.signin_settings").get()
    assert entry.category == "system" and entry.reason == "等保测评整改"
    assert entry.before == {"idle_timeout_minutes": None, "require_2fa": False}
    assert entry.after == {"idle_timeout_minutes": 15, "require_2fa": True}
    with pytest.raises(CommandError):
        call_command("signin_settings", "tongyu-hrss", idle_minutes="0", reason="x")
    with pytest.raises(CommandError):
        call_command("signin_settings", "tongyu-hrss", require_2fa="no")  # no reason
    call_command("signin_settings", "tongyu-hrss", idle_minutes="default", reason="恢复默认", stdout=out)
    agency.refresh_from_db()
    assert agency.idle_timeout_minutes is None
