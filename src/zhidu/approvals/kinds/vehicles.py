"""Approval kinds for official vehicles (公务用车): the request (请车单 / 派车单), the repair (车辆维修申报表 /
审批单), drivers' allowances (《节假日司机出车登记表》; 劳保费与安全行车奖), parking and toll claims, drivers' leave.

The checks decide (``vehicle.request``, ``vehicle.repair``, ``vehicle.driver_allowance``, ``vehicle.expense_claim``,
``vehicle.driver_leave``); these forms only gather their facts in the words of the paper forms:

- 区局《车辆使用管理办法》 (district-bureau:39) 一、2 “需要用车时提前一天向办公室申请”; 一、5 “八小时以外用车,要向
  主要领导请示”, “双休日、节假日原则上不得动车” (the calendar says which days are rest days); 五、4 “此《派车单》经
  车辆管理人员批准签字后方可出车”; 四、2 节假日出车补助 “不能重复计算”.
- 文山 第四十一条 (wenshan-hrss:45) “由用车科室填写派车单经分管领导同意后,由办公室派车”; （八）劳保费、安全行车奖.
- 通榆《公务用车管理制度》 (tongyu-hrss:8) 执法用车 “用车人提出申请，分管领导签批”; 一般维修 / 大、中型修理.
- 白城《公务用车使用管理细则》 (baicheng-fupin:20) 第四条（六）“必须提供相关文件、电话记录”.

On approval (``on_approved``) the request becomes a dispatch slip in the trip log, the repair a repair to settle,
the allowance a register entry whose days are each counted once (zhidu.fleet.service).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.core.errors import BadInput
from zhidu.core.rules.library.vehicles import PURPOSE_ZH

from . import register
from .base import Context, Kind, money

PURPOSES = list(PURPOSE_ZH.items())
VEHICLE_KINDS = [
    ("official", "本单位公务车"),
    ("enforcement", "行政执法用车"),
    ("pool", "向机关事务管理部门申请的车辆"),
]
SIZES = [("general", "一般维修"), ("medium", "中型修理"), ("major", "大型修理")]
MONEY = {"max_digits": 12, "decimal_places": 2, "min_value": Decimal("0"), "max_value": Decimal("9999999999.99")}


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    return dt.date.fromisoformat(str(value))


def _dec(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    return Decimal(str(value))


# Agencies whose text knows only some kinds of car (通榆《公务用车管理制度》: 一、向县机关事务管理服务中心申请的
# 公务用车; 二、行政执法用车 — tongyu-hrss:8:1, 8:2).
ONLY_KINDS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "tongyu-hrss": (
        ("pool", "enforcement"),
        "本局《公务用车管理制度》只规定向县机关事务管理服务中心申请的公务用车（第一部分）和行政执法用车（第二部分），"
        "请选择其一",
        "this bureau's rules know only cars requested from the county centre and law-enforcement cars: choose one",
    )
}


# --- 用车申请 / 派车单 ---------------------------------------------------------------------------------------


class VehicleRequestForm(forms.Form):
    purpose = forms.ChoiceField(label="用车事由类别 / Purpose", choices=PURPOSES, initial="section_business")
    vehicle_kind = forms.ChoiceField(label="车辆类别 / Kind of car", choices=VEHICLE_KINDS, initial="official")
    use_date = forms.DateField(label="用车日期 / Date of use")
    time_from = forms.TimeField(label="出车时间（预计） / Leaving at", required=False)
    time_to = forms.TimeField(label="返回时间（预计） / Back by", required=False)
    after_hours = forms.BooleanField(label="八小时以外用车 / Outside the eight working hours", required=False)
    destination = forms.CharField(label="目的地 / Destination", max_length=200)
    reason = forms.CharField(label="出车事由 / Purpose of the trip", max_length=300)
    user_name = forms.CharField(label="使用人（乘车人） / User(s) of the car", max_length=100)
    section_heads = forms.IntegerField(
        label="同行科室主要负责人人数 / Section heads travelling", min_value=0, max_value=100, required=False
    )
    staff_count = forms.IntegerField(
        label="同行一般职工人数 / Other staff travelling", min_value=0, max_value=100, required=False
    )
    plate = forms.CharField(label="车牌（可不填，由办公室派车） / Plate (optional)", max_length=20, required=False)
    driver_name = forms.CharField(label="驾驶员（可不填） / Driver (optional)", max_length=50, required=False)
    documents_provided = forms.BooleanField(
        label="已提供相关文件、电话记录 / Supporting documents or call records provided", required=False
    )
    unrelated_passengers = forms.BooleanField(
        label="携带与公务无关的人员 / People unrelated to the business ride along", required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("time_from"), data.get("time_to")
        if start and end and end <= start:
            self.add_error("time_to", "返回时间应晚于出车时间 / the return must be after the departure")
        return data


@register
class VehicleRequest(Kind):
    id = "vehicle.request"
    name_zh = "用车申请（派车单）"
    name_en = "Request for an official car (dispatch slip)"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = VehicleRequestForm
    checks = ("vehicle.request",)
    cites = (
        "district-bureau:39:1.2",
        "district-bureau:39:5.4",
        "wenshan-hrss:45:2",
        "tongyu-hrss:8:2.1",
        "baicheng-fupin:20:4.6",
    )

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        use = _date(data.get("use_date"))
        if use is None:
            return None
        if use < ctx.on:
            raise BadInput(
                f"用车日期 {use.isoformat()} 早于申请日 {ctx.on.isoformat()}",
                f"the date of use {use.isoformat()} is before the request ({ctx.on.isoformat()})",
                "use_date",
            )
        kind = data.get("vehicle_kind") or "official"
        allowed = ONLY_KINDS.get(ctx.agency)
        if allowed and kind not in allowed[0]:
            raise BadInput(allowed[1], allowed[2], "vehicle_kind")
        facts: dict[str, Any] = {
            "purpose": data["purpose"],
            "vehicle_kind": kind,
            "request_date": ctx.on.isoformat(),
            "use_date": use.isoformat(),
            "after_hours": bool(data.get("after_hours")),
            "slip_signed": False,  # the slip is signed by approving it
            "section_heads": int(data.get("section_heads") or 0),
            "staff_count": int(data.get("staff_count") or 0),
            "documents_provided": bool(data.get("documents_provided")),
            "unrelated_passengers": bool(data.get("unrelated_passengers")),
        }
        plate = str(data.get("plate") or "").strip()
        if plate:
            from zhidu.fleet.service import vehicle_by_plate
            from zhidu.rulebook.service import get_agency

            v = vehicle_by_plate(get_agency(ctx.agency), plate)
            if v is None:
                raise BadInput(f"车辆台账中没有 {plate}", f"no vehicle {plate} in the register", "plate")
            facts["vehicle_role"] = v.role
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        return f"用车：{data.get('use_date')} {data.get('destination', '')}（{data.get('reason', '')}）"[:300]

    def on_approved(self, application: Any) -> None:
        from zhidu.fleet.service import dispatch_from_application

        dispatch_from_application(application)


# --- 车辆维修申报（审批）单 ------------------------------------------------------------------------------------


class VehicleRepairForm(forms.Form):
    plate = forms.CharField(label="车牌 / Plate", max_length=20)
    size = forms.ChoiceField(label="维修规模 / Size of the repair", choices=SIZES, initial="general")
    items = forms.CharField(
        label="维修项目及情况说明 / Items and what is wrong", max_length=1000, widget=forms.Textarea
    )
    budget = forms.DecimalField(label="预算金额（元） / Budgeted amount (yuan)", required=False, **MONEY)
    shop = forms.CharField(label="维修厂 / Garage", max_length=100, required=False)
    designated_shop = forms.BooleanField(
        label="在指定（定点）修理厂 / At the designated garage", required=False, initial=True
    )
    roadside = forms.BooleanField(label="在外行驶途中发生故障 / Broke down on the road", required=False)
    urgent = forms.BooleanField(label="特殊情况来不及填写审批单 / No time for the form (special case)", required=False)


@register
class VehicleRepair(Kind):
    id = "vehicle.repair"
    name_zh = "车辆维修申报（审批）单"
    name_en = "Vehicle repair request"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = VehicleRepairForm
    checks = ("vehicle.repair",)
    cites = ("tongyu-hrss:8:2.2.1", "wenshan-hrss:45:4", "district-bureau:39:3.3", "baicheng-fupin:20:8")

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        budget = _dec(data.get("budget"))
        return {
            "stage": "request",
            "size": data.get("size") or "general",
            "form_filled": True,
            "items_and_amount": bool(str(data.get("items") or "").strip()) and budget is not None,
            "designated_shop": bool(data.get("designated_shop")),
            "roadside": bool(data.get("roadside")),
            "urgent": bool(data.get("urgent")),
        }

    def title(self, data: Mapping[str, Any]) -> str:
        size = dict(SIZES).get(str(data.get("size")), "维修")
        return f"车辆{size}：{data.get('plate', '')} {str(data.get('items', ''))[:60]}"[:300]

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return _dec(data.get("budget"))

    def on_approved(self, application: Any) -> None:
        from zhidu.fleet.service import repair_from_application

        repair_from_application(application)


# --- 节假日司机出车补助（区局） ------------------------------------------------------------------------------

_MONTH = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


def _dates(value: Any) -> list[dt.date]:
    """Dates typed one a line (or separated by commas), or a list of them (ValueError if one is no date)."""
    pieces = value if isinstance(value, list | tuple) else re.split(r"[\s,，、;；]+", str(value or "").strip())
    return [dt.date.fromisoformat(str(p).strip()) for p in pieces if str(p).strip()]


class DriverAllowanceForm(forms.Form):
    driver_name = forms.CharField(label="驾驶员 / Driver", max_length=50)
    month = forms.CharField(label="月份（YYYY-MM） / Month", max_length=7)
    trip_dates = forms.CharField(
        label="休息日、节假日出车日期（每行一个，同日多次可重复；不填则取出车登记表） / Dates out on rest days",
        required=False,
        max_length=2000,
        widget=forms.Textarea,
    )
    claimed = forms.DecimalField(label="申报金额（元） / Amount claimed (yuan)", **MONEY)

    def clean_month(self) -> str:
        m = self.cleaned_data["month"].strip()
        if not _MONTH.match(m):
            raise forms.ValidationError("月份应为 YYYY-MM / month must be YYYY-MM")
        return m

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        raw = data.get("trip_dates") or ""
        try:
            dates = _dates(raw)
        except ValueError:
            self.add_error("trip_dates", "日期应为 YYYY-MM-DD / dates must be YYYY-MM-DD")
            return data
        if len(dates) > 62:
            self.add_error("trip_dates", "一个月最多列 62 次出车 / at most 62 trips a month")
        month = data.get("month")
        if month and any(d.strftime("%Y-%m") != month for d in dates):
            self.add_error("trip_dates", "出车日期须在所报月份之内 / every date must fall in the month claimed")
        data["trip_dates"] = "\n".join(d.isoformat() for d in dates)  # kept as text: the form reads it again
        return data


@register
class DriverHolidayAllowance(Kind):
    id = "vehicle.holiday_allowance"
    name_zh = "节假日司机出车补助（《节假日司机出车登记表》）"
    name_en = "Driver's weekend and holiday trip allowance"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = DriverAllowanceForm
    checks = ("vehicle.driver_allowance",)
    agencies = ("district-bureau",)
    cites = ("district-bureau:39:4.2", "district-bureau:39:4.3")

    def trip_dates(self, data: Mapping[str, Any], ctx: Context) -> list[dt.date]:
        from zhidu.fleet.service import logged_rest_days

        dates = _dates(data.get("trip_dates") or "")
        return dates or logged_rest_days(ctx.agency, str(data.get("driver_name") or "").strip(), str(data["month"]))

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.fleet.service import paid_days

        if not data.get("month"):
            return None
        dates = self.trip_dates(data, ctx)
        already = paid_days(ctx.agency, str(data.get("driver_name") or "").strip(), sorted(set(dates)))
        if already:
            listed = "、".join(d.isoformat() for d in already)
            raise BadInput(
                f"{listed} 已计入已批准的出车补助，不能重复计算（《车辆使用管理办法》四、2）",
                f"{listed} already counted in an approved allowance: a day is counted once",
                "trip_dates",
            )
        return {
            "trip_dates": [d.isoformat() for d in dates],
            "register_filled": True,  # this form is the 《节假日司机出车登记表》
            "claimed": money(data.get("claimed") or 0),
        }

    def title(self, data: Mapping[str, Any]) -> str:
        return f"节假日出车补助：{data.get('driver_name', '')} {data.get('month', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return _dec(data.get("claimed"))

    def on_approved(self, application: Any) -> None:
        from zhidu.fleet.service import allowance_from_application

        ctx = Context(application.agency.slug, application.on)
        allowance_from_application(application, self.trip_dates(application.data, ctx))


# --- 劳保费与安全行车奖（文山） -----------------------------------------------------------------------------


class DriverAnnualPayForm(forms.Form):
    driver_name = forms.CharField(label="驾驶员 / Driver", max_length=50)
    year = forms.IntegerField(label="年度 / Year", min_value=2000, max_value=2100)
    annual_km = forms.IntegerField(
        label="全年安全行车公里数 / Kilometres driven this year", min_value=0, max_value=1_000_000
    )
    liable_accident = forms.BooleanField(label="全年发生责任事故 / An at-fault accident this year", required=False)
    claimed = forms.DecimalField(label="申报金额（元） / Amount claimed (yuan)", **MONEY)


@register
class DriverAnnualPay(Kind):
    id = "vehicle.annual_pay"
    name_zh = "驾驶员劳保费及安全行车奖"
    name_en = "Driver's labour-protection fee and safe-driving award"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = DriverAnnualPayForm
    checks = ("vehicle.driver_allowance",)
    agencies = ("wenshan-hrss",)
    cites = ("wenshan-hrss:45:8",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.fleet.models import Allowance

        driver = str(data.get("driver_name") or "").strip()
        if Allowance.objects.filter(
            agency__slug=ctx.agency, kind=Allowance.ANNUAL, driver_name=driver, period=str(data.get("year"))
        ).exists():
            raise BadInput(
                f"{driver} {data.get('year')} 年的劳保费和安全行车奖已发放（每年一次性）",
                f"{driver}'s {data.get('year')} fee and award are already paid (once a year)",
                "year",
            )
        return {
            "annual_km": int(data.get("annual_km") or 0),
            "liable_accident": bool(data.get("liable_accident")),
            "claimed": money(data.get("claimed") or 0),
        }

    def title(self, data: Mapping[str, Any]) -> str:
        return f"劳保费及安全行车奖：{data.get('driver_name', '')} {data.get('year', '')}年"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return _dec(data.get("claimed"))

    def on_approved(self, application: Any) -> None:
        from zhidu.fleet.service import allowance_from_application

        allowance_from_application(application)


# --- 停车费、过路费报销（文山） -----------------------------------------------------------------------------


class VehicleExpenseForm(forms.Form):
    kind = forms.ChoiceField(label="费用类别 / Kind of cost", choices=[("parking", "停车费"), ("toll", "过路费")])
    plate = forms.CharField(label="车牌 / Plate", max_length=20)
    on = forms.DateField(label="发生日期 / Date")
    amount = forms.DecimalField(label="金额（元） / Amount (yuan)", **{**MONEY, "min_value": Decimal("0.01")})
    note = forms.CharField(label="说明 / Note", max_length=300, required=False)


@register
class VehicleExpense(Kind):
    id = "vehicle.expense"
    name_zh = "公务车辆停车费、过路费报销单"
    name_en = "Claim for an official car's parking fees or tolls"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = VehicleExpenseForm
    checks = ("vehicle.expense_claim",)
    cites = ("wenshan-hrss:45:4",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        on = _date(data.get("on"))
        if on is not None and on > ctx.on:
            raise BadInput("发生日期不能晚于报销日", "the cost cannot be dated after the claim", "on")
        return {"kind": data["kind"], "amount": money(data.get("amount") or 0)}

    def title(self, data: Mapping[str, Any]) -> str:
        kind = "停车费" if data.get("kind") == "parking" else "过路费"
        return f"{kind}报销：{data.get('plate', '')} {data.get('on', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return _dec(data.get("amount"))


# --- 驾驶员请假（区局） ----------------------------------------------------------------------------------------


class DriverLeaveForm(forms.Form):
    start = forms.DateField(label="请假起始日 / First day")
    days = forms.DecimalField(
        label="请假天数（可为半天） / Days (halves allowed)",
        min_value=Decimal("0.5"),
        max_value=Decimal("365"),
        max_digits=4,
        decimal_places=1,
    )
    reason = forms.CharField(label="事由 / Reason", max_length=300)

    def clean_days(self) -> Decimal:
        d: Decimal = self.cleaned_data["days"]
        if (d * 2) % 1:
            raise forms.ValidationError("天数以半天为单位 / days go by halves")
        return d


@register
class DriverLeave(Kind):
    id = "vehicle.driver_leave"
    name_zh = "驾驶员请假"
    name_en = "Driver's leave"
    domain = "vehicles"
    area = ""  # 分管领导 of the applicant's (the requesting section's) section
    form = DriverLeaveForm
    checks = ("vehicle.driver_leave",)
    cites = ("district-bureau:39:2.4",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        days = _dec(data.get("days"))
        if days is None:
            return None
        return {"days": float(days)}

    def title(self, data: Mapping[str, Any]) -> str:
        return f"驾驶员请假：{data.get('start', '')}起 {data.get('days', '')}天"
