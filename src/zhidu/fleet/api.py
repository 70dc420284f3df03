"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/fleet/ (车辆台账).

    GET  /vehicles                    车辆档案 / the agency's cars
    POST /vehicles                    登记车辆 / register a car (the office)
    POST /vehicles/{id}/refuel        加油 / a refuelling, put to vehicle.refuel
    GET  /trips?month=&status=        出车登记 / the trip log (dispatch slips)
    GET  /trips/{id}                  one dispatch slip and its log line
    POST /trips/{id}/depart           出车 / time out (refused before the slip is signed)
    POST /trips/{id}/return           返回 / time back and where the car is parked (vehicle.parking)
    GET  /cards                       加油卡 / fuel cards with their balance
    POST /cards                       登记加油卡 / one card per car
    POST /cards/{id}/top-up           充值 / top a card up (the consenting leader named)
    GET  /fuel?plate=                 加油记录 / the fuel record
    GET  /repairs                     维修 / approved repairs and their settlement
    POST /repairs/{id}/settle         结算 / settle a repair with its documents (vehicle.repair, settlement)
    GET  /allowances?period=          补助 / drivers' allowances, each day counted once

Requests and repairs are filed as applications (zhidu.approvals kinds ``vehicle.request``, ``vehicle.repair``,
``vehicle.holiday_allowance``, ``vehicle.annual_pay``); once approved they appear here. Refusals answer 422 with the
verdict and the clauses cited.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import AfterValidator

from zhidu.access import fetch, requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut
from zhidu.common import registers as reg

from . import service
from .models import Allowance, FuelCard, FuelEntry, Repair, Trip, Vehicle

router = Router()
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
Id = Annotated[int, Path(description="编号 / id", ge=1, le=MAX_ID)]
Money = Annotated[Decimal, Field(ge=0, le=Decimal("9999999999.99"), max_digits=12, decimal_places=2)]


def Text(n: int, zh: str, en: str, default: Any = ...) -> Any:
    return Annotated[str, AfterValidator(reg.no_control), Field(default, max_length=n, description=f"{zh} / {en}")]


def _money(v: Decimal | None) -> str | None:
    return None if v is None else f"{v:.2f}"


# --- shapes ---------------------------------------------------------------------------------------------------


class VehicleOut(Schema):
    id: int = Field(description="编号 / id")
    plate: str = Field(description="牌照号 / plate")
    model: str = Field(description="车型 / model")
    kind: str = Field(description="official 公务用车 · enforcement 行政执法用车")
    role: str = Field(description="regular 一般 · duty 值班 · emergency_enforcement 应急执法")
    purchased_on: dt.date | None = Field(description="购置时间 / bought on")
    engine_no: str = Field(description="发动机号（钢号） / engine number")
    frame_no: str = Field(description="车架号（架号） / frame number")
    insurance_until: dt.date | None = Field(description="保险到期日 / insured until")
    active: bool = Field(description="在用 / in use")
    version: int = Field(description="版本（修改时回传） / version, sent back with a change")


class VehicleIn(Schema):
    plate: Text(20, "牌照号", "plate")  # type: ignore[valid-type]
    model: Text(60, "车型", "model", "")  # type: ignore[valid-type]
    kind: Literal["official", "enforcement"] = Field(
        "official", description="official 公务用车 · enforcement 行政执法用车"
    )
    role: Literal["regular", "duty", "emergency_enforcement"] = Field(
        "regular", description="车辆用途 / role of the car"
    )
    purchased_on: dt.date | None = Field(None, description="购置时间 / bought on")
    engine_no: Text(40, "发动机号（钢号）", "engine number", "")  # type: ignore[valid-type]
    frame_no: Text(40, "车架号（架号）", "frame number", "")  # type: ignore[valid-type]
    insurance_until: dt.date | None = Field(None, description="保险到期日 / insured until")
    note: Text(300, "备注", "note", "")  # type: ignore[valid-type]


