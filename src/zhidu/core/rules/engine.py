"""Evaluate a check for an agency on a date: validate the facts, run the rules, combine the findings."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import fastjsonschema
import jsonschema
from jsonschema.exceptions import ValidationError

from ..calendar import WorkCalendar
from ..errors import BadInput, NotFound
from ..rulebook.citation import CitationId
from ..rulebook.importer import agencies_dir, load_shipped
from ..rulebook.model import Rulebook
from .model import Finding, Verdict
from .params import Parameter, Parameters
from .quick import quick_accept
from .registry import REGISTRY, Check, Registry, Resolver, RuleContext, RuleSpec


def rulebook_resolver(books: Iterable[Rulebook]) -> Resolver:
    """cite id → (display form, clause text with the segments under it)."""
    systems = {(b.slug, s.number): s for b in books for s in b.systems}

    def resolve(cite: str) -> tuple[str, str] | None:
        try:
            cid = CitationId.parse(cite)
        except BadInput:
            return None
        system = systems.get((cid.slug, cid.system))
        if system is None:
            return None
        sub = system.subtree(cid.path)
        if not sub:
            return None
        return f"《{system.title}》{sub[0].label()}", "".join(c.text for c in sub)

    return resolve


FIRST_YEAR, LAST_YEAR = 1990, 2100  # dates outside this span name no rule in force and no calendar


@dataclass
class Engine:
    registry: Registry
    params: Parameters
    _validators: dict[str, Any] = field(default_factory=dict, repr=False)  # check id → compiled validator
    _quick: dict[str, Any] = field(default_factory=dict, repr=False)  # check id → quick acceptance test
    # (check, agency, date) → (quick facts test, (rule fn, context, needs) per rule, runnable rules by fact keys)
    _plans: dict[tuple[str, str, dt.date], tuple[Any, tuple[Any, ...], Any]] = field(default_factory=dict, repr=False)
    calendar: WorkCalendar = field(default_factory=WorkCalendar)

    def use_calendar(self, calendar: WorkCalendar) -> None:
        """Count deadlines on ``calendar`` (e.g. with the overrides an administrator entered)."""
        if calendar != self.calendar:
            self.calendar = calendar
            self._plans.clear()

    def evaluate(self, check_id: str, agency: str, on: dt.date, facts: Mapping[str, Any]) -> Verdict:
        try:
            quick, steps, by_keys = self._plans[check_id, agency, on]
        except KeyError:
            quick, steps, by_keys = self._plan(check_id, agency, on)
        if not quick(facts):  # not plainly valid: the compiled validator decides, jsonschema words the error
            self._validate(check_id, facts)
            facts = integral(self.registry.checks[check_id].schema, facts)  # JSON's 2.0 is the integer 2
        if by_keys is not None:  # several rules judge only some facts: those to run, per fact keys given
            keys = tuple(facts)  # (in their order: cheaper to make and to look up than a frozenset)
            run = by_keys.get(keys)
            if run is None:
                run = _runnable(steps, keys, by_keys)
        else:
            run = steps
        findings: list[Finding] = []
        for fn, ctx, needs in run:
            if needs is not None and needs.isdisjoint(facts):
                continue  # the facts this rule judges were not given
            out = fn(facts, ctx)
            if out is None:
                continue
            if type(out) is Finding:
                findings.append(out)
            else:
                findings.extend(out)
        return _new_tuple(Verdict, (check_id, agency, on, tuple(findings)))  # Verdict(...) without its __new__

    def _validate(self, check_id: str, facts: Any) -> None:
        try:
            self._validators[check_id](facts)
        except fastjsonschema.JsonSchemaException:
            validate_facts(self.registry.checks[check_id].schema, facts)  # words the error, names the field
        except (TypeError, ValueError, AttributeError):  # facts that are not even a JSON object
            validate_facts(self.registry.checks[check_id].schema, facts)

    def _plan(self, check_id: str, agency: str, on: dt.date) -> tuple[Any, tuple[Any, ...], Any]:
        """What evaluating ``check_id`` for ``agency`` on ``on`` needs, built once: the quick facts test and
        each rule with its context. Refuses unknown checks, agencies and dates."""
        check = self.registry.get_check(check_id)
        rules = self.registry.rules_for(check_id, agency)
        if not rules:
            agencies = self.registry.agencies_of(check_id)
            raise NotFound(
                f"校验 {check_id} 不适用于机构 {agency!r}（适用：{'、'.join(agencies)}）",
                f"check {check_id} does not apply to agency {agency!r} (applies to: {', '.join(agencies)})",
                "agency",
            )
        if not isinstance(on, dt.date) or not FIRST_YEAR <= on.year <= LAST_YEAR:
            shown = on.isoformat() if isinstance(on, dt.date) else repr(on)
            raise BadInput(
                f"日期 {shown} 超出可计算范围（{FIRST_YEAR}–{LAST_YEAR} 年）",
                f"date {shown} is outside the years {FIRST_YEAR}-{LAST_YEAR}",
                "on",
            )
        if check_id not in self._validators:
            self._validators[check_id] = fastjsonschema.compile(
                dict(check.schema), formats={"date": _is_date}, use_default=False
            )
            self._quick[check_id] = quick_accept(check.schema, {"date": _is_date}) or _never
        steps = tuple(
            (
                r.fn,
                RuleContext(r, agency, on, self.params, self.registry.clauses, self.calendar),
                r.needs or None,
            )
            for r in rules
        )
        by_keys: dict[tuple[str, ...], tuple[Any, ...]] | None = None
        if sum(1 for _, _, needs in steps if needs is not None) >= _DISPATCH_MIN:
            by_keys = {}
        if len(self._plans) > 20_000:
            self._plans.clear()
        plan = self._plans[check_id, agency, on] = (self._quick[check_id], steps, by_keys)
        return plan

    def rule_params(self, r: RuleSpec, agency: str) -> list[Parameter]:
        """The parameters rule ``r`` reads for ``agency`` (named after it, or declared)."""
        mine = self.params.by_agency.get(agency, {})
        return [mine[n] for n in self.registry.params_of(r, mine)]

    def describe(self, check_id: str) -> CheckInfo:
        """A check with its rules, the agencies it applies to and the 制度 it implements."""
        c = self.registry.get_check(check_id)
        rules = [r for r in self.registry.rules if r.check == c.id]
        systems: set[str] = set()
        for r in rules:
            systems.update(_system_cite(cite.id) for cite in r.cites)
            for agency in r.agencies:
                systems.update(_system_cite(v.cite) for p in self.rule_params(r, agency) for v in p.values)
        return CheckInfo(c, tuple(rules), tuple(self.registry.agencies_of(c.id)), tuple(sorted(systems)))

    def catalog(self) -> list[CheckInfo]:
        """Every check, sorted by id."""
        return [self.describe(i) for i in sorted(self.registry.checks)]


@dataclass(frozen=True)
class CheckInfo:
    check: Check
    rules: tuple[RuleSpec, ...]
    agencies: tuple[str, ...]
    systems: tuple[str, ...]  # "agency:number" of every 制度 a rule or parameter cites

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.check.id,
            "title_zh": self.check.title_zh,
            "title_en": self.check.title_en,
            "schema": self.check.schema,
            "agencies": list(self.agencies),
            "rules": [r.id for r in self.rules],
            "systems": list(self.systems),
        }


_DISPATCH_MIN = 3  # rules with ``needs`` in a plan from which the engine picks the runnable ones by fact keys


def _runnable(
    steps: tuple[Any, ...], keys: tuple[str, ...], by_keys: dict[tuple[str, ...], tuple[Any, ...]]
) -> tuple[Any, ...]:
    """The steps whose rule runs when exactly ``keys`` are given (remembered for the plan)."""
    run = tuple((fn, ctx, None) for fn, ctx, needs in steps if needs is None or not needs.isdisjoint(keys))
    if len(by_keys) >= 256:
        by_keys.clear()
    by_keys[keys] = run
    return run


_new_tuple = tuple.__new__


def _system_cite(cite: str) -> str:
    c = CitationId.parse(cite)
    return f"{c.slug}:{c.system}"


def _fast_validator(schema: Mapping[str, Any]) -> Any:
    """The per-verdict validity test as the engine runs it: the quick acceptance test (quick.py), else the
    schema compiled to Python (fastjsonschema). Its errors are re-checked by jsonschema, which names the
    field; tests/core/test_rules.py checks they agree."""
    full = fastjsonschema.compile(dict(schema), formats={"date": _is_date}, use_default=False)
    quick = quick_accept(schema, {"date": _is_date}) or _never

    def validate(facts: Any) -> Any:
        return facts if quick(facts) else full(facts)

    return validate


def _never(_: Any) -> bool:
    return False


def _is_date(text: str) -> bool:
    """A real calendar date written YYYY-MM-DD (2026-02-30 is not)."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def validate_facts(schema: Mapping[str, Any], facts: Any) -> None:
    """Raise BadInput naming the first offending field, in Chinese and English."""
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(facts), key=lambda e: (not e.path, [str(p) for p in e.path], e.message))
    if not errors:
        return
    e: ValidationError = errors[0]
    where = ".".join(str(p) for p in e.absolute_path)
    if e.validator == "required" and "'" in e.message:
        where = ".".join(filter(None, [where, e.message.split("'")[1]]))
    where = where or "facts"
    zh = _zh(e)
    raise BadInput(f"事实“{where}”不符合要求：{zh}", f"fact '{where}' is invalid: {e.message}", where)


