"""The ledger's one public surface (留痕台账): record an entry, set who is acting, verify the chain.

    record("calendar.override", category="system", obj=row, before=..., after=..., reason="...")
    with context(verdict=verdict.as_dict(), reason="..."):   # automatic capture picks these up
        row.save()
    verify()       # VerifyReport: ok, count, first_bad (seq), problem_zh, problem_en
    head_hash()    # hash of the last entry (GENESIS when empty): what a backup keeps

Every save and delete of a model of the ``zhidu.*`` apps is recorded automatically (``capture.py``)
in the transaction of the change; code that knows a verdict or a reason wraps its write in
``context(verdict=..., reason=...)``. ``queryset.update()``, ``bulk_create`` and raw SQL send no
signals: code that writes that way calls ``record`` itself (``rulebook.service.import_book`` records
one summary entry per import).

Appending takes the head row's lock first (``UPDATE ledger_head … RETURNING``): on PostgreSQL a row
lock held to the end of the transaction, on SQLite the database write lock. So two writers never get
the same number or chain to the same predecessor; the second waits until the first commits.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils import timezone

from zhidu.core import ledger as chain
from zhidu.core.errors import BadInput
from zhidu.core.ledger import GENESIS, Head, VerifyReport

from .models import CATEGORY_IDS, LedgerEntry, LedgerHead

__all__ = [
    "GENESIS",
    "LedgerBroken",
    "VerifyReport",
    "cli_actor_name",
    "context",
    "current_actor",
    "head",
    "head_hash",
    "in_maintenance",
    "maintenance",
    "record",
    "verify",
    "verify_and_record",
    "visible_categories",
]

_HEAD_ID = 1


class LedgerBroken(BadInput):
    """The head row is missing while entries exist: nothing can be appended until an administrator looks."""

    def __init__(self) -> None:
        super().__init__(
            "留痕台账头记录缺失而台账中已有条目，拒绝写入；请运行 zhidu ledger verify 并联系审计管理员",
            "the ledger's head row is missing while entries exist; writes are refused: run `zhidu ledger "
            "verify` and call the audit administrator",
        )


# --- context ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    actor: Any = None
    actor_name: str = ""
    request: Any = None
    ip: str = ""
    verdict: dict[str, Any] | None = None
    reason: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    capture: bool = True
    maintenance: bool = False


_CTX: ContextVar[_Context] = ContextVar("zhidu_ledger_context", default=_Context())  # noqa: B039 — frozen


def _current() -> _Context:
    return _CTX.get()


@contextmanager
def context(
    *,
    actor: Any = None,
    ip: str = "",
    verdict: dict[str, Any] | None = None,
    reason: str = "",
    actor_name: str = "",
    request: Any = None,
    meta: Mapping[str, Any] | None = None,
    capture: bool | None = None,
) -> Iterator[None]:
    """Within the block, entries (recorded or captured) carry these unless given explicitly. Nested
    blocks keep the outer values they do not set. ``request`` (set by the middleware) gives the actor
    at the time of recording, so a user who signs in during the request is the actor of what follows.
    ``capture=False`` stops the automatic capture (for bulk writes that record one summary entry)."""
    cur = _current()
    new = replace(
        cur,
        actor=actor if actor is not None else cur.actor,
        actor_name=actor_name or cur.actor_name,
        request=request if request is not None else cur.request,
        ip=ip or cur.ip,
        verdict=verdict if verdict is not None else cur.verdict,
        reason=reason or cur.reason,
        meta={**cur.meta, **(meta or {})},
        capture=cur.capture if capture is None else capture,
    )
    token = _CTX.set(new)
    try:
        yield
    finally:
        _CTX.reset(token)


def capturing() -> bool:
    return _current().capture


def cli_actor_name() -> str:
    try:
        who = getpass.getuser()
    except Exception:  # no user name in this environment
        who = "unknown"
    return f"cli:{who}"


def _authenticated(user: Any) -> Any:
    return user if user is not None and getattr(user, "is_authenticated", False) and user.pk is not None else None


def current_actor() -> tuple[Any, str]:
    """The acting user (or None) and the name to record for them."""
    ctx = _current()
    user = _authenticated(ctx.actor)
    if user is None and ctx.request is not None:
        user = _authenticated(getattr(ctx.request, "user", None))
    if user is not None:
        return user, user.get_username()
    if ctx.actor_name:
        return None, ctx.actor_name
    return None, "anonymous" if ctx.request is not None else "system"


# --- maintenance (flush and restore only) -----------------------------------------------------------


def in_maintenance() -> bool:
    return _current().maintenance


@contextmanager
def maintenance(using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """Lift the append-only guard for wiping or restoring the whole database (``flush``, ``zhidu
    restore``); never for editing entries. On PostgreSQL it sets ``zhidu.ledger_maintenance`` for the
    session, which the trigger lets through; on every database the model's guard. The restored ledger
    is verified afterwards."""
    conn = connections[using]
    token = _CTX.set(replace(_current(), maintenance=True))
    pg = conn.vendor == "postgresql"
    try:
        if pg:
            with conn.cursor() as cur:
                cur.execute("SELECT set_config('zhidu.ledger_maintenance', 'on', false)")
        yield
    finally:
        _CTX.reset(token)
        if pg and conn.connection is not None:
            with conn.cursor() as cur:
                cur.execute("SELECT set_config('zhidu.ledger_maintenance', '', false)")


# --- recording -------------------------------------------------------------------------------------


def citations_of(verdict: Mapping[str, Any] | None) -> list[str]:
    """Citation ids named in a verdict (``Verdict.as_dict()``), in order, each once."""
    seen: dict[str, None] = {}
    if not isinstance(verdict, Mapping):
        return []
    for finding in verdict.get("findings") or []:
        if not isinstance(finding, Mapping):
            continue
        for c in finding.get("citations") or []:
            cid = c.get("id") if isinstance(c, Mapping) else c if isinstance(c, str) else None
            if cid:
                seen.setdefault(str(cid), None)
    for c in verdict.get("citations") or []:
        cid = c.get("id") if isinstance(c, Mapping) else c if isinstance(c, str) else None
        if cid:
            seen.setdefault(str(cid), None)
    return list(seen)


def _clip(text: Any, n: int) -> str:
    s = str(text or "").replace("\x00", "\ufffd")
    return s if len(s) <= n else s[: n - 1] + "…"


def record(
    action: str,
    *,
    category: str = "business",
    actor: Any = None,
    obj: models.Model | None = None,
    obj_type: str = "",
    obj_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    verdict: dict[str, Any] | None = None,
    reason: str = "",
    meta: dict[str, Any] | None = None,
    using: str | None = None,
    agency: Any = None,
) -> LedgerEntry:
    """Append one entry, in the caller's transaction (one is opened if there is none).

    ``actor=None`` means the current actor from ``context()`` (the signed-in user of the request), else
    anonymous or the system. ``obj`` fills ``obj_type`` (``app.Model``) and ``obj_id`` (its pk). The
    verdict and reason default to the context's; the citations are taken from the verdict; ``meta`` is
    added to the context's (the client address is ``meta["ip"]``). ``agency`` (an Agency or its id) is
    the agency the entry concerns; by default the object's (``obj.agency_id``, or the Agency itself),
    else the actor's."""
    if category not in CATEGORY_IDS:
        raise BadInput(
            f"未知的台账类别 {category!r}（应为 {'、'.join(sorted(CATEGORY_IDS))}）",
            f"unknown ledger category {category!r} (one of {', '.join(sorted(CATEGORY_IDS))})",
            "category",
        )
    ctx = _current()
    user = _authenticated(actor)
    if user is not None:
        name = user.get_username()
    else:
        user, name = current_actor()
    if obj is not None:
        obj_type = obj_type or obj._meta.label
        obj_id = obj_id or ("" if obj.pk is None else str(obj.pk))
        using = using or obj._state.db
    verdict = verdict if verdict is not None else ctx.verdict
    full_meta: dict[str, Any] = {}
    if ctx.ip:
        full_meta["ip"] = ctx.ip
    full_meta.update(ctx.meta)
    full_meta.update(meta or {})
    fields = {
        "actor_id": None if user is None else user.pk,
        "agency_id": _agency_id(agency, obj, user),
        "actor_name": _clip(name, 200),
        "category": category,
        "action": _clip(action, 100),
        "obj_type": _clip(obj_type, 100),
        "obj_id": _clip(obj_id, 100),
        "before": chain.jsonable(before),
        "after": chain.jsonable(after),
        "verdict": chain.jsonable(verdict),
        "citations": citations_of(verdict),
        "reason": _clip(reason or ctx.reason, 10_000),
        "meta": chain.jsonable(full_meta),
    }
    return _append(fields, using or DEFAULT_DB_ALIAS)


