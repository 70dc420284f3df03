"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu workflow remind [--on DATE]     remind tasks due soon, escalate (督办) overdue ones; run daily
zhidu workflow overdue [AGENCY] [--on DATE]   list overdue tasks
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_remind(args: argparse.Namespace) -> int:
    from zhidu.core.org import parse_date_or_today
    from zhidu.ledger import service as ledger

    from . import service

    with ledger.context(reason="每日提醒与督办 / daily reminders"):
        print(service.remind(parse_date_or_today(args.on)).line())
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from zhidu.core.org import parse_date_or_today
    from zhidu.rulebook import service as rulebook

    from . import service

    on = parse_date_or_today(args.on)
    agency = rulebook.get_agency(args.agency) if args.agency else None
    rows = list(service.overdue(agency, on))
    for t in rows:
        late = service.working_days_late(t.due, on) if t.due else 0
        print(f"{t.agency.slug}\t{t.due}\t超期{late}个工作日\t{t.assignee_name}\t{t.title}")
    print(f"共 {len(rows)} 件 / {len(rows)} overdue")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("workflow", help="待办、提醒与督办 / tasks, reminders, escalation")
    ws = p.add_subparsers(dest="workflow_cmd", required=True)
    r = ws.add_parser("remind", help="提醒将到期的待办、督办超期的 / remind due tasks, escalate overdue ones")
    r.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    r.set_defaults(func=cmd_remind)
    o = ws.add_parser("overdue", help="列出超期待办 / list overdue tasks")
    o.add_argument("agency", nargs="?", help="机构标识 / agency slug")
    o.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    o.set_defaults(func=cmd_overdue)
