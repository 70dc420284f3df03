"""Logistics and staff care (后勤、关爱): gate, cleaning and hygiene, canteen, meeting rooms, care visits.

Implements:
- 区局 《门卫管理制度》 (district-bureau:40, S002-40): 7点交接班、请假和离岗经办公室主任同意; 6点开门、7点关门;
  外来人员车辆登记, 禁止闲杂、废品收购、推销人员入内; 带货物车辆、携带公物大件出机关须持办公室证明; 节假日机要急件
  交值班干部签收.
- 区局 《环境卫生管理制度》 (district-bureau:41, S002-41, WORKFLOW): 8:00上班前清扫完毕; 会议室无使用每周打扫一次;
  外单位车辆不许存入车库车棚; 食堂垃圾不得隔日; 每月最后一个周五下午为卫生日; 每季度最后一个月联查打分.
- 区局 《会议室使用规定和卫生要求》 (district-bureau:44, S002-44, WORKFLOW): 提前向办公室申请、由办公室统一安排; 严禁
  在公共场所吸烟; 会后及时清理.
- 区局 《保洁员管理规定》 (district-bureau:45, S002-45): 出现一次扣当月工资50%, 累计两次扣全部, 累计三次辞退.
- 区局 《食堂管理及用餐制度》 (district-bureau:46, S002-46): 管委会每季度开会; 日清周结; 违反卫生标准或干私活的同一扣罚
  阶梯; 前一周制定下周食谱交管委会认可; 两位食堂工作人员过称核验签字、每周结帐; 每月餐费40元、不予退费; 非食堂工作人员
  严禁进入操作间（管委会成员除外）; 不得端出食堂; 早餐7:00—7:50（7:50以后不得用餐）、午餐11:30.
- 文山 第四十六条 关爱慰问制度 (wenshan-hrss:50, S001-76): 住院看望范围（职工本人; 父母、配偶、子女住院5天以上）与
  慰问品标准（一般300元以内, 大病500元以内）; 调出、退休欢送（1件1000元以内纪念品, 1次欢送餐）; 丧事慰问金（职工
  2000元, 父母、配偶、子女及配偶的父母每人1000元）.

Catalog vs seed: S002-45's “累计” has no reset period in the seed (the catalog flags it); the count is a fact the
caller supplies, so the reading (per engagement) is the caller's and is stated in the schema. New role id:
``canteen_committee`` (食堂管理委员会), a collective body approving the weekly menu.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..helpers import COUNT, DATE, FLAG, MONEY, day, iso, money, num, unique_clauses, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding
from ..registry import RuleContext, check, rule

DISTRICT, WENSHAN = "district-bureau", "wenshan-hrss"

TIME: dict[str, Any] = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$"}

# ---------------------------------------------------------------------------------------------- checks

GATE_PASS = check(
    "gate.pass",
    "门卫放行（外来人员车辆、闲杂人员、携物出门、开关门时间）",
    "Gate control (visitors and vehicles, idlers, goods leaving, gate hours)",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": [
                    "visitor",
                    "visitor_vehicle",
                    "staff_with_property",
                    "vehicle_with_goods",
                    "peddler",
                    "unrelated_person",
                ],
                "description": (
                    "通行类别：外来人员 / 外来车辆 / 机关人员携带公物或大件物品出门 / 外出车辆带货物 / "
                    "废品收购、产品推销人员 / 其他无关人员 kind of passage"
                ),
            },
            "time": {**TIME, "description": "时间 HH:MM time"},
            "registered": {**FLAG, "description": "是否已登记出入 whether the entry is registered"},
            "office_certificate": {
                **FLAG,
                "description": "是否持有办公室开具的证明 whether an office certificate is shown",
            },
        },
    },
)

GATE_LEAVE = check(
    "gate.leave",
    "门卫请假和离岗",
    "Gatekeeper absence and leaving the post",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["absence", "leave_before_relief"],
                "description": "请假不能上班 / 接班人未到时离岗 absence, or leaving before the relief arrives",
            },
            "requested_in_advance": {**FLAG, "description": "是否提前请假 whether leave was asked in advance"},
            "office_director_consent": {
                **FLAG,
                "description": "办公室主任是否同意 whether the office director consented",
            },
        },
    },
)

GATE_MAIL = check(
    "gate.mail",
    "报纸信件分放与机要急件签收",
    "Mail distribution and signing for confidential urgent mail",
    {
        "type": "object",
        "required": ["date", "confidential_urgent"],
        "additionalProperties": False,
        "properties": {
            "date": {**DATE, "description": "收件日期 date received"},
            "confidential_urgent": {**FLAG, "description": "是否机要急件 whether it is confidential urgent mail"},
            "signed_by": {
                "enum": ["gatekeeper", "duty_cadre"],
                "description": "签收人：门卫 / 值班干部 who signs for it",
            },
        },
    },
)

PENALTY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["occurrences"],
    "additionalProperties": False,
    "properties": {
        "occurrences": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "description": (
                "累计发生次数（含本次；文本未规定清零期间，按聘用期累计） "
                "cumulative number of occurrences including this one (no reset period is stated)"
            ),
        },
        "monthly_wage": {**MONEY, "description": "当月工资（元） the month's wage in yuan"},
    },
}

CLEAN_PENALTY = check(
    "cleaning.penalty",
    "保洁员未按要求保洁的扣罚",
    "Penalty for a cleaner's failure to clean as required",
    PENALTY_SCHEMA,
)
CANTEEN_PENALTY = check(
    "canteen.penalty",
    "食堂违反卫生标准或干私活的扣罚",
    "Penalty for canteen hygiene breaches or private chores",
    PENALTY_SCHEMA,
)

CANTEEN_MEAL = check(
    "canteen.meal",
    "食堂就餐（就餐时间、不得端出食堂）",
    "Eating in the canteen (meal times, no food taken out)",
    {
        "type": "object",
        "required": ["meal"],
        "additionalProperties": False,
        "properties": {
            "meal": {"enum": ["breakfast", "lunch"], "description": "早餐 / 午餐 meal"},
            "time": {**TIME, "description": "就餐时间 HH:MM time"},
            "delayed_by_work": {**FLAG, "description": "是否因工作不能按时就餐 whether work caused the delay"},
            "take_out": {**FLAG, "description": "是否将饭菜端出食堂或带回家 whether food is taken out"},
        },
    },
)

CANTEEN_KITCHEN = check(
    "canteen.kitchen",
    "进入食堂操作间",
    "Entering the canteen kitchen",
    {
        "type": "object",
        "required": ["person"],
        "additionalProperties": False,
        "properties": {
            "person": {
                "enum": ["canteen_staff", "committee_member", "other"],
                "description": "进入人员：食堂工作人员 / 食堂管理委员会成员 / 其他人员 who enters",
            },
        },
    },
)

CANTEEN_FEE = check(
    "canteen.fee",
    "食堂餐费（交纳、退费）",
    "Canteen meal fee (payment, refund)",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {"enum": ["pay", "refund"], "description": "交纳 / 申请退费 pay or ask for a refund"},
            "amount": {**MONEY, "description": "金额（元/月） amount per month"},
            "reason": {
                "enum": ["official", "private"],
                "description": "不能在局就餐的原因：因公 / 因私 reason for missing meals",
            },
        },
    },
)

CANTEEN_PURCHASE = check(
    "canteen.purchase",
    "食堂采购验收与结帐",
    "Canteen purchasing, receipt checks and settlement",
    {
        "type": "object",
        "required": ["checkers"],
        "additionalProperties": False,
        "properties": {
            "checkers": {
                **COUNT,
                "description": "过称核验登记并签字的食堂工作人员人数 canteen workers who weighed, checked and signed",
            },
            "designated_supplier": {**FLAG, "description": "是否定点送货 whether from a designated supplier"},
            "settlement": {
                "enum": ["weekly", "other"],
                "description": "供应单位结帐方式：每周向财务科结帐 / 其他 supplier settlement",
            },
            "journal_cleared_daily": {
                **FLAG,
                "description": "采购物品日记帐是否日清 whether the purchase journal is cleared daily",
            },
        },
    },
)

CANTEEN_MENU = check(
    "canteen.menu",
    "食堂每周食谱与管委会",
    "Weekly canteen menu and the canteen committee",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "drafted_in_prior_week": {
                **FLAG,
                "description": "是否于前一周制定下一周每日食谱 whether next week's menu was drafted the week before",
            },
            "committee_approved": {**FLAG, "description": "食堂管委会是否认可 whether the committee approved it"},
            "committee_meetings_this_quarter": {
                **COUNT,
                "description": "本季度已召开管委会议次数 committee meetings held this quarter",
            },
            "date": {**DATE, "description": "日期（判断本季度是否结束） date"},
        },
    },
)

HYGIENE = check(
    "cleaning.hygiene",
    "机关环境卫生（清扫时间、卫生日、季度联查、车库、食堂垃圾）",
    "Office hygiene (cleaning times, sanitation day, quarterly inspection, garage, canteen rubbish)",
    {
        "type": "object",
        "required": ["date"],
        "additionalProperties": False,
        "properties": {
            "date": {**DATE, "description": "日期 date"},
            "area": {
                "enum": ["office", "public_area", "courtyard", "meeting_room", "duty_room", "rest_room", "canteen"],
                "description": "区域：办公室 / 公共场所 / 院内 / 会议室 / 值班室 / 休息室 / 食堂 area",
            },
            "finished_at": {**TIME, "description": "清扫完毕时间 HH:MM time cleaning was finished"},
            "cleaned_this_week": {
                **FLAG,
                "description": "（会议室、休息室）本周是否已打扫 whether cleaned this week",
            },
            "sanitation_day_done": {
                **FLAG,
                "description": "本月卫生日是否已全面清理 whether this month's sanitation day clean-up was done",
            },
            "inspection_done": {
                **FLAG,
                "description": "本季度联查打分是否已进行 whether this quarter's joint inspection was held",
            },
            "outside_vehicle_stored": {
                **FLAG,
                "description": "是否有外单位或个人车辆存入车库车棚 whether an outside vehicle is stored",
            },
            "rubbish_overnight": {
                **FLAG,
                "description": "食堂垃圾是否隔日未清 whether canteen rubbish stays overnight",
            },
        },
    },
)

MEETING_ROOM = check(
    "cleaning.meeting_room",
    "会议室使用申请与卫生",
    "Meeting-room booking and hygiene",
    {
        "type": "object",
        "required": ["requested_in_advance"],
        "additionalProperties": False,
        "properties": {
            "requested_in_advance": {
                **FLAG,
                "description": "是否提前向办公室申请 whether the room was requested from the office in advance",
            },
            "office_assigned": {**FLAG, "description": "办公室是否已安排会议室 whether the office assigned a room"},
            "smoking": {**FLAG, "description": "是否有人吸烟 whether anyone smokes"},
            "cleaned_after": {**FLAG, "description": "会后是否及时清理 whether the room was cleaned afterwards"},
        },
    },
)

KIND_ZH = {
    "visitor": "外来人员",
    "visitor_vehicle": "外来车辆",
    "staff_with_property": "携带公物、大件物品出门",
    "vehicle_with_goods": "外出车辆带货物",
    "peddler": "废品收购、产品推销人员",
    "unrelated_person": "其他无关人员",
}
PERSON_ZH = {"canteen_staff": "食堂工作人员", "committee_member": "食堂管委会成员", "other": "其他人员"}

RELATIONS = ["employee", "parent", "spouse", "child", "spouse_parent", "other"]
RELATION_ZH = {
    "employee": "本局职工",
    "parent": "职工父母",
    "spouse": "职工配偶",
    "child": "职工子女",
    "spouse_parent": "职工配偶的父母",
    "other": "其他亲属",
}

CARE_VISIT = check(
    "care.visit",
    "职工及家属住院看望慰问",
    "Hospital visit to a staff member or relative",
    {
        "type": "object",
        "required": ["patient"],
        "additionalProperties": False,
        "properties": {
            "patient": {
                "enum": RELATIONS,
                "description": "住院人与职工的关系 the patient's relation to the staff member",
            },
            "days_in_hospital": {
                "type": "integer",
                "minimum": 0,
                "maximum": 3660,
                "description": "住院天数 days in hospital",
            },
            "severity": {
                "enum": ["ordinary", "serious"],
                "description": "病情：一般病情 / 大病 ordinary or serious illness",
            },
            "gift_amount": {**MONEY, "description": "慰问品金额（元） value of the gift"},
        },
    },
)

CARE_FAREWELL = check(
    "care.farewell",
    "干部职工调出及退休欢送",
    "Farewell for staff transferring out or retiring",
    {
        "type": "object",
        "required": ["rank"],
        "additionalProperties": False,
        "properties": {
            "rank": {
                "enum": ["division_level", "other"],
                "description": "处级干部 / 其他干部职工 division-level cadre or other staff",
            },
            "reason": {"enum": ["transfer", "retirement"], "description": "调离 / 退休 transfer or retirement"},
            "souvenirs": {**COUNT, "description": "赠送纪念品件数 number of souvenirs"},
            "souvenir_value": {**MONEY, "description": "纪念品价值（元，每件） value of the souvenir"},
            "farewell_meals": {**COUNT, "description": "欢送餐次数 farewell meals"},
        },
    },
)

CARE_BEREAVEMENT = check(
    "care.bereavement",
    "职工及家属丧事慰问金",
    "Condolence payment on the death of a staff member or relative",
    {
        "type": "object",
        "required": ["deceased"],
        "additionalProperties": False,
        "properties": {
            "deceased": {"enum": RELATIONS, "description": "去世者与职工的关系 the deceased's relation"},
            "amount": {**MONEY, "description": "拟送慰问金（元） proposed payment"},
        },
    },
)


# ---------------------------------------------------------------------------------------------- helpers


def _cited(ctx: RuleContext, *names: str) -> tuple[CitedClause, ...]:
    return unique_clauses(ctx.param_cited(n) for n in names)


# ---------------------------------------------------------------------------------------------- gate


@rule(
    "gate.hours_art40",
    check="gate.pass",
    agencies=[DISTRICT],
    cites=[],
    params=["gate.hours_art40.open", "gate.hours_art40.close"],
)
def gate_hours_art40(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：每天早晨6点开大门，晚上7点关闭大门（两端含本数）。"""
    if "time" not in facts:
        return None
    opens, closes = str(ctx.param("gate.hours_art40.open")), str(ctx.param("gate.hours_art40.close"))
    t = facts["time"]
    cited = _cited(ctx, "gate.hours_art40.open")
    if opens <= t <= closes:
        return ctx.finding(
            ALLOWED,
            f"{t} 在大门开放时间内",
            f"{t}: the gate is open",
            trace=[f"{opens} ≤ {t} ≤ {closes}"],
            extra=cited,
        )
    return ctx.finding(
        WARNING,
        f"{t} 大门已关闭（每天{opens}开门、{closes}关门），须与办公室联系",
        f"{t}: the gate is closed (open {opens}-{closes})",
        trace=[f"{t} 不在 {opens}-{closes}"],
        extra=cited,
    )


