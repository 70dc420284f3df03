"""Errors that reach a user carry their message in Chinese and English."""

from __future__ import annotations


class BadInput(ValueError):
    """Input that zhidu refuses; ``message_zh``/``message_en`` say why."""

    def __init__(self, message_zh: str, message_en: str, field: str | None = None):
        super().__init__(f"{message_zh} / {message_en}")
        self.message_zh = message_zh
        self.message_en = message_en
        self.field = field

    def as_dict(self) -> dict[str, str | None]:
        return {"message_zh": self.message_zh, "message_en": self.message_en, "field": self.field}


class NotFound(BadInput):
    """A named thing (agency, system, clause, check) that does not exist."""


CONFLICT_ZH = "该事项已被他人处理，请刷新后重试"
CONFLICT_EN = "someone else has acted on this item; reload and try again"


class Conflict(BadInput):
    """Someone else changed the item between the moment it was read and this action (optimistic
    concurrency, ``zhidu.common.versioning``); nothing was saved. The API answers 409."""

    def __init__(self, message_zh: str = CONFLICT_ZH, message_en: str = CONFLICT_EN, field: str | None = "version"):
        super().__init__(message_zh, message_en, field)


class Refused(BadInput):
    """A workflow step the rules do not allow: the message says why, ``verdict`` (the check's verdict as a
    dict, with its findings and the clauses cited) says on what grounds. Nothing was saved. The API
    answers 422 with the verdict in the error body."""

    def __init__(
        self, message_zh: str, message_en: str, field: str | None = None, verdict: dict[str, object] | None = None
    ):
        super().__init__(message_zh, message_en, field)
        self.verdict = verdict

    def as_dict(self) -> dict[str, object]:  # type: ignore[override]
        return {**super().as_dict(), "verdict": self.verdict}
