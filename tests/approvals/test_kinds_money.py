"""Approval kinds for spending, receptions and travel (zhidu.approvals.kinds.finance / reception / travel):
each kind's form refuses impossible input naming the field, and its preview — the checks of the rule engine
on the facts the kind derives — blocks or routes at each agency's thresholds (at the figure and one unit
over), citing the clause."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from django.utils import timezone

from zhidu.accounts.models import User
from zhidu.agencies.models import Agency
from zhidu.approvals.kinds import Context, Preview, get, preview
from zhidu.approvals.models import Application
from zhidu.core.errors import BadInput
from zhidu.workflow.service import deadline

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 3, 2)  # a Monday
T, D, W, B = "tongyu-hrss", "district-bureau", "wenshan-hrss", "baicheng-fupin"
FOUR = (T, D, W, B)


# ------------------------------------------------------------------------------------------ helpers


def form(kind_id: str, post: Mapping[str, Any]) -> Any:
    return get(kind_id).form(data=dict(post))


def cleaned(kind_id: str, post: Mapping[str, Any]) -> dict[str, Any]:
    f = form(kind_id, post)
    assert f.is_valid(), f.errors.as_json()
    return dict(f.cleaned_data)


def run(kind_id: str, agency: str, post: Mapping[str, Any], on: dt.date = ON, **extra: Any) -> Preview:
    ctx = Context(agency, on, extra=extra.pop("extra", {}) or extra)
    return preview(get(kind_id), cleaned(kind_id, post), ctx)


def refused(kind_id: str, post: Mapping[str, Any]) -> dict[str, str]:
    """The form's refusals: field → message; each in Chinese and English."""
    f = form(kind_id, post)
    assert not f.is_valid()
    out = {}
    for name, errors in json.loads(f.errors.as_json()).items():
        message = " ".join(e["message"] for e in errors)
        assert " / " in message, message  # bilingual
        out[name] = message
    return out


def findings(p: Preview, outcome: str | None = None) -> list[Any]:
    return [f for v in p.verdicts for f in v.findings if outcome is None or f.outcome.value == outcome]


def cited(p: Preview, outcome: str | None = None) -> str:
    """The text of every clause cited by the findings (of one outcome)."""
    return "\n".join(c.text for f in findings(p, outcome) for c in f.citations)


def blocked_by(p: Preview, *quotes: str) -> None:
    assert p.outcome.value == "blocked", [(f.rule_id, f.outcome.value) for f in findings(p)]
    text = cited(p, "blocked")
    for q in quotes:
        assert q in text, (q, text)


def not_blocked(p: Preview) -> None:
    assert p.outcome.value != "blocked", [(f.rule_id, f.message_zh) for f in findings(p, "blocked")]


def approved_app(kind: str, data: Mapping[str, Any], decided: dt.date, *, decision_ref: str = "", pk: int = 1) -> Any:
    """An approved pre-approval as the approvals service hands it to a claim (``ctx.extra["related"]``)."""
    return SimpleNamespace(
        pk=pk,
        kind=kind,
        status="approved",
        data=dict(data),
        number="",
        decision_ref=decision_ref,
        decided_at=dt.datetime.combine(decided, dt.time(10), tzinfo=dt.UTC),
        submitted_at=None,
        on=decided,
    )


def working_day_after(d: dt.date) -> dt.date:
    return deadline(d, 1, "working_days").date


# ================================================================================== reception.request

RECEPTION = {
    "guest_unit": "省人社厅调研组",
    "guest_leader": "张某 处长",
    "purpose": "official",
    "business": "就业工作调研",
    "reception_date": "2026-03-05",
    "has_official_letter": "on",
    "letter_ref": "吉人社函〔2026〕12号",
    "guests": "10",
    "accompanying": "3",
    "escorts": "李四 副局长；周九 科长；吴十",
    "itinerary": "3月5日上午座谈，中午自助工作餐，下午赴乡镇调研",
    "meal_type": "buffet_lunch",
    "working_meals": "1",
    "cost_per_head": "70",
    "dining_place": "designated",
    "estimated_cost": "910",
}


@pytest.mark.parametrize("agency", [T, B])
@pytest.mark.parametrize(
    "guests,allowed,over",
    [(10, 3, 4), (1, 3, 4), (11, 3, 4), (12, 4, 5), (30, 10, 11), (31, 10, 11)],
)
def test_accompanying_diners_at_and_one_over_the_limit(agency: str, guests: int, allowed: int, over: int) -> None:
    at = {**RECEPTION, "guests": str(guests), "accompanying": str(allowed), "estimated_cost": "5000"}
    not_blocked(run("reception.request", agency, at))
    p = run("reception.request", agency, {**at, "accompanying": str(over)})
    quote = "陪餐人数不得超过3人" if guests <= 10 else "陪餐人数不得超过接待对象人数的三分之一"
    blocked_by(p, quote)
    assert any(f.rule_id == "reception.accompany_limit" for f in findings(p, "blocked"))


@pytest.mark.parametrize("agency", [T, B])
def test_no_official_letter_no_reception(agency: str) -> None:
    post = {k: v for k, v in RECEPTION.items() if k not in ("has_official_letter", "letter_ref")}
    blocked_by(run("reception.request", agency, post), "无公函的公务活动和来访人员一律不予接待")
    not_blocked(run("reception.request", agency, RECEPTION))


def test_a_letter_number_without_the_letter_is_refused() -> None:
    errors = refused("reception.request", {**RECEPTION, "has_official_letter": ""})
    assert "公函" in errors["has_official_letter"] and "letter" in errors["has_official_letter"]


@pytest.mark.parametrize("agency", [T, B])
@pytest.mark.parametrize(
    "meal,at,over",
    [
        ("buffet_breakfast", "25", "25.01"),
        ("buffet_lunch", "70", "70.01"),
        ("buffet_dinner", "70", "70.01"),
        ("table", "149.99", "150"),  # 工作桌餐标准“低于”150元/人: 150 itself is over
        ("staff", "50", "50.01"),
    ],
)
def test_meal_standard_per_head_by_meal_type(agency: str, meal: str, at: str, over: str) -> None:
    post = {**RECEPTION, "meal_type": meal, "cost_per_head": at, "estimated_cost": "3000"}
    if meal == "table":
        post["table_meal_reason"] = "too_few_people"
    not_blocked(run("reception.request", agency, post))
    p = run("reception.request", agency, {**post, "cost_per_head": over})
    blocked_by(p, "自助餐标准为早餐25元/人，午、晚餐70元/人" if meal.startswith("buffet") else "工作")
    assert [f.rule_id for f in findings(p, "blocked")] == ["reception.meal_standard"]


