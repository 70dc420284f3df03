"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/assets/ (采购与资产台账).

    GET  /purchases?status=                       采购 / approved purchases, awaiting receipt or received
    POST /receipts                                验收入库 / receive: a fixed asset (asset.classify) or stock
    GET  /assets?status=                          固定资产台账 / the fixed-asset register
    POST /assets/{id}/assign                      领用 / issue a fixed asset to its custodian (asset.issue)
    GET  /stock                                   办公用品库存 / the stock of supplies
    POST /stock/{id}/issue                        领用出库 / issue supplies against the recipient's signature
    GET  /counts                                  清查盘点 / the counts
    POST /counts                                  开始清查 / open a count
    GET  /counts/{id}                             one count with its lines and differences
    POST /counts/{id}/lines/{line_id}             清点 / one asset counted
    POST /counts/{id}/surplus                     盘盈 / found but not on the books
    POST /counts/{id}/close                       完成清查 / close the count (asset.stocktake)

Purchases and disposals are applications (zhidu.approvals kinds ``purchase.request``, ``asset.dispose``): nothing
here takes an asset off the books. Refusals answer 422 with the verdict and the clauses cited.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import AfterValidator

from zhidu.access import fetch, requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut
from zhidu.common import registers as reg
from zhidu.core.rules.library.procurement import CATEGORIES

from . import service
from .models import Asset, Purchase, StockItem, StockMove, Stocktake, StocktakeLine

router = Router()
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
Id = Annotated[int, Path(description="编号 / id", ge=1, le=MAX_ID)]
Money = Annotated[Decimal, Field(ge=0, le=Decimal("9999999999.99"), max_digits=12, decimal_places=2)]


def Text(n: int, zh: str, en: str, default: Any = ...) -> Any:
    return Annotated[str, AfterValidator(reg.no_control), Field(default, max_length=n, description=f"{zh} / {en}")]


class PurchaseOut(Schema):
    id: int = Field(description="编号 / id")
    application: int | None = Field(description="采购申请编号 / the application approved")
    title: str = Field(description="采购事项 / what")
    kind: str = Field(description="类别 / kind (procurement.purchase)")
    amount: str = Field(description="金额（元） / amount")
    quantity: int = Field(description="数量 / quantity")
    approvers: str = Field(description="批准人 / approved by")
    status: str = Field(description="approved 已批准待验收 · received 已验收入库")
    received_on: dt.date | None = Field(description="验收日 / received on")
    cites: list[str] = Field(description="依据条款 / clauses cited")


def purchase_out(p: Purchase) -> PurchaseOut:
    return PurchaseOut(
        id=p.pk,
        application=p.application_id,
        title=p.title,
        kind=p.kind,
        amount=f"{p.amount:.2f}",
        quantity=p.quantity,
        approvers=p.approvers,
        status=p.status,
        received_on=p.received_on,
        cites=list(p.cites),
    )


class AssetOut(Schema):
    id: int = Field(description="编号 / id")
    number: str = Field(description="资产编号 / asset number")
    name: str = Field(description="名称 / name")
    category: str = Field(description="类别 / category: " + " · ".join(f"{k} {v}" for k, v in CATEGORIES.items()))
    unit_price: str = Field(description="单价（元） / unit price")
    value: str = Field(description="入账价值（元，运费不计入） / booked value, freight excluded")
    useful_life_years: str = Field(description="使用年限 / useful life, years")
    source: str = Field(description="来源 / source")
    acquired_on: dt.date = Field(description="入账日期 / booked on")
    section: str | None = Field(description="使用科室 / using section")
    custodian_name: str = Field(description="保管人 / custodian")
    location: str = Field(description="存放地点 / location")
    status: str = Field(description="in_use 在用 · idle 闲置 · lent 外借 · transferred_out 已调出 · disposed 已处置")
    status_ref: str = Field(description="状态依据（批准的申请） / the approval behind the status")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    version: int = Field(description="版本 / version")


def asset_out(a: Asset) -> AssetOut:
    return AssetOut(
        id=a.pk,
        number=a.number,
        name=a.name,
        category=a.category,
        unit_price=f"{a.unit_price:.2f}",
        value=f"{a.value:.2f}",
        useful_life_years=f"{a.useful_life_years}",
        source=a.source,
        acquired_on=a.acquired_on,
        section=a.section.name if a.section else None,
        custodian_name=a.custodian_name,
        location=a.location,
        status=a.status,
        status_ref=a.status_ref,
        cites=list(a.cites),
        version=a.version,
    )


