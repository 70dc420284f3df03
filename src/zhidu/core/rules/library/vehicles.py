"""Official vehicles (公务用车): requests and dispatch, repairs, fuel, parking, fines, drivers' allowances and leave.

Implements:
- 区局 《车辆使用管理办法》 (district-bureau:39, S002-39): 提前一天申请; 派车单经车辆管理人员批准签字后方可出车;
  八小时以外用车经主要领导批准, 双休日、节假日原则上不得动车; 每晚停放单位; 严禁酒后驾车、公车私用、婚丧扫墓用车;
  违章罚款每月不超过三次（含）, 超过部分个人承担X%; 司机请假两天以内主管局长、两天以上主要领导;
  维修报主管局长、指定厂店、
  当天结清、发票附明细清单、司机和车辆管理人员共同签字; 每周二、周五上午9:00-10:00加油; 休息日出车每天20元、
  法定节假日每天50元（同天不重复计算）.
- 文山 第四十一条 车辆管理制度 (wenshan-hrss:45, S001-71): 派车单经分管领导同意后由办公室派车; 紧急情况办公室及时派车;
  2名以上科室主要负责人或4名以上一般职工同行的可派车; 严禁专兼职驾驶员以外的人员驾驶; 违章由驾驶人承担; 维修申报表
  → 车辆管理负责人 → 分管领导; 驾驶员不直接结账; “一车一卡”, 一般不得现金加油; 回单位停放, 法定节假日封存停驶;
  劳保费每年150元, 全年无责任事故按每公里5分钱奖励.
- 通榆 《公务用车管理制度》 (tongyu-hrss:8, S000-08, WORKFLOW): 经局长同意由人秘科申请县机关事务管理服务中心用车;
  执法用车用车人申请、分管领导签批, 严禁超范围; 一般维修报分管领导, 大、中型修理由分管领导报局长; 现场监督;
  持卡加油并做记录; 严禁酒后驾车; 不得交他人驾驶; 出车登记表; 回单位停放, 不在娱乐场所门前停放.
- 白城 《公务用车使用管理细则》 (baicheng-fupin:20, S003-20, WORKFLOW): 第四条 申请用车的情形及程序（文件、电话记录,
  派车单, 办主要领导签字, 市政府办公室副主任签批, 机关事务管理局同意）; 乘车人不得驾驶, 不得携带无关人员; 维修审批单
  经分管领导批准、注明项目金额, 特殊情况请示综合科后补办; 原配件交回; 外地加油事先报告综合科长、用公务银行卡; 罚款由
  驾驶员承担; 严禁酒后驾驶.

Readings are parameters (``agencies/<slug>/parameters/vehicles.yaml``) or written beside the rule. Roles outside
the agency (市政府办公室副主任, 机关事务管理局, 县机关事务管理服务中心) are named in messages, not as approvers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ...calendar import fallback, official
from ..helpers import COUNT, DATE, FLAG, MONEY, day, iso, money, unique_clauses, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Finding
from ..registry import RuleContext, check, rule

TONGYU, WENSHAN, DISTRICT, BAICHENG = "tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin"
ALL = [TONGYU, WENSHAN, DISTRICT, BAICHENG]

TIME: dict[str, Any] = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$"}

PURPOSES = [
    "law_enforcement",  # 行政执法（执法用车）
    "county_assignment",  # 完成县委、县政府安排的工作
    "large_activity",  # 大型公务活动
    "hosting_inspection",  # 接待上级主管部门领导检查、调研
    "section_business",  # 科室业务用车
    "important_activity",  # 重要活动
    "emergency_onsite",  # 紧急情况需到现场紧急处理
    "large_cash",  # 提取数额较大的现金
    "urgent_goods",  # 购买或运送急需物品
    "confidential_documents",  # 运送机要文件或急件
    "trip_or_meeting",  # 因公出差或参加会议
    "leader_official",  # 局领导公务用车
    "report_or_outside_trip",  # 白城（一）办领导去省扶贫办汇报工作、去县（市、区）或市外出差
    "accompany_senior_leaders",  # 白城（二）副厅级及以上领导来白城调研、检查，办领导陪同
    "accompany_other_leaders",  # 白城（三）按省办安排，处级及以下领导来白城，需办领导陪同
    "special_inspection",  # 白城（四）按办统一安排开展专项督查、评审、调研
    "instruction_handling",  # 白城（五）批示和督办件需办领导赴县（市、区）办理
    "private",  # 私事（公车私用）
    "wedding",  # 婚事
    "funeral",  # 丧事
    "tomb_sweeping",  # 扫墓
]
PURPOSE_ZH = {
    "law_enforcement": "行政执法",
    "county_assignment": "县委、县政府安排的工作",
    "large_activity": "大型公务活动",
    "hosting_inspection": "接待上级检查调研",
    "section_business": "科室业务",
    "important_activity": "重要活动",
    "emergency_onsite": "紧急现场处理",
    "large_cash": "提取数额较大的现金",
    "urgent_goods": "购买或运送急需物品",
    "confidential_documents": "运送机要文件或急件",
    "trip_or_meeting": "因公出差或参加会议",
    "leader_official": "局领导公务",
    "report_or_outside_trip": "去省扶贫办汇报或县、市外出差",
    "accompany_senior_leaders": "陪同副厅级及以上领导",
    "accompany_other_leaders": "按省办安排陪同处级及以下领导",
    "special_inspection": "专项督查、评审、调研",
    "instruction_handling": "办理批示和督办件",
    "private": "私事",
    "wedding": "婚事",
    "funeral": "丧事",
    "tomb_sweeping": "扫墓",
}
ROLE_IDS = ["chief", "deputy_in_charge", "finance_deputy", "office", "finance_section", "section_head"]
ROLE_ZH = {
    "chief": "主要领导（局长/主任）",
    "deputy_in_charge": "分管（主管）领导",
    "finance_deputy": "主管财务的领导",
    "office": "办公室（车辆管理人员、综合科、人秘科）",
    "finance_section": "财务科室",
    "section_head": "科室负责人",
}
VROLE_ZH = {"regular": "一般车辆", "duty": "值班车辆", "emergency_enforcement": "应急执法车辆"}
DRIVER_ZH = {"designated_driver": "驾驶员", "passenger": "乘车人", "other": "其他人员"}
PAY_ZH = {"fuel_card": "加油卡", "official_bank_card": "公务银行卡", "cash": "现金"}
EMERGENCY = {"emergency_onsite", "large_cash", "urgent_goods", "confidential_documents"}

APPROVED_BY = {
    "type": "array",
    "items": {"enum": ROLE_IDS},
    "uniqueItems": True,
    "description": "已同意、签批的角色 roles that have already agreed or signed",
}

REQUEST = check(
    "vehicle.request",
    "公务用车申请与派车",
    "Request and dispatch of an official vehicle",
    {
        "type": "object",
        "required": ["purpose"],
        "additionalProperties": False,
        "properties": {
            "purpose": {"enum": PURPOSES, "description": "用车事由 purpose of the trip"},
            "vehicle_kind": {
                "enum": ["official", "enforcement", "pool"],
                "description": (
                    "车辆类别：本单位公务车 / 行政执法用车 / 向机关事务管理部门申请的车辆 "
                    "own official car, law-enforcement car, or a car requested from the government pool"
                ),
            },
            "request_date": {**DATE, "description": "提出用车申请的日期 date of the request"},
            "use_date": {**DATE, "description": "用车日期 date of use"},
            "after_hours": {
                **FLAG,
                "description": "是否在八小时工作时间以外用车 whether the car is used outside working hours",
            },
            "slip_signed": {
                **FLAG,
                "description": "派车单是否已经车辆管理人员批准签字 whether the dispatch slip has been signed",
            },
            "approved_by": APPROVED_BY,
            "section_heads": {**COUNT, "description": "同行的科室主要负责人人数 section heads travelling together"},
            "staff_count": {**COUNT, "description": "同行的一般职工人数 ordinary staff travelling together"},
            "vehicle_role": {
                "enum": ["regular", "duty", "emergency_enforcement"],
                "description": "车辆用途：一般 / 值班车辆 / 应急执法车辆 regular, duty or emergency enforcement car",
            },
            "driver": {
                "enum": ["designated_driver", "passenger", "other"],
                "description": "驾驶人：专（兼）职驾驶员 / 乘车人 / 其他人员 who drives",
            },
            "driver_drank": {**FLAG, "description": "驾驶人是否饮酒 whether the driver has been drinking"},
            "documents_provided": {
                **FLAG,
                "description": "是否提供相关文件、电话记录 whether supporting documents or call records are provided",
            },
            "unrelated_passengers": {
                **FLAG,
                "description": "是否携带与公务无关的人员 whether people unrelated to the business ride along",
            },
            "trip_logged": {
                **FLAG,
                "description": "是否填写出车登记表 whether the trip is entered in the trip log",
            },
        },
    },
)

REPAIR = check(
    "vehicle.repair",
    "车辆维修保养的审批与结算",
    "Approval and settlement of a vehicle repair",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "stage": {
                "enum": ["request", "settlement"],
                "description": "环节：维修申请（默认） / 结算报销 request (default) or settlement",
            },
            "size": {
                "enum": ["general", "medium", "major"],
                "description": "维修规模：一般维修 / 中型修理 / 大型修理 size of the repair",
            },
            "form_filled": {
                **FLAG,
                "description": "是否填写维修申报表（审批单） whether the repair request form is filled in",
            },
            "items_and_amount": {
                **FLAG,
                "description": "审批单是否注明维修项目和金额 whether the form states the items and the amount",
            },
            "roadside": {**FLAG, "description": "是否在外行驶途中发生故障 whether the car broke down on the road"},
            "designated_shop": {
                **FLAG,
                "description": "是否在指定（定点）修理厂 whether the repair is at the designated shop",
            },
            "urgent": {
                **FLAG,
                "description": "是否因特殊情况来不及填写审批单 whether special circumstances prevent the form",
            },
            "approved_by": APPROVED_BY,
            "supervised": {**FLAG, "description": "是否派人到现场监督 whether someone supervises on site"},
            "old_parts_returned": {**FLAG, "description": "更换的原配件是否交回 whether replaced parts were returned"},
            "invoice": {**FLAG, "description": "是否有正式发票 whether there is a formal invoice"},
            "itemised_list": {**FLAG, "description": "是否附明细清单 whether an itemised list is attached"},
            "co_signed": {
                **FLAG,
                "description": "是否由司机和车辆管理人员共同签字 whether driver and vehicle manager both signed",
            },
            "settled_same_day": {**FLAG, "description": "票据是否当天一次性结清 whether settled the same day"},
            "driver_paid": {
                **FLAG,
                "description": "驾驶员是否直接向厂家结账 whether the driver paid the garage directly",
            },
        },
    },
)

REFUEL = check(
    "vehicle.refuel",
    "车辆加油",
    "Refuelling an official vehicle",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "date": {**DATE, "description": "加油日期 date of refuelling"},
            "time": {**TIME, "description": "加油时间 HH:MM time of refuelling"},
            "odometer_recorded": {
                **FLAG,
                "description": "加油前是否统计公里数 whether the odometer was recorded before refuelling",
            },
            "payment": {
                "enum": ["fuel_card", "official_bank_card", "cash"],
                "description": "支付方式：加油卡 / 公务银行卡 / 现金 payment",
            },
            "own_card": {**FLAG, "description": "是否使用本车加油卡（一车一卡） whether the car's own card is used"},
            "special_circumstances": {
                **FLAG,
                "description": "是否属特殊情况 whether there are special circumstances",
            },
            "out_of_town": {**FLAG, "description": "是否外派车辆在外地加油 whether refuelling out of town"},
            "reported_in_advance": {
                **FLAG,
                "description": "外地加油是否事先报告 whether out-of-town refuelling was reported beforehand",
            },
            "ledger_signed": {
                **FLAG,
                "description": "加油台账是否由车辆管理人员和司机互相签字 whether the fuel ledger is co-signed",
            },
            "record_kept": {
                **FLAG,
                "description": "是否做好加油记录、保存凭证 whether the fuel record and voucher are kept",
            },
        },
    },
)

ALLOWANCE = check(
    "vehicle.driver_allowance",
    "驾驶员出车补助、劳保费和安全行车奖",
    "Drivers' trip allowances, labour-protection fee and safe-driving award",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "trip_dates": {
                "type": "array",
                "items": DATE,
                "maxItems": 62,
                "description": "本月因公出车的日期（同日多次出车可重复列出） dates with official trips this month",
            },
            "register_filled": {
                **FLAG,
                "description": "是否填写《节假日司机出车登记表》 whether the holiday trip register is filled in",
            },
            "annual_km": {
                "type": "integer",
                "minimum": 0,
                "maximum": 1_000_000,
                "description": "全年安全行车公里数 kilometres driven in the year",
            },
            "liable_accident": {
                **FLAG,
                "description": "全年是否发生责任事故 whether the driver had an at-fault accident this year",
            },
            "claimed": {**MONEY, "description": "申报金额（元） amount claimed"},
            "signed_by": {**APPROVED_BY, "description": "已签字的角色 roles that have already signed"},
        },
    },
)

FINE = check(
    "vehicle.traffic_fine",
    "驾驶公车违章罚款的承担",
    "Who bears a traffic fine incurred with an official vehicle",
    {
        "type": "object",
        "required": ["fines_this_month"],
        "additionalProperties": False,
        "properties": {
            "fines_this_month": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100,
                "description": "本月第几次违章罚款（含本次） number of this month's fines, this one included",
            },
            "paid_by": {
                "enum": ["unit", "driver"],
                "description": "拟由谁承担：单位 / 驾驶员 who is to pay",
            },
            "liable_accident": {
                **FLAG,
                "description": "违章是否造成责任事故 whether the violation caused an at-fault accident",
            },
        },
    },
)

LEAVE = check(
    "vehicle.driver_leave",
    "驾驶员请假审批",
    "Approval of a driver's leave",
    {
        "type": "object",
        "required": ["days"],
        "additionalProperties": False,
        "properties": {
            "days": {
                "type": "number",
                "minimum": 0.5,
                "maximum": 365,
                "multipleOf": 0.5,
                "description": "请假天数（可为半天） days of leave",
            },
            "approved_by": APPROVED_BY,
        },
    },
)

EXPENSE = check(
    "vehicle.expense_claim",
    "公务车辆停车费、过路费报销",
    "Claim for parking fees and tolls of an official vehicle",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": ["parking", "toll"], "description": "费用类别：停车费 / 过路费 kind of cost"},
            "amount": {**MONEY, "description": "金额（元） amount"},
            "signed_by": {**APPROVED_BY, "description": "已签字的角色 roles that have already signed"},
        },
    },
)

PARKING = check(
    "vehicle.parking",
    "公务车辆停放",
    "Where an official vehicle is parked",
    {
        "type": "object",
        "required": ["period", "location"],
        "additionalProperties": False,
        "properties": {
            "period": {
                "enum": ["working_hours", "night", "weekend", "holiday"],
                "description": "时段：上班时间 / 夜间 / 双休日（周五下班后至周日） / 法定节假日 period",
            },
            "location": {
                "enum": ["unit", "garage", "elsewhere", "entertainment_venue"],
                "description": "停放地点：单位 / 车库 / 其他地点 / 休闲娱乐场所门前 where",
            },
            "dispatched": {**FLAG, "description": "是否外派公出 whether the car is out on an assignment"},
            "special_work": {
                **FLAG,
                "description": "是否因特殊工作需要 whether special work requires it",
            },
            "reported_to_office": {
                **FLAG,
                "description": "不能回单位停放是否已报告办公室 whether the office was told",
            },
            "vehicle_role": {
                "enum": ["regular", "duty", "emergency_enforcement"],
                "description": "车辆用途：一般 / 值班车辆 / 应急执法车辆",
            },
            "in_use": {**FLAG, "description": "该时段是否动车 whether the car is driven in that period"},
        },
    },
)


# ---------------------------------------------------------------------------------------------- helpers


def _roles_zh(roles: Iterable[str]) -> str:
    return "、".join(ROLE_ZH.get(r, r) for r in roles)


def _pending(facts: Any, need: Iterable[str], key: str = "approved_by") -> list[str]:
    done = set(facts.get(key, []))
    return [r for r in need if r not in done]


def _holiday(ctx: RuleContext, day: dt.date) -> str | None:
    """The name of the holiday a rest day belongs to (State Council notice, or the statutory days for a year the
    calendar does not know); None for working days and ordinary weekends."""
    if ctx.calendar.is_working_day(day):
        return None
    o = ctx.calendar.override(day.year)
    if o is not None:
        return "节假日" if day in o.holidays else None
    if official.knows(day.year):
        return official.holiday_name_zh(day)
    return fallback.statutory_days_off(day.year).get(day)


def _approval(
    ctx: RuleContext,
    facts: Any,
    need: list[str],
    zh: str,
    en: str,
    trace: list[str],
    extra: Iterable[CitedClause] = (),
) -> Finding:
    """needs_approval for the roles in ``need`` that have not yet agreed; allowed once all have."""
    missing = _pending(facts, need)
    trace = [*trace, f"须经：{_roles_zh(need)}；尚未：{_roles_zh(missing) or '无'}"]
    if not missing:
        return ctx.finding(
            ALLOWED, f"已经{_roles_zh(need)}同意", "All required approvals given", trace=trace, extra=extra
        )
    return ctx.finding(NEEDS_APPROVAL, zh, en, trace=trace, approvers=missing, extra=extra)


# ---------------------------------------------------------------------------------------------- request: all


@rule(
    "vehicle.prohibited_use",
    check="vehicle.request",
    agencies=ALL,
    cites=[],
)
def prohibited_use(facts: Any, ctx: RuleContext) -> Finding:
    """严禁公车私用（各机构所列禁止用途见参数：区局另列婚、丧、扫墓用车）。"""
    name = "vehicle.prohibited_use.purposes"
    banned = list(ctx.param(name))
    p = facts["purpose"]
    if p in banned:
        return ctx.finding(
            BLOCKED,
            f"公务车辆不得用于{PURPOSE_ZH[p]}",
            f"Official cars may not be used for {p}",
            trace=[f"用车事由：{PURPOSE_ZH[p]}（禁止）"],
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        ALLOWED,
        f"用车事由（{PURPOSE_ZH[p]}）不属禁止用途",
        f"The purpose ({p}) is not a prohibited use",
        trace=[f"用车事由：{PURPOSE_ZH[p]}"],
        extra=[ctx.param_cited(name)],
    )


@rule(
    "vehicle.drink_driving",
    check="vehicle.request",
    agencies=[TONGYU, DISTRICT, BAICHENG],
    cites=[
        (f"{TONGYU}:8:2.3.2", "严禁酒后驾车"),
        (f"{DISTRICT}:39:2.3", "严禁司机饮酒和酒后驾车"),
        (f"{BAICHENG}:20:13", "严禁酒后驾驶、疲劳驾驶、超速行驶、闯红灯等交通违法行为"),
    ],
)
def drink_driving(facts: Any, ctx: RuleContext) -> Finding | None:
    """严禁酒后驾车。"""
    if "driver_drank" not in facts:
        return None
    if facts["driver_drank"]:
        return ctx.finding(BLOCKED, "严禁酒后驾车", "No driving after drinking", trace=["驾驶人饮酒：是"])
    return ctx.finding(ALLOWED, "驾驶人未饮酒", "The driver has not been drinking", trace=["驾驶人饮酒：否"])


@rule(
    "vehicle.driver_only",
    check="vehicle.request",
    agencies=[TONGYU, WENSHAN, BAICHENG],
    cites=[
        (f"{TONGYU}:8:2.3.3", "驾驶员不得以任何理由将车辆交给他人驾驶"),
        (f"{WENSHAN}:45:3", "严禁专兼职驾驶员外的人员驾驶公车"),
        (f"{BAICHENG}:20:5", "在执行公务中，乘车人不得驾驶车辆"),
    ],
)
def driver_only(facts: Any, ctx: RuleContext) -> Finding | None:
    """只有（专兼职）驾驶员可以驾驶公车：驾驶员不得交他人驾驶；乘车人不得驾驶。"""
    who = facts.get("driver")
    if who is None:
        return None
    if who == "designated_driver":
        return ctx.finding(ALLOWED, "由驾驶员驾驶", "Driven by the designated driver", trace=["驾驶人：驾驶员"])
    return ctx.finding(
        BLOCKED,
        "公车只能由（专兼职）驾驶员驾驶，乘车人或其他人员不得驾驶",
        "Only the designated driver may drive the official car",
        trace=[f"驾驶人：{DRIVER_ZH[who]}"],
    )


# ---------------------------------------------------------------------------------------------- request: district


@rule(
    "vehicle.advance_request_art39",
    check="vehicle.request",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:39:1.2", "需要用车时提前一天向办公室申请,由办公室统一调派")],
)
def advance_request_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：需要用车时提前一天向办公室申请。

    Reading: “提前一天” is a calendar day — the request must be made on the day before the use at the latest
    (a Friday request for Monday is in time); a same-day request misses the condition.
    """
    if "request_date" not in facts or "use_date" not in facts:
        return None
    name = "vehicle.advance_request_art39.days"
    n = int(ctx.param(name))
    req, use = day(facts["request_date"]), day(facts["use_date"])
    gap = (use - req).days
    trace = [f"申请 {iso(req)}，用车 {iso(use)}：提前 {gap} 天 {'≥' if gap >= n else '<'} {n} 天"]
    if gap >= n:
        return ctx.finding(
            ALLOWED,
            f"已提前 {gap} 天申请",
            f"Requested {gap} day(s) ahead",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        BLOCKED,
        f"用车须提前{n}天向办公室申请",
        f"Cars must be requested from the office {n} day(s) ahead",
        trace=trace,
        extra=[ctx.param_cited(name)],
    )


