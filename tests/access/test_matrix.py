"""The permission matrix (issue 4, item 4): every view and API endpoint that exists, requested for real
as every role (business roles, the three administrators, an account without a role, nobody), against
objects of the user's own agency and another's, answers what ``zhidu.access.policy.POLICY`` says.

The endpoints are found by walking ``django.urls.get_resolver()`` and each django-ninja operation behind
it, so a new view or endpoint without a declared (resource, action) fails here, naming it; one without a
sample request (tests/access/samples.py) fails too.

Deny codes: API — 401 nobody signed in, 403 signed in but not allowed, 404 another agency's object (its
existence not revealed); web pages — a redirect to the login page for nobody signed in, else the same
403/404. Every refusal body carries the reason in Chinese and English.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import resolve

from zhidu.access.policy import POLICY

from .endpoints import Endpoint, endpoints
from .oracle import expect
from .samples import SAMPLES, Req, Sample, Unreachable
from .world import MATRIX_ROLES, World

ENDPOINTS = {e.key: e for e in endpoints()}
SAMPLED = sorted(k for k, s in SAMPLES.items() if isinstance(s, Sample) and k in ENDPOINTS)


def test_every_view_and_endpoint_declares_its_resource_and_action() -> None:
    missing = sorted(f"{e.key}  ({e.where})" for e in ENDPOINTS.values() if e.requirement is None)
    assert not missing, (
        "views/endpoints without a declared (resource, action) — tag each with "
        "@requires(resource, action) (see src/zhidu/access/__init__.py):\n  " + "\n  ".join(missing)
    )
    unknown = sorted(
        f"{e.key}: {e.requirement}"
        for e in ENDPOINTS.values()
        if e.requirement is not None and (e.requirement.resource, e.requirement.action) not in POLICY
    )
    assert not unknown


def test_every_view_and_endpoint_has_a_sample_request() -> None:
    missing = sorted(set(ENDPOINTS) - set(SAMPLES))
    assert not missing, "add a sample request to tests/access/samples.py for:\n  " + "\n  ".join(missing)
    assert sorted(set(SAMPLES) - set(ENDPOINTS)) == [], "samples for endpoints that no longer exist"


def test_unreachable_patterns_are_really_shadowed() -> None:
    for key, sample in SAMPLES.items():
        if isinstance(sample, Unreachable):
            assert resolve(sample.url).func is not ENDPOINTS[key].callback, key


def _perform(client: Client, req: Req, api: bool) -> Any:
    method = getattr(client, req.method.lower())
    if api and req.body is not None and not req.multipart:
        return method(req.url, req.body, content_type="application/json")
    if req.body is not None:
        return method(req.url, req.body)
    return method(req.url)


def _body(response: Any) -> str:
    return response.content[:300].decode("utf-8", "replace")


def _check_refusal(response: Any, want: int, api: bool) -> str | None:
    if not api and want == 401:
        where = response.get("Location", "")
        if response.status_code == 302 and where.startswith("/accounts/login/"):
            return None
        return f"want a redirect to the login page, got {response.status_code} {where}"
    if response.status_code != want:
        return f"want {want}, got {response.status_code} {_body(response)}"
    if api:
        err = response.json().get("error", {})
        if not (err.get("message_en") and any("\u4e00" <= ch <= "\u9fff" for ch in err.get("message_zh", ""))):
            return f"refusal without a bilingual error: {_body(response)}"
    elif want == 403 and "没有权限" not in response.content.decode():
        return "not the 403 page"
    return None


@pytest.mark.django_db
@pytest.mark.parametrize("key", SAMPLED)
def test_matrix(world: World, key: str) -> None:
    endpoint: Endpoint = ENDPOINTS[key]
    sample = SAMPLES[key]
    assert isinstance(sample, Sample)
    assert endpoint.requirement is not None, f"{key} declares no (resource, action)"
    resource, action = endpoint.requirement.resource, endpoint.requirement.action
    problems: list[str] = []
    for role in MATRIX_ROLES:
        for variant in sample.variants:
            want = expect(role, resource, action, variant, world)
            world.asking = role
            req = sample.build(world, variant)
            with transaction.atomic():  # each request sees the same world
                client = Client()
                user = world.user(role)
                if user is not None:
                    client.force_login(user)
                response = _perform(client, req, endpoint.api)
                transaction.set_rollback(True)
            if want.allowed:
                problem = (
                    None
                    if response.status_code in sample.ok
                    else f"want {sample.ok}, got {response.status_code} {_body(response)}"
                )
            else:
                problem = _check_refusal(response, want.status, endpoint.api)
            if problem:
                problems.append(f"{role:<28} {variant:<13} {resource}.{action} ({want}): {problem}")
    assert not problems, f"{key}: {len(problems)} answers differ from the table:\n" + "\n".join(problems)
