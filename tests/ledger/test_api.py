"""GET /api/v1/ledger/entries and /verify: each administrator reads only their own log (三员分立),
others nothing; paging; verification is the audit administrator's and is itself recorded."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from zhidu.ledger import service
from zhidu.ledger.models import LedgerEntry

from .conftest import around_the_application, sql

pytestmark = pytest.mark.django_db
URL = "/api/v1/ledger"


@pytest.fixture
def logs(db: Any) -> dict[str, LedgerEntry]:
    return {
        c: service.record(f"test.{c}", category=c, obj_type="test.Thing", obj_id=c)
        for c in ("business", "security", "system", "audit")
    }


def client_for(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def error_of(r: Any) -> dict[str, Any]:
    err = r.json()["error"]
    assert err["message_zh"] and err["message_en"]
    return err


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("audit_admin", {"business", "audit"}),
        ("security_admin", {"security"}),
        ("system_admin", {"system"}),
    ],
)
def test_each_administrator_reads_only_their_log(logs: Any, make_admin: Any, role: str, sees: set[str]) -> None:
    c = client_for(make_admin(f"u-{role}", role))
    r = c.get(f"{URL}/entries?limit=200")
    assert r.status_code == 200, r.content
    body = r.json()
    assert set(body["categories"]) == sees
    got = {e["category"] for e in body["entries"]}
    assert got <= sees and {logs[s].seq for s in sees} <= {e["seq"] for e in body["entries"]}
    for other in {"business", "security", "system", "audit"} - sees:
        r = c.get(f"{URL}/entries?category={other}")
        assert r.status_code == 403 and error_of(r)


def test_others_read_nothing(logs: Any, make_admin: Any) -> None:
    c = client_for(make_admin("plain", None))
    r = c.get(f"{URL}/entries")
    assert r.status_code == 403 and "台账" in error_of(r)["message_zh"]
    assert c.get(f"{URL}/verify").status_code == 403
    assert Client().get(f"{URL}/entries").status_code in (401, 302)


def test_filters_and_paging(logs: Any, make_admin: Any) -> None:
    c = client_for(make_admin("auditor2", "audit_admin"))
    more = [service.record("test.more", obj_type="test.Thing", obj_id=f"m{i}") for i in range(3)]
    r = c.get(f"{URL}/entries", {"obj_type": "test.Thing", "obj_id": "business"})
    assert [e["seq"] for e in r.json()["entries"]] == [logs["business"].seq]
    e = r.json()["entries"][0]
    assert e["hash"] == logs["business"].hash and e["prev_hash"] == logs["business"].prev_hash
    assert e["category"] == "business" and e["action"] == "test.business"
    first = c.get(f"{URL}/entries", {"obj_type": "test.Thing", "limit": 3}).json()
    assert [x["seq"] for x in first["entries"]] == [m.seq for m in reversed(more)]
    assert first["next_before_seq"] == more[0].seq
    rest = c.get(f"{URL}/entries", {"obj_type": "test.Thing", "limit": 3, "before_seq": first["next_before_seq"]})
    assert [x["seq"] for x in rest.json()["entries"]] == [logs["audit"].seq, logs["business"].seq]
    assert rest.json()["next_before_seq"] is None
    for bad in ({"limit": 0}, {"limit": 10**6}, {"before_seq": "x"}, {"category": "gossip"}):
        r = c.get(f"{URL}/entries", bad)
        assert r.status_code == 422 and error_of(r)
    assert c.get(f"{URL}/entries", {"category": ""}).status_code == 200  # empty means any


def test_verify_endpoint(logs: Any, make_admin: Any) -> None:
    c = client_for(make_admin("auditor", "audit_admin"))
    r = c.get(f"{URL}/verify")
    assert r.status_code == 200 and r.json()["ok"] is True and r.json()["first_bad"] is None
    audit = LedgerEntry.objects.order_by("-seq").first()
    assert audit is not None and audit.action == "ledger.verify" and audit.actor_name == "auditor"
    assert audit.category == "audit" and audit.meta["ok"] is True
    with around_the_application():
        sql("DELETE FROM ledger_entry WHERE seq = %s", [logs["security"].seq])
    body = c.get(f"{URL}/verify").json()
    assert body["ok"] is False and body["first_bad"] == logs["security"].seq and body["problem"] == "deleted"
    assert "缺失" in body["problem_zh"] and "missing" in body["problem_en"]
    assert client_for(make_admin("sysadmin", "system_admin")).get(f"{URL}/verify").status_code == 403
