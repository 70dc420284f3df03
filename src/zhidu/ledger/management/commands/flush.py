"""Django's ``flush`` (empty every table), let through the ledger's append-only guard.

Flushing wipes the whole database, the ledger and its head row included, as dropping it would; the
test runner does it between transactional tests. On PostgreSQL the ledger's trigger refuses TRUNCATE
unless ``zhidu.ledger_maintenance`` is set for the session, which ``service.maintenance`` does here.
Nothing else lifts the guard except ``zhidu restore`` (through the same function)."""

from __future__ import annotations

from typing import Any

from django.core.management.commands import flush

from zhidu.ledger import service


class Command(flush.Command):
    def handle(self, **options: Any) -> None:
        with service.maintenance(options["database"]):
            super().handle(**options)
