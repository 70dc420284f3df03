"""Granting and revoking roles, and making accounts exist — with the rules of 三员分立.

- An account holds business roles (chief, staff …) or one administrator role (system_admin,
  security_admin, audit_admin), never both, never two administrator roles, in overlapping periods.
  ``check_compatible`` says why not (Chinese and English); ``zhidu.access.apps`` runs it before every save
  of a RoleAssignment, whoever saves it, so the rule holds for the CLI, the API and the demo data alike.
- Only a security administrator grants and revokes (the permission table), within their agency, and
  never on their own account: nobody raises or lowers their own rights, and no administrator can give
  another administrator a second administrator role (the first rule).
- Only a system administrator creates and deactivates accounts of their agency; a new account has no
  role until a security administrator grants one.

Every change is a save of a zhidu model, so the ledger records it (RoleAssignment in the security log).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.roles import ADMIN_ROLE_IDS, ROLE_BY_ID

from .errors import Denied
from .policy import SECURITY_ADMIN, SYSTEM_ADMIN, can
from .subject import subject_of

MAX_REASON = 500


def _name(role: str) -> str:
    r = ROLE_BY_ID.get(role)
    return f"{r.name_zh}（{role}）" if r else role


def overlapping(user_id: int, valid_from: dt.date, valid_to: dt.date | None, exclude: int | None = None) -> Any:
    """The user's role assignments whose period meets [valid_from, valid_to]."""
    qs = RoleAssignment.objects.filter(user_id=user_id).filter(Q(valid_to__isnull=True) | Q(valid_to__gte=valid_from))
    if valid_to is not None:
        qs = qs.filter(valid_from__lte=valid_to)
    if exclude is not None:
        qs = qs.exclude(pk=exclude)
    return qs


def check_compatible(
    user_id: int, role: str, valid_from: dt.date, valid_to: dt.date | None, exclude: int | None = None
) -> None:
    """Raise BadInput (field ``role``) if holding ``role`` over the period would give the account two
    administrator roles, or an administrator role and a business role, at the same time."""
    for other in overlapping(user_id, valid_from, valid_to, exclude).only("role", "valid_from", "valid_to"):
        if other.role == role:
            continue
        if role in ADMIN_ROLE_IDS and other.role in ADMIN_ROLE_IDS:
            raise BadInput(
                f"三员分立：同一账号不得同时担任{_name(other.role)}和{_name(role)}",
                f"separation of the three administrators: one account may not be both {other.role} and {role}",
                "role",
            )
        if (role in ADMIN_ROLE_IDS) != (other.role in ADMIN_ROLE_IDS):
            admin, business = (role, other.role) if role in ADMIN_ROLE_IDS else (other.role, role)
            raise BadInput(
                f"管理员角色{_name(admin)}与业务角色{_name(business)}不得由同一账号担任",
                f"an administrator role ({admin}) and a business role ({business}) may not be held by one account",
                "role",
            )


def check_assignment(instance: RoleAssignment) -> None:
    """The ``pre_save`` check of every RoleAssignment (see ``zhidu.access.apps``)."""
    role = ROLE_BY_ID.get(instance.role)
    if role is None or role.body:
        raise BadInput(f"未知角色 {instance.role!r}", f"unknown role {instance.role!r}", "role")
    check_compatible(instance.user_id, instance.role, instance.valid_from, instance.valid_to, exclude=instance.pk)


@contextmanager
def ledger_context(actor: Any, reason: str) -> Iterator[None]:
    """The ledger's context (actor and reason of the entries written inside), when the ledger provides one."""
    try:
        from zhidu.ledger import service as ledger
    except ImportError:  # pragma: no cover — the ledger app ships its service
        yield
        return
    ctx = getattr(ledger, "context", None)
    if ctx is None:  # pragma: no cover
        yield
        return
    with ctx(actor=actor, reason=reason):
        yield


def _require(actor: Any, action: str, resource: str, obj: Any) -> None:
    decision = can(actor, action, resource, obj)
    if not decision.allowed:
        raise Denied.of(decision)


def _not_self(actor: Any, target: User, zh: str, en: str) -> None:
    if actor is not None and getattr(actor, "pk", None) == target.pk:
        raise Denied(zh, en, 403)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value: str, field: str, limit: int) -> str:
    """``value`` stripped; BadInput (naming ``field``) if longer than ``limit`` or holding control characters
    (a NUL byte, which PostgreSQL cannot store, among them)."""
    value = (value or "").strip()
    if _CONTROL.search(value):
        raise BadInput(f"{field} 含有控制字符", f"{field} contains control characters", field)
    if len(value) > limit:
        raise BadInput(f"{field} 最多 {limit} 个字符", f"{field} must be at most {limit} characters", field)
    return value


def _reason(reason: str) -> str:
    return text(reason, "reason", MAX_REASON)


def admin_agency(actor: Any, role: str) -> Agency:
    """The agency in which ``actor`` holds administrator ``role`` today (the default agency of their acts)."""
    agencies = subject_of(actor).holdings.get(role, frozenset())
    if len(agencies) != 1:
        raise BadInput("请指明机构", "name the agency", "agency")
    return Agency.objects.get(pk=next(iter(agencies)))


