"""Purchases, fixed assets and software (采购、固定资产、软件台账).

Implements:
- 通榆 《财务管理制度》 (tongyu-hrss:5) 第七条 办公用品统一由人秘科采购（经常性定期采购出入库管理；非经常性经分管
  副局长签批后由办公室购买）, 第九条 固定资产（购置须确定现有资产无法调配后报分管副局长、局长审批；保管人退休调离须
  移交；年末盘点；处置须审批、科室不得擅自处置）; 《党组会议制度》第四条（七）大额资产处置上党组会.
- 文山 第三十七条（三）购置费分级 (wenshan-hrss:41:3); 第三十九条 《办公用品采购管理制度》 (wenshan-hrss:43, S001-69);
  第四十条 《固定资产管理制度》 (wenshan-hrss:44, S001-70): 固定资产范围（单价500元以上且使用年限1年以上，或不足500元
  但使用年限2年以上）、计价（运费不计入）、验收后入账、报废、调转、转让外借出租、离岗归还、年终清查.
- 区局 《财务管理制度》 (district-bureau:38) 三3 日常开支、十一 固定资产转移变卖报废经局党组研究、十二 年度清查.
- 白城 《财务管理制度》五 固定资产 (baicheng-fupin:18:5); 《“三重一大”》四(三)(四) 大型（大批）固定资产购置处置、
  2万元以上采购项目 (baicheng-fupin:4); 《机关办公用品管理》 (baicheng-fupin:39, S003-39) 和 《办公设备使用管理》
  (baicheng-fupin:40, S003-40) 的决策点; 《软件配置管理》 (baicheng-fupin:30, S003-30)、《软件台账管理》
  (baicheng-fupin:31, S003-31)、《软件安装维护管理》 (baicheng-fupin:32, S003-32).

Checks: ``procurement.purchase``, ``asset.classify``, ``asset.dispose``, ``asset.clearance``, ``asset.stocktake``,
``asset.repair``, ``asset.issue``,
``software.configure``, ``software.install``, ``software.scrap``, ``software.ledger_entry``, ``software.same_number``,
``software.ledger_update``. Figures live in ``agencies/<slug>/parameters/procurement.yaml``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ..helpers import COUNT, DATE, FLAG, MONEY, described, iso, money, yuan
from ..model import ALLOWED, BLOCKED, WARNING, Finding
from ..registry import Facts, RuleContext, check, rule
from .finance import B, D, T, W, day, need, wenshan_tiers

# ================================================================================== procurement.purchase

PURCHASE_KINDS = ["office_supplies", "fixed_asset", "equipment", "materials", "software", "subscription"]

PURCHASE = check(
    "procurement.purchase",
    "采购：须经谁批准、由谁采购（分级审批、政府采购目录、大批量、调配、三重一大）",
    "Purchase: who approves and who buys (tiers, government catalogue, bulk, reallocation, 三重一大)",
    {
        "type": "object",
        "required": ["amount"],
        "additionalProperties": False,
        "properties": {
            "amount": described(MONEY, "本次购置金额（单项，元） amount of this purchase (single item or lot), yuan"),
            "kind": {
                "enum": PURCHASE_KINDS,
                "description": "采购类别 kind: office_supplies 办公用品 / fixed_asset 固定资产 / "
                "equipment 计算机、打印等办公设备 / "
                "materials 物资 / software 软件 / subscription 书报刊物（默认 office_supplies）",
            },
            "regular": described(
                FLAG, "是否经常性办公用品（通榆，定期采购、出入库管理） whether routine office supplies"
            ),
            "in_gov_catalogue": described(
                FLAG, "是否属政府采购目录内 whether the item is in the government procurement catalogue"
            ),
            "bulk": described(FLAG, "是否大批量物资采购 whether it is a bulk purchase"),
            "bulk_rounds": described(
                {**COUNT, "minimum": 1}, "本年大批量采购第几次（含本次，文山） which bulk round of the year this is"
            ),
            "special_case": described(
                FLAG, "是否属特殊情况（文山大批量采购次数之外） whether it is a stated exception"
            ),
            "buyers": described(COUNT, "参与采购并在发票上签字的人数（文山） number of buyers who sign the invoice"),
            "reallocatable": described(
                FLAG, "局内现有资产能否调配解决（通榆） whether an existing asset could be reallocated instead"
            ),
            "by_section_alone": described(FLAG, "是否科室擅自采购 whether a section buys on its own"),
            "large_scale": described(
                FLAG, "是否大型（大批）固定资产购置（白城三重一大） whether a large-scale asset purchase"
            ),
            "in_annual_budget": described(
                FLAG, "是否已纳入单位年度预算（白城软件） whether it is in the annual budget"
            ),
            "after_the_fact": described(
                FLAG, "是否先购置后报批（默认否） whether it was bought before approval (default no)"
            ),
        },
    },
)


def _pkind(facts: Facts) -> str:
    return str(facts.get("kind", "office_supplies"))


def _tongyu_threshold(facts: Facts, ctx: RuleContext, approvers: list[str]) -> tuple[list[str], list[str], list[Any]]:
    """通榆第五条（一）：五千元以上（含）的支出由局党组会讨论决定（采购同样适用）。"""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    hit = amount >= limit
    trace = [f"金额 {yuan(amount)} {'≥' if hit else '<'} 党组会讨论起点 {yuan(limit)}（含本数）"]
    return (
        approvers + (["party_group_meeting"] if hit else []),
        trace,
        [ctx.param_cited("finance.expense_request.collective_from")],
    )


@rule(
    "procurement.purchase.tongyu_art7",
    check="procurement.purchase",
    agencies=[T],
    cites=[
        (f"{T}:5:7", "局内所需办公用品统一由人秘科负责采购"),
        (f"{T}:5:5.1", "相关费用发生前要进行费用支出申请"),
    ],
    params=["finance.expense_request.collective_from"],
)
def purchase_tongyu_art7(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第七条：办公用品统一由人秘科采购；经常性的定期采购、出入库登记；非经常性的填《申请单》经分管副局长签批后
    由办公室统一购买。第五条（一）：费用发生前申请，申请人、科室负责人、分管副局长签字，五千元以上（含）上党组会。
    软件、书报等其他采购按非经常性办公用品办理。"""
    if _pkind(facts) in ("fixed_asset", "equipment"):
        return None
    c7, c51 = f"{T}:5:7", f"{T}:5:5.1"
    if facts.get("by_section_alone"):
        return ctx.finding(
            BLOCKED,
            "办公用品统一由人秘科负责采购，科室不得自行采购",
            "supplies are bought by the secretariat only",
            cites=[c7],
        )
    if facts.get("after_the_fact"):
        return ctx.finding(
            BLOCKED,
            "费用发生前须先申请",
            "apply before the money is spent",
            cites=[c51],
            trace=["先购后报"],
        )
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    if facts.get("regular") and amount < limit:
        return ctx.finding(
            ALLOWED,
            "经常性办公用品由人秘科定期采购，实行出入库登记",
            "routine supplies: periodic purchase by the secretariat with stock registers",
            trace=[f"经常性办公用品；金额 {yuan(amount)} < {yuan(limit)}"],
            cites=[c7],
            extra=[ctx.param_cited("finance.expense_request.collective_from")],
        )
    approvers, trace, extra = _tongyu_threshold(facts, ctx, ["section_head", "deputy_in_charge"])
    what = "经常性办公用品定期采购" if facts.get("regular") else "非经常性办公用品（由办公室统一购买）"
    return need(ctx, approvers, what, "office supplies", trace=trace, cites=[c7, c51], extra=extra)