def test_a_table_meal_without_a_reason_is_flagged_buffet_first() -> None:
    p = run(
        "reception.request", T, {**RECEPTION, "meal_type": "table", "cost_per_head": "100", "estimated_cost": "1300"}
    )
    assert p.outcome.value == "needs_approval"
    assert "工作餐原则上安排自助餐" in cited(p, "warning")


def test_no_alcohol_in_county_at_tongyu() -> None:
    p = run("reception.request", T, {**RECEPTION, "alcohol": "on"})
    blocked_by(p, "县内各类公务活动用餐一律不饮酒")
    out_of_province = run("reception.request", T, {**RECEPTION, "alcohol": "on", "out_of_province_guests": "on"})
    assert out_of_province.outcome.value == "needs_approval"
    assert "接待省外人员按《党政机关国内公务接待管理规定》执行" in cited(out_of_province, "warning")


@pytest.mark.parametrize("agency", [T, B])
def test_one_working_meal(agency: str) -> None:
    not_blocked(run("reception.request", agency, {**RECEPTION, "working_meals": "1"}))
    p = run("reception.request", agency, {**RECEPTION, "working_meals": "2", "estimated_cost": "1820"})
    blocked_by(p, "接待单位可以安排一次工作餐")


@pytest.mark.parametrize("agency", [T, B])
def test_private_visits_are_not_official_receptions(agency: str) -> None:
    blocked_by(run("reception.request", agency, {**RECEPTION, "purpose": "tourism"}), "休假、探亲、旅游等")


def test_prohibited_arrangements() -> None:
    p = run("reception.request", B, {**RECEPTION, "arrangements": ["flowers", "gifts"]})
    blocked_by(p, "不献花", "不得以任何名义赠送礼金")


@pytest.mark.parametrize(
    "agency,low,high,route,body_quote",
    [
        (T, "4999.99", "5000", ["section_head", "deputy_in_charge", "chief"], "五千元以上（含五千元）"),
        (B, "19999.99", "20000", ["section_head", "office", "deputy_in_charge", "chief"], "2万元以上"),
        (W, "4999.99", "5000", ["finance_deputy", "deputy_in_charge", "chief"], "重大开支必需经局长办公会议或党组会议"),
    ],
)
def test_reception_route_and_the_collective_threshold(
    agency: str, low: str, high: str, route: list[str], body_quote: str
) -> None:
    p = run("reception.request", agency, {**RECEPTION, "estimated_cost": low})
    assert p.outcome.value == "needs_approval"
    assert list(p.approvers) == route
    assert "party_group_meeting" not in p.approvers
    p = run("reception.request", agency, {**RECEPTION, "estimated_cost": high})
    assert "party_group_meeting" in p.approvers
    assert body_quote in cited(p, "needs_approval")
    # the reception's own signer (报告单和方案经局长签批 / 主要领导意见) is last
    assert p.approvers[-1] == "chief"


def test_tongyu_reception_plan_signed_by_the_director() -> None:
    p = run("reception.request", T, RECEPTION)
    assert "报告单和方案经局长签批" in cited(p, "needs_approval")


def test_wenshan_emergency_reception_approved_in_writing_within_three_working_days() -> None:
    held = dt.date(2026, 2, 25)
    due = deadline(held, 3, "working_days").date
    post = {**RECEPTION, "reception_date": held.isoformat(), "emergency": "on"}
    p = run("reception.request", W, post, on=due)
    assert p.outcome.value == "needs_approval"
    assert list(p.approvers) == ["finance_deputy", "deputy_in_charge", "chief"]
    assert "需经电话请示同意,并在3个工作日内补办报批手续" in cited(p, "needs_approval")
    assert not findings(p, "warning")
    late = run("reception.request", W, post, on=working_day_after(due))
    warned = findings(late, "warning")
    assert warned and "3个工作日内补办报批手续" in cited(late, "warning")
    assert any(d.date == due for f in warned for d in f.deadlines)


def test_tongyu_has_no_after_the_fact_approval() -> None:
    post = {**RECEPTION, "reception_date": "2026-02-26", "emergency": "on"}
    blocked_by(run("reception.request", T, post), "相关费用发生前要进行费用支出申请")


def test_an_emergency_in_the_future_is_refused_naming_the_field() -> None:
    with pytest.raises(BadInput) as err:
        run("reception.request", W, {**RECEPTION, "emergency": "on"})
    assert err.value.field == "emergency" and err.value.message_en


def test_reception_form_refusals_name_the_field() -> None:
    errors = refused(
        "reception.request",
        {**RECEPTION, "guests": "0", "accompanying": "-1", "estimated_cost": "-5", "end_date": "2026-03-04"},
    )
    assert set(errors) >= {"guests", "accompanying", "estimated_cost", "end_date"}
    assert "不能为负数" in errors["estimated_cost"] and "cannot be negative" in errors["estimated_cost"]
    assert "离开日期不能早于接待日期" in errors["end_date"]
    assert "不能早于" in refused("reception.request", {**RECEPTION, "end_date": "2026-03-01"})["end_date"]
    absurd = refused("reception.request", {**RECEPTION, "estimated_cost": "100000000.01"})
    assert "不合常理" in absurd["estimated_cost"]
    fen = refused("reception.request", {**RECEPTION, "estimated_cost": "910.001"})
    assert "精确到分" in fen["estimated_cost"]
    cheap = refused("reception.request", {**RECEPTION, "estimated_cost": "909.99"})
    assert "910.00" in cheap["estimated_cost"]  # 13 diners × 70 yuan × 1 meal
    meals = refused("reception.request", {**RECEPTION, "working_meals": "0"})
    assert "working_meals" in meals
    no_price = refused("reception.request", {**RECEPTION, "cost_per_head": ""})
    assert "cost_per_head" in no_price
    assert "itinerary" in refused("reception.request", {**RECEPTION, "itinerary": ""})
    assert "reception_date" in refused("reception.request", {**RECEPTION, "reception_date": "1899-01-01"})


