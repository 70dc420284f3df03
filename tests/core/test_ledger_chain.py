"""The ledger's hash chain (zhidu.core.ledger): SM3, canonical form, and verify naming the first bad
entry for each way of tampering (edited, deleted, inserted, reordered), without a database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhidu.core import ledger
from zhidu.core.ledger import GENESIS, Entry, Head, Problem, canonical, chain, entry_hash, verify


def payloads(n: int) -> list[dict[str, Any]]:
    return [
        {"action": "update", "obj_type": "workcalendar.CalendarOverride", "obj_id": str(i), "after": {"n": i}}
        for i in range(n)
    ]


def edit(e: Entry, **body: Any) -> Entry:
    return dataclasses.replace(e, body={**e.body, **body})


def renumber(e: Entry, seq: int) -> Entry:
    return dataclasses.replace(e, seq=seq)


# --- SM3 and the canonical form -------------------------------------------------------------------


def test_sm3_is_the_standard_algorithm() -> None:
    """GB/T 32905-2016 appendix A: SM3("abc") and SM3 of "abcd" repeated 16 times."""
    ledger.require_sm3()
    assert ledger.sm3_hex(b"abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    assert ledger.sm3_hex(b"abcd" * 16) == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"


def test_without_sm3_the_ledger_refuses_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    real_new = hashlib.new

    def no_sm3(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.lower() == "sm3":
            raise ValueError("unsupported hash type sm3")
        return real_new(name, *args, **kwargs)

    monkeypatch.setattr(hashlib, "new", no_sm3)
    with pytest.raises(ledger.LedgerUnavailable, match="SM3"):
        entry_hash(GENESIS, 1, {"a": 1})
    with pytest.raises(ledger.LedgerUnavailable, match="SM3"):
        ledger.require_sm3()


def test_canonical_form_is_stable_sorted_and_keeps_chinese() -> None:
    a = canonical({"b": 1, "a": [1, "通知"], "c": {"z": None, "y": True}})
    b = canonical({"c": {"y": True, "z": None}, "a": [1, "通知"], "b": 1})
    assert a == b == '{"a":[1,"通知"],"b":1,"c":{"y":true,"z":null}}'


def test_canonical_form_writes_dates_and_decimals_as_text() -> None:
    text = canonical(
        {
            "on": dt.date(2026, 3, 2),
            "at": dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
            "amount": Decimal("1200.50"),
            "big": 1e20,
            "zero": -0.0,
            "tags": {"b", "a"},
            "nul": "a\x00b",
            3: "int key",
        }
    )
    assert text == (
        '{"3":"int key","amount":"1200.50","at":"2026-03-02T09:30:00+00:00","big":"1e+20",'
        '"nul":"a\ufffdb","on":"2026-03-02","tags":["a","b"],"zero":0.0}'
    )


def test_entry_hash_depends_on_every_part() -> None:
    base = entry_hash(GENESIS, 1, {"a": 1})
    assert len(base) == 64 and int(base, 16) >= 0
    assert base == entry_hash(GENESIS, 1, {"a": 1})
    assert base != entry_hash("1" * 64, 1, {"a": 1})
    assert base != entry_hash(GENESIS, 2, {"a": 1})
    assert base != entry_hash(GENESIS, 1, {"a": 2})
    assert base != entry_hash(GENESIS, 1, {"a": "1"})


# --- verify: a good chain ---------------------------------------------------------------------------


def test_an_empty_chain_is_ok() -> None:
    report = verify([])
    assert report.ok and report.count == 0 and report.first_bad is None and report.head_hash == GENESIS
    assert verify([], head=Head(0, GENESIS)).ok


def test_a_good_chain_is_ok_in_any_input_order() -> None:
    entries = chain(payloads(5))
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    report = verify(reversed(entries), head=Head(5, entries[-1].hash))
    assert report.ok and report.count == 5 and report.head_hash == entries[-1].hash
    assert "5" in report.line()


# --- verify: each way of tampering -----------------------------------------------------------------


def test_an_edited_entry_is_named() -> None:
    entries = chain(payloads(6))
    entries[2] = edit(entries[2], obj_id="999")
    report = verify(entries)
    assert not report.ok and report.first_bad == 3 and report.kind is Problem.EDITED
    assert "被改动" in report.problem_zh and "altered" in report.problem_en
    assert report.count == 6


def test_an_edited_and_rehashed_entry_is_named_not_its_successor() -> None:
    entries = chain(payloads(6))
    forged = edit(entries[2], obj_id="999")
    entries[2] = dataclasses.replace(forged, hash=entry_hash(forged.prev_hash, 3, forged.body))
    report = verify(entries)
    assert report.first_bad == 3 and report.kind is Problem.EDITED and "re-hashed" in report.problem_en


def test_an_edited_prev_hash_is_named() -> None:
    entries = chain(payloads(4))
    entries[1] = dataclasses.replace(entries[1], prev_hash="f" * 64)
    report = verify(entries)
    assert report.first_bad == 2 and report.kind is Problem.EDITED


def test_a_deleted_entry_is_named_by_its_number() -> None:
    entries = chain(payloads(6))
    del entries[3]  # seq 4
    report = verify(entries)
    assert not report.ok and report.first_bad == 4 and report.kind is Problem.DELETED
    assert "缺失" in report.problem_zh and "missing" in report.problem_en


def test_the_first_entry_deleted() -> None:
    entries = chain(payloads(3))[1:]
    report = verify(entries)
    assert report.first_bad == 1 and report.kind is Problem.DELETED


def test_several_deleted_entries_name_the_first() -> None:
    entries = chain(payloads(8))
    del entries[2:5]  # seq 3, 4, 5
    report = verify(entries)
    assert report.first_bad == 3 and "3–5" in report.problem_en


def test_deleted_and_renumbered_is_still_caught() -> None:
    entries = chain(payloads(6))
    del entries[2]  # seq 3 gone, the rest renumbered to close the gap
    entries = [*entries[:2], *(renumber(e, e.seq - 1) for e in entries[2:])]
    report = verify(entries)
    assert report.first_bad == 3 and not report.ok


def test_deleted_from_the_end_shows_against_the_head() -> None:
    entries = chain(payloads(5))
    head = Head(5, entries[-1].hash)
    assert verify(entries[:3]).ok  # without the head, a shorter chain looks whole
    report = verify(entries[:3], head=head)
    assert report.first_bad == 4 and report.kind is Problem.DELETED
    report = verify([], head=head)
    assert report.first_bad == 1 and report.kind is Problem.DELETED


def test_an_inserted_duplicate_number_is_named() -> None:
    entries = chain(payloads(5))
    forged = Entry(3, entries[1].hash, "", {"action": "forged"})
    forged = dataclasses.replace(forged, hash=entry_hash(forged.prev_hash, 3, forged.body))
    report = verify([*entries, forged])
    assert not report.ok and report.first_bad == 3 and report.kind is Problem.INSERTED


def test_an_inserted_entry_with_renumbering_is_named() -> None:
    """A forger who chains a new entry properly and renumbers the rest: the next genuine entry still
    points at the entry before the forgery, which names the forgery."""
    entries = chain(payloads(5))
    forged = chain([{"action": "forged"}], start_seq=3, prev_hash=entries[1].hash)[0]
    tampered = [*entries[:2], forged, *(renumber(e, e.seq + 1) for e in entries[2:])]
    report = verify(tampered)
    assert report.first_bad == 3 and report.kind is Problem.INSERTED and "inserted" in report.problem_en


def test_an_entry_appended_around_the_ledger_shows_against_the_head() -> None:
    entries = chain(payloads(4))
    extra = chain([{"action": "forged"}], start_seq=5, prev_hash=entries[-1].hash)
    assert verify(entries + extra).ok  # a perfectly chained forgery at the end ...
    report = verify(entries + extra, head=Head(4, entries[-1].hash))  # ... is beyond the head
    assert report.first_bad == 5 and report.kind is Problem.INSERTED


def test_an_appended_entry_with_a_bad_hash_is_named() -> None:
    entries = chain(payloads(4))
    report = verify([*entries, Entry(5, entries[-1].hash, "0" * 64, {"action": "forged"})])
    assert report.first_bad == 5 and report.kind is Problem.EDITED


def test_two_swapped_entries_are_named_as_reordered() -> None:
    entries = chain(payloads(6))
    a, b = entries[2], entries[3]  # seq 3 and 4
    entries[2], entries[3] = renumber(b, 3), renumber(a, 4)
    report = verify(entries)
    assert not report.ok and report.first_bad == 3 and report.kind is Problem.REORDERED
    assert "顺序" in report.problem_zh and "reordered" in report.problem_en


def test_the_head_hash_must_match_the_last_entry() -> None:
    entries = chain(payloads(3))
    report = verify(entries, head=Head(3, "e" * 64))
    assert report.first_bad == 3 and report.kind is Problem.EDITED


# --- properties ------------------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_payloads = st.lists(
    st.dictionaries(st.sampled_from(["action", "before", "after", "reason"]), _json), min_size=2, max_size=12
)


@settings(max_examples=60, deadline=None)
@given(_payloads)
def test_any_chain_verifies(ps: list[dict[str, Any]]) -> None:
    entries = chain(ps)
    assert verify(entries, head=Head(len(entries), entries[-1].hash)).ok


@settings(max_examples=60, deadline=None)
@given(_payloads, st.data())
def test_any_edit_is_caught_at_that_entry(ps: list[dict[str, Any]], data: st.DataObject) -> None:
    entries = chain(ps)
    i = data.draw(st.integers(0, len(entries) - 1))
    changed = {**entries[i].body, "tampered": data.draw(_json)}
    entries[i] = dataclasses.replace(entries[i], body=changed)
    report = verify(entries, head=Head(len(entries), entries[-1].hash))
    assert not report.ok and report.first_bad == i + 1 and report.kind is Problem.EDITED


@settings(max_examples=60, deadline=None)
@given(_payloads, st.data())
def test_any_deletion_is_caught_at_that_number(ps: list[dict[str, Any]], data: st.DataObject) -> None:
    entries = chain(ps)
    head = Head(len(entries), entries[-1].hash)
    i = data.draw(st.integers(0, len(entries) - 1))
    del entries[i]
    report = verify(entries, head=head)
    assert not report.ok and report.first_bad == i + 1 and report.kind is Problem.DELETED


@settings(max_examples=60, deadline=None)
@given(_payloads, st.data())
def test_any_swap_is_caught_at_the_earlier_number(ps: list[dict[str, Any]], data: st.DataObject) -> None:
    entries = chain(ps)
    i = data.draw(st.integers(0, len(entries) - 2))
    j = data.draw(st.integers(i + 1, len(entries) - 1))
    a, b = entries[i], entries[j]
    entries[i], entries[j] = renumber(b, a.seq), renumber(a, b.seq)
    report = verify(entries, head=Head(len(entries), entries[-1].hash))
    assert not report.ok and report.first_bad == i + 1
