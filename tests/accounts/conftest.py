"""Fixtures for the sign-in tests: a controllable clock, users with real passwords, helpers that sign
in through the pages (never ``force_login``, which would skip what is tested)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from zhidu.agencies.models import Agency

PASSWORD = "Correct-horse-7"
WRONG = "wrong-password-1"
LOGIN = "/accounts/login/"
VERIFY = "/accounts/login/verify/"
ENROL = "/accounts/2fa/"


class Clock:
    """Stands in for ``django.utils.timezone.now``: time moves only when the test says so."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    # Mid-step of a 30-second TOTP step, so a test's codes do not straddle a step boundary by accident.
    start = timezone.now().replace(microsecond=0)
    start = start - dt.timedelta(seconds=start.second % 30) + dt.timedelta(seconds=10)
    c = Clock(start)
    monkeypatch.setattr("django.utils.timezone.now", c)
    return c


@pytest.fixture
def agency(db: Any) -> Agency:
    return Agency.objects.get(slug="tongyu-hrss")


@pytest.fixture
def make_user(db: Any, django_user_model: Any, agency: Agency) -> Any:
    def make(username: str = "zhang.san", password: str = PASSWORD, **extra: Any) -> Any:
        extra.setdefault("agency", agency)
        return django_user_model.objects.create_user(username=username, password=password, **extra)

    return make


@pytest.fixture
def user(make_user: Any) -> Any:
    return make_user()


def sign_in(client: Client, username: str, password: str, address: str = "127.0.0.1", **extra: Any) -> Any:
    """POST the sign-in form; a 302 means the password step passed."""
    return client.post(LOGIN, {"username": username, "password": password, **extra}, REMOTE_ADDR=address)


def signed_in(client: Client) -> bool:
    """Whether the client's session is signed in (asked of a page that needs it)."""
    r = client.get("/accounts/password/")
    return r.status_code == 200


def security_entries(action: str | None = None) -> list[Any]:
    from zhidu.ledger.models import LedgerEntry

    qs = LedgerEntry.objects.filter(category="security").order_by("seq")
    if action is not None:
        qs = qs.filter(action=action)
    return list(qs)
