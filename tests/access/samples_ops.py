"""Sample requests for the registers of vehicles, seals, purchases and assets (zhidu.fleet, zhidu.seals,
zhidu.assets), merged into ``samples.SAMPLES``. Each object sample creates a real row where the variant says
(``World.place``): a request the table allows must then succeed (agency A's text has no seal rules, so its
seal writes are recorded without checks; its vehicle and asset writes go through the checks)."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from django.utils import timezone

from .samples import Req, Sample, Unreachable, get
from .world import World

_n = itertools.count(1)
OWN_OTHER = ("own_agency", "other_agency")
RECORDS = ("mine", "own_section", "other_section", "other_agency", "own_agency")


def _uniq(prefix: str) -> str:
    return f"{prefix}{next(_n):05d}"


def _form(body: dict[str, Any]) -> dict[str, Any]:
    """A JSON body as the page's form sends it (checkboxes "on", absent when unticked)."""
    out: dict[str, Any] = {}
    for k, v in body.items():
        if v is True:
            out[k] = "on"
        elif v is False or v is None:
            continue
        else:
            out[k] = str(v)
    return out


def both(api_url: str, page_url: str, make: Any, variants: tuple[str, ...]) -> tuple[Sample, Sample]:
    """The same request to the API operation and to the page's form."""

    def api(w: World, v: str) -> Req:
        ids, body = make(w, v)
        return Req("POST", api_url.format(**ids), body)

    def page(w: World, v: str) -> Req:
        ids, body = make(w, v)
        return Req("POST", page_url.format(**ids), _form(body))

    return Sample(api, variants), Sample(page, variants)


# --- objects where the variant says ---------------------------------------------------------------------------


def _vehicle(w: World, v: str) -> Any:
    from zhidu.fleet.models import Vehicle

    agency, _, _ = w.place(v)
    return Vehicle.objects.create(agency=agency, plate=_uniq("矩"), kind="enforcement")


def _trip(w: World, v: str, status: str = "dispatched") -> Any:
    from zhidu.fleet.models import Trip

    agency, section_id, owner = w.place(v)
    now = timezone.now()
    return Trip.objects.create(
        agency=agency,
        section_id=section_id,
        number=_uniq("派"),
        vehicle=_vehicle(w, v),
        vehicle_kind="enforcement",
        purpose="law_enforcement",
        reason="执法检查",
        destination="开发区",
        user_name="矩阵",
        requested_by=owner,
        driver_name="司机",
        use_date=timezone.localdate(),
        approved_roles=["deputy_in_charge"],
        slip_signed_by="矩阵",
        slip_signed_at=now - dt.timedelta(minutes=5),
        status=status,
        time_out=now - dt.timedelta(minutes=2) if status == "out" else None,
    )


def _card(w: World, v: str) -> Any:
    from zhidu.fleet.models import FuelCard

    vehicle = _vehicle(w, v)
    return FuelCard.objects.create(agency=vehicle.agency, vehicle=vehicle, number=_uniq("卡"), balance=Decimal("500"))


def _repair(w: World, v: str) -> Any:
    from zhidu.fleet.models import Repair

    agency, section_id, owner = w.place(v)
    return Repair.objects.create(
        agency=agency, section_id=section_id, plate="矩1", items="保养", budget=Decimal("100"), requested_by=owner
    )


def _s1_name(w: World) -> str:
    from zhidu.org.models import Section

    return Section.objects.get(pk=w.sections["S1"]).name


def _seal(w: World, v: str, *, section: bool = True) -> Any:
    from zhidu.seals.models import Seal

    agency, section_id, owner = w.place(v)
    return Seal.objects.create(
        agency=agency,
        kind="official",
        name=_uniq("印"),
        section_id=section_id if section else None,
        keeper=owner,
        keeper_name="矩阵",
    )


