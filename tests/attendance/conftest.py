"""Fixtures for zhidu.attendance: an agency's shipped org chart loaded, and accounts linked to its demo people
(with role assignments matching their posts), so that ranks, sections and approvers come from the org chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency

ON = dt.date(2026, 11, 23)  # a Monday; the demo org charts hold on it


@dataclass
class Staff:
    agency: Agency
    users: dict[str, User]  # person's name → account

    def __getitem__(self, name: str) -> User:
        return self.users[name]


def _people(slug: str) -> Staff:
    from zhidu.org import loader
    from zhidu.org.models import Holding, Person

    loader.load_shipped(slug)
    agency = Agency.objects.get(slug=slug)
    users: dict[str, User] = {}
    for person in Person.objects.filter(agency=agency):
        roles = {
            h.role
            for h in Holding.objects.filter(person=person)
            if h.covers(ON) and h.role in {"chief", "deputy", "section_head", "staff", "office", "discipline_lead"}
        }
        if not roles:
            continue
        user = User.objects.create_user(
            f"{slug}.{person.pk}", password="Attendance-test-2026!", agency=agency, display_name=person.name
        )
        for role in roles:
            RoleAssignment.objects.create(user=user, agency=agency, role=role, valid_from=dt.date(2015, 1, 1))
        person.user = user
        person.save(update_fields=["user"])
        users[person.name] = user
    return Staff(agency, users)


@pytest.fixture
def wenshan(db: Any) -> Staff:
    return _people("wenshan-hrss")


@pytest.fixture
def district(db: Any) -> Staff:
    return _people("district-bureau")


@pytest.fixture
def baicheng(db: Any) -> Staff:
    return _people("baicheng-fupin")


@pytest.fixture
def tongyu_agency(db: Any) -> Agency:
    return Agency.objects.get(slug="tongyu-hrss")


@pytest.fixture
def office_of() -> Callable[[Agency, str], User]:
    """An account of the agency's office (考勤员 / 人事教育科) with no person in the org chart."""

    def make(agency: Agency, username: str = "") -> User:
        user = User.objects.create_user(
            username or f"{agency.slug}.office", password="Attendance-test-2026!", agency=agency, display_name="考勤员"
        )
        RoleAssignment.objects.create(user=user, agency=agency, role="office", valid_from=dt.date(2015, 1, 1))
        return user

    return make


@pytest.fixture
def client_of() -> Callable[[User], Client]:
    def make(user: User) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return make


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.date], None]:
    """Pretend today is the given day (service.today and the approvals' and access' notion of today)."""

    def freeze(day: dt.date) -> None:
        from django.utils import timezone

        from zhidu.attendance import service

        monkeypatch.setattr(service, "today", lambda: day)
        monkeypatch.setattr(timezone, "localdate", lambda *a, **k: day)

    return freeze
