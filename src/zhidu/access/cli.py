"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

    zhidu access docs [--out docs/permissions.md]        render the permission table
    zhidu access grant USERNAME ROLE --agency SLUG [--section S] [--from DATE] [--reason R]
    zhidu access revoke ID [--reason R]
    zhidu access roles USERNAME                          a user's role assignments

``grant`` and ``revoke`` are the console's: whoever runs them on the server acts as its operator (that is
how the first administrators are given). They obey the separation rules of 三员分立 like every other
save of a role assignment, and the ledger records them (security log, actor ``cli:<login>``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any


def _date(text: str | None) -> dt.date | None:
    from zhidu.core.errors import BadInput

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"日期格式应为 YYYY-MM-DD：{text!r}", f"date must be YYYY-MM-DD: {text!r}", "from") from None


def cmd_access(args: argparse.Namespace) -> int:
    if args.action == "docs":
        from .docs import write

        path = write(Path(args.out))
        print(f"已写入 / wrote {path}")
        return 0
    from django.db import transaction

    from zhidu.accounts.models import RoleAssignment, User
    from zhidu.core.errors import BadInput, NotFound
    from zhidu.core.roles import ROLE_BY_ID

    from . import service

    def user_named(name: str) -> Any:
        user = User.objects.filter(username=name).first()
        if user is None:
            raise NotFound(f"没有账号 {name!r}", f"no account {name!r}", "username")
        return user

    if args.action == "roles":
        user = user_named(args.target)
        for a in RoleAssignment.objects.filter(user=user).select_related("agency").order_by("valid_from"):
            to = a.valid_to.isoformat() if a.valid_to else "…"
            name = ROLE_BY_ID[a.role].name_zh if a.role in ROLE_BY_ID else a.role
            print(f"{a.pk:>6}  {a.agency.slug:<16} {a.role:<18} {name}  {a.valid_from.isoformat()} – {to}  {a.section}")
        return 0
    if args.action == "grant":
        if not args.role or not args.agency:
            raise BadInput("grant 需要角色和 --agency", "grant needs a role and --agency", "role")
        user = user_named(args.target)
        role = ROLE_BY_ID.get(args.role)
        if role is None or role.body:
            raise BadInput(f"未知角色 {args.role!r}", f"unknown role {args.role!r}", "role")
        agency = service.find_agency(args.agency)
        if user.agency_id is not None and user.agency_id != agency.pk:
            zh, en = "只能在账号所属机构内授予角色", "a role can only be granted in the account's own agency"
            raise BadInput(zh, en, "agency")
        start = _date(args.valid_from) or dt.date.today()
        with transaction.atomic(), service.ledger_context(None, args.reason or ""):
            a = RoleAssignment.objects.create(
                user=user, agency=agency, role=role.id, section=args.section or "", valid_from=start
            )
        print(f"已授予 / granted #{a.pk}: {user.username} {role.id} ({role.name_zh}) @ {agency.slug} from {start}")
        return 0
    if args.action == "revoke":
        try:
            pk = int(args.target)
        except ValueError:
            raise BadInput("revoke 需要授予记录编号", "revoke needs the id of a role assignment", "id") from None
        a = RoleAssignment.objects.filter(pk=pk).first()
        if a is None:
            raise NotFound(f"没有授予记录 {pk}", f"no role assignment {pk}", "id")
        today = dt.date.today()
        if a.valid_to is not None and a.valid_to < today:
            raise BadInput("该角色已结束", "this role assignment has already ended", "id")
        with transaction.atomic(), service.ledger_context(None, args.reason or ""):
            if a.valid_from >= today:
                a.delete()
                print(f"已删除（尚未生效）/ removed (not yet in force) #{pk}")
            else:
                a.valid_to = today - dt.timedelta(days=1)
                a.save(update_fields=["valid_to"])
                print(f"已撤销，至 {a.valid_to} 止 / revoked, ended {a.valid_to} #{pk}")
        return 0
    raise BadInput(f"未知操作 {args.action}", f"unknown action {args.action}")


def register(sub: Any) -> None:
    """Add this app's subcommands to the ``zhidu`` parser (``sub`` is its subparsers object)."""
    s = sub.add_parser("access", help="permissions: the table's docs, grant/revoke roles at the console")
    s.add_argument("action", choices=["docs", "grant", "revoke", "roles"])
    s.add_argument("target", nargs="?", help="username (grant, roles) or assignment id (revoke)")
    s.add_argument("role", nargs="?", help="role id (grant)")
    s.add_argument("--agency", help="agency slug (grant)")
    s.add_argument("--section", default="", help="section (grant)")
    s.add_argument("--from", dest="valid_from", help="first day, YYYY-MM-DD (grant; default today)")
    s.add_argument("--reason", default="", help="reason, kept in the ledger")
    s.add_argument("--out", default="docs/permissions.md", help="where docs writes (docs)")
    s.set_defaults(func=cmd_access)
