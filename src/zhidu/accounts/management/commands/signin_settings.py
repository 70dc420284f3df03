"""``zhidu manage signin_settings [SLUG] [--idle-minutes N|default] [--require-2fa yes|no] --reason TEXT``:
show or change an agency's sign-in settings (the system administrator's job); a change is recorded in
the ledger's system log with its reason."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from zhidu.agencies.models import Agency


def _describe(agency: Agency) -> str:
    idle = agency.idle_timeout_minutes
    idle_text = f"{idle}" if idle else f"{settings.IDLE_TIMEOUT_MINUTES}（默认 / default）"
    two = "是 / yes" if agency.require_2fa else "否 / no"
    return f"{agency.slug:<16} 空闲超时 / idle timeout: {idle_text} 分钟 / min · 要求双因素 / require 2FA: {two}"


class Command(BaseCommand):
    help = "查看或修改机构的登录设置 / show or change an agency's sign-in settings"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("slug", nargs="?")
        parser.add_argument("--idle-minutes", help="1–1440, 或 default 用系统默认 / or 'default'")
        parser.add_argument("--require-2fa", choices=["yes", "no"])
        parser.add_argument("--reason", default="", help="修改原因（修改时必填）/ why (required for a change)")

    def handle(
        self, *args: Any, slug: str | None, idle_minutes: str | None, require_2fa: str | None, reason: str, **kw: Any
    ) -> None:
        if slug is None:
            for agency in Agency.objects.all():
                self.stdout.write(_describe(agency))
            return
        agency = Agency.objects.filter(slug=slug).first()
        if agency is None:
            raise CommandError(f"没有机构 {slug!r} / no agency {slug!r}")
        if idle_minutes is None and require_2fa is None:
            self.stdout.write(_describe(agency))
            return
        if not reason.strip():
            raise CommandError("修改须写明原因（--reason） / a change needs a reason (--reason)")
        before = {"idle_timeout_minutes": agency.idle_timeout_minutes, "require_2fa": agency.require_2fa}
        if idle_minutes is not None:
            if idle_minutes == "default":
                agency.idle_timeout_minutes = None
            else:
                try:
                    minutes = int(idle_minutes)
                except ValueError:
                    minutes = 0
                if not 1 <= minutes <= 24 * 60:
                    raise CommandError("空闲超时应为 1–1440 分钟或 default / idle minutes: 1–1440 or 'default'")
                agency.idle_timeout_minutes = minutes
        if require_2fa is not None:
            agency.require_2fa = require_2fa == "yes"
        after = {"idle_timeout_minutes": agency.idle_timeout_minutes, "require_2fa": agency.require_2fa}
        from zhidu.ledger import service as ledger

        with transaction.atomic(), ledger.context(actor_name=ledger.cli_actor_name(), reason=reason):
            agency.save(update_fields=["idle_timeout_minutes", "require_2fa"])
            ledger.record("agency.signin_settings", category="system", obj=agency, before=before, after=after)
        self.stdout.write(_describe(agency))
