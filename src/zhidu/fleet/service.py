"""The one public surface of zhidu.fleet: the vehicle registers, each write a checked, ledgered step
(``zhidu.common.registers.checked`` → ``zhidu.workflow.service.step``).

- ``add_vehicle``                     车辆档案 (区局 三、1 “造册登记”)
- ``dispatch_from_application``       an approved 用车申请 becomes a dispatch slip (派车单) signed by its approvers
- ``depart`` / ``come_back``          the trip log (出车登记表): time out, time back, odometer, where the car is
                                      parked (区局 五、4 “此《派车单》经车辆管理人员批准签字后方可出车”)
- ``add_card`` / ``top_up`` / ``refuel``   fuel cards (一车一卡) and the fuel record (加油记录)
- ``repair_from_application`` / ``settle_repair``   repairs routed by size, then settled with their documents
- ``allowance_from_application``      drivers' weekend and holiday allowances, each day once (不能重复计算)

The checks decide (``vehicle.request``, ``vehicle.parking``, ``vehicle.refuel``, ``vehicle.repair``,
``vehicle.driver_allowance``); this module only gathers their facts and records what they allowed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from zhidu.agencies.models import Agency
from zhidu.common import registers as reg
from zhidu.common.versioning import lock_if_unchanged
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rules.library.vehicles import ROLE_IDS
from zhidu.workflow.service import refuse

from .models import PARKED, PAYMENTS, Allowance, AllowanceDay, FuelCard, FuelEntry, Repair, Trip, Vehicle

# The clauses that set up each register, for agencies and writes no check speaks to.
REGISTER_CITES: dict[str, dict[str, list[str]]] = {
    "vehicle": {
        "district-bureau": ["district-bureau:39:3.1"],
        "wenshan-hrss": ["wenshan-hrss:45:1"],
        "tongyu-hrss": ["tongyu-hrss:8:2"],
        "baicheng-fupin": ["baicheng-fupin:20:7"],
    },
    "trip": {
        "district-bureau": ["district-bureau:39:5.4"],
        "wenshan-hrss": ["wenshan-hrss:45:2"],
        "tongyu-hrss": ["tongyu-hrss:8:2.4.1"],
        "baicheng-fupin": ["baicheng-fupin:20:4.6"],
    },
    "fuel": {
        "district-bureau": ["district-bureau:39:1.3"],
        "wenshan-hrss": ["wenshan-hrss:45:4"],
        "tongyu-hrss": ["tongyu-hrss:8:2.2.3"],
        "baicheng-fupin": ["baicheng-fupin:20:10"],
    },
}


def covered(agency: Agency | str) -> bool:
    """Whether the agency's text covers official vehicles at all (a 公务用车 制度 with checks)."""
    return reg.applies("vehicle.request", agency)


def cites_for(what: str, agency: Agency) -> list[str]:
    return REGISTER_CITES.get(what, {}).get(agency.slug, [])


# --- the calendar's rest days ---------------------------------------------------------------------------------


def rest_kind(day: dt.date) -> str | None:
    """``holiday`` (a day of the State Council's holiday notice), ``weekend`` (another rest day) or None (a
    working day, 调休 working weekends included), on the calendar in force with the administrators' notices."""
    from zhidu.core.calendar import fallback, official
    from zhidu.workcalendar.service import calendar

    cal = calendar()
    if cal.is_working_day(day):
        return None
    o = cal.override(day.year)
    if o is not None:
        return "holiday" if day in o.holidays else "weekend"
    if official.knows(day.year):
        return "holiday" if official.holiday_name(day) else "weekend"
    return "holiday" if day in fallback.statutory_days_off(day.year) else "weekend"


# --- vehicles ---------------------------------------------------------------------------------------------------