@rule(
    "vehicle.after_hours_art39",
    check="vehicle.request",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:39:1.5", "八小时以外用车,要向主要领导请示,经批准后方可动车"),
        (f"{DISTRICT}:39:1.5", "双休日、节假日原则上不得动车"),
    ],
)
def after_hours_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：八小时以外用车须经主要领导批准；双休日、节假日原则上不得动车。

    Reading: “原则上不得” leaves room for exceptions; a weekend or holiday trip is also a use outside the eight
    working hours, so the exception is the principal leader's to grant (needs_approval by the chief).
    """
    rest = None
    if "use_date" in facts:
        d = day(facts["use_date"])
        if not ctx.calendar.is_working_day(d):
            rest = _holiday(ctx, d) or "双休日"
    if rest is None and not facts.get("after_hours"):
        if "use_date" in facts or "after_hours" in facts:
            return ctx.finding(ALLOWED, "工作时间内用车", "Use within working hours", trace=["八小时以内"])
        return None
    if rest:
        zh = f"{rest}原则上不得动车；确需动车须向主要领导请示，经批准后方可动车"
        trace = [f"用车日 {facts['use_date']} 为休息日（{rest}）"]
    else:
        zh = "八小时以外用车，须向主要领导请示，经批准后方可动车"
        trace = ["八小时以外用车"]
    return _approval(ctx, facts, ["chief"], zh, "Use outside working hours needs the chief's approval", trace)


@rule(
    "vehicle.dispatch_slip_art39",
    check="vehicle.request",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:39:5.4", "此《派车单》经车辆管理人员批准签字后方可出车")],
)
def dispatch_slip_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：《派车单》经车辆管理人员批准签字后方可出车（车辆管理人员由办公室确定，记为 office）。"""
    if "slip_signed" not in facts:
        return None
    if facts["slip_signed"]:
        return ctx.finding(
            ALLOWED,
            "派车单已经车辆管理人员签字，可以出车",
            "Slip signed: may depart",
            trace=["派车单：已签字"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "派车单须经车辆管理人员批准签字后方可出车",
        "The dispatch slip must be signed by the vehicle manager before departure",
        trace=["派车单：未签字"],
        approvers=["office"],
    )


# ---------------------------------------------------------------------------------------------- request: wenshan


@rule(
    "vehicle.dispatch_art41",
    check="vehicle.request",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:45:2", "由用车科室填写派车单经分管领导同意后,由办公室派车"),
        (f"{WENSHAN}:45:2", "若有重要活动,由办公室统一安排调派车辆"),
        (f"{WENSHAN}:45:2", "由办公室及时派车"),
        (f"{WENSHAN}:45:1", "劳动保障监察车由劳动保障监察支队负责管理"),
    ],
    params=["vehicle.dispatch_art41.trip_min_section_heads", "vehicle.dispatch_art41.trip_min_people"],
)
def dispatch_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：科室业务用车派车单经分管领导同意后由办公室派车；重要活动、紧急情况由办公室派车；
    出差或开会2名以上科室主要负责人或4名以上一般职工同行的，办公室可根据车辆情况派车。"""
    p = facts["purpose"]
    if p in ("private", "wedding", "funeral", "tomb_sweeping"):
        return None  # vehicle.prohibited_use
    if p == "law_enforcement":
        return ctx.finding(
            ALLOWED,
            "劳动保障监察车由劳动保障监察支队按其管理规定和运行计划调度",
            "Labour-inspection cars are run by the inspection detachment under its own plan",
            trace=["用车事由：行政执法（监察车）"],
        )
    if p in EMERGENCY or p in ("important_activity", "leader_official"):
        return _approval(
            ctx,
            facts,
            ["office"],
            f"{PURPOSE_ZH[p]}用车，由办公室派车",
            "The office dispatches a car",
            [f"用车事由：{PURPOSE_ZH[p]}"],
        )
    if p == "trip_or_meeting":
        heads = int(facts.get("section_heads", 0))
        people = heads + int(facts.get("staff_count", 0))
        need_heads = int(ctx.param("vehicle.dispatch_art41.trip_min_section_heads"))
        need_people = int(ctx.param("vehicle.dispatch_art41.trip_min_people"))
        cited = unique_clauses(
            [
                ctx.param_cited("vehicle.dispatch_art41.trip_min_section_heads"),
                ctx.param_cited("vehicle.dispatch_art41.trip_min_people"),
            ]
        )
        trace = [
            f"科室主要负责人 {heads} 人 {'≥' if heads >= need_heads else '<'} {need_heads}；"
            f"同行 {people} 人 {'≥' if people >= need_people else '<'} {need_people}"
        ]
        if heads >= need_heads or people >= need_people:
            return _approval(
                ctx,
                facts,
                ["office"],
                "出差、开会人数达到派车条件，办公室可根据车辆情况派车",
                "Enough travellers: the office may dispatch a car if one is available",
                trace,
                cited,
            )
        return ctx.finding(
            BLOCKED,
            f"因公出差或参加会议，须{need_heads}名以上科室主要负责人或{need_people}名以上职工同行方可派车",
            "Trips and meetings get a car only for 2+ section heads or 4+ staff travelling together",
            trace=trace,
            extra=cited,
        )
    return _approval(
        ctx,
        facts,
        ["deputy_in_charge", "office"],
        "科室业务用车：填写派车单，经分管领导同意后由办公室派车",
        "Section business: dispatch slip agreed by the leader in charge, then the office dispatches",
        [f"用车事由：{PURPOSE_ZH[p]}"],
    )


@rule(
    "vehicle.holiday_art41",
    check="vehicle.request",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:45:5", "国家法定节假日期间,除值班车辆和应急执法车辆外,其他车辆须封存停驶"),
        (f"{WENSHAN}:45:5", "因工作需要用车时,驾驶员到单位开车,用完后立即将车开回单位停放"),
    ],
)
def holiday_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：法定节假日期间除值班车辆和应急执法车辆外封存停驶；双休日因工作需要用车的，用完立即开回单位。

    Reading: 法定节假日期间 is the whole rest period of the State Council's holiday notice (a weekend inside it
    included), as the calendar gives it; an ordinary weekend is not.
    """
    if "use_date" not in facts:
        return None
    d = day(facts["use_date"])
    name = _holiday(ctx, d)
    role = facts.get("vehicle_role", "regular")
    if name:
        if role in ("duty", "emergency_enforcement"):
            return ctx.finding(
                ALLOWED,
                "法定节假日期间，值班车辆、应急执法车辆可以使用",
                "Holiday: duty and emergency-enforcement cars may be used",
                trace=[f"{iso(d)} 节假日（{name}）；车辆：{VROLE_ZH[role]}"],
            )
        return ctx.finding(
            BLOCKED,
            "国家法定节假日期间，除值班车辆和应急执法车辆外，其他车辆须封存停驶",
            "During statutory holidays all cars except duty and emergency-enforcement cars are laid up",
            trace=[f"{iso(d)} 节假日（{name}）；车辆：{VROLE_ZH[role]}"],
        )
    if not ctx.calendar.is_working_day(d):
        return ctx.finding(
            ALLOWED,
            "双休日因工作需要用车：驾驶员到单位开车，用完后立即将车开回单位停放",
            "Weekend use for work: fetch the car at the office and return it right after",
            trace=[f"{iso(d)} 为双休日"],
        )
    return None


