"""Fixtures for the meetings app: the org charts loaded, the decision bodies synced, and a Tongyu 党组 of
seven members (the shipped demo chart has four; three more demo members are entered by hand)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from zhidu.accounts.models import User
from zhidu.agencies.models import Agency
from zhidu.org.models import Holding, Person


@pytest.fixture
def loaded(db: Any) -> None:
    from zhidu.org import loader

    loader.load_shipped()


def add_member(
    slug: str, name: str, role: str, since: dt.date = dt.date(2020, 1, 1), *, account: bool = True
) -> Person:
    """A demo person holding ``role`` (a body id = member of it), entered by hand, with an account."""
    agency = Agency.objects.get(slug=slug)
    user = None
    if account:
        user = User.objects.create_user(username=f"{slug}.m.{name}", password="not-a-real-password-42", agency=agency)
    p = Person.objects.create(agency=agency, name=name, demo=True, user=user)
    Holding.objects.create(person=p, role=role, valid_from=since)
    return p


def link_account(slug: str, name: str) -> User:
    """An account for the (demo) person ``name`` of the agency, linked to it."""
    agency = Agency.objects.get(slug=slug)
    user = User.objects.create_user(username=f"{slug}.p.{name}", password="not-a-real-password-42", agency=agency)
    Person.objects.filter(agency=agency, name=name).update(user=user)
    return user


@pytest.fixture
def tongyu7(loaded: None) -> dict[str, Person]:
    """The Tongyu 党组 with seven members: 张三 (党组书记、局长), 李四, 王五, 赵六 and 甲一, 乙二, 丙三."""
    for n in ("甲一", "乙二", "丙三"):
        add_member("tongyu-hrss", n, "party_group_meeting")
    return {p.name: p for p in Person.objects.filter(agency__slug="tongyu-hrss")}
