"""The working-day calendar in force: chinesecalendar plus the overrides administrators entered.

``calendar()`` is what every deadline uses (the rule engine included, through ``engine_calendar``);
``set_override`` validates a notice with the core calendar's own checks before saving it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from zhidu.core.calendar import Override, WorkCalendar

from .models import CalendarOverride


def _override(row: CalendarOverride) -> Override:
    return Override(
        row.year,
        frozenset(dt.date.fromisoformat(d) for d in row.holidays),
        frozenset(dt.date.fromisoformat(d) for d in row.workdays),
        row.source,
    )


def calendar() -> WorkCalendar:
    """The calendar with every saved override."""
    return WorkCalendar(tuple(_override(r) for r in CalendarOverride.objects.all()))


@transaction.atomic
def set_override(
    year: int, holidays: Iterable[dt.date], workdays: Iterable[dt.date], source: str, user: Any = None
) -> CalendarOverride:
    """Enter (or replace) the notice for ``year``; BadInput (zh + en, naming the field) if it does not fit,
    and nothing is saved then."""
    checked = calendar().with_override(year, holidays=holidays, workdays=workdays, source=source).override(year)
    assert checked is not None
    row, _ = CalendarOverride.objects.update_or_create(
        year=year,
        defaults={
            "holidays": sorted(d.isoformat() for d in checked.holidays),
            "workdays": sorted(d.isoformat() for d in checked.workdays),
            "source": checked.source,
            "entered_by": user,
        },
    )
    return row


def use_in_engine() -> None:
    """Make the rule engine count deadlines on the calendar with the saved overrides."""
    from zhidu.core.rules.engine import default_engine

    default_engine().use_calendar(calendar())
