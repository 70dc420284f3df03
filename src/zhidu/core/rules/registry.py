"""Checks and rules, and the registry that anchors every rule to the clauses it implements.

A rule module declares a check once (``check(...)``) and its rules with the ``@rule`` decorator::

    @rule("tongyu.party_group.quorum_art3_5", check="meeting.convene", agencies=["tongyu-hrss"],
          cites=[("tongyu-hrss:2:3.5", "半数以上党组成员到会")])
    def quorum_art3_5(facts, ctx): ...

``Registry.anchor(resolver)`` checks every citation against the rulebook text and fails loudly when
an id is missing or its text no longer contains the quote (DESIGN §3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..calendar import Period, Unit, WorkCalendar
from ..errors import NotFound
from .helpers import unique_clauses
from .model import Cite, CitedClause, Deadline, Finding, Outcome
from .params import Parameters

Facts = Mapping[str, Any]
RuleFn = Callable[[Facts, "RuleContext"], "Finding | Iterable[Finding] | None"]
# resolver(cite id) -> (display form, clause text including the segments under it) or None
Resolver = Callable[[str], "tuple[str, str] | None"]


_CALENDAR: WorkCalendar = WorkCalendar()


class AnchorError(RuntimeError):
    """Rules cite clauses that do not exist or no longer say what the rule quotes."""


@dataclass(frozen=True)
class Check:
    id: str
    title_zh: str
    title_en: str
    schema: dict[str, Any]
    description: str = ""


@dataclass(frozen=True)
class RuleSpec:
    id: str
    check: str
    agencies: tuple[str, ...]
    cites: tuple[Cite, ...]
    fn: RuleFn
    doc: str = ""
    params: tuple[str, ...] = ()  # parameters the rule reads besides those named with its id as prefix
    needs: frozenset[str] = frozenset()  # the rule runs only if one of these facts is given (empty: always)


_T = TypeVar("_T")
_MISSING: Any = object()  # not looked up yet
_ABSENT: Any = object()  # looked up: the agency has no such parameter (in force on the date)


@dataclass(slots=True)
class RuleContext:
    """What a rule sees besides the facts: the agency, the date, its parameters, its citations."""

    rule: RuleSpec
    agency: str
    on: dt.date
    params: Parameters
    clauses: Mapping[str, CitedClause]
    calendar: WorkCalendar = field(default_factory=lambda: _CALENDAR)
    # A context serves one rule, agency and date, so what it looks up never changes: remember it. Keys:
    # parameter names, tuples of cite ids, ("cited"|"param_or"|"deadline", …); a rule module may keep values
    # derived from parameters under a tuple key starting with its own name.
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    # all of the rule's own clauses for this agency: what most findings cite (resolved on first use)
    own_clauses: tuple[CitedClause, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def param(self, name: str) -> Any:
        v = self.memo.get(name, _MISSING)
        if v is _MISSING:
            v = self.memo[name] = self.params.value(self.agency, name, self.on)
        return v

    def param_or(self, name: str, default: Any = None) -> Any:
        """The parameter's value in force, or ``default`` when the agency has none (on this date)."""
        key = ("param_or", name)
        v = self.memo.get(key, _MISSING)
        if v is _MISSING:
            try:
                v = self.param(name)
            except NotFound:
                v = _ABSENT
            self.memo[key] = v
        return default if v is _ABSENT else v

    def has(self, name: str) -> bool:
        """Whether the agency has a value of the parameter in force on the date (``param`` would not raise)."""
        return self.param_or(name, _ABSENT) is not _ABSENT

    def defines(self, name: str) -> bool:
        """Whether the agency has the parameter at all (whatever the date)."""
        return name in self.params.by_agency.get(self.agency, ())

    def param_cited(self, name: str) -> CitedClause:
        """The clause the parameter's value in force comes from."""
        key = ("cited", name)
        c: CitedClause | None = self.memo.get(key)
        if c is None:
            v = self.params.get(self.agency, name).at(self.on)
            c = self.memo[key] = self._quoted(v.cite, v.quote)
        return c

    def cited(self, *ids: str) -> tuple[CitedClause, ...]:
        """The rule's citations resolved to their text, each once: those with the given ids, or else all
        of the rule's citations that belong to this agency (a rule serving several agencies cites each
        agency's own clause)."""
        found: tuple[CitedClause, ...] | None = self.memo.get(ids)
        if found is None:
            found = self.memo[ids] = self._resolve(ids)
        return found

    def _resolve(self, ids: tuple[str, ...]) -> tuple[CitedClause, ...]:
        own = f"{self.agency}:"
        mine = [c for c in self.rule.cites if (c.id in ids if ids else c.id.startswith(own))]
        # the rule's own quote with each clause (several rules may quote one clause differently)
        found = [self._quoted(c.id, c.quote) for c in mine if c.id in self.clauses]
        found += [self.clauses[i] for i in ids if i in self.clauses and all(c.id != i for c in mine)]
        return unique_clauses(tuple(found))

    def _quoted(self, cite: str, quote: str) -> CitedClause:
        base = self.clauses[cite]
        return base if base.quote == quote else CitedClause(cite, base.display, base.text, quote)

    def deadline(
        self,
        start: dt.date,
        amount: int,
        unit: Unit | str,
        label_zh: str,
        label_en: str,
        *,
        start_counts: bool = False,
        roll: bool = True,
    ) -> Deadline:
        """The last day of ``amount`` ``unit`` (working_days / days / months) counted from ``start`` on the
        working-day calendar: the start day does not count unless the text says so (民法典第二百零一条),
        and a calendar-day period ending on a rest day rolls to the next working day when ``roll``."""
        # the amount's type too: 2.0 == 2 (same hash), but only an int counts (Period refuses 2.0)
        key = ("deadline", start, amount, type(amount), unit, label_zh, label_en, start_counts, roll)
        found: Deadline | None = self.memo.get(key)
        if found is None:
            d = self.calendar.deadline(start, Period(amount, Unit(unit), start_counts, roll))
            found = self.remember(
                key, Deadline(d.date, label_zh, label_en, d.provisional, tuple(s.zh for s in d.trace))
            )
        return found

    def remember(self, key: tuple[Any, ...], value: _T) -> _T:
        """Keep ``value`` (computed from facts, e.g. a deadline) under ``key`` in the memo, which is bounded."""
        if len(self.memo) > 2_000:
            self.memo.clear()
        self.memo[key] = value
        return value

    def finding(
        self,
        outcome: Outcome,
        message_zh: str,
        message_en: str,
        *,
        trace: Iterable[str] = (),
        cites: Iterable[str] = (),
        approvers: Iterable[str] = (),
        deadlines: Iterable[Deadline] = (),
        extra: Iterable[CitedClause] = (),
        own: bool | None = None,
    ) -> Finding:
        """This rule's finding, citing each clause once (the first time it comes):

        - ``own=None`` (default): the clauses ``cites`` names, or else all of the rule's own clauses for this
          agency;
        - ``own=True``: the clauses ``cites`` names and every clause the rule cites;
        - ``own=False``: exactly the clauses ``cites`` names (none if it names none);

        then the ``extra`` clauses (a parameter's, see ``param_cited`` and ``param_clauses``)."""
        if cites or own is not None:
            ids = tuple(cites)
            key = ids if own is None else (own, ids)
            citations = self.memo.get(key)
            if citations is None:
                citations = self.memo[key] = self._citations(ids, own)
        else:  # the common case: all of the rule's own clauses for this agency
            citations = self.own_clauses
            if citations is None:
                citations = self.own_clauses = self._resolve(())
        if extra:
            more = tuple(extra)
            if citations:
                citations = unique_clauses(citations + more)
            elif len(more) == 1:
                citations = more
            elif len(more) == 2:  # two parameters' clauses, often the same one
                citations = more if more[0].id != more[1].id else more[:1]
            else:
                citations = unique_clauses(more)
        # what Finding(...) does, without the named tuple's Python-level __new__ (``tuple(x)`` is x itself
        # when x is a tuple)
        return _new_tuple(
            Finding,
            (
                self.rule.id,
                outcome,
                message_zh,
                message_en,
                citations,
                tuple(trace),
                tuple(approvers),
                tuple(deadlines),
            ),
        )

    def _citations(self, ids: tuple[str, ...], own: bool | None) -> tuple[CitedClause, ...]:
        if own is None:
            return self._resolve(ids)
        if own:
            return self._resolve(tuple(dict.fromkeys([*ids, *(c.id for c in self.rule.cites)])))
        return self._resolve(ids) if ids else ()

    def param_clauses(self, *names: str) -> tuple[CitedClause, ...]:
        """The clauses the named parameters' values come from, each once, less those the rule cites itself
        (for ``extra``: the rule's own quote of a clause is the one shown)."""
        key = ("param_clauses", names)
        found: tuple[CitedClause, ...] | None = self.memo.get(key)
        if found is None:
            own = {c.id for c in self.rule.cites}
            out: list[CitedClause] = []
            for n in names:
                c = self.param_cited(n)
                if c.id not in own and all(c.id != o.id for o in out):
                    out.append(c)
            found = self.memo[key] = tuple(out)
        return found


