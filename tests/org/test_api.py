"""GET /api/v1/org/{slug} and POST /api/v1/org/{slug}/resolve; the page /a/<slug>/org/."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.api.helpers import error_of
from zhidu.accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def bc(loaded: Any, make_user: Callable[..., User], client_of: Callable[[User], Client]) -> Client:
    """A signed-in member of 白城市扶贫办."""
    return client_of(make_user("bc-staff", "baicheng-fupin", "staff", section="综合科"))


@pytest.fixture
def ty(loaded: Any, make_user: Callable[..., User], client_of: Callable[[User], Client]) -> Client:
    return client_of(make_user("ty-staff", "tongyu-hrss", "staff", section="计划财务科"))


def post(client: Client, slug: str, body: Any) -> Any:
    return client.post(f"/api/v1/org/{slug}/resolve", json.dumps(body), content_type="application/json")


# --- GET ------------------------------------------------------------------------------------------------


def test_org_on_a_day(bc: Client) -> None:
    r = bc.get("/api/v1/org/baicheng-fupin", {"on": "2026-03-02"})
    assert r.status_code == 200
    d = r.json()
    assert d["agency"] == "baicheng-fupin" and d["on"] == "2026-03-02" and d["demo"] is True
    assert [s["name"] for s in d["sections"]] == ["综合科", "督查科", "财务科", "扶贫开发服务中心"]
    (acting,) = d["acting"]
    assert acting["from"] == "2026-03-02" and acting["to"] == "2026-03-13" and acting["for_role"] == "chief"
    chief = next(p for p in d["leadership"] if p["role"] == "chief")
    assert chief["holders"] == ["田一（演示）"]  # formally still the director's post
    assert {b["role"] for b in d["bodies"]} == {"party_group_meeting", "directors_meeting"}
    assert any(c["areas"] == ["finance"] and c["person"] == "董二（演示）" for c in d["in_charge"])
    later = bc.get("/api/v1/org/baicheng-fupin", {"on": "2026-03-14"}).json()
    assert later["acting"] == []
    assert bc.get("/api/v1/org/baicheng-fupin").status_code == 200  # today


@pytest.mark.parametrize("on", ["2026-02-30", "tomorrow", "1800-01-01", "2026-3-2"])
def test_bad_date_is_422_naming_on(bc: Client, on: str) -> None:
    r = bc.get("/api/v1/org/baicheng-fupin", {"on": on})
    assert r.status_code == 422
    assert error_of(r)["field"] == "on"


def test_unknown_agency_is_404(bc: Client) -> None:
    for slug in ("nowhere", "x" * 41):
        r = bc.get(f"/api/v1/org/{slug}")
        assert r.status_code == 404
        error_of(r)
    assert post(bc, "nowhere", {"roles": ["chief"]}).status_code == 404


def test_another_agencys_org_is_not_shown(bc: Client) -> None:
    r = bc.get("/api/v1/org/tongyu-hrss")
    assert r.status_code == 404
    error_of(r)
    assert post(bc, "tongyu-hrss", {"roles": ["chief"]}).status_code == 404


def test_not_signed_in_is_401(loaded: Any) -> None:
    anon = Client()
    assert anon.get("/api/v1/org/baicheng-fupin").status_code == 401
    assert post(anon, "baicheng-fupin", {"roles": ["chief"]}).status_code == 401


# --- POST resolve ---------------------------------------------------------------------------------------


def test_resolve_routes_the_chief_and_cites_the_clause(ty: Client) -> None:
    r = post(
        ty,
        "tongyu-hrss",
        {"roles": ["section_head", "chief"], "on": "2026-03-02", "area": "finance", "requester": "吴十"},
    )
    assert r.status_code == 200
    d = r.json()
    assert d["persons"] == ["周九", "王五"] and d["section"] == "jihua_caiwu" and d["complete"] is True
    (ref,) = d["refusals"]
    assert ref["rule"] == "org.chief_direct" and ref["person"] == "张三" and ref["routed_to"] == ["王五"]
    cite = ref["citations"][0]
    assert cite["id"] == "tongyu-hrss:1:4" and cite["display"] == "《“一把手”权力运行制约制度》第四条"
    assert cite["quote"] in cite["text"] and ref["message_zh"] and ref["message_en"]


def test_resolve_acting_and_recusal(bc: Client) -> None:
    d = post(
        bc, "baicheng-fupin", {"roles": ["chief", "party_group_meeting"], "on": "2026-03-05", "conflicted": ["于三"]}
    ).json()
    chief, group = d["steps"]
    assert chief["persons"] == ["余四"] and chief["acting"][0]["citation"]["id"] == "baicheng-fupin:1:8"
    assert chief["acting"][0]["from"] == "2026-03-02"
    assert "于三" not in group["persons"] and group["mode"] == "body"
    (ref,) = d["refusals"]
    assert ref["rule"] == "org.recusal" and ref["citations"][0]["id"] == "baicheng-fupin:4:5.2.6"


def test_resolve_handler_and_own_request(ty: Client) -> None:
    d = post(
        ty,
        "tongyu-hrss",
        {"roles": ["deputy_in_charge"], "on": "2026-03-02", "area": "administrative_approval", "handler": "赵六"},
    ).json()
    assert [r["rule"] for r in d["refusals"]] == ["org.handler"] and d["complete"] is False
    d = post(ty, "tongyu-hrss", {"roles": ["chief"], "on": "2026-03-02", "requester": "张三"}).json()
    assert d["refusals"][0]["citations"][0]["id"] == "tongyu-hrss:1:7"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"roles": ["emperor"]}, "roles"),
        ({"roles": []}, "roles"),
        ({"roles": "chief"}, "roles"),
        ({}, "roles"),
        ({"roles": ["system_admin"]}, "roles"),
        ({"roles": ["chief"], "on": "2026-02-30"}, "on"),
        ({"roles": ["chief"], "area": "astrology"}, "area"),
        ({"roles": ["chief"], "section": "不存在科"}, "section"),
        ({"roles": ["chief"], "requester": "无名氏"}, "requester"),
        ({"roles": ["chief"], "handler": "无名氏"}, "handler"),
        ({"roles": ["chief"], "conflicted": ["无名氏"]}, "conflicted"),
        ({"roles": ["chief"], "conflicted": "张三"}, "conflicted"),
        ({"roles": ["chief"] * 51}, "roles"),
    ],
)
def test_resolve_bad_input_is_422_naming_the_field(ty: Client, body: dict[str, Any], field: str) -> None:
    r = post(ty, "tongyu-hrss", body)
    assert r.status_code == 422, r.content
    assert error_of(r)["field"] == field


def test_resolve_not_json_is_a_4xx(ty: Client) -> None:
    r = ty.post("/api/v1/org/tongyu-hrss/resolve", "{roles", content_type="application/json")
    assert 400 <= r.status_code < 500
    error_of(r)


# --- the page ---------------------------------------------------------------------------------------------


def test_page_shows_sections_posts_and_charge(bc: Client) -> None:
    r = bc.get("/a/baicheng-fupin/org/", {"on": "2026-03-02"})
    assert r.status_code == 200
    html = r.content.decode()
    for text in (
        "组织机构",
        "综合科",
        "扶贫开发服务中心",
        "潘七（演示）",
        "董二（演示）",
        "余四（演示）",
        "baicheng-fupin:1:8",
        "人员均为演示数据",
        "五个不直接管",
        'value="2026-03-02"',
    ):
        assert text in html, text
    assert "<main" in html and 'href="/a/baicheng-fupin/"' in html


def test_page_on_another_day_and_a_bad_day(bc: Client) -> None:
    html = bc.get("/a/baicheng-fupin/org/", {"on": "2026-03-14"}).content.decode()
    assert "代理（主持工作）" not in html
    r = bc.get("/a/baicheng-fupin/org/", {"on": "2026-02-30"})
    assert r.status_code == 400
    html = r.content.decode()
    assert "不是有效日期" in html and "not a valid date" in html


def test_page_in_english(bc: Client) -> None:
    bc.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = bc.get("/a/baicheng-fupin/org/", {"on": "2026-03-02"}).content.decode()
    assert "Sections and units" in html and "Organisation" in html


def test_page_refuses_others_and_strangers(bc: Client, loaded: Any) -> None:
    assert bc.get("/a/tongyu-hrss/org/").status_code == 404
    assert bc.get("/a/nowhere/org/").status_code == 404
    r = Client().get("/a/baicheng-fupin/org/")
    assert r.status_code == 302 and "/accounts/login" in r["Location"]