@rule(
    "procurement.purchase.tongyu_art9_2",
    check="procurement.purchase",
    agencies=[T],
    cites=[(f"{T}:5:9.2", "确定局内现有资产无法调配后，由使用科室负责人报分管副局长、局长审批")],
    params=["finance.expense_request.collective_from"],
)
def purchase_tongyu_art9_2(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第九条（二）：固定资产购置经人秘科核实现有资产无法调配后，报分管副局长、局长审批；属政府采购范围的实施政府
    采购；第五条（一）五千元以上（含）上党组会。"""
    if _pkind(facts) not in ("fixed_asset", "equipment"):
        return None
    if facts.get("reallocatable"):
        return ctx.finding(
            BLOCKED,
            "局内现有资产可以调配，不得新购",
            "an existing asset can be reallocated: no new purchase",
            trace=["现有资产：可调配"],
        )
    approvers, trace, extra = _tongyu_threshold(facts, ctx, ["section_head", "deputy_in_charge", "chief"])
    trace = ["现有资产：无法调配", *trace]
    if facts.get("in_gov_catalogue"):
        trace.append("属政府采购范围：按要求实施政府采购")
    return need(ctx, approvers, "固定资产购置", "fixed-asset purchase", trace=trace, extra=extra)


rule(
    "finance.expense_request.tongyu_art9_2",
    check="finance.expense_request",
    agencies=[T],
    cites=[(f"{T}:5:9.2", "确定局内现有资产无法调配后，由使用科室负责人报分管副局长、局长审批")],
    params=["finance.expense_request.collective_from"],
)(purchase_tongyu_art9_2)  # the same decision asked as a spending request (kind fixed_asset / equipment)


@rule(
    "procurement.purchase.district",
    check="procurement.purchase",
    agencies=[D],
    cites=[
        (f"{D}:38:2", "任何单据必须经主管财务局长签批"),
        (f"{D}:38:3.3", "各科室急需订阅有关报刊资料或购置办公用品等日常开支时,需经主管领导同意后方可办理"),
    ],
    params=["finance.expense_request.collective_from"],
)
def purchase_district(facts: Facts, ctx: RuleContext) -> Finding:
    """区局二、三3：订阅报刊、购置办公用品经主管领导同意后方可办理；一支笔主管财务局长签批；
    10000 元以上先经局党组研究。"""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    hit = amount >= limit
    approvers = ["finance_deputy"]
    cites = [f"{D}:38:2"]
    daily = _pkind(facts) in ("office_supplies", "subscription", "materials")
    if daily:
        if facts.get("after_the_fact"):
            return ctx.finding(
                BLOCKED,
                "订阅报刊、购置办公用品须经主管领导同意后方可办理",
                "subscriptions and supplies need the leader's consent first",
                trace=["先购后报"],
                cites=[f"{D}:38:3.3"],
            )
        approvers.insert(0, "deputy_in_charge")
        cites.append(f"{D}:38:3.3")
    if hit:
        approvers.append("party_group_meeting")
    return need(
        ctx,
        approvers,
        f"采购 {yuan(amount)}",
        f"purchase of {amount} yuan",
        trace=[f"金额 {yuan(amount)} {'≥' if hit else '<'} 党组研究起点 {yuan(limit)}（含本数）"],
        cites=cites,
        extra=[ctx.param_cited("finance.expense_request.collective_from")],
    )


@rule(
    "procurement.purchase.wenshan",
    check="procurement.purchase",
    agencies=[W],
    cites=[
        (f"{W}:41:3", "固定资产的采购、登记和分发由规划财务科负责"),
        (f"{W}:43:3", "报分管领导初审,主要领导审核,党组会议审定后"),
        (f"{W}:43:4", "各科室不得擅自采购"),
        (f"{W}:44:3.1", "固定资产的投资计划由规划财务科制定,报分管财务的局领导审批"),
    ],
    params=[
        "procurement.purchase.collective_from",
        "procurement.purchase.chief_from",
        "procurement.purchase.boundary",
        "procurement.purchase.min_buyers",
        "procurement.purchase.bulk_rounds",
        "procurement.purchase.bulk_body",
    ],
)
def purchase_wenshan(facts: Facts, ctx: RuleContext) -> list[Finding] | None:
    """文山三处规定并存，审批人取并集（从严）：
    - 第三十七条（三）：单项固定资产及办公用品 5000元以上 党组会议；2000元至5000元 主要领导；2000以内 业务分管领导和
      财务分管领导（边界 2,000、5,000 两档重叠，读法见参数 ``procurement.purchase.boundary``）；
    - 第三十九条（三）（四）：政府采购目录内的 分管领导初审→主要领导审核→党组会议审定；目录外、金额较小的 分管领导
      同意，原则上 2 人以上参与采购并在发票上签字；大批量物资一般每年 2 次，报局长办公会议或党组会议审定；小批量或
      急需的分管领导提出意见；各科室不得擅自采购；
    - 第四十条（三）1：固定资产投资计划报分管财务的局领导审批。"""
    kind = _pkind(facts)
    if kind in ("software", "subscription"):
        return None
    c413, c3, c4 = f"{W}:41:3", f"{W}:43:3", f"{W}:43:4"
    if facts.get("by_section_alone"):
        return [ctx.finding(BLOCKED, "各科室不得擅自采购", "sections may not purchase on their own", cites=[c4])]
    approvers, trace, extra = wenshan_tiers(money(facts["amount"]), ctx)
    out: list[Finding] = [
        need(ctx, approvers, "购置（分级审批）", "purchase (tiers)", trace=trace, cites=[c413], extra=extra)
    ]
    if kind in ("fixed_asset", "equipment"):
        out.append(
            need(ctx, ["finance_deputy"], "固定资产投资计划", "fixed-asset investment plan", cites=[f"{W}:44:3.1"])
        )
    if kind == "fixed_asset":
        return out
    if facts.get("in_gov_catalogue"):
        out.append(
            need(
                ctx,
                ["deputy_in_charge", "chief", "party_group_meeting"],
                "政府采购目录内的办公用品",
                "item in the government procurement catalogue",
                cites=[c3],
            )
        )
    elif facts.get("bulk"):
        body = ctx.param("procurement.purchase.bulk_body")
        out.append(
            need(
                ctx,
                [body],
                "大批量物资采购",
                "bulk purchase",
                cites=[c4],
                extra=[ctx.param_cited("procurement.purchase.bulk_body")],
            )
        )
        rounds = facts.get("bulk_rounds")
        cap: int = ctx.param("procurement.purchase.bulk_rounds")
        if rounds is not None:
            over = rounds > cap and not facts.get("special_case")
            out.append(
                ctx.finding(
                    WARNING if over else ALLOWED,
                    f"大批量物资采购一般每年进行 {cap} 次，本次超出且未说明特殊情况"
                    if over
                    else f"本年第 {rounds} 次大批量采购",
                    f"bulk purchases are normally {cap} a year" if over else "bulk round within the norm",
                    trace=[f"本年第 {rounds} 次大批量采购 {'>' if rounds > cap else '≤'} {cap} 次"],
                    cites=[c4],
                    extra=[ctx.param_cited("procurement.purchase.bulk_rounds")],
                )
            )
    else:
        out.append(
            need(
                ctx, ["deputy_in_charge"], "目录外、小批量或急需的办公用品", "small or urgent purchase", cites=[c3, c4]
            )
        )
        buyers = facts.get("buyers")
        least: int = ctx.param("procurement.purchase.min_buyers")
        if buyers is not None:
            ok = buyers >= least
            out.append(
                ctx.finding(
                    ALLOWED if ok else WARNING,
                    "参与采购人数符合要求" if ok else f"原则上须 {least} 人以上参与采购并在发票上签字",
                    "enough buyers" if ok else f"at least {least} buyers should take part and sign",
                    trace=[f"参与采购 {buyers} 人 {'≥' if ok else '<'} {least} 人"],
                    cites=[c3],
                    extra=[ctx.param_cited("procurement.purchase.min_buyers")],
                )
            )
    return out


@rule(
    "procurement.purchase.baicheng",
    check="procurement.purchase",
    agencies=[B],
    cites=[
        (f"{B}:39:2", "由综合科统一汇总并报请分管领导审批，同意后方可购置"),
        (f"{B}:40:13", "经主要领导同意后，再由综合科报请市财政局国有资产科批准，由综合科采购"),
        (f"{B}:39:1", "本单位所有办公用品的采购、管理、发放工作由综合科统一负责"),
    ],
)
def purchase_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《机关办公用品管理》（一）（二）：办公用品由综合科统一采购，各科室提出计划、综合科汇总报分管领导审批；
    《办公设备使用管理》（十三）：增加或更新电脑和打印设备 分管领导→主要领导→市财政局国有资产科批准→综合科采购。"""
    kind = _pkind(facts)
    if facts.get("by_section_alone"):
        return ctx.finding(
            BLOCKED,
            "办公用品和办公设备由综合科统一采购，科室不得自行购置",
            "supplies and equipment are bought by the general-affairs section only",
            cites=[f"{B}:39:1"],
        )
    if kind == "equipment":
        return need(
            ctx,
            ["deputy_in_charge", "chief", "finance_bureau"],
            "增加或更新电脑和打印设备",
            "new or replacement computers and printers",
            cites=[f"{B}:40:13"],
        )
    return need(ctx, ["deputy_in_charge"], "办公用品、物资购置", "office supplies", cites=[f"{B}:39:2"])


@rule(
    "procurement.purchase.baicheng_sanzhong_yida",
    check="procurement.purchase",
    agencies=[B],
    cites=[(f"{B}:4:4.3", "各类大型（大批）固定资产购置和处置")],
    params=["finance.expense_request.collective_from"],
)
def purchase_baicheng_sanzhong(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《“三重一大”》四(三)：大型（大批）固定资产购置属重大项目安排；四(四)：2万元以上采购项目属大额度资金使用；
    均须党组集体决定。"""
    amount = money(facts["amount"])
    limit: Decimal = ctx.param("finance.expense_request.collective_from")
    hit = amount >= limit
    trace = [f"采购金额 {yuan(amount)} {'≥' if hit else '<'} 大额起点 {yuan(limit)}（含本数）"]
    if facts.get("large_scale"):
        trace.append("大型（大批）固定资产购置")
    if hit or facts.get("large_scale"):
        return need(
            ctx,
            ["party_group_meeting"],
            "“三重一大”采购事项",
            "三重一大 purchase: collective decision",
            trace=trace,
            extra=[ctx.param_cited("finance.expense_request.collective_from")],
        )
    return ctx.finding(
        ALLOWED,
        "非“三重一大”采购事项",
        "not a 三重一大 purchase",
        trace=trace,
        extra=[ctx.param_cited("finance.expense_request.collective_from")],
    )


@rule(
    "procurement.purchase.baicheng_software_budget",
    check="procurement.purchase",
    agencies=[B],
    cites=[(f"{B}:30:2.4", "综合科财务要将软件采购纳入单位年度预算")],
)
def purchase_baicheng_software(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城《软件配置管理》（二）4：软件采购须纳入单位年度预算。"""
    if _pkind(facts) != "software":
        return None
    if facts.get("in_annual_budget") is False:
        return ctx.finding(
            BLOCKED,
            "软件采购须纳入单位年度预算，未纳入的不得采购",
            "software purchases must be in the annual budget",
            trace=["年度预算：未纳入"],
        )
    return ctx.finding(ALLOWED, "软件采购已纳入年度预算", "software purchase is budgeted", trace=["年度预算：已纳入"])


# ================================================================================== asset.classify

CATEGORIES = {
    "building": "第一类 房屋",
    "furniture": "第二类 家具",
    "equipment": "第三类 机械电器设备",
    "vehicle": "第四类 交通运输工具",
    "books": "第五类 机关藏书和其他重要资料",
    "other": "第六类 其他",
}

CLASSIFY = check(
    "asset.classify",
    "能否列入固定资产（固定资产范围、计价、验收）",
    "May the item be booked as a fixed asset (scope, valuation, acceptance)",
    {
        "type": "object",
        "required": ["unit_price", "useful_life_years"],
        "additionalProperties": False,
        "properties": {
            "unit_price": described(MONEY, "单价（元；购入按购价，运费另列） unit price in yuan"),
            "useful_life_years": {
                "type": "number",
                "minimum": 0,
                "maximum": 200,
                "description": "使用年限（年） useful life in years",
            },
            "freight": described(MONEY, "单价中包含的运费（元，不计入固定资产价值） freight included in the price"),
            "category": {
                "enum": list(CATEGORIES),
                "description": "类别 category: " + " / ".join(f"{k} {v}" for k, v in CATEGORIES.items()),
            },
            "source": {
                "enum": ["purchase", "build", "self_made", "donation", "transfer_in"],
                "description": "来源：购置 / 新建 / 自制 / 接受捐赠 / 调入 source",
            },
            "accepted": described(FLAG, "是否已验收合格（默认是） whether it passed acceptance (default yes)"),
            "registered": described(FLAG, "是否已登记入帐（台账、卡片） whether it is entered in the ledgers"),
        },
    },
)


@rule(
    "asset.classify.wenshan_44_1",
    check="asset.classify",
    agencies=[W],
    cites=[
        (f"{W}:44:1.1", "单价在500元以上且使用年限在1年以上的财产"),
        (f"{W}:44:1.2", "单价虽不足500元,但使用年限在2年以上的财产"),
        (f"{W}:44:2.1", "购入或调入资产的运费,不计入固定资产价值"),
        (f"{W}:44:3.2", "经验收合格后,可统计为固定资产"),
    ],
    params=["asset.classify.price_floor", "asset.classify.min_life_months", "asset.classify.low_price_min_life_months"],
)
def classify_wenshan(facts: Facts, ctx: RuleContext) -> Finding:
    """文山第四十条（一）1、2：单价 500 元以上且使用年限 1 年以上，或单价不足 500 元但使用年限 2 年以上，列入固定资产
    （“以上”含本数，“不足”不含）；（二）1 运费不计入价值；（三）2 验收合格后统计为固定资产。"""
    floor: Decimal = ctx.param("asset.classify.price_floor")
    life_min: int = ctx.param("asset.classify.min_life_months")
    life_low: int = ctx.param("asset.classify.low_price_min_life_months")
    price = money(facts["unit_price"]) - money(facts.get("freight", 0))
    months = Decimal(str(facts["useful_life_years"])) * 12
    extra = [ctx.param_cited("asset.classify.price_floor")]
    trace = [f"计价单价 {yuan(price)}（运费不计入）；使用年限 {facts['useful_life_years']} 年"]
    if facts.get("accepted") is False:
        return ctx.finding(
            BLOCKED,
            "未经验收合格，不得统计为固定资产",
            "not yet accepted: cannot be booked",
            trace=["验收：未合格"],
            cites=[f"{W}:44:3.2"],
        )
    if price >= floor:
        ok = months >= life_min
        trace.append(f"单价 ≥ {yuan(floor)}；年限 {'≥' if ok else '<'} {life_min // 12} 年")
        cites = [f"{W}:44:1.1"]
    else:
        ok = months >= life_low
        trace.append(f"单价 < {yuan(floor)}；年限 {'≥' if ok else '<'} {life_low // 12} 年")
        cites = [f"{W}:44:1.2"]
    if "freight" in facts:
        cites.append(f"{W}:44:2.1")
    if "category" in facts:
        trace.append(CATEGORIES[facts["category"]])
    if ok:
        return ctx.finding(
            ALLOWED,
            "属固定资产，统一计价列入固定资产",
            "a fixed asset: book it",
            trace=trace,
            cites=cites,
            extra=extra,
        )
    return ctx.finding(
        BLOCKED,
        "不符合固定资产范围，不得列入固定资产（按低值易耗品管理）",
        "outside the fixed-asset scope: not booked as a fixed asset",
        trace=trace,
        cites=cites,
        extra=extra,
    )


@rule(
    "asset.classify.acceptance",
    check="asset.classify",
    agencies=[T, D, B],
    cites=[
        (f"{T}:5:9.3", "由人秘科验收合格后填制《固定资产验收单》"),
        (f"{D}:38:10", "经财产保 管员签字验收,登记入帐"),
        (f"{B}:18:5.5", "各部门接受捐赠、无偿调入固定资产等，要及时到财务科和综合科登记"),
    ],
)
def classify_acceptance(facts: Facts, ctx: RuleContext) -> Finding:
    """验收与登记后入账：通榆第九条（三）人秘科验收合格后填制验收单、记入总账和明细账；区局十 财产保管员签字验收、登记
    入帐；白城五（五）接受捐赠、无偿调入的固定资产及时到财务科和综合科登记。"""
    cite = next(c.id for c in ctx.rule.cites if c.id.startswith(ctx.agency + ":"))
    if facts.get("accepted") is False:
        return ctx.finding(BLOCKED, "未经验收合格，不得入账", "not accepted yet: cannot be booked", cites=[cite])
    donated = facts.get("source") in ("donation", "transfer_in")
    if facts.get("registered") is False and (ctx.agency != B or donated):
        return ctx.finding(
            BLOCKED,
            "须及时登记（台账、明细账、卡片）并办理相关手续",
            "enter it in the ledgers first",
            trace=["登记：未办理"],
            cites=[cite],
        )
    return ctx.finding(ALLOWED, "验收、登记手续符合要求", "accepted and registered", cites=[cite])


# ================================================================================== asset.repair

REPAIR = check(
    "asset.repair",
    "办公设备维修、改装和公用设施维修：能否进行、须经谁同意",
    "Repairing or modifying office equipment and public facilities: may it be done, who agrees",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["equipment", "facility"],
                "description": "equipment 办公设备 / facility 公用设施设备 what is repaired",
            },
            "by": {
                "enum": ["self", "designated"],
                "description": "由谁修：self 使用人私自维修、拆卸 / "
                "designated 由办公室（综合科）组织或指定专业人员（默认）",
            },
            "modification": described(FLAG, "是否改装、拆卸、更换零件配件外设 whether parts are changed or added"),
            "authorised": described(FLAG, "改装是否已经授权同意 whether the modification is authorised"),
            "reported": described(FLAG, "是否已填写《设备维修申报表》报办公室 whether a repair request was filed"),
            "quotes": described(COUNT, "参与预算比较的施工单位数（公用设施） number of contractors' quotes"),
        },
    },
)