def _zh(e: ValidationError) -> str:
    v = e.validator
    if v == "required":
        missing = e.message.split("'")[1] if "'" in e.message else ""
        return f"缺少必填项 {missing}"
    if v == "type":
        return f"类型应为 {e.validator_value}"
    if v == "enum":
        return f"取值应为其中之一：{e.validator_value}"
    if v in ("minimum", "exclusiveMinimum"):
        return f"不能小于{'或等于' if v == 'exclusiveMinimum' else ''} {e.validator_value}"
    if v in ("maximum", "exclusiveMaximum"):
        return f"不能大于{'或等于' if v == 'exclusiveMaximum' else ''} {e.validator_value}"
    if v == "additionalProperties":
        return "含有未定义的字段"
    if v == "format":
        return f"格式应为 {e.validator_value}"
    return "取值不符合要求"


_ENGINE: Engine | None = None


def load_rule_modules() -> None:
    """Import every module of zhidu.core.rules.library so that their rules register."""
    from . import library

    for mod in pkgutil.iter_modules(library.__path__):
        importlib.import_module(f"{library.__name__}.{mod.name}")


def integral(schema: Mapping[str, Any], value: Any) -> Any:
    """``value`` with every whole float where ``schema`` wants an integer made an ``int`` (JSON Schema lets
    ``2.0`` pass as an integer; the rules count with ints). Objects and arrays are walked; other values and
    anything the schema does not describe are returned as they are."""
    kind = schema.get("type")
    if isinstance(value, float) and (
        kind == "integer" or (isinstance(kind, list) and "integer" in kind and "number" not in kind)
    ):
        return int(value) if value.is_integer() else value
    if isinstance(value, Mapping):
        props = schema.get("properties")
        if not props:
            return value
        changed = {k: integral(props[k], v) if k in props else v for k, v in value.items()}
        return changed if any(changed[k] is not value[k] for k in value) else value
    if isinstance(value, list):
        items = schema.get("items")
        if not isinstance(items, Mapping):
            return value
        out = [integral(items, v) for v in value]
        return out if any(a is not b for a, b in zip(out, value, strict=True)) else value
    return value


def default_engine() -> Engine:
    """The engine over the shipped rulebooks, parameters and rule library (built once, anchored)."""
    global _ENGINE
    if _ENGINE is None:
        load_rule_modules()
        books = load_shipped()
        params = Parameters.load(agencies_dir())
        resolve = rulebook_resolver(books)
        REGISTRY.anchor(resolve, params.citations())
        _ENGINE = Engine(REGISTRY, params)
    return _ENGINE
