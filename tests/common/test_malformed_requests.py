"""Malformed requests to every API operation and every page and form (issue 4 item 8): a 4xx with a
message in Chinese and English (the API's JSON error shape), never a 500, and nothing changes.

The operations are found, not listed: the API's from its OpenAPI description (paths, parameters, body
schemas), the pages from Django's URL patterns, the forms from the pages' own ``<form method="post">``.
So an endpoint or form added later is walked too. Each is sent as the first of several accounts (one
per administrator role, a chief, a staff member) that the permission table lets in, so the input gets
past the role check to the code that reads it.

What is sent: bodies that are not JSON, not an object, too big, cut short or nested absurdly deep;
bodies missing each required field; each field with the wrong type, a NUL byte, 100 000 characters,
an impossible date; path ids that do not exist, are not numbers or overflow every integer column; query
parameters of the wrong type, with NUL bytes, impossible dates. "Nothing changes": every table holds
the same rows afterwards except the security log of refused sign-ins and refused access, which the
system must keep (等保: failed attempts are audited).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.backup import tables
from zhidu.core.roles import ADMIN_ROLES

pytestmark = pytest.mark.django_db

HUGE = "长" * 100_000
NUL = "a\x00b"
BAD_IDS = ["0", "-1", "999999999", "9" * 400, "abc", "%00", "a%00b", quote("通榆"), "x" * 3000, "%20"]
BAD_DATES = ["2026-02-30", "2026-13-01", "not-a-date", "\x00", "99999-01-01"]
DEEP = "[" * 100_000 + "]" * 100_000
# Outcomes that are the record of a refused attempt, which must be kept (not "a change").
AUDITED = {"accounts.signinattempt"}
AUDIT_ACTIONS = {"access.denied"}
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Call:
    method: str
    url: str
    body: bytes | None = None
    content_type: str = "application/json"
    why: str = ""
    must_refuse: bool = True  # False: a GET whose odd filter may match nothing (2xx allowed)


# --- the API, from its OpenAPI description ---------------------------------------------------------


def _openapi() -> dict[str, Any]:
    from zhidu.api.api import api

    return api.get_openapi_schema(path_prefix="/api/v1")


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        if options:
            return _resolve(options[0], spec)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _resolve(schema["allOf"][0], spec)
    return schema


def _plausible(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A value of the right shape (not necessarily one the operation accepts)."""
    s = _resolve(schema, spec)
    if "enum" in s:
        return s["enum"][0]
    if "default" in s and s["default"] is not None:
        return s["default"]
    kind = s.get("type")
    if kind == "string":
        return "2026-03-02" if s.get("format") == "date" else "x"
    if kind == "integer":
        return max(1, s.get("minimum", 1))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object" or "properties" in s:
        return {k: _plausible(v, spec) for k, v in s.get("properties", {}).items() if k in s.get("required", [])}
    return "x"