# ---------------------------------------------------------------------------------------------- request: tongyu


_TONGYU_POOL = {"county_assignment", "large_activity", "hosting_inspection"}


@rule(
    "vehicle.pool_art1",
    check="vehicle.request",
    agencies=[TONGYU],
    cites=[(f"{TONGYU}:8:1", "经局长同意，人秘科向县机关事务管理服务中心申请公务用车，填写请车审批单")],
)
def pool_art1(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆：县委县政府安排的工作、大型公务活动、接待上级检查调研需要车辆的，经局长同意，由人秘科向县机关事务管理
    服务中心申请，填写请车审批单，人秘科备案。"""
    kind = facts.get("vehicle_kind")
    p = facts["purpose"]
    if kind is None and p in _TONGYU_POOL:
        kind = "pool"
    if kind != "pool":
        return None
    if p not in _TONGYU_POOL:
        return ctx.finding(
            BLOCKED,
            "向县机关事务管理服务中心申请公务用车，限于县委县政府安排的工作、大型公务活动和接待上级检查调研",
            "Pool cars are requested only for county assignments, large activities and hosting inspections",
            trace=[f"用车事由：{PURPOSE_ZH[p]}"],
        )
    return _approval(
        ctx,
        facts,
        ["chief", "office"],
        "经局长同意后，由人秘科向县机关事务管理服务中心申请公务用车，填写请车审批单并备案",
        "The director consents; 人秘科 then requests the car from the county centre and files the form",
        [f"用车事由：{PURPOSE_ZH[p]}"],
    )


@rule(
    "vehicle.enforcement_art2",
    check="vehicle.request",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:8:2.1", "用车人提出申请，分管领导签批，严禁超范围使用"),
        (f"{TONGYU}:8:2.4.1", "出车要填写出车登记表，并存档备案"),
    ],
)
def enforcement_art2(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆：行政执法用车为行政执法使用，用车人申请、分管领导签批，严禁超范围使用；出车填写出车登记表。"""
    kind = facts.get("vehicle_kind")
    p = facts["purpose"]
    if kind is None and p == "law_enforcement":
        kind = "enforcement"
    if kind != "enforcement":
        return None
    if p != "law_enforcement":
        return ctx.finding(
            BLOCKED,
            "行政执法用车为行政执法使用，严禁超范围使用",
            "Law-enforcement cars are for law enforcement only",
            trace=[f"用车事由：{PURPOSE_ZH[p]}（非执法）"],
        )
    if facts.get("trip_logged") is False:
        return ctx.finding(
            WARNING,
            "出车要填写出车登记表（日期、出车和返回时间、事由及目的地、使用人、驾驶员），并存档备案",
            "Enter the trip in the trip log and file it",
            trace=["出车登记表：未填写"],
        )
    return _approval(
        ctx,
        facts,
        ["deputy_in_charge"],
        "执法用车由用车人提出申请，分管领导签批",
        "The user applies; the leader in charge signs",
        ["用车事由：行政执法"],
    )


# ---------------------------------------------------------------------------------------------- request: baicheng


_BAICHENG_OK = {
    "report_or_outside_trip",
    "accompany_senior_leaders",
    "accompany_other_leaders",
    "special_inspection",
    "instruction_handling",
}


@rule(
    "vehicle.eligibility_art4",
    check="vehicle.request",
    agencies=[BAICHENG],
    cites=[
        (f"{BAICHENG}:20:3", "严禁违规或超范围使用公务车辆"),
        (f"{BAICHENG}:20:4", "向市机关事务管理局申请调用车辆"),
        (f"{BAICHENG}:20:4.6", "必须提供相关文件、电话记录"),
        (f"{BAICHENG}:20:4.6", "由办主要领导签字后，报市政府办公室副主任签批和机关事务管理局同意"),
    ],
)
def eligibility_art4(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 第四条：五种情形可向市机关事务管理局申请用车；须提供相关文件、电话记录，派车单由办主要领导签字后，报市政府
    办公室副主任签批和机关事务管理局同意（后两者在机关外，写入提示，不列为本办审批人）。"""
    p = facts["purpose"]
    if p in ("private", "wedding", "funeral", "tomb_sweeping"):
        return None  # vehicle.prohibited_use
    if p not in _BAICHENG_OK:
        return ctx.finding(
            BLOCKED,
            f"“{PURPOSE_ZH[p]}”不在第四条规定的申请用车情形之内，严禁超范围使用公务车辆",
            "Not one of the cases of Article 4: no official car",
            trace=[f"用车事由：{PURPOSE_ZH[p]}"],
        )
    if facts.get("documents_provided") is False:
        return ctx.finding(
            BLOCKED,
            "申请调用车辆时，必须提供相关文件、电话记录",
            "Supporting documents or call records are required",
            trace=[f"用车事由：{PURPOSE_ZH[p]}", "相关文件、电话记录：未提供"],
        )
    return _approval(
        ctx,
        facts,
        ["chief"],
        "填写《各部门公务用车派车单》，由办主要领导签字后，报市政府办公室副主任签批和机关事务管理局同意，政府车队派车",
        "Dispatch form signed by the office's chief, then the city government office and the fleet authority",
        [f"用车事由：{PURPOSE_ZH[p]}"],
    )


@rule(
    "vehicle.passengers_art6",
    check="vehicle.request",
    agencies=[BAICHENG],
    cites=[(f"{BAICHENG}:20:6", "申请用车人不得携带与公务无关的人员乘坐公务车辆")],
)
def passengers_art6(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 第六条：不得携带与公务无关的人员乘坐公务车辆。"""
    if "unrelated_passengers" not in facts:
        return None
    if facts["unrelated_passengers"]:
        return ctx.finding(
            BLOCKED,
            "不得携带与公务无关的人员乘坐公务车辆",
            "No passengers unrelated to the business",
            trace=["无关人员：有"],
        )
    return ctx.finding(ALLOWED, "无与公务无关的乘车人员", "No unrelated passengers", trace=["无关人员：无"])


# ---------------------------------------------------------------------------------------------- repair


@rule(
    "vehicle.repair_art2_2",
    check="vehicle.repair",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:8:2.2.1", "一般维修，驾驶员须报办公室，并说明具体情况，办公室报分管领导，经批准后进行维修"),
        (f"{TONGYU}:8:2.2.1", "大、中型修理，由分管领导报局长，经批准后进行维修"),
        (f"{TONGYU}:8:2.2.1", "维修应派人到现场监督"),
    ],
    params=["vehicle.repair_art2_2.chief_sizes"],
)
def repair_art2_2(facts: Any, ctx: RuleContext) -> Finding:
    """通榆：一般维修报分管领导批准；大、中型修理由分管领导报局长批准；维修派人现场监督，票据按财务制度报销。

    Reading: the text defines 大、中型 by no amount; the size is a fact. When it is not given the repair is routed
    the higher way (to the director), the careful choice.
    """
    if facts.get("stage", "request") == "settlement":
        if facts.get("supervised") is False:
            return ctx.finding(
                WARNING,
                "维修应派人到现场监督，严禁弄虚作假",
                "Repairs must be supervised on site",
                trace=["现场监督：无"],
            )
        return ctx.finding(
            ALLOWED,
            "维修后将票据带回，按财务制度的有关规定履行报销手续",
            "Bring the invoices back and claim under the finance rules",
            trace=["结算"],
        )
    size = facts.get("size")
    chief_sizes = set(ctx.param("vehicle.repair_art2_2.chief_sizes"))
    cited = [ctx.param_cited("vehicle.repair_art2_2.chief_sizes")]
    if size is None or size in chief_sizes:
        need = ["deputy_in_charge", "chief"]
        zh = "大、中型修理：由分管领导报局长，经批准后进行维修"
        if size is None:
            zh = "未说明维修规模，按大、中型修理由分管领导报局长批准"
        trace = [f"维修规模：{size or '未说明'} → 局长批准"]
    else:
        need = ["deputy_in_charge"]
        zh = "一般维修：驾驶员报办公室，办公室报分管领导，经批准后进行维修"
        trace = ["维修规模：一般 → 分管领导批准"]
    if facts.get("supervised") is False:
        return ctx.finding(
            WARNING,
            "维修应派人到现场监督，严禁弄虚作假",
            "Repairs must be supervised on site",
            trace=[*trace, "现场监督：无"],
            extra=cited,
        )
    return _approval(ctx, facts, need, zh, "Repair approval routed by size", trace, cited)


@rule(
    "vehicle.repair_art41",
    check="vehicle.repair",
    agencies=[WENSHAN],
    cites=[
        (
            f"{WENSHAN}:45:4",
            "先由驾驶员按规定填写《车辆维修申报表》,送办公室车辆管理负责人提意见并报分管领导审批后方可进行保养或维修",
        ),
        (f"{WENSHAN}:45:4", "车辆行驶在外发生故障,应及时向办公室负责人报告,经请示分管领导后就近就地修理车辆"),
        (f"{WENSHAN}:45:4", "驾驶员不直接结账,只在维修厂家签字确认"),
    ],
)
def repair_art41(facts: Any, ctx: RuleContext) -> Finding:
    """文山：维修申报表 → 办公室车辆管理负责人提意见 → 分管领导审批；途中故障报办公室负责人、请示分管领导后就近修理；
    保养费用由办公室和规划财务科定期统一结算，驾驶员不直接结账。"""
    if facts.get("stage", "request") == "settlement":
        if facts.get("driver_paid"):
            return ctx.finding(
                BLOCKED,
                "驾驶员不直接结账，只在维修厂家签字确认，由办公室和规划财务科每季度或每半年统一结算",
                "Drivers never pay the garage; the office and finance settle quarterly or half-yearly",
                trace=["驾驶员直接结账：是"],
            )
        return ctx.finding(
            ALLOWED,
            "由办公室和规划财务科每季度或每半年统一结算1次",
            "Settled centrally each quarter or half-year",
            trace=["驾驶员直接结账：否"],
        )
    if facts.get("roadside"):
        return _approval(
            ctx,
            facts,
            ["office", "deputy_in_charge"],
            "途中故障：向办公室负责人报告，经请示分管领导后就近就地修理",
            "Breakdown on the road: report to the office head, who consults the leader in charge",
            ["途中故障"],
        )
    if facts.get("form_filled") is False:
        return ctx.finding(
            BLOCKED,
            "须先由驾驶员填写《车辆维修申报表》",
            "The driver must first fill in the repair request form",
            trace=["维修申报表：未填写"],
        )
    return _approval(
        ctx,
        facts,
        ["office", "deputy_in_charge"],
        "维修申报表送办公室车辆管理负责人提意见并报分管领导审批后方可保养或维修",
        "The vehicle manager gives an opinion and the leader in charge approves before the repair",
        ["维修申请"],
    )


@rule(
    "vehicle.repair_art8",
    check="vehicle.repair",
    agencies=[BAICHENG],
    cites=[
        (f"{BAICHENG}:20:8", "车辆维修须由驾驶员填写《车辆维修审批单》，经办分管领导批准"),
        (f"{BAICHENG}:20:8", "《车辆维修审批单》要注明维修项目和维修金额"),
        (f"{BAICHENG}:20:8", "须及时请示综合科批准，得到明确答复后方可维修，并及时补办车辆维修审批手续"),
        (f"{BAICHENG}:20:9", "车辆更换配件，须将原配件交回"),
    ],
)
def repair_art8(facts: Any, ctx: RuleContext) -> Finding:
    """白城 第八、九条：维修审批单经办分管领导批准，注明项目和金额；特殊情况先请示综合科批准后维修并补办手续；
    更换配件须将原配件交回。"""
    if facts.get("stage", "request") == "settlement":
        if facts.get("old_parts_returned") is False:
            return ctx.finding(
                BLOCKED,
                "车辆更换配件，须将原配件交回",
                "Replaced parts must be handed back",
                trace=["原配件：未交回"],
            )
        if facts.get("items_and_amount") is False:
            return ctx.finding(
                BLOCKED,
                "《车辆维修审批单》要注明维修项目和维修金额，作为财务结算的依据",
                "The form must state items and amount: it is the basis for settlement",
                trace=["维修项目和金额：未注明"],
            )
        return ctx.finding(ALLOWED, "审批单注明项目金额，原配件已交回，可以结算", "May be settled", trace=["结算"])
    if facts.get("urgent") or facts.get("designated_shop") is False:
        return _approval(
            ctx,
            facts,
            ["office"],
            "特殊情况（来不及填单或不能到指定修配厂）：须及时请示综合科批准，得到明确答复后方可维修，并及时补办审批手续",
            "Special case: get 综合科's explicit approval first, then complete the form",
            ["特殊情况维修"],
        )
    if facts.get("form_filled") is False or facts.get("items_and_amount") is False:
        return ctx.finding(
            BLOCKED,
            "车辆维修须由驾驶员填写《车辆维修审批单》，注明维修项目和维修金额",
            "The driver must fill in the repair form stating items and amount",
            trace=["维修审批单：未填写或未注明项目金额"],
        )
    return _approval(
        ctx,
        facts,
        ["deputy_in_charge"],
        "维修审批单经办分管领导批准，车辆管理负责人会同定点修配厂核定维修项目及金额后方可维修",
        "The leader in charge approves; the vehicle manager and the shop fix items and amount",
        ["维修申请"],
    )


@rule(
    "vehicle.repair_art39",
    check="vehicle.repair",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:39:3.3", "车辆管理人员认为确需维修或更换装具时,报主管局长同意后,到指定厂店维修或购买"),
        (f"{DISTRICT}:39:3.4", "票据当天一次性结清"),
        (
            f"{DISTRICT}:39:3.4",
            "结帐时必须由厂家出据正式发票并附带明细清单,由司机和车辆管理人员共同签字,报主管局长审批报销",
        ),
    ],
)
def repair_art39(facts: Any, ctx: RuleContext) -> Finding:
    """区局：司机提出建议 → 车辆管理人员认为确需 → 主管局长同意 → 指定厂店维修；结账时正式发票附明细清单，司机和
    车辆管理人员共同签字，报主管局长审批报销，当天一次性结清、随修随结。"""
    if facts.get("stage", "request") == "settlement":
        missing = [
            zh
            for key, zh in (
                ("invoice", "正式发票"),
                ("itemised_list", "明细清单"),
                ("co_signed", "司机和车辆管理人员共同签字"),
            )
            if facts.get(key) is False
        ]
        if missing:
            return ctx.finding(
                BLOCKED,
                f"维修报销缺少：{'、'.join(missing)}",
                "Settlement needs a formal invoice, an itemised list and both signatures",
                trace=[f"缺：{'、'.join(missing)}"],
            )
        if facts.get("settled_same_day") is False:
            return ctx.finding(
                WARNING,
                "维修票据应当天一次性结清，随修随结，不得积压",
                "Settle the same day; no backlog",
                trace=["当天结清：否"],
            )
        return _approval(
            ctx,
            facts,
            ["deputy_in_charge"],
            "维修费报主管局长审批报销",
            "The deputy director approves the claim",
            ["结算"],
        )
    if facts.get("designated_shop") is False:
        return ctx.finding(
            BLOCKED, "车辆维修须到指定厂店", "Repairs only at the designated shop", trace=["指定厂店：否"]
        )
    return _approval(
        ctx,
        facts,
        ["office", "deputy_in_charge"],
        "司机向车辆管理人员提出建议，车辆管理人员认为确需维修的，报主管局长同意后到指定厂店维修",
        "Vehicle manager confirms the need; the deputy director consents",
        ["维修申请"],
    )