class TripOut(Schema):
    id: int = Field(description="编号 / id")
    number: str = Field(description="派车单号 / slip number")
    application: int | None = Field(description="用车申请编号 / the application approved")
    plate: str = Field(description="车牌 / plate")
    vehicle_kind: str = Field(description="official · enforcement · pool")
    purpose: str = Field(description="用车事由类别 / purpose (vehicle.request)")
    reason: str = Field(description="出车事由 / purpose of the trip")
    destination: str = Field(description="目的地 / destination")
    user_name: str = Field(description="使用人 / user")
    driver_name: str = Field(description="驾驶员 / driver")
    use_date: dt.date = Field(description="用车日期 / date of use")
    after_hours: bool = Field(description="八小时以外用车 / outside working hours")
    slip_signed_by: str = Field(description="派车单签字人 / who signed the slip")
    slip_signed_at: dt.datetime | None = Field(description="签字时间 / signed at")
    time_out: dt.datetime | None = Field(description="出车时间 / time out")
    time_back: dt.datetime | None = Field(description="返回时间 / time back")
    km_out: int | None = Field(description="出车里程 / odometer out")
    km_back: int | None = Field(description="返回里程 / odometer back")
    parked: str = Field(description="停放地点 / parked at: unit, garage, elsewhere, entertainment_venue")
    status: str = Field(description="dispatched 已派车 · out 已出车 · back 已返回 · cancelled 已取消")
    outcome: str = Field(description="最近一步的校验结论 / outcome of the last checked step")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    version: int = Field(description="版本（办理时回传） / version, sent back with an action")


def trip_out(t: Trip) -> TripOut:
    return TripOut(
        id=t.pk,
        number=t.number,
        application=t.application_id,
        plate=t.vehicle.plate if t.vehicle else t.plate,
        vehicle_kind=t.vehicle_kind,
        purpose=t.purpose,
        reason=t.reason,
        destination=t.destination,
        user_name=t.user_name,
        driver_name=t.driver_name,
        use_date=t.use_date,
        after_hours=t.after_hours,
        slip_signed_by=t.slip_signed_by,
        slip_signed_at=t.slip_signed_at,
        time_out=t.time_out,
        time_back=t.time_back,
        km_out=t.km_out,
        km_back=t.km_back,
        parked=t.parked,
        status=t.status,
        outcome=t.outcome,
        cites=list(t.cites),
        version=t.version,
    )


class DepartIn(Schema):
    time_out: dt.datetime = Field(description="出车时间 / time out")
    km_out: int | None = Field(None, ge=0, le=10_000_000, description="出车里程表读数 / odometer")
    driver_name: Text(50, "驾驶员", "driver", "")  # type: ignore[valid-type]
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class ReturnIn(Schema):
    time_back: dt.datetime = Field(description="返回时间 / time back")
    km_back: int | None = Field(None, ge=0, le=10_000_000, description="返回里程表读数 / odometer")
    parked: Literal["unit", "garage", "elsewhere", "entertainment_venue"] = Field(
        description="停放地点 / where the car is parked"
    )
    special_work: bool = Field(False, description="因特殊工作需要不回单位停放 / special work keeps it elsewhere")
    safety_note: Text(300, "安全情况（司机和出车人注明）", "safety note", "")  # type: ignore[valid-type]
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class CardOut(Schema):
    id: int = Field(description="编号 / id")
    number: str = Field(description="卡号 / card number")
    plate: str = Field(description="车牌（一车一卡） / the car")
    balance: str = Field(description="余额（元） / balance, yuan")
    active: bool = Field(description="在用 / in use")
    version: int = Field(description="版本 / version")


def card_out(c: FuelCard) -> CardOut:
    return CardOut(
        id=c.pk, number=c.number, plate=c.vehicle.plate, balance=f"{c.balance:.2f}", active=c.active, version=c.version
    )


class CardIn(Schema):
    number: Text(40, "卡号", "card number")  # type: ignore[valid-type]
    plate: Text(20, "车牌", "plate")  # type: ignore[valid-type]


class TopUpIn(Schema):
    amount: Money = Field(description="充值金额（元） / amount, yuan")
    on: dt.date | None = Field(None, description="日期（默认今天） / date, default today")
    consent_by: Text(50, "同意充值的领导", "the leader who consented")  # type: ignore[valid-type]
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class RefuelIn(Schema):
    on: dt.date = Field(description="加油日期 / date")
    at: Text(5, "加油时间 HH:MM", "time HH:MM", "")  # type: ignore[valid-type]
    amount: Money = Field(description="金额（元） / amount, yuan")
    litres: Money | None = Field(None, description="升数 / litres")
    odometer: int | None = Field(None, ge=0, le=10_000_000, description="加油前里程表读数 / odometer before")
    payment: Literal["fuel_card", "official_bank_card", "cash"] = Field("fuel_card", description="支付方式 / payment")
    card: Text(40, "加油卡号（默认本车卡）", "card (default: this car's)", "")  # type: ignore[valid-type]
    station: Text(100, "加油站", "station", "")  # type: ignore[valid-type]
    out_of_town: bool = Field(False, description="外地加油 / out of town")
    reported_in_advance: bool = Field(False, description="外地加油已事先报告 / reported beforehand")
    ledger_signed: bool = Field(False, description="台账已互相签字 / ledger co-signed")
    special_circumstances: bool = Field(False, description="特殊情况 / special circumstances")


