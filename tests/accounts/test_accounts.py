"""Accounts: Argon2 hashing in production settings, demo accounts per role and agency."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import make_password

from zhidu.accounts import demo
from zhidu.accounts.models import RoleAssignment, User
from zhidu.core.roles import ADMIN_ROLES, PERSON_ROLES
from zhidu.settings import base


def test_production_settings_hash_with_argon2() -> None:
    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_argon2_hash_format(settings) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    assert make_password("a long enough password").startswith("argon2$argon2id$")


@pytest.mark.django_db
def test_demo_accounts_once_per_role_and_agency() -> None:
    made = demo.ensure_demo_accounts(password="demo-password-123")
    assert made is not None
    assert len(made.usernames) == 5 * (len(PERSON_ROLES) + len(ADMIN_ROLES))
    chief = User.objects.get(username="tongyu-hrss.chief")
    assert chief.agency is not None and chief.agency.slug == "tongyu-hrss"
    assert chief.check_password("demo-password-123")
    assert chief.roles_on() == ["chief"]
    assert RoleAssignment.objects.filter(role="finance_deputy").count() == 5
    assert "demo-password-123" in demo.describe(made)
    # A second run creates nothing and shows no password.
    assert demo.ensure_demo_accounts() is None
    assert User.objects.count() == 5 * (len(PERSON_ROLES) + len(ADMIN_ROLES))