class ReceiptIn(Schema):
    purchase: int | None = Field(None, ge=1, le=MAX_ID, description="已批准的采购编号（可空） / the approved purchase")
    book_as: Literal["fixed_asset", "stock"] = Field(description="fixed_asset 固定资产 · stock 低值易耗品入库")
    name: Text(200, "名称", "name")  # type: ignore[valid-type]
    quantity: int = Field(1, ge=1, le=10_000, description="数量 / quantity")
    on: dt.date | None = Field(None, description="验收日期（默认今天） / received on")
    unit_price: Money | None = Field(None, description="单价（元，固定资产） / unit price")
    freight: Money | None = Field(None, description="其中运费（元） / freight included")
    useful_life_years: Money | None = Field(None, description="使用年限（年） / useful life, years")
    category: Literal[tuple(CATEGORIES)] | None = Field(None, description="类别 / category")  # type: ignore[valid-type]
    source: Literal["purchase", "build", "self_made", "donation", "transfer_in"] = Field(
        "purchase", description="来源 / source"
    )
    accepted: bool = Field(False, description="验收合格 / passed acceptance")
    location: Text(100, "存放地点", "location", "")  # type: ignore[valid-type]
    kind: Literal["supplies", "consumables", "cartridge"] = Field("supplies", description="库存类别 / stock kind")
    unit: Text(10, "单位", "unit", "件")  # type: ignore[valid-type]


class ReceiptOut(Schema):
    assets: list[AssetOut] = Field(description="入账的固定资产 / fixed assets booked")
    stock: dict[str, Any] | None = Field(description="入库记录（低值易耗品） / the stock receipt")


class AssignIn(Schema):
    recipient: Text(150, "领用人账号", "custodian's account")  # type: ignore[valid-type]
    recipient_signed: bool = Field(description="领用人已签字（《固定资产领用单》） / the custodian signed")
    section: Text(80, "使用科室", "using section", "")  # type: ignore[valid-type]
    location: Text(100, "存放地点", "location", "")  # type: ignore[valid-type]
    on: dt.date | None = Field(None, description="领用日期 / date")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class StockOut(Schema):
    id: int = Field(description="编号 / id")
    name: str = Field(description="名称 / name")
    kind: str = Field(description="supplies 办公用品 · consumables 耗材 · cartridge 墨盒硒鼓")
    unit: str = Field(description="单位 / unit")
    quantity: int = Field(description="库存 / on hand")


class IssueIn(Schema):
    quantity: int = Field(ge=1, le=100_000, description="数量 / quantity")
    recipient: Text(150, "领取人账号", "recipient's account")  # type: ignore[valid-type]
    recipient_signed: bool = Field(description="领取人已签字 / the recipient signed")
    early: bool = Field(False, description="提前更换或发放 / early replacement")
    application: int | None = Field(
        None, ge=1, le=MAX_ID, description="已批准的提前发放申请编号 / approved application"
    )
    on: dt.date | None = Field(None, description="日期 / date")


class MoveOut(Schema):
    id: int = Field(description="编号 / id")
    item: str = Field(description="物品 / item")
    kind: str = Field(description="receipt 入库 · issue 领用")
    quantity: int = Field(description="数量 / quantity")
    on: dt.date = Field(description="日期 / date")
    recipient_name: str = Field(description="领取人 / recipient")
    recipient_signed: bool = Field(description="领取人已签字 / signed")
    by_name: str = Field(description="经办人 / keeper")
    balance_after: int = Field(description="结存 / balance")
    outcome: str = Field(description="校验结论 / outcome")
    cites: list[str] = Field(description="依据条款 / clauses cited")


def move_out(m: StockMove) -> MoveOut:
    return MoveOut(
        id=m.pk,
        item=m.item.name,
        kind=m.kind,
        quantity=m.quantity,
        on=m.on,
        recipient_name=m.recipient_name,
        recipient_signed=m.recipient_signed,
        by_name=m.by_name,
        balance_after=m.balance_after,
        outcome=m.outcome,
        cites=list(m.cites),
    )


class LineOut(Schema):
    id: int = Field(description="编号 / id")
    asset: str | None = Field(description="资产编号 / asset number")
    name: str = Field(description="名称 / name")
    book_location: str = Field(description="账面地点 / location on the books")
    expected: bool = Field(description="账面有 / on the books")
    counted: bool = Field(description="已清点 / counted")
    found: bool = Field(description="实物有 / found")
    location: str = Field(description="清点地点 / where found")
    damaged: bool = Field(description="损坏 / damaged")
    difference: str = Field(description="差异：'' 相符 · missing 盘亏 · surplus 盘盈 · moved 地点不符 · damaged 损坏")
    note: str = Field(description="备注 / note")


def line_out(x: StocktakeLine) -> LineOut:
    return LineOut(
        id=x.pk,
        asset=x.asset.number if x.asset else None,
        name=x.asset.name if x.asset else x.description,
        book_location=x.asset.location if x.asset else "",
        expected=x.expected,
        counted=x.counted,
        found=x.found,
        location=x.location,
        damaged=x.damaged,
        difference=x.difference,
        note=x.note,
    )


