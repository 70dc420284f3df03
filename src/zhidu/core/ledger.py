"""The ledger's hash chain (留痕台账): canonical serialisation, SM3 entry hashes and verification.

Pure: no Django. Each entry ``n`` stores ``prev_hash`` (the hash of entry ``n - 1``, or ``GENESIS`` for
the first) and ``hash = SM3(canonical({"prev": prev_hash, "seq": n, "payload": payload}))``, where the
payload is everything else the entry says (time, actor, object, before/after, verdict, reason, meta).
Changing any stored field, removing, inserting or reordering entries breaks the chain somewhere, and
``verify`` names the first entry where it breaks and what kind of tampering that looks like.

The hash is SM3 (GB/T 32905-2016, 国密) from OpenSSL through ``hashlib.new("sm3")``. There is no
fallback: without SM3 the ledger refuses to work (``LedgerUnavailable``) rather than silently chaining
with another algorithm.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

GENESIS = "0" * 64
"""The ``prev_hash`` of the first entry."""

HASH_NAME = "sm3"


class LedgerUnavailable(RuntimeError):
    """This Python's OpenSSL has no SM3; the ledger cannot chain entries."""


def _sm3() -> Any:
    try:
        return hashlib.new(HASH_NAME)
    except ValueError as exc:  # "unsupported hash type sm3"
        import ssl

        raise LedgerUnavailable(
            f"此 Python 的 OpenSSL（{ssl.OPENSSL_VERSION}）不提供 SM3 杂凑算法，留痕台账无法工作；"
            "请使用带 SM3 的 OpenSSL（1.1.1 及以上，未禁用 SM3）构建的 Python。"
            f" / This Python's OpenSSL ({ssl.OPENSSL_VERSION}) does not provide the SM3 hash, so the ledger "
            "cannot work; use a Python built against an OpenSSL with SM3 (1.1.1 or later, SM3 not disabled)."
        ) from exc


def require_sm3() -> None:
    """Fail loudly (``LedgerUnavailable``) unless SM3 is available and gives the standard test vector."""
    h = _sm3()
    h.update(b"abc")
    if h.hexdigest() != "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0":  # GB/T 32905 A.1
        raise LedgerUnavailable("SM3 给出的结果与标准测试向量不符 / SM3 does not give the standard test vector")


def sm3_hex(data: bytes) -> str:
    h = _sm3()
    h.update(data)
    return str(h.hexdigest())