@rule(
    "gate.entry_art40",
    check="gate.pass",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:40:3", "做好外来人员及车辆出入登记工作,禁止闲杂人员入内"),
        (f"{DISTRICT}:40:4", "禁止废品收购、产品推销人员及其他无关人员进入机关"),
    ],
)
def gate_entry_art40(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：外来人员、车辆登记出入；禁止闲杂人员、废品收购和产品推销人员等无关人员进入机关。"""
    kind = facts["kind"]
    if kind in ("peddler", "unrelated_person"):
        return ctx.finding(
            BLOCKED,
            "禁止废品收购、产品推销人员及其他无关人员进入机关；制止无效的，及时与办公室联系",
            "Scrap collectors, salespeople and unrelated persons may not enter",
            trace=[f"通行类别：{KIND_ZH[kind]}"],
        )
    if kind not in ("visitor", "visitor_vehicle"):
        return None
    if facts.get("registered"):
        return ctx.finding(
            ALLOWED,
            "外来人员（车辆）已登记，可以进入",
            "Registered: may enter",
            trace=[f"{KIND_ZH[kind]}：已登记"],
        )
    return ctx.finding(
        BLOCKED,
        "外来人员及车辆须严格审查、登记后方可入内",
        "Visitors and their vehicles are checked and registered before entering",
        trace=[f"{KIND_ZH[kind]}：未登记"],
    )


@rule(
    "gate.exit_goods_art40",
    check="gate.pass",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:40:3", "外出车辆带货物需持办公室证明方可放行"),
        (f"{DISTRICT}:40:4", "机关人员携带公物、大件物品出机关,必须持有办公室开具的证明信方可放行"),
    ],
)
def gate_exit_goods_art40(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：外出车辆带货物、机关人员携带公物或大件物品出机关，须持办公室证明方可放行。"""
    kind = facts["kind"]
    if kind not in ("staff_with_property", "vehicle_with_goods"):
        return None
    if facts.get("office_certificate"):
        return ctx.finding(
            ALLOWED,
            "持有办公室证明，可以放行",
            "Office certificate shown: may leave",
            trace=[f"{KIND_ZH[kind]}：有证明"],
        )
    return ctx.finding(
        BLOCKED,
        "须持办公室开具的证明方可放行",
        "An office certificate is required to take goods or public property out",
        trace=[f"{KIND_ZH[kind]}：无证明"],
    )


@rule(
    "gate.leave_art40",
    check="gate.leave",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:40:1", "如有事不能上班,要与办公室主任提前请假"),
        (f"{DISTRICT}:40:1", "在接班人未到时,要征得办公室主任同意方可离岗,不得擅自下班"),
    ],
    params=["gate.leave_art40.handover"],
)
def gate_leave_art40(facts: Any, ctx: RuleContext) -> Finding:
    """区局：门卫每天早晨7点交接班；不能上班的提前向办公室主任请假；接班人未到时须经办公室主任同意方可离岗。"""
    handover = ctx.param("gate.leave_art40.handover")
    cited = _cited(ctx, "gate.leave_art40.handover")
    kind = facts["kind"]
    trace = [f"交接班时间 {handover}"]
    if kind == "absence" and facts.get("requested_in_advance") is False:
        return ctx.finding(
            BLOCKED,
            "有事不能上班须提前向办公室主任请假",
            "Leave must be asked in advance",
            trace=[*trace, "未提前请假"],
            extra=cited,
        )
    if facts.get("office_director_consent"):
        return ctx.finding(ALLOWED, "已经办公室主任同意", "The office director consented", trace=trace, extra=cited)
    zh = "不能上班须提前向办公室主任请假" if kind == "absence" else "接班人未到时，须征得办公室主任同意方可离岗"
    return ctx.finding(
        NEEDS_APPROVAL,
        zh,
        "The office director must consent",
        trace=trace,
        approvers=["office"],
        extra=cited,
    )


