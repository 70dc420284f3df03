"""The meetings pages (议事决策, issue 5 item 8): server-rendered, Chinese first with the English switch; htmx
for the live parts (an item's classification as the proposal is typed, the chair's screen polling).

- ``/meetings/``                          我的会议 — for members: the meetings of my bodies, my items, the
                                          positions I stated and my votes, my follow-up tasks (→ /todo/)
- ``/a/<slug>/meetings/``                 the office: each body's cadence (overdue shown), the meetings, plan one
- ``/a/<slug>/meetings/bodies/<key>/members/``  a body's members on a day (org chart or entered by hand); the
                                          office enters a member (a Party branch's 书记) and ends a membership
- ``/a/<slug>/meetings/<id>/``            one meeting: agenda intake (三重一大 / deciding body / discipline, with
                                          the clauses), notice, attendance (present / leave with reason / written
                                          opinion; 列席), convening, minutes (generate, sign, file, .docx / PDF)
- ``/a/<slug>/meetings/items/<id>/``      the chair's screen for one item: quorum, recusals, whose turn it is (the
                                          chief locked until every other member has spoken: 末位表态),
                                          statements, the tally and the verdict, live; recuse, state, vote, close
- ``/a/<slug>/meetings/decisions/<id>/``  a decision: follow-up tasks, reporting back, a change (refused except
                                          by a new vote of the same body, with the clause)

No business logic here: every step is a ``zhidu.meetings.service`` call (checked and recorded in the
ledger). Who may do what is the API's rule, used as is (``zhidu.meetings.queries``: the office that planned
the meeting, its chair and its recorder run it; members act for themselves). A refusal is shown on the page in
Chinese and English with the clauses of its verdict, and the form keeps what was typed (422; 409 when
someone else changed the record first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from zhidu.access import Denied, authorize, requires, scoped
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Conflict, NotFound
from zhidu.org.service import agency_scope
from zhidu.rulebook import service as rulebook

from . import queries, service
from .models import BodyMember, Item, Material, Meeting, Minutes
from .templatetags.meetings_tags import options

NOTICE = "_meetings_notice"
MAX_FIELD = 20_000  # longer than any text the service keeps (summaries, notes): refused before it is asked
MAX_UPLOAD = 20 * 1024 * 1024  # service: a paper may not exceed 20 MB


# --- small helpers -----------------------------------------------------------------------------------------


def _agency(slug: str) -> Agency:
    return rulebook.get_agency(slug)  # NotFound for an unknown slug


def _not_found(request: HttpRequest, error: BadInput) -> HttpResponse:
    return render(request, "web/not_found.html", {"error": error}, status=404)


def _same_agency(obj_agency: Agency, slug: str) -> None:
    """The URL's agency must be the object's (another agency's id under this slug: not found)."""
    if obj_agency.slug != slug:
        raise Denied("找不到该资源", "Not found.", 404)


def _form(request: HttpRequest, *multi: str) -> dict[str, Any]:
    """The POSTed fields, stripped (``multi``: fields sent several times, as lists). A NUL byte or an
    over-long value is refused here, naming the field, before anything is looked up."""
    data: dict[str, Any] = {}
    for key in request.POST:
        if key == "csrfmiddlewaretoken":
            continue
        values = request.POST.getlist(key)
        for v in values:
            if "\x00" in v:
                raise BadInput(f"{key}：含有非法字符", f"{key}: contains a NUL character", key)
            if len(v) > MAX_FIELD:
                raise BadInput(f"{key}：内容过长", f"{key}: too long", key)
        data[key] = [v.strip() for v in values] if key in multi else values[-1].strip()
    for key in multi:
        data.setdefault(key, [])
    return data


def _day(raw: str, name: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        raise BadInput(f"{name}：日期格式应为 YYYY-MM-DD", f"{name}: a date YYYY-MM-DD is needed", name) from None
    if not 1990 <= day.year <= 2100:
        raise BadInput(f"{name}：日期超出范围", f"{name}: the date is out of range", name)
    return day


def _flag(data: dict[str, Any], key: str) -> bool:
    return data.get(key) in ("on", "1", "true", "yes")


def _version(data: dict[str, Any]) -> int | None:
    raw = data.get("version", "")
    if raw in ("", None):
        return None
    if not str(raw).isdigit() or len(str(raw)) > 18:
        raise BadInput("version：应为整数", "version: an integer is needed", "version")
    return int(raw)


def _done(request: HttpRequest, url: str, zh: str, en: str) -> HttpResponse:
    request.session[NOTICE] = [zh, en]
    return HttpResponseRedirect(url)


def _notice(request: HttpRequest) -> list[str] | None:
    return request.session.pop(NOTICE, None) if request.method == "GET" else None


def _may(check: Callable[[], Any]) -> bool:
    try:
        check()
    except Denied:
        return False
    return True


def _status(error: BadInput) -> int:
    return 409 if isinstance(error, Conflict) else 422


def _attempt(step: Callable[[], Any]) -> BadInput | None:
    """Run one service step; a refusal or bad input comes back to be shown (a ``Denied`` goes on to the
    access middleware: 403 / 404)."""
    try:
        step()
    except Denied:
        raise
    except BadInput as exc:
        return exc
    return None


# the matters of a Party branch body (``service.branch_kinds``: the check's Chinese names), in English
BRANCH_KIND_EN = {
    "admit_member": "admitting a new Party member",
    "convert_probationary": "full membership of a probationary member",
    "select_outstanding": "choosing outstanding Party members",
    "discipline_member": "disciplining a Party member",
    "handle_unqualified": "dealing with an unqualified Party member",
    "elect_committee": "electing the branch committee",
    "add_committee_member": "adding a branch committee member",
    "work_plan": "the branch's work plan",
    "other": "other branch business",
}


def _kind_options(body: Any) -> list[tuple[str, str, str]]:
    """(value, Chinese, English) of the kinds an item of ``body`` may have (``service.item_kinds``)."""
    kinds = service.item_kinds(body)
    if service.is_branch(body):
        return [(k, zh, BRANCH_KIND_EN.get(k, zh)) for k, zh in kinds.items()]
    known = {k: en for k, _, en in options("kind")}
    return [(k, zh, known.get(k, zh)) for k, zh in kinds.items()]


def _person(request: HttpRequest, meeting: Meeting, name: str | None) -> Any:
    """The member an action is for: oneself, or (for whoever runs the meeting) the member named."""
    return queries.acting_for(request, meeting, name or None)


# --- 我的会议: the member's page -------------------------------------------------------------------------


@requires("record", "read")
@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    """My meetings: the meetings of the bodies I am a member of, my items, my positions and votes, my
    follow-up tasks (the to-do list has them too)."""
    today = dt.date.today()
    me = queries.person_of_user(request.user)
    bodies = queries.member_bodies(me, today) if me is not None else []
    meetings = list(queries.meetings_of(bodies, today)) if bodies else []
    ctx = {
        "me": me,
        "today": today,
        "agency": me.agency if me is not None else getattr(request.user, "agency", None),
        "bodies": bodies,
        "upcoming": [m for m in meetings if m.status != Meeting.CLOSED],
        "recent": [m for m in reversed(meetings) if m.status == Meeting.CLOSED],
        "items": queries.items_proposed_by(request.user),
        "statements": queries.statements_of(me) if me is not None else [],
        "votes": queries.votes_of(me) if me is not None else [],
        "tasks": queries.followup_tasks(request.user),
        "done": queries.followup_tasks(request.user, status="done")[:20],
    }
    return render(request, "meetings/mine.html", ctx)


# --- the office: an agency's bodies, cadence and meetings --------------------------------------------------


def _index(
    request: HttpRequest, agency: Agency, form: dict[str, Any] | None = None, error: BadInput | None = None
) -> HttpResponse:
    today = dt.date.today()
    bodies = service.bodies(agency)
    rosters = []
    for b in bodies:
        members = service.members(b, today)
        chief = service.chief_of(b, today)
        rosters.append({"body": b, "count": len(members), "chief": chief, "by_hand": not b.role})
    meetings = scoped(request, "record", Meeting.objects.filter(agency=agency).select_related("body", "chair"))
    ctx = {
        "agency": agency,
        "today": today,
        "bodies": [b for b in bodies if b.check_body or b.cadence_activity],
        "cadence": service.cadence(agency, today),
        "meetings": meetings.order_by("-date", "-id")[:100],
        "people": queries.agency_people(agency.pk),
        "rosters": rosters,
        "form": form or {"date": today.isoformat()},
        "error": error,
        "notice": _notice(request),
    }
    return render(request, "meetings/index.html", ctx, status=_status(error) if error else 200)


@requires("record", "read")
@require_GET
def index(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        agency = _agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    authorize(request, "read", "org", agency_scope(agency.slug))  # another agency's meetings: 404
    return _index(request, agency)


@requires("record", "create")
@require_POST
def plan(request: HttpRequest, slug: str) -> HttpResponse:
    """筹备会议: plan a meeting of one of the agency's bodies (the office)."""
    try:
        agency = _agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    authorize(request, "create", "record", agency_scope(agency.slug))
    data: dict[str, Any] = {}
    made: list[Meeting] = []

    def step() -> None:
        data.update(_form(request))
        from zhidu.org.service import sections_of

        body = service.body(agency, data.get("body", ""))
        day = _day(data.get("date", ""), "date")
        mine_ = sorted(sections_of(request.user, day))
        made.append(
            service.plan_meeting(
                body,
                day,
                place=data.get("place", ""),
                number=data.get("number", ""),
                chair=data.get("chair") or None,
                recorder=data.get("recorder") or None,
                section=mine_[0] if mine_ else None,
                actor=request.user,
            )
        )

    error = _attempt(step)
    if error:
        return _index(request, agency, data, error)
    m = made[0]
    return _done(
        request,
        reverse("meetings:meeting", args=[slug, m.pk]),
        f"已筹备{m.body.name_zh} {m.number}",
        f"{m.body.name_en} {m.number} planned",
    )


# --- a body's members: read by the agency, entered by hand by the office ----------------------------------------


POST_EN = {"": "member", "secretary": "secretary (书记)"}  # BodyMember.POSTS in English


def _members_page(
    request: HttpRequest,
    agency: Agency,
    body: Any,
    on: dt.date,
    *,
    failed: str = "",
    data: dict[str, Any] | None = None,
    error: BadInput | None = None,
    status: int | None = None,
) -> HttpResponse:
    roster = queries.roster(body, on)
    forms: dict[str, Any] = {"add": {"since": on.isoformat()}}
    if failed and data is not None:
        forms[failed] = data
    rows = []
    for r in roster:
        key = f"end-{r.row.pk}" if r.row is not None else ""
        end = forms.get(key, {"until": on.isoformat()}) if key else None
        rows.append({"m": r, "key": key, "end": end, "failed": bool(key) and key == failed})
    ctx = {
        "agency": agency,
        "body": body,
        "on": on,
        "today": dt.date.today(),
        "branch": service.is_branch(body),
        "by_hand": not body.role,
        "cites": [body.cite] if body.cite else [],
        "rows": rows,
        "chief": next((r.person for r in roster if r.chief), None),
        "entries": queries.entries(body),
        "may_enter": _may(lambda: authorize(request, "write", "meeting_body", agency_scope(agency.slug))),
        "people": queries.agency_people(agency.pk),
        "posts": [(k, v, POST_EN.get(k, k)) for k, v in BodyMember.POSTS.items()],
        "forms": forms,
        "failed": failed,
        "error": error,
        "notice": _notice(request),
    }
    code = status or (_status(error) if error else 200)
    return render(request, "meetings/members.html", ctx, status=code)


def _members_url(slug: str, key: str, on: dt.date | None = None) -> str:
    url = reverse("meetings:members", args=[slug, key])
    return f"{url}?on={on.isoformat()}" if on is not None and on != dt.date.today() else url


@requires("meeting_body", "read")
@require_GET
def members(request: HttpRequest, slug: str, key: str) -> HttpResponse:
    """成员: the members of one body on a day (``?on=``), where each comes from (org chart or entered by hand),
    with the forms to enter a member and end a membership for the office."""
    try:
        agency = _agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    try:
        body = queries.body_for(request, slug, key, "read")
    except NotFound as exc:
        return _not_found(request, exc)
    raw = request.GET.get("on", "")
    if not raw:
        return _members_page(request, agency, body, dt.date.today())
    try:
        on = _day(raw[:20], "on")
    except BadInput as exc:
        return _members_page(request, agency, body, dt.date.today(), error=exc, status=400)
    return _members_page(request, agency, body, on)


def _person_field(raw: str) -> int | str:
    """The person picked: an id from the select (digits), or a name typed."""
    return int(raw) if raw.isdigit() and len(raw) <= 18 else raw


@requires("meeting_body", "write")
@require_POST
def member_add(request: HttpRequest, slug: str, key: str) -> HttpResponse:
    """登记成员: the office enters a member of the body by hand (dates inclusive; a Party branch's 书记)."""
    try:
        agency = _agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    try:
        body = queries.body_for(request, slug, key, "write")
    except NotFound as exc:
        return _not_found(request, exc)
    data: dict[str, Any] = {}
    made: list[BodyMember] = []

    def step() -> None:
        data.update(_form(request))
        since = _day(data.get("since", ""), "since")
        until = _day(data["until"], "until") if data.get("until") else None
        post = data.get("post", "")  # the select is shown for branch bodies; the service refuses it elsewhere
        made.append(
            service.add_body_member(
                body, _person_field(data.get("person", "")), since, until=until, post=post, actor=request.user
            )
        )

    error = _attempt(step)
    if error:
        on = _viewed_on(data)
        return _members_page(request, agency, body, on, failed="add", data=data, error=error)
    row = made[0]
    post = BodyMember.POSTS.get(row.post, "")
    return _done(
        request,
        _members_url(slug, key, _viewed_on(data)),
        f"已登记 {row.person.name} 为{row.body.name_zh}{post}（{row.valid_from.isoformat()} 起）",
        f"{row.person.name} entered as {POST_EN.get(row.post, 'member')} of the {row.body.name_en} "
        f"from {row.valid_from.isoformat()}",
    )


def _viewed_on(data: dict[str, Any]) -> dt.date:
    """The day the page was showing (the form sends it back), else today."""
    try:
        return _day(str(data.get("on", ""))[:20], "on")
    except BadInput:
        return dt.date.today()


@requires("meeting_body", "write")
@require_POST
def member_end(request: HttpRequest, slug: str, key: str, pk: int) -> HttpResponse:
    """任期结束: the last day of a hand-entered membership (the row stays: past meetings keep their members)."""
    row = queries.body_member_for(request, pk)
    _same_agency(row.body.agency, slug)
    if row.body.key != key:
        raise Denied("找不到该资源", "Not found.", 404)
    data: dict[str, Any] = {}

    def step() -> None:
        data.update(_form(request))
        service.end_body_member(row, _day(data.get("until", ""), "until"), actor=request.user)

    error = _attempt(step)
    if error:
        row.refresh_from_db()
        return _members_page(
            request, row.body.agency, row.body, _viewed_on(data), failed=f"end-{row.pk}", data=data, error=error
        )
    return _done(
        request,
        _members_url(slug, key, _viewed_on(data)),
        f"{row.person.name} 的{row.body.name_zh}成员任期至 {row.valid_to} 止",
        f"{row.person.name}'s membership of the {row.body.name_en} ends on {row.valid_to}",
    )


@requires("check", "evaluate")
@require_GET
def classify(request: HttpRequest, slug: str) -> HttpResponse:
    """The classification of a proposed item as it is typed (htmx): “三重一大” or not, which body must decide,
    whether the discipline body must be told or attend, with the clauses (``service.classify``, a pure read)."""
    try:
        agency = _agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    q = request.GET
    result = None
    error: BadInput | None = None
    kind = q.get("kind", "")
    if kind:
        try:
            for name in ("kind", "amount"):
                if "\x00" in q.get(name, "") or len(q.get(name, "")) > 60:
                    raise BadInput(f"{name}：含有非法字符或过长", f"{name}: malformed", name)
            result = service.classify(
                agency,
                dt.date.today(),
                kind=kind,
                amount=q.get("amount", "").strip() or None,
                cadre=q.get("cadre") == "on",
                disciplinary=q.get("disciplinary") == "on",
                project=q.get("project") == "on",
                large_fund=q.get("large_fund") == "on",
            )
        except BadInput as exc:
            error = exc
    htmx = request.headers.get("HX-Request") == "true"
    status = 400 if error and not htmx else 200  # htmx swaps only 2xx answers: the message is in the fragment
    return render(
        request,
        "meetings/_classification.html",
        {"agency": agency, "c": result, "error": error, "standalone": not htmx},
        status=status,
    )


# --- one meeting: agenda, notice, attendance, convening, minutes ---------------------------------------------


def _meeting_page(
    request: HttpRequest,
    m: Meeting,
    *,
    failed: str = "",
    data: dict[str, Any] | None = None,
    error: BadInput | None = None,
) -> HttpResponse:
    today = dt.date.today()
    body = m.body
    members = service.members(body, m.date)
    chief = service.chief_of(body, m.date)
    att = queries.attendance_by_person(m)
    minutes = queries.minutes_of(m)
    items = list(m.items.select_related("section", "deputy_in_charge", "outcome").prefetch_related("materials"))
    for it in items:
        it.fail_key = f"item-{it.pk}"  # type: ignore[attr-defined]  # which item a refusal belongs to
    runs = _may(lambda: queries.authorize_run(request, m))
    me = queries.requester(request)
    forms: dict[str, Any] = {
        "propose": {"submitted_on": today.isoformat(), "changes": request.GET.get("changes", "")[:20]},
        "notice": {"on": min(today, m.date).isoformat(), "in_writing": "on"},
        "convene": {"chair": (m.chair or chief).name if (m.chair or chief) else ""},
        "attendee": {},
        "minutes": {"notes": minutes.notes if minutes else ""},
    }
    rows = []
    for p in members:
        a = att.get(p.pk)
        key = f"attendance-{p.pk}"
        initial = (
            {"status": a.status, "reason": a.leave_reason, "written_opinion": a.written_opinion}
            if a
            else {"status": "present"}
        )
        if a and not a.leave_asked_before:
            initial["late_leave"] = "on"
        rows.append({"person": p, "row": a, "key": key, "form": initial, "chief": chief and chief.pk == p.pk})
    if failed and data is not None:
        forms[failed] = data
        for r in rows:
            if r["key"] == failed:
                r["form"] = data
    ctx = {
        "agency": m.agency,
        "m": m,
        "body": body,
        "members": members,
        "chief": chief,
        "rows": rows,
        "attendees": queries.attendees(m),
        "items": items,
        "deadlines": service.meeting_deadlines(m),
        "minutes": minutes,
        "signers": queries.signers(minutes) if minutes else [],
        "runs": runs,
        "me": me,
        "is_member": me is not None and any(p.pk == me.pk for p in members),
        "can_mark": m.status != Meeting.CLOSED and (runs or (me is not None and any(p.pk == me.pk for p in members))),
        "people": queries.agency_people(m.agency_id),
        "sections": queries.sections(m.agency_id),
        "kinds": _kind_options(body),
        "branch": service.is_branch(body),
        "attendee_roles": options("attendee", service.ATTENDEE_ROLES),
        "forms": forms,
        "failed": failed,
        "error": error,
        "notice": _notice(request),
        "today": today,
        "can_propose": m.status in (Meeting.PLANNED, Meeting.NOTIFIED, Meeting.CONVENED),
    }
    return render(request, "meetings/meeting.html", ctx, status=_status(error) if error else 200)


@requires("record", "read")
@require_GET
def meeting(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    m = queries.meeting_for(request, pk, "read")
    _same_agency(m.agency, slug)
    return _meeting_page(request, m)


def _meeting_step(
    request: HttpRequest,
    slug: str,
    pk: int,
    action: str,
    form_name: str,
    step: Callable[[Meeting, dict[str, Any]], Any],
    done: tuple[str, str],
    multi: tuple[str, ...] = (),
    anchor: str = "",
) -> HttpResponse:
    """One POST on a meeting: check who may (``action`` as the API does), run the service step, then back to the
    meeting page; a refusal re-renders the page with the message, the clauses and what was typed."""
    m = queries.meeting_for(request, pk, action)
    _same_agency(m.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request, *multi))
        step(m, data)

    error = _attempt(run)
    if error:
        m.refresh_from_db()
        return _meeting_page(request, m, failed=form_name, data=data, error=error)
    url = reverse("meetings:meeting", args=[slug, m.pk]) + (f"#{anchor}" if anchor else "")
    return _done(request, url, *done)


@requires("record", "create")
@require_POST
def propose(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """议题申报: a section proposes an item through the office, with its kind flags, amount and papers."""

    def step(m: Meeting, d: dict[str, Any]) -> None:
        changes = None
        if d.get("changes"):
            if not str(d["changes"]).isdigit() or len(str(d["changes"])) > 18:
                raise BadInput("changes：应为决定编号", "changes: a decision id is needed", "changes")
            changes = queries.decision_for(request, int(d["changes"]), "read")
        upload = request.FILES.get("material")
        materials = []
        if upload is not None:
            if upload.size > MAX_UPLOAD:
                raise BadInput("材料不得超过 20 MB", "a paper may not exceed 20 MB", "material")
            materials.append((upload.name or "material", upload.read(), upload.content_type or ""))
        service.propose_item(
            m,
            title=d.get("title", ""),
            kind=d.get("kind", ""),
            summary=d.get("summary", ""),
            section=d.get("section") or None,
            proposer=request.user,
            amount=d.get("amount") or None,
            cadre=_flag(d, "cadre"),
            disciplinary=_flag(d, "disciplinary"),
            project=_flag(d, "project"),
            large_fund=_flag(d, "large_fund"),
            submitted_on=d.get("submitted_on") or None,
            ad_hoc=_flag(d, "ad_hoc"),
            urgent=_flag(d, "urgent"),
            deputy_in_charge=d.get("deputy_in_charge") or None,
            changes=changes,
            materials=materials,
            probation_since=_day(d["probation_since"], "probation_since") if d.get("probation_since") else None,
            actor=request.user,
        )

    return _meeting_step(request, slug, pk, "create", "propose", step, ("议题已提交", "item proposed"), anchor="agenda")


@requires("record", "update")
@require_POST
def notice(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """会议通知: notify the members and the 列席 attendees registered (the notice period is checked)."""

    def step(m: Meeting, d: dict[str, Any]) -> None:
        pairs = [(a.person, a.attendee_role) for a in queries.attendees(m) if a.attendee_role]
        service.send_notice(
            m,
            on=d.get("on") or None,
            in_writing=_flag(d, "in_writing"),
            materials_sent_on=d.get("materials_sent_on") or None,
            attendees=pairs,
            actor=request.user,
            version=_version(d),
        )

    return _meeting_step(request, slug, pk, "update", "notice", step, ("已发出会议通知", "notice sent"))


@requires("record", "update")
@require_POST
def attendee(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """列席: register a non-voting attendee."""

    def step(m: Meeting, d: dict[str, Any]) -> None:
        service.add_attendee(m, d.get("person") or None, d.get("attendee_role", ""), actor=request.user)

    return _meeting_step(
        request, slug, pk, "update", "attendee", step, ("已登记列席人员", "attendee added"), anchor="attendance"
    )


@requires("record", "create")
@require_POST
def attendance(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """出席登记: a member present, on leave (with the reason; asked beforehand or not) or absent, with the
    written opinion of an absent member (kept, never counted as a vote)."""

    m = queries.meeting_for(request, pk, "create")
    _same_agency(m.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        p = _person(request, m, data.get("person"))
        service.mark_attendance(
            m,
            p,
            data.get("status", ""),
            reason=data.get("reason", ""),
            asked_before=not _flag(data, "late_leave"),
            written_opinion=data.get("written_opinion", ""),
            actor=request.user,
        )

    error = _attempt(run)
    if error:
        m.refresh_from_db()
        who = next((p for p in service.members(m.body, m.date) if p.name == data.get("person")), None)
        return _meeting_page(request, m, failed=f"attendance-{who.pk}" if who else "attendance", data=data, error=error)
    return _done(
        request,
        reverse("meetings:meeting", args=[slug, m.pk]) + "#attendance",
        f"已登记：{data.get('person', '')}",
        f"recorded: {data.get('person', '')}",
    )


@requires("record", "update")
@require_POST
def convene(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """召开: the quorum (more than half, or the share the text sets), the chair and the attendees checked."""

    def step(m: Meeting, d: dict[str, Any]) -> None:
        service.convene(
            m,
            chair=d.get("chair") or None,
            chair_entrusted=_flag(d, "chair_entrusted"),
            discipline_notified=_flag(d, "discipline_notified") or None,
            actor=request.user,
            version=_version(d),
        )

    return _meeting_step(request, slug, pk, "update", "convene", step, ("会议已召开", "the meeting is in session"))


@requires("record", "update")
@require_POST
def item_list(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """审定列入: the item goes on the agenda."""
    it = queries.item_for(request, pk, "update")
    _same_agency(it.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        service.list_item(
            it, proposed_by_chief=_flag(data, "proposed_by_chief"), actor=request.user, version=_version(data)
        )

    error = _attempt(run)
    if error:
        return _meeting_page(request, it.meeting, failed=f"item-{it.pk}", data=data, error=error)
    return _done(
        request, reverse("meetings:meeting", args=[slug, it.meeting_id]) + "#agenda", "已列入议程", "put on the agenda"
    )


@requires("record", "update")
@require_POST
def item_withdraw(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """撤回 an item not yet voted on (the reason is recorded)."""
    it = queries.item_for(request, pk, "update")
    _same_agency(it.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        service.withdraw_item(it, reason=data.get("reason", ""), actor=request.user)

    error = _attempt(run)
    if error:
        return _meeting_page(request, it.meeting, failed=f"item-{it.pk}", data=data, error=error)
    return _done(
        request, reverse("meetings:meeting", args=[slug, it.meeting_id]) + "#agenda", "议题已撤回", "withdrawn"
    )


@requires("record", "update")
@require_POST
def minutes_generate(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """纪要: generated from what happened (refused once filed); the recorder's notes regenerate a draft."""

    def step(m: Meeting, d: dict[str, Any]) -> None:
        existing = queries.minutes_of(m)
        if existing is not None and existing.status == Minutes.DRAFT and d.get("op") == "edit":
            service.edit_minutes(existing, notes=d.get("notes", ""), actor=request.user, version=_version(d))
        else:
            service.generate_minutes(m, notes=d.get("notes", ""), actor=request.user)

    return _meeting_step(
        request, slug, pk, "update", "minutes", step, ("纪要已生成", "minutes generated"), anchor="minutes"
    )


@requires("record", "create")
@require_POST
def minutes_sign(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """签名: a signer the text requires (or the chair, the recorder) signs the minutes before filing."""
    x = queries.minutes_for(request, pk, "create")
    _same_agency(x.meeting.agency, slug)
    m = x.meeting
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        service.sign_minutes(x, _person(request, m, data.get("person")), actor=request.user)

    error = _attempt(run)
    if error:
        return _meeting_page(request, m, failed="sign", data=data, error=error)
    return _done(request, reverse("meetings:meeting", args=[slug, m.pk]) + "#minutes", "已签名", "signed")


@requires("record", "update")
@require_POST
def minutes_file(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """归档: the minutes are filed and read-only from then on."""
    x = queries.minutes_for(request, pk, "update")
    _same_agency(x.meeting.agency, slug)
    m = x.meeting
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        service.file_minutes(x, actor=request.user, version=_version(data))

    error = _attempt(run)
    if error:
        return _meeting_page(request, m, failed="file", data=data, error=error)
    return _done(request, reverse("meetings:meeting", args=[slug, m.pk]) + "#minutes", "纪要已归档", "minutes filed")


@requires("record", "read")
@require_GET
def minutes_download(request: HttpRequest, slug: str, pk: int, fmt: str) -> HttpResponse:
    """The minutes as .docx or PDF."""
    x = queries.minutes_for(request, pk, "read")
    _same_agency(x.meeting.agency, slug)
    try:
        data, ctype, name = service.minutes_file(x, fmt)
    except BadInput as exc:  # a format other than docx / pdf
        return _not_found(request, exc)
    resp = HttpResponse(data, content_type=ctype)
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp


@requires("record", "read")
@require_GET
def material(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A paper of an item (会议材料), downloaded."""
    mat = Material.objects.filter(pk=pk).select_related("item").first()
    if mat is None:
        raise Denied("找不到该资源", "Not found.", 404)
    queries.item_for(request, mat.item_id, "read")
    _same_agency(mat.item.agency, slug)
    resp = HttpResponse(bytes(mat.data), content_type=mat.content_type or "application/octet-stream")
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in mat.name)[:100] or "material"
    resp["Content-Disposition"] = f"attachment; filename=\"{safe}\"; filename*=UTF-8''{_quote(mat.name)}"
    return resp


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name[:150], safe="")


# --- the chair's screen: one item ------------------------------------------------------------------------


def _item_context(request: HttpRequest, it: Item) -> dict[str, Any]:
    m = it.meeting
    try:
        st = service.item_state(it)
    except Denied:
        raise
    except BadInput as exc:  # e.g. a body with no member on the day: nothing to show live
        return {"agency": m.agency, "m": m, "item": it, "st": None, "state_error": exc, "live": False}
    recused = {p.pk for p in st.recused}
    participants = [p for p in st.present if p.pk not in recused]
    voted = {v.person_id for v in st.votes}
    spoken = {s.person_id for s in st.spoken}
    att = queries.attendance_by_person(m)
    board = []
    for p in st.members:
        a = att.get(p.pk)
        board.append(
            {
                "person": p,
                "status": "recused" if p.pk in recused else (a.status if a else "unmarked"),
                "leave_reason": a.leave_reason if a else "",
                "opinion": a.written_opinion if a else "",
                "spoke": p.pk in spoken,
                "voted": p.pk in voted,
                "chief": st.chief is not None and st.chief.pk == p.pk,
            }
        )
    outcome = getattr(it, "outcome", None) if it.status == Item.CLOSED else None
    return {
        "agency": m.agency,
        "m": m,
        "item": it,
        "st": st,
        "board": board,
        "participants": participants,
        "lock": queries.mowei_lock(it, st),
        "next_speaker": st.waiting[0] if st.waiting else None,
        "to_vote": [p for p in participants if p.pk not in voted],
        "outcome": outcome,
        "decision": getattr(it, "decision", None) if outcome is not None else None,
        "live": it.status in (Item.LISTED, Item.DISCUSSING),
    }


def _item_page(
    request: HttpRequest,
    it: Item,
    *,
    failed: str = "",
    data: dict[str, Any] | None = None,
    error: BadInput | None = None,
) -> HttpResponse:
    ctx = _item_context(request, it)
    m = it.meeting
    runs = _may(lambda: queries.authorize_run(request, m))
    if ctx["st"] is None:
        ctx.update(
            {"runs": False, "me": queries.requester(request), "forms": {}, "error": error, "notice": _notice(request)}
        )
        return render(request, "meetings/item.html", ctx, status=_status(error) if error else 200)
    forms: dict[str, Any] = {
        "recuse": {},
        "state": {"person": ctx["next_speaker"].name if ctx["next_speaker"] else ""},
        "vote": {
            "person": ctx["to_vote"][0].name if ctx["to_vote"] else "",
            "method": (ctx["st"].votes[0].method if ctx["st"].votes else "show_of_hands"),
        },
        "close": {"disagreement": "none", "decision_text": it.title},
    }
    if failed and data is not None:
        forms[failed] = data
    ctx.update(
        {
            "runs": runs,
            "me": queries.requester(request),
            "forms": forms,
            "failed": failed,
            "error": error,
            "notice": _notice(request),
            "grounds": options("grounds"),
            "positions": options("position"),
            "choices": options("choice"),
            "methods": options("method"),
            "disagreements": options("disagreement"),
            "materials": list(it.materials.all()),
        }
    )
    return render(request, "meetings/item.html", ctx, status=_status(error) if error else 200)


@requires("record", "read")
@require_GET
def item(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    it = queries.item_for(request, pk, "read")
    _same_agency(it.agency, slug)
    return _item_page(request, it)


@requires("record", "read")
@require_GET
def item_live(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The live part of the chair's screen (htmx polls it): quorum, recusals, turn, statements, tally."""
    it = queries.item_for(request, pk, "read")
    _same_agency(it.agency, slug)
    return render(request, "meetings/_live.html", _item_context(request, it))


def _item_step(
    request: HttpRequest,
    slug: str,
    pk: int,
    action: str,
    form_name: str,
    step: Callable[[Item, dict[str, Any]], Any],
    done: Callable[[dict[str, Any]], tuple[str, str]],
    multi: tuple[str, ...] = (),
) -> HttpResponse:
    it = queries.item_for(request, pk, action)
    _same_agency(it.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request, *multi))
        step(it, data)

    error = _attempt(run)
    it = Item.objects.select_related("meeting", "meeting__agency", "meeting__body").get(pk=it.pk)
    if error:
        return _item_page(request, it, failed=form_name, data=data, error=error)
    return _done(request, reverse("meetings:item", args=[slug, it.pk]), *done(data))


@requires("record", "update")
@require_POST
def take_up(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """开始讨论: the item's quorum is checked for its kind (e.g. two thirds for a cadre item)."""

    def step(it: Item, d: dict[str, Any]) -> None:
        service.take_up(it, actor=request.user)

    return _item_step(request, slug, pk, "update", "take_up", step, lambda d: ("开始讨论", "item taken up"))


@requires("record", "create")
@require_POST
def recuse(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """回避: a member steps aside from the item; its quorum is recounted without them."""

    def step(it: Item, d: dict[str, Any]) -> None:
        p = _person(request, it.meeting, d.get("person"))
        service.recuse(it, p, grounds=d["grounds"], note=d.get("note", ""), actor=request.user)

    return _item_step(
        request,
        slug,
        pk,
        "create",
        "recuse",
        step,
        lambda d: (f"{d.get('person', '')} 回避", f"{d.get('person', '')} stepped aside"),
        multi=("grounds",),
    )


@requires("record", "create")
@require_POST
def state(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """表态: a member states a position with reasons, in order; the chief last (末位表态)."""

    def step(it: Item, d: dict[str, Any]) -> None:
        p = _person(request, it.meeting, d.get("person"))
        service.state_position(it, p, d.get("position", ""), reason=d.get("reason", ""), actor=request.user)

    return _item_step(
        request,
        slug,
        pk,
        "create",
        "state",
        step,
        lambda d: (f"已记录 {d.get('person', '')} 的意见", f"{d.get('person', '')}'s position recorded"),
    )


@requires("record", "create")
@require_POST
def vote(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """表决: one member's vote by the method chosen (non-members, second votes, closed items refused)."""

    def step(it: Item, d: dict[str, Any]) -> None:
        p = _person(request, it.meeting, d.get("person"))
        service.vote(it, p, d.get("choice", ""), method=d.get("method") or "show_of_hands", actor=request.user)

    return _item_step(
        request,
        slug,
        pk,
        "create",
        "vote",
        step,
        lambda d: (f"已记录 {d.get('person', '')} 的表决", f"{d.get('person', '')}'s vote recorded"),
    )


@requires("record", "update")
@require_POST
def close(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """议决: the outcome by the text's threshold (passed / not passed / postponed); a passed item becomes a
    decision with follow-up tasks for the members in charge."""

    def step(it: Item, d: dict[str, Any]) -> None:
        m = it.meeting
        service.close_item(
            it,
            decision_text=d.get("decision_text", ""),
            disagreement=d.get("disagreement") or "none",
            emergency=_flag(d, "emergency"),
            postpone=_flag(d, "postpone"),
            conclusion=d.get("conclusion") or None,
            due_on=d.get("due_on") or None,
            in_charge=[service.person_of(m.agency, n, "in_charge") for n in d["in_charge"] if n],
            lead=d.get("lead") or None,
            actor=request.user,
            version=_version(d),
        )

    return _item_step(
        request, slug, pk, "update", "close", step, lambda d: ("议题已议决", "item decided"), multi=("in_charge",)
    )


# --- decisions and follow-up ---------------------------------------------------------------------------------


def _decision_page(
    request: HttpRequest, d: Any, *, failed: str = "", data: dict[str, Any] | None = None, error: BadInput | None = None
) -> HttpResponse:
    me = queries.requester(request)
    tasks = list(queries.decision_tasks(d))
    forms: dict[str, Any] = {"report": {}, "change": {"by": "individual"}}
    if failed and data is not None:
        forms[failed] = data
    ctx = {
        "agency": d.agency,
        "d": d,
        "item": d.item,
        "m": d.item.meeting,
        "tasks": tasks,
        "mine_open": [t for t in tasks if t.status == "open" and me is not None and t.assignee_name == me.name],
        "me": me,
        "forms": forms,
        "failed": failed,
        "error": error,
        "notice": _notice(request),
        "change_by": options("change_by"),
        "same_body_meetings": Meeting.objects.filter(
            body=d.body, status__in=[Meeting.PLANNED, Meeting.NOTIFIED]
        ).order_by("date")[:10],
    }
    return render(request, "meetings/decision.html", ctx, status=_status(error) if error else 200)


@requires("record", "read")
@require_GET
def decision(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    d = queries.decision_for(request, pk, "read")
    _same_agency(d.agency, slug)
    return _decision_page(request, d)


def _decision_step(
    request: HttpRequest,
    slug: str,
    pk: int,
    form_name: str,
    step: Callable[[Any, dict[str, Any]], Any],
    done: tuple[str, str],
) -> HttpResponse:
    from .models import Decision

    d = Decision.objects.select_related("agency", "body", "item", "item__meeting").filter(pk=pk).first()
    if d is None:
        raise Denied("找不到该资源", "Not found.", 404)
    authorize(request, "create", "record", d)
    _same_agency(d.agency, slug)
    data: dict[str, Any] = {}

    def run() -> None:
        data.update(_form(request))
        step(d, data)

    error = _attempt(run)
    d.refresh_from_db()
    if error:
        return _decision_page(request, d, failed=form_name, data=data, error=error)
    return _done(request, reverse("meetings:decision", args=[slug, d.pk]), *done)


@requires("record", "create")
@require_POST
def report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """落实情况报送: the member in charge reports; their task closes."""

    def step(d: Any, f: dict[str, Any]) -> None:
        p = _person(request, d.item.meeting, f.get("person"))
        service.report_back(d, p, text=f.get("text", ""), actor=request.user)

    return _decision_step(request, slug, pk, "report", step, ("已报送落实情况", "report sent"))


@requires("record", "create")
@require_POST
def change(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """变更决定 by anyone but the same body's new vote: refused with the clause (白城: interim handling in an
    emergency, to be reported)."""

    def step(d: Any, f: dict[str, Any]) -> None:
        service.change_decision(
            d, text=f.get("text", ""), by=f.get("by", ""), emergency=_flag(f, "emergency"), actor=request.user
        )

    return _decision_step(request, slug, pk, "change", step, ("已记录临时处置", "interim handling recorded"))
