"""The provisional calendar for a year no official notice covers.

《全国年节及纪念日放假办法》(as revised by the State Council on 2024-11-10, in force 2025-01-01) gives every citizen:
元旦 1 Jan; 春节 农历除夕 and 正月初一至初三 (4 days); 清明节 the 清明 solar term (1 day); 劳动节 1–2 May;
端午节 农历五月初五 (1 day); 中秋节 农历八月十五 (1 day); 国庆节 1–3 Oct. A holiday that falls on a Saturday
or Sunday is made up on a working day (适逢星期六、星期日，应当在工作日补假); here, on the first weekday
after it that is not already a day off (and a holiday that coincides with another, as 中秋 with 国庆,
is made up the same way).

What this cannot know: the 调休 working weekends and the exact bridging the State Council's notice will
choose. Every date computed on such a year is therefore marked provisional until an administrator
enters the notice (``WorkCalendar.with_override``).

The lunar dates come from the table below, not from an astronomical computation at run time. It was
generated with the ``lunar-python`` package and its 清明 dates checked against ``chinesecalendar``'s
solar-term formula; the tests check the table against ``chinesecalendar``'s official holidays for the
years both cover. Outside the table the lunar holidays are left out and the trace says so.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

SOURCE = "《全国年节及纪念日放假办法》推算（临时，未含调休） / statutory holidays only, provisional (no 调休)"

# year: (正月初一, 清明, 五月初五 端午, 八月十五 中秋) as (month, day)
_LUNAR: dict[int, tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]] = {
    2000: ((2, 5), (4, 4), (6, 6), (9, 12)),
    2001: ((1, 24), (4, 5), (6, 25), (10, 1)),
    2002: ((2, 12), (4, 5), (6, 15), (9, 21)),
    2003: ((2, 1), (4, 5), (6, 4), (9, 11)),
    2004: ((1, 22), (4, 4), (6, 22), (9, 28)),
    2005: ((2, 9), (4, 5), (6, 11), (9, 18)),
    2006: ((1, 29), (4, 5), (5, 31), (10, 6)),
    2007: ((2, 18), (4, 5), (6, 19), (9, 25)),
    2008: ((2, 7), (4, 4), (6, 8), (9, 14)),
    2009: ((1, 26), (4, 4), (5, 28), (10, 3)),
    2010: ((2, 14), (4, 5), (6, 16), (9, 22)),
    2011: ((2, 3), (4, 5), (6, 6), (9, 12)),
    2012: ((1, 23), (4, 4), (6, 23), (9, 30)),
    2013: ((2, 10), (4, 4), (6, 12), (9, 19)),
    2014: ((1, 31), (4, 5), (6, 2), (9, 8)),
    2015: ((2, 19), (4, 5), (6, 20), (9, 27)),
    2016: ((2, 8), (4, 4), (6, 9), (9, 15)),
    2017: ((1, 28), (4, 4), (5, 30), (10, 4)),
    2018: ((2, 16), (4, 5), (6, 18), (9, 24)),
    2019: ((2, 5), (4, 5), (6, 7), (9, 13)),
    2020: ((1, 25), (4, 4), (6, 25), (10, 1)),
    2021: ((2, 12), (4, 4), (6, 14), (9, 21)),
    2022: ((2, 1), (4, 5), (6, 3), (9, 10)),
    2023: ((1, 22), (4, 5), (6, 22), (9, 29)),
    2024: ((2, 10), (4, 4), (6, 10), (9, 17)),
    2025: ((1, 29), (4, 4), (5, 31), (10, 6)),
    2026: ((2, 17), (4, 5), (6, 19), (9, 25)),
    2027: ((2, 6), (4, 5), (6, 9), (9, 15)),
    2028: ((1, 26), (4, 4), (5, 28), (10, 3)),
    2029: ((2, 13), (4, 4), (6, 16), (9, 22)),
    2030: ((2, 3), (4, 5), (6, 5), (9, 12)),
    2031: ((1, 23), (4, 5), (6, 24), (10, 1)),
    2032: ((2, 11), (4, 4), (6, 12), (9, 19)),
    2033: ((1, 31), (4, 4), (6, 1), (9, 8)),
    2034: ((2, 19), (4, 5), (6, 20), (9, 27)),
    2035: ((2, 8), (4, 5), (6, 10), (9, 16)),
    2036: ((1, 28), (4, 4), (5, 30), (10, 4)),
    2037: ((2, 15), (4, 4), (6, 18), (9, 24)),
    2038: ((2, 4), (4, 5), (6, 7), (9, 13)),
    2039: ((1, 24), (4, 5), (5, 27), (10, 2)),
    2040: ((2, 12), (4, 4), (6, 14), (9, 20)),
    2041: ((2, 1), (4, 4), (6, 3), (9, 10)),
    2042: ((1, 22), (4, 4), (6, 22), (9, 28)),
    2043: ((2, 10), (4, 5), (6, 11), (9, 17)),
    2044: ((1, 30), (4, 4), (5, 31), (10, 5)),
    2045: ((2, 17), (4, 4), (6, 19), (9, 25)),
    2046: ((2, 6), (4, 4), (6, 8), (9, 15)),
    2047: ((1, 26), (4, 5), (5, 29), (10, 4)),
    2048: ((2, 14), (4, 4), (6, 15), (9, 22)),
    2049: ((2, 2), (4, 4), (6, 4), (9, 11)),
    2050: ((1, 23), (4, 4), (6, 23), (9, 30)),
}
LUNAR_YEARS = (min(_LUNAR), max(_LUNAR))


def has_lunar(year: int) -> bool:
    return year in _LUNAR


def lunar_dates(year: int) -> dict[str, dt.date]:
    """春节 (正月初一), 清明, 端午, 中秋 of ``year`` from the table; empty outside it."""
    if year not in _LUNAR:
        return {}
    names = ("春节", "清明", "端午", "中秋")
    return {name: dt.date(year, m, d) for name, (m, d) in zip(names, _LUNAR[year], strict=True)}


@cache
def statutory_days_off(year: int) -> dict[dt.date, str]:
    """Days off of ``year`` under the 办法 alone, with the 补假 days, as {date: Chinese name}."""
    entries: list[tuple[dt.date, str]] = [
        (dt.date(year, 1, 1), "元旦"),
        (dt.date(year, 5, 1), "劳动节"),
        (dt.date(year, 5, 2), "劳动节"),
        *((dt.date(year, 10, day), "国庆节") for day in (1, 2, 3)),
    ]
    lunar = lunar_dates(year)
    if lunar:
        new_year = lunar["春节"]
        entries += [(new_year + dt.timedelta(days=k), "春节") for k in range(-1, 3)]
        entries += [(lunar["清明"], "清明节"), (lunar["端午"], "端午节"), (lunar["中秋"], "中秋节")]
    entries.sort()
    off: dict[dt.date, str] = {}
    owed: list[tuple[dt.date, str]] = []  # holidays on a weekend or on a day already off: made up later
    for day, name in entries:
        if day.weekday() >= 5 or day in off:
            owed.append((day, name))
        off.setdefault(day, name)
    for day, name in owed:
        makeup = day + dt.timedelta(days=1)
        while makeup.weekday() >= 5 or makeup in off:
            makeup += dt.timedelta(days=1)
        off[makeup] = f"{name}补假"
    return off


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in statutory_days_off(day.year)