@rule(
    "gate.mail_art40",
    check="gate.mail",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:40:5", "在节假日遇有机要急件,交由值班干部签收")],
)
def gate_mail_art40(facts: Any, ctx: RuleContext) -> Finding:
    """区局：节假日遇有机要急件，交由值班干部签收。

    Reading: 节假日 covers every rest day of the working calendar (weekends and holidays).
    """
    d = day(facts["date"])
    rest = not ctx.calendar.is_working_day(d)
    trace = [f"{iso(d)} {'休息日' if rest else '工作日'}；机要急件：{'是' if facts['confidential_urgent'] else '否'}"]
    if rest and facts["confidential_urgent"]:
        if facts.get("signed_by") == "duty_cadre":
            return ctx.finding(ALLOWED, "节假日机要急件由值班干部签收", "Signed by the duty cadre", trace=trace)
        return ctx.finding(
            BLOCKED,
            "节假日的机要急件须交由值班干部签收，门卫不得代签",
            "On rest days confidential urgent mail is signed for by the duty cadre",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "按规定分放报纸、信件", "Distribute the mail as usual", trace=trace)


# ---------------------------------------------------------------------------------------------- penalties


def _ladder(facts: Any, ctx: RuleContext, prefix: str, who_zh: str) -> Finding:
    n = int(facts["occurrences"])
    first: Fraction = ctx.param(f"{prefix}.first_share")
    second: Fraction = ctx.param(f"{prefix}.second_share")
    dismiss = int(ctx.param(f"{prefix}.dismissal_at"))
    cited = _cited(ctx, f"{prefix}.first_share", f"{prefix}.second_share", f"{prefix}.dismissal_at")
    if n == 0:
        return ctx.finding(ALLOWED, "无违规记录，不扣罚", "No occurrence: no penalty", trace=["累计 0 次"], extra=cited)
    if n >= dismiss:
        return ctx.finding(
            BLOCKED,
            f"累计 {n} 次（≥ {dismiss} 次），{who_zh}予以辞退",
            f"{n} occurrences (≥ {dismiss}): dismissal",
            trace=[f"累计 {n} 次 ≥ {dismiss} 次 → 辞退"],
            extra=cited,
        )
    share = first if n == 1 else second
    label = "扣除当月工资的 " + (f"{num(share * 100)}%" if share != 1 else "100%（全部）")
    trace = [f"累计 {n} 次 → {label}"]
    if "monthly_wage" in facts:
        wage = money(facts["monthly_wage"])
        cut = (wage * Decimal(share.numerator) / Decimal(share.denominator)).quantize(Decimal("0.01"))
        trace.append(f"{yuan(wage)} × {share} = {yuan(cut)}")
    return ctx.finding(
        WARNING,
        f"累计 {n} 次，{label}",
        f"{n} occurrence(s): deduct {share} of the month's wage",
        trace=trace,
        extra=cited,
    )


