"""Official reception (公务接待): may a reception go ahead, and may its cost be reimbursed.

Implements:
- 通榆 《公务接待管理制度》 (tongyu-hrss:7, S000-07): 无公函不接待; 副厅级以上由人秘科协调接待; 非公务活动不纳入;
  报告单和方案经局长签批; 迎送禁令; 一次工作餐; 陪餐人数 (10人以内不超过3人，超过10人不超过三分之一);
  用餐标准 (自助早餐25元、午晚餐70元, 桌餐低于150元, 工作人员50元); 县内一律不饮酒; 接待清单经分管副局长签批后报账.
- 白城 《公务接待制度》 (baicheng-fupin:19, S003-19) with its 《公务接待审批报告单》 and
  《市扶贫办公务接待流程图》 (baicheng-fupin:47, S003-47): the same letter / meal / diner rules; the form's
  综合科 → 分管领导 → 主要领导 opinions; 住宿、活动禁令; 报销凭证 = 财务票据 + 派出单位公函 + 接待清单, 不得现金支付;
  the flow chart's reimbursement signatures (经手人、财务主管科室领导、分管财务领导) and 综合科 filing.
- 文山 第三十七条(一) 公务接待费管理 (wenshan-hrss:41:1, S001-67, reception part only; the finance helper owns
  the rest of the article): 审批单 经业务分管领导同意后报主要领导或分管财务的领导审批; 不能事前报批的经电话请示同意并在
  3个工作日内补办报批手续; 一般在定点餐馆就餐; 不在定点餐馆的接待后7个工作日内填报报销审批单.

Catalog vs seed: the catalog's "≤ floor(guests/3)" for more than 10 guests is the same test as the seed's
"不得超过接待对象人数的三分之一" for whole numbers of diners; the rule compares against the exact share.
Checks: ``reception.request`` (before and during the reception) and ``reception.claim`` (reimbursement).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..helpers import COUNT, DATE, FLAG, MONEY, cmp, day, iso, money, unique_clauses, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Finding
from ..registry import RuleContext, check, rule

TONGYU, WENSHAN, BAICHENG = "tongyu-hrss", "wenshan-hrss", "baicheng-fupin"

PURPOSES = ["official", "vacation", "family_visit", "tourism", "personal"]
GUEST_RANKS = ["deputy_department_or_above", "below_deputy_department"]
MEAL_TYPES = ["buffet_breakfast", "buffet_lunch", "buffet_dinner", "table", "staff"]
TABLE_REASONS = ["too_few_people", "no_buffet_facility"]
ARRANGEMENTS = [
    # 迎送 (tongyu 二、6; baicheng 12)
    "airport_station_welcome",  # 在机场、车站（码头）和辖区边界组织迎送
    "cross_region_escort",  # 跨地区迎送
    "banners",  # 张贴悬挂标语横幅
    "mass_welcome",  # 安排群众迎送
    "flowers",  # 献花
    "red_carpet",  # 铺设迎宾地毯
    # 用餐 (tongyu 四、9; baicheng 15)
    "luxury_dishes",  # 高档菜肴
    "wild_animal_dishes",  # 野生保护动物制作的菜肴
    "cigarettes",  # 香烟
    "premium_liquor",  # 高档酒水
    "private_club",  # 私人会所
    "high_end_venue",  # 高消费餐饮场所
    # 住宿 (baicheng 14)
    "over_standard_room",  # 超标准安排接待住房
    "extra_toiletries",  # 额外配发洗漱用品
    "local_escort_lodging",  # 当地陪同人员（非必要工作人员）安排住宿
    # 活动 (baicheng 20)
    "tourism",  # 组织旅游和与公务活动无关的参观
    "entertainment_venue",  # 营业性娱乐、健身场所活动
    "performance",  # 专场文艺演出
    "gifts",  # 赠送礼金、有价证券、纪念品和土特产品
]
ARRANGEMENT_ZH = {
    "airport_station_welcome": "在机场、车站、辖区边界迎送",
    "cross_region_escort": "跨地区迎送",
    "banners": "张贴悬挂标语横幅",
    "mass_welcome": "安排群众迎送",
    "flowers": "献花",
    "red_carpet": "铺设迎宾地毯",
    "luxury_dishes": "高档菜肴",
    "wild_animal_dishes": "野生保护动物制作的菜肴",
    "cigarettes": "提供香烟",
    "premium_liquor": "提供高档酒水",
    "private_club": "使用私人会所",
    "high_end_venue": "使用高消费餐饮场所",
    "over_standard_room": "超标准安排住房",
    "extra_toiletries": "额外配发洗漱用品",
    "local_escort_lodging": "当地陪同人员安排住宿",
    "tourism": "组织旅游或无关参观",
    "entertainment_venue": "到营业性娱乐、健身场所活动",
    "performance": "安排专场文艺演出",
    "gifts": "赠送礼金、有价证券、纪念品或土特产品",
}
APPROVAL_STATES = ["approved", "pending", "phone_consent"]
APPROVAL_ZH = {"approved": "已事前审批", "pending": "尚未审批", "phone_consent": "仅电话请示同意"}
TABLE_REASON_ZH = {"too_few_people": "人数过少", "no_buffet_facility": "不具备自助餐条件"}
PURPOSE_ZH = {"official": "公务", "vacation": "休假", "family_visit": "探亲", "tourism": "旅游", "personal": "个人事务"}
ROLE_IDS = [
    "chief",
    "deputy_in_charge",
    "finance_deputy",
    "office",
    "finance_section",
    "section_head",
    "staff",
]
DOCUMENTS = ["invoice", "official_letter", "reception_list", "approval_form", "claim_form"]
PAYMENTS = ["bank_transfer", "official_card", "cash"]
ROLE_ZH = {
    "chief": "主要领导（局长/主任）",
    "deputy_in_charge": "分管领导",
    "finance_deputy": "分管财务领导",
    "office": "办公室（综合科、人秘科）",
    "finance_section": "财务科室",
    "section_head": "科室负责人",
    "staff": "经办人",
}

REQUEST = check(
    "reception.request",
    "公务接待能否安排（公函、范围、审批、工作餐、陪餐人数、用餐标准、禁止事项）",
    "May an official reception be held (letter, scope, approval, working meal, diners, meal standard, bans)",
    {
        "type": "object",
        "required": ["guests", "accompanying"],
        "additionalProperties": False,
        "properties": {
            "guests": {
                "type": "integer",
                "minimum": 1,
                "maximum": 1000,
                "description": "接待对象人数 number of guests received",
            },
            "accompanying": {
                "type": "integer",
                "minimum": 0,
                "maximum": 1000,
                "description": "陪餐人数（本单位陪同用餐人数） number of host staff dining with the guests",
            },
            "has_official_letter": {
                **FLAG,
                "description": "派出单位是否发来公函 whether the sending unit sent an official letter",
            },
            "purpose": {
                "enum": PURPOSES,
                "description": "来访性质：公务 / 休假 / 探亲 / 旅游 / 个人事务 nature of the visit",
            },
            "guest_rank": {
                "enum": GUEST_RANKS,
                "description": "来访领导级别：副厅级以上 / 副厅级以下 rank of the leading guest",
            },
            "approval": {
                "enum": APPROVAL_STATES,
                "description": (
                    "审批情况：已事前审批 / 尚未审批 / 仅电话请示同意（事后补办） "
                    "approval state: approved beforehand, pending, or phone consent only"
                ),
            },
            "reception_date": {**DATE, "description": "接待日期 date of the reception"},
            "approval_completed_on": {
                **DATE,
                "description": "补办书面报批手续的日期 date the written approval was completed afterwards",
            },
            "working_meals": {
                **COUNT,
                "description": "由接待单位安排（公款）的工作餐次数 working meals paid by the host",
            },
            "meal_type": {
                "enum": MEAL_TYPES,
                "description": "用餐形式：自助早餐/午餐/晚餐、工作桌餐、工作人员用餐 kind of meal",
            },
            "cost_per_head": {
                **MONEY,
                "description": "人均餐费（元，不含酒水和饮品） cost per head in yuan, drinks excluded",
            },
            "table_meal_reason": {
                "enum": TABLE_REASONS,
                "description": "安排桌餐的理由：人数过少 / 不具备自助餐条件 reason for a table meal",
            },
            "alcohol": {**FLAG, "description": "用餐是否饮酒 whether alcohol is served"},
            "out_of_province_guests": {
                **FLAG,
                "description": "接待对象是否为省外人员 whether the guests come from outside the province",
            },
            "arrangements": {
                "type": "array",
                "items": {"enum": ARRANGEMENTS},
                "uniqueItems": True,
                "description": "拟安排的迎送、用餐、住宿、活动事项 planned ceremonies, meals, lodging and activities",
            },
            "designated_restaurant": {
                **FLAG,
                "description": "是否在定点餐馆就餐（默认是） whether the meal is at a designated restaurant",
            },
        },
    },
)

CLAIM = check(
    "reception.claim",
    "公务接待费能否报销（接待清单、凭证、签批、时限、支付方式）",
    "May reception costs be reimbursed (reception list, vouchers, sign-off, time limit, payment)",
    {
        "type": "object",
        "required": ["documents"],
        "additionalProperties": False,
        "properties": {
            "documents": {
                "type": "array",
                "items": {"enum": DOCUMENTS},
                "uniqueItems": True,
                "description": (
                    "已附材料：发票、派出单位公函、接待清单、审批单、报销审批单 "
                    "attached: invoice, official letter, reception list, approval form, claim form"
                ),
            },
            "signed_by": {
                "type": "array",
                "items": {"enum": ROLE_IDS},
                "uniqueItems": True,
                "description": "已签字的角色 roles that have already signed",
            },
            "payment_method": {
                "enum": PAYMENTS,
                "description": "结算方式：银行转账 / 公务卡 / 现金 payment method",
            },
            "charges_guest_costs": {
                **FLAG,
                "description": (
                    "是否在接待费中列支接待对象应承担的差旅、会议、培训等费用 "
                    "whether the claim includes guests' own travel, meeting or training costs"
                ),
            },
            "shifted_to_others": {
                **FLAG,
                "description": "是否向下级或其他单位、企业、个人转嫁接待费 whether costs were shifted to others",
            },
            "designated_restaurant": {
                **FLAG,
                "description": "是否在定点餐馆就餐（默认是） whether the meal was at a designated restaurant",
            },
            "reception_date": {**DATE, "description": "接待日期 date of the reception"},
            "claim_date": {**DATE, "description": "填报报销审批单的日期 date the claim form was filed"},
        },
    },
)


# ---------------------------------------------------------------------------------------------- helpers


def _roles_zh(roles: list[str]) -> str:
    return "、".join(ROLE_ZH.get(r, r) for r in roles)


# ---------------------------------------------------------------------------------------------- request


@rule(
    "reception.accompany_limit",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[],
)
def accompany_limit(facts: Any, ctx: RuleContext) -> Finding:
    """陪餐人数：接待对象在N人以内的不超过M人；超过N人的不超过接待对象人数的一定比例（各机构参数）。

    以内 includes the number (10 guests → at most 3 diners); 超过 excludes it (11 guests → at most 11/3, i.e. 3).
    """
    # the share p/q is compared exactly, in integers: diners ≤ guests × p/q ⇔ diners × q ≤ guests × p
    guests, diners = int(facts["guests"]), int(facts["accompanying"])
    memo = ctx.memo  # the parameters as this rule uses them, read once per context (see _acc_*)
    small_max, n = memo.get(_ACC_MAX) or _acc_small_max(ctx)
    d, g = str(diners), str(guests)  # each figure written once, then placed in the texts
    if guests <= small_max:
        cap, cap_txt, cited = memo.get(_ACC_SMALL) or _acc_small(ctx)
        if diners <= cap:
            return ctx.finding(
                ALLOWED,
                f"陪餐 {d} 人，未超过上限 {cap_txt} 人",
                f"{d} accompanying diners, within the limit of {cap_txt} ({g} guests, at most {n})",
                trace=(f"陪餐 {d} 人 ≤ 上限 {cap_txt} 人（接待对象 {g} 人 ≤ {n}）",),
                extra=cited,
            )
        return ctx.finding(
            BLOCKED,
            f"陪餐 {d} 人，超过上限 {cap_txt} 人，须减少陪餐人数",
            f"{d} accompanying diners exceed the limit of {cap_txt} ({g} guests, at most {n})",
            trace=(f"陪餐 {d} 人 > 上限 {cap_txt} 人（接待对象 {g} 人 ≤ {n}）",),
            extra=cited,
        )
    p, q, share, cited = memo.get(_ACC_LARGE) or _acc_large(ctx)
    top = guests * p
    cap_txt = str(top // q)
    exact = cap_txt if top % q == 0 else f"{top / q:.2f}".rstrip("0").rstrip(".")
    if diners * q <= top:
        return ctx.finding(
            ALLOWED,
            f"陪餐 {d} 人，未超过上限 {cap_txt} 人",
            f"{d} accompanying diners, within the limit of {cap_txt} "
            f"({g} guests, more than {n}: {g} × {share} = {exact})",
            trace=(f"陪餐 {d} 人 ≤ 上限 {cap_txt} 人（接待对象 {g} 人 > {n}，{g} × {share} = {exact}）",),
            extra=cited,
        )
    return ctx.finding(
        BLOCKED,
        f"陪餐 {d} 人，超过上限 {cap_txt} 人，须减少陪餐人数",
        f"{d} accompanying diners exceed the limit of {cap_txt} ({g} guests, more than {n}: {g} × {share} = {exact})",
        trace=(f"陪餐 {d} 人 > 上限 {cap_txt} 人（接待对象 {g} 人 > {n}，{g} × {share} = {exact}）",),
        extra=cited,
    )


_ACC_SMALL_MAX = "reception.accompany_limit.small_group_max"
_ACC_SMALL_CAP = "reception.accompany_limit.small_group_cap"
_ACC_SHARE = "reception.accompany_limit.large_group_share"
_ACC_MAX, _ACC_SMALL, _ACC_LARGE = (
    ("accompany_limit", "max"),
    ("accompany_limit", "small"),
    ("accompany_limit", "large"),
)


def _acc_small_max(ctx: RuleContext) -> tuple[int, str]:
    """The largest small group, and as written (read once per context)."""
    found: tuple[int, str] | None = ctx.memo.get(_ACC_MAX)
    if found is None:
        small_max = ctx.param(_ACC_SMALL_MAX)
        found = ctx.memo[_ACC_MAX] = (small_max, str(small_max))
    return found


def _acc_small(ctx: RuleContext) -> tuple[int, str, tuple[CitedClause, ...]]:
    """The small-group cap, as written, and its clauses (read once per context)."""
    found: tuple[int, str, tuple[CitedClause, ...]] | None = ctx.memo.get(_ACC_SMALL)
    if found is None:
        cap = int(ctx.param(_ACC_SMALL_CAP))
        cited = unique_clauses([ctx.param_cited(_ACC_SMALL_CAP), ctx.param_cited(_ACC_SMALL_MAX)])
        found = ctx.memo[_ACC_SMALL] = (cap, str(cap), cited)
    return found


def _acc_large(ctx: RuleContext) -> tuple[int, int, str, tuple[CitedClause, ...]]:
    """The large-group share as numerator, denominator and text, and its clauses (read once per context)."""
    found: tuple[int, int, str, tuple[CitedClause, ...]] | None = ctx.memo.get(_ACC_LARGE)
    if found is None:
        share: Fraction = ctx.param(_ACC_SHARE)
        cited = unique_clauses([ctx.param_cited(_ACC_SHARE), ctx.param_cited(_ACC_SMALL_MAX)])
        found = ctx.memo[_ACC_LARGE] = (share.numerator, share.denominator, str(share), cited)
    return found


@rule(
    "reception.official_letter",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[
        (f"{TONGYU}:7:1.2", "无公函的公务活动和来访人员一律不予接待"),
        (f"{BAICHENG}:19:9", "无公函的公务活动和来访人员一律不予接待"),
        (f"{BAICHENG}:19:6", "派出单位应当向接待单位发出公函，告知内容、行程和人员"),
    ],
    needs=["has_official_letter"],
)
def official_letter(facts: Any, ctx: RuleContext) -> Finding | None:
    """无公函的公务活动和来访人员一律不予接待。"""
    if "has_official_letter" not in facts:
        return None
    if facts["has_official_letter"]:
        return ctx.finding(
            ALLOWED,
            "派出单位已发公函，可以按规定接待",
            "The sending unit sent an official letter: the reception may be arranged",
            trace=["公函：有"],
        )
    return ctx.finding(
        BLOCKED,
        "无公函的公务活动和来访人员一律不予接待，不得用公款支付",
        "No official letter: the visitors are not received and no public funds may be spent on them",
        trace=["公函：无"],
    )


@rule(
    "reception.scope",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[
        (f"{TONGYU}:7:1.4", "休假、探亲、旅游等属于非公务活动和个人接待活动，一律不纳入公务接待范围"),
        (f"{BAICHENG}:19:10", "休假、探亲、旅游等属于非公务活动和个人接待活动，一律不能纳入公务接待范围"),
    ],
    needs=["purpose"],
)
def scope(facts: Any, ctx: RuleContext) -> Finding | None:
    """休假、探亲、旅游等非公务活动不纳入公务接待范围。"""
    purpose = facts.get("purpose")
    if purpose is None:
        return None
    if purpose == "official":
        return ctx.finding(
            ALLOWED,
            "来访属公务活动，在公务接待范围内",
            "The visit is official business: within the scope of official reception",
            trace=["来访性质：公务"],
        )
    return ctx.finding(
        BLOCKED,
        "休假、探亲、旅游等属于非公务活动，不纳入公务接待范围",
        f"A non-official visit ({purpose}) is not an official reception",
        trace=[f"来访性质：{PURPOSE_ZH[purpose]}（非公务）"],
    )


@rule(
    "reception.host_art3",
    check="reception.request",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:7:1.3", "副厅级以上领导来通榆进行公务活动，由人秘科协调相关科室共同负责接待"),
        (f"{TONGYU}:7:1.3", "副厅级以下领导来通榆进行公务活动，由相关科室（单位）按照规定自行负责接待"),
    ],
    needs=["guest_rank"],
)
def host_art3(facts: Any, ctx: RuleContext) -> Finding | None:
    """接待主体按来访领导级别：副厅级以上由人秘科协调；以下由相关科室自行接待。

    Reading: 副厅级 itself falls under 副厅级以上 (以上 includes the rank); 副厅级以下 covers the ranks below it.
    """
    rank = facts.get("guest_rank")
    if rank is None:
        return None
    if rank == "deputy_department_or_above":
        return ctx.finding(
            WARNING,
            "副厅级以上领导：须由人秘科协调相关科室共同负责接待，不由科室自行接待",
            "Deputy-department rank or above: 人秘科 must coordinate the reception",
            trace=["来访领导级别：副厅级以上 → 人秘科协调"],
        )
    return ctx.finding(
        ALLOWED,
        "副厅级以下领导：由相关科室（单位）按照规定自行负责接待",
        "Below deputy-department rank: the section hosts itself",
        trace=["来访领导级别：副厅级以下 → 相关科室自行接待"],
    )


@rule(
    "reception.approval",
    check="reception.request",
    agencies=[TONGYU, BAICHENG, WENSHAN],
    cites=[],
    params=["reception.approval.plan_approver"],
    needs=["approval"],
)
def approval(facts: Any, ctx: RuleContext) -> Finding | None:
    """接待前的审批：通榆 报告单和方案经局长签批；白城 审批报告单 综合科→分管领导→主要领导、流程图 主要领导审批方案；
    文山 业务分管领导同意后报主要领导或分管财务的领导审批（电话请示另见 reception.post_approval_art37）。"""
    state = facts.get("approval")
    if state is None:
        return None
    name = "reception.approval.approvers"
    approvers: list[str] = list(ctx.param(name))
    cited = [ctx.param_cited(name)]
    plan = ctx.param_or("reception.approval.plan_approver")
    if plan is not None:  # 白城流程图：接待方案报主要领导审批
        cited.append(ctx.param_cited("reception.approval.plan_approver"))
        approvers += [r for r in plan if r not in approvers]
    if state == "approved":
        return ctx.finding(
            ALLOWED,
            f"接待已经{_roles_zh(approvers)}审批，按批准的方案执行",
            "The reception was approved beforehand; carry it out as approved",
            trace=["审批：已事前审批"],
            extra=cited,
        )
    if state == "phone_consent" and ctx.agency == WENSHAN:
        return None  # handled by reception.post_approval_art37
    zh = f"接待前须经{_roles_zh(approvers)}审批"
    if ctx.agency == WENSHAN:
        zh += "（主要领导或分管财务的领导审批），审批单由办公室登记备案"
    if state == "phone_consent":
        zh += "；本制度未规定电话请示后补办的程序，须先书面审批"
    return ctx.finding(
        NEEDS_APPROVAL,
        zh,
        "The reception needs written approval before it takes place",
        trace=[f"审批：{APPROVAL_ZH[state]}"],
        approvers=approvers,
        extra=cited,
    )


@rule(
    "reception.post_approval_art37",
    check="reception.request",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:41:1", "因特殊情况不能事前报批的公务接待,需经电话请示同意,并在3个工作日内补办报批手续")],
    needs=["approval"],
)
def post_approval_art37(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第三十七条(一)：不能事前报批的，经电话请示同意，并在3个工作日内补办报批手续。

    Reading: the 3 working days run from the day after the reception (the reception day does not count);
    a late completion is reported as a warning, since the text attaches no other consequence to it.
    """
    if facts.get("approval") != "phone_consent":
        return None
    n = int(ctx.param("reception.post_approval_art37.working_days"))
    cited = [ctx.param_cited("reception.post_approval_art37.working_days")]
    if "reception_date" not in facts:
        return ctx.finding(
            WARNING,
            f"经电话请示同意的接待，须在接待后{n}个工作日内补办报批手续（请提供接待日期以计算期限）",
            f"Phone consent only: complete the written approval within {n} working days after the reception",
            trace=["审批：电话请示同意"],
            extra=cited,
        )
    start = day(facts["reception_date"])
    due = ctx.deadline(start, n, "working_days", "补办公务接待报批手续", "complete the reception approval")
    done = facts.get("approval_completed_on")
    if done is None:
        return ctx.finding(
            WARNING,
            f"经电话请示同意，须于 {iso(due.date)} 前补办报批手续",
            f"Phone consent: complete the written approval by {iso(due.date)}",
            trace=[f"接待 {iso(start)} + {n} 个工作日 = {iso(due.date)}"],
            deadlines=[due],
            extra=cited,
        )
    done_d = day(done)
    if done_d <= due.date:
        return ctx.finding(
            ALLOWED,
            f"已于 {iso(done_d)} 补办报批手续，未超过期限 {iso(due.date)}",
            f"Written approval completed on {iso(done_d)}, within the limit {iso(due.date)}",
            trace=[f"补办 {iso(done_d)} ≤ 期限 {iso(due.date)}（接待 {iso(start)} + {n} 个工作日）"],
            deadlines=[due],
            extra=cited,
        )
    return ctx.finding(
        WARNING,
        f"补办报批手续 {iso(done_d)} 已超过期限 {iso(due.date)}",
        f"The written approval ({iso(done_d)}) came after the limit {iso(due.date)}",
        trace=[f"补办 {iso(done_d)} > 期限 {iso(due.date)}（接待 {iso(start)} + {n} 个工作日）"],
        deadlines=[due],
        extra=cited,
    )