_new_tuple = tuple.__new__


@dataclass
class Registry:
    checks: dict[str, Check] = field(default_factory=dict)
    rules: list[RuleSpec] = field(default_factory=list)
    clauses: dict[str, CitedClause] = field(default_factory=dict)
    anchored: bool = False
    _index: dict[tuple[str, str], tuple[RuleSpec, ...]] = field(default_factory=dict, repr=False)

    def add_check(self, c: Check) -> Check:
        if c.id in self.checks and self.checks[c.id] != c:
            raise ValueError(f"check {c.id} declared twice with different contents")
        self.checks[c.id] = c
        return c

    def add_rule(self, r: RuleSpec) -> RuleSpec:
        if any(x.id == r.id for x in self.rules):
            raise ValueError(f"rule {r.id} declared twice")
        self.rules.append(r)
        self._index.clear()
        return r

    def params_of(self, r: RuleSpec, names: Iterable[str]) -> list[str]:
        """The parameter names among ``names`` that rule ``r`` reads (by prefix or declared)."""
        return [n for n in names if n == r.id or n.startswith(r.id + ".") or n in r.params]

    def rules_for(self, check_id: str, agency: str) -> tuple[RuleSpec, ...]:
        key = (check_id, agency)
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = tuple(r for r in self.rules if r.check == check_id and agency in r.agencies)
        return found

    def agencies_of(self, check_id: str) -> list[str]:
        return sorted({a for r in self.rules if r.check == check_id for a in r.agencies})

    def get_check(self, check_id: str) -> Check:
        if check_id not in self.checks:
            raise NotFound(f"没有名为 {check_id!r} 的校验", f"no check named {check_id!r}", "check")
        return self.checks[check_id]

    def anchor(self, resolve: Resolver, extra: Iterable[tuple[str, str, str]] = ()) -> None:
        """Resolve every citation of the rules and of ``extra`` (where, cite id, quote: the
        parameters'); raise AnchorError listing each missing id or absent quote."""
        problems = []
        clauses: dict[str, CitedClause] = {}
        for where, cid, quote in extra:
            found = resolve(cid)
            if found is None:
                problems.append(f"{where}: cited clause {cid} does not exist")
            elif _squash(quote) not in _squash(found[1]):
                problems.append(f"{where}: {cid} {found[0]} does not contain {quote!r}")
            else:
                clauses[cid] = CitedClause(cid, found[0], found[1].strip(), quote)
        for r in self.rules:
            if r.check not in self.checks:
                problems.append(f"{r.id}: unknown check {r.check}")
            for c in r.cites:
                if not c.id.startswith(tuple(f"{a}:" for a in r.agencies)):
                    problems.append(f"{r.id}: cites {c.id}, outside its agencies {r.agencies}")
                found = resolve(c.id)
                if found is None:
                    problems.append(f"{r.id}: cited clause {c.id} does not exist")
                    continue
                display, text = found
                if _squash(c.quote) not in _squash(text):
                    problems.append(f"{r.id}: {c.id} {display} does not contain {c.quote!r}")
                    continue
                clauses[c.id] = CitedClause(c.id, display, text.strip(), c.quote)
        if problems:
            raise AnchorError("rules out of step with the rulebook:\n  " + "\n  ".join(problems))
        self.clauses = clauses
        self.anchored = True


