"""Purchases and assets (采购与资产台账): approved purchases awaiting receipt, the fixed-asset register, the
stock of office supplies with its receipts and issues, and the annual count (清查盘点) with its differences.

- 通榆《财务管理制度》第七条、第九条 (tongyu-hrss:5): 办公用品 “做好入库出库登记”; 固定资产 “验收合格后填制《固定
  资产验收单》”, “签写《固定资产领用单》”, 年末盘点, 处置 “各科室不得擅自处置”.
- 文山 第三十九条、第四十条 (wenshan-hrss:43, 44): “单价在500元以上且使用年限在1年以上的财产” …; “经验收合格后,可统计
  为固定资产”; “每年年终组织1次固定资产清查核实工作”; “确保帐物相符”.
- 区局《财务管理制度》十至十二 (district-bureau:38): “一律由领取人签字、财产保管员登记后方可领取”; 转移、变卖、报废
  “必须经局党组研究决定”; 每年清查.
- 白城 《财务管理制度》五、《机关办公用品管理》、《办公设备使用管理》 (baicheng-fupin:18, 39, 40).

``zhidu.assets.service`` is the only writer; each write is a checked, ledgered step. Disposal, transfer and
lending change an asset only through an approved application (zhidu.approvals kind ``asset.dispose``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned
from zhidu.core.rules.library.procurement import ACTIONS, CATEGORIES, PURCHASE_KINDS

ASSET_CATEGORIES = list(CATEGORIES.items())
SOURCES = [
    ("purchase", "购置"),
    ("build", "新建"),
    ("self_made", "自制"),
    ("donation", "接受捐赠"),
    ("transfer_in", "调入"),
]
PURCHASE_KIND_ZH = {
    "office_supplies": "办公用品",
    "fixed_asset": "固定资产",
    "equipment": "计算机、打印等办公设备",
    "materials": "物资",
    "software": "软件",
    "subscription": "书报刊物",
}
STOCK_KINDS = [("supplies", "办公用品"), ("consumables", "打印纸、信封、档案袋等耗材"), ("cartridge", "墨盒、硒鼓")]


class Purchase(Versioned, models.Model):
    """An approved purchase (采购申请已批准), awaiting receipt (验收入库)."""

    APPROVED, RECEIVED = "approved", "received"
    STATUSES = [(APPROVED, "已批准待验收"), (RECEIVED, "已验收入库")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="purchases")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="purchase"
    )
    title = models.CharField("采购事项", max_length=300)
    kind = models.CharField("类别", max_length=20, choices=list(PURCHASE_KIND_ZH.items()))
    amount = models.DecimalField("金额（元）", max_digits=14, decimal_places=2)
    quantity = models.PositiveIntegerField("数量", default=1)
    bulk = models.BooleanField("大批量", default=False)
    year = models.PositiveIntegerField("年度")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approvers = models.CharField("批准人", max_length=300, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=APPROVED)
    received_on = models.DateField("验收日", null=True, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.title

    @property
    def owner_id(self) -> int:
        return self.requested_by_id


assert [k for k, _ in Purchase._meta.get_field("kind").choices] == PURCHASE_KINDS


class Asset(Versioned, models.Model):
    """固定资产台账: one fixed asset (卡片), where it is, who keeps it."""

    IN_USE, IDLE, LENT, TRANSFERRED, DISPOSED = "in_use", "idle", "lent", "transferred_out", "disposed"
    STATUSES = [(IN_USE, "在用"), (IDLE, "闲置（在库）"), (LENT, "外借"), (TRANSFERRED, "已调出"), (DISPOSED, "已处置")]
    ON_BOOKS = (IN_USE, IDLE, LENT)  # what the annual count expects to find

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="assets")
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+", help_text="使用科室"
    )
    number = models.CharField("资产编号", max_length=30)
    name = models.CharField("名称", max_length=200)
    category = models.CharField("类别", max_length=12, choices=ASSET_CATEGORIES)
    unit_price = models.DecimalField("单价（元）", max_digits=14, decimal_places=2)
    freight = models.DecimalField("其中运费（元，不计入价值）", max_digits=14, decimal_places=2, default=0)
    value = models.DecimalField("入账价值（元）", max_digits=14, decimal_places=2)
    useful_life_years = models.DecimalField("使用年限（年）", max_digits=5, decimal_places=1)
    source = models.CharField("来源", max_length=12, choices=SOURCES, default="purchase")
    acquired_on = models.DateField("入账日期")
    purchase = models.ForeignKey(Purchase, null=True, blank=True, on_delete=models.PROTECT, related_name="assets")
    custodian = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    custodian_name = models.CharField("保管人（使用人）", max_length=50, blank=True)
    location = models.CharField("存放地点", max_length=100, blank=True)
    status = models.CharField("状态", max_length=16, choices=STATUSES, default=IDLE, db_index=True)
    status_on = models.DateField("状态日期", null=True, blank=True)
    status_ref = models.CharField("状态依据（申请）", max_length=60, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="assets_asset_number_once")]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def owner_id(self) -> int | None:
        return self.custodian_id


class StockItem(Versioned, models.Model):
    """办公用品库存: an item kept in stock (低值易耗品, not a fixed asset) and how many are on hand."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="stock_items")
    name = models.CharField("名称", max_length=200)
    kind = models.CharField("类别", max_length=12, choices=STOCK_KINDS, default="supplies")
    unit = models.CharField("单位", max_length=10, default="件")
    quantity = models.PositiveIntegerField("库存数量", default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="assets_stock_item_once")]

    def __str__(self) -> str:
        return self.name


