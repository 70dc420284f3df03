"""The person a permission question is about, on one day: their roles per agency (dated role
assignments) and the sections they work in or are in charge of (asked of ``zhidu.org.service``).

Built once by ``subject_of(user, on)``; the section sets are fetched only when a scope needs them.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from .policy import SIGNED_IN


def _org_service() -> Any:
    """``zhidu.org.service`` when the organisation app provides ``sections_of``/``sections_in_charge``."""
    try:
        from zhidu.org import service
    except ImportError:  # pragma: no cover — the org app ships its service
        return None
    if hasattr(service, "sections_of") and hasattr(service, "sections_in_charge"):
        return service
    return None  # pragma: no cover


class Subject:
    """A user (or nobody) on day ``on``: ``holdings`` maps each role held that day to its agencies."""

    def __init__(self, user: Any, on: dt.date, holdings: dict[str, frozenset[int]] | None = None):
        self.user = user
        self.on = on
        self.authenticated = bool(user is not None and user.is_authenticated)
        self.user_id: int | None = user.pk if self.authenticated else None
        self.home_agency: int | None = getattr(user, "agency_id", None) if self.authenticated else None
        if holdings is not None:
            self.__dict__["holdings"] = holdings

    @cached_property
    def holdings(self) -> dict[str, frozenset[int]]:
        """Role id → agency ids on ``on``; read when a rule names roles (``signed_in`` rules need none)."""
        return holdings_of(self.user, self.on)

    def role_ids(self) -> set[str]:
        return set(self.holdings)

    @cached_property
    def member_agencies(self) -> frozenset[int]:
        """The user's own agency and every agency they hold a role in."""
        ids = {a for agencies in self.holdings.values() for a in agencies}
        if self.home_agency is not None:
            ids.add(self.home_agency)
        return frozenset(ids)

    def holds(self, roles: frozenset[str]) -> bool:
        if not self.authenticated:
            return False
        return SIGNED_IN in roles or any(r in self.holdings for r in roles)

    def agencies_for(self, roles: frozenset[str]) -> set[int]:
        """The agencies in which the user holds one of ``roles`` (all their agencies for ``signed_in``)."""
        if not self.authenticated:
            return set()
        if SIGNED_IN in roles:
            return set(self.member_agencies)
        return {a for r in roles for a in self.holdings.get(r, ())}

    @cached_property
    def sections(self) -> frozenset[int]:
        """Ids of the org Sections the user works in on ``on``."""
        org = _org_service()
        if not self.authenticated or org is None:
            return frozenset()
        return frozenset(org.sections_of(self.user, self.on))

    @cached_property
    def in_charge(self) -> frozenset[int]:
        """Ids of the org Sections the user leads or is in charge of (分管) on ``on``."""
        org = _org_service()
        if not self.authenticated or org is None:
            return frozenset()
        return frozenset(org.sections_in_charge(self.user, self.on))

    def __repr__(self) -> str:
        return f"Subject(user={self.user_id}, on={self.on}, roles={sorted(self.holdings)})"


def holdings_of(user: Any, on: dt.date) -> dict[str, frozenset[int]]:
    """Role id → agency ids, from the user's role assignments valid on ``on``."""
    from django.db.models import Q

    from zhidu.accounts.models import RoleAssignment

    if user is None or not user.is_authenticated:
        return {}
    rows = (
        RoleAssignment.objects.filter(user_id=user.pk, valid_from__lte=on)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
        .values_list("role", "agency_id")
    )
    out: dict[str, set[int]] = {}
    for role, agency in rows:
        out.setdefault(role, set()).add(agency)
    return {r: frozenset(a) for r, a in out.items()}


def subject_of(user: Any, on: dt.date | None = None) -> Subject:
    """The ``Subject`` for ``user`` (a User, AnonymousUser or None) on ``on`` (default: today, local time)."""
    from django.utils import timezone

    return Subject(user, on or timezone.localdate())


def request_subject(request: Any) -> Subject:
    """The subject of a request's user today, built once per request."""
    cached = getattr(request, "_zhidu_subject", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    subject = subject_of(getattr(request, "user", None))
    request._zhidu_subject = subject
    return subject