# ---------------------------------------------------------------------------------------------- refuel


@rule(
    "vehicle.refuel_art39",
    check="vehicle.refuel",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:39:1.3", "于每周二、周五上午9:00-10:00,在指定加油站等候加油"),
        (f"{DISTRICT}:39:1.3", "加油前,统计加油车辆公里数"),
    ],
    params=["vehicle.refuel_art39.weekdays", "vehicle.refuel_art39.window"],
)
def refuel_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：每周二、周五上午9:00-10:00在指定加油站加油（9:00、10:00 含本数）；加油前统计公里数。"""
    notes: list[str] = []
    trace: list[str] = []
    cited = [ctx.param_cited("vehicle.refuel_art39.window")]
    if "date" in facts:
        d = day(facts["date"])
        days = list(ctx.param("vehicle.refuel_art39.weekdays"))
        wd = d.isoweekday()
        trace.append(f"{iso(d)} 星期{'一二三四五六日'[wd - 1]}")
        if wd not in days:
            notes.append("加油日为每周二、周五")
    if "time" in facts:
        start, end = ctx.param("vehicle.refuel_art39.window")
        t = facts["time"]
        trace.append(f"时间 {t}（{start}-{end}）")
        if not start <= t <= end:
            notes.append(f"加油时间为上午{start}-{end}")
    if facts.get("odometer_recorded") is False:
        notes.append("加油前须统计加油车辆公里数")
    if not trace and "odometer_recorded" not in facts:
        return None
    if notes:
        return ctx.finding(
            WARNING,
            "；".join(notes),
            "Refuel on Tue/Fri 09:00-10:00 and record the odometer",
            trace=trace + notes,
            extra=cited,
        )
    return ctx.finding(
        ALLOWED,
        "按规定时间加油",
        "Refuelling at the set time",
        trace=trace or ["公里数已统计"],
        extra=cited,
    )


@rule(
    "vehicle.refuel_art41",
    check="vehicle.refuel",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:45:4", "严格执行“一车一卡”加油办法"),
        (f"{WENSHAN}:45:4", "一般情况下不得用现金加油"),
    ],
)
def refuel_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：“一车一卡”，驾驶员持本车加油卡到指定加油站加油；一般情况下不得用现金加油。"""
    pay = facts.get("payment")
    if pay is None and "own_card" not in facts:
        return None
    if facts.get("own_card") is False:
        return ctx.finding(
            BLOCKED,
            "严格执行“一车一卡”，须持本车加油卡加油",
            "One card per car: use this car's card",
            trace=["本车加油卡：否"],
        )
    if pay == "cash":
        if facts.get("special_circumstances"):
            return ctx.finding(
                WARNING,
                "特殊情况用现金加油，须说明情况",
                "Cash only in special circumstances",
                trace=["现金加油；特殊情况：是"],
            )
        return ctx.finding(
            BLOCKED,
            "一般情况下不得用现金加油",
            "No cash refuelling in ordinary circumstances",
            trace=["现金加油；特殊情况：否"],
        )
    return ctx.finding(
        ALLOWED,
        "持本车加油卡加油",
        "Refuelled with the car's own card",
        trace=[f"支付：{PAY_ZH.get(str(pay), '加油卡')}"],
    )


