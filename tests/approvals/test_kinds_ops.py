"""Approval kinds for vehicles, seals, purchases and assets (zhidu.approvals.kinds.vehicles / seals / purchases /
assets): each form refuses impossible input bilingually naming the field; each preview — the rule engine's
checks on the facts the kind derives — blocks or routes as the agency's text says, at its figures and one unit
over; and an approved application lands in its register (on_approved)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from zhidu.approvals.kinds import Context, Preview, for_agency, get, preview
from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry

from ..fleet.people import file_and_approve, roles_of, staff_of

pytestmark = pytest.mark.django_db

T, D, W, B, Y = "tongyu-hrss", "district-bureau", "wenshan-hrss", "baicheng-fupin", "yuanshi-hrss"
MONDAY = dt.date(2026, 9, 28)  # a working Monday; 2026-10-01…08 is the National Day holiday


def cleaned(kind_id: str, post: Mapping[str, Any]) -> dict[str, Any]:
    f = get(kind_id).form(data=dict(post))
    assert f.is_valid(), f.errors.as_json()
    return dict(f.cleaned_data)


def run(kind_id: str, agency: str, post: Mapping[str, Any], on: dt.date = MONDAY) -> Preview:
    return preview(get(kind_id), cleaned(kind_id, post), Context(agency, on))


def refused(kind_id: str, post: Mapping[str, Any]) -> dict[str, str]:
    f = get(kind_id).form(data=dict(post))
    assert not f.is_valid()
    out = {}
    for name, errors in json.loads(f.errors.as_json()).items():
        message = " ".join(e["message"] for e in errors)
        assert " / " in message or any("\u4e00" <= ch <= "\u9fff" for ch in message), message
        out[name] = message
    return out


def cited(p: Preview, outcome: str) -> str:
    return "\n".join(c.text for v in p.verdicts for f in v.findings if f.outcome.value == outcome for c in f.citations)


def blocked_by(p: Preview, *quotes: str) -> None:
    assert p.outcome.value == "blocked", [(f.rule_id, f.outcome.value) for v in p.verdicts for f in v.findings]
    for q in quotes:
        assert q in cited(p, "blocked"), q


TRIP = {
    "purpose": "section_business",
    "vehicle_kind": "official",
    "use_date": "2026-09-29",
    "destination": "市人社局",
    "reason": "报送材料",
    "user_name": "张三",
}


# ------------------------------------------------------------------------------------------ which agencies


def test_kinds_are_offered_where_the_text_covers_them() -> None:
    ids = {a: {k.id for k in for_agency(a)} for a in (T, D, W, B, Y)}
    assert {"vehicle.request", "vehicle.repair", "purchase.request", "asset.dispose"} <= ids[T] & ids[D]
    assert "vehicle.holiday_allowance" in ids[D] and "vehicle.holiday_allowance" not in ids[W]
    assert "vehicle.annual_pay" in ids[W] and "vehicle.annual_pay" not in ids[D]
    assert {"seal.use"} <= ids[W] & ids[B] and "seal.use" not in ids[T] | ids[D]
    assert "seal.new" in ids[B] and "asset.early_issue" in ids[B]
    assert not {k for k in ids[Y] if k.split(".")[0] in ("vehicle", "seal", "purchase", "asset")}


# ------------------------------------------------------------------------------------------ vehicles


def test_district_a_car_is_asked_for_a_day_ahead() -> None:
    same_day = run("vehicle.request", D, {**TRIP, "use_date": "2026-09-28"})
    blocked_by(same_day, "需要用车时提前一天向办公室申请")
    ahead = run("vehicle.request", D, TRIP)
    assert ahead.outcome.value == "needs_approval"
    assert ahead.approvers == ("office",)  # the vehicle manager signs the slip (五、4)
    assert "经车辆管理人员批准签字后方可出车" in cited(ahead, "needs_approval")


def test_district_holiday_and_after_hours_use_need_the_chief() -> None:
    holiday = run("vehicle.request", D, {**TRIP, "use_date": "2026-10-03"})  # National Day, per the calendar
    assert set(holiday.approvers) == {"chief", "office"}
    assert "双休日、节假日原则上不得动车" in cited(holiday, "needs_approval")
    weekend = run("vehicle.request", D, {**TRIP, "use_date": "2026-10-11"})  # an ordinary Sunday
    assert "chief" in weekend.approvers
    swapped = run("vehicle.request", D, {**TRIP, "use_date": "2026-10-10"})  # a 调休 working Saturday
    assert "chief" not in swapped.approvers
    late = run("vehicle.request", D, {**TRIP, "after_hours": "on"})
    assert set(late.approvers) == {"chief", "office"}
    assert "八小时以外用车,要向主要领导请示" in cited(late, "needs_approval")


def test_wenshan_cars_are_laid_up_on_holidays_but_the_duty_car() -> None:
    from zhidu.fleet.models import Vehicle
    from zhidu.rulebook.service import get_agency

    blocked_by(run("vehicle.request", W, {**TRIP, "use_date": "2026-10-03"}), "其他车辆须封存停驶")
    Vehicle.objects.create(agency=get_agency(W), plate="云H00001", role="duty")
    duty = run("vehicle.request", W, {**TRIP, "use_date": "2026-10-03", "plate": "云H00001"})
    assert duty.outcome.value == "needs_approval"
    assert set(duty.approvers) == {"deputy_in_charge", "office"}  # 派车单经分管领导同意后由办公室派车


def test_wenshan_trips_get_a_car_from_two_section_heads_or_four_people() -> None:
    trip = {**TRIP, "purpose": "trip_or_meeting"}
    blocked_by(run("vehicle.request", W, {**trip, "section_heads": 1, "staff_count": 2}), "2名以上科室主要负责人")
    assert run("vehicle.request", W, {**trip, "section_heads": 2}).outcome.value == "needs_approval"
    assert run("vehicle.request", W, {**trip, "section_heads": 1, "staff_count": 3}).outcome.value == "needs_approval"


def test_baicheng_only_the_cases_of_article_four_with_documents() -> None:
    blocked_by(run("vehicle.request", B, TRIP), "严禁违规或超范围使用公务车辆")
    case = {**TRIP, "purpose": "special_inspection", "vehicle_kind": "pool"}
    blocked_by(run("vehicle.request", B, case), "必须提供相关文件、电话记录")
    ok = run("vehicle.request", B, {**case, "documents_provided": "on"})
    assert ok.approvers == ("chief",)


def test_tongyu_knows_pool_and_enforcement_cars_only() -> None:
    with pytest.raises(BadInput) as err:
        run("vehicle.request", T, TRIP)
    assert err.value.field == "vehicle_kind" and "行政执法用车" in err.value.message_zh
    enforcement = run("vehicle.request", T, {**TRIP, "purpose": "law_enforcement", "vehicle_kind": "enforcement"})
    assert enforcement.approvers == ("deputy_in_charge",)
    blocked_by(
        run("vehicle.request", T, {**TRIP, "purpose": "section_business", "vehicle_kind": "enforcement"}),
        "严禁超范围使用",
    )


def test_prohibited_uses_are_refused_everywhere() -> None:
    for agency in (T, D, W, B):
        kind = "enforcement" if agency == T else "official"
        assert run("vehicle.request", agency, {**TRIP, "purpose": "private", "vehicle_kind": kind}).blocked


def test_vehicle_request_bad_input() -> None:
    errors = refused("vehicle.request", {**TRIP, "time_from": "10:00", "time_to": "09:00", "use_date": "2026-02-30"})
    assert "use_date" in errors and "time_to" in errors
    assert "section_heads" in refused("vehicle.request", {**TRIP, "section_heads": "-1"})
    with pytest.raises(BadInput) as err:
        run("vehicle.request", D, {**TRIP, "use_date": "2026-09-27"})
    assert err.value.field == "use_date" and "早于" in err.value.message_zh
    with pytest.raises(BadInput) as err:
        run("vehicle.request", D, {**TRIP, "plate": "无此车"})
    assert err.value.field == "plate"


def test_repairs_are_routed_by_size_tongyu() -> None:
    repair = {"plate": "吉G00001", "items": "更换刹车片", "budget": "800", "designated_shop": "on"}
    general = run("vehicle.repair", T, {**repair, "size": "general"})
    assert general.approvers == ("deputy_in_charge",)
    major = run("vehicle.repair", T, {**repair, "size": "major"})
    assert set(major.approvers) == {"deputy_in_charge", "chief"}
    assert "大、中型修理，由分管领导报局长" in cited(major, "needs_approval")
    medium = run("vehicle.repair", T, {**repair, "size": "medium"})
    assert "chief" in medium.approvers


def test_repairs_elsewhere() -> None:
    repair = {"plate": "X", "items": "保养", "budget": "300", "size": "general", "designated_shop": "on"}
    blocked_by(run("vehicle.repair", D, {**repair, "designated_shop": ""}), "到指定厂店维修")
    assert set(run("vehicle.repair", W, repair).approvers) == {"office", "deputy_in_charge"}
    blocked_by(run("vehicle.repair", B, {**repair, "budget": ""}), "注明维修项目和维修金额")
    assert run("vehicle.repair", B, {**repair, "urgent": "on"}).approvers == ("office",)  # 请示综合科
    assert "budget" in refused("vehicle.repair", {**repair, "budget": "-1"})


ALLOWANCE = {"driver_name": "司机甲", "month": "2026-10", "claimed": "70"}


def test_district_holiday_allowance_counts_each_day_once() -> None:
    # two trips on National Day (50 once), a 调休 working Saturday (nothing), an ordinary Sunday (20)
    dates = "2026-10-03\n2026-10-03\n2026-10-10\n2026-10-11"
    ok = run("vehicle.holiday_allowance", D, {**ALLOWANCE, "trip_dates": dates}, dt.date(2026, 10, 31))
    assert ok.outcome.value == "needs_approval"
    assert set(ok.approvers) == {"deputy_in_charge", "finance_deputy"}
    trace = " ".join(t for v in ok.verdicts for f in v.findings for t in f.trace)
    assert "法定节假日 1 天" in trace and "休息日 1 天" in trace and "不重复计算" in trace
    over = run("vehicle.holiday_allowance", D, {**ALLOWANCE, "trip_dates": dates, "claimed": "70.01"})
    blocked_by(over, "不能重复计算")


def test_allowance_dates_come_from_the_trip_log_when_not_listed() -> None:
    from django.utils import timezone

    from zhidu.fleet.models import Trip

    staff = staff_of(D)
    agency = staff.agency
    for n, (day, hour) in enumerate([("2026-10-03", 8), ("2026-10-03", 14), ("2026-10-11", 9), ("2026-10-12", 9)]):
        out = timezone.make_aware(dt.datetime.fromisoformat(f"{day}T{hour:02d}:00"))
        Trip.objects.create(
            agency=agency,
            number=f"派2026-{n:04d}",
            purpose="section_business",
            reason="x",
            destination="y",
            user_name="z",
            requested_by=staff.applicant,
            driver_name="司机甲",
            use_date=out.date(),
            time_out=out,
            time_back=out + dt.timedelta(hours=2),
            status="back",
        )
    p = run("vehicle.holiday_allowance", D, {**ALLOWANCE, "trip_dates": ""}, dt.date(2026, 10, 31))
    trace = " ".join(t for v in p.verdicts for f in v.findings for t in f.trace)
    assert "法定节假日 1 天" in trace and "休息日 1 天" in trace and "同日出车 1 次不重复计算" in trace
    assert not p.blocked  # 50 + 20 = 70 claimed


def test_allowance_bad_input() -> None:
    assert "month" in refused("vehicle.holiday_allowance", {**ALLOWANCE, "month": "2026-13"})
    assert "trip_dates" in refused("vehicle.holiday_allowance", {**ALLOWANCE, "trip_dates": "2026-11-01"})
    assert "trip_dates" in refused("vehicle.holiday_allowance", {**ALLOWANCE, "trip_dates": "国庆"})
    assert "claimed" in refused("vehicle.holiday_allowance", {**ALLOWANCE, "claimed": "-5"})


def test_wenshan_labour_fee_and_safe_driving_award() -> None:
    pay = {"driver_name": "司机乙", "year": 2026, "annual_km": 20000}
    at = run("vehicle.annual_pay", W, {**pay, "claimed": "1150.00"}, dt.date(2026, 12, 28))  # 150 + 20000 × 0.05
    assert not at.blocked
    blocked_by(run("vehicle.annual_pay", W, {**pay, "claimed": "1150.01"}), "按每公里5分钱的标准")
    accident = {**pay, "liable_accident": "on"}
    assert not run("vehicle.annual_pay", W, {**accident, "claimed": "150"}).blocked
    assert run("vehicle.annual_pay", W, {**accident, "claimed": "150.01"}).blocked


def test_wenshan_parking_and_toll_claims_need_three_signatures() -> None:
    p = run("vehicle.expense", W, {"kind": "toll", "plate": "X", "on": "2026-09-25", "amount": "45"})
    assert set(p.approvers) == {"office", "finance_section", "deputy_in_charge"}
    assert "amount" in refused("vehicle.expense", {"kind": "toll", "plate": "X", "on": "2026-09-25", "amount": "0"})


def test_district_driver_leave_two_days_deputy_more_chief() -> None:
    two = run("vehicle.driver_leave", D, {"start": "2026-09-29", "days": "2", "reason": "家事"})
    assert two.approvers == ("deputy_in_charge",)
    more = run("vehicle.driver_leave", D, {"start": "2026-09-29", "days": "2.5", "reason": "家事"})
    assert more.approvers == ("chief",)
    assert "days" in refused("vehicle.driver_leave", {"start": "2026-09-29", "days": "1.2", "reason": "x"})


# ------------------------------------------------------------------------------------------ seals


def _seal(slug: str, kind: str = "official", name: str | None = None) -> Any:
    from zhidu.rulebook.service import get_agency
    from zhidu.seals.models import Seal

    return Seal.objects.create(agency=get_agency(slug), kind=kind, name=name or f"{slug}-{kind}", keeper_name="管印人")


USE = {"seal": "official", "purpose": "document", "content": "关于报送年度总结的报告", "copies": 3}


def test_seal_use_needs_whose_approval_wenshan() -> None:
    for kind in ("official", "party_group", "office", "business"):
        _seal(W, kind)
    assert run("seal.use", W, {**USE, "seal": "party_group"}).approvers == ("party_secretary",)
    official = run("seal.use", W, USE)
    assert official.outcome.value == "needs_approval" and official.approvers
    assert "use of the official seal" in " ".join(f.message_en for v in official.verdicts for f in v.findings)
    letter = run("seal.use", W, {**USE, "seal": "office", "purpose": "intro_letter"})
    assert set(letter.approvers) == {"section_head", "office"}
    assert "经办人所在科室负责人签署意见,办公室负责人签批" in cited(letter, "needs_approval")
    signed = run("seal.use", W, {**USE, "signed_by_leader": "on"})
    assert signed.outcome.value == "allowed"


def test_never_on_blank_paper() -> None:
    _seal(W)
    _seal(B)
    blocked_by(run("seal.use", W, {**USE, "blank_paper": "on", "signed_by_leader": "on"}), "不准在空白纸页上用印")
    blocked_by(run("seal.use", B, {**USE, "blank_paper": "on"}), "单位印章一律不得在空白页面上使用")
    written = run("seal.use", B, {**USE, "blank_paper": "on", "written_application": "on"})
    assert written.approvers == ("chief",)  # 书面申请，经主要领导签字同意


def test_taking_a_seal_out() -> None:
    _seal(W)
    _seal(B)
    out = {**USE, "take_out": "on", "out_until": "2026-09-30"}
    wenshan = run("seal.use", W, out)
    assert set(wenshan.approvers) == {"chief", "office"}
    assert "局印章要经局长或副局长同意并报办公室负责人确认后方可带走" in cited(wenshan, "needs_approval")
    assert run("seal.use", B, out).approvers == ("office",)  # 综合科负责人签字同意
    assert "out_until" in refused("seal.use", {**USE, "take_out": "on"})


def test_seal_use_bad_input() -> None:
    with pytest.raises(BadInput) as err:
        run("seal.use", W, USE)  # no seal registered
    assert err.value.field == "seal"
    errors = refused("seal.use", {**USE, "copies": "0", "to_archive": "on", "archive_copies": "5"})
    assert "copies" in errors
    assert "archive_copies" in refused("seal.use", {**USE, "to_archive": "on", "archive_copies": "5"})


def test_baicheng_new_seal_needs_the_deputy() -> None:
    p = run(
        "seal.new",
        B,
        {"action": "new", "kind": "section", "name": "督查科印章", "keeper_name": "蔡六", "reason": "新设"},
    )
    assert p.approvers == ("deputy_in_charge",)
    assert "报分管领导签字同意后" in cited(p, "needs_approval")


# ------------------------------------------------------------------------------------------ purchases


def _purchase(amount: str, kind: str = "office_supplies", **extra: Any) -> dict[str, Any]:
    return {"title": "打印纸", "kind": kind, "amount": amount, "quantity": 1, **extra}


def test_purchase_routes_at_each_agencys_figures() -> None:
    assert "party_group_meeting" not in run("purchase.request", T, _purchase("4999.99")).approvers
    assert "party_group_meeting" in run("purchase.request", T, _purchase("5000")).approvers
    assert "party_group_meeting" not in run("purchase.request", D, _purchase("9999.99")).approvers
    assert "party_group_meeting" in run("purchase.request", D, _purchase("10000")).approvers
    assert "party_group_meeting" not in run("purchase.request", B, _purchase("19999.99")).approvers
    assert "party_group_meeting" in run("purchase.request", B, _purchase("20000")).approvers
    tongyu_asset = run("purchase.request", T, _purchase("3000", "fixed_asset"))
    assert set(tongyu_asset.approvers) >= {"section_head", "deputy_in_charge", "chief"}
    blocked_by(run("purchase.request", T, _purchase("3000", "fixed_asset", reallocatable="on")), "无法调配")
    blocked_by(run("purchase.request", T, _purchase("300", after_the_fact="on")), "相关费用发生前要进行费用支出申请")


def test_wenshan_purchases_catalogue_buyers_and_bulk_rounds() -> None:
    from zhidu.assets.models import Purchase
    from zhidu.rulebook.service import get_agency

    catalogue = run("purchase.request", W, _purchase("1000", in_gov_catalogue="on"))
    assert {"deputy_in_charge", "chief", "party_group_meeting"} <= set(catalogue.approvers)
    one_buyer = run("purchase.request", W, _purchase("300", buyers=1))
    assert one_buyer.outcome.value == "needs_approval"
    assert "原则上要求2人以上参与采购" in cited(one_buyer, "warning")
    agency = get_agency(W)
    user = staff_of(W)["staff"]
    for _ in range(2):
        Purchase.objects.create(
            agency=agency, title="x", kind="materials", amount=1, bulk=True, year=2026, requested_by=user
        )
    third = run("purchase.request", W, _purchase("900", "materials", bulk="on"))
    assert "一般每年进行2次" in cited(third, "warning")
    assert "一般每年进行2次" not in cited(
        run("purchase.request", W, _purchase("900", "materials", bulk="on", special_case="on")), "warning"
    )


def test_purchase_bad_input() -> None:
    assert "amount" in refused("purchase.request", _purchase("0"))
    assert "amount" in refused("purchase.request", _purchase("1.234"))
    assert "amount" in refused("purchase.request", _purchase("99999999999999"))
    assert "kind" in refused("purchase.request", _purchase("10", "yacht"))


# ------------------------------------------------------------------------------------------ assets


def _asset(slug: str, number: str = "ZC2026-0001", value: str = "3000") -> Any:
    from zhidu.assets.models import Asset
    from zhidu.rulebook.service import get_agency

    return Asset.objects.create(
        agency=get_agency(slug),
        number=number,
        name="台式电脑",
        category="equipment",
        unit_price=Decimal(value),
        value=Decimal(value),
        useful_life_years=Decimal("6"),
        acquired_on=dt.date(2020, 1, 1),
        status="in_use",
    )


def test_disposal_only_as_the_text_allows() -> None:
    for slug in (T, D, W, B):
        _asset(slug)
    scrap = {"asset_number": "ZC2026-0001", "action": "scrap", "reason": "损坏"}
    blocked_by(run("asset.dispose", W, scrap), "确已失去效能")  # not worn out: no scrapping
    assert run("asset.dispose", W, {**scrap, "unusable": "on"}).approvers == ("finance_section",)
    assert run("asset.dispose", D, scrap).approvers == ("party_group_meeting",)  # 必须经局党组研究决定
    assert set(run("asset.dispose", T, scrap).approvers) == {"deputy_in_charge", "chief"}
    assert "party_group_meeting" in run("asset.dispose", T, {**scrap, "value": "5000"}).approvers
    blocked_by(run("asset.dispose", B, {**scrap, "proceeds_to": "kept"}), "残值变价收入一律上交市财政")
    assert run("asset.dispose", W, {**scrap, "action": "lend"}).approvers == ("leader",)
    with pytest.raises(BadInput) as err:
        run("asset.dispose", W, {**scrap, "asset_number": "NOPE"})
    assert err.value.field == "asset_number"


def test_equipment_repair_and_early_issue() -> None:
    facility = run("asset.repair", W, {"kind": "facility", "description": "屋顶漏水", "quotes": 2})
    blocked_by(facility, "推荐3个以上施工单位")
    assert run("asset.repair", W, {"kind": "facility", "description": "屋顶漏水", "quotes": 3}).approvers == ("leader",)
    assert run("asset.repair", B, {"kind": "equipment", "description": "加内存", "modification": "on"}).approvers == (
        "office",
    )
    early = run("asset.early_issue", B, {"item": "cartridge", "name": "硒鼓", "quantity": 1, "reason": "打印量大"})
    assert early.approvers == ("deputy_in_charge",)


# ------------------------------------------------------------------------------------------ end to end


def test_an_approved_request_becomes_a_signed_dispatch_slip() -> None:
    from zhidu.fleet.models import Trip

    staff = staff_of(D)
    app = file_and_approve(D, "vehicle.request", staff.applicant, {**TRIP, "use_date": "2026-10-03"}, MONDAY)
    assert app.status == "approved" and roles_of(app) == ["chief", "office"]
    trip = Trip.objects.get(application=app)
    assert trip.status == "dispatched" and trip.slip_signed_at is not None and trip.number.startswith("派2026-")
    assert set(trip.approved_roles) == {"chief", "office"} and trip.outcome == "allowed"
    assert "district-bureau:39:5.4" in trip.cites
    entry = LedgerEntry.objects.filter(action="fleet.trip.dispatch").latest("seq")
    assert entry.verdict["outcome"] == "allowed" and "district-bureau:39:5.4" in entry.citations


def test_an_approved_allowance_is_booked_and_never_counted_twice() -> None:
    from zhidu.fleet.models import Allowance

    staff = staff_of(D)
    data = {**ALLOWANCE, "trip_dates": "2026-10-03\n2026-10-03\n2026-10-11"}
    app = file_and_approve(D, "vehicle.holiday_allowance", staff.applicant, data, dt.date(2026, 10, 30))
    assert app.status == "approved"
    row = Allowance.objects.get(application=app)
    assert row.amount == Decimal("70.00") and row.days == 2
    assert sorted(d.day.isoformat() for d in row.day_rows.all()) == ["2026-10-03", "2026-10-11"]
    with pytest.raises(BadInput) as err:  # the same day again, in a new claim
        file_and_approve(
            D,
            "vehicle.holiday_allowance",
            staff.applicant,
            {**data, "trip_dates": "2026-10-03", "claimed": "50"},
            dt.date(2026, 10, 30),
        )
    assert err.value.field == "trip_dates" and "不能重复计算" in err.value.message_zh


def test_an_approved_seal_use_is_a_numbered_line_of_the_log() -> None:
    from zhidu.seals.models import SealUse

    staff = staff_of(W)
    _seal(W)
    app = file_and_approve(W, "seal.use", staff.applicant, {**USE, "to_archive": "on", "archive_copies": 2}, MONDAY)
    assert app.status == "approved"
    use = SealUse.objects.get(application=app)
    assert use.number == "2026-0001" and use.status == "approved" and use.copies == 3
    assert use.approver and use.handler == app.applicant_name and use.content == USE["content"]


def test_blank_paper_cannot_even_be_submitted() -> None:
    staff = staff_of(W)
    _seal(W)
    with pytest.raises(Refused) as err:
        file_and_approve(W, "seal.use", staff.applicant, {**USE, "blank_paper": "on"}, MONDAY)
    assert "不准在空白纸页上用印" in json.dumps(err.value.verdict, ensure_ascii=False)


def test_an_approved_disposal_takes_the_asset_off_the_books() -> None:
    staff = staff_of(W)
    a = _asset(W)
    app = file_and_approve(
        W,
        "asset.dispose",
        staff.applicant,
        {"asset_number": a.number, "action": "scrap", "reason": "主板烧毁", "unusable": "on"},
        MONDAY,
    )
    assert app.status == "approved" and roles_of(app) == ["finance_section"]
    a.refresh_from_db()
    assert a.status == "disposed" and a.status_ref == f"approvals.Application:{app.pk}"
    assert "wenshan-hrss:44:3.3" in a.cites
    with pytest.raises(BadInput):  # off the books: no second disposal
        file_and_approve(
            W, "asset.dispose", staff.applicant, {"asset_number": a.number, "action": "sell", "reason": "x"}, MONDAY
        )


def test_an_approved_purchase_awaits_receipt() -> None:
    from zhidu.assets.models import Purchase

    staff = staff_of(T)
    app = file_and_approve(T, "purchase.request", staff.applicant, _purchase("800", reason="办公"), MONDAY)
    assert app.status == "approved"
    p = Purchase.objects.get(application=app)
    assert p.status == "approved" and p.amount == Decimal("800.00") and p.approvers
