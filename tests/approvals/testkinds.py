"""Small approval kinds for the engine's own tests (registered once, for tongyu-hrss only), built on real
checks of the rule engine: ``reception.request`` (陪餐人数、公函、主要领导审批) and
``finance.expense_request`` (科室负责人、分管领导，五千元以上党组会)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.approvals.kinds import KINDS, Context, Kind, money, register
from zhidu.core.errors import BadInput

AGENCY = "tongyu-hrss"


class ReceptionForm(forms.Form):
    guests = forms.IntegerField(label="接待对象人数 / Guests", min_value=1, max_value=1000)
    accompanying = forms.IntegerField(label="陪餐人数 / Accompanying diners", min_value=0, max_value=1000)
    has_official_letter = forms.BooleanField(label="派出单位公函 / Official letter", required=False)
    purpose = forms.ChoiceField(
        label="来访性质 / Purpose", choices=[("official", "公务"), ("personal", "个人事务")], initial="official"
    )
    visit_on = forms.DateField(label="接待日期 / Reception date")
    leave_on = forms.DateField(label="离开日期 / Departure date", required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("leave_on") and data.get("visit_on") and data["leave_on"] < data["visit_on"]:
            self.add_error("leave_on", "离开日期早于接待日期 / the departure is before the reception")
        return data


class ExpenseForm(forms.Form):
    purpose = forms.CharField(label="事由 / Purpose", max_length=200)
    amount = forms.DecimalField(label="金额（元） / Amount (yuan)", max_digits=14, decimal_places=2)

    def clean_amount(self) -> Decimal:
        value: Decimal = self.cleaned_data["amount"]
        if value <= 0:
            raise forms.ValidationError("金额应大于0 / the amount must be more than 0")
        if value > Decimal("100000000"):
            raise forms.ValidationError("金额过大（超过一亿元） / the amount is absurd (over 100 million yuan)")
        return value


def _register(cls: type[Kind]) -> None:
    if cls.id not in KINDS:
        register(cls)


class TestReception(Kind):
    id = "test.reception"
    name_zh = "公务接待审批（测试）"
    name_en = "Official reception (test)"
    domain = "reception"
    area = ""
    form = ReceptionForm
    checks = ("reception.request",)
    agencies = (AGENCY,)
    approved: list[int] = []

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {
            "guests": data["guests"],
            "accompanying": data["accompanying"],
            "has_official_letter": bool(data.get("has_official_letter")),
            "purpose": data["purpose"],
            "approval": "pending",
        }

    def title(self, data: Mapping[str, Any]) -> str:
        return f"接待{data['guests']}人"

    def on_approved(self, application: Any) -> None:
        TestReception.approved.append(application.pk)


class TestChiefFinance(TestReception):
    """The same check, but a finance matter (the chief's approval meets 五个不直接管)."""

    id = "test.chief_finance"
    name_zh = "财务事项（测试，一把手审批）"
    area = "finance"


class TestRecusal(TestReception):
    """A reception from the chief's own relatives' unit: 张三 must step aside (回避)."""

    id = "test.recusal"
    name_zh = "接待（测试，局长须回避）"

    def conflicted(self, data: Mapping[str, Any]) -> list[str]:
        return ["张三"]


class TestFailingFollowUp(TestReception):
    """Its follow-up refuses: the last approval must then save nothing."""

    id = "test.failing_followup"
    name_zh = "接待（测试，批准后续处理失败）"

    def on_approved(self, application: Any) -> None:
        raise BadInput("登记失败", "the follow-up failed", "data")


class TestExpense(Kind):
    id = "test.expense"
    name_zh = "费用支出申请（测试）"
    name_en = "Expense request (test)"
    domain = "finance"
    area = "finance"
    form = ExpenseForm
    checks = ("finance.expense_request",)
    agencies = (AGENCY,)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {"amount": money(data["amount"])}

    def title(self, data: Mapping[str, Any]) -> str:
        return str(data["purpose"])

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        return Decimal(data["amount"])


class TestClaim(TestExpense):
    id = "test.claim"
    name_zh = "报账（测试）"
    related_kinds = ("test.expense",)


for _k in (TestReception, TestChiefFinance, TestRecusal, TestFailingFollowUp, TestExpense, TestClaim):
    _register(_k)