def add_vehicle(user: Any, fields: dict[str, Any]) -> Vehicle:
    """车辆档案: plate, model, purchase date, engine and frame numbers, insurance expiry."""
    agency = reg.agency_of(user)
    plate = reg.text(fields.get("plate"), "plate", "牌照号", 20, required=True)
    if Vehicle.objects.filter(agency=agency, plate=plate).exists():
        raise BadInput(f"车辆台账中已有牌照号 {plate}", f"plate {plate} is already registered", "plate")
    kind = reg.choice(fields.get("kind") or "official", "kind", "车辆类别", ("official", "enforcement"))
    role = reg.choice(fields.get("role") or "regular", "role", "车辆用途", ("regular", "duty", "emergency_enforcement"))
    v = Vehicle(
        agency=agency,
        plate=plate,
        model=reg.text(fields.get("model"), "model", "车型", 60),
        kind=kind,
        role=role,
        purchased_on=reg.day(fields.get("purchased_on"), "purchased_on", "购置时间", required=False),
        engine_no=reg.text(fields.get("engine_no"), "engine_no", "发动机号", 40),
        frame_no=reg.text(fields.get("frame_no"), "frame_no", "车架号", 40),
        insurance_until=reg.day(fields.get("insurance_until"), "insurance_until", "保险到期日", required=False),
        note=reg.text(fields.get("note"), "note", "备注", 300),
    )
    with reg.recorded("fleet.vehicle.add", obj=v, cites=cites_for("vehicle", agency), reason=f"车辆档案登记 {plate}"):
        v.save()
    return v


def vehicle_by_plate(agency: Agency, plate: str) -> Vehicle | None:
    return Vehicle.objects.filter(agency=agency, plate=plate.strip()).first() if plate else None


# --- dispatch slips and the trip log ------------------------------------------------------------------------


def _as_date(value: Any) -> dt.date:
    d = reg.day(value, "use_date", "用车日期")
    assert d is not None
    return d


def request_facts(trip: Trip, *, approved: list[str], slip_signed: bool, request_date: dt.date) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "purpose": trip.purpose,
        "vehicle_kind": trip.vehicle_kind,
        "request_date": request_date.isoformat(),
        "use_date": trip.use_date.isoformat(),
        "after_hours": trip.after_hours,
        "slip_signed": slip_signed,
        "approved_by": [r for r in approved if r in ROLE_IDS],
        "trip_logged": True,
    }
    role = trip.vehicle.role if trip.vehicle else "regular"
    facts["vehicle_role"] = role
    return facts


def dispatch_from_application(application: Any) -> Trip:
    """An approved 用车申请 (kind ``vehicle.request``) as a dispatch slip: the approvers' signatures are the
    slip's (区局: the vehicle manager, role ``office``, signs it; 文山: 分管领导 agrees and the office dispatches)."""
    data = application.data
    agency = application.agency
    roles, names = reg.approvals_of(application)
    plate = str(data.get("plate") or "").strip()
    vehicle = vehicle_by_plate(agency, plate)
    use_date = _as_date(data.get("use_date"))
    trip = Trip(
        agency=agency,
        section=application.section,
        application=application,
        number=reg.next_number(Trip, agency, use_date.year, "派"),
        vehicle=vehicle,
        plate=plate,
        vehicle_kind=data.get("vehicle_kind")
        or ("enforcement" if data.get("purpose") == "law_enforcement" else "official"),
        purpose=data["purpose"],
        reason=str(data.get("reason") or "")[:300],
        destination=str(data.get("destination") or "")[:200],
        user_name=str(data.get("user_name") or application.applicant_name)[:100],
        requested_by=application.applicant,
        driver_name=str(data.get("driver_name") or "")[:50],
        use_date=use_date,
        after_hours=bool(data.get("after_hours")),
        approved_roles=roles,
        slip_signed_by="、".join(names)[:200],
        slip_signed_at=application.decided_at or timezone.now(),
    )
    facts = request_facts(trip, approved=roles, slip_signed=True, request_date=application.on)
    with reg.checked(
        "vehicle.request",
        agency,
        application.on,
        facts,
        action="fleet.trip.dispatch",
        obj=trip,
        allow_pending=True,
        reason=f"派车单 {trip.number}：{application.title}",
    ) as verdict:
        trip.outcome = reg.outcome_of(verdict)
        trip.cites = reg.cites_of(verdict, cites_for("trip", agency))
        trip.save()
    return trip


def _locked_trip(trip_id: int, version: int) -> Trip:
    return lock_if_unchanged(Trip, trip_id, version)