def test_reception_kinds_serve_the_three_agencies_with_a_reception_text() -> None:
    for kind_id in ("reception.request", "reception.claim"):
        kind = get(kind_id)
        assert [a for a in FOUR if kind.applies_to(a)] == [T, W, B]
        assert not kind.applies_to("yuanshi-hrss")


# ================================================================================== reception.claim

RECEPTION_CLAIM = {
    "guest_unit": "省人社厅调研组",
    "reception_date": "2026-02-26",
    "guests": "10",
    "accompanying": "3",
    "meal_type": "buffet_lunch",
    "working_meals": "1",
    "cost_per_head": "70",
    "dining_place": "designated",
    "lines": "工作餐 910.00\n住宿费（标准间2间） 520.00",
    "amount": "1430",
    "attachments": ["invoice", "official_letter", "settlement_list"],
    "payment_method": "bank_transfer",
    "witness": "周九",
}


def _approved_reception(decided: dt.date = dt.date(2026, 2, 20), **data: Any) -> Any:
    return approved_app("reception.request", {**RECEPTION, "reception_date": "2026-02-26", **data}, decided)


def test_tongyu_reception_list_signed_by_the_deputy_then_the_finance_deputy() -> None:
    p = run("reception.claim", T, RECEPTION_CLAIM, related=_approved_reception())
    assert p.outcome.value == "needs_approval"
    assert list(p.approvers) == ["deputy_in_charge", "finance_deputy"]
    assert "经分管副局长签批后，履行报账程序" in cited(p, "needs_approval")


def test_tongyu_claim_without_its_approved_request_cannot_be_paid() -> None:
    p = run("reception.claim", T, RECEPTION_CLAIM)
    blocked_by(p, "报账人持《申请单》《报账单》及相关票据资料到出纳员处兑付现金或清理借款")
    assert "chief" in p.approvers  # the 报告单 was never signed


def test_a_request_approved_after_the_reception_is_not_a_prior_approval() -> None:
    late = _approved_reception(decided=dt.date(2026, 2, 27))
    p = run("reception.claim", T, RECEPTION_CLAIM, related=late)
    assert "chief" in p.approvers


def test_the_list_is_checked_against_the_diner_limit_too() -> None:
    p = run("reception.claim", B, {**RECEPTION_CLAIM, "accompanying": "4"}, related=_approved_reception())
    blocked_by(p, "陪餐人数不得超过3人")


def test_baicheng_reception_costs_are_never_paid_in_cash() -> None:
    ok = run("reception.claim", B, RECEPTION_CLAIM, related=_approved_reception())
    not_blocked(ok)
    assert list(ok.approvers) == ["office", "finance_deputy", "section_head", "deputy_in_charge"]
    p = run("reception.claim", B, {**RECEPTION_CLAIM, "payment_method": "cash"}, related=_approved_reception())
    blocked_by(p, "不得以现金方式支付")


def test_baicheng_claim_vouchers() -> None:
    no_letter = {**RECEPTION_CLAIM, "attachments": ["invoice", "settlement_list"]}
    blocked_by(run("reception.claim", B, no_letter, related=_approved_reception()), "财务票据、派出单位公函和接待清单")
    card = {**RECEPTION_CLAIM, "payment_method": "official_card"}
    blocked_by(run("reception.claim", B, card, related=_approved_reception()), "用公务卡结算的须附POS机刷卡凭条")
    card["attachments"] = [*RECEPTION_CLAIM["attachments"], "pos_slip"]
    not_blocked(run("reception.claim", B, card, related=_approved_reception()))


def test_wenshan_claim_for_another_restaurant_within_seven_working_days() -> None:
    held = dt.date(2026, 2, 26)
    due = deadline(held, 7, "working_days").date
    post = {**RECEPTION_CLAIM, "dining_place": "other"}
    p = run("reception.claim", W, post, on=due, related=_approved_reception())
    assert list(p.approvers) == ["office", "finance_deputy", "finance_section"]
    assert not [f for f in findings(p, "warning") if f.rule_id == "reception.claim_deadline_art37"]
    late = run("reception.claim", W, post, on=working_day_after(due), related=_approved_reception())
    overdue = [f for f in findings(late, "warning") if f.rule_id == "reception.claim_deadline_art37"]
    assert overdue and "接待后7个工作日内" in "".join(c.text for f in overdue for c in f.citations)


def test_wenshan_claim_needs_a_witness() -> None:
    p = run("reception.claim", W, {**RECEPTION_CLAIM, "witness": ""}, related=_approved_reception())
    blocked_by(p, "必须由经办人、证明人签名")


def test_reception_claim_lines_must_add_up() -> None:
    errors = refused("reception.claim", {**RECEPTION_CLAIM, "amount": "1430.01"})
    assert "1,430.01" in errors["amount"] and "1,430.00" in errors["amount"]
    bad = refused("reception.claim", {**RECEPTION_CLAIM, "lines": "工作餐 910\n住宿费 -520"})
    assert "第 2 行" in bad["lines"] and "line 2" in bad["lines"]


def test_a_reception_after_the_filing_day_is_refused() -> None:
    with pytest.raises(BadInput) as err:
        run("reception.claim", T, {**RECEPTION_CLAIM, "reception_date": "2026-03-03"})
    assert err.value.field == "reception_date"


# ================================================================================== finance.expense_request

EXPENSE = {
    "purpose": "全县就业招聘会场地及宣传",
    "expense_kind": "general",
    "incurred_on": "2026-03-10",
    "lines": "场地租金 3000\n宣传品 1999.99",
    "amount": "4999.99",
}


def _lines(total: str) -> dict[str, str]:
    return {"lines": f"支出 {total}", "amount": total}


@pytest.mark.parametrize(
    "agency,below,at,before_body,quote",
    [
        (
            T,
            "4999.99",
            "5000",
            ["section_head", "deputy_in_charge"],
            "五千元以上（含五千元）的重大资金支出需由局党组会讨论决定",
        ),
        (D, "9999.99", "10000", ["finance_deputy"], "金额在10000元以上的,经局党组研究通过后"),
        (W, "4999.99", "5000", ["finance_deputy"], "重大开支必需经局长办公会议或党组会议研究决定"),
        (B, "19999.99", "20000", ["section_head", "office", "deputy_in_charge"], "2万元以上"),
    ],
)
def test_spending_routed_by_amount(agency: str, below: str, at: str, before_body: list[str], quote: str) -> None:
    p = run("finance.expense_request", agency, {**EXPENSE, **_lines(below)})
    assert p.outcome.value == "needs_approval" and list(p.approvers) == before_body
    p = run("finance.expense_request", agency, {**EXPENSE, **_lines(at)})
    assert list(p.approvers) == [*before_body, "party_group_meeting"]
    assert quote in cited(p, "needs_approval")


