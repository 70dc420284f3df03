"""Fixtures for the permission tests: accounts per role, API clients signed in as them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency

from .world import World, build_world


@pytest.fixture
def world(db: Any) -> World:
    return build_world()


@pytest.fixture
def agency_a(db: Any) -> Agency:
    return Agency.objects.get(slug="tongyu-hrss")


@pytest.fixture
def agency_b(db: Any) -> Agency:
    return Agency.objects.get(slug="wenshan-hrss")


@pytest.fixture
def make_user(db: Any) -> Callable[..., User]:
    """``make_user("name", agency, "role", ...)``: an account of ``agency`` holding the roles since a month ago."""

    def make(username: str, agency: Agency | None, *roles: str) -> User:
        user = User(username=username, agency=agency, display_name=username)
        user.set_unusable_password()
        user.save()
        start = timezone.localdate() - dt.timedelta(days=30)
        for role in roles:
            assert agency is not None
            RoleAssignment.objects.create(user=user, agency=agency, role=role, valid_from=start)
        return user

    return make


@pytest.fixture
def client_for() -> Callable[[User | None], Client]:
    def make(user: User | None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make
