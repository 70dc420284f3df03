"""Writers at once on PostgreSQL, each on its own connection: every entry gets its own number and the
chain never forks (the head row's lock serialises appends)."""

from __future__ import annotations

import threading

import pytest
from django.db import connections, transaction

from zhidu.ledger import service
from zhidu.ledger.models import LedgerEntry

from .conftest import PG

pytestmark = pytest.mark.django_db

WRITERS = 8
EACH = 5


@pytest.mark.skipif(not PG, reason="SQLite lets one writer at a time; concurrent connections are tested on PostgreSQL")
def test_concurrent_appends_never_fork_the_chain() -> None:
    """The writer threads commit on their own connections (outside this test's transaction), so their
    entries stay in the test database: a valid continuation of the chain."""
    start = threading.Barrier(WRITERS)
    errors: list[BaseException] = []
    tag = f"concurrency-{threading.get_ident()}"

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(EACH):
                with transaction.atomic():
                    service.record("test.concurrent", obj_type=tag, obj_id=f"{n}.{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    mine = list(LedgerEntry.objects.filter(obj_type=tag).order_by("seq"))
    assert len(mine) == WRITERS * EACH
    assert len({e.seq for e in mine}) == len(mine) and len({e.prev_hash for e in mine}) == len(mine)
    report = service.verify()
    assert report.ok, report
    assert service.head_hash() == LedgerEntry.objects.order_by("-seq").first().hash  # type: ignore[union-attr]
