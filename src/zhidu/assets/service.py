"""The one public surface of zhidu.assets: purchases, the fixed-asset register, the stock of supplies and the
annual count, each write a checked, ledgered step.

- ``purchase_from_application``  an approved 采购申请 (``procurement.purchase`` routed it) awaits receipt
- ``receive``                    验收入库: booked as a fixed asset only if ``asset.classify`` allows it (文山
                                 第四十条（一）“单价在500元以上且使用年限在1年以上” …, 验收合格后), else kept as
                                 stock (低值易耗品)
- ``issue_stock`` / ``assign``   领用: the recipient signs and the keeper registers (``asset.issue``)
- ``dispose_from_application``   调出、报废、变卖、调转、外借 only as approved (``asset.dispose``): the register
                                 offers no
                                 other way to take an asset off the books
- ``open_count`` / ``count_line`` / ``add_surplus`` / ``close_count``   清查盘点 with its differences (盘亏、盘盈、
                                 地点不符、损坏), closed through ``asset.stocktake``
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone

from zhidu.agencies.models import Agency
from zhidu.common import registers as reg
from zhidu.common.versioning import lock_if_unchanged
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rules.model import Verdict
from zhidu.workflow.service import evaluate, refuse

from .models import (
    ASSET_CATEGORIES,
    SOURCES,
    STOCK_KINDS,
    Asset,
    Purchase,
    StockItem,
    StockMove,
    Stocktake,
    StocktakeLine,
)

REGISTER_CITES = {
    "stock": {
        "tongyu-hrss": ["tongyu-hrss:5:7"],
        "wenshan-hrss": ["wenshan-hrss:43:6"],
        "district-bureau": ["district-bureau:38:10"],
        "baicheng-fupin": ["baicheng-fupin:39:3"],
    },
    "asset": {
        "tongyu-hrss": ["tongyu-hrss:5:9.3"],
        "wenshan-hrss": ["wenshan-hrss:44:3.2"],
        "district-bureau": ["district-bureau:38:10"],
        "baicheng-fupin": ["baicheng-fupin:18:5.2"],
    },
    "count": {
        "tongyu-hrss": ["tongyu-hrss:5:9.4"],
        "wenshan-hrss": ["wenshan-hrss:44:4.2"],
        "district-bureau": ["district-bureau:38:12"],
        "baicheng-fupin": ["baicheng-fupin:39:5"],
    },
}


def covered(agency: Agency | str) -> bool:
    return reg.applies("asset.classify", agency)


def cites_for(what: str, agency: Agency) -> list[str]:
    return REGISTER_CITES.get(what, {}).get(agency.slug, [])


def _v(fields: dict[str, Any]) -> int:
    return reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)


def find_asset(agency: Agency | str, number: str) -> Asset | None:
    slug = agency.slug if isinstance(agency, Agency) else agency
    return Asset.objects.filter(agency__slug=slug, number=number.strip()).first() if number else None


def section_named(agency: Agency, name: str) -> Any:
    from zhidu.org.models import Section

    if not name:
        return None
    for s in Section.objects.filter(agency=agency):
        if name in (s.name, s.key, *s.aliases):
            return s
    raise NotFound(f"本机构没有科室“{name}”", f"no section {name!r} in this agency", "section")


# --- purchases -----------------------------------------------------------------------------------------------


def bulk_round(agency: Agency | str, year: int) -> int:
    """Which bulk purchase of the year a new one would be (文山 第三十九条（四）“一般每年进行2次”)."""
    slug = agency.slug if isinstance(agency, Agency) else agency
    return Purchase.objects.filter(agency__slug=slug, year=year, bulk=True).count() + 1


def purchase_facts(data: dict[str, Any], agency: Agency | str, on: dt.date) -> dict[str, Any]:
    """The facts of ``procurement.purchase`` from a purchase form's data."""
    amount = reg.money(data.get("amount"), "amount", "金额", positive=True)
    assert amount is not None
    kind = str(data.get("kind") or "office_supplies")
    facts: dict[str, Any] = {"amount": f"{amount:.2f}", "kind": kind}
    for key in (
        "regular",
        "in_gov_catalogue",
        "bulk",
        "special_case",
        "reallocatable",
        "large_scale",
        "after_the_fact",
    ):
        if key in data and data[key] is not None:
            facts[key] = bool(data[key])
    if data.get("buyers") not in (None, ""):
        facts["buyers"] = int(data["buyers"])
    if facts.get("bulk"):
        facts["bulk_rounds"] = bulk_round(agency, on.year)
    if kind == "software":
        facts["in_annual_budget"] = bool(data.get("in_annual_budget"))
    return facts


