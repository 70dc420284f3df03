"""Sign-in events in the ledger, category "security" (GB/T 22239-2019 8.1.4.3 安全审计): every
sign-in, failure, lock-out, refusal while locked, second-factor success and failure, enrolment,
removal, password change and sign-out. Entries carry the username typed and the client address,
never a password, a code or a TOTP secret.

Actions (``action`` of the ledger entry):

==========================  ==========================================================
signin.success              signed in (password, and the second factor where needed)
signin.failure              wrong username or password
signin.lockout              this failure locked the account and/or the address
signin.refused_locked       an attempt while locked (the password was not even checked)
signin.2fa.success          right one-time code
signin.2fa.failure          wrong or replayed one-time code
signin.2fa.enrolled         an authenticator was confirmed and is now active
signin.2fa.removed          the user (or an administrator) removed the authenticator
signin.password_changed     the user changed their password
signout                     signed out
signout.idle                signed out by the idle timeout
==========================  ==========================================================
"""

from __future__ import annotations

from typing import Any

from django.db import models

CATEGORY = "security"


def record(
    action: str,
    *,
    actor: Any = None,
    obj: models.Model | None = None,
    username: str = "",
    address: str = "",
    reason: str = "",
    **meta: Any,
) -> None:
    """One security entry in the ledger (``zhidu.ledger.service.record``)."""
    from zhidu.ledger.service import record as ledger_record

    details = {"username": username, "address": address, **meta}
    ledger_record(
        action,
        category=CATEGORY,
        actor=actor,
        obj=obj,
        reason=reason,
        meta={k: v for k, v in details.items() if v not in ("", None)},
    )