@rule(
    "reception.working_meal",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[],
    needs=["working_meals"],
)
def working_meal(facts: Any, ctx: RuleContext) -> Finding | None:
    """接待对象按标准自行用餐；确因工作需要，接待单位可以安排一次工作餐。"""
    if "working_meals" not in facts:
        return None
    meals = int(facts["working_meals"])
    name = "reception.working_meal.max"
    most = int(ctx.param(name))
    trace = [f"工作餐 {meals} 次 {'≤' if meals <= most else '>'} 上限 {most} 次"]
    if meals <= most:
        return ctx.finding(
            ALLOWED,
            f"安排工作餐 {meals} 次，未超过 {most} 次",
            f"{meals} working meal(s): within the limit of {most}",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        BLOCKED,
        f"接待单位只可安排 {most} 次工作餐，其余用餐由接待对象自行负担",
        f"The host may arrange only {most} working meal(s); the guests pay for the others",
        trace=trace,
        extra=[ctx.param_cited(name)],
    )


_MEAL_PARAM = {
    "buffet_breakfast": "reception.meal_standard.buffet_breakfast",
    "buffet_lunch": "reception.meal_standard.buffet_lunch_dinner",
    "buffet_dinner": "reception.meal_standard.buffet_lunch_dinner",
    "table": "reception.meal_standard.table",
    "staff": "reception.meal_standard.staff",
}
_MEAL_ZH = {
    "buffet_breakfast": "自助早餐",
    "buffet_lunch": "自助午餐",
    "buffet_dinner": "自助晚餐",
    "table": "工作桌餐",
    "staff": "工作人员用餐",
}