class FuelOut(Schema):
    id: int = Field(description="编号 / id")
    kind: str = Field(description="refuel 加油 · topup 充值")
    plate: str = Field(description="车牌 / plate")
    card: str | None = Field(description="卡号 / card")
    on: dt.date = Field(description="日期 / date")
    at: dt.time | None = Field(description="时间 / time")
    amount: str = Field(description="金额（元） / amount")
    litres: str | None = Field(description="升数 / litres")
    odometer: int | None = Field(description="里程表 / odometer")
    payment: str = Field(description="支付方式 / payment")
    consent_by: str = Field(description="同意充值的领导 / consenting leader")
    by_name: str = Field(description="经办人 / by")
    balance_after: str | None = Field(description="余额（元） / balance after")
    outcome: str = Field(description="校验结论 / outcome")
    cites: list[str] = Field(description="依据条款 / clauses cited")


def fuel_out(e: FuelEntry) -> FuelOut:
    return FuelOut(
        id=e.pk,
        kind=e.kind,
        plate=e.vehicle.plate,
        card=e.card.number if e.card else None,
        on=e.on,
        at=e.at,
        amount=f"{e.amount:.2f}",
        litres=_money(e.litres),
        odometer=e.odometer,
        payment=e.payment,
        consent_by=e.consent_by,
        by_name=e.by_name,
        balance_after=_money(e.balance_after),
        outcome=e.outcome,
        cites=list(e.cites),
    )


class RepairOut(Schema):
    id: int = Field(description="编号 / id")
    application: int | None = Field(description="维修申请编号 / the application approved")
    plate: str = Field(description="车牌 / plate")
    size: str = Field(description="general 一般 · medium 中型 · major 大型")
    items: str = Field(description="维修项目 / items")
    budget: str | None = Field(description="预算（元） / budget")
    approvers: str = Field(description="批准人 / approved by")
    status: str = Field(description="approved 已批准 · awaiting 结算待审批 · settled 已结算")
    amount: str | None = Field(description="结算金额（元） / settled amount")
    settled_on: dt.date | None = Field(description="结算日 / settled on")
    documents: dict[str, bool] = Field(description="结算凭据 / settlement documents")
    outcome: str = Field(description="校验结论 / outcome")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    version: int = Field(description="版本 / version")


def repair_out(r: Repair) -> RepairOut:
    return RepairOut(
        id=r.pk,
        application=r.application_id,
        plate=r.plate,
        size=r.size,
        items=r.items,
        budget=_money(r.budget),
        approvers=r.approvers,
        status=r.status,
        amount=_money(r.amount),
        settled_on=r.settled_on,
        documents=dict(r.documents),
        outcome=r.outcome,
        cites=list(r.cites),
        version=r.version,
    )


class SettleIn(Schema):
    amount: Money = Field(description="结算金额（元） / amount, yuan")
    settled_on: dt.date | None = Field(None, description="结算日（默认今天） / settled on")
    invoice: bool = Field(False, description="有正式发票 / formal invoice")
    itemised_list: bool = Field(False, description="附明细清单 / itemised list")
    co_signed: bool = Field(False, description="司机和车辆管理人员共同签字 / signed by driver and manager")
    settled_same_day: bool = Field(False, description="当天一次性结清 / settled the same day")
    old_parts_returned: bool = Field(False, description="原配件已交回 / old parts returned")
    supervised: bool = Field(False, description="派人现场监督 / supervised on site")
    driver_paid: bool = Field(False, description="驾驶员直接向厂家结账 / the driver paid the garage")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class AllowanceOut(Schema):
    id: int = Field(description="编号 / id")
    application: int | None = Field(description="申请编号 / the application approved")
    kind: str = Field(description="holiday 节假日出车补助 · annual 劳保费及安全行车奖")
    driver_name: str = Field(description="驾驶员 / driver")
    period: str = Field(description="期间 YYYY-MM 或 YYYY / period")
    days: list[dt.date] = Field(description="计补日期（每日一次） / days counted, each once")
    km: int | None = Field(description="安全行车公里数 / km")
    amount: str = Field(description="金额（元） / amount")
    approvers: str = Field(description="签字人 / signed by")
    cites: list[str] = Field(description="依据条款 / clauses cited")


