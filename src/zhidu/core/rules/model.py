"""Verdicts and findings (DESIGN §4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple


class Outcome(Enum):
    """A finding's or verdict's outcome; the worst finding decides the verdict."""

    ALLOWED = "allowed"
    WARNING = "warning"
    NEEDS_APPROVAL = "needs_approval"
    BLOCKED = "blocked"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @property
    def label_zh(self) -> str:
        return {"allowed": "允许", "warning": "提醒", "needs_approval": "需审批", "blocked": "不允许"}[self.value]


_SEVERITY = {Outcome.ALLOWED: 0, Outcome.WARNING: 1, Outcome.NEEDS_APPROVAL: 2, Outcome.BLOCKED: 3}
# The outcomes as plain module names: ``Outcome.ALLOWED`` goes through the enum metaclass's attribute hook on
# every use (rules name an outcome in each finding they make); these are the same members.
ALLOWED, WARNING, NEEDS_APPROVAL, BLOCKED = Outcome.ALLOWED, Outcome.WARNING, Outcome.NEEDS_APPROVAL, Outcome.BLOCKED


@dataclass(frozen=True)
class Cite:
    """A clause a rule implements, with a short verbatim quote that must be in its text."""

    id: str
    quote: str


@dataclass(frozen=True)
class CitedClause:
    id: str
    display: str
    text: str
    quote: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "display": self.display, "text": self.text, "quote": self.quote}


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    label_zh: str
    label_en: str
    provisional: bool = False
    trace: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "label_zh": self.label_zh,
            "label_en": self.label_en,
            "calendar": "provisional" if self.provisional else "official",
            "trace": list(self.trace),
        }


class Finding(NamedTuple):
    """One rule's conclusion. Immutable (a named tuple: cheap to build, as the engine makes one per rule
    per verdict)."""

    rule_id: str
    outcome: Outcome
    message_zh: str
    message_en: str
    citations: tuple[CitedClause, ...] = ()
    trace: tuple[str, ...] = ()
    approvers: tuple[str, ...] = ()
    deadlines: tuple[Deadline, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "outcome": self.outcome.value,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "citations": [c.as_dict() for c in self.citations],
            "trace": list(self.trace),
            "approvers": list(self.approvers),
            "deadlines": [d.as_dict() for d in self.deadlines],
        }


class Verdict(NamedTuple):
    """A check's answer for one agency on one date: the findings of its rules (immutable)."""

    check: str
    agency: str
    on: dt.date
    findings: tuple[Finding, ...] = ()

    @property
    def outcome(self) -> Outcome:
        worst = Outcome.ALLOWED
        for f in self.findings:
            if _SEVERITY[f.outcome] > _SEVERITY[worst]:
                worst = f.outcome
        return worst

    @property
    def approvers(self) -> tuple[str, ...]:
        """Role ids whose approval is needed, in the order the findings name them (none if blocked)."""
        if self.outcome is not Outcome.NEEDS_APPROVAL:
            return ()
        seen: dict[str, None] = {}
        for f in self.findings:
            if f.outcome is Outcome.NEEDS_APPROVAL:
                seen.update(dict.fromkeys(f.approvers))
        return tuple(seen)

    @property
    def deadlines(self) -> tuple[Deadline, ...]:
        return tuple(d for f in self.findings for d in f.deadlines)

    @property
    def citations(self) -> tuple[CitedClause, ...]:
        return tuple(c for f in self.findings for c in f.citations)

    def as_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "agency": self.agency,
            "on": self.on.isoformat(),
            "outcome": self.outcome.value,
            "approvers": list(self.approvers),
            "deadlines": [d.as_dict() for d in self.deadlines],
            "findings": [f.as_dict() for f in self.findings],
        }
