"""Helpers for the ledger tests: raw SQL that goes around the application (as someone with database
access would), the vendor, and users holding the three administrator roles."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection

from zhidu.agencies.models import Agency
from zhidu.ledger import service
from zhidu.ledger.models import LedgerEntry

PG = connection.vendor == "postgresql"


def sql(statement: str, params: list[Any] | None = None) -> Any:
    with connection.cursor() as cur:
        cur.execute(statement, params)
        return cur.fetchall() if cur.description else cur.rowcount


@contextmanager
def around_the_application() -> Iterator[None]:
    """Direct database access with the PostgreSQL triggers switched off (the table owner can), so the
    only thing left to notice tampering is ``verify``. Inside the test's transaction: rolled back."""
    if PG:
        sql("ALTER TABLE ledger_entry DISABLE TRIGGER USER")
        sql("ALTER TABLE ledger_head DISABLE TRIGGER USER")
    try:
        yield
    finally:
        if PG:
            sql("ALTER TABLE ledger_entry ENABLE TRIGGER USER")
            sql("ALTER TABLE ledger_head ENABLE TRIGGER USER")


def entries_since(seq: int) -> list[LedgerEntry]:
    return list(LedgerEntry.objects.filter(seq__gt=seq).order_by("seq"))


def last_seq() -> int:
    h = service.head()
    return 0 if h is None else h.seq


@pytest.fixture
def some_entries(db: Any) -> list[LedgerEntry]:
    """Six fresh entries after whatever the session's setup recorded (the rulebook imports)."""
    assert service.verify().ok
    return [service.record(f"test.step{i}", reason=f"第 {i} 步", meta={"i": i}) for i in range(1, 7)]


@pytest.fixture
def make_admin(db: Any, django_user_model: Any) -> Any:
    def make(username: str, role: str | None) -> Any:
        agency = Agency.objects.get(slug="tongyu-hrss")
        with service.context(capture=False):  # the set-up itself is not under test
            user = django_user_model.objects.create_user(username=username, password="x-Long-enough-42", agency=agency)
            if role:
                user.role_assignments.create(agency=agency, role=role)
        return user

    return make