def test_baicheng_routine_costs_are_not_put_to_the_party_group() -> None:
    p = run("finance.expense_request", B, {**EXPENSE, "expense_kind": "routine", **_lines("50000")})
    assert "party_group_meeting" not in p.approvers
    assert "不再提交党组会议审定" in cited(p, "allowed")


@pytest.mark.parametrize(
    "amount,route",
    [
        ("1999.99", ["deputy_in_charge", "finance_deputy"]),
        ("2000", ["chief"]),  # 2000元至5000元 — the bands overlap at the boundary; the higher one is read
        ("2000.01", ["chief"]),
        ("4999.99", ["chief"]),
        ("5000", ["party_group_meeting"]),
        ("5000.01", ["party_group_meeting"]),
    ],
)
def test_wenshan_three_purchase_tiers(amount: str, route: list[str]) -> None:
    p = run("finance.expense_request", W, {**EXPENSE, "expense_kind": "fixed_asset", **_lines(amount)})
    tiers = [f for f in findings(p, "needs_approval") if "购置" in f.message_zh]
    assert len(tiers) == 1 and list(tiers[0].approvers) == route
    assert "购置单项固定资产及办公用品5000元以上的" in "".join(c.text for c in tiers[0].citations)


@pytest.mark.parametrize(
    "agency,quote", [(T, "相关费用发生前要进行费用支出申请"), (W, "事前必需经分管财务的局领导同意")]
)
def test_spending_after_the_fact_is_refused(agency: str, quote: str) -> None:
    p = run("finance.expense_request", agency, {**EXPENSE, "incurred_on": "2026-02-27"})
    blocked_by(p, quote)
    not_blocked(run("finance.expense_request", agency, {**EXPENSE, "incurred_on": ON.isoformat()}))


@pytest.mark.parametrize("agency,quote", [(T, "承办科室需要做出预算"), (W, "会议费、培训费实行经费预算制度")])
def test_meetings_need_a_budget_first(agency: str, quote: str) -> None:
    post = {**EXPENSE, "expense_kind": "meeting"}
    blocked_by(run("finance.expense_request", agency, post), quote)
    not_blocked(run("finance.expense_request", agency, {**post, "budget_prepared": "on"}))


def test_district_hosting_meals_out_and_fruit() -> None:
    post = {**EXPENSE, "expense_kind": "reception", "dine_out": "on", **_lines("600")}
    assert list(run("finance.expense_request", D, post).approvers) == ["finance_deputy", "deputy_in_charge"]
    fruit = run("finance.expense_request", D, {**post, "includes_fruit": "on"})
    assert list(fruit.approvers) == ["finance_deputy", "deputy_in_charge", "chief"]
    assert "原则上不购买水果,特殊情况必须经局长批准" in cited(fruit, "needs_approval")


def test_baicheng_meeting_costs_above_last_year_are_flagged() -> None:
    post = {**EXPENSE, "expense_kind": "meeting", "budget_prepared": "on", **_lines("3000")}
    at = run("finance.expense_request", B, {**post, "annual_total": "80000", "previous_year_total": "80000"})
    assert not findings(at, "warning")
    over = run("finance.expense_request", B, {**post, "annual_total": "80000.01", "previous_year_total": "80000"})
    assert "会议费、培训费总额度原则上不超过上年" in cited(over, "warning")


def test_expense_form_refusals() -> None:
    errors = refused("finance.expense_request", {**EXPENSE, "amount": "5000"})
    assert "金额合计" in errors["amount"] and "does not equal" in errors["amount"]
    errors = refused("finance.expense_request", {**EXPENSE, "lines": "场地租金", "amount": "-1"})
    assert "amount" in errors and "lines" in errors
    errors = refused("finance.expense_request", {**EXPENSE, "lines": "场地租金 0", "amount": "0"})
    assert "应大于零" in errors["lines"]
    errors = refused("finance.expense_request", {**EXPENSE, "lines": "场地租金 1.001", "amount": "1.001"})
    assert "精确到分" in errors["lines"] and "精确到分" in errors["amount"]
    errors = refused("finance.expense_request", {**EXPENSE, "lines": "场地 1000000000", "amount": "abc"})
    assert "不合常理" in errors["lines"] and "应为金额" in errors["amount"]
    errors = refused("finance.expense_request", {**EXPENSE, "lines": "\n".join(f"第{i}项 1" for i in range(51))})
    assert "50" in errors["lines"]
    errors = refused("finance.expense_request", {**EXPENSE, "expense_kind": "bribes"})
    assert "费用类别" in errors["expense_kind"]
    errors = refused("finance.expense_request", {**EXPENSE, "annual_total": "100"})
    assert "previous_year_total" in errors and "annual_total" in errors  # both or neither; includes this one


def test_lines_in_every_shape_read_back_exactly() -> None:
    typed = cleaned(
        "finance.expense_request", {**EXPENSE, "lines": "场地租金：3,000元\n宣传品,1999.99", "amount": "4999.99"}
    )
    assert typed["lines"] == "场地租金 3000.00\n宣传品 1999.99"
    as_list = cleaned(
        "finance.expense_request",
        {**EXPENSE, "lines": [{"item": "场地租金", "amount": "3000"}, ["宣传品", "1999.99"]], "amount": "4999.99"},
    )
    assert as_list["lines"] == typed["lines"]
    stored = cleaned("finance.expense_request", {**EXPENSE, **typed, "incurred_on": "2026-03-10"})
    assert stored["lines"] == typed["lines"] and stored["amount"] == Decimal("4999.99")
    sheet = dict(get("finance.expense_request").sheet({**typed, "incurred_on": "2026-03-10"}))
    assert sheet["支出明细（1）"] == "场地租金  3,000.00 元" and sheet["金额合计（元）"] == "4,999.99 元"


# ================================================================================== finance.claim