class StockMove(models.Model):
    """入库 (receipt, inspected by the keeper) or 出库/领用 (issue, signed by the recipient)."""

    RECEIPT, ISSUE = "receipt", "issue"
    KINDS = [(RECEIPT, "入库"), (ISSUE, "领用出库")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="stock_moves")
    item = models.ForeignKey(StockItem, on_delete=models.PROTECT, related_name="moves")
    kind = models.CharField("类别", max_length=8, choices=KINDS)
    quantity = models.PositiveIntegerField("数量")
    on = models.DateField("日期")
    purchase = models.ForeignKey(Purchase, null=True, blank=True, on_delete=models.PROTECT, related_name="moves")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recipient_name = models.CharField("领取人", max_length=50, blank=True)
    recipient_signed = models.BooleanField("领取人已签字", default=False)
    early = models.BooleanField("提前更换或发放", default=False)
    application = models.ForeignKey(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    by_name = models.CharField("经办人（保管员）", max_length=50)
    balance_after = models.PositiveIntegerField("结存")
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    @property
    def owner_id(self) -> int | None:
        return self.recipient_id


class Stocktake(Versioned, models.Model):
    """清查盘点: the annual count of the fixed assets (or 白城's monthly check of durables), line by line."""

    OPEN, CLOSED = "open", "closed"
    STATUSES = [(OPEN, "清查中"), (CLOSED, "已完成")]
    SCOPES = [("fixed_assets", "固定资产年度清查"), ("non_consumables", "非易耗品每月检查")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="stocktakes")
    year = models.PositiveIntegerField("年度")
    month = models.PositiveSmallIntegerField("月份", null=True, blank=True)
    scope = models.CharField("范围", max_length=16, choices=SCOPES, default="fixed_assets")
    status = models.CharField("状态", max_length=8, choices=STATUSES, default=OPEN)
    opened_on = models.DateField("开始日")
    closed_on = models.DateField("完成日", null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    summary = models.JSONField("差异汇总", default=dict, blank=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "-id"]

    def __str__(self) -> str:
        return f"{self.year} {self.get_scope_display()}"

    @property
    def owner_id(self) -> int:
        return self.by_id


class StocktakeLine(models.Model):
    """One asset as counted: expected (on the books) and found or not, where, in what state; or one found that
    is not on the books (盘盈)."""

    DIFFERENCES = [
        ("", "相符"),
        ("missing", "盘亏（账有物无）"),
        ("surplus", "盘盈（物有账无）"),
        ("moved", "存放地点不符"),
        ("damaged", "损坏"),
    ]

    stocktake = models.ForeignKey(Stocktake, on_delete=models.CASCADE, related_name="lines")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    asset = models.ForeignKey(Asset, null=True, blank=True, on_delete=models.PROTECT, related_name="count_lines")
    description = models.CharField("名称（盘盈）", max_length=200, blank=True)
    expected = models.BooleanField("账面有", default=True)
    counted = models.BooleanField("已清点", default=False)
    found = models.BooleanField("实物有", default=False)
    location = models.CharField("清点地点", max_length=100, blank=True)
    damaged = models.BooleanField("损坏", default=False)
    difference = models.CharField("差异", max_length=10, choices=DIFFERENCES, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["stocktake", "asset"], condition=models.Q(asset__isnull=False), name="assets_count_line_once"
            )
        ]


DISPOSAL_ACTIONS = list(ACTIONS.items())
