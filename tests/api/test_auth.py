"""Every endpoint needs a signed-in user and answers 401 JSON (not a redirect to the login page)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.api.helpers import error_of

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/agencies",
    "/api/v1/agencies/tongyu-hrss",
    "/api/v1/agencies/tongyu-hrss/systems",
    "/api/v1/agencies/tongyu-hrss/systems/2",
    "/api/v1/clauses/tongyu-hrss:2:4",
    "/api/v1/search?q=会议",
    "/api/v1/agencies/yuanshi-hrss/work-items",
]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_unauthenticated_gets_401_json(anon: Client, url: str) -> None:
    r = anon.get(url)
    assert r.status_code == 401, (url, r.status_code, r.get("Location"))
    err = error_of(r)
    assert err["message_zh"] == "请先登录"
    assert err["field"] is None


@pytest.mark.parametrize("url", ["/api/v1/agencies/nowhere", "/api/v1/clauses/x", "/api/v1/search?limit=abc"])
def test_unauthenticated_bad_input_is_still_401(anon: Client, url: str) -> None:
    """Nothing about the data leaks before sign-in: auth is checked before the input."""
    assert anon.get(url).status_code == 401


@pytest.mark.parametrize("url", ENDPOINTS)
def test_signed_in_gets_200(api: Client, url: str) -> None:
    r = api.get(url)
    assert r.status_code == 200, (url, r.content[:300])
    assert r["Content-Type"].startswith("application/json")


def test_inactive_user_session_is_refused(api: Client, user) -> None:  # type: ignore[no-untyped-def]
    user.is_active = False
    user.save()
    assert api.get("/api/v1/agencies").status_code == 401


def test_logout_ends_access(api: Client) -> None:
    api.logout()
    assert api.get("/api/v1/agencies").status_code == 401


def test_openapi_document_and_docs_are_public(anon: Client) -> None:
    r = anon.get("/api/v1/openapi.json")
    assert r.status_code == 200
    assert r.json()["info"]["title"] == "zhidu API"
    docs = anon.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"openapi.json" in docs.content


def test_api_root_is_public_and_points_to_the_docs(anon: Client) -> None:
    r = anon.get("/api/v1/")
    assert r.status_code == 200
    assert r.json()["openapi"] == "/api/v1/openapi.json"


@pytest.mark.parametrize("url", ["/api/v1/nope", "/api/v1/agencies/", "/api/v1/agencies/tongyu-hrss/x/y"])
def test_unknown_api_path_is_404_json(anon: Client, url: str) -> None:
    r = anon.get(url)
    assert r.status_code == 404
    assert error_of(r)["message_en"] == "no such endpoint"


def test_write_methods_are_refused(api: Client) -> None:
    r = api.post("/api/v1/agencies", data={})
    assert r.status_code == 405