CLAIM = {
    "purpose": "招聘会宣传品",
    "expense_kind": "general",
    "incurred_on": "2026-02-27",
    "lines": "宣传品 1000",
    "amount": "1000",
    "attachments": ["invoices"],
    "paid_by": "transfer",
    "witness": "周九",
}


def _approved_expense(**data: Any) -> Any:
    return approved_app(
        "finance.expense_request", {**EXPENSE, "incurred_on": "2026-02-27", **data}, dt.date(2026, 2, 20)
    )


@pytest.mark.parametrize(
    "agency,at,over,quote",
    [
        (T, "999.99", "1000", "本县内发生事项单项金额超过1000元（含1000元）的一律转账支付"),
        (D, "1000", "1000.01", "凡超出1000元的支出,原则上使用支票结算"),
        (B, "1000", "1000.01", "对现金支付超过1000元的，不予核销"),
    ],
)
def test_cash_payment_limit(agency: str, at: str, over: str, quote: str) -> None:
    post = {**CLAIM, "paid_by": "cash"}
    not_blocked(run("finance.claim", agency, {**post, **_lines(at)}, related=_approved_expense()))
    p = run("finance.claim", agency, {**post, **_lines(over)}, related=_approved_expense())
    blocked_by(p, quote)
    not_blocked(run("finance.claim", agency, {**CLAIM, **_lines(over)}, related=_approved_expense()))


def test_tongyu_transfer_rule_is_for_matters_in_the_county() -> None:
    post = {**CLAIM, "paid_by": "cash", "outside_county": "on", **_lines("1000")}
    not_blocked(run("finance.claim", T, post, related=_approved_expense()))


def test_district_cheque_rule_allows_a_stated_exception_for_the_finance_deputy() -> None:
    post = {**CLAIM, "paid_by": "cash", "exception_reason": "收款人无银行账户", **_lines("1000.01")}
    p = run("finance.claim", D, post)
    assert p.outcome.value == "needs_approval" and "finance_deputy" in p.approvers


def test_tongyu_claim_signed_by_the_finance_deputy_and_the_party_group_above_the_threshold() -> None:
    p = run("finance.claim", T, CLAIM, related=_approved_expense())
    assert list(p.approvers) == ["finance_deputy"]
    assert "由分管财务副局长签批" in cited(p, "needs_approval")
    big = {**CLAIM, **_lines("5000")}
    assert list(run("finance.claim", T, big, related=_approved_expense()).approvers) == [
        "finance_deputy",
        "party_group_meeting",
    ]
    decided = approved_app(
        "finance.expense_request", EXPENSE, dt.date(2026, 2, 20), decision_ref="meetings.AgendaItem:7"
    )
    assert list(run("finance.claim", T, big, related=decided).approvers) == ["finance_deputy"]


def test_wenshan_voucher_needs_handler_and_witness() -> None:
    blocked_by(run("finance.claim", W, {**CLAIM, "witness": ""}), "必须由经办人、证明人签名")
    p = run("finance.claim", W, CLAIM)
    assert list(p.approvers) == ["finance_section", "finance_deputy"]


def test_wenshan_meeting_claim_within_seven_days_of_the_invoice() -> None:
    in_time = late = None
    for back in range(1, 30):
        d = ON - dt.timedelta(days=back)
        due = deadline(d, 7, "days").date
        if due >= ON:
            in_time = d
        elif late is None:
            late = d
    assert in_time and late
    post = {**CLAIM, "expense_kind": "meeting", "attachments": ["invoices", "meeting_notice"]}
    ok = run("finance.claim", W, {**post, "invoice_on": in_time.isoformat()})
    assert not findings(ok, "warning")
    p = run("finance.claim", W, {**post, "invoice_on": late.isoformat()})
    assert "须在取得发票7日内填制报销" in cited(p, "warning")


def test_district_asset_claim_needs_the_custodian_and_the_register() -> None:
    post = {**CLAIM, "expense_kind": "office_supplies"}
    blocked_by(run("finance.claim", D, post), "经财产保 管员签字验收,登记入帐")
    done = {**post, "custodian": "孙八", "attachments": ["invoices", "ledger_entry"]}
    not_blocked(run("finance.claim", D, done))


def test_claim_dates_cannot_lie_after_filing() -> None:
    with pytest.raises(BadInput) as err:
        run("finance.claim", T, {**CLAIM, "invoice_on": "2026-03-03"})
    assert err.value.field == "invoice_on"


# ================================================================================== finance.advance

ADVANCE = {"purpose": "meeting", "use": "赴省参加就业工作会议", "amount": "2000", "written_notice": "on"}


def test_tongyu_does_not_advance_travel_costs() -> None:
    blocked_by(run("finance.advance", T, ADVANCE), "不预借出差人员差旅费，出差归来统一结算")
    not_blocked(run("finance.advance", T, {**ADVANCE, "purpose": "official"}))


def test_district_travel_advance_needs_the_written_notice() -> None:
    blocked_by(run("finance.advance", D, {**ADVANCE, "written_notice": ""}), "必须持主办单位书面通知")
    p = run("finance.advance", D, ADVANCE)
    assert list(p.approvers) == ["deputy_in_charge", "finance_deputy"]
    blocked_by(run("finance.advance", D, {**ADVANCE, "purpose": "personal"}), "个人因私一律不准借用现金")


def test_wenshan_personal_loan_needs_a_repayment_date() -> None:
    post = {**ADVANCE, "purpose": "personal"}
    blocked_by(run("finance.advance", W, post), "须经分管财务的局领导批准,并限期归还")
    p = run("finance.advance", W, {**post, "repay_by": "2026-04-30"})
    assert list(p.approvers) == ["finance_deputy"]
    with pytest.raises(BadInput) as err:
        run("finance.advance", W, {**post, "repay_by": "2026-03-01"})
    assert err.value.field == "repay_by"


def test_baicheng_no_cash_lent_to_another_unit() -> None:
    blocked_by(run("finance.advance", B, {**ADVANCE, "to_other_unit": "on"}), "与其他单位间相互借用现金")


def test_advance_amount_must_be_positive() -> None:
    assert "应大于零" in refused("finance.advance", {**ADVANCE, "amount": "0"})["amount"]


# ------------------------------------------------------------------------------------------ outstanding advances


@pytest.fixture
def applicant() -> User:
    return User.objects.create_user("apprmoney-applicant", password="Apprmoney-test-2026!")


