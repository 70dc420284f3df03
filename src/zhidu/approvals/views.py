"""Approval pages (Chinese first, htmx): the kinds an agency files, the form that shows as the applicant types
what the rules allow and who must approve (citing the clauses), an application with its verdict, route,
history, attachments and the actions its viewer may take, my applications, my approvals to do, the
overdue steps, and the printable approval sheet (PDF)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from zhidu.access import authorize, fetch, requires, scoped
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Conflict, NotFound

from . import kinds as registry
from . import service, sheet
from .kinds import Kind
from .models import Application

MAX_UPLOAD = 10 * 1024 * 1024 + 1


def _agency_or_404(slug: str) -> Agency:
    agency = Agency.objects.filter(slug=slug).first() if len(slug) <= 40 else None
    if agency is None:
        raise NotFound(f"没有机构 {slug[:60]!r}", f"no agency {slug[:60]!r}", "agency")
    return agency


def _not_found(request: HttpRequest, error: BadInput) -> HttpResponse:
    return render(request, "web/not_found.html", {"error": error}, status=404)


def _filing(request: HttpRequest, slug: str, kind_id: str | None = None) -> tuple[Agency, Kind | None]:
    """The agency (and kind) of a filing page, if the user may file in that agency (404 for another's)."""
    agency = _agency_or_404(slug)
    authorize(request, "create", "record", SimpleNamespace(agency_id=agency.pk, section_id=None, owner_id=None))
    kind = service.kind_for(agency, kind_id) if kind_id is not None else None
    return agency, kind


def _status(error: BadInput) -> int:
    return 404 if isinstance(error, NotFound) else 409 if isinstance(error, Conflict) else 422


def _int(value: Any, name: str) -> int:
    text = str(value or "").strip()
    if not text.isdigit() or len(text) > 18:
        raise BadInput(f"{name}应为整数", f"{name} must be a whole number", name)
    return int(text)


# --- filing ----------------------------------------------------------------------------------------------


@require_GET
@requires("record", "create")
def kinds(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        agency, _ = _filing(request, slug)
    except NotFound as exc:
        return _not_found(request, exc)
    groups: dict[str, list[Kind]] = {}
    for k in service.kinds_for(agency):
        groups.setdefault(k.domain, []).append(k)
    return render(request, "approvals/kinds.html", {"agency": agency, "groups": groups})


def _rows(filled_form: Any, errors: dict[str, tuple[str, str]] | None = None, en: bool = False) -> list[dict[str, Any]]:
    """The form's fields in its own order, each with its label and its errors in both languages; choices
    labelled "中文 / English" shown in the user's language."""
    errors = errors or {}
    rows = []
    for bound in filled_form:  # in the form's own order (``field_order``)
        f = bound.field
        if isinstance(f, forms.ChoiceField) and not isinstance(f, forms.ModelChoiceField):
            f.choices = [
                (v, service.split_label(label, str(v))[1 if en else 0] if isinstance(label, str) else label)
                for v, label in f.choices
            ]
        zh, en = service.split_label(f.label, bound.name)
        help_zh, help_en = service.split_label(f.help_text, "") if f.help_text else ("", "")
        rows.append(
            {
                "field": bound,
                "zh": zh,
                "en": en,
                "help_zh": help_zh,
                "help_en": help_en,
                "errors": [errors[bound.name]] if bound.name in errors else [],
            }
        )
    return rows


def _related_choices(kind: Kind, agency: Agency, user: Any) -> list[Application]:
    if not kind.related_kinds:
        return []
    return list(
        Application.objects.filter(
            agency=agency, applicant=user, kind__in=kind.related_kinds, status=Application.APPROVED
        ).order_by("-id")[:100]
    )


def _form_page(
    request: HttpRequest,
    agency: Agency,
    kind: Kind,
    data: dict[str, Any] | None,
    app: Application | None = None,
    error: BadInput | None = None,
    status: int = 200,
) -> HttpResponse:
    related = (data or {}).get("related", app.related_id if app else "")
    decision_ref = (data or {}).get("decision_ref", app.decision_ref if app else "")
    errors: dict[str, tuple[str, str]] = {}
    if data is None and app is None:
        form = kind.form()
        result = None
    else:
        shown = data if data is not None else (app.data if app else {})
        filled = service.fill(kind, shown)
        form, errors = filled.form, filled.errors
        result = _live(request, agency, kind, shown, app)
    return render(
        request,
        "approvals/form.html",
        {
            "agency": agency,
            "kind": kind,
            "rows": _rows(form, errors, str(getattr(request, "LANGUAGE_CODE", "zh-hans")).startswith("en")),
            "form_errors": errors.get("data"),
            "form": form,
            "app": app,
            "error": error,
            "result": result,
            "related_choices": _related_choices(kind, agency, app.applicant if app else request.user),
            "related": str(related or ""),
            "decision_ref": decision_ref or "",
        },
        status=status,
    )


def _form_data(request: HttpRequest, kind: Kind) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, f in kind.form.base_fields.items():
        if isinstance(f.widget, forms.SelectMultiple | forms.CheckboxSelectMultiple):
            data[name] = request.POST.getlist(name)
        elif name in request.POST:
            data[name] = request.POST[name]
    return data


def _live(request: HttpRequest, agency: Agency, kind: Kind, data: Any, app: Application | None) -> Any:
    related = None
    problems = []
    rel_raw = request.POST.get("related") if request.method == "POST" else (app.related_id if app else None)
    try:
        related = service._related(agency, kind, app.applicant if app else request.user, rel_raw)
    except BadInput as exc:
        problems.append((exc.message_zh, exc.message_en))
    result = service.check(kind, agency, data, app.applicant if app else request.user, related=related, application=app)
    result.problems = problems + result.problems
    return result


@requires("record", "create")
def new(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    try:
        agency, k = _filing(request, slug, kind)
    except NotFound as exc:
        return _not_found(request, exc)
    assert k is not None
    if request.method != "POST":
        return _form_page(request, agency, k, None)
    data = _form_data(request, k)
    try:
        app = service.create(
            agency,
            k.id,
            request.user,
            data,
            related=request.POST.get("related") or None,
            decision_ref=request.POST.get("decision_ref", ""),
        )
    except BadInput as exc:
        return _form_page(
            request,
            agency,
            k,
            {**data, "related": request.POST.get("related", ""), "decision_ref": request.POST.get("decision_ref", "")},
            error=exc,
            status=_status(exc),
        )
    if request.POST.get("do") == "submit":
        try:
            service.submit(app.pk, request.user, app.version)
        except BadInput as exc:
            app.refresh_from_db()
            return _form_page(request, agency, k, data, app=app, error=exc, status=_status(exc))
    return HttpResponseRedirect(service.url_of(app))


@require_POST
@requires("record", "create")
def check(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    """The live verdict (htmx partial): what the rules say of what was typed, and who must approve."""
    try:
        agency, k = _filing(request, slug, kind)
    except NotFound as exc:
        return _not_found(request, exc)
    assert k is not None
    app = None
    if request.POST.get("application"):
        try:
            app = fetch(
                request, "act", "record", Application.objects.all(), pk=_int(request.POST["application"], "application")
            )
        except BadInput as exc:
            return render(request, "approvals/_verdict.html", {"check_error": exc}, status=_status(exc))
    result = _live(request, agency, k, _form_data(request, k), app)
    return render(request, "approvals/_verdict.html", {"result": result, "kind": k, "agency": agency})


# --- one application --------------------------------------------------------------------------------------


def _app(request: HttpRequest, pk: int, action: str = "read") -> Application:
    qs = Application.objects.select_related("agency", "section", "related", "applicant")
    return fetch(request, action, "record", qs, pk=pk)  # type: ignore[no-any-return]


def _detail(request: HttpRequest, app: Application, error: BadInput | None = None, status: int = 200) -> HttpResponse:
    kind = registry.get(app.kind)
    user = request.user
    steps = list(app.steps.select_related("assignee").order_by("round", "order", "id"))
    current = service.current_step(app) if app.status == Application.SUBMITTED else None
    may = {a: service.may(app, user, a) for a in (*service.ACTIONS, "edit", "submit", "attach")}
    people = list(service.users_of(app.agency)) if (may["add_signer"] or may["copy"]) else []
    return render(
        request,
        "approvals/detail.html",
        {
            "app": app,
            "kind": kind,
            "rows": sheet.data_rows(app),
            "findings": [{**f, "check": v.get("check")} for v in app.verdicts or [] for f in v.get("findings", [])],
            "refusals": (app.resolution or {}).get("refusals", []),
            "notes": (app.resolution or {}).get("notes", []),
            "current_steps": [s for s in steps if s.round == app.round],
            "old_steps": [s for s in steps if s.round != app.round],
            "current": current,
            "events": list(service.history(app)),
            "attachments": list(app.attachments.defer("data").order_by("id")),
            "copies": list(app.copies.select_related("user")),
            "may": may,
            "forward_to": service.forward_targets(app, current) if current and may["forward"] else [],
            "people": [p for p in people if p.pk != app.applicant_id],
            "error": error,
            "today": timezone.localdate(),
            "max_upload_mib": service.settings()["attachments"]["max_bytes"] // (1024 * 1024),
            "types": ", ".join(f".{t}" for t in service.settings()["attachments"]["types"]),
        },
        status=status,
    )


@require_GET
@requires("record", "read")
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, _app(request, pk))


@requires("record", "act")
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    app = _app(request, pk, "act")
    kind = registry.get(app.kind)
    if not service.may(app, request.user, "edit"):
        return _detail(
            request,
            app,
            BadInput(
                f"该申请{app.get_status_display()}，只有申请人在草稿、退回或撤回后可以修改",
                "only the applicant may edit, while it is a draft, returned or withdrawn",
                "status",
            ),
            422,
        )
    if request.method != "POST":
        return _form_page(request, app.agency, kind, None, app=app)
    data = _form_data(request, kind)
    try:
        version = _int(request.POST.get("version"), "version")
        app = service.update(
            app.pk,
            request.user,
            version,
            data,
            related=request.POST.get("related", ""),
            decision_ref=request.POST.get("decision_ref", ""),
        )
        if request.POST.get("do") == "submit":
            service.submit(app.pk, request.user, app.version)
    except BadInput as exc:
        app.refresh_from_db()
        shown = {
            **data,
            "related": request.POST.get("related", ""),
            "decision_ref": request.POST.get("decision_ref", ""),
        }
        return _form_page(request, app.agency, kind, shown, app=app, error=exc, status=_status(exc))
    return HttpResponseRedirect(service.url_of(app))


@require_POST
@requires("record", "act")
def act(request: HttpRequest, pk: int) -> HttpResponse:
    app = _app(request, pk, "act")
    try:
        version = _int(request.POST.get("version"), "version")
        action = request.POST.get("action", "")
        if action == "submit":
            service.submit(app.pk, request.user, version)
        else:
            service.act(
                app.pk,
                request.user,
                version,
                action,
                opinion=request.POST.get("opinion", ""),
                to=request.POST.get("to") or None,
                decision_ref=request.POST.get("decision_ref") or None,
            )
    except BadInput as exc:
        app.refresh_from_db()
        return _detail(request, app, exc, _status(exc))
    return HttpResponseRedirect(service.url_of(app))


@require_POST
@requires("record", "act")
def attach(request: HttpRequest, pk: int) -> HttpResponse:
    app = _app(request, pk, "act")
    upload = request.FILES.get("file")
    try:
        version = _int(request.POST.get("version"), "version")
        if upload is None:
            raise BadInput("请选择要上传的文件", "choose a file to upload", "file")
        if upload.size is not None and upload.size > MAX_UPLOAD:
            raise BadInput("文件过大", "the file is too large", "file")
        service.attach(app.pk, request.user, version, upload.name or "", upload.read())
    except BadInput as exc:
        app.refresh_from_db()
        return _detail(request, app, exc, _status(exc))
    return HttpResponseRedirect(service.url_of(app))


@require_GET
@requires("record", "read")
def attachment(request: HttpRequest, pk: int, att: int) -> HttpResponse:
    app = _app(request, pk)
    row = app.attachments.filter(pk=att).first()
    if row is None:
        return _not_found(request, NotFound("找不到该附件", "no such attachment", "attachment"))
    response = HttpResponse(bytes(row.data), content_type=row.content_type)
    response["Content-Disposition"] = _disposition(row.name)
    response["X-Content-SHA256"] = row.sha256
    return response


def _disposition(name: str) -> str:
    from urllib.parse import quote

    return f"attachment; filename*=UTF-8''{quote(name)}"


@require_GET
@requires("record", "read")
def sheet_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    app = _app(request, pk)
    response = HttpResponse(sheet.pdf(app), content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename=approval-{app.pk}.pdf"
    return response


# --- lists ------------------------------------------------------------------------------------------------


@require_GET
@requires("record", "read")
def mine(request: HttpRequest) -> HttpResponse:
    apps = list(service.mine(request.user)[:300])
    agencies = _filing_agencies(request)
    return render(request, "approvals/mine.html", {"apps": apps, "agencies": agencies})


def _filing_agencies(request: HttpRequest) -> list[Agency]:
    from zhidu.access.policy import can

    out = []
    for a in Agency.objects.order_by("id"):
        if can(request.user, "create", "record", SimpleNamespace(agency_id=a.pk, section_id=None, owner_id=None)):
            out.append(a)
    return out


@require_GET
@requires("record", "read")
def todo(request: HttpRequest) -> HttpResponse:
    steps = list(service.todo(request.user)[:300])
    return render(request, "approvals/todo.html", {"steps": steps, "today": timezone.localdate()})


@require_GET
@requires("record", "read")
def overdue(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    steps = list(scoped(request, "record", service.overdue(today))[:300])
    return render(request, "approvals/overdue.html", {"steps": steps, "today": today, "late": _late(steps, today)})


def _late(steps: list[Any], today: dt.date) -> dict[int, int]:
    from zhidu.workflow.service import working_days_late

    return {s.pk: working_days_late(s.due, today) for s in steps if s.due}
