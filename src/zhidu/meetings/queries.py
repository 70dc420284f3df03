"""Read-only helpers for the meetings pages (``views``) and API (``api``): what a page shows that ``service``
does not return in one call, and the permission lookups both use (``meeting_for``, ``item_for``, ``acting_for``
…: one rule for who may see or run a meeting). Nothing here writes or decides; the lookups refuse a requester
who may not act (404 / 403 / 422, bilingual), every step is ``zhidu.meetings.service``'s."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from zhidu.access import Denied, authorize, fetch
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound, Refused
from zhidu.org.models import Person, Section
from zhidu.org.service import agency_scope
from zhidu.workflow import service as wf
from zhidu.workflow.models import Task

from . import service
from .models import Attendance, Body, BodyMember, Decision, Item, Meeting, Minutes, Statement, Vote


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


# --- who may see or run what: one rule for the API (``api``) and the pages (``views``) ----------------------
# These look a record up for a request and refuse (Denied 404 / 403, BadInput / Refused 422, bilingual) when
# the requester may not act on it. They read only; every change stays ``service``'s.


def requester(request: HttpRequest) -> Person | None:
    """The org person of the signed-in account making the request (None for accounts without one)."""
    user = request.user
    return Person.objects.filter(user=user).first() if getattr(user, "pk", None) else None


def _runs(request: HttpRequest, meeting: Meeting) -> bool:
    """Whether the requester runs the meeting: its creator (the office), its chair or its recorder."""
    me = requester(request)
    if meeting.created_by_id == getattr(request.user, "pk", None):
        return True
    return me is not None and me.pk in (meeting.chair_id, meeting.recorder_id)


def authorize_run(request: HttpRequest, meeting: Meeting) -> Meeting:
    """The meeting if the requester may run it (``record update`` on it, or being its chair or recorder)."""
    try:
        return authorize(request, "update", "record", meeting)
    except Denied:
        if meeting.agency_id == getattr(request.user, "agency_id", None) and _runs(request, meeting):
            return meeting
        raise


def _authorize_read(request: HttpRequest, meeting: Meeting) -> Meeting:
    """``record read`` on the meeting, or being one of its members, attendees, chair or recorder."""
    try:
        return authorize(request, "read", "record", meeting)
    except Denied:
        me = requester(request)
        if (
            me is not None
            and me.agency_id == meeting.agency_id
            and (
                _runs(request, meeting)
                or service.is_member(meeting.body, me, meeting.date)
                or Attendance.objects.filter(meeting=meeting, person=me).exists()
            )
        ):
            return meeting
        raise


def meeting_for(request: HttpRequest, meeting_id: int, action: str) -> Meeting:
    """The meeting ``meeting_id`` if the requester may ``action`` (read / create / update) it; else Denied."""
    qs = Meeting.objects.select_related("agency", "body", "chair", "recorder")
    if action == "read":
        m = qs.filter(pk=meeting_id).first()
        if m is None:
            raise Denied("找不到该资源", "Not found.", 404)
        return _authorize_read(request, m)
    if action == "update":
        m = qs.filter(pk=meeting_id).first()
        if m is None:
            raise Denied("找不到该资源", "Not found.", 404)
        if m.agency_id != getattr(request.user, "agency_id", None):
            authorize(request, "update", "record", m)  # 404 for another agency's
        return authorize_run(request, m)
    return fetch(request, action, "record", qs, pk=meeting_id)


def item_for(request: HttpRequest, item_id: int, action: str) -> Item:
    """The item ``item_id`` if the requester may ``action`` its meeting (``meeting_for``); else Denied."""
    it = Item.objects.select_related("meeting", "meeting__agency", "meeting__body").filter(pk=item_id).first()
    if it is None:
        raise Denied("找不到该资源", "Not found.", 404)
    meeting_for(request, it.meeting_id, action)
    return it


def minutes_for(request: HttpRequest, minutes_id: int, action: str) -> Minutes:
    """The minutes ``minutes_id`` if the requester may ``action`` their meeting (``meeting_for``); else Denied."""
    x = Minutes.objects.select_related("meeting").filter(pk=minutes_id).first()
    if x is None:
        raise Denied("找不到该资源", "Not found.", 404)
    meeting_for(request, x.meeting_id, action)
    return x


def decision_for(request: HttpRequest, decision_id: int, action: str) -> Decision:
    """The decision ``decision_id`` if the requester may ``action`` it (reading also via its meeting); else Denied."""
    d = Decision.objects.select_related("agency", "body", "item").filter(pk=decision_id).first()
    if d is None:
        raise Denied("找不到该资源", "Not found.", 404)
    if action == "read":
        try:
            return authorize(request, "read", "record", d)
        except Denied:
            meeting_for(request, d.item.meeting_id, "read")
            return d
    return authorize(request, action, "record", d)


def acting_for(request: HttpRequest, meeting: Meeting, name: str | None) -> Person:
    """The person a member action is for: the requester's own person, or (for those who run the meeting)
    the person named."""
    me = requester(request)
    if name is None or (me is not None and name == me.name):
        if me is None or me.agency_id != meeting.agency_id:
            raise BadInput(
                "person：账号没有对应的人员，请指定成员", "person: your account has no person; name one", "person"
            )
        return me
    if not _runs(request, meeting):
        try:
            authorize(request, "update", "record", meeting)
        except Denied:
            raise Refused(
                "只有本人、会议主持人、记录人或会议承办人可以为成员登记",
                "only the member, or whoever runs the meeting (office, chair, recorder), may record this",
                "person",
            ) from None
    return service.person_of(meeting.agency, name, "person")


# --- a body's members on a day (org chart and entered by hand), and who may see or enter them ------------------


@dataclass(frozen=True)
class MemberRow:
    """One member of a body on a day: from the org chart (``source`` "org": the body's post and
    ``members_roles``) or entered by hand (``source`` "hand": ``row`` is the ``BodyMember``, with its post and
    dates)."""

    person: Person
    source: str  # "org" | "hand"
    post: str  # "" 成员 | "secretary" 书记 (hand-entered rows of a Party branch body)
    since: dt.date | None
    until: dt.date | None
    row: BodyMember | None
    chief: bool  # the body's principal leader that day (党组书记, 局长, the branch's 书记 …)

    @property
    def post_zh(self) -> str:
        return BodyMember.POSTS.get(self.post, self.post)


def find_body(agency: Any, key: str) -> Body:
    """The agency's body ``key`` as ``service.bodies`` lists it (unsaved when the agency's bodies were never
    synced: a read never writes); NotFound (bilingual) when the agency's texts set up no such body."""
    rows = service.bodies(agency)  # NotFound for an unknown agency
    found = next((b for b in rows if b.key == key), None)
    if found is None:
        ag = agency if isinstance(agency, Agency) else Agency.objects.get(slug=agency)
        shown = str(key)[:40]
        raise NotFound(f"{ag.name}的制度没有规定会议 {shown}", f"{ag.slug} has no decision body {shown!r}", "body")
    return found


