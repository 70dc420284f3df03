"""Official receptions (公务接待): the 公务接待审批报告单 before, the 接待清单 and the claim after.

What the texts ask the form for, and where each fact goes (the checks decide; this module only maps):
- 通榆《公务接待管理制度》(tongyu-hrss:7, S000-07) 五：“接到公务接待公函后，需填写《公务接待审批报告单》，明确
  接待对象单位、姓名、职务和公务活动项目、时间和场所，并制定接待方案，进一步明确接待标准，确定陪同人员、活动路线，
  细化用餐标准等内容，报告单和方案经局长签批” → the fields of ``ReceptionRequestForm``; 二：“无公函的公务活动和来访
  人员一律不予接待” → ``has_official_letter``; 七：“接待对象在10人以内的，陪餐人数不得超过3人；接待对象超过10人的，
  陪餐人数不得超过接待对象人数的三分之一” → ``guests``/``accompanying``; 九 用餐标准 and “县内各类公务活动用餐
  一律不饮酒” → ``meal_type``/``cost_per_head``/``alcohol``; 十：“如实填写接待清单并提供相关票据和资料，经分管副
  局长签批后，履行报账程序” → ``ReceptionClaimForm``.
- 白城《公务接待制度》(baicheng-fupin:19, S003-19) with its 《公务接待审批报告单》 (报告部门、被接待单位、来白事由、
  来白时间、来白人数、来白主要领导姓名及职务、在白食宿安排及行程、建议市办陪同人员) and the flow chart
  (baicheng-fupin:47, S003-47); 19：“接待费报销凭证应当包括财务票据、派出单位公函和接待清单 … 不得以现金方式支付”.
- 文山 第三十七条(一) (wenshan-hrss:41:1, S001-67): “因特殊情况不能事前报批的公务接待,需经电话请示同意,并在3个
  工作日内补办报批手续” → ``emergency``: the form filed afterwards is the 补办报批, its filing day the day the
  written approval was sought; “特殊情况不在定点餐馆接待的,接待后7个工作日内 … 填报公务接待费用报销审批单” →
  ``dining_place`` and the claim's filing day. 第五十五条 接待工作程序 (wenshan-hrss:59, S001-85) asks for the
  guests' names, posts and the 接待方案 — the same fields.
- Every reception is also a spending (通榆第五条（一）“相关费用发生前要进行费用支出申请”; 白城四（七）1 “持对方单位
  发出的公函，填写《公务接待审批单》”; 文山（七）2 “各项经费的开支,事前必需经分管财务的局领导同意”), so the request
  is put to ``finance.expense_request`` with the estimated cost as well: the collective-decision thresholds
  and, at Wenshan, the written approval after phone consent come from there. The claim is put to
  ``finance.claim`` and ``finance.payment`` (transfers above the cash limit) besides ``reception.claim``.

The approvers come from the verdicts in check order: the spending chain first (申请人 → 科室 → 分管), then
the reception's own (报告单 → 局长/主要领导); on the claim the reception list's signature first, then the
finance chain.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.core.errors import BadInput
from zhidu.core.rules.library.reception import ARRANGEMENT_ZH, ARRANGEMENTS

from . import register
from ._money import (
    LinesField,
    MoneyKind,
    approved_in_time,
    bilingual,
    check_order,
    check_total,
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
    prior,
    put,
    text_field,
)
from .base import Context, money

TONGYU, WENSHAN, BAICHENG = "tongyu-hrss", "wenshan-hrss", "baicheng-fupin"

PURPOSES = [
    ("official", "公务（会议、调研、检查指导、请示汇报等） / official business"),
    ("vacation", "休假 / vacation"),
    ("family_visit", "探亲 / family visit"),
    ("tourism", "旅游 / tourism"),
    ("personal", "个人事务 / personal matters"),
]
RANKS = [
    ("deputy_department_or_above", "副厅级以上 / deputy-department level or above"),
    ("below_deputy_department", "副厅级以下 / below deputy-department level"),
]
MEAL_TYPES = [
    ("buffet_breakfast", "自助早餐 / buffet breakfast"),
    ("buffet_lunch", "自助午餐 / buffet lunch"),
    ("buffet_dinner", "自助晚餐 / buffet dinner"),
    ("table", "工作桌餐 / working table meal"),
    ("staff", "工作人员用餐 / staff meal"),
]
TABLE_REASONS = [
    ("too_few_people", "人数过少 / too few people"),
    ("no_buffet_facility", "不具备自助餐条件 / no buffet available"),
]
DINING_PLACES = [
    ("designated", "定点餐馆 / designated restaurant"),
    ("other", "非定点餐馆（特殊情况） / another place (special case)"),
]
ARRANGEMENT_CHOICES = [(a, ARRANGEMENT_ZH[a]) for a in ARRANGEMENTS]
CLAIM_ATTACHMENTS = [
    ("invoice", "发票（财务票据） / invoices"),
    ("official_letter", "派出单位公函 / the sending unit's official letter"),
    ("settlement_list", "结算清单 / settlement list"),
    ("pos_slip", "POS机刷卡凭条 / card-payment slips"),
]
PAYMENT_METHODS = [
    ("bank_transfer", "银行转账 / bank transfer"),
    ("official_card", "公务卡 / official card"),
    ("cash", "现金 / cash"),
]
# finance.* names the same methods differently
FINANCE_METHOD = {"bank_transfer": "transfer", "official_card": "official_card", "cash": "cash"}


def meal_cost(data: Mapping[str, Any]) -> Decimal:
    """The working meals' cost as planned: everyone at the table, each meal, at the cost per head."""
    per_head = data.get("cost_per_head")
    meals = data.get("working_meals") or 0
    if per_head is None or not meals:
        return Decimal("0.00")
    diners = (data.get("guests") or 0) + (data.get("accompanying") or 0)
    return Decimal(per_head) * diners * meals


