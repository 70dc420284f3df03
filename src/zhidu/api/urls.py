"""Mounts the API at /api/v1/. Its views are exempt from LoginRequiredMiddleware: the API answers
401 JSON itself (django-ninja session auth) instead of redirecting to the login page."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, URLResolver, path, re_path

from zhidu.access import requires

from .api import api


def _exempt(patterns: list[Any]) -> list[Any]:
    for p in patterns:
        if isinstance(p, URLPattern):
            p.callback = login_not_required(p.callback)
        elif isinstance(p, URLResolver):  # pragma: no cover — ninja gives flat patterns today
            _exempt(p.url_patterns)
    return patterns


@login_not_required
@requires("api", "describe")
def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "name": api.title,
            "version": api.version,
            "openapi": request.path + "openapi.json",
            "docs": request.path + "docs",
        }
    )


@login_not_required
@requires("api", "describe")
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    return JsonResponse(
        {"error": {"message_zh": "没有这个接口", "message_en": "no such endpoint", "field": None}},
        status=404,
        json_dumps_params={"ensure_ascii": False},
    )


# Not named app_name/namespace here: include() would read a module-level app_name as this module's.
_patterns, _app, _namespace = api.urls
for _p in _patterns:  # django-ninja's own views (OpenAPI document, docs page, root): public descriptions
    if isinstance(_p, URLPattern) and _p.name in ("openapi-json", "openapi-view", "api-root"):
        requires("api", "describe")(_p.callback)
urlpatterns = [
    path("", index),
    path("", (_exempt(_patterns), _app, _namespace)),
    re_path(r"^(?P<rest>(?s:.*))\Z", not_found),  # anything else under /api/v1/, newlines included
]