@rule(
    "asset.repair.wenshan",
    check="asset.repair",
    agencies=[W],
    cites=[
        (f"{W}:43:5", "办公设备发现故障,应及时报请维修,不得私自维修"),
        (f"{W}:44:5.1", "经办公室组织鉴定报办公室主任或分管领导签署意见后,由使用科室与办公室共同组织维修"),
        (f"{W}:44:5.2", "推荐3个以上施工单位分别做出预算比较,选择合适的施工单位后,经局领导审批同意"),
    ],
    params=["asset.repair.min_quotes"],
)
def repair_wenshan(facts: Facts, ctx: RuleContext) -> Finding:
    """文山第三十九条（五）不得私自维修；第四十条（五）1 设备维修填《设备维修申报表》，办公室鉴定，办公室主任或分管领导
    签署意见；2 公用设施维修推荐 3 个以上施工单位预算比较，经局领导审批。"""
    if facts.get("by") == "self":
        return ctx.finding(
            BLOCKED, "办公设备发现故障应报请维修，不得私自维修", "no private repairs", cites=[f"{W}:43:5"]
        )
    if facts["kind"] == "facility":
        least: int = ctx.param("asset.repair.min_quotes")
        n = int(facts.get("quotes", 0))
        trace = [f"施工单位预算 {n} 家 {'≥' if n >= least else '<'} {least} 家"]
        if n < least:
            return ctx.finding(
                BLOCKED,
                f"公用设施维修须推荐 {least} 个以上施工单位分别做出预算比较",
                f"at least {least} contractors' quotes are needed",
                trace=trace,
                cites=[f"{W}:44:5.2"],
                extra=[ctx.param_cited("asset.repair.min_quotes")],
            )
        return need(
            ctx,
            ["leader"],
            "公用设施维修",
            "public-facility repair",
            trace=trace,
            cites=[f"{W}:44:5.2"],
            extra=[ctx.param_cited("asset.repair.min_quotes")],
        )
    if facts.get("reported") is False:
        return ctx.finding(
            BLOCKED,
            "须如实填写《设备维修申报表》上报办公室",
            "file the repair request with the office",
            cites=[f"{W}:44:5.1"],
        )
    return need(ctx, ["office"], "办公设备维修（办公室鉴定后）", "equipment repair", cites=[f"{W}:44:5.1"])