def depart(user: Any, trip: Trip, fields: dict[str, Any]) -> Trip:
    """出车: the time out (and odometer); refused before the slip is signed, on another day than the slip
    says, or while any approval the check names is still missing."""
    when = reg.moment(fields.get("time_out"), "time_out", "出车时间")
    assert when is not None
    km_raw = str(fields.get("km_out") or "").strip()
    km = reg.count(km_raw, "km_out", "出车里程表读数", high=10_000_000) if km_raw else None
    driver = reg.text(fields.get("driver_name"), "driver_name", "驾驶员", 50) or trip.driver_name
    version = reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)
    if trip.status != Trip.DISPATCHED:
        raise refuse("该派车单已出车或已取消", "this slip is already out or cancelled", "status")
    if not driver:
        raise BadInput("请填写驾驶员", "driver_name is required", "driver_name")
    local = timezone.localtime(when)
    if local.date() != trip.use_date:
        raise refuse(
            f"出车日期 {local.date().isoformat()} 与派车单的用车日期 {trip.use_date.isoformat()} 不符，须重新申请",
            f"the departure day {local.date().isoformat()} is not the slip's day {trip.use_date.isoformat()}",
            "time_out",
        )
    if trip.slip_signed_at is None or when < trip.slip_signed_at:
        raise refuse(
            "派车单经批准签字后方可出车（《车辆使用管理办法》五、4：此《派车单》经车辆管理人员批准签字后方可出车）",
            "the car may leave only after the dispatch slip is signed",
            "time_out",
        )
    application = trip.application
    facts = request_facts(
        trip,
        approved=list(trip.approved_roles),
        slip_signed=True,
        request_date=application.on if application else trip.use_date,
    )
    with reg.checked(
        "vehicle.request",
        trip.agency,
        local.date(),
        facts,
        action="fleet.trip.depart",
        obj=trip,
        field="time_out",
        reason=f"出车 {trip.number}",
    ) as verdict:
        row = _locked_trip(trip.pk, version)
        row.time_out, row.km_out, row.driver_name, row.status = when, km, driver, Trip.OUT
        row.outcome = reg.outcome_of(verdict)
        row.cites = reg.cites_of(verdict, cites_for("trip", trip.agency))
        row.save()
    return row


def come_back(user: Any, trip: Trip, fields: dict[str, Any]) -> Trip:
    """返回: the time back, odometer and where the car is parked; the parking is put to ``vehicle.parking``
    (the night after a trip on a working day; the weekend or the holiday on a rest day, per the calendar)."""
    when = reg.moment(fields.get("time_back"), "time_back", "返回时间")
    assert when is not None
    km_raw = str(fields.get("km_back") or "").strip()
    km = reg.count(km_raw, "km_back", "返回里程表读数", high=10_000_000) if km_raw else None
    parked = reg.choice(fields.get("parked"), "parked", "停放地点", dict(PARKED))
    note = reg.text(fields.get("safety_note"), "safety_note", "安全情况", 300)
    special = reg.flag(fields.get("special_work"))
    version = reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)
    if trip.status != Trip.OUT:
        raise refuse("该车尚未出车，不能登记返回", "the trip has not left yet", "status")
    assert trip.time_out is not None
    if when <= trip.time_out:
        raise BadInput("返回时间应晚于出车时间", "time_back must be after time_out", "time_back")
    if km is not None and trip.km_out is not None and km < trip.km_out:
        raise BadInput("返回里程表读数不能小于出车读数", "km_back cannot be less than km_out", "km_back")
    back_day = timezone.localtime(when).date()
    kind = rest_kind(back_day)
    period = kind or "night"
    facts: dict[str, Any] = {
        "period": period,
        "location": parked,
        "vehicle_role": trip.vehicle.role if trip.vehicle else "regular",
        "special_work": special,
        "in_use": False,
    }
    with reg.checked(
        "vehicle.parking",
        trip.agency,
        back_day,
        facts,
        action="fleet.trip.return",
        obj=trip,
        field="parked",
        cites=cites_for("trip", trip.agency),
        reason=f"返回 {trip.number}",
    ) as verdict:
        row = _locked_trip(trip.pk, version)
        row.time_back, row.km_back, row.parked, row.safety_note, row.status = when, km, parked, note, Trip.BACK
        row.outcome = reg.outcome_of(verdict) if row.outcome in ("", "allowed", "recorded") else row.outcome
        row.cites = list(dict.fromkeys([*row.cites, *reg.cites_of(verdict, [])]))
        row.save()
    return row


# --- fuel cards --------------------------------------------------------------------------------------------------