def purchase_from_application(application: Any) -> Purchase:
    data = application.data
    _, names = reg.approvals_of(application)
    facts = purchase_facts(data, application.agency, application.on)
    p = Purchase(
        agency=application.agency,
        section=application.section,
        application=application,
        title=str(data.get("title") or application.title)[:300],
        kind=facts["kind"],
        amount=Decimal(facts["amount"]),
        quantity=int(data.get("quantity") or 1),
        bulk=bool(facts.get("bulk")),
        year=application.on.year,
        requested_by=application.applicant,
        approvers="、".join(names)[:300],
    )
    with reg.checked(
        "procurement.purchase",
        application.agency,
        application.on,
        facts,
        action="assets.purchase.approved",
        obj=p,
        allow_pending=True,
        reason=f"采购已批准：{p.title}（申请 {application.pk}）",
    ) as verdict:
        p.cites = reg.cites_of(verdict)
        p.save()
    return p


# --- receipt: fixed asset or stock ------------------------------------------------------------------------------


def classify(agency: Agency, on: dt.date, fields: dict[str, Any]) -> tuple[dict[str, Any], Verdict]:
    """The verdict of ``asset.classify`` for an item as typed (price, life, freight, category, source)."""
    price = reg.money(fields.get("unit_price"), "unit_price", "单价")
    freight = reg.money(fields.get("freight") or "0", "freight", "运费")
    assert price is not None and freight is not None
    if freight > price:
        raise BadInput("运费不能大于单价", "freight cannot exceed the unit price", "freight")
    life = reg.money(fields.get("useful_life_years"), "useful_life_years", "使用年限")
    assert life is not None
    if life > 200:
        raise BadInput("使用年限超出合理范围", "useful_life_years is absurd", "useful_life_years")
    facts: dict[str, Any] = {
        "unit_price": f"{price:.2f}",
        "freight": f"{freight:.2f}",
        "useful_life_years": float(life),
        "category": reg.choice(fields.get("category"), "category", "类别", dict(ASSET_CATEGORIES)),
        "source": reg.choice(fields.get("source") or "purchase", "source", "来源", dict(SOURCES)),
        "accepted": reg.flag(fields.get("accepted")),
        "registered": True,
    }
    return facts, evaluate("asset.classify", agency, on, facts)


