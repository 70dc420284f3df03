"""The working-day calendar in force: chinesecalendar plus the overrides administrators entered.

``calendar()`` is what every deadline uses (the rule engine included, through ``engine_calendar``);
``set_override`` validates a notice with the core calendar's own checks before saving it, and with an
``expected_version`` refuses (``Conflict``) when someone else entered or replaced it meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from zhidu.common.versioning import create_once, update_if_unchanged
from zhidu.core.calendar import Override, WorkCalendar
from zhidu.core.errors import Conflict

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
    year: int,
    holidays: Iterable[dt.date],
    workdays: Iterable[dt.date],
    source: str,
    user: Any = None,
    expected_version: int | None = None,
) -> CalendarOverride:
    """Enter (or replace) the notice for ``year``; BadInput (zh + en, naming the field) if it does not fit,
    and nothing is saved then.

    ``expected_version`` is the version of the year's notice the administrator saw: 0 when there was none,
    else its ``version``. If someone entered or replaced the notice since, ``Conflict`` is raised and nothing
    is saved (``zhidu.common.versioning``). ``None`` replaces whatever is there (last write wins)."""
    checked = calendar().with_override(year, holidays=holidays, workdays=workdays, source=source).override(year)
    assert checked is not None
    values = {
        "holidays": sorted(d.isoformat() for d in checked.holidays),
        "workdays": sorted(d.isoformat() for d in checked.workdays),
        "source": checked.source,
        "entered_by": user,
    }
    if expected_version is None:
        row, _ = CalendarOverride.objects.update_or_create(year=year, defaults=values)
        return row
    current = CalendarOverride.objects.filter(year=year).values_list("pk", flat=True).first()
    if current is None:
        if expected_version != 0:
            raise Conflict()  # it was there when the administrator looked; someone deleted it since
        return create_once(CalendarOverride, year=year, **values)
    return update_if_unchanged(CalendarOverride, current, expected_version, changes=values)


def saved_version(year: int) -> int:
    """The version of the saved notice for ``year`` (0 if none): what ``expected_version`` takes."""
    return CalendarOverride.objects.filter(year=year).values_list("version", flat=True).first() or 0


def use_in_engine() -> None:
    """Make the rule engine count deadlines on the calendar with the saved overrides."""
    from zhidu.core.rules.engine import default_engine

    default_engine().use_calendar(calendar())
