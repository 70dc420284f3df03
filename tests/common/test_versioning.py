"""Two people acting on the same item at once (issue 4 item 8): exactly one succeeds, the other is told
"该事项已被他人处理，请刷新后重试 / someone else has acted on this item; reload and try again", and the
ledger holds exactly one entry for the change.

The item is the workcalendar's holiday notice for a year (``CalendarOverride``, ``Versioned``). On
PostgreSQL the race is real: two threads, each with its own database connection, released together by
a barrier. On SQLite (one writer at a time, ``select_for_update`` a no-op) the same logic is checked
in sequence."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import pytest
from django.db import connection, transaction
from django.test import RequestFactory

from zhidu import cli
from zhidu.common.versioning import create_once, delete_if_unchanged, update_if_unchanged
from zhidu.core.errors import CONFLICT_EN, CONFLICT_ZH, BadInput, Conflict
from zhidu.ledger import service as ledger
from zhidu.ledger.models import LedgerEntry
from zhidu.workcalendar import service as cal
from zhidu.workcalendar.models import CalendarOverride

D = dt.date
OBJ_TYPE = "workcalendar.CalendarOverride"
NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试）"


def entries_about(row_pk: Any, after_seq: int) -> list[LedgerEntry]:
    return list(LedgerEntry.objects.filter(obj_type=OBJ_TYPE, obj_id=str(row_pk), seq__gt=after_seq).order_by("seq"))


def last_seq() -> int:
    return LedgerEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


# --- the same logic in sequence (every database) ------------------------------------------------------


@pytest.mark.django_db
def test_the_second_of_two_people_who_saw_the_same_version_gets_the_conflict() -> None:
    row = cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE, expected_version=0)
    assert row.version == 1
    seen_by_a = seen_by_b = cal.saved_version(2027)  # both open the notice
    start = last_seq()
    a = cal.set_override(2027, [D(2027, 3, 8)], [], NOTICE + "（更正一）", expected_version=seen_by_a)
    assert a.version == 2
    with pytest.raises(Conflict) as err:
        cal.set_override(2027, [D(2027, 3, 9)], [], NOTICE + "（更正二）", expected_version=seen_by_b)
    assert (err.value.message_zh, err.value.message_en) == (CONFLICT_ZH, CONFLICT_EN)
    saved = CalendarOverride.objects.get(year=2027)
    assert saved.holidays == ["2027-03-08"] and saved.version == 2 and saved.source.endswith("（更正一）")
    changes = entries_about(saved.pk, start)
    assert [e.action for e in changes] == ["update"]
    assert changes[0].before["version"] == 1 and changes[0].after["version"] == 2
    assert ledger.verify().ok


@pytest.mark.django_db
def test_creating_a_notice_someone_else_just_entered_is_a_conflict() -> None:
    cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE, expected_version=0)
    start = last_seq()
    with pytest.raises(Conflict):
        cal.set_override(2027, [D(2027, 3, 9)], [], NOTICE, expected_version=0)
    assert CalendarOverride.objects.get(year=2027).holidays == ["2027-03-05"]
    assert last_seq() == start


@pytest.mark.django_db
def test_acting_on_a_notice_someone_deleted_is_a_conflict() -> None:
    row = cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE, expected_version=0)
    delete_if_unchanged(CalendarOverride, row.pk, 1)
    with pytest.raises(Conflict):
        cal.set_override(2027, [D(2027, 3, 9)], [], NOTICE, expected_version=1)
    assert not CalendarOverride.objects.filter(year=2027).exists()


@pytest.mark.django_db
def test_without_an_expected_version_the_notice_is_replaced_and_the_version_still_moves() -> None:
    cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE)
    row = cal.set_override(2027, [D(2027, 3, 8)], [], NOTICE)
    assert row.version == 2 and row.holidays == ["2027-03-08"]


@pytest.mark.django_db
def test_versioned_helpers_save_nothing_on_refusal() -> None:
    row = cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE, expected_version=0)
    start = last_seq()

    def refuse(r: CalendarOverride) -> None:
        r.source = "不应保存 / must not be saved"
        raise BadInput("不允许", "not allowed", "source")

    with pytest.raises(BadInput):
        update_if_unchanged(CalendarOverride, row.pk, 1, apply=refuse)
    with pytest.raises(Conflict):
        delete_if_unchanged(CalendarOverride, row.pk, 7)
    for bad in (-1, True, "1", None):
        with pytest.raises(BadInput) as err:
            update_if_unchanged(CalendarOverride, row.pk, bad, changes={"source": "x"})  # type: ignore[arg-type]
        assert err.value.field == "version" and not isinstance(err.value, Conflict)
    assert CalendarOverride.objects.get(pk=row.pk).source == NOTICE and last_seq() == start
    updated = update_if_unchanged(CalendarOverride, row.pk, 1, changes={"source": NOTICE + "（更正）"})
    assert updated.version == 2 and CalendarOverride.objects.get(pk=row.pk).version == 2
    with pytest.raises(Conflict):
        create_once(CalendarOverride, year=2027, holidays=[], workdays=[], source=NOTICE)


@pytest.mark.django_db
def test_the_api_answers_a_conflict_with_409_in_both_languages() -> None:
    from zhidu.api.api import api

    response = api.on_exception(RequestFactory().post("/api/v1/anything"), Conflict())
    assert response.status_code == 409
    import json

    assert json.loads(response.content) == {
        "error": {"message_zh": CONFLICT_ZH, "message_en": CONFLICT_EN, "field": "version"}
    }


@pytest.mark.django_db
def test_the_cli_refuses_a_stale_version_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["calendar", "override", "2027", "--holidays", "2027-03-05", "--source", NOTICE]
    assert cli.main([*args, "--expect-version", "0"]) == 0
    assert "版本 / version 1" in capsys.readouterr().out
    assert cli.main([*args, "--expect-version", "0"]) == 2
    err = capsys.readouterr().err
    assert CONFLICT_ZH in err and CONFLICT_EN in err and "Traceback" not in err
    assert cli.main(["calendar", "status", "2027"]) == 0
    assert "version 1" in capsys.readouterr().out


# --- a real race on PostgreSQL ---------------------------------------------------------------------


HOLD = 0.5  # seconds the winner keeps its transaction open after acting


def _race(act: Any, n: int = 2) -> tuple[list[Any], list[float]]:
    """Run ``act(i)`` in ``n`` threads, each on its own database connection, released together by a
    barrier; each holds its transaction open a moment after acting so the others truly overlap it.
    Returns each thread's result or exception, and how long after the barrier ``act`` returned."""
    barrier = threading.Barrier(n, timeout=30)
    results: list[Any] = [None] * n
    took: list[float] = [0.0] * n

    def run(i: int) -> None:
        try:
            with transaction.atomic():
                barrier.wait()
                t0 = time.monotonic()
                try:
                    results[i] = act(i)
                finally:
                    took[i] = time.monotonic() - t0
                time.sleep(HOLD)  # the winner keeps its locks while the other waits on them
        except Exception as exc:
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    return results, took


