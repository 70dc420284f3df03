"""The organisation (组织机构) of an agency and approver resolution (审批人确定). Pure; no Django.

Each agency's ``agencies/<slug>/org.yaml`` names its sections (科室) and affiliated units as its text
names them, the areas of work (财务, 人事, 物资采购, 工程建设, 行政审批 …), the posts people hold (role ids
of DESIGN §7, dated), which leader is in charge (分管) of which sections and areas (dated), acting
arrangements (主持工作, dated, each citing its clause), the composition of collective bodies, and the
clauses that forbid a person from acting (``refusals``). Every citation carries a short verbatim quote
and is anchored against the rulebook at load, as the rules and parameters are (DESIGN §3): a missing
clause or a quote the clause no longer contains fails loading.

:class:`OrgChart` answers "who held post X on 2026-03-02" (:meth:`OrgChart.holders`) and turns a
verdict's role ids into the people who must act on a date (:meth:`OrgChart.resolve`), refusing — with the
clause cited — the combinations the agency's own text forbids:

- ``org.chief_direct`` 五个不直接管: the chief approving finance, personnel, procurement, construction or
  administrative approval without the deputy in charge of that area (routed to that deputy instead);
- ``org.own_request``: approving one's own request;
- ``org.handler``: the handler (经办人) of a matter also approving it;
- ``org.recusal`` 回避: a person with a conflict (本人或亲属) acting on the matter.

An agency whose text has no such clause gets no such refusal; where the resolution sees such a
combination anyway it adds an uncited note saying the text is silent (docs/org.md).

Dates: a holding ``from``/``to`` includes both days (``to: null`` means still held).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import BadInput, NotFound
from .roles import ROLE_BY_ID
from .rules.model import CitedClause
from .rules.registry import AnchorError, Registry, Resolver

FIRST_YEAR, LAST_YEAR = 1990, 2100

# The areas of work 分管 is about. The first five are the 五个不直接管 of the texts; an agency may add more
# (``areas:`` in its org.yaml).
STANDARD_AREAS: dict[str, tuple[str, str]] = {
    "finance": ("财务", "finance"),
    "personnel": ("人事", "personnel"),
    "procurement": ("物资采购", "procurement"),
    "construction": ("工程建设", "construction"),
    "administrative_approval": ("行政审批", "administrative approval"),
}

SECTION_KINDS = {"section": ("内设科室", "internal section"), "unit": ("直属（所属）单位", "affiliated unit")}

# Posts a person holds (held roles); bodies' ids are held too, meaning "member of".
LEADERSHIP = ("chief", "party_secretary", "deputy", "discipline_lead")
SECTION_POSTS = ("section_head", "staff")
HELD_ROLES = (*LEADERSHIP, *SECTION_POSTS, "review_committee_chair")
# Roles answered from other data: 分管 (in_charge), the section a role names (role_sections), the leadership.
IN_CHARGE_ROLES = ("deputy_in_charge", "finance_deputy")
SECTION_ROLES = ("office", "finance_section", "legal_section")
ANY_LEADER_ROLES = ("bureau_leader", "leader")
# Outside the agency: nobody in its org chart acts for these.
OUTSIDE_ROLES = ("government_leader_in_charge", "finance_bureau")
# Roles that head the whole agency (一把手 / 主持全面工作): they lead every section.
HEAD_ROLES = ("chief",)

REFUSAL_KINDS: dict[str, tuple[str, str]] = {
    "chief_direct": ("“一把手”不直接分管（五个不直接管）", "the chief does not directly manage (five areas)"),
    "own_request": ("不得审批本人的申请", "no one approves their own request"),
    "handler": ("经办与审批分离", "the handler does not approve"),
    "recusal": ("回避", "recusal for a conflict of interest"),
    "separate_in_charge": ("不得同时分管", "areas not to be held by one leader"),
}

MODES = ("person", "any", "body", "outside")


def _squash(s: str) -> str:
    return "".join(s.split())


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Cited:
    """A clause the data comes from, with a verbatim quote (anchored at load) and the reading chosen."""

    cite: str
    quote: str
    reading: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    kind: str  # section | unit
    order: int
    source: Cited
    aliases: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # the areas of work the section carries (its text says so)

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Person:
    name: str
    demo: bool = True

    @property
    def display(self) -> str:
        return f"{self.name}（演示）" if self.demo else self.name


def _covers(start: dt.date, end: dt.date | None, on: dt.date) -> bool:
    return start <= on and (end is None or on <= end)


def _overlap(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    big = dt.date.max
    return a[0] <= (b[1] or big) and b[0] <= (a[1] or big)


@dataclass(frozen=True)
class Holding:
    """A person holds a post (role id, for section posts the section) from ``start`` to ``end`` inclusive."""

    person: str
    role: str
    start: dt.date
    end: dt.date | None = None
    section: str | None = None

    def covers(self, on: dt.date) -> bool:
        return _covers(self.start, self.end, on)


@dataclass(frozen=True)
class InCharge:
    """分管: a leader is in charge of a section or an area of work, dated."""

    person: str
    start: dt.date
    end: dt.date | None = None
    section: str | None = None
    area: str | None = None

    def covers(self, on: dt.date) -> bool:
        return _covers(self.start, self.end, on)


@dataclass(frozen=True)
class Acting:
    """代理/主持工作: ``person`` stands in for a post (``for_role``) or a person (``for_person``), dated;
    ``areas``, when given, limits it to matters of those areas (e.g. signing documents)."""

    person: str
    start: dt.date
    end: dt.date | None
    reason: str
    source: Cited
    for_role: str | None = None
    for_person: str | None = None
    areas: tuple[str, ...] = ()

    def covers(self, on: dt.date) -> bool:
        return _covers(self.start, self.end, on)

    def applies(self, on: dt.date, area: str | None) -> bool:
        return self.covers(on) and (not self.areas or area in self.areas)


@dataclass(frozen=True)
class Body:
    """A collective body (党组会 …): members are the holders of ``members_roles`` and of the body's own id."""

    role: str
    members_roles: tuple[str, ...]
    source: Cited


