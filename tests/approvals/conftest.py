"""Fixtures for the approvals engine: the shipped org charts loaded, accounts for the demo people of
通榆县人社局 linked to them (张三 chief, 王五 分管财务副局长 from 2026-03-01, 周九 计划财务科负责人 from
2026-03-02, 吴十 and 郑一 staff, 孙八 人秘科负责人 (office), 李四 and 赵六 deputies), and the test kinds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency

from . import testkinds  # noqa: F401 — registers the test kinds

ON = dt.date(2026, 11, 23)  # a Monday
PEOPLE = {
    "zhangsan": ("张三", "chief"),
    "wangwu": ("王五", "deputy"),
    "lisi": ("李四", "deputy"),
    "zhaoliu": ("赵六", "deputy"),
    "zhoujiu": ("周九", "section_head"),
    "wushi": ("吴十", "staff"),
    "zhengyi": ("郑一", "staff"),
    "sunba": ("孙八", "office"),
    "fenger": ("冯二", "section_head"),
}


@dataclass
class Tongyu:
    agency: Agency
    users: dict[str, User]

    def __getattr__(self, name: str) -> User:
        try:
            return self.__dict__["users"][name]
        except KeyError:
            raise AttributeError(name) from None


@pytest.fixture
def tongyu(db: Any) -> Tongyu:
    return make_tongyu()


def make_tongyu() -> Tongyu:
    from zhidu.org import loader
    from zhidu.org.models import Person

    loader.load_shipped("tongyu-hrss")
    agency = Agency.objects.get(slug="tongyu-hrss")
    users = {}
    for username, (name, role) in PEOPLE.items():
        user = User.objects.create_user(username, password="Approvals-test-2026!", agency=agency, display_name=name)
        RoleAssignment.objects.create(user=user, agency=agency, role=role, valid_from=dt.date(2015, 1, 1))
        person = Person.objects.get(agency=agency, name=name)
        person.user = user
        person.save(update_fields=["user"])
        users[username] = user
    return Tongyu(agency, users)


@pytest.fixture
def client_of() -> Callable[[User], Client]:
    def make(user: User) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return make