def receive(user: Any, fields: dict[str, Any], purchase: Purchase | None = None) -> list[Asset] | StockMove:
    """验收入库. ``book_as`` ``fixed_asset``: each unit becomes a card of the register, numbered, valued at the price
    without freight (文山（二）1 “运费,不计入固定资产价值”), if ``asset.classify`` allows (accepted, within the
    agency's scope); ``stock``: the quantity is added to the stock of supplies (入库登记)."""
    agency = reg.agency_of(user)
    on = reg.day(fields.get("on") or timezone.localdate().isoformat(), "on", "验收日期")
    assert on is not None
    book_as = reg.choice(fields.get("book_as"), "book_as", "入账方式", ("fixed_asset", "stock"))
    name = reg.text(fields.get("name"), "name", "名称", 200, required=True)
    quantity = reg.count(fields.get("quantity") or 1, "quantity", "数量", low=1, high=10_000)
    if purchase is not None and purchase.status != Purchase.APPROVED:
        raise refuse("该采购已验收入库", "this purchase has already been received", "purchase")
    if book_as == "stock":
        return _receive_stock(user, agency, on, name, quantity, fields, purchase)
    facts, _ = classify(agency, on, fields)
    if not facts["accepted"]:
        raise refuse(
            "未经验收合格，不得入账（请先验收）", "not accepted: it cannot be booked (inspect it first)", "accepted"
        )
    price, freight = Decimal(facts["unit_price"]), Decimal(facts["freight"])
    location = reg.text(fields.get("location"), "location", "存放地点", 100)
    assets: list[Asset] = []
    with reg.checked(
        "asset.classify",
        agency,
        on,
        facts,
        action="assets.asset.receive",
        obj=purchase,
        field="unit_price",
        cites=cites_for("asset", agency),
        reason=f"固定资产验收入账：{name} × {quantity}",
    ) as verdict:
        for _ in range(quantity):
            a = Asset.objects.create(
                agency=agency,
                number=reg.next_number(Asset, agency, on.year, "ZC"),
                name=name,
                category=facts["category"],
                unit_price=price,
                freight=freight,
                value=price - freight,
                useful_life_years=Decimal(str(facts["useful_life_years"])).quantize(Decimal("0.1")),
                source=facts["source"],
                acquired_on=on,
                purchase=purchase,
                location=location,
                status=Asset.IDLE,
                cites=reg.cites_of(verdict, cites_for("asset", agency)),
            )
            assets.append(a)
        if purchase is not None:
            _received(purchase, on)
    return assets


def _received(purchase: Purchase, on: dt.date) -> None:
    row = Purchase.objects.select_for_update().get(pk=purchase.pk)
    row.status, row.received_on = Purchase.RECEIVED, on
    row.save()


def _receive_stock(
    user: Any, agency: Agency, on: dt.date, name: str, quantity: int, fields: dict[str, Any], purchase: Purchase | None
) -> StockMove:
    kind = reg.choice(fields.get("kind") or "supplies", "kind", "类别", dict(STOCK_KINDS))
    unit = reg.text(fields.get("unit") or "件", "unit", "单位", 10, required=True)
    with reg.recorded(
        "assets.stock.receive",
        obj=purchase,
        cites=cites_for("stock", agency),
        reason=f"入库：{name} × {quantity}{unit}",
    ):
        item, _ = StockItem.objects.select_for_update().get_or_create(
            agency=agency, name=name, defaults={"kind": kind, "unit": unit}
        )
        item.quantity += quantity
        item.save()
        move = StockMove.objects.create(
            agency=agency,
            item=item,
            kind=StockMove.RECEIPT,
            quantity=quantity,
            on=on,
            purchase=purchase,
            by=user,
            by_name=reg.name_of(user),
            balance_after=item.quantity,
            outcome="recorded",
            cites=cites_for("stock", agency),
        )
        if purchase is not None:
            _received(purchase, on)
    return move


# --- issue --------------------------------------------------------------------------------------------------------


def _recipient(agency: Agency, username: str) -> Any:
    from zhidu.accounts.models import User

    name = reg.text(username, "recipient", "领取人账号", 150, required=True)
    u = User.objects.filter(username=name, agency=agency, is_active=True).first()
    if u is None:
        raise NotFound(f"本机构没有账号 {name}", f"no account {name} in this agency", "recipient")
    return u


