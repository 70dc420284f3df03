"""Append-only: the application refuses to change or delete entries (every database); on PostgreSQL
the trigger refuses UPDATE, DELETE and TRUNCATE whatever the client, and lets the head row only move
forward."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from zhidu.ledger import service
from zhidu.ledger.models import AppendOnly, LedgerEntry, LedgerHead

from .conftest import PG, sql

pytestmark = pytest.mark.django_db


def refused_by_the_application(fn) -> AppendOnly:  # type: ignore[no-untyped-def]
    with pytest.raises(AppendOnly) as exc:
        fn()
    assert "只能追加" in exc.value.message_zh and "append-only" in exc.value.message_en
    return exc.value


def test_the_orm_refuses_to_change_or_delete_entries(some_entries: list[LedgerEntry]) -> None:
    e = LedgerEntry.objects.get(seq=some_entries[0].seq)
    e.reason = "改写"
    refused_by_the_application(e.save)
    refused_by_the_application(e.delete)
    refused_by_the_application(lambda: LedgerEntry.objects.filter(seq=e.seq).update(reason="改写"))
    refused_by_the_application(lambda: LedgerEntry.objects.filter(seq=e.seq).delete())
    refused_by_the_application(lambda: LedgerEntry.objects.all().delete())
    refused_by_the_application(lambda: LedgerEntry.objects.bulk_update([e], ["reason"]))
    head = LedgerHead.objects.get()
    refused_by_the_application(head.save)
    refused_by_the_application(head.delete)
    refused_by_the_application(lambda: LedgerHead.objects.update(seq=1))
    refused_by_the_application(lambda: LedgerHead.objects.all().delete())
    assert LedgerEntry.objects.get(seq=e.seq).reason == some_entries[0].reason
    assert service.verify().ok


def test_deleting_the_actor_leaves_the_entries_alone(django_user_model) -> None:  # type: ignore[no-untyped-def]
    user = django_user_model.objects.create_user(username="leaver", password="x-Long-enough-42")
    e = service.record("x.by_leaver", actor=user)
    user.delete()  # no cascade, no SET NULL: the entry keeps the id and the name
    kept = LedgerEntry.objects.get(pk=e.pk)
    assert (kept.actor_id, kept.actor_name) == (e.actor_id, "leaver")
    assert service.verify().ok


@pytest.mark.skipif(not PG, reason="the append-only trigger is PostgreSQL's; SQLite relies on the application")
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_entry SET reason = 'x' WHERE seq = {seq}",
        "DELETE FROM ledger_entry WHERE seq = {seq}",
        "TRUNCATE ledger_entry",
        "DELETE FROM ledger_head",
        "TRUNCATE ledger_head",
        "UPDATE ledger_head SET seq = seq - 1",
        "UPDATE ledger_head SET seq = seq + 5",
    ],
)
def test_postgresql_refuses_update_delete_truncate(some_entries: list[LedgerEntry], statement: str) -> None:
    with pytest.raises(DatabaseError, match="append-only") as exc, transaction.atomic():
        sql(statement.format(seq=some_entries[0].seq))
    assert "只能追加" in str(exc.value)
    assert service.verify().ok


@pytest.mark.skipif(not PG, reason="the append-only trigger is PostgreSQL's; SQLite relies on the application")
def test_postgresql_trigger_is_installed_and_maintenance_passes_it(some_entries: list[LedgerEntry]) -> None:
    names = {r[0] for r in sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    assert {
        "ledger_entry_no_update_delete",
        "ledger_entry_no_truncate",
        "ledger_head_forward_only",
        "ledger_head_no_truncate",
    } <= names
    # maintenance (flush, restore) is let through, and only while it lasts
    with service.maintenance():
        assert sql("DELETE FROM ledger_entry WHERE seq = %s", [some_entries[-1].seq]) == 1
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        sql("DELETE FROM ledger_entry WHERE seq = %s", [some_entries[-2].seq])
    assert not service.verify().ok  # and what maintenance removed shows


@pytest.mark.skipif(PG, reason="SQLite has no trigger here; on PostgreSQL see the trigger tests")
def test_sqlite_has_only_the_application_guard(some_entries: list[LedgerEntry]) -> None:
    """Raw SQL gets through on SQLite (no trigger): verify is what catches it."""
    assert connection.vendor == "sqlite"
    assert sql("UPDATE ledger_entry SET reason = 'x' WHERE seq = %s", [some_entries[0].seq]) == 1
    assert service.verify().first_bad == some_entries[0].seq


def test_flush_wipes_the_ledger_with_everything_else(some_entries: list[LedgerEntry]) -> None:
    """``flush`` (the test runner's reset between transactional tests) empties the ledger too, through
    the trigger on PostgreSQL; the next entry starts a new chain. Inside this test's transaction, so
    rolled back afterwards."""
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert not LedgerEntry.objects.exists() and service.head() is None
    e = service.record("x.after_flush")
    assert (e.seq, e.prev_hash) == (1, service.GENESIS)
    assert service.verify().ok
    if PG:  # and the guard is back once flush is done
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            sql("TRUNCATE ledger_entry")
