"""``zhidu manage reset_2fa USERNAME --reason TEXT``: remove a user's authenticator (a lost phone),
recorded in the ledger; at the next sign-in they enrol again (at once if their agency requires it)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from zhidu.accounts import events
from zhidu.accounts.models import TotpDevice, User


class Command(BaseCommand):
    help = "移除用户的动态口令验证器（记入审计台账） / remove a user's authenticator (recorded in the ledger)"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        parser.add_argument("--reason", required=True, help="原因 / why (e.g. lost phone)")

    def handle(self, *args: Any, username: str, reason: str, **options: Any) -> None:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"没有用户 {username!r} / no user {username!r}")
        removed, _ = TotpDevice.objects.filter(user=user).delete()
        if not removed:
            raise CommandError(f"用户 {username} 没有验证器 / {username} has no authenticator")
        events.record("signin.2fa.removed", obj=user, username=username, reason=reason, by="reset_2fa")
        self.stdout.write(f"已移除 {username} 的验证器 / removed the authenticator of {username}")
