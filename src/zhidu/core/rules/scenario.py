"""Scenario files (DESIGN §5): YAML lists of cases, each a check evaluated on facts with an expectation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import BadInput
from .engine import Engine


@dataclass(frozen=True)
class CaseResult:
    file: str
    name: str
    ok: bool
    problems: tuple[str, ...]
    cited: tuple[str, ...] = ()
    outcomes: tuple[tuple[str, str], ...] = ()  # (rule id, outcome) of each finding


def _case_failures(
    engine: Engine, case: dict[str, Any], cited: list[str], outcomes: list[tuple[str, str]]
) -> list[str]:
    for key in ("name", "agency", "on", "check", "facts", "expect"):
        if key not in case:
            return [f"missing {key!r}"]
    on = case["on"]
    if not isinstance(on, dt.date):
        return [f"'on' must be a date, got {on!r}"]
    expect = case["expect"]
    try:
        verdict = engine.evaluate(case["check"], case["agency"], on, case["facts"])
    except BadInput as exc:
        if expect.get("error"):
            want = str(expect["error"])
            got = f"{exc.field or ''} {exc.message_zh} {exc.message_en}"
            return [] if want in got else [f"error {got!r} does not mention {want!r}"]
        return [f"error: {exc.message_zh} / {exc.message_en}"]
    cited.extend(c.id for c in verdict.citations)
    outcomes.extend((f.rule_id, f.outcome.value) for f in verdict.findings)
    if expect.get("error"):
        return [f"expected an error about {expect['error']!r}, got outcome {verdict.outcome.value}"]
    problems = []
    if "outcome" in expect and verdict.outcome.value != expect["outcome"]:
        trace = "; ".join(t for f in verdict.findings for t in f.trace)
        problems.append(f"outcome {verdict.outcome.value} != expected {expect['outcome']} ({trace})")
    texts = [c.text for c in verdict.citations]
    for quote in expect.get("cites", []):
        if not any("".join(quote.split()) in "".join(t.split()) for t in texts):
            problems.append(f"no cited clause contains {quote!r}")
    if "approvers" in expect and sorted(verdict.approvers) != sorted(expect["approvers"]):
        problems.append(f"approvers {list(verdict.approvers)} != expected {expect['approvers']}")
    if "deadline" in expect:
        dates = [d.date for d in verdict.deadlines]
        if expect["deadline"] not in dates:
            problems.append(f"deadline {expect['deadline']} not among {[d.isoformat() for d in dates]}")
    return problems


def load_cases(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BadInput(f"无法读取场景文件 {path}：{exc}", f"cannot read scenario file {path}: {exc}") from exc
    if not isinstance(data, list):
        raise BadInput(f"场景文件 {path} 应为列表", f"scenario file {path} must be a YAML list")
    # YAML 1.1 reads the bare key `on` as the boolean True; DESIGN §5 writes `on:` unquoted.
    out = []
    for c in data:
        if isinstance(c, dict):
            c = {("on" if k is True else k): v for k, v in c.items()}
            if "facts" in c:
                c["facts"] = _json_facts(c["facts"])
        out.append(c)
    return out


def _json_facts(value: Any) -> Any:
    """Facts as JSON would carry them: YAML's unquoted dates (2026-03-02) become ISO strings, as the
    API and the CLI receive them; a bare `on` key becomes "on" again."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {("on" if k is True else k): _json_facts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_facts(v) for v in value]
    return value


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.yaml")) if p.is_dir() else [p])
    return out


def run_files(engine: Engine, paths: Iterable[Path], keep_verdicts: bool = False) -> list[CaseResult]:
    """Run every case of the given files (folders: every *.yaml below them)."""
    results = []
    for path in scenario_files(paths):
        for i, case in enumerate(load_cases(path), 1):
            name = str(case.get("name", f"case {i}")) if isinstance(case, dict) else f"case {i}"
            cited: list[str] = []
            outcomes: list[tuple[str, str]] = []
            if isinstance(case, dict):
                problems = _case_failures(engine, case, cited, outcomes)
            else:
                problems = ["case is not a mapping"]
            keep = keep_verdicts
            results.append(
                CaseResult(
                    str(path),
                    name,
                    not problems,
                    tuple(problems),
                    tuple(cited) if keep else (),
                    tuple(outcomes) if keep else (),
                )
            )
    return results
