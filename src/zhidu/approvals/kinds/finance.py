"""Spending (经费支出): the 申请单 before the cost, the 报账单 after it, the 借款单, the 支票领用单.

What the texts ask, and where each fact goes (the checks in ``zhidu.core.rules.library.finance`` decide who
signs, at what amount a body must decide, and what is refused; this module only maps the form to facts):
- 通榆《财务管理制度》(tongyu-hrss:5, S000-05) 第五条（一）：“相关费用发生前要进行费用支出申请 …《申请单》需由
  申请人、申请科室负责人、分管副局长签字方可开展相关工作。五千元以上（含五千元）的重大资金支出需由局党组会讨论决定”
  → ``ExpenseRequest`` (``incurred_on`` before the filing day makes ``after_the_fact``); （二）：“工作结束后报账人
  需提供相关票据并据实填写《报账单》… 由分管财务副局长签批” → ``Claim``; （三）：“报账人持《申请单》《报账单》及相关
  票据资料到出纳员处兑付现金或清理借款。本县内发生事项单项金额超过1000元（含1000元）的一律转账支付” →
  ``finance.payment`` with the claim's payment method; 第八条 会议、考试等“需要做出预算” → ``budget_prepared``.
- 文山 第三十七条 (wenshan-hrss:41, S001-67): （七）1 “凡报销的原始凭证不论金额大小,必须由经办人、证明人签名” →
  ``witness``; （七）2 “事前必需经分管财务的局领导同意”; （七）3 “重大开支必需经局长办公会议或党组会议研究决定”
  → ``major``; （三）购置 5000元以上 / 2000元至5000元 / 2000以内 (three tiers, kinds ``fixed_asset`` …);
  （四）“会议、培训结束,须在取得发票7日内填制报销” → ``invoice_on`` and the filing day; （五）（八）2、3 预支与借支
  → ``Advance``.
- 区局《财务管理制度》(district-bureau:38, S002-38): 二 “任何单据必须经主管财务局长签批 … 金额在10000元以上的,经
  局党组研究通过后”; 三 招待到外就餐、水果 → ``dine_out``/``includes_fruit``; 五 “凡需外出开会、培训、学习的,必须持
  主办单位书面通知” → ``written_notice``; 六3 “必须填写借款单,写清用途、金额 … 原则上前帐未清不得再借。个人因私一律
  不准借用现金” → ``Advance`` (its ``outstanding`` is computed from the applicant's earlier advances); 七 支票领用单
  → ``Cheque``; 七3 “凡超出1000元的支出,原则上使用支票结算” → ``finance.payment``.
- 白城《财务管理制度》(baicheng-fupin:18, S003-18): 四（二）“用于购买办公用品或设备的支出 … 须附商品明细 … 用公务卡
  结算的须附POS机刷卡凭条 … 对现金支付超过1000元的，不予核销” → ``attachments``, ``paid_by``; 四（三）多支笔联签;
  四（五）会议费、培训费“原则上不超过上年” → ``annual_total``/``previous_year_total``; with 《“三重一大”事项决策制度》
  the 20,000-yuan collective decision.

Money is exact: amounts are ``Decimal`` to the fen, itemised lines must add up to the total (the forms refuse
otherwise, naming the field), and facts carry amounts as strings. The route is the verdicts' approvers; an
amount at or over a collective threshold puts ``party_group_meeting`` in it, and the approvals service links
the agenda item that decided it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.core.errors import BadInput

from . import register
from ._money import (
    LinesField,
    MoneyKind,
    approved_in_time,
    bilingual,
    check_total,
    choice_field,
    date_field,
    day,
    dec,
    flag_field,
    iso,
    money_field,
    multi_field,
    not_after_filing,
    outstanding_advances,
    outstanding_total,
    prior,
    put,
    text_field,
)
from .base import Context, money

TONGYU, DISTRICT, WENSHAN, BAICHENG = "tongyu-hrss", "district-bureau", "wenshan-hrss", "baicheng-fupin"

EXPENSE_KINDS = [
    ("general", "一般费用 / general"),
    ("special_fund", "专项资金支出 / special fund"),
    ("purchase", "采购项目 / purchase"),
    ("office_supplies", "办公用品 / office supplies"),
    ("fixed_asset", "固定资产 / fixed asset"),
    ("equipment", "办公设备 / office equipment"),
    ("travel", "差旅费 / travel"),
    ("meeting", "会议费 / meeting"),
    ("training", "培训费 / training"),
    ("event", "考试、考核、评审等重要活动 / exam, assessment or review"),
    ("reception", "公务接待、招待 / reception"),
    ("printing", "印刷费 / printing"),
    ("subscription", "书报刊物订阅 / subscriptions"),
    ("routine", "日常公用支出（水电、电话、取暖、物业等） / routine running costs"),
    ("vehicle", "车辆燃油、维修、保养 / vehicle costs"),
    ("construction", "基本建设 / construction"),
    ("donation", "以单位名义捐赠 / donation"),
]
BUDGETED = {"meeting", "training", "event", "printing"}  # 通榆第八条、文山（四）、白城四（六）1
ASSETS = {"fixed_asset", "equipment"}  # 通榆第九条（二）“确定局内现有资产无法调配后”
METHODS = [
    ("transfer", "银行转账 / bank transfer"),
    ("official_card", "公务卡 / official card"),
    ("cheque", "支票 / cheque"),
    ("cash", "现金 / cash"),
]
CLAIM_ATTACHMENTS = [
    ("invoices", "票据、发票 / invoices and receipts"),
    ("item_list", "商品明细（品名、数量、单价、规格、型号） / item list"),
    ("repair_list", "维修项目明细 / repair list"),
    ("pos_slip", "POS机刷卡凭条 / card-payment slips"),
    ("meeting_notice", "会议通知 / meeting notice"),
    ("settlement_list", "结算清单 / settlement list"),
    ("official_letter", "派出单位公函 / official letter"),
    ("budget", "预算 / budget"),
    ("ledger_entry", "已登记入帐（固定资产、办公用品） / booked in the asset register"),
]
ADVANCE_PURPOSES = [
    ("travel", "出差 / official trip"),
    ("meeting", "外出开会 / meeting elsewhere"),
    ("training", "培训 / training"),
    ("study", "外出学习 / study visit"),
    ("official", "其他因公 / other official business"),
    ("personal", "个人特殊情况（因私） / personal (private) need"),
]
TRIP_PURPOSES = {"travel", "meeting", "training", "study"}


def _documents(data: Mapping[str, Any], approved: Any, *, kind_docs: Mapping[str, str] | None = None) -> list[str]:
    """The documents a claim carries: this form (the 报账单), what was ticked as attached, and the approved
    pre-approval it settles (the 申请单; for a trip the 出差审批单, for a reception the 接待审批单), with the
    party group's decision when one decided it."""
    docs = {"claim_form", *(data.get("attachments") or [])}
    if approved is not None:
        docs.add("application_form")
        extra = (kind_docs or {}).get(approved.kind)
        if extra:
            docs.add(extra)
        if approved.decision_ref:
            docs.add("party_group_resolution")
    return sorted(docs)