@rule(
    "reception.meal_standard",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[],
    params=["reception.meal_standard.table_strict"],
    needs=["meal_type"],
)
def meal_standard(facts: Any, ctx: RuleContext) -> Finding | None:
    """用餐标准（人均，不含酒水和饮品）：自助早餐、午晚餐的标准为上限（含本数）；工作桌餐“低于”标准（不含本数）。"""
    kind = facts.get("meal_type")
    if kind is None or "cost_per_head" not in facts:
        return None
    name = _MEAL_PARAM[kind]
    cap: Decimal = ctx.param(name)
    strict = kind == "table" and bool(ctx.param("reception.meal_standard.table_strict"))
    cost = money(facts["cost_per_head"])
    ok = cost < cap if strict else cost <= cap
    op = cmp(cost, cap)
    bound = f"须低于 {yuan(cap)}" if strict else f"标准 {yuan(cap)}"
    trace = [f"{_MEAL_ZH[kind]} 人均 {yuan(cost)} {op} {yuan(cap)}（{bound}，不含酒水和饮品）"]
    cited: tuple[CitedClause, ...] = (ctx.param_cited(name),)
    if strict:
        cited = unique_clauses([*cited, ctx.param_cited("reception.meal_standard.table_strict")])
    if ok:
        return ctx.finding(
            ALLOWED,
            f"{_MEAL_ZH[kind]}人均 {yuan(cost)}，符合用餐标准",
            f"{kind}: {cost} yuan per head is within the standard of {cap} yuan",
            trace=trace,
            extra=cited,
        )
    return ctx.finding(
        BLOCKED,
        f"{_MEAL_ZH[kind]}人均 {yuan(cost)}，超过用餐标准（{bound}）",
        f"{kind}: {cost} yuan per head exceeds the standard ({'below ' if strict else 'at most '}{cap} yuan)",
        trace=trace,
        extra=cited,
    )


