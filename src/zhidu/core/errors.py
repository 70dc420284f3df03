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