@rule(
    "asset.repair.baicheng_40",
    check="asset.repair",
    agencies=[B],
    cites=[
        (f"{B}:40:6", "未经授权同意，不得擅自改装、拆卸、更换任何零件、配件、外设"),
        (f"{B}:40:8", "严禁私自拆卸办公设备，当设备发生故障时，应由综合科指定专业人员进行修复"),
    ],
)
def repair_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《办公设备使用管理》（六）未经授权不得改装、拆卸、更换零件配件外设；（八）严禁私自拆卸，故障由综合科指定专业
    人员修复。授权人文本未写明，读作综合科（设备由综合科统一配置管理）。"""
    if facts.get("by") == "self":
        return ctx.finding(
            BLOCKED,
            "严禁私自拆卸办公设备，故障由综合科指定专业人员修复",
            "no private disassembly; the general-affairs section sends a technician",
            cites=[f"{B}:40:8"],
        )
    if facts.get("modification") and not facts.get("authorised"):
        return need(
            ctx,
            ["office"],
            "改装、更换零件配件外设须经授权同意",
            "modification needs authorisation",
            cites=[f"{B}:40:6"],
        )
    return ctx.finding(ALLOWED, "由综合科指定专业人员修复", "repair by the designated technician", cites=[f"{B}:40:8"])


# ================================================================================== asset.issue

ISSUE = check(
    "asset.issue",
    "领用办公用品、耗材或固定资产：签字登记是否齐全，提前更换须经谁同意",
    "Issuing supplies, consumables or fixed assets: signature and registration, early replacement",
    {
        "type": "object",
        "required": ["item"],
        "additionalProperties": False,
        "properties": {
            "item": {
                "enum": ["supplies", "consumables", "cartridge", "fixed_asset"],
                "description": "领用物品 item: supplies 办公用品 / consumables 打印纸信封档案袋等耗材 / "
                "cartridge 墨盒硒鼓 / fixed_asset 固定资产",
            },
            "recipient_signed": described(FLAG, "领取人是否签字确认 whether the recipient signed"),
            "registered": described(FLAG, "是否已登记（出库、领用登记） whether the issue is registered"),
            "early": described(FLAG, "是否提前更换或发放（白城） whether it is an early replacement"),
            "by": {
                "enum": ["office", "self"],
                "description": "由谁更换发放：office 综合科（办公室、人秘科，默认） / self 使用人自行 who issues it",
            },
        },
    },
)


@rule(
    "asset.issue.registration",
    check="asset.issue",
    agencies=[T, D, W, B],
    cites=[
        (f"{T}:5:7", "并做好入库出库登记"),
        (f"{T}:5:9.3", "人秘科与领用科室签写《固定资产领用单》"),
        (f"{D}:38:10", "一律由领取人签字、财产保管员登记后方可领取"),
        (f"{W}:43:5", "领取时必须进行登记"),
        (f"{B}:39:4", "领用办公用品须确认签字，综合科专人负责发放，并做好登记"),
    ],
)
def issue_registration(facts: Facts, ctx: RuleContext) -> Finding:
    """领用须签字、登记：通榆第七条 出入库登记、第九条（三）《固定资产领用单》；区局十 领取人签字、财产保管员登记后方可
    领取；文山第三十九条（五）办公耗材领取时必须登记；白城（四）领用确认签字、专人发放登记。"""
    item = facts["item"]
    if ctx.agency == T:
        cite = f"{T}:5:9.3" if item == "fixed_asset" else f"{T}:5:7"
        needed = ["recipient_signed"] if item == "fixed_asset" else ["registered"]
    elif ctx.agency == D:
        cite, needed = f"{D}:38:10", ["recipient_signed", "registered"]
    elif ctx.agency == W:
        cite, needed = f"{W}:43:5", ["registered"]
    else:
        cite, needed = f"{B}:39:4", ["recipient_signed", "registered"]
    zh = {"recipient_signed": "领取人签字", "registered": "登记"}
    missing = [k for k in needed if facts.get(k) is False]
    if missing:
        return ctx.finding(
            BLOCKED,
            "领用须" + "、".join(zh[m] for m in missing),
            "issuing needs: " + ", ".join(missing),
            trace=[f"缺少 {'、'.join(zh[m] for m in missing)}"],
            cites=[cite],
        )
    return ctx.finding(ALLOWED, "领用手续齐全", "issue recorded", cites=[cite])


@rule(
    "asset.issue.baicheng_39_11",
    check="asset.issue",
    agencies=[B],
    cites=[(f"{B}:39:11", "凡因特殊原因需提前更换或发放办公用品的，报请分管领导同意后由综合科负责进行更换或发放")],
)
def issue_baicheng(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城（十一）：墨盒、硒鼓由综合科统一更换；提前更换或发放的报请分管领导同意后由综合科办理。"""
    if facts.get("by") == "self":
        return ctx.finding(
            BLOCKED,
            "打印机、复印机墨盒硒鼓和办公用品由综合科统一更换发放",
            "cartridges and supplies are replaced by the general-affairs section",
        )
    if facts.get("early"):
        return need(ctx, ["deputy_in_charge"], "提前更换或发放办公用品", "early replacement")
    return ctx.finding(ALLOWED, "由综合科按期更换发放", "routine replacement by the section")


# ================================================================================== asset.dispose

ACTIONS = {
    "transfer_out": "调出",
    "dispose": "处置",
    "scrap": "报废",
    "write_off": "报损",
    "sell": "变卖",
    "transfer": "在科室、使用人之间调转",
    "lend": "外借",
    "lease": "出租",
    "swap": "使用部门之间自行调换、相互转让",
}
OUT_ACTIONS = {"transfer_out", "dispose", "scrap", "write_off", "sell"}

DISPOSE = check(
    "asset.dispose",
    "固定资产调出、处置、报废、变卖、调转、外借：须经谁批准",
    "Disposal, transfer, lending of fixed assets: who approves",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {
                "enum": list(ACTIONS),
                "description": "行为 action: " + " / ".join(f"{k} {v}" for k, v in ACTIONS.items()),
            },
            "value": described(MONEY, "资产价值（元） value of the asset(s), yuan"),
            "by_section_alone": described(FLAG, "是否科室或个人擅自处置（未报批） whether a section acts on its own"),
            "special_equipment": described(
                FLAG, "是否国家有报废规定的专项设备（如房屋、设施，文山） whether special equipment (buildings etc.)"
            ),
            "unusable": described(
                FLAG, "是否已超过使用年限确已失去效能或损坏无法修复（文山） whether it is worn out or irreparable"
            ),
            "large_scale": described(FLAG, "是否大型（大批）固定资产处置（白城） whether a large-scale disposal"),
            "proceeds_to": {
                "enum": ["treasury", "replacement_fund", "kept"],
                "description": "残值、变价收入去向：上交财政 / 重新购置专项资金 / 留存 where the proceeds go",
            },
        },
    },
)


@rule(
    "asset.dispose.tongyu_art9_5",
    check="asset.dispose",
    agencies=[T],
    cites=[
        (f"{T}:5:9.5", "必须严格按照相关文件规定审批办理，各科室不得擅自处置"),
        (f"{T}:2:4.7", "大额资产处置"),
    ],
    params=["asset.dispose.collective_from"],
)
def dispose_tongyu(facts: Facts, ctx: RuleContext) -> Finding | None:
    """通榆第九条（五）：调出、处置、报废、报损按相关文件审批，各科室不得擅自处置；《党组会议制度》四（七）大额资产处置
    由党组会决定（“大额”取第五条五千元）。审批人：文本只说“按相关文件规定审批”，读作与购置相同的分管副局长、局长
    （第九条（二）），大额的加党组会。"""
    action = facts["action"]
    if action not in OUT_ACTIONS:
        return None
    if facts.get("by_section_alone"):
        return ctx.finding(
            BLOCKED,
            "各科室不得擅自处置固定资产",
            "sections may not dispose of assets on their own",
            cites=[f"{T}:5:9.5"],
        )
    approvers = ["deputy_in_charge", "chief"]
    trace = []
    cites = [f"{T}:5:9.5"]
    extra = []
    if "value" in facts:
        value = money(facts["value"])
        limit: Decimal = ctx.param("asset.dispose.collective_from")
        hit = value >= limit
        trace.append(f"资产价值 {yuan(value)} {'≥' if hit else '<'} 大额起点 {yuan(limit)}（含本数）")
        extra.append(ctx.param_cited("asset.dispose.collective_from"))
        if hit:
            approvers.append("party_group_meeting")
            cites.append(f"{T}:2:4.7")
    return need(ctx, approvers, f"固定资产{ACTIONS[action]}", f"asset {action}", trace=trace, cites=cites, extra=extra)


