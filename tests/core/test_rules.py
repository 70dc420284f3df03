"""The rule engine: anchoring, parameters by date, verdict combination, facts validation, scenarios."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rules import Finding, Outcome, Verdict
from zhidu.core.rules.engine import default_engine, validate_facts
from zhidu.core.rules.model import Cite
from zhidu.core.rules.params import Parameters, load_file
from zhidu.core.rules.registry import AnchorError, Check, Registry, RuleSpec
from zhidu.core.rules.scenario import load_cases, run_files

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 3, 2)


def resolver(cite: str) -> tuple[str, str] | None:
    texts = {"a:1:2": ("《甲》第二条", "第二条 会议应当有半数以上成员到会方可召开。")}
    return texts.get(cite)


def _registry(quote: str, cite: str = "a:1:2") -> Registry:
    reg = Registry()
    reg.add_check(Check("x.y", "甲", "A", {"type": "object"}))
    reg.add_rule(RuleSpec("r1", "x.y", ("a",), (Cite(cite, quote),), lambda facts, ctx: None))
    return reg


def test_anchoring_accepts_a_verbatim_quote_whitespace_aside() -> None:
    reg = _registry("半数以上 成员到会")
    reg.anchor(resolver)
    assert reg.clauses["a:1:2"].display == "《甲》第二条"


@pytest.mark.parametrize(
    ("quote", "cite", "why"), [("三分之二", "a:1:2", "does not contain"), ("半数", "a:1:9", "does not exist")]
)
def test_anchoring_fails_loudly(quote: str, cite: str, why: str) -> None:
    with pytest.raises(AnchorError, match=why):
        _registry(quote, cite).anchor(resolver)


def test_worst_finding_decides() -> None:
    def f(o: Outcome, approvers: tuple[str, ...] = ()) -> Finding:
        return Finding("r", o, "中", "en", approvers=approvers)

    assert Verdict("c", "a", DAY, ()).outcome is Outcome.ALLOWED
    v = Verdict("c", "a", DAY, (f(Outcome.WARNING), f(Outcome.NEEDS_APPROVAL, ("chief",)), f(Outcome.ALLOWED)))
    assert v.outcome is Outcome.NEEDS_APPROVAL and v.approvers == ("chief",)
    v = Verdict("c", "a", DAY, (f(Outcome.NEEDS_APPROVAL, ("chief",)), f(Outcome.BLOCKED)))
    assert v.outcome is Outcome.BLOCKED and v.approvers == ()


def test_parameters_take_the_value_in_force(tmp_path: Path) -> None:
    p = tmp_path / "x" / "parameters" / "finance.yaml"
    p.parent.mkdir(parents=True)
    p.write_text(
        """
finance.threshold:
  unit: yuan
  values:
    - {since: 2015-01-01, value: "5000", cite: "x:1:2", quote: "5000元"}
    - {since: 2020-07-01, value: "10000.50", cite: "x:1:3", quote: "10000元"}
share:
  unit: fraction
  values:
    - {since: 2015-01-01, value: 2/3, cite: "x:1:2", quote: "三分之二"}