def _agency_id(agency: Any, obj: models.Model | None, user: Any) -> int | None:
    if agency is not None:
        return int(agency.pk if isinstance(agency, models.Model) else agency)
    if obj is not None:
        if obj._meta.label == "agencies.Agency":
            return None if obj.pk is None else int(obj.pk)
        value = getattr(obj, "agency_id", None)
        if isinstance(value, int):
            return value
    value = getattr(user, "agency_id", None) if user is not None else None
    return value if isinstance(value, int) else None


def _bump(cur: Any) -> tuple[int, str] | None:
    cur.execute("UPDATE ledger_head SET seq = seq + 1 WHERE id = %s RETURNING seq, hash", [_HEAD_ID])
    row = cur.fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _append(fields: dict[str, Any], using: str) -> LedgerEntry:
    with transaction.atomic(using=using), connections[using].cursor() as cur:
        row = _bump(cur)  # the lock: held until the transaction ends
        if row is None:
            if LedgerEntry.objects.using(using).exists():
                raise LedgerBroken()
            cur.execute(
                "INSERT INTO ledger_head (id, seq, hash) VALUES (%s, 0, %s) ON CONFLICT (id) DO NOTHING",
                [_HEAD_ID, GENESIS],
            )
            row = _bump(cur)
            assert row is not None
        seq, prev = row
        entry = LedgerEntry(seq=seq, prev_hash=prev, at=timezone.now(), **fields)
        entry.hash = chain.entry_hash(prev, seq, entry.payload())
        entry.save(using=using, force_insert=True)
        cur.execute("UPDATE ledger_head SET hash = %s WHERE id = %s", [entry.hash, _HEAD_ID])
    return entry


