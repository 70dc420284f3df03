"""``WorkCalendar``: which days are working days, and period arithmetic on them.

Where a day's answer comes from, first match wins:

1. an administrator's override (the State Council notice entered by hand) that lists the day as a day
   off or as a 调休 working day;
2. a year that has an override: otherwise Monday–Friday work, weekends rest (the notice is complete);
3. a year ``chinesecalendar`` knows: its answer (holidays and 调休 working weekends);
4. any other year: weekends plus the statutory holidays (``fallback``), marked provisional.

Counting conventions (民法典第二百零一条至第二百零三条; 民事诉讼法's 期间 rules, which 行政复议法 applies):
the day of the event does not count unless the text says it does; a period in days or months whose last
day is a rest day ends on the first working day after it; months end on the corresponding day of the
final month, or on its last day if it has none (1月31日 + 1个月 → 2月28日/29日).

Implementation note: ``start_counts=True`` is computed as counting from the day before the start, for
every unit; so "自收到之日起5个工作日（含当日）" is the same as 5 working days counted from the day before.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass

from zhidu.core.errors import BadInput

from . import fallback, official
from .model import Count, Deadline, Period, Step, Unit, YearStatus, check_amount, check_date


@dataclass(frozen=True)
class Override:
    """The State Council's notice for one year, as an administrator entered it."""

    year: int
    holidays: frozenset[dt.date]  # 放假 days (weekdays given off; weekends in the notice may be listed too)
    workdays: frozenset[dt.date]  # 调休上班 days (weekends that are working days)
    source: str  # e.g. 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）


def _check_override(year: object, holidays: Iterable[object], workdays: Iterable[object], source: object) -> Override:
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9998:
        raise BadInput("年份无效", f"invalid year {year!r}", "year")
    if not isinstance(source, str) or not source.strip():
        raise BadInput(
            "请注明依据（通知名称及文号）", "the source (the notice's title and number) is required", "source"
        )
    hol = frozenset(check_date(d, "holidays") for d in holidays)
    work = frozenset(check_date(d, "workdays") for d in workdays)
    # A notice may reach into the last days of the year before (the 2019 notice set 2018-12-29 to work).
    first, last = dt.date(year - 1, 12, 1), dt.date(year, 12, 31)
    for name, days in (("holidays", hol), ("workdays", work)):
        outside = sorted(d for d in days if not first <= d <= last)
        if outside:
            raise BadInput(
                f"{outside[0].isoformat()} 不在 {year} 年通知的范围内",
                f"{outside[0].isoformat()} is outside the {year} notice (its year, or December of the year before)",
                name,
            )
    both = sorted(hol & work)
    if both:
        raise BadInput(
            f"{both[0].isoformat()} 不能既放假又上班",
            f"{both[0].isoformat()} is listed both as a holiday and as a working day",
            "workdays",
        )
    return Override(year, hol, work, source.strip())


_DAY_CACHE: dict[tuple[tuple[Override, ...], dt.date], bool] = {}
# Counts and deadlines already computed, per calendar (immutable, like the days they rest on); results are
# frozen dataclasses, so the same object can be handed out again.
_RESULT_CACHE: dict[tuple[object, ...], Deadline | Count] = {}
_RESULT_CACHE_MAX = 50_000


def _remember(key: tuple[object, ...], value: Deadline | Count) -> None:
    if len(_RESULT_CACHE) >= _RESULT_CACHE_MAX:
        _RESULT_CACHE.clear()
    _RESULT_CACHE[key] = value