@dataclass(frozen=True)
class Outside:
    """A role the agency's text places outside it (驻局纪检监察组 …): nobody in the org chart acts for it."""

    role: str
    name: str
    source: Cited


@dataclass(frozen=True)
class RefusalRule:
    """A clause that forbids a combination: ``kind`` (REFUSAL_KINDS), limited to approvals in ``roles``
    (empty: any role) and matters of ``areas`` (empty: any area)."""

    kind: str
    cites: tuple[Cited, ...]
    roles: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    reading: str = ""

    def applies(self, role: str, area: str | None) -> bool:
        return (not self.roles or role in self.roles) and (not self.areas or area in self.areas)


# ----------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Refusal:
    """Someone may not act, with the clause that says so."""

    rule: str  # org.chief_direct | org.own_request | org.handler | org.recusal
    role: str
    person: str
    message_zh: str
    message_en: str
    citations: tuple[CitedClause, ...]
    routed_to: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "role": self.role,
            "person": self.person,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "citations": [c.as_dict() for c in self.citations],
            "routed_to": list(self.routed_to),
        }


@dataclass(frozen=True)
class ActingNote:
    person: str  # who acts
    for_person: str  # in whose stead
    for_role: str | None
    reason: str
    start: dt.date
    end: dt.date | None
    citation: CitedClause | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "for_person": self.for_person,
            "for_role": self.for_role,
            "reason": self.reason,
            "from": self.start.isoformat(),
            "to": self.end.isoformat() if self.end else None,
            "citation": self.citation.as_dict() if self.citation else None,
        }


@dataclass(frozen=True)
class Step:
    """Who acts for one role: ``mode`` person (each listed must act), any (any one of them), body (the
    members deliberate together), outside (nobody in this agency)."""

    role: str
    persons: tuple[str, ...]
    mode: str
    acting: tuple[ActingNote, ...] = ()
    note_zh: str = ""
    note_en: str = ""

    def as_dict(self) -> dict[str, Any]:
        r = ROLE_BY_ID.get(self.role)
        return {
            "role": self.role,
            "role_zh": r.name_zh if r else self.role,
            "persons": list(self.persons),
            "mode": self.mode,
            "acting": [a.as_dict() for a in self.acting],
            "note_zh": self.note_zh,
            "note_en": self.note_en,
        }


@dataclass(frozen=True)
class Note:
    """An observation without a clause (the agency's text is silent on it): shown, never a refusal."""

    message_zh: str
    message_en: str

    def as_dict(self) -> dict[str, str]:
        return {"message_zh": self.message_zh, "message_en": self.message_en}