class CountOut(Schema):
    id: int = Field(description="编号 / id")
    year: int = Field(description="年度 / year")
    month: int | None = Field(description="月份 / month")
    scope: str = Field(description="fixed_assets 固定资产年度清查 · non_consumables 非易耗品每月检查")
    status: str = Field(description="open 清查中 · closed 已完成")
    opened_on: dt.date = Field(description="开始日 / opened on")
    closed_on: dt.date | None = Field(description="完成日 / closed on")
    summary: dict[str, int] = Field(description="差异汇总 / differences counted")
    outcome: str = Field(description="校验结论（asset.stocktake） / outcome")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    version: int = Field(description="版本 / version")
    lines: list[LineOut] = Field(description="清点明细 / lines")


def count_out(st: Stocktake, lines: bool = True) -> CountOut:
    rows = [line_out(x) for x in st.lines.select_related("asset")] if lines else []
    return CountOut(
        id=st.pk,
        year=st.year,
        month=st.month,
        scope=st.scope,
        status=st.status,
        opened_on=st.opened_on,
        closed_on=st.closed_on,
        summary=dict(st.summary) if st.status == Stocktake.CLOSED else service.summary(st),
        outcome=st.outcome,
        cites=list(st.cites),
        version=st.version,
        lines=rows,
    )


class CountIn(Schema):
    year: int = Field(ge=2000, le=2100, description="年度 / year")
    scope: Literal["fixed_assets", "non_consumables"] = Field("fixed_assets", description="范围 / scope")
    month: int | None = Field(None, ge=1, le=12, description="月份（每月检查） / month")


class LineIn(Schema):
    found: bool = Field(description="实物有 / found")
    location: Text(100, "清点地点", "where found", "")  # type: ignore[valid-type]
    damaged: bool = Field(False, description="损坏 / damaged")
    note: Text(300, "备注", "note", "")  # type: ignore[valid-type]


class SurplusIn(Schema):
    description: Text(200, "名称", "what was found")  # type: ignore[valid-type]
    location: Text(100, "清点地点", "where", "")  # type: ignore[valid-type]
    note: Text(300, "备注", "note", "")  # type: ignore[valid-type]


class CloseIn(Schema):
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


# --- purchases and receipts -----------------------------------------------------------------------------------


class PurchaseFilter(Schema):
    status: Literal["approved", "received"] | None = Field(None, description="状态 / status")


@router.get("/purchases", response={200: list[PurchaseOut], **ERRORS}, summary="采购 / purchases")
@requires("asset_register", "read")
def purchases(request: HttpRequest, filters: Query[PurchaseFilter]) -> list[PurchaseOut]:
    """已批准的采购，待验收或已验收入库。 / Approved purchases, awaiting receipt or received."""
    qs = Purchase.objects.filter(agency=reg.agency_of(request.user))
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [purchase_out(p) for p in scoped(request, "asset_register", qs)[:500]]


@router.post("/receipts", response={201: ReceiptOut, **ERRORS}, summary="验收入库 / receive")
@requires("asset_register", "write")
def receive(request: HttpRequest, body: ReceiptIn) -> Status:
    """验收入库：列入固定资产须经 asset.classify（文山 单价500元以上且使用年限1年以上，
    或不足500元但2年以上；验收合格）；
    否则作为低值易耗品入库登记。 / Receive: a fixed asset only as asset.classify allows, else stock."""
    purchase = None
    if body.purchase is not None:
        purchase = fetch(request, "write", "asset_register", Purchase.objects.all(), pk=body.purchase)
    out = service.receive(request.user, body.dict(), purchase)
    if isinstance(out, StockMove):
        return Status(201, ReceiptOut(assets=[], stock=move_out(out).dict()))
    return Status(201, ReceiptOut(assets=[asset_out(a) for a in out], stock=None))


# --- the register ------------------------------------------------------------------------------------------------


class AssetFilter(Schema):
    status: Literal["in_use", "idle", "lent", "transferred_out", "disposed"] | None = Field(None, description="状态")


@router.get("/assets", response={200: list[AssetOut], **ERRORS}, summary="固定资产台账 / the register")
@requires("asset_register", "read")
def assets(request: HttpRequest, filters: Query[AssetFilter]) -> list[AssetOut]:
    """固定资产台账（卡片）：编号、名称、类别、价值、使用科室、保管人、状态。 / The fixed-asset register."""
    qs = Asset.objects.filter(agency=reg.agency_of(request.user)).select_related("section")
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [asset_out(a) for a in scoped(request, "asset_register", qs)[:1000]]


