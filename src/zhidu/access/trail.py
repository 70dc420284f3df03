"""Refusals in the security log: a signed-in user refused by the permission table leaves an entry
(等保 2.0 level 3 audits failed access as a security event)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import Denied
from .policy import Decision


def _printable(text: str) -> str:
    """Control characters (a NUL byte, which PostgreSQL's JSON cannot hold) shown as escapes."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def record_refusal(request: Any, what: str, decision: Decision | Denied) -> None:
    """A signed-in user's refusal goes to the security log (等保: failed access is audited)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return
    try:
        from zhidu.ledger import service as ledger
    except ImportError:  # pragma: no cover — the ledger app ships its service
        return
    record: Callable[..., Any] | None = getattr(ledger, "record", None)
    if record is None:  # pragma: no cover
        return
    zh = decision.reason_zh if isinstance(decision, Decision) else decision.message_zh
    en = decision.reason_en if isinstance(decision, Decision) else decision.message_en
    status = decision.status
    record(
        "access.denied",
        category="security",
        actor=user,
        reason=f"{zh} / {en}",
        meta={"what": what, "status": status, "method": request.method, "path": _printable(request.path)[:300]},
    )
