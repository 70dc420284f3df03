"""Official travel (差旅): the 出差（因公外出）审批单 before the trip and the 差旅费报销单 after it.

What the texts ask, and where each fact goes (the checks decide; this module maps):
- 文山 第三十八条 差旅费管理制度 (wenshan-hrss:42, S001-68) (一)：“需事先到局办公室填写《因公外出审批单》,获得批准
  后,将《审批单》交规划财务科作为支出凭据。《审批单》主要内容为:因公外出事项、时限、人数、车辆安排、出差审批人等。
  对因公临时决定外出的需在回单位后2个工作日内补办相关手续” → ``TravelRequestForm`` (``ad_hoc``); (二)：“处级干部因公
  外出需经主要领导审批;科室负责人由分管局领导提出意见,主要领导批准;一般人员由分管局领导审批;多人出差的以职务高者为准”
  → the number of travellers of each rank; (四)1：“须在回单位后的1周内办理报帐手续,无故愈期的取消报销资格” → the
  claim's ``return_date``, its filing day and ``delay_reason``; (四)2：“需凭《审批单》和相关单据” → the approved request
  the claim names; (四)3：“用公务卡先行垫付(不能刷卡的现金垫付) … 不得向基层转嫁费用” → ``advanced_by``,
  ``card_unusable``.
  文山 第三十七条（五）“回单位7个工作日内须及时结清” → an advance taken with the request is settled by the claim.
  Wenshan's trips are approved by 第三十八条 (the travel 制度), not put to the general spending request.
- 通榆《财务管理制度》第六条（一）：“参加会议或到外地公出要向分管副局长、局长提供会议通知或情况说明，经分管副局长、
  局长同意后方可参加会议或公出，否则不予报销差旅费”; （二）：“不预借出差人员差旅费 … 结算时对尚有借款人员只能用
  出差票据冲账，不再兑付现金” → ``finance.expense_request``/``finance.claim`` (kind ``travel``), ``finance.advance``
  and ``finance.payment`` (差旅结算 with the outstanding advances computed from earlier applications).
- 白城《财务管理制度》四（四）：“工作人员出差由分管副主任批准 … 出差人员报销时应向财务部门提交会议通知和出差审批单
  等有关文件材料，否则不予报销”, the classes of travel, “主办单位统一安排食宿交通的，只报销在途期间的伙食补助费和市内
  交通费”; 《公务接待制度》22：“我单位人员因公外出前需填写《出差人员用餐用车情况表》” → ``travel.hosted_meals``
  (the table is part of the request, filled before leaving when the request is filed before departure).
- 区局 五：“凡需外出开会、培训、学习的,必须持主办单位书面通知,并凭通知经主管局长审批,方可借支差旅费” →
  ``notice_attached`` with an advance.

A trip not approved beforehand is not reimbursable: the claim's ``prior_approval``/``approval_form`` are true
only when the request it names was approved on or before the day of departure (or, at Wenshan, is the ad-hoc
trip's formalities completed afterwards, which ``travel.request`` decided on).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.core.errors import BadInput

from . import register
from ._money import (
    MoneyKind,
    advance_of,
    approved_in_time,
    bilingual,
    check_order,
    choice_field,
    count_field,
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

TRIP_KINDS = [
    ("meeting", "参加会议 / attending a meeting"),
    ("training", "参加培训 / training"),
    ("study", "学习考察 / study visit"),
    ("grassroots", "到基层调研、检查指导 / fieldwork at grassroots units"),
    ("other", "其他公务 / other official business"),
]
# finance.advance's purposes for each kind of trip
ADVANCE_PURPOSE = {"meeting": "meeting", "training": "training", "study": "study"}
RANKS = (
    ("division_level", "处级干部人数", "Division-level cadres"),
    ("section_head", "科室负责人人数", "Section heads"),
    ("staff", "一般人员人数", "Other staff"),
)
CLASSES = [
    ("train_hard_seat", "火车硬座 / train, hard seat"),
    ("train_hard_sleeper", "火车硬卧 / train, hard sleeper"),
    ("train_soft_seat", "全列软席列车二等座 / all-soft-seat train, second class"),
    ("train_soft_sleeper", "火车软卧 / train, soft sleeper"),
    ("hsr_second", "高铁、动车二等座 / high-speed rail, second class"),
    ("hsr_first", "高铁、动车一等座 / high-speed rail, first class"),
    ("hsr_business", "高铁商务座 / high-speed rail, business class"),
    ("ship_third", "轮船三等舱 / ship, third class"),
    ("ship_second", "轮船二等舱 / ship, second class"),
    ("ship_first", "轮船一等舱 / ship, first class"),
    ("plane_economy", "飞机经济舱 / plane, economy"),
    ("plane_business", "飞机公务舱 / plane, business"),
    ("plane_first", "飞机头等舱 / plane, first class"),
]
# the claim's columns (差旅费报销单), and what finance.claim calls each when it is claimed
COLUMNS = (
    ("tickets", "城市间交通费（车船机票）", "Intercity fares", "tickets"),
    ("lodging", "住宿费", "Lodging", "lodging"),
    ("meal_allowance", "伙食补助费", "Meal allowance", "meal_allowance_in_transit"),
    ("city_transport", "市内交通费", "Local transport", "city_transport"),
    ("other", "其他费用", "Other costs", None),
)
ADVANCED_BY = [("official_card", "公务卡 / official card"), ("cash", "现金 / cash")]
PAYOUTS = [
    ("transfer", "银行转账 / bank transfer"),
    ("official_card", "还入公务卡 / back to the official card"),
    ("cheque", "支票 / cheque"),
    ("cash", "现金 / cash"),
]
CLAIM_ATTACHMENTS = [
    ("invoices", "票据（车船机票、住宿发票等） / tickets and invoices"),
    ("meeting_notice", "会议、培训通知 / meeting or training notice"),
]
TRANSPORT_PAID = [("yes", "已按标准交纳 / paid at the standard"), ("no", "未交纳 / not paid")]


def _travellers(data: Mapping[str, Any]) -> list[str]:
    return [rank for rank, _, _ in RANKS for _ in range(int(data.get(rank) or 0))]


# ================================================================================== 出差审批单


class TravelRequestForm(forms.Form):
    """《因公外出审批单》/ 出差审批单 (with the 出差人员用餐用车情况表 part)."""

    matter = text_field("因公外出事项", "Official business of the trip", max_length=300)
    trip_kind = choice_field("外出类别", "Kind of trip", TRIP_KINDS, initial="other")
    destination = text_field("目的地", "Destination")
    departure = date_field("出发日期", "Date of departure")
    return_date = date_field("返回日期", "Date of return")
    division_level = count_field(*RANKS[0][1:], maximum=200, initial=0)
    section_head = count_field(*RANKS[1][1:], maximum=200, initial=0)
    staff = count_field(*RANKS[2][1:], maximum=200, initial=0)
    names = text_field("出差人员姓名", "Names of the travellers", required=False, max_length=500)
    vehicle = text_field("车辆安排", "Vehicle arrangements", required=False)
    notice_attached = flag_field(
        "附会议通知、主办单位书面通知或情况说明", "Meeting notice, organiser's written notice or statement attached"
    )
    host_arrangements = text_field(
        "拟由接待单位协助安排的用餐、用车（出差人员用餐用车情况表）",
        "Meals and vehicles the host will arrange (meals-and-vehicles table)",
        required=False,
        max_length=1000,
        long=True,
    )
    estimated_cost = money_field("预计费用（元）", "Estimated cost (yuan)")
    advance = money_field("预借差旅费（元）", "Travel advance requested (yuan)", required=False)
    ad_hoc = flag_field("因公临时决定外出（回单位后补办手续）", "Decided at short notice (filed after return)")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        check_order(self, "departure", "return_date", max_days=180)
        counts = [data.get(rank) for rank, _, _ in RANKS]
        if all(c is not None for c in counts):
            total = sum(c for c in counts if c is not None)
            if total < 1:
                self.add_error("staff", bilingual("出差人数至少为 1 人", "at least one traveller"))
            elif total > 200:
                self.add_error("staff", bilingual("出差人数不能超过 200 人", "at most 200 travellers"))
        advance, cost = data.get("advance"), data.get("estimated_cost")
        if advance is not None and cost is not None and advance > cost:
            self.add_error(
                "advance",
                bilingual(
                    f"预借 {advance:,.2f} 元超过预计费用 {cost:,.2f} 元",
                    f"the advance {advance:.2f} yuan exceeds the estimated cost {cost:.2f} yuan",
                ),
            )
        return data


@register
class TravelRequest(MoneyKind):
    """出差（因公外出）审批."""

    id = "travel.request"
    name_zh = "出差审批"
    name_en = "Official trip approval"
    domain = "travel"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = TravelRequestForm
    checks = ("finance.expense_request", "travel.request", "finance.advance", "travel.hosted_meals")
    cites = (f"{WENSHAN}:42:1", f"{WENSHAN}:42:2", f"{TONGYU}:5:6", f"{BAICHENG}:18:4.4", f"{BAICHENG}:19:22")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        leave, back = day(data.get("departure")), day(data.get("return_date"))
        ad_hoc = bool(data.get("ad_hoc"))
        if ad_hoc and leave is not None and leave > ctx.on:
            raise BadInput(
                "尚未出发的外出应事先审批，不属于临时决定外出后补办",
                "a trip that has not started is approved beforehand, not filed afterwards",
                "ad_hoc",
            )
        if check_id == "travel.request":
            # 第三十八条：Wenshan's own approval chain by rank
            fields = ["matter", "duration", "headcount"] + (["vehicle"] if data.get("vehicle") else [])
            # 出差审批人: the route the verdict names fills it in on the sheet
            fields.append("approver")
            facts: dict[str, Any] = {
                "travellers": _travellers(data),
                "approved": False,  # this form asks for the approval
                "ad_hoc": ad_hoc,
                "form_fields": fields,
            }
            put(facts, "return_date", iso(back))
            return facts
        if check_id == "finance.expense_request":
            if ctx.agency == WENSHAN:
                return None  # 第三十八条 is Wenshan's procedure for trips (the form goes to 规划财务科 as the voucher)
            facts = {
                "amount": money(data["estimated_cost"]),
                "kind": "travel",
                "after_the_fact": ad_hoc or (leave is not None and leave < ctx.on),
            }
            put(facts, "incurred_on", iso(leave))
            return facts
        if check_id == "finance.advance":
            advance = dec(data.get("advance"))
            if not advance:
                return None
            return {
                "purpose": ADVANCE_PURPOSE.get(data.get("trip_kind") or "", "travel"),
                "stage": "request",
                "amount": money(advance),
                "written_notice": bool(data.get("notice_attached")),
                "loan_slip": True,  # the form states the trip (the use) and the amount of the advance
                "outstanding": bool(outstanding_advances(ctx)),
            }
        if check_id == "travel.hosted_meals":
            # the meals-and-vehicles table is part of this form: filled before leaving if filed before departure
            return {"form_filled": leave is not None and leave >= ctx.on and not ad_hoc}
        return None

    def title(self, data: Mapping[str, Any]) -> str:
        return f"出差：{data.get('destination', '')} {data.get('matter', '')}（{iso(data.get('departure'))}）"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("estimated_cost"))


# ================================================================================== 差旅费报销单


class TravelClaimForm(forms.Form):
    """差旅费报销单."""

    destination = text_field("目的地", "Destination")
    trip_kind = choice_field("外出类别", "Kind of trip", TRIP_KINDS, initial="other")
    departure = date_field("出发日期", "Date of departure")
    return_date = date_field("回单位日期", "Date back at the office")
    tickets = money_field(*COLUMNS[0][1:3], required=False)
    lodging = money_field(*COLUMNS[1][1:3], required=False)
    meal_allowance = money_field(*COLUMNS[2][1:3], required=False)
    city_transport = money_field(*COLUMNS[3][1:3], required=False)
    other = money_field(*COLUMNS[4][1:3], required=False)
    amount = money_field("报销金额合计（元）", "Total claimed (yuan)")
    attachments = multi_field("已附材料", "Attached", CLAIM_ATTACHMENTS)
    travel_classes = multi_field("乘坐的交通工具等级", "Classes of travel used", CLASSES)
    board_provided = flag_field("主办单位统一安排食宿交通", "The organiser provided board, lodging and transport")
    in_county = flag_field("县内出差", "A trip within the county")
    advanced_by = choice_field("垫付方式", "Costs advanced by", ADVANCED_BY, initial="official_card")
    card_unusable = flag_field("因不能刷卡而用现金", "Cash because cards were not accepted")
    payout = choice_field("报销款支付方式", "Reimbursement paid by", PAYOUTS, initial="transfer")
    hosted_meals = count_field("由接待单位协助安排用餐次数", "Meals arranged by the host", maximum=500, required=False)
    free_meals = count_field("其中未交纳伙食费的次数", "Of which not paid for", maximum=500, required=False)
    transport_paid = choice_field(
        "接待单位安排用车的交通费", "Transport the host arranged", TRANSPORT_PAID, required=False
    )
    fee_receipts = flag_field("交纳伙食费、交通费的凭证已附", "Receipts for meal and transport fees attached")
    delay_reason = text_field("逾期报帐的理由", "Reason for a late claim", required=False, max_length=500)
    witness = text_field("证明人", "Witness", required=False, max_length=50)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        check_order(self, "departure", "return_date", max_days=180)
        columns = [data.get(name) for name, *_ in COLUMNS]
        total = data.get("amount")
        if total is not None and "amount" not in self.errors:
            added = sum((c for c in columns if c is not None), Decimal("0.00"))
            if added != total:
                self.add_error(
                    "amount",
                    bilingual(
                        f"报销金额合计 {total:,.2f} 元与各项费用之和 {added:,.2f} 元不符",
                        f"the total {total:.2f} yuan does not equal the sum of the columns, {added:.2f} yuan",
                    ),
                )
        hosted, free = data.get("hosted_meals"), data.get("free_meals")
        if free is not None and hosted is not None and free > hosted:
            self.add_error(
                "free_meals",
                bilingual("未交费次数不能多于安排用餐次数", "meals not paid for cannot exceed the meals arranged"),
            )
        return data


@register
class TravelClaim(MoneyKind):
    """差旅费报销（回单位后）."""

    id = "travel.claim"
    name_zh = "差旅费报销"
    name_en = "Travel expense claim"
    domain = "travel"
    area = ""  # 分管 follows the applicant's section; finance_deputy is whoever is in charge of finance
    form = TravelClaimForm
    checks = ("travel.claim", "travel.hosted_meals", "finance.claim", "finance.payment", "finance.advance")
    related_kinds = ("travel.request",)  # the approved 出差审批单 (and the advance taken with it)
    cites = (f"{WENSHAN}:42:4", f"{WENSHAN}:41:5", f"{TONGYU}:5:6", f"{BAICHENG}:18:4.4", f"{BAICHENG}:19:22")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        approved = prior(ctx, self.related_kinds)
        in_time = approved is not None and approved_in_time(approved)
        back = not_after_filing(data.get("return_date"), ctx, "return_date", "回单位日期", "The date back")
        attached = set(data.get("attachments") or [])
        trip_kind = data.get("trip_kind") or ((approved.data or {}).get("trip_kind") if approved else None)
        if check_id == "travel.claim":
            facts: dict[str, Any] = {
                "return_date": iso(back),
                "claim_date": ctx.on.isoformat(),
                "delay_justified": bool(data.get("delay_reason")),
                "approval_form": in_time,
                "receipts": "invoices" in attached,
                "grassroots_trip": trip_kind == "grassroots",
                "payment_method": data["advanced_by"],
                "card_unusable": bool(data.get("card_unusable")),
            }
            return facts
        if check_id == "travel.hosted_meals":
            facts = {
                # the table was filled before leaving when the approved request was filed before departure
                "form_filled": approved is not None and _filed_before(approved),
            }
            if data.get("hosted_meals") is not None:
                facts["hosted_meals"] = int(data["hosted_meals"])
                facts["receipts_kept"] = bool(data.get("fee_receipts"))
            if data.get("free_meals") is not None:
                facts["free_meals"] = int(data["free_meals"])
            if data.get("transport_paid"):
                facts["transport_paid"] = data["transport_paid"] == "yes"
            return facts
        documents = {"claim_form"} | (attached & {"invoices", "meeting_notice"})
        if approved is not None:
            documents |= {"application_form", "travel_approval"}
        signed = ["handler"] + (["witness"] if data.get("witness") else [])
        if check_id == "finance.claim":
            items = [claimed for name, _, _, claimed in COLUMNS if claimed and dec(data.get(name))]
            facts = {
                "amount": money(data["amount"]),
                "kind": "travel",
                "documents": sorted(documents),
                "signed_by": signed,
                "prior_approval": in_time,
                "paid_by": data["payout"],
                "claimed_on": ctx.on.isoformat(),
                "meeting_trip": trip_kind in ("meeting", "training"),
                "board_provided": bool(data.get("board_provided")),
            }
            put(facts, "incurred_on", iso(back))
            put(facts, "travel_classes", list(data.get("travel_classes") or []))
            put(facts, "travel_items", items)
            return facts
        if check_id == "finance.payment":
            facts = {
                "amount": money(data["amount"]),
                "method": data["payout"],
                "purpose": "travel_settlement",
                "in_county": bool(data.get("in_county")),
                "documents": sorted(documents),
                "signed_by": signed,
            }
            owed = outstanding_total(outstanding_advances(ctx))
            if owed > 0:
                facts["outstanding_advance"] = money(owed)
            return facts
        if check_id == "finance.advance":
            if approved is None or advance_of(approved) <= 0:
                return None  # no advance taken for this trip: nothing to settle
            return {
                "purpose": ADVANCE_PURPOSE.get(trip_kind or "", "travel"),
                "stage": "settle",
                "amount": money(advance_of(approved)),
                "returned_on": iso(back),
                "settled_on": ctx.on.isoformat(),  # this claim settles it
            }
        return None

    def title(self, data: Mapping[str, Any]) -> str:
        return (
            f"差旅费报销：{data.get('destination', '')}（{iso(data.get('departure'))}—{iso(data.get('return_date'))}）"
        )

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


def _filed_before(app: Any) -> bool:
    """Whether the trip request was filed (submitted; else drafted) on or before the day of departure."""
    from django.utils import timezone

    leave = day((app.data or {}).get("departure"))
    filed = getattr(app, "submitted_at", None)
    if filed is not None:
        filed = timezone.localtime(filed).date() if timezone.is_aware(filed) else filed.date()
    else:
        filed = getattr(app, "on", None)
    return leave is not None and filed is not None and filed <= leave


__all__ = ["TravelClaim", "TravelRequest"]