@rule(
    "vehicle.refuel_art10",
    check="vehicle.refuel",
    agencies=[BAICHENG],
    cites=[
        (f"{BAICHENG}:20:10", "外派车辆需在外地加油时，需事先向综合科长报告，使用公务银行卡购买汽油，开具发票报销"),
        (f"{BAICHENG}:20:10", "加油时车辆管理人员和司机在台账上互相签字确认"),
    ],
)
def refuel_art10(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 第十条：市区内定点加油、台账互相签字；外地加油事先向综合科长报告，使用公务银行卡，开具发票。"""
    if facts.get("out_of_town"):
        if not facts.get("reported_in_advance"):
            return ctx.finding(
                NEEDS_APPROVAL,
                "外派车辆在外地加油，须事先向综合科长报告",
                "Report out-of-town refuelling to the head of 综合科 beforehand",
                trace=["外地加油；事先报告：否"],
                approvers=["office"],
            )
        if facts.get("payment") in ("cash", "fuel_card"):
            return ctx.finding(
                BLOCKED,
                "外地加油须使用公务银行卡购买汽油并开具发票",
                "Pay with the official bank card",
                trace=[f"外地加油；支付：{facts['payment']}"],
            )
        return ctx.finding(ALLOWED, "外地加油已事先报告", "Out-of-town refuelling reported", trace=["外地加油；已报告"])
    if facts.get("ledger_signed") is False:
        return ctx.finding(
            WARNING,
            "加油时车辆管理人员和司机须在台账上互相签字确认",
            "Co-sign the fuel ledger",
            trace=["台账签字：否"],
        )
    if "ledger_signed" in facts or "out_of_town" in facts:
        return ctx.finding(
            ALLOWED,
            "市区内定点加油，台账已签字",
            "Refuelled in town; ledger signed",
            trace=["市区定点加油"],
        )
    return None


@rule(
    "vehicle.refuel_art2_2",
    check="vehicle.refuel",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:8:2.2.3", "执法用车持卡到加油站加油，费用经领导同意由财务科充值，要做好加油记录，并保存好加油凭证")
    ],
)
def refuel_art2_2(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆：执法用车持卡加油，做好加油记录并保存加油凭证。"""
    if facts.get("payment") == "cash":
        return ctx.finding(
            BLOCKED,
            "执法用车持卡到加油站加油，不用现金",
            "Enforcement cars refuel with the card",
            trace=["支付：现金"],
        )
    if facts.get("record_kept") is False:
        return ctx.finding(
            WARNING,
            "要做好加油记录，并保存好加油凭证",
            "Keep the fuel record and voucher",
            trace=["加油记录：无"],
        )
    if "payment" in facts or "record_kept" in facts:
        return ctx.finding(ALLOWED, "持卡加油并有记录", "Card used and record kept", trace=["持卡；有记录"])
    return None


# ---------------------------------------------------------------------------------------------- allowances


@rule(
    "vehicle.holiday_allowance_art39",
    check="vehicle.driver_allowance",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:39:4.2", "如遇法定节假日和领导带班同天出车时不能重复计算"),
        (f"{DISTRICT}:39:4.2", "每月末,由驾驶人填写《节假日司机出车登记表》"),
    ],
    params=[
        "vehicle.holiday_allowance_art39.weekend_rate",
        "vehicle.holiday_allowance_art39.holiday_rate",
        "vehicle.holiday_allowance_art39.signers",
    ],
)
def holiday_allowance_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：周六、周日休息日因公出车每天补助20元；法定节假日因公出车每天补助50元；同一天只计一次。

    Working days (including a 调休 working weekend) earn no such allowance: the monthly allowance of 四、1 follows
    earlier rules the seed does not give. Reading of 法定节假日: see the parameter.
    """
    if "trip_dates" not in facts:
        return None
    weekend_rate: Decimal = ctx.param("vehicle.holiday_allowance_art39.weekend_rate")
    holiday_rate: Decimal = ctx.param("vehicle.holiday_allowance_art39.holiday_rate")
    cited = unique_clauses(
        [
            ctx.param_cited("vehicle.holiday_allowance_art39.weekend_rate"),
            ctx.param_cited("vehicle.holiday_allowance_art39.holiday_rate"),
        ]
    )
    raw = [day(x) for x in facts["trip_dates"]]
    days = sorted(set(raw))
    total = Decimal(0)
    n_hol = n_wkd = 0
    for d in days:
        if ctx.calendar.is_working_day(d):
            continue
        if _holiday(ctx, d):
            n_hol += 1
            total += holiday_rate
        else:
            n_wkd += 1
            total += weekend_rate
    trace = [f"法定节假日 {n_hol} 天 × {yuan(holiday_rate)} + 休息日 {n_wkd} 天 × {yuan(weekend_rate)} = {yuan(total)}"]
    if len(raw) > len(days):
        trace.append(f"同日出车 {len(raw) - len(days)} 次不重复计算")
    if facts.get("register_filled") is False:
        return ctx.finding(
            BLOCKED,
            "须于月末由驾驶人填写《节假日司机出车登记表》，方可报销",
            "The weekend/holiday trip register must be filled in at month end",
            trace=[*trace, "登记表：未填写"],
            extra=cited,
        )
    if "claimed" in facts:
        claimed = money(facts["claimed"])
        trace.append(f"申报 {yuan(claimed)} {'≤' if claimed <= total else '>'} 应得 {yuan(total)}")
        if claimed > total:
            return ctx.finding(
                BLOCKED,
                f"申报 {yuan(claimed)} 超过应得补助 {yuan(total)}",
                f"Claimed {claimed} exceeds the entitlement of {total}",
                trace=trace,
                extra=cited,
            )
    signers: list[str] = list(ctx.param("vehicle.holiday_allowance_art39.signers"))
    missing = _pending(facts, signers, "signed_by")
    cited = unique_clauses([*cited, ctx.param_cited("vehicle.holiday_allowance_art39.signers")])
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            f"节假日出车补助 {yuan(total)}：登记表由主管领导及用车人签字后，报局领导签字方可报销",
            f"Holiday allowance {total} yuan: needs the signatures of {', '.join(missing)}",
            trace=trace,
            approvers=missing,
            extra=cited,
        )
    return ctx.finding(
        ALLOWED,
        f"节假日出车补助 {yuan(total)}，签字齐全",
        f"Allowance {total} yuan",
        trace=trace,
        extra=cited,
    )


@rule(
    "vehicle.driver_pay_art41",
    check="vehicle.driver_allowance",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:45:8", "全年安全行车无责任事故的,按每公里5分钱的标准,年底一次性奖励给驾驶员安全行车奖")],
    params=["vehicle.driver_pay_art41.labour_fee", "vehicle.driver_pay_art41.award_per_km"],
)
def driver_pay_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：每年一次性发给驾驶员劳保费150元；全年安全行车无责任事故的，按每公里5分钱年底一次性奖励。"""
    if "annual_km" not in facts and "liable_accident" not in facts and "claimed" not in facts:
        return None
    fee: Decimal = ctx.param("vehicle.driver_pay_art41.labour_fee")
    rate: Decimal = ctx.param("vehicle.driver_pay_art41.award_per_km")
    cited = unique_clauses(
        [
            ctx.param_cited("vehicle.driver_pay_art41.labour_fee"),
            ctx.param_cited("vehicle.driver_pay_art41.award_per_km"),
        ]
    )
    km = int(facts.get("annual_km", 0))
    accident = bool(facts.get("liable_accident"))
    award = Decimal(0) if accident else (rate * km).quantize(Decimal("0.01"))
    total = fee + award
    trace = [
        f"劳保费 {yuan(fee)}"
        + (" + 安全行车奖 0 元（有责任事故）" if accident else f" + {km} 公里 × {yuan(rate)} = {yuan(award)}")
        + f"，合计 {yuan(total)}"
    ]
    if "claimed" in facts:
        claimed = money(facts["claimed"])
        trace.append(f"申报 {yuan(claimed)} {'≤' if claimed <= total else '>'} 应得 {yuan(total)}")
        if claimed > total:
            zh = f"申报 {yuan(claimed)} 超过应得 {yuan(total)}"
            if accident:
                zh += "（全年有责任事故，不发安全行车奖）"
            return ctx.finding(BLOCKED, zh, f"Claimed {claimed} exceeds {total}", trace=trace, extra=cited)
    return ctx.finding(
        ALLOWED,
        f"应发劳保费 {yuan(fee)}，安全行车奖 {yuan(award)}",
        f"Labour fee {fee} yuan, safe-driving award {award} yuan",
        trace=trace,
        extra=cited,
    )