class _MealFields(forms.Form):
    """The working meal, as both forms record it (方案 before, 清单 after)."""

    meal_type = choice_field("工作餐形式", "Kind of working meal", MEAL_TYPES, required=False)
    working_meals = count_field(
        "由我方安排的工作餐次数", "Working meals paid by us", maximum=100, required=False, initial=0
    )
    cost_per_head = money_field("人均餐费（元，不含酒水饮品）", "Cost per head (yuan, drinks excluded)", required=False)
    table_meal_reason = choice_field("安排桌餐的理由", "Reason for a table meal", TABLE_REASONS, required=False)
    alcohol = flag_field("用餐饮酒", "Alcohol served")
    out_of_province_guests = flag_field("接待对象为省外人员", "Guests from outside the province")
    dining_place = choice_field("就餐地点", "Where the meal is", DINING_PLACES, initial="designated")

    def _check_meals(self) -> None:
        data = self.cleaned_data
        kind, meals, per_head = data.get("meal_type"), data.get("working_meals"), data.get("cost_per_head")
        if kind and not meals:
            self.add_error(
                "working_meals",
                bilingual("已选择工作餐形式，请填写工作餐次数", "a kind of meal is chosen: give the number of meals"),
            )
        if meals and not kind:
            self.add_error("meal_type", bilingual("请选择工作餐形式", "choose the kind of working meal"))
        if kind and per_head is None:
            self.add_error(
                "cost_per_head", bilingual("请填写人均餐费（元）", "give the cost per head (yuan) of the meal")
            )
        if data.get("table_meal_reason") and kind != "table":
            self.add_error(
                "table_meal_reason",
                bilingual("只有工作桌餐才需填写桌餐理由", "a reason is only given for a table meal"),
            )


def _meal_facts(data: Mapping[str, Any], facts: dict[str, Any]) -> None:
    put(facts, "meal_type", data.get("meal_type"))
    if data.get("working_meals") is not None:
        facts["working_meals"] = int(data["working_meals"])
    per_head = dec(data.get("cost_per_head"))
    if per_head is not None:
        facts["cost_per_head"] = money(per_head)
    put(facts, "table_meal_reason", data.get("table_meal_reason"))
    facts["alcohol"] = bool(data.get("alcohol"))
    if data.get("out_of_province_guests"):
        facts["out_of_province_guests"] = True
    facts["designated_restaurant"] = (data.get("dining_place") or "designated") == "designated"


# ================================================================================== 公务接待审批报告单


