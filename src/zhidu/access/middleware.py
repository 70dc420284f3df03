"""Enforces every view's and endpoint's declared (resource, action) before it runs.

Place after ``LoginRequiredMiddleware``. For each request the view's declaration (``@requires``) is
looked up — for django-ninja, the declaration of the operation the request's method selects — and
``zhidu.access.policy.can`` decides at the role level: 401 for nobody signed in (API; the web pages
redirect to the login page), 403 for a signed-in user without a role the table lets in. A view or
operation without a declaration is refused (403) and named, so nothing is open by omission.
``Denied`` raised inside a web view (``authorize``) becomes the 403 page, or the 404 page for another
agency's object; the API's exception handler answers it as JSON.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from .decorators import Requirement, requirement_of
from .errors import Denied
from .policy import can
from .subject import request_subject
from .trail import record_refusal

log = logging.getLogger(__name__)


@lru_cache(maxsize=1024)
def ninja_path_view(view: Any) -> Any:
    """The django-ninja ``PathView`` behind a URL pattern's callback (the view function django-ninja makes
    closes over it), or None for a plain Django view."""
    from ninja.operation import PathView

    if not inspect.isfunction(view) or not view.__closure__:
        return None
    for cell in view.__closure__:
        try:
            owner = cell.cell_contents
        except ValueError:  # pragma: no cover — an empty cell
            continue
        if isinstance(owner, PathView):
            return owner
    return None


def ninja_operations(view: Any) -> Iterator[Any]:
    pv = ninja_path_view(view)
    if pv is not None:
        yield from pv.operations


def view_name(view: Any) -> str:
    func = getattr(view, "func", view)  # functools.partial
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', repr(func))}"


class _NoOperation:
    pass


NO_OPERATION = _NoOperation()


def declared(request: HttpRequest, view: Any) -> Requirement | _NoOperation | None:
    """The requirement the request's view (or ninja operation for its method) declares."""
    pv = ninja_path_view(view)
    if pv is None:
        return requirement_of(view)
    for op in pv.operations:
        if request.method in op.methods:
            return requirement_of(op.view_func)
    return NO_OPERATION  # django-ninja answers 405 itself


def is_api(request: HttpRequest, view: Any = None) -> bool:
    return (view is not None and ninja_path_view(view) is not None) or request.path_info.startswith("/api/")


def api_refusal(zh: str, en: str, status: int) -> JsonResponse:
    return JsonResponse(
        {"error": {"message_zh": zh, "message_en": en, "field": None}},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def web_refusal(request: HttpRequest, zh: str, en: str, status: int) -> HttpResponse:
    if status == 401:
        return redirect_to_login(request.get_full_path())
    error = Denied(zh, en, status)
    if status == 404:
        return render(request, "web/not_found.html", {"error": error}, status=404)
    return render(request, "access/forbidden.html", {"error": error}, status=status)


class AccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: Any) -> HttpResponse | None:
        req = declared(request, view)
        if req is NO_OPERATION:
            return None
        api = is_api(request, view)
        if req is None:
            name = view_name(view)
            log.error("refused %s %s: %s declares no (resource, action)", request.method, request.path, name)
            zh = f"该页面或接口未声明权限（{name}），一律不允许"
            en = f"this page or endpoint declares no permission ({name}): refused"
            return api_refusal(zh, en, 403) if api else web_refusal(request, zh, en, 403)
        assert isinstance(req, Requirement)
        request.access_requirement = req  # type: ignore[attr-defined]
        decision = can(request_subject(request), req.action, req.resource)
        if decision.allowed:
            return None
        record_refusal(request, str(req), decision)
        if api:
            return api_refusal(decision.reason_zh, decision.reason_en, decision.status)
        return web_refusal(request, decision.reason_zh, decision.reason_en, decision.status)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, Denied):
            return None
        # Outside the request's transaction (rolled back by the exception): the refusal's entry stays.
        record_refusal(request, str(getattr(request, "access_requirement", "")), exception)
        if request.path_info.startswith("/api/"):
            return api_refusal(exception.message_zh, exception.message_en, exception.status)
        return web_refusal(request, exception.message_zh, exception.message_en, exception.status)