@rule(
    "cleaning.penalty_art45",
    check="cleaning.penalty",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:45:4", "影响了局正常工作,或公共场所环境卫生未达标")],
)
def cleaning_penalty_art45(facts: Any, ctx: RuleContext) -> Finding:
    """区局《保洁员管理规定》4：出现一次扣除当月工资的50%；累计两次扣除当月全部工资；累计三次予以辞退。"""
    return _ladder(facts, ctx, "cleaning.penalty_art45", "保洁员")


@rule(
    "canteen.penalty_art46",
    check="canteen.penalty",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:1.3", "食品采购、存放、制作和餐厅、操作间必须符合卫生标准,不得干私活(如:洗衣等)")],
)
def canteen_penalty_art46(facts: Any, ctx: RuleContext) -> Finding:
    """区局《食堂管理及用餐制度》一、3：违反卫生标准或干私活的，扣除食堂保洁员和食堂工作人员当月工资的50%，累计两次
    扣除全月工资，累计三次予以辞退。"""
    return _ladder(facts, ctx, "canteen.penalty_art46", "食堂保洁员、工作人员")


# ---------------------------------------------------------------------------------------------- canteen


@rule(
    "canteen.meal_times_art46",
    check="canteen.meal",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:2.2", "如因工作不能按时就餐者,食堂工作人员要等到就餐完毕")],
    params=["canteen.meal_times_art46.breakfast", "canteen.meal_times_art46.lunch"],
)
def meal_times_art46(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：早餐7:00—7:50（7:50以后不得用餐）；午餐11:30，因工作不能按时就餐的，食堂工作人员等到就餐完毕。

    Reading: 7:50 itself is still within 7:00—7:50; “7:50以后” begins after it (7:51).
    """
    if "time" not in facts:
        return None
    t = facts["time"]
    if facts["meal"] == "breakfast":
        start, end = ctx.param("canteen.meal_times_art46.breakfast")
        cited = _cited(ctx, "canteen.meal_times_art46.breakfast")
        if t > end:
            return ctx.finding(
                BLOCKED,
                f"早餐{start}—{end}，{end}以后不得用餐",
                f"No breakfast after {end}",
                trace=[f"{t} > {end}"],
                extra=cited,
            )
        if t < start:
            return ctx.finding(
                WARNING,
                f"早餐时间为{start}—{end}",
                f"Breakfast is {start}-{end}",
                trace=[f"{t} < {start}"],
                extra=cited,
            )
        return ctx.finding(
            ALLOWED, "在早餐时间内", "Within breakfast time", trace=[f"{start} ≤ {t} ≤ {end}"], extra=cited
        )
    start = str(ctx.param("canteen.meal_times_art46.lunch"))
    cited = _cited(ctx, "canteen.meal_times_art46.lunch")
    if t < start:
        return ctx.finding(
            WARNING,
            f"午餐时间为{start}，请自觉遵守就餐时间",
            f"Lunch starts at {start}",
            trace=[f"{t} < {start}"],
            extra=cited,
        )
    zh = "因工作不能按时就餐，食堂工作人员要等到就餐完毕" if facts.get("delayed_by_work") else "在午餐时间内"
    return ctx.finding(ALLOWED, zh, "Lunch time", trace=[f"{t} ≥ {start}"], extra=cited)


@rule(
    "canteen.no_take_out_art46",
    check="canteen.meal",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:2.1", "不得将饭菜端出食堂或带回家")],
)
def no_take_out_art46(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：就餐人员一律在食堂餐厅内就餐，不得将饭菜端出食堂或带回家。"""
    if "take_out" not in facts:
        return None
    if facts["take_out"]:
        return ctx.finding(BLOCKED, "不得将饭菜端出食堂或带回家", "No food may be taken out", trace=["端出：是"])
    return ctx.finding(ALLOWED, "在食堂餐厅内就餐", "Eaten in the dining hall", trace=["端出：否"])


@rule(
    "canteen.kitchen_art46",
    check="canteen.kitchen",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:1.8", "非食堂工作人员严禁进入操作间(食堂管理委员会成员除外)")],
)
def kitchen_art46(facts: Any, ctx: RuleContext) -> Finding:
    """区局：非食堂工作人员严禁进入操作间（食堂管理委员会成员除外）。"""
    p = facts["person"]
    if p == "other":
        return ctx.finding(
            BLOCKED,
            "非食堂工作人员严禁进入操作间",
            "Only canteen staff may enter the kitchen",
            trace=["进入人员：其他"],
        )
    return ctx.finding(
        ALLOWED, "食堂工作人员或管委会成员可以进入操作间", "May enter", trace=[f"进入人员：{PERSON_ZH[p]}"]
    )


@rule(
    "canteen.fee_art46",
    check="canteen.fee",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:1.7", "因公因私,不能在局就餐的,不予退费")],
    params=["canteen.fee_art46.monthly"],
)
def fee_art46(facts: Any, ctx: RuleContext) -> Finding:
    """区局：凡在食堂就餐者，每月交餐费40元；因公因私不能在局就餐的，不予退费。"""
    fee: Decimal = ctx.param("canteen.fee_art46.monthly")
    cited = _cited(ctx, "canteen.fee_art46.monthly")
    if facts["action"] == "refund":
        return ctx.finding(
            BLOCKED,
            "因公因私不能在局就餐的，不予退费",
            "No refunds for missed meals",
            trace=[f"退费申请（原因：{facts.get('reason', '未说明')}）"],
            extra=cited,
        )
    if "amount" not in facts:
        return ctx.finding(
            ALLOWED,
            f"每月交餐费 {yuan(fee)}",
            f"Monthly fee {fee} yuan",
            trace=[f"餐费标准 {yuan(fee)}/月"],
            extra=cited,
        )
    amt = money(facts["amount"])
    trace = [f"交纳 {yuan(amt)} {'=' if amt == fee else '<' if amt < fee else '>'} 标准 {yuan(fee)}"]
    if amt < fee:
        return ctx.finding(
            BLOCKED,
            f"每月餐费为 {yuan(fee)}，交纳不足",
            "The monthly fee is not fully paid",
            trace=trace,
            extra=cited,
        )
    if amt > fee:
        return ctx.finding(
            WARNING,
            f"每月餐费为 {yuan(fee)}，多交部分请核对",
            "More than the monthly fee",
            trace=trace,
            extra=cited,
        )
    return ctx.finding(ALLOWED, "按标准交纳餐费", "Fee paid at the standard", trace=trace, extra=cited)


@rule(
    "canteen.purchase_art46",
    check="canteen.purchase",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:46:1.5", "由两位食堂工作人员过称核验登记后签字,由供应单位持单据每周向财务科结帐"),
        (f"{DISTRICT}:46:1.5", "采购定点送货"),
        (f"{DISTRICT}:46:1.2", "建立采购物品日记帐,做到日清周结"),
    ],
    params=["canteen.purchase_art46.checkers"],
)
def purchase_art46(facts: Any, ctx: RuleContext) -> Finding:
    """区局：采购定点送货，由两位食堂工作人员过称核验登记后签字，供应单位每周向财务科结帐；日记帐日清周结。"""
    need = int(ctx.param("canteen.purchase_art46.checkers"))
    cited = _cited(ctx, "canteen.purchase_art46.checkers")
    n = int(facts["checkers"])
    trace = [f"核验签字 {n} 人 {'≥' if n >= need else '<'} {need} 人"]
    if n < need:
        return ctx.finding(
            BLOCKED,
            f"所购物品须由{need}位食堂工作人员过称核验登记后签字",
            f"{need} canteen workers must weigh, check and sign",
            trace=trace,
            extra=cited,
        )
    notes = []
    if facts.get("designated_supplier") is False:
        notes.append("蔬菜、米面及副食品应采购定点送货")
    if facts.get("settlement") == "other":
        notes.append("供应单位应持单据每周向财务科结帐")
    if facts.get("journal_cleared_daily") is False:
        notes.append("采购物品日记帐应日清周结")
    if notes:
        return ctx.finding(
            WARNING, "；".join(notes), "Purchasing routine not followed", trace=trace + notes, extra=cited
        )
    return ctx.finding(ALLOWED, "验收签字符合规定", "Receipt check complies", trace=trace, extra=cited)


