"""The organisation page: sections and units, who holds which post on a chosen day, who is in charge of
what, acting arrangements and the refusals the agency's text sets (server-rendered, read-only)."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from zhidu.access import authorize, requires
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.org import parse_date
from zhidu.rulebook import service as rulebook

from . import service


@requires("org", "read")
def org_page(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        agency = rulebook.get_agency(slug)
    except NotFound as exc:
        return render(request, "web/not_found.html", {"error": exc}, status=404)
    authorize(request, "read", "org", service.agency_scope(agency.slug))  # another agency's: 404
    raw = request.GET.get("on", "").strip()
    error: BadInput | None = None
    day = dt.date.today()
    if raw:
        try:
            day = parse_date(raw, "on")
        except BadInput as exc:
            error = exc
    snap = service.snapshot(agency.slug, day)
    return render(
        request,
        "org/org.html",
        {"agency": agency, "snap": snap, "on": day.isoformat(), "raw_on": raw, "error": error},
        status=400 if error else 200,
    )
