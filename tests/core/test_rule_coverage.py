"""Every ENFORCE 制度 has checks and scenarios; every rule is exercised both ways; the docs are current."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from zhidu.core.rulebook.importer import load_shipped
from zhidu.core.rules.coverage import coverage
from zhidu.core.rules.docs import render_all
from zhidu.core.rules.engine import default_engine
from zhidu.core.rules.scenario import run_files

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
DOCS = ROOT / "docs" / "rules"


@pytest.fixture(scope="module")
def results():  # type: ignore[no-untyped-def]
    return run_files(default_engine(), [SCENARIOS], keep_verdicts=True)


def test_every_scenario_passes(results) -> None:  # type: ignore[no-untyped-def]
    failed = [f"{r.file} :: {r.name}: {'; '.join(r.problems)}" for r in results if not r.ok]
    assert not failed, "\n".join(failed)
    assert len(results) > 0


def test_every_enforce_system_has_checks_and_scenarios() -> None:
    rows = coverage(default_engine(), load_shipped(), [SCENARIOS])
    enforce = [r for r in rows if r.kind == "ENFORCE"]
    assert len(enforce) == 95  # the catalogs' 96 sections; S001-34 and S001-60 are one 制度
    missing = [f"{r.agency}:{r.system} {','.join(r.catalog_ids)} {r.title}" for r in enforce if not r.checks]
    assert not missing, "ENFORCE 制度 without a check:\n" + "\n".join(missing)
    untested = [f"{r.agency}:{r.system} {','.join(r.catalog_ids)} {r.title}" for r in enforce if not r.scenarios]
    assert not untested, "ENFORCE 制度 without scenarios:\n" + "\n".join(untested)


def test_every_rule_has_an_allowed_and_a_refused_case(results) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, set[str]] = defaultdict(set)
    for r in results:
        for rule_id, outcome in r.outcomes:
            seen[rule_id].add(outcome)
    problems = []
    for rule in default_engine().registry.rules:
        outcomes = seen.get(rule.id, set())
        if not outcomes:
            problems.append(f"{rule.id}: no scenario")
        elif len(outcomes) < 2:
            problems.append(f"{rule.id}: only {sorted(outcomes)} — needs a passing and a failing case")
    assert not problems, "\n".join(problems)


def test_generated_rule_docs_are_current() -> None:
    expected = render_all(default_engine(), load_shipped())
    stale = [
        name
        for name, text in expected.items()
        if not (DOCS / name).exists() or (DOCS / name).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"docs/rules out of date for {stale}: run `make docs`"


def test_approvers_are_known_roles(results) -> None:  # type: ignore[no-untyped-def]
    """Every role a verdict asks to approve is one of DESIGN §7's roles (or a body the texts name)."""
    from zhidu.core.roles import ROLE_BY_ID

    engine = default_engine()
    unknown: set[str] = set()
    for path in sorted(SCENARIOS.rglob("*.yaml")):
        from zhidu.core.rules.scenario import load_cases

        for case in load_cases(path):
            if "error" in case.get("expect", {}):
                continue
            verdict = engine.evaluate(case["check"], case["agency"], case["on"], case["facts"])
            unknown.update(a for f in verdict.findings for a in f.approvers if a not in ROLE_BY_ID)
    assert not unknown, f"approver role ids missing from core/roles.py: {sorted(unknown)}"
