"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu assets register AGENCY [--status S]   the fixed-asset register
zhidu assets counts AGENCY                  the counts (清查盘点) with their differences
"""

from __future__ import annotations

import argparse
from typing import Any


def _agency(slug: str) -> Any:
    from zhidu.rulebook.service import get_agency

    return get_agency(slug)


def cmd_register(args: argparse.Namespace) -> int:
    from zhidu.common import registers as reg

    from .models import Asset

    qs = Asset.objects.filter(agency=_agency(args.agency)).select_related("section")
    if args.status:
        qs = qs.filter(status=reg.choice(args.status, "status", "状态", dict(Asset.STATUSES)))
    n = 0
    for a in qs:
        where = a.section.name if a.section else ""
        print(
            f"{a.number}\t{a.name}\t{a.get_category_display()}\t{a.value}\t{where}\t{a.custodian_name}\t{a.get_status_display()}"
        )
        n += 1
    print(f"共 {n} 项 / {n} assets")
    return 0


def cmd_counts(args: argparse.Namespace) -> int:
    from . import service
    from .models import Stocktake

    n = 0
    for st in Stocktake.objects.filter(agency=_agency(args.agency)):
        s = st.summary if st.status == Stocktake.CLOSED else service.summary(st)
        diffs = " ".join(f"{k}={v}" for k, v in s.items())
        period = f"{st.year}-{st.month}" if st.month else str(st.year)
        print(f"{period}\t{st.get_scope_display()}\t{st.get_status_display()}\t{st.outcome}\t{diffs}")
        n += 1
    print(f"共 {n} 次 / {n} counts")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("assets", help="采购与资产台账 / purchases and assets")
    ap = p.add_subparsers(dest="assets_cmd", required=True)
    r = ap.add_parser("register", help="固定资产台账 / the fixed-asset register")
    r.add_argument("agency", help="机构标识 / agency slug")
    r.add_argument("--status", help="状态 / status: in_use, idle, lent, transferred_out, disposed")
    r.set_defaults(func=cmd_register)
    c = ap.add_parser("counts", help="清查盘点 / counts")
    c.add_argument("agency", help="机构标识 / agency slug")
    c.set_defaults(func=cmd_counts)