@rule(
    "asset.dispose.wenshan",
    check="asset.dispose",
    agencies=[W],
    cites=[
        (f"{W}:44:3.3", "经规划财务科认可后,作报废处理"),
        (f"{W}:44:4.3", "由分管财务的局领导签字后报规划财务科备案"),
        (f"{W}:44:4.5", "未经局领导批准,任何人不得转让、外借、出租固定资产"),
        (f"{W}:43:7", "配发各科室的办公设备不得相互转让"),
    ],
    params=["asset.dispose.special_body"],
)
def dispose_wenshan(facts: Facts, ctx: RuleContext) -> Finding:
    """文山第四十条（三）3：一般固定资产超过年限失效或损坏无法修复的，经规划财务科认可报废；国家有报废规定的专项设备报
    局长办公会议或党组会议批准；（四）3 调转由分管财务的局领导签字后备案；（四）5 转让、外借、出租须局领导批准；
    第三十九条（七）科室间办公设备不得相互转让，调剂经分管领导同意。"""
    action = facts["action"]
    if action in ("scrap", "dispose", "write_off"):
        if facts.get("special_equipment"):
            body = ctx.param("asset.dispose.special_body")
            return need(
                ctx,
                ["finance_section", body],
                "国家有报废规定的专项设备报废",
                "scrapping special equipment",
                cites=[f"{W}:44:3.3"],
                extra=[ctx.param_cited("asset.dispose.special_body")],
            )
        if facts.get("unusable") is False:
            return ctx.finding(
                BLOCKED,
                "未超过使用年限、仍有效能或可以修复的固定资产不得报废",
                "only worn-out or irreparable assets may be scrapped",
                trace=["仍可使用"],
                cites=[f"{W}:44:3.3"],
            )
        return need(ctx, ["finance_section"], "一般固定资产报废", "scrapping an ordinary asset", cites=[f"{W}:44:3.3"])
    if action == "swap":
        if facts.get("by_section_alone"):
            return ctx.finding(
                BLOCKED,
                "配发各科室的办公设备不得相互转让",
                "sections may not pass equipment to each other",
                cites=[f"{W}:43:7"],
            )
        return need(
            ctx,
            ["deputy_in_charge"],
            "办公设备调剂使用（由规划财务科办理退回、领用登记）",
            "reallocation",
            cites=[f"{W}:43:7"],
        )
    if action == "transfer":
        return need(
            ctx,
            ["finance_deputy"],
            "固定资产转移（填写变动报告单，报规划财务科备案）",
            "asset transfer",
            cites=[f"{W}:44:4.3"],
        )
    if facts.get("by_section_alone"):
        return ctx.finding(
            BLOCKED,
            "未经局领导批准，任何人不得转让、外借、出租固定资产",
            "no transfer, lending or leasing without a bureau leader's approval",
            cites=[f"{W}:44:4.5"],
        )
    return need(ctx, ["leader"], f"固定资产{ACTIONS[action]}", f"asset {action}", cites=[f"{W}:44:4.5"])


@rule(
    "asset.dispose.district_part11",
    check="asset.dispose",
    agencies=[D],
    cites=[(f"{D}:38:11", "凡固定资产转移、变卖、报废,必须经局党组研究决定")],
)
def dispose_district(facts: Facts, ctx: RuleContext) -> Finding | None:
    """区局十一：固定资产转移、变卖、报废须经局党组研究决定，再由财产保管员登记注销，交财务科作帐务处理。"""
    if facts["action"] not in OUT_ACTIONS | {"transfer", "swap"}:
        return None
    if facts.get("by_section_alone"):
        return ctx.finding(BLOCKED, "固定资产转移、变卖、报废须先经局党组研究决定", "the party group must decide first")
    return need(
        ctx, ["party_group_meeting"], f"固定资产{ACTIONS[facts['action']]}（随后登记注销、帐务处理）", "asset disposal"
    )


@rule(
    "asset.dispose.baicheng",
    check="asset.dispose",
    agencies=[B],
    cites=[
        (f"{B}:18:5.3", "不得以任何借口私自出借固定资产"),
        (f"{B}:18:5.4", "资产使用部门之间不得自行调换固定资产"),
        (f"{B}:18:5.5", "未经批准不得擅自处置固定资产"),
        (f"{B}:18:5.6", "残值变价收入一律上交市财政"),
        (f"{B}:40:9", "未经单位领导许可任何人不得将办公设备借与他人使用"),
        (f"{B}:4:4.3", "各类大型（大批）固定资产购置和处置"),
        (f"{B}:30:2.6", "需经过综合科鉴定，严格履行资产处置报批手续"),
    ],
    params=["asset.dispose.collective_from"],
)
def dispose_baicheng(facts: Facts, ctx: RuleContext) -> Finding | list[Finding]:
    """白城《财务管理制度》五（三）至（六）：不得私自出借；由综合科统一调拨，部门之间不得自行调换；未经批准不得擅自处置；
    残值变价收入一律上交市财政。《办公设备使用管理》（九）借与他人须单位领导许可。《“三重一大”》四(三) 大型（大批）
    处置由党组决定（大额取四(四) 2 万元）。"""
    action = facts["action"]
    alone = bool(facts.get("by_section_alone"))
    if action == "lend":
        if alone:
            return ctx.finding(BLOCKED, "不得私自出借固定资产（包括车辆）", "no private lending", cites=[f"{B}:18:5.3"])
        return need(ctx, ["leader"], "办公设备借与他人使用", "lending equipment", cites=[f"{B}:40:9"])
    if action in ("swap", "transfer"):
        if alone or action == "swap":
            return ctx.finding(
                BLOCKED,
                "固定资产由综合科统一调拨，使用部门之间不得自行调换",
                "only the general-affairs section reallocates assets",
                cites=[f"{B}:18:5.4"],
            )
        return need(ctx, ["office"], "固定资产调拨（由综合科统一办理）", "reallocation", cites=[f"{B}:18:5.4"])
    if alone:
        return ctx.finding(
            BLOCKED, "未经批准不得擅自处置固定资产", "no disposal without approval", cites=[f"{B}:18:5.5"]
        )
    out: list[Finding] = []
    if facts.get("proceeds_to") in ("kept", "replacement_fund"):
        out.append(
            ctx.finding(
                BLOCKED,
                "残值变价收入一律上交市财政，严禁作为“小金库”或挪做他用",
                "proceeds go to the municipal treasury",
                trace=[f"收入去向：{facts['proceeds_to']}"],
                cites=[f"{B}:18:5.6"],
            )
        )
    approvers = ["deputy_in_charge"]
    trace = []
    cites = [f"{B}:18:5.5"]
    extra = []
    if "value" in facts:
        value = money(facts["value"])
        limit: Decimal = ctx.param("asset.dispose.collective_from")
        hit = value >= limit
        trace.append(f"资产价值 {yuan(value)} {'≥' if hit else '<'} 大额起点 {yuan(limit)}（含本数）")
        extra.append(ctx.param_cited("asset.dispose.collective_from"))
    else:
        hit = False
    if hit or facts.get("large_scale"):
        approvers.append("party_group_meeting")
        cites.append(f"{B}:4:4.3")
    out.append(
        need(ctx, approvers, f"固定资产{ACTIONS[action]}", f"asset {action}", trace=trace, cites=cites, extra=extra)
    )
    return out


# ================================================================================== asset.clearance

CLEARANCE = check(
    "asset.clearance",
    "人员调离、退休或保管人变更时的资产交还与移交",
    "Returning and handing over assets when staff leave, retire or custodians change",
    {
        "type": "object",
        "required": ["event"],
        "additionalProperties": False,
        "properties": {
            "event": {
                "enum": ["transfer_out", "retire", "custodian_change", "section_head_change"],
                "description": "事由：调离 / 退休 / 保管人（责任人）变更 / 科室负责人岗位变动 event",
            },
            "unreturned_items": described(COUNT, "未交还的配发物品件数 items not yet returned"),
            "handover_done": described(FLAG, "是否已办理移交（交接）手续 whether the handover is done"),
            "damaged": described(FLAG, "交接时设备是否有损坏（白城） whether the device is damaged at handover"),
        },
    },
)


@rule(
    "asset.clearance.tongyu_art9_3",
    check="asset.clearance",
    agencies=[T],
    cites=[(f"{T}:5:9.3", "固定资产保管人退休或调离时要及时办理固定资产移交手续")],
)
def clearance_tongyu(facts: Facts, ctx: RuleContext) -> Finding:
    """通榆第九条（三）：固定资产保管人退休或调离时要及时办理移交手续。"""
    if facts.get("handover_done") is False or facts.get("unreturned_items", 0) > 0:
        return ctx.finding(
            BLOCKED,
            "保管人退休或调离须办理固定资产移交手续",
            "the custodian must hand the assets over",
            trace=["移交：未办理"],
        )
    return ctx.finding(ALLOWED, "固定资产已移交", "assets handed over")


