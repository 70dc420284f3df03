"""Demo accounts: one per role of DESIGN §7 in each agency, and each agency's own three administrators
(三员: ``<slug>.system_admin``, ``.security_admin``, ``.audit_admin``; docs/permissions.md), sharing one
random password that is shown only when the accounts are created. The password meets the password
policy (``passwords``): a given one is checked, a generated one is drawn until it does."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.db import transaction

from zhidu.agencies.models import Agency
from zhidu.core.roles import ADMIN_ROLES, PERSON_ROLES

from .models import RoleAssignment, User
from .passwords import check_password_policy, password_problems

DEMO_MARK = "demo"


@dataclass(frozen=True)
class DemoAccounts:
    password: str
    usernames: list[tuple[str, str, str]]  # (username, role name, agency name)


def demo_username(slug: str, role: str) -> str:
    return f"{slug}.{role}"


def generate_password() -> str:
    """A random password (72 bits after the prefix) that meets the policy."""
    while True:
        candidate = "zhidu-" + secrets.token_urlsafe(9)
        if password_problems(candidate) == ([], []):
            return candidate


@transaction.atomic
def ensure_demo_accounts(password: str | None = None) -> DemoAccounts | None:
    """Create the demo accounts if none exist yet; return them (with the password) when created."""
    if User.objects.filter(last_name=DEMO_MARK).exists():
        return None
    if password is None:
        password = generate_password()
    check_password_policy(password)
    made: list[tuple[str, str, str]] = []
    for agency in Agency.objects.all():
        for role in PERSON_ROLES + ADMIN_ROLES:  # business roles, then the agency's own 三员 (one each)
            name = demo_username(agency.slug, role.id)
            user = User(username=name, agency=agency, display_name=f"{role.name_zh}（演示）", last_name=DEMO_MARK)
            user.set_password(password)
            user.save()
            RoleAssignment.objects.create(user=user, agency=agency, role=role.id)
            made.append((name, role.name_zh, agency.name))
    return DemoAccounts(password, made)


def describe(accounts: DemoAccounts) -> str:
    lines = ["", "演示账号 / demo accounts (每个机构每个角色一个 / one per role per agency):"]
    lines += [f"  {u:<34} {r:<16} {a}" for u, r, a in accounts.usernames]
    lines += ["", f"  共用密码 / shared password: {accounts.password}", "  （此密码只显示这一次 / shown only now）", ""]
    return "\n".join(lines)