@rule(
    "canteen.menu_art46",
    check="canteen.menu",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:1.4", "食堂工作人员于前一周开始制定下一周每日食谱,并交由食堂管委会认可")],
)
def menu_art46(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：食堂工作人员于前一周制定下一周每日食谱，交食堂管委会认可。"""
    if "drafted_in_prior_week" not in facts and "committee_approved" not in facts:
        return None
    if facts.get("drafted_in_prior_week") is False:
        return ctx.finding(
            WARNING,
            "下一周每日食谱应于前一周开始制定",
            "Draft next week's menu the week before",
            trace=["前一周制定：否"],
        )
    if facts.get("committee_approved"):
        return ctx.finding(
            ALLOWED, "食谱已经食堂管委会认可", "The committee approved the menu", trace=["管委会认可：是"]
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "每日食谱须交由食堂管委会认可",
        "The weekly menu needs the canteen committee's approval",
        trace=["管委会认可：否"],
        approvers=["canteen_committee"],
    )


@rule(
    "canteen.committee_art46",
    check="canteen.menu",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:46:1.1", "每季度召开一次管委会议")],
)
def committee_art46(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：食堂管理委员会每季度召开一次管委会议；本季度末日为期限。"""
    if "committee_meetings_this_quarter" not in facts:
        return None
    n = int(facts["committee_meetings_this_quarter"])
    deadlines = []
    if "date" in facts:
        d = day(facts["date"])
        q_end_month = ((d.month - 1) // 3 + 1) * 3
        q_end = (dt.date(d.year, q_end_month % 12 + 1, 1) if q_end_month < 12 else dt.date(d.year + 1, 1, 1)) - (
            dt.timedelta(days=1)
        )
        deadlines.append(Deadline(q_end, "本季度管委会议", "this quarter's committee meeting"))
    if n >= 1:
        return ctx.finding(
            ALLOWED,
            f"本季度已召开管委会议 {n} 次",
            f"{n} meeting(s) this quarter",
            trace=[f"本季度 {n} 次 ≥ 1"],
            deadlines=deadlines,
        )
    return ctx.finding(
        WARNING,
        "食堂管委会每季度须召开一次管委会议，本季度尚未召开",
        "No meeting yet this quarter",
        trace=["本季度 0 次 < 1"],
        deadlines=deadlines,
    )


# ---------------------------------------------------------------------------------------------- hygiene


def _last_friday(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 4) % 7)


@rule(
    "cleaning.daily_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:41:1.1.1.1", "8:00上班前必须清扫完毕"),
        (f"{DISTRICT}:41:1.1.2", "8:00上班前必须清扫完毕"),
        (f"{DISTRICT}:41:1.2.2", "每天要在8:00上班前清扫完毕"),
    ],
    params=["cleaning.daily_art41.deadline"],
)
def daily_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：办公室、公共场所、院内每天8:00上班前清扫完毕（恰在8:00完毕视为按时）。"""
    area = facts.get("area")
    if area not in ("office", "public_area", "courtyard") or "finished_at" not in facts:
        return None
    limit = str(ctx.param("cleaning.daily_art41.deadline"))
    t = facts["finished_at"]
    cites = {
        "office": f"{DISTRICT}:41:1.1.1.1",
        "public_area": f"{DISTRICT}:41:1.1.2",
        "courtyard": f"{DISTRICT}:41:1.2.2",
    }
    extra = [*ctx.cited(cites[area]), ctx.param_cited("cleaning.daily_art41.deadline")]
    f = Finding(
        rule_id=ctx.rule.id,
        outcome=ALLOWED if t <= limit else WARNING,
        message_zh=f"{t} 清扫完毕，{'按时' if t <= limit else f'晚于{limit}上班时间'}",
        message_en=f"Cleaning finished at {t} ({'in time' if t <= limit else 'late'})",
        citations=unique_clauses(extra),
        trace=(f"完毕 {t} {'≤' if t <= limit else '>'} {limit}",),
    )
    return f


@rule(
    "cleaning.weekly_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:41:1.1.3", "在无使用情况下,每周打扫一次,如有使用,使用前后随时清理"),
        (f"{DISTRICT}:41:1.1.4", "每周对室内卫生进行一次全面彻底的打扫"),
    ],
)
def weekly_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：会议室等无使用的每周打扫一次；休息室每周全面彻底打扫一次。"""
    if facts.get("area") not in ("meeting_room", "rest_room") or "cleaned_this_week" not in facts:
        return None
    if facts["cleaned_this_week"]:
        return ctx.finding(ALLOWED, "本周已打扫", "Cleaned this week", trace=["本周打扫：是"])
    return ctx.finding(WARNING, "会议室、休息室每周至少打扫一次", "Clean at least once a week", trace=["本周打扫：否"])


