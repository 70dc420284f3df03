"""/checks and /checks/{id}/evaluate: the same verdicts as the engine, bad facts 422, unknown ids 404."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from tests.api.helpers import error_of

pytestmark = pytest.mark.django_db

QUORUM = {"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]}


def post(client: Client, check: str, body: Any) -> Any:
    return client.post(f"/api/v1/checks/{check}/evaluate", data=json.dumps(body), content_type="application/json")


def test_list_and_one(api: Client) -> None:
    checks = api.get("/api/v1/checks").json()
    ids = [c["id"] for c in checks]
    assert ids == sorted(ids) and "meeting.convene" in ids
    c = api.get("/api/v1/checks/meeting.convene").json()
    assert c["facts_schema"]["required"] == ["body", "members", "present"]
    assert "tongyu-hrss:2" in c["systems"] and "tongyu-hrss" in c["agencies"]


def test_blocked_verdict_cites_the_clause(api: Client) -> None:
    r = post(api, "meeting.convene", {"agency": "tongyu-hrss", "on": "2026-03-02", "facts": QUORUM})
    assert r.status_code == 200, r.content
    v = r.json()
    assert v["outcome"] == "blocked" and v["check"] == "meeting.convene" and v["on"] == "2026-03-02"
    (finding,) = v["findings"]
    assert finding["trace"] == ["到会 4 人 < 应到 7 人 × 2/3 = 4.67"]
    cites = {c["id"]: c for c in finding["citations"]}
    assert "三分之二以上党组成员到会" in cites["tongyu-hrss:2:3.5"]["text"]
    assert cites["tongyu-hrss:2:3.5"]["display"] == "《党组会议制度》第三条第（五）项"


def test_the_same_check_answers_per_agency(api: Client) -> None:
    facts = {"body": "party_group", "members": 8, "present": 4}
    tongyu = post(api, "meeting.convene", {"agency": "tongyu-hrss", "on": "2026-03-02", "facts": facts}).json()
    baicheng = post(api, "meeting.convene", {"agency": "baicheng-fupin", "on": "2026-03-02", "facts": facts}).json()
    assert tongyu["outcome"] == "allowed"  # 半数以上: exactly half suffices
    assert baicheng["outcome"] == "blocked"  # 过半数: more than half


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({**QUORUM, "present": "four"}, "present"),
        ({"body": "party_group", "members": 7}, "present"),
        ({**QUORUM, "body": "book_club"}, "body"),
        ({**QUORUM, "extra": 1}, "facts"),
    ],
)
def test_bad_facts_are_422_naming_the_field(api: Client, facts: Any, field: str) -> None:
    r = post(api, "meeting.convene", {"agency": "tongyu-hrss", "on": "2026-03-02", "facts": facts})
    assert r.status_code == 422
    err = error_of(r)
    assert err["field"] == field and field in err["message_en"]
    assert "outcome" not in r.json()


@pytest.mark.parametrize(
    ("check", "body", "status", "field"),
    [
        ("no.such.check", {"agency": "tongyu-hrss", "facts": QUORUM}, 404, "check"),
        ("meeting.convene", {"agency": "nowhere", "facts": QUORUM}, 404, "agency"),
        ("meeting.convene", {"agency": "yuanshi-hrss", "facts": QUORUM}, 404, "agency"),
        ("meeting.convene", {"agency": "../../etc", "facts": QUORUM}, 404, "agency"),
        ("meeting.convene", {"agency": "tongyu-hrss", "on": "2026-02-30", "facts": QUORUM}, 422, "on"),
        ("meeting.convene", {"agency": "tongyu-hrss", "on": "9999-12-31", "facts": QUORUM}, 422, "on"),
    ],
)
def test_unknown_ids_and_bad_dates(api: Client, check: str, body: Any, status: int, field: str) -> None:
    r = post(api, check, body)
    assert r.status_code == status, r.content
    assert error_of(r)["field"] == field


@pytest.mark.parametrize("raw", ["", "[]", "null", '{"agency": "tongyu-hrss", "facts": []}', "{not json"])
def test_malformed_bodies_are_422(api: Client, raw: str) -> None:
    r = api.post("/api/v1/checks/meeting.convene/evaluate", data=raw, content_type="application/json")
    assert r.status_code in (400, 422), r.content
    error_of(r)


def test_needs_sign_in(anon: Client) -> None:
    r = post(anon, "meeting.convene", {"agency": "tongyu-hrss", "facts": QUORUM})
    assert r.status_code == 401
