"""The password policy (GB/T 22239-2019 8.1.4.1 a: 身份鉴别信息具有复杂度要求并定期更换): at least 10
characters, three of four character classes, not common, not all digits, not like the username;
applied to the demo accounts, the change-password page and Django's own commands."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from zhidu.accounts import demo
from zhidu.accounts.models import User
from zhidu.accounts.passwords import CharacterClassValidator, check_password_policy, classes_in, password_problems
from zhidu.core.errors import BadInput

from .conftest import PASSWORD, security_entries, sign_in


@pytest.mark.parametrize(
    ("password", "classes"),
    [("abcdefghij", 1), ("abcdefghi1", 2), ("Abcdefghi1", 3), ("abcdefgh-1", 3), ("Abcdefg-1", 4), ("密码密码密码", 0)],
)
def test_classes_counted(password: str, classes: int) -> None:
    assert classes_in(password) == classes


def test_validator_needs_three_classes_and_says_so_in_both_languages() -> None:
    v = CharacterClassValidator(min_classes=3)
    v.validate("Abcdefghi1")
    with pytest.raises(ValidationError) as exc:
        v.validate("abcdefghij1")
    message = exc.value.messages[0]
    assert "至少包含" in message and "at least 3 of" in message


@pytest.mark.parametrize(
    ("password", "zh_part", "en_part"),
    [
        ("Ab-1", "至少", "at least 10"),  # too short (and Django says so in each language)
        ("abcdefghijk", "3 类", "at least 3 of"),  # one class
        ("12345678901", "3 类", "at least 3 of"),  # digits only
        ("Password1!", "常见", "too common"),  # common, though it has four classes
    ],
)
def test_the_policy_refuses_with_bilingual_reasons(password: str, zh_part: str, en_part: str) -> None:
    with pytest.raises(BadInput) as exc:
        check_password_policy(password)
    assert zh_part in exc.value.message_zh, exc.value.message_zh
    assert en_part in exc.value.message_en, exc.value.message_en
    assert exc.value.field == "password"


def test_settings_apply_the_validator_to_djangos_own_password_setting() -> None:
    with pytest.raises(ValidationError):
        validate_password("abcdefghijkl")  # what createsuperuser and changepassword run
    validate_password("Abcdefghij-9")


def test_generated_demo_password_meets_the_policy() -> None:
    for _ in range(200):
        assert password_problems(demo.generate_password()) == ([], [])


@pytest.mark.django_db
def test_demo_accounts_refuse_a_weak_given_password() -> None:
    with pytest.raises(BadInput):
        demo.ensure_demo_accounts(password="demopassword")
    assert not User.objects.filter(last_name=demo.DEMO_MARK).exists()


@pytest.mark.django_db
def test_demo_accounts_get_a_policy_password() -> None:
    made = demo.ensure_demo_accounts()
    assert made is not None
    assert password_problems(made.password) == ([], [])
    assert User.objects.get(username="tongyu-hrss.chief").check_password(made.password)


@pytest.mark.django_db
def test_change_password_page(client, user, clock) -> None:
    sign_in(client, "zhang.san", PASSWORD)
    url = "/accounts/password/"
    r = client.post(url, {"old_password": "nope", "new_password1": "New-Pass-word9", "new_password2": "New-Pass-word9"})
    assert "当前密码不正确" in r.content.decode()
    r = client.post(url, {"old_password": PASSWORD, "new_password1": "newpassword", "new_password2": "newpassword"})
    page = r.content.decode()
    assert "3 类" in page  # the policy, in the page's language
    r = client.post(
        url, {"old_password": PASSWORD, "new_password1": "New-Pass-word9", "new_password2": "New-Pass-word8"}
    )
    assert "不一致" in r.content.decode()
    r = client.post(
        url, {"old_password": PASSWORD, "new_password1": "New-Pass-word9", "new_password2": "New-Pass-word9"}
    )
    assert "密码已修改" in r.content.decode()
    user.refresh_from_db()
    assert user.check_password("New-Pass-word9")
    assert client.get(url).status_code == 200  # still signed in (session hash updated)
    (entry,) = security_entries("signin.password_changed")
    assert entry.actor_id == user.pk
    assert "New-Pass-word9" not in str(entry.meta) + str(entry.after)
