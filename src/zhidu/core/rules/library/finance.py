"""Finance (财务): spending pre-approval, reimbursement, payment, advances and loans, cash and cheques.

Implements:
- 通榆 《财务管理制度》 (tongyu-hrss:5, S000-05): 第五条 申请单 申请人→科室负责人→分管副局长, 五千元以上（含五千元）
  局党组会讨论决定, 报账单 分管财务副局长签批, 持申请单/报账单/票据兑付, 本县内单项 1000 元（含）以上一律转账;
  第六条 公出须分管副局长、局长同意否则不予报销, 不预借差旅费, 尚有借款只能冲账; 第八条 重要活动预算, 命题费等
  现金发放三人同时在场; 第十条 收费禁令与月末核查; 第十一条 专项资金; 第十三条 责任情形.
- 文山 第三十七条 《财务管理制度》 (wenshan-hrss:41, S001-67): (一) 公务接待 as a spending request and a claim
  (3 个工作日内补办、非定点餐馆 7 个工作日内报销; figures shared with the reception module);
  (二) 洗车费审批; (三) 购置费分级 (shared with procurement.py); (四) 会议费、培训费预算与取得发票 7 日内报销;
  (五) 预支经分管领导同意、回单位 7 个工作日内结清、年底清理; (七) “一支笔”、事前经分管财务的局领导同意、
  重大开支上会; (八) 预支/借支审批、限期归还、公款私存.
- 区局 《财务管理制度》 (district-bureau:38, S002-38): 一支笔 主管财务局长; 10000 元以上 党组; 招待、水果、日常开支;
  一事一结; 借支差旅费凭书面通知; 现金限额、巨额现金当日发放; 借款单、前帐未清不得再借、因私不准借; 支票管理;
  超出 1000 元原则上用支票; 固定资产和办公用品报销手续.
- 白城 《财务管理制度》 and its forms (baicheng-fupin:18, S003-18) with the 大额资金 figures of 《“三重一大”事项决策
  制度》四(四) (baicheng-fupin:4:4.4, S003-04): 现金禁令; 报销凭证; 转账/公务卡, 现金超过 1000 元不予核销;
  多支笔联签; 差旅审批与标准; 会议培训费不超过上年; 印刷询价预算; 招待审批与凭证; 日常公用支出不再上党组;
  2 万元以上专项经费/采购/基建/重大活动 与 1 万元以上捐赠 由党组集体决定.

Checks: ``finance.expense_request``, ``finance.claim``, ``finance.payment``, ``finance.advance``,
``finance.cash_handling``, ``finance.cheque``, ``finance.union_fund`` (白城 工会会费 5‰、拨缴 2%). Figures live in
``agencies/<slug>/parameters/finance.yaml``; 文山第三十七条（一）的接待期限和审批人读 reception.yaml 的参数（一个数字
只放一处），reception.* 从接待流程一侧回答同一条款。

Catalog vs seed: the catalog reads Wenshan's purchase tiers with “>5,000”; the seed says 5000元以上 (inclusive by
the drafting convention) and also 2000元至5000元 — the overlap at exactly 2,000 and 5,000 is a parameter
(``procurement.purchase.boundary``). Tongyu's “超过1000元（含1000元）” reads as ≥ 1,000 (the parenthesis wins).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from ..helpers import COUNT, DATE, FLAG, MONEY, described, iso, money, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import Facts, RuleContext, check, rule

T, D, W, B = "tongyu-hrss", "district-bureau", "wenshan-hrss", "baicheng-fupin"

ROLE_ZH = {
    "chief": "主要领导（局长/主任）",
    "party_secretary": "党组书记",
    "deputy": "副职",
    "deputy_in_charge": "分管领导",
    "finance_deputy": "分管财务领导",
    "office": "办公室/综合科/人秘科",
    "finance_section": "财务科室",
    "section_head": "科室负责人",
    "party_group_meeting": "党组会",
    "directors_meeting": "局长办公会",
    "leader": "局（办）领导",
    "finance_bureau": "财政局国有资产管理部门",
}

# ------------------------------------------------------------------------------------------ shared helpers


def day(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw)


def reaches(amount: Decimal, limit: Decimal, inclusive: bool = True) -> bool:
    """``amount`` is at or above ``limit`` (以上/含本数) or, with ``inclusive=False``, above it (超过/超出)."""
    return amount >= limit if inclusive else amount > limit


def rel(amount: Decimal, limit: Decimal) -> str:
    return ">" if amount > limit else "<" if amount < limit else "="


def roles_zh(roles: Iterable[str]) -> str:
    return "、".join(ROLE_ZH.get(r, r) for r in roles)


def need(
    ctx: RuleContext,
    approvers: list[str],
    zh: str,
    en: str,
    *,
    trace: Iterable[str] = (),
    cites: Iterable[str] = (),
    extra: Iterable[CitedClause] = (),
    deadlines: Iterable[Deadline] = (),
) -> Finding:
    return ctx.finding(
        NEEDS_APPROVAL,
        f"{zh}：须经{roles_zh(approvers)}",
        f"{en}: needs {', '.join(approvers)}",
        trace=trace,
        cites=cites,
        approvers=approvers,
        extra=extra,
        deadlines=deadlines,
    )


def late_outcome(ctx: RuleContext) -> Outcome:
    """How a late claim or settlement is treated where the text sets a period but no consequence."""
    return Outcome(ctx.param_or("finance.late_outcome", "warning"))


def window(
    ctx: RuleContext,
    start: str | None,
    done: str | None,
    param: str,
    unit: str,
    label_zh: str,
    label_en: str,
    cite: str,
) -> Finding | None:
    """A period from ``start`` (fact) compared with ``done`` (fact, default the evaluation date)."""
    if not start:
        return None
    n: int = ctx.param(param)
    dl = ctx.deadline(day(start), n, unit, label_zh, label_en)
    on = day(done) if done else ctx.on
    unit_zh = "个工作日" if unit == "working_days" else "日"
    trace = [f"{label_zh}：自 {start} 起 {n} {unit_zh}，截止 {iso(dl.date)}；办理日 {iso(on)}"]
    if on > dl.date:
        return ctx.finding(
            late_outcome(ctx),
            f"{label_zh}已逾期（截止 {iso(dl.date)}）",
            f"{label_en}: overdue (due {iso(dl.date)})",
            trace=trace,
            cites=[cite],
            deadlines=[dl],
            extra=[ctx.param_cited(param), ctx.param_cited("finance.late_outcome")],
        )
    return ctx.finding(
        ALLOWED,
        f"{label_zh}在期限内（截止 {iso(dl.date)}）",
        f"{label_en}: within the period (due {iso(dl.date)})",
        trace=trace,
        cites=[cite],
        deadlines=[dl],
        extra=[ctx.param_cited(param)],
    )


# ------------------------------------------------------------------------------------------ schema pieces

EXPENSE_KINDS = [
    "general",  # 一般费用
    "special_fund",  # 专项资金
    "purchase",  # 采购项目（购置）
    "office_supplies",  # 办公用品
    "fixed_asset",  # 固定资产
    "equipment",  # 办公设备（计算机、打印机等）
    "travel",  # 差旅费（公出、外出开会学习）
    "meeting",  # 会议费
    "training",  # 培训费
    "event",  # 考试、考核、评审等重要活动
    "reception",  # 公务接待、招待
    "printing",  # 印刷费
    "subscription",  # 书报刊物订阅
    "routine",  # 日常公用支出（电话、水电、取暖、物业、快递、社保个税等）
    "vehicle",  # 车辆燃油、维修保养、洗车
    "construction",  # 基本建设
    "donation",  # 以单位名义的捐赠
]
KIND_DESC = (
    "费用类别 kind of expense: general 一般 / special_fund 专项资金 / purchase 采购 / office_supplies 办公用品 / "
    "fixed_asset 固定资产 / equipment 办公设备 / travel 差旅 / meeting 会议 / training 培训 / "
    "event 考试考核评审等重要活动 / "
    "reception 接待 / printing 印刷 / subscription 书报订阅 / routine 日常公用支出 / vehicle 车辆费用 / "
    "construction 基本建设 / donation 捐赠（默认 general）"
)
PURCHASE_KINDS = {"purchase", "office_supplies", "fixed_asset", "equipment"}

DOCUMENTS = [
    "application_form",  # 《申请单》（费用支出申请单）
    "claim_form",  # 《报账单》/报销单
    "invoices",  # 票据、正规发票
    "party_group_resolution",  # 党组会决定（研究通过）
    "item_list",  # 商品明细（品名、数量、单价、规格、型号）
    "repair_list",  # 维修项目明细
    "pos_slip",  # POS 机刷卡凭条
    "meeting_notice",  # 会议通知
    "travel_approval",  # 《公务出差审批单》
    "reception_approval",  # 《公务接待审批单》
    "official_letter",  # 派出单位公函
    "settlement_list",  # 结算清单
    "ledger_entry",  # 固定资产/办公用品已登记入帐
    "budget",  # 预算（会议、培训、活动）
]
DOCS_DESC = (
    "已附材料 attached documents: application_form 申请单 / claim_form 报账单 / invoices 票据发票 / "
    "party_group_resolution 党组会决定 / item_list 商品明细 / repair_list 维修项目明细 / pos_slip 刷卡凭条 / "
    "meeting_notice 会议通知 / travel_approval 出差审批单 / reception_approval 公务接待审批单 / official_letter 公函 / "
    "settlement_list 结算清单 / ledger_entry 已登记入帐 / budget 预算（未提供则不审查材料）"
)
SIGNERS = ["handler", "witness", "custodian", "recipient", "section_head", "finance_section_head"]
SIGNERS_DESC = (
    "已签字的人 who has signed: handler 经办人（经手人） / witness 证明人 / custodian 财产保管员（验收） / "
    "recipient 领取人 / section_head 科室负责人 / finance_section_head 财务科负责人（未提供则不审查）"
)
METHODS = ["cash", "transfer", "cheque", "official_card"]
METHOD_ZH = {"cash": "现金", "transfer": "银行转账", "cheque": "支票", "official_card": "公务卡"}


def _kind(facts: Facts) -> str:
    return str(facts.get("kind", "general"))


# ================================================================================== finance.expense_request

EXPENSE = check(
    "finance.expense_request",
    "费用支出申请：须经谁批准（事前审批、集体决定的金额起点）",
    "Spending request: who must approve before the money is spent (pre-approval, collective-decision threshold)",
    {
        "type": "object",
        "required": ["amount"],
        "additionalProperties": False,
        "properties": {
            "amount": described(MONEY, "支出金额（元） amount to be spent, yuan"),
            "kind": {"enum": EXPENSE_KINDS, "description": KIND_DESC},
            "after_the_fact": described(
                FLAG, "是否费用已发生后才申请（默认否） whether the money was already spent before asking (default no)"
            ),
            "major": described(
                FLAG, "是否属重大开支（文山：无金额标准时由申请人标明） whether it is a major expenditure"
            ),
            "budget_prepared": described(
                FLAG,
                "是否已做出预算（会议、培训、考试评审等活动；印刷须询价并预算） "
                "whether a budget (and quotes) was prepared",
            ),
            "includes_fruit": described(FLAG, "招待是否购买水果（区局） whether fruit is bought for guests"),
            "dine_out": described(
                FLAG, "招待是否到外就餐（区局，默认是） whether guests are taken out to eat (default yes)"
            ),
            "official_letter": described(
                FLAG, "接待是否持对方单位公函（白城） whether the visiting unit's official letter is held"
            ),
            "annual_total": described(
                MONEY, "本年会议费、培训费总额（含本次，白城） this year's meeting+training total incl. this"
            ),
            "previous_year_total": described(
                MONEY, "上年会议费、培训费总额（白城） last year's meeting+training total"
            ),
            "phone_approval": described(
                FLAG, "事前不能报批的接待是否已经电话请示同意（文山） whether phone consent was obtained beforehand"
            ),
            "incurred_on": described(DATE, "费用发生（接待）日期 date the expense (reception) took place"),
            "reallocatable": described(
                FLAG, "局内现有资产能否调配解决（通榆固定资产） whether an existing asset could be reallocated"
            ),
        },
    },
)


@rule(
    "finance.expense_request.tongyu_art5_1",
    check="finance.expense_request",
    agencies=[T],
    cites=[(f"{T}:5:5.1", "《申请单》需由申请人、申请科室负责人、分管副局长签字方可开展相关工作")],
    params=["finance.expense_request.collective_from"],
)
def tongyu_art5_1(facts: Facts, ctx: RuleContext) -> Finding:
    """通榆第五条（一）：费用发生前填《申请单》，申请人、申请科室负责人、分管副局长签字；五千元以上（含）党组会讨论决定。"""
    amount = money(facts["amount"])
    if facts.get("after_the_fact"):
        return ctx.finding(
            BLOCKED,
            "费用发生前须先申请，不得先支出后申请",
            "the request must be made before the expense is incurred",
            trace=["费用已发生后才申请"],
        )
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    approvers = ["section_head", "deputy_in_charge"]
    hit = amount >= limit
    trace = [f"金额 {yuan(amount)} {'≥' if hit else '<'} 党组会讨论起点 {yuan(limit)}（含本数）"]
    if hit:
        approvers.append("party_group_meeting")
    return need(
        ctx,
        approvers,
        f"费用支出 {yuan(amount)}{'，属重大资金支出' if hit else ''}",
        f"expense of {amount} yuan{' (major: party-group decision)' if hit else ''}",
        trace=trace,
        extra=[ctx.param_cited("finance.expense_request.collective_from")],
    )


@rule(
    "finance.expense_request.tongyu_art6_1",
    check="finance.expense_request",
    agencies=[T],
    cites=[(f"{T}:5:6.1", "经分管副局长、局长同意后方可参加会议或公出")],
)
def tongyu_art6_1(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第六条（一）：参加会议或外地公出须事前经分管副局长、局长同意，否则不予报销差旅费。"""
    if _kind(facts) != "travel":
        return None
    if facts.get("after_the_fact"):
        return ctx.finding(
            BLOCKED,
            "公出未事前经分管副局长、局长同意，差旅费不予报销",
            "travel without prior consent of the deputy in charge and the director is not reimbursed",
            trace=["公出后才申请"],
        )
    return need(ctx, ["deputy_in_charge", "chief"], "参加会议或公出", "attending a meeting or travelling")