class ReceptionRequestForm(_MealFields):
    """《公务接待审批报告单》与接待方案 (the report form and the reception plan)."""

    guest_unit = text_field("被接待单位", "Visiting unit")
    guest_leader = text_field("来访主要领导姓名及职务", "Leading guest (name and post)")
    guest_rank = choice_field("来访领导级别", "Rank of the leading guest", RANKS, required=False)
    purpose = choice_field("来访性质", "Nature of the visit", PURPOSES, initial="official")
    business = text_field("公务活动项目（来访事由）", "Official business of the visit")
    reception_date = date_field("接待日期", "Date of the reception")
    end_date = date_field("离开日期", "Date of departure", required=False)
    venue = text_field("活动场所", "Venue", required=False)
    has_official_letter = flag_field("派出单位已发来公函", "The sending unit sent an official letter")
    letter_ref = text_field("公函文号", "Letter reference", required=False, max_length=100)
    guests = count_field("接待对象人数", "Number of guests", minimum=1)
    accompanying = count_field("陪餐人数（我方陪同用餐）", "Accompanying diners (our staff at the table)")
    escorts = text_field("陪同人员（姓名、职务）", "Accompanying staff (names and posts)", required=False, long=True)
    itinerary = text_field(
        "食宿安排及行程（接待方案）", "Board, lodging and itinerary (reception plan)", max_length=2000, long=True
    )
    arrangements = multi_field("拟安排的迎送、住宿、活动事项", "Other planned arrangements", ARRANGEMENT_CHOICES)
    emergency = flag_field(
        "因特殊情况未能事前报批（已电话请示同意，现补办）",
        "Could not be approved beforehand (phone consent given; filed now)",
    )
    estimated_cost = money_field("预计接待费用（元）", "Estimated cost (yuan)")

    field_order = [
        "guest_unit",
        "guest_leader",
        "guest_rank",
        "purpose",
        "business",
        "reception_date",
        "end_date",
        "venue",
        "has_official_letter",
        "letter_ref",
        "guests",
        "accompanying",
        "escorts",
        "itinerary",
        "meal_type",
        "working_meals",
        "cost_per_head",
        "table_meal_reason",
        "alcohol",
        "out_of_province_guests",
        "dining_place",
        "arrangements",
        "emergency",
        "estimated_cost",
    ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        check_order(self, "reception_date", "end_date", max_days=90)
        self._check_meals()
        if data.get("letter_ref") and not data.get("has_official_letter"):
            self.add_error(
                "has_official_letter",
                bilingual("填写了公函文号，请确认已收到公函", "a letter reference is given: confirm the letter"),
            )
        cost, meals = data.get("estimated_cost"), meal_cost(data)
        if cost is not None and meals > cost:
            self.add_error(
                "estimated_cost",
                bilingual(
                    f"预计接待费用 {cost:,.2f} 元少于工作餐费用 {meals:,.2f} 元（就餐人数 × 人均 × 次数）",
                    f"the estimated cost {cost:.2f} yuan is less than the working meals' {meals:.2f} yuan "
                    "(diners × per head × meals)",
                ),
            )
        return data


@register
class ReceptionRequest(MoneyKind):
    """公务接待审批（接待前；特殊情况电话请示后补办）."""

    id = "reception.request"
    name_zh = "公务接待审批"
    name_en = "Official reception approval"
    domain = "reception"
    area = "reception"
    form = ReceptionRequestForm
    checks = ("finance.expense_request", "reception.request")
    agencies = (TONGYU, WENSHAN, BAICHENG)  # 区局 has no reception 制度: its 招待 is a spending (finance.*)
    cites = (f"{TONGYU}:7", f"{BAICHENG}:19", f"{BAICHENG}:47", f"{WENSHAN}:41:1", f"{WENSHAN}:59")

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        start = day(data.get("reception_date"))
        emergency = bool(data.get("emergency"))
        if emergency and start is not None and start > ctx.on:
            raise BadInput(
                "尚未发生的接待应事前报批，不属于“不能事前报批”的特殊情况",
                "a reception that has not taken place yet is approved beforehand, not afterwards",
                "emergency",
            )
        if check_id == "reception.request":
            facts: dict[str, Any] = {
                "guests": int(data["guests"]),
                "accompanying": int(data["accompanying"]),
                "has_official_letter": bool(data.get("has_official_letter")),
                "purpose": data.get("purpose") or "official",
                # this form is the request for approval: approved only once its route is complete
                "approval": "phone_consent" if emergency else "pending",
            }
            put(facts, "guest_rank", data.get("guest_rank"))
            put(facts, "reception_date", iso(start))
            if emergency:
                facts["approval_completed_on"] = ctx.on.isoformat()  # 补办报批: the day it is filed
            put(facts, "arrangements", list(data.get("arrangements") or []))
            _meal_facts(data, facts)
            return facts
        if check_id == "finance.expense_request":
            facts = {
                "amount": money(data["estimated_cost"]),
                "kind": "reception",
                "after_the_fact": start is not None and start < ctx.on,
                "official_letter": bool(data.get("has_official_letter")),
            }
            put(facts, "incurred_on", iso(start))
            if emergency:
                facts["phone_approval"] = True
            return facts
        return None

    def title(self, data: Mapping[str, Any]) -> str:
        return f"公务接待：{data.get('guest_unit', '')} {data.get('guests', '')}人（{iso(data.get('reception_date'))}）"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("estimated_cost"))


# ================================================================================== 接待清单 · 报账


