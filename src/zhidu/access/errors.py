"""The refusal raised by ``zhidu.access``: a ``Denied`` carries the HTTP status (401, 403 or 404) and
the reason in Chinese and English. The API answers it as ``{"error": {...}}`` with that status, the web
pages with the 403 page (404 page for another agency's object)."""

from __future__ import annotations

from zhidu.core.errors import BadInput

from .policy import Decision


class Denied(BadInput):
    """Not allowed. A ``BadInput`` so the CLI prints it in both languages and exits 2."""

    def __init__(self, message_zh: str, message_en: str, status: int = 403, field: str | None = None):
        super().__init__(message_zh, message_en, field)
        self.status = status

    @classmethod
    def of(cls, decision: Decision) -> Denied:
        return cls(decision.reason_zh, decision.reason_en, decision.status)