@rule(
    "finance.expense_request.tongyu_art8",
    check="finance.expense_request",
    agencies=[T],
    cites=[(f"{T}:5:8", "承办科室需要做出预算")],
)
def tongyu_art8(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第八条：会议、考试、考核、评审等重要活动须先做预算，经科室负责人、分管副局长签批方可开展。"""
    if _kind(facts) not in ("meeting", "training", "event"):
        return None
    if facts.get("budget_prepared") is False:
        return ctx.finding(
            BLOCKED,
            "重要活动未做出预算，不得开展",
            "no budget was prepared for the event",
            trace=["预算：未做出"],
        )
    return need(ctx, ["section_head", "deputy_in_charge"], "重要活动预算", "event budget")


@rule(
    "finance.expense_request.district",
    check="finance.expense_request",
    agencies=[D],
    cites=[
        (f"{D}:38:2", "全局财务严格执行一支笔审批制度,任何单据必须经主管财务局长签批"),
        (f"{D}:38:3.1", "需要到外就餐时,必须事先经主管局长批准"),
        (f"{D}:38:3.2", "原则上不购买水果,特殊情况必须经局长批准"),
        (f"{D}:38:3.3", "需经主管领导同意后方可办理"),
    ],
    params=["finance.expense_request.collective_from"],
)
def district_expense(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """区局二：一支笔（主管财务局长）审批，金额 10000 元以上经局党组研究通过后按程序审批；三：招待到外就餐事先经主管
    局长批准，水果原则上不买、特殊情况局长批准，急需订阅报刊或购置办公用品经主管领导同意后方可办理。"""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    hit = amount >= limit
    approvers = ["finance_deputy"] + (["party_group_meeting"] if hit else [])
    out = [
        need(
            ctx,
            approvers,
            f"支出 {yuan(amount)}{'，属重大开支' if hit else ''}",
            f"expense of {amount} yuan{' (major: party group first)' if hit else ''}",
            trace=[f"金额 {yuan(amount)} {'≥' if hit else '<'} 党组研究起点 {yuan(limit)}（含本数）"],
            cites=[f"{D}:38:2"],
            extra=[ctx.param_cited("finance.expense_request.collective_from")],
        )
    ]
    part3 = _district_part3(facts, ctx)
    return out + ([part3] if part3 else [])


def _district_part3(facts: Facts, ctx: RuleContext) -> Finding | None:
    kind = _kind(facts)
    if kind == "reception":
        approvers: list[str] = []
        cites = []
        trace = []
        if facts.get("dine_out", True):
            if facts.get("after_the_fact"):
                return ctx.finding(
                    BLOCKED,
                    "招待到外就餐须事先经主管局长批准，事后申请不符合规定",
                    "eating out with guests needs the deputy's approval beforehand",
                    trace=["到外就餐：事后才申请"],
                    cites=[f"{D}:38:3.1"],
                )
            approvers.append("deputy_in_charge")
            cites.append(f"{D}:38:3.1")
            trace.append("到外就餐：事先经主管局长批准")
        if facts.get("includes_fruit"):
            approvers.append("chief")
            cites.append(f"{D}:38:3.2")
            trace.append("购买水果：原则上不买，特殊情况经局长批准")
        if not approvers:
            return ctx.finding(
                ALLOWED,
                "招待不到外就餐、不购买水果",
                "no meal out and no fruit",
                cites=[f"{D}:38:3.1", f"{D}:38:3.2"],
            )
        return need(ctx, approvers, "招待外来人员", "hosting visitors", trace=trace, cites=cites)
    if kind in ("subscription", "office_supplies"):
        if facts.get("after_the_fact"):
            return ctx.finding(
                BLOCKED,
                "订阅报刊、购置办公用品须经主管领导同意后方可办理",
                "subscriptions and supplies need the leader's consent first",
                trace=["已先行办理"],
                cites=[f"{D}:38:3.3"],
            )
        return need(
            ctx,
            ["deputy_in_charge"],
            "订阅报刊或购置办公用品",
            "subscriptions or office supplies",
            cites=[f"{D}:38:3.3"],
        )
    return None


WENSHAN_MAJOR = "finance.expense_request.wenshan_major_from"


@rule(
    "finance.expense_request.wenshan_7",
    check="finance.expense_request",
    agencies=[W],
    cites=[
        (f"{W}:41:7.2", "各项经费的开支,事前必需经分管财务的局领导同意"),
        (f"{W}:41:7.3", "重大开支必需经局长办公会议或党组会议研究决定"),
        (f"{W}:41:3", "购置单项固定资产及办公用品5000元以上的,报经局党组会议讨论研究决定后实施"),
    ],
    params=[
        WENSHAN_MAJOR,
        "finance.expense_request.wenshan_major_body",
        "procurement.purchase.collective_from",
        "procurement.purchase.chief_from",
        "procurement.purchase.boundary",
    ],
)
def wenshan_7(facts: Facts, ctx: RuleContext) -> Finding | list[Finding]:
    """文山（七）2、3：各项开支事前经分管财务的局领导同意；重大开支经局长办公会议或党组会议研究决定。

    重大开支无金额标准：同条（三）以 5000 元以上为党组会议审定购置的起点，作为“重大开支”的读法（参数）；申请人亦可标明
    ``major``。购置类（固定资产、办公用品、设备）按（三）分级（与 procurement.purchase 同一读法），
    不再按金额另行上会。"""
    amount = money(facts["amount"])
    kind = _kind(facts)
    phoned = kind == "reception" and facts.get("phone_approval")
    if facts.get("after_the_fact") and not phoned:
        return ctx.finding(
            BLOCKED,
            "经费开支须事前经分管财务的局领导同意",
            "every expense needs the finance leader's consent beforehand",
            trace=["费用已发生后才申请"],
            cites=[f"{W}:41:7.2"],
        )
    approvers = ["finance_deputy"]
    cites = [f"{W}:41:7.2"]
    trace = []
    extra = []
    limit: Decimal = ctx.param(WENSHAN_MAJOR)
    major = bool(facts.get("major"))
    if kind not in PURCHASE_KINDS:
        by_amount = amount >= limit
        trace.append(f"金额 {yuan(amount)} {'≥' if by_amount else '<'} 重大开支起点 {yuan(limit)}（含本数）")
        extra.append(ctx.param_cited(WENSHAN_MAJOR))
        major = major or by_amount
    if major:
        approvers.append(ctx.param("finance.expense_request.wenshan_major_body"))
        cites.append(f"{W}:41:7.3")
        extra.append(ctx.param_cited("finance.expense_request.wenshan_major_body"))
    first = need(
        ctx,
        approvers,
        f"经费开支 {yuan(amount)}{'，属重大开支' if major else ''}",
        f"expense of {amount} yuan{' (major)' if major else ''}",
        trace=trace,
        cites=cites,
        extra=extra,
    )
    if kind not in PURCHASE_KINDS:
        return first
    tier_approvers, tier_trace, tier_extra = wenshan_tiers(amount, ctx)
    return [
        first,
        need(
            ctx,
            tier_approvers,
            "购置固定资产或办公用品",
            "purchase of fixed assets or office supplies",
            trace=tier_trace,
            cites=[f"{W}:41:3"],
            extra=tier_extra,
        ),
    ]


def wenshan_tiers(amount: Decimal, ctx: RuleContext) -> tuple[list[str], list[str], list[CitedClause]]:
    """文山第三十七条（三）：5000元以上 党组会议；2000元至5000元 主要领导；2000以内 业务分管领导+财务分管领导.

    The bands overlap at exactly 2,000 and 5,000; ``procurement.purchase.boundary`` says which band a boundary
    amount belongs to (``higher``: the higher authority)."""
    top: Decimal = ctx.param("procurement.purchase.collective_from")
    low: Decimal = ctx.param("procurement.purchase.chief_from")
    higher = ctx.param("procurement.purchase.boundary") == "higher"
    extra = [
        ctx.param_cited("procurement.purchase.collective_from"),
        ctx.param_cited("procurement.purchase.chief_from"),
    ]
    if amount > top or (amount == top and higher):
        band, approvers = f"{yuan(top)}以上", ["party_group_meeting"]
    elif amount > low or (amount == low and higher):
        band, approvers = f"{yuan(low)}至{yuan(top)}", ["chief"]
    else:
        band, approvers = f"{yuan(low)}以内", ["deputy_in_charge", "finance_deputy"]
    trace = [
        f"单项金额 {yuan(amount)} 属“{band}”档（边界 {yuan(low)}、{yuan(top)} 归{'较高' if higher else '较低'}档）"
    ]
    if amount in (top, low):
        extra.append(ctx.param_cited("procurement.purchase.boundary"))
    return approvers, trace, extra


@rule(
    "finance.expense_request.wenshan_4",
    check="finance.expense_request",
    agencies=[W],
    cites=[(f"{W}:41:4", "由办公室提出经费预算送规划财务科审核,报分管财务领导审批")],
)
def wenshan_4(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（四）：会议费、培训费实行预算制度，办公室提出预算、规划财务科审核、分管财务领导审批。"""
    if _kind(facts) not in ("meeting", "training"):
        return None
    if facts.get("budget_prepared") is False:
        return ctx.finding(
            BLOCKED,
            "会议费、培训费实行经费预算制度，未做预算不得开支",
            "meeting and training costs need a budget first",
            trace=["预算：未做出"],
        )
    return need(ctx, ["finance_section", "finance_deputy"], "会议、培训经费预算", "meeting or training budget")


SANZHONG = "finance.expense_request.collective_from"
DONATION = "finance.expense_request.donation_collective_from"
BAICHENG_ROUTINE = {"routine", "travel", "vehicle"}


RECEPTION_APPROVERS = "reception.approval.approvers"
RECEPTION_MAKEUP = "reception.post_approval_art37.working_days"
RECEPTION_CLAIM = "reception.claim_deadline_art37.working_days"
RECEPTION_SIGNERS = "reception.claim_signoff.signers"


@rule(
    "finance.expense_request.wenshan_1",
    check="finance.expense_request",
    agencies=[W],
    cites=[
        (f"{W}:41:1", "因特殊情况不能事前报批的公务接待,需经电话请示同意,并在3个工作日内补办报批手续"),
    ],
    params=[RECEPTION_APPROVERS, RECEPTION_MAKEUP, "finance.late_outcome"],
)
def wenshan_1(facts: Facts, ctx: RuleContext) -> Finding | list[Finding] | None:
    """文山（一）公务接待费：接待前填审批单，业务分管领导同意后报主要领导或分管财务的领导审批；不能事前报批的经电话请示
    同意，并在 3 个工作日内补办报批手续。审批人和期限与 reception.* 共用同一组参数（reception.yaml），不另设数字。"""
    if _kind(facts) != "reception":
        return None
    approvers = list(ctx.param(RECEPTION_APPROVERS))
    extra = [ctx.param_cited(RECEPTION_APPROVERS)]
    if not facts.get("after_the_fact"):
        return need(ctx, approvers, "公务接待（接待前审批）", "official reception", extra=extra)
    if not facts.get("phone_approval"):
        return ctx.finding(
            BLOCKED,
            "接待未事前报批，也未经电话请示同意",
            "no prior approval and no phone consent",
            trace=["事前审批：无；电话请示：无"],
        )
    out = [need(ctx, approvers, "电话请示同意的接待补办报批手续", "completing the approval", extra=extra)]
    late = window(
        ctx,
        facts.get("incurred_on"),
        None,
        RECEPTION_MAKEUP,
        "working_days",
        "补办接待报批手续时限",
        "period to complete the reception approval",
        f"{W}:41:1",
    )
    return out + ([late] if late else [])


@rule(
    "finance.expense_request.baicheng",
    check="finance.expense_request",
    agencies=[B],
    cites=[
        (f"{B}:18:4.3.1", "承办部门经手人（验收人）、负责人签字→综合科科长审核→分管副主任签批"),
        (f"{B}:4:3.1", "凡属职责范围内的“三重一大”事项，都应集体讨论决定"),
        (f"{B}:18:4.8", "按程序审批，不再提交党组会议审定"),
    ],
    params=[SANZHONG, DONATION],
)
def baicheng_expense(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城《财务管理制度》四(三)：多支笔联签，承办部门经手人、负责人签字→综合科科长审核→分管副主任签批（日常支出同）；
    《“三重一大”》四(四)：2万元以上专项经费、采购、基建、重大活动经费，1万元以上捐赠，集体决定（党组）；
    《财务管理制度》四(八)：电话费、差旅费、采暖费、车辆燃油保养费等日常公用支出不再提交党组会议。"""
    chain = need(
        ctx,
        ["section_head", "office", "deputy_in_charge"],
        f"经费支出 {yuan(money(facts['amount']))}（多支笔联签）",
        "expense (joint signatures)",
        cites=[f"{B}:18:4.3.1"],
    )
    return [chain, _sanzhong(facts, ctx)]


def _sanzhong(facts: Facts, ctx: RuleContext) -> Finding:
    amount = money(facts["amount"])
    kind = _kind(facts)
    if kind in BAICHENG_ROUTINE:
        return ctx.finding(
            ALLOWED,
            "日常公用支出按程序审批，不提交党组会议",
            "routine running costs are not put to the party group",
            trace=[f"类别 {kind}：日常公用支出"],
            cites=[f"{B}:18:4.8"],
        )
    name = DONATION if kind == "donation" else SANZHONG
    limit: Decimal = ctx.param(name)
    hit = amount >= limit
    what = "以办名义捐赠" if kind == "donation" else "专项经费、采购、基建、重大活动等经费"
    trace = [f"{what} {yuan(amount)} {'≥' if hit else '<'} 大额起点 {yuan(limit)}（含本数）"]
    if hit:
        return need(
            ctx,
            ["party_group_meeting"],
            f"大额度资金使用（{what} {yuan(amount)}）属“三重一大”",
            "large-fund use (三重一大): collective decision",
            trace=trace,
            cites=[f"{B}:4:3.1"],
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        ALLOWED,
        f"未达大额度资金起点 {yuan(limit)}，无须党组集体决定",
        f"below the large-fund figure of {limit} yuan",
        trace=trace,
        cites=[f"{B}:4:3.1"],
        extra=[ctx.param_cited(name)],
    )


@rule(
    "finance.expense_request.baicheng_4_6",
    check="finance.expense_request",
    agencies=[B],
    cites=[(f"{B}:18:4.6.1", "需询价并做出预算，报分综合科科长→分管副主任审批后")],
)
def baicheng_4_6(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城四（六）1：印刷资料须询价并做出预算，综合科科长→分管副主任审批，财务科统一印制。"""
    if _kind(facts) != "printing":
        return None
    if facts.get("budget_prepared") is False:
        return ctx.finding(
            BLOCKED,
            "印刷资料须先询价并做出预算",
            "printing needs quotes and a budget first",
            trace=["预算：未做出"],
        )
    return need(ctx, ["office", "deputy_in_charge"], "印刷资料", "printing")


@rule(
    "finance.expense_request.baicheng_4_7",
    check="finance.expense_request",
    agencies=[B],
    cites=[
        (
            f"{B}:18:4.7.1",
            "相关科室持对方单位发出的公函，填写《公务接待审批单》，经综合科科长审核同意后，报分管副主任审批",
        )
    ],
)
def baicheng_4_7(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城四（七）1：持对方单位公函填《公务接待审批单》，综合科科长审核→分管副主任审批。"""
    if _kind(facts) != "reception":
        return None
    if facts.get("official_letter") is False:
        return ctx.finding(
            BLOCKED,
            "接待须持对方单位发出的公函",
            "a reception needs the visiting unit's official letter",
            trace=["公函：无"],
        )
    return need(ctx, ["office", "deputy_in_charge"], "公务接待", "official reception")


@rule(
    "finance.expense_request.baicheng_4_5",
    check="finance.expense_request",
    agencies=[B],
    cites=[(f"{B}:18:4.5.1", "会议费、培训费总额度原则上不超过上年")],
)
def baicheng_4_5(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城四（五）1：会议费、培训费总额度原则上不超过上年（超过则提醒说明理由）。"""
    if _kind(facts) not in ("meeting", "training") or "annual_total" not in facts or "previous_year_total" not in facts:
        return None
    total, last = money(facts["annual_total"]), money(facts["previous_year_total"])
    trace = [f"本年会议培训费 {yuan(total)} {rel(total, last)} 上年 {yuan(last)}"]
    if total > last:
        return ctx.finding(
            WARNING,
            "会议费、培训费总额超过上年，原则上不允许，须说明特殊理由",
            "meeting and training costs exceed last year's total (allowed only exceptionally)",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "会议费、培训费总额未超过上年", "within last year's total", trace=trace)


# ================================================================================== finance.claim

CLAIM = check(
    "finance.claim",
    "报销：能否报销、须经谁签批、是否在时限内、材料是否齐全",
    "Reimbursement: may it be reimbursed, who signs, is it in time, are the documents complete",
    {
        "type": "object",
        "required": ["amount"],
        "additionalProperties": False,
        "properties": {
            "amount": described(MONEY, "报销金额（元） amount claimed, yuan"),
            "kind": {"enum": EXPENSE_KINDS, "description": KIND_DESC},
            "documents": {
                "type": "array",
                "items": {"enum": DOCUMENTS},
                "uniqueItems": True,
                "description": DOCS_DESC,
            },
            "signed_by": {
                "type": "array",
                "items": {"enum": SIGNERS},
                "uniqueItems": True,
                "description": SIGNERS_DESC,
            },
            "prior_approval": described(
                FLAG,
                "是否已事前审批（公出经分管领导、局长同意等，默认是） whether it was approved beforehand (default yes)",
            ),
            "paid_by": {
                "enum": METHODS,
                "description": "实际支付方式：cash 现金 / transfer 转账 / cheque 支票 / official_card 公务卡 "
                "how it was paid",
            },
            "incurred_on": described(DATE, "事项（活动、会议、培训）结束日期 date the matter ended"),
            "invoice_on": described(DATE, "取得发票日期 date the invoice was obtained"),
            "claimed_on": described(
                DATE, "填报报销日期（默认评估日） date the claim is filed (default: evaluation date)"
            ),
            "matters": described(
                {**COUNT, "minimum": 1}, "本次报销涉及的事项数（区局一事一结） number of matters in this claim"
            ),
            "meeting_trip": described(
                FLAG, "出差是否为参加会议、培训（默认是） whether the trip was for a meeting (default yes)"
            ),
            "travel_classes": {
                "type": "array",
                "uniqueItems": True,
                "items": {
                    "enum": [
                        "train_hard_seat",
                        "train_hard_sleeper",
                        "train_soft_sleeper",
                        "train_soft_seat",
                        "hsr_second",
                        "hsr_first",
                        "hsr_business",
                        "ship_third",
                        "ship_second",
                        "ship_first",
                        "plane_economy",
                        "plane_business",
                        "plane_first",
                    ]
                },
                "description": "乘坐的交通工具等级（白城） travel classes used: train/hsr/ship/plane with class",
            },
            "over_standard": described(MONEY, "超过规定标准的金额（元） amount above the reimbursement standards"),
            "board_provided": described(
                FLAG, "主办单位是否统一安排食宿交通（白城） whether the organiser provided board, lodging and transport"
            ),
            "travel_items": {
                "type": "array",
                "uniqueItems": True,
                "items": {
                    "enum": ["lodging", "meal_allowance_in_transit", "meals_at_venue", "city_transport", "tickets"]
                },
                "description": "差旅报销项目 travel items claimed: lodging / in-transit meal allowance / "
                "meals at venue / city transport / tickets",
            },
            "detour": described(
                FLAG,
                "是否绕道、游山玩水、探亲或不按合理路线往返 "
                "whether the trip detoured or did not use a reasonable route",
            ),
            "designated_restaurant": described(
                FLAG, "接待是否在定点餐馆就餐（文山，默认是） whether the reception meal was at a designated restaurant"
            ),
        },
    },
)


def _docs(facts: Facts) -> set[str] | None:
    return set(facts["documents"]) if "documents" in facts else None


def _missing(have: set[str] | None, need_: Iterable[str]) -> list[str]:
    return [] if have is None else [d for d in need_ if d not in have]


DOC_ZH = {
    "application_form": "《申请单》",
    "claim_form": "《报账单》",
    "invoices": "票据/发票",
    "party_group_resolution": "党组会决定",
    "item_list": "商品明细",
    "repair_list": "维修项目明细",
    "pos_slip": "POS机刷卡凭条",
    "meeting_notice": "会议通知",
    "travel_approval": "《公务出差审批单》",
    "reception_approval": "《公务接待审批单》",
    "official_letter": "派出单位公函",
    "settlement_list": "结算清单",
    "ledger_entry": "登记入帐",
    "budget": "预算",
    "handler": "经办人签名",
    "witness": "证明人签名",
    "custodian": "财产保管员签字验收",
    "recipient": "领取人签字",
}


def _lacking(ctx: RuleContext, missing: list[str], what_zh: str, what_en: str, cites: Iterable[str] = ()) -> Finding:
    names = "、".join(DOC_ZH.get(m, m) for m in missing)
    return ctx.finding(
        BLOCKED,
        f"{what_zh}缺少：{names}",
        f"{what_en}: missing {', '.join(missing)}",
        trace=[f"缺少 {names}"],
        cites=cites,
    )


def _collective_claim(
    ctx: RuleContext, facts: Facts, approvers: list[str]
) -> tuple[list[str], list[str], list[CitedClause]]:
    """Add the party-group decision for a claim at or above the agency's collective threshold without one."""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    hit = amount >= limit
    trace = [f"金额 {yuan(amount)} {'≥' if hit else '<'} 党组决定起点 {yuan(limit)}（含本数）"]
    docs = _docs(facts)
    if hit and (docs is None or "party_group_resolution" not in docs):
        approvers = [*approvers, "party_group_meeting"]
        trace.append("未附党组会决定")
    return approvers, trace, [ctx.param_cited("finance.expense_request.collective_from")]


@rule(
    "finance.claim.tongyu_art5_2",
    check="finance.claim",
    agencies=[T],
    cites=[(f"{T}:5:5.2", "由分管财务副局长签批")],
    params=["finance.expense_request.collective_from"],
)
def claim_tongyu_art5_2(facts: Facts, ctx: RuleContext) -> Finding:
    """通榆第五条（二）：工作结束后报账人提供票据、据实填写《报账单》，由分管财务副局长签批（五千元以上须有党组会决定）。"""
    missing = _missing(_docs(facts), ["claim_form", "invoices"])
    if missing:
        return _lacking(ctx, missing, "报账", "claim")
    approvers, trace, extra = _collective_claim(ctx, facts, ["finance_deputy"])
    return need(ctx, approvers, "报账", "claim", trace=trace, extra=extra)


@rule(
    "finance.claim.tongyu_art6_1",
    check="finance.claim",
    agencies=[T],
    cites=[(f"{T}:5:6.1", "否则不予报销差旅费")],
)
def claim_tongyu_art6_1(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第六条（一）：未经分管副局长、局长事前同意的会议或公出，不予报销差旅费。"""
    if _kind(facts) != "travel":
        return None
    if facts.get("prior_approval", True) is False:
        return ctx.finding(
            BLOCKED,
            "公出未经分管副局长、局长事前同意，不予报销差旅费",
            "travel not approved beforehand by the deputy in charge and the director: not reimbursed",
            trace=["事前同意：无"],
        )
    return ctx.finding(ALLOWED, "公出已经事前同意", "travel was approved beforehand", trace=["事前同意：有"])


@rule(
    "finance.claim.wenshan_7_1",
    check="finance.claim",
    agencies=[W],
    cites=[(f"{W}:41:7.1", "必须由经办人、证明人签名,规划财务科负责人审核后报分管财务的局领导签字方能支付")],
)
def claim_wenshan_7_1(facts: Facts, ctx: RuleContext) -> Finding:
    """文山（七）1：“一支笔”——原始凭证不论金额大小须经办人、证明人签名，规划财务科负责人审核，分管财务的局领导签字。"""
    signed = set(facts["signed_by"]) if "signed_by" in facts else None
    missing = _missing(signed, ["handler", "witness"])
    if missing:
        return _lacking(ctx, missing, "原始凭证（财务人员有权拒付）", "voucher (finance may refuse payment)")
    return need(ctx, ["finance_section", "finance_deputy"], "报销原始凭证", "voucher")


@rule(
    "finance.claim.wenshan_4",
    check="finance.claim",
    agencies=[W],
    cites=[(f"{W}:41:4", "须在取得发票7日内填制报销")],
    params=["finance.claim.meeting_window", "finance.late_outcome"],
)
def claim_wenshan_4(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（四）：会议、培训结束，须在取得发票 7 日内填制报销（“日”为自然日，末日遇休息日顺延）。"""
    if _kind(facts) not in ("meeting", "training"):
        return None
    return window(
        ctx,
        facts.get("invoice_on"),
        facts.get("claimed_on"),
        "finance.claim.meeting_window",
        "days",
        "会议费、培训费报销时限",
        "meeting/training claim period",
        f"{W}:41:4",
    )


@rule(
    "finance.claim.wenshan_1",
    check="finance.claim",
    agencies=[W],
    cites=[
        (f"{W}:41:1", "接待后7个工作日内,由经办人员填报公务接待费用报销审批单并附发票"),
    ],
    params=[RECEPTION_CLAIM, RECEPTION_SIGNERS, "finance.late_outcome"],
)
def claim_wenshan_1(facts: Facts, ctx: RuleContext) -> Finding | list[Finding] | None:
    """文山（一）：公务接待一般在定点餐馆就餐，办公室会同规划财务科定期与餐馆结账；不在定点餐馆的，接待后 7 个工作日内
    填报报销审批单并附发票，办公室核对后报主管财务领导审批。期限和签批人与 reception.claim 共用参数。"""
    if _kind(facts) != "reception":
        return None
    if facts.get("designated_restaurant", True):
        return ctx.finding(
            ALLOWED,
            "定点餐馆就餐：签单后由办公室会同规划财务科定期与餐馆结账",
            "designated restaurant: settled periodically by the office and finance",
            trace=["定点餐馆"],
        )
    missing = _missing(_docs(facts), ["claim_form", "invoices"])
    if missing:
        return _lacking(ctx, missing, "公务接待费用报销", "reception claim", cites=[f"{W}:41:1"])
    signers = list(ctx.param(RECEPTION_SIGNERS))
    out = [need(ctx, signers, "非定点餐馆接待费报销", "reception claim", extra=[ctx.param_cited(RECEPTION_SIGNERS)])]
    late = window(
        ctx,
        facts.get("incurred_on"),
        facts.get("claimed_on"),
        RECEPTION_CLAIM,
        "working_days",
        "非定点餐馆接待费报销时限",
        "reception claim period",
        f"{W}:41:1",
    )
    return out + ([late] if late else [])


@rule(
    "finance.claim.wenshan_2",
    check="finance.claim",
    agencies=[W],
    cites=[(f"{W}:41:2", "洗车费按实际发生额由驾驶员送小车班和规划财务科负责人审核后,报主管财务领导审批报销")],
)
def claim_wenshan_2(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（二）：洗车费由驾驶员送小车班和规划财务科负责人审核后，报主管财务领导审批报销。"""
    if _kind(facts) != "vehicle":
        return None
    missing = _missing(_docs(facts), ["invoices"])
    if missing:
        return _lacking(ctx, missing, "车辆费用报销", "vehicle cost claim")
    return need(ctx, ["office", "finance_section", "finance_deputy"], "洗车等车辆费用", "car-wash and vehicle costs")


@rule(
    "finance.claim.district_part10",
    check="finance.claim",
    agencies=[D],
    cites=[(f"{D}:38:10", "先由经手人签字,然后经财产保 管员签字验收,登记入帐,由主管财务局长签字方可报销")],
)
def claim_district_part10(facts: Facts, ctx: RuleContext) -> Finding | None:
    """区局十：购进固定资产或办公用品，经手人签字→财产保管员签字验收→登记入帐→主管财务局长签字方可报销。"""
    if _kind(facts) not in PURCHASE_KINDS:
        return None
    signed = set(facts["signed_by"]) if "signed_by" in facts else None
    docs = _docs(facts)
    missing = _missing(signed, ["handler", "custodian"]) + _missing(docs, ["ledger_entry"])
    if missing:
        return _lacking(ctx, missing, "固定资产、办公用品报销", "asset/supplies claim")
    return ctx.finding(
        ALLOWED,
        "经手人签字、保管员验收并登记入帐",
        "handler signed, custodian accepted and booked",
        trace=["签字验收手续：齐全" if signed is not None else "签字验收手续：未提供，报销时核对"],
    )


@rule(
    "finance.claim.district",
    check="finance.claim",
    agencies=[D],
    cites=[
        (f"{D}:38:2", "任何单据必须经主管财务局长签批,否则不予报销"),
        (f"{D}:38:4", "必须一事一结,一帐一清,及时结算,不能积压"),
    ],
    params=["finance.expense_request.collective_from"],
)
def claim_district(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """区局二：任何单据须经主管财务局长签批，否则不予报销；10000 元以上须先经局党组研究通过；
    四：涉及钱财物必须一事一结、一帐一清。"""
    approvers, trace, extra = _collective_claim(ctx, facts, ["finance_deputy"])
    out = [need(ctx, approvers, "报销单据", "claim", trace=trace, cites=[f"{D}:38:2"], extra=extra)]
    n = int(facts.get("matters", 1))
    if n > 1:
        out.append(
            ctx.finding(
                WARNING,
                f"一次报销合并了 {n} 个事项，应一事一结",
                f"{n} matters in one claim: settle each matter separately",
                trace=[f"事项数 {n} > 1"],
                cites=[f"{D}:38:4"],
            )
        )
    else:
        out.append(ctx.finding(ALLOWED, "一事一结", "one matter per claim", trace=["事项数 1"], cites=[f"{D}:38:4"]))
    return out


@rule(
    "finance.claim.baicheng_4_2",
    check="finance.claim",
    agencies=[B],
    cites=[
        (f"{B}:18:4.2", "须附商品明细，标明品名、数量、单价、规格及型号等内容"),
        (f"{B}:18:4.3.1", "实行多支笔联签"),
    ],
    params=["finance.payment.cash_limit"],
)
def claim_baicheng_4_2(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城四（二）：办公用品、设备附商品明细；车辆维修附维修项目明细；公务卡附 POS 凭条；
    现金支付超过 1000 元不予核销。四（三）：报销实行多支笔联签（经手人、负责人→综合科科长→分管副主任）。"""
    chain = need(
        ctx, ["section_head", "office", "deputy_in_charge"], "报销", "claim (joint signatures)", cites=[f"{B}:18:4.3.1"]
    )
    return [chain, _vouchers_baicheng(facts, ctx)]


def _vouchers_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    c42 = f"{B}:18:4.2"
    kind = _kind(facts)
    docs = _docs(facts)
    wanted = []
    if kind in PURCHASE_KINDS:
        wanted.append("item_list")
    if kind == "vehicle":
        wanted.append("repair_list")
    if facts.get("paid_by") == "official_card":
        wanted.append("pos_slip")
    missing = _missing(docs, wanted)
    if missing:
        return _lacking(ctx, missing, "报销凭证", "voucher", cites=[c42])
    if facts.get("paid_by") == "cash":
        amount = money(facts["amount"])
        limit: Decimal = ctx.param("finance.payment.cash_limit")
        trace = [f"现金支付 {yuan(amount)} {rel(amount, limit)} {yuan(limit)}（超过不予核销）"]
        if amount > limit:
            return ctx.finding(
                BLOCKED,
                f"现金支付超过 {yuan(limit)}，不予核销",
                f"cash payment above {limit} yuan is not written off",
                trace=trace,
                cites=[c42],
                extra=[ctx.param_cited("finance.payment.cash_limit")],
            )
        return ctx.finding(
            WARNING,
            "原则上不得以现金方式结算（未超过限额，可核销）",
            "cash settlement is discouraged (within the limit)",
            trace=trace,
            cites=[c42],
            extra=[ctx.param_cited("finance.payment.cash_limit")],
        )
    return ctx.finding(
        ALLOWED,
        "报销凭证符合规定",
        "voucher complete",
        trace=[f"应附：{'、'.join(DOC_ZH[w] for w in wanted) or '无特别附件'}"],
        cites=[c42],
    )


ALLOWED_CLASSES = {
    "train_hard_seat",
    "train_hard_sleeper",
    "hsr_second",
    "ship_third",
    "plane_economy",
    "train_soft_seat",
}


@rule(
    "finance.claim.baicheng_4_4",
    check="finance.claim",
    agencies=[B],
    cites=[
        (f"{B}:18:4.4.1", "出差人员报销时应向财务部门提交会议通知和出差审批单等有关文件材料，否则不予报销"),
        (f"{B}:18:4.4.2", "超过规定标准的不予报销，由个人承担"),
        (f"{B}:18:4.4.3", "只报销在途期间的伙食补助费和市内交通费"),
        (f"{B}:18:4.4.4", "不按规定时间和合理路线往返的车、船、飞机票、食宿费等不予报销"),
        (f"{B}:18:7.3", "此审批单为报销差旅费的必备附件"),
    ],
)
def claim_baicheng_4_4(facts: Facts, ctx: RuleContext) -> list[Finding] | None:
    """白城四（四）差旅费：会议通知和出差审批单（必备附件）；乘坐等级与标准；主办方统一安排食宿只报在途伙食补助和市内交通；
    绕道等不予报销。

    “全列软席列车二等座”记为 ``train_soft_seat``（允许）；软卧、一等座、商务座、二等舱以上、公务舱以上不在允许之列。"""
    if _kind(facts) != "travel":
        return None
    out: list[Finding] = []
    wanted = ["travel_approval"] + (["meeting_notice"] if facts.get("meeting_trip", True) else [])
    missing = _missing(_docs(facts), wanted)
    if missing or facts.get("prior_approval", True) is False:
        out.append(
            _lacking(
                ctx,
                missing or ["travel_approval"],
                "差旅费报销（否则不予报销）",
                "travel claim",
                cites=[f"{B}:18:4.4.1", f"{B}:18:7.3"],
            )
        )
    over = sorted(set(facts.get("travel_classes", [])) - ALLOWED_CLASSES)
    extra_amount = money(facts.get("over_standard", 0))
    if over or extra_amount > 0:
        out.append(
            ctx.finding(
                BLOCKED,
                "超过规定标准的部分不予报销，由个人承担",
                "costs above the standard are not reimbursed",
                trace=[f"超标等级：{'、'.join(over) or '无'}；超标金额 {yuan(extra_amount)}"],
                cites=[f"{B}:18:4.4.2"],
            )
        )
    items = set(facts.get("travel_items", []))
    if facts.get("board_provided") and items & {"lodging", "meals_at_venue", "tickets"}:
        out.append(
            ctx.finding(
                BLOCKED,
                "主办单位统一安排食宿交通的，只报销在途期间的伙食补助费和市内交通费",
                "organiser provided board: only in-transit meal allowance and city transport are reimbursed",
                trace=[f"报销项目：{'、'.join(sorted(items))}"],
                cites=[f"{B}:18:4.4.3"],
            )
        )
    if facts.get("detour"):
        out.append(
            ctx.finding(
                BLOCKED,
                "不按规定时间和合理路线往返的费用不予报销",
                "costs of detours or unreasonable routes are not reimbursed",
                trace=["绕道或不合理路线"],
                cites=[f"{B}:18:4.4.4"],
            )
        )
    if not out:
        out.append(
            ctx.finding(
                ALLOWED,
                "差旅费报销材料和标准符合规定",
                "travel claim meets the documents and standards",
                trace=[f"应附：{'、'.join(DOC_ZH[w] for w in wanted)}"],
                cites=[f"{B}:18:4.4.1", f"{B}:18:7.3"],
            )
        )
    return out


@rule(
    "finance.claim.baicheng_4_7",
    check="finance.claim",
    agencies=[B],
    cites=[(f"{B}:18:4.7.2", "接待费报销凭证包括《公务接待审批单》、派出单位公函、正规发票、结算清单")],
)
def claim_baicheng_4_7(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城四（七）2：接待费报销凭证包括《公务接待审批单》、派出单位公函、正规发票、结算清单。"""
    if _kind(facts) != "reception":
        return None
    missing = _missing(_docs(facts), ["reception_approval", "official_letter", "invoices", "settlement_list"])
    if missing:
        return _lacking(ctx, missing, "接待费报销凭证", "reception claim")
    return ctx.finding(ALLOWED, "接待费报销凭证齐全", "reception vouchers complete")


# ================================================================================== finance.payment

PAYMENT = check(
    "finance.payment",
    "支付：能否以此方式支付（现金限额、转账/支票、兑付手续、借款冲账、现金发放见证）",
    "Payment: may it be paid this way (cash limit, transfer/cheque, documents, advances, witnessed cash payouts)",
    {
        "type": "object",
        "required": ["amount", "method"],
        "additionalProperties": False,
        "properties": {
            "amount": described(MONEY, "单项支付金额（元） amount of the single payment, yuan"),
            "method": {
                "enum": METHODS,
                "description": "支付方式 cash 现金 / transfer 转账 / cheque 支票 / official_card 公务卡",
            },
            "purpose": {
                "enum": ["general", "exam_fees", "travel_settlement"],
                "description": "支付事由：general 一般 / exam_fees 命题费考务费评审费 / "
                "travel_settlement 差旅结算（默认 general）",
            },
            "in_county": described(FLAG, "是否本县内发生的事项（通榆，默认是） whether the matter arose in the county"),
            "special_case": described(
                FLAG, "是否属特殊情况（“原则上”之外的例外，须说明理由） whether it is a stated exception"
            ),
            "documents": {
                "type": "array",
                "items": {"enum": DOCUMENTS},
                "uniqueItems": True,
                "description": DOCS_DESC,
            },
            "signed_by": {
                "type": "array",
                "items": {"enum": SIGNERS},
                "uniqueItems": True,
                "description": SIGNERS_DESC,
            },
            "outstanding_advance": described(MONEY, "收款人尚未结清的借款（元） payee's unsettled advance, yuan"),
            "witnesses": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": ["discipline_member", "secretariat_staff", "section_staff"]},
                "description": "现金发放时在场人员：discipline_member 机关党委纪检委员 / "
                "secretariat_staff 人秘科人员 / section_staff 经办科室人员 who is present at a cash payout",
            },
            "proxy": described(FLAG, "是否他人代领 whether someone collects on the payee's behalf"),
            "proxy_notified": described(FLAG, "代领是否已提前告知发放人员 whether the payer was told in advance"),
        },
    },
)

CASH_LIMIT = "finance.payment.cash_limit"


@rule(
    "finance.payment.cash_limit",
    check="finance.payment",
    agencies=[T, D, B],
    cites=[],
)
def payment_cash_limit(facts: Facts, ctx: RuleContext) -> Finding:
    """现金支付限额（数据驱动）：通榆 本县内单项 1000 元（含）以上一律转账；区局 超出 1000 元原则上用支票；白城 原则上
    不以现金结算、现金超过 1000 元不予核销。参数：限额、是否含本数、是否仅限本县、“原则上”是否容许说明理由的例外、
    限额内现金是否仍须提醒。"""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param(CASH_LIMIT)
    extra = [ctx.param_cited(CASH_LIMIT)]
    if facts["method"] != "cash":
        return ctx.finding(
            ALLOWED,
            f"以{METHOD_ZH[facts['method']]}支付",
            f"paid by {facts['method']}",
            trace=[f"支付方式 {METHOD_ZH[facts['method']]}，不受现金限额约束"],
            extra=extra,
        )
    if facts.get("purpose") == "exam_fees" and ctx.param_or(f"{CASH_LIMIT}.exam_fees_exempt", False):
        return ctx.finding(
            ALLOWED,
            "命题费、考务费、评审费可以使用现金发放（见证要求另行审查）",
            "exam fees may be paid in cash (witnesses checked separately)",
            trace=["事由：命题费、考务费、评审费"],
            extra=[*extra, ctx.param_cited(f"{CASH_LIMIT}.exam_fees_exempt")],
        )
    inclusive = bool(ctx.param(f"{CASH_LIMIT}.inclusive"))
    if ctx.param_or(f"{CASH_LIMIT}.in_county_only", False) and facts.get("in_county", True) is False:
        return ctx.finding(
            ALLOWED,
            "县外发生的事项不受本县内转账支付要求约束",
            "the transfer rule covers matters in the county only",
            trace=["事项发生地：县外"],
            extra=[*extra, ctx.param_cited(f"{CASH_LIMIT}.in_county_only")],
        )
    over = reaches(amount, limit, inclusive)
    sign = ("≥" if over else "<") if inclusive else (">" if over else "≤")
    trace = [f"现金 {yuan(amount)} {sign} 限额 {yuan(limit)}（{'含' if inclusive else '不含'}本数）"]
    if over:
        if ctx.param_or(f"{CASH_LIMIT}.exception", False) and facts.get("special_case"):
            return need(
                ctx,
                ["finance_deputy"],
                "超过限额的现金支付属“原则上”之外的特殊情况",
                "cash above the limit as a stated exception",
                trace=[*trace, "特殊情况：已说明"],
                extra=[*extra, ctx.param_cited(f"{CASH_LIMIT}.exception")],
            )
        return ctx.finding(
            BLOCKED,
            f"现金支付 {yuan(amount)} 达到限额，须转账（支票）结算",
            f"cash payment of {amount} yuan is over the limit: pay by transfer or cheque",
            trace=trace,
            extra=extra,
        )
    if ctx.param_or(f"{CASH_LIMIT}.cash_discouraged", False):
        return ctx.finding(
            WARNING,
            "原则上不得以现金方式结算（未超过限额）",
            "cash settlement is discouraged (within the limit)",
            trace=trace,
            extra=[*extra, ctx.param_cited(f"{CASH_LIMIT}.cash_discouraged")],
        )
    return ctx.finding(ALLOWED, "现金支付在限额内", "cash within the limit", trace=trace, extra=extra)


@rule(
    "finance.payment.tongyu_art5_3",
    check="finance.payment",
    agencies=[T],
    cites=[(f"{T}:5:5.3", "报账人持《申请单》《报账单》及相关票据资料到出纳员处兑付现金或清理借款")],
)
def payment_tongyu_art5_3(facts: Facts, ctx: RuleContext) -> Finding:
    """通榆第五条（三）：报账人持《申请单》《报账单》及相关票据到出纳员处兑付现金或清理借款。"""
    missing = _missing(_docs(facts), ["application_form", "claim_form", "invoices"])
    if missing:
        return _lacking(ctx, missing, "兑付", "payment")
    return ctx.finding(
        ALLOWED,
        "兑付材料齐全" if "documents" in facts else "兑付时须持《申请单》《报账单》及票据",
        "documents complete" if "documents" in facts else "bring the application, claim form and invoices",
    )


@rule(
    "finance.payment.tongyu_art6_2",
    check="finance.payment",
    agencies=[T],
    cites=[(f"{T}:5:6.2", "结算时对尚有借款人员只能用出差票据冲账，不再兑付现金")],
)
def payment_tongyu_art6_2(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第六条（二）：差旅结算时尚有借款的，只能用出差票据冲账，不再兑付现金。"""
    if facts.get("purpose") != "travel_settlement":
        return None
    owed = money(facts.get("outstanding_advance", 0))
    if owed > 0 and facts["method"] == "cash":
        return ctx.finding(
            BLOCKED,
            f"尚有借款 {yuan(owed)}，只能用出差票据冲账，不再兑付现金",
            "the traveller still owes an advance: offset it with the receipts, no cash",
            trace=[f"未结借款 {yuan(owed)} > 0"],
        )
    return ctx.finding(
        ALLOWED,
        "差旅结算无未结借款" if owed == 0 else "以票据冲账",
        "no outstanding advance" if owed == 0 else "offset against the advance",
        trace=[f"未结借款 {yuan(owed)}"],
    )


@rule(
    "finance.payment.tongyu_art8",
    check="finance.payment",
    agencies=[T],
    cites=[(f"{T}:5:8", "需由机关党委纪检委员、局人秘科人员和经办科室人员同时在场发放")],
)
def payment_tongyu_art8(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第八条：命题费、考务费、评审费现金发放须机关党委纪检委员、人秘科人员、经办科室人员同时在场，本人签字领取，
    他人代领须提前告知发放人员。"""
    if facts.get("purpose") != "exam_fees" or facts["method"] != "cash":
        return None
    present = set(facts.get("witnesses", []))
    absent = [w for w in ("discipline_member", "secretariat_staff", "section_staff") if w not in present]
    zh = {"discipline_member": "机关党委纪检委员", "secretariat_staff": "人秘科人员", "section_staff": "经办科室人员"}
    if absent:
        return ctx.finding(
            BLOCKED,
            f"现金发放须三方同时在场，缺：{'、'.join(zh[a] for a in absent)}",
            f"cash payout needs all three witnesses; missing {', '.join(absent)}",
            trace=[f"在场 {len(present)}/3"],
        )
    if facts.get("proxy") and not facts.get("proxy_notified"):
        return ctx.finding(
            BLOCKED,
            "他人代领须提前告知发放人员",
            "collection by a proxy must be announced to the payer in advance",
            trace=["代领：未提前告知"],
        )
    return ctx.finding(ALLOWED, "三方同时在场发放", "paid out before the three witnesses", trace=["在场 3/3"])


@rule(
    "finance.payment.wenshan_7_1",
    check="finance.payment",
    agencies=[W],
    cites=[(f"{W}:41:7.1", "凡票据或其他手续不全的,财务人员有权拒付")],
)
def payment_wenshan_7_1(facts: Facts, ctx: RuleContext) -> Finding:
    """文山（七）1：经办人、证明人签名，规划财务科负责人审核，分管财务的局领导签字方能支付；手续不全可拒付。"""
    signed = set(facts["signed_by"]) if "signed_by" in facts else None
    missing = _missing(signed, ["handler", "witness"]) + _missing(_docs(facts), ["invoices"])
    if missing:
        return _lacking(ctx, missing, "支付手续不全，财务人员有权拒付", "incomplete: finance may refuse to pay")
    return need(ctx, ["finance_section", "finance_deputy"], "支付", "payment")


# ================================================================================== finance.advance

ADVANCE = check(
    "finance.advance",
    "借款、预支：能否借支、须经谁批准、何时结清",
    "Advances and loans: may money be advanced, who approves, when must it be settled",
    {
        "type": "object",
        "required": ["purpose"],
        "additionalProperties": False,
        "properties": {
            "purpose": {
                "enum": ["travel", "meeting", "training", "study", "official", "personal"],
                "description": "借支事由：travel 出差 / meeting 外出开会 / training 培训 / study 外出学习 / "
                "official 其他因公 / personal 个人特殊情况（因私） purpose of the advance",
            },
            "stage": {
                "enum": ["request", "settle"],
                "description": "request 申请借支（默认） / settle 结清 stage: request (default) or settlement",
            },
            "amount": described(MONEY, "借支金额（元） amount, yuan"),
            "written_notice": described(
                FLAG, "是否持主办单位书面通知（区局） whether the organiser's written notice is held"
            ),
            "loan_slip": described(
                FLAG, "是否填写借款单并写清用途、金额（区局） whether a loan slip states purpose and amount"
            ),
            "outstanding": described(FLAG, "是否尚有前帐未清（未结清的借款） whether an earlier advance is still open"),
            "special_case": described(
                FLAG, "是否属特殊情况（“原则上”之外，须说明理由） whether it is a stated exception"
            ),
            "repay_by": described(DATE, "约定归还日期 agreed repayment date"),
            "to_other_unit": described(
                FLAG, "是否借给其他单位（白城禁止单位间相互借用现金） whether lent to another unit"
            ),
            "returned_on": described(DATE, "出差、学习回单位日期 date back at the office"),
            "settled_on": described(DATE, "结清日期（默认评估日） settlement date (default: evaluation date)"),
            "open_at_year_end": described(FLAG, "年底是否仍挂账未清理 whether it is still open at year end"),
        },
    },
)


def _stage(facts: Facts) -> str:
    return str(facts.get("stage", "request"))


@rule(
    "finance.advance.tongyu_art6_2",
    check="finance.advance",
    agencies=[T],
    cites=[(f"{T}:5:6.2", "不预借出差人员差旅费，出差归来统一结算"), (f"{T}:5:5.3", "兑付现金或清理借款")],
)
def advance_tongyu(facts: Facts, ctx: RuleContext) -> Finding:
    """通榆第六条（二）：不预借出差人员差旅费，出差归来统一结算；其他借款在报账时清理（第五条（三））。"""
    if facts["purpose"] in ("travel", "meeting", "training", "study") and _stage(facts) == "request":
        return ctx.finding(
            BLOCKED,
            "不预借出差人员差旅费，出差归来统一结算",
            "travel costs are not advanced; they are settled after the trip",
            trace=[f"借支事由 {facts['purpose']}"],
            cites=[f"{T}:5:6.2"],
        )
    return ctx.finding(
        ALLOWED,
        "借款须在报账时清理",
        "the advance is cleared when the claim is paid",
        cites=[f"{T}:5:5.3"],
    )


@rule(
    "finance.advance.district",
    check="finance.advance",
    agencies=[D],
    cites=[
        (f"{D}:38:5", "必须持主办单位书面通知,并凭通知经主管局长审批,方可借支差旅费"),
        (f"{D}:38:6.3", "必须填写借款单,写清用途、金额,经主管财务局长签字方可借款"),
    ],
    params=["finance.advance.outstanding_exception"],
)
def advance_district(facts: Facts, ctx: RuleContext) -> Finding:
    """区局五、六3：外出开会培训学习凭主办单位书面通知经主管局长审批借支差旅费；因公借现金填借款单经主管财务局长签字；
    原则上前帐未清不得再借；个人因私一律不准借用现金。"""
    purpose = facts["purpose"]
    c63 = f"{D}:38:6.3"
    if purpose == "personal":
        return ctx.finding(
            BLOCKED,
            "个人因私一律不准借用现金",
            "no cash loans for private purposes",
            trace=["事由：因私"],
            cites=[c63],
        )
    if _stage(facts) == "settle":
        return ctx.finding(ALLOWED, "借款事后及时结算", "settle the advance promptly", cites=[c63])
    if facts.get("loan_slip") is False:
        return ctx.finding(
            BLOCKED,
            "借现金须填写借款单，写清用途、金额",
            "a loan slip with purpose and amount is required",
            cites=[c63],
        )
    trip = purpose in ("travel", "meeting", "training", "study")
    if trip and facts.get("written_notice") is False:
        return ctx.finding(
            BLOCKED,
            "借支差旅费须持主办单位书面通知",
            "a travel advance needs the organiser's written notice",
            trace=["书面通知：无"],
            cites=[f"{D}:38:5"],
        )
    approvers = (["deputy_in_charge"] if trip else []) + ["finance_deputy"]
    cites = ([f"{D}:38:5"] if trip else []) + [c63]
    trace = []
    extra = []
    if facts.get("outstanding"):
        trace.append("前帐未清")
        if not (facts.get("special_case") and ctx.param("finance.advance.outstanding_exception")):
            return ctx.finding(
                BLOCKED,
                "原则上前帐未清不得再借",
                "no new advance while an earlier one is open",
                trace=trace,
                cites=[c63],
                extra=[ctx.param_cited("finance.advance.outstanding_exception")],
            )
        trace.append("特殊情况：已说明")
        extra.append(ctx.param_cited("finance.advance.outstanding_exception"))
    return need(ctx, approvers, "借支", "advance", trace=trace, cites=cites, extra=extra)


@rule(
    "finance.advance.wenshan",
    check="finance.advance",
    agencies=[W],
    cites=[
        (f"{W}:41:5", "需经分管领导同意后方可预支,回单位7个工作日内须及时结清"),
        (f"{W}:41:8.2", "须由规划财务科提出意见,报分管财务的局领导审批"),
        (f"{W}:41:8.3", "须经分管财务的局领导批准,并限期归还"),
    ],
    params=["finance.advance.settle_window", "finance.late_outcome"],
)
def advance_wenshan(facts: Facts, ctx: RuleContext) -> Finding | list[Finding] | None:
    """文山（五）：出差、外出学习预支经分管领导同意，回单位 7 个工作日内结清；暂付款年底清理不得长期挂账；
    （八）2：外出开会、学习预支由规划财务科提出意见，报分管财务的局领导审批；（八）3：个人特殊情况借支公款经分管财务的
    局领导批准并限期归还。"""
    purpose = facts["purpose"]
    c5, c82, c83 = f"{W}:41:5", f"{W}:41:8.2", f"{W}:41:8.3"
    if _stage(facts) == "settle":
        out: list[Finding] = []
        if facts.get("open_at_year_end"):
            out.append(
                ctx.finding(
                    BLOCKED,
                    "暂付款年底须清理，不得长期挂账",
                    "advances must be cleared at year end",
                    trace=["年底仍挂账"],
                    cites=[c5],
                )
            )
        if purpose in ("travel", "study", "meeting", "training"):
            f = window(
                ctx,
                facts.get("returned_on"),
                facts.get("settled_on"),
                "finance.advance.settle_window",
                "working_days",
                "预支结清时限",
                "advance settlement period",
                c5,
            )
            if f is not None:
                out.append(f)
        if purpose == "personal" and facts.get("repay_by"):
            due = day(facts["repay_by"])
            on = day(facts["settled_on"]) if facts.get("settled_on") else ctx.on
            late = on > due
            out.append(
                ctx.finding(
                    BLOCKED if late else ALLOWED,
                    f"借支公款{'逾期未' if late else '按期'}归还（限期 {iso(due)}）",
                    f"repayment {'overdue' if late else 'on time'} (due {iso(due)})",
                    trace=[f"归还日 {iso(on)} {'>' if late else '≤'} 限期 {iso(due)}"],
                    cites=[c83],
                )
            )
        return out or ctx.finding(ALLOWED, "结清借支", "advance settled", cites=[c5])
    if purpose == "personal":
        if not facts.get("repay_by"):
            return ctx.finding(
                BLOCKED,
                "个人借支公款须限期归还，须写明归还期限",
                "a personal loan of public money needs a repayment deadline",
                trace=["归还期限：未定"],
                cites=[c83],
            )
        return need(
            ctx,
            ["finance_deputy"],
            "个人特殊情况借支公款",
            "personal loan",
            trace=[f"限期 {facts['repay_by']}"],
            cites=[c83],
        )
    approvers: list[str] = []
    cites = []
    if purpose in ("travel", "study"):
        approvers.append("deputy_in_charge")
        cites.append(c5)
    if purpose in ("meeting", "training", "study"):
        approvers += ["finance_section", "finance_deputy"]
        cites.append(c82)
    if not approvers:
        approvers, cites = ["finance_deputy"], [c83]
    return need(ctx, approvers, "预支费用", "advance", cites=cites)


@rule(
    "finance.advance.baicheng_3_1",
    check="finance.advance",
    agencies=[B],
    cites=[(f"{B}:18:3.1.5", "与其他单位间相互借用现金的")],
)
def advance_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城三（一）5：禁止与其他单位间相互借用现金。"""
    if facts.get("to_other_unit"):
        return ctx.finding(
            BLOCKED,
            "禁止与其他单位间相互借用现金",
            "lending cash to or from another unit is forbidden",
            trace=["借给其他单位"],
        )
    return ctx.finding(ALLOWED, "非单位间相互借用现金", "not an inter-unit cash loan")


# ================================================================================== finance.cash_handling

PRACTICES = {
    "cash_beyond_scope": "超出规定范围、限额使用现金",
    "cash_over_limit": "超出核定的库存现金限额留存现金",
    "iou_for_cash": "用不符合规定的凭证（白条）顶替库存现金或打白条",
    "fabricated_purpose": "编造用途套取现金",
    "inter_unit_cash_lending": "与其他单位间相互借用现金",
    "cash_for_others": "利用账户替其他单位和个人套取现金",
    "small_treasury": "设立“小金库”或保留账外公款",
    "private_account": "公款私存",
    "self_created_fee": "私自设立收费项目",
    "fee_without_receipt": "不开收据自行收费",
    "wrong_fee_amount": "多收、少收或者不收费",
    "fee_withholding": "截留收费",
    "special_fund_misuse": "专项资金超范围使用",
    "budget_change": "擅自变更预算或改变预算资金用途",
    "unapproved_investment": "未经批准使用资金投资、入股或经营",
    "false_documents": "伪造、变造或提供虚假合同",
    "false_vouchers": "伪造、涂改或提供虚假支付、报销凭证",
}
CASH = check(
    "finance.cash_handling",
    "资金与现金管理：是否有禁止行为（小金库、公款私存、白条、套现、截留收费等），库存现金是否超限",
    "Cash and fund handling: any forbidden practice (off-book funds, private accounts, IOUs, fees...), cash over limit",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "practices": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": list(PRACTICES)},
                "description": "存在的做法 practices found: " + " / ".join(f"{k} {v}" for k, v in PRACTICES.items()),
            },
            "cash_on_hand": described(MONEY, "库存现金（元） cash on hand"),
            "cash_limit": described(MONEY, "核定库存现金限额（元） approved cash limit"),
            "large_cash_undistributed": described(
                FLAG, "巨额现金当日是否未发放完毕（区局） whether a large cash sum was not paid out the same day"
            ),
            "month_end_fee_check": described(
                FLAG, "月末收费核查结果是否已报备（通榆） whether the month-end fee check was reported"
            ),
        },
    },
)


def _practices_rule(ctx: RuleContext, facts: Facts, table: dict[str, str]) -> list[Finding]:
    found = [p for p in facts.get("practices", []) if p in table]
    out = [
        ctx.finding(
            BLOCKED,
            f"禁止：{PRACTICES[p]}",
            f"forbidden: {p}",
            trace=[PRACTICES[p]],
            cites=[table[p]],
        )
        for p in found
    ]
    if not out:
        out.append(
            ctx.finding(
                ALLOWED,
                "未发现禁止的资金、现金、收费行为",
                "no forbidden practice reported",
                cites=sorted(set(table.values()))[:1],
            )
        )
    return out


TONGYU_PRACTICES = {
    "small_treasury": f"{T}:5:10.2",
    "private_account": f"{T}:5:10.2",
    "self_created_fee": f"{T}:5:10.2",
    "fee_without_receipt": f"{T}:5:10.2",
    "iou_for_cash": f"{T}:5:10.2",
    "wrong_fee_amount": f"{T}:5:10.2",
    "fee_withholding": f"{T}:5:10.4",
    "special_fund_misuse": f"{T}:5:11",
    "budget_change": f"{T}:5:13.1",
    "unapproved_investment": f"{T}:5:13.2",
    "false_documents": f"{T}:5:13.3",
    "false_vouchers": f"{T}:5:13.4",
}


@rule(
    "finance.cash_handling.tongyu",
    check="finance.cash_handling",
    agencies=[T],
    cites=[
        (f"{T}:5:10.2", "不得私自设立收费项目、“小金库”和公款私存"),
        (f"{T}:5:10.3", "各科室每月末应对收费标准、金额、人数及总收费金额进行详细核查"),
        (f"{T}:5:10.4", "不得以任何理由截留各项收费"),
        (f"{T}:5:11", "严格遵守专项资金的使用范围，杜绝超范围使用"),
        (f"{T}:5:13.1", "擅自变更预算，改变预算资金使用方向和性质"),
        (f"{T}:5:13.2", "未经批准，使用资金进行投资、入股及其他经营"),
        (f"{T}:5:13.3", "伪造、变造或提供虚假合同"),
        (f"{T}:5:13.4", "伪造、涂改或提供虚假支付、报销凭证"),
    ],
)
def cash_tongyu(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """通榆第十条（收费禁令、月末核查报备）、第十一条（专项资金）、第十三条（追责情形，均属禁止）。"""
    out = _practices_rule(ctx, facts, TONGYU_PRACTICES)
    if facts.get("month_end_fee_check") is False:
        out.append(
            ctx.finding(
                WARNING,
                "月末须核查收费并向人秘科和分管副局长报备",
                "report the month-end fee check to the secretariat and the deputy in charge",
                trace=["月末收费核查：未报备"],
                cites=[f"{T}:5:10.3"],
            )
        )
    return out


@rule(
    "finance.cash_handling.wenshan",
    check="finance.cash_handling",
    agencies=[W],
    cites=[(f"{W}:41:8.5", "严禁公款私存,否则按私设“小金库”严肃处理")],
)
def cash_wenshan(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """文山（八）5：严禁公款私存，否则按私设“小金库”处理。"""
    return _practices_rule(ctx, facts, {"private_account": f"{W}:41:8.5", "small_treasury": f"{W}:41:8.5"})


@rule(
    "finance.cash_handling.district",
    check="finance.cash_handling",
    agencies=[D],
    cites=[
        (f"{D}:38:6.1", "严格按规定限额留用备用金,超出限额部分要及时上交银行保管"),
        (f"{D}:38:6.2", "巨额现金要当日发放完毕"),
    ],
)
def cash_district(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """区局六1、2：按限额留用备用金，超出部分及时上交银行；巨额现金当日发放完毕。"""
    out: list[Finding] = []
    if "cash_on_hand" in facts and "cash_limit" in facts:
        have, cap = money(facts["cash_on_hand"]), money(facts["cash_limit"])
        trace = [f"库存现金 {yuan(have)} {rel(have, cap)} 限额 {yuan(cap)}"]
        if have > cap:
            out.append(
                ctx.finding(
                    WARNING,
                    f"备用金超出限额 {yuan(have - cap)}，须及时上交银行",
                    "cash above the limit must be deposited in the bank",
                    trace=trace,
                    cites=[f"{D}:38:6.1"],
                )
            )
        else:
            out.append(
                ctx.finding(ALLOWED, "备用金在限额内", "cash within the limit", trace=trace, cites=[f"{D}:38:6.1"])
            )
    if facts.get("large_cash_undistributed"):
        out.append(
            ctx.finding(
                WARNING,
                "巨额现金要当日发放完毕，未发出的须妥善保管",
                "large cash sums are paid out the same day; keep the rest safely",
                trace=["巨额现金当日未发完"],
                cites=[f"{D}:38:6.2"],
            )
        )
    return out or [ctx.finding(ALLOWED, "现金管理无异常", "nothing to note", cites=[f"{D}:38:6.1"])]


BAICHENG_PRACTICES = {
    "cash_beyond_scope": f"{B}:18:3.1.1",
    "cash_over_limit": f"{B}:18:3.1.2",
    "iou_for_cash": f"{B}:18:3.1.3",
    "fabricated_purpose": f"{B}:18:3.1.4",
    "inter_unit_cash_lending": f"{B}:18:3.1.5",
    "cash_for_others": f"{B}:18:3.1.6",
    "small_treasury": f"{B}:18:3.1.7",
}


@rule(
    "finance.cash_handling.baicheng",
    check="finance.cash_handling",
    agencies=[B],
    cites=[
        (f"{B}:18:3.1.1", "超出规定范围、限额使用现金的"),
        (f"{B}:18:3.1.2", "超出核定的库存现金限额留存现金的"),
        (f"{B}:18:3.1.3", "用不符合财务会计制度规定的凭证顶替库存现金的"),
        (f"{B}:18:3.1.4", "编造用途套取现金的"),
        (f"{B}:18:3.1.5", "与其他单位间相互借用现金的"),
        (f"{B}:18:3.1.6", "利用账户替其他单位和个人套取现金的"),
        (f"{B}:18:3.1.7", "设立“小金库”或保留账外公款的"),
    ],
)
def cash_baicheng(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城三（一）：现金管理七项禁止行为（库存现金超过核定限额即属第 2 项）。"""
    practices = list(facts.get("practices", []))
    over = (
        "cash_on_hand" in facts and "cash_limit" in facts and money(facts["cash_on_hand"]) > money(facts["cash_limit"])
    )
    if over and "cash_over_limit" not in practices:
        practices.append("cash_over_limit")
    return _practices_rule(ctx, {"practices": practices}, BAICHENG_PRACTICES)


# ================================================================================== finance.cheque

CHEQUE = check(
    "finance.cheque",
    "支票领用与填写（区局）",
    "Cheque requisition and completion (district bureau)",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "requisition_signed": described(
                FLAG, "支票领用单是否经主管财务局长签字 whether the requisition form is signed by the finance deputy"
            ),
            "date_filled": described(FLAG, "是否写明签发日期（默认是） issue date filled in"),
            "purpose_filled": described(FLAG, "是否写明支付用途（默认是） purpose filled in"),
            "amount_filled": described(FLAG, "是否写明金额（默认是） amount filled in"),
            "carried_blank": described(FLAG, "是否随身携带未填写金额、用途的支票 carrying a blank cheque"),
            "pre_stamped": described(FLAG, "是否提前在支票上盖章 cheque stamped in advance"),
            "same_keeper": described(
                FLAG, "支票与印鉴是否由同一人保管 whether cheques and seals are kept by the same person"
            ),
        },
    },
)


@rule(
    "finance.cheque.district_part7",
    check="finance.cheque",
    agencies=[D],
    cites=[
        (f"{D}:38:7.1", "支票、印鉴要设专人分开管理。任何人使用支票,一律填写支票领用单,经主管财务局长签字方可领用"),
        (
            f"{D}:38:7.2",
            "转帐支票必须写明签发日期、支付用途、金额,不得随身携带未填写金额、用途的支票,不得提前在支票上盖章",
        ),
    ],
)
def cheque_district(facts: Facts, ctx: RuleContext) -> Finding:
    """区局七1、2：支票与印鉴分人管理；领用单经主管财务局长签字；写明日期、用途、金额；不带空白支票；不提前盖章。"""
    problems = []
    if facts.get("same_keeper"):
        problems.append(("支票、印鉴须设专人分开管理", f"{D}:38:7.1"))
    for key, zh in (("date_filled", "签发日期"), ("purpose_filled", "支付用途"), ("amount_filled", "金额")):
        if facts.get(key) is False:
            problems.append((f"转帐支票须写明{zh}", f"{D}:38:7.2"))
    if facts.get("carried_blank"):
        problems.append(("不得随身携带未填写金额、用途的支票", f"{D}:38:7.2"))
    if facts.get("pre_stamped"):
        problems.append(("不得提前在支票上盖章", f"{D}:38:7.2"))
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(p for p, _ in problems),
            "cheque handling breaks the rules",
            trace=[p for p, _ in problems],
            cites=sorted({c for _, c in problems}),
        )
    if not facts.get("requisition_signed"):
        return need(ctx, ["finance_deputy"], "领用支票", "cheque requisition", cites=[f"{D}:38:7.1"])
    return ctx.finding(ALLOWED, "支票领用手续齐全", "cheque requisition complete", trace=["领用单：已签字"])


# ================================================================================== finance.union_fund

UNION = check(
    "finance.union_fund",
    "工会经费：会费（本人工资收入5‰）与拨缴经费（职工工资总额2%）是否足额",
    "Union funds: are dues (5‰ of one's pay) and the allocation (2% of the payroll) paid in full",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "salary": described(MONEY, "会员本人工资收入（元） the member's pay, yuan"),
            "dues_paid": described(MONEY, "实缴会费（元） dues actually paid"),
            "payroll_total": described(MONEY, "全部职工工资总额（元） total payroll of all staff"),
            "allocation_paid": described(MONEY, "实际拨缴经费（元） allocation actually paid"),
        },
    },
)


@rule(
    "finance.union_fund.baicheng_6_1",
    check="finance.union_fund",
    agencies=[B],
    cites=[
        (f"{B}:18:6.1.1", "按本人工资收入的5‰向所在基层工会缴纳的会费"),
        (f"{B}:18:6.1.2", "按全部职工工资总额2%依法向工会拨缴的经费中的留成部分"),
    ],
    params=["finance.union_fund.dues_rate", "finance.union_fund.allocation_rate"],
)
def union_fund_baicheng(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城六（一）1、2：会费按本人工资收入的 5‰；拨缴经费按全部职工工资总额的 2%（应缴额按分四舍五入）。"""
    out: list[Finding] = []
    for base_key, paid_key, name, label, cite in (
        ("salary", "dues_paid", "finance.union_fund.dues_rate", "会费", f"{B}:18:6.1.1"),
        ("payroll_total", "allocation_paid", "finance.union_fund.allocation_rate", "拨缴经费", f"{B}:18:6.1.2"),
    ):
        if base_key not in facts:
            continue
        rate: Fraction = ctx.param(name)
        base = money(facts[base_key])
        due = (base * rate.numerator / rate.denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        trace = [f"{label}应缴 {yuan(base)} × {rate} = {yuan(due)}"]
        if paid_key in facts:
            paid = money(facts[paid_key])
            trace.append(f"实缴 {yuan(paid)} {rel(paid, due)} 应缴 {yuan(due)}")
            short = paid < due
            out.append(
                ctx.finding(
                    WARNING if short else ALLOWED,
                    f"{label}少缴 {yuan(due - paid)}" if short else f"{label}已足额缴纳",
                    f"{name}: short by {due - paid}" if short else f"{name}: paid in full",
                    trace=trace,
                    cites=[cite],
                    extra=[ctx.param_cited(name)],
                )
            )
        else:
            out.append(
                ctx.finding(
                    ALLOWED,
                    f"{label}应缴 {yuan(due)}",
                    f"{name}: {due} due",
                    trace=trace,
                    cites=[cite],
                    extra=[ctx.param_cited(name)],
                )
            )
    return out or [ctx.finding(ALLOWED, "未提供工资数据", "no pay figures given")]