def find_agency(slug: str) -> Agency:
    agency = None if _CONTROL.search(slug) else Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise NotFound(f"没有机构 {slug[:60]!r}", f"no agency {slug[:60]!r}", "agency")
    return agency


def find_user(actor: Any, username: str) -> User:
    """The account named ``username``, if ``actor`` may see it (else 404, as if it did not exist)."""
    user = None if _CONTROL.search(username) else User.objects.filter(username=username).first()
    if user is None or not can(actor, "read", "user", user).allowed:
        raise NotFound(f"没有账号 {username[:60]!r}", f"no account {username[:60]!r}", "username")
    return user


@transaction.atomic
def grant(
    actor: Any,
    user: User,
    role: str,
    agency: Agency,
    *,
    section: str = "",
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
    reason: str = "",
) -> RoleAssignment:
    """``actor`` (a security administrator of ``agency``) gives ``user`` ``role`` in ``agency`` from
    ``valid_from`` (default today). Refused (``Denied``/``BadInput``) by the table or by 三员分立."""
    reason = _reason(reason)
    r = ROLE_BY_ID.get(role)
    if r is None or r.body:
        raise BadInput(f"未知角色 {role[:40]!r}", f"unknown role {role[:40]!r}", "role")
    start = valid_from or timezone.localdate()
    if valid_to is not None and valid_to < start:
        raise BadInput("结束日期早于开始日期", "valid_to is before valid_from", "valid_to")
    assignment = RoleAssignment(
        user=user, agency=agency, role=role, section=text(section, "section", 60), valid_from=start, valid_to=valid_to
    )
    _require(actor, "grant", "role_assignment", assignment)
    _not_self(
        actor,
        user,
        "三员分立：不得为自己的账号授予角色",
        "separation of duties: you may not grant a role to your own account",
    )
    if not user.is_active:
        raise BadInput("该账号已停用", "this account is deactivated", "username")
    if user.agency_id is not None and user.agency_id != agency.pk:
        raise BadInput(
            "只能在账号所属机构内授予角色", "a role can only be granted in the account's own agency", "agency"
        )
    check_compatible(user.pk, role, start, valid_to)
    with ledger_context(actor, reason):
        assignment.save()
    return assignment


@transaction.atomic
def revoke(actor: Any, assignment: RoleAssignment, *, reason: str = "") -> str:
    """End ``assignment``: from today on the user no longer holds the role. A grant that has not yet
    taken effect before today is removed (the ledger keeps it); an earlier one ends yesterday, so
    "who held it on that day" stays answerable. Returns ``"ended"`` or ``"removed"``."""
    reason = _reason(reason)
    _require(actor, "revoke", "role_assignment", assignment)
    _not_self(
        actor,
        assignment.user,
        "三员分立：不得撤销自己账号的角色",
        "separation of duties: you may not revoke a role of your own account",
    )
    today = timezone.localdate()
    if assignment.valid_to is not None and assignment.valid_to < today:
        raise BadInput("该角色已结束", "this role assignment has already ended", "id")
    with ledger_context(actor, reason):
        if assignment.valid_from >= today:
            assignment.delete()
            return "removed"
        assignment.valid_to = today - dt.timedelta(days=1)
        assignment.save(update_fields=["valid_to"])
    return "ended"


@transaction.atomic
def create_user(
    actor: Any,
    username: str,
    *,
    agency: Agency,
    password: str,
    display_name: str = "",
    reason: str = "",
) -> User:
    """``actor`` (a system administrator of ``agency``) creates an account with no role."""
    reason = _reason(reason)
    user = User(username=username.strip(), agency=agency, display_name=text(display_name, "display_name", 50))
    _require(actor, "create", "user", user)
    if _CONTROL.search(password or ""):
        raise BadInput("密码含有控制字符", "password contains control characters", "password")
    try:
        User._meta.get_field("username").run_validators(user.username)
    except ValidationError as exc:
        zh, en = "用户名只能包含字母、数字和 @/./+/-/_", f"invalid username: {' '.join(exc.messages)}"
        raise BadInput(zh, en, "username") from None
    if not user.username or len(user.username) > 150:
        raise BadInput("用户名应为 1–150 个字符", "username must be 1–150 characters", "username")
    if User.objects.filter(username=user.username).exists():
        raise BadInput(f"用户名 {user.username!r} 已被使用", f"username {user.username!r} is taken", "username")
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise BadInput(
            "密码不符合要求：" + "；".join(exc.messages), "password rejected: " + " ".join(exc.messages), "password"
        ) from None
    user.set_password(password)
    with ledger_context(actor, reason):
        user.save()
    return user


@transaction.atomic
def deactivate_user(actor: Any, user: User, *, reason: str = "") -> User:
    """``actor`` (a system administrator of the user's agency) deactivates the account."""
    reason = _reason(reason)
    _require(actor, "deactivate", "user", user)
    _not_self(actor, user, "不得停用自己的账号", "you may not deactivate your own account")
    if user.is_active:
        user.is_active = False
        with ledger_context(actor, reason):
            user.save(update_fields=["is_active"])
    return user


__all__ = [
    "SECURITY_ADMIN",
    "SYSTEM_ADMIN",
    "admin_agency",
    "check_assignment",
    "check_compatible",
    "create_user",
    "deactivate_user",
    "find_agency",
    "find_user",
    "grant",
    "ledger_context",
    "revoke",
    "text",
]
