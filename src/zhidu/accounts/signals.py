"""A completed sign-in and every sign-out go to the lock-out record and the ledger, whatever opened or
closed the session (the sign-in pages, the idle timeout, ``Client.force_login`` in tests)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.utils import timezone

from . import events, lockout
from .models import SignInAttempt

SEEN = "zhidu_seen"  # the session's last activity (epoch seconds), read by IdleTimeoutMiddleware


@receiver(user_logged_in, dispatch_uid="zhidu.accounts.signed_in")
def signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    address = lockout.client_address(request)
    lockout.record(user.get_username(), address, SignInAttempt.SUCCEEDED)
    if request is not None and hasattr(request, "session"):
        request.session[SEEN] = int(timezone.now().timestamp())
    events.record(
        "signin.success",
        actor=user,
        obj=user,
        username=user.get_username(),
        address=address,
        second_factor=bool(getattr(request, "zhidu_second_factor", False)),
    )


@receiver(user_logged_out, dispatch_uid="zhidu.accounts.signed_out")
def signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is None:  # there was no one signed in
        return
    reason = getattr(request, "zhidu_signout_reason", "")
    events.record(
        "signout.idle" if reason == "idle" else "signout",
        actor=user,
        obj=user,
        username=user.get_username(),
        address=lockout.client_address(request),
    )
