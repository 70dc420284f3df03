"""The database in a portable form: every row of every model's table, read and written column by column.

Why not ``dumpdata``/``loaddata``: Django's JSON serialiser cuts datetimes to milliseconds (the ledger
hashes the full timestamp), ``loaddata`` saves through ``save_base`` and so sends ``post_save`` (the
ledger would record every restored row), and many-to-many tables lose their own ids. Here each table is
one JSON document: the model's columns (attnames) and its rows in primary-key order, each value in a
text form its field reads back exactly (``field.to_python``): datetimes and times with microseconds and
their UTC offset, decimals and UUIDs as strings, durations as Django's duration string, bytes in base64,
JSON columns as the JSON they hold. Loading writes the rows with plain ``INSERT`` statements and each
field's own ``get_db_prep_save``, so the stored values are the ones Django wrote in the first place,
on SQLite and PostgreSQL alike (and across them).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps
from django.db import connections, models
from django.db.models.fields import AutoFieldMixin
from django.utils.duration import duration_string

BATCH = 500
# Rows ``migrate`` writes by itself: a database holding only these counts as empty.
MIGRATE_FILLS = frozenset({"contenttypes.contenttype", "auth.permission", "ledger.ledgerhead"})


def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def backup_models() -> list[type[models.Model]]:
    """Every model with a table of its own, a model after the models it refers to (many-to-many tables
    after both sides); otherwise in INSTALLED_APPS order. Foreign keys are deferred to the end of the
    transaction on both databases, so a cycle would still load."""
    candidates = [
        m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy and not m._meta.swapped
    ]
    remaining = {m: _refers_to(m, candidates) for m in candidates}
    ordered: list[type[models.Model]] = []
    while remaining:
        ready = [m for m, deps in remaining.items() if not deps - set(ordered)] or [next(iter(remaining))]
        for m in ready:
            ordered.append(m)
            del remaining[m]
    return ordered


def _refers_to(model: type[models.Model], among: list[type[models.Model]]) -> set[type[models.Model]]:
    out = set()
    for f in model._meta.concrete_fields:
        target = f.related_model if f.is_relation else None
        if isinstance(target, type) and target is not model:
            target = target._meta.concrete_model
            if target in among:
                out.add(target)
    return out


def columns(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    """The fields stored in the model's own table (a child model's parent link, not the parent's fields)."""
    return [f for f in model._meta.local_concrete_fields if not getattr(f, "generated", False)]


def encode(field: models.Field[Any, Any], value: Any) -> Any:
    """A value read through the ORM as JSON that ``decode`` turns back into the same value."""
    if value is None or isinstance(field, models.JSONField):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode(field: models.Field[Any, Any], value: Any) -> Any:
    if value is None or isinstance(field, models.JSONField):
        return value
    return field.to_python(value)


def _ordered(model: type[models.Model], using: str) -> models.QuerySet[Any]:
    return model._base_manager.using(using).order_by(model._meta.pk.attname)


def dump_table(model: type[models.Model], using: str = "default") -> dict[str, Any]:
    fields = columns(model)
    rows = _ordered(model, using).values_list(*[f.attname for f in fields])
    return {
        "model": label(model),
        "table": model._meta.db_table,
        "columns": [f.attname for f in fields],
        "rows": [[encode(f, v) for f, v in zip(fields, row, strict=True)] for row in rows.iterator(chunk_size=2000)],
    }


def instances(model: type[models.Model], doc: dict[str, Any]) -> Iterator[models.Model]:
    """Unsaved model instances of an archived table (to check them, e.g. the ledger's chain)."""
    fields = _fields_by_attname(model, doc["columns"])
    for row in doc["rows"]:
        yield model(**{f.attname: decode(f, v) for f, v in zip(fields, row, strict=True)})


def _fields_by_attname(model: type[models.Model], names: list[str]) -> list[models.Field[Any, Any]]:
    by_attname = {f.attname: f for f in columns(model)}
    return [by_attname[n] for n in names]


def schema_problems(model: type[models.Model], doc: dict[str, Any]) -> str | None:
    """Why an archived table does not fit the model's table here, or None."""
    want = [f.attname for f in columns(model)]
    if sorted(doc.get("columns", [])) != sorted(want):
        return f"{label(model)}: columns {doc.get('columns')} != {want}"
    width = len(want)
    if any(not isinstance(r, list) or len(r) != width for r in doc.get("rows", [])):
        return f"{label(model)}: a row does not have {width} values"
    return None


