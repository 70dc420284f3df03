"""Fixtures for the web pages: the five shipped rulebooks (imported once per session) and a signed-in client."""

from __future__ import annotations

import pytest

from zhidu.rulebook import service


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with the five agencies' rulebooks, imported once for the whole session.

    Tests that use ``db`` run inside a transaction that is rolled back, so they all see this data.
    """
    with django_db_blocker.unblock():
        service.import_shipped()


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(username="web-tester", password="not-a-real-password-42")


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client