@rule(
    "reception.buffet_first",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[
        (f"{TONGYU}:7:4.9", "工作餐原则上安排自助餐，人数过少和不具备自助餐条件的基层单位可视情况安排桌餐"),
        (f"{BAICHENG}:19:15", "工作餐原则上安排自助餐，人数过少和不具备自助餐条件的基层单位可视情况安排桌餐"),
    ],
    needs=["meal_type"],
)
def buffet_first(facts: Any, ctx: RuleContext) -> Finding | None:
    """工作餐原则上安排自助餐；人数过少或不具备自助餐条件的，可视情况安排桌餐。"""
    if facts.get("meal_type") != "table":
        return None
    reason = facts.get("table_meal_reason")
    if reason:
        return ctx.finding(
            ALLOWED,
            "因人数过少或不具备自助餐条件安排桌餐，符合规定",
            f"Table meal justified ({reason})",
            trace=[f"桌餐理由：{TABLE_REASON_ZH[reason]}"],
        )
    return ctx.finding(
        WARNING,
        "工作餐原则上安排自助餐；安排桌餐须属人数过少或不具备自助餐条件的情形",
        "Working meals are buffets in principle; a table meal needs a reason (too few people / no buffet)",
        trace=["桌餐理由：未说明"],
    )


@rule(
    "reception.no_alcohol",
    check="reception.request",
    agencies=[TONGYU],
    cites=[
        (f"{TONGYU}:7:4.9", "县内各类公务活动用餐一律不饮酒"),
        (f"{TONGYU}:7:4.9", "接待省外人员按《党政机关国内公务接待管理规定》执行"),
    ],
    needs=["alcohol"],
)
def no_alcohol(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆：县内各类公务活动用餐一律不饮酒；接待省外人员按《党政机关国内公务接待管理规定》执行。

    Reading: the ban covers every official meal in the county; for out-of-province guests the text defers to
    national rules it does not reproduce, so alcohol there is flagged for checking (warning), never cleared.
    """
    if "alcohol" not in facts:
        return None
    if not facts["alcohol"]:
        return ctx.finding(ALLOWED, "用餐不饮酒", "No alcohol served", trace=["饮酒：否"])
    if facts.get("out_of_province_guests"):
        return ctx.finding(
            WARNING,
            "接待省外人员按《党政机关国内公务接待管理规定》执行，不得提供高档酒水，请核对该规定",
            "Out-of-province guests: the national reception rules apply (no premium liquor); check them",
            trace=["饮酒：是；接待对象：省外人员"],
        )
    return ctx.finding(
        BLOCKED,
        "县内各类公务活动用餐一律不饮酒",
        "No alcohol at any official meal within the county",
        trace=["饮酒：是；接待对象：省内"],
    )


_PROHIBITED = (
    "reception.prohibited.ceremony",
    "reception.prohibited.meal",
    "reception.prohibited.lodging",
    "reception.prohibited.activities",
)


@rule(
    "reception.prohibited",
    check="reception.request",
    agencies=[TONGYU, BAICHENG],
    cites=[],
    params=list(_PROHIBITED),
    needs=["arrangements"],
)
def prohibited(facts: Any, ctx: RuleContext) -> Finding | None:
    """迎送、用餐、住宿、活动的禁止事项（各机构所列不同，见参数）。"""
    planned = list(facts.get("arrangements", []))
    if not planned:
        return None
    bad: list[str] = []
    cited: list[CitedClause] = []
    seen: set[str] = set()
    for name in _PROHIBITED:
        kinds = ctx.param_or(name)
        if not kinds:
            continue
        hit = [a for a in planned if a in kinds]
        if hit:
            bad.extend(hit)
            c = ctx.param_cited(name)
            if c.id not in seen:
                seen.add(c.id)
                cited.append(c)
    if not bad:
        return ctx.finding(
            ALLOWED,
            "所列安排不属于本制度禁止的事项",
            "None of the planned arrangements is prohibited by this agency's rules",
            trace=[f"安排：{'、'.join(ARRANGEMENT_ZH[a] for a in planned)}"],
        )
    return ctx.finding(
        BLOCKED,
        f"不得{'、'.join(ARRANGEMENT_ZH[a] for a in bad)}",
        f"Prohibited arrangements: {', '.join(bad)}",
        trace=[f"禁止事项：{'、'.join(ARRANGEMENT_ZH[a] for a in bad)}"],
        extra=cited,
    )


@rule(
    "reception.venue_art37",
    check="reception.request",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:41:1", "公务接待一般安排在定点餐馆就餐"),
        (f"{WENSHAN}:41:1", "特殊情况不在定点餐馆接待的,接待后7个工作日内"),
    ],
    params=["reception.claim_deadline_art37.working_days"],
)
def venue_art37(facts: Any, ctx: RuleContext) -> Finding:
    """文山：公务接待一般安排在定点餐馆就餐；特殊情况不在定点餐馆的，接待后7个工作日内填报报销审批单。"""
    if facts.get("designated_restaurant", True):
        return ctx.finding(
            ALLOWED,
            "在定点餐馆就餐，由办公室（或其指定的接待科室）工作人员签单，定期与餐馆结账",
            "Meal at a designated restaurant: office staff sign the bill; settled periodically",
            trace=["就餐地点：定点餐馆"],
        )
    n = int(ctx.param("reception.claim_deadline_art37.working_days"))
    deadlines = []
    trace = ["就餐地点：非定点餐馆（特殊情况）"]
    if "reception_date" in facts:
        start = day(facts["reception_date"])
        due = ctx.deadline(start, n, "working_days", "填报公务接待费用报销审批单", "file the reception cost claim")
        deadlines.append(due)
        trace.append(f"接待 {iso(start)} + {n} 个工作日 = {iso(due.date)}")
    return ctx.finding(
        WARNING,
        f"不在定点餐馆接待属特殊情况：接待后{n}个工作日内由经办人员填报报销审批单并附发票",
        f"Not at a designated restaurant: file the claim with the invoice within {n} working days",
        trace=trace,
        deadlines=deadlines,
        extra=[ctx.param_cited("reception.claim_deadline_art37.working_days")],
    )


# ---------------------------------------------------------------------------------------------- claim


@rule(
    "reception.claim_documents",
    check="reception.claim",
    agencies=[TONGYU, BAICHENG],
    cites=[],
)
def claim_documents(facts: Any, ctx: RuleContext) -> Finding:
    """报销凭证：通榆 接待清单及相关票据；白城 财务票据、派出单位公函和接待清单。"""
    name = "reception.claim_documents.required"
    need: list[str] = list(ctx.param(name))
    have = set(facts["documents"])
    missing = [d for d in need if d not in have]
    zh_doc = {
        "invoice": "发票（财务票据）",
        "official_letter": "派出单位公函",
        "reception_list": "接待清单",
        "approval_form": "审批单",
        "claim_form": "报销审批单",
    }
    trace = [f"应附：{'、'.join(zh_doc[d] for d in need)}；缺：{'、'.join(zh_doc[d] for d in missing) or '无'}"]
    if not missing:
        return ctx.finding(
            ALLOWED,
            "报销凭证齐全",
            "The vouchers are complete",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        BLOCKED,
        f"报销凭证不全，缺少{'、'.join(zh_doc[d] for d in missing)}",
        f"Vouchers incomplete: missing {', '.join(missing)}",
        trace=trace,
        extra=[ctx.param_cited(name)],
    )


@rule(
    "reception.claim_signoff",
    check="reception.claim",
    agencies=[TONGYU, BAICHENG, WENSHAN],
    cites=[],
)
def claim_signoff(facts: Any, ctx: RuleContext) -> Finding:
    """报账签批：通榆 接待清单经分管副局长签批；白城 经手人、财务主管科室领导、分管财务领导签字（流程图）；
    文山 办公室核对后报主管财务领导审批。"""
    name = "reception.claim_signoff.signers"
    need: list[str] = list(ctx.param(name))
    signed = set(facts.get("signed_by", []))
    missing = [r for r in need if r not in signed]
    trace = [f"应签：{_roles_zh(need)}；未签：{_roles_zh(missing) or '无'}"]
    if not missing:
        return ctx.finding(
            ALLOWED,
            "报销签批齐全，可以履行报账程序",
            "All required signatures are present: the claim may be paid",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"报销须经{_roles_zh(missing)}签字",
        f"The claim needs the signature of: {', '.join(missing)}",
        trace=trace,
        approvers=missing,
        extra=[ctx.param_cited(name)],
    )


@rule(
    "reception.claim_payment",
    check="reception.claim",
    agencies=[BAICHENG],
    cites=[
        (f"{BAICHENG}:19:19", "采用银行转账或者公务卡方式结算，不得以现金方式支付"),
        (f"{BAICHENG}:19:18", "禁止在接待费中列支应当由接待对象承担的差旅、会议、培训等费用"),
        (f"{BAICHENG}:19:18", "禁止向下级单位及其他单位、企业、个人转嫁接待费用"),
    ],
)
def claim_payment(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城：接待费采用银行转账或公务卡结算，不得现金支付；不得列支接待对象应承担的费用，不得转嫁接待费用。"""
    problems: list[str] = []
    trace: list[str] = []
    if "payment_method" in facts:
        trace.append(f"结算方式：{facts['payment_method']}")
        if facts["payment_method"] == "cash":
            problems.append("接待费不得以现金方式支付")
    if facts.get("charges_guest_costs"):
        problems.append("不得在接待费中列支应由接待对象承担的差旅、会议、培训等费用")
    if facts.get("shifted_to_others"):
        problems.append("不得向下级单位及其他单位、企业、个人转嫁接待费用")
    if not trace and not problems and "charges_guest_costs" not in facts and "shifted_to_others" not in facts:
        return None
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(problems),
            "Cash payment, guests' own costs or shifted costs may not be charged to reception",
            trace=trace + problems,
        )
    return ctx.finding(
        ALLOWED,
        "结算方式和列支范围符合规定",
        "Payment method and charged items comply",
        trace=trace or ["列支范围：符合"],
    )