@dataclass(frozen=True)
class Resolution:
    agency: str
    on: dt.date
    roles: tuple[str, ...]
    steps: tuple[Step, ...]
    refusals: tuple[Refusal, ...] = ()
    notes: tuple[Note, ...] = ()
    area: str | None = None
    section: str | None = None
    requester: str | None = None
    handler: str | None = None
    conflicted: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Every role has someone to act (or is outside the agency)."""
        return all(s.persons or s.mode == "outside" for s in self.steps)

    @property
    def persons(self) -> tuple[str, ...]:
        """Everyone who must act, each once, in role order."""
        seen: dict[str, None] = {}
        for s in self.steps:
            for p in s.persons:
                seen.setdefault(p, None)
        return tuple(seen)

    def for_role(self, role: str) -> Step:
        for s in self.steps:
            if s.role == role:
                return s
        raise KeyError(role)

    def as_dict(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "on": self.on.isoformat(),
            "roles": list(self.roles),
            "area": self.area,
            "section": self.section,
            "requester": self.requester,
            "handler": self.handler,
            "conflicted": list(self.conflicted),
            "complete": self.complete,
            "persons": list(self.persons),
            "steps": [s.as_dict() for s in self.steps],
            "refusals": [r.as_dict() for r in self.refusals],
            "notes": [n.as_dict() for n in self.notes],
        }


# ------------------------------------------------------------------------------------------ the chart


@dataclass
class OrgChart:
    """One agency's organisation over time (all dated rows), with the clauses it cites once anchored."""

    agency: str
    name: str
    areas: dict[str, tuple[str, str]]
    sections: tuple[Section, ...]
    people: tuple[Person, ...]
    holdings: tuple[Holding, ...]
    in_charge: tuple[InCharge, ...] = ()
    acting: tuple[Acting, ...] = ()
    bodies: dict[str, Body] = field(default_factory=dict)
    outside: dict[str, Outside] = field(default_factory=dict)
    refusal_rules: tuple[RefusalRule, ...] = ()
    role_sections: dict[str, str] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)  # demo account role -> person name
    sources: dict[str, Cited] = field(default_factory=dict)  # where each list comes from
    reading: str = ""
    clauses: dict[str, CitedClause] = field(default_factory=dict)  # filled by anchor()

    # -- look-ups ------------------------------------------------------------------------------

    def section(self, ref: str) -> Section:
        """A section by key, name or alias; BadInput naming the field ``section``."""
        text = (ref or "").strip()
        for s in self.sections:
            if text == s.key or text in s.names():
                return s
        raise BadInput(
            f"{self.name}没有名为 {text[:60]!r} 的科室或单位",
            f"{self.agency} has no section or unit {text[:60]!r}",
            "section",
        )

    def person(self, ref: str, field_name: str = "person") -> Person:
        text = (ref or "").strip()
        for p in self.people:
            if text in (p.name, p.display):
                return p
        raise BadInput(
            f"{self.name}没有名为 {text[:60]!r} 的人员", f"{self.agency} has no person named {text[:60]!r}", field_name
        )

    def area_names(self, area: str) -> tuple[str, str]:
        return self.areas.get(area, (area, area))

    def check_area(self, area: str | None) -> str | None:
        if area is None or area == "":
            return None
        if area not in self.areas:
            raise BadInput(
                f"未知的工作领域 {area[:60]!r}（可选：{'、'.join(self.areas)}）",
                f"unknown area of work {area[:60]!r} (one of: {', '.join(self.areas)})",
                "area",
            )
        return area

    # -- who holds what --------------------------------------------------------------------------

    def posts_on(self, on: dt.date) -> list[Holding]:
        return [h for h in self.holdings if h.covers(on)]

    def in_charge_on(self, on: dt.date) -> list[InCharge]:
        return [c for c in self.in_charge if c.covers(on)]

    def acting_on(self, on: dt.date) -> list[Acting]:
        return [a for a in self.acting if a.covers(on)]

    def _by_name(self, names: Iterable[str]) -> list[Person]:
        index = {p.name: p for p in self.people}
        seen: dict[str, None] = {}
        for n in names:
            seen.setdefault(n, None)
        return [index[n] for n in seen]

    def _held(self, role: str, on: dt.date, section: str | None = None) -> list[str]:
        return [
            h.person
            for h in self.holdings
            if h.role == role and h.covers(on) and (section is None or h.section == section)
        ]

    def _heads(self, section: str, on: dt.date) -> list[str]:
        return self._held("section_head", on, section)

    def _in_charge_of(self, on: dt.date, *, section: str | None = None, area: str | None = None) -> list[str]:
        return [
            c.person
            for c in self.in_charge
            if c.covers(on)
            and ((section is not None and c.section == section) or (area is not None and c.area == area))
        ]

    def body_members(self, role: str, on: dt.date) -> list[str]:
        body = self.bodies.get(role)
        names = self._held(role, on)
        if body is not None:
            for r in body.members_roles:
                names += self._held(r, on)
        return [p.name for p in self._by_name(names)]

    def leadership(self, on: dt.date) -> list[str]:
        return [p.name for p in self._by_name(n for r in LEADERSHIP for n in self._held(r, on))]

    def holders(
        self, role: str, on: dt.date, section: str | None = None, area: str | None = None, *, acting: bool = False
    ) -> list[Person]:
        """Who holds ``role`` on ``on`` (formally; with ``acting=True``, who acts in it that day).

        Section posts (section_head, staff) take the section (key, name or alias); 分管 roles take the area
        (finance_deputy: finance) or the section; bodies give their members; roles outside the agency and
        roles nobody holds give []."""
        role = _check_role(role)
        on = check_date(on)
        key = self.section(section).key if section else None
        area = self.check_area(area)
        names, _ = self._names(role, on, key, area)
        if acting:
            names, _ = self._apply_acting(role, names, on, area)
        return self._by_name(names)

    def _names(
        self, role: str, on: dt.date, section: str | None, area: str | None, *, strict: bool = False
    ) -> tuple[list[str], str]:
        """(names, mode) for a role on a date, before acting arrangements. ``strict`` (resolution): a section
        post without a section names nobody rather than every holder."""
        if ROLE_BY_ID[role].body:
            return self.body_members(role, on), "body"
        if role in OUTSIDE_ROLES or role in self.outside:
            return [], "outside"
        if role in HELD_ROLES:
            if role in SECTION_POSTS:
                if section is None:
                    return ([] if strict else self._held(role, on)), ("person" if strict else "any")
                return self._held(role, on, section), ("person" if role == "section_head" else "any")
            return self._held(role, on), ("any" if role in ("deputy",) else "person")
        if role == "finance_deputy":
            return self._in_charge_of(on, area="finance"), "person"
        if role == "deputy_in_charge":
            if area or section:
                found = self._in_charge_of(on, area=area) if area else []
                return (found or self._in_charge_of(on, section=section)), "person"
            return ([] if strict else sorted({c.person for c in self.in_charge_on(on)})), "any"
        if role in SECTION_ROLES:
            key = self.role_sections.get(role)
            return (self._heads(key, on) if key else []), "person"
        if role in ANY_LEADER_ROLES:
            return self.leadership(on), "any"
        return [], "person"

    def _apply_acting(
        self, role: str, names: list[str], on: dt.date, area: str | None
    ) -> tuple[list[str], list[ActingNote]]:
        """Replace holders away on ``on`` by whoever stands in for them (by post, then by person)."""
        notes: list[ActingNote] = []
        out: list[str] = []
        for name in names:
            current = name
            for a in self.acting:
                if not a.applies(on, area):
                    continue
                if (a.for_role == role and name in self._held(role, on)) or a.for_person == current:
                    notes.append(
                        ActingNote(a.person, current, a.for_role, a.reason, a.start, a.end, self._cited(a.source))
                    )
                    current = a.person
            out.append(current)
        return list(dict.fromkeys(out)), notes

    def sections_of(self, person: str, on: dt.date) -> list[Section]:
        """The sections a person works in on ``on`` (section posts)."""
        keys = {h.section for h in self.holdings if h.person == person and h.covers(on) and h.section}
        return [s for s in self.sections if s.key in keys]

    def sections_in_charge(self, person: str, on: dt.date) -> list[Section]:
        """The sections a person leads (section head), is 分管 for (directly, or through an area the section
        carries), or — as chief or acting chief (主持工作) — all of them."""
        if any(h.person == person and h.role in HEAD_ROLES and h.covers(on) for h in self.holdings) or any(
            a.person == person and a.for_role in HEAD_ROLES and a.applies(on, None) for a in self.acting
        ):
            return list(self.sections)
        # standing in for someone (代理, not limited to some areas) brings their charge along for those days
        whom = {person} | {
            a.for_person for a in self.acting if a.person == person and a.for_person and a.applies(on, None)
        }
        keys = {h.section for h in self.holdings if h.person in whom and h.role == "section_head" and h.covers(on)}
        areas: set[str] = set()
        for c in self.in_charge:
            if c.person in whom and c.covers(on):
                if c.section:
                    keys.add(c.section)
                if c.area:
                    areas.add(c.area)
        return [s for s in self.sections if s.key in keys or areas.intersection(s.areas)]

    # -- resolution ---------------------------------------------------------------------------------

    def _cited(self, c: Cited) -> CitedClause:
        base = self.clauses.get(c.cite)
        if base is None:  # not anchored (a chart built by hand in a test): the quote stands for the text
            return CitedClause(c.cite, c.cite, c.quote, c.quote)
        return base if base.quote == c.quote else CitedClause(c.cite, base.display, base.text, c.quote)

    def _rules(self, kind: str, role: str, area: str | None) -> list[RefusalRule]:
        return [r for r in self.refusal_rules if r.kind == kind and r.applies(role, area)]

    def _citations(self, rules: Sequence[RefusalRule]) -> tuple[CitedClause, ...]:
        out: dict[str, CitedClause] = {}
        for r in rules:
            for c in r.cites:
                out.setdefault(c.cite, self._cited(c))
        return tuple(out.values())

    def resolve(
        self,
        roles: Sequence[str],
        on: dt.date,
        *,
        requester: str | None = None,
        handler: str | None = None,
        area: str | None = None,
        section: str | None = None,
        conflicted: Iterable[str] = (),
    ) -> Resolution:
        """The people who must act for each role on ``on``, after acting arrangements, with the refusals
        the agency's text requires (each citing its clause). ``requester``, ``handler`` and ``conflicted``
        are people's names; ``section`` a key, name or alias; ``area`` an area id of this agency."""
        role_ids = _check_roles(roles)
        on = check_date(on)
        area = self.check_area(area)
        sec = self.section(section).key if section else None
        req = self.person(requester, "requester").name if requester else None
        hdl = self.person(handler, "handler").name if handler else None
        conflicted_list = list(conflicted) if not isinstance(conflicted, str) else [conflicted]
        conf = tuple(dict.fromkeys(self.person(c, "conflicted").name for c in conflicted_list if c))
        if sec is None and req is not None:  # the matter's section defaults to the requester's own
            mine = self.sections_of(req, on)
            sec = mine[0].key if len(mine) == 1 else None
        steps: list[Step] = []
        refusals: list[Refusal] = []
        notes: list[Note] = []
        area_zh, area_en = self.area_names(area) if area else ("", "")
        deputy_roles = {"deputy_in_charge"} | ({"finance_deputy"} if area == "finance" else set())
        for role in role_ids:
            names, mode = self._names(role, on, sec, area, strict=True)
            note_zh = note_en = ""
            acting: list[ActingNote] = []
            if mode not in ("body", "outside"):
                names, acting = self._apply_acting(role, names, on, area)
            # 五个不直接管: the chief approving an area the text reserves to the deputy in charge, without that
            # deputy in the chain, is refused and routed to the deputy.
            direct = self._rules("chief_direct", role, area) if area else []
            deputies: list[str] = []
            if direct:
                deputies, _ = self._apply_acting("deputy_in_charge", self._in_charge_of(on, area=area), on, area)
            if direct and names and not deputy_roles.intersection(role_ids) and not set(names) <= set(deputies):
                standing_in = {a.person for a in acting}
                for name in names:
                    who_zh = f"主持工作的{name}" if name in standing_in else f"“一把手”{name}"
                    who_en = f"{name}, standing in for the chief," if name in standing_in else f"the chief {name}"
                    refusals.append(
                        Refusal(
                            "org.chief_direct",
                            role,
                            name,
                            f"{who_zh}不直接分管{area_zh}（五个不直接管），{area_zh}事项由分管{area_zh}的副职审批"
                            + (f"：{'、'.join(deputies)}" if deputies else "，但该日没有记录分管副职"),
                            f"{who_en} does not directly manage {area_en} "
                            f"(the five areas kept from the chief); the deputy in charge of {area_en} approves"
                            + (f": {', '.join(deputies)}" if deputies else ", but none is recorded for that day"),
                            self._citations(direct),
                            tuple(deputies),
                        )
                    )
                names = deputies
                note_zh, note_en = f"改由分管{area_zh}的副职审批", f"routed to the deputy in charge of {area_en}"
            kept: list[str] = []
            for name in names:
                refused = False
                for kind, hit, zh, en, silent_zh, silent_en in (
                    (
                        "own_request",
                        name == req,
                        f"{name}不得审批本人提出的申请",
                        f"{name} may not approve their own request",
                        f"{name}将审批本人提出的申请",
                        f"{name} would approve their own request",
                    ),
                    (
                        "handler",
                        name == hdl,
                        f"{name}是本事项的经办人，不得同时审批",
                        f"{name} handled this matter and may not also approve it",
                        f"{name}既经办又审批本事项",
                        f"{name} both handled and approves this matter",
                    ),
                    (
                        "recusal",
                        name in conf,
                        f"{name}与本事项有利害关系（本人或亲属），应当回避",
                        f"{name} has a conflict (self or relative) and must recuse",
                        f"{name}与本事项有利害关系（本人或亲属）",
                        f"{name} has a conflict (self or relative)",
                    ),
                ):
                    if not hit:
                        continue
                    rules = self._rules(kind, role, area)
                    if rules:
                        refusals.append(Refusal(f"org.{kind}", role, name, zh, en, self._citations(rules)))
                        refused = True
                    else:
                        notes.append(
                            Note(
                                f"{silent_zh}：本机构制度文本对此未作规定，未予拒绝",
                                f"{silent_en}: this agency's text has no clause on it; not refused",
                            )
                        )
                if not refused:
                    kept.append(name)
            if not kept and not note_zh:
                note_zh, note_en = self._why_empty(role, mode, names, sec, area)
            elif names and not kept:
                note_zh, note_en = "全部人员均须回避或不得审批", "everyone for this role is refused"
            if mode == "outside":
                note_zh, note_en = self._outside_note(role)
            steps.append(Step(role, tuple(kept), mode, tuple(acting), note_zh, note_en))
        return Resolution(
            self.agency,
            on,
            tuple(role_ids),
            tuple(steps),
            tuple(refusals),
            tuple(dict.fromkeys(notes)),
            area,
            sec,
            req,
            hdl,
            conf,
        )

    def _outside_note(self, role: str) -> tuple[str, str]:
        o = self.outside.get(role)
        if o is not None:
            return (
                f"由本机构以外的{o.name}办理（{o.source.cite}）",
                f"handled outside the agency by {o.name} ({o.source.cite})",
            )
        r = ROLE_BY_ID[role]
        return f"由本机构以外的{r.name_zh}办理", f"handled outside the agency ({r.name_en})"

    def _why_empty(
        self, role: str, mode: str, names: list[str], section: str | None, area: str | None
    ) -> tuple[str, str]:
        if names:
            return "全部人员均须回避或不得审批", "everyone for this role is refused"
        if role == "deputy_in_charge" and not (area or section):
            return "须指明工作领域或科室才能确定分管领导", "give the area or the section to find the deputy in charge"
        if role in SECTION_POSTS and not section:
            return "须指明科室", "give the section"
        if role in SECTION_ROLES and role not in self.role_sections:
            return "本机构文本未设此科室", "this agency's text names no such section"
        if mode == "body" and role not in self.bodies:
            return "本机构文本未规定该机构的组成", "this agency's text does not set up this body"
        return "该日无人任此职", "nobody holds this post on that day"

    # -- validation and anchoring -------------------------------------------------------------------

    def citations(self) -> list[tuple[str, str, str]]:
        """(where, cite id, quote) of every citation in the data, to anchor like rules and parameters."""
        out: list[tuple[str, str, str]] = []
        for where, c in self.sources.items():
            out.append((f"{self.agency}/org.{where}", c.cite, c.quote))
        for s in self.sections:
            out.append((f"{self.agency}/org.sections.{s.key}", s.source.cite, s.source.quote))
        for i, a in enumerate(self.acting):
            out.append((f"{self.agency}/org.acting[{i}]", a.source.cite, a.source.quote))
        for b in self.bodies.values():
            out.append((f"{self.agency}/org.bodies.{b.role}", b.source.cite, b.source.quote))
        for o in self.outside.values():
            out.append((f"{self.agency}/org.outside.{o.role}", o.source.cite, o.source.quote))
        for i, r in enumerate(self.refusal_rules):
            out += [(f"{self.agency}/org.refusals[{i}]", c.cite, c.quote) for c in r.cites]
        return out

    def anchor(self, resolve: Resolver) -> None:
        """Check every citation against the rulebook text (the rule registry's anchoring, reused); raise
        BadInput (bilingual) listing each missing clause or absent quote."""
        for where, cid, _ in self.citations():
            if not cid.startswith(f"{self.agency}:"):
                raise BadInput(
                    f"{where}：引用 {cid} 不属于本机构", f"{where}: cites {cid}, outside agency {self.agency}", "cite"
                )
        reg = Registry()
        try:
            reg.anchor(resolve, self.citations())
        except AnchorError as exc:
            detail = str(exc).split("\n", 1)[-1].strip()
            raise BadInput(
                f"组织数据所引条款不存在或不含所引原文：{detail}",
                f"the org data cites clauses that do not exist or do not say what it quotes: {detail}",
                "cite",
            ) from None
        self.clauses = dict(reg.clauses)

    def validate(self) -> None:
        """Cross-checks that need the whole chart: references, single holders, and the text's own limits on
        who may be in charge of what (五个不直接管, 分管财务审批的领导不分管工程项目建设)."""
        names = {p.name for p in self.people}
        keys = {s.key for s in self.sections}

        def need_person(name: str, where: str) -> None:
            if name not in names:
                raise BadInput(f"{where}：未列出的人员 {name!r}", f"{where}: person {name!r} is not listed", where)

        def need_section(key: str | None, where: str) -> None:
            if key is not None and key not in keys:
                raise BadInput(f"{where}：未知科室 {key!r}", f"{where}: unknown section {key!r}", where)

        for h in self.holdings:
            where = f"people.{h.person}.posts"
            need_section(h.section, where)
            if h.role in SECTION_POSTS and h.section is None:
                raise BadInput(f"{where}：{h.role} 须指明科室", f"{where}: {h.role} needs a section", where)
            if h.role in LEADERSHIP and h.section is not None:
                raise BadInput(f"{where}：领导职务不属于某一科室", f"{where}: a leadership post has no section", where)
        # one holder at a time for single posts (the chief, a section's head)
        single = [h for h in self.holdings if h.role in ("chief", "party_secretary", "section_head")]
        for i, a in enumerate(single):
            for b in single[i + 1 :]:
                if (
                    (a.role, a.section) == (b.role, b.section)
                    and a.person != b.person
                    and _overlap((a.start, a.end), (b.start, b.end))
                ):
                    what = f"{a.role}" + (f"（{a.section}）" if a.section else "")
                    raise BadInput(
                        f"people.{b.person}.posts：{what} 在 {b.start} 前后同时由 {a.person} 和 {b.person} 担任",
                        f"people.{b.person}.posts: {what} is held by both {a.person} and {b.person} around {b.start}",
                        f"people.{b.person}.posts",
                    )
        for i, c in enumerate(self.in_charge):
            where = f"in_charge[{i}]"
            need_person(c.person, where)
            need_section(c.section, where)
            if c.area is not None and c.area not in self.areas:
                raise BadInput(f"{where}：未知工作领域 {c.area!r}", f"{where}: unknown area {c.area!r}", where)
        for i, act in enumerate(self.acting):
            where = f"acting[{i}]"
            need_person(act.person, where)
            if act.for_person is not None:
                need_person(act.for_person, where)
            if act.for_role is not None and not self._held(act.for_role, act.start):
                raise BadInput(
                    f"{where}：{act.start} 无人任 {act.for_role}，无从代理",
                    f"{where}: nobody holds {act.for_role} on {act.start} to stand in for",
                    where,
                )
            if act.for_role in HEAD_ROLES and "deputy" not in [
                h.role for h in self.holdings if h.person == act.person and h.covers(act.start)
            ]:
                raise BadInput(
                    f"{where}：主持工作的 {act.person} 在 {act.start} 不是副职",
                    f"{where}: {act.person}, standing in for the chief, is not a deputy on {act.start}",
                    where,
                )
            for ar in act.areas:
                if ar not in self.areas:
                    raise BadInput(f"{where}：未知工作领域 {ar!r}", f"{where}: unknown area {ar!r}", where)
        for i, r in enumerate(self.refusal_rules):
            where = f"refusals[{i}]"
            for ar in r.areas:
                if ar not in self.areas:
                    raise BadInput(f"{where}：未知工作领域 {ar!r}", f"{where}: unknown area {ar!r}", where)
            if r.kind in ("chief_direct", "separate_in_charge") and not r.areas:
                raise BadInput(f"{where}：{r.kind} 须列出工作领域", f"{where}: {r.kind} needs areas", where)
        for role, key in self.role_sections.items():
            need_section(key, f"role_sections.{role}")
        for role, name in self.accounts.items():
            need_person(name, f"accounts.{role}")
        self._check_text_limits()
        area_rows = [c for c in self.in_charge if c.area]
        for i, x in enumerate(area_rows):
            for y in area_rows[i + 1 :]:
                if x.area == y.area and x.person != y.person and _overlap((x.start, x.end), (y.start, y.end)):
                    raise BadInput(
                        f"in_charge：{x.area} 在 {y.start} 前后同时由 {x.person} 和 {y.person} 分管",
                        f"in_charge: {x.area} is in the charge of both {x.person} and {y.person} around {y.start}",
                        "in_charge",
                    )

    def _check_text_limits(self) -> None:
        """The org data must itself obey the text: the chief is not in charge of a 五个不直接管 area (nor of a
        section carrying one), and ``separate_in_charge`` areas are never in one leader's charge at once."""
        sections = {s.key: s for s in self.sections}
        for r in self.refusal_rules:
            cite = ", ".join(c.cite for c in r.cites)
            if r.kind == "chief_direct":
                heads = [h for h in self.holdings if h.role in (r.roles or HEAD_ROLES)]
                for c in self.in_charge:
                    carried = {c.area} if c.area else set(sections[c.section].areas if c.section else ())
                    bad = carried.intersection(r.areas)
                    for h in heads:
                        if bad and h.person == c.person and _overlap((h.start, h.end), (c.start, c.end)):
                            what = "、".join(self.area_names(a)[0] for a in sorted(bad))
                            raise BadInput(
                                f"in_charge：{c.person}（{h.role}）不得直接分管{what}（{cite}）",
                                f"in_charge: {c.person} ({h.role}) may not be in charge of "
                                f"{', '.join(sorted(bad))} ({cite})",
                                "in_charge",
                            )
            if r.kind == "separate_in_charge":
                rows = [c for c in self.in_charge if c.area in r.areas]
                for i, a in enumerate(rows):
                    for b in rows[i + 1 :]:
                        if a.person == b.person and a.area != b.area and _overlap((a.start, a.end), (b.start, b.end)):
                            raise BadInput(
                                f"in_charge：{a.person} 不得同时分管 {a.area} 和 {b.area}（{cite}）",
                                f"in_charge: {a.person} may not be in charge of both {a.area} and {b.area} ({cite})",
                                "in_charge",
                            )