# ---------------------------------------------------------------------------------------------- fines, leave


@rule(
    "vehicle.fine_art39",
    check="vehicle.traffic_fine",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:39:2.2", "发生违章罚款,每月不得超过三次(含三次)"),
        (f"{DISTRICT}:39:2.2", "对违章造成责任事故者,扣发当年奖金"),
    ],
    params=["vehicle.fine_art39.monthly_max", "vehicle.fine_art39.excess_share"],
)
def fine_art39(facts: Any, ctx: RuleContext) -> Finding:
    """区局：违章罚款每月不得超过三次（含三次），超过的部分个人承担X%；违章造成责任事故的扣发当年奖金。

    The seed anonymises the share (“X%”); the parameter keeps the text as written until an administrator sets it.
    """
    n = int(facts["fines_this_month"])
    most = int(ctx.param("vehicle.fine_art39.monthly_max"))
    share = ctx.param("vehicle.fine_art39.excess_share")
    cited = unique_clauses(
        [ctx.param_cited("vehicle.fine_art39.monthly_max"), ctx.param_cited("vehicle.fine_art39.excess_share")]
    )
    trace = [f"本月第 {n} 次罚款 {'≤' if n <= most else '>'} {most} 次"]
    notes: list[str] = []
    if n > most:
        notes.append(f"本月罚款超过{most}次，超过部分由驾驶员个人承担 {share}（比例以单位规定为准）")
    if facts.get("liable_accident"):
        notes.append("违章造成责任事故，扣发当年奖金")
    if notes:
        return ctx.finding(
            WARNING,
            "；".join(notes),
            "Excess fines are partly borne by the driver",
            trace=trace + notes,
            extra=cited,
        )
    return ctx.finding(
        ALLOWED,
        f"本月罚款未超过{most}次（含本数）",
        f"Within {most} fines this month",
        trace=trace,
        extra=cited,
    )