def allowance_out(a: Allowance) -> AllowanceOut:
    return AllowanceOut(
        id=a.pk,
        application=a.application_id,
        kind=a.kind,
        driver_name=a.driver_name,
        period=a.period,
        days=[d.day for d in a.day_rows.all()],
        km=a.km,
        amount=f"{a.amount:.2f}",
        approvers=a.approvers,
        cites=list(a.cites),
    )


# --- vehicles --------------------------------------------------------------------------------------------------


@router.get("/vehicles", response={200: list[VehicleOut], **ERRORS}, summary="车辆档案 / the agency's cars")
@requires("fleet_register", "read")
def vehicles(request: HttpRequest) -> list[VehicleOut]:
    """本机构的车辆档案（区局 三、1 造册登记）。 / The agency's cars as registered."""
    qs = scoped(request, "fleet_register", Vehicle.objects.filter(agency=reg.agency_of(request.user)))
    return [VehicleOut.model_validate(v, from_attributes=True) for v in qs[:500]]


@router.post("/vehicles", response={201: VehicleOut, **ERRORS}, summary="登记车辆 / register a car")
@requires("fleet_register", "write")
def add_vehicle(request: HttpRequest, body: VehicleIn) -> Status:
    """办公室车辆管理人员登记车辆档案；写入留痕台账。 / The office registers a car; recorded in the ledger."""
    v = service.add_vehicle(request.user, body.dict())
    return Status(201, VehicleOut.model_validate(v, from_attributes=True))


@router.post("/vehicles/{vehicle_id}/refuel", response={201: FuelOut, **ERRORS}, summary="加油 / refuel")
@requires("fleet_register", "write")
def refuel(request: HttpRequest, vehicle_id: Id, body: RefuelIn) -> Status:
    """加油记录，经 vehicle.refuel 校验（区局 每周二、五 9:00–10:00；文山 一车一卡、不得用现金；
    白城 外地加油事先报告）。
    / A refuelling, put to vehicle.refuel."""
    v = fetch(request, "write", "fleet_register", Vehicle.objects.all(), pk=vehicle_id)
    return Status(201, fuel_out(service.refuel(request.user, v, body.dict())))


# --- trips ------------------------------------------------------------------------------------------------------