# --------------------------------------------------------------------------------------- checking


def check_date(on: Any) -> dt.date:
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise BadInput("日期格式应为 YYYY-MM-DD", "the date must be YYYY-MM-DD", "on")
    if not FIRST_YEAR <= on.year <= LAST_YEAR:
        raise BadInput(
            f"日期 {on.isoformat()} 超出可计算范围（{FIRST_YEAR}–{LAST_YEAR} 年）",
            f"date {on.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR}",
            "on",
        )
    return on


def parse_date(text: Any, field_name: str = "on") -> dt.date:
    """A date written YYYY-MM-DD (user input), checked for range; BadInput naming the field."""
    if isinstance(text, dt.date) and not isinstance(text, dt.datetime):
        try:
            return check_date(text)
        except BadInput as exc:
            raise BadInput(exc.message_zh, exc.message_en, field_name) from None
    if not isinstance(text, str) or len(text.strip()) != 10:
        raise BadInput(f"{field_name} 日期格式应为 YYYY-MM-DD", f"{field_name} must be a date YYYY-MM-DD", field_name)
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            f"{field_name} 不是有效日期：{text[:20]!r}", f"{field_name} is not a valid date: {text[:20]!r}", field_name
        ) from None
    try:
        return check_date(day)
    except BadInput as exc:
        raise BadInput(exc.message_zh, exc.message_en, field_name) from None


