"""Read-only helpers for the meetings pages (``views``): what a page shows that ``service`` does not return in
one call. Nothing here writes, decides or refuses; every step is ``zhidu.meetings.service``'s."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from zhidu.org.models import Person, Section
from zhidu.workflow import service as wf
from zhidu.workflow.models import Task

from . import service
from .models import Attendance, Body, Decision, Item, Meeting, Minutes, Statement, Vote


def person_of_user(user: Any) -> Person | None:
    """The org person linked to a signed-in account (None for accounts without one)."""
    if not getattr(user, "pk", None):
        return None
    return Person.objects.filter(user=user).select_related("agency").first()


def member_bodies(person: Person, on: dt.date) -> list[Body]:
    """The decision bodies ``person`` is a member of on ``on`` (bodies already set up; nothing is synced)."""
    return [b for b in Body.objects.filter(agency_id=person.agency_id) if service.is_member(b, person, on)]


def meetings_of(bodies: list[Body], on: dt.date, recent_days: int = 90) -> QuerySet[Meeting]:
    """Open meetings of ``bodies`` and those closed in the last ``recent_days`` days, soonest first."""
    since = on - dt.timedelta(days=recent_days)
    return (
        Meeting.objects.filter(body__in=bodies, date__gte=since)
        .select_related("body", "agency", "chair")
        .order_by("date", "id")
    )


def statements_of(person: Person, limit: int = 50) -> QuerySet[Statement]:
    return Statement.objects.filter(person=person).select_related(
        "item__meeting__body", "item__meeting__agency", "item__outcome"
    )[:limit]


def votes_of(person: Person, limit: int = 50) -> QuerySet[Vote]:
    return Vote.objects.filter(person=person).select_related(
        "item__meeting__body", "item__meeting__agency", "item__outcome"
    )[:limit]


def items_proposed_by(user: Any, limit: int = 50) -> QuerySet[Item]:
    return (
        Item.objects.filter(proposer=user)
        .select_related("meeting__body", "meeting__agency", "outcome")
        .order_by("-meeting__date", "order")[:limit]
    )


def followup_tasks(user: Any, status: str = Task.OPEN) -> QuerySet[Task]:
    """The user's follow-up tasks of meeting decisions (``service.FOLLOWUP``)."""
    return wf.tasks_for(user, status=status).filter(kind=service.FOLLOWUP)


def decision_tasks(decision: Decision) -> QuerySet[Task]:
    """Every task opened for a decision (follow-up, report after an interim change), open ones first."""
    return Task.objects.filter(ref=wf.ref_of(decision)).order_by("-status", "due", "id")


def attendance_by_person(m: Meeting) -> dict[int, Attendance]:
    return {a.person_id: a for a in Attendance.objects.filter(meeting=m).select_related("person")}


def attendees(m: Meeting) -> list[Attendance]:
    """The non-voting attendees (列席) registered for a meeting."""
    return list(Attendance.objects.filter(meeting=m, member=False).select_related("person"))


def agency_people(agency_id: int) -> list[Person]:
    return list(Person.objects.filter(agency_id=agency_id).order_by("id"))


def sections(agency_id: int) -> list[Section]:
    return list(Section.objects.filter(agency_id=agency_id).order_by("order", "id"))


def minutes_of(m: Meeting) -> Minutes | None:
    return Minutes.objects.filter(meeting=m).first()


def signers(minutes: Minutes) -> list[str]:
    """Everybody who may sign the minutes: the chair, the recorder and the signatures the text requires."""
    m = minutes.meeting
    names = [x.name for x in (m.chair, m.recorder) if x is not None]
    return list(dict.fromkeys([*names, *(minutes.signatures or [])]))


@dataclass(frozen=True)
class Lock:
    """Why the chief may not speak yet (末位表态): the clauses the speaking-order check cites."""

    waiting: list[str]
    message_zh: str
    message_en: str
    citations: list[dict[str, str]]


def mowei_lock(item: Item, state: service.ItemState) -> Lock | None:
    """When the chief is still locked out (others have not all spoken), the speaking-order check's own answer
    to "the chief speaks now" — read only, nothing is recorded — so the page can cite the clause."""
    if not state.chief_locked or state.chief is None or not item.meeting.body.check_body:
        return None
    m = item.meeting
    others = [p.name for p in state.waiting if p.pk != state.chief.pk]
    facts = {
        "body": m.body.check_body,
        "topic_kinds": list(item.topic_kinds),
        "speakers": [*(s.person.name for s in state.spoken), state.chief.name, *others],
        "chief": state.chief.name,
        "present": [p.name for p in state.present if p.pk not in {r.pk for r in state.recused}],
    }
    verdict = wf.evaluate("meeting.speaking_order", m.agency, m.date, facts).as_dict()
    mowei = [f for f in verdict["findings"] if f["outcome"] == "blocked"]
    if not mowei:
        return None
    cites = list({c["id"]: c for f in mowei for c in f["citations"]}.values())
    return Lock(others, mowei[0]["message_zh"], mowei[0]["message_en"], cites)
