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
    multipart: bool = False  # an API body sent as a multipart form (file uploads)


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


def _notice_read(url: str) -> Callable[[World, str], Req]:
    """Mark read a notice lying where the variant says (``url`` has ``{pk}``)."""

    def build(w: World, v: str) -> Req:
        from zhidu.workflow.models import Notice

        agency, _, owner = w.place(v)
        n = Notice.objects.create(agency=agency, user=owner, kind="info", text_zh="矩阵", text_en="matrix")
        return Req("POST", url.format(pk=n.pk), {})

    return build


# --- approvals (zhidu.approvals): a tiny kind of application of the matrix's own, filed in either agency -----

MATRIX_KIND = "matrix.request"
APPROVAL_READ_VARIANTS = (*RECORD_VARIANTS, "assigned")
APPROVAL_ACT_VARIANTS = ("mine", "assigned", "own_section", "other_agency")
APPROVAL_OWN_VARIANTS = ("mine", "own_section", "other_agency")


def _matrix_kind() -> str:
    """Register (once) a kind with one text field and no checks: filing it needs no approval."""
    from django import forms

    from zhidu.approvals.kinds import KINDS, Kind, register

    if MATRIX_KIND not in KINDS:

        class MatrixForm(forms.Form):
            note = forms.CharField(label="事由 / Note", max_length=100)

        class MatrixRequest(Kind):
            id = MATRIX_KIND
            name_zh = "矩阵测试申请"
            name_en = "Matrix request"
            domain = "finance"
            form = MatrixForm
            checks = ()
            agencies = ("tongyu-hrss", "wenshan-hrss")

            def facts(self, check_id: str, data: Any, ctx: Any) -> None:
                return None

        register(MatrixRequest)
    return MATRIX_KIND


def _application(w: World, v: str, status: str = "submitted") -> Any:
    """An application lying where ``v`` says; for "assigned", with a pending step for the user asking."""
    import datetime as dt

    from zhidu.approvals.models import Application, Step

    agency, section_id, owner = w.place(v)
    app = Application.objects.create(
        agency=agency,
        kind=_matrix_kind(),
        title="矩阵",
        applicant=owner,
        applicant_name=owner.username,
        section_id=section_id,
        data={"note": "矩阵"},
        on=dt.date.today(),
        status=status,
        round=1 if status == "submitted" else 0,
    )
    asker = w.user(w.asking)
    if status == "submitted":
        approver = asker if v == "assigned" and asker is not None else w.victim["own"]
        Step.objects.create(
            application=app, order=1, round=1, role="chief", assignee=approver, assignee_name="审批人", status="pending"
        )
    return app


def _approval(path: str, method: str = "GET", status: str = "submitted") -> Callable[[World, str], Req]:
    """A request about one application (``{id}`` in ``path``)."""
    return lambda w, v: Req(method, path.format(id=_application(w, v, status).pk))


def _approval_attachment(path: str) -> Callable[[World, str], Req]:
    def build(w: World, v: str) -> Req:
        from zhidu.approvals.models import Attachment

        app = _application(w, v)
        att = Attachment.objects.create(
            application=app,
            name="m.pdf",
            content_type="application/pdf",
            size=8,
            sha256="0" * 64,
            data=b"%PDF-1.4",
            uploaded_by=app.applicant,
        )
        return Req("GET", path.format(id=app.pk, att=att.pk))

    return build


def _approval_act(path: str) -> Callable[[World, str], Req]:
    """抄送 by the applicant ("mine") or the approver ("assigned"): allowed to both, changes little."""

    def build(w: World, v: str) -> Req:
        app = _application(w, v)
        return Req("POST", path.format(id=app.pk), {"version": app.version, "action": "copy", "to": "m.victim.a"})

    return build


def _approval_draft(path: str, method: str, body: dict[str, Any] | None = None) -> Callable[[World, str], Req]:
    def build(w: World, v: str) -> Req:
        app = _application(w, v, status="draft")
        fields = {"version": app.version, **(body or {})}
        return Req(method, path.format(id=app.pk), fields)

    return build


def _approval_upload(path: str, api: bool) -> Callable[[World, str], Req]:
    def build(w: World, v: str) -> Req:
        import io

        app = _application(w, v)
        f = io.BytesIO(b"%PDF-1.4 matrix")
        f.name = "m.pdf"
        return Req("POST", path.format(id=app.pk), {"version": app.version, "file": f}, multipart=api)

    return build


