"""The organisation app's one public surface: who works where, who leads what, who must act.

    sections_of(user, on) -> set[int]                 Section ids the user works in on that day
    sections_in_charge(user, on) -> set[int]          sections the user leads, is 分管 for, or (chief) all
    people_for(agency_slug, role_id, on, *, section=None, area=None) -> list[Person]
    resolve(agency_slug, roles, on, *, requester=None, handler=None, area=None, section=None,
            conflicted=()) -> zhidu.core.org.Resolution
    chart(agency_slug, on=None) -> zhidu.core.org.OrgChart      the core snapshot built from the database
    snapshot(agency_slug, on) -> dict                 sections, posts and holders, 分管 and acting on a day

The dated rows (sections, people, posts, 分管, acting) come from the database, so what an administrator
enters counts; the clauses that forbid (refusals), bodies and areas come from the agency's org.yaml,
anchored to the rulebook (zhidu.core.org). People may be given as a Person, a User linked to one, or a
name; sections as a Section, its id, key, name or alias.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from zhidu.agencies.models import Agency
from zhidu.core import org as core
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.roles import ROLE_BY_ID

from .models import Acting, Holding, InCharge, Person, Section

__all__ = [
    "agency_scope",
    "chart",
    "people_for",
    "resolve",
    "sections_in_charge",
    "sections_of",
    "snapshot",
]


def _agency(slug: Any) -> Agency:
    if not isinstance(slug, str) or not slug or len(slug) > 40 or "\x00" in slug:
        raise NotFound(f"没有机构 {str(slug)[:60]!r}", f"no agency {str(slug)[:60]!r}", "agency")
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise NotFound(f"没有机构 {slug!r}", f"no agency {slug!r}", "agency")
    return agency


@dataclasses.dataclass(frozen=True)
class AgencyScope:
    """What the permission check (zhidu.access) needs to place an agency's org data: its agency."""

    agency_id: int
    section_id: None = None
    owner_id: None = None


def agency_scope(agency_slug: str) -> AgencyScope:
    """The agency's org data as an object for ``zhidu.access.authorize`` (404 for an unknown agency)."""
    return AgencyScope(_agency(agency_slug).id)


def _base(agency: Agency) -> core.OrgChart:
    """The agency's rules from its org.yaml (refusals, bodies, areas …), or none if it ships no org data."""
    try:
        return core.chart_for(agency.slug)
    except NotFound:
        return core.OrgChart(agency.slug, agency.name, dict(core.STANDARD_AREAS), (), (), ())


def _covering(qs: Any, on: dt.date | None) -> Any:
    if on is None:
        return qs
    return qs.filter(valid_from__lte=on).exclude(valid_to__lt=on)


def chart(agency_slug: str, on: dt.date | None = None) -> core.OrgChart:
    """The core snapshot of the agency built from the database: every section and person, and the dated
    rows in force on ``on`` (all of them when ``on`` is None)."""
    agency = _agency(agency_slug)
    base = _base(agency)
    sections = list(Section.objects.filter(agency=agency))
    key_of = {s.id: s.key for s in sections}
    people = list(Person.objects.filter(agency=agency))
    name_of = {p.id: p.name for p in people}
    holdings = _covering(Holding.objects.filter(person__agency=agency), on)
    in_charge = _covering(InCharge.objects.filter(person__agency=agency), on)
    acting = _covering(Acting.objects.filter(person__agency=agency), on)
    return dataclasses.replace(
        base,
        sections=tuple(
            core.Section(
                s.key,
                s.name,
                s.kind,
                s.order,
                core.Cited(s.cite, s.quote),
                tuple(s.aliases or ()),
                tuple(s.areas or ()),
            )
            for s in sections
        ),
        people=tuple(core.Person(p.name, p.demo) for p in people),
        holdings=tuple(
            core.Holding(name_of[h.person_id], h.role, h.valid_from, h.valid_to, key_of.get(h.section_id or 0))
            for h in holdings
        ),
        in_charge=tuple(
            core.InCharge(name_of[c.person_id], c.valid_from, c.valid_to, key_of.get(c.section_id or 0), c.area or None)
            for c in in_charge
        ),
        acting=tuple(
            core.Acting(
                name_of[a.person_id],
                a.valid_from,
                a.valid_to,
                a.reason,
                core.Cited(a.cite, a.quote),
                a.for_role or None,
                name_of.get(a.for_person_id or 0),
                tuple(a.areas or ()),
            )
            for a in acting
        ),
    )


# --- people and sections given in any form -------------------------------------------------------


