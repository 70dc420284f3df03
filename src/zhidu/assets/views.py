"""The purchase and asset pages (采购与资产台账): approved purchases awaiting receipt, 验收入库 (a fixed asset
only as ``asset.classify`` allows), the fixed-asset register and its cards, the stock of supplies with its
issues, and the annual count with its differences. Disposal is not offered here: it is an application."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhidu.access import fetch, requires, scoped
from zhidu.access.policy import can
from zhidu.common import registers as reg
from zhidu.core.errors import BadInput, NotFound

from . import service
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


def _posted(request: HttpRequest) -> dict[str, Any]:
    return {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}


def _ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    agency = reg.agency_of(request.user)
    return {
        "agency": agency,
        "covered": service.covered(agency),
        "can_write": can(request.user, "write", "asset_register").allowed,
        "categories": ASSET_CATEGORIES,
        "sources": SOURCES,
        "stock_kinds": STOCK_KINDS,
        "today": timezone.localdate(),
        "errors": [],
        "form": {},
        **extra,
    }


def _index_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    ctx = _ctx(request, **extra)
    agency = ctx["agency"]
    status = request.GET.get("status", "")
    qs = Asset.objects.filter(agency=agency).select_related("section")
    if status in dict(Asset.STATUSES):
        qs = qs.filter(status=status)
    ctx["assets"] = scoped(request, "asset_register", qs)[:1000]
    ctx["status"] = status
    ctx["statuses"] = Asset.STATUSES
    ctx["purchases"] = scoped(request, "asset_register", Purchase.objects.filter(agency=agency))[:200]
    return ctx


@requires("asset_register", "read")
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "assets/index.html", _index_ctx(request))


@requires("asset_register", "write")
@require_POST
def receive(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        purchase = None
        raw = str(form.get("purchase") or "").strip()
        if raw:
            pk = reg.count(raw, "purchase", "采购编号", low=1, high=2**62)
            purchase = fetch(request, "write", "asset_register", Purchase.objects.all(), pk=pk)
        out = service.receive(request.user, form, purchase)
    except BadInput as exc:
        return render(request, "assets/index.html", _index_ctx(request, errors=[exc], form=form), status=422)
    if isinstance(out, StockMove):
        return redirect("assets:stock")
    return redirect("assets:asset", asset_id=out[0].pk)


def _asset_ctx(request: HttpRequest, a: Asset, **extra: Any) -> dict[str, Any]:
    return _ctx(request, asset=a, lines=a.count_lines.select_related("stocktake")[:20], **extra)


@requires("asset_register", "read")
def asset(request: HttpRequest, asset_id: int) -> HttpResponse:
    a = fetch(request, "read", "asset_register", Asset.objects.select_related("section", "purchase"), pk=asset_id)
    return render(request, "assets/asset.html", _asset_ctx(request, a))


@requires("asset_register", "write")
@require_POST
def assign(request: HttpRequest, asset_id: int) -> HttpResponse:
    a = fetch(request, "write", "asset_register", Asset.objects.select_related("section", "purchase"), pk=asset_id)
    form = _posted(request)
    try:
        service.assign(request.user, a, form)
    except BadInput as exc:
        return render(request, "assets/asset.html", _asset_ctx(request, a, errors=[exc], form=form), status=422)
    return redirect("assets:asset", asset_id=a.pk)


def _stock_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    ctx = _ctx(request, **extra)
    agency = ctx["agency"]
    ctx["items"] = scoped(request, "asset_register", StockItem.objects.filter(agency=agency))
    ctx["moves"] = scoped(request, "asset_register", StockMove.objects.filter(agency=agency).select_related("item"))[
        :200
    ]
    return ctx


@requires("asset_register", "read")
def stock(request: HttpRequest) -> HttpResponse:
    return render(request, "assets/stock.html", _stock_ctx(request))


@requires("asset_register", "write")
@require_POST
def issue(request: HttpRequest, item_id: int) -> HttpResponse:
    item = fetch(request, "write", "asset_register", StockItem.objects.all(), pk=item_id)
    form = _posted(request)
    try:
        service.issue_stock(request.user, item, form)
    except BadInput as exc:
        return render(
            request, "assets/stock.html", _stock_ctx(request, errors=[exc], form=form, which=item.pk), status=422
        )
    return redirect("assets:stock")


def _counts_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    ctx = _ctx(request, **extra)
    ctx["counts"] = scoped(request, "asset_register", Stocktake.objects.filter(agency=ctx["agency"]))[:100]
    ctx["scopes"] = Stocktake.SCOPES
    return ctx


@requires("asset_register", "read")
def counts(request: HttpRequest) -> HttpResponse:
    return render(request, "assets/counts.html", _counts_ctx(request))


@requires("asset_register", "write")
@require_POST
def open_count(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        st = service.open_count(request.user, form)
    except BadInput as exc:
        return render(request, "assets/counts.html", _counts_ctx(request, errors=[exc], form=form), status=422)
    return redirect("assets:count", count_id=st.pk)


def _count_ctx(request: HttpRequest, st: Stocktake, **extra: Any) -> dict[str, Any]:
    return _ctx(
        request,
        count=st,
        lines=st.lines.select_related("asset"),
        summary=st.summary if st.status == Stocktake.CLOSED else service.summary(st),
        differences=StocktakeLine.DIFFERENCES,
        **extra,
    )


@requires("asset_register", "read")
def count(request: HttpRequest, count_id: int) -> HttpResponse:
    st = fetch(request, "read", "asset_register", Stocktake.objects.all(), pk=count_id)
    return render(request, "assets/count.html", _count_ctx(request, st))


def _count_step(request: HttpRequest, count_id: int, fn: Any) -> HttpResponse:
    st = fetch(request, "write", "asset_register", Stocktake.objects.all(), pk=count_id)
    form = _posted(request)
    try:
        fn(st, form)
    except BadInput as exc:
        return render(request, "assets/count.html", _count_ctx(request, st, errors=[exc], form=form), status=422)
    return redirect("assets:count", count_id=st.pk)


@requires("asset_register", "write")
@require_POST
def count_line(request: HttpRequest, count_id: int, line_id: int) -> HttpResponse:
    def do(st: Stocktake, form: dict[str, Any]) -> None:
        line = fetch(request, "write", "asset_register", StocktakeLine.objects.select_related("asset"), pk=line_id)
        if line.stocktake_id != st.pk:
            raise NotFound("该清查中没有这一行", "no such line in this count", "line_id")
        service.count_line(request.user, line, form)

    return _count_step(request, count_id, do)


@requires("asset_register", "write")
@require_POST
def surplus(request: HttpRequest, count_id: int) -> HttpResponse:
    return _count_step(request, count_id, lambda st, form: service.add_surplus(request.user, st, form))


@requires("asset_register", "write")
@require_POST
def close_count(request: HttpRequest, count_id: int) -> HttpResponse:
    return _count_step(request, count_id, lambda st, form: service.close_count(request.user, st, form))