@rule(
    "vehicle.fine_driver_pays",
    check="vehicle.traffic_fine",
    agencies=[TONGYU, WENSHAN, BAICHENG],
    cites=[
        (f"{TONGYU}:8:2.3.2", "如有违章违法行为由驾驶员自行负责"),
        (f"{WENSHAN}:45:3", "驾驶公车违章被处罚的,由驾驶人承担全部处罚责任和费用"),
        (f"{BAICHENG}:20:12", "罚款由驾驶员个人承担"),
    ],
)
def fine_driver_pays(facts: Any, ctx: RuleContext) -> Finding:
    """违章罚款由驾驶员个人承担（文山：造成事故的，保险赔偿以外由驾驶人承担）。"""
    if facts.get("paid_by") == "unit":
        return ctx.finding(
            BLOCKED,
            "违章罚款由驾驶员个人承担，不得由单位支付",
            "The driver pays the fine, not the unit",
            trace=["拟由单位承担"],
        )
    return ctx.finding(ALLOWED, "违章罚款由驾驶员个人承担", "The driver bears the fine", trace=["由驾驶员承担"])


@rule(
    "vehicle.driver_leave_art39",
    check="vehicle.driver_leave",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:39:2.4", "两天以内的向主管局长请假,两天以上的须向主要领导请假")],
    params=["vehicle.driver_leave_art39.deputy_max_days"],
)
def driver_leave_art39(facts: Any, ctx: RuleContext) -> Finding:
    """区局：驾驶人请假两天以内的向主管局长请假，两天以上的须向主要领导请假。"""
    days = Decimal(str(facts["days"]))
    most = int(ctx.param("vehicle.driver_leave_art39.deputy_max_days"))
    cited = [ctx.param_cited("vehicle.driver_leave_art39.deputy_max_days")]
    d = f"{days.normalize():f}"
    if days <= most:
        return _approval(
            ctx,
            facts,
            ["deputy_in_charge"],
            f"请假 {d} 天（{most}天以内），向主管局长请假",
            f"{d} day(s): the deputy director in charge approves",
            [f"请假 {d} 天 ≤ {most} 天 → 主管局长"],
            cited,
        )
    return _approval(
        ctx,
        facts,
        ["chief"],
        f"请假 {d} 天（{most}天以上），须向主要领导请假",
        f"{d} day(s): the principal leader approves",
        [f"请假 {d} 天 > {most} 天 → 主要领导"],
        cited,
    )