def _signed(data: Mapping[str, Any]) -> list[str]:
    """Who has signed the voucher: the applicant (经办人) by filing it, the witness (证明人) and the custodian
    who took delivery (财产保管员验收) when the form names them."""
    signed = ["handler"]
    if data.get("witness"):
        signed.append("witness")
    if data.get("custodian"):
        signed.append("custodian")
    return signed


# ================================================================================== 费用支出申请单


class ExpenseRequestForm(forms.Form):
    """《费用支出申请单》/《专项资金支出申请单》."""

    purpose = text_field("事由", "Purpose")
    expense_kind = choice_field("费用类别", "Kind of expense", EXPENSE_KINDS, initial="general")
    incurred_on = date_field("费用发生日期", "Date the cost is incurred")
    lines = LinesField("支出明细", "Itemised costs")
    amount = money_field("金额合计（元）", "Total (yuan)")
    budget_prepared = flag_field(
        "已做出预算（会议、培训、考试评审等活动；印刷已询价）", "Budget prepared (events; quotes for printing)"
    )
    major = flag_field("属重大开支", "A major expenditure")
    reallocatable = flag_field("局内现有资产可以调配解决", "An existing asset could be reallocated")
    official_letter = flag_field("接待：持对方单位发出的公函", "Reception: the visiting unit's official letter is held")
    dine_out = flag_field("招待：需到外就餐", "Hosting: guests are taken out to eat")
    includes_fruit = flag_field("招待：购买水果", "Hosting: fruit is bought")
    phone_approval = flag_field(
        "接待：不能事前报批，已电话请示同意", "Reception: could not be approved beforehand, phone consent given"
    )
    annual_total = money_field(
        "本年会议费、培训费总额（含本次，元）",
        "Meeting and training costs this year, incl. this (yuan)",
        required=False,
    )
    previous_year_total = money_field(
        "上年会议费、培训费总额（元）", "Last year's meeting and training costs (yuan)", required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        check_total(self, "lines", "amount")
        total, last, amount = data.get("annual_total"), data.get("previous_year_total"), data.get("amount")
        if (total is None) != (last is None):
            missing = "previous_year_total" if last is None else "annual_total"
            self.add_error(
                missing,
                bilingual("本年与上年会议费、培训费总额须一并填写", "give this year's and last year's totals together"),
            )
        if total is not None and amount is not None and total < amount:
            self.add_error(
                "annual_total",
                bilingual(
                    f"本年总额 {total:,.2f} 元应包含本次 {amount:,.2f} 元",
                    f"this year's total {total:.2f} yuan must include this request's {amount:.2f} yuan",
                ),
            )
        return data


@register
class ExpenseRequest(MoneyKind):
    """费用支出申请（事前）."""

    id = "finance.expense_request"
    name_zh = "费用支出申请"
    name_en = "Spending request"
    domain = "finance"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = ExpenseRequestForm
    checks = ("finance.expense_request",)
    cites = (f"{TONGYU}:5:5.1", f"{DISTRICT}:38:2", f"{WENSHAN}:41:7", f"{BAICHENG}:18:4.3", f"{BAICHENG}:4:4.4")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        kind = data.get("expense_kind") or "general"
        when = day(data.get("incurred_on"))
        facts: dict[str, Any] = {
            "amount": money(data["amount"]),
            "kind": kind,
            # 费用发生前要进行费用支出申请: a cost dated before the day the form is filed was incurred first
            "after_the_fact": when is not None and when < ctx.on,
        }
        put(facts, "incurred_on", iso(when))
        if data.get("major"):
            facts["major"] = True
        if kind in BUDGETED:
            facts["budget_prepared"] = bool(data.get("budget_prepared"))
        if kind in ASSETS:
            facts["reallocatable"] = bool(data.get("reallocatable"))
        if kind == "reception":
            facts["official_letter"] = bool(data.get("official_letter"))
            facts["dine_out"] = bool(data.get("dine_out"))
            facts["includes_fruit"] = bool(data.get("includes_fruit"))
            if data.get("phone_approval"):
                facts["phone_approval"] = True
        if kind in ("meeting", "training") and data.get("annual_total") is not None:
            facts["annual_total"] = money(data["annual_total"])
            facts["previous_year_total"] = money(data["previous_year_total"])
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        return f"费用支出申请：{data.get('purpose', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


# ================================================================================== 费用报账单


class ClaimForm(forms.Form):
    """《费用支出报账单》/《专项资金支出报账单》 (报销单)."""

    purpose = text_field("事由", "Purpose")
    expense_kind = choice_field("费用类别", "Kind of expense", EXPENSE_KINDS, initial="general")
    incurred_on = date_field("事项结束日期", "Date the matter ended")
    invoice_on = date_field("取得发票日期", "Date the invoice was obtained", required=False)
    lines = LinesField("报销明细", "Itemised costs")
    amount = money_field("报销金额合计（元）", "Total claimed (yuan)")
    attachments = multi_field("已附材料", "Attached", CLAIM_ATTACHMENTS)
    paid_by = choice_field("支付方式", "Payment method", METHODS, initial="transfer")
    outside_county = flag_field("事项发生在县外", "The matter arose outside the county")
    exception_reason = text_field(
        "特殊情况说明（“原则上”之外）", "Stated exception (beyond “in principle”)", required=False, max_length=500
    )
    witness = text_field("证明人", "Witness", required=False, max_length=50)
    custodian = text_field("验收人（财产保管员）", "Received by (custodian)", required=False, max_length=50)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        check_total(self, "lines", "amount")
        return data


CLAIM_PRIOR_KINDS = ("finance.expense_request", "travel.request", "reception.request")
PRIOR_DOCS = {"travel.request": "travel_approval", "reception.request": "reception_approval"}


@register
class Claim(MoneyKind):
    """费用报账（事后）：报账单、票据与支付."""

    id = "finance.claim"
    name_zh = "费用报账"
    name_en = "Expense claim"
    domain = "finance"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = ClaimForm
    checks = ("finance.claim", "finance.payment")
    related_kinds = CLAIM_PRIOR_KINDS  # the 申请单 it settles (or the trip's, the reception's approval)
    cites = (f"{TONGYU}:5:5.2", f"{TONGYU}:5:5.3", f"{DISTRICT}:38:2", f"{WENSHAN}:41:7.1", f"{BAICHENG}:18:4.2")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        approved = prior(ctx, self.related_kinds)
        documents = _documents(data, approved, kind_docs=PRIOR_DOCS)
        kind = data.get("expense_kind") or "general"
        if check_id == "finance.claim":
            ended = not_after_filing(data.get("incurred_on"), ctx, "incurred_on", "事项结束日期", "The end date")
            invoiced = not_after_filing(data.get("invoice_on"), ctx, "invoice_on", "取得发票日期", "The invoice date")
            facts: dict[str, Any] = {
                "amount": money(data["amount"]),
                "kind": kind,
                "documents": documents,
                "signed_by": _signed(data),
                "prior_approval": approved is not None and approved_in_time(approved),
                "paid_by": data["paid_by"],
                "claimed_on": ctx.on.isoformat(),
            }
            put(facts, "incurred_on", iso(ended))
            put(facts, "invoice_on", iso(invoiced))
            return facts
        if check_id == "finance.payment":
            facts = {
                "amount": money(data["amount"]),
                "method": data["paid_by"],
                "documents": documents,
                "signed_by": _signed(data),
            }
            if data.get("outside_county"):
                facts["in_county"] = False
            if data.get("exception_reason"):
                facts["special_case"] = True
            owed = outstanding_total(outstanding_advances(ctx))
            if owed > 0:
                facts["outstanding_advance"] = money(owed)
            return facts
        return None

    def title(self, data: Mapping[str, Any]) -> str:
        return f"费用报账：{data.get('purpose', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


# ================================================================================== 借款单


class AdvanceForm(forms.Form):
    """《借款单》：写清用途、金额."""

    purpose = choice_field("借款事由", "Purpose of the advance", ADVANCE_PURPOSES)
    use = text_field("用途说明", "What it is for", max_length=500)
    amount = money_field("借款金额（元）", "Amount (yuan)")
    repay_by = date_field("归还期限", "Repay by", required=False)
    written_notice = flag_field(
        "持主办单位书面通知（外出开会、培训、学习）", "The organiser's written notice is held (meetings, training)"
    )
    to_other_unit = flag_field("借给其他单位", "Lent to another unit")
    exception_reason = text_field(
        "特殊情况说明（“原则上”之外）", "Stated exception (beyond “in principle”)", required=False, max_length=500
    )

    def clean_amount(self) -> Decimal:
        amount: Decimal = self.cleaned_data["amount"]
        if amount <= 0:
            raise forms.ValidationError(bilingual("借款金额应大于零", "the amount must be more than zero"))
        return amount


@register
class Advance(MoneyKind):
    """借款、预支（借支）."""

    id = "finance.advance"
    name_zh = "借款（预支）"
    name_en = "Cash advance"
    domain = "finance"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = AdvanceForm
    checks = ("finance.advance",)
    cites = (f"{TONGYU}:5:6.2", f"{DISTRICT}:38:6.3", f"{WENSHAN}:41:5", f"{WENSHAN}:41:8", f"{BAICHENG}:18:3.1")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        repay = day(data.get("repay_by"))
        if repay is not None and repay < ctx.on:
            raise BadInput(
                f"归还期限 {repay.isoformat()} 早于借款日 {ctx.on.isoformat()}",
                f"the repayment date {repay.isoformat()} is before the day of the advance {ctx.on.isoformat()}",
                "repay_by",
            )
        purpose = data["purpose"]
        facts: dict[str, Any] = {
            "purpose": purpose,
            "stage": "request",
            "amount": money(data["amount"]),
            # this form is the 借款单 and it states the use and the amount (both required)
            "loan_slip": bool(data.get("use")) and dec(data["amount"]) is not None,
            "outstanding": bool(outstanding_advances(ctx)),
        }
        if purpose in TRIP_PURPOSES:
            facts["written_notice"] = bool(data.get("written_notice"))
        put(facts, "repay_by", iso(repay))
        if data.get("to_other_unit"):
            facts["to_other_unit"] = True
        if data.get("exception_reason"):
            facts["special_case"] = True
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        return f"借款：{data.get('use', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


# ================================================================================== 支票领用单


class ChequeForm(forms.Form):
    """《支票领用单》(区局七1、2): a transfer cheque states its date, purpose and amount."""

    payee = text_field("收款单位", "Payee")
    purpose = text_field("支付用途", "Purpose of the payment", required=False, max_length=300)
    amount = money_field("金额（元）", "Amount (yuan)", required=False)
    issue_date = date_field("签发日期", "Date of issue", required=False)


@register
class Cheque(MoneyKind):
    """支票领用（区局）."""

    id = "finance.cheque"
    name_zh = "支票领用"
    name_en = "Cheque requisition"
    domain = "finance"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = ChequeForm
    checks = ("finance.cheque",)
    cites = (f"{DISTRICT}:38:7",)

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {
            # this form is the requisition; the finance deputy's signature is its approval, not yet given
            "requisition_signed": False,
            "date_filled": data.get("issue_date") not in (None, ""),
            "purpose_filled": bool(data.get("purpose")),
            "amount_filled": data.get("amount") not in (None, ""),
        }

    def title(self, data: Mapping[str, Any]) -> str:
        return f"支票领用：{data.get('payee', '')}"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


__all__ = ["Advance", "Cheque", "Claim", "ExpenseRequest"]
