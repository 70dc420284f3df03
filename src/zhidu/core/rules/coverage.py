"""Coverage: for every 制度 of every agency, which rules, checks and scenarios implement it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..duties import Duty
from ..rulebook.citation import CitationId
from ..rulebook.model import Rulebook
from .engine import Engine
from .scenario import run_files


@dataclass(frozen=True)
class CoverageRow:
    agency: str
    system: int
    catalog_ids: tuple[str, ...]
    title: str
    kind: str
    rules: tuple[str, ...]
    checks: tuple[str, ...]
    scenarios: int
    workflow: bool
    status: str
    duties: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "cite": f"{self.agency}:{self.system}",
            "catalog_ids": list(self.catalog_ids),
            "title": self.title,
            "kind": self.kind,
            "rules": list(self.rules),
            "checks": list(self.checks),
            "scenarios": self.scenarios,
            "workflow": self.workflow,
            "duties": self.duties,
            "status": self.status,
        }


def _system_of(cite: str) -> tuple[str, int]:
    c = CitationId.parse(cite)
    return c.slug, c.system


def status_of(kind: str, has_check: bool, scenarios: int, duties: int) -> str:
    """ENFORCE: ``enforced`` once it has checks with scenarios; WORKFLOW: ``checks`` once its decision
    points do (the workflow itself comes with the workflow issues); CHECKLIST: ``tracked`` once its
    duties are listed; TEXT: ``text``; anything missing: ``todo``."""
    if kind == "TEXT":
        return "text"
    if kind == "CHECKLIST":
        return "tracked" if duties else "todo"
    if has_check and scenarios:
        return "enforced" if kind == "ENFORCE" else "checks"
    return "todo"


def coverage(
    engine: Engine, books: list[Rulebook], scenario_dirs: list[Path], duties: Iterable[Duty] = ()
) -> list[CoverageRow]:
    rules: dict[tuple[str, int], set[str]] = defaultdict(set)
    checks: dict[tuple[str, int], set[str]] = defaultdict(set)
    for r in engine.registry.rules:
        cited = [c.id for c in r.cites]
        # data-driven rules cite through their parameters: every agency's values of those parameters
        for agency, params in engine.params.by_agency.items():
            if agency in r.agencies:
                names = engine.registry.params_of(r, params)
                cited += [v.cite for n in names for v in params[n].values]
        for cite in cited:
            key = _system_of(cite)
            rules[key].add(r.id)
            checks[key].add(r.check)
    scenarios: dict[tuple[str, int], int] = defaultdict(int)
    for result in run_files(engine, scenario_dirs, keep_verdicts=True):
        for key in {_system_of(c) for c in result.cited}:
            scenarios[key] += 1
    duty_count: dict[tuple[str, int], int] = defaultdict(int)
    for d in duties:
        duty_count[(d.agency, d.system)] += 1
    rows = []
    for book in books:
        for s in book.systems:
            key = (book.slug, s.number)
            has_check, n = bool(checks[key]), scenarios[key]
            status = status_of(s.kind, has_check, n, duty_count[key])
            rows.append(
                CoverageRow(
                    book.slug,
                    s.number,
                    s.catalog_ids,
                    s.title,
                    s.kind,
                    tuple(sorted(rules[key])),
                    tuple(sorted(checks[key])),
                    n,
                    False,
                    status,
                    duty_count[key],
                )
            )
    return rows
