"""The permission pages: one's own roles and rights (everyone), and the security administrator's page
for granting and revoking roles in their agency (三员分立 applies as in the API)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from zhidu.accounts.models import RoleAssignment
from zhidu.core.errors import BadInput
from zhidu.core.roles import ADMIN_ROLE_IDS, ROLES

from . import service
from .decorators import fetch, requires, scoped
from .policy import POLICY, can, requirement_label, visible_ledger_categories
from .subject import request_subject

NOTICE = "_access_notice"


@requires("permission", "read")
def mine(request: HttpRequest) -> HttpResponse:
    """我的权限: roles in force today and what the table lets them do."""
    subject = request_subject(request)
    today = subject.on
    roles = [
        a
        for a in RoleAssignment.objects.filter(user_id=subject.user_id).select_related("agency")
        if a.valid_from <= today and (a.valid_to is None or today <= a.valid_to)
    ]
    may = [requirement_label(r, a) for (r, a) in POLICY if can(subject, a, r).allowed]
    ctx = {"roles": roles, "may": may, "ledger": visible_ledger_categories(subject), "today": today}
    return render(request, "access/mine.html", ctx)


def _grant_form(request: HttpRequest) -> dict[str, Any]:
    return {k: request.POST.get(k, "").strip() for k in ("username", "role", "section", "valid_from", "reason")}


@requires("role_assignment", "grant")
@require_http_methods(["GET", "POST"])
def grants(request: HttpRequest) -> HttpResponse:
    """角色授予: the agency's role assignments; a form to grant one (security administrators)."""
    errors: list[BadInput] = []
    form: dict[str, Any] = {}
    if request.method == "POST":
        form = _grant_form(request)
        try:
            start = dt.date.fromisoformat(form["valid_from"]) if form["valid_from"] else None
        except ValueError:
            errors.append(BadInput("起始日期应为 YYYY-MM-DD", "valid_from must be YYYY-MM-DD", "valid_from"))
        else:
            try:
                agency = service.admin_agency(request.user, service.SECURITY_ADMIN)
                user = service.find_user(request.user, form["username"])
                service.grant(
                    request.user,
                    user,
                    form["role"],
                    agency,
                    section=form["section"][:60],
                    valid_from=start,
                    reason=form["reason"],
                )
            except BadInput as exc:  # Denied included: the page says why, bilingually
                errors.append(exc)
            else:
                request.session[NOTICE] = f"{form['username']} · {form['role']}"
                return HttpResponseRedirect(reverse("access:grants"))
    today = timezone.localdate()
    rows = scoped(request, "role_assignment", RoleAssignment.objects.select_related("user", "agency"), "revoke")
    ctx = {
        "rows": rows.order_by("user__username", "role", "valid_from"),
        "roles": [r for r in ROLES if not r.body],
        "admin_roles": ADMIN_ROLE_IDS,
        "errors": errors,
        "form": form,
        "today": today,
        "notice": request.session.pop(NOTICE, None) if request.method == "GET" else None,
    }
    return render(request, "access/grants.html", ctx, status=422 if errors else 200)


@requires("role_assignment", "revoke")
@require_POST
def revoke(request: HttpRequest, grant_id: int) -> HttpResponse:
    """Revoke one role assignment of the agency (POST from the grants page)."""
    assignment = fetch(request, "revoke", "role_assignment", RoleAssignment.objects.select_related("user"), pk=grant_id)
    try:
        service.revoke(request.user, assignment, reason=request.POST.get("reason", "")[:500])
    except BadInput as exc:
        return render(request, "access/forbidden.html", {"error": exc}, status=getattr(exc, "status", 422))
    request.session[NOTICE] = f"#{grant_id}"
    return HttpResponseRedirect(reverse("access:grants"))