def issue_stock(user: Any, item: StockItem, fields: dict[str, Any]) -> StockMove:
    """领用出库: the recipient signs, the keeper registers (区局 十 “一律由领取人签字、财产保管员登记后方可领取”);
    白城（十一）提前更换或发放 needs the 分管领导's consent: an approved application (``asset.early_issue``) is
    named."""
    quantity = reg.count(fields.get("quantity"), "quantity", "数量", low=1, high=100_000)
    on = reg.day(fields.get("on") or timezone.localdate().isoformat(), "on", "领用日期")
    assert on is not None
    recipient = _recipient(item.agency, fields.get("recipient"))
    early = reg.flag(fields.get("early"))
    application = None
    app_raw = str(fields.get("application") or "").strip()
    if app_raw:
        from zhidu.approvals.models import Application

        app_id = reg.count(app_raw, "application", "申请编号", low=1, high=2**62)
        application = Application.objects.filter(pk=app_id, agency=item.agency, status="approved").first()
        if application is None:
            raise NotFound("没有该已批准的申请", "no such approved application", "application")
    facts = {
        "item": item.kind,
        "recipient_signed": reg.flag(fields.get("recipient_signed")),
        "registered": True,
        "early": early,
        "by": "office",
    }
    with reg.checked(
        "asset.issue",
        item.agency,
        on,
        facts,
        action="assets.stock.issue",
        obj=item,
        field="recipient_signed",
        allow_pending=application is not None,
        cites=cites_for("stock", item.agency),
        reason=f"领用：{item.name} × {quantity}（{reg.name_of(recipient)}）",
    ) as verdict:
        row = StockItem.objects.select_for_update().get(pk=item.pk)
        if row.quantity < quantity:
            raise refuse(
                f"库存 {row.quantity}{row.unit}，不足 {quantity}{row.unit}",
                f"only {row.quantity} in stock, fewer than {quantity}",
                "quantity",
            )
        row.quantity -= quantity
        row.save()
        move = StockMove.objects.create(
            agency=item.agency,
            item=row,
            kind=StockMove.ISSUE,
            quantity=quantity,
            on=on,
            section=reg.section_of(recipient, on),
            recipient=recipient,
            recipient_name=reg.name_of(recipient),
            recipient_signed=facts["recipient_signed"],
            early=early,
            application=application,
            by=user,
            by_name=reg.name_of(user),
            balance_after=row.quantity,
            outcome=reg.outcome_of(verdict),
            cites=reg.cites_of(verdict, cites_for("stock", item.agency)),
        )
    return move


def assign(user: Any, asset: Asset, fields: dict[str, Any]) -> Asset:
    """领用固定资产 (通榆《固定资产领用单》): the custodian signs; the using section and the place are recorded."""
    version = _v(fields)
    if asset.status not in (Asset.IDLE, Asset.IN_USE):
        raise refuse("该资产已外借、调出或处置，不能领用", "the asset is lent, transferred out or disposed", "status")
    on = reg.day(fields.get("on") or timezone.localdate().isoformat(), "on", "领用日期")
    assert on is not None
    custodian = _recipient(asset.agency, fields.get("recipient"))
    section = section_named(asset.agency, reg.text(fields.get("section"), "section", "使用科室", 80))
    facts = {"item": "fixed_asset", "recipient_signed": reg.flag(fields.get("recipient_signed")), "registered": True}
    with reg.checked(
        "asset.issue",
        asset.agency,
        on,
        facts,
        action="assets.asset.assign",
        obj=asset,
        field="recipient_signed",
        cites=cites_for("asset", asset.agency),
        reason=f"固定资产领用 {asset.number} → {reg.name_of(custodian)}",
    ) as verdict:
        row = lock_if_unchanged(Asset, asset.pk, version)
        row.custodian, row.custodian_name = custodian, reg.name_of(custodian)
        row.section = section or reg.section_of(custodian, on)
        row.location = reg.text(fields.get("location"), "location", "存放地点", 100) or row.location
        row.status, row.status_on = Asset.IN_USE, on
        row.cites = list(dict.fromkeys([*row.cites, *reg.cites_of(verdict)]))
        row.save()
    return row


# --- disposal: only as approved ------------------------------------------------------------------------------------

DISPOSAL_STATUS = {
    "transfer_out": Asset.TRANSFERRED,
    "dispose": Asset.DISPOSED,
    "scrap": Asset.DISPOSED,
    "write_off": Asset.DISPOSED,
    "sell": Asset.DISPOSED,
    "lend": Asset.LENT,
    "lease": Asset.LENT,
}