def _use(w: World, v: str, *, take_out: bool = False, status: str = "approved") -> Any:
    from zhidu.seals.models import SealUse

    seal = _seal(w, v)
    if status == "out":
        seal.out = True
        seal.save()
    _, section_id, owner = w.place(v)
    return SealUse.objects.create(
        agency=seal.agency,
        section_id=section_id,
        seal=seal,
        number=_uniq("2026-"),
        content="矩阵",
        approver="矩阵",
        handler="矩阵",
        handler_user=owner,
        copies=1,
        take_out=take_out,
        status=status,
        out_at=timezone.now() - dt.timedelta(hours=1) if status == "out" else None,
    )


def _asset(w: World, v: str) -> Any:
    from zhidu.assets.models import Asset

    agency, section_id, owner = w.place(v)
    return Asset.objects.create(
        agency=agency,
        section_id=section_id,
        number=_uniq("ZC"),
        name="矩阵",
        category="furniture",
        unit_price=Decimal("800"),
        value=Decimal("800"),
        useful_life_years=Decimal("10"),
        acquired_on=dt.date(2025, 1, 1),
        custodian=owner,
        status="in_use",
    )


def _stock(w: World, v: str) -> Any:
    from zhidu.assets.models import StockItem

    agency, _, _ = w.place(v)
    return StockItem.objects.create(agency=agency, name=_uniq("纸"), quantity=10)


def _count(w: World, v: str, *, line: bool = False) -> Any:
    from zhidu.assets.models import Stocktake, StocktakeLine

    agency, _, owner = w.place(v)
    st = Stocktake.objects.create(
        agency=agency, year=timezone.localdate().year, opened_on=timezone.localdate(), by=owner
    )
    if line:
        StocktakeLine.objects.create(stocktake=st, agency=agency, asset=_asset(w, v))
    return st


def _recipient(w: World, v: str) -> str:
    return w.target["other" if v == "other_agency" else "own"].username


# --- the requests ----------------------------------------------------------------------------------------------


def _refuel(w: World, v: str) -> Any:
    card = _card(w, v)
    return {"vehicle": card.vehicle_id}, {"on": timezone.localdate().isoformat(), "amount": "50.00"}


def _top_up(w: World, v: str) -> Any:
    card = _card(w, v)
    return {"card": card.pk}, {"amount": "100.00", "consent_by": "矩阵", "version": card.version}


def _depart(w: World, v: str) -> Any:
    t = _trip(w, v)
    return {"trip": t.pk}, {"time_out": timezone.localtime().strftime("%Y-%m-%dT%H:%M:%S"), "version": t.version}


