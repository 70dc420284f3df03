"""A sample request for every view and API endpoint (keys as ``endpoints.Endpoint.key``).

The permission matrix makes each sample as every role of ``world.MATRIX_ROLES``, for each of the
sample's variants (where the object lies: ``world.VARIANTS``; "none" for a request about no particular
object), and compares the answer with ``oracle.expect``. A sample's request must succeed when the table
allows it (a status in ``ok``). A new view or endpoint without a sample fails the matrix: add one here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .world import World

OK = (200, 201, 302)


@dataclass(frozen=True)
class Req:
    method: str
    url: str
    body: dict[str, Any] | None = None  # JSON for API endpoints, form fields for pages


@dataclass(frozen=True)
class Sample:
    build: Callable[[World, str], Req]
    variants: tuple[str, ...] = ("none",)
    ok: tuple[int, ...] = OK  # what an allowed request answers


@dataclass(frozen=True)
class Unreachable:
    """A pattern no request reaches (shadowed by an earlier one): ``url`` resolves elsewhere (checked)."""

    url: str
    why: str


def get(url: str, ok: tuple[int, ...] = OK) -> Sample:
    return Sample(lambda w, v: Req("GET", url), ok=ok)


QUORUM = {"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]}


def _where(variant: str) -> str:
    return "other" if variant == "other_agency" else "own"


def _grant(w: World, v: str) -> Req:
    target = w.target[_where(v)]
    assert target.agency is not None
    return Req(
        "POST",
        "/api/v1/access/grants",
        {"username": target.username, "role": "staff", "agency": target.agency.slug, "reason": "matrix"},
    )


def _revoke(w: World, v: str) -> Req:
    return Req("DELETE", f"/api/v1/access/grants/{w.victim_grant[_where(v)].pk}?reason=matrix")


def _create_user(w: World, v: str) -> Req:
    agency = w.agency(_where(v))
    body = {"username": f"new.{agency.slug}", "password": "Zhidu-Matrix-2026!", "agency": agency.slug}
    return Req("POST", "/api/v1/access/users", body)


def _revoke_page(w: World, v: str) -> Req:
    return Req("POST", f"/access/grants/{w.victim_grant[_where(v)].pk}/revoke/", {"reason": "matrix"})


def _org(path: str, method: str = "GET", body: dict[str, Any] | None = None) -> Callable[[World, str], Req]:
    """An agency's org endpoint, for the user's own agency or the other one."""
    return lambda w, v: Req(method, path.format(slug=w.agency(_where(v)).slug), body)


def _deactivate(w: World, v: str) -> Req:
    return Req("POST", f"/api/v1/access/users/{w.target[_where(v)].pk}/deactivate", {"reason": "matrix"})


AGENCY_VARIANTS = ("own_agency", "other_agency")
RECORD_VARIANTS = ("mine", "own_section", "other_section", "other_agency", "own_agency")


def _notice_read(w: World, v: str) -> Req:
    from zhidu.workflow.models import Notice

    agency, _, owner = w.place(v)
    n = Notice.objects.create(agency=agency, user=owner, kind="info", text_zh="矩阵", text_en="matrix")
    return Req("POST", f"/api/v1/workflow/notices/{n.pk}/read", {})


def _notice_read_page(w: World, v: str) -> Req:
    from zhidu.workflow.models import Notice

    agency, _, owner = w.place(v)
    n = Notice.objects.create(agency=agency, user=owner, kind="info", text_zh="矩阵", text_en="matrix")
    return Req("POST", f"/todo/notices/{n.pk}/read/", {})


SAMPLES: dict[str, Sample | Unreachable] = {
    # accounts
    "/accounts/login/ [accounts:login]": get("/accounts/login/"),
    "/accounts/login/verify/ [accounts:verify]": get("/accounts/login/verify/"),
    "/accounts/logout/ [accounts:logout]": Sample(lambda w, v: Req("POST", "/accounts/logout/", {})),
    "/accounts/2fa/ [accounts:enrol]": get("/accounts/2fa/"),
    "/accounts/password/ [accounts:password]": get("/accounts/password/"),
    "/i18n/setlang/ [set_language]": Sample(
        lambda w, v: Req("POST", "/i18n/setlang/", {"language": "en", "next": "/"})
    ),
    # the API's own description
    "/api/v1/": get("/api/v1/"),
    "/api/v1/openapi.json [api:openapi-json]": get("/api/v1/openapi.json"),
    "/api/v1/docs [api:openapi-view]": get("/api/v1/docs"),
    "/api/v1/ [api:api-root]": Unreachable("/api/v1/", "django-ninja's root view, shadowed by zhidu's API index"),
    "/api/v1/^(?P<rest>(?s:.*))\\Z": get("/api/v1/no/such/endpoint", ok=(404,)),
    # rulebooks and checks
    "GET /api/v1/agencies": get("/api/v1/agencies"),
    "GET /api/v1/agencies/<slug>": get("/api/v1/agencies/wenshan-hrss"),
    "GET /api/v1/agencies/<slug>/systems": get("/api/v1/agencies/wenshan-hrss/systems"),
    "GET /api/v1/agencies/<slug>/systems/<number>": get("/api/v1/agencies/wenshan-hrss/systems/1"),
    "GET /api/v1/clauses/<anytext:cite>": get("/api/v1/clauses/tongyu-hrss:2:4"),
    "GET /api/v1/search": get("/api/v1/search?q=会议"),
    "GET /api/v1/agencies/<slug>/work-items": get("/api/v1/agencies/yuanshi-hrss/work-items"),
    "GET /api/v1/checks": get("/api/v1/checks"),
    "GET /api/v1/checks/<check_id>": get("/api/v1/checks/meeting.convene"),
    "POST /api/v1/checks/<check_id>/evaluate": Sample(
        lambda w, v: Req(
            "POST",
            "/api/v1/checks/meeting.convene/evaluate",
            {"agency": "tongyu-hrss", "on": "2026-03-02", "facts": QUORUM},
        )
    ),
    "/ [web:home]": get("/"),
    "/a/<slug:slug>/ [web:agency]": get("/a/wenshan-hrss/"),
    "/a/<slug:slug>/duties/ [web:duties]": get("/a/yuanshi-hrss/duties/"),
    "/a/<slug:slug>/<int:number>/ [web:system]": get("/a/wenshan-hrss/1/"),
    "/c/<str:cite>/ [web:cite]": get("/c/tongyu-hrss:2:4/"),
    "/search/ [web:search]": get("/search/?q=会议"),
    "/compare/ [web:compare]": get("/compare/?topic=公务接待"),
    # the ledger
    "GET /api/v1/ledger/entries": get("/api/v1/ledger/entries?limit=5"),
    "GET /api/v1/ledger/verify": get("/api/v1/ledger/verify"),
    # permissions: the three administrators' API
    "GET /api/v1/access/me": get("/api/v1/access/me"),
    "GET /api/v1/access/policy": get("/api/v1/access/policy"),
    "GET /api/v1/access/grants": get("/api/v1/access/grants"),
    "POST /api/v1/access/grants": Sample(_grant, AGENCY_VARIANTS),
    "DELETE /api/v1/access/grants/<grant_id>": Sample(_revoke, AGENCY_VARIANTS),
    "GET /api/v1/access/users": get("/api/v1/access/users"),
    "POST /api/v1/access/users": Sample(_create_user, AGENCY_VARIANTS),
    "POST /api/v1/access/users/<user_id>/deactivate": Sample(_deactivate, AGENCY_VARIANTS),
    "/access/ [access:mine]": get("/access/"),
    "/access/grants/ [access:grants]": get("/access/grants/"),
    "/access/grants/<int:grant_id>/revoke/ [access:revoke]": Sample(_revoke_page, AGENCY_VARIANTS),
    # to-do lists and notices (zhidu.workflow)
    "GET /api/v1/workflow/tasks": get("/api/v1/workflow/tasks"),
    "GET /api/v1/workflow/overdue": get("/api/v1/workflow/overdue"),
    "GET /api/v1/workflow/notices": get("/api/v1/workflow/notices"),
    "POST /api/v1/workflow/notices/<notice_id>/read": Sample(_notice_read, ("mine", "own_agency", "other_agency")),
    "/todo/ [workflow:todo]": get("/todo/"),
    "/todo/notices/<int:notice_id>/read/ [workflow:read_notice]": Sample(
        _notice_read_page, ("mine", "own_agency", "other_agency")
    ),
    # the organisation: an agency's own members read it
    "/a/<slug:slug>/org/ [org:org]": Sample(_org("/a/{slug}/org/"), AGENCY_VARIANTS),
    "GET /api/v1/org/<slug>": Sample(_org("/api/v1/org/{slug}"), AGENCY_VARIANTS),
    "POST /api/v1/org/<slug>/resolve": Sample(
        _org("/api/v1/org/{slug}/resolve", "POST", {"roles": ["chief"], "on": "2026-03-02"}), AGENCY_VARIANTS
    ),
}
