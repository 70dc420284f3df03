"""Shared fixtures: the five rulebooks imported once per test database."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Import the shipped rulebooks once into the test database (rolled-back tests keep them)."""
    from zhidu.rulebook import service

    with django_db_blocker.unblock():
        service.import_shipped()
    yield
