"""No input gives a 500 or a traceback: every answer is JSON with a 2xx or the error shape."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.helpers import error_of
from zhidu.rulebook import service

pytestmark = pytest.mark.django_db

LONG = "会议" * 5000
ODD = [
    # agencies and systems
    ("/api/v1/agencies/nowhere", 404),
    ("/api/v1/agencies/%00", 404),
    ("/api/v1/agencies/" + quote("通榆"), 404),
    ("/api/v1/agencies/" + "a" * 5000, 404),
    ("/api/v1/agencies/nowhere/systems/1", 404),
    ("/api/v1/agencies/tongyu-hrss/systems/0", 404),
    ("/api/v1/agencies/tongyu-hrss/systems/99999", 404),
    ("/api/v1/agencies/tongyu-hrss/systems/-1", 404),
    ("/api/v1/agencies/tongyu-hrss/systems/" + "9" * 400, 404),
    ("/api/v1/agencies/tongyu-hrss/systems/abc", 422),
    ("/api/v1/agencies/tongyu-hrss/systems/%20", 422),
    ("/api/v1/agencies/tongyu-hrss/systems?kind=%00", 422),
    ("/api/v1/agencies/tongyu-hrss/systems?domain=%00", 200),
    ("/api/v1/agencies/%00/work-items", 404),
    ("/api/v1/agencies/yuanshi-hrss/work-items?section=%00", 200),
    ("/api/v1/agencies/yuanshi-hrss/work-items?section=" + LONG, 200),
    # clauses
    ("/api/v1/clauses/x", 422),
    ("/api/v1/clauses/tongyu%20hrss:2:4", 422),
    ("/api/v1/clauses/%20%20%20", 422),
    ("/api/v1/clauses/%00", 422),
    ("/api/v1/clauses/tongyu-hrss:2:4%00", 422),
    ("/api/v1/clauses/" + quote(LONG), 422),
    ("/api/v1/clauses/nowhere:1:1", 404),
    ("/api/v1/clauses/tongyu-hrss:" + "9" * 400, 404),
    ("/api/v1/clauses/tongyu-hrss:2:" + "9" * 400, 404),
    ("/api/v1/clauses/tongyu-hrss:2:" + ".".join(["1"] * 500), 404),
    # search
    ("/api/v1/search", 422),
    ("/api/v1/search?q=", 422),
    ("/api/v1/search?q=" + quote(LONG), 422),
    ("/api/v1/search?q=%00", 422),
    ("/api/v1/search?q=会议&limit=0", 422),
    ("/api/v1/search?q=会议&limit=1000", 422),
    ("/api/v1/search?q=会议&limit=-1", 422),
    ("/api/v1/search?q=会议&limit=abc", 422),
    ("/api/v1/search?q=会议&limit=" + "9" * 400, 422),
    ("/api/v1/search?q=会议&offset=" + "9" * 400, 200),
    ("/api/v1/search?q=会议&agency=%00&domain=%00", 200),
    ("/api/v1/search?q=会议&limit=1&limit=2", 200),
    ("/api/v1/search?q=a&q=b", 200),
    ("/api/v1/search?q=%F0%9F%98%80%E2%80%8B", 422),
]


@pytest.mark.parametrize(("url", "status"), ODD)
def test_odd_input(api: Client, url: str, status: int) -> None:
    r = api.get(url)
    assert r.status_code == status, (url[:120], r.status_code, r.content[:300])
    assert r["Content-Type"].startswith("application/json")
    if status >= 400:
        error_of(r)
    assert b"Traceback" not in r.content


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_text_anywhere(api: Client, text: str) -> None:
    t = quote(text, safe="")
    for url in [
        f"/api/v1/clauses/{t}",
        f"/api/v1/agencies/{t}",
        f"/api/v1/agencies/tongyu-hrss/systems/{t}",
        f"/api/v1/search?q={t}&agency={t}&limit={t}",
        f"/api/v1/search?q={t}",
        f"/api/v1/agencies/yuanshi-hrss/work-items?section={t}",
    ]:
        r = api.get(url)
        assert r.status_code in {200, 404, 422}, (url, r.status_code, r.content[:300])
        if r.status_code != 200:
            error_of(r)


def test_a_bug_answers_500_json_without_traceback(api: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(slug: str) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "get_agency", broken)
    r = api.get("/api/v1/agencies/tongyu-hrss")
    assert r.status_code == 500
    err = error_of(r)
    assert err["message_en"] == "Internal server error."
    assert b"secret internals" not in r.content and b"Traceback" not in r.content
