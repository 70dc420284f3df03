"""/clauses/{cite}: the clause, its display form, its verbatim text and the segments under it."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.api.helpers import error_of

pytestmark = pytest.mark.django_db


def test_article_with_its_items(api: Client) -> None:
    r = api.get("/api/v1/clauses/tongyu-hrss:2:4")
    assert r.status_code == 200
    c = r.json()
    assert c["cite"] == "tongyu-hrss:2:4"
    assert c["display"] == "《党组会议制度》第四条"
    assert c["label"] == "第四条" and c["path"] == "4" and c["depth"] == 1
    assert "会议内容" in c["text"]
    assert c["text"].startswith("第四条 会议内容。")
    assert c["system"]["cite"] == "tongyu-hrss:2" and c["system"]["title"] == "党组会议制度"
    assert c["agency_name"] == "通榆县人力资源和社会保障局"
    segments = c["segments"]
    assert [s["cite"] for s in segments] == [f"tongyu-hrss:2:4.{i}" for i in range(1, 13)]
    assert segments[4]["label"] == "第四条第（五）项"
    assert segments[4]["text"].startswith("（五）重要人事任免等事项")
    assert c["full_text"] == c["text"] + "".join(s["text"] for s in segments)
    assert "（十二）其他应当由局党组讨论和决定的重大问题。" in c["full_text"]


def test_item(api: Client) -> None:
    c = api.get("/api/v1/clauses/tongyu-hrss:2:3.5").json()
    assert c["display"] == "《党组会议制度》第三条第（五）项"
    assert "三分之二以上党组成员到会" in c["text"]
    assert c["segments"] == []
    assert c["depth"] == 2


def test_whole_system_by_its_cite(api: Client) -> None:
    c = api.get("/api/v1/clauses/tongyu-hrss:2").json()
    assert c["cite"] == "tongyu-hrss:2"
    assert c["display"] == "《党组会议制度》"
    assert c["path"] == "" and c["depth"] == 0
    system = api.get("/api/v1/agencies/tongyu-hrss/systems/2").json()
    assert c["full_text"] == "".join(s["text"] for s in system["clauses"])


def test_percent_encoded_cite(api: Client) -> None:
    assert api.get("/api/v1/clauses/tongyu-hrss%3A2%3A3.5").json()["cite"] == "tongyu-hrss:2:3.5"


def test_surrounding_spaces_are_ignored(api: Client) -> None:
    assert api.get("/api/v1/clauses/%20tongyu-hrss:2:4%20").json()["cite"] == "tongyu-hrss:2:4"


@pytest.mark.parametrize(
    "cite",
    [
        "x",
        "tongyu-hrss",
        "tongyu-hrss:",
        "tongyu-hrss:0",
        "tongyu hrss:2:4",
        "tongyu-hrss:2:4:5",
        "a/b",
        "tongyu-hrss:2:3..5",
        "TONGYU-HRSS:2",
        "%00",
        "《党组会议制度》第四条",
        "x" * 5000,
    ],
)
def test_malformed_cite_is_422(api: Client, cite: str) -> None:
    r = api.get(f"/api/v1/clauses/{cite}")
    assert r.status_code == 422, (cite, r.status_code)
    err = error_of(r)
    assert err["field"] == "cite"
    assert "tongyu-hrss:2:3.5" in err["message_zh"]


@pytest.mark.parametrize(
    "cite",
    [
        "nowhere:1",
        "tongyu-hrss:99",
        "tongyu-hrss:99999",
        "tongyu-hrss:2:99",
        "tongyu-hrss:2:3.99",
        "tongyu-hrss:123456789012345678901234567890:1",
    ],
)
def test_missing_clause_is_404(api: Client, cite: str) -> None:
    r = api.get(f"/api/v1/clauses/{cite}")
    assert r.status_code == 404, (cite, r.status_code)
    assert error_of(r)["field"] in {"agency", "system", "cite"}