def add_card(user: Any, fields: dict[str, Any]) -> FuelCard:
    agency = reg.agency_of(user)
    number = reg.text(fields.get("number"), "number", "卡号", 40, required=True)
    plate = reg.text(fields.get("plate"), "plate", "车牌", 20, required=True)
    vehicle = vehicle_by_plate(agency, plate)
    if vehicle is None:
        raise NotFound(f"车辆台账中没有 {plate}", f"no vehicle {plate} in the register", "plate")
    if FuelCard.objects.filter(agency=agency, number=number).exists():
        raise BadInput(f"卡号 {number} 已登记", f"card {number} is already registered", "number")
    if FuelCard.objects.filter(vehicle=vehicle, active=True).exists():
        raise refuse(
            f"{plate} 已有在用加油卡：一车一卡", f"{plate} already has a card in use: one card per car", "plate"
        )
    card = FuelCard(agency=agency, vehicle=vehicle, number=number)
    with reg.recorded(
        "fleet.card.add", obj=card, cites=cites_for("fuel", agency), reason=f"加油卡登记 {number}（{plate}）"
    ):
        try:
            with transaction.atomic():
                card.save()
        except IntegrityError:
            raise refuse(f"{plate} 已有在用加油卡：一车一卡", f"{plate} already has a card in use", "plate") from None
    return card


def top_up(user: Any, card: FuelCard, fields: dict[str, Any]) -> FuelEntry:
    """充值: 通榆 “费用经领导同意由财务科充值” — the consenting leader is named on the entry."""
    amount = reg.money(fields.get("amount"), "amount", "充值金额", positive=True)
    on = reg.day(fields.get("on") or timezone.localdate().isoformat(), "on", "日期")
    consent = reg.text(fields.get("consent_by"), "consent_by", "同意充值的领导", 50, required=True)
    version = reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)
    assert amount is not None and on is not None
    if not card.active:
        raise refuse("该加油卡已停用", "this card is no longer in use", "card")
    with reg.recorded(
        "fleet.card.top_up",
        obj=card,
        cites=cites_for("fuel", card.agency),
        reason=f"加油卡充值 {card.number} {amount} 元（{consent} 同意）",
    ):
        verdict = None
        row = lock_if_unchanged(FuelCard, card.pk, version)
        row.balance = row.balance + amount
        row.save()
        entry = FuelEntry.objects.create(
            agency=card.agency,
            card=row,
            vehicle=row.vehicle,
            kind=FuelEntry.TOPUP,
            on=on,
            amount=amount,
            consent_by=consent,
            by=user,
            by_name=reg.name_of(user),
            balance_after=row.balance,
            outcome=reg.outcome_of(verdict),
            cites=reg.cites_of(verdict, cites_for("fuel", card.agency)),
        )
    return entry


def refuel(user: Any, vehicle: Vehicle, fields: dict[str, Any]) -> FuelEntry:
    """加油: the entry of the fuel record, put to ``vehicle.refuel`` (区局: Tuesday and Friday 9:00–10:00 and the
    odometer first; 文山: this car's own card, no cash; 白城: co-signed ledger, out of town reported beforehand with
    the official bank card; 通榆: with the card, the record kept). A card payment draws on the car's card."""
    agency = vehicle.agency
    on = reg.day(fields.get("on"), "on", "加油日期")
    assert on is not None
    at_raw = reg.text(fields.get("at"), "at", "加油时间", 5)
    try:
        at = dt.time.fromisoformat(at_raw) if at_raw else None
    except ValueError:
        raise BadInput("加油时间应为 HH:MM", "at must be HH:MM", "at") from None
    amount = reg.money(fields.get("amount"), "amount", "金额", positive=True)
    assert amount is not None
    litres = reg.money(fields.get("litres"), "litres", "升数", required=False)
    odo_raw = str(fields.get("odometer") or "").strip()
    odometer = reg.count(odo_raw, "odometer", "里程表读数", high=10_000_000) if odo_raw else None
    payment = reg.choice(fields.get("payment") or "fuel_card", "payment", "支付方式", dict(PAYMENTS))
    out_of_town = reg.flag(fields.get("out_of_town"))
    card = None
    if payment == "fuel_card":
        number = reg.text(fields.get("card"), "card", "加油卡号", 40)
        card = (
            FuelCard.objects.filter(agency=agency, number=number, active=True).first()
            if number
            else FuelCard.objects.filter(vehicle=vehicle, active=True).first()
        )
        if card is None:
            raise NotFound("没有可用的加油卡", "no fuel card in use for this payment", "card")
    facts: dict[str, Any] = {
        "date": on.isoformat(),
        "odometer_recorded": odometer is not None,
        "payment": payment,
        "out_of_town": out_of_town,
        "reported_in_advance": reg.flag(fields.get("reported_in_advance")),
        "ledger_signed": reg.flag(fields.get("ledger_signed")),
        "special_circumstances": reg.flag(fields.get("special_circumstances")),
        "record_kept": True,
    }
    if at is not None:
        facts["time"] = at.strftime("%H:%M")
    if card is not None:
        facts["own_card"] = card.vehicle_id == vehicle.pk
    with reg.checked(
        "vehicle.refuel",
        agency,
        on,
        facts,
        action="fleet.refuel",
        obj=vehicle,
        field="payment",
        cites=cites_for("fuel", agency),
        reason=f"加油 {vehicle.plate} {amount} 元",
    ) as verdict:
        balance = None
        if card is not None:
            row = FuelCard.objects.select_for_update().get(pk=card.pk)
            if row.balance < amount:
                raise refuse(
                    f"加油卡 {row.number} 余额 {row.balance} 元，不足 {amount} 元",
                    f"card {row.number} holds {row.balance}, less than {amount}",
                    "amount",
                )
            row.balance = row.balance - amount
            row.save()
            balance = row.balance
        entry = FuelEntry.objects.create(
            agency=agency,
            card=card,
            vehicle=vehicle,
            kind=FuelEntry.REFUEL,
            on=on,
            at=at,
            amount=amount,
            litres=litres,
            odometer=odometer,
            payment=payment,
            station=reg.text(fields.get("station"), "station", "加油站", 100),
            out_of_town=out_of_town,
            reported_in_advance=facts["reported_in_advance"],
            ledger_signed=facts["ledger_signed"],
            by=user,
            by_name=reg.name_of(user),
            balance_after=balance,
            outcome=reg.outcome_of(verdict),
            cites=reg.cites_of(verdict, cites_for("fuel", agency)),
        )
    return entry


