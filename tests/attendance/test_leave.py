"""Leave: the approval matrix by rank and working days across 调休 weekends, entitlements and the leave balance
booked on approval, provisional calendars, closing the leave (销假) and filing it, bad input on the form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from zhidu.approvals import kinds
from zhidu.attendance import service
from zhidu.attendance.models import Absence, LeaveBalance, LeaveRecord
from zhidu.core.errors import BadInput
from zhidu.ledger.models import LedgerEntry

from .conftest import Staff
from .helpers import approve, form_errors, verdict

pytestmark = pytest.mark.django_db

EARLY = dt.date(2026, 9, 21)  # a Monday, well before the leaves below (requests are made in advance)


def leave(leave_type: str, start: str, end: str, **extra: object) -> dict[str, object]:
    return {"leave_type": leave_type, "rank": "staff", "start": start, "end": end, "reason": "家中有事", **extra}


def approvers(pv: object) -> list[str]:
    return list(pv.approvers)  # type: ignore[attr-defined]


# --- the approval matrix ------------------------------------------------------------------------------------


def test_wenshan_counts_working_days_across_the_national_day_and_its_tiaoxiu_saturday(wenshan: Staff) -> None:
    staff = wenshan["袁乙"]  # 规划财务科工作人员
    # Thu 8 Oct, Fri 9, Sat 10 (调休: a working day), Sun 11, Mon 12: 4 working days, 5 calendar days
    pv = verdict("leave.request", wenshan.agency, staff, leave("personal", "2026-10-08", "2026-10-12"), EARLY)
    trace = " ".join(t for v in pv.verdicts for f in v.findings for t in f.trace)
    assert "共 4 个工作日" in trace
    assert approvers(pv) == ["deputy_in_charge"]  # 3天以上7天以内由分管领导批准
    cites = {c.id for v in pv.verdicts for c in v.citations}
    assert "wenshan-hrss:38:3" in cites
    # two days (Fri 9 and the 调休 Saturday 10): 2天以内由科室负责人批准
    pv = verdict("leave.request", wenshan.agency, staff, leave("personal", "2026-10-09", "2026-10-11"), EARLY)
    assert approvers(pv) == ["section_head"]
    # eight working days: 8天以上由局长批准
    pv = verdict("leave.request", wenshan.agency, staff, leave("personal", "2026-11-02", "2026-11-11"), EARLY)
    assert approvers(pv) == ["chief"]


def test_the_rank_comes_from_the_org_chart_not_from_what_was_typed(wenshan: Staff) -> None:
    head = wenshan["华庚"]  # 规划财务科科长: 科室负责人请假3天以内由分管领导批准,4天以上由局长审批
    pv = verdict("leave.request", wenshan.agency, head, leave("personal", "2026-11-02", "2026-11-05"), EARLY)
    assert approvers(pv) == ["chief"]
    pv = verdict("leave.request", wenshan.agency, head, leave("personal", "2026-11-02", "2026-11-04"), EARLY)
    assert approvers(pv) == ["deputy_in_charge"]


def test_district_bureau_half_day_and_sick_leave_papers(district: Staff) -> None:
    staff = district["田卯"]
    half = leave("personal", "2026-11-24", "2026-11-24", days="0.5")
    assert approvers(verdict("leave.request", district.agency, staff, half, EARLY)) == ["section_head"]
    sick = leave("sick", "2026-11-24", "2026-11-26")  # 三天(含)以上须医务部门材料
    pv = verdict("leave.request", district.agency, staff, sick, EARLY)
    assert pv.blocked
    blocked = [f for v in pv.verdicts for f in v.findings if f.outcome.value == "blocked"]
    assert any("district-bureau:58:3.1" in {c.id for c in f.citations} for f in blocked)
    ok = verdict("leave.request", district.agency, staff, {**sick, "medical_certificate": "on"}, EARLY)
    assert not ok.blocked and approvers(ok) == ["section_head", "deputy_in_charge", "chief"]
    kind = kinds.get("leave.request")
    from .helpers import cleaned, ctx_of

    need = kind.attachments_required(cleaned("leave.request", sick), ctx_of(district.agency, staff, EARLY))  # type: ignore[attr-defined]
    assert need and "district-bureau:58:3.1" in need[0][2]
    two_days = cleaned("leave.request", leave("sick", "2026-11-24", "2026-11-25"))
    assert kind.attachments_required(two_days, ctx_of(district.agency, staff, EARLY)) == []  # type: ignore[attr-defined]


def test_baicheng_counts_the_tiaoxiu_saturday_as_a_working_day(baicheng: Staff) -> None:
    staff = baicheng["戴九"]  # 综合科
    # Sat 10 Oct 2026 is a 调休 working day, Sun 11 is not, Mon 12 is: 2 working days → 科室负责人同意,报分管领导批准
    pv = verdict("leave.request", baicheng.agency, staff, leave("personal", "2026-10-10", "2026-10-12"), EARLY)
    assert approvers(pv) == ["section_head", "deputy_in_charge"]


# --- provisional calendar -----------------------------------------------------------------------------------


def test_a_leave_in_a_year_the_calendar_does_not_know_is_flagged_and_kept_provisional(wenshan: Staff) -> None:
    staff = wenshan["袁乙"]
    data = leave("personal", "2027-03-01", "2027-03-05")
    pv = verdict("leave.request", wenshan.agency, staff, data, EARLY)
    trace = " ".join(t for v in pv.verdicts for f in v.findings for t in f.trace)
    assert "临时日历" in trace  # shown on the form with the verdict
    kind = kinds.get("leave.request")
    from .helpers import cleaned

    clean = cleaned("leave.request", data)
    assert "临时日历" in kind.title(clean)
    assert any(label == "日历" and "2027" in value for label, value in kind.sheet(clean))
    app, _ = approve("leave.request", wenshan.agency, staff, data, EARLY)
    record = LeaveRecord.objects.get(application=app)
    assert record.provisional and "2027" in record.calendar_note and record.days == 5
    assert "临时日历" in app.title


# --- entitlements and the balance ----------------------------------------------------------------------------


def test_annual_leave_by_years_of_service_is_booked_and_the_rest_of_the_year_is_refused(baicheng: Staff) -> None:
    staff = baicheng["戴九"]
    first = leave("annual", "2026-11-02", "2026-11-06", service_years="12")  # 5 working days of 10
    app, pv = approve("leave.request", baicheng.agency, staff, first, EARLY)
    record = LeaveRecord.objects.get(application=app)
    assert record.days == 5 and record.unit == "working_days"
    bal = LeaveBalance.objects.get(person=staff, year=2026, leave_type="annual")
    assert bal.entitled == 10 and bal.used == 5 and bal.remaining == 5  # 满10年、不满20年的，每年休假10天
    assert "baicheng-fupin:12:3.1" in bal.cites
    again = leave("annual", "2026-11-16", "2026-11-23", service_years="12")  # 6 more: 11 > 10
    pv = verdict("leave.request", baicheng.agency, staff, again, EARLY)
    assert pv.blocked
    assert any("超过可享受" in f.message_zh for v in pv.verdicts for f in v.findings)
    fits = leave("annual", "2026-11-16", "2026-11-20", service_years="12")
    assert not verdict("leave.request", baicheng.agency, staff, fits, EARLY).blocked


def test_personal_leave_cap_counts_the_year_so_far(baicheng: Staff) -> None:
    staff = baicheng["戴九"]
    approve("leave.request", baicheng.agency, staff, leave("personal", "2026-10-12", "2026-10-23"), EARLY)  # 10 days
    assert service.used(baicheng.agency, staff, 2026, "personal") == 10
    pv = verdict("leave.request", baicheng.agency, staff, leave("personal", "2026-11-02", "2026-11-09"), EARLY)  # 6
    assert pv.blocked  # 全年事假累计不得超过15天
    assert any("baicheng-fupin:12:3.2" in {c.id for c in v.citations} for v in pv.verdicts)


def test_wenshan_marriage_leave_needs_age_and_is_counted_in_calendar_days(wenshan: Staff) -> None:
    staff = wenshan["袁乙"]
    data = leave("marriage", "2026-11-02", "2026-11-19")
    with pytest.raises(BadInput) as err:
        verdict("leave.request", wenshan.agency, staff, data, EARLY)
    assert err.value.field == "age"
    data.update(sex="male", age="26")  # 晚婚: 3 + 15 days
    app, _ = approve("leave.request", wenshan.agency, staff, data, EARLY)
    bal = LeaveBalance.objects.get(person=staff, leave_type="marriage", year=2026)
    assert bal.entitled == 18 and bal.used == LeaveRecord.objects.get(application=app).days


def test_district_personal_leave_over_six_days_is_deducted_per_day(district: Staff) -> None:
    staff = district["田卯"]
    base = {"pay_category": "organ_clerk"}
    approve("leave.request", district.agency, staff, leave("personal", "2026-11-02", "2026-11-05", **base), EARLY)
    r2_app, _ = approve(
        "leave.request", district.agency, staff, leave("personal", "2026-11-09", "2026-11-12", **base), EARLY
    )
    first = LeaveRecord.objects.filter(person=staff).order_by("start").first()
    second = LeaveRecord.objects.get(application=r2_app)
    assert first is not None and first.deduction == 0  # 4 days: within 6
    assert second.deduction == Decimal("260.00")  # 8 days: 2 over × 130 (科员及以下)
    assert any(v.get("check") == "attendance.personal_leave_deduction" for v in second.verdicts)


# --- bad input ---------------------------------------------------------------------------------------------


def test_dates_in_the_wrong_order_and_absurd_spans_are_refused_on_the_form() -> None:
    errs = form_errors("leave.request", leave("personal", "2026-11-10", "2026-11-02"))
    assert "end" in errs and "早于" in errs["end"][0] and "before" in errs["end"][0]
    errs = form_errors("leave.request", leave("personal", "2026-01-01", "2027-12-31"))
    assert "超过 400 天" in errs["end"][0]
    errs = form_errors("leave.request", leave("personal", "2026-11-02", "2026-11-03", days="5"))
    assert "超过" in errs["days"][0]
    errs = form_errors("leave.request", leave("personal", "1999-12-31", "2026-11-03"))
    assert "start" in errs


# --- closing and filing ----------------------------------------------------------------------------------------


def test_closing_in_time_and_overstaying(wenshan: Staff, frozen: object) -> None:
    staff = wenshan["袁乙"]
    frozen(dt.date(2026, 11, 20))  # type: ignore[operator]
    app, _ = approve("leave.request", wenshan.agency, staff, leave("personal", "2026-11-09", "2026-11-10"), EARLY)
    record = LeaveRecord.objects.get(application=app)
    before = LedgerEntry.objects.count()
    service.close_leave(record, returned_on="2026-11-13")  # due on Wed 11; back on Fri 13
    record.refresh_from_db()
    assert record.status == "closed" and record.overstay_days == 2
    assert record.close_verdict["outcome"] == "blocked"
    absence = Absence.objects.get(source=f"attendance.LeaveRecord:{record.pk}")
    assert absence.kind == "overstay" and absence.days == 2
    assert LedgerEntry.objects.count() > before
    assert LedgerEntry.objects.filter(action="attendance.leave.close").exists()
    with pytest.raises(BadInput):
        service.close_leave(record, returned_on="2026-11-13")  # already closed


def test_closing_refuses_impossible_dates(baicheng: Staff, frozen: object) -> None:
    staff = baicheng["戴九"]
    frozen(dt.date(2026, 11, 20))  # type: ignore[operator]
    app, _ = approve("leave.request", baicheng.agency, staff, leave("personal", "2026-11-09", "2026-11-10"), EARLY)
    record = LeaveRecord.objects.get(application=app)
    for kwargs, field in (
        ({"returned_on": "2026-11-30"}, "returned_on"),  # in the future
        ({"returned_on": "2026-11-01"}, "returned_on"),  # before the leave
        ({"returned_on": "2026-11-11", "closed_on": "2026-11-10"}, "closed_on"),
        ({"returned_on": "not a date"}, "returned_on"),
    ):
        with pytest.raises(BadInput) as err:
            service.close_leave(record, **kwargs)
        assert err.value.field == field
    record.refresh_from_db()
    assert record.status == "approved"
    # 白城 四(三): 期满的次日内销假; closed a week later: kept, flagged
    service.close_leave(record, returned_on="2026-11-11", closed_on="2026-11-18")
    record.refresh_from_db()
    assert record.close_verdict["outcome"] == "blocked"
    assert "baicheng-fupin:12:4.3" in record.cites


def test_filing_late_at_the_district_bureau_is_kept_and_makes_the_leave_unfiled_absence(
    district: Staff, frozen: object
) -> None:
    staff = district["田卯"]
    frozen(dt.date(2026, 11, 30))  # type: ignore[operator]
    app, _ = approve("leave.request", district.agency, staff, leave("personal", "2026-11-10", "2026-11-11"), EARLY)
    record = LeaveRecord.objects.get(application=app)
    service.file_leave(record, filed_on="2026-11-12")  # after the leave began: 备案前已离岗
    record.refresh_from_db()
    assert record.filed_on == dt.date(2026, 11, 12)
    assert record.verdicts[-1]["outcome"] == "blocked"
    out = service.derive_absences(district.agency, "2026-11")
    assert [a.kind for a in out.created] == ["absenteeism"]
    assert "district-bureau:58:2" in out.created[0].cites
    assert service.derive_absences(district.agency, "2026-11").created == []  # idempotent


def test_two_people_closing_the_same_leave_one_wins(wenshan: Staff, frozen: object) -> None:
    from zhidu.core.errors import Conflict

    staff = wenshan["袁乙"]
    frozen(dt.date(2026, 11, 20))  # type: ignore[operator]
    app, _ = approve("leave.request", wenshan.agency, staff, leave("personal", "2026-11-09", "2026-11-10"), EARLY)
    mine = LeaveRecord.objects.get(application=app)
    theirs = LeaveRecord.objects.get(application=app)
    service.close_leave(mine, returned_on="2026-11-11")
    entries = LedgerEntry.objects.count()
    with pytest.raises(Conflict):
        service.close_leave(theirs, returned_on="2026-11-13")
    assert LedgerEntry.objects.count() == entries and not Absence.objects.exists()
    mine.refresh_from_db()
    assert mine.returned_on == dt.date(2026, 11, 11)
