"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu meetings bodies AGENCY [--on DATE]                  decision bodies, members and chief that day
zhidu meetings sync [AGENCY]                              (re)derive the bodies from org.yaml and parameters
zhidu meetings list AGENCY [--body KEY]                   meetings, newest first
zhidu meetings cadence AGENCY [--on DATE] [--json]        each body's cadence; overdue when a period was missed
zhidu meetings minutes MEETING_ID --format docx|pdf --out FILE   the meeting's minutes as a file
zhidu meetings members AGENCY KEY [--on DATE]             one body's members that day (org chart or by hand)
zhidu meetings add-member AGENCY KEY PERSON --since DATE [--until DATE] [--post secretary]
                                                          enter a member by hand (a Party branch's 书记)
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def _on(value: str | None) -> Any:
    from zhidu.core.org import parse_date_or_today

    return parse_date_or_today(value)


def cmd_bodies(args: argparse.Namespace) -> int:
    from . import service

    on = _on(args.on)
    for b in service.bodies(args.agency):
        chief = service.chief_of(b, on)
        names = "、".join(p.name for p in service.members(b, on)) or "—"
        print(f"{b.key}\t{b.name_zh}\t主要负责人 {chief.name if chief else '—'}\t成员 {names}\t{b.cite}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from . import service

    rows = service.sync_bodies(args.agency)
    print(f"{len(rows)} 个会议 / {len(rows)} bodies")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .models import Meeting

    qs = Meeting.objects.filter(agency__slug=args.agency).select_related("body")
    if args.body:
        qs = qs.filter(body__key=args.body)
    rows = list(qs[:500])
    for m in rows:
        print(f"{m.pk}\t{m.date}\t{m.body.name_zh}\t{m.number}\t{m.get_status_display()}")
    print(f"共 {len(rows)} 次 / {len(rows)} meetings")
    return 0


def cmd_cadence(args: argparse.Namespace) -> int:
    from . import service

    rows = service.cadence(args.agency, _on(args.on))
    if args.json:
        out = [
            {
                "body": r.body.key,
                "name": r.body.name_zh,
                "period": r.period,
                "held": r.held,
                "due": r.due.isoformat() if r.due else None,
                "previous_held": r.previous_held,
                "overdue": r.overdue,
                "message_zh": r.message_zh,
                "message_en": r.message_en,
                "cites": r.cites,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        flag = "超期 / OVERDUE" if r.overdue else "正常 / ok"
        print(f"{r.body.key}\t{r.body.name_zh}\t{r.period}\t本期 {r.held} 次\t期限 {r.due or '—'}\t{flag}")
        print(f"\t{r.message_zh}")
    overdue = sum(1 for r in rows if r.overdue)
    print(f"超期 {overdue} 个 / {overdue} overdue")
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from zhidu.core.errors import NotFound

    from . import service
    from .models import Minutes

    x = Minutes.objects.filter(meeting_id=args.meeting_id).select_related("meeting").first()
    if x is None:
        raise NotFound(
            f"会议 {args.meeting_id} 还没有纪要（先生成）", f"meeting {args.meeting_id} has no minutes yet", "meeting"
        )
    data, _, name = service.minutes_file(x, args.format)
    out = args.out or name
    with open(out, "wb") as fh:
        fh.write(data)
    print(f"{out}\t{len(data)} bytes\t{'已归档 / filed' if x.status == Minutes.FILED else '草稿 / draft'}")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from . import queries, service

    on = _on(args.on)
    b = queries.find_body(args.agency, args.key)
    rows = queries.roster(b, on)
    print(f"{b.key}\t{b.name_zh}\t{on.isoformat()}\t{'党支部 / Party branch' if service.is_branch(b) else ''}")
    for r in rows:
        where = f"手工登记 / by hand #{r.row.pk}" if r.row is not None else "组织数据 / org chart"
        dates = f"{r.since or '—'} ~ {r.until or ''}" if r.row is not None else "—"
        chief = "\t主要负责人 / principal" if r.chief else ""
        print(f"{r.person.name}\t{r.post_zh}\t{where}\t{dates}{chief}")
    print(f"共 {len(rows)} 人 / {len(rows)} members")
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from . import service
    from .models import BodyMember

    b = service.body(args.agency, args.key)
    person: int | str = int(args.person) if args.person.isdigit() and len(args.person) <= 18 else args.person
    row = service.add_body_member(b, person, args.since, until=args.until, post=args.post or "")
    until = f" 至 {row.valid_to.isoformat()}" if row.valid_to else ""
    print(
        f"#{row.pk}\t{row.person.name}\t{b.name_zh}{BodyMember.POSTS.get(row.post, '')}\t"
        f"{row.valid_from.isoformat()} 起{until} / entered"
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("meetings", help="会议与集体决策 / meetings and collective decisions")
    ms = p.add_subparsers(dest="meetings_cmd", required=True)
    b = ms.add_parser("bodies", help="决策会议及成员 / decision bodies and members")
    b.add_argument("agency", help="机构标识 / agency slug")
    b.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    b.set_defaults(func=cmd_bodies)
    s = ms.add_parser("sync", help="按组织数据和参数生成决策会议 / derive the bodies")
    s.add_argument("agency", nargs="?", help="机构标识（默认全部）/ agency slug (default all)")
    s.set_defaults(func=cmd_sync)
    ls = ms.add_parser("list", help="会议列表 / meetings")
    ls.add_argument("agency", help="机构标识 / agency slug")
    ls.add_argument("--body", help="会议标识 / body key")
    ls.set_defaults(func=cmd_list)
    c = ms.add_parser("cadence", help="会议频次与超期 / cadence and overdue meetings")
    c.add_argument("agency", help="机构标识 / agency slug")
    c.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    c.add_argument("--json", action="store_true", help="JSON 输出 / JSON output")
    c.set_defaults(func=cmd_cadence)
    m = ms.add_parser("minutes", help="导出会议纪要 / export the minutes")
    m.add_argument("meeting_id", type=int, help="会议编号 / meeting id")
    m.add_argument("--format", choices=["docx", "pdf"], default="pdf", help="文件格式 / file format")
    m.add_argument("--out", help="输出文件（默认自动命名）/ output file")
    m.set_defaults(func=cmd_minutes)
    mb = ms.add_parser("members", help="会议成员（组织数据或手工登记）/ a body's members")
    mb.add_argument("agency", help="机构标识 / agency slug")
    mb.add_argument("key", help="会议标识 / body key, e.g. branch_assembly")
    mb.add_argument("--on", help="日期 YYYY-MM-DD（默认今天）/ day (default today)")
    mb.set_defaults(func=cmd_members)
    am = ms.add_parser("add-member", help="手工登记会议成员 / enter a member of a body by hand")
    am.add_argument("agency", help="机构标识 / agency slug")
    am.add_argument("key", help="会议标识 / body key, e.g. loan_review_group")
    am.add_argument("person", help="姓名或人员编号 / the person's name or id")
    am.add_argument("--since", required=True, help="起始日 YYYY-MM-DD（含）/ member from (inclusive)")
    am.add_argument("--until", help="截止日 YYYY-MM-DD（含，可不填）/ member until (inclusive, optional)")
    am.add_argument("--post", default="", help="职务：secretary 书记（仅党支部会议）/ post: secretary (Party branch)")
    am.set_defaults(func=cmd_add_member)
