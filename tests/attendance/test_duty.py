"""The duty roster with its leader on duty (区局: a 处级 cadre), holidays on the calendar, the holiday roster
approved by the leader in charge (文山), the duty log (reports refused until made), holiday duty pay."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from zhidu.attendance import service
from zhidu.attendance.models import DutyLog, DutyShift
from zhidu.core.errors import BadInput, Refused
from zhidu.ledger.models import LedgerEntry

from .conftest import Staff
from .helpers import approve

pytestmark = pytest.mark.django_db


def test_holidays_come_from_the_calendar() -> None:
    assert service.holiday_of(dt.date(2026, 10, 1)) == (True, "国庆节", True)
    assert service.holiday_of(dt.date(2026, 10, 5)) == (True, "国庆节", False)  # a holiday-period day, not 法定
    assert service.holiday_of(dt.date(2026, 10, 10)) == (False, "", False)  # 调休: a working Saturday
    assert service.holiday_of(dt.date(2026, 11, 21)) == (False, "", False)  # an ordinary weekend
    holiday, name, statutory = service.holiday_of(dt.date(2031, 5, 1))  # a year the calendar does not know
    assert holiday and statutory and name == "劳动节"


def test_district_bureau_refuses_a_shift_without_a_division_level_leader(district: Staff, office_of: object) -> None:
    office = office_of(district.agency)  # type: ignore[operator]
    before = DutyShift.objects.count()
    with pytest.raises(Refused) as err:
        service.add_shift(district.agency, office, day="2026-11-24", staff_name="田卯")
    assert "未安排带班领导" in err.value.message_zh and "district-bureau:35:1" in str(err.value.verdict)
    with pytest.raises(Refused):
        service.add_shift(
            district.agency, office, day="2026-11-24", staff_name="田卯", leader_name="汪寅", leader_rank="section"
        )
    assert DutyShift.objects.count() == before
    assert LedgerEntry.objects.filter(action="refused:attendance.duty.shift").count() == 2
    shift = service.add_shift(
        district.agency,
        office,
        day="2026-11-24",
        staff_name="田卯",
        staff=district["田卯"],
        leader_name="郭丑",
        leader=district["郭丑"],
        leader_rank="deputy_division",
    )
    assert shift.status == DutyShift.APPROVED and "district-bureau:35:1" in shift.cites


def test_shift_bad_input(district: Staff, office_of: object) -> None:
    office = office_of(district.agency)  # type: ignore[operator]
    leader = {"leader_name": "郭丑", "leader_rank": "division"}
    for kw, field in (
        ({"staff_name": "郭丑", **leader}, "leader_name"),  # one person cannot be both
        ({"staff_name": "", **leader}, "staff_name"),
        ({"staff_name": "田卯", "leader_name": "郭丑"}, "leader_rank"),
        ({"staff_name": "田卯", "shift": "morning", **leader}, "shift"),
    ):
        with pytest.raises(BadInput) as err:
            service.add_shift(district.agency, office, day="2026-11-24", **kw)  # type: ignore[arg-type]
        assert err.value.field == field
    service.add_shift(district.agency, office, day="2026-11-24", staff_name="田卯", **leader)
    with pytest.raises(BadInput):
        service.add_shift(district.agency, office, day="2026-11-24", staff_name="田卯", **leader)  # twice
    assert DutyShift.objects.count() == 1


def test_wenshan_holiday_roster_waits_for_the_leader_in_charge(wenshan: Staff, office_of: object) -> None:
    office = office_of(wenshan.agency)  # type: ignore[operator]
    ordinary = service.add_shift(wenshan.agency, office, day="2026-09-22", staff_name="袁乙")
    assert ordinary.status == DutyShift.APPROVED
    national = service.add_shift(
        wenshan.agency, office, day="2026-10-01", staff_name="袁乙", leader_name="何甲", leader_rank="deputy_division"
    )
    assert national.status == DutyShift.SCHEDULED and national.holiday and national.statutory
    assert national.verdict["approvers"] == ["deputy_in_charge"]
    data = {"period_start": "2026-10-01", "period_end": "2026-10-08", "holiday": "on", "sections_consulted": "on"}
    app, pv = approve("duty.roster", wenshan.agency, office, data, dt.date(2026, 9, 21))
    assert list(pv.approvers) == ["deputy_in_charge"]
    national.refresh_from_db()
    assert national.status == DutyShift.APPROVED and national.application == app


def test_district_roster_approval_judges_the_lowest_leader(district: Staff, office_of: object) -> None:
    from .helpers import verdict

    office = office_of(district.agency)  # type: ignore[operator]
    service.add_shift(
        district.agency, office, day="2026-11-24", staff_name="田卯", leader_name="郭丑", leader_rank="division"
    )
    data = {"period_start": "2026-11-23", "period_end": "2026-11-29"}
    assert not verdict("duty.roster", district.agency, office, data, dt.date(2026, 11, 20)).blocked
    empty = {"period_start": "2026-12-01", "period_end": "2026-12-07"}  # no shift: no leader on duty
    assert verdict("duty.roster", district.agency, office, empty, dt.date(2026, 11, 20)).blocked


def _at(day: str, hhmm: str) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(f"{day}T{hhmm}"))


def test_reports_are_refused_until_made_and_handovers_are_kept(district: Staff, office_of: object) -> None:
    office = office_of(district.agency)  # type: ignore[operator]
    shift = service.add_shift(
        district.agency, office, day="2026-11-19", staff_name="田卯", leader_name="郭丑", leader_rank="division"
    )
    with pytest.raises(Refused) as err:
        service.add_log(
            shift, office, kind="emergency", at=_at("2026-11-19", "21:10"), content="辖区发生火情", urgent=True
        )
    assert "带班领导" in err.value.message_zh and err.value.field == "reported_to"
    assert DutyLog.objects.count() == 0
    log = service.add_log(
        shift,
        office,
        kind="emergency",
        at=_at("2026-11-19", "21:10"),
        content="辖区发生火情",
        urgent=True,
        reported_to=["duty_leader", "higher_duty_office"],
    )
    assert log.verdict["outcome"] == "allowed" and "district-bureau:37:4" in log.cites
    late = service.add_log(
        shift,
        office,
        kind="handover",
        at=_at("2026-11-19", "08:55"),
        content="交接值班电话记录两条",
        shift_start="09:00",
        arrived_at="08:55",
    )
    assert late.verdict["outcome"] == "blocked" and "district-bureau:35:3" in late.cites  # kept, flagged
    with pytest.raises(BadInput) as bad:
        service.add_log(shift, office, kind="phone_call", at=_at("2026-12-25", "10:00"), content="x")
    assert bad.value.field == "at"


def test_wenshan_holiday_duty_pay_at_three_times_the_daily_wage(wenshan: Staff, office_of: object) -> None:
    office = office_of(wenshan.agency)  # type: ignore[operator]
    shift = service.add_shift(wenshan.agency, office, day="2026-10-01", staff_name="袁乙")
    with pytest.raises(Refused) as err:
        service.record_pay(shift, daily_wage="200", paid="400")
    assert "wenshan-hrss:40:8" in str(err.value.verdict)
    service.record_pay(shift, daily_wage="200", paid="600")
    shift.refresh_from_db()
    assert str(shift.paid) == "600.00" and shift.pay_verdict["outcome"] == "allowed"
    for wage, field in (("-1", "daily_wage"), ("abc", "daily_wage"), ("1.234", "daily_wage")):
        with pytest.raises(BadInput) as e:
            service.record_pay(shift, daily_wage=wage, paid="600")
        assert e.value.field == field
