"""The vehicle registers (车辆台账): vehicles, dispatch slips with the trip log, fuel cards and their entries,
repairs, drivers' allowances.

- 区局《车辆使用管理办法》 (district-bureau:39): 一、2 “需要用车时提前一天向办公室申请”; 五、4 “此《派车单》经车辆
  管理人员批准签字后方可出车”; 三、1 “将车辆购置时间、车型、牌照号、钢号、架号进行造册登记”; 四、2 节假日出车补助
  “不能重复计算”.
- 通榆《公务用车管理制度》 (tongyu-hrss:8): “出车要填写出车登记表，并存档备案” — 《执法用车出车登记表》: 日期、
  出车时间、返回时间、出车事由（包括目的地）、使用人、驾驶员; “持卡到加油站加油 … 要做好加油记录”.
- 文山 第四十一条 车辆管理制度 (wenshan-hrss:45): “严格执行‘一车一卡’加油办法”; 劳保费、安全行车奖 “年底一次性”.
- 白城《公务用车使用管理细则》 (baicheng-fupin:20): 《各部门公务用车派车单》, 加油台账互相签字.

``zhidu.fleet.service`` is the only writer; each write is a checked, ledgered step.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned
from zhidu.core.rules.library.vehicles import PURPOSE_ZH

PURPOSES = [(k, v) for k, v in PURPOSE_ZH.items()]
VEHICLE_KINDS = [("official", "公务用车"), ("enforcement", "行政执法用车"), ("pool", "向机关事务管理部门申请的车辆")]
VEHICLE_ROLES = [("regular", "一般车辆"), ("duty", "值班车辆"), ("emergency_enforcement", "应急执法车辆")]
PARKED = [("unit", "单位"), ("garage", "车库"), ("elsewhere", "其他地点"), ("entertainment_venue", "休闲娱乐场所门前")]
PAYMENTS = [("fuel_card", "加油卡"), ("official_bank_card", "公务银行卡"), ("cash", "现金")]
REPAIR_SIZES = [("general", "一般维修"), ("medium", "中型修理"), ("major", "大型修理")]


class Vehicle(Versioned, models.Model):
    """车辆档案: one official car of the agency (区局 三、1 造册登记)."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="vehicles")
    plate = models.CharField("牌照号", max_length=20)
    model = models.CharField("车型", max_length=60, blank=True)
    kind = models.CharField("类别", max_length=12, choices=VEHICLE_KINDS[:2], default="official")
    role = models.CharField("用途", max_length=24, choices=VEHICLE_ROLES, default="regular")
    purchased_on = models.DateField("购置时间", null=True, blank=True)
    engine_no = models.CharField("发动机号（钢号）", max_length=40, blank=True)
    frame_no = models.CharField("车架号（架号）", max_length=40, blank=True)
    insurance_until = models.DateField("保险到期日", null=True, blank=True)
    active = models.BooleanField("在用", default=True)
    note = models.CharField("备注", max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plate"]
        constraints = [models.UniqueConstraint(fields=["agency", "plate"], name="fleet_vehicle_plate_once")]

    def __str__(self) -> str:
        return self.plate


class Trip(Versioned, models.Model):
    """派车单 and its line in the trip log (出车登记表): requested, approved (the slip signed), out, back."""

    DISPATCHED, OUT, BACK, CANCELLED = "dispatched", "out", "back", "cancelled"
    STATUSES = [(DISPATCHED, "已派车（派车单已签）"), (OUT, "已出车"), (BACK, "已返回"), (CANCELLED, "已取消")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="trips")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="trip"
    )
    number = models.CharField("派车单号", max_length=30)
    vehicle = models.ForeignKey(Vehicle, null=True, blank=True, on_delete=models.PROTECT, related_name="trips")
    plate = models.CharField("车牌", max_length=20, blank=True)
    vehicle_kind = models.CharField("车辆类别", max_length=12, choices=VEHICLE_KINDS, default="official")
    purpose = models.CharField("用车事由类别", max_length=30, choices=PURPOSES)
    reason = models.CharField("出车事由", max_length=300)
    destination = models.CharField("目的地", max_length=200)
    user_name = models.CharField("使用人", max_length=100)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="trips")
    driver_name = models.CharField("驾驶员", max_length=50, blank=True)
    use_date = models.DateField("用车日期")
    after_hours = models.BooleanField("八小时以外用车", default=False)
    slip_signed_by = models.CharField("派车单签字人", max_length=200, blank=True)
    slip_signed_at = models.DateTimeField("派车单签字时间", null=True, blank=True)
    approved_roles = models.JSONField("已批准的角色", default=list, blank=True)
    time_out = models.DateTimeField("出车时间", null=True, blank=True)
    time_back = models.DateTimeField("返回时间", null=True, blank=True)
    km_out = models.PositiveIntegerField("出车里程表读数", null=True, blank=True)
    km_back = models.PositiveIntegerField("返回里程表读数", null=True, blank=True)
    parked = models.CharField("返回后停放地点", max_length=24, choices=PARKED, blank=True)
    safety_note = models.CharField("安全情况", max_length=300, blank=True)
    status = models.CharField("状态", max_length=12, choices=STATUSES, default=DISPATCHED, db_index=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-use_date", "-id"]
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="fleet_trip_number_once")]

    def __str__(self) -> str:
        return f"{self.number} {self.destination}"

    @property
    def owner_id(self) -> int:
        return self.requested_by_id

    @property
    def km(self) -> int | None:
        if self.km_out is None or self.km_back is None:
            return None
        return self.km_back - self.km_out