def _person_name(agency: Agency, who: Any, field_name: str) -> str | None:
    """A person's name from a Person, a User linked to one, or a name (None stays None)."""
    if who is None or who == "":
        return None
    if isinstance(who, Person):
        if who.agency_id != agency.id:
            raise BadInput(
                f"{field_name}：{who.name} 不属于{agency.name}",
                f"{field_name}: {who.name} does not belong to {agency.slug}",
                field_name,
            )
        return who.name
    if isinstance(who, str):
        return who.strip()
    person = _person_of_user(who)
    if person is None or person.agency_id != agency.id:
        shown = getattr(who, "username", str(who))
        raise BadInput(
            f"{field_name}：账号 {shown} 在{agency.name}没有对应人员",
            f"{field_name}: account {shown} has no person in {agency.slug}",
            field_name,
        )
    return person.name


def _person_of_user(user: Any) -> Person | None:
    if user is None or not getattr(user, "pk", None):
        return None
    return Person.objects.select_related("agency").filter(user_id=user.pk).first()


def _section_ref(agency: Agency, section: Any) -> str | None:
    if section is None or section == "":
        return None
    if isinstance(section, Section):
        if section.agency_id != agency.id:
            raise BadInput(
                f"科室 {section.name} 不属于{agency.name}", f"section {section.name} is not in {agency.slug}", "section"
            )
        return section.key
    if isinstance(section, int) and not isinstance(section, bool):
        row = Section.objects.filter(agency=agency, pk=section).first()
        if row is None:
            raise NotFound(
                f"{agency.name}没有编号为 {section} 的科室", f"no section {section} in {agency.slug}", "section"
            )
        return row.key
    if isinstance(section, str):
        return section.strip()
    raise BadInput("科室应为名称或编号", "section must be a name or an id", "section")


def _date(on: Any) -> dt.date:
    return core.parse_date(on) if isinstance(on, str) else core.check_date(on)


# --- the agreed interface --------------------------------------------------------------------------


def people_for(
    agency_slug: str, role_id: str, on: dt.date, *, section: Any = None, area: str | None = None
) -> list[Person]:
    """The people acting in ``role_id`` on ``on`` (posts held that day, 分管 for the area or section,
    bodies' members, with acting arrangements applied), as Person rows."""
    agency = _agency(agency_slug)
    day = _date(on)
    snap = chart(agency_slug, day)
    found = snap.holders(role_id, day, _section_ref(agency, section), area, acting=True)
    rows = {p.name: p for p in Person.objects.filter(agency=agency, name__in=[f.name for f in found])}
    return [rows[f.name] for f in found if f.name in rows]


def resolve(
    agency_slug: str,
    roles: list[str],
    on: dt.date,
    *,
    requester: Any = None,
    handler: Any = None,
    area: str | None = None,
    section: Any = None,
    conflicted: Iterable[Any] = (),
) -> core.Resolution:
    """Who must act for each of a verdict's ``roles`` on ``on``, with the refusals the agency's text
    requires (五个不直接管, own request, handler, 回避), each citing its clause."""
    agency = _agency(agency_slug)
    day = _date(on)
    if isinstance(conflicted, str | Person):
        conflicted = [conflicted]
    names = [n for n in (_person_name(agency, c, "conflicted") for c in conflicted) if n]
    return chart(agency_slug, day).resolve(
        roles,
        day,
        requester=_person_name(agency, requester, "requester"),
        handler=_person_name(agency, handler, "handler"),
        area=area or None,
        section=_section_ref(agency, section),
        conflicted=names,
    )


def _user_person(user: Any) -> Person | None:
    person = _person_of_user(user)
    if person is not None and getattr(user, "agency_id", None) not in (None, person.agency_id):
        return None  # a user of another agency never works in this one's sections
    return person


def _assignment_sections(user: Any, on: dt.date, roles: Iterable[str]) -> set[int]:
    """Sections named (free text) on the user's own dated role assignments, for users with no Person."""
    assignments = getattr(user, "role_assignments", None)
    agency_id = getattr(user, "agency_id", None)
    if assignments is None or agency_id is None:
        return set()
    names = {
        a.section.strip()
        for a in assignments.filter(role__in=list(roles), agency_id=agency_id)
        if a.section.strip() and a.valid_from <= on and (a.valid_to is None or on <= a.valid_to)
    }
    if not names:
        return set()
    return {s.id for s in Section.objects.filter(agency_id=agency_id) if names.intersection([s.name, *s.aliases])}


def sections_of(user: Any, on: dt.date) -> set[int]:
    """Section ids the user works in on ``on``: the sections of the posts their person holds that day
    (or, for an account with no person, the sections named on its role assignments)."""
    day = _date(on)
    person = _user_person(user)
    if person is None:
        return _assignment_sections(user, day, ("section_head", "staff", "office", "finance_section", "legal_section"))
    return set(
        _covering(Holding.objects.filter(person=person, section__isnull=False), day).values_list(
            "section_id", flat=True
        )
    )