# --- canonical form ------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data that survives a round trip through SQLite JSON and PostgreSQL jsonb
    unchanged: dates and times as ISO strings, decimals and UUIDs as strings, sets and tuples as lists
    (sets sorted), mapping keys as strings, floats that jsonb would rewrite (``1e+20``, ``-0.0``, NaN)
    as strings or ``0.0``, NUL characters (which PostgreSQL refuses) as U+FFFD."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, float):
        if value == 0:
            return 0.0
        text = repr(value)
        if not math.isfinite(value) or "e" in text:
            return text
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value.total_seconds())
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, Mapping):
        return {jsonable(str(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=canonical)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return jsonable(str(value))


def canonical(value: Any) -> str:
    """Stable JSON text: sorted keys, no spaces, UTF-8 characters kept as they are."""
    return json.dumps(jsonable(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def entry_hash(prev_hash: str, seq: int, payload: Mapping[str, Any]) -> str:
    """SM3 (hex) of the canonical form of the entry: its predecessor's hash, its number and its payload."""
    text = canonical({"payload": payload, "prev": prev_hash, "seq": seq})
    return sm3_hex(text.encode("utf-8"))


# --- entries -------------------------------------------------------------------------------------


class EntryLike(Protocol):
    """What ``verify`` needs of an entry (the Django model and ``Entry`` both fit)."""

    @property
    def seq(self) -> int: ...

    @property
    def prev_hash(self) -> str: ...

    @property
    def hash(self) -> str: ...

    def payload(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class Entry:
    """A plain chained entry (tests, exports)."""

    seq: int
    prev_hash: str
    hash: str
    body: Mapping[str, Any]

    def payload(self) -> Mapping[str, Any]:
        return self.body


def chain(payloads: Iterable[Mapping[str, Any]], *, start_seq: int = 1, prev_hash: str = GENESIS) -> list[Entry]:
    """Entries chaining ``payloads`` in order (each payload normalised by ``jsonable``)."""
    out: list[Entry] = []
    for i, p in enumerate(payloads):
        body = jsonable(p)
        h = entry_hash(prev_hash, start_seq + i, body)
        out.append(Entry(start_seq + i, prev_hash, h, body))
        prev_hash = h
    return out


@dataclass(frozen=True)
class Head:
    """The last entry as separately recorded (the ledger's head row, a backup's head hash)."""

    seq: int
    hash: str


# --- verification --------------------------------------------------------------------------------


class Problem(enum.StrEnum):
    EDITED = "edited"
    DELETED = "deleted"
    INSERTED = "inserted"
    REORDERED = "reordered"


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    count: int
    first_bad: int | None = None  # seq of the first bad entry (for a deletion: the first missing seq)
    problem_zh: str = ""
    problem_en: str = ""
    kind: Problem | None = None
    head_hash: str = GENESIS  # hash of the last entry walked (GENESIS when there is none)

    def line(self) -> str:
        if self.ok:
            return f"留痕台账完好：{self.count} 条 / ledger OK: {self.count} entries (head {self.head_hash[:16]}…)"
        return (
            f"留痕台账第 {self.first_bad} 条有问题：{self.problem_zh}\n"
            f"Ledger entry {self.first_bad} is bad: {self.problem_en}"
        )


def _bad(total: int, seq: int, kind: Problem, zh: str, en: str, head: str) -> VerifyReport:
    return VerifyReport(False, total, seq, zh, en, kind, head)


def verify(entries: Iterable[EntryLike], *, head: Head | None = None) -> VerifyReport:
    """Walk the entries in ``seq`` order and report the first one where the chain breaks.

    - edited: an entry's stored hash is not the hash of what it now says (or it was altered and re-hashed,
      which its successor, still chained to the old hash, shows);
    - deleted: a number is missing (the report names the first missing number), or the head records more
      entries than there are;
    - inserted: a duplicate number, an entry its successor skips over (the successor is chained to the
      entry before it), or entries beyond the recorded head;
    - reordered: an entry chained to an entry that comes after it.

    ``head`` is the separately kept record of the last entry; without it, entries removed from the end
    (or appended by hand with correct hashes) cannot be told from a shorter chain.
    """
    items = sorted(entries, key=lambda e: e.seq)
    by_hash: dict[str, int] = {}
    for e in items:
        by_hash.setdefault(e.hash, e.seq)
    expected_seq = 1
    prev_hash = GENESIS
    prev: EntryLike | None = None
    total = len(items)
    for e in items:
        seq = e.seq
        if prev is not None and seq == prev.seq:
            return _bad(
                total,
                seq,
                Problem.INSERTED,
                f"编号 {seq} 出现两次（有条目被插入）",
                f"sequence number {seq} occurs twice (an entry was inserted)",
                prev_hash,
            )
        if seq != expected_seq:
            missing = f"{expected_seq}" if seq == expected_seq + 1 else f"{expected_seq}–{seq - 1}"
            return _bad(
                total,
                expected_seq,
                Problem.DELETED,
                f"第 {missing} 条缺失（被删除），链在第 {seq} 条处断开",
                f"entry {missing} is missing (deleted); the chain breaks at entry {seq}",
                prev_hash,
            )
        own_ok = entry_hash(e.prev_hash, seq, e.payload()) == e.hash
        if e.prev_hash != prev_hash:
            linked = by_hash.get(e.prev_hash)
            if linked is not None and linked > seq:
                return _bad(
                    total,
                    seq,
                    Problem.REORDERED,
                    f"第 {seq} 条原本排在第 {linked} 条之后（条目顺序被调换）",
                    f"entry {seq} was chained after entry {linked} (entries were reordered)",
                    prev_hash,
                )
            if linked is not None and prev is not None and linked < prev.seq:
                first = linked + 1
                return _bad(
                    total,
                    first,
                    Problem.INSERTED,
                    f"第 {first}–{seq - 1} 条是插入的：第 {seq} 条链接的是第 {linked} 条",
                    f"entries {first}–{seq - 1} were inserted: entry {seq} is chained to entry {linked}",
                    prev_hash,
                )
            if own_ok and prev is not None:
                return _bad(
                    total,
                    prev.seq,
                    Problem.EDITED,
                    f"第 {prev.seq} 条被改动并重新计算了杂凑值（第 {seq} 条链接的是原来的第 {prev.seq} 条）",
                    f"entry {prev.seq} was altered and re-hashed (entry {seq} is chained to the original)",
                    prev_hash,
                )
            return _bad(
                total,
                seq,
                Problem.EDITED,
                f"第 {seq} 条的前序杂凑值与第 {seq - 1} 条不符（被改动）",
                f"entry {seq}'s previous hash does not match entry {seq - 1} (altered)",
                prev_hash,
            )
        if not own_ok:
            return _bad(
                total,
                seq,
                Problem.EDITED,
                f"第 {seq} 条的内容与其杂凑值不符（被改动）",
                f"entry {seq}'s content does not match its hash (altered)",
                prev_hash,
            )
        prev = e
        prev_hash = e.hash
        expected_seq = seq + 1
    last_seq = expected_seq - 1
    if head is not None and (head.seq, head.hash) != (last_seq, prev_hash):
        if head.seq > last_seq:
            first = last_seq + 1
            return _bad(
                total,
                first,
                Problem.DELETED,
                f"台账头记录有 {head.seq} 条，现只有 {last_seq} 条：第 {first} 条起被删除",
                f"the head records {head.seq} entries but {last_seq} remain: entries from {first} on were deleted",
                prev_hash,
            )
        if head.seq < last_seq:
            first = head.seq + 1
            return _bad(
                total,
                first,
                Problem.INSERTED,
                f"台账头记录只有 {head.seq} 条：第 {first} 条起是绕过台账添加的",
                f"the head records {head.seq} entries: entries from {first} on were added around the ledger",
                prev_hash,
            )
        return _bad(
            total,
            last_seq,
            Problem.EDITED,
            f"第 {last_seq} 条的杂凑值与台账头记录不符（被改动）",
            f"entry {last_seq}'s hash does not match the recorded head (altered)",
            prev_hash,
        )
    return VerifyReport(True, total, head_hash=prev_hash)