def parse_date_or_today(text: str | None, field_name: str = "on") -> dt.date:
    """``parse_date`` of an optional date (a query parameter, an option): none given (None or "") is today."""
    return parse_date(text, field_name) if text else dt.date.today()


def _check_role(role: Any) -> str:
    if not isinstance(role, str) or role not in ROLE_BY_ID:
        shown = str(role)[:60]
        raise BadInput(f"未知的角色 {shown!r}", f"unknown role {shown!r}", "roles")
    if bool(getattr(ROLE_BY_ID[role], "admin", False)):
        raise BadInput(
            f"系统管理角色 {role} 不参与业务审批（三员分立）",
            f"administrator role {role} never approves the agency's business (separation of the three administrators)",
            "roles",
        )
    return role


def _check_roles(roles: Any) -> list[str]:
    if isinstance(roles, str) or not isinstance(roles, Sequence) or not roles:
        raise BadInput("roles 应为非空的角色列表", "roles must be a non-empty list of role ids", "roles")
    if len(roles) > 50:
        raise BadInput("roles 最多 50 个", "at most 50 roles", "roles")
    return list(dict.fromkeys(_check_role(r) for r in roles))


# ------------------------------------------------------------------------------------------ loading


class _Reader:
    """Reads one org.yaml, each error naming the field (``sections[3].kind``) in Chinese and English."""

    def __init__(self, where: str):
        self.where = where

    def fail(self, path: str, zh: str, en: str) -> BadInput:
        return BadInput(f"{self.where} 的 {path}：{zh}", f"{self.where} {path}: {en}", path)

    def mapping(self, raw: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise self.fail(path, "应为映射（键: 值）", "must be a mapping")
        return raw

    def seq(self, raw: Any, path: str) -> list[Any]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise self.fail(path, "应为列表", "must be a list")
        return raw

    def text(self, raw: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str:
        v = raw.get(key)
        if v is None or v == "":
            if required:
                raise self.fail(f"{path}.{key}", "缺少必填项", "is required")
            return ""
        if not isinstance(v, str):
            raise self.fail(f"{path}.{key}", "应为文字", "must be text")
        return v.strip()

    def day(self, raw: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> dt.date | None:
        v = raw.get(key)
        if v is None:
            if required:
                raise self.fail(f"{path}.{key}", "缺少日期", "date is required")
            return None
        if isinstance(v, str):
            try:
                v = dt.date.fromisoformat(v)
            except ValueError:
                raise self.fail(f"{path}.{key}", f"不是有效日期 {v!r}", f"not a valid date {v!r}") from None
        if isinstance(v, dt.datetime) or not isinstance(v, dt.date):
            raise self.fail(f"{path}.{key}", "应为日期 YYYY-MM-DD", "must be a date YYYY-MM-DD")
        return v

    def span(self, raw: Mapping[str, Any], path: str) -> tuple[dt.date, dt.date | None]:
        start = self.day(raw, "from", path)
        end = self.day(raw, "to", path, required=False)
        assert start is not None
        if end is not None and end < start:
            raise self.fail(
                f"{path}.to", f"结束日期 {end} 早于开始日期 {start}", f"ends ({end}) before it starts ({start})"
            )
        return start, end

    def ids(
        self, raw: Mapping[str, Any], key: str, path: str, allowed: Iterable[str], what: tuple[str, str]
    ) -> tuple[str, ...]:
        values = self.seq(raw.get(key), f"{path}.{key}")
        ok = set(allowed)
        for v in values:
            if not isinstance(v, str) or v not in ok:
                raise self.fail(f"{path}.{key}", f"未知的{what[0]} {v!r}", f"unknown {what[1]} {v!r}")
        return tuple(values)

    def cited(self, raw: Any, path: str) -> Cited:
        m = self.mapping(raw, path)
        return Cited(
            self.text(m, "cite", path), self.text(m, "quote", path), self.text(m, "reading", path, required=False)
        )

    def role(self, raw: Mapping[str, Any], key: str, path: str, allowed: Iterable[str]) -> str:
        v = self.text(raw, key, path)
        if v not in set(allowed):
            raise self.fail(f"{path}.{key}", f"不可用的角色 {v!r}", f"role {v!r} is not allowed here")
        return v


BODY_ROLES = tuple(r.id for r in ROLE_BY_ID.values() if r.body)


def parse_org(data: Any, where: str, slug: str | None = None) -> OrgChart:
    """Build and validate an :class:`OrgChart` from the parsed YAML (not yet anchored)."""
    rd = _Reader(where)
    top = rd.mapping(data, "org")
    agency = rd.text(top, "agency", "org")
    if slug is not None and agency != slug:
        raise rd.fail("agency", f"应为所在目录名 {slug}", f"must be the folder's slug {slug}")
    name = rd.text(top, "name", "org")

    areas = dict(STANDARD_AREAS)
    for key, spec in rd.mapping(top.get("areas") or {}, "areas").items():
        m = rd.mapping(spec, f"areas.{key}")
        areas[str(key)] = (rd.text(m, "zh", f"areas.{key}"), rd.text(m, "en", f"areas.{key}"))

    sources = {str(k): rd.cited(v, f"sources.{k}") for k, v in rd.mapping(top.get("sources") or {}, "sources").items()}

    sections: list[Section] = []
    seen_names: set[str] = set()
    for i, raw in enumerate(rd.seq(top.get("sections"), "sections")):
        path = f"sections[{i}]"
        m = rd.mapping(raw, path)
        key = rd.text(m, "key", path)
        kind = rd.text(m, "kind", path)
        if kind not in SECTION_KINDS:
            raise rd.fail(f"{path}.kind", "应为 section（科室）或 unit（单位）", "must be section or unit")
        aliases = tuple(str(a) for a in rd.seq(m.get("aliases"), f"{path}.aliases"))
        sec = Section(
            key,
            rd.text(m, "name", path),
            kind,
            len(sections) + 1,
            rd.cited(m, path),
            aliases,
            rd.ids(m, "areas", path, areas, ("工作领域", "area")),
        )
        if any(s.key == key for s in sections):
            raise rd.fail(f"{path}.key", f"重复的科室标识 {key!r}", f"duplicate section key {key!r}")
        for n in sec.names():
            if n in seen_names:
                raise rd.fail(f"{path}.name", f"重复的科室名称 {n!r}", f"duplicate section name {n!r}")
            seen_names.add(n)
        sections.append(sec)
    section_keys = {s.key for s in sections}
    section_by_name = {n: s.key for s in sections for n in s.names()}

    def section_ref(v: Any, path: str) -> str:
        if not isinstance(v, str) or (v not in section_keys and v not in section_by_name):
            raise rd.fail(path, f"未知科室 {v!r}", f"unknown section {v!r}")
        return v if v in section_keys else section_by_name[v]

    people: list[Person] = []
    holdings: list[Holding] = []
    for i, raw in enumerate(rd.seq(top.get("people"), "people")):
        path = f"people[{i}]"
        m = rd.mapping(raw, path)
        pname = rd.text(m, "name", path)
        if any(p.name == pname for p in people):
            raise rd.fail(f"{path}.name", f"重复的人员 {pname!r}", f"duplicate person {pname!r}")
        demo = m.get("demo", True)
        if not isinstance(demo, bool):
            raise rd.fail(f"{path}.demo", "应为 true 或 false", "must be true or false")
        people.append(Person(pname, demo))
        for j, post in enumerate(rd.seq(m.get("posts"), f"{path}.posts")):
            ppath = f"{path}.posts[{j}]"
            pm = rd.mapping(post, ppath)
            role = rd.role(pm, "role", ppath, (*HELD_ROLES, *BODY_ROLES))
            start, end = rd.span(pm, ppath)
            sec_key = section_ref(pm["section"], f"{ppath}.section") if pm.get("section") else None
            holdings.append(Holding(pname, role, start, end, sec_key))

    in_charge: list[InCharge] = []
    for i, raw in enumerate(rd.seq(top.get("in_charge"), "in_charge")):
        path = f"in_charge[{i}]"
        m = rd.mapping(raw, path)
        who = rd.text(m, "person", path)
        start, end = rd.span(m, path)
        secs = [section_ref(s, f"{path}.sections") for s in rd.seq(m.get("sections"), f"{path}.sections")]
        ars = rd.ids(m, "areas", path, areas, ("工作领域", "area"))
        if not secs and not ars:
            raise rd.fail(path, "须列出 sections 或 areas", "needs sections or areas")
        in_charge += [InCharge(who, start, end, section=s) for s in secs]
        in_charge += [InCharge(who, start, end, area=a) for a in ars]

    acting: list[Acting] = []
    for i, raw in enumerate(rd.seq(top.get("acting"), "acting")):
        path = f"acting[{i}]"
        m = rd.mapping(raw, path)
        start, end = rd.span(m, path)
        if end is None:
            raise rd.fail(f"{path}.to", "代理须有结束日期", "an acting arrangement needs an end date")
        for_role = rd.role(m, "for_role", path, HELD_ROLES) if m.get("for_role") else None
        for_person = rd.text(m, "for_person", path, required=False) or None
        if (for_role is None) == (for_person is None):
            raise rd.fail(
                path, "须且只能给出 for_role 或 for_person 之一", "give exactly one of for_role and for_person"
            )
        acting.append(
            Acting(
                rd.text(m, "person", path),
                start,
                end,
                rd.text(m, "reason", path),
                rd.cited(m, path),
                for_role,
                for_person,
                rd.ids(m, "areas", path, areas, ("工作领域", "area")),
            )
        )

    bodies: dict[str, Body] = {}
    for role, spec in rd.mapping(top.get("bodies") or {}, "bodies").items():
        path = f"bodies.{role}"
        if role not in BODY_ROLES:
            raise rd.fail(path, f"{role!r} 不是集体机构", f"{role!r} is not a body role")
        m = rd.mapping(spec, path)
        members = rd.ids(m, "members_roles", path, (*HELD_ROLES, *BODY_ROLES), ("角色", "role"))
        bodies[role] = Body(role, members, rd.cited(m, path))

    outside: dict[str, Outside] = {}
    for role, spec in rd.mapping(top.get("outside") or {}, "outside").items():
        path = f"outside.{role}"
        if role not in ROLE_BY_ID or ROLE_BY_ID[role].body:
            raise rd.fail(path, f"未知的个人角色 {role!r}", f"unknown person role {role!r}")
        m = rd.mapping(spec, path)
        outside[role] = Outside(role, rd.text(m, "name", path), rd.cited(m, path))

    rules: list[RefusalRule] = []
    for i, raw in enumerate(rd.seq(top.get("refusals"), "refusals")):
        path = f"refusals[{i}]"
        m = rd.mapping(raw, path)
        kind = rd.text(m, "kind", path)
        if kind not in REFUSAL_KINDS:
            raise rd.fail(f"{path}.kind", f"未知的禁止类别 {kind!r}", f"unknown refusal kind {kind!r}")
        cites = tuple(rd.cited(c, f"{path}.cites[{j}]") for j, c in enumerate(rd.seq(m.get("cites"), f"{path}.cites")))
        if not cites:
            raise rd.fail(f"{path}.cites", "须引用条款", "must cite a clause")
        rules.append(
            RefusalRule(
                kind,
                cites,
                rd.ids(m, "roles", path, ROLE_BY_ID, ("角色", "role")),
                rd.ids(m, "areas", path, areas, ("工作领域", "area")),
                rd.text(m, "reading", path, required=False),
            )
        )

    role_sections = {}
    for role, key in rd.mapping(top.get("role_sections") or {}, "role_sections").items():
        if role not in SECTION_ROLES:
            raise rd.fail(
                f"role_sections.{role}", f"应为 {', '.join(SECTION_ROLES)} 之一", f"must be one of {SECTION_ROLES}"
            )
        role_sections[str(role)] = section_ref(key, f"role_sections.{role}")

    accounts = {}
    for role, who in rd.mapping(top.get("accounts") or {}, "accounts").items():
        if role not in ROLE_BY_ID or ROLE_BY_ID[role].body:
            raise rd.fail(f"accounts.{role}", f"未知的个人角色 {role!r}", f"unknown person role {role!r}")
        if not isinstance(who, str):
            raise rd.fail(f"accounts.{role}", "应为人员姓名", "must be a person's name")
        accounts[str(role)] = who

    chart = OrgChart(
        agency=agency,
        name=name,
        areas=areas,
        sections=tuple(sections),
        people=tuple(people),
        holdings=tuple(holdings),
        in_charge=tuple(in_charge),
        acting=tuple(acting),
        bodies=bodies,
        outside=outside,
        refusal_rules=tuple(rules),
        role_sections=role_sections,
        accounts=accounts,
        sources=sources,
        reading=rd.text(top, "reading", "org", required=False),
    )
    try:
        chart.validate()
    except BadInput as exc:
        raise BadInput(f"{where}：{exc.message_zh}", f"{where}: {exc.message_en}", exc.field) from None
    return chart


def load_org(path: Path) -> OrgChart:
    """Read and validate one ``<slug>/org.yaml`` (not anchored)."""
    where = f"{path.parent.name}/{path.name}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BadInput(f"无法读取组织数据 {where}：{exc}", f"cannot read org data {where}: {exc}") from None
    return parse_org(data, where, path.parent.name)


def load_all(agencies_dir: Path, resolve: Resolver | None = None) -> dict[str, OrgChart]:
    """Every agency's org chart, anchored against the rulebooks when ``resolve`` is given."""
    charts = {}
    for path in sorted(agencies_dir.glob("*/org.yaml")):
        chart = load_org(path)
        if resolve is not None:
            chart.anchor(resolve)
        charts[chart.agency] = chart
    return charts


_SHIPPED: dict[str, OrgChart] | None = None


def shipped() -> dict[str, OrgChart]:
    """The shipped agencies' org charts, anchored against the shipped rulebooks (built once)."""
    global _SHIPPED
    if _SHIPPED is None:
        from .rulebook.importer import agencies_dir, load_shipped
        from .rules.engine import rulebook_resolver

        _SHIPPED = load_all(agencies_dir(), rulebook_resolver(load_shipped()))
    return _SHIPPED


def chart_for(slug: str) -> OrgChart:
    """One shipped agency's org chart; NotFound naming the field ``agency``."""
    charts = shipped()
    if slug not in charts:
        shown = str(slug)[:60]
        raise NotFound(f"没有机构 {shown!r} 的组织数据", f"no organisation data for agency {shown!r}", "agency")
    return charts[slug]