def dispose_facts(data: dict[str, Any], asset: Asset) -> dict[str, Any]:
    action = str(data.get("action"))
    facts: dict[str, Any] = {"action": action}
    value = reg.money(data.get("value"), "value", "资产价值", required=False)
    facts["value"] = f"{(value if value is not None else asset.value):.2f}"
    for key in ("special_equipment", "large_scale"):
        if data.get(key):
            facts[key] = True
    if action in ("scrap", "dispose", "write_off"):
        facts["unusable"] = bool(data.get("unusable"))
    if data.get("proceeds_to"):
        facts["proceeds_to"] = str(data["proceeds_to"])
    return facts


def dispose_from_application(application: Any) -> Asset:
    """An approved 处置（调出、报废、变卖、调转、外借）申请 changes the asset's card: off the books, lent out, or moved
    to another section or custodian. Nothing else takes an asset off the register."""
    data = application.data
    asset = find_asset(application.agency, str(data.get("asset_number") or ""))
    if asset is None:
        raise NotFound("资产台账中没有该资产", "the asset is not in the register", "asset_number")
    facts = dispose_facts(data, asset)
    action = facts["action"]
    with reg.checked(
        "asset.dispose",
        application.agency,
        application.on,
        facts,
        action=f"assets.asset.{action}",
        obj=asset,
        allow_pending=True,
        reason=f"资产{action}：{asset.number}（申请 {application.pk} 已批准）",
    ) as verdict:
        row = Asset.objects.select_for_update().get(pk=asset.pk)
        if row.status in (Asset.DISPOSED, Asset.TRANSFERRED):
            raise refuse("该资产已处置或调出", "the asset is already off the books", "asset_number")
        if action in DISPOSAL_STATUS:
            row.status = DISPOSAL_STATUS[action]
        else:  # transfer / swap between sections or custodians
            to_section = str(data.get("to_section") or "").strip()
            if to_section:
                row.section = section_named(row.agency, to_section)
            if data.get("to_person"):
                row.custodian, row.custodian_name = None, str(data["to_person"])[:50]
        row.status_on, row.status_ref = application.on, f"approvals.Application:{application.pk}"
        row.cites = list(dict.fromkeys([*row.cites, *reg.cites_of(verdict)]))
        row.save()
    return row


# --- the annual count ----------------------------------------------------------------------------------------------


def open_count(user: Any, fields: dict[str, Any]) -> Stocktake:
    """Open a count: a line for each asset on the books (在用、闲置、外借), to be found or not."""
    agency = reg.agency_of(user)
    year = reg.count(fields.get("year"), "year", "年度", low=2000, high=2100)
    scope = reg.choice(fields.get("scope") or "fixed_assets", "scope", "范围", dict(Stocktake.SCOPES))
    month = reg.count(fields.get("month"), "month", "月份", low=1, high=12) if scope == "non_consumables" else None
    if Stocktake.objects.filter(agency=agency, year=year, scope=scope, month=month, status=Stocktake.OPEN).exists():
        raise refuse("该期间已有未完成的清查", "a count of that period is already open", "year")
    on = timezone.localdate()
    st = Stocktake(agency=agency, year=year, month=month, scope=scope, opened_on=on, by=user)
    with reg.recorded(
        "assets.count.open",
        obj=st,
        cites=cites_for("count", agency),
        reason=f"清查开始：{year} {st.get_scope_display()}",
    ):
        st.save()
        for a in Asset.objects.filter(agency=agency, status__in=Asset.ON_BOOKS):
            StocktakeLine.objects.create(stocktake=st, agency=agency, asset=a, expected=True)
    return st