@router.post("/assets/{asset_id}/assign", response={200: AssetOut, **ERRORS}, summary="领用 / issue an asset")
@requires("asset_register", "write")
def assign(request: HttpRequest, asset_id: Id, body: AssignIn) -> AssetOut:
    """固定资产领用：领用人签字、登记（通榆《固定资产领用单》；区局 领取人签字、财产保管员登记），经 asset.issue。
    / Issue a fixed asset to its custodian, put to asset.issue."""
    a = fetch(request, "write", "asset_register", Asset.objects.select_related("section"), pk=asset_id)
    return asset_out(service.assign(request.user, a, body.dict()))


@router.get("/stock", response={200: list[StockOut], **ERRORS}, summary="办公用品库存 / stock")
@requires("asset_register", "read")
def stock(request: HttpRequest) -> list[StockOut]:
    """办公用品库存。 / The stock of supplies."""
    qs = StockItem.objects.filter(agency=reg.agency_of(request.user))
    return [StockOut.model_validate(x, from_attributes=True) for x in scoped(request, "asset_register", qs)[:1000]]


@router.post("/stock/{item_id}/issue", response={201: MoveOut, **ERRORS}, summary="领用出库 / issue supplies")
@requires("asset_register", "write")
def issue(request: HttpRequest, item_id: Id, body: IssueIn) -> Status:
    """领用出库：领取人签字、保管员登记，经 asset.issue（白城 提前更换须分管领导同意：写明已批准的申请）。
    / Issue supplies against the recipient's signature, put to asset.issue."""
    item = fetch(request, "write", "asset_register", StockItem.objects.all(), pk=item_id)
    return Status(201, move_out(service.issue_stock(request.user, item, body.dict())))


# --- the count -----------------------------------------------------------------------------------------------------


@router.get("/counts", response={200: list[CountOut], **ERRORS}, summary="清查盘点 / counts")
@requires("asset_register", "read")
def counts(request: HttpRequest) -> list[CountOut]:
    """本机构的清查盘点（不含明细）。 / The agency's counts, without their lines."""
    qs = Stocktake.objects.filter(agency=reg.agency_of(request.user))
    return [count_out(st, lines=False) for st in scoped(request, "asset_register", qs)[:200]]


@router.post("/counts", response={201: CountOut, **ERRORS}, summary="开始清查 / open a count")
@requires("asset_register", "write")
def open_count(request: HttpRequest, body: CountIn) -> Status:
    """开始清查：账面上的每项固定资产一行，待清点。 / Open a count: one line per asset on the books."""
    return Status(201, count_out(service.open_count(request.user, body.dict())))


@router.get("/counts/{count_id}", response={200: CountOut, **ERRORS}, summary="清查明细 / one count")
@requires("asset_register", "read")
def count(request: HttpRequest, count_id: Id) -> CountOut:
    """一次清查及其明细、差异。 / One count, its lines and differences."""
    return count_out(fetch(request, "read", "asset_register", Stocktake.objects.all(), pk=count_id))


@router.post("/counts/{count_id}/lines/{line_id}", response={200: LineOut, **ERRORS}, summary="清点 / count one")
@requires("asset_register", "write")
def count_line(request: HttpRequest, count_id: Id, line_id: Id, body: LineIn) -> LineOut:
    """清点一项：实物有无、地点、是否损坏；差异随之确定。 / Count one asset; the difference follows."""
    st = fetch(request, "write", "asset_register", Stocktake.objects.all(), pk=count_id)
    line = fetch(request, "write", "asset_register", StocktakeLine.objects.select_related("asset"), pk=line_id)
    if line.stocktake_id != st.pk:
        from zhidu.core.errors import NotFound

        raise NotFound("该清查中没有这一行", "no such line in this count", "line_id")
    return line_out(service.count_line(request.user, line, body.dict()))


@router.post("/counts/{count_id}/surplus", response={201: LineOut, **ERRORS}, summary="盘盈 / surplus")
@requires("asset_register", "write")
def surplus(request: HttpRequest, count_id: Id, body: SurplusIn) -> Status:
    """登记盘盈（物有账无）。 / Record an item found but not on the books."""
    st = fetch(request, "write", "asset_register", Stocktake.objects.all(), pk=count_id)
    return Status(201, line_out(service.add_surplus(request.user, st, body.dict())))


@router.post("/counts/{count_id}/close", response={200: CountOut, **ERRORS}, summary="完成清查 / close")
@requires("asset_register", "write")
def close_count(request: HttpRequest, count_id: Id, body: CloseIn) -> CountOut:
    """全部清点后完成清查，差异随清查留存，经 asset.stocktake 校验是否按期（每年一次）。
    / Close a count once every line is counted; asset.stocktake says whether it is on time."""
    st = fetch(request, "write", "asset_register", Stocktake.objects.all(), pk=count_id)
    return count_out(service.close_count(request.user, st, body.dict()))
