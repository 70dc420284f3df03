"""Official travel (差旅): who approves a trip, ad-hoc trips, and when and how a travel claim is paid.

Implements:
- 文山 第三十八条 差旅费管理制度 (wenshan-hrss:42, S001-68): (一) 事前审批，《因公外出审批单》的内容，临时决定外出的
  回单位后2个工作日内补办; (二) 处级干部 → 主要领导, 科室负责人 → 分管局领导提出意见、主要领导批准, 一般人员 → 分管
  局领导, 多人出差的以职务高者为准; (四) 回单位后1周内报帐、无故逾期取消报销资格, 凭《审批单》和单据, 办公室审核 →
  规划财务科复核 → 领导签字, 公务卡垫付、不得向基层转嫁费用. (三) 报销标准 refers to 文财行〔2014〕92号, a table
  the seed does not contain, so no rate is encoded.
- 白城 《公务接待制度》 21、22 (baicheng-fupin:19, S003-19): the office's own travellers — one working meal
  from the host at most, other meals and vehicles paid for at the standard, 《出差人员用餐用车情况表》 before leaving,
  receipts kept as reimbursement attachments.

Catalog vs seed: the catalog reads "1周" as 7 calendar days ("assumption"); the parameter keeps that reading and
says why. Travel approval chains in the finance 制度 of other agencies (通榆 第六条, 白城 (四)) belong to finance.*.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..helpers import COUNT, DATE, FLAG, day, iso
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Finding
from ..registry import RuleContext, check, rule

WENSHAN, BAICHENG = "wenshan-hrss", "baicheng-fupin"

RANKS = ["division_level", "section_head", "staff"]  # 处级干部 / 科室负责人 / 一般人员, highest first
RANK_ZH = {"division_level": "处级干部", "section_head": "科室负责人", "staff": "一般人员"}
FORM_FIELDS = ["matter", "duration", "headcount", "vehicle", "approver"]
FORM_FIELD_ZH = {
    "matter": "因公外出事项",
    "duration": "时限",
    "headcount": "人数",
    "vehicle": "车辆安排",
    "approver": "出差审批人",
}
_PAY_ZH = {"official_card": "公务卡", "cash": "现金"}
SIGNERS = ["office", "finance_section", "finance_deputy", "deputy_in_charge", "chief"]
ROLE_ZH = {
    "chief": "主要领导",
    "deputy_in_charge": "分管局领导",
    "finance_deputy": "分管财务的局领导",
    "office": "办公室",
    "finance_section": "规划财务科",
}

REQUEST = check(
    "travel.request",
    "因公外出（出差）审批",
    "Approval of an official trip",
    {
        "type": "object",
        "required": ["travellers"],
        "additionalProperties": False,
        "properties": {
            "travellers": {
                "type": "array",
                "minItems": 1,
                "maxItems": 200,
                "items": {"enum": RANKS},
                "description": (
                    "出差人员的职务（每人一项）：处级干部 / 科室负责人 / 一般人员 "
                    "rank of each traveller: division-level cadre, section head, ordinary staff"
                ),
            },
            "approved": {**FLAG, "description": "是否已事先获得批准 whether the trip was approved beforehand"},
            "ad_hoc": {
                **FLAG,
                "description": "是否因公临时决定外出（事后补办手续） whether the trip was decided at short notice",
            },
            "return_date": {**DATE, "description": "回单位日期 date of return to the office"},
            "formalities_done_on": {
                **DATE,
                "description": "补办审批手续的日期 date the approval formalities were completed afterwards",
            },
            "form_fields": {
                "type": "array",
                "items": {"enum": FORM_FIELDS},
                "uniqueItems": True,
                "description": (
                    "《因公外出审批单》已填写的内容：事项、时限、人数、车辆安排、审批人 "
                    "fields filled in on the approval form"
                ),
            },
        },
    },
)

CLAIM = check(
    "travel.claim",
    "差旅费报销（时限、审批单、公务卡、签批）",
    "Travel expense claim (time limit, approval form, official card, sign-off)",
    {
        "type": "object",
        "required": ["return_date", "claim_date"],
        "additionalProperties": False,
        "properties": {
            "return_date": {**DATE, "description": "回单位日期 date of return to the office"},
            "claim_date": {**DATE, "description": "办理报帐手续的日期 date the claim is filed"},
            "delay_justified": {
                **FLAG,
                "description": "逾期是否有正当理由 whether a late claim has a justified reason",
            },
            "approval_form": {
                **FLAG,
                "description": "是否附有经批准的《因公外出审批单》 whether the approved travel form is attached",
            },
            "receipts": {**FLAG, "description": "是否附有相关单据 whether receipts are attached"},
            "grassroots_trip": {
                **FLAG,
                "description": "是否为到基层调研、检查指导工作 whether the trip was to grassroots units",
            },
            "payment_method": {
                "enum": ["official_card", "cash"],
                "description": "垫付方式：公务卡 / 现金 how costs were advanced",
            },
            "card_unusable": {**FLAG, "description": "是否因不能刷卡而用现金 whether cards were not accepted"},
            "cost_shifted": {
                **FLAG,
                "description": "是否向基层转嫁费用 whether costs were shifted to grassroots units",
            },
            "signed_by": {
                "type": "array",
                "items": {"enum": SIGNERS},
                "uniqueItems": True,
                "description": "已审核、复核、签字的角色 roles that have already reviewed or signed",
            },
        },
    },
)

HOSTED = check(
    "travel.hosted_meals",
    "出差人员在接待单位用餐用车（交纳伙食费、交通费）",
    "Own travellers' meals and vehicles at the host (paying meal and transport fees)",
    {
        "type": "object",
        "required": ["form_filled"],
        "additionalProperties": False,
        "properties": {
            "form_filled": {
                **FLAG,
                "description": (
                    "外出前是否填写《出差人员用餐用车情况表》 whether the meals-and-vehicles form was filled "
                    "in before leaving"
                ),
            },
            "hosted_meals": {
                **COUNT,
                "description": "由接待单位协助安排的用餐次数 meals arranged by the host",
            },
            "free_meals": {
                **COUNT,
                "description": "其中未交纳伙食费的次数 of which not paid for",
            },
            "transport_paid": {
                **FLAG,
                "description": "接待单位安排用车的，是否已按标准交纳交通费 whether transport fees were paid",
            },
            "receipts_kept": {
                **FLAG,
                "description": "交纳伙食费、交通费的凭证是否作为报销附件 whether fee receipts are attached",
            },
        },
    },
)


# ---------------------------------------------------------------------------------------------- helpers


def _roles_zh(roles: Iterable[str]) -> str:
    return "、".join(ROLE_ZH.get(r, r) for r in roles)


# ---------------------------------------------------------------------------------------------- request


@rule(
    "travel.approval_art38",
    check="travel.request",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:42:2", "多人出差的以职务高者为准"),
        (f"{WENSHAN}:42:1", "需事先到局办公室填写《文山州人力资源和社会保障局因公外出审批单》,获得批准后"),
    ],
    params=[
        "travel.approval_art38.division_level",
        "travel.approval_art38.section_head",
        "travel.approval_art38.staff",
    ],
)
def approval_art38(facts: Any, ctx: RuleContext) -> Finding:
    """审批程序按出差人员职务：处级干部 → 主要领导；科室负责人 → 分管局领导提出意见、主要领导批准；
    一般人员 → 分管局领导；多人出差的以职务高者为准。"""
    ranks = list(facts["travellers"])
    top = min(ranks, key=RANKS.index)
    name = f"travel.approval_art38.{top}"
    approvers: list[str] = list(ctx.param(name))
    cited = [ctx.param_cited(name)]
    trace = [f"出差 {len(ranks)} 人，最高职务：{RANK_ZH[top]} → 审批：{_roles_zh(approvers)}"]
    done = bool(facts.get("approved")) or (bool(facts.get("ad_hoc")) and "formalities_done_on" in facts)
    if done:
        return ctx.finding(
            ALLOWED,
            f"因公外出已经{_roles_zh(approvers)}审批",
            "The trip has been approved",
            trace=trace,
            extra=cited,
        )
    zh = f"因公外出须事先填写《因公外出审批单》，由{_roles_zh(approvers)}审批"
    if len(ranks) > 1:
        zh += f"（多人出差以职务高者 {RANK_ZH[top]} 为准）"
    return ctx.finding(
        NEEDS_APPROVAL,
        zh,
        f"The trip needs approval by {', '.join(approvers)} (highest rank in the group: {top})",
        trace=trace,
        approvers=approvers,
        extra=cited,
    )


@rule(
    "travel.ad_hoc_art38",
    check="travel.request",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:42:1", "对因公临时决定外出的需在回单位后2个工作日内补办相关手续")],
)
def ad_hoc_art38(facts: Any, ctx: RuleContext) -> Finding | None:
    """临时决定外出的，回单位后2个工作日内补办相关手续；逾期未补办的，外出无审批，《审批单》不能作为支出凭据。

    Reading: the 2 working days run from the day after the return; completing the formalities later than that
    leaves the trip without the approval that (一) and (四)2 require for payment, so it is refused.
    """
    if not facts.get("ad_hoc"):
        return None
    name = "travel.ad_hoc_art38.working_days"
    n = int(ctx.param(name))
    cited = [ctx.param_cited(name)]
    if "return_date" not in facts:
        return ctx.finding(
            WARNING,
            f"临时决定外出的，须在回单位后{n}个工作日内补办相关手续（请提供回单位日期以计算期限）",
            f"Ad-hoc trip: complete the formalities within {n} working days after return",
            trace=["回单位日期：未提供"],
            extra=cited,
        )
    back = day(facts["return_date"])
    due = ctx.deadline(back, n, "working_days", "补办因公外出审批手续", "complete the travel approval")
    base = f"回单位 {iso(back)} + {n} 个工作日 = {iso(due.date)}"
    if "formalities_done_on" not in facts:
        return ctx.finding(
            WARNING,
            f"临时外出须于 {iso(due.date)} 前补办相关手续",
            f"Complete the formalities by {iso(due.date)}",
            trace=[base],
            deadlines=[due],
            extra=cited,
        )
    done = day(facts["formalities_done_on"])
    if done <= due.date:
        return ctx.finding(
            ALLOWED,
            f"已于 {iso(done)} 补办手续，未超过期限",
            f"Formalities completed on {iso(done)}, in time",
            trace=[f"补办 {iso(done)} ≤ 期限 {iso(due.date)}（{base}）"],
            deadlines=[due],
            extra=cited,
        )
    return ctx.finding(
        BLOCKED,
        f"补办手续 {iso(done)} 超过期限 {iso(due.date)}，外出未依规审批",
        f"Formalities completed on {iso(done)}, after the limit {iso(due.date)}",
        trace=[f"补办 {iso(done)} > 期限 {iso(due.date)}（{base}）"],
        deadlines=[due],
        extra=cited,
    )


@rule(
    "travel.form_art38",
    check="travel.request",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:42:1", "《审批单》主要内容为:因公外出事项、时限、人数、车辆安排、出差审批人等")],
)
def form_art38(facts: Any, ctx: RuleContext) -> Finding | None:
    """《审批单》主要内容：因公外出事项、时限、人数、车辆安排、出差审批人。"""
    if "form_fields" not in facts:
        return None
    missing = [x for x in FORM_FIELDS if x not in facts["form_fields"]]
    if not missing:
        return ctx.finding(ALLOWED, "《审批单》内容齐全", "The approval form is complete", trace=["缺项：无"])
    return ctx.finding(
        WARNING,
        f"《审批单》缺少：{'、'.join(FORM_FIELD_ZH[x] for x in missing)}",
        f"The approval form lacks: {', '.join(missing)}",
        trace=[f"缺项：{'、'.join(FORM_FIELD_ZH[x] for x in missing)}"],
    )


# ---------------------------------------------------------------------------------------------- claim


@rule(
    "travel.claim_window_art38",
    check="travel.claim",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:42:4.1", "因公外出人员须在回单位后的1周内办理报帐手续,无故愈期的取消报销资格")],
)
def claim_window_art38(facts: Any, ctx: RuleContext) -> Finding:
    """回单位后的1周内办理报帐手续，无故逾期的取消报销资格。"""
    name = "travel.claim_window_art38.days"
    n = int(ctx.param(name))
    back = day(facts["return_date"])
    filed = day(facts["claim_date"])
    due = ctx.deadline(back, n, "days", "办理差旅费报帐手续", "file the travel claim")
    cited = [ctx.param_cited(name)]
    base = f"回单位 {iso(back)} + {n} 日 = {iso(due.date)}"
    if filed <= due.date:
        return ctx.finding(
            ALLOWED,
            f"已在期限 {iso(due.date)} 内办理报帐",
            f"Claim filed within the limit {iso(due.date)}",
            trace=[f"报帐 {iso(filed)} ≤ 期限 {iso(due.date)}（{base}）"],
            deadlines=[due],
            extra=cited,
        )
    trace = [f"报帐 {iso(filed)} > 期限 {iso(due.date)}（{base}）"]
    if facts.get("delay_justified"):
        return ctx.finding(
            WARNING,
            "逾期报帐，但说明了理由：须核实理由，“无故”逾期才取消报销资格",
            "Late claim with a stated reason: check it; only an unjustified delay forfeits reimbursement",
            trace=trace,
            deadlines=[due],
            extra=cited,
        )
    return ctx.finding(
        BLOCKED,
        f"回单位后1周内（至 {iso(due.date)}）未办理报帐，无故逾期取消报销资格",
        f"Claim filed after {iso(due.date)} without reason: reimbursement is forfeited",
        trace=trace,
        deadlines=[due],
        extra=cited,
    )


@rule(
    "travel.claim_form_art38",
    check="travel.claim",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:42:4.2", "报销差旅费时需凭《审批单》和相关单据"),
        (f"{WENSHAN}:42:1", "获得批准后,将《审批单》交规划财务科作为支出凭据"),
    ],
)
def claim_form_art38(facts: Any, ctx: RuleContext) -> Finding | None:
    """报销差旅费须凭《审批单》和相关单据；未经批准（无审批单）的外出不予报销。"""
    if "approval_form" not in facts and "receipts" not in facts:
        return None
    missing = []
    if facts.get("approval_form") is False:
        missing.append("经批准的《因公外出审批单》")
    if facts.get("receipts") is False:
        missing.append("相关单据")
    if missing:
        return ctx.finding(
            BLOCKED,
            f"缺少{'、'.join(missing)}，不予报销",
            "No approved travel form or receipts: the claim cannot be paid",
            trace=[f"缺：{'、'.join(missing)}"],
        )
    return ctx.finding(ALLOWED, "审批单和单据齐全", "Approval form and receipts attached", trace=["缺：无"])


@rule(
    "travel.grassroots_art38",
    check="travel.claim",
    agencies=[WENSHAN],
    cites=[
        (f"{WENSHAN}:42:4.3", "须在报销标准内用公务卡先行垫付(不能刷卡的现金垫付)"),
        (f"{WENSHAN}:42:4.3", "不得向基层转嫁费用,否则取消报销资格"),
    ],
)
def grassroots_art38(facts: Any, ctx: RuleContext) -> Finding | None:
    """到基层调研、检查指导工作的，在报销标准内用公务卡先行垫付（不能刷卡的现金垫付），不得向基层转嫁费用。"""
    if facts.get("cost_shifted"):
        return ctx.finding(
            BLOCKED,
            "向基层转嫁费用的，取消报销资格",
            "Costs were shifted to grassroots units: reimbursement is forfeited",
            trace=["向基层转嫁费用：是"],
        )
    method = facts.get("payment_method")
    if method is None:
        if "cost_shifted" in facts:
            return ctx.finding(ALLOWED, "未向基层转嫁费用", "No costs shifted", trace=["向基层转嫁费用：否"])
        return None
    if method == "cash" and not facts.get("card_unusable") and facts.get("grassroots_trip", True):
        return ctx.finding(
            WARNING,
            "到基层的费用应先用公务卡垫付，现金垫付限于不能刷卡的情形",
            "Advance with the official card; cash only where cards are not accepted",
            trace=["垫付方式：现金；不能刷卡：否"],
        )
    return ctx.finding(
        ALLOWED,
        "垫付方式符合规定",
        "The way costs were advanced complies",
        trace=[f"垫付方式：{_PAY_ZH[method]}{'（不能刷卡）' if facts.get('card_unusable') else ''}"],
    )


@rule(
    "travel.claim_signoff_art38",
    check="travel.claim",
    agencies=[WENSHAN],
    cites=[(f"{WENSHAN}:42:4.2", "经办公室审核后由规划财务科复核,并报经领导签字审批后给予报销")],
)
def claim_signoff_art38(facts: Any, ctx: RuleContext) -> Finding:
    """差旅费报销：办公室审核 → 规划财务科复核 → 领导签字审批。"""
    name = "travel.claim_signoff_art38.signers"
    need: list[str] = list(ctx.param(name))
    signed = set(facts.get("signed_by", []))
    missing = [r for r in need if r not in signed]
    trace = [f"应审签：{_roles_zh(need)}；未审签：{_roles_zh(missing) or '无'}"]
    if not missing:
        return ctx.finding(
            ALLOWED,
            "审核、复核、签字齐全，可以报销",
            "Reviewed, re-checked and signed: may be paid",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"差旅费报销尚需{_roles_zh(missing)}审核或签字",
        f"The claim still needs: {', '.join(missing)}",
        trace=trace,
        approvers=missing,
        extra=[ctx.param_cited(name)],
    )


# ---------------------------------------------------------------------------------------------- hosted meals


@rule(
    "travel.meal_form_art22",
    check="travel.hosted_meals",
    agencies=[BAICHENG],
    cites=[(f"{BAICHENG}:19:22", "我单位人员因公外出前需填写《出差人员用餐用车情况表》")],
)
def meal_form_art22(facts: Any, ctx: RuleContext) -> Finding:
    """白城：因公外出前需填写《出差人员用餐用车情况表》。"""
    if facts["form_filled"]:
        return ctx.finding(
            ALLOWED,
            "已在外出前填写《出差人员用餐用车情况表》",
            "The meals-and-vehicles form was filled in before leaving",
            trace=["情况表：已填写"],
        )
    return ctx.finding(
        BLOCKED,
        "因公外出前须填写《出差人员用餐用车情况表》",
        "Fill in the meals-and-vehicles form before leaving",
        trace=["情况表：未填写"],
    )


@rule(
    "travel.hosted_meals_art21",
    check="travel.hosted_meals",
    agencies=[BAICHENG],
    cites=[
        (f"{BAICHENG}:19:21", "接待单位可以安排一次工作餐，不用交纳伙食费外，出差人员须按标定的标准交纳用餐用车费用"),
        (
            f"{BAICHENG}:19:22",
            "出差人员应当向接待单位按标准交纳相应的伙食费和交通费，并随交纳伙食费、交通费等相关凭证作为报销附件归档",
        ),
    ],
    params=["travel.hosted_meals_art21.free_meals"],
)
def hosted_meals_art21(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城：除接待单位安排的一次工作餐外，出差人员须按标准交纳用餐用车费用，凭证作为报销附件归档。"""
    if not any(k in facts for k in ("hosted_meals", "free_meals", "transport_paid", "receipts_kept")):
        return None
    most = int(ctx.param("travel.hosted_meals_art21.free_meals"))
    cited = [ctx.param_cited("travel.hosted_meals_art21.free_meals")]
    hosted = int(facts.get("hosted_meals", 0))
    free = int(facts.get("free_meals", 0))
    problems: list[str] = []
    trace = [f"接待单位安排用餐 {hosted} 次，未交费 {free} 次（可免费工作餐 {most} 次）"]
    if free > hosted and hosted:
        problems.append("未交费次数多于安排用餐次数，请核对")
    if free > most:
        problems.append(f"未交伙食费的用餐 {free} 次 > {most} 次工作餐，其余须按标准交纳伙食费")
    if facts.get("transport_paid") is False:
        problems.append("接待单位安排用车的，须按标准交纳交通费")
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(problems),
            "Meal or transport fees unpaid",
            trace=trace + problems,
            extra=cited,
        )
    if facts.get("receipts_kept") is False:
        return ctx.finding(
            WARNING,
            "交纳伙食费、交通费的凭证应作为报销附件归档",
            "Keep the fee receipts as attachments to the claim",
            trace=[*trace, "凭证：未附"],
            extra=cited,
        )
    return ctx.finding(
        ALLOWED,
        "用餐用车费用已按标准交纳",
        "Meal and transport fees were paid at the standard",
        trace=trace,
        extra=cited,
    )