def count_line(user: Any, line: StocktakeLine, fields: dict[str, Any]) -> StocktakeLine:
    """One asset counted: found or not, where, damaged; the difference follows from these."""
    if line.stocktake.status != Stocktake.OPEN:
        raise refuse("该清查已完成", "the count is closed", "stocktake")
    found = reg.flag(fields.get("found"))
    location = reg.text(fields.get("location"), "location", "清点地点", 100)
    damaged = reg.flag(fields.get("damaged"))
    note = reg.text(fields.get("note"), "note", "备注", 300)
    with reg.recorded(
        "assets.count.line",
        obj=line,
        cites=cites_for("count", line.agency),
        reason=f"清点 {line.asset.number if line.asset else line.description}：{'有' if found else '无'}",
    ):
        line.counted, line.found, line.location, line.damaged, line.note = True, found, location, damaged, note
        line.difference = _difference(line)
        line.save()
    return line


def _difference(line: StocktakeLine) -> str:
    if not line.expected:
        return "surplus"
    if not line.found:
        return "missing"
    if line.damaged:
        return "damaged"
    if line.asset is not None and line.location and line.asset.location and line.location != line.asset.location:
        return "moved"
    return ""


def add_surplus(user: Any, st: Stocktake, fields: dict[str, Any]) -> StocktakeLine:
    """盘盈: found but not on the books."""
    if st.status != Stocktake.OPEN:
        raise refuse("该清查已完成", "the count is closed", "stocktake")
    desc = reg.text(fields.get("description"), "description", "名称", 200, required=True)
    line = StocktakeLine(
        stocktake=st,
        agency=st.agency,
        description=desc,
        expected=False,
        counted=True,
        found=True,
        location=reg.text(fields.get("location"), "location", "清点地点", 100),
        note=reg.text(fields.get("note"), "note", "备注", 300),
        difference="surplus",
    )
    with reg.recorded("assets.count.surplus", obj=line, cites=cites_for("count", st.agency), reason=f"盘盈：{desc}"):
        line.save()
    return line


def summary(st: Stocktake) -> dict[str, int]:
    lines = list(st.lines.all())
    out = {"expected": sum(1 for x in lines if x.expected), "counted": sum(1 for x in lines if x.counted)}
    for code, _ in StocktakeLine.DIFFERENCES[1:]:
        out[code] = sum(1 for x in lines if x.difference == code)
    out["matching"] = sum(1 for x in lines if x.counted and not x.difference)
    return out


def close_count(user: Any, st: Stocktake, fields: dict[str, Any]) -> Stocktake:
    """Close a count once every line is counted: its differences are kept with it (盘亏 items leave the books
    only through an approved ``write_off``), and ``asset.stocktake`` says whether the year's count is done in
    time (文山“每年年终组织1次”; 区局“每年…一次”; 通榆“每年年末”)."""
    version = _v(fields)
    if st.status != Stocktake.OPEN:
        raise refuse("该清查已完成", "the count is already closed", "stocktake")
    left = st.lines.filter(counted=False).count()
    if left:
        raise refuse(f"尚有 {left} 项未清点", f"{left} lines are not counted yet", "lines")
    on = timezone.localdate()
    done = Stocktake.objects.filter(
        agency=st.agency, year=st.year, scope=st.scope, month=st.month, status=Stocktake.CLOSED
    ).count()
    facts: dict[str, Any] = {"year": st.year, "scope": st.scope, "counts": done + 1}
    if st.month:
        facts["month"] = st.month
    with reg.checked(
        "asset.stocktake",
        st.agency,
        on,
        facts,
        action="assets.count.close",
        obj=st,
        allow_pending=True,
        cites=cites_for("count", st.agency),
        reason=f"清查完成：{st}",
    ) as verdict:
        row = lock_if_unchanged(Stocktake, st.pk, version)
        row.status, row.closed_on, row.summary = Stocktake.CLOSED, on, summary(st)
        row.outcome = reg.outcome_of(verdict)
        row.cites = reg.cites_of(verdict, cites_for("count", st.agency))
        row.save()
    return row
