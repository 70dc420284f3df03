"""Approval kind for purchases (采购申请): the agencies' purchase routes, decided by ``procurement.purchase``.

- 通榆《财务管理制度》第七条 (tongyu-hrss:5:7) 办公用品 “由人秘科负责采购”, 非经常性的 “填写《申请单》，经分管副局长
  签批”; 第九条（二） 固定资产 “确定局内现有资产无法调配后，由使用科室负责人报分管副局长、局长审批”; 第五条（一）
  五千元以上上党组会.
- 文山 第三十七条（三） 分级 (2,000 / 5,000 元); 第三十九条（三）（四） 政府采购目录内 “报分管领导初审,主要领导审核,
  党组会议审定”, 目录外 “原则上要求2人以上参与采购”, 大批量 “一般每年进行2次”, “各科室不得擅自采购”.
- 区局《财务管理制度》二、三3 “需经主管领导同意后方可办理”, 一支笔主管财务局长; 10,000 元以上局党组研究.
- 白城 《机关办公用品管理》（二）分管领导审批; 《办公设备使用管理》（十三）电脑和打印设备 分管领导→主要领导→
  市财政局国有资产科; 《“三重一大”》2 万元以上党组集体决定; 软件须纳入年度预算.

On approval the purchase waits in the register for its receipt (验收入库, zhidu.assets.service.receive).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.assets.models import PURCHASE_KIND_ZH

from . import register
from .base import Context, Kind

MONEY = {"max_digits": 14, "decimal_places": 2, "min_value": Decimal("0.01"), "max_value": Decimal("9999999999.99")}


class PurchaseForm(forms.Form):
    title = forms.CharField(label="采购事项（品名、规格） / What is bought", max_length=300)
    kind = forms.ChoiceField(label="采购类别 / Kind", choices=list(PURCHASE_KIND_ZH.items()), initial="office_supplies")
    amount = forms.DecimalField(label="金额（元） / Amount (yuan)", **MONEY)
    quantity = forms.IntegerField(label="数量 / Quantity", min_value=1, max_value=100_000, initial=1)
    regular = forms.BooleanField(label="经常性办公用品（定期采购） / Routine office supplies", required=False)
    in_gov_catalogue = forms.BooleanField(
        label="属政府采购目录内 / In the government procurement catalogue", required=False
    )
    bulk = forms.BooleanField(label="大批量物资采购 / Bulk purchase", required=False)
    special_case = forms.BooleanField(
        label="特殊情况（年度大批量采购次数之外） / A stated exception to the yearly bulk rounds", required=False
    )
    buyers = forms.IntegerField(
        label="参与采购并在发票上签字的人数 / Buyers who will sign the invoice",
        min_value=0,
        max_value=100,
        required=False,
    )
    reallocatable = forms.BooleanField(
        label="局内现有资产可以调配解决 / An existing asset could be reallocated instead", required=False
    )
    large_scale = forms.BooleanField(label="大型（大批）固定资产购置 / Large-scale asset purchase", required=False)
    in_annual_budget = forms.BooleanField(label="已纳入单位年度预算（软件） / In the annual budget", required=False)
    after_the_fact = forms.BooleanField(
        label="已先行购买（事后报批） / Already bought (approval afterwards)", required=False
    )
    reason = forms.CharField(label="用途 / What it is for", max_length=500, required=False)


@register
class PurchaseKind(Kind):
    id = "purchase.request"
    name_zh = "采购申请"
    name_en = "Purchase request"
    domain = "purchases"
    area = "procurement"  # 物资采购: the standard area of 分管
    form = PurchaseForm
    checks = ("procurement.purchase",)
    cites = (
        "tongyu-hrss:5:7",
        "tongyu-hrss:5:9.2",
        "wenshan-hrss:43:3",
        "district-bureau:38:3.3",
        "baicheng-fupin:39:2",
    )

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.assets.service import purchase_facts

        if data.get("amount") in (None, ""):
            return None
        return purchase_facts(dict(data), ctx.agency, ctx.on)

    def title(self, data: Mapping[str, Any]) -> str:
        return f"采购：{data.get('title', '')}（{PURCHASE_KIND_ZH.get(str(data.get('kind')), '')}）"[:300]

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        value = data.get("amount")
        return None if value in (None, "") else Decimal(str(value))

    def on_approved(self, application: Any) -> None:
        from zhidu.assets.service import purchase_from_application

        purchase_from_application(application)