@rule(
    "asset.clearance.wenshan_44_4_4",
    check="asset.clearance",
    agencies=[W],
    cites=[
        (f"{W}:44:4.4", "不办理归还手续的,不得办理相关离岗手续,退休的要在每月工资中扣除不交出保管物品的价值"),
        (f"{W}:43:7", "管理责任人因工作需要调动的,须办理物资移交或交回规划财务科的手续"),
    ],
)
def clearance_wenshan(facts: Facts, ctx: RuleContext) -> Finding:
    """文山第四十条（四）4：科室负责人岗位变动清点移交；职工调出或退休须归还保管物品，否则不得办理离岗手续，退休的从每月
    工资中扣除未交物品价值；第三十九条（七）管理责任人调动须移交或交回。"""
    n = int(facts.get("unreturned_items", 0))
    if n > 0 or facts.get("handover_done") is False:
        zh = "未办理归还（移交）手续，不得办理相关离岗手续"
        if facts["event"] == "retire":
            zh += "；退休的从每月工资中扣除不交出物品的价值"
        return ctx.finding(BLOCKED, zh, "items not returned: exit procedures are withheld", trace=[f"未交还 {n} 件"])
    return ctx.finding(ALLOWED, "物品已归还、移交", "items returned", trace=["未交还 0 件"])


@rule(
    "asset.clearance.baicheng",
    check="asset.clearance",
    agencies=[B],
    cites=[
        (f"{B}:18:5.3", "固定资产使用人或责任人调离原岗位时，须交还原配发公物，否则不予办理调离手续"),
        (f"{B}:39:6", "人员调动或离退休后应自觉交清个人经管使用的办公用品"),
        (f"{B}:40:3", "应到综合科办理交接手续，设备确认无损坏后，完成责任变更"),
    ],
)
def clearance_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城五（三）：调离须交还配发公物，否则不予办理调离手续；办公用品（六）调动离退休交清；办公设备（三）责任人变更到
    综合科交接，确认无损坏后完成责任变更。"""
    if facts["event"] == "custodian_change":
        if facts.get("damaged"):
            return ctx.finding(
                BLOCKED,
                "设备有损坏，确认无损坏前不能完成责任变更",
                "the device is damaged: responsibility cannot pass yet",
                trace=["设备：有损坏"],
                cites=[f"{B}:40:3"],
            )
        if facts.get("handover_done") is False:
            return ctx.finding(
                BLOCKED,
                "须到综合科办理交接手续",
                "hand over at the general-affairs section",
                cites=[f"{B}:40:3"],
            )
        return ctx.finding(ALLOWED, "交接完成、设备无损坏", "handed over undamaged", cites=[f"{B}:40:3"])
    n = int(facts.get("unreturned_items", 0))
    if n > 0:
        return ctx.finding(
            BLOCKED,
            "须交还原配发公物和办公用品，否则不予办理调离手续",
            "return issued items first; no transfer procedures until then",
            trace=[f"未交还 {n} 件"],
            cites=[f"{B}:18:5.3", f"{B}:39:6"],
        )
    return ctx.finding(ALLOWED, "配发公物已交还", "issued items returned", trace=["未交还 0 件"], cites=[f"{B}:18:5.3"])


# ================================================================================== asset.stocktake

STOCKTAKE = check(
    "asset.stocktake",
    "固定资产年度清查盘点（白城另有非易耗品每月检查）是否按时",
    "Is the annual fixed-asset count (and Baicheng's monthly check of durables) done in time",
    {
        "type": "object",
        "required": ["year", "counts"],
        "additionalProperties": False,
        "properties": {
            "year": {"type": "integer", "minimum": 2000, "maximum": 2100, "description": "年度 year"},
            "month": {"type": "integer", "minimum": 1, "maximum": 12, "description": "月份（每月检查时） month"},
            "scope": {
                "enum": ["fixed_assets", "non_consumables"],
                "description": "fixed_assets 固定资产年度清查（默认） / non_consumables 非易耗品每月检查（白城）",
            },
            "counts": described(COUNT, "该期间已完成的全面清查次数 full counts done in the period"),
        },
    },
)


@rule(
    "asset.stocktake.annual",
    check="asset.stocktake",
    agencies=[T, W, D, B],
    cites=[],
)
def stocktake_annual(facts: Facts, ctx: RuleContext) -> Finding | None:
    """各单位每年对固定资产进行一次全面清查盘点（通榆 年末；文山 年终 1 次；区局 每年一次；白城 每年一次）；
    白城非易耗品每月检查（参数 asset.stocktake.annual.monthly_scope）。期间结束仍未清查即为逾期。"""
    scope = facts.get("scope", "fixed_assets")
    year = int(facts["year"])
    if scope == "non_consumables":
        if not ctx.param_or("asset.stocktake.annual.monthly", False):
            return None
        month = int(facts.get("month", ctx.on.month))
        end = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
        name = "asset.stocktake.annual.monthly"
        what = f"{year}年{month}月非易耗品检查"
    else:
        end = dt.date(year, 12, 31)
        name = "asset.stocktake.annual"
        what = f"{year}年度固定资产清查盘点"
    need_n: int = ctx.param(name)
    done = int(facts["counts"])
    trace = [
        f"{what}：已完成 {done} 次 {'≥' if done >= need_n else '<'} {need_n} 次；期末 {iso(end)}，评估日 {iso(ctx.on)}"
    ]
    extra = [ctx.param_cited(name)]
    if done >= need_n:
        return ctx.finding(ALLOWED, f"{what}已完成", f"{what}: done", trace=trace, extra=extra)
    if ctx.on > end:
        return ctx.finding(BLOCKED, f"{what}逾期未完成", f"{what}: overdue", trace=trace, extra=extra)
    return ctx.finding(
        WARNING,
        f"{what}尚未完成（期末 {iso(end)}）",
        f"{what}: due by {iso(end)}",
        trace=trace,
        extra=extra,
    )


# ================================================================================== software

SOFTWARE_TYPES = ["commercial", "oem", "free"]
SW_TYPE_DESC = "软件类型 software type: commercial 商业软件 / oem 随机预装（OEM）软件 / free 免费软件"

CONFIGURE = check(
    "software.configure",
    "软件配置：能否配置该软件（正版、与工作相关、免费软件清单、采购合同要素、年度预算）",
    "Software configuration: may this software be configured (licensed, work-related, free list, contract terms)",
    {
        "type": "object",
        "required": ["software_type"],
        "additionalProperties": False,
        "properties": {
            "software_type": {"enum": SOFTWARE_TYPES, "description": SW_TYPE_DESC},
            "genuine": described(FLAG, "是否正版（默认是） whether the copy is genuine (default yes)"),
            "work_related": described(FLAG, "是否工作所需（默认是） whether it is needed for work (default yes)"),
            "entertainment": described(FLAG, "是否游戏或娱乐性软件 whether it is a game or entertainment software"),
            "on_free_list": described(
                FLAG, "免费软件是否已列入《可使用免费软件清单》 whether on the allowed-free list"
            ),
            "licence_mode": {
                "enum": ["site", "per_seat", "oem", "free"],
                "description": "授权方式：site 场地授权 / per_seat 按套 / oem 预装 / free 免费 licensing mode",
            },
            "contract_terms": {
                "type": "array",
                "uniqueItems": True,
                "items": {
                    "enum": [
                        "name",
                        "version",
                        "licence_mode",
                        "licence_quantity",
                        "serial_numbers",
                        "service_life",
                        "compatibility",
                        "after_sales",
                    ]
                },
                "description": "采购合同已写明的要素 contract terms stated: name 名称 / version 版本 / "
                "licence_mode 授权方式 / licence_quantity 许可数量 / serial_numbers 安装序列号 / "
                "service_life 使用年限 / compatibility 兼容性 / after_sales 售后服务（未提供则不审查）",
            },
        },
    },
)

CONTRACT_TERMS = [
    "name",
    "version",
    "licence_mode",
    "licence_quantity",
    "serial_numbers",
    "service_life",
    "compatibility",
    "after_sales",
]


@rule(
    "software.configure.baicheng_30",
    check="software.configure",
    agencies=[B],
    cites=[
        (f"{B}:30:1.1", "不得配置非正版软件"),
        (f"{B}:30:1.2", "不得配置与工作无关的各类软件。优先采用场地授权（许可）方式配置软件"),
        (f"{B}:30:2.2", "涉及使用免费软件的，更新《可使用免费软件清单》"),
        (
            f"{B}:30:2.4",
            "软件采购合同要明确软件名称、版本、授权方式、许可数量、软件安装序列号等资料的管理工作和使用年限",
        ),
        (f"{B}:40:7", "禁止在计算机中安装游戏及娱乐性软件"),
    ],
)
def configure_baicheng(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城《软件配置管理》（一）正版、与工作相关、优先场地授权；（二）2 免费软件须经综合科测试后列入清单；（二）4 合同
    要素；《办公设备使用管理》（七）禁止安装游戏及娱乐性软件。"""
    out: list[Finding] = []
    if facts.get("genuine") is False:
        out.append(ctx.finding(BLOCKED, "不得配置非正版软件", "no unlicensed software", cites=[f"{B}:30:1.1"]))
    if facts.get("entertainment"):
        out.append(ctx.finding(BLOCKED, "禁止在计算机中安装游戏及娱乐性软件", "no games", cites=[f"{B}:40:7"]))
    if facts.get("work_related") is False:
        out.append(
            ctx.finding(BLOCKED, "不得配置与工作无关的软件", "no software unrelated to work", cites=[f"{B}:30:1.2"])
        )
    if out:
        return out
    if facts["software_type"] == "free" and facts.get("on_free_list") is False:
        out.append(
            need(
                ctx,
                ["office"],
                "免费软件未列入《可使用免费软件清单》，须综合科测试选型并更新清单",
                "free software not on the allowed list",
                cites=[f"{B}:30:2.2"],
            )
        )
    if facts["software_type"] == "commercial" and "contract_terms" in facts:
        missing = [t for t in CONTRACT_TERMS if t not in facts["contract_terms"]]
        if missing:
            out.append(
                ctx.finding(
                    BLOCKED,
                    "软件采购合同未写明：" + "、".join(missing),
                    "the contract lacks: " + ", ".join(missing),
                    trace=[f"缺少 {len(missing)} 项合同要素"],
                    cites=[f"{B}:30:2.4"],
                )
            )
    if facts.get("licence_mode") == "per_seat":
        out.append(
            ctx.finding(
                WARNING,
                "优先采用场地授权（许可）方式配置软件",
                "site licences are preferred",
                cites=[f"{B}:30:1.2"],
            )
        )
    return out or [ctx.finding(ALLOWED, "可以配置", "may be configured", cites=[f"{B}:30:1.1"])]


