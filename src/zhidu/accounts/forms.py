"""Forms of the sign-in pages. Their errors are bilingual: each carries ``message_zh`` and
``message_en`` in ``form.bilingual_errors`` (the templates show the one of the page's language)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from zhidu.core.errors import BadInput

from . import lockout
from .passwords import check_password_policy


class BilingualErrors:
    """Mixin: ``refuse(zh, en, field)`` adds an error kept in both languages."""

    def _init_bilingual(self) -> None:
        self.bilingual_errors: list[tuple[str, str]] = []

    def refuse(self, zh: str, en: str, code: str) -> ValidationError:
        self.bilingual_errors.append((zh, en))
        return ValidationError(f"{zh} / {en}", code=code)


WRONG_LOGIN = ("用户名或密码不正确。", "Wrong username or password.")


class SignInForm(BilingualErrors, AuthenticationForm):
    """Django's sign-in form; a refusal says "locked" (with until when) or "wrong username or
    password", never whether the username exists."""

    def __init__(self, request: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self._init_bilingual()

    def clean(self) -> dict[str, Any]:
        try:
            return super().clean()
        except ValidationError:
            lock = getattr(self.request, "zhidu_lock", None)
            if lock is not None and lock.locked:
                raise self.refuse(*lockout.message(lock), code="locked") from None
            raise self.refuse(*WRONG_LOGIN, code="invalid_login") from None

    def confirm_login_allowed(self, user: Any) -> None:
        if not user.is_active:  # ModelBackend refuses inactive users before this; kept for other backends
            raise self.refuse(*WRONG_LOGIN, code="inactive")


class CodeForm(BilingualErrors, forms.Form):
    """A six-digit one-time code (spaces allowed: apps show "123 456")."""

    code = forms.CharField(max_length=20, strip=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_bilingual()

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if len(code) != 6 or not code.isdigit():
            raise self.refuse("动态口令应为 6 位数字。", "The code has six digits.", code="format")
        return code


WRONG_CODE = ("动态口令不正确或已使用过。", "Wrong code, or a code already used.")


class PasswordChangeForm(BilingualErrors, forms.Form):
    """The current password, and a new one that meets the policy (``passwords``)."""

    old_password = forms.CharField(strip=False, widget=forms.PasswordInput)
    new_password1 = forms.CharField(strip=False, widget=forms.PasswordInput)
    new_password2 = forms.CharField(strip=False, widget=forms.PasswordInput)

    def __init__(self, user: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self._init_bilingual()

    def clean_old_password(self) -> str:
        old = self.cleaned_data["old_password"]
        if not self.user.check_password(old):
            raise self.refuse("当前密码不正确。", "The current password is wrong.", code="password_incorrect")
        return str(old)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        new1, new2 = data.get("new_password1"), data.get("new_password2")
        if new1 and new2 and new1 != new2:
            raise self.refuse("两次输入的新密码不一致。", "The two new passwords differ.", code="mismatch")
        if new1:
            if new1 == data.get("old_password"):
                raise self.refuse("新密码不能与当前密码相同。", "The new password must differ.", code="same")
            try:
                check_password_policy(new1, self.user, "new_password1")
            except BadInput as exc:
                raise self.refuse(exc.message_zh, exc.message_en, code="policy") from None
        return data

    def save(self) -> Any:
        self.user.set_password(self.cleaned_data["new_password1"])
        self.user.save(update_fields=["password"])
        return self.user