# --- reading ---------------------------------------------------------------------------------------


def head(using: str = DEFAULT_DB_ALIAS) -> Head | None:
    """The head row (number and hash of the last entry), or None before the first entry."""
    row = LedgerHead.objects.using(using).filter(pk=_HEAD_ID).values_list("seq", "hash").first()
    return None if row is None else Head(int(row[0]), str(row[1]))


def head_hash(using: str = DEFAULT_DB_ALIAS) -> str:
    """The hash of the last entry (``GENESIS`` when the ledger is empty)."""
    h = head(using)
    return GENESIS if h is None else h.hash


def verify(using: str = DEFAULT_DB_ALIAS) -> VerifyReport:
    """Walk the whole chain and compare its end with the head row; name the first bad entry."""
    with transaction.atomic(using=using):  # one consistent view of entries and head
        recorded = head(using)
        entries = list(LedgerEntry.objects.using(using).order_by("seq", "pk").iterator(chunk_size=2000))
    if recorded is None and entries:
        report = chain.verify(entries)
        if not report.ok:
            return report
        return VerifyReport(
            False,
            report.count,
            None,
            "台账头记录缺失（被删除），无法确认末尾条目是否完整",
            "the ledger's head row is missing (deleted): the end of the chain cannot be confirmed",
            None,
            report.head_hash,
        )
    return chain.verify(entries, head=recorded)


def verify_and_record(via: str) -> VerifyReport:
    """``verify``, then an audit-log entry saying who verified and what it found (the audit
    administrator's verifications are part of the audit log). With the head row missing nothing can be
    appended; the report says why."""
    report = verify()
    with suppress(LedgerBroken):
        record(
            "ledger.verify",
            category="audit",
            meta={
                "ok": report.ok,
                "count": report.count,
                "first_bad": report.first_bad,
                "problem": report.kind.value if report.kind else None,
                "via": via,
            },
        )
    return report


def entries_for(obj: models.Model) -> models.QuerySet[LedgerEntry]:
    """The entries about one object, oldest first."""
    return LedgerEntry.objects.filter(obj_type=obj._meta.label, obj_id=str(obj.pk)).order_by("seq")


def visible_categories(user: Any, on: dt.date | None = None) -> set[str]:
    """The log categories ``user`` may read (三员分立), from the permission table
    (``zhidu.access.policy``: ``ledger_entry.read_<category>``): a system administrator the system log; a
    security administrator the security log; an audit administrator the business and audit logs; anyone
    else none. No account reads every log, a Django superuser included: none of the three can reach the
    others' logs. Which agency's entries, ``zhidu.access.scoped`` says."""
    if _authenticated(user) is None or not getattr(user, "is_active", False):
        return set()
    from zhidu.access.policy import visible_ledger_categories

    return set(visible_ledger_categories(user, on=on))
