"""Administrators' holiday notices: saved, used by every deadline (the rule engine too), refused when
malformed with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest

from zhidu.core.errors import BadInput
from zhidu.core.rules.engine import default_engine
from zhidu.workcalendar import service
from zhidu.workcalendar.models import CalendarOverride

pytestmark = pytest.mark.django_db
D = dt.date
SOURCE = "国务院办公厅关于2027年部分节假日安排的通知（测试）"


def test_a_saved_notice_makes_the_year_official_and_moves_deadlines() -> None:
    before = service.calendar()
    assert before.status(2027) == "provisional"
    # Say the notice gives Friday 2027-03-05 off and has Saturday 2027-03-06 worked.
    service.set_override(2027, [D(2027, 3, 5)], [D(2027, 3, 6)], SOURCE)
    cal = service.calendar()
    assert cal.status(2027) == "official"
    assert not cal.is_working_day(D(2027, 3, 5)) and cal.is_working_day(D(2027, 3, 6))
    d = cal.add_working_days(D(2027, 3, 4), 1)
    assert d.date == D(2027, 3, 6) and not d.provisional
    engine = default_engine()
    service.use_in_engine()
    try:
        assert engine.calendar.status(2027) == "official"
    finally:
        engine.use_calendar(before)


def test_replacing_a_notice_keeps_one_row_per_year() -> None:
    service.set_override(2028, [D(2028, 3, 6)], [], SOURCE)
    service.set_override(2028, [D(2028, 3, 7)], [], SOURCE + "（更正）")
    row = CalendarOverride.objects.get(year=2028)
    assert row.holidays == ["2028-03-07"] and row.source.endswith("（更正）")


@pytest.mark.parametrize(
    ("holidays", "workdays", "source", "field"),
    [
        ([D(2027, 3, 5)], [D(2027, 3, 5)], SOURCE, "workdays"),
        ([D(2030, 3, 5)], [], SOURCE, "holidays"),
        ([], [], "   ", "source"),
    ],
)
def test_bad_notices_are_refused_and_nothing_is_saved(holidays, workdays, source, field) -> None:  # type: ignore[no-untyped-def]
    service.set_override(2027, [D(2027, 3, 5)], [], SOURCE)
    with pytest.raises(BadInput) as err:
        service.set_override(2027, holidays, workdays, source)
    assert err.value.field == field and err.value.message_zh and err.value.message_en
    assert CalendarOverride.objects.get(year=2027).holidays == ["2027-03-05"]