def _saved(agency: str, kind: str, user: User, data: Mapping[str, Any], *, related: Any = None) -> Application:
    return Application.objects.create(
        agency=Agency.objects.get(slug=agency),
        kind=kind,
        title=kind,
        applicant=user,
        applicant_name="申请人",
        data=dict(data),
        on=dt.date(2026, 2, 10),
        status=Application.APPROVED,
        decided_at=timezone.make_aware(dt.datetime(2026, 2, 11, 9)),
        related=related,
    )


def test_no_new_advance_while_one_is_outstanding(applicant: User) -> None:
    ctx = Context(D, ON, applicant)
    kind = get("finance.advance")
    data = cleaned("finance.advance", ADVANCE)
    assert preview(kind, data, ctx).outcome.value == "needs_approval"
    earlier = _saved(D, "finance.advance", applicant, {**ADVANCE, "amount": "1500.00"})
    p = preview(kind, data, ctx)
    assert p.outcome.value == "blocked" and "原则上前帐未清 不得再借" in cited(p, "blocked")
    # settled by an approved claim linked to it: no longer outstanding
    _saved(D, "finance.claim", applicant, {**CLAIM}, related=earlier)
    assert preview(kind, data, ctx).outcome.value == "needs_approval"


def test_tongyu_travel_settlement_no_cash_while_an_advance_is_open(applicant: User) -> None:
    _saved(T, "finance.advance", applicant, {"purpose": "official", "use": "备用金", "amount": "800.00"})
    ctx = Context(T, ON, applicant, extra={"related": _approved_trip(T)})
    data = cleaned("travel.claim", {**TRAVEL_CLAIM, "payout": "cash"})
    p = preview(get("travel.claim"), data, ctx)
    blocked_by(p, "结算时对尚有借款人员只能用出差票据冲账，不再兑付现金")
    transfer = cleaned("travel.claim", TRAVEL_CLAIM)
    not_blocked(preview(get("travel.claim"), transfer, ctx))


# ================================================================================== finance.cheque


def test_district_cheque_states_date_purpose_and_amount() -> None:
    blocked_by(
        run("finance.cheque", D, {"payee": "某印刷厂", "amount": "800"}), "转帐支票必须写明签发日期、支付用途、金额"
    )
    p = run(
        "finance.cheque", D, {"payee": "某印刷厂", "purpose": "印刷宣传册", "amount": "800", "issue_date": "2026-03-02"}
    )
    assert list(p.approvers) == ["finance_deputy"]
    assert "经主管财务局长签字方可领用" in cited(p, "needs_approval")
    assert [a for a in FOUR if get("finance.cheque").applies_to(a)] == [D]


# ================================================================================== travel.request

TRIP = {
    "matter": "参加全省就业工作会议",
    "trip_kind": "meeting",
    "destination": "长春",
    "departure": "2026-03-09",
    "return_date": "2026-03-11",
    "division_level": "0",
    "section_head": "0",
    "staff": "1",
    "vehicle": "乘高铁",
    "notice_attached": "on",
    "estimated_cost": "1800",
}


@pytest.mark.parametrize(
    "ranks,route",
    [
        ({"staff": "3"}, ["deputy_in_charge"]),
        ({"staff": "2", "section_head": "1"}, ["deputy_in_charge", "chief"]),
        ({"staff": "2", "section_head": "1", "division_level": "1"}, ["chief"]),
    ],
)
def test_wenshan_trip_approved_by_the_highest_rank(ranks: dict[str, str], route: list[str]) -> None:
    p = run("travel.request", W, {**TRIP, **ranks})
    assert p.outcome.value == "needs_approval" and list(p.approvers) == route
    assert "多人出差的以职务高者为准" in cited(p, "needs_approval")


def test_wenshan_ad_hoc_trip_formalities_within_two_working_days() -> None:
    back = dt.date(2026, 2, 26)
    post = {**TRIP, "departure": "2026-02-24", "return_date": back.isoformat(), "ad_hoc": "on"}
    p = run("travel.request", W, post)
    due = deadline(back, 2, "working_days").date
    warned = findings(p, "warning")
    assert any(d.date == due for f in warned for d in f.deadlines)
    assert "对因公临时决定外出的需在回单位后2个工作日内补办相关手续" in cited(p, "warning")
    with pytest.raises(BadInput) as err:
        run("travel.request", W, {**TRIP, "ad_hoc": "on"})
    assert err.value.field == "ad_hoc"


def test_tongyu_trip_needs_deputy_and_director_and_no_advance() -> None:
    p = run("travel.request", T, TRIP)
    assert list(p.approvers) == ["section_head", "deputy_in_charge", "chief"]
    assert "经分管副局长、局长同意后方可参加会议或公出" in cited(p, "needs_approval")
    blocked_by(run("travel.request", T, {**TRIP, "advance": "1000"}), "不预借出差人员差旅费")


def test_district_trip_advance_routes_to_the_deputy() -> None:
    p = run("travel.request", D, {**TRIP, "advance": "1000"})
    assert list(p.approvers) == ["finance_deputy", "deputy_in_charge"]
    blocked_by(run("travel.request", D, {**TRIP, "advance": "1000", "notice_attached": ""}), "书面通知")


def test_baicheng_meals_and_vehicles_table_before_leaving() -> None:
    not_blocked(run("travel.request", B, TRIP))
    p = run("travel.request", B, {**TRIP, "departure": "2026-02-27", "return_date": "2026-03-03"})
    blocked_by(p, "我单位人员因公外出前需填写《出差人员用餐用车情况表》")


def test_trip_form_refusals() -> None:
    errors = refused("travel.request", {**TRIP, "staff": "0", "return_date": "2026-03-08", "advance": "1800.01"})
    assert {"staff", "return_date", "advance"} <= set(errors)
    assert "出差人数至少为 1 人" in errors["staff"]
    assert "返回日期不能早于出发日期" in errors["return_date"]
    assert "不合常理" in refused("travel.request", {**TRIP, "return_date": "2026-12-31"})["return_date"]


# ================================================================================== travel.claim