class FuelCard(Versioned, models.Model):
    """加油卡: one card per car (文山 “一车一卡”), its balance kept exact."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="fuel_cards")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT, related_name="fuel_cards")
    number = models.CharField("卡号", max_length=40)
    balance = models.DecimalField("余额（元）", max_digits=12, decimal_places=2, default=0)
    active = models.BooleanField("在用", default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "number"], name="fleet_card_number_once"),
            models.UniqueConstraint(fields=["vehicle"], condition=Q(active=True), name="fleet_one_card_per_car"),
        ]

    def __str__(self) -> str:
        return self.number


class FuelEntry(models.Model):
    """One line of the fuel record (加油记录): a refuelling or a top-up of the card (充值)."""

    REFUEL, TOPUP = "refuel", "topup"
    KINDS = [(REFUEL, "加油"), (TOPUP, "充值")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="fuel_entries")
    card = models.ForeignKey(FuelCard, null=True, blank=True, on_delete=models.PROTECT, related_name="entries")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT, related_name="fuel_entries")
    kind = models.CharField("类别", max_length=8, choices=KINDS)
    on = models.DateField("日期")
    at = models.TimeField("时间", null=True, blank=True)
    amount = models.DecimalField("金额（元）", max_digits=12, decimal_places=2)
    litres = models.DecimalField("升数", max_digits=8, decimal_places=2, null=True, blank=True)
    odometer = models.PositiveIntegerField("里程表读数", null=True, blank=True)
    payment = models.CharField("支付方式", max_length=20, choices=PAYMENTS, default="fuel_card")
    station = models.CharField("加油站", max_length=100, blank=True)
    out_of_town = models.BooleanField("外地加油", default=False)
    reported_in_advance = models.BooleanField("外地加油已事先报告", default=False)
    ledger_signed = models.BooleanField("台账已互相签字", default=False)
    consent_by = models.CharField("同意充值的领导", max_length=50, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    by_name = models.CharField("经办人", max_length=50)
    balance_after = models.DecimalField("余额（元）", max_digits=12, decimal_places=2, null=True, blank=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    @property
    def owner_id(self) -> int:
        return self.by_id


class Repair(Versioned, models.Model):
    """车辆维修申报（审批）单 and its settlement (结算)."""

    APPROVED, AWAITING, SETTLED = "approved", "awaiting", "settled"
    STATUSES = [(APPROVED, "已批准维修"), (AWAITING, "结算待审批"), (SETTLED, "已结算")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="vehicle_repairs")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="vehicle_repair"
    )
    vehicle = models.ForeignKey(Vehicle, null=True, blank=True, on_delete=models.PROTECT, related_name="repairs")
    plate = models.CharField("车牌", max_length=20)
    size = models.CharField("维修规模", max_length=10, choices=REPAIR_SIZES, default="general")
    items = models.CharField("维修项目", max_length=1000)
    budget = models.DecimalField("预算金额（元）", max_digits=12, decimal_places=2, null=True, blank=True)
    shop = models.CharField("维修厂", max_length=100, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approvers = models.CharField("批准人", max_length=200, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=APPROVED)
    amount = models.DecimalField("结算金额（元）", max_digits=12, decimal_places=2, null=True, blank=True)
    settled_on = models.DateField("结算日", null=True, blank=True)
    documents = models.JSONField("结算凭据", default=dict, blank=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    @property
    def owner_id(self) -> int:
        return self.requested_by_id


class Allowance(Versioned, models.Model):
    """A driver's allowance once approved: 区局 节假日出车补助 (per month, each day once) or 文山 劳保费与
    安全行车奖 (once a year)."""

    HOLIDAY, ANNUAL = "holiday", "annual"
    KINDS = [(HOLIDAY, "节假日出车补助"), (ANNUAL, "劳保费及安全行车奖")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="driver_allowances")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="allowance"
    )
    kind = models.CharField("类别", max_length=8, choices=KINDS)
    driver_name = models.CharField("驾驶员", max_length=50)
    claimant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    period = models.CharField("期间", max_length=7, help_text="YYYY-MM (holiday) or YYYY (annual)")
    days = models.PositiveIntegerField("计补天数", default=0)
    km = models.PositiveIntegerField("安全行车公里数", null=True, blank=True)
    amount = models.DecimalField("金额（元）", max_digits=12, decimal_places=2)
    approvers = models.CharField("签字人", max_length=200, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period", "driver_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "driver_name", "period"],
                condition=Q(kind="annual"),
                name="fleet_annual_pay_once_a_year",
            )
        ]

    @property
    def owner_id(self) -> int:
        return self.claimant_id


class AllowanceDay(models.Model):
    """One day counted in a holiday allowance: a driver's day is counted once, however many trips (区局 四、2
    “如遇法定节假日和领导带班同天出车时不能重复计算”)."""

    allowance = models.ForeignKey(Allowance, on_delete=models.CASCADE, related_name="day_rows")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    driver_name = models.CharField("驾驶员", max_length=50)
    day = models.DateField("日期")

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "driver_name", "day"], name="fleet_allowance_day_once")
        ]
