"""Users and their roles. A user belongs to one agency (system administrators to none); what they
may do comes from dated role assignments, so "who held the post on 2026-03-02" is answerable."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractUser
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.core.roles import ROLES

ROLE_CHOICES = [(r.id, r.name_zh) for r in ROLES if not r.body]


class User(AbstractUser):
    ledger_category = "security"  # accounts (created, changed, deactivated): the security log

    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    display_name = models.CharField("姓名", max_length=50, blank=True)

    def roles_on(self, day: dt.date | None = None) -> list[str]:
        day = day or dt.date.today()
        return [
            a.role
            for a in self.role_assignments.all()
            if a.valid_from <= day and (a.valid_to is None or day <= a.valid_to)
        ]

    def __str__(self) -> str:
        return self.display_name or self.username


class RoleAssignment(models.Model):
    """A user holds a role (DESIGN §7) in an agency, optionally for a section, over a date range."""

    ledger_category = "security"  # role grants and revocations: the security log

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(max_length=30, choices=ROLE_CHOICES)
    section = models.CharField("科室", max_length=60, blank=True)
    valid_from = models.DateField(default=dt.date(2000, 1, 1))
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["agency_id", "role", "valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=models.F("valid_from")),
                name="role_assignment_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.agency.slug}"


class SignInAttempt(models.Model):
    """One sign-in attempt, kept for the lock-out count (GB/T 22239-2019 8.1.4.1 b: 登录失败处理).

    ``username`` is the name as typed (whether or not such a user exists), folded to lower case;
    ``address`` the client address. A failure that reaches the limit locks the account
    (``locked_account``) and/or the address (``locked_address``) for the lock-out window."""

    PASSWORD_FAILED = "password_failed"
    CODE_FAILED = "code_failed"
    REFUSED_LOCKED = "refused_locked"
    SUCCEEDED = "succeeded"
    OUTCOMES = [
        (PASSWORD_FAILED, "密码错误"),
        (CODE_FAILED, "动态口令错误"),
        (REFUSED_LOCKED, "已锁定，拒绝"),
        (SUCCEEDED, "成功"),
    ]
    FAILURES = (PASSWORD_FAILED, CODE_FAILED)
    ledger_capture = False  # each attempt is in the ledger already, as its own security entry (events.py)

    at = models.DateTimeField(db_index=True)
    username = models.CharField(max_length=150, db_index=True)
    address = models.CharField(max_length=45, db_index=True)
    outcome = models.CharField(max_length=20, choices=OUTCOMES)
    locked_account = models.BooleanField(default=False)
    locked_address = models.BooleanField(default=False)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "登录尝试"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.username} {self.address} {self.outcome}"


class TotpDevice(models.Model):
    """A user's authenticator (TOTP, RFC 6238): the second factor. ``last_step`` is the time step of
    the last code accepted, so a code is good once only. The secret is never logged nor ledgered."""

    ledger_category = "security"
    ledger_redact = ("secret",)  # the ledger's capture hides it (and any field named *secret*) anyway

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp")
    secret = models.CharField(max_length=64)
    confirmed_at = models.DateTimeField()
    last_step = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "动态口令验证器"

    def __str__(self) -> str:
        return f"TOTP · {self.user}"

    def __repr__(self) -> str:  # never the secret
        return f"<TotpDevice user={self.user_id}>"
