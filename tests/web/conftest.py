"""Fixtures for the web pages. The five shipped rulebooks are imported once per session by the
``django_db_setup`` override in tests/conftest.py; rolled-back tests all see them."""

from __future__ import annotations

import pytest


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(username="web-tester", password="not-a-real-password-42")


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client