INSTALL = check(
    "software.install",
    "软件安装、卸载、升级：能否进行、须经谁同意、完成后须做什么",
    "Installing, uninstalling or upgrading software: may it be done, who agrees, what must follow",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {"enum": ["install", "uninstall", "upgrade"], "description": "安装 / 卸载 / 升级 action"},
            "by": {
                "enum": ["self", "office_staff"],
                "description": "由谁操作：self 机关人员自行 / office_staff 综合科安排的人员（默认） who does it",
            },
            "unified": described(FLAG, "是否办内统一部署 whether it is an office-wide deployment"),
            "application_form": described(
                FLAG, "是否已填写《软件安装维护申请表》 whether the application form is filed"
            ),
            "approved": described(FLAG, "申请是否已审核同意 whether the application was approved"),
            "software_type": {"enum": SOFTWARE_TYPES, "description": SW_TYPE_DESC},
            "genuine": described(FLAG, "是否正版（默认是） genuine copy"),
            "entertainment": described(FLAG, "是否游戏或娱乐性软件 game or entertainment software"),
            "done": described(FLAG, "是否已完成操作（审查事后手续） whether the work is done (checks the follow-up)"),
            "confirmation_signed": described(FLAG, "《软件安装维护确认单》是否已签字 confirmation form signed"),
            "log_updated": described(FLAG, "《软件安装维护情况明细表》是否已登记 installation log updated"),
        },
    },
)


@rule(
    "software.install.baicheng_32",
    check="software.install",
    agencies=[B],
    cites=[
        (f"{B}:32:1.1", "机关人员不得私自在计算机上安装或卸载软件"),
        (f"{B}:32:1.2", "要填写《软件安装维护申请表》，经审核同意后，由综合科安排相关人员负责软件安装或卸载工作"),
        (f"{B}:32:1.3", "机关人员无须填写《软件安装维护申请表》"),
        (f"{B}:32:1.4", "填写《软件安装维护确认单》，要求签字确认软件安装或卸载情况"),
        (f"{B}:32:2.1", "机关人员不得私自升级计算机上已安装的商业软件"),
        (f"{B}:32:2.5", "分别填写升"),
        (f"{B}:30:1.1", "不得配置非正版软件"),
        (f"{B}:40:7", "禁止在计算机中安装游戏及娱乐性软件"),
    ],
)
def install_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《软件安装维护管理》（一）（二）：不得私自安装、卸载、升级；个人需要的填申请表经审核同意后由综合科安排；统一部署的
    无须申请表；完成后填确认单签字并登记明细表（升级分别登记卸载和安装）。审核人文本未写明（“经审核同意”），读作综合科。"""
    action = facts["action"]
    upgrade = action == "upgrade"
    if facts.get("by") == "self":
        cite = f"{B}:32:2.1" if upgrade else f"{B}:32:1.1"
        return ctx.finding(
            BLOCKED,
            "机关人员不得私自" + ("升级已安装的商业软件" if upgrade else "在计算机上安装或卸载软件"),
            "staff may not install, uninstall or upgrade software themselves",
            cites=[cite],
        )
    if action == "install" and facts.get("genuine") is False:
        return ctx.finding(BLOCKED, "不得安装非正版软件", "no unlicensed software", cites=[f"{B}:30:1.1"])
    if action == "install" and facts.get("entertainment"):
        return ctx.finding(BLOCKED, "禁止安装游戏及娱乐性软件", "no games", cites=[f"{B}:40:7"])
    if facts.get("done"):
        missing = [
            z
            for k, z in (
                ("confirmation_signed", "《软件安装维护确认单》签字"),
                ("log_updated", "《软件安装维护情况明细表》登记"),
            )
            if not facts.get(k)
        ]
        cites = [f"{B}:32:1.4"] + ([f"{B}:32:2.5"] if upgrade else [])
        if missing:
            return ctx.finding(
                BLOCKED,
                "完成后须补齐：" + "、".join(missing) + ("（升级分别登记卸载和安装）" if upgrade else ""),
                "follow-up missing: confirmation and/or log",
                trace=missing,
                cites=cites,
            )
        return ctx.finding(ALLOWED, "确认单已签字、明细表已登记", "confirmed and logged", cites=cites)
    if facts.get("unified"):
        return ctx.finding(
            ALLOWED,
            "办内统一部署，无须填写申请表",
            "office-wide deployment: no application needed",
            cites=[f"{B}:32:1.3"],
        )
    if facts.get("application_form") is False:
        return ctx.finding(
            BLOCKED,
            "须填写《软件安装维护申请表》",
            "file the software installation form",
            cites=[f"{B}:32:1.2"],
        )
    if facts.get("approved"):
        return ctx.finding(ALLOWED, "申请已审核同意，由综合科安排人员操作", "approved", cites=[f"{B}:32:1.2"])
    return need(
        ctx, ["office"], "个人工作需要安装、卸载或升级软件", "individual software request", cites=[f"{B}:32:1.2"]
    )


SCRAP = check(
    "software.scrap",
    "单位采购的软件能否申请报废",
    "May purchased software be scrapped",
    {
        "type": "object",
        "required": ["reached_min_life", "usable"],
        "additionalProperties": False,
        "properties": {
            "reached_min_life": described(
                FLAG, "是否已达到规定的最低使用年限 whether the minimum service life is reached"
            ),
            "usable": described(FLAG, "能否继续使用 whether it can still be used"),
            "reason": {
                "enum": ["worn_out", "tech_progress", "hardware_scrapped"],
                "description": "无法使用的原因：worn_out 其他 / tech_progress 技术进步 / "
                "hardware_scrapped 计算机硬件报废",
            },
            "can_migrate": described(FLAG, "能否迁移到其他计算机继续使用 whether it can move to another computer"),
            "appraised": described(FLAG, "是否已经综合科鉴定 whether appraised by the general-affairs section"),
        },
    },
)


@rule(
    "software.scrap.baicheng_30_2_6",
    check="software.scrap",
    agencies=[B],
    cites=[
        (f"{B}:30:2.6", "需经过综合科鉴定，严格履行资产处置报批手续"),
        (f"{B}:30:2.6.1", "已经达到规定的最低使用年限，且无法继续使用的"),
        (f"{B}:30:2.6.2", "未达到规定的最低使用年限，因技术进步等原因无法继续使用的"),
        (f"{B}:30:2.6.3", "因计算机硬件报废，且无法迁移到其他计算机上继续使用的"),
    ],
)
def scrap_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《软件配置管理》（二）6：三种情形之一方可申请报废，经综合科鉴定并履行资产处置报批手续。"""
    reached, usable, reason = facts["reached_min_life"], facts["usable"], facts.get("reason")
    if reached and not usable:
        case = f"{B}:30:2.6.1"
    elif not reached and not usable and reason == "tech_progress":
        case = f"{B}:30:2.6.2"
    elif not reached and reason == "hardware_scrapped" and facts.get("can_migrate") is False:
        case = f"{B}:30:2.6.3"
    else:
        return ctx.finding(
            BLOCKED,
            "不属于可申请报废的三种情形",
            "none of the three grounds for scrapping applies",
            trace=[
                f"已达最低年限：{'是' if reached else '否'}；可继续使用：{'是' if usable else '否'}；"
                f"原因：{reason or '未说明'}"
            ],
            cites=[f"{B}:30:2.6"],
        )
    approvers = ["deputy_in_charge"] if facts.get("appraised") else ["office", "deputy_in_charge"]
    return need(
        ctx, approvers, "软件报废（综合科鉴定、资产处置报批）", "software scrapping", cites=[f"{B}:30:2.6", case]
    )


LEDGER_FIELDS = [
    "version",
    "purchase_date",
    "purchase_amount",
    "licence_type",
    "licence_quantity",
    "usable_versions",
    "licence_term",
    "serial_number",
]
FIELD_ZH = {
    "version": "软件版本",
    "purchase_date": "采购时间",
    "purchase_amount": "采购金额",
    "licence_type": "许可类型",
    "licence_quantity": "许可数量",
    "usable_versions": "可使用版本",
    "licence_term": "许可期限",
    "serial_number": "序列号",
}