def _wrong(schema: dict[str, Any], spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Values a field of this schema must refuse."""
    s = _resolve(schema, spec)
    kind = s.get("type")
    if kind == "string" or "enum" in s:
        yield "a list for a string", ["x"]
        yield "an object for a string", {"x": 1}
        yield "a number for a string", 12345
        yield "a NUL byte", NUL
        yield "100 000 characters", HUGE
        if s.get("format") == "date" or "date" in str(s.get("title", "")).lower():
            yield from (("a bad date", d) for d in BAD_DATES)
        if "enum" in s:
            yield "not one of the choices", "no-such-choice"
    elif kind == "integer":
        yield "text for an integer", "abc"
        yield "a fraction for an integer", 1.5
        yield "an integer beyond any column", 10**40
        yield "a list for an integer", [1]
    elif kind == "number":
        yield "text for a number", "abc"
        yield "a list for a number", [1]
    elif kind == "boolean":
        yield "text for a boolean", "maybe"
        yield "a list for a boolean", [True]
    elif kind == "array":
        yield "text for a list", "x"
        yield "an object for a list", {"x": 1}
        items = s.get("items")
        if items:
            yield from ((f"a list of {why}", [v]) for why, v in _wrong(items, spec) if why != "100 000 characters")
    elif kind == "object" or "properties" in s:
        yield "text for an object", "x"
        yield "a list for an object", [1]
    else:
        yield "a NUL byte", NUL


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def api_calls() -> Iterator[tuple[str, Call]]:
    spec = _openapi()
    yield "GET /api/v1/<unknown>", Call("GET", "/api/v1/no/such/thing", why="no such endpoint")
    for path, item in spec["paths"].items():
        missing = [m for m in ("PUT", "PATCH", "POST", "DELETE") if m.lower() not in item]
        if missing:
            yield f"{missing[0]} {path}", Call(missing[0], _fill(path, "1"), b"{}", why="a method it does not take")
        for method, op in item.items():
            if method.upper() not in {"GET", "POST", "PUT", "PATCH", "DELETE"}:
                continue
            key = f"{method.upper()} {path}"
            params = op.get("parameters", [])
            path_params = [p for p in params if p["in"] == "path"]
            query_params = [p for p in params if p["in"] == "query"]
            plausible_path = path
            for p in path_params:
                val = _plausible(p.get("schema", {}), spec)
                plausible_path = plausible_path.replace("{" + p["name"] + "}", quote(str(val)))
            body_schema = None
            if "requestBody" in op:
                content = op["requestBody"].get("content", {})
                body_schema = (content.get("application/json") or {}).get("schema")
            base_body = _plausible(body_schema, spec) if body_schema else None
            encoded = json.dumps(base_body).encode() if base_body is not None else None

            # unknown, non-numeric, overflowing ids in the path
            for bad in BAD_IDS if path_params else []:
                yield key, Call(method.upper(), _fill(path, bad), encoded, why=f"path id {bad[:20]!r}")
            # query parameters of the wrong kind
            for p in query_params:
                s = _resolve(p.get("schema", {}), spec)
                strict = s.get("type") in ("integer", "number", "boolean") or "enum" in s or s.get("format") == "date"
                values = (
                    ["abc", "1.5", "9" * 400, "\x00"]
                    if s.get("type") in ("integer", "number")
                    else ["maybe", "\x00"]
                    if s.get("type") == "boolean"
                    else [*BAD_DATES]
                    if s.get("format") == "date"
                    else ["no-such-choice", "\x00"]
                    if "enum" in s
                    else ["\x00", NUL, HUGE]
                )
                for v in values:
                    url = f"{plausible_path}?{urlencode({p['name']: v})}"
                    refuse = strict or method.upper() != "GET"  # a write with a malformed parameter: refused
                    yield (
                        key,
                        Call(method.upper(), url, encoded, why=f"query {p['name']}={v[:20]!r}", must_refuse=refuse),
                    )
            if body_schema is None:
                continue
            # bodies that are not what the operation reads
            raw = {
                "empty body": b"",
                "not JSON": b"{",
                "cut short": b'{"a": [1, 2',
                "JSON null": b"null",
                "a list, not an object": b"[]",
                "a string, not an object": b'"x"',
                "not UTF-8": b"\xff\xfe\xfa",
                "NaN": b'{"x": NaN}',
                "nested 100 000 deep": DEEP.encode(),
                "3 MB": json.dumps({"x": "长" * 1_000_000}).encode(),
            }
            for why, body in raw.items():
                yield key, Call(method.upper(), plausible_path, body, why=why)
            yield key, Call(method.upper(), plausible_path, b"a=b&c=d", "application/x-www-form-urlencoded", "a form")
            schema = _resolve(body_schema, spec)
            props = schema.get("properties", {})
            for name in schema.get("required", []):
                partial = {k: v for k, v in (base_body or {}).items() if k != name}
                yield key, Call(method.upper(), plausible_path, json.dumps(partial).encode(), why=f"without {name}")
            for name, prop in props.items():
                for why, value in _wrong(prop, spec):
                    body = {**(base_body or {}), name: value}
                    text = json.dumps(body)
                    yield key, Call(method.upper(), plausible_path, text.encode(), why=f"{name}: {why}")


# --- pages and forms, from the URL patterns -------------------------------------------------------------

_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
PAGE_IDS = {
    "int": ["0", "999999999", "9" * 400],
    "slug": ["nowhere", "a" * 300],
    "str": ["%00", "x" * 3000, "nowhere:1:1", quote("通榆:1")],
    "path": ["%00", "x" * 3000],
    None: ["%00", "x" * 3000],
}


def page_patterns() -> Iterator[str]:
    def walk(patterns: list[Any], prefix: str) -> Iterator[str]:
        for p in patterns:
            route = str(p.pattern)
            if isinstance(p, URLResolver):
                if route.startswith("api/"):
                    continue  # the API is walked through its description
                yield from walk(p.url_patterns, prefix + route)
            elif isinstance(p, URLPattern):
                yield prefix + route

    yield from walk(get_resolver().url_patterns, "/")


def page_calls() -> Iterator[tuple[str, Call]]:
    yield "/<unknown>", Call("GET", "/no/such/page/", why="no such page")
    for route in page_patterns():
        if route.startswith("/^") or "(?P" in route:
            continue
        if not _CONVERTER.search(route):
            # function views answer PUT like GET: allowed, as long as it changes nothing
            yield route, Call("PUT", route, b"x", "text/plain", why="a method it does not take", must_refuse=False)
        converters = _CONVERTER.findall(route)
        for conv, _name in converters:
            for bad in PAGE_IDS.get(conv or None, PAGE_IDS[None]):
                url = _CONVERTER.sub(
                    lambda m, conv=conv, bad=bad: bad if (m.group(1) or None) == (conv or None) else "1", route
                )
                yield route, Call("GET", url, why=f"path {conv or 'str'} {bad[:20]!r}")
        if converters:
            continue
        for name, value in (("q", "\x00"), ("q", HUGE), ("page", "9" * 400), ("topic", "\x00"), ("next", "\x00")):
            yield route, Call("GET", f"{route}?{urlencode({name: value})}", why=f"query {name}", must_refuse=False)


FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S | re.I)
POST = re.compile(r"\bmethod=[\"']?post\b", re.I)
ACTION = re.compile(r"\baction=[\"']([^\"']*)[\"']", re.I)
FIELD = re.compile(r"<(?:input|select|textarea|button)\b[^>]*\bname=[\"']([^\"']+)[\"']", re.I)


def form_calls(client: Client) -> Iterator[tuple[str, Call]]:
    """POST forms found on the pages, sent to their action: no fields; each field with a NUL byte, with
    100 000 characters. Forms without fields (sign out) take no input and are not sent."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for route in page_patterns():
        if _CONVERTER.search(route) or route.startswith("/^") or "(?P" in route:
            continue
        page = client.get(route)
        if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
            continue
        for attrs, form in FORM.findall(page.content.decode()):
            if not POST.search(attrs):
                continue
            action = (ACTION.search(attrs).group(1) if ACTION.search(attrs) else "") or route
            action = action.replace("&amp;", "&")
            fields = tuple(f for f in dict.fromkeys(FIELD.findall(form)) if f != "csrfmiddlewaretoken")
            if not fields or (action, fields) in seen:
                continue
            seen.add((action, fields))
            key = f"POST {action} (form on {route})"
            yield key, Call("POST", action, b"", "application/x-www-form-urlencoded", "no fields", False)
            for f in fields:
                for why, value in (("a NUL byte", NUL), ("100 000 characters", HUGE)):
                    body = urlencode({g: (value if g == f else "x") for g in fields}).encode()
                    yield key, Call("POST", action, body, "application/x-www-form-urlencoded", f"{f}: {why}", False)


# --- the check ------------------------------------------------------------------------------------------


def counts() -> dict[str, int]:
    return {tables.label(m): m._base_manager.count() for m in tables.backup_models()}


def contents() -> dict[str, Any]:
    """Every row of every table but the audited ones and sessions (the idle timer touches those)."""
    skip = AUDITED | {"sessions.session", "ledger.ledgerentry", "ledger.ledgerhead"}
    return {
        tables.label(m): tables.dump_table(m)["rows"] for m in tables.backup_models() if tables.label(m) not in skip
    }


@pytest.fixture(autouse=True)
def _quiet() -> Iterator[None]:
    """Hundreds of refusals: keep Django's per-request warnings out of the report."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


@pytest.fixture
def accounts() -> list[Client]:
    """Signed-in clients, one per administrator role, a chief and a staff member of one agency."""
    agency = Agency.objects.get(slug="tongyu-hrss")
    clients = []
    for role in [*(r.id for r in ADMIN_ROLES), "chief", "staff"]:
        user = User.objects.create_user(f"walk-{role}", password="Walk-pass-2026!", agency=agency)
        RoleAssignment.objects.create(user=user, agency=agency, role=role, section="办公室")
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


def _send(client: Client, call: Call) -> Any:
    kwargs: dict[str, Any] = {}
    if call.body is not None:
        kwargs = {"data": call.body, "content_type": call.content_type}
    with transaction.atomic():  # one transaction per request, as in production: a refusal rolls back its own
        return getattr(client, call.method.lower())(call.url, **kwargs)


def _bilingual_json(response: Any) -> str | None:
    if not response.get("Content-Type", "").startswith("application/json"):
        return f"not JSON ({response.get('Content-Type')})"
    try:
        err = response.json()["error"]
    except (ValueError, KeyError, TypeError):
        return f"not the error shape: {response.content[:200]!r}"
    if not (isinstance(err.get("message_zh"), str) and CJK.search(err["message_zh"])):
        return f"no Chinese message: {err}"
    if not (isinstance(err.get("message_en"), str) and re.search(r"[A-Za-z]", err["message_en"])):
        return f"no English message: {err}"
    return None


def _bilingual_page(response: Any) -> str | None:
    text = response.content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        return _bilingual_json(response)
    if not CJK.search(text):
        return "no Chinese on the page"
    if not re.search(r"lang=\"en\"|[A-Za-z]{3,}", re.sub(r"<[^>]*>", " ", text)):
        return "no English on the page"
    return None


def _pick(clients: list[Client], call: Call) -> Client:
    """The first account the permission table lets through to the operation (else the first)."""
    for c in clients:
        if _send(c, call).status_code not in (401, 403):
            return c
    return clients[0]


def _walk(clients: list[Client], calls: list[tuple[str, Call]], api: bool) -> list[str]:
    problems: list[str] = []
    chosen: dict[str, Client] = {}
    for key, call in calls:
        if key not in chosen:
            chosen[key] = _pick(clients, call)
    before_counts, before_rows = counts(), contents()
    from zhidu.ledger.models import LedgerEntry

    seq0 = LedgerEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    for key, call in calls:
        r = _send(chosen[key], call)
        where = f"{key} [{call.why}] → {r.status_code}"
        if r.status_code >= 500:
            problems.append(f"{where}: server error")
            continue
        if 200 <= r.status_code < 400:
            if call.must_refuse:
                problems.append(f"{where}: accepted")
            elif call.method == "POST" and r.status_code == 200 and 'role="alert"' not in r.content.decode():
                problems.append(f"{where}: a form sent back without an error shown")
            continue
        bad = _bilingual_json(r) if api else _bilingual_page(r)
        if bad:
            problems.append(f"{where}: {bad}")
    after_counts = counts()
    for lbl, n in before_counts.items():
        if lbl not in AUDITED | {"ledger.ledgerentry", "sessions.session"} and after_counts[lbl] != n:
            problems.append(f"{lbl}: {n} rows before, {after_counts[lbl]} after")
    if contents() != before_rows:
        after_rows = contents()
        problems += [f"{lbl}: rows changed" for lbl in before_rows if before_rows[lbl] != after_rows[lbl]]
    new = LedgerEntry.objects.filter(seq__gt=seq0)
    unexpected = [
        f"ledger #{e.seq} {e.category} {e.action} {e.obj_type}:{e.obj_id}"
        for e in new
        if not (e.category == "security" and (e.action in AUDIT_ACTIONS or e.action.startswith("sign")))
    ]
    problems += unexpected
    return problems


def test_malformed_api_requests_get_a_bilingual_4xx_and_change_nothing(accounts: list[Client]) -> None:
    calls = list(api_calls())
    assert len({k for k, _ in calls}) >= 10, "the API description lists fewer operations than expected"
    problems = _walk(accounts, calls, api=True)
    assert not problems, f"{len(problems)} of {len(calls)} requests:\n" + "\n".join(problems[:80])


def test_malformed_page_requests_get_a_4xx_and_change_nothing(accounts: list[Client]) -> None:
    calls = list(page_calls())
    assert len({k for k, _ in calls}) >= 5, "fewer pages than expected"
    problems = _walk(accounts, calls, api=False)
    assert not problems, f"{len(problems)} of {len(calls)} requests:\n" + "\n".join(problems[:80])


def test_malformed_form_posts_are_refused_with_a_message_and_change_nothing(accounts: list[Client]) -> None:
    calls = list(form_calls(accounts[-1]))
    assert any("/accounts/login/" in k for k, _ in calls), "the sign-in form was not found"
    problems = _walk(accounts, calls, api=False)
    assert not problems, f"{len(problems)} of {len(calls)} requests:\n" + "\n".join(problems[:80])