TRAVEL_CLAIM = {
    "destination": "长春",
    "trip_kind": "meeting",
    "departure": "2026-02-23",
    "return_date": "2026-02-25",
    "tickets": "420",
    "lodging": "700",
    "meal_allowance": "300",
    "city_transport": "80",
    "amount": "1500",
    "attachments": ["invoices", "meeting_notice"],
    "travel_classes": ["hsr_second"],
    "advanced_by": "official_card",
    "payout": "transfer",
    "witness": "周九",
}


def _approved_trip(agency: str = W, decided: dt.date = dt.date(2026, 2, 20), **data: Any) -> Any:
    trip = {**TRIP, "departure": "2026-02-23", "return_date": "2026-02-25", **data}
    return approved_app("travel.request", trip, decided)


@pytest.mark.parametrize(
    "agency,quote", [(T, "否则不予报销差旅费"), (W, "需凭《审批单》和相关单据"), (B, "否则不予报销")]
)
def test_travel_not_approved_beforehand_is_not_reimbursed(agency: str, quote: str) -> None:
    blocked_by(run("travel.claim", agency, TRAVEL_CLAIM, on=dt.date(2026, 2, 27)), quote)
    late = _approved_trip(agency, decided=dt.date(2026, 2, 24))  # approved after the trip began
    blocked_by(run("travel.claim", agency, TRAVEL_CLAIM, on=dt.date(2026, 2, 27), related=late), quote)
    ok = run("travel.claim", agency, TRAVEL_CLAIM, on=dt.date(2026, 2, 27), related=_approved_trip(agency))
    not_blocked(ok)


def test_wenshan_ad_hoc_trip_approved_afterwards_is_reimbursed() -> None:
    ad_hoc = _approved_trip(W, decided=dt.date(2026, 2, 26), ad_hoc=True)
    not_blocked(run("travel.claim", W, TRAVEL_CLAIM, on=dt.date(2026, 2, 27), related=ad_hoc))


def test_wenshan_claim_within_a_week_of_return() -> None:
    back = dt.date(2026, 2, 25)
    due = deadline(back, 7, "days").date
    p = run("travel.claim", W, TRAVEL_CLAIM, on=due, related=_approved_trip())
    not_blocked(p)
    assert list(p.approvers) == ["office", "finance_section", "finance_deputy"]
    over = due + dt.timedelta(days=1)
    blocked_by(run("travel.claim", W, TRAVEL_CLAIM, on=over, related=_approved_trip()), "无故愈期的取消报销资格")
    excused = run(
        "travel.claim", W, {**TRAVEL_CLAIM, "delay_reason": "返回后即下乡督查"}, on=over, related=_approved_trip()
    )
    assert excused.outcome.value == "needs_approval"
    assert "无故愈期的取消报销资格" in cited(excused, "warning")


def test_wenshan_advance_settled_within_seven_working_days_of_return() -> None:
    back = dt.date(2026, 2, 25)
    due = deadline(back, 7, "working_days").date
    trip = _approved_trip(advance="1000.00")
    ok = run("travel.claim", W, TRAVEL_CLAIM, on=due, related=trip)
    assert not [f for f in findings(ok, "warning") if f.rule_id == "finance.advance.wenshan"]
    late = run("travel.claim", W, {**TRAVEL_CLAIM, "delay_reason": "下乡"}, on=working_day_after(due), related=trip)
    assert "回单位7个工作日内须及时结清" in cited(late, "warning")


def test_wenshan_grassroots_trip_paid_by_card() -> None:
    post = {**TRAVEL_CLAIM, "trip_kind": "grassroots", "advanced_by": "cash", "attachments": ["invoices"]}
    p = run("travel.claim", W, post, on=dt.date(2026, 2, 27), related=_approved_trip(trip_kind="grassroots"))
    assert "须在报销标准内用公务卡先行垫付" in cited(p, "warning")
    card = run("travel.claim", W, {**post, "card_unusable": "on"}, on=dt.date(2026, 2, 27), related=_approved_trip())
    assert "须在报销标准内用公务卡先行垫付" not in cited(card, "warning")


def test_baicheng_travel_standards() -> None:
    on, trip = dt.date(2026, 2, 27), _approved_trip(B)
    blocked_by(
        run("travel.claim", B, {**TRAVEL_CLAIM, "travel_classes": ["hsr_first"]}, on=on, related=trip),
        "超过规定标准的不予报销",
    )
    board = {**TRAVEL_CLAIM, "board_provided": "on"}
    blocked_by(run("travel.claim", B, board, on=on, related=trip), "只报销在途期间的伙食补助费和市内交通费")
    meals = {**TRAVEL_CLAIM, "hosted_meals": "3", "free_meals": "1", "fee_receipts": "on"}
    not_blocked(run("travel.claim", B, meals, on=on, related=trip))
    blocked_by(
        run("travel.claim", B, {**meals, "free_meals": "2"}, on=on, related=trip),
        "接待单位可以安排一次工作餐，不用交纳伙食费外",
    )


def test_travel_claim_columns_must_add_up() -> None:
    errors = refused("travel.claim", {**TRAVEL_CLAIM, "amount": "1499.99"})
    assert "1,500.00" in errors["amount"]
    errors = refused("travel.claim", {**TRAVEL_CLAIM, "lodging": "-700", "amount": "100"})
    assert "不能为负数" in errors["lodging"]
    errors = refused("travel.claim", {**TRAVEL_CLAIM, "free_meals": "4", "hosted_meals": "3"})
    assert "free_meals" in errors
    with pytest.raises(BadInput) as err:
        run("travel.claim", W, TRAVEL_CLAIM, on=dt.date(2026, 2, 24))
    assert err.value.field == "return_date"


# ================================================================================== every kind, every agency


MONEY_KINDS = (
    "reception.request",
    "reception.claim",
    "finance.expense_request",
    "finance.claim",
    "finance.advance",
    "finance.cheque",
    "travel.request",
    "travel.claim",
)


@pytest.mark.parametrize("kind_id", MONEY_KINDS)
def test_labels_are_bilingual_and_the_kind_says_what_it_is(kind_id: str) -> None:
    kind = get(kind_id)
    assert kind.name_zh and kind.name_en and kind.domain in ("finance", "reception", "travel")
    for name, f in kind.form.base_fields.items():
        zh, _, en = str(f.label).partition(" / ")
        assert zh and en, (kind_id, name, f.label)
    resolve = _resolver()
    assert kind.cites and all(resolve(c) is not None for c in kind.cites), kind.cites
    assert not kind.applies_to("yuanshi-hrss")