ENTRY = check(
    "software.ledger_entry",
    "《软件使用情况汇总表》登记：哪些栏目不应填写",
    "Software summary ledger entry: which fields must be left blank",
    {
        "type": "object",
        "required": ["software_type", "filled"],
        "additionalProperties": False,
        "properties": {
            "software_type": {"enum": SOFTWARE_TYPES, "description": SW_TYPE_DESC},
            "acquired_by": {
                "enum": ["purchase", "donation", "reallocation"],
                "description": "取得方式：purchase 采购（默认） / donation 受赠 / reallocation 调剂 "
                "how it was acquired",
            },
            "filled": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": LEDGER_FIELDS},
                "description": "已填写的栏目 fields filled in: " + " / ".join(f"{k} {v}" for k, v in FIELD_ZH.items()),
            },
        },
    },
)


@rule(
    "software.ledger_entry.baicheng_31_1",
    check="software.ledger_entry",
    agencies=[B],
    cites=[
        (f"{B}:31:1.3", "通过受赠、调剂等方式获得的商业软件，不填写采购时间、采购金额"),
        (f"{B}:31:1.4", "OEM 软件，不填写采购时间、采购金额"),
        (f"{B}:31:1.7", "免费软件，不填写软件版本、采购时间、采购金额"),
    ],
)
def ledger_entry_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《软件台账管理》（一）3、4、7：受赠/调剂的商业软件不填采购时间、金额；OEM 软件不填采购和许可各栏；免费软件
    不填版本、采购和许可各栏。"""
    kind = facts["software_type"]
    if kind == "commercial":
        blank = ["purchase_date", "purchase_amount"] if facts.get("acquired_by", "purchase") != "purchase" else []
        cite = f"{B}:31:1.3"
    elif kind == "oem":
        blank, cite = LEDGER_FIELDS[1:], f"{B}:31:1.4"
    else:
        blank, cite = list(LEDGER_FIELDS), f"{B}:31:1.7"
    wrong = [f for f in facts["filled"] if f in blank]
    if wrong:
        return ctx.finding(
            BLOCKED,
            "以下栏目不应填写：" + "、".join(FIELD_ZH[f] for f in wrong),
            "these fields must be blank: " + ", ".join(wrong),
            trace=[f"应空栏目 {len(blank)} 项，已填 {len(wrong)} 项"],
            cites=[cite],
        )
    return ctx.finding(
        ALLOWED,
        "登记栏目符合要求",
        "entry fields are correct",
        trace=[f"应空栏目 {len(blank)} 项"],
        cites=[cite],
    )


_ENTRY_OBJ: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 200, "description": "软件名称 name"},
        **{f: {"type": ["string", "number"], "description": f"{FIELD_ZH[f]} {f}"} for f in LEDGER_FIELDS},
    },
    "description": "一条软件记录 one software record",
}

SAME = check(
    "software.same_number",
    "两条软件记录能否使用同一软件编号",
    "May two software records share one software number",
    {
        "type": "object",
        "required": ["software_type", "a", "b"],
        "additionalProperties": False,
        "properties": {
            "software_type": {"enum": SOFTWARE_TYPES, "description": SW_TYPE_DESC},
            "a": _ENTRY_OBJ,
            "b": _ENTRY_OBJ,
        },
    },
)


@rule(
    "software.same_number.baicheng_31_1",
    check="software.same_number",
    agencies=[B],
    cites=[
        (f"{B}:31:1.1", "软件名称或软件版本不同的商业软件，使用不同的软件编号"),
        (f"{B}:31:1.2", "任一不相同的，使用不同的软件编号"),
        (f"{B}:31:1.4", "软件名称或软件版本不同的 OEM 软件，使用不同的软件编号"),
        (f"{B}:31:1.5", "软件名称不同的免费软件，使用不同的软件编号"),
        (f"{B}:31:1.6", "软件名称相同、软件版本不同的免费软件，使用相同的软件编号"),
    ],
)
def same_number_baicheng(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《软件台账管理》（一）1、2、4、5、6：商业软件名称、版本或采购时间、金额、许可类型、数量、可用版本、期限、
    序列号任一不同即不同编号；OEM 软件名称或版本不同即不同编号；免费软件只看名称（版本不同仍同一编号）。"""
    kind = facts["software_type"]
    a, b = facts["a"], facts["b"]
    if kind == "commercial":
        keys, cites = ["name", *LEDGER_FIELDS], [f"{B}:31:1.1", f"{B}:31:1.2"]
    elif kind == "oem":
        keys, cites = ["name", "version"], [f"{B}:31:1.4"]
    else:
        keys, cites = ["name"], [f"{B}:31:1.5", f"{B}:31:1.6"]
    differ = [k for k in keys if str(a.get(k, "")) != str(b.get(k, ""))]
    if differ:
        return ctx.finding(
            BLOCKED,
            "须使用不同的软件编号（不同项：" + "、".join(FIELD_ZH.get(k, "软件名称") for k in differ) + "）",
            "different software numbers are required (" + ", ".join(differ) + " differ)",
            trace=[f"比较 {len(keys)} 项，不同 {len(differ)} 项"],
            cites=cites,
        )
    return ctx.finding(
        ALLOWED,
        "可使用同一软件编号",
        "the same software number applies",
        trace=[f"比较 {len(keys)} 项，均相同"],
        cites=cites,
    )


LEDGER_EVENTS = [
    "commercial_added",
    "commercial_disposed",
    "computer_added",
    "computer_disposed",
    "free_list_changed",
    "installed",
    "uninstalled",
    "upgraded",
]

UPDATE = check(
    "software.ledger_update",
    "软件台账是否按时更新（事件触发与每半年更新）",
    "Is the software ledger up to date (event-triggered updates and the half-yearly update)",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "events": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": LEDGER_EVENTS},
                "description": "已发生的事件 events: commercial_added 新增商业软件 / "
                "commercial_disposed 处置商业软件 / "
                "computer_added 新增计算机 / computer_disposed 处置计算机 / free_list_changed 调整免费软件清单 / "
                "installed 安装 / uninstalled 卸载 / upgraded 升级",
            },
            "summary_updated": described(
                FLAG, "事件后是否已更新《软件使用情况汇总表》 summary table updated after the events"
            ),
            "install_log_updated": described(
                FLAG, "是否已更新相应软件的《软件安装维护情况明细表》 installation log updated after the events"
            ),
            "last_summary_update": described(DATE, "上次更新汇总表的日期 last update of the summary table"),
            "last_detail_update": described(DATE, "上次更新明细表的日期 last update of the detail table"),
        },
    },
)


@rule(
    "software.ledger_update.baicheng_31",
    check="software.ledger_update",
    agencies=[B],
    cites=[
        (f"{B}:31:1.7", "新增、处置商业软件后，更新《软件使用情况汇总表》"),
        (f"{B}:31:2.2", "至少每半年更新《软件使用情况明细表》一次"),
        (f"{B}:31:3.4", "在计算机办公设备中安装或卸载软件后，更新相应软件的《软件安装维护情况明细表》"),
        (f"{B}:32:3", "综合科相关人员每半年根据《软件安装维护情况明细表》"),
    ],
    params=["software.ledger_update.interval"],
)
def ledger_update_baicheng(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """白城《软件台账管理》（一）7：新增处置商业软件或计算机、调整免费软件清单后更新汇总表，至少每半年更新一次；（二）2
    明细表至少每半年更新；（三）4、5 安装、卸载、升级后更新明细表；《软件安装维护管理》（三）每半年更新。"""
    out: list[Finding] = []
    events = set(facts.get("events", []))
    summary_events = events & {
        "commercial_added",
        "commercial_disposed",
        "computer_added",
        "computer_disposed",
        "free_list_changed",
    }
    if summary_events and facts.get("summary_updated") is False:
        out.append(
            ctx.finding(
                BLOCKED,
                "发生软件或计算机增减、免费软件清单调整后须更新《软件使用情况汇总表》",
                "update the summary table after the events",
                trace=[f"事件：{'、'.join(sorted(summary_events))}"],
                cites=[f"{B}:31:1.7"],
            )
        )
    if events & {"installed", "uninstalled", "upgraded"} and facts.get("install_log_updated") is False:
        out.append(
            ctx.finding(
                BLOCKED,
                "安装、卸载或升级后须更新《软件安装维护情况明细表》",
                "update the installation log",
                cites=[f"{B}:31:3.4"],
            )
        )
    months: int = ctx.param("software.ledger_update.interval")
    for key, label in (("last_summary_update", "汇总表"), ("last_detail_update", "明细表")):
        if key not in facts:
            continue
        dl = ctx.deadline(
            day(facts[key]), months, "months", f"《软件使用情况{label}》下次更新", f"next {key}", roll=False
        )
        late = ctx.on > dl.date
        out.append(
            ctx.finding(
                BLOCKED if late else ALLOWED,
                f"{label}{'已超过' if late else '未超过'}半年未更新（应于 {iso(dl.date)} 前更新）",
                f"{key}: {'overdue' if late else 'current'} (due {iso(dl.date)})",
                trace=[f"上次 {facts[key]} + {months} 个月 = {iso(dl.date)}；评估日 {iso(ctx.on)}"],
                cites=[f"{B}:31:2.2", f"{B}:32:3"],
                deadlines=[dl],
                extra=[ctx.param_cited("software.ledger_update.interval")],
            )
        )
    return out or [ctx.finding(ALLOWED, "软件台账无待更新事项", "nothing to update", cites=[f"{B}:31:1.7"])]
