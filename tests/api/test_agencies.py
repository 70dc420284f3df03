"""/agencies, /agencies/{slug}, /agencies/{slug}/systems[/{number}], /agencies/{slug}/work-items."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.api.helpers import error_of
from zhidu.rulebook import service

pytestmark = pytest.mark.django_db

SLUGS = ["tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin", "yuanshi-hrss"]
KINDS = {"ENFORCE", "WORKFLOW", "CHECKLIST", "TEXT"}


def test_agencies_lists_the_five_with_counts(api: Client) -> None:
    body = api.get("/api/v1/agencies").json()
    assert [a["slug"] for a in body] == SLUGS
    tongyu = body[0]
    assert set(tongyu) == {"slug", "name", "name_en", "systems", "by_kind"}
    assert tongyu["name"] == "通榆县人力资源和社会保障局"
    assert tongyu["name_en"].startswith("Tongyu County")
    for a in body:
        stored = service.get_agency(a["slug"]).systems.count()
        assert a["systems"] == stored > 0
        assert sum(a["by_kind"].values()) == a["systems"]
        assert set(a["by_kind"]) <= KINDS


def test_agency_detail(api: Client) -> None:
    r = api.get("/api/v1/agencies/tongyu-hrss")
    assert r.status_code == 200
    a = r.json()
    assert a["slug"] == "tongyu-hrss"
    assert a["systems"] == 23
    assert sum(d["systems"] for d in a["domains"]) == 23
    assert {"domain": "governance-meetings", "systems": 2} in a["domains"]
    assert a["work_items"] == 0


def test_yuanshi_has_work_items(api: Client) -> None:
    a = api.get("/api/v1/agencies/yuanshi-hrss").json()
    assert a["work_items"] > 100


def test_unknown_agency_is_404(api: Client) -> None:
    for url in ["/api/v1/agencies/nowhere", "/api/v1/agencies/nowhere/systems", "/api/v1/agencies/nowhere/work-items"]:
        r = api.get(url)
        assert r.status_code == 404, url
        err = error_of(r)
        assert err["field"] == "agency"
        assert "nowhere" in err["message_zh"] and "nowhere" in err["message_en"]


def test_systems_of_an_agency(api: Client) -> None:
    body = api.get("/api/v1/agencies/tongyu-hrss/systems").json()
    assert [s["number"] for s in body] == list(range(1, 24))
    two = body[1]
    assert two == {
        "cite": "tongyu-hrss:2",
        "agency": "tongyu-hrss",
        "number": 2,
        "title": "党组会议制度",
        "title_en": two["title_en"],
        "domain": "governance-meetings",
        "kind": "ENFORCE",
        "catalog_ids": ["S000-02"],
    }
    assert two["title_en"]


def test_systems_filtered_by_domain_and_kind(api: Client) -> None:
    meetings = api.get("/api/v1/agencies/tongyu-hrss/systems?domain=governance-meetings").json()
    assert [s["title"] for s in meetings] == ["党组会议制度", "局长办公会议制度"]
    workflows = api.get("/api/v1/agencies/tongyu-hrss/systems?kind=WORKFLOW").json()
    assert workflows and {s["kind"] for s in workflows} == {"WORKFLOW"}
    both = api.get("/api/v1/agencies/tongyu-hrss/systems?domain=governance-meetings&kind=WORKFLOW").json()
    assert both == []
    assert api.get("/api/v1/agencies/tongyu-hrss/systems?domain=no-such-domain").json() == []
    assert len(api.get("/api/v1/agencies/tongyu-hrss/systems?domain=&kind=").json()) == 23


def test_systems_with_unknown_kind_is_422(api: Client) -> None:
    r = api.get("/api/v1/agencies/tongyu-hrss/systems?kind=RULES")
    assert r.status_code == 422
    err = error_of(r)
    assert err["field"] == "kind"
    assert "ENFORCE" in err["message_zh"]


def test_system_with_all_its_clauses(api: Client) -> None:
    r = api.get("/api/v1/agencies/tongyu-hrss/systems/2")
    assert r.status_code == 200
    s = r.json()
    assert s["cite"] == "tongyu-hrss:2"
    assert s["title"] == "党组会议制度"
    assert s["agency_name"] == "通榆县人力资源和社会保障局"
    clauses = s["clauses"]
    assert [c["seq"] for c in clauses] == list(range(len(clauses)))
    root = clauses[0]
    assert root["path"] == "" and root["cite"] == "tongyu-hrss:2" and root["depth"] == 0
    by_cite = {c["cite"]: c for c in clauses}
    c35 = by_cite["tongyu-hrss:2:3.5"]
    assert c35 == {
        "seq": c35["seq"],
        "cite": "tongyu-hrss:2:3.5",
        "path": "3.5",
        "label": "第三条第（五）项",
        "display": "《党组会议制度》第三条第（五）项",
        "text": c35["text"],
        "depth": 2,
        "family": "cn_paren",
        "marker": "（五）",
        "anchor": "c3-5",
    }
    assert c35["text"].startswith("（五）应当有半数以上党组成员到会方可召开。")
    assert "会议内容" in by_cite["tongyu-hrss:2:4"]["text"]
    # the segments are the verbatim text: joined they give the whole 制度
    system = service.get_system("tongyu-hrss", 2)
    assert "".join(c["text"] for c in clauses) == "".join(c.text for c in system.clauses.all())


def test_chapter_headings_have_no_cite(api: Client) -> None:
    clauses = api.get("/api/v1/agencies/tongyu-hrss/systems/3").json()["clauses"]
    headings = [c for c in clauses if c["path"] is None]
    assert headings, "局长办公会议制度 has chapters"
    assert all(c["cite"] is None and c["depth"] == 0 for c in headings)
    assert headings[0]["text"].startswith("第一章")


@pytest.mark.parametrize("number", ["0", "24", "99999", "-1", "99999999999999999999999999"])
def test_missing_system_is_404(api: Client, number: str) -> None:
    r = api.get(f"/api/v1/agencies/tongyu-hrss/systems/{number}")
    assert r.status_code == 404
    assert error_of(r)["field"] == "system"


@pytest.mark.parametrize("number", ["abc", "2.5", "二"])
def test_non_integer_system_number_is_422(api: Client, number: str) -> None:
    r = api.get(f"/api/v1/agencies/tongyu-hrss/systems/{number}")
    assert r.status_code == 422
    err = error_of(r)
    assert err["field"] == "number"
    assert "整数" in err["message_zh"]


def _items(api: Client, query: str = "") -> dict[str, Any]:
    r = api.get(f"/api/v1/agencies/yuanshi-hrss/work-items{query}")
    assert r.status_code == 200, r.content[:300]
    body: dict[str, Any] = r.json()
    return body


def test_work_items_of_the_duty_register(api: Client) -> None:
    body = _items(api)
    assert body["agency"] == "yuanshi-hrss" and body["section"] is None
    items = body["items"]
    assert body["total"] == len(items) > 100
    first = items[0]
    assert first == {
        "system": "yuanshi-hrss:1",
        "system_title": first["system_title"],
        "duty_no": 1,
        "item_no": 1,
        "text": "负责统筹指导全县人力资源和社会保障法制建设",
        "sections": ["政策法规科"],
        "remark": "",
    }
    assert first["system_title"].startswith("主要职责1")
    keys = [(int(i["system"].split(":")[1]), i["item_no"]) for i in items]
    assert keys == sorted(keys)
    counts = {s["section"]: s["items"] for s in body["sections"]}
    assert counts["政策法规科"] == sum("政策法规科" in i["sections"] for i in items)


def test_work_items_by_section(api: Client) -> None:
    everything = _items(api)["items"]
    body = _items(api, "?section=政策法规科")
    assert body["section"] == "政策法规科"
    assert body["items"] and all("政策法规科" in i["sections"] for i in body["items"])
    assert body["total"] == sum("政策法规科" in i["sections"] for i in everything)
    # a part of a name matches every section containing it
    shebao = _items(api, "?section=社保")
    assert {s for i in shebao["items"] for s in i["sections"] if "社保" in s} >= {"社保科", "社保局"}
    assert _items(api, "?section=没有这个科室")["items"] == []
    assert _items(api, "?section=")["total"] == len(everything)


def test_work_items_of_an_agency_without_register_is_empty(api: Client) -> None:
    body = api.get("/api/v1/agencies/tongyu-hrss/work-items").json()
    assert body == {"agency": "tongyu-hrss", "section": None, "sections": [], "total": 0, "items": []}