@rule(
    "cleaning.sanitation_day_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:41:2.1", "每月最后一个周五下午为机关卫生日,各科室要全面彻底做一次卫生清理")],
)
def sanitation_day_art41(facts: Any, ctx: RuleContext) -> Finding:
    """区局：每月最后一个周五下午为机关卫生日（日历周五，不因调休或节假日移动）。"""
    d = day(facts["date"])
    friday = _last_friday(d)
    dl = Deadline(friday, "机关卫生日（下午）", "sanitation day (afternoon)")
    trace = [f"{d.year}年{d.month}月最后一个周五：{iso(friday)}"]
    if d > friday and facts.get("sanitation_day_done") is False:
        return ctx.finding(
            WARNING,
            f"本月卫生日（{iso(friday)}下午）未全面清理",
            "Sanitation day missed",
            trace=trace,
            deadlines=[dl],
        )
    zh = "今天下午为机关卫生日，各科室全面彻底清理" if d == friday else f"本月卫生日为 {iso(friday)} 下午"
    return ctx.finding(ALLOWED, zh, f"Sanitation day: {iso(friday)} afternoon", trace=trace, deadlines=[dl])


@rule(
    "cleaning.inspection_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:41:3.2.2", "每季度最后一个月由局办公室组织局卫生工作检查小组对各科室卫生进行联查打分")],
)
def inspection_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：每季度最后一个月（3、6、9、12月）由办公室组织联查打分，成绩作为年底绩效考核条件之一。"""
    if "inspection_done" not in facts:
        return None
    d = day(facts["date"])
    if d.month % 3:
        return ctx.finding(
            ALLOWED, "本月不是季度最后一个月，无联查", "Not a quarter-end month", trace=[f"{d.month} 月"]
        )
    last = (dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)) - dt.timedelta(days=1)
    dl = Deadline(last, "季度卫生联查打分", "quarterly hygiene inspection")
    if facts["inspection_done"]:
        return ctx.finding(
            ALLOWED,
            "本季度联查打分已进行",
            "Inspection held",
            trace=[f"{d.month} 月：已联查"],
            deadlines=[dl],
        )
    return ctx.finding(
        WARNING,
        f"本月为季度最后一个月，须于 {iso(last)} 前组织联查打分",
        "Quarter-end month: hold the joint inspection",
        trace=[f"{d.month} 月：未联查"],
        deadlines=[dl],
    )


@rule(
    "cleaning.garage_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:41:1.2.2", "外单位或个人的任何车辆一律不许存入本机关车库或车棚")],
)
def garage_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：外单位或个人的任何车辆一律不许存入本机关车库或车棚。"""
    if "outside_vehicle_stored" not in facts:
        return None
    if facts["outside_vehicle_stored"]:
        return ctx.finding(
            BLOCKED,
            "外单位或个人的车辆一律不许存入本机关车库或车棚",
            "No outside vehicles in the garage or shed",
            trace=["外来车辆存放：是"],
        )
    return ctx.finding(ALLOWED, "车库车棚无外来车辆", "No outside vehicles stored", trace=["外来车辆存放：否"])