class TripFilter(Schema):
    month: str | None = Field(None, pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$", description="月份 YYYY-MM / month")
    status: Literal["dispatched", "out", "back", "cancelled"] | None = Field(None, description="状态 / status")


@router.get("/trips", response={200: list[TripOut], **ERRORS}, summary="出车登记表 / the trip log")
@requires("fleet_register", "read")
def trips(request: HttpRequest, filters: Query[TripFilter]) -> list[TripOut]:
    """派车单及出车登记（日期、出车和返回时间、事由及目的地、使用人、驾驶员）。 / Dispatch slips and the trip log."""
    qs = Trip.objects.filter(agency=reg.agency_of(request.user)).select_related("vehicle")
    if filters.month:
        y, m = (int(x) for x in filters.month.split("-"))
        qs = qs.filter(use_date__year=y, use_date__month=m)
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [trip_out(t) for t in scoped(request, "fleet_register", qs)[:500]]


@router.get("/trips/{trip_id}", response={200: TripOut, **ERRORS}, summary="派车单 / one dispatch slip")
@requires("fleet_register", "read")
def trip(request: HttpRequest, trip_id: Id) -> TripOut:
    """一张派车单及其出车登记。 / One dispatch slip and its log line."""
    return trip_out(fetch(request, "read", "fleet_register", Trip.objects.select_related("vehicle"), pk=trip_id))


@router.post("/trips/{trip_id}/depart", response={200: TripOut, **ERRORS}, summary="出车 / leave")
@requires("fleet_register", "update")
def depart(request: HttpRequest, trip_id: Id, body: DepartIn) -> TripOut:
    """登记出车时间；派车单未经批准签字、日期不符或尚缺审批的，拒绝（区局 五、4）。
    / Record the time out; refused before the slip is signed, on another day, or with an approval missing."""
    t = fetch(request, "update", "fleet_register", Trip.objects.select_related("vehicle", "application"), pk=trip_id)
    return trip_out(service.depart(request.user, t, body.dict()))


@router.post("/trips/{trip_id}/return", response={200: TripOut, **ERRORS}, summary="返回 / come back")
@requires("fleet_register", "update")
def come_back(request: HttpRequest, trip_id: Id, body: ReturnIn) -> TripOut:
    """登记返回时间和停放地点，经 vehicle.parking 校验（按工作日历判断双休日、节假日）。
    / Record the time back and where the car is parked, put to vehicle.parking."""
    t = fetch(request, "update", "fleet_register", Trip.objects.select_related("vehicle"), pk=trip_id)
    return trip_out(service.come_back(request.user, t, body.dict()))


# --- fuel cards -----------------------------------------------------------------------------------------------


@router.get("/cards", response={200: list[CardOut], **ERRORS}, summary="加油卡 / fuel cards")
@requires("fleet_register", "read")
def cards(request: HttpRequest) -> list[CardOut]:
    """本机构的加油卡及余额（一车一卡）。 / The agency's fuel cards and balances."""
    qs = FuelCard.objects.filter(agency=reg.agency_of(request.user)).select_related("vehicle")
    return [card_out(c) for c in scoped(request, "fleet_register", qs)[:500]]


@router.post("/cards", response={201: CardOut, **ERRORS}, summary="登记加油卡 / register a fuel card")
@requires("fleet_register", "write")
def add_card(request: HttpRequest, body: CardIn) -> Status:
    """登记加油卡；每辆车只能有一张在用的卡（文山 “一车一卡”）。 / Register a card; one card per car."""
    return Status(201, card_out(service.add_card(request.user, body.dict())))


@router.post("/cards/{card_id}/top-up", response={200: FuelOut, **ERRORS}, summary="充值 / top up")
@requires("fleet_register", "write")
def top_up(request: HttpRequest, card_id: Id, body: TopUpIn) -> FuelOut:
    """加油卡充值，写明同意充值的领导（通榆 “费用经领导同意由财务科充值”）。 / Top a card up, naming the leader."""
    c = fetch(request, "write", "fleet_register", FuelCard.objects.select_related("vehicle"), pk=card_id)
    return fuel_out(service.top_up(request.user, c, body.dict()))


class FuelFilter(Schema):
    plate: Annotated[str, AfterValidator(reg.no_control)] | None = Field(
        None, max_length=20, description="车牌 / plate"
    )


@router.get("/fuel", response={200: list[FuelOut], **ERRORS}, summary="加油记录 / the fuel record")
@requires("fleet_register", "read")
def fuel(request: HttpRequest, filters: Query[FuelFilter]) -> list[FuelOut]:
    """加油和充值记录，最新在前。 / Refuellings and top-ups, newest first."""
    qs = FuelEntry.objects.filter(agency=reg.agency_of(request.user)).select_related("vehicle", "card")
    if filters.plate:
        qs = qs.filter(vehicle__plate=filters.plate)
    return [fuel_out(e) for e in scoped(request, "fleet_register", qs)[:500]]


# --- repairs and allowances -----------------------------------------------------------------------------------


@router.get("/repairs", response={200: list[RepairOut], **ERRORS}, summary="车辆维修 / repairs")
@requires("fleet_register", "read")
def repairs(request: HttpRequest) -> list[RepairOut]:
    """已批准的维修及其结算。 / Approved repairs and their settlement."""
    qs = Repair.objects.filter(agency=reg.agency_of(request.user))
    return [repair_out(r) for r in scoped(request, "fleet_register", qs)[:500]]


@router.post("/repairs/{repair_id}/settle", response={200: RepairOut, **ERRORS}, summary="维修结算 / settle")
@requires("fleet_register", "write")
def settle(request: HttpRequest, repair_id: Id, body: SettleIn) -> RepairOut:
    """维修结算，经 vehicle.repair（结算环节）校验：区局 正式发票、明细清单、共同签字；白城 原配件交回；文山 驾驶员
    不直接结账。 / Settle a repair with its documents, put to vehicle.repair."""
    r = fetch(request, "write", "fleet_register", Repair.objects.all(), pk=repair_id)
    return repair_out(service.settle_repair(request.user, r, body.dict()))


class AllowanceFilter(Schema):
    period: str | None = Field(None, pattern=r"^(19|20)\d\d(-(0[1-9]|1[0-2]))?$", description="期间 YYYY-MM 或 YYYY")


@router.get("/allowances", response={200: list[AllowanceOut], **ERRORS}, summary="驾驶员补助 / drivers' allowances")
@requires("fleet_register", "read")
def allowances(request: HttpRequest, filters: Query[AllowanceFilter]) -> list[AllowanceOut]:
    """已批准的节假日出车补助（同一天只计一次）和劳保费、安全行车奖。 / Approved allowances, each day once."""
    qs = Allowance.objects.filter(agency=reg.agency_of(request.user)).prefetch_related("day_rows")
    if filters.period:
        qs = qs.filter(period=filters.period)
    return [allowance_out(a) for a in scoped(request, "fleet_register", qs)[:500]]