# --- repairs ---------------------------------------------------------------------------------------------------


def repair_from_application(application: Any) -> Repair:
    """An approved 车辆维修申报（审批）单 as a repair to carry out and settle."""
    data = application.data
    agency = application.agency
    roles, names = reg.approvals_of(application)
    plate = str(data.get("plate") or "").strip()
    budget = reg.money(data.get("budget"), "budget", "预算金额", required=False)
    repair = Repair(
        agency=agency,
        section=application.section,
        application=application,
        vehicle=vehicle_by_plate(agency, plate),
        plate=plate[:20],
        size=data.get("size") or "general",
        items=str(data.get("items") or "")[:1000],
        budget=budget,
        shop=str(data.get("shop") or "")[:100],
        requested_by=application.applicant,
        approvers="、".join(names)[:200],
    )
    facts = {
        "stage": "request",
        "size": repair.size,
        "form_filled": True,
        "items_and_amount": bool(repair.items) and budget is not None,
        "designated_shop": bool(data.get("designated_shop", True)),
        "roadside": bool(data.get("roadside")),
        "urgent": bool(data.get("urgent")),
        "approved_by": [r for r in roles if r in ROLE_IDS],
    }
    with reg.checked(
        "vehicle.repair",
        agency,
        application.on,
        facts,
        action="fleet.repair.approved",
        obj=repair,
        allow_pending=True,
        reason=f"维修 {plate}：{application.title}",
    ) as verdict:
        repair.outcome = reg.outcome_of(verdict)
        repair.cites = reg.cites_of(verdict)
        repair.save()
    return repair


SETTLEMENT_DOCS = (
    ("invoice", "正式发票"),
    ("itemised_list", "明细清单"),
    ("co_signed", "司机和车辆管理人员共同签字"),
    ("settled_same_day", "当天一次性结清"),
    ("old_parts_returned", "原配件已交回"),
    ("supervised", "派人现场监督"),
    ("driver_paid", "驾驶员直接向厂家结账"),
)


def settle_repair(user: Any, repair: Repair, fields: dict[str, Any]) -> Repair:
    """结算: the amount and the documents, put to ``vehicle.repair`` at its settlement stage. Blocked (no formal
    invoice at the district bureau, old parts not returned at Baicheng, the driver paying the garage at Wenshan):
    refused. Needing approval (区局 “报主管局长审批报销”): recorded as awaiting that approval."""
    amount = reg.money(fields.get("amount"), "amount", "结算金额", positive=True)
    on = reg.day(fields.get("settled_on") or timezone.localdate().isoformat(), "settled_on", "结算日")
    version = reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)
    assert amount is not None and on is not None
    if repair.status == Repair.SETTLED:
        raise refuse("该维修已结算", "this repair is already settled", "status")
    docs = {k: reg.flag(fields.get(k)) for k, _ in SETTLEMENT_DOCS}
    facts: dict[str, Any] = {"stage": "settlement", "size": repair.size, "items_and_amount": bool(repair.items), **docs}
    with reg.checked(
        "vehicle.repair",
        repair.agency,
        on,
        facts,
        action="fleet.repair.settle",
        obj=repair,
        allow_pending=True,
        reason=f"维修结算 {repair.plate} {amount} 元",
    ) as verdict:
        row = lock_if_unchanged(Repair, repair.pk, version)
        row.amount, row.settled_on, row.documents = amount, on, docs
        pending = verdict is not None and verdict.outcome.value == "needs_approval"
        row.status = Repair.AWAITING if pending else Repair.SETTLED
        row.outcome = reg.outcome_of(verdict)
        row.cites = list(dict.fromkeys([*row.cites, *reg.cites_of(verdict)]))
        row.save()
    return row


