"""Declaring and enforcing permissions on views and API endpoints.

``@requires(resource, action)`` declares what a Django view or a django-ninja operation does. It returns
the function itself (so django-ninja still reads its signature) with the declaration attached;
``zhidu.access.middleware.AccessMiddleware`` enforces it before the view runs (401/403), and refuses
every view or endpoint without one. Inside the view, ``authorize`` checks one object (403, or 404 for
another agency's) and ``scoped`` narrows a list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import Denied
from .policy import ACTIONS, POLICY, RESOURCES, can, scope_queryset
from .subject import request_subject

F = TypeVar("F", bound=Callable[..., Any])
ATTRIBUTE = "__access__"


@dataclass(frozen=True)
class Requirement:
    resource: str
    action: str

    def __str__(self) -> str:
        return f"{self.resource}.{self.action}"


def requires(resource: str, action: str) -> Callable[[F], F]:
    """Declare that a view or API endpoint does ``action`` on ``resource`` (an entry of
    ``zhidu.access.policy.POLICY``). Unknown pairs fail at import time."""
    if resource not in RESOURCES:
        raise LookupError(f"unknown resource {resource!r}: add it to zhidu.access.policy.RESOURCES")
    if action not in ACTIONS:
        raise LookupError(f"unknown action {action!r}: add it to zhidu.access.policy.ACTIONS")
    if (resource, action) not in POLICY:
        raise LookupError(f"({resource!r}, {action!r}) is not in zhidu.access.policy.POLICY")
    requirement = Requirement(resource, action)

    def mark(view: F) -> F:
        setattr(view, ATTRIBUTE, requirement)
        return view

    return mark


def requirement_of(view: Any) -> Requirement | None:
    req = getattr(view, ATTRIBUTE, None)
    return req if isinstance(req, Requirement) else None


def authorize(request: Any, action: str, resource: str, obj: Any = None, on: dt.date | None = None) -> Any:
    """Raise ``Denied`` unless the request's user may ``action`` ``obj``; return ``obj``."""
    subject = request_subject(request) if on is None else request.user
    decision = can(subject, action, resource, obj, on=on)
    if not decision.allowed:
        raise Denied.of(decision)
    return obj


NOT_FOUND_ZH, NOT_FOUND_EN = "找不到该资源", "Not found."


def fetch(request: Any, action: str, resource: str, qs: Any, **lookup: Any) -> Any:
    """The one object of ``qs`` matching ``lookup`` that the request's user may ``action``. A missing
    object and another agency's answer alike (``Denied`` 404, "找不到该资源"), so nothing reveals that the
    other agency's exists; an object of the user's agency outside their scope answers 403."""
    obj = qs.filter(**lookup).first()
    if obj is None:
        raise Denied(NOT_FOUND_ZH, NOT_FOUND_EN, 404)
    return authorize(request, action, resource, obj)


def scoped(request: Any, resource: str, qs: Any, action: str = "read") -> Any:
    """``qs`` narrowed to what the request's user may ``action`` (``scope_queryset``)."""
    return scope_queryset(request_subject(request), resource, qs, action)