def sections_in_charge(user: Any, on: dt.date) -> set[int]:
    """Section ids the user leads (section head), is 分管 for (directly or through an area the section
    carries), or all of the agency's sections when they are its chief or stand in for the chief (主持工作)
    that day. An account with no person: the sections its section-head assignments name, or all for a
    chief assignment."""
    day = _date(on)
    person = _user_person(user)
    if person is None:
        agency_id = getattr(user, "agency_id", None)
        if agency_id is not None and "chief" in getattr(user, "roles_on", lambda d: [])(day):
            return set(Section.objects.filter(agency_id=agency_id).values_list("id", flat=True))
        return _assignment_sections(user, day, ("section_head",))
    snap = chart(person.agency.slug, day)
    keys = {s.key for s in snap.sections_in_charge(person.name, day)}
    return set(Section.objects.filter(agency_id=person.agency_id, key__in=keys).values_list("id", flat=True))


# --- the whole picture on one day ------------------------------------------------------------------


def _role_zh(role: str) -> str:
    r = ROLE_BY_ID.get(role)
    return r.name_zh if r else role


def snapshot(agency_slug: str, on: Any) -> dict[str, Any]:
    """The organisation on ``on``: sections with their heads and staff, leadership and bodies with their
    holders, who is in charge of what, and acting arrangements (the API's and the page's data)."""
    agency = _agency(agency_slug)
    day = _date(on)
    snap = chart(agency_slug, day)
    display = {p.name: p.display for p in snap.people}
    posts = snap.posts_on(day)
    charge = snap.in_charge_on(day)
    sections = []
    for s in sorted(snap.sections, key=lambda s: s.order):
        sections.append(
            {
                "key": s.key,
                "name": s.name,
                "kind": s.kind,
                "aliases": list(s.aliases),
                "areas": list(s.areas),
                "cite": s.source.cite,
                "heads": [display[h.person] for h in posts if h.role == "section_head" and h.section == s.key],
                "staff": [display[h.person] for h in posts if h.role == "staff" and h.section == s.key],
                "in_charge": sorted({display[c.person] for c in charge if c.section == s.key}),
            }
        )
    leadership = []
    for role in (*core.LEADERSHIP, "review_committee_chair"):
        holders = [display[h.person] for h in posts if h.role == role]
        if holders:
            leadership.append({"role": role, "role_zh": _role_zh(role), "holders": holders})
    bodies = []
    for role in sorted({*snap.bodies, *(h.role for h in posts if ROLE_BY_ID.get(h.role) and ROLE_BY_ID[h.role].body)}):
        bodies.append(
            {
                "role": role,
                "role_zh": _role_zh(role),
                "members": [display[n] for n in snap.body_members(role, day)],
                "cite": snap.bodies[role].source.cite if role in snap.bodies else None,
            }
        )
    people_charge: dict[str, dict[str, list[str]]] = {}
    names = {s.key: s.name for s in snap.sections}
    for c in charge:
        entry = people_charge.setdefault(c.person, {"sections": [], "areas": []})
        if c.section:
            entry["sections"].append(names.get(c.section, c.section))
        if c.area:
            entry["areas"].append(c.area)
    in_charge = [
        {
            "person": display[p],
            "sections": v["sections"],
            "areas": v["areas"],
            "areas_zh": [snap.area_names(a)[0] for a in v["areas"]],
            "areas_en": [snap.area_names(a)[1] for a in v["areas"]],
        }
        for p, v in people_charge.items()
    ]
    acting = [
        {
            "person": display[a.person],
            "for_role": a.for_role,
            "for_role_zh": _role_zh(a.for_role) if a.for_role else None,
            "for_person": display.get(a.for_person or "") or None,
            "areas": list(a.areas),
            "from": a.start.isoformat(),
            "to": a.end.isoformat() if a.end else None,
            "reason": a.reason,
            "cite": a.source.cite,
            "quote": a.source.quote,
        }
        for a in snap.acting_on(day)
    ]
    refusals = [
        {
            "kind": r.kind,
            "kind_zh": core.REFUSAL_KINDS[r.kind][0],
            "kind_en": core.REFUSAL_KINDS[r.kind][1],
            "roles": list(r.roles),
            "areas": list(r.areas),
            "cites": [c.cite for c in r.cites],
            "reading": r.reading,
        }
        for r in snap.refusal_rules
    ]
    return {
        "agency": agency.slug,
        "agency_name": agency.name,
        "on": day.isoformat(),
        "areas": [{"id": k, "zh": v[0], "en": v[1]} for k, v in snap.areas.items()],
        "sections": sections,
        "leadership": leadership,
        "bodies": bodies,
        "in_charge": in_charge,
        "acting": acting,
        "refusals": refusals,
        "demo": any(p.demo for p in snap.people),
    }