def _squash(s: str) -> str:
    return "".join(s.split())


REGISTRY = Registry()


def check(check_id: str, title_zh: str, title_en: str, schema: dict[str, Any], description: str = "") -> Check:
    """Declare a check in the global registry (idempotent for identical declarations)."""
    return REGISTRY.add_check(Check(check_id, title_zh, title_en, schema, description))


def rule(
    rule_id: str,
    *,
    check: str,
    agencies: Iterable[str],
    cites: Iterable[tuple[str, str]],
    params: Iterable[str] = (),
    needs: Iterable[str] = (),
) -> Callable[[RuleFn], RuleFn]:
    """Register a rule function for ``check`` in ``agencies``, anchored to ``cites`` (id, quote).

    ``params`` names the parameters it reads whose names do not start with ``rule_id`` (coverage and the
    generated docs attribute a parameter's clause to the rules that read it). ``needs`` names the facts the
    rule judges: when none of them is given, the engine does not run it (no finding)."""

    def deco(fn: RuleFn) -> RuleFn:
        REGISTRY.add_rule(
            RuleSpec(
                id=rule_id,
                check=check,
                agencies=tuple(agencies),
                cites=tuple(Cite(i, q) for i, q in cites),
                fn=fn,
                doc=(fn.__doc__ or "").strip(),
                params=tuple(params),
                needs=frozenset(needs),
            )
        )
        return fn

    return deco