@rule(
    "reception.claim_deadline_art37",
    check="reception.claim",
    agencies=[WENSHAN],
    cites=[
        (
            f"{WENSHAN}:41:1",
            "特殊情况不在定点餐馆接待的,接待后7个工作日内,由经办人员填报公务接待费用报销审批单并附发票",
        ),
        (f"{WENSHAN}:41:1", "餐后由办公室工作人员签单或由办公室指定的接待科室工作人员签单"),
    ],
)
def claim_deadline_art37(facts: Any, ctx: RuleContext) -> Finding:
    """文山：非定点餐馆接待后7个工作日内填报报销审批单并附发票；定点餐馆由办公室签单、定期结账。

    Reading: the 7 working days run from the day after the reception; a late claim is a warning (the text
    does not say that the claim lapses, unlike 第三十八条 for travel).
    """
    if facts.get("designated_restaurant", True):
        return ctx.finding(
            ALLOWED,
            "定点餐馆就餐：办公室签单，办公室会同规划财务科定期与餐馆结账",
            "Designated restaurant: the office signs the bill and settles periodically",
            trace=["就餐地点：定点餐馆"],
        )
    n = int(ctx.param("reception.claim_deadline_art37.working_days"))
    cited = [ctx.param_cited("reception.claim_deadline_art37.working_days")]
    problems: list[str] = []
    docs = set(facts["documents"])
    for d, zh in (("claim_form", "公务接待费用报销审批单"), ("invoice", "发票")):
        if d not in docs:
            problems.append(f"缺{zh}")
    if problems:
        return ctx.finding(
            BLOCKED,
            "非定点餐馆接待须填报公务接待费用报销审批单并附发票（" + "、".join(problems) + "）",
            "A claim for a non-designated restaurant needs the claim form and the invoice",
            trace=problems,
            extra=cited,
        )
    if "reception_date" not in facts:
        return ctx.finding(
            WARNING,
            f"非定点餐馆接待须在接待后{n}个工作日内填报（请提供接待日期以核对期限）",
            f"Non-designated restaurant: file within {n} working days after the reception",
            trace=["接待日期：未提供"],
            extra=cited,
        )
    start = day(facts["reception_date"])
    due = ctx.deadline(start, n, "working_days", "填报公务接待费用报销审批单", "file the reception cost claim")
    filed = facts.get("claim_date")
    if filed is None:
        return ctx.finding(
            WARNING,
            f"须于 {iso(due.date)} 前填报报销审批单",
            f"File the claim by {iso(due.date)}",
            trace=[f"接待 {iso(start)} + {n} 个工作日 = {iso(due.date)}"],
            deadlines=[due],
            extra=cited,
        )
    f = day(filed)
    ok = f <= due.date
    trace = [f"填报 {iso(f)} {'≤' if ok else '>'} 期限 {iso(due.date)}（接待 {iso(start)} + {n} 个工作日）"]
    if ok:
        return ctx.finding(
            ALLOWED,
            f"已在期限 {iso(due.date)} 内填报",
            f"Filed within the limit {iso(due.date)}",
            trace=trace,
            deadlines=[due],
            extra=cited,
        )
    return ctx.finding(
        WARNING,
        f"填报日期 {iso(f)} 超过期限 {iso(due.date)}",
        f"Filed after the limit {iso(due.date)}",
        trace=trace,
        deadlines=[due],
        extra=cited,
    )
