"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu seals list AGENCY              the seals, their keepers and status
zhidu seals log AGENCY [--year Y]    the use log (编号、时间、内容、批准人、承办人、用印份数)
"""

from __future__ import annotations

import argparse
from typing import Any


def _agency(slug: str) -> Any:
    from zhidu.rulebook.service import get_agency

    return get_agency(slug)


def cmd_list(args: argparse.Namespace) -> int:
    from .models import Seal

    n = 0
    for s in Seal.objects.filter(agency=_agency(args.agency)).select_related("section"):
        where = s.section.name if s.section else ""
        out = "（已带出）" if s.out else ""
        print(f"{s.name}\t{s.get_kind_display()}\t{where}\t{s.keeper_name}\t{s.get_status_display()}{out}")
        n += 1
    print(f"共 {n} 枚 / {n} seals")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from zhidu.common import registers as reg

    from .models import SealUse

    qs = SealUse.objects.filter(agency=_agency(args.agency)).select_related("seal").order_by("number")
    if args.year:
        year = reg.count(args.year, "year", "年度", low=2000, high=2100)
        qs = qs.filter(number__startswith=f"{year}-")
    n = 0
    for u in qs:
        at = f"{u.at:%Y-%m-%d %H:%M}" if u.at else "—"
        print(
            f"{u.number}\t{at}\t{u.content}\t{u.approver}\t{u.handler}\t{u.copies}\t{u.seal.name}\t{u.get_status_display()}"
        )
        n += 1
    print(f"共 {n} 条 / {n} lines")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("seals", help="印章台账与用印登记 / seals and the use log")
    sp = p.add_subparsers(dest="seals_cmd", required=True)
    a = sp.add_parser("list", help="印章台账 / the seals")
    a.add_argument("agency", help="机构标识 / agency slug")
    a.set_defaults(func=cmd_list)
    b = sp.add_parser("log", help="用印登记表 / the use log")
    b.add_argument("agency", help="机构标识 / agency slug")
    b.add_argument("--year", help="年度 / year")
    b.set_defaults(func=cmd_log)
