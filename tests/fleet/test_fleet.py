"""zhidu.fleet: the vehicle registers — cars, the dispatch slip signed before departure, the trip log (time out
and back, purpose and destination, user, driver) written when the trip is done, fuel cards and refuels, repairs
settled with their documents — each write a checked ledger entry with the verdict and its clauses, bad input
refused bilingually, nothing lost; and the pages that keep them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from zhidu.fleet.models import FuelCard, FuelEntry, Repair, Trip, Vehicle
from zhidu.ledger.models import LedgerEntry
from zhidu.rulebook.service import get_agency

from .people import account, file_and_approve, staff_of

pytestmark = pytest.mark.django_db

D, W, B, T = "district-bureau", "wenshan-hrss", "baicheng-fupin", "tongyu-hrss"
MONDAY = dt.date(2026, 9, 28)
TRIP = {
    "purpose": "section_business",
    "vehicle_kind": "official",
    "use_date": "2026-09-29",
    "destination": "市人社局",
    "reason": "报送材料",
    "user_name": "张三",
    "driver_name": "司机甲",
}


def client(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def post(c: Client, url: str, body: dict[str, Any]) -> Any:
    return c.post(url, body, content_type="application/json")


def local(day: str, hm: str) -> str:
    return timezone.make_aware(dt.datetime.fromisoformat(f"{day}T{hm}")).isoformat()


def bilingual(r: Any, *zh: str) -> dict[str, Any]:
    err = r.json()["error"]
    assert err["message_en"] and any("\u4e00" <= ch <= "\u9fff" for ch in err["message_zh"]), err
    for z in zh:
        assert z in err["message_zh"] + str(err.get("verdict")), (z, err)
    return err


@pytest.fixture
def district() -> Any:
    staff = staff_of(D)
    office = account(staff.agency, "d-office", "office", "办公室")
    return staff, office


def _trip(district: Any) -> Trip:
    staff, _ = district
    app = file_and_approve(D, "vehicle.request", staff.applicant, TRIP, MONDAY)
    trip = Trip.objects.get(application=app)
    # the vehicle manager signed the slip at 8:00 on the day (the engine stamps the real time of the approval)
    trip.slip_signed_at = timezone.make_aware(dt.datetime(2026, 9, 29, 8, 0))
    trip.save()
    return trip


# ------------------------------------------------------------------------------------------ the cars


def test_the_office_registers_cars_others_may_not(district: Any) -> None:
    staff, office = district
    r = post(
        client(office), "/api/v1/fleet/vehicles", {"plate": "冀A00001", "model": "帕萨特", "purchased_on": "2020-05-01"}
    )
    assert r.status_code == 201 and r.json()["plate"] == "冀A00001"
    entry = LedgerEntry.objects.filter(action="fleet.vehicle.add").latest("seq")
    assert entry.verdict["outcome"] == "recorded" and entry.citations == ["district-bureau:39:3.1"]
    again = post(client(office), "/api/v1/fleet/vehicles", {"plate": "冀A00001"})
    assert again.status_code == 422 and bilingual(again, "已有")["field"] == "plate"
    assert post(client(staff.applicant), "/api/v1/fleet/vehicles", {"plate": "冀A00002"}).status_code == 403
    assert Vehicle.objects.filter(agency__slug=D).count() == 1
    listed = client(staff.applicant).get("/api/v1/fleet/vehicles").json()
    assert [v["plate"] for v in listed] == ["冀A00001"]


def test_bad_vehicle_input_is_refused_naming_the_field(district: Any) -> None:
    _, office = district
    c = client(office)
    for body, field in (
        ({"plate": "a\x00b"}, "plate"),
        ({"plate": "x" * 21}, "plate"),
        ({"plate": "冀A1", "purchased_on": "2026-02-30"}, "purchased_on"),
        ({"plate": "冀A1", "kind": "tank"}, "kind"),
    ):
        r = post(c, "/api/v1/fleet/vehicles", body)
        assert r.status_code == 422, body
        assert bilingual(r)["field"] == field or field in str(r.json())
    assert not Vehicle.objects.exists()


# ------------------------------------------------------------------------------------------ slip and trip log


def test_the_trip_log_departure_after_the_slip_is_signed_and_the_return(district: Any) -> None:
    staff, office = district
    trip = _trip(district)
    c = client(staff.applicant)
    url = f"/api/v1/fleet/trips/{trip.pk}"
    early = post(c, f"{url}/depart", {"time_out": local("2026-09-29", "07:30"), "version": trip.version})
    assert early.status_code == 422 and bilingual(early, "经车辆管理人员批准签字后方可出车")["field"] == "time_out"
    other_day = post(c, f"{url}/depart", {"time_out": local("2026-09-30", "08:30"), "version": trip.version})
    assert other_day.status_code == 422 and bilingual(other_day, "不符")
    out = post(c, f"{url}/depart", {"time_out": local("2026-09-29", "08:30"), "km_out": 12000, "version": trip.version})
    assert out.status_code == 200, out.content
    assert out.json()["status"] == "out" and out.json()["driver_name"] == "司机甲"
    depart = LedgerEntry.objects.filter(action="fleet.trip.depart").latest("seq")
    assert depart.verdict["outcome"] == "allowed" and "district-bureau:39:5.4" in depart.citations
    v = out.json()["version"]
    before = post(c, f"{url}/return", {"time_back": local("2026-09-29", "08:00"), "parked": "unit", "version": v})
    assert before.status_code == 422 and bilingual(before)["field"] == "time_back"
    elsewhere = post(
        c, f"{url}/return", {"time_back": local("2026-09-29", "17:20"), "parked": "elsewhere", "version": v}
    )
    assert elsewhere.status_code == 422 and bilingual(elsewhere, "车辆每晚必须停放到单位")
    stale = post(c, f"{url}/return", {"time_back": local("2026-09-29", "17:20"), "parked": "unit", "version": v - 1})
    assert stale.status_code == 409
    back = post(
        c,
        f"{url}/return",
        {"time_back": local("2026-09-29", "17:20"), "km_back": 12080, "parked": "unit", "version": v},
    )
    assert back.status_code == 200 and back.json()["status"] == "back" and back.json()["km_back"] == 12080
    row = Trip.objects.get(pk=trip.pk)
    assert (row.km, row.user_name, row.destination, row.driver_name) == (80, "张三", "市人社局", "司机甲")
    assert LedgerEntry.objects.filter(action="refused:fleet.trip.return").exists()  # the refusal is kept too
    logged = client(office).get("/api/v1/fleet/trips?month=2026-09").json()
    assert [t["number"] for t in logged] == [row.number]


def test_only_the_requester_or_the_office_writes_the_trip_log(district: Any) -> None:
    staff, office = district
    trip = _trip(district)
    other = account(staff.agency, "d-other", "staff", "财务科")
    body = {"time_out": local("2026-09-29", "08:30"), "version": trip.version}
    assert post(client(other), f"/api/v1/fleet/trips/{trip.pk}/depart", body).status_code == 403
    assert post(client(office), f"/api/v1/fleet/trips/{trip.pk}/depart", body).status_code == 200


def test_a_trip_page_shows_the_slip_and_keeps_what_was_typed(district: Any) -> None:
    staff, _ = district
    trip = _trip(district)
    c = client(staff.applicant)
    page = c.get(f"/fleet/trips/{trip.pk}/")
    text = page.content.decode()
    assert page.status_code == 200 and trip.number in text and "出车时间" in text and "Record departure" not in text
    r = c.post(
        f"/fleet/trips/{trip.pk}/depart/",
        {"time_out": "2026-09-29T07:30", "version": trip.version, "driver_name": "司机乙"},
    )
    text = r.content.decode()
    assert r.status_code == 422 and 'role="alert"' in text and "方可出车" in text and "司机乙" in text
    assert Trip.objects.get(pk=trip.pk).status == "dispatched"


# ------------------------------------------------------------------------------------------ fuel


def _car_with_card(slug: str, plate: str, balance: str = "500") -> tuple[Vehicle, FuelCard]:
    agency = get_agency(slug)
    v = Vehicle.objects.create(agency=agency, plate=plate)
    card = FuelCard.objects.create(agency=agency, vehicle=v, number=f"C-{plate}", balance=Decimal(balance))
    return v, card


def test_one_card_per_car_and_exact_balances(district: Any) -> None:
    _, office = district
    c = client(office)
    v = Vehicle.objects.create(agency=get_agency(D), plate="冀A00009")
    assert post(c, "/api/v1/fleet/cards", {"number": "9001", "plate": "冀A00009"}).status_code == 201
    second = post(c, "/api/v1/fleet/cards", {"number": "9002", "plate": "冀A00009"})
    assert second.status_code == 422 and bilingual(second, "一车一卡")
    card = FuelCard.objects.get(number="9001")
    top = post(
        c, f"/api/v1/fleet/cards/{card.pk}/top-up", {"amount": "300.10", "consent_by": "郭丑", "version": card.version}
    )
    assert top.status_code == 200 and top.json()["balance_after"] == "300.10"
    # district: Tuesday 9:30 with the odometer — in time
    ok = post(
        c,
        f"/api/v1/fleet/vehicles/{v.pk}/refuel",
        {"on": "2026-09-29", "at": "09:30", "amount": "200.05", "odometer": 15000},
    )
    assert ok.status_code == 201 and ok.json()["outcome"] == "allowed" and ok.json()["balance_after"] == "100.05"
    # a Wednesday, no odometer: recorded with the warning and the clause
    late = post(c, f"/api/v1/fleet/vehicles/{v.pk}/refuel", {"on": "2026-09-30", "at": "15:00", "amount": "100.05"})
    assert late.status_code == 201 and late.json()["outcome"] == "warning"
    assert "district-bureau:39:1.3" in late.json()["cites"]
    assert FuelCard.objects.get(pk=card.pk).balance == Decimal("0.00")
    broke = post(c, f"/api/v1/fleet/vehicles/{v.pk}/refuel", {"on": "2026-10-02", "amount": "0.01"})
    assert broke.status_code == 422 and bilingual(broke, "余额")
    assert FuelEntry.objects.filter(kind="refuel").count() == 2


def test_wenshan_own_card_no_cash() -> None:
    agency = get_agency(W)
    office = account(agency, "w-office", "office", "办公室")
    mine, _ = _car_with_card(W, "云H1")
    _, other_card = _car_with_card(W, "云H2")
    c = client(office)
    foreign = post(
        c, f"/api/v1/fleet/vehicles/{mine.pk}/refuel", {"on": "2026-09-29", "amount": "50", "card": other_card.number}
    )
    assert foreign.status_code == 422 and bilingual(foreign, "一车一卡")
    cash = post(c, f"/api/v1/fleet/vehicles/{mine.pk}/refuel", {"on": "2026-09-29", "amount": "50", "payment": "cash"})
    assert cash.status_code == 422 and bilingual(cash, "不得用现金加油")
    special = post(
        c,
        f"/api/v1/fleet/vehicles/{mine.pk}/refuel",
        {"on": "2026-09-29", "amount": "50", "payment": "cash", "special_circumstances": True},
    )
    assert special.status_code == 201 and special.json()["outcome"] == "warning"
    assert FuelCard.objects.get(pk=other_card.pk).balance == Decimal("500")


def test_baicheng_out_of_town_refuel_is_reported_first() -> None:
    agency = get_agency(B)
    office = account(agency, "b-office", "office", "综合科")
    v, _ = _car_with_card(B, "吉G1")
    c = client(office)
    body = {"on": "2026-09-29", "amount": "80", "payment": "official_bank_card", "out_of_town": True}
    unreported = post(c, f"/api/v1/fleet/vehicles/{v.pk}/refuel", body)
    assert unreported.status_code == 422 and bilingual(unreported, "尚未取得审批", "事先向综合科长报告")
    reported = post(c, f"/api/v1/fleet/vehicles/{v.pk}/refuel", {**body, "reported_in_advance": True})
    assert reported.status_code == 201 and reported.json()["outcome"] == "allowed"
    assert "baicheng-fupin:20:10" in reported.json()["cites"]


# ------------------------------------------------------------------------------------------ repairs


def _repair(slug: str, requester: Any) -> Repair:
    return Repair.objects.create(
        agency=get_agency(slug),
        plate="X1",
        size="general",
        items="换刹车片",
        budget=Decimal("600"),
        requested_by=requester,
    )


def test_repair_settlement_with_its_documents(district: Any) -> None:
    staff, office = district
    r = _repair(D, staff.applicant)
    c = client(office)
    bare = post(c, f"/api/v1/fleet/repairs/{r.pk}/settle", {"amount": "580", "version": r.version})
    assert bare.status_code == 422 and bilingual(bare, "正式发票")
    docs = {"invoice": True, "itemised_list": True, "co_signed": True, "settled_same_day": True}
    done = post(c, f"/api/v1/fleet/repairs/{r.pk}/settle", {"amount": "580.00", "version": r.version, **docs})
    assert done.status_code == 200 and done.json()["status"] == "awaiting"  # 报主管局长审批报销
    assert done.json()["amount"] == "580.00" and "district-bureau:39:3.4" in done.json()["cites"]


def test_baicheng_old_parts_come_back_before_settlement() -> None:
    agency = get_agency(B)
    office = account(agency, "b-office2", "office", "综合科")
    r = _repair(B, office)
    c = client(office)
    kept = post(c, f"/api/v1/fleet/repairs/{r.pk}/settle", {"amount": "300", "version": r.version})
    assert kept.status_code == 422 and bilingual(kept, "原配件交回")
    ok = post(
        c, f"/api/v1/fleet/repairs/{r.pk}/settle", {"amount": "300", "old_parts_returned": True, "version": r.version}
    )
    assert ok.status_code == 200 and ok.json()["status"] == "settled"


# ------------------------------------------------------------------------------------------ pages


def test_pages_render_and_forms_keep_what_was_typed(district: Any) -> None:
    staff, office = district
    c = client(office)
    for url in ("/fleet/", "/fleet/trips/", "/fleet/trips/?month=2026-09", "/fleet/repairs/", "/fleet/allowances/"):
        r = c.get(url)
        assert r.status_code == 200, url
        assert "车辆" in r.content.decode() or "驾驶员" in r.content.decode()
    assert c.get("/fleet/trips/?month=2026-13").status_code == 400
    bad = c.post(
        "/fleet/vehicles/add/", {"plate": "冀A7", "kind": "official", "role": "regular", "purchased_on": "2026-02-30"}
    )
    text = bad.content.decode()
    assert bad.status_code == 422 and 'role="alert"' in text and "冀A7" in text and "purchased_on" in text
    good = c.post("/fleet/vehicles/add/", {"plate": "冀A7", "kind": "official", "role": "regular"})
    assert good.status_code == 302
    v = Vehicle.objects.get(plate="冀A7")
    assert client(staff.applicant).get(f"/fleet/vehicles/{v.pk}/").status_code == 200
    assert client(staff.applicant).post("/fleet/vehicles/add/", {"plate": "冀A8"}).status_code == 403


def test_the_command_line_prints_the_trip_log(district: Any, capsys: Any) -> None:
    from zhidu import cli

    trip = _trip(district)
    assert cli.main(["fleet", "trips", D, "--month", "2026-09"]) == 0
    out = capsys.readouterr().out
    assert trip.number in out and "报送材料（市人社局）" in out and "共 1 条" in out
    assert cli.main(["fleet", "trips", D, "--month", "2026-13"]) == 2
    err = capsys.readouterr().err
    assert "月份应为 YYYY-MM" in err and "must be a month" in err
    assert cli.main(["fleet", "vehicles", D]) == 0
