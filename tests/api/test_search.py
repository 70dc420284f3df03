"""/search: ranked clauses with highlighted snippets, filters and paging."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.api.helpers import error_of

pytestmark = pytest.mark.django_db


def _search(api: Client, query: str) -> dict[str, Any]:
    r = api.get("/api/v1/search" + query)
    assert r.status_code == 200, r.content[:300]
    body: dict[str, Any] = r.json()
    return body


def test_search_shape_and_highlights(api: Client) -> None:
    body = _search(api, "?q=党组会议")
    assert body["query"] == "党组会议"
    assert body["offset"] == 0 and body["limit"] == 20
    assert body["total"] >= len(body["hits"]) > 0
    hit = body["hits"][0]
    assert set(hit) == {
        "cite",
        "display",
        "system_title",
        "system_cite",
        "agency",
        "agency_name",
        "domain",
        "score",
        "pieces",
        "url",
    }
    assert hit["display"].startswith(f"《{hit['system_title']}》")
    assert hit["cite"].startswith(hit["system_cite"])
    assert hit["url"].startswith(f"/a/{hit['agency']}/")
    scores = [h["score"] for h in body["hits"]]
    assert scores == sorted(scores, reverse=True)
    for h in body["hits"]:
        marked = "".join(p["text"] for p in h["pieces"] if p["hit"])
        assert marked, h
        assert {"text", "hit"} == set(h["pieces"][0])


def test_search_finds_the_quorum_rule(api: Client) -> None:
    body = _search(api, "?q=三分之二以上党组成员到会&agency=tongyu-hrss")
    assert body["hits"][0]["cite"] == "tongyu-hrss:2:3.5"
    assert body["hits"][0]["display"] == "《党组会议制度》第三条第（五）项"
    assert all(h["agency"] == "tongyu-hrss" for h in body["hits"])


def test_search_filters(api: Client) -> None:
    one = _search(api, "?q=会议&agency=wenshan-hrss&limit=100")
    assert one["hits"] and {h["agency"] for h in one["hits"]} == {"wenshan-hrss"}
    two = _search(api, "?q=会议&agency=wenshan-hrss&agency=tongyu-hrss&limit=100")
    assert two["total"] > one["total"]
    dom = _search(api, "?q=会议&domain=governance-meetings&limit=100")
    assert dom["hits"] and {h["domain"] for h in dom["hits"]} == {"governance-meetings"}
    assert _search(api, "?q=会议&agency=nowhere")["total"] == 0
    assert _search(api, "?q=会议&agency=")["total"] == _search(api, "?q=会议")["total"]


def test_search_paging(api: Client) -> None:
    first = _search(api, "?q=会议&limit=5")
    second = _search(api, "?q=会议&limit=5&offset=5")
    assert len(first["hits"]) == len(second["hits"]) == 5
    assert first["total"] == second["total"]
    assert not {h["cite"] for h in first["hits"]} & {h["cite"] for h in second["hits"]}
    assert _search(api, "?q=会议&limit=100")["limit"] == 100
    past = _search(api, "?q=会议&offset=100000")
    assert past["hits"] == [] and past["total"] == first["total"]


def test_search_without_hits(api: Client) -> None:
    body = _search(api, "?q=量子纠缠")
    assert body["total"] == 0 and body["hits"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("", "q"),
        ("?q=", "q"),
        ("?q=%20%20", "q"),
        ("?q=。，！", "q"),
        ("?q=" + "会" * 201, "q"),
        ("?q=会议&limit=0", "limit"),
        ("?q=会议&limit=101", "limit"),
        ("?q=会议&limit=1000", "limit"),
        ("?q=会议&limit=-1", "limit"),
        ("?q=会议&limit=abc", "limit"),
        ("?q=会议&limit=1.5", "limit"),
        ("?q=会议&offset=-1", "offset"),
        ("?q=会议&offset=x", "offset"),
    ],
)
def test_bad_search_input_is_422(api: Client, query: str, field: str) -> None:
    r = api.get("/api/v1/search" + query)
    assert r.status_code == 422, (query, r.status_code)
    assert error_of(r)["field"] == field
