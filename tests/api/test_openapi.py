"""The committed docs/openapi.json is what the code generates now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client

from zhidu.api.openapi import schema_json

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
STALE = "docs/openapi.json is out of date with the API: run `make openapi` and commit the result"


def test_committed_openapi_matches_the_code() -> None:
    assert COMMITTED.exists(), "docs/openapi.json is missing: run `make openapi`"
    assert COMMITTED.read_text(encoding="utf-8") == schema_json(), STALE


@pytest.mark.django_db
def test_served_openapi_matches_the_committed_one(anon: Client) -> None:
    served = anon.get("/api/v1/openapi.json").json()
    assert served == json.loads(COMMITTED.read_text(encoding="utf-8")), STALE


MOUNTED = ("meetings", "approvals", "fleet", "seals", "assets", "attendance")


def test_openapi_documents_every_endpoint() -> None:
    doc = json.loads(schema_json())
    assert set(doc["paths"]) >= {
        "/api/v1/access/grants",
        "/api/v1/access/grants/{grant_id}",
        "/api/v1/access/me",
        "/api/v1/access/policy",
        "/api/v1/access/users",
        "/api/v1/access/users/{user_id}/deactivate",
        "/api/v1/agencies",
        "/api/v1/agencies/{slug}",
        "/api/v1/agencies/{slug}/systems",
        "/api/v1/agencies/{slug}/systems/{number}",
        "/api/v1/agencies/{slug}/work-items",
        "/api/v1/checks",
        "/api/v1/checks/{check_id}",
        "/api/v1/checks/{check_id}/evaluate",
        "/api/v1/clauses/{cite}",
        "/api/v1/ledger/entries",
        "/api/v1/ledger/verify",
        "/api/v1/org/{slug}",
        "/api/v1/org/{slug}/resolve",
        "/api/v1/search",
        "/api/v1/workflow/tasks",
        "/api/v1/workflow/overdue",
        "/api/v1/workflow/notices",
        "/api/v1/workflow/notices/{notice_id}/read",
    }
    apps = {p.split("/")[3] for p in doc["paths"]}  # every app's router is mounted under its own prefix
    assert apps <= {"access", "agencies", "checks", "clauses", "ledger", "org", "search", "workflow", *MOUNTED}
    for path, ops in doc["paths"].items():
        for op in ops.values():
            assert op["security"] == [{"SessionAuth": []}], path
            assert {"401", "404", "422"} <= set(op["responses"]), path
            assert {"200", "201"} & set(op["responses"]), path
            for p in op.get("parameters", []):
                assert p.get("description"), (path, p["name"])
    for name, schema in doc["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            if "$ref" not in prop and "allOf" not in prop:
                assert prop.get("description"), f"{name}.{field} has no description"
    limit = next(p for p in doc["paths"]["/api/v1/search"]["get"]["parameters"] if p["name"] == "limit")
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 100)