def _filing(path: str, method: str = "GET", body: dict[str, Any] | None = None) -> Callable[[World, str], Req]:
    """A filing request in the user's own agency or the other one (``{slug}``, ``{kind}`` in the path)."""

    def build(w: World, v: str) -> Req:
        slug = w.agency(_where(v)).slug
        kind = _matrix_kind()
        fill = {
            k: (val.format(slug=slug, kind=kind) if isinstance(val, str) else val) for k, val in (body or {}).items()
        }
        return Req(method, path.format(slug=slug, kind=kind), fill or None)

    return build


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
    "POST /api/v1/workflow/notices/<notice_id>/read": Sample(
        _notice_read("/api/v1/workflow/notices/{pk}/read"), ("mine", "own_agency", "other_agency")
    ),
    "/todo/ [workflow:todo]": get("/todo/"),
    "/todo/notices/<int:notice_id>/read/ [workflow:read_notice]": Sample(
        _notice_read("/todo/notices/{pk}/read/"), ("mine", "own_agency", "other_agency")
    ),
    # the organisation: an agency's own members read it
    "/a/<slug:slug>/org/ [org:org]": Sample(_org("/a/{slug}/org/"), AGENCY_VARIANTS),
    "GET /api/v1/org/<slug>": Sample(_org("/api/v1/org/{slug}"), AGENCY_VARIANTS),
    "POST /api/v1/org/<slug>/resolve": Sample(
        _org("/api/v1/org/{slug}/resolve", "POST", {"roles": ["chief"], "on": "2026-03-02"}), AGENCY_VARIANTS
    ),
    # approvals: applicants own their records; approvers with a step on one read and act on it anywhere
    "GET /api/v1/approvals/kinds": get("/api/v1/approvals/kinds?agency=tongyu-hrss"),
    "POST /api/v1/approvals/preview": Sample(
        _filing("/api/v1/approvals/preview", "POST", {"agency": "{slug}", "kind": "{kind}", "data": {"note": "x"}}),
        AGENCY_VARIANTS,
    ),
    "POST /api/v1/approvals/applications": Sample(
        _filing(
            "/api/v1/approvals/applications", "POST", {"agency": "{slug}", "kind": "{kind}", "data": {"note": "x"}}
        ),
        AGENCY_VARIANTS,
    ),
    "GET /api/v1/approvals/applications/<app_id>": Sample(
        _approval("/api/v1/approvals/applications/{id}"), APPROVAL_READ_VARIANTS
    ),
    "PUT /api/v1/approvals/applications/<app_id>": Sample(
        _approval_draft("/api/v1/approvals/applications/{id}", "PUT", {"data": {"note": "改"}}), APPROVAL_OWN_VARIANTS
    ),
    "POST /api/v1/approvals/applications/<app_id>/submit": Sample(
        _approval_draft("/api/v1/approvals/applications/{id}/submit", "POST"), APPROVAL_OWN_VARIANTS
    ),
    "POST /api/v1/approvals/applications/<app_id>/act": Sample(
        _approval_act("/api/v1/approvals/applications/{id}/act"), APPROVAL_ACT_VARIANTS
    ),
    "POST /api/v1/approvals/applications/<app_id>/attachments": Sample(
        _approval_upload("/api/v1/approvals/applications/{id}/attachments", api=True), APPROVAL_ACT_VARIANTS
    ),
    "GET /api/v1/approvals/applications/<app_id>/attachments/<att_id>": Sample(
        _approval_attachment("/api/v1/approvals/applications/{id}/attachments/{att}"), APPROVAL_READ_VARIANTS
    ),
    "GET /api/v1/approvals/applications/<app_id>/sheet.pdf": Sample(
        _approval("/api/v1/approvals/applications/{id}/sheet.pdf"), APPROVAL_READ_VARIANTS
    ),
    "GET /api/v1/approvals/mine": get("/api/v1/approvals/mine"),
    "GET /api/v1/approvals/todo": get("/api/v1/approvals/todo"),
    "GET /api/v1/approvals/overdue": get("/api/v1/approvals/overdue"),
    "/approvals/ [approvals:mine]": get("/approvals/"),
    "/approvals/todo/ [approvals:todo]": get("/approvals/todo/"),
    "/approvals/overdue/ [approvals:overdue]": get("/approvals/overdue/"),
    "/approvals/<int:pk>/ [approvals:detail]": Sample(_approval("/approvals/{id}/"), APPROVAL_READ_VARIANTS),
    "/approvals/<int:pk>/edit/ [approvals:edit]": Sample(
        _approval("/approvals/{id}/edit/", status="draft"), APPROVAL_OWN_VARIANTS
    ),
    "/approvals/<int:pk>/act/ [approvals:act]": Sample(_approval_act("/approvals/{id}/act/"), APPROVAL_ACT_VARIANTS),
    "/approvals/<int:pk>/attachments/ [approvals:attach]": Sample(
        _approval_upload("/approvals/{id}/attachments/", api=False), APPROVAL_ACT_VARIANTS
    ),
    "/approvals/<int:pk>/attachments/<int:att>/ [approvals:attachment]": Sample(
        _approval_attachment("/approvals/{id}/attachments/{att}/"), APPROVAL_READ_VARIANTS
    ),
    "/approvals/<int:pk>/sheet.pdf [approvals:sheet]": Sample(
        _approval("/approvals/{id}/sheet.pdf"), APPROVAL_READ_VARIANTS
    ),
    "/a/<slug:slug>/approvals/ [approvals:kinds]": Sample(_filing("/a/{slug}/approvals/"), AGENCY_VARIANTS),
    "/a/<slug:slug>/approvals/<str:kind>/new/ [approvals:new]": Sample(
        _filing("/a/{slug}/approvals/{kind}/new/"), AGENCY_VARIANTS
    ),
    "/a/<slug:slug>/approvals/<str:kind>/check/ [approvals:check]": Sample(
        _filing("/a/{slug}/approvals/{kind}/check/", "POST", {"note": "x"}), AGENCY_VARIANTS
    ),
}

# The meetings API (zhidu.meetings): its samples live in their own module.
from .samples_meetings import MEETINGS_API  # noqa: E402

SAMPLES.update(MEETINGS_API)

# The meetings pages (zhidu.meetings.views): their samples live in their own module too.
from .samples_meeting_pages import MEETING_PAGES  # noqa: E402

SAMPLES.update(MEETING_PAGES)

# vehicles, seals, purchases and assets (zhidu.fleet, zhidu.seals, zhidu.assets)
from .samples_ops import OPS_SAMPLES  # noqa: E402

SAMPLES.update(OPS_SAMPLES)

# attendance, leave and duty (zhidu.attendance)
from .samples_attendance import ATTENDANCE_SAMPLES  # noqa: E402

SAMPLES.update(ATTENDANCE_SAMPLES)