# --- drivers' allowances --------------------------------------------------------------------------------------


def paid_days(agency: Agency | str, driver_name: str, days: list[dt.date]) -> list[dt.date]:
    """The days among ``days`` already counted in an approved allowance of the driver (counted once only)."""
    slug = agency.slug if isinstance(agency, Agency) else agency
    return sorted(
        AllowanceDay.objects.filter(agency__slug=slug, driver_name=driver_name, day__in=days).values_list(
            "day", flat=True
        )
    )


def logged_rest_days(agency: Agency | str, driver_name: str, month: str) -> list[dt.date]:
    """The days of ``month`` (YYYY-MM) on which the trip log shows the driver out on a rest day (one entry per
    trip: two trips on one day are two entries, and the rule counts the day once)."""
    slug = agency.slug if isinstance(agency, Agency) else agency
    year, mon = (int(x) for x in month.split("-"))
    out = []
    for t in Trip.objects.filter(
        agency__slug=slug, driver_name=driver_name, status__in=[Trip.OUT, Trip.BACK], time_out__isnull=False
    ):
        assert t.time_out is not None
        d = timezone.localtime(t.time_out).date()
        if (d.year, d.month) == (year, mon) and rest_kind(d):
            out.append(d)
    return sorted(out)


def allowance_from_application(application: Any, dates: list[dt.date] | None = None) -> Allowance:
    """An approved allowance claim: 区局 节假日出车补助 (each rest day counted once: ``AllowanceDay`` is unique per
    driver and day) or 文山 劳保费与安全行车奖 (once a year)."""
    data = application.data
    agency = application.agency
    roles, names = reg.approvals_of(application)
    kind = Allowance.ANNUAL if application.kind == "vehicle.annual_pay" else Allowance.HOLIDAY
    driver = str(data.get("driver_name") or application.applicant_name).strip()[:50]
    claimed = reg.money(data.get("claimed"), "claimed", "申报金额")
    assert claimed is not None
    row = Allowance(
        agency=agency,
        section=application.section,
        application=application,
        kind=kind,
        driver_name=driver,
        claimant=application.applicant,
        amount=claimed,
        approvers="、".join(names)[:200],
    )
    facts: dict[str, Any] = {"claimed": f"{claimed:.2f}", "signed_by": [r for r in roles if r in ROLE_IDS]}
    days: list[dt.date] = []
    if kind == Allowance.HOLIDAY:
        dates = list(dates or [])
        days = sorted({d for d in dates if rest_kind(d)})
        row.period = str(data.get("month") or "")[:7]
        row.days = len(days)
        facts.update({"trip_dates": [d.isoformat() for d in dates], "register_filled": True})
    else:
        row.period = str(data.get("year") or "")[:4]
        row.km = int(data.get("annual_km") or 0)
        facts.update({"annual_km": row.km, "liable_accident": bool(data.get("liable_accident"))})
    with reg.checked(
        "vehicle.driver_allowance",
        agency,
        application.on,
        facts,
        action="fleet.allowance.approved",
        obj=row,
        allow_pending=True,
        reason=f"{row.get_kind_display()} {driver} {row.period}",
    ) as verdict:
        row.cites = reg.cites_of(verdict)
        try:
            with transaction.atomic():
                row.save()
                for d in days:
                    AllowanceDay.objects.create(allowance=row, agency=agency, driver_name=driver, day=d)
        except IntegrityError:
            raise refuse(
                f"{driver} 的{row.get_kind_display()}已有同日（同年）记录，不能重复计算",
                f"{driver}'s allowance for that day (year) is already counted",
                "trip_dates",
            ) from None
    return row
