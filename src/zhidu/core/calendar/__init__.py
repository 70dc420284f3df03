"""Working days and periods (DESIGN §8): the official calendar where a notice exists, a provisional one
where none does, and period arithmetic that counts the way the texts do.

>>> import datetime as dt
>>> cal = WorkCalendar()
>>> cal.add_working_days(dt.date(2026, 9, 30), 1).date  # 国庆 and 中秋 2026: next working day is 10月8日
datetime.date(2026, 10, 8)
"""

from __future__ import annotations

from .model import Count, Deadline, Period, Step, Unit, YearStatus
from .running import Extension, RunningPeriod, Suspension
from .work_calendar import Override, WorkCalendar, add_months_clamped

__all__ = [
    "Count",
    "Deadline",
    "Extension",
    "Override",
    "Period",
    "RunningPeriod",
    "Step",
    "Suspension",
    "Unit",
    "WorkCalendar",
    "YearStatus",
    "add_months_clamped",
]
