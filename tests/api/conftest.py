"""Fixtures for the HTTP API: the shipped rulebooks (imported once per session) and clients."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from zhidu.agencies.models import Agency
from zhidu.rulebook import service


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """The test database with the five agencies' rulebooks, imported once for the session.

    tests/conftest.py imports them too; importing again is a no-op ("unchanged"), so tests/api works the
    same whichever fixture ran first. Tests run in rolled-back transactions and all see this data.
    """
    with django_db_blocker.unblock():
        service.import_shipped()
    yield


@pytest.fixture
def user(db: Any, django_user_model: Any) -> Any:
    agency = Agency.objects.get(slug="tongyu-hrss")
    return django_user_model.objects.create_user(
        username="api-tester", password="not-a-real-password-42", agency=agency, display_name="接口测试"
    )


@pytest.fixture
def api(user: Any) -> Client:
    """A client signed in through the Django session, as the web pages are."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def anon(db: Any) -> Client:
    return Client()