@rule(
    "vehicle.expense_claim_art41",
    check="vehicle.expense_claim",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:45:4", "由驾驶员填制费用报销单,经办公室负责人、规划财务科负责人、局分管领导签字后报销")],
)
def expense_claim_art41(facts: Any, ctx: RuleContext) -> Finding:
    """文山：停车费、过路费等由驾驶员填制费用报销单，经办公室负责人、规划财务科负责人、局分管领导签字后报销。"""
    missing = _pending(facts, ["office", "finance_section", "deputy_in_charge"], "signed_by")
    kind = "停车费" if facts["kind"] == "parking" else "过路费"
    trace = [f"{kind}；未签字：{_roles_zh(missing) or '无'}"]
    if not missing:
        return ctx.finding(ALLOWED, f"{kind}报销单签字齐全，可以报销", "All signatures present", trace=trace)
    return ctx.finding(
        NEEDS_APPROVAL,
        f"{kind}报销须经办公室负责人、规划财务科负责人、局分管领导签字",
        "Needs the office head, the finance-section head and the leader in charge",
        trace=trace,
        approvers=missing,
    )


# ---------------------------------------------------------------------------------------------- parking


def _parked_home(facts: Any) -> bool:
    return facts["location"] in ("unit", "garage")


@rule(
    "vehicle.parking_art39",
    check="vehicle.parking",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:39:1.5", "车辆每晚必须停放到单位")],
)
def parking_art39(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：车辆每晚必须停放到单位。"""
    if facts["period"] == "working_hours":
        return None
    if _parked_home(facts):
        return ctx.finding(ALLOWED, "车辆停放在单位", "Parked at the unit", trace=["停放：单位"])
    return ctx.finding(
        BLOCKED,
        "车辆每晚必须停放到单位",
        "Cars must be parked at the unit every night",
        trace=[f"停放：{facts['location']}"],
    )


@rule(
    "vehicle.parking_art2_4",
    check="vehicle.parking",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:8:2.4.3", "班后及节假日期间除特殊工作需要外，应停放在单位楼下或车库中"),
        (f"{TONGYU}:8:2.4.1", "执法用车不得在洗浴中心、高档餐厅、酒吧KTV等休闲娱乐场所门前停放"),
    ],
)
def parking_art2_4(facts: Any, ctx: RuleContext) -> Finding:
    """通榆：执法用车不得在休闲娱乐场所门前停放；班后及节假日除特殊工作需要外停放在单位楼下或车库。"""
    if facts["location"] == "entertainment_venue" and not facts.get("special_work"):
        return ctx.finding(
            BLOCKED,
            "执法用车不得在洗浴中心、高档餐厅、酒吧KTV等休闲娱乐场所门前停放",
            "No parking in front of entertainment venues",
            trace=["停放：娱乐场所门前"],
        )
    if facts["period"] != "working_hours" and not _parked_home(facts) and not facts.get("special_work"):
        return ctx.finding(
            BLOCKED,
            "班后及节假日期间应停放在单位楼下或车库中",
            "After hours park at the unit",
            trace=[f"时段：{facts['period']}；停放：{facts['location']}"],
        )
    return ctx.finding(ALLOWED, "停放符合规定", "Parking complies", trace=[f"时段：{facts['period']}"])


@rule(
    "vehicle.parking_art41",
    check="vehicle.parking",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:45:5", "正常上班时间,未外派公出的车辆必须停放在单位;因特殊情况不能回单位停放的,需报告办公室"),
        (f"{WENSHAN}:45:5", "周五下午下班后至星期日,机关所有公务车辆必须回单位停放"),
        (f"{WENSHAN}:45:5", "除值班车辆和应急执法车辆外,其他车辆须封存停驶"),
    ],
)
def parking_art41(facts: Any, ctx: RuleContext) -> Finding:
    """文山：上班时间未外派的车辆停放在单位（特殊情况报告办公室）；周五下班后至周日必须回单位停放；
    法定节假日除值班和应急执法车辆外封存停驶。"""
    period = facts["period"]
    role = facts.get("vehicle_role", "regular")
    if period == "holiday" and role not in ("duty", "emergency_enforcement"):
        if facts.get("in_use") or not _parked_home(facts):
            return ctx.finding(
                BLOCKED,
                "法定节假日期间，除值班车辆和应急执法车辆外，其他车辆须封存停驶",
                "Cars are laid up during statutory holidays",
                trace=[f"节假日；车辆：{VROLE_ZH[role]}"],
            )
        return ctx.finding(ALLOWED, "节假日车辆封存于单位", "Laid up at the unit", trace=["节假日；封存"])
    if _parked_home(facts) or facts.get("dispatched"):
        return ctx.finding(
            ALLOWED,
            "车辆停放在单位或外派公出",
            "At the unit or on assignment",
            trace=[f"时段：{period}；停放：{facts['location']}"],
        )
    if period == "weekend":
        return ctx.finding(
            BLOCKED,
            "周五下午下班后至星期日，公务车辆必须回单位停放",
            "Weekend: park at the unit",
            trace=[f"双休日；停放：{facts['location']}"],
        )
    if facts.get("reported_to_office"):
        return ctx.finding(
            ALLOWED,
            "因特殊情况不能回单位停放，已报告办公室",
            "Reported to the office",
            trace=["已报告办公室"],
        )
    return ctx.finding(
        BLOCKED,
        "车辆必须回单位停放；因特殊情况不能回单位停放的，需报告办公室",
        "Park at the unit, or report to the office",
        trace=[f"时段：{period}；停放：{facts['location']}"],
    )
