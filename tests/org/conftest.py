"""Fixtures for the organisation app: the shipped org charts loaded into the (rolled-back) test database,
and accounts of the agencies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency


@pytest.fixture
def loaded(db: Any) -> list[Any]:
    """Every agency's org.yaml synced into the database (inside the test's transaction)."""
    from zhidu.org import loader

    return loader.load_shipped()


@pytest.fixture
def make_user(db: Any) -> Callable[..., User]:
    """``make_user("name", "tongyu-hrss", "staff", section="")``: an account of the agency with that role."""

    def make(username: str, slug: str | None, role: str | None = None, section: str = "") -> User:
        agency = Agency.objects.get(slug=slug) if slug else None
        user = User.objects.create_user(username=username, password="not-a-real-password-42", agency=agency)
        if role and agency:
            RoleAssignment.objects.create(
                user=user, agency=agency, role=role, section=section, valid_from=dt.date(2000, 1, 1)
            )
        return user

    return make


@pytest.fixture
def client_of() -> Callable[[User], Client]:
    def make(user: User) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return make
