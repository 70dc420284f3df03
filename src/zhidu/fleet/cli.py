"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu fleet trips AGENCY [--month YYYY-MM]     the trip log (出车登记表): date, out, back, purpose, user, driver
zhidu fleet vehicles AGENCY                    the cars with their fuel cards and balances
"""

from __future__ import annotations

import argparse
from typing import Any


def _agency(slug: str) -> Any:
    from zhidu.rulebook.service import get_agency

    return get_agency(slug)


def cmd_trips(args: argparse.Namespace) -> int:
    from zhidu.common import registers as reg

    from .models import Trip

    qs = Trip.objects.filter(agency=_agency(args.agency)).select_related("vehicle").order_by("use_date", "id")
    if args.month:
        year, month = reg.month(args.month)
        qs = qs.filter(use_date__year=year, use_date__month=month)
    n = 0
    for t in qs:
        out = f"{t.time_out:%H:%M}" if t.time_out else "—"
        back = f"{t.time_back:%m-%d %H:%M}" if t.time_back else "—"
        plate = t.vehicle.plate if t.vehicle else t.plate
        print(
            f"{t.number}\t{t.use_date}\t{out}\t{back}\t{t.reason}（{t.destination}）\t{t.user_name}\t{t.driver_name}\t{plate}\t{t.get_status_display()}"
        )
        n += 1
    print(f"共 {n} 条 / {n} trips")
    return 0


def cmd_vehicles(args: argparse.Namespace) -> int:
    from .models import FuelCard, Vehicle

    agency = _agency(args.agency)
    cards = {c.vehicle_id: c for c in FuelCard.objects.filter(agency=agency, active=True)}
    n = 0
    for v in Vehicle.objects.filter(agency=agency):
        card = cards.get(v.pk)
        balance = f"{card.number} 余额 {card.balance}" if card else "无加油卡"
        bought, insured = v.purchased_on or "", v.insurance_until or ""
        print(f"{v.plate}\t{v.model}\t{v.get_kind_display()}\t{bought}\t{insured}\t{balance}")
        n += 1
    print(f"共 {n} 辆 / {n} cars")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("fleet", help="车辆台账 / vehicle registers")
    fp = p.add_subparsers(dest="fleet_cmd", required=True)
    t = fp.add_parser("trips", help="出车登记表 / the trip log")
    t.add_argument("agency", help="机构标识 / agency slug")
    t.add_argument("--month", help="月份 YYYY-MM / month")
    t.set_defaults(func=cmd_trips)
    v = fp.add_parser("vehicles", help="车辆档案与加油卡 / cars and fuel cards")
    v.add_argument("agency", help="机构标识 / agency slug")
    v.set_defaults(func=cmd_vehicles)