@rule(
    "cleaning.canteen_rubbish_art41",
    check="cleaning.hygiene",
    agencies=[DISTRICT],
    cites=[(f"{DISTRICT}:41:1.3", "垃圾随时清理,不得隔日")],
)
def canteen_rubbish_art41(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局：食堂垃圾随时清理，不得隔日。"""
    if "rubbish_overnight" not in facts:
        return None
    if facts["rubbish_overnight"]:
        return ctx.finding(
            BLOCKED,
            "食堂垃圾随时清理，不得隔日",
            "Canteen rubbish may not stay overnight",
            trace=["垃圾隔日：是"],
        )
    return ctx.finding(ALLOWED, "垃圾当日清理", "Rubbish cleared the same day", trace=["垃圾隔日：否"])


@rule(
    "cleaning.meeting_room_art44",
    check="cleaning.meeting_room",
    agencies=[DISTRICT],
    cites=[
        (f"{DISTRICT}:44:1", "各科室召开会议,须提前向办公室申请,由办公室统一安排会议室"),
        (f"{DISTRICT}:44:4", "严禁与会人员在公共场所吸烟"),
        (f"{DISTRICT}:44:5", "会议结束后,卫生管理人员按照要求,及时将会议室清理干净"),
    ],
)
def meeting_room_art44(facts: Any, ctx: RuleContext) -> Finding:
    """区局：各科室召开会议须提前向办公室申请，由办公室统一安排会议室；严禁吸烟；会后及时清理。"""
    if not facts["requested_in_advance"]:
        return ctx.finding(
            BLOCKED,
            "召开会议须提前向办公室申请，由办公室统一安排会议室",
            "Meeting rooms are requested from the office in advance",
            trace=["提前申请：否"],
        )
    if facts.get("smoking"):
        return ctx.finding(BLOCKED, "严禁与会人员在公共场所吸烟", "No smoking", trace=["吸烟：是"])
    if facts.get("cleaned_after") is False:
        return ctx.finding(
            WARNING,
            "会议结束后应及时将会议室清理干净",
            "Clean the room after the meeting",
            trace=["会后清理：否"],
        )
    if not facts.get("office_assigned"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "由办公室统一安排会议室",
            "The office assigns the room",
            trace=["办公室安排：待定"],
            approvers=["office"],
        )
    return ctx.finding(ALLOWED, "已由办公室安排会议室", "Room assigned by the office", trace=["办公室安排：是"])


# ---------------------------------------------------------------------------------------------- care


@rule(
    "care.visit_art46",
    check="care.visit",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:50:1.2", "本局职工因生病办理入院手续住院的"),
        (f"{WENSHAN}:50:1.2", "本局职工的父母、配偶、子女因生病办理入院手续住院5天以上的"),
        (f"{WENSHAN}:50:1.1", "由办公室和工会负责组织"),
    ],
    params=["care.visit_art46.relative_min_days"],
)
def visit_art46(facts: Any, ctx: RuleContext) -> Finding:
    """文山：看望慰问范围——职工本人因病住院；职工的父母、配偶、子女因病住院5天以上（含5天）。配偶的父母不在看望范围
    （丧事补助范围另含配偶的父母）。"""
    who = facts["patient"]
    need = int(ctx.param("care.visit_art46.relative_min_days"))
    cited = _cited(ctx, "care.visit_art46.relative_min_days")
    if who == "employee":
        return ctx.finding(
            ALLOWED,
            "职工本人住院，由办公室和工会组织看望慰问",
            "Staff member in hospital: visit",
            trace=["住院人：本局职工"],
            extra=cited,
        )
    if who in ("parent", "spouse", "child"):
        if "days_in_hospital" not in facts:
            return ctx.finding(
                WARNING,
                f"职工{RELATION_ZH[who][2:]}须住院{need}天以上方在看望范围（请提供住院天数）",
                f"Relatives qualify after {need} days in hospital",
                trace=["住院天数：未提供"],
                extra=cited,
            )
        days = int(facts["days_in_hospital"])
        trace = [f"{RELATION_ZH[who]}住院 {days} 天 {'≥' if days >= need else '<'} {need} 天"]
        if days >= need:
            return ctx.finding(
                ALLOWED,
                f"{RELATION_ZH[who]}住院{days}天，在看望范围",
                "Within the visiting scope",
                trace=trace,
                extra=cited,
            )
        return ctx.finding(
            BLOCKED,
            f"{RELATION_ZH[who]}住院须{need}天以上方在看望慰问范围",
            f"Relatives qualify only after {need} days in hospital",
            trace=trace,
            extra=cited,
        )
    return ctx.finding(
        BLOCKED,
        f"{RELATION_ZH[who]}不在住院看望慰问范围",
        "Not within the visiting scope",
        trace=[f"住院人：{RELATION_ZH[who]}"],
        extra=cited,
    )


@rule(
    "care.visit_gift_art46",
    check="care.visit",
    agencies=[WENSHAN],
    cites=[],
    params=["care.visit_gift_art46.ordinary", "care.visit_gift_art46.serious"],
)
def visit_gift_art46(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：一般病情住院的慰问品300元以内；大病住院的500元以内（以内含本数）。未说明病情的按一般病情。"""
    if "gift_amount" not in facts:
        return None
    sev = facts.get("severity", "ordinary")
    name = f"care.visit_gift_art46.{sev}"
    cap: Decimal = ctx.param(name)
    amt = money(facts["gift_amount"])
    trace = [
        f"慰问品 {yuan(amt)} {'≤' if amt <= cap else '>'} {yuan(cap)}（{'大病' if sev == 'serious' else '一般病情'}）"
    ]
    if amt <= cap:
        return ctx.finding(
            ALLOWED,
            "慰问品金额在标准以内",
            "Gift within the standard",
            trace=trace,
            extra=_cited(ctx, name),
        )
    return ctx.finding(
        BLOCKED,
        f"慰问品超过标准（{yuan(cap)}以内）",
        f"Gift exceeds {cap} yuan",
        trace=trace,
        extra=_cited(ctx, name),
    )


@rule(
    "care.farewell_art46",
    check="care.farewell",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:50:2.2", "采取灵活的形式召开座谈会,局领导和相关科室人员参加"),
        (f"{WENSHAN}:50:2.3", "在科室内召开座谈会,分管领导、人事教育科、办公室负责人参加"),
    ],
    params=["care.farewell_art46.souvenir_value", "care.farewell_art46.souvenirs", "care.farewell_art46.meals"],
)
def farewell_art46(facts: Any, ctx: RuleContext) -> Finding:
    """文山：调离或退休欢送——以本局名义赠送1件价值1000元以内的纪念品，安排1次欢送餐；处级干部局领导参加座谈会，
    其他干部职工在科室内召开座谈会。"""
    rank = facts["rank"]
    cap: Decimal = ctx.param("care.farewell_art46.souvenir_value")
    most_items = int(ctx.param("care.farewell_art46.souvenirs"))
    most_meals = int(ctx.param("care.farewell_art46.meals"))
    cited = _cited(
        ctx, "care.farewell_art46.souvenir_value", "care.farewell_art46.souvenirs", "care.farewell_art46.meals"
    )
    cites = [f"{WENSHAN}:50:2.2" if rank == "division_level" else f"{WENSHAN}:50:2.3"]
    problems: list[str] = []
    trace: list[str] = []
    if "souvenirs" in facts:
        n = int(facts["souvenirs"])
        trace.append(f"纪念品 {n} 件 {'≤' if n <= most_items else '>'} {most_items} 件")
        if n > most_items:
            problems.append(f"纪念品限{most_items}件")
    if "souvenir_value" in facts:
        v = money(facts["souvenir_value"])
        trace.append(f"纪念品价值 {yuan(v)} {'≤' if v <= cap else '>'} {yuan(cap)}")
        if v > cap:
            problems.append(f"纪念品价值须在{yuan(cap)}以内")
    if "farewell_meals" in facts:
        m = int(facts["farewell_meals"])
        trace.append(f"欢送餐 {m} 次 {'≤' if m <= most_meals else '>'} {most_meals} 次")
        if m > most_meals:
            problems.append(f"欢送餐限{most_meals}次")
    form = (
        "局领导和相关科室人员参加座谈会"
        if rank == "division_level"
        else "在科室内召开座谈会，分管领导、人事教育科、办公室负责人参加"
    )
    citations = unique_clauses([*ctx.cited(*cites), *cited])
    if problems:
        return Finding(
            ctx.rule.id,
            BLOCKED,
            "；".join(problems),
            "Farewell exceeds the standard",
            citations,
            tuple(trace + problems),
        )
    return Finding(
        ctx.rule.id,
        ALLOWED,
        f"欢送：{form}；赠送1件{yuan(cap)}以内纪念品，安排1次欢送餐",
        "Farewell within the standard",
        citations,
        tuple(trace or [f"职级：{rank}"]),
    )


