"""Demo accounts: one per role of DESIGN §7 in each agency, sharing one random password that is
shown only when the accounts are created."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.db import transaction

from zhidu.agencies.models import Agency
from zhidu.core.roles import PERSON_ROLES

from .models import RoleAssignment, User

DEMO_MARK = "demo"


@dataclass(frozen=True)
class DemoAccounts:
    password: str
    usernames: list[tuple[str, str, str]]  # (username, role name, agency name)


def demo_username(slug: str, role: str) -> str:
    return f"{slug}.{role}"


@transaction.atomic
def ensure_demo_accounts(password: str | None = None) -> DemoAccounts | None:
    """Create the demo accounts if none exist yet; return them (with the password) when created."""
    if User.objects.filter(last_name=DEMO_MARK).exists():
        return None
    password = password or "zhidu-" + secrets.token_urlsafe(9)
    made: list[tuple[str, str, str]] = []
    for agency in Agency.objects.all():
        for role in PERSON_ROLES:
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
