"""Approval kinds for fixed assets and supplies: disposal as the text allows it (调出、处置、报废、报损、变卖、调转、
外借、出租), repair of office equipment and public facilities, and 白城's early replacement of supplies.

- ``asset.dispose``: 通榆《财务管理制度》第九条（五）“必须严格按照相关文件规定审批办理，各科室不得擅自处置” (大额
  上党组会); 文山 第四十条（三）3 报废 “经规划财务科认可” (专项设备 局长办公会议或党组会议), （四）3 转移 “由分管
  财务的局领导签字”, （四）5 “未经局领导批准,任何人不得转让、外借、出租固定资产”; 区局 十一 “必须经局党组研究决定”;
  白城 五 “未经批准不得擅自处置”, “残值变价收入一律上交市财政”.
- ``asset.repair``: 文山 第四十条（五）《设备维修申报表》, 公用设施 “推荐3个以上施工单位”; 白城《办公设备使用管理》
  （六）（八）.
- ``asset.issue``: 白城《机关办公用品管理》（十一）“凡因特殊原因需提前更换或发放办公用品的，报请分管领导同意”.

On approval a disposal changes the asset's card in the register (zhidu.assets.service.dispose_from_application);
nothing else takes an asset off the books.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms

from zhidu.assets.models import STOCK_KINDS
from zhidu.core.errors import BadInput
from zhidu.core.rules.library.procurement import ACTIONS

from . import register
from .base import Context, Kind

MONEY = {"max_digits": 14, "decimal_places": 2, "min_value": Decimal("0"), "max_value": Decimal("9999999999.99")}


class AssetDisposeForm(forms.Form):
    asset_number = forms.CharField(label="资产编号 / Asset number", max_length=30)
    action = forms.ChoiceField(label="事项 / What", choices=list(ACTIONS.items()), initial="scrap")
    value = forms.DecimalField(
        label="资产价值（元，不填按台账） / Value (default: the register's)", required=False, **MONEY
    )
    reason = forms.CharField(label="事由 / Reason", max_length=500)
    unusable = forms.BooleanField(
        label="已超过使用年限确已失去效能或损坏无法修复 / Worn out or beyond repair", required=False
    )
    special_equipment = forms.BooleanField(
        label="国家有报废规定的专项设备（房屋、设施等） / Special equipment with national scrapping rules",
        required=False,
    )
    large_scale = forms.BooleanField(label="大型（大批）固定资产处置 / Large-scale disposal", required=False)
    proceeds_to = forms.ChoiceField(
        label="残值、变价收入去向 / Where the proceeds go",
        choices=[("", "—"), ("treasury", "上交财政"), ("replacement_fund", "重新购置专项资金"), ("kept", "留存")],
        required=False,
    )
    to_section = forms.CharField(label="调入科室（调转时） / Receiving section", max_length=80, required=False)
    to_person = forms.CharField(label="接收人（调转、外借时） / Receiving person", max_length=50, required=False)


@register
class AssetDispose(Kind):
    id = "asset.dispose"
    name_zh = "固定资产处置（调出、报废、调转、外借）申请"
    name_en = "Request to dispose of, transfer or lend a fixed asset"
    domain = "assets"
    area = "procurement"  # 物资采购: the standard area of 分管
    form = AssetDisposeForm
    checks = ("asset.dispose",)
    cites = (
        "tongyu-hrss:5:9.5",
        "wenshan-hrss:44:3.3",
        "wenshan-hrss:44:4.5",
        "district-bureau:38:11",
        "baicheng-fupin:18:5",
    )

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.assets.models import Asset
        from zhidu.assets.service import dispose_facts, find_asset

        number = str(data.get("asset_number") or "").strip()
        asset = find_asset(ctx.agency, number)
        if asset is None:
            raise BadInput(
                f"资产台账中没有编号 {number}", f"no asset numbered {number} in the register", "asset_number"
            )
        if asset.status in (Asset.DISPOSED, Asset.TRANSFERRED):
            raise BadInput(
                f"{number} 已{asset.get_status_display()}，不在账上",
                f"{number} is already off the books",
                "asset_number",
            )
        if data.get("action") in ("transfer", "swap") and data.get("to_section"):
            from zhidu.assets.service import section_named
            from zhidu.rulebook.service import get_agency

            section_named(get_agency(ctx.agency), str(data["to_section"]).strip())
        return dispose_facts(dict(data), asset)

    def title(self, data: Mapping[str, Any]) -> str:
        return f"固定资产{ACTIONS.get(str(data.get('action')), '处置')}：{data.get('asset_number', '')}"[:300]

    def amount(self, data: Mapping[str, Any]) -> Decimal | None:
        value = data.get("value")
        return None if value in (None, "") else Decimal(str(value))

    def on_approved(self, application: Any) -> None:
        from zhidu.assets.service import dispose_from_application

        dispose_from_application(application)


class AssetRepairForm(forms.Form):
    kind = forms.ChoiceField(
        label="维修对象 / What is repaired", choices=[("equipment", "办公设备"), ("facility", "公用设施设备")]
    )
    asset_number = forms.CharField(label="资产编号（办公设备） / Asset number", max_length=30, required=False)
    description = forms.CharField(
        label="损坏原因及情况 / What is wrong and why", max_length=1000, widget=forms.Textarea
    )
    modification = forms.BooleanField(
        label="需改装、拆卸或更换零件配件外设 / Parts changed, added or removed", required=False
    )
    quotes = forms.IntegerField(
        label="参与预算比较的施工单位数（公用设施） / Contractors' quotes compared",
        min_value=0,
        max_value=100,
        required=False,
    )


@register
class AssetRepair(Kind):
    id = "asset.repair"
    name_zh = "设备维修申报表"
    name_en = "Equipment or facility repair request"
    domain = "assets"
    area = "procurement"  # 物资采购: the standard area of 分管
    form = AssetRepairForm
    checks = ("asset.repair",)
    cites = ("wenshan-hrss:44:5", "baicheng-fupin:40:8")

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        from zhidu.assets.service import find_asset

        number = str(data.get("asset_number") or "").strip()
        if number and find_asset(ctx.agency, number) is None:
            raise BadInput(
                f"资产台账中没有编号 {number}", f"no asset numbered {number} in the register", "asset_number"
            )
        facts: dict[str, Any] = {"kind": data["kind"], "by": "designated", "reported": True}
        if data.get("modification"):
            facts["modification"] = True
            facts["authorised"] = False  # the authorisation is what this request asks for
        if data["kind"] == "facility":
            facts["quotes"] = int(data.get("quotes") or 0)
        return facts

    def title(self, data: Mapping[str, Any]) -> str:
        what = "公用设施" if data.get("kind") == "facility" else "办公设备"
        return f"{what}维修：{data.get('asset_number') or ''} {str(data.get('description', ''))[:60]}"[:300]


class SupplyEarlyForm(forms.Form):
    item = forms.ChoiceField(label="物品 / Item", choices=STOCK_KINDS)
    name = forms.CharField(label="品名 / Name", max_length=200)
    quantity = forms.IntegerField(label="数量 / Quantity", min_value=1, max_value=10_000)
    reason = forms.CharField(label="提前更换或发放的特殊原因 / Why early", max_length=500)


@register
class SupplyEarly(Kind):
    id = "asset.early_issue"
    name_zh = "提前更换（发放）办公用品申请"
    name_en = "Request to replace or issue supplies early"
    domain = "assets"
    area = "procurement"  # 物资采购: the standard area of 分管
    form = SupplyEarlyForm
    checks = ("asset.issue",)
    agencies = ("baicheng-fupin",)
    cites = ("baicheng-fupin:39:11",)

    def facts(self, check_id: str, data: Mapping[str, Any], ctx: Context) -> Mapping[str, Any] | None:
        return {"item": data["item"], "early": True, "by": "office", "registered": True, "recipient_signed": True}

    def title(self, data: Mapping[str, Any]) -> str:
        return f"提前更换（发放）：{data.get('name', '')} × {data.get('quantity', '')}"[:300]