# --- writing tables -----------------------------------------------------------------------------


def insert_rows(model: type[models.Model], doc: dict[str, Any], using: str = "default") -> int:
    """INSERT the archived rows as they are (primary keys included, no signals, no ``save()``)."""
    conn = connections[using]
    fields = _fields_by_attname(model, doc["columns"])
    qn = conn.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(model._meta.db_table), ", ".join(qn(f.column) for f in fields), ", ".join(["%s"] * len(fields))
    )
    n = 0
    with conn.cursor() as cursor:
        for batch in _batches(doc["rows"], BATCH):
            params = [
                [f.get_db_prep_save(decode(f, v), conn) for f, v in zip(fields, row, strict=True)] for row in batch
            ]
            cursor.executemany(sql, params)
            n += len(batch)
    return n


def _batches(rows: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def wipe(models_: list[type[models.Model]], using: str = "default") -> None:
    """Remove every row of these tables (one TRUNCATE on PostgreSQL; DELETE per table on SQLite, where
    Django's foreign keys are deferred to the end of the transaction)."""
    conn = connections[using]
    qn = conn.ops.quote_name
    tables = [m._meta.db_table for m in models_]
    with conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            # Deferred foreign-key checks still pending in this transaction would make TRUNCATE fail:
            # run them now, then defer again for the inserts.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE {}".format(", ".join(qn(t) for t in tables)))
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            for t in reversed(tables):
                cursor.execute(f"DELETE FROM {qn(t)}")


# --- sequences ----------------------------------------------------------------------------------


def _has_sequence(model: type[models.Model]) -> bool:
    return isinstance(model._meta.pk, AutoFieldMixin)


def next_ids(models_: list[type[models.Model]], using: str = "default") -> dict[str, int]:
    """The id each table's sequence would give next (may be above max(id) + 1 after deletions)."""
    conn = connections[using]
    out: dict[str, int] = {}
    with conn.cursor() as cursor:
        for m in models_:
            if not _has_sequence(m):
                continue
            table = m._meta.db_table
            if conn.vendor == "postgresql":
                seq = _pg_sequence(cursor, conn, m)
                if seq is None:
                    continue
                cursor.execute(f"SELECT last_value, is_called FROM {seq}")  # already qualified and quoted
                last, called = cursor.fetchone()
                out[label(m)] = int(last) + 1 if called else int(last)
            elif conn.vendor == "sqlite":
                cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
                row = cursor.fetchone()
                out[label(m)] = int(row[0]) + 1 if row else 1
    return out


def _pg_sequence(cursor: Any, conn: Any, model: type[models.Model]) -> str | None:
    """The name of the sequence behind the primary key (serial or identity), as PostgreSQL quotes it."""
    cursor.execute(
        "SELECT pg_get_serial_sequence(%s, %s)", [conn.ops.quote_name(model._meta.db_table), model._meta.pk.column]
    )
    row = cursor.fetchone()
    return row[0] if row and row[0] else None


def set_next_ids(models_: list[type[models.Model]], wanted: dict[str, int], using: str = "default") -> None:
    """Set each table's sequence to give the archived next id next (exactly as it was), or max(id) + 1
    for a table the archive has none for."""
    conn = connections[using]
    qn = conn.ops.quote_name
    with conn.cursor() as cursor:
        for m in models_:
            if not _has_sequence(m):
                continue
            table = m._meta.db_table
            if label(m) in wanted:
                nxt = int(wanted[label(m)])
            else:
                cursor.execute(f"SELECT MAX({qn(m._meta.pk.column)}) FROM {qn(table)}")
                nxt = int(cursor.fetchone()[0] or 0) + 1
            if conn.vendor == "postgresql":
                seq = _pg_sequence(cursor, conn, m)
                if seq:
                    cursor.execute("SELECT setval(%s, %s, %s)", [seq, max(nxt - 1, 1), nxt > 1])
            elif conn.vendor == "sqlite":
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                if nxt > 1:
                    cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, nxt - 1])