def roster(b: Body, on: dt.date) -> list[MemberRow]:
    """The members of ``b`` on ``on`` (``service.members``), each with where it comes from, its post and dates."""
    chief = service.chief_of(b, on)
    hand: dict[int, BodyMember] = {}
    if b.pk is not None:
        for r in (
            BodyMember.objects.filter(body=b, valid_from__lte=on)
            .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
            .select_related("person")
        ):
            hand.setdefault(r.person_id, r)
    out = []
    for p in service.members(b, on):
        r = hand.get(p.pk)
        out.append(
            MemberRow(
                person=p,
                source="hand" if r is not None else "org",
                post=r.post if r is not None else "",
                since=r.valid_from if r is not None else None,
                until=r.valid_to if r is not None else None,
                row=r,
                chief=chief is not None and chief.pk == p.pk,
            )
        )
    return out


def entries(b: Body) -> list[BodyMember]:
    """Every member of ``b`` entered by hand, past, present and future, latest start first."""
    if b.pk is None:
        return []
    return list(BodyMember.objects.filter(body=b).select_related("person").order_by("-valid_from", "-id"))


def body_for(request: HttpRequest, slug: str, key: str, action: str = "read") -> Body:
    """The body ``key`` of agency ``slug`` if the requester may ``action`` (read / write) its members
    (``meeting_body``; another agency's: 404; NotFound for a body the agency's texts do not set up). Unsaved
    when the agency's bodies were never synced (``service.add_body_member`` saves it)."""
    authorize(request, action, "meeting_body", agency_scope(slug))
    return find_body(slug, key)


def body_member_for(request: HttpRequest, row_id: int) -> BodyMember:
    """The hand-entered membership ``row_id`` if the requester may change it (``meeting_body write``); else
    Denied (404 for a missing row or another agency's)."""
    row = BodyMember.objects.select_related("body", "body__agency", "person").filter(pk=row_id).first()
    if row is None:
        raise Denied("找不到该资源", "Not found.", 404)
    return authorize(request, "write", "meeting_body", row)
