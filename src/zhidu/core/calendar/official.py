"""The official calendar as the ``chinesecalendar`` package publishes it, behind a typed surface.

``chinesecalendar`` ships the State Council's holiday notices as data: ``holidays`` (days off, including
the weekdays given off) and ``workdays`` (调休: weekends that are working days). It knows the years
from the first to the last year of its ``holidays`` table and raises ``NotImplementedError`` for any
other year; we read that range from the same table rather than by catching the error.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import chinese_calendar

VERSION: str = str(chinese_calendar.__version__)
SOURCE: str = f"chinesecalendar {VERSION}（国务院办公厅节假日安排通知）"

_HOLIDAYS: dict[dt.date, str] = {d: str(name) for d, name in chinese_calendar.holidays.items()}
_WORKDAYS: dict[dt.date, str] = {d: str(name) for d, name in chinese_calendar.workdays.items()}
_CHINESE: dict[str, str] = {str(h.value): str(h.chinese) for h in chinese_calendar.constants.Holiday}


@cache
def year_range() -> tuple[int, int]:
    """First and last year the installed ``chinesecalendar`` has the official notice for."""
    years = [d.year for d in _HOLIDAYS]
    return min(years), max(years)


def knows(year: int) -> bool:
    first, last = year_range()
    return first <= year <= last


def is_working_day(day: dt.date) -> bool:
    """Official answer for a year the library knows (raises ``NotImplementedError`` otherwise)."""
    if not knows(day.year):
        raise NotImplementedError(f"chinesecalendar {VERSION} has no data for {day.year}")
    return bool(chinese_calendar.is_workday(day))


def holiday_name(day: dt.date) -> str | None:
    """English name of the holiday a rest day belongs to (``Spring Festival``), or None."""
    return _HOLIDAYS.get(day)


def holiday_name_zh(day: dt.date) -> str | None:
    """Chinese name of the holiday a rest day belongs to (``春节``), or None."""
    name = _HOLIDAYS.get(day)
    return None if name is None else _CHINESE.get(name, name)


def adjusted_workday_name(day: dt.date) -> str | None:
    """Name of the holiday a 调休 working weekend makes up for, or None."""
    return _WORKDAYS.get(day)
