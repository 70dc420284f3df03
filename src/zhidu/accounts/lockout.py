"""Lock-out after repeated sign-in failures (GB/T 22239-2019 8.1.4.1 b: 应具有登录失败处理功能，
应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施).

Per account (the username as typed, whether or not it exists, so the lock says nothing about
existence) and per client address, separately: ``LOCKOUT_FAILURES`` (address:
``LOCKOUT_ADDRESS_FAILURES``) failed passwords or second-factor codes within ``LOCKOUT_WINDOW_MINUTES``
lock it until that window has passed since the failure that locked it. Attempts refused while locked
do not count (they would otherwise keep the lock going for ever); a completed sign-in clears the
account's count, not the address's. The clock is ``django.utils.timezone.now``.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from .models import SignInAttempt


@dataclass(frozen=True)
class LockState:
    account_until: dt.datetime | None = None
    address_until: dt.datetime | None = None

    @property
    def locked(self) -> bool:
        return self.account_until is not None or self.address_until is not None

    @property
    def until(self) -> dt.datetime | None:
        return max((t for t in (self.account_until, self.address_until) if t is not None), default=None)


def window() -> dt.timedelta:
    return dt.timedelta(minutes=settings.LOCKOUT_WINDOW_MINUTES)


def normal_username(username: str) -> str:
    return str(username).strip().casefold()[:150]


def client_address(request: HttpRequest | None) -> str:
    """The client's address: REMOTE_ADDR, or behind a reverse proxy the header it sets
    (``CLIENT_ADDRESS_HEADER``, e.g. HTTP_X_REAL_IP; of a list, the entry the nearest proxy added)."""
    if request is None:
        return ""
    candidates = []
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        candidates.append(str(request.META.get(header, "")).split(",")[-1].strip())
    candidates.append(str(request.META.get("REMOTE_ADDR", "")).strip())
    for value in candidates:
        try:
            return str(ipaddress.ip_address(value))
        except ValueError:
            continue
    return ""


def state(username: str, address: str, now: dt.datetime | None = None) -> LockState:
    """Whether the account and/or the address is locked now, and until when."""
    now = now or timezone.now()
    since = now - window()
    account = SignInAttempt.objects.filter(
        username=normal_username(username), locked_account=True, at__gt=since
    ).aggregate(last=Max("at"))["last"]
    addr = None
    if address:
        addr = SignInAttempt.objects.filter(address=address, locked_address=True, at__gt=since).aggregate(
            last=Max("at")
        )["last"]
    return LockState(account + window() if account else None, addr + window() if addr else None)


def record(username: str, address: str, outcome: str) -> LockState:
    """Record an attempt; for a failure, lock the account and/or address if it reached the limit.
    Returns the locks this attempt set (empty for anything but a locking failure)."""
    now = timezone.now()
    name = normal_username(username)
    attempt = SignInAttempt.objects.create(at=now, username=name, address=address, outcome=outcome)
    if outcome not in SignInAttempt.FAILURES:
        return LockState()
    since = now - window()
    last_success = SignInAttempt.objects.filter(username=name, outcome=SignInAttempt.SUCCEEDED, at__gt=since).aggregate(
        last=Max("at")
    )["last"]
    account_failures = SignInAttempt.objects.filter(
        username=name, outcome__in=SignInAttempt.FAILURES, at__gt=max(since, last_success or since)
    ).count()
    address_failures = (
        SignInAttempt.objects.filter(address=address, outcome__in=SignInAttempt.FAILURES, at__gt=since).count()
        if address
        else 0
    )
    attempt.locked_account = account_failures >= settings.LOCKOUT_FAILURES
    attempt.locked_address = bool(address) and address_failures >= settings.LOCKOUT_ADDRESS_FAILURES
    if attempt.locked_account or attempt.locked_address:
        attempt.save(update_fields=["locked_account", "locked_address"])
    until = now + window()
    return LockState(until if attempt.locked_account else None, until if attempt.locked_address else None)


def message(lock: LockState) -> tuple[str, str]:
    """The bilingual notice for a lock: which one (account or address) and until when (local time)."""
    until = timezone.localtime(lock.until).strftime("%H:%M") if lock.until else ""
    minutes = settings.LOCKOUT_WINDOW_MINUTES
    if lock.account_until is not None:
        what_zh, what_en = "该账号", "This account"
        n = settings.LOCKOUT_FAILURES
    else:
        what_zh, what_en = "您所在的网络地址", "Your network address"
        n = settings.LOCKOUT_ADDRESS_FAILURES
    return (
        f"{what_zh}在 {minutes} 分钟内登录失败 {n} 次，已被锁定，请于 {until} 之后再试。",
        f"{what_en} is locked after {n} failed sign-ins within {minutes} minutes; try again after {until}.",
    )
