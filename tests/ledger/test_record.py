"""record(): entries chained with SM3 in the caller's transaction, the actor and context, citations
taken from the verdict; the head row; verify on a good ledger."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from django.db import transaction

from zhidu.core.errors import BadInput
from zhidu.core.ledger import GENESIS, entry_hash
from zhidu.core.rules.engine import default_engine
from zhidu.ledger import service
from zhidu.ledger.models import LedgerEntry

from .conftest import last_seq

pytestmark = pytest.mark.django_db


def test_entries_are_numbered_and_chained(some_entries: list[LedgerEntry]) -> None:
    first = some_entries[0]
    before = LedgerEntry.objects.get(seq=first.seq - 1).hash if first.seq > 1 else GENESIS
    assert first.prev_hash == before
    for a, b in itertools.pairwise(some_entries):
        assert b.seq == a.seq + 1 and b.prev_hash == a.hash and b.at >= a.at
    for e in some_entries:
        stored = LedgerEntry.objects.get(seq=e.seq)  # as read back from the database
        assert stored.hash == e.hash == entry_hash(stored.prev_hash, stored.seq, stored.payload())
        assert len(stored.hash) == 64
    assert service.head_hash() == some_entries[-1].hash
    assert service.head() is not None and service.head().seq == some_entries[-1].seq  # type: ignore[union-attr]
    report = service.verify()
    assert report.ok and report.count == some_entries[-1].seq and report.first_bad is None
    assert report.head_hash == some_entries[-1].hash


def test_an_entry_says_who_what_why(django_user_model: Any) -> None:
    with service.context(capture=False):
        clerk = django_user_model.objects.create_user(username="clerk", password="x-Long-enough-42")
    e = service.record(
        "leave.approve",
        actor=clerk,
        obj_type="leave.Leave",
        obj_id="17",
        before={"state": "submitted", "on": dt.date(2026, 3, 2)},
        after={"state": "approved", "days": 1.5},
        reason="符合规定",
        meta={"ip": "10.0.0.8"},
    )
    e = LedgerEntry.objects.get(pk=e.pk)
    assert (e.actor_id, e.actor_name, e.category, e.action) == (clerk.pk, "clerk", "business", "leave.approve")
    assert (e.obj_type, e.obj_id, e.reason) == ("leave.Leave", "17", "符合规定")
    assert e.before == {"state": "submitted", "on": "2026-03-02"}  # dates as ISO text
    assert e.after == {"state": "approved", "days": 1.5}
    assert e.meta == {"ip": "10.0.0.8"}
    assert abs((e.at - dt.datetime.now(dt.UTC)).total_seconds()) < 60  # server time


def test_the_context_supplies_actor_ip_verdict_and_reason(django_user_model: Any) -> None:
    with service.context(capture=False):
        chief = django_user_model.objects.create_user(username="chief", password="x-Long-enough-42")
    verdict = (
        default_engine()
        .evaluate(
            "meeting.convene",
            "tongyu-hrss",
            dt.date(2026, 3, 2),
            {"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]},
        )
        .as_dict()
    )
    with service.context(actor=chief, ip="192.0.2.1"), service.context(verdict=verdict, reason="会议不足法定人数"):
        e = service.record("meeting.refuse")
    assert (e.actor_id, e.actor_name) == (chief.pk, "chief")
    assert e.meta["ip"] == "192.0.2.1" and e.reason == "会议不足法定人数"
    assert e.verdict["outcome"] == "blocked"
    cited = [c["id"] for f in verdict["findings"] for c in f["citations"]]
    assert cited and e.citations == list(dict.fromkeys(cited))
    assert all(c.startswith("tongyu-hrss:") for c in e.citations)
    # outside the blocks: no actor, no verdict
    e2 = service.record("x.y")
    assert e2.actor_id is None and e2.actor_name == "system" and e2.verdict is None and e2.citations == []


def test_the_cli_actor_name() -> None:
    with service.context(actor_name=service.cli_actor_name()):
        e = service.record("x.cli")
    assert e.actor_id is None and e.actor_name.startswith("cli:") and len(e.actor_name) > 4


def test_obj_gives_type_id_and_agency() -> None:
    from zhidu.agencies.models import Agency

    agency = Agency.objects.get(slug="wenshan-hrss")
    e = service.record("agency.touch", obj=agency)
    assert (e.obj_type, e.obj_id, e.agency_id) == ("agencies.Agency", str(agency.pk), agency.pk)


def test_an_unknown_category_is_refused_in_both_languages() -> None:
    n = last_seq()
    with pytest.raises(BadInput) as exc:
        service.record("x", category="gossip")
    assert "类别" in exc.value.message_zh and "category" in exc.value.message_en
    assert last_seq() == n


def test_the_entry_commits_or_rolls_back_with_the_change() -> None:
    n = last_seq()
    with pytest.raises(RuntimeError), transaction.atomic():
        service.record("x.rolled_back")
        assert last_seq() == n + 1
        raise RuntimeError("the change fails")
    assert last_seq() == n and not LedgerEntry.objects.filter(action="x.rolled_back").exists()
    assert service.verify().ok
    e = service.record("x.kept")
    assert e.seq == n + 1  # the number was not used up by the rolled-back entry


def test_verify_with_the_head_row_missing() -> None:
    from .conftest import around_the_application, sql

    service.record("x.one")
    with around_the_application():
        sql("DELETE FROM ledger_head")
    report = service.verify()
    assert not report.ok and "head" in report.problem_en and "头" in report.problem_zh
    with pytest.raises(service.LedgerBroken):  # no head but entries: appending would fork the chain
        service.record("x.two")
