"""Rules as code: checks (named decision points with a JSON Schema for their facts), rules (pure
functions of facts and parameters, each anchored to the clauses it implements), verdicts."""

from .model import Cite, CitedClause, Deadline, Finding, Outcome, Verdict
from .registry import REGISTRY, Check, Registry, RuleContext, RuleSpec, check, rule

__all__ = [
    "REGISTRY",
    "Check",
    "Cite",
    "CitedClause",
    "Deadline",
    "Finding",
    "Outcome",
    "Registry",
    "RuleContext",
    "RuleSpec",
    "Verdict",
    "check",
    "rule",
]
