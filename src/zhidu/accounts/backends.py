"""The authentication backend: the lock-out first, then the password (Django's ModelBackend).

Every call of ``django.contrib.auth.authenticate`` goes through it, the sign-in page's and any other:
a locked account or address is refused without checking the password (``PermissionDenied`` stops
``authenticate``), a wrong password is recorded and may lock. A right password is not yet a sign-in:
that is recorded when the session is opened (``signals``), after the second factor where there is one.
The reason for a refusal is left on the request (``request.zhidu_lock``) for the sign-in form.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from . import events, lockout
from .models import SignInAttempt


def _existing(username: str) -> Any:
    return get_user_model()._default_manager.filter(username=username).first()


class SignInBackend(ModelBackend):
    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        if "\x00" in str(username) or len(str(username)) > 150:  # no such account (PostgreSQL refuses NUL)
            return None
        address = lockout.client_address(request)
        lock = lockout.state(username, address)
        if lock.locked:
            lockout.record(username, address, SignInAttempt.REFUSED_LOCKED)
            events.record(
                "signin.refused_locked",
                obj=_existing(username),
                username=username,
                address=address,
                account_locked=lock.account_until is not None,
                address_locked=lock.address_until is not None,
            )
            if request is not None:
                request.zhidu_lock = lock  # type: ignore[attr-defined]
            raise PermissionDenied
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            return user
        failed(request, username, address, SignInAttempt.PASSWORD_FAILED, _existing(username))
        return None

    def get_user(self, user_id: Any) -> Any:
        """The signed-in user with their agency (its idle timeout is read on every request)."""
        user = get_user_model()._default_manager.select_related("agency").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None


def failed(request: HttpRequest | None, username: str, address: str, outcome: str, user: Any) -> lockout.LockState:
    """Record a failed password or code, in the lock-out count and the ledger; lock if that was one too many."""
    lock = lockout.record(username, address, outcome)
    action = "signin.failure" if outcome == SignInAttempt.PASSWORD_FAILED else "signin.2fa.failure"
    events.record(action, obj=user, username=username, address=address)
    if lock.locked:
        events.record(
            "signin.lockout",
            obj=user,
            username=username,
            address=address,
            account_locked=lock.account_until is not None,
            address_locked=lock.address_until is not None,
            until=lock.until.isoformat() if lock.until else None,
        )
        if request is not None:
            request.zhidu_lock = lock  # type: ignore[attr-defined]
    return lock
