"""Attendance records: daily sign-in with the agency's rule on lateness, CSV import (a bad row refuses the file,
nothing saved), absences derived from the records (文山 four late arrivals = one day; 旷工), the monthly sheet
(区局: signatures, the 2nd-of-the-month deadline, the car subsidy as amended on 2017-04-14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from zhidu.attendance import service
from zhidu.attendance.models import Absence, AttendanceImport, AttendanceRecord, LeaveRecord, MonthlySheet
from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry

from .conftest import Staff
from .helpers import approve

pytestmark = pytest.mark.django_db


def test_wenshan_lateness_follows_from_the_times_at_fifteen_minutes(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    on_time = service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-03-02", arrived_at="08:45")
    late = service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-03-03", arrived_at="08:46")
    early = service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-03-04", left_at="17:14")
    assert not on_time.late and late.late and early.left_early and not early.late
    assert "wenshan-hrss:39:3" in late.cites and late.verdict["outcome"] == "warning"
    entry = LedgerEntry.objects.filter(action="attendance.record").order_by("-seq").first()
    assert entry is not None and "wenshan-hrss:39:3" in entry.citations


def test_district_lateness_is_as_the_clerk_marks_it_and_breaks_the_staff_rules(
    district: Staff, office_of: object
) -> None:
    clerk = office_of(district.agency)  # type: ignore[operator]
    row = service.enter_record(district.agency, clerk, person_name="田卯", day="2026-03-02", late=True)
    assert row.late and row.verdict["outcome"] == "blocked"  # kept: a late arrival is a fact
    assert "district-bureau:34:2" in row.cites


def test_tongyu_has_no_attendance_rule_and_says_so(tongyu_agency: object, office_of: object) -> None:
    clerk = office_of(tongyu_agency)  # type: ignore[operator]
    row = service.enter_record(tongyu_agency, clerk, person_name="某人", day="2026-03-02", late=True)  # type: ignore[arg-type]
    assert row.verdict["note_zh"] == service.NO_RULE_ZH and row.cites == []
    entry = LedgerEntry.objects.filter(action="attendance.record").order_by("-seq").first()
    assert entry is not None and service.NO_RULE_ZH in entry.reason


def test_record_bad_input(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    cases = [
        ({"day": "2999-01-01"}, "day"),
        ({"day": "2026-02-30"}, "day"),
        ({"arrived_at": "09:00", "left_at": "08:00"}, "left_at"),
        ({"arrived_at": "25:00"}, "arrived_at"),
        ({"status": "absent", "arrived_at": "08:30"}, "status"),
        ({"person_name": ""}, "person_name"),
    ]
    for extra, field in cases:
        kw = {"person_name": "袁乙", "day": "2026-03-02", **extra}
        with pytest.raises(BadInput) as err:
            service.enter_record(wenshan.agency, clerk, **kw)  # type: ignore[arg-type]
        assert err.value.field == field, (extra, err.value)
    service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-03-02")
    with pytest.raises(BadInput):
        service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-03-02")  # twice
    assert AttendanceRecord.objects.count() == 1


CSV_OK = """日期,姓名,出勤,到岗,离岗,备注
2026-03-02,袁乙,出勤,08:50,17:30,
2026-03-03,袁乙,出勤,08:31,17:10,
2026-03-04,袁乙,出勤,09:01,17:30,
2026-03-05,袁乙,出勤,08:20,17:00,
2026-03-02,柳丙,未到岗,,,
"""


def test_import_a_csv_and_derive_wenshan_absences(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    batch = service.import_csv(wenshan.agency, clerk, CSV_OK.encode("utf-8"), file_name="三月.csv")
    assert batch.rows == 5 and AttendanceRecord.objects.filter(batch=batch).count() == 5
    marks = sum(int(r.late) + int(r.left_early) for r in AttendanceRecord.objects.filter(person_name="袁乙"))
    assert marks == 4  # late 08:50, early 17:10, late 09:01, early 17:00
    assert AttendanceRecord.objects.get(person_name="袁乙", day="2026-03-02").person == wenshan["袁乙"]
    out = service.derive_absences(wenshan.agency, "2026-03")
    by_kind = {a.kind: a for a in out.created}
    assert by_kind["lateness"].days == 1  # 累计4次视为缺勤1天
    assert "wenshan-hrss:39:3" in by_kind["lateness"].cites
    assert by_kind["absenteeism"].person_name == "柳丙"  # 无故不上班的,一律视为旷工
    assert "wenshan-hrss:39:2" in by_kind["absenteeism"].cites
    assert service.derive_absences(wenshan.agency, "2026-03").created == []  # idempotent
    # two more late arrivals in April: the year's tally is 6 → 1.5 days, of which 0.5 is April's
    service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-04-01", arrived_at="09:00")
    service.enter_record(wenshan.agency, clerk, person_name="袁乙", day="2026-04-02", arrived_at="09:00")
    april = service.derive_absences(wenshan.agency, "2026-04")
    assert [a.days for a in april.created] == [Decimal("0.5")]


def test_an_approved_leave_is_not_an_absence(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    approve(
        "leave.request",
        wenshan.agency,
        wenshan["柳丙"],
        {"leave_type": "sick", "rank": "staff", "start": "2026-03-09", "end": "2026-03-09", "reason": "发烧"},
        dt.date(2026, 3, 2),
    )
    service.enter_record(wenshan.agency, clerk, person_name="柳丙", day="2026-03-09", status="absent")
    out = service.derive_absences(wenshan.agency, "2026-03")
    assert out.created == [] and any("不计缺勤" in n for n in out.notes_zh)


CSV_BAD = """日期,姓名,出勤,到岗,离岗
2026-03-02,袁乙,出勤,08:30,17:30
2026-13-01,袁乙,出勤,08:30,17:30
2026-03-04,袁乙,出勤,25:00,17:30
2026-03-05,,出勤,08:30,17:30
2026-03-06,袁乙,休息,,
2026-03-09,袁乙,出勤,17:30,08:30
2026-03-02,袁乙,出勤,08:30,17:30
"""


def test_a_bad_row_refuses_the_whole_file_with_line_numbers_in_both_languages(
    wenshan: Staff, office_of: object
) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    before = LedgerEntry.objects.count()
    with pytest.raises(service.ImportRefused) as err:
        service.import_csv(wenshan.agency, clerk, CSV_BAD)
    lines = [n for n, _, _ in err.value.problems]
    assert lines == [3, 4, 5, 6, 7, 8]
    assert "第 3 行" in err.value.message_zh and "line 3" in err.value.message_en
    assert "与第 2 行重复" in err.value.message_zh
    assert AttendanceRecord.objects.count() == 0 and AttendanceImport.objects.count() == 0
    assert LedgerEntry.objects.count() == before
    for bad, why in (
        (b"", "empty"),
        ("姓名\n袁乙\n".encode(), "no date column"),
        ("日期,姓名,工号\n".encode(), "unknown column"),
        ("日期,姓名\n".encode(), "no data"),
        (b"\xff\xfe\x00\x00", "not text"),
    ):
        with pytest.raises(BadInput):
            service.import_csv(wenshan.agency, clerk, bad)
        assert AttendanceRecord.objects.count() == 0, why


def test_gb18030_files_from_spreadsheets_are_read(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    batch = service.import_csv(wenshan.agency, clerk, "日期,姓名\n2026-03-02,袁乙\n".encode("gb18030"))
    assert batch.rows == 1


# --- the district bureau's monthly sheet -----------------------------------------------------------------------


def _nursing_and_sick(district: Staff, month_first: dt.date) -> None:
    """田卯: 6 working days of sick leave and 6 of nursing leave in the month (approved in advance)."""
    staff = district["田卯"]
    on = month_first - dt.timedelta(days=20)
    from zhidu.workcalendar.service import calendar

    cal = calendar()
    days = [d for d in (month_first + dt.timedelta(days=i) for i in range(31)) if cal.is_working_day(d)]
    for lt, chunk in (("sick", days[:6]), ("nursing", days[6:12])):
        data = {
            "leave_type": lt,
            "rank": "staff",
            "start": chunk[0].isoformat(),
            "end": chunk[-1].isoformat(),
            "reason": "病假" if lt == "sick" else "哺乳",
            "medical_certificate": "on",
        }
        approve("leave.request", district.agency, staff, data, on)


def test_car_subsidy_counts_nursing_leave_only_from_the_amending_notice(district: Staff, office_of: object) -> None:
    """区局 五1 as amended by the notice of 2017-04-14: “当月累计病假、哺乳假满半个月…按50%发放”. 6 + 6 working days
    of 22: before the amendment only the 6 sick days count (under half a month: in full); after it, 12 ≥ 11."""
    clerk = office_of(district.agency)  # type: ignore[operator]
    _nursing_and_sick(district, dt.date(2017, 3, 1))
    _nursing_and_sick(district, dt.date(2017, 5, 1))
    march = service.make_sheet(district.agency, "2017-03", clerk)
    may = service.make_sheet(district.agency, "2017-05", clerk)
    row_march = next(r for r in march.rows if r["person"] == "田卯")
    row_may = next(r for r in may.rows if r["person"] == "田卯")
    assert row_march["car_subsidy"]["outcome"] == "allowed"  # 6 < half of March's 23 working days
    assert "district-bureau:58:5.1" in row_march["car_subsidy"]["cites"]
    assert row_may["car_subsidy"]["outcome"] == "warning" and "50%" in row_may["car_subsidy"]["message_zh"]
    assert "district-bureau:59:1" in row_may["car_subsidy"]["cites"]
    assert row_may["leave"] == {"sick": "6", "nursing": "6"}
    # 五2 as amended (通知 二): the year's sick + personal (+ nursing, from 2017-04-14) leave and the bonus
    assert "累计 6 天" in row_march["year_bonus"]["message_zh"]  # March: 6 sick days; nursing not yet counted
    assert "district-bureau:59:2" in row_may["year_bonus"]["cites"]
    assert "累计 24 天" in row_may["year_bonus"]["message_zh"]  # 12 sick + 12 nursing ≥ 21.75: pro rata
    assert row_may["year_bonus"]["outcome"] == "warning"


def test_monthly_sheet_signatures_and_deadline(district: Staff, office_of: object, frozen: object) -> None:
    clerk = office_of(district.agency)  # type: ignore[operator]
    frozen(dt.date(2026, 11, 2))  # type: ignore[operator]
    service.enter_record(district.agency, clerk, person_name="田卯", day="2026-10-09")
    sheet = service.make_sheet(district.agency, "2026-10", clerk)
    with pytest.raises(Refused) as err:
        service.submit_sheet(sheet, clerk)
    assert "考勤员" in err.value.message_zh and "district-bureau:58:2" in err.value.message_en
    service.sign_sheet(sheet, clerk, "clerk")
    with pytest.raises(BadInput) as err2:
        service.sign_sheet(sheet, clerk, "section_head")  # not a section head
    assert err2.value.field == "role"
    head = district["汪寅"]  # 财务科科长
    service.sign_sheet(sheet, head, "section_head")
    with pytest.raises(BadInput) as err3:
        service.sign_sheet(sheet, head, "deputy_in_charge")  # one person, two signatures
    assert "兼签" in err3.value.message_zh
    service.sign_sheet(sheet, district["郭丑"], "deputy_in_charge")
    frozen(dt.date(2026, 11, 4))  # type: ignore[operator]  # the 2nd was a Monday: due that day; sent late
    service.submit_sheet(sheet, clerk)
    sheet.refresh_from_db()
    assert sheet.status == MonthlySheet.SUBMITTED and sheet.verdict["outcome"] == "blocked"
    assert "district-bureau:58:2" in sheet.cites
    with pytest.raises(BadInput):
        service.make_sheet(district.agency, "2026-10", clerk)  # sent: not remade


def test_month_bad_input(wenshan: Staff, office_of: object) -> None:
    clerk = office_of(wenshan.agency)  # type: ignore[operator]
    for bad in ("2026-13", "26-01", "2026-1", "1999-12", "x"):
        with pytest.raises(BadInput) as err:
            service.make_sheet(wenshan.agency, bad, clerk)
        assert err.value.field == "month"
    assert MonthlySheet.objects.count() == 0 and Absence.objects.count() == 0 and LeaveRecord.objects.count() == 0