""",
        encoding="utf-8",
    )
    params = load_file(p)
    assert params["finance.threshold"].at(dt.date(2020, 6, 30)).value == Decimal("5000")
    assert params["finance.threshold"].at(dt.date(2020, 7, 1)).value == Decimal("10000.50")
    assert params["share"].at(DAY).value == Fraction(2, 3)
    with pytest.raises(NotFound):
        params["share"].at(dt.date(2014, 12, 31))
    assert Parameters.load(tmp_path).value("x", "share", DAY) == Fraction(2, 3)
    (p.parent / "again.yaml").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValueError, match="defined twice"):
        Parameters.load(tmp_path)


def test_facts_errors_name_the_field_in_both_languages() -> None:
    schema = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 1}}}
    with pytest.raises(BadInput) as err:
        validate_facts(schema, {"n": 0})
    assert err.value.field == "n" and "不能小于" in err.value.message_zh and "minimum" in err.value.message_en
    with pytest.raises(BadInput) as err:
        validate_facts(schema, {})
    assert err.value.field == "n" and "缺少" in err.value.message_zh


def test_engine_loads_and_anchors_the_library() -> None:
    engine = default_engine()
    assert engine.registry.anchored
    assert "meeting.convene" in engine.registry.checks


def test_quorum_verdict_carries_clause_and_trace() -> None:
    v = default_engine().evaluate(
        "meeting.convene",
        "tongyu-hrss",
        DAY,
        {"body": "party_group", "members": 7, "present": 4, "topic_kinds": ["cadre_appointment"]},
    )
    assert v.outcome is Outcome.BLOCKED
    d = v.as_dict()
    assert d["findings"][0]["citations"][0]["id"] == "tongyu-hrss:2:3.5"
    assert "三分之二以上党组成员到会" in d["findings"][0]["citations"][0]["text"]
    assert "4.67" in d["findings"][0]["trace"][0]


def test_unknown_check_and_agency() -> None:
    engine = default_engine()
    with pytest.raises(NotFound):
        engine.evaluate("nope", "tongyu-hrss", DAY, {})
    with pytest.raises(NotFound):
        engine.evaluate("meeting.convene", "nobody", DAY, {})


def test_every_scenario_in_the_repository_passes() -> None:
    results = run_files(default_engine(), [ROOT / "scenarios"])
    assert len(results) >= 18
    failed = [f"{r.file} :: {r.name}: {r.problems}" for r in results if not r.ok]
    assert failed == []


def test_coverage_has_one_row_per_system() -> None:
    from zhidu.core.rulebook.importer import load_shipped
    from zhidu.core.rules.coverage import coverage

    rows = coverage(default_engine(), load_shipped(), [ROOT / "scenarios"])
    assert len(rows) == 220
    quorum = next(r for r in rows if r.agency == "tongyu-hrss" and r.system == 2)
    assert "meeting.convene" in quorum.checks and quorum.scenarios >= 6 and quorum.status == "enforced"
    assert {r.kind for r in rows} == {"ENFORCE", "WORKFLOW", "CHECKLIST", "TEXT"}


ODD_VALUES = [None, -1, 0, 1.5, 10**12, "", "x", "2026-02-30", "2026-2-3", "9999-01-01", [], {}, True, "1e3", "12.345"]


def test_fast_and_full_validators_agree_on_odd_facts() -> None:
    """The compiled validator decides validity per verdict; jsonschema words the errors. They must agree,
    or a fact jsonschema refuses could reach a rule."""
    import jsonschema

    from zhidu.core.rules.engine import _fast_validator

    engine = default_engine()
    bases: dict[str, list[dict[str, object]]] = {}
    root = Path(__file__).resolve().parents[2] / "scenarios"
    for path in sorted(root.rglob("*.yaml")):
        for case in load_cases(path):
            if isinstance(case, dict) and isinstance(case.get("facts"), dict) and "error" not in case["expect"]:
                bases.setdefault(case["check"], []).append(case["facts"])
    checked = 0
    for check_id, check in engine.registry.checks.items():
        fast = _fast_validator(check.schema)
        full = jsonschema.Draft202012Validator(check.schema, format_checker=jsonschema.FormatChecker())
        for base in bases.get(check_id, [])[:3]:
            for prop in check.schema.get("properties", {}):
                for odd in ODD_VALUES:
                    facts = {**base, prop: odd}
                    try:
                        fast(facts)
                        fast_ok = True
                    except Exception:
                        fast_ok = False
                    assert fast_ok == full.is_valid(facts), (check_id, prop, odd)
                    checked += 1
    assert checked > 0


def test_scenario_facts_read_like_json(tmp_path: Path) -> None:
    """Unquoted dates in a scenario's facts reach the check as ISO strings, as from the API."""
    f = tmp_path / "case.yaml"
    f.write_text(
        "- {name: n, agency: a, on: 2026-03-02, check: c, facts: {received_on: 2026-03-02, on: 1}, expect: {}}"
    )
    (case,) = load_cases(f)
    assert case["on"] == dt.date(2026, 3, 2)
    assert case["facts"] == {"received_on": "2026-03-02", "on": 1}
