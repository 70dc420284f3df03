"""Every URL pattern and every django-ninja operation that exists, with the (resource, action) it declares."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

from zhidu.access.decorators import Requirement, requirement_of
from zhidu.access.middleware import ninja_path_view, view_name


@dataclass(frozen=True)
class Endpoint:
    key: str  # "GET /api/v1/access/grants" (API operation) or "/a/<slug:slug>/ [web:agency]" (view)
    route: str
    method: str | None  # the operation's method (API); None for a Django view (any method)
    requirement: Requirement | None
    callback: Any
    api: bool
    where: str  # the function, for messages


def _walk(resolver: URLResolver, prefix: str = "", ns: str = "") -> Iterator[tuple[str, str, URLPattern]]:
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            inner = f"{ns}:{p.namespace}" if ns and p.namespace else (p.namespace or ns)
            yield from _walk(p, prefix + str(p.pattern), inner)
        else:
            yield prefix + str(p.pattern), ns, p


def endpoints() -> list[Endpoint]:
    found: dict[str, Endpoint] = {}
    for route, ns, p in _walk(get_resolver()):
        pv = ninja_path_view(p.callback)
        if pv is not None:
            for op in pv.operations:
                for method in op.methods:
                    key = f"{method} /{route}"
                    found[key] = Endpoint(
                        key, route, method, requirement_of(op.view_func), p.callback, True, view_name(op.view_func)
                    )
            continue
        name = f" [{ns}:{p.name}]" if ns and p.name else f" [{p.name}]" if p.name else ""
        key = f"/{route}{name}"
        found[key] = Endpoint(
            key, route, None, requirement_of(p.callback), p.callback, route.startswith("api/"), view_name(p.callback)
        )
    return list(found.values())
