"""A period that is running: suspended (中止) and extended (延长) along the way.

行政复议 (行政复议法第三十九条、第六十二条), 劳动人事争议仲裁 and 信访 (信访工作条例) all stop the clock
for a while or grant more time. The model, kept small:

- a **suspension** is an inclusive range of days on which the clock does not run; those days are not
  counted, whatever the unit, so the deadline moves later by the days (or working days) they took out.
  Overlapping suspensions count once. Days outside the running period (before the start, after the end)
  change nothing.
- an **extension** adds a further period (e.g. 延长30日, 延长15个工作日) counted from the day after the
  deadline reached so far (after any roll-forward), under the same suspensions and roll-forward rule as
  the original period. Extensions apply in the order given.

Neither can make a deadline earlier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from zhidu.core.errors import BadInput

from .model import Deadline, Period, Step, Unit, check_amount, check_date
from .work_calendar import WorkCalendar


@dataclass(frozen=True)
class Suspension:
    """中止: the clock stops from ``first`` to ``last``, both days included."""

    first: dt.date
    last: dt.date
    reason: str = ""

    def __post_init__(self) -> None:
        check_date(self.first, "first")
        check_date(self.last, "last")
        if self.last < self.first:
            raise BadInput(
                "中止结束日期早于开始日期", f"suspension ends {self.last} before it starts {self.first}", "last"
            )

    def days(self) -> frozenset[dt.date]:
        n = (self.last - self.first).days
        return frozenset(self.first + dt.timedelta(days=k) for k in range(n + 1))


@dataclass(frozen=True)
class Extension:
    """延长: ``amount`` more of ``unit``, counted on from the deadline reached so far."""

    amount: int
    unit: Unit
    reason: str = ""

    def __post_init__(self) -> None:
        check_amount(self.amount)
        Period(self.amount, self.unit)  # validates the unit


@dataclass(frozen=True)
class RunningPeriod:
    """A period triggered on ``start``, with the suspensions and extensions it has had so far."""

    start: dt.date
    period: Period
    suspensions: tuple[Suspension, ...] = ()
    extensions: tuple[Extension, ...] = ()

    def __post_init__(self) -> None:
        check_date(self.start, "start")
        if not isinstance(self.period, Period):
            raise BadInput("期间格式无效", f"period must be a Period, got {self.period!r}", "period")
        object.__setattr__(self, "suspensions", tuple(self.suspensions))
        object.__setattr__(self, "extensions", tuple(self.extensions))

    def suspend(self, first: dt.date, last: dt.date, reason: str = "") -> RunningPeriod:
        return replace(self, suspensions=(*self.suspensions, Suspension(first, last, reason)))

    def extend(self, amount: int, unit: Unit | str, reason: str = "") -> RunningPeriod:
        return replace(self, extensions=(*self.extensions, Extension(amount, Unit(unit), reason)))

    def deadline(self, calendar: WorkCalendar) -> Deadline:
        """The current last day, with a trace of the original count, each suspension and each extension."""
        suspended: frozenset[dt.date] = frozenset().union(*(s.days() for s in self.suspensions))
        result = calendar.running_deadline(self.start, self.period, suspended=suspended)
        trace = list(result.trace)
        years = {y.year: y for y in result.years}
        trace[1:1] = [
            Step(
                f"中止 {s.first.isoformat()} 至 {s.last.isoformat()}" + (f"（{s.reason}）" if s.reason else ""),
                f"suspended {s.first.isoformat()} to {s.last.isoformat()}" + (f" ({s.reason})" if s.reason else ""),
            )
            for s in self.suspensions
        ]
        for ext in self.extensions:
            more = Period(ext.amount, ext.unit, False, self.period.roll_to_next_working_day)
            trace.append(
                Step(
                    f"延长 {more.zh}" + (f"（{ext.reason}）" if ext.reason else ""),
                    f"extended by {more.en}" + (f" ({ext.reason})" if ext.reason else ""),
                )
            )
            result = calendar.running_deadline(
                result.date, more, suspended=suspended, label_zh="延长期间起算", label_en="extension counting from"
            )
            trace += result.trace
            years.update({y.year: y for y in result.years})
        statuses = tuple(years[y] for y in sorted(years))
        return Deadline(result.date, any(s.provisional for s in statuses), tuple(trace), statuses)