@functools.cache
def _resolver() -> Any:
    from zhidu.core.rules import engine

    return engine.rulebook_resolver(engine.load_shipped())


def test_the_sheet_writes_out_amounts_and_choices() -> None:
    data = cleaned("reception.claim", RECEPTION_CLAIM)
    rows = dict(get("reception.claim").sheet(data))
    assert rows["费用明细（2）"] == "住宿费（标准间2间）  520.00 元"
    assert rows["结算方式"] == "银行转账" and rows["已附材料"].startswith("发票")
    assert rows["报销金额合计（元）"] == "1,430.00 元"


# ================================================================================== through the approvals service


def test_a_reception_filed_approved_and_claimed_through_the_service(tongyu: Any) -> None:
    """The kinds as the approvals service uses them: what was typed goes through the form, is stored as JSON,
    read back, routed in the verdicts' order, approved step by step; the claim links the approved request."""
    from zhidu.approvals import service

    from .conftest import ON as DAY

    visit = DAY + dt.timedelta(days=3)
    typed = {
        **RECEPTION,
        "reception_date": visit.isoformat(),
        "has_official_letter": True,
        "accompanying": 4,
        "estimated_cost": "980",
    }
    app = service.create(tongyu.agency, "reception.request", tongyu.wushi, typed, today=DAY)
    assert app.amount == Decimal("980.00") and app.data["estimated_cost"] == "980.00"
    assert service.check_application(app, today=DAY).preview.outcome.value == "blocked"
    app = service.update(app.pk, tongyu.wushi, app.version, {**typed, "accompanying": 3}, today=DAY)
    app = service.submit(app.pk, tongyu.wushi, app.version, today=DAY)
    assert app.status == Application.SUBMITTED
    assert [s.role for s in app.steps.order_by("order")] == ["section_head", "deputy_in_charge", "chief"]
    assert "tongyu-hrss:7:3.7" in app.cites and "tongyu-hrss:5:5.1" in app.cites
    while app.status == Application.SUBMITTED:
        step = app.steps.get(status="pending")
        app = service.act(app.pk, step.assignee, app.version, "approve", today=DAY)
    assert app.status == Application.APPROVED

    claim_data = {
        **RECEPTION_CLAIM,
        "reception_date": visit.isoformat(),
        "lines": [{"item": "工作餐", "amount": "910"}, {"item": "住宿费（标准间2间）", "amount": "520"}],
    }
    after = visit + dt.timedelta(days=2)
    claim = service.create(tongyu.agency, "reception.claim", tongyu.wushi, claim_data, related=app.pk, today=after)
    assert claim.data["lines"] == "工作餐 910.00\n住宿费（标准间2间） 520.00"
    result = service.check_application(claim, today=after)
    assert result.preview.outcome.value == "needs_approval"
    assert list(result.preview.approvers) == ["deputy_in_charge", "finance_deputy"]
    claim = service.submit(claim.pk, tongyu.wushi, claim.version, today=after)
    steps = list(claim.steps.order_by("order"))
    # one person signs once: 王五 is both the deputy in charge of 吴十's section and in charge of finance
    assert steps[0].role == "deputy_in_charge" and {s.role for s in steps} <= {"deputy_in_charge", "finance_deputy"}
    assert tongyu.wangwu in {s.assignee for s in steps}
    assert "tongyu-hrss:7:5.10" in claim.cites and "tongyu-hrss:5:5.2" in claim.cites
    while claim.status == Application.SUBMITTED:
        step = claim.steps.get(status="pending")
        claim = service.act(claim.pk, step.assignee, claim.version, "approve", today=after)
    assert claim.status == Application.APPROVED and claim.related == app


@pytest.mark.parametrize(
    "lines",
    [
        "场地\x00租金 4999.99",
        "{" + "[" * 300 + "]" * 300 + "}",
        [{"item": "场地", "amount": {"nested": "1"}}],
        [["场地"]],
        [42],
        {"item": "场地", "amount": "4999.99"},
        "场地租金 NaN",
        "场地租金 Infinity",
    ],
)
def test_malformed_lines_are_refused_in_both_languages(lines: Any) -> None:
    errors = refused("finance.expense_request", {**EXPENSE, "lines": lines})
    assert "lines" in errors


def test_nul_characters_in_text_are_refused() -> None:
    errors = refused("finance.expense_request", {**EXPENSE, "purpose": "招聘\x00会"})
    assert "空字符" in errors["purpose"]


# ------------------------------------------------------------------------------------------ malformed input


BASES = {
    "reception.request": RECEPTION,
    "reception.claim": RECEPTION_CLAIM,
    "finance.expense_request": EXPENSE,
    "finance.claim": CLAIM,
    "finance.advance": ADVANCE,
    "finance.cheque": {"payee": "某印刷厂", "purpose": "印刷", "amount": "800", "issue_date": "2026-03-02"},
    "travel.request": TRIP,
    "travel.claim": TRAVEL_CLAIM,
}
WRONG = [None, "\x00", "长" * 100_000, -1, "1e400", "99999-01-01", True, [], {"a": 1}]


@pytest.mark.parametrize("kind_id", MONEY_KINDS)
def test_every_field_with_wrong_values_is_refused_or_checked_never_an_error(kind_id: str, applicant: User) -> None:
    """What the approvals service does with a typed form (``service.check``: the form, then the kind's facts
    and the checks): a wrong value is a field error in both languages, never an exception."""
    from zhidu.approvals import service

    kind = get(kind_id)
    for slug in [a for a in FOUR if kind.applies_to(a)]:
        agency = Agency.objects.get(slug=slug)
        base = BASES[kind_id]
        assert service.check(kind, agency, base, applicant, today=ON).filled.valid
        for name in kind.form.base_fields:
            for value in WRONG:
                result = service.check(kind, agency, {**base, name: value}, applicant, today=ON)
                for zh, en in result.filled.errors.values():
                    assert zh and en


def test_an_approved_advance_checked_again_is_not_its_own_outstanding_advance(applicant: User) -> None:
    earlier = _saved(D, "finance.advance", applicant, {**ADVANCE, "amount": "1500.00"})
    data = cleaned("finance.advance", ADVANCE)
    again = preview(get("finance.advance"), data, Context(D, ON, applicant, extra={"application": earlier}))
    assert again.outcome.value == "needs_approval"
