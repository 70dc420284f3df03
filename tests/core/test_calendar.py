"""The working-day calendar (DESIGN §8): official days, counting conventions, provisional years,
overrides, suspension and extension. Official facts were read from chinesecalendar 1.11.0."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhidu.core.calendar import (
    Extension,
    Period,
    RunningPeriod,
    Suspension,
    Unit,
    WorkCalendar,
    add_months_clamped,
    fallback,
    official,
)
from zhidu.core.errors import BadInput

D = dt.date
CAL = WorkCalendar()
NOTICE_2027 = "国务院办公厅关于2027年部分节假日安排的通知"


# ---------------------------------------------------------------- the official calendar


def test_library_range_covers_2025_and_2026_but_not_2035():
    first, last = official.year_range()
    assert first <= 2025 and last >= 2026
    assert CAL.status(2025) == CAL.status(2026) == "official"
    assert CAL.status(2035) == "provisional"
    assert CAL.status(last + 1) == "provisional"
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(last + 1, 3, 2))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 2, 14), True),  # Saturday, 调休 for 春节
        (D(2026, 2, 28), True),  # Saturday, 调休 for 春节
        (D(2026, 2, 16), False),  # 除夕, Monday
        (D(2026, 1, 4), True),  # Sunday, 调休 for 元旦
        (D(2026, 10, 10), True),  # Saturday, 调休 for 国庆
        (D(2026, 10, 8), True),  # Thursday after 国庆
        (D(2026, 10, 7), False),
        (D(2025, 1, 26), True),  # Sunday, 调休 for 春节
        (D(2025, 2, 8), True),  # Saturday, 调休 for 春节
        (D(2025, 10, 6), False),  # 中秋 inside 国庆
        (D(2025, 3, 1), False),  # ordinary Saturday
        (D(2025, 3, 3), True),  # ordinary Monday
    ],
)
def test_official_days(day, working):
    assert CAL.is_working_day(day) is working


def test_working_days_skip_holidays_and_count_tiaoxiu_saturdays():
    assert CAL.add_working_days(D(2026, 2, 13), 1).date == D(2026, 2, 14)  # Fri → 调休 Sat
    assert CAL.add_working_days(D(2026, 2, 14), 1).date == D(2026, 2, 24)  # over 春节 2026-02-15…23
    assert CAL.add_working_days(D(2025, 1, 24), 2).date == D(2025, 1, 27)  # Sun 1-26 is day 1
    assert CAL.add_working_days(D(2025, 12, 31), 1).date == D(2026, 1, 4)  # 元旦 1–3, Sunday 1-4 works
    assert CAL.add_working_days(D(2026, 9, 30), 1).date == D(2026, 10, 8)
    result = CAL.add_working_days(D(2026, 2, 12), 3)
    assert result.date == D(2026, 2, 24)
    assert result.provisional is False
    assert any("跳过" in s.zh for s in result.trace)


def test_working_days_between():
    assert CAL.working_days_between(D(2026, 2, 13), D(2026, 2, 28)).days == 6
    assert CAL.working_days_between(D(2026, 9, 30), D(2026, 10, 10)).days == 3
    assert CAL.working_days_between(D(2026, 9, 30), D(2026, 10, 10), count_start=True).days == 4
    assert CAL.working_days_between(D(2026, 3, 2), D(2026, 3, 2)).days == 0
    assert CAL.working_days_between(D(2026, 3, 2), D(2026, 3, 2), count_start=True).days == 1


# ---------------------------------------------------------------- counting conventions


def test_day_of_receipt_does_not_count():
    received = D(2026, 3, 2)  # Monday
    assert CAL.add_days(received, 5, roll_forward_if_holiday=False).date == D(2026, 3, 7)
    assert CAL.add_days(received, 5, count_start=True).date == D(2026, 3, 6)
    assert CAL.add_working_days(received, 5).date == D(2026, 3, 9)
    assert CAL.add_working_days(received, 5, count_start=True).date == D(2026, 3, 6)
    assert "当日不计入" in CAL.add_days(received, 5).trace[0].zh


def test_period_ending_on_a_rest_day_rolls_to_next_working_day():
    assert CAL.add_days(D(2026, 3, 2), 5).date == D(2026, 3, 9)  # Sat 3-7 → Mon 3-9
    ends_in_guoqing = CAL.add_days(D(2026, 9, 20), 12)  # 10-02 is inside 国庆
    assert ends_in_guoqing.date == D(2026, 10, 8)
    assert any("顺延" in s.zh for s in ends_in_guoqing.trace)
    assert CAL.add_days(D(2026, 9, 20), 12, roll_forward_if_holiday=False).date == D(2026, 10, 2)


def test_period_ending_on_a_tiaoxiu_saturday_does_not_roll():
    assert CAL.add_days(D(2026, 2, 18), 10).date == D(2026, 2, 28)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 3, 15), 1, D(2026, 4, 15)),
        (D(2026, 3, 15), 12, D(2027, 3, 15)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
    ],
)
def test_month_clamping(start, months, end):
    assert add_months_clamped(start, months) == end
    assert CAL.add_months(start, months, roll_forward_if_holiday=False).date == end


def test_months_end_on_clamped_tiaoxiu_saturday():
    result = CAL.add_months(D(2026, 1, 31), 1)
    assert result.date == D(2026, 2, 28)  # a Saturday, but 调休: a working day, no roll
    assert any("月末日" in s.zh for s in result.trace)


def test_months_roll_forward():
    assert CAL.add_months(D(2026, 1, 17), 1).date == D(2026, 2, 24)  # 2-17 is 春节


def test_period_parse():
    assert Period.parse("15个工作日") == Period(15, Unit.WORKING_DAYS)
    assert Period.parse("三十日") == Period(30, Unit.DAYS)
    assert Period.parse("60日内") == Period(60, Unit.DAYS)
    assert Period.parse("两个月") == Period(2, Unit.MONTHS)
    assert Period.parse("7天", start_counts=True) == Period(7, Unit.DAYS, start_counts=True)
    assert Period(5, "working_days").unit is Unit.WORKING_DAYS  # type: ignore[arg-type]
    with pytest.raises(BadInput):
        Period.parse("十五周")


def test_deadline_by_period():
    assert CAL.deadline(D(2026, 3, 2), Period.parse("五个工作日")).date == D(2026, 3, 9)
    assert CAL.deadline(D(2026, 3, 2), Period(0, Unit.DAYS)).date == D(2026, 3, 2)
    assert CAL.deadline(D(2026, 3, 7), Period(0, Unit.DAYS)).date == D(2026, 3, 9)  # a rest day rolls


# ---------------------------------------------------------------- provisional years and overrides


def test_unknown_year_is_provisional_and_uses_statutory_holidays():
    assert CAL.status(2035) == "provisional"
    assert not CAL.is_working_day(D(2035, 10, 1))  # 国庆, Monday
    assert not CAL.is_working_day(D(2035, 5, 1))  # 劳动节, Tuesday
    assert not CAL.is_working_day(D(2035, 2, 7))  # 除夕 2035 (春节 is 2-08)
    assert CAL.is_working_day(D(2035, 3, 1))  # an ordinary Thursday
    result = CAL.add_working_days(D(2035, 3, 1), 3)
    assert result.provisional is True
    assert [y.status for y in result.years] == ["provisional"]
    assert any("临时" in s.zh for s in result.trace)


def test_deadline_crossing_into_unknown_year_is_provisional():
    result = CAL.add_working_days(D(2026, 12, 28), 5)
    assert result.date == D(2027, 1, 5)  # 2027-01-01 元旦 from the statutory fallback
    assert result.provisional is True
    assert {y.year: y.status for y in result.years} == {2026: "official", 2027: "provisional"}
    assert result.as_dict()["status"] == "provisional"


def test_calendar_days_without_roll_do_not_consult_the_calendar():
    assert CAL.add_days(D(2035, 3, 1), 10, roll_forward_if_holiday=False).provisional is False


def test_makeup_day_for_a_holiday_on_a_weekend():
    off = fallback.statutory_days_off(2027)
    assert off[D(2027, 5, 1)] == "劳动节"  # a Saturday
    assert off[D(2027, 5, 3)] == "劳动节补假"
    assert off[D(2027, 5, 4)] == "劳动节补假"
    assert fallback.statutory_days_off(2031)[D(2031, 10, 6)].endswith("补假")  # 中秋 = 国庆 2031-10-01


def test_override_makes_a_year_official():
    cal = CAL.with_override(
        2027,
        holidays={D(2027, 2, 5) + dt.timedelta(days=k) for k in range(9)},
        workdays={D(2027, 2, 20)},
        source=NOTICE_2027,
    )
    assert CAL.status(2027) == "provisional"  # the original is unchanged
    assert cal.status(2027) == "official"
    assert cal.year_status(2027).source == NOTICE_2027
    assert cal.is_working_day(D(2027, 2, 20))  # a Saturday made a working day
    assert not cal.is_working_day(D(2027, 2, 12))  # a Friday given off
    assert cal.is_working_day(D(2027, 5, 3))  # the notice is complete: no statutory 补假 guessed
    result = cal.add_working_days(D(2027, 2, 4), 1)
    assert result.date == D(2027, 2, 15)
    assert result.provisional is False
    assert result.years[0].source == NOTICE_2027


def test_override_may_reach_into_december_of_the_year_before():
    cal = CAL.with_override(2028, holidays={D(2027, 12, 31)}, workdays=(), source="通知")
    assert not cal.is_working_day(D(2027, 12, 31))
    assert cal.status(2027) == "provisional"


def test_override_replaces_an_earlier_one():
    cal = CAL.with_override(2027, holidays={D(2027, 3, 1)}, source="first")
    cal = cal.with_override(2027, holidays={D(2027, 3, 2)}, source="second")
    assert cal.is_working_day(D(2027, 3, 1)) and not cal.is_working_day(D(2027, 3, 2))
    assert cal.year_status(2027).source == "second"
    assert len(cal.overrides) == 1
    assert hash(cal) == hash(WorkCalendar(cal.overrides))  # immutable and hashable, e.g. as a cache key


# ---------------------------------------------------------------- running periods


def test_suspension_pushes_the_deadline_by_the_suspended_days():
    base = RunningPeriod(D(2026, 3, 2), Period.parse("六十日"))
    assert base.deadline(CAL).date == D(2026, 5, 6)  # 5-01 is 劳动节 day 1; 5-05 ends it; 5-06 works
    suspended = base.suspend(D(2026, 3, 10), D(2026, 3, 19), "中止：等待鉴定结论")
    result = suspended.deadline(CAL)
    assert result.date == D(2026, 5, 11)  # 60 + 10 days = 5-11 (Monday)
    assert any("中止" in s.zh for s in result.trace)


def test_suspension_of_working_day_period():
    base = RunningPeriod(D(2026, 3, 2), Period(10, Unit.WORKING_DAYS))
    assert base.deadline(CAL).date == D(2026, 3, 16)
    # Suspended Wed 3-4 to Tue 3-10: five working days out, so five more at the end.
    assert base.suspend(D(2026, 3, 4), D(2026, 3, 10)).deadline(CAL).date == D(2026, 3, 23)


def test_suspension_outside_the_period_changes_nothing():
    base = RunningPeriod(D(2026, 3, 2), Period(10, Unit.DAYS))
    before = base.suspend(D(2026, 2, 1), D(2026, 3, 2))
    after = base.suspend(D(2026, 4, 1), D(2026, 4, 30))
    assert before.deadline(CAL).date == after.deadline(CAL).date == base.deadline(CAL).date


def test_extension_counts_on_from_the_deadline():
    # 行政复议：60日, 延长 at most 30日 (行政复议法第六十二条).
    case = RunningPeriod(D(2026, 3, 2), Period(60, Unit.DAYS)).extend(30, Unit.DAYS, "情况复杂")
    result = case.deadline(CAL)
    assert result.date == D(2026, 6, 5)  # 5-06 + 30 days
    assert any("延长" in s.zh for s in result.trace)
    wd = RunningPeriod(D(2026, 9, 25), Period(3, Unit.WORKING_DAYS), extensions=(Extension(2, Unit.WORKING_DAYS),))
    assert wd.deadline(CAL).date == D(2026, 10, 9)  # 9-28, 9-29, 9-30; then 10-08, 10-09


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "call",
    [
        lambda: CAL.add_working_days(D(2026, 3, 2), -1),
        lambda: CAL.add_days(D(2026, 3, 2), 1.5),  # type: ignore[arg-type]
        lambda: CAL.add_months(D(2026, 3, 2), True),
        lambda: CAL.add_days("2026-03-02", 1),  # type: ignore[arg-type]
        lambda: CAL.add_days(dt.datetime(2026, 3, 2, 9, 0), 1),
        lambda: CAL.is_working_day(None),  # type: ignore[arg-type]
        lambda: CAL.working_days_between(D(2026, 3, 2), D(2026, 3, 1)),
        lambda: Period(-3, Unit.DAYS),
        lambda: Period(3, "weeks"),  # type: ignore[arg-type]
        lambda: Suspension(D(2026, 3, 2), D(2026, 3, 1)),
        lambda: RunningPeriod(D(2026, 3, 2), Period(1, Unit.DAYS)).extend(-5, Unit.DAYS),
        lambda: CAL.with_override(2027, holidays={D(2027, 1, 1)}, workdays={D(2027, 1, 1)}, source="x"),
        lambda: CAL.with_override(2027, holidays={D(2025, 1, 1)}, source="x"),
        lambda: CAL.with_override(2027, holidays={D(2027, 1, 1)}, source=" "),
        lambda: CAL.add_days(D(9999, 12, 30), 5),
        lambda: CAL.add_working_days(D(2026, 3, 2), 10**9),
        lambda: WorkCalendar((CAL.with_override(2027, source="a").overrides[0],) * 2),
    ],
)
def test_bad_input(call):
    with pytest.raises(BadInput) as err:
        call()
    assert err.value.message_zh and err.value.message_en


# ---------------------------------------------------------------- the fallback table


def test_lunar_table_agrees_with_the_official_calendar():
    first, last = official.year_range()
    for year in range(first, last + 1):
        days = fallback.lunar_dates(year)
        assert official.holiday_name(days["春节"]) == "Spring Festival", year
        if year >= 2008:  # 清明、端午、中秋 became public holidays in 2008
            for name in ("清明", "端午", "中秋"):
                # (the library's table leaves out some weekend days of a holiday, so ask for rest, not a name)
                assert not official.is_working_day(days[name]), (year, name)


@pytest.mark.parametrize("year", [2025, 2026])
def test_statutory_days_are_official_days_off(year):
    # The 2025 revision of the 办法 (除夕 and 5-02 added) matches the notices for 2025 and 2026.
    for day, name in fallback.statutory_days_off(year).items():
        if not name.endswith("补假"):
            assert not official.is_working_day(day), (day, name)


def test_outside_the_lunar_table_only_fixed_holidays():
    assert fallback.lunar_dates(2051) == {}
    names = set(fallback.statutory_days_off(2051).values())
    assert {name.removesuffix("补假") for name in names} == {"元旦", "劳动节", "国庆节"}


# ---------------------------------------------------------------- properties

dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2028, 12, 31))
amounts = st.integers(min_value=1, max_value=250)
units = st.sampled_from(list(Unit))


@settings(max_examples=150, deadline=None)
@given(dates, amounts, st.booleans())
def test_adding_working_days_lands_on_a_working_day(start, n, count_start):
    assert CAL.is_working_day(CAL.add_working_days(start, n, count_start=count_start).date)


@settings(max_examples=150, deadline=None)
@given(dates, amounts, st.booleans())
def test_working_days_between_inverts_adding(start, n, count_start):
    end = CAL.add_working_days(start, n, count_start=count_start).date
    assert CAL.working_days_between(start, end, count_start=count_start).days == n


@settings(max_examples=150, deadline=None)
@given(dates, st.integers(min_value=0, max_value=200), units, st.booleans(), st.booleans())
def test_deadline_is_monotone_in_the_amount(start, n, unit, start_counts, roll):
    shorter = CAL.deadline(start, Period(n, unit, start_counts, roll)).date
    longer = CAL.deadline(start, Period(n + 1, unit, start_counts, roll)).date
    assert shorter <= longer
    if unit is Unit.WORKING_DAYS and n >= 1:
        assert shorter < longer


@settings(max_examples=150, deadline=None)
@given(dates, amounts, st.booleans())
def test_calendar_days_land_at_least_n_days_later(start, n, roll):
    result = CAL.add_days(start, n, roll_forward_if_holiday=roll).date
    assert result >= start + dt.timedelta(days=n)
    if roll:
        assert CAL.is_working_day(result)
    else:
        assert result == start + dt.timedelta(days=n)


@settings(max_examples=150, deadline=None)
@given(dates, st.integers(min_value=0, max_value=40))
def test_month_arithmetic_keeps_the_day_or_clamps(start, n):
    end = add_months_clamped(start, n)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == n
    assert end.day == start.day or (end.day < start.day and (end + dt.timedelta(days=1)).day == 1)


suspensions = st.lists(
    st.tuples(dates, st.integers(min_value=0, max_value=40)).map(
        lambda t: Suspension(t[0], t[0] + dt.timedelta(days=t[1]))
    ),
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(dates, st.integers(min_value=0, max_value=120), units, st.booleans(), suspensions)
def test_suspension_never_shortens_a_deadline(start, n, unit, roll, susp):
    period = Period(n, unit, roll_to_next_working_day=roll)
    plain = RunningPeriod(start, period).deadline(CAL).date
    held = RunningPeriod(start, period, suspensions=tuple(susp)).deadline(CAL).date
    assert held >= plain
    assert plain == CAL.deadline(start, period).date


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=1, max_value=90), units, st.integers(min_value=0, max_value=30), units, suspensions)
def test_extension_never_shortens_a_deadline(start, n, unit, extra, extra_unit, susp):
    running = RunningPeriod(start, Period(n, unit), suspensions=tuple(susp))
    assert running.extend(extra, extra_unit).deadline(CAL).date >= running.deadline(CAL).date


@settings(max_examples=60, deadline=None)
@given(st.sets(st.dates(min_value=D(2030, 1, 1), max_value=D(2030, 12, 31)), max_size=20), dates, amounts)
def test_an_override_year_is_official_and_follows_the_notice(holidays, start, n):
    cal = CAL.with_override(2030, holidays=holidays, source="通知")
    assert cal.status(2030) == "official"
    assert all(not cal.is_working_day(d) for d in holidays)
    result = cal.add_working_days(D(2030, 1, 1), n)
    assert result.provisional == (result.date.year != 2030)


def test_months_counted_from_a_start_day_that_counts() -> None:
    """Counting the start day as day one, 36 months from 2021-03-01 end on 2024-02-29 (leap year)."""
    cal = WorkCalendar()
    d = cal.deadline(dt.date(2021, 3, 1), Period(36, Unit.MONTHS, start_counts=True, roll_to_next_working_day=False))
    assert d.date == dt.date(2024, 2, 29)