def _skip_unless_postgres() -> None:
    if connection.vendor != "postgresql":
        pytest.skip(
            "real concurrent connections need PostgreSQL (SQLite allows one writer at a time and "
            "select_for_update is a no-op there); the sequential tests above check the same logic"
        )


@pytest.mark.django_db(transaction=True)
def test_two_administrators_replacing_the_same_notice_at_once() -> None:
    _skip_unless_postgres()
    row = cal.set_override(2027, [D(2027, 3, 5)], [], NOTICE, expected_version=0)
    version = cal.saved_version(2027)
    start = last_seq()
    days = [D(2027, 3, 8), D(2027, 3, 9)]

    results, took = _race(
        lambda i: cal.set_override(2027, [days[i]], [], f"{NOTICE}（更正 {i}）", expected_version=version)
    )

    won = [r for r in results if isinstance(r, CalendarOverride)]
    lost = [r for r in results if isinstance(r, Exception)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], Conflict), repr(lost[0])
    assert (lost[0].message_zh, lost[0].message_en) == (CONFLICT_ZH, CONFLICT_EN)
    # they overlapped: the loser waited on the winner's row lock until the winner committed
    assert took[results.index(lost[0])] >= HOLD * 0.8, took
    saved = CalendarOverride.objects.get(year=2027)
    assert saved.version == version + 1 and saved.holidays == won[0].holidays
    changes = entries_about(row.pk, start)
    assert len(changes) == 1 and changes[0].action == "update"
    assert changes[0].after["holidays"] == saved.holidays
    assert LedgerEntry.objects.filter(seq__gt=start).count() == 1
    assert ledger.verify().ok


@pytest.mark.django_db(transaction=True)
def test_two_administrators_entering_a_new_notice_at_once() -> None:
    _skip_unless_postgres()
    start = last_seq()
    days = [D(2027, 3, 8), D(2027, 3, 9)]

    results, took = _race(lambda i: cal.set_override(2027, [days[i]], [], f"{NOTICE}（{i}）", expected_version=0))

    won = [r for r in results if isinstance(r, CalendarOverride)]
    lost = [r for r in results if isinstance(r, Exception)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], Conflict), repr(lost[0])
    assert took[results.index(lost[0])] >= HOLD * 0.8, took  # its insert waited on the winner's
    saved = CalendarOverride.objects.get(year=2027)
    assert saved.version == 1 and saved.holidays == won[0].holidays
    created = entries_about(saved.pk, start)
    assert [e.action for e in created] == ["create"]
    assert LedgerEntry.objects.filter(seq__gt=start).count() == 1
    assert ledger.verify().ok