@rule(
    "care.bereavement_art46",
    check="care.bereavement",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:50:3.2", "本局职工以及本局职工的父母、配偶、子女及配偶的父母因故去世")],
    params=["care.bereavement_art46.employee", "care.bereavement_art46.relative"],
)
def bereavement_art46(facts: Any, ctx: RuleContext) -> Finding:
    """文山：职工去世的送慰问金2000元；职工的父母、配偶、子女及配偶的父母去世的，每人送慰问金1000元。"""
    who = facts["deceased"]
    if who == "other":
        return ctx.finding(
            BLOCKED,
            "不在丧事补助范围（职工本人及其父母、配偶、子女、配偶的父母）",
            "Not within the scope of condolence payments",
            trace=["去世者：其他亲属"],
        )
    name = "care.bereavement_art46.employee" if who == "employee" else "care.bereavement_art46.relative"
    std: Decimal = ctx.param(name)
    cited = _cited(ctx, name)
    if "amount" not in facts:
        return ctx.finding(
            ALLOWED,
            f"{RELATION_ZH[who]}去世，送慰问金 {yuan(std)}",
            f"Payment {std} yuan",
            trace=[f"标准 {yuan(std)}"],
            extra=cited,
        )
    amt = money(facts["amount"])
    trace = [f"拟送 {yuan(amt)} {'=' if amt == std else '>' if amt > std else '<'} 标准 {yuan(std)}"]
    if amt > std:
        return ctx.finding(
            BLOCKED,
            f"慰问金超过标准 {yuan(std)}",
            f"Exceeds the standard of {std} yuan",
            trace=trace,
            extra=cited,
        )
    if amt < std:
        return ctx.finding(
            WARNING,
            f"慰问金标准为 {yuan(std)}，拟送金额低于标准",
            "Below the standard amount",
            trace=trace,
            extra=cited,
        )
    return ctx.finding(ALLOWED, "按标准送慰问金", "Payment at the standard", trace=trace, extra=cited)
