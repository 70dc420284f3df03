"""Tampering behind the application's back (raw SQL, as someone with database access; on PostgreSQL
with the triggers switched off first) is caught by verify, which names the first bad entry: an edited,
deleted, inserted or reordered entry; and ``zhidu ledger verify`` exits 1 naming it."""

from __future__ import annotations

import pytest
from django.db import connection

from zhidu.cli import main
from zhidu.core.ledger import Problem, entry_hash
from zhidu.ledger import service
from zhidu.ledger.models import LedgerEntry

from .conftest import around_the_application, sql

pytestmark = pytest.mark.django_db


def expect_bad(seq: int, kind: Problem) -> None:
    report = service.verify()
    assert not report.ok, report
    assert report.first_bad == seq, report
    assert report.kind is kind, report
    assert report.problem_zh and report.problem_en


def test_the_cli_says_ok_and_exits_0(some_entries: list[LedgerEntry], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "verify"]) == 0
    out = capsys.readouterr().out
    assert f"{some_entries[-1].seq} 条" in out and "OK" in out
    audit = LedgerEntry.objects.order_by("-seq").first()
    assert audit is not None and (audit.category, audit.action) == ("audit", "ledger.verify")
    assert audit.meta["ok"] is True and audit.actor_name.startswith("cli:")
    assert main(["ledger", "verify"]) == 0  # its own audit entry is chained like any other


def test_an_edited_field_is_named(some_entries: list[LedgerEntry], capsys: pytest.CaptureFixture[str]) -> None:
    target = some_entries[2].seq
    with around_the_application():
        assert sql("UPDATE ledger_entry SET reason = %s WHERE seq = %s", ["改过的理由", target]) == 1
    expect_bad(target, Problem.EDITED)
    assert main(["ledger", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"第 {target} 条" in out and f"entry {target}" in out and "altered" in out


@pytest.mark.parametrize("column", ["obj_id", "actor_name", "category", "at", "citations", "meta"])
def test_any_column_edited_is_named(some_entries: list[LedgerEntry], column: str) -> None:
    target = some_entries[1].seq
    value = {
        "obj_id": "999",
        "actor_name": "someone-else",
        "category": "audit",
        "at": "2020-01-01 00:00:00+00:00",
        "citations": '["tongyu-hrss:1:1"]',
        "meta": '{"i": 99}',
    }[column]
    cast = "::jsonb" if column in ("citations", "meta") and connection.vendor == "postgresql" else ""
    with around_the_application():
        assert sql(f"UPDATE ledger_entry SET {column} = %s{cast} WHERE seq = %s", [value, target]) == 1
    expect_bad(target, Problem.EDITED)


def test_an_edited_and_rehashed_entry_is_named(some_entries: list[LedgerEntry]) -> None:
    e = some_entries[3]
    forged = LedgerEntry.objects.get(pk=e.pk)
    forged.reason = "改写并重算杂凑值"
    new_hash = entry_hash(forged.prev_hash, forged.seq, forged.payload())
    with around_the_application():
        sql("UPDATE ledger_entry SET reason = %s, hash = %s WHERE seq = %s", [forged.reason, new_hash, e.seq])
    expect_bad(e.seq, Problem.EDITED)


def test_a_deleted_entry_is_named(some_entries: list[LedgerEntry], capsys: pytest.CaptureFixture[str]) -> None:
    target = some_entries[2].seq
    with around_the_application():
        assert sql("DELETE FROM ledger_entry WHERE seq = %s", [target]) == 1
    expect_bad(target, Problem.DELETED)
    assert main(["ledger", "verify"]) == 1
    assert "缺失" in capsys.readouterr().out


def test_the_last_entry_deleted_is_caught_by_the_head(some_entries: list[LedgerEntry]) -> None:
    target = some_entries[-1].seq
    with around_the_application():
        sql("DELETE FROM ledger_entry WHERE seq = %s", [target])
    expect_bad(target, Problem.DELETED)


def test_a_forged_entry_appended_around_the_ledger_is_named(some_entries: list[LedgerEntry]) -> None:
    """Inserted with the ORM (inserts are allowed) and a correct SM3 hash, but not through record():
    the head row does not know it."""
    last = some_entries[-1]
    forged = LedgerEntry(seq=last.seq + 1, prev_hash=last.hash, at=last.at, actor_name="forger", action="forged")
    forged.hash = entry_hash(forged.prev_hash, forged.seq, forged.payload())
    forged.save(force_insert=True)
    expect_bad(last.seq + 1, Problem.INSERTED)


def test_a_forged_entry_with_a_wrong_hash_is_named(some_entries: list[LedgerEntry]) -> None:
    last = some_entries[-1]
    LedgerEntry.objects.create(seq=last.seq + 1, prev_hash=last.hash, at=last.at, action="forged", hash="0" * 64)
    expect_bad(last.seq + 1, Problem.EDITED)


def test_a_forged_entry_slipped_into_the_middle_is_named(some_entries: list[LedgerEntry]) -> None:
    """Make room by renumbering the later entries (raw SQL), then insert a properly chained forgery."""
    at = some_entries[2]
    with around_the_application():
        sql("UPDATE ledger_entry SET seq = seq + 1000000 WHERE seq >= %s", [at.seq])
        sql("UPDATE ledger_entry SET seq = seq - 1000000 + 1 WHERE seq >= 1000000")
        sql("UPDATE ledger_head SET seq = seq + 1")
    forged = LedgerEntry(seq=at.seq, prev_hash=at.prev_hash, at=at.at, actor_name="forger", action="forged")
    forged.hash = entry_hash(forged.prev_hash, forged.seq, forged.payload())
    forged.save(force_insert=True)
    expect_bad(at.seq, Problem.INSERTED)


def test_two_swapped_entries_are_named(some_entries: list[LedgerEntry], capsys: pytest.CaptureFixture[str]) -> None:
    a, b = some_entries[1].seq, some_entries[4].seq
    with around_the_application():
        sql("UPDATE ledger_entry SET seq = %s WHERE seq = %s", [10**12, a])
        sql("UPDATE ledger_entry SET seq = %s WHERE seq = %s", [a, b])
        sql("UPDATE ledger_entry SET seq = %s WHERE seq = %s", [b, 10**12])
    expect_bad(a, Problem.REORDERED)
    assert main(["ledger", "verify"]) == 1
    assert "顺序" in capsys.readouterr().out


def test_only_the_first_bad_entry_is_named(some_entries: list[LedgerEntry]) -> None:
    with around_the_application():
        sql("UPDATE ledger_entry SET reason = 'x' WHERE seq = %s", [some_entries[4].seq])
        sql("DELETE FROM ledger_entry WHERE seq = %s", [some_entries[1].seq])
    expect_bad(some_entries[1].seq, Problem.DELETED)


def test_appending_after_tampering_keeps_the_evidence(some_entries: list[LedgerEntry]) -> None:
    target = some_entries[0].seq
    with around_the_application():
        sql("UPDATE ledger_entry SET reason = 'x' WHERE seq = %s", [target])
    service.record("after.tampering")  # writes go on; the chain still shows where it was broken
    expect_bad(target, Problem.EDITED)


def test_head_command(some_entries: list[LedgerEntry], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "head"]) == 0
    seq, digest = capsys.readouterr().out.split()
    assert int(seq) == some_entries[-1].seq and digest == some_entries[-1].hash