def _return(w: World, v: str) -> Any:
    t = _trip(w, v, "out")
    return {"trip": t.pk}, {
        "time_back": (timezone.localtime() + dt.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S"),
        "parked": "unit",
        "version": t.version,
    }


def _settle(w: World, v: str) -> Any:
    r = _repair(w, v)
    return {"repair": r.pk}, {"amount": "90.00", "supervised": True, "version": r.version}


def _manage(w: World, v: str) -> Any:
    s = _seal(w, v)
    return {"seal": s.pk}, {"action": "handover", "keeper_name": "接手人", "version": s.version}


def _stamp(w: World, v: str) -> Any:
    u = _use(w, v)
    return {"use": u.pk}, {"version": u.version}


def _refuse(w: World, v: str) -> Any:
    u = _use(w, v)
    return {"use": u.pk}, {"reason": "行文不规范", "version": u.version}


def _take_out(w: World, v: str) -> Any:
    u = _use(w, v, take_out=True)
    return {"use": u.pk}, {"version": u.version}


def _bring_back(w: World, v: str) -> Any:
    u = _use(w, v, take_out=True, status="out")
    return {"use": u.pk}, {"version": u.version}


def _assign(w: World, v: str) -> Any:
    a = _asset(w, v)
    return {"asset": a.pk}, {"recipient": _recipient(w, v), "recipient_signed": True, "version": a.version}


def _issue(w: World, v: str) -> Any:
    i = _stock(w, v)
    return {"item": i.pk}, {"quantity": 1, "recipient": _recipient(w, v), "recipient_signed": True}


def _count_line(w: World, v: str) -> Any:
    st = _count(w, v, line=True)
    return {"count": st.pk, "line": st.lines.get().pk}, {"found": True, "location": "201"}


def _surplus(w: World, v: str) -> Any:
    st = _count(w, v)
    return {"count": st.pk}, {"description": "盘盈一件", "location": "201"}


def _close(w: World, v: str) -> Any:
    st = _count(w, v)
    return {"count": st.pk}, {"version": st.version}


def _new_seal(w: World, v: str) -> Any:
    return {}, {"kind": "section", "name": _uniq("科室章"), "keeper_name": "矩阵", "section": _s1_name(w)}


def _log_use(w: World, v: str) -> Any:
    from zhidu.seals.models import Seal

    seal = Seal.objects.create(
        agency=w.a, kind="business", name=_uniq("业务章"), section_id=w.sections["S1"], keeper_name="矩阵"
    )
    body = {"seal": "business", "seal_name": seal.name, "content": "证明", "approver": "矩阵", "handler": "矩阵"}
    return {}, {**body, "copies": 1, "signed_by_leader": True}


def _vehicle_body(w: World, v: str) -> Any:
    return {}, {"plate": _uniq("矩A"), "kind": "enforcement", "role": "regular"}


def _card_body(w: World, v: str) -> Any:
    vehicle = _vehicle(w, "own_agency")
    return {}, {"number": _uniq("卡"), "plate": vehicle.plate}


def _receipt(w: World, v: str) -> Any:
    return {}, {"book_as": "stock", "name": _uniq("墨水"), "quantity": 2, "kind": "supplies", "unit": "瓶"}


def _open(w: World, v: str) -> Any:
    return {}, {"year": 2026, "scope": "non_consumables", "month": next(_n) % 12 + 1}


def _read(url: str, make: Any, variants: tuple[str, ...]) -> Sample:
    return Sample(lambda w, v: Req("GET", url.format(id=make(w, v).pk)), variants)


def _pair(api_url: str, page_url: str, make: Any, variants: tuple[str, ...]) -> dict[str, Sample]:
    a, p = both(api_url, page_url, make, variants)
    return {"api": a, "page": p}


P = {
    "refuel": _pair("/api/v1/fleet/vehicles/{vehicle}/refuel", "/fleet/vehicles/{vehicle}/refuel/", _refuel, OWN_OTHER),
    "top_up": _pair("/api/v1/fleet/cards/{card}/top-up", "/fleet/cards/{card}/top-up/", _top_up, OWN_OTHER),
    "depart": _pair(
        "/api/v1/fleet/trips/{trip}/depart",
        "/fleet/trips/{trip}/depart/",
        _depart,
        ("mine", "own_agency", "other_agency"),
    ),
    "return": _pair(
        "/api/v1/fleet/trips/{trip}/return",
        "/fleet/trips/{trip}/return/",
        _return,
        ("mine", "own_agency", "other_agency"),
    ),
    "settle": _pair("/api/v1/fleet/repairs/{repair}/settle", "/fleet/repairs/{repair}/settle/", _settle, OWN_OTHER),
    "manage": _pair("/api/v1/seals/seals/{seal}/manage", "/seals/{seal}/manage/", _manage, RECORDS),
    "stamp": _pair("/api/v1/seals/uses/{use}/stamp", "/seals/uses/{use}/stamp/", _stamp, RECORDS),
    "refuse": _pair("/api/v1/seals/uses/{use}/refuse", "/seals/uses/{use}/refuse/", _refuse, RECORDS),
    "take_out": _pair("/api/v1/seals/uses/{use}/take-out", "/seals/uses/{use}/take-out/", _take_out, RECORDS),
    "bring_back": _pair("/api/v1/seals/uses/{use}/return", "/seals/uses/{use}/return/", _bring_back, RECORDS),
    "assign": _pair("/api/v1/assets/assets/{asset}/assign", "/assets/{asset}/assign/", _assign, OWN_OTHER),
    "issue": _pair("/api/v1/assets/stock/{item}/issue", "/assets/stock/{item}/issue/", _issue, OWN_OTHER),
    "count_line": _pair(
        "/api/v1/assets/counts/{count}/lines/{line}", "/assets/counts/{count}/lines/{line}/", _count_line, OWN_OTHER
    ),
    "surplus": _pair("/api/v1/assets/counts/{count}/surplus", "/assets/counts/{count}/surplus/", _surplus, OWN_OTHER),
    "close": _pair("/api/v1/assets/counts/{count}/close", "/assets/counts/{count}/close/", _close, OWN_OTHER),
    "vehicle": _pair("/api/v1/fleet/vehicles", "/fleet/vehicles/add/", _vehicle_body, ("none",)),
    "card": _pair("/api/v1/fleet/cards", "/fleet/cards/add/", _card_body, ("none",)),
    "seal": _pair("/api/v1/seals/seals", "/seals/add/", _new_seal, ("none",)),
    "log": _pair("/api/v1/seals/uses", "/seals/log/", _log_use, ("none",)),
    "receipt": _pair("/api/v1/assets/receipts", "/assets/receive/", _receipt, ("none",)),
    "open": _pair("/api/v1/assets/counts", "/assets/counts/open/", _open, ("none",)),
}


OPS_SAMPLES: dict[str, Sample | Unreachable] = {
    # vehicles (zhidu.fleet)
    "GET /api/v1/fleet/vehicles": get("/api/v1/fleet/vehicles"),
    "POST /api/v1/fleet/vehicles": P["vehicle"]["api"],
    "POST /api/v1/fleet/vehicles/<vehicle_id>/refuel": P["refuel"]["api"],
    "GET /api/v1/fleet/trips": get("/api/v1/fleet/trips?month=2026-09"),
    "GET /api/v1/fleet/trips/<trip_id>": _read("/api/v1/fleet/trips/{id}", _trip, OWN_OTHER),
    "POST /api/v1/fleet/trips/<trip_id>/depart": P["depart"]["api"],
    "POST /api/v1/fleet/trips/<trip_id>/return": P["return"]["api"],
    "GET /api/v1/fleet/cards": get("/api/v1/fleet/cards"),
    "POST /api/v1/fleet/cards": P["card"]["api"],
    "POST /api/v1/fleet/cards/<card_id>/top-up": P["top_up"]["api"],
    "GET /api/v1/fleet/fuel": get("/api/v1/fleet/fuel"),
    "GET /api/v1/fleet/repairs": get("/api/v1/fleet/repairs"),
    "POST /api/v1/fleet/repairs/<repair_id>/settle": P["settle"]["api"],
    "GET /api/v1/fleet/allowances": get("/api/v1/fleet/allowances?period=2026-10"),
    "/fleet/ [fleet:index]": get("/fleet/"),
    "/fleet/vehicles/add/ [fleet:add_vehicle]": P["vehicle"]["page"],
    "/fleet/cards/add/ [fleet:add_card]": P["card"]["page"],
    "/fleet/vehicles/<int:vehicle_id>/ [fleet:vehicle]": _read("/fleet/vehicles/{id}/", _vehicle, OWN_OTHER),
    "/fleet/vehicles/<int:vehicle_id>/refuel/ [fleet:refuel]": P["refuel"]["page"],
    "/fleet/cards/<int:card_id>/top-up/ [fleet:top_up]": P["top_up"]["page"],
    "/fleet/trips/ [fleet:trips]": get("/fleet/trips/"),
    "/fleet/trips/<int:trip_id>/ [fleet:trip]": _read("/fleet/trips/{id}/", _trip, OWN_OTHER),
    "/fleet/trips/<int:trip_id>/depart/ [fleet:depart]": P["depart"]["page"],
    "/fleet/trips/<int:trip_id>/return/ [fleet:come_back]": P["return"]["page"],
    "/fleet/repairs/ [fleet:repairs]": get("/fleet/repairs/"),
    "/fleet/repairs/<int:repair_id>/settle/ [fleet:settle]": P["settle"]["page"],
    "/fleet/allowances/ [fleet:allowances]": get("/fleet/allowances/"),
    # seals (zhidu.seals)
    "GET /api/v1/seals/seals": get("/api/v1/seals/seals"),
    "POST /api/v1/seals/seals": P["seal"]["api"],
    "POST /api/v1/seals/seals/<seal_id>/manage": P["manage"]["api"],
    "GET /api/v1/seals/uses": get("/api/v1/seals/uses?status=approved"),
    "POST /api/v1/seals/uses": P["log"]["api"],
    "POST /api/v1/seals/uses/<use_id>/stamp": P["stamp"]["api"],
    "POST /api/v1/seals/uses/<use_id>/refuse": P["refuse"]["api"],
    "POST /api/v1/seals/uses/<use_id>/take-out": P["take_out"]["api"],
    "POST /api/v1/seals/uses/<use_id>/return": P["bring_back"]["api"],
    "/seals/ [seals:index]": get("/seals/"),
    "/seals/add/ [seals:add_seal]": P["seal"]["page"],
    "/seals/log/ [seals:log_use]": P["log"]["page"],
    "/seals/<int:seal_id>/ [seals:seal]": _read("/seals/{id}/", _seal, RECORDS),
    "/seals/<int:seal_id>/manage/ [seals:manage]": P["manage"]["page"],
    "/seals/uses/<int:use_id>/ [seals:use]": _read("/seals/uses/{id}/", _use, RECORDS),
    "/seals/uses/<int:use_id>/<slug:what>/ [seals:act]": P["stamp"]["page"],
    # purchases and assets (zhidu.assets)
    "GET /api/v1/assets/purchases": get("/api/v1/assets/purchases?status=approved"),
    "POST /api/v1/assets/receipts": P["receipt"]["api"],
    "GET /api/v1/assets/assets": get("/api/v1/assets/assets?status=in_use"),
    "POST /api/v1/assets/assets/<asset_id>/assign": P["assign"]["api"],
    "GET /api/v1/assets/stock": get("/api/v1/assets/stock"),
    "POST /api/v1/assets/stock/<item_id>/issue": P["issue"]["api"],
    "GET /api/v1/assets/counts": get("/api/v1/assets/counts"),
    "POST /api/v1/assets/counts": P["open"]["api"],
    "GET /api/v1/assets/counts/<count_id>": _read("/api/v1/assets/counts/{id}", _count, OWN_OTHER),
    "POST /api/v1/assets/counts/<count_id>/lines/<line_id>": P["count_line"]["api"],
    "POST /api/v1/assets/counts/<count_id>/surplus": P["surplus"]["api"],
    "POST /api/v1/assets/counts/<count_id>/close": P["close"]["api"],
    "/assets/ [assets:index]": get("/assets/"),
    "/assets/receive/ [assets:receive]": P["receipt"]["page"],
    "/assets/stock/ [assets:stock]": get("/assets/stock/"),
    "/assets/stock/<int:item_id>/issue/ [assets:issue]": P["issue"]["page"],
    "/assets/counts/ [assets:counts]": get("/assets/counts/"),
    "/assets/counts/open/ [assets:open_count]": P["open"]["page"],
    "/assets/counts/<int:count_id>/ [assets:count]": _read("/assets/counts/{id}/", _count, OWN_OTHER),
    "/assets/counts/<int:count_id>/lines/<int:line_id>/ [assets:count_line]": P["count_line"]["page"],
    "/assets/counts/<int:count_id>/surplus/ [assets:surplus]": P["surplus"]["page"],
    "/assets/counts/<int:count_id>/close/ [assets:close_count]": P["close"]["page"],
    "/assets/<int:asset_id>/ [assets:asset]": _read("/assets/{id}/", _asset, OWN_OTHER),
    "/assets/<int:asset_id>/assign/ [assets:assign]": P["assign"]["page"],
}
