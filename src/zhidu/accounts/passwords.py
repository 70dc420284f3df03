"""The password policy: at least ten characters (Django's MinimumLengthValidator, settings), not a
common or all-digit password, not like the username, and at least three of the four character
classes (upper case, lower case, digits, symbols). ``check_password_policy`` runs every validator of
``AUTH_PASSWORD_VALIDATORS`` and refuses with one bilingual message; it is called wherever a password
is set (demo accounts, the change-password page)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from zhidu.core.errors import BadInput

CLASSES = (
    ("大写字母", "upper-case letters", str.isupper),
    ("小写字母", "lower-case letters", str.islower),
    ("数字", "digits", str.isdigit),
    ("符号", "symbols", lambda ch: not ch.isalnum() and not ch.isspace()),
)


def classes_in(password: str) -> int:
    """How many of the four character classes the password uses (a CJK character counts as none)."""
    return sum(1 for _zh, _en, test in CLASSES if any(test(ch) for ch in password))


class CharacterClassValidator:
    """At least ``min_classes`` of upper case, lower case, digits and symbols (GB/T 22239-2019
    8.1.4.1 a: 口令具有复杂度要求)."""

    def __init__(self, min_classes: int = 3) -> None:
        self.min_classes = min_classes

    def validate(self, password: str, user: Any = None) -> None:
        if classes_in(password) < self.min_classes:
            raise ValidationError(self._message(), code="password_too_simple")

    def _message(self) -> str:
        names_zh = "、".join(zh for zh, _en, _t in CLASSES)
        names_en = ", ".join(en for _zh, en, _t in CLASSES)
        return (
            f"密码须至少包含{names_zh}中的 {self.min_classes} 类。"
            f" / The password must use at least {self.min_classes} of: {names_en}."
        )

    def get_help_text(self) -> str:
        return self._message()


def _bilingual(error: ValidationError, language_zh: bool) -> str:
    """One validator's refusal in one language: ours for the known codes, Django's otherwise."""
    params = error.params or {}
    code = error.code or ""
    if code == "password_too_short":
        n = params.get("min_length", "")
        return f"密码太短，至少 {n} 个字符。" if language_zh else f"The password is too short: at least {n} characters."
    if code == "password_too_common":
        return "密码太常见。" if language_zh else "The password is too common."
    if code == "password_entirely_numeric":
        return "密码不能全是数字。" if language_zh else "The password cannot be entirely numeric."
    if code == "password_too_similar":
        return "密码与用户信息太相似。" if language_zh else "The password is too similar to the account's details."
    message = str(error.message) % params if params else str(error.message)
    if code == "password_too_simple":  # ours: "中文 / English"
        zh, _, en = message.partition(" / ")
        return zh if language_zh else en
    return message  # another validator's, in the current language


def password_problems(password: str, user: Any = None) -> tuple[list[str], list[str]]:
    """What the policy (every validator of ``AUTH_PASSWORD_VALIDATORS``) finds wrong with a password,
    in Chinese and in English (empty lists: nothing)."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        errors = exc.error_list
        return [_bilingual(e, True) for e in errors], [_bilingual(e, False) for e in errors]
    return [], []


def check_password_policy(password: str, user: Any = None, field: str = "password") -> None:
    """Refuse a password that breaks the policy, with every reason in Chinese and English."""
    zh, en = password_problems(password, user)
    if zh or en:
        raise BadInput("".join(zh), " ".join(en), field)