@dataclass(frozen=True)
class WorkCalendar:
    """The working-day calendar. Immutable and hashable: ``with_override`` returns a new calendar.

    ``overrides`` is normally built with ``with_override``; the Django layer, which persists them, may
    also pass ``Override`` objects directly (at most one per year).
    """

    overrides: tuple[Override, ...] = ()

    def __post_init__(self) -> None:
        items = tuple(self.overrides)
        if not all(isinstance(o, Override) for o in items):
            raise BadInput("调整安排格式无效", "overrides must be Override objects", "overrides")
        years = [o.year for o in items]
        if len(set(years)) != len(years):
            raise BadInput("同一年份只能有一份调整安排", "at most one override per year", "overrides")
        object.__setattr__(self, "overrides", tuple(sorted(items, key=lambda o: o.year)))

    def override(self, year: int) -> Override | None:
        """The override entered for ``year``, if any."""
        return next((o for o in self.overrides if o.year == year), None)

    # ------------------------------------------------------------------ days and years

    def with_override(
        self,
        year: int,
        *,
        holidays: Iterable[dt.date] = (),
        workdays: Iterable[dt.date] = (),
        source: str,
    ) -> WorkCalendar:
        """A calendar in which ``year`` follows the notice entered; replaces any earlier override of it."""
        new = _check_override(year, holidays, workdays, source)
        kept = [o for o in self.overrides if o.year != new.year]
        for other in kept:
            clash = sorted((other.holidays & new.workdays) | (other.workdays & new.holidays))
            if clash:
                raise BadInput(
                    f"{clash[0].isoformat()} 与 {other.year} 年通知的安排相冲突",
                    f"{clash[0].isoformat()} contradicts the override for {other.year}",
                    "holidays",
                )
        return WorkCalendar((*kept, new))

    def status(self, year: int) -> str:
        """``"official"`` if a notice covers ``year`` (override or chinesecalendar), else ``"provisional"``."""
        return self.year_status(year).status

    def year_status(self, year: int) -> YearStatus:
        entered = self.override(year)
        if entered is not None:
            return YearStatus(year, "official", entered.source)
        if official.knows(year):
            return YearStatus(year, "official", official.SOURCE)
        return YearStatus(year, "provisional", fallback.SOURCE)

    def is_working_day(self, day: dt.date) -> bool:
        # Deadlines ask about the same days again and again: remember the answers per calendar (the
        # calendar is immutable, so they never go stale; a new override makes a new calendar).
        known = _DAY_CACHE.get((self.overrides, day))
        if known is not None:
            return known
        answer = self._is_working_day(check_date(day, "date"))
        if len(_DAY_CACHE) > 200_000:
            _DAY_CACHE.clear()
        _DAY_CACHE[(self.overrides, day)] = answer
        return answer

    def _is_working_day(self, day: dt.date) -> bool:
        for o in self.overrides:
            if day in o.workdays:
                return True
            if day in o.holidays:
                return False
        if self.override(day.year) is not None:
            return day.weekday() < 5
        if official.knows(day.year):
            return official.is_working_day(day)
        return fallback.is_working_day(day)

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the first working day after it."""
        day = check_date(day, "date")
        while not self.is_working_day(day):
            day = _step(day, 1)
        return day

    # ------------------------------------------------------------------ arithmetic

    def add_working_days(self, start: dt.date, n: int, *, count_start: bool = False) -> Deadline:
        """The day on which the ``n``-th working day after ``start`` falls (``start`` counted if asked)."""
        return self.deadline(start, Period(check_amount(n, "n"), Unit.WORKING_DAYS, start_counts=count_start))

    def add_days(
        self, start: dt.date, n: int, *, count_start: bool = False, roll_forward_if_holiday: bool = True
    ) -> Deadline:
        """``n`` calendar days after ``start``; a rest day at the end rolls to the next working day if asked."""
        period = Period(check_amount(n, "n"), Unit.DAYS, count_start, roll_forward_if_holiday)
        return self.deadline(start, period)

    def add_months(
        self, start: dt.date, n: int, *, count_start: bool = False, roll_forward_if_holiday: bool = True
    ) -> Deadline:
        """The corresponding day ``n`` months after ``start`` (month end if none); rolls like ``add_days``."""
        period = Period(check_amount(n, "n"), Unit.MONTHS, count_start, roll_forward_if_holiday)
        return self.deadline(start, period)

    def deadline(self, start: dt.date, period: Period) -> Deadline:
        """The last day of ``period`` triggered on ``start``."""
        return self.running_deadline(start, period, suspended=frozenset())

    def working_days_between(self, start: dt.date, end: dt.date, *, count_start: bool = False) -> Count:
        """Working days in (start, end] — or [start, end] with ``count_start`` — so that
        ``working_days_between(a, add_working_days(a, n).date).days == n``."""
        start, end = check_date(start, "start"), check_date(end, "end")
        if end < start:
            raise BadInput("结束日期早于开始日期", f"end {end} is before start {start}", "end")
        key = ("between", self.overrides, start, end, bool(count_start))
        known = _RESULT_CACHE.get(key)
        if known is not None:
            return known  # type: ignore[return-value]
        count = self._working_days_between(start, end, count_start)
        _remember(key, count)
        return count

    def _working_days_between(self, start: dt.date, end: dt.date, count_start: bool) -> Count:
        day = start if count_start else _step(start, 1)
        n = 0
        years: set[int] = set()
        while day <= end:
            years.add(day.year)
            if self.is_working_day(day):
                n += 1
            day = _step(day, 1)
        trace = [
            Step(
                f"{start.isoformat()} 至 {end.isoformat()}（{'含' if count_start else '不含'}起始日）共 {n} 个工作日",
                f"{n} working days from {start.isoformat()} to {end.isoformat()} "
                f"({'including' if count_start else 'excluding'} the start day)",
            )
        ]
        statuses = self._statuses(years)
        trace += _provisional_steps(statuses)
        return Count(n, any(s.provisional for s in statuses), tuple(trace), statuses)

    # ------------------------------------------------------------------ the counting itself

    def running_deadline(
        self,
        start: dt.date,
        period: Period,
        *,
        suspended: frozenset[dt.date],
        label_zh: str = "起算",
        label_en: str = "counting from",
    ) -> Deadline:
        """Count ``period`` from ``start``, not counting the days in ``suspended`` (used by ``RunningPeriod``)."""
        start = check_date(start, "start")
        if not isinstance(period, Period):
            raise BadInput("期间格式无效", f"period must be a Period, got {period!r}", "period")
        key = (
            "deadline",
            self.overrides,
            start,
            period.amount,
            period.unit,
            period.start_counts,
            period.roll_to_next_working_day,
            suspended if type(suspended) is frozenset else frozenset(suspended),
            label_zh,
            label_en,
        )
        known = _RESULT_CACHE.get(key)
        if known is not None:
            return known  # type: ignore[return-value]
        result = self._running_deadline(start, period, suspended, label_zh, label_en)
        _remember(key, result)
        return result

    def _running_deadline(
        self, start: dt.date, period: Period, suspended: frozenset[dt.date], label_zh: str, label_en: str
    ) -> Deadline:
        years: set[int] = set()
        anchor = _step(start, -1) if period.start_counts and period.amount else start
        trace = [
            Step(
                f"{label_zh}日 {start.isoformat()}，{'当日计入' if period.start_counts else '当日不计入'}，"
                f"期间 {period.zh}",
                f"{label_en} {start.isoformat()}, that day {'counts' if period.start_counts else 'does not count'}, "
                f"period {period.en}",
            )
        ]
        if period.unit is Unit.MONTHS:
            if period.start_counts and period.amount:
                # the start day is day one: the period ends the day before the corresponding day
                # (2021-03-01 counted, 36 months → 2024-02-29), not 36 months after the eve
                plain = _step(add_months_clamped(start, period.amount), -1)
            else:
                plain = add_months_clamped(anchor, period.amount)
            wanted = (plain - anchor).days
            if plain.day != anchor.day:
                trace.append(
                    Step(
                        f"到期月无对应日，以月末日 {plain.isoformat()} 为最后一日",
                        f"no corresponding day in the final month: its last day {plain.isoformat()}",
                    )
                )
            else:
                trace.append(Step(f"到期月对应日 {plain.isoformat()}", f"corresponding day {plain.isoformat()}"))
        else:
            wanted = period.amount
        end, skipped_rest, skipped_susp = anchor, 0, 0
        counted = 0
        if period.unit is not Unit.WORKING_DAYS and not suspended:
            end, counted = _step(anchor, wanted), wanted  # calendar days: no day to skip
        while counted < wanted:
            end = _step(end, 1)
            if end in suspended:
                skipped_susp += 1
                continue
            if period.unit is Unit.WORKING_DAYS:
                years.add(end.year)
                if not self.is_working_day(end):
                    skipped_rest += 1
                    continue
            counted += 1
        if period.unit is Unit.WORKING_DAYS and wanted:
            trace.append(
                Step(
                    f"数满 {wanted} 个工作日（跳过 {skipped_rest} 个休息日）至 {end.isoformat()}",
                    f"{wanted} working days counted (skipping {skipped_rest} rest days) to {end.isoformat()}",
                )
            )
        elif period.unit is Unit.DAYS:
            trace.append(Step(f"第 {wanted} 日为 {end.isoformat()}", f"day {wanted} is {end.isoformat()}"))
        if skipped_susp:
            trace.append(
                Step(
                    f"中止期间 {skipped_susp} 日不计入，期满日相应顺延至 {end.isoformat()}",
                    f"{skipped_susp} suspended days not counted; the end moves to {end.isoformat()}",
                )
            )
        if period.unit is not Unit.WORKING_DAYS and period.roll_to_next_working_day:
            years.add(end.year)
            rolled = end
            while not self.is_working_day(rolled):
                rolled = _step(rolled, 1)
                years.add(rolled.year)
            if rolled != end:
                trace.append(
                    Step(
                        f"最后一日 {end.isoformat()} 为休息日，顺延至其后第一个工作日 {rolled.isoformat()}",
                        f"last day {end.isoformat()} is a rest day; the period ends on the next working day "
                        f"{rolled.isoformat()}",
                    )
                )
            end = rolled
        statuses = self._statuses(years)
        trace += _provisional_steps(statuses)
        return Deadline(end, any(s.provisional for s in statuses), tuple(trace), statuses)

    def _statuses(self, years: Iterable[int]) -> tuple[YearStatus, ...]:
        return tuple(self.year_status(y) for y in sorted(set(years)))


def _provisional_steps(statuses: Iterable[YearStatus]) -> list[Step]:
    return [
        Step(
            f"{s.year} 年尚无国务院放假通知，按法定节假日推算，结果为临时",
            f"no State Council notice for {s.year} yet: statutory holidays only, result is provisional",
        )
        for s in statuses
        if s.provisional
    ]


def _step(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise BadInput("日期超出可计算范围", f"date out of range stepping from {day}", "date") from None


def add_months_clamped(day: dt.date, months: int) -> dt.date:
    """The corresponding day ``months`` later, or that month's last day (民法典第二百零二条)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise BadInput("日期超出可计算范围", f"{months} months after {day} is out of range", "n")
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))
