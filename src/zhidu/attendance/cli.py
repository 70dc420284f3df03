"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu attendance count AGENCY START END [--type annual]     leave days as the agency's text counts them
zhidu attendance import AGENCY FILE --as USERNAME           a CSV of sign-in records (all or nothing)
zhidu attendance derive AGENCY MONTH                        缺勤/旷工 derived from a month's records
zhidu attendance sheet AGENCY MONTH --as USERNAME [--json]  make (or remake) the month's sheet
zhidu attendance balances AGENCY [--year Y] [--json]        假期台账
zhidu attendance roster AGENCY MONTH [--json]               值班表

Errors print in Chinese and English and exit 2 (zhidu.cli); a refused file saves nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _agency(slug: str) -> Any:
    from .api import agency_of

    return agency_of(slug)


def _user(agency: Any, username: str) -> Any:
    from zhidu.core.errors import BadInput

    from . import service

    user = service.user_in_agency(agency, username, "as")
    if user is None:
        raise BadInput("请用 --as 指定办理人账号", "give the acting account with --as", "as")
    return user


def cmd_count(args: argparse.Namespace) -> int:
    from . import service

    agency = _agency(args.agency)
    start, end = service.as_date(args.start, "start"), service.as_date(args.end, "end")
    assert start is not None and end is not None
    unit = service.count_unit(agency, args.type, start)
    c = service.count_days(start, end, unit)
    print(f"{c.note_zh} / {c.note_en}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from zhidu.core.errors import BadInput

    from . import service

    agency = _agency(args.agency)
    by = _user(agency, args.as_user)
    path = Path(args.file)
    if not path.is_file():
        raise BadInput(f"找不到文件 {args.file}", f"no such file {args.file}", "file")
    if path.stat().st_size > service.MAX_IMPORT_BYTES:
        raise BadInput("文件超过 2 MB", "the file exceeds 2 MB", "file")
    batch = service.import_csv(agency, by, path.read_bytes(), file_name=path.name)
    print(f"已导入 {batch.rows} 行（批次 {batch.pk}）/ {batch.rows} rows imported (batch {batch.pk})")
    return 0


def cmd_derive(args: argparse.Namespace) -> int:
    from . import service

    out = service.derive_absences(_agency(args.agency), args.month)
    for a in out.created:
        print(f"{a.person_name}\t{a.get_kind_display()}\t{a.days}\t{a.basis}\t{' '.join(a.cites)}")
    for zh, en in zip(out.notes_zh, out.notes_en, strict=True):
        print(f"注 / note: {zh} / {en}")
    print(f"{out.month}：新增 {len(out.created)} 条 / {len(out.created)} absences derived")
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from . import service

    agency = _agency(args.agency)
    sheet = service.make_sheet(agency, args.month, _user(agency, args.as_user))
    if args.json:
        print(json.dumps({"month": sheet.month, "rows": sheet.rows}, ensure_ascii=False, indent=2))
        return 0
    print(f"{agency.name} {sheet.month} 考勤表 / attendance sheet")
    for r in sheet.rows:
        leave = "、".join(f"{service.LEAVE_ZH.get(k, k)}{d}" for k, d in r["leave"].items()) or "—"
        absent = "、".join(f"{k}{d}" for k, d in r["absences"].items()) or "—"
        car = r.get("car_subsidy", {}).get("message_zh", "")
        marks = f"出勤 {r['present']}\t迟到 {r['late']}\t早退 {r['left_early']}"
        print(f"  {r['person']}\t{marks}\t请假 {leave}\t缺勤 {absent}\t{car}")
    return 0


def cmd_balances(args: argparse.Namespace) -> int:
    from .models import LeaveBalance

    qs = LeaveBalance.objects.filter(agency=_agency(args.agency))
    if args.year:
        qs = qs.filter(year=args.year)
    rows = [
        {
            "person": b.person_name,
            "year": b.year,
            "leave_type": b.leave_type,
            "entitled": None if b.entitled is None else str(b.entitled),
            "used": str(b.used),
            "basis": b.basis,
            "cites": b.cites,
        }
        for b in qs
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        days = f"可享受 {r['entitled'] or '—'}\t已休 {r['used']}"
        print(f"{r['person']}\t{r['year']}\t{r['leave_type']}\t{days}\t{r['basis']}")
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    from . import service
    from .models import DutyShift

    agency = _agency(args.agency)
    label, first, last = service.as_month(args.month)
    shifts = DutyShift.objects.filter(agency=agency, day__gte=first, day__lte=last)
    rows = [
        {
            "day": s.day.isoformat(),
            "shift": s.shift,
            "leader": s.leader_name,
            "leader_rank": s.leader_rank,
            "staff": s.staff_name,
            "holiday": s.holiday_name,
            "statutory": s.statutory,
            "status": s.status,
        }
        for s in shifts
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['day']} {r['shift']}\t带班 {r['leader'] or '—'}\t值班 {r['staff']}\t{r['holiday']}\t{r['status']}")
    print(f"{label}：{len(rows)} 班 / shifts")
    return 0


def register(sub: Any) -> None:
    """Add this app's subcommands to the ``zhidu`` parser."""
    s = sub.add_parser("attendance", help="attendance, leave and duty: import, derive absences, sheets, roster")
    att = s.add_subparsers(dest="action", required=True)

    c = att.add_parser("count", help="leave days from START to END as the agency's text counts them")
    c.add_argument("agency")
    c.add_argument("start")
    c.add_argument("end")
    c.add_argument("--type", default="personal", help="kind of leave (annual, personal, sick, maternity …)")
    c.set_defaults(func=cmd_count)

    c = att.add_parser("import", help="import a CSV of sign-in records (a bad row refuses the file)")
    c.add_argument("agency")
    c.add_argument("file")
    c.add_argument("--as", dest="as_user", required=True, help="the office account importing it")
    c.set_defaults(func=cmd_import)

    c = att.add_parser("derive", help="derive a month's absences (缺勤/旷工) under the agency's rules")
    c.add_argument("agency")
    c.add_argument("month", help="YYYY-MM")
    c.set_defaults(func=cmd_derive)

    c = att.add_parser("sheet", help="make the month's attendance sheet")
    c.add_argument("agency")
    c.add_argument("month", help="YYYY-MM")
    c.add_argument("--as", dest="as_user", required=True, help="the account making it")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_sheet)

    c = att.add_parser("balances", help="leave balances (假期台账)")
    c.add_argument("agency")
    c.add_argument("--year", type=int)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_balances)

    c = att.add_parser("roster", help="the duty roster of a month")
    c.add_argument("agency")
    c.add_argument("month", help="YYYY-MM")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_roster)