class ReceptionClaimForm(_MealFields):
    """《公务接待清单》与接待费报销（报账单）."""

    guest_unit = text_field("接待对象单位", "Visiting unit")
    reception_date = date_field("接待日期", "Date of the reception")
    guests = count_field("实际接待对象人数", "Guests actually received", minimum=1)
    accompanying = count_field("实际陪餐人数", "Accompanying diners actually at the table")
    escorts = text_field("陪同人员（姓名、职务）", "Accompanying staff (names and posts)", required=False, long=True)
    lines = LinesField("费用明细", "Itemised costs")
    amount = money_field("报销金额合计（元）", "Total claimed (yuan)")
    attachments = multi_field("已附材料", "Attached", CLAIM_ATTACHMENTS)
    payment_method = choice_field("结算方式", "Payment method", PAYMENT_METHODS)
    witness = text_field("证明人", "Witness", required=False, max_length=50)

    field_order = [
        "guest_unit",
        "reception_date",
        "guests",
        "accompanying",
        "escorts",
        "meal_type",
        "working_meals",
        "cost_per_head",
        "table_meal_reason",
        "alcohol",
        "out_of_province_guests",
        "dining_place",
        "lines",
        "amount",
        "attachments",
        "payment_method",
        "witness",
    ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self._check_meals()
        check_total(self, "lines", "amount")
        total, meals = data.get("amount"), meal_cost(data)
        if total is not None and meals > total:
            self.add_error(
                "cost_per_head",
                bilingual(
                    f"工作餐费用 {meals:,.2f} 元（就餐人数 × 人均 × 次数）超过报销合计 {total:,.2f} 元",
                    f"the working meals' {meals:.2f} yuan exceed the total claimed {total:.2f} yuan",
                ),
            )
        return data


@register
class ReceptionClaim(MoneyKind):
    """公务接待清单与接待费报销（接待后）."""

    id = "reception.claim"
    name_zh = "公务接待清单及报销"
    name_en = "Reception list and claim"
    domain = "reception"
    area = "reception"
    form = ReceptionClaimForm
    checks = ("reception.request", "reception.claim", "finance.claim", "finance.payment")
    related_kinds = ("reception.request",)  # the 公务接待审批单 it settles
    agencies = (TONGYU, WENSHAN, BAICHENG)
    cites = (f"{TONGYU}:7:5.10", f"{BAICHENG}:19:17", f"{BAICHENG}:19:19", f"{BAICHENG}:47", f"{WENSHAN}:41:1")

    def _documents(self, data: Mapping[str, Any], approved: Any) -> list[str]:
        # this form is both the 接待清单 (it lists who was received, who dined, what it cost) and the claim form
        docs = {"reception_list", "claim_form"} | (set(data.get("attachments") or []) & {"invoice", "official_letter"})
        if approved is not None:
            docs.add("approval_form")
        return sorted(docs)

    def map(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        approved = prior(ctx, self.related_kinds)
        when = not_after_filing(data.get("reception_date"), ctx, "reception_date", "接待日期", "The reception date")
        attached = set(data.get("attachments") or [])
        if check_id == "reception.request":  # the list, checked against the same rules as the plan
            facts: dict[str, Any] = {
                "guests": int(data["guests"]),
                "accompanying": int(data["accompanying"]),
                "has_official_letter": "official_letter" in attached
                or bool(approved and (approved.data or {}).get("has_official_letter")),
                "approval": "approved" if approved is not None and approved_in_time(approved) else "pending",
            }
            put(facts, "reception_date", iso(when))
            _meal_facts(data, facts)
            return facts
        if check_id == "reception.claim":
            facts = {
                "documents": self._documents(data, approved),
                "payment_method": data["payment_method"],
                "designated_restaurant": (data.get("dining_place") or "designated") == "designated",
                "claim_date": ctx.on.isoformat(),
            }
            put(facts, "reception_date", iso(when))
            return facts
        documents = {"claim_form"}
        if "invoice" in attached:
            documents.add("invoices")
        documents |= attached & {"official_letter", "settlement_list", "pos_slip"}
        if approved is not None:
            documents |= {"reception_approval", "application_form"}
            if approved.decision_ref:
                documents.add("party_group_resolution")
        signed = ["handler"] + (["witness"] if data.get("witness") else [])
        if check_id == "finance.claim":
            facts = {
                "amount": money(data["amount"]),
                "kind": "reception",
                "documents": sorted(documents),
                "signed_by": signed,
                "prior_approval": approved is not None and approved_in_time(approved),
                "paid_by": FINANCE_METHOD[data["payment_method"]],
                "claimed_on": ctx.on.isoformat(),
                "designated_restaurant": (data.get("dining_place") or "designated") == "designated",
            }
            put(facts, "incurred_on", iso(when))
            return facts
        if check_id == "finance.payment":
            return {
                "amount": money(data["amount"]),
                "method": FINANCE_METHOD[data["payment_method"]],
                "documents": sorted(documents),
                "signed_by": signed,
            }
        return None

    def title(self, data: Mapping[str, Any]) -> str:
        return f"接待费报销：{data.get('guest_unit', '')}（{iso(data.get('reception_date'))}）"

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return dec(data.get("amount"))


__all__ = ["ReceptionClaim", "ReceptionClaimForm", "ReceptionRequest", "ReceptionRequestForm"]
