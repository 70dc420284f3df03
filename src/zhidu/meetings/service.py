"""The one public surface of zhidu.meetings: every step of a decision body's meeting, each a check of the rule
engine (``meeting.*``, ``decision.*``, ``party.*``, ``timelimit.due``) run through ``zhidu.workflow.service``
and recorded in the ledger with its verdict and citations. No threshold is computed here: quorum, vote
thresholds, 末位表态, 回避, notice and submission deadlines, cadence, 三重一大 routing and who may change a
decision are the checks' business; this module gathers the facts from the records and acts on the verdict.

People are ``org.Person`` rows; wherever a person is asked for, a ``Person``, a ``User`` linked to one, or
the person's name is accepted (``field`` of the error names the argument). ``actor`` is the signed-in user
acting (recorded in the ledger; default: the request's user from the ledger context). Dates are
``datetime.date``; ``on`` defaults to the meeting's date for steps taken at the meeting.

Three kinds of body, one flow (the functions below dispatch on the body):

- the bodies of the ``meeting.*`` checks (``Body.check_body``: 党组会议, 局长/主任办公会议, 局务会议, 机关党委,
  重大案件合议委员会 …) — everything described below;
- Tongyu's 创业担保贷款会审组 (``own_check(body)``, check ``loan.review_meeting``, tongyu-hrss:15): items
  are loans routed to it by ``loan.approval`` (单笔 20万元以上（含）); quorum ≥ 2/3 of the group among the
  members present and not recused, yes votes above half of those present (第十条); 回避 for a close
  relative's loan declared before taking part (第十一条); no order of speaking — each participant's stated
  position is their 审核意见 on the 会签单, and the result is refused until every participant has given one;
  the minutes carry the 会签单 and cannot be filed before every participant signed (第十条、第十二条);
- the Party branch bodies (``is_branch(body)``: 支部党员大会, 支部委员会会议; ``party.*`` checks): members and
  the 书记 (``post="secretary"``, the chair) entered by hand; items are branch matters (``branch_kinds()``),
  refused where the text reserves the matter to the assembly (``party.branch_matter``); convening, each
  item's steps and the resolution are checked by ``party.procedure`` (attendance, presiding, notice in
  advance except an emergency, a clear resolution assigned to persons); the texts set no vote share, so
  votes are recorded and the chair announces the resolution (the outcome says so); no order of speaking,
  and a recusal is recorded as declared (no clause); a change of a resolution goes to the same body
  (``decision.change``, 区局 “一经形成决议不得违反”).

Errors: ``BadInput`` (bad argument, bilingual, naming the field), ``NotFound``, ``Refused`` (a rule or a
condition forbids the step; ``.verdict`` carries the findings and clauses when a check refused),
``Conflict`` (someone else changed the record: ``version`` given and stale). Nothing is saved on any error.

Reference data
--------------
``sync_bodies(agency=None) -> list[Body]``
    Create/update the decision bodies of one agency (slug or Agency) or of all, as the texts set them up:
    the bodies of ``org.yaml`` (党组会议, 局长/主任办公会议, 重大案件合议委员会 …), the meeting bodies that have
    agency parameters (``meeting.<body>.*``: 局务会议, 机关党委会议, 科务会 …) and the Party bodies with a cadence
    parameter (``party.cadence.branch_assembly`` 支部党员大会, ``branch_committee_meeting`` 支部委员会). Idempotent.
``bodies(agency) -> list[Body]``                 the agency's bodies (synced on first use).
``body(agency, key) -> Body``                    one body by key (``party_group``, ``directors_meeting`` …).
``members(body, on) -> list[Person]``            members entitled to attend and vote on ``on`` (org chart posts
                                                 of ``body.role`` and its ``members_roles``, plus ``BodyMember``).
``chief_of(body, on) -> Person | None``          the principal leader (党组书记 / 局长 / 主任) of the body that day.
``is_member(body, person, on) -> bool``
``add_body_member(body, person, since, *, until=None, post="", actor=None) -> BodyMember``
    a member entered by hand, for bodies whose members the org chart does not list (局务会议, the loan review
    group, Party branches; ``post="secretary"``: a branch's 书记, one at a time).
``end_body_member(row, until, *, actor=None) -> BodyMember``   the last day of a hand-entered membership.
``is_branch(body)``, ``own_check(body)``, ``item_kinds(body)``   the kind of body; the kinds its items take.

Agenda and notice
-----------------
``classify(agency, on, *, kind, amount=None, cadre=False, disciplinary=False, project=False,
large_fund=False) -> Classification``
    Pure read (no ledger): which body must decide, “三重一大” or not, whether the discipline body must be told
    (``discipline``: "" / "report" 须提前报告 / "invite" 应邀请列席), the topic kinds the other checks get, the
    ``decision.route`` verdicts and their citations. ``kind`` is one of ``KINDS`` (decision.route vocabulary).
``plan_meeting(body, date, *, place="", number="", chair=None, recorder=None, actor=None,
section=None) -> Meeting``
    A planned meeting (筹备). Step ``meeting.agenda`` with the meeting date: its deadlines (submission,
    notice) are in ``meeting_deadlines(meeting)``. ``number`` defaults to ``YYYY年第N次`` of the body.
``meeting_deadlines(meeting) -> list[dict]``     the agenda deadlines (label, date, clause) for the meeting.
``propose_item(meeting, *, title, kind, summary="", section=None, proposer=None, amount=None, cadre=False,
disciplinary=False, project=False, large_fund=False, submitted_on=None, ad_hoc=False, urgent=False,
deputy_in_charge=None, changes=None, materials=(), actor=None) -> Item``
    A section's item for the meeting (through the office). Refused when the item must be decided by another
    body (``decision.route``), when ``meeting.agenda`` blocks it (submitted after the deadline — e.g. the
    district bureau's 提前一周报送; an ad-hoc item where the text forbids it or it is not urgent), or when
    it would change a decision of another body (``decision.change``). ``materials``: ``(name, bytes,
    content_type)`` triples. ``submitted_on`` defaults to today; ``ad_hoc`` items are added at the meeting.
``add_material(item, name, data, content_type="application/octet-stream", actor=None) -> Material``
``list_item(item, *, proposed_by_chief=False, actor=None) -> Item``
    审定列入: the item goes on the agenda (``meeting.agenda`` with ``listed``).
``withdraw_item(item, *, reason, actor=None) -> Item``
``send_notice(meeting, *, on=None, in_writing=True, materials_sent_on=None, attendees=(),
discipline_notified=None, actor=None, version=None) -> Meeting``
    Notify members and 列席 attendees (``attendees``: ``(person, attendee_role)`` pairs, ``ATTENDEE_ROLES``);
    ``discipline_notified``: the discipline group was told (报告/邀请) — checked per item at ``take_up``:
    ``meeting.agenda`` for each listed item with the notice date (the notice period of the agency; refused
    when late where the text makes it binding). In-app notices to everyone with an account.
    Status planned → notified.

Convening
---------
``add_attendee(meeting, person, attendee_role, actor=None) -> Attendance``      a 列席 attendee.
``mark_attendance(meeting, person, status, *, reason="", asked_before=True, written_opinion="",
actor=None) -> Attendance``
    A member present / on leave (请假, with the reason) / absent; ``written_opinion`` of an absent member is
    kept and never counted as a vote. Refused for a non-member and after the meeting is closed.
``convene(meeting, *, chair=None, chair_entrusted=False, discipline_notified=None, on=None, actor=None,
version=None) -> Meeting``
    Step ``meeting.convene`` (general quorum, chair, standing attendees, leave). Refused when the quorum is
    not met (nothing changes). Status → convened.
``take_up(item, actor=None) -> Item``
    The chair opens an item: step ``meeting.convene`` with the item's kinds and the members present and not
    recused (e.g. two thirds for cadre items at the Tongyu 党组会, any 党组会 item in Wenshan), and
    ``meeting.agenda`` (listed, ad hoc). Refused on a failed quorum. Status listed → discussing.

Each item
---------
``recuse(item, person, *, grounds, note="", actor=None) -> Recusal``
    回避 (``grounds`` ⊂ ``GROUNDS``); step ``meeting.recusal`` (participates=False). The member takes no part
    in the item: not counted present for its quorum (the quorum is re-checked at every later step), no
    statement, no vote. ``item_quorum(item)`` shows the effect.
``state_position(item, person, position, *, reason="", actor=None) -> Statement``
    A member states 赞成 ("for") / 不赞成 ("against") / 缓议 ("defer") with reasons, in order. Step
    ``meeting.speaking_order`` with the order that would result (the chief's statement refused until every
    other present, non-recused member has spoken: 末位表态), after the item's quorum holds.
``vote(item, person, choice, *, method="show_of_hands", actor=None) -> Vote``
    One member's vote (``for`` / ``against`` / ``abstain`` / ``defer``), by the method chosen for the item
    (all votes on one item by one method). Refused: not a member, not present, recused, second vote, item
    not under discussion or closed, quorum lost (step ``meeting.convene``).
``close_item(item, *, decision_text="", disagreement="none", emergency=False, postpone=False,
conclusion=None, due_on=None, in_charge=(), lead=None, on=None, actor=None, version=None) -> ItemOutcome``
    The outcome: ``meeting.vote`` with the counts (yes votes against the base the text sets — e.g. more than
    half of the members who SHOULD attend at the Tongyu 党组会; written opinions never counted). Blocked on
    the threshold → not passed; blocked on a major disagreement (or ``postpone``, or the item's quorum
    lost) → postponed; otherwise passed. Bodies whose text has the chair conclude (局长办公会 …) take
    ``conclusion`` "passed"/"not_passed" (default passed). Passed → ``Decision`` and follow-up tasks
    (``follow_up``). Never refused for a failing vote: the outcome records it.
``item_state(item) -> ItemState``   live view for the chair's screen: members, present, recused, quorum
    verdict, who has spoken, who may speak next, whether the chief is still locked, the tally and the
    verdict the votes so far would get.
``item_quorum(item) -> Verdict``    the item's quorum verdict now (no ledger).

Minutes
-------
``generate_minutes(meeting, *, notes="", actor=None) -> Minutes``
    From what happened (attendance, leave, 列席, recusals, statements, votes, outcomes, decisions, the clauses
    applied, the signatures the text requires): ``.docx`` and PDF (``zhidu.common.documents``); step
    ``meeting.minutes`` (contents). Regenerating replaces a draft; refused once filed.
``sign_minutes(minutes, person, actor=None) -> Minutes``     a required signer signs (before filing).
``edit_minutes(minutes, *, notes, actor=None, version=None) -> Minutes``   refused after filing.
``file_minutes(minutes, *, on=None, actor=None, version=None) -> Minutes``
    归档: step ``meeting.minutes`` with ``archived`` and the signatures (Wenshan: the voters of the case
    panel, or every member for major matters). Immutable afterwards.
``minutes_file(minutes, fmt) -> tuple[bytes, str, str]``  (data, content type, file name); fmt docx|pdf.

Decisions and follow-up
-----------------------
``follow_up(decision, *, in_charge=(), lead=None, due_on=None, on=None) -> list[Task]``
    Tasks for the members in charge (``workflow.Task``, kind ``meeting_followup``) with the deadline the
    agency's text sets (Wenshan 局长办公会议、局务会议: report within 10 working days, ``timelimit.due``
    ``meeting_decision_report``; a decision's own deadline ``due_on`` otherwise), reminders by
    ``workflow.remind``. ``decision.execution`` where the text requires one lead leader.
``report_back(decision, person, *, text, on=None, actor=None) -> Decision``  落实情况报送: closes the task.
``change_decision(decision, *, text, by="individual", emergency=False, on=None, actor=None)``
    A change other than by a new vote of the same body: step ``decision.change`` — refused with the clause
    (其它会议或个人无权更改). A change by the same body is a new item: ``propose_item(..., changes=decision)``
    at a meeting of that body; when it passes the old decision becomes ``changed``.

Cadence
-------
``cadence(agency, on=None) -> list[CadenceRow]``
    Each body's required frequency (``meeting.cadence`` / ``party.cadence``): meetings held in the current
    and the previous period, the due day, and ``overdue`` when a period ended without its meeting.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.db.models import Q

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Conflict, NotFound, Refused
from zhidu.core.rules.model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Verdict
from zhidu.ledger import service as ledger
from zhidu.org.models import Person, Section
from zhidu.workflow import service as wf
from zhidu.workflow.models import Task

from .models import (
    Attendance,
    Body,
    BodyMember,
    Decision,
    Item,
    ItemOutcome,
    Material,
    Meeting,
    Minutes,
    Recusal,
    Statement,
    Vote,
)

# ---------------------------------------------------------------------------------------------------------------
# vocabulary (the checks' own: imported, never copied)
# ---------------------------------------------------------------------------------------------------------------


def _lib() -> Any:
    from zhidu.core.rules.library import meetings as lib

    return lib


def _kinds_vocab() -> list[str]:
    return list(_lib().KINDS)


KINDS: list[str] = []  # filled lazily by _vocab(); the decision.route kinds
GROUNDS = ["self", "close_relative", "relative", "direct_interest", "other_relationship"]
ATTENDEE_ROLES = [
    "office_head",
    "discipline_secretary",
    "arbitration_head",
    "discipline_observer",
    "section_head",
    "non_member_leader",
    "other",
]
POSITIONS = {"for": "赞成", "against": "不赞成", "defer": "缓议"}
CHOICES = {"for": "赞成", "against": "反对", "abstain": "弃权", "defer": "缓议"}
METHODS = {"show_of_hands": "举手表决", "oral": "口头表决", "ballot": "无记名投票", "roll_call": "记名投票"}
FOLLOWUP = "meeting_followup"

# Party bodies (党支部) that meet and decide: party.cadence activity → (name zh, name en, party.procedure kind)
PARTY_BODIES = {
    "branch_assembly": ("支部党员大会", "Party branch general meeting"),
    "branch_committee_meeting": ("支部委员会会议", "Party branch committee meeting"),
}
BRANCH_CHIEF = "branch_secretary"  # Body.chief_role of a Party branch body: its 书记 (a BodyMember post)
# the party.branch_matter id of each branch body (“由谁决定”)
BRANCH_DECIDER = {"branch_assembly": "branch_assembly", "branch_committee_meeting": "branch_committee"}
BRANCH_KINDS: dict[str, str] = {}  # filled by branch_kinds()
# Decision bodies with a check of their own (not ``meeting.*``): key → (check, zh, en, clause, quote).
# 通榆《创业担保贷款监督管理制度》第八条 “成立会审组。会审组由局长、副局长和各相关科长组成，共计7人”
# (tongyu-hrss:15:8); its quorum and vote are the ``loan.review_meeting`` rules (第十条 “每次贷款会审至少
# 需要大于或等于会审组2/3成员参加，并由与会人员表决通过”), its items the loans that ``loan.approval.route``
# sends to the group (“单笔贷款额度达到20万元以上（含20万元）的贷款必须由会审组集体研究讨论决定”). Members are
# entered by hand (``add_body_member``): the text names posts but not which 科长 are “相关”.
OWN_CHECK_BODIES = {
    "loan_review_group": (
        "loan.review_meeting",
        "创业担保贷款会审组",
        "start-up guaranteed loan review group",
        "tongyu-hrss:15:8",
        "成立会审组。会审组由局长、副局长和各相关科长组成，共计7人。",
    ),
}
LOAN_QUORUM, LOAN_VOTE = "loan.review_meeting.quorum", "loan.review_meeting.vote"
LOAN_RECUSAL, LOAN_SIGNOFF = "loan.review_meeting.recusal", "loan.review_meeting.signoff"
LOAN_DISPUTE = "loan.review_meeting.dispute"

# which body ranks above which when an item's kinds route to several (the Party group decides the most)
_BODY_RANK = {"party_group": 4, "case_panel": 3, "directors_meeting": 2, "party_committee": 1}

# Wenshan 《限时办结制度》四、2: the decisions whose implementation is reported within a period (timelimit.due
# meeting_decision_report, 10 working days from parameters): “对局长办公会议、局务会议、专题工作会议的决定事项,牵头
# 承办科室须于会后10个工作日内报送落实情况” (wenshan-hrss:19:4.2). The 党组会议 is not named there.
REPORT_BACK_BODIES = frozenset({"directors_meeting", "bureau_affairs"})


def _vocab() -> list[str]:
    if not KINDS:
        KINDS.extend(_kinds_vocab())
    return KINDS


# ---------------------------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------------------------


def _engine() -> Any:
    from zhidu.core.rules.engine import default_engine

    return default_engine()


def _applies(check_id: str, slug: str) -> bool:
    return slug in _engine().registry.agencies_of(check_id)


def _param(slug: str, name: str, on: dt.date) -> Any:
    """An agency parameter in force on ``on`` (None when the agency has none)."""
    params = _engine().params.by_agency.get(slug, {})
    p = params.get(name)
    if p is None:
        return None
    try:
        return p.at(on).value
    except NotFound:
        return None


def _agency(agency: Any) -> Agency:
    if isinstance(agency, Agency):
        return agency
    try:
        return Agency.objects.get(slug=str(agency))
    except Agency.DoesNotExist:
        raise NotFound(f"没有机构 {str(agency)[:60]!r}", f"no agency {str(agency)[:60]!r}", "agency") from None


def _date(value: Any, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise BadInput(f"{name}：日期格式应为 YYYY-MM-DD", f"{name}: a date YYYY-MM-DD is needed", name)


def _text(value: Any, name: str, maximum: int, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadInput(f"{name}：应为文字", f"{name}: text expected", name)
    value = value.replace("\x00", "").strip()
    if required and not value:
        raise BadInput(f"{name}：不能为空", f"{name}: required", name)
    if len(value) > maximum:
        raise BadInput(f"{name}：不得超过 {maximum} 字", f"{name}: at most {maximum} characters", name)
    return value


def _choice(value: Any, allowed: Iterable[str], name: str) -> str:
    allowed = list(allowed)
    if value not in allowed:
        raise BadInput(f"{name}：应为 {'、'.join(allowed)} 之一", f"{name}: one of {', '.join(allowed)}", name)
    return str(value)


def person_of(agency: Any, who: Any, field_name: str = "person") -> Person:
    """A ``Person`` of ``agency`` from a Person, a linked User, a name or a pk (int); BadInput naming the field."""
    agency = _agency(agency)
    if isinstance(who, Person):
        if who.agency_id != agency.id:
            raise BadInput(
                f"{field_name}：{who.name} 不属于{agency.name}",
                f"{field_name}: {who.name} is not of this agency",
                field_name,
            )
        return who
    if isinstance(who, bool) or who is None or who == "":
        raise BadInput(f"{field_name}：请指定人员", f"{field_name}: a person is needed", field_name)
    if isinstance(who, int):
        p = Person.objects.filter(agency=agency, pk=who).first()
    elif isinstance(who, str):
        p = Person.objects.filter(agency=agency, name=who.strip()).first()
    else:
        p = Person.objects.filter(agency=agency, user=who).first() if getattr(who, "pk", None) else None
    if p is None:
        shown = getattr(who, "username", who)
        raise BadInput(
            f"{field_name}：{agency.name}没有人员 {str(shown)[:40]}",
            f"{field_name}: no such person {str(shown)[:40]}",
            field_name,
        )
    return p


def _section(agency: Agency, section: Any) -> Section | None:
    if section in (None, ""):
        return None
    if isinstance(section, Section):
        if section.agency_id != agency.id:
            raise BadInput("section：科室不属于本机构", "section: not a section of this agency", "section")
        return section
    qs = Section.objects.filter(agency=agency)
    found = qs.filter(pk=section).first() if isinstance(section, int) else None
    if found is None and isinstance(section, str):
        found = qs.filter(key=section).first() or qs.filter(name=section).first()
    if found is None:
        raise BadInput(f"section：没有科室 {str(section)[:40]}", f"section: no section {str(section)[:40]}", "section")
    return found


def _check_version(obj: Any, version: int | None) -> None:
    if version is None:
        return
    if isinstance(version, bool) or not isinstance(version, int):
        raise BadInput("version：应为整数", "version: an integer is needed", "version")
    current = type(obj).objects.filter(pk=obj.pk).values_list("version", flat=True).first()
    if current != version:
        raise Conflict()


def _guard(
    check_id: str, agency: Agency, on: dt.date, facts: Mapping[str, Any], *, action: str, obj: Any, actor: Any
) -> Verdict:
    """Evaluate a check that must hold for a step recorded under another check: refuse (recorded in the
    ledger, like ``workflow.step``) when blocked, else return the verdict (recorded by the caller's step)."""
    verdict = wf.evaluate(check_id, agency, on, facts)
    if verdict.outcome is BLOCKED:
        vd = verdict.as_dict()
        zh, en = wf.grounds(verdict)
        ledger.record(
            f"refused:{action}",
            obj=obj,
            actor=actor,
            verdict=vd,
            reason=zh,
            meta={"check": check_id, "facts": dict(facts)},
        )
        raise Refused(f"不允许：{zh}", f"Not allowed: {en}", None, vd)
    return verdict


def cites_of(*verdicts: Mapping[str, Any] | Verdict | None) -> list[str]:
    """Citation ids of verdicts (dicts or Verdicts), in order, each once."""
    out: dict[str, None] = {}
    for v in verdicts:
        if v is None:
            continue
        d = v.as_dict() if isinstance(v, Verdict) else v
        out.update(dict.fromkeys(ledger.citations_of(d)))
    return list(out)


def _displays(*verdicts: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """(id, display, quote) of every clause the verdicts cite, each once."""
    out: dict[str, tuple[str, str, str]] = {}
    for v in verdicts:
        for f in (v or {}).get("findings") or []:
            for c in f.get("citations") or []:
                out.setdefault(c["id"], (c["id"], c.get("display", c["id"]), c.get("quote", "")))
    return list(out.values())


def _url(name: str, pk: int, slug: str, fallback: str) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(f"meetings:{name}", args=[pk])
    except NoReverseMatch:
        try:
            return reverse(f"meetings:{name}", args=[slug, pk])
        except NoReverseMatch:
            return fallback


def meeting_url(m: Meeting) -> str:
    return _url("meeting", m.pk, m.agency.slug, f"/a/{m.agency.slug}/meetings/{m.pk}/")


def decision_url(d: Decision) -> str:
    return _url("decision", d.pk, d.agency.slug, f"/a/{d.agency.slug}/meetings/decisions/{d.pk}/")


# ---------------------------------------------------------------------------------------------------------------
# bodies and members
# ---------------------------------------------------------------------------------------------------------------


def _director_name(quote: str, cite: str) -> tuple[str, str]:
    if "主任办公会" in quote:
        return "主任办公会议", "directors' office meeting"
    return "局长办公会议", "director's office meeting"


def sync_bodies(agency: Any = None, *, persist: bool = True) -> list[Body]:
    """Create or update the bodies of one agency (or all) from org.yaml and the parameters (see module doc).
    ``persist=False``: the bodies as they would be, unsaved (reads never write)."""
    from zhidu.core import org as core_org

    lib = _lib()
    agencies = [_agency(agency)] if agency is not None else list(Agency.objects.all())
    out: list[Body] = []
    role_body = {v: k for k, v in lib.BODY_ROLE.items()}
    for ag in agencies:
        slug = ag.slug
        try:
            chart = core_org.chart_for(slug)
            org_bodies = dict(chart.bodies)
        except (NotFound, BadInput):
            org_bodies = {}
        params = _engine().params.by_agency.get(slug, {})
        wanted: dict[str, dict[str, Any]] = {}
        for role, b in org_bodies.items():
            key = role_body.get(role)
            if key is None or key not in lib.AGENCY_BODIES.get(slug, ()):
                continue
            wanted[key] = {"role": role, "cite": b.source.cite, "quote": b.source.quote, "check_body": key}
        for key in lib.MEETING_BODIES:
            if key in wanted or key not in lib.AGENCY_BODIES.get(slug, ()):
                continue
            found = [
                p for n, p in params.items() if n.startswith(f"meeting.{key}.") or n.startswith(f"meeting.vote.{key}.")
            ]
            if not found:
                continue
            v = found[0].values[-1]
            wanted[key] = {"role": lib.BODY_ROLE.get(key, ""), "cite": v.cite, "quote": v.quote, "check_body": key}
        for act, (zh, en) in PARTY_BODIES.items():
            p = params.get(f"party.cadence.{act}.period")
            if p is None:
                continue
            v = p.values[-1]
            wanted[act] = {
                "role": "",
                "cite": v.cite,
                "quote": v.quote,
                "check_body": "",
                "activity": act,
                "zh": zh,
                "en": en,
            }
        for key, (check_id, zh, en, cite, quote) in OWN_CHECK_BODIES.items():
            if _applies(check_id, slug):
                wanted[key] = {"role": "", "cite": cite, "quote": quote, "check_body": "", "zh": zh, "en": en}
        for key, spec in wanted.items():
            if "zh" in spec:
                zh, en = spec["zh"], spec["en"]
            elif key == "directors_meeting":
                zh, en = _director_name(
                    spec["quote"]
                    + " "
                    + " ".join(
                        str(p.values[-1].quote) for n, p in params.items() if n.startswith("meeting.directors_meeting")
                    ),
                    spec["cite"],
                )
            else:
                zh, en = lib.BODY_ZH[key], lib.BODY_EN[key]
            chief_role = (
                "party_secretary"
                if key in ("party_group", "party_committee")
                else BRANCH_CHIEF
                if key in PARTY_BODIES
                else "chief"
            )
            defaults = {
                "name_zh": zh,
                "name_en": en,
                "check_body": spec["check_body"],
                "cadence_activity": spec.get("activity", ""),
                "role": spec["role"],
                "chief_role": chief_role,
                "cite": spec["cite"][:60],
                "quote": str(spec["quote"])[:300],
                "managed": True,
            }
            row = Body.objects.filter(agency=ag, key=key).first()
            if not persist:
                row = row or Body(agency=ag, key=key, **defaults)
            elif row is None:
                row = Body.objects.create(agency=ag, key=key, **defaults)
            elif any(getattr(row, k) != v for k, v in defaults.items()):
                for k, v in defaults.items():
                    setattr(row, k, v)
                row.save()
            out.append(row)
    return out


def bodies(agency: Any) -> list[Body]:
    """The agency's bodies: the saved rows, or (not yet synced) the bodies as the texts set them up, unsaved —
    a read never writes."""
    ag = _agency(agency)
    rows = list(Body.objects.filter(agency=ag))
    return rows or sync_bodies(ag, persist=False)


def body(agency: Any, key: str) -> Body:
    """One body by key, saved (synced first when the agency's bodies are not yet in the database)."""
    ag = _agency(agency)
    row = Body.objects.filter(agency=ag, key=key).first()
    if row is None and any(b.key == key for b in sync_bodies(ag, persist=False)):
        sync_bodies(ag)
        row = Body.objects.filter(agency=ag, key=key).first()
    if row is None:
        raise NotFound(
            f"{ag.name}的制度没有规定会议 {str(key)[:40]}", f"{ag.slug} has no decision body {str(key)[:40]!r}", "body"
        )
    return row


def members(b: Body, on: dt.date) -> list[Person]:
    """Members entitled to attend and vote on ``on``: org chart posts of ``b.role`` (and the body's
    ``members_roles`` in org.yaml) plus members entered by hand (``BodyMember``)."""
    from zhidu.org import service as org

    on = _date(on, "on")
    names: list[str] = []
    if b.role:
        try:
            names = org.chart(b.agency.slug, on).body_members(b.role, on)
        except (BadInput, KeyError):
            names = []
    rows = {p.name: p for p in Person.objects.filter(agency_id=b.agency_id, name__in=names)}
    out = [rows[n] for n in names if n in rows]
    extra = BodyMember.objects.filter(body=b, valid_from__lte=on).select_related("person") if b.pk else []
    for m in extra:
        if (m.valid_to is None or on <= m.valid_to) and m.person not in out:
            out.append(m.person)
    return out


def is_branch(b: Body) -> bool:
    """A Party branch body (支部党员大会, 支部委员会): it meets and decides under ``party.*`` checks, not
    ``meeting.*``; its members and its 书记 are entered by hand."""
    return bool(b.cadence_activity) and not b.check_body


def _overlaps(row: BodyMember, start: dt.date, end: dt.date | None) -> bool:
    return (row.valid_to is None or start <= row.valid_to) and (end is None or row.valid_from <= end)


def add_body_member(
    b: Body, person: Any, since: Any, *, until: Any = None, post: Any = "", actor: Any = None
) -> BodyMember:
    """Enter a member by hand for a body whose members the org chart does not list (局务会议 “局领导班子成员,
    调研员、副调研员,各科室负责人参加”, a Party branch's members …), dated (both ends inclusive). ``post``
    "secretary": the branch's 书记, who presides (one at a time)."""
    p = person_of(b.agency, person, "person")
    start = _date(since, "since")
    end = _date(until, "until") if until not in (None, "") else None
    post = _choice(post or "", list(BodyMember.POSTS), "post")
    if end is not None and end < start:
        raise BadInput("until：结束日期早于开始日期", "until: before since", "until")
    if post == "secretary" and b.chief_role != BRANCH_CHIEF:
        raise BadInput(
            f"post：{b.name_zh}的主要负责人由组织数据确定，不在此登记书记",
            f"post: the chair of the {b.name_en} comes from the org chart",
            "post",
        )
    with transaction.atomic():
        if b.pk is None:
            b = body(b.agency, b.key)
        rows = BodyMember.objects.select_for_update().filter(body=b)
        if any(r.person_id == p.pk and _overlaps(r, start, end) for r in rows) or is_member(b, p, start):
            raise Refused(f"{p.name}已是{b.name_zh}成员", f"{p.name} is already a member", "person")
        other = next((r for r in rows if r.post == "secretary" and _overlaps(r, start, end)), None)
        if post == "secretary" and other is not None:
            raise Refused(
                f"{b.name_zh}已有书记{other.person.name}（{other.valid_from.isoformat()}起），请先登记其任职结束日期",
                f"the {b.name_en} already has a secretary ({other.person.name}): end that post first",
                "post",
            )
        row = BodyMember.objects.create(body=b, person=p, valid_from=start, valid_to=end, post=post)
        ledger.record(
            "meeting.body.member",
            obj=row,
            actor=actor,
            agency=b.agency,
            reason=f"{p.name} 自 {start.isoformat()} 起为{b.name_zh}{BodyMember.POSTS[post]}"
            + (f"，至 {end.isoformat()}" if end else ""),
        )
    return row


def end_body_member(row: BodyMember, until: Any, *, actor: Any = None) -> BodyMember:
    """The last day of a hand-entered membership (inclusive); the record stays, so past meetings keep their
    members."""
    end = _date(until, "until")
    if end < row.valid_from:
        raise BadInput("until：结束日期早于开始日期", "until: before since", "until")
    if row.valid_to is not None and row.valid_to <= end:
        raise Refused(
            f"该成员任期已于 {row.valid_to.isoformat()} 结束",
            f"the membership already ended on {row.valid_to}",
            "until",
        )
    with transaction.atomic():
        row.valid_to = end
        row.save(update_fields=["valid_to"])
        ledger.record(
            "meeting.body.member_end",
            obj=row,
            actor=actor,
            agency=row.body.agency,
            reason=f"{row.person.name} 至 {end.isoformat()} 止为{row.body.name_zh}成员",
        )
    return row


def is_member(b: Body, person: Person, on: dt.date) -> bool:
    return any(p.pk == person.pk for p in members(b, on))


def chief_of(b: Body, on: dt.date) -> Person | None:
    """The body's principal leader that day (党组书记 for Party bodies, 局长/主任 otherwise, the 书记 entered
    for a Party branch), if a member."""
    from zhidu.org import service as org

    if b.chief_role == BRANCH_CHIEF:
        if b.pk is None:
            return None
        row = (
            BodyMember.objects.filter(body=b, post="secretary", valid_from__lte=on)
            .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
            .select_related("person")
            .first()
        )
        return row.person if row else None

    try:
        found = org.people_for(b.agency.slug, b.chief_role, on)
    except BadInput:
        found = []
    ms = {p.pk for p in members(b, on)}
    for p in found:
        if p.pk in ms:
            return p
    return None


def _holds(agency: Agency, person: Person, role: str, on: dt.date) -> bool:
    from zhidu.org import service as org

    try:
        return any(p.pk == person.pk for p in org.people_for(agency.slug, role, on))
    except BadInput:
        return False


def _chair_role(m: Meeting, person: Person, on: dt.date) -> str:
    """The meeting.convene vocabulary for who chairs."""
    ag = m.agency
    if m.body.chief_role == BRANCH_CHIEF:
        chief = chief_of(m.body, on)
        if chief is not None and chief.pk == person.pk:
            return "branch_secretary"
        return (
            "committee_member"
            if m.body.key == "branch_committee_meeting" and is_member(m.body, person, on)
            else "other"
        )
    party = m.body.chief_role == "party_secretary"
    if party:
        if _holds(ag, person, "party_secretary", on):
            return "secretary"
        return "member" if is_member(m.body, person, on) else "other"
    if m.body.key == "section_meeting":
        return "section_head" if _holds(ag, person, "section_head", on) else "other"
    if _holds(ag, person, "chief", on):
        return "director"
    if _holds(ag, person, "deputy", on):
        return "deputy_director"
    if _holds(ag, person, "section_head", on):
        return "section_head"
    return "member" if is_member(m.body, person, on) else "other"


# ---------------------------------------------------------------------------------------------------------------
# classification (decision.route)
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Classification:
    """What ``classify`` found: the body that must decide (a check body id, or "" when no collective
    decision is required), “三重一大”, discipline supervision ("" / "report" / "invite"), the topic kinds
    for the meeting checks, and the verdicts with their clauses (the decisive one first)."""

    kind: str
    topic_kinds: list[str]
    body: str
    sanzhong_yida: bool
    discipline: str
    verdict: dict[str, Any]
    verdicts: list[dict[str, Any]]
    facts: dict[str, Any]
    message_zh: str
    message_en: str
    cites: list[str] = field(default_factory=list)


def _route_kinds(kind: str, cadre: bool, disciplinary: bool, project: bool, large_fund: bool) -> list[str]:
    kinds = [kind]
    for flag, k in (
        (cadre, "cadre_appointment"),
        (disciplinary, "party_discipline"),
        (project, "project"),
        (large_fund, "large_fund"),
    ):
        if flag and k not in kinds:
            kinds.append(k)
    return kinds


def _amount(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise BadInput("amount：金额应为数字", "amount: a number is needed", "amount") from None
    if not d.is_finite() or d < 0 or d > Decimal("999999999999") or d != d.quantize(Decimal("0.01")):
        raise BadInput(
            "amount：金额应为 0 至 999999999999 元，至多两位小数", "amount: 0–999999999999 yuan, 2 decimals", "amount"
        )
    return d


def classify(
    agency: Any,
    on: dt.date,
    *,
    kind: str,
    amount: Any = None,
    cadre: bool = False,
    disciplinary: bool = False,
    project: bool = False,
    large_fund: bool = False,
) -> Classification:
    """See the module docstring. Pure read: evaluates ``decision.route`` for the item's kind and for each
    kind its flags add; the body ranked highest among those routes decides."""
    ag = _agency(agency)
    on = _date(on, "on")
    kind = _choice(kind, _vocab(), "kind")
    amt = _amount(amount)
    kinds = _route_kinds(kind, bool(cadre), bool(disciplinary), bool(project), bool(large_fund))
    if not _applies("decision.route", ag.slug):
        return Classification(
            kind,
            kinds,
            "",
            False,
            "",
            {},
            [],
            {"kind": kind},
            "本机构制度未规定决策机构",
            "the agency's texts set no decision body",
            [],
        )
    lib = _lib()
    results: list[tuple[dict[str, Any], Verdict]] = []
    for k in kinds:
        facts: dict[str, Any] = {"kind": k}
        if amt is not None and (k in ("fund_use", "procurement", "donation", "large_fund")):
            facts["amount"] = str(amt)
        elif k in ("fund_use", "procurement", "donation"):
            raise BadInput(
                "amount：资金、采购、捐赠事项须填写金额",
                "amount: required for funds, purchases and donations",
                "amount",
            )
        results.append((facts, wf.evaluate("decision.route", ag, on, facts)))
    role_body = {v: k for k, v in lib.BODY_ROLE.items()}
    topic: list[str] = list(kinds)
    best: tuple[int, dict[str, Any], Verdict] | None = None
    sanzhong = False
    discipline = ""
    sz_kinds = frozenset(_param(ag.slug, "decision.sanzhong_yida.kinds", on) or ())
    for facts, v in results:
        b = next((role_body.get(r, "") for r in v.approvers if r in role_body), "")
        rank = _BODY_RANK.get(b, 0)
        if best is None or rank > best[0]:
            best = (rank, facts, v)
        for f in v.findings:
            trace = " ".join(f.trace) if f.rule_id == "decision.route" else ""
            if "三重一大：是" in trace:  # the route rule's own trace: “…；三重一大：是”
                sanzhong = True
            if "属大额" in trace and "large_fund" not in topic:  # “金额 … ≥ …，属大额”
                topic.append("large_fund")
            if f.rule_id == "decision.route.discipline" and f.outcome is WARNING:
                ids = {c.id for c in f.citations}
                for _bodies, _ks, mode, cite, _q in lib.DISCIPLINE.get(ag.slug, ()):
                    if cite in ids:
                        discipline = "report" if mode == "report" or discipline == "report" else "invite"
    if sz_kinds and set(topic) & sz_kinds:
        sanzhong = True
    if sanzhong and "sanzhong_yida" not in topic:
        topic.append("sanzhong_yida")
    assert best is not None
    _, facts, verdict = best
    body_key = next((role_body.get(r, "") for r in verdict.approvers if r in role_body), "")
    zh, en = wf.grounds(verdict)
    all_v = [v.as_dict() for _, v in results]
    return Classification(
        kind=kind,
        topic_kinds=topic,
        body=body_key,
        sanzhong_yida=sanzhong,
        discipline=discipline,
        verdict=verdict.as_dict(),
        verdicts=all_v,
        facts=facts,
        message_zh=zh,
        message_en=en,
        cites=cites_of(*all_v),
    )


# ---------------------------------------------------------------------------------------------------------------
# meetings: planning, agenda, notice
# ---------------------------------------------------------------------------------------------------------------


def _need_check_body(b: Body, what_zh: str, what_en: str) -> str:
    if not b.check_body:
        raise Refused(
            f"{b.name_zh}：本机构制度未规定其{what_zh}规则，请按党内法规办理",
            f"{b.name_en}: the agency's texts set no rule for its {what_en}",
            "body",
        )
    return b.check_body


def own_check(b: Body) -> str:
    """The check of a body that has one of its own (``OWN_CHECK_BODIES``), else ""."""
    spec = OWN_CHECK_BODIES.get(b.key)
    return spec[0] if spec and not b.check_body else ""


def _own_verdict(b: Body, on: dt.date, facts: Mapping[str, Any], keep: Sequence[str]) -> Verdict:
    """The body's own check, reduced to the findings of the rules ``keep`` (the quorum before any vote is
    cast; the vote at the outcome)."""
    v = wf.evaluate(own_check(b), b.agency, on, facts)
    return Verdict(v.check, v.agency, v.on, tuple(f for f in v.findings if f.rule_id in keep))


def _own_step(
    b: Body, on: dt.date, facts: Mapping[str, Any], keep: Sequence[str], *, action: str, obj: Any, actor: Any
) -> Verdict:
    """Like ``workflow.step`` on the body's own check (only the rules ``keep``): refused (recorded) when
    blocked; otherwise the caller saves and records ``action`` with the returned verdict."""
    v = _own_verdict(b, on, facts, keep)
    vd = v.as_dict()
    meta = {"check": v.check, "facts": dict(facts)}
    if v.outcome is BLOCKED:
        zh, en = wf.grounds(v)
        ledger.record(f"refused:{action}", obj=obj, actor=actor, verdict=vd, reason=zh, meta=meta)
        raise Refused(f"不允许：{zh}", f"Not allowed: {en}", None, vd)
    return v


def _loan_facts(m: Meeting, present: int, votes_for: int = 0) -> dict[str, Any]:
    return {"members": max(1, len(members(m.body, m.date))), "present": present, "votes_for": votes_for}


def plan_meeting(
    b: Body,
    date: Any,
    *,
    place: str = "",
    number: str = "",
    chair: Any = None,
    recorder: Any = None,
    section: Any = None,
    actor: Any = None,
) -> Meeting:
    """See the module docstring."""
    if not isinstance(b, Body):
        raise BadInput("body：请指定会议", "body: a decision body is needed", "body")
    day = _date(date, "date")
    ag = b.agency
    place = _text(place, "place", 200)
    number = _text(number, "number", 60)
    chair_p = person_of(ag, chair, "chair") if chair not in (None, "") else None
    rec_p = person_of(ag, recorder, "recorder") if recorder not in (None, "") else None
    sec = _section(ag, section)
    if not number:
        n = Meeting.objects.filter(body=b, date__year=day.year).count() + 1
        number = f"{day.year}年第{n}次"
    if own_check(b):
        # 第九条 “每周一上午定期对上周达到会审要求的贷款，采取集体会审机制；而对于金额较大、贷款急迫的业务则实行
        # 随时会审”: any day may hold a session; nothing to check before the loans are known.
        with transaction.atomic():
            m = Meeting.objects.create(
                agency=ag,
                body=b,
                number=number,
                date=day,
                place=place,
                chair=chair_p,
                recorder=rec_p,
                section=sec,
                created_by=actor if getattr(actor, "pk", None) else None,
                convene_verdict={},
            )
            ledger.record("meeting.plan", obj=m, actor=actor, reason=f"{b.name_zh} {number}（{b.cite}）")
        return m
    if b.check_body and _applies("meeting.agenda", ag.slug):
        facts: dict[str, Any] = {"body": b.check_body, "meeting_date": day.isoformat()}
        check = "meeting.agenda"
    else:
        facts = {"activity": b.cadence_activity or b.key, "held_on": [], "period_of": day.isoformat()}
        check = "party.cadence"
    with wf.step(check, ag, day, facts, action="meeting.plan", actor=actor) as verdict:
        m = Meeting.objects.create(
            agency=ag,
            body=b,
            number=number,
            date=day,
            place=place,
            chair=chair_p,
            recorder=rec_p,
            section=sec,
            created_by=actor if getattr(actor, "pk", None) else None,
            convene_verdict={"plan": verdict.as_dict()},
        )
    return m


def meeting_deadlines(m: Meeting) -> list[dict[str, Any]]:
    """The agenda deadlines for ``m`` (submission, notice, materials) from ``meeting.agenda``."""
    if not m.body.check_body or not _applies("meeting.agenda", m.agency.slug):
        return []
    v = wf.evaluate("meeting.agenda", m.agency, m.date, {"body": m.body.check_body, "meeting_date": m.date.isoformat()})
    out = []
    for f in v.findings:
        for d in f.deadlines:
            out.append({**d.as_dict(), "cites": [c.id for c in f.citations], "rule": f.rule_id})
    return out


def _agenda_facts(item: Item, **extra: Any) -> dict[str, Any]:
    m = item.meeting
    facts: dict[str, Any] = {
        "body": m.body.check_body,
        "meeting_date": m.date.isoformat(),
        "topic_kinds": list(item.topic_kinds),
        "submitted_on": item.submitted_on.isoformat(),
    }
    if item.ad_hoc:
        facts["ad_hoc"] = True
        facts["urgent"] = bool(item.urgent)
    facts.update({k: v for k, v in extra.items() if v is not None})
    return facts


def _open_meeting(m: Meeting, *allowed: str) -> None:
    if m.status not in allowed:
        raise Refused(
            f"会议当前状态为“{m.get_status_display()}”，不能进行此操作",
            f"the meeting is {m.status}: this step is not possible now",
            "status",
        )


def propose_item(
    meeting: Meeting,
    *,
    title: str,
    kind: str,
    summary: str = "",
    section: Any = None,
    proposer: Any = None,
    amount: Any = None,
    cadre: bool = False,
    disciplinary: bool = False,
    project: bool = False,
    large_fund: bool = False,
    submitted_on: Any = None,
    ad_hoc: bool = False,
    urgent: bool = False,
    deputy_in_charge: Any = None,
    changes: Decision | None = None,
    materials: Sequence[tuple[str, bytes, str]] = (),
    probation_since: Any = None,
    actor: Any = None,
) -> Item:
    """See the module docstring."""
    if not isinstance(meeting, Meeting):
        raise BadInput("meeting：请指定会议", "meeting: a meeting is needed", "meeting")
    ag = meeting.agency
    b = meeting.body
    if is_branch(b):
        return _propose_branch(
            meeting,
            title=title,
            kind=kind,
            summary=summary,
            section=section,
            proposer=proposer,
            submitted_on=submitted_on,
            ad_hoc=ad_hoc,
            urgent=urgent,
            changes=changes,
            probation_since=probation_since,
            materials=materials,
            actor=actor,
        )
    if own_check(b):
        return _propose_loan(
            meeting,
            title=title,
            kind=kind,
            summary=summary,
            section=section,
            proposer=proposer,
            amount=amount,
            submitted_on=submitted_on,
            urgent=urgent,
            materials=materials,
            actor=actor,
        )
    check_body = _need_check_body(b, "议题", "agenda")
    title = _text(title, "title", 300, required=True)
    summary = _text(summary, "summary", 20000)
    sec = _section(ag, section)
    day = _date(submitted_on, "submitted_on") if submitted_on not in (None, "") else dt.date.today()
    deputy = person_of(ag, deputy_in_charge, "deputy_in_charge") if deputy_in_charge not in (None, "") else None
    if changes is not None and (not isinstance(changes, Decision) or changes.agency_id != ag.id):
        raise BadInput("changes：应为本机构的决定", "changes: a decision of this agency is needed", "changes")
    _materials_ok(materials)
    cls = classify(
        ag,
        day,
        kind=kind,
        amount=amount,
        cadre=cadre,
        disciplinary=disciplinary,
        project=project,
        large_fund=large_fund,
    )
    if ad_hoc:
        _open_meeting(meeting, Meeting.CONVENED, Meeting.NOTIFIED, Meeting.PLANNED)
    else:
        _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED)
    proposer_user, proposer_name = _proposer(proposer)
    # the item must go to the body the texts name (decision.route)
    if cls.body and cls.body != check_body:
        lib = _lib()
        vd = cls.verdict
        zh, en = cls.message_zh, cls.message_en
        ledger.record(
            "refused:meeting.item.propose",
            obj=meeting,
            actor=actor,
            verdict=vd,
            reason=zh,
            meta={"check": "decision.route", "facts": cls.facts},
        )
        raise Refused(
            f"不允许：{zh}；本次会议为{b.name_zh}，应提交{lib.BODY_ZH[cls.body]}",
            f"Not allowed: {en}; this is a {b.name_en}, the item belongs to the {lib.BODY_EN[cls.body]}",
            "kind",
            vd,
        )
    change_verdict = None
    if changes is not None:
        same = changes.body_id == b.id
        facts_c = {
            "decided_by": changes.body.check_body,
            "changed_by": "same_body" if same else "other_meeting",
        }
        change_verdict = _guard(
            "decision.change", ag, day, facts_c, action="meeting.item.propose", obj=meeting, actor=actor
        )
    item = Item(
        agency=ag,
        meeting=meeting,
        title=title,
        summary=summary,
        kind=cls.kind,
        cadre=bool(cadre),
        disciplinary=bool(disciplinary),
        project=bool(project),
        large_fund=bool(large_fund) or "large_fund" in cls.topic_kinds,
        amount=_amount(amount),
        section=sec,
        proposer=proposer_user,
        proposer_name=proposer_name[:50],
        deputy_in_charge=deputy,
        submitted_on=day,
        ad_hoc=bool(ad_hoc),
        urgent=bool(urgent),
        topic_kinds=cls.topic_kinds,
        sanzhong_yida=cls.sanzhong_yida,
        required_body=cls.body,
        discipline=cls.discipline,
        route_verdict=cls.verdict,
        changes=changes,
        order=meeting.items.count() + 1,
    )
    facts = _agenda_facts(item, today=day.isoformat())
    with wf.step("meeting.agenda", ag, day, facts, action="meeting.item.propose", obj=meeting, actor=actor) as v:
        deadline = next(
            (d.date for f in v.findings if f.rule_id == "meeting.agenda.submission" for d in f.deadlines), None
        )
        item.submit_deadline = deadline
        item.late = bool(deadline and day > deadline)
        item.agenda_verdict = v.as_dict()
        item.cites = cites_of(cls.verdict, v, change_verdict)
        item.save()
        _attach(item, materials, actor)
        ledger.record(
            "meeting.item.classify",
            obj=item,
            actor=actor,
            verdict=cls.verdict,
            reason=cls.message_zh,
            meta={"check": "decision.route", "facts": cls.facts},
        )
    return item


def _materials_ok(materials: Sequence[tuple[str, bytes, str]]) -> None:
    for i, mat in enumerate(materials):
        if not (isinstance(mat, tuple) and len(mat) == 3 and isinstance(mat[1], bytes | bytearray)):
            raise BadInput(
                f"materials[{i}]：应为（文件名、内容、类型）", f"materials[{i}]: (name, bytes, type)", f"materials[{i}]"
            )


def _attach(item: Item, materials: Sequence[tuple[str, bytes, str]], actor: Any) -> None:
    """Save the papers (checked by ``_materials_ok``) of a newly saved item."""
    for name, data, ctype in materials:
        _material(item, name, bytes(data), ctype, actor)


def _proposer(proposer: Any) -> tuple[Any, str]:
    """(user, name) of whoever proposes: a Person or a user."""
    if isinstance(proposer, Person):
        return proposer.user, proposer.name
    user = proposer if getattr(proposer, "pk", None) else None
    return user, ((user.get_full_name() or user.get_username()) if user is not None else "")


def item_kinds(b: Body) -> dict[str, str]:
    """The kinds an item of ``b`` may have (value → label): a branch matter (``party.branch_matter``) for a
    Party branch body, the ``decision.route`` vocabulary otherwise."""
    if is_branch(b):
        return branch_kinds()
    lib = _lib()
    return {k: lib.KIND_ZH.get(k, k) for k in _vocab()}


def branch_kinds() -> dict[str, str]:
    """The matters a Party branch body takes up (``party.BRANCH_MATTERS``) and "other"."""
    if not BRANCH_KINDS:
        from zhidu.core.rules.library.party import BRANCH_MATTERS

        BRANCH_KINDS.update(BRANCH_MATTERS)
        BRANCH_KINDS["other"] = "其他支部工作事项"
    return BRANCH_KINDS


def _propose_branch(
    meeting: Meeting,
    *,
    title: Any,
    kind: Any,
    summary: Any,
    section: Any,
    proposer: Any,
    submitted_on: Any,
    ad_hoc: bool,
    urgent: bool,
    changes: Decision | None,
    probation_since: Any,
    materials: Sequence[tuple[str, bytes, str]],
    actor: Any,
) -> Item:
    """An item for a Party branch body. ``kind``: a branch matter (``branch_kinds()``). Where the agency's
    text reserves the matter to the member assembly (白城 baicheng-fupin:17:3 接收新党员、预备党员转正…;
    区局 district-bureau:11:3 评选年度优秀共产党员), step ``party.branch_matter`` refuses it at the branch
    committee (and a 预备党员转正 before the probation ends, ``probation_since``)."""
    ag, b = meeting.agency, meeting.body
    title = _text(title, "title", 300, required=True)
    summary = _text(summary, "summary", 20000)
    kind = _choice(kind, list(branch_kinds()), "kind")
    sec = _section(ag, section)
    day = _date(submitted_on, "submitted_on") if submitted_on not in (None, "") else dt.date.today()
    since = _date(probation_since, "probation_since") if probation_since not in (None, "") else None
    if changes is not None and (not isinstance(changes, Decision) or changes.agency_id != ag.id):
        raise BadInput("changes：应为本机构的决定", "changes: a decision of this agency is needed", "changes")
    if changes is not None and changes.body_id != b.id:
        raise Refused(
            f"变更{changes.body.name_zh}的决议须提交{changes.body.name_zh}重新议定",
            f"a change of a resolution of the {changes.body.name_en} belongs to that body",
            "changes",
        )
    _materials_ok(materials)
    if ad_hoc:
        _open_meeting(meeting, Meeting.CONVENED, Meeting.NOTIFIED, Meeting.PLANNED)
    else:
        _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED)
    user, name = _proposer(proposer)
    item = Item(
        agency=ag,
        meeting=meeting,
        title=title,
        summary=summary,
        kind=kind,
        section=sec,
        proposer=user,
        proposer_name=name[:50],
        submitted_on=day,
        ad_hoc=bool(ad_hoc),
        urgent=bool(urgent),
        topic_kinds=[],
        required_body=b.key,
        changes=changes,
        order=meeting.items.count() + 1,
    )
    if kind != "other" and _applies("party.branch_matter", ag.slug):
        facts: dict[str, Any] = {
            "matter": kind,
            "decided_by": BRANCH_DECIDER[b.key],
            "decided_on": meeting.date.isoformat(),
        }
        if since is not None:
            facts["probation_since"] = since.isoformat()
        with wf.step(
            "party.branch_matter", ag, day, facts, action="meeting.item.propose", obj=meeting, actor=actor, field="kind"
        ) as v:
            item.route_verdict = item.agenda_verdict = v.as_dict()
            item.cites = cites_of(v)
            item.save()
            _attach(item, materials, actor)
        return item
    with transaction.atomic():
        item.cites = [b.cite] if b.cite else []
        item.save()
        _attach(item, materials, actor)
        ledger.record("meeting.item.propose", obj=item, actor=actor, reason=f"{branch_kinds()[kind]}（{b.cite}）")
    return item


def _propose_loan(
    meeting: Meeting,
    *,
    title: Any,
    kind: Any,
    summary: Any,
    section: Any,
    proposer: Any,
    amount: Any,
    submitted_on: Any,
    urgent: bool,
    materials: Sequence[tuple[str, bytes, str]],
    actor: Any,
) -> Item:
    """A loan for the review group: only a loan the group must decide (``loan.approval.route``: 单笔
    20万元以上（含）; below it “由小额贷款担保中心主任负责审核把关，并由主管局长签字审批”, tongyu-hrss:15:8).
    ``submitted_on`` is the day the loan met the review requirements: 第九条 “每周一上午定期对上周达到会审要求的
    贷款，采取集体会审机制；而对于金额较大、贷款急迫的业务则实行随时会审” — a session later than the next Monday
    is a warning on the item (``urgent``: 随时会审)."""
    ag = meeting.agency
    title = _text(title, "title", 300, required=True)
    summary = _text(summary, "summary", 20000)
    kind = _choice(kind, _vocab(), "kind")
    sec = _section(ag, section)
    day = _date(submitted_on, "submitted_on") if submitted_on not in (None, "") else dt.date.today()
    money = _amount(amount)
    if money is None:
        raise BadInput("amount：请填写单笔贷款额度（元）", "amount: the loan amount (yuan) is needed", "amount")
    _materials_ok(materials)
    _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED)
    if day > meeting.date:
        raise BadInput(
            "submitted_on：达到会审要求的日期晚于会审日期",
            "submitted_on: the loan became ready after the session",
            "submitted_on",
        )
    facts: dict[str, Any] = {"amount": str(money), "ready_on": day.isoformat(), "reviewed_on": meeting.date.isoformat()}
    if urgent:
        facts["urgent"] = True
    v = wf.evaluate("loan.approval", ag, day, facts)
    route = next((f for f in v.findings if f.rule_id == "loan.approval.route"), None)
    vd = v.as_dict()
    if route is None or "loan_review_group" not in route.approvers:
        zh = route.message_zh if route else "无会审依据"
        en = route.message_en if route else "no ground for a group review"
        ledger.record(
            "refused:meeting.item.propose",
            obj=meeting,
            actor=actor,
            verdict=vd,
            reason=zh,
            meta={"check": "loan.approval", "facts": facts},
        )
        raise Refused(f"不允许：{zh}（不提交会审组）", f"Not allowed: {en} (not for the review group)", "amount", vd)
    proposer_user, proposer_name = _proposer(proposer)
    with transaction.atomic(), ledger.context(verdict=vd, reason=route.message_zh):
        item = Item.objects.create(
            agency=ag,
            meeting=meeting,
            title=title,
            summary=summary,
            kind=kind,
            large_fund=False,
            amount=money,
            section=sec,
            proposer=proposer_user,
            proposer_name=proposer_name[:50],
            submitted_on=day,
            urgent=bool(urgent),
            topic_kinds=[],
            required_body="",
            route_verdict=vd,
            agenda_verdict=vd,
            cites=cites_of(vd),
            order=meeting.items.count() + 1,
        )
        _attach(item, materials, actor)
        ledger.record(
            "meeting.item.propose",
            obj=item,
            actor=actor,
            verdict=vd,
            reason=route.message_zh,
            meta={"check": "loan.approval", "facts": facts},
        )
    return item


def _material(item: Item, name: str, data: bytes, content_type: str, actor: Any) -> Material:
    name = _text(name, "name", 200, required=True)
    content_type = _text(content_type or "application/octet-stream", "content_type", 100)
    if len(data) > 20 * 1024 * 1024:
        raise BadInput("材料不得超过 20 MB", "a paper may not exceed 20 MB", "data")
    return Material.objects.create(
        item=item,
        name=name,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        uploaded_by=actor if getattr(actor, "pk", None) else None,
    )


def add_material(
    item: Item, name: str, data: bytes, content_type: str = "application/octet-stream", actor: Any = None
) -> Material:
    """Attach a paper to an item not yet decided."""
    if item.status in (Item.CLOSED, Item.WITHDRAWN):
        raise Refused("议题已议决或撤回，不能再添加材料", "the item is closed: no more papers", "item")
    if not isinstance(data, bytes | bytearray):
        raise BadInput("data：应为文件内容", "data: file content is needed", "data")
    with transaction.atomic():
        mat = _material(item, name, bytes(data), content_type, actor)
        ledger.record("meeting.item.material", obj=item, actor=actor, reason=mat.name)
    return mat


def list_item(item: Item, *, proposed_by_chief: bool = False, actor: Any = None, version: int | None = None) -> Item:
    """审定列入 (see the module docstring)."""
    _check_version(item, version)
    if item.status != Item.PROPOSED:
        raise Refused("只有已提交的议题可以审定列入", "only a proposed item can be listed", "status")
    m = item.meeting
    if own_check(m.body) or is_branch(m.body):
        with transaction.atomic(), ledger.context(verdict=item.route_verdict, reason="审定列入"):
            item.listed = True
            item.proposed_by_chief = bool(proposed_by_chief)
            item.status = Item.LISTED
            item.save()
            ledger.record("meeting.item.list", obj=item, actor=actor, verdict=item.route_verdict, reason="审定列入")
        return item
    facts = _agenda_facts(
        item,
        listed=True,
        proposed_by_chief=bool(proposed_by_chief) or None,
        today=max(item.submitted_on, dt.date.today()).isoformat(),
    )
    facts.pop("today", None)  # listing is judged on the item, not on today's date
    with wf.step("meeting.agenda", m.agency, m.date, facts, action="meeting.item.list", obj=item, actor=actor) as v:
        item.listed = True
        item.proposed_by_chief = bool(proposed_by_chief)
        item.status = Item.LISTED
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(v)]))
        item.save()
    return item


def withdraw_item(item: Item, *, reason: str, actor: Any = None) -> Item:
    reason = _text(reason, "reason", 500, required=True)
    if item.status in (Item.CLOSED, Item.WITHDRAWN) or item.votes.exists():
        raise Refused(
            "议题已议决、撤回或已开始表决，不能撤回", "the item is decided, withdrawn or being voted on", "status"
        )
    with transaction.atomic():
        item.status = Item.WITHDRAWN
        item.save()
        ledger.record("meeting.item.withdraw", obj=item, actor=actor, reason=reason)
    return item


def send_notice(
    meeting: Meeting,
    *,
    on: Any = None,
    in_writing: bool = True,
    materials_sent_on: Any = None,
    attendees: Iterable[tuple[Any, str]] = (),
    discipline_notified: bool | None = None,
    actor: Any = None,
    version: int | None = None,
) -> Meeting:
    """See the module docstring."""
    _check_version(meeting, version)
    _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED)
    ag = meeting.agency
    day = _date(on, "on") if on not in (None, "") else dt.date.today()
    if day > meeting.date:
        raise BadInput("on：通知日期晚于会议日期", "on: the notice date is after the meeting", "on")
    mat_day = _date(materials_sent_on, "materials_sent_on") if materials_sent_on not in (None, "") else None
    pairs = [(person_of(ag, p, "attendees"), _choice(r, ATTENDEE_ROLES, "attendees")) for p, r in attendees]
    items = list(meeting.items.filter(status=Item.LISTED))
    check_body = meeting.body.check_body
    with transaction.atomic():
        verdicts = []
        for item in items if check_body else []:
            facts = _agenda_facts(
                item,
                listed=True,
                notified_on=day.isoformat(),
                notice_in_writing=bool(in_writing),
                materials_sent_on=mat_day.isoformat() if mat_day else None,
                today=day.isoformat(),
            )
            with wf.step(
                "meeting.agenda", ag, day, facts, action="meeting.notice", obj=item, actor=actor, field="on"
            ) as v:
                item.agenda_verdict = v.as_dict()
                item.cites = list(dict.fromkeys([*item.cites, *cites_of(v)]))
                item.save()
                verdicts.append(v)
        if not items and check_body and _applies("meeting.agenda", ag.slug):
            facts = {
                "body": check_body,
                "meeting_date": meeting.date.isoformat(),
                "notified_on": day.isoformat(),
                "notice_in_writing": bool(in_writing),
            }
            with wf.step("meeting.agenda", ag, day, facts, action="meeting.notice", obj=meeting, actor=actor):
                pass
        for p, role in pairs:
            Attendance.objects.update_or_create(
                meeting=meeting,
                person=p,
                defaults={"member": False, "attendee_role": role, "status": Attendance.PRESENT},
            )
        meeting.notified_on = day
        if discipline_notified is not None:
            meeting.discipline_notified = bool(discipline_notified)
        meeting.notice_in_writing = bool(in_writing)
        meeting.materials_sent_on = mat_day
        meeting.status = Meeting.NOTIFIED
        meeting.save()
        ledger.record(
            "meeting.notified",
            obj=meeting,
            actor=actor,
            reason=f"通知 {len(items)} 项议题 / {len(items)} item(s) notified",
        )
        people = [*members(meeting.body, meeting.date), *(p for p, _ in pairs)]
        titles = "；".join(i.title for i in items) or "（无议题）"
        for p in people:
            if p.user_id:
                wf.notify(
                    p.user,
                    ag,
                    "info",
                    f"会议通知：{meeting.body.name_zh}定于{meeting.date.isoformat()}"
                    f"{('在' + meeting.place) if meeting.place else ''}召开，议题：{titles}",
                    f"notice: {meeting.body.name_en} on {meeting.date.isoformat()}; items: {titles}",
                    url=meeting_url(meeting),
                    ref=wf.ref_of(meeting),
                )
    return meeting


# ---------------------------------------------------------------------------------------------------------------
# convening
# ---------------------------------------------------------------------------------------------------------------


def add_attendee(meeting: Meeting, person: Any, attendee_role: str, actor: Any = None) -> Attendance:
    """A non-voting attendee (列席)."""
    _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED, Meeting.CONVENED)
    p = person_of(meeting.agency, person, "person")
    role = _choice(attendee_role, ATTENDEE_ROLES, "attendee_role")
    if is_member(meeting.body, p, meeting.date):
        raise BadInput("person：会议成员不作为列席人员登记", "person: a member is not a non-voting attendee", "person")
    with transaction.atomic():
        row, _ = Attendance.objects.update_or_create(
            meeting=meeting, person=p, defaults={"member": False, "attendee_role": role, "status": Attendance.PRESENT}
        )
        ledger.record("meeting.attendee", obj=row, actor=actor, reason=f"{p.name} 列席（{role}）")
    return row


def mark_attendance(
    meeting: Meeting,
    person: Any,
    status: str,
    *,
    reason: str = "",
    asked_before: bool = True,
    written_opinion: str = "",
    actor: Any = None,
) -> Attendance:
    """See the module docstring."""
    _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED, Meeting.CONVENED)
    p = person_of(meeting.agency, person, "person")
    status = _choice(status, [Attendance.PRESENT, Attendance.LEAVE, Attendance.ABSENT], "status")
    reason = _text(reason, "reason", 300)
    opinion = _text(written_opinion, "written_opinion", 5000)
    if not is_member(meeting.body, p, meeting.date):
        raise Refused(
            f"{p.name}不是{meeting.body.name_zh}成员（{meeting.date.isoformat()}），请作为列席人员登记",
            f"{p.name} is not a member of the {meeting.body.name_en} on {meeting.date.isoformat()}",
            "person",
        )
    if status == Attendance.LEAVE and not reason:
        raise BadInput("reason：请假须写明事由", "reason: leave needs a reason", "reason")
    if status == Attendance.PRESENT and opinion:
        raise BadInput(
            "written_opinion：到会成员不提交书面意见",
            "written_opinion: only absent members submit one",
            "written_opinion",
        )
    if meeting.status == Meeting.CONVENED and status == Attendance.PRESENT:
        # arriving late: no vote cast on an item already closed changes
        pass
    with transaction.atomic():
        row, _ = Attendance.objects.update_or_create(
            meeting=meeting,
            person=p,
            defaults={
                "member": True,
                "attendee_role": "",
                "status": status,
                "leave_reason": reason,
                "leave_asked_before": bool(asked_before) if status != Attendance.PRESENT else True,
                "written_opinion": opinion,
            },
        )
        ledger.record(
            "meeting.attendance",
            obj=row,
            actor=actor,
            reason=f"{p.name}：{dict(Attendance.STATUSES)[status]}{('（' + reason + '）') if reason else ''}",
        )
    return row


def _present_members(m: Meeting) -> list[Person]:
    ms = {p.pk: p for p in members(m.body, m.date)}
    rows = Attendance.objects.filter(meeting=m, member=True, status=Attendance.PRESENT).values_list(
        "person_id", flat=True
    )
    return [ms[pk] for pk in rows if pk in ms]


def _convene_facts(m: Meeting, *, present: int, kinds: Sequence[str] = (), discipline: bool = False) -> dict[str, Any]:
    ms = members(m.body, m.date)
    facts: dict[str, Any] = {"body": m.body.check_body, "members": len(ms), "present": present}
    if kinds:
        facts["topic_kinds"] = list(dict.fromkeys(kinds))
    absent_ids = set(p.pk for p in ms) - set(
        Attendance.objects.filter(meeting=m, member=True, status=Attendance.PRESENT).values_list("person_id", flat=True)
    )
    no_leave = (
        Attendance.objects.filter(meeting=m, member=True, person_id__in=absent_ids)
        .exclude(status=Attendance.LEAVE, leave_asked_before=True)
        .count()
    )
    unmarked = len(absent_ids) - Attendance.objects.filter(meeting=m, member=True, person_id__in=absent_ids).count()
    facts["absent_without_leave"] = no_leave + unmarked
    if m.chair_id:
        facts["chair"] = _chair_role(m, m.chair, m.date)
        facts["chair_entrusted"] = bool(m.chair_entrusted)
    roles = sorted(
        {
            a.attendee_role
            for a in Attendance.objects.filter(meeting=m, member=False, status=Attendance.PRESENT)
            if a.attendee_role
        }
    )
    facts["attendees"] = roles
    if discipline:
        facts["discipline_notified"] = bool(m.discipline_notified)
    return facts


def convene(
    meeting: Meeting,
    *,
    chair: Any = None,
    chair_entrusted: bool = False,
    discipline_notified: bool | None = None,
    on: Any = None,
    actor: Any = None,
    version: int | None = None,
) -> Meeting:
    """See the module docstring. Refused: the meeting object is left as it was (chair, flags)."""
    kept = (meeting.chair, meeting.chair_entrusted, meeting.discipline_notified)
    try:
        return _convene(
            meeting,
            chair=chair,
            chair_entrusted=chair_entrusted,
            discipline_notified=discipline_notified,
            on=on,
            actor=actor,
            version=version,
        )
    except (Refused, BadInput):
        meeting.chair, meeting.chair_entrusted, meeting.discipline_notified = kept
        raise


def _convene(
    meeting: Meeting,
    *,
    chair: Any,
    chair_entrusted: bool,
    discipline_notified: bool | None,
    on: Any,
    actor: Any,
    version: int | None,
) -> Meeting:
    _check_version(meeting, version)
    _open_meeting(meeting, Meeting.PLANNED, Meeting.NOTIFIED)
    ag = meeting.agency
    day = _date(on, "on") if on not in (None, "") else meeting.date
    chair_p = person_of(ag, chair, "chair") if chair not in (None, "") else meeting.chair
    if chair_p is None:
        chair_p = chief_of(meeting.body, meeting.date)
    if not members(meeting.body, meeting.date):
        raise Refused(
            f"{meeting.body.name_zh}尚无成员名单（组织数据未列明），请先登记成员",
            f"the {meeting.body.name_en} has no members on record: enter them first",
            "members",
        )
    present = _present_members(meeting)
    if (
        chair_p is not None
        and not any(p.pk == chair_p.pk for p in present)
        and is_member(meeting.body, chair_p, meeting.date)
    ):
        raise BadInput("chair：主持人须到会", "chair: the chair must be present", "chair")
    meeting.chair = chair_p
    meeting.chair_entrusted = bool(chair_entrusted)
    if discipline_notified is not None:
        meeting.discipline_notified = bool(discipline_notified)
    if own_check(meeting.body):
        v = _own_step(
            meeting.body,
            day,
            _loan_facts(meeting, len(present)),
            [LOAN_QUORUM],
            action="meeting.convene",
            obj=meeting,
            actor=actor,
        )
        with transaction.atomic(), ledger.context(verdict=v.as_dict(), reason="meeting.convene"):
            meeting.status = Meeting.CONVENED
            meeting.convened_on = day
            meeting.convene_verdict = {**(meeting.convene_verdict or {}), "convene": v.as_dict()}
            meeting.save()
            ledger.record(
                "meeting.convene",
                obj=meeting,
                actor=actor,
                verdict=v.as_dict(),
                meta={"check": v.check, "facts": _loan_facts(meeting, len(present))},
            )
        return meeting
    if meeting.body.check_body and _applies("meeting.convene", ag.slug):
        discipline = any(i.discipline for i in meeting.items.filter(status=Item.LISTED))
        facts = _convene_facts(meeting, present=len(present), discipline=discipline)
        check = "meeting.convene"
    elif _applies("party.procedure", ag.slug) and meeting.body.cadence_activity:
        facts = _branch_facts(meeting, len(present))
        check = "party.procedure"
    else:
        raise Refused(
            f"{meeting.body.name_zh}：本机构制度未规定其召开规则",
            f"no rule for convening the {meeting.body.name_en}",
            "body",
        )
    with wf.step(check, ag, day, facts, action="meeting.convene", obj=meeting, actor=actor) as v:
        meeting.status = Meeting.CONVENED
        meeting.convened_on = day
        meeting.convene_verdict = {**(meeting.convene_verdict or {}), "convene": v.as_dict()}
        meeting.save()
    return meeting


def _branch_facts(m: Meeting, present: int, **extra: Any) -> dict[str, Any]:
    """``party.procedure`` facts of a Party branch meeting: attendance (白城 支部委员会 “全体委员出席参加”),
    who presides (“由党支部书记主持”), the topics notified before the day unless an emergency (区局
    district-bureau:9:3 “除紧急会议外,应提前就会议讨论的主要议题通知与会委员”)."""
    facts: dict[str, Any] = {
        "kind": m.body.cadence_activity,
        "members": len(members(m.body, m.date)),
        "present": present,
    }
    if m.chair_id:
        facts["presided_by"] = _chair_role(m, m.chair, m.date)
    if m.body.cadence_activity == "branch_committee_meeting":
        emergency = m.items.filter(urgent=True).exclude(status=Item.WITHDRAWN).exists()
        if emergency and not (m.notified_on and m.notified_on < m.date):
            facts["emergency"] = True
        facts["notice_in_advance"] = bool(m.notified_on and m.notified_on < m.date)
    facts.update(extra)
    return facts


def _branch_verdict(m: Meeting, present: int, **extra: Any) -> Verdict:
    return wf.evaluate("party.procedure", m.agency, m.date, _branch_facts(m, present, **extra))


def _item_step(item: Item, action: str, actor: Any, reason: str = "") -> Verdict:
    """The attendance check of an item's step at a body with its own rules, refused (recorded) when blocked:
    the loan review group's quorum of members present and not recused (第十条); a Party branch meeting's
    ``party.procedure`` (attendance, presiding). The caller saves and records ``action``."""
    m = item.meeting
    if own_check(m.body):
        facts_l = _loan_facts(m, len(_item_participants(item)))
        return _own_step(m.body, m.date, facts_l, [LOAN_QUORUM], action=action, obj=item, actor=actor)
    facts = _branch_facts(m, len(_present_members(m)))
    return _guard("party.procedure", m.agency, m.date, facts, action=action, obj=item, actor=actor)


def _recused_ids(item: Item) -> set[int]:
    return set(item.recusals.values_list("person_id", flat=True))


def _item_participants(item: Item) -> list[Person]:
    rec = _recused_ids(item)
    return [p for p in _present_members(item.meeting) if p.pk not in rec]


def _item_convene_facts(item: Item) -> dict[str, Any]:
    return _convene_facts(
        item.meeting, present=len(_item_participants(item)), kinds=item.topic_kinds, discipline=bool(item.discipline)
    )


def item_quorum(item: Item) -> Verdict:
    """The quorum verdict for ``item`` now: members present and not recused against the item's kinds.
    Reading: a member who steps aside (回避) takes no part in the item and is not counted present for it
    (通榆 tongyu-hrss:2:3.6 “有关党组成员应当回避”; 白城 baicheng-fupin:4:5.2.6 “本人应主动回避”)."""
    m = item.meeting
    if own_check(m.body):
        # 第十条: 参加会审的成员数（回避者不计）
        return _own_verdict(m.body, m.date, _loan_facts(m, len(_item_participants(item))), [LOAN_QUORUM])
    if is_branch(m.body):
        return _branch_verdict(m, len(_present_members(m)))
    return wf.evaluate("meeting.convene", m.agency, m.date, _item_convene_facts(item))


def take_up(item: Item, actor: Any = None) -> Item:
    """See the module docstring."""
    m = item.meeting
    _open_meeting(m, Meeting.CONVENED)
    if item.status != Item.LISTED:
        raise Refused(
            "议题未经审定列入或已议决，不能开始讨论", "the item is not on the agenda or already decided", "status"
        )
    if Item.objects.filter(meeting=m, status=Item.DISCUSSING).exclude(pk=item.pk).exists():
        raise Refused(
            "上一议题尚未议决：会议逐项研究", "the previous item is still open: items are taken one by one", "item"
        )
    if own_check(m.body) or is_branch(m.body):
        v = _item_step(item, "meeting.item.take_up", actor)
        with transaction.atomic(), ledger.context(verdict=v.as_dict(), reason="meeting.item.take_up"):
            item.status = Item.DISCUSSING
            item.quorum_verdict = v.as_dict()
            item.cites = list(dict.fromkeys([*item.cites, *cites_of(v)]))
            item.save()
            ledger.record("meeting.item.take_up", obj=item, actor=actor, verdict=v.as_dict())
        return item
    agenda = _guard(
        "meeting.agenda",
        m.agency,
        m.date,
        _agenda_facts(item, listed=True),
        action="meeting.item.take_up",
        obj=item,
        actor=actor,
    )
    with wf.step(
        "meeting.convene",
        m.agency,
        m.date,
        _item_convene_facts(item),
        action="meeting.item.take_up",
        obj=item,
        actor=actor,
    ) as v:
        item.status = Item.DISCUSSING
        item.quorum_verdict = v.as_dict()
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(agenda, v)]))
        item.save()
    return item


# ---------------------------------------------------------------------------------------------------------------
# each item: recusal, statements (末位表态), votes, outcome
# ---------------------------------------------------------------------------------------------------------------


def _discussing(item: Item) -> None:
    if item.status == Item.CLOSED:
        raise Refused(
            "该议题已议决（已关闭），不能再发言或表决", "the item is closed: no more statements or votes", "item"
        )
    if item.status != Item.DISCUSSING:
        raise Refused("该议题尚未开始讨论", "the item has not been taken up", "item")
    _open_meeting(item.meeting, Meeting.CONVENED)


def _member_here(item: Item, p: Person, what_zh: str, what_en: str) -> None:
    m = item.meeting
    if not is_member(m.body, p, m.date):
        raise Refused(
            f"{p.name}不是{m.body.name_zh}成员，不能{what_zh}（列席人员不表决）",
            f"{p.name} is not a member of the {m.body.name_en} and may not {what_en}",
            "person",
        )
    if not Attendance.objects.filter(meeting=m, person=p, member=True, status=Attendance.PRESENT).exists():
        raise Refused(
            f"{p.name}未到会，不能{what_zh}（书面意见不计入票数）",
            f"{p.name} is not present and may not {what_en} (written opinions are not votes)",
            "person",
        )
    if item.recusals.filter(person=p).exists():
        raise Refused(f"{p.name}已就本议题回避，不能{what_zh}", f"{p.name} stepped aside from this item", "person")


def recuse(item: Item, person: Any, *, grounds: Sequence[str], note: str = "", actor: Any = None) -> Recusal:
    """See the module docstring."""
    m = item.meeting
    if item.status in (Item.CLOSED, Item.WITHDRAWN):
        raise Refused("该议题已议决，不能再登记回避", "the item is closed", "item")
    p = person_of(m.agency, person, "person")
    if not isinstance(grounds, list | tuple) or not grounds:
        raise BadInput("grounds：请选择回避情形", "grounds: give the grounds", "grounds")
    gs = [_choice(g, GROUNDS, "grounds") for g in dict.fromkeys(grounds)]
    note = _text(note, "note", 300)
    if not is_member(m.body, p, m.date):
        raise Refused(f"{p.name}不是{m.body.name_zh}成员", f"{p.name} is not a member", "person")
    if item.recusals.filter(person=p).exists():
        raise Refused(f"{p.name}已登记回避", f"{p.name} already stepped aside", "person")
    if item.statements.filter(person=p).exists() or item.votes.filter(person=p).exists():
        raise Refused(
            f"{p.name}已就本议题发言或表决，须由会议处理后重新议定",
            f"{p.name} already spoke or voted on the item",
            "person",
        )
    if own_check(m.body):
        # 通榆 第十一条 “会审组成员对近亲属贷款事前声明并实行回避制度”: declared before the member takes part
        facts_l = {**_loan_facts(m, len(_item_participants(item))), "conflicted_not_recused": 0}
        v = _own_step(m.body, m.date, facts_l, [LOAN_RECUSAL], action="meeting.item.recuse", obj=item, actor=actor)
        return _save_recusal(item, p, gs, note, v.as_dict(), actor)
    if is_branch(m.body):
        # the branch texts (白城 三会一课, 区局 党支部委员会议制度) set no recusal rule: recorded as declared
        return _save_recusal(
            item,
            p,
            gs,
            note,
            {},
            actor,
            reason=f"{p.name}回避（本机构支部制度未规定回避情形，按本人声明登记 / recorded as declared）",
        )
    chief = chief_of(m.body, m.date)
    facts: dict[str, Any] = {
        "body": m.body.check_body,
        "grounds": gs,
        "topic_kinds": list(item.topic_kinds),
        "role": "member",
        "participates": False,
        "is_chief": bool(chief and chief.pk == p.pk),
    }
    with wf.step("meeting.recusal", m.agency, m.date, facts, action="meeting.item.recuse", obj=item, actor=actor) as v:
        row = Recusal.objects.create(item=item, person=p, grounds=gs, note=note, verdict=v.as_dict())
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(v)]))
        item.save()
    return row


def _save_recusal(
    item: Item, p: Person, grounds: list[str], note: str, vd: dict[str, Any], actor: Any, reason: str = ""
) -> Recusal:
    with transaction.atomic(), ledger.context(verdict=vd or None, reason=reason or f"{p.name}回避"):
        row = Recusal.objects.create(item=item, person=p, grounds=grounds, note=note, verdict=vd)
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(vd)]))
        item.save()
        ledger.record(
            "meeting.item.recuse", obj=item, actor=actor, verdict=vd or None, reason=reason or f"{p.name}回避"
        )
    return row


def _speaking_facts(item: Item, order: list[Person]) -> dict[str, Any]:
    m = item.meeting
    chief = chief_of(m.body, m.date)
    participants = _item_participants(item)
    facts: dict[str, Any] = {
        "body": m.body.check_body,
        "topic_kinds": list(item.topic_kinds),
        "speakers": [p.name for p in order],
        "chief": (chief.name if chief else "—"),
        "present": [p.name for p in participants],
    }
    if item.deputy_in_charge_id:
        # 区局《依法行政工作规则》第十二条（三）: the deputy in charge recommends, in writing when absent
        facts["deputy_in_charge"] = item.deputy_in_charge.name
        written = (
            Attendance.objects.filter(meeting=m, person_id=item.deputy_in_charge_id)
            .exclude(written_opinion="")
            .exists()
        )
        if written:
            facts["deputy_written"] = True
    return facts


def _projected_order(item: Item, spoken: list[Person], p: Person, chief: Person | None) -> list[Person]:
    """The order of speaking that would result if ``p`` speaks now: those who spoke, ``p``, the other
    participants still to speak, and the chief last (if present and not yet spoken). The check judges this
    whole order, so the chief's statement is refused while anyone else is still to speak (末位表态), and
    nobody may speak after the chief has concluded."""
    order = [*spoken, p]
    said = {x.pk for x in order}
    rest = [x for x in _item_participants(item) if x.pk not in said]
    others = [x for x in rest if chief is None or x.pk != chief.pk]
    last = [x for x in rest if chief is not None and x.pk == chief.pk]
    return order + others + last


def state_position(item: Item, person: Any, position: str, *, reason: str = "", actor: Any = None) -> Statement:
    """See the module docstring."""
    m = item.meeting
    p = person_of(m.agency, person, "person")
    position = _choice(position, list(POSITIONS), "position")
    reason = _text(reason, "reason", 5000)
    _discussing(item)
    _member_here(item, p, "表态", "state a position")
    if item.statements.filter(person=p).exists():
        raise Refused(f"{p.name}已就本议题表态", f"{p.name} already stated a position on this item", "person")
    if own_check(m.body) or is_branch(m.body):
        # no order of speaking in these texts; the loan group's statement is the member's 审核意见 on the
        # 会签单 (第十条); a branch member may keep a dissenting view (区局 district-bureau:9:4 “允许保留自己的意见”)
        v = _item_step(item, "meeting.item.state", actor)
        why = f"{p.name}：{POSITIONS[position]}"
        with transaction.atomic(), ledger.context(verdict=v.as_dict(), reason=why):
            st = Statement.objects.create(
                item=item,
                order=item.statements.count() + 1,
                person=p,
                is_chief=False,
                position=position,
                reason=reason,
                verdict=v.as_dict(),
            )
            ledger.record("meeting.item.state", obj=item, actor=actor, verdict=v.as_dict(), reason=why)
        return st
    _guard(
        "meeting.convene",
        m.agency,
        m.date,
        _item_convene_facts(item),
        action="meeting.item.state",
        obj=item,
        actor=actor,
    )
    spoken = [s.person for s in item.statements.select_related("person").order_by("order")]
    chief = chief_of(m.body, m.date)
    is_chief = bool(chief and chief.pk == p.pk)
    facts = _speaking_facts(item, _projected_order(item, spoken, p, chief))
    with wf.step(
        "meeting.speaking_order",
        m.agency,
        m.date,
        facts,
        action="meeting.item.state",
        obj=item,
        actor=actor,
        field="person",
    ) as v:
        st = Statement.objects.create(
            item=item,
            order=len(spoken) + 1,
            person=p,
            is_chief=is_chief,
            position=position,
            reason=reason,
            verdict=v.as_dict(),
        )
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(v)]))
        item.save()
    return st


def vote(item: Item, person: Any, choice: str, *, method: str = "show_of_hands", actor: Any = None) -> Vote:
    """See the module docstring."""
    m = item.meeting
    p = person_of(m.agency, person, "person")
    choice = _choice(choice, list(CHOICES), "choice")
    method = _choice(method, list(METHODS), "method")
    _discussing(item)
    _member_here(item, p, "表决", "vote")
    if item.votes.filter(person=p).exists():
        raise Refused(f"{p.name}已就本议题投票，不得重复表决", f"{p.name} already voted on this item", "person")
    other = item.votes.exclude(method=method).values_list("method", flat=True).first()
    if other:
        raise Refused(
            f"本议题已按“{METHODS[other]}”表决，同一议题须采用同一表决方式",
            f"this item is being decided by {other}: one method per item",
            "method",
        )
    if own_check(m.body) or is_branch(m.body):
        v = _item_step(item, "meeting.item.vote", actor)
        with transaction.atomic(), ledger.context(verdict=v.as_dict(), reason=f"{p.name}：{CHOICES[choice]}"):
            row = Vote.objects.create(item=item, person=p, choice=choice, method=method)
            ledger.record(
                "meeting.item.vote", obj=item, actor=actor, verdict=v.as_dict(), reason=f"{p.name}：{CHOICES[choice]}"
            )
        return row
    with wf.step(
        "meeting.convene",
        m.agency,
        m.date,
        _item_convene_facts(item),
        action="meeting.item.vote",
        obj=item,
        actor=actor,
        reason=f"{p.name}：{CHOICES[choice]}",
    ) as _v:
        row = Vote.objects.create(item=item, person=p, choice=choice, method=method)
    return row


def _counts(item: Item) -> dict[str, int]:
    m = item.meeting
    present = _present_members(m)
    rec = _recused_ids(item)
    c = {k: 0 for k in CHOICES}
    for ch in item.votes.values_list("choice", flat=True):
        c[ch] += 1
    absent_ids = {p.pk for p in members(m.body, m.date)} - {p.pk for p in present}
    written = (
        Attendance.objects.filter(meeting=m, member=True, person_id__in=absent_ids).exclude(written_opinion="").count()
    )
    return {
        "members": len(members(m.body, m.date)),
        "present": len(present),
        "recused": len([p for p in present if p.pk in rec]),
        "votes_for": c["for"],
        "votes_against": c["against"],
        "abstentions": c["abstain"],
        "votes_defer": c["defer"],
        "written_opinions": written,
    }


def _vote_facts(item: Item, disagreement: str = "none", emergency: bool = False) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "body": item.meeting.body.check_body,
        **_counts(item),
        "items": 1,
        "topic_kinds": list(item.topic_kinds),
        "disagreement": disagreement,
    }
    if emergency:
        facts["emergency"] = True
    if item.changes_id:
        facts["revokes_decision"] = True
    return facts


@dataclass
class ItemState:
    """The chair's live view of one item (see ``item_state``)."""

    item: Item
    members: list[Person]
    present: list[Person]
    recused: list[Person]
    quorum: dict[str, Any]
    quorum_ok: bool
    spoken: list[Statement]
    waiting: list[Person]
    chief: Person | None
    chief_locked: bool
    votes: list[Vote]
    tally: dict[str, int]
    vote_verdict: dict[str, Any] | None
    passes_now: bool | None


def item_state(item: Item) -> ItemState:
    """See the module docstring."""
    m = item.meeting
    ms = members(m.body, m.date)
    present = _present_members(m)
    rec = _recused_ids(item)
    recused = [p for p in ms if p.pk in rec]
    participants = [p for p in present if p.pk not in rec]
    own, branch = own_check(m.body), is_branch(m.body)
    quorum = item_quorum(item) if (m.body.check_body or own or branch) else None
    spoken = list(item.statements.select_related("person").order_by("order"))
    said = {s.person_id for s in spoken}
    chief = chief_of(m.body, m.date)
    waiting = [p for p in participants if p.pk not in said]
    # 末位表态 binds the bodies of the meeting.* checks only; the loan group and the branches set no order
    chief_here = not (own or branch) and chief is not None and any(p.pk == chief.pk for p in participants)
    others_waiting = [p for p in waiting if not (chief_here and chief and p.pk == chief.pk)]
    votes = list(item.votes.select_related("person"))
    counts = _counts(item)
    vv = None
    passes = None
    if m.body.check_body and (votes or item.status == Item.CLOSED):
        v = wf.evaluate("meeting.vote", m.agency, m.date, _vote_facts(item))
        vv = v.as_dict()
        thr = [f for f in v.findings if f.rule_id == "meeting.vote.threshold"]
        passes = bool(thr) and thr[0].outcome is not BLOCKED
    elif own and votes:
        v = _own_verdict(m.body, m.date, _loan_facts(m, len(participants), counts["votes_for"]), [LOAN_VOTE])
        vv = v.as_dict()
        passes = v.outcome is not BLOCKED
    return ItemState(
        item=item,
        members=ms,
        present=present,
        recused=recused,
        quorum=quorum.as_dict() if quorum else {},
        quorum_ok=quorum is None or quorum.outcome is not BLOCKED,
        spoken=spoken,
        waiting=others_waiting + ([chief] if chief_here and chief is not None and chief.pk not in said else []),
        chief=chief,
        chief_locked=bool(chief_here and others_waiting),
        votes=votes,
        tally={k: counts[k] for k in ("votes_for", "votes_against", "abstentions", "votes_defer")},
        vote_verdict=vv,
        passes_now=passes,
    )


def _chair_concludes(slug: str, body_key: str, on: dt.date) -> bool:
    return _param(slug, f"meeting.vote.{body_key}.share", on) is None


def close_item(
    item: Item,
    *,
    decision_text: str = "",
    disagreement: str = "none",
    emergency: bool = False,
    postpone: bool = False,
    conclusion: str | None = None,
    due_on: Any = None,
    in_charge: Iterable[Any] = (),
    lead: Any = None,
    on: Any = None,
    actor: Any = None,
    version: int | None = None,
) -> ItemOutcome:
    """See the module docstring."""
    _check_version(item, version)
    m = item.meeting
    ag = m.agency
    _discussing(item)
    decision_text = _text(decision_text, "decision_text", 20000)
    disagreement = _choice(disagreement, ["none", "divergent", "major"], "disagreement")
    if conclusion is not None:
        conclusion = _choice(conclusion, [ItemOutcome.PASSED, ItemOutcome.NOT_PASSED], "conclusion")
    day = _date(on, "on") if on not in (None, "") else m.date
    due = _date(due_on, "due_on") if due_on not in (None, "") else None
    charge = [person_of(ag, p, "in_charge") for p in in_charge]
    lead_p = person_of(ag, lead, "lead") if lead not in (None, "") else None
    facts = _vote_facts(item, disagreement, bool(emergency))
    own = own_check(m.body)
    branch = is_branch(m.body)
    quorum = item_quorum(item)
    if own:
        # 第十条 “由与会人员表决通过”: yes votes against the members present and not recused
        lf = _loan_facts(m, len(_item_participants(item)), facts["votes_for"])
        verdict = _own_verdict(m.body, m.date, lf, [LOAN_VOTE])
        if not postpone and quorum.outcome is not BLOCKED:
            # 第十条 “与会人员要在会签单签署本人姓名及审核意见”: every participant's 审核意见 before the result
            # 第十五条: a disputed loan needs the guarantee amount and method settled, in the decision text
            stated = item.statements.exclude(person_id__in=_recused_ids(item)).count()
            close_facts: dict[str, Any] = {**lf, "signed": stated}
            if disagreement != "none":
                close_facts.update(disputed=True, terms_set=bool(decision_text.strip()))
            _own_step(
                m.body,
                m.date,
                close_facts,
                [LOAN_SIGNOFF, LOAN_DISPUTE],
                action="meeting.item.close",
                obj=item,
                actor=actor,
            )
    elif branch:
        # the branch texts set no vote share: the meeting resolves (民主集中制) and the chair announces it; 区局
        # district-bureau:9:5 “要形成明确的决议并将工作落实到人” where it applies (party.procedure)
        resolving = not postpone and quorum.outcome is not BLOCKED and conclusion != ItemOutcome.NOT_PASSED
        extra = {"resolutions_assigned": bool(decision_text.strip()) and bool(charge or lead)} if resolving else {}
        verdict = _guard(
            "party.procedure",
            ag,
            m.date,
            _branch_facts(m, len(_present_members(m)), **extra),
            action="meeting.item.close",
            obj=item,
            actor=actor,
        )
    else:
        verdict = wf.evaluate("meeting.vote", ag, m.date, facts)
    if not own and not branch and not postpone and quorum.outcome is not BLOCKED:
        # no conclusion before the views the text requires (末位表态, 普遍表态): the actual order of speaking
        spoken = [s.person for s in item.statements.select_related("person").order_by("order")]
        chief = chief_of(m.body, m.date)
        if spoken:
            order_facts = _speaking_facts(item, spoken)
        else:
            order_facts = _speaking_facts(item, [chief] if chief else [])
            order_facts["speakers"] = order_facts["speakers"] or ["—"]
        _guard("meeting.speaking_order", ag, m.date, order_facts, action="meeting.item.close", obj=item, actor=actor)
    by_rule = {f.rule_id: f for f in verdict.findings}
    threshold = by_rule.get(LOAN_VOTE if own else "meeting.vote.threshold")
    if quorum.outcome is BLOCKED:
        result, why = ItemOutcome.POSTPONED, "到会人数不足，议题缓议 / quorum lost: postponed"
        verdict_used = quorum
    elif postpone or any(
        f.outcome is BLOCKED and f.rule_id in ("meeting.vote.disagreement", "meeting.vote.more_material_art24")
        for f in verdict.findings
    ):
        result, why = ItemOutcome.POSTPONED, "缓议 / postponed"
        verdict_used = verdict
    elif branch:
        result = conclusion or ItemOutcome.PASSED
        why = (
            f"{m.body.name_zh}讨论决定，主持人宣布结论（本机构制度未规定表决比例）"
            " / the meeting resolved and the chair announced it (the texts set no vote share)"
        )
        verdict_used = verdict
    elif not own and _chair_concludes(ag.slug, m.body.check_body, m.date):
        result = conclusion or ItemOutcome.PASSED
        why = "主持人作出结论 / the chair concluded"
        verdict_used = verdict
    elif threshold is not None and threshold.outcome is BLOCKED:
        result, why = ItemOutcome.NOT_PASSED, threshold.message_zh
        verdict_used = verdict
    elif verdict.outcome is BLOCKED:
        result, why = ItemOutcome.NOT_PASSED, wf.grounds(verdict)[0]
        verdict_used = verdict
    else:
        result, why = ItemOutcome.PASSED, threshold.message_zh if threshold else "通过 / passed"
        verdict_used = verdict
    vd = verdict_used.as_dict()
    # a branch resolution also rests on the clause that gives the body the matter (party.branch_matter)
    outcome_cites = cites_of(vd, item.route_verdict if branch else None)
    method = item.votes.values_list("method", flat=True).first() or ""
    with transaction.atomic(), ledger.context(verdict=vd, reason=why):
        outcome = ItemOutcome.objects.create(
            item=item,
            result=result,
            method=method,
            decision_text=decision_text,
            verdict=vd,
            trace=[t for f in verdict_used.findings for t in f.trace],
            cites=outcome_cites,
            decided_on=day,
            **{
                k: facts[k]
                for k in (
                    "members",
                    "present",
                    "recused",
                    "votes_for",
                    "votes_against",
                    "abstentions",
                    "votes_defer",
                    "written_opinions",
                )
            },
        )
        item.status = Item.CLOSED
        item.cites = list(dict.fromkeys([*item.cites, *cites_of(vd)]))
        item.save()
        ledger.record(
            f"meeting.item.{result}",
            obj=item,
            actor=actor,
            verdict=vd,
            reason=why,
            meta={"check": verdict_used.check, "facts": facts},
        )
        if result == ItemOutcome.PASSED:
            d = Decision.objects.create(
                agency=ag,
                item=item,
                body=m.body,
                text=decision_text or item.title,
                decided_on=m.date,
                section=item.section,
                cites=outcome_cites,
            )
            if item.changes_id:
                old = item.changes
                assert old is not None
                old.status = Decision.CHANGED
                old.superseded_by = d
                old.save()
                wf.cancel_tasks(old, kind=FOLLOWUP)
                ledger.record(
                    "meeting.decision.changed",
                    obj=old,
                    actor=actor,
                    verdict=vd,
                    reason=f"经{m.body.name_zh}复议变更 / changed by a new vote of the same body",
                )
            follow_up(d, in_charge=charge, lead=lead_p, due_on=due, on=day, actor=actor)
    return outcome


# ---------------------------------------------------------------------------------------------------------------
# decisions and follow-up
# ---------------------------------------------------------------------------------------------------------------


def follow_up(
    decision: Decision,
    *,
    in_charge: Iterable[Any] = (),
    lead: Any = None,
    due_on: Any = None,
    on: Any = None,
    actor: Any = None,
) -> list[Task]:
    """See the module docstring."""
    ag = decision.agency
    item = decision.item
    m = item.meeting
    day = _date(on, "on") if on not in (None, "") else decision.decided_on
    due = _date(due_on, "due_on") if due_on not in (None, "") else None
    people = [person_of(ag, p, "in_charge") for p in in_charge]
    lead_p = person_of(ag, lead, "lead") if lead not in (None, "") else None
    if not people and item.deputy_in_charge_id:
        people = [item.deputy_in_charge]  # type: ignore[list-item]
    if not people and item.section_id:
        # the leader in charge (分管) of the proposing section that day
        from zhidu.org import service as org

        try:
            people = list(org.people_for(ag.slug, "deputy_in_charge", m.date, section=item.section))[:1]
        except BadInput:
            people = []
    if lead_p is not None and all(p.pk != lead_p.pk for p in people):
        people.insert(0, lead_p)
    for p in people:
        if (
            not is_member(m.body, p, m.date)
            and not _holds(ag, p, "deputy", m.date)
            and not _holds(ag, p, "chief", m.date)
        ):
            raise BadInput(f"in_charge：{p.name}不是班子成员", f"in_charge: {p.name} is not a leader", "in_charge")
    verdicts: list[Verdict] = []
    if len(people) > 1 and _applies("decision.execution", ag.slug):
        facts = {"portfolios": len(people), "leads": 1 if lead_p else 0}
        verdicts.append(
            _guard("decision.execution", ag, day, facts, action="meeting.decision.follow_up", obj=decision, actor=actor)
        )
    basis = ""
    cites: list[str] = []
    provisional = False
    when: dt.date | None = due
    if (m.body.check_body in REPORT_BACK_BODIES or m.body.key in REPORT_BACK_BODIES) and _applies(
        "timelimit.due", ag.slug
    ):
        facts_t: dict[str, Any] = {"kind": "meeting_decision_report", "received_on": m.date.isoformat()}
        if due is not None:
            facts_t["due_on"] = due.isoformat()
        v = wf.evaluate("timelimit.due", ag, day, facts_t)
        verdicts.append(v)
        dls = v.deadlines
        if dls:
            when, provisional = dls[0].date, dls[0].provisional
            basis = "；".join(dls[0].trace) or dls[0].label_zh
            cites = cites_of(v)
    elif due is not None:
        basis = f"会议决定的办结期限 {due.isoformat()}"
    tasks: list[Task] = []
    with transaction.atomic():
        decision.report_due = when
        decision.report_basis = basis[:300]
        decision.cites = list(dict.fromkeys([*decision.cites, *cites]))
        decision.save()
        for p in people:
            title = f"落实{m.body.name_zh}决定：{decision.text[:120]}"
            if when is not None and cites:
                title += f"（{when.isoformat()}前报送落实情况）"
            t = wf.open_task(
                ag,
                kind=FOLLOWUP,
                title=title,
                ref=decision,
                assignee=p.user,
                assignee_name=p.name,
                section=decision.section,
                due=wf.Due(when, provisional, basis, basis) if when else None,
                cites=cites or decision.cites,
                url=decision_url(decision),
                on=day,
            )
            tasks.append(t)
        vd = verdicts[-1].as_dict() if verdicts else None
        ledger.record(
            "meeting.decision.follow_up",
            obj=decision,
            actor=actor,
            verdict=vd,
            reason=f"交办 {len(tasks)} 人 / {len(tasks)} assigned" + (f"；期限 {when.isoformat()}" if when else ""),
            meta={"check": verdicts[-1].check if verdicts else "", "assignees": [p.name for p in people]},
        )
    return tasks


def report_back(decision: Decision, person: Any, *, text: str, on: Any = None, actor: Any = None) -> Decision:
    """落实情况报送: the member in charge reports; their task closes (all done → decision done)."""
    ag = decision.agency
    p = person_of(ag, person, "person")
    text = _text(text, "text", 5000, required=True)
    day = _date(on, "on") if on not in (None, "") else dt.date.today()
    tasks = list(wf.open_tasks_of(decision, kind=FOLLOWUP).filter(assignee_name=p.name))
    if not tasks:
        raise Refused(f"{p.name}没有该决定的待办", f"{p.name} has no open task for this decision", "person")
    with transaction.atomic():
        for t in tasks:
            wf.close_task(t, outcome=text, on=day)
        if not wf.open_tasks_of(decision, kind=FOLLOWUP).exists():
            decision.status = Decision.DONE
            decision.save()
        ledger.record(
            "meeting.decision.report",
            obj=decision,
            actor=actor,
            reason=text[:500],
            meta={"late_working_days": wf.working_days_late(decision.report_due, day) if decision.report_due else 0},
        )
    return decision


def change_decision(
    decision: Decision, *, text: str, by: str = "individual", emergency: bool = False, on: Any = None, actor: Any = None
) -> Decision:
    """See the module docstring. Only Baicheng's interim handling in an emergency gets through (a warning:
    report to the leadership, which decides again); everything else is refused with the clause."""
    ag = decision.agency
    text = _text(text, "text", 5000, required=True)
    by = _choice(by, ["individual", "other_meeting", "same_body"], "by")
    day = _date(on, "on") if on not in (None, "") else dt.date.today()
    if by == "same_body":
        raise Refused(
            f"变更须由{decision.body.name_zh}复议：请将变更作为议题提交该会议（重新表决）",
            f"a change needs a new vote of the {decision.body.name_en}: propose it as an item of that body",
            "by",
        )
    if decision.status != Decision.IN_FORCE:
        raise Refused("该决定已变更或已落实", "the decision is no longer in force", "decision")
    b = decision.body
    decided_by = b.check_body or (b.key if is_branch(b) else "")
    facts: dict[str, Any] = {"decided_by": decided_by, "changed_by": by}
    if emergency:
        facts["emergency"] = True
    v0 = wf.evaluate("decision.change", ag, day, facts) if decided_by else None
    if v0 is None or v0.outcome is ALLOWED:
        # the texts set no other way to change it: a collective decision is changed only by the body itself
        zh = f"{b.name_zh}的决定是集体决定，本机构制度未规定其他变更方式：须提交{b.name_zh}重新议定（{b.cite}）"
        en = f"a collective decision of the {b.name_en}: only a new decision of that body may change it"
        ledger.record(
            "refused:meeting.decision.change",
            obj=decision,
            actor=actor,
            verdict=v0.as_dict() if v0 else None,
            reason=zh,
            meta={"check": "decision.change", "facts": facts},
        )
        raise Refused(f"不允许：{zh}", f"Not allowed: {en}", "by", v0.as_dict() if v0 else None)
    with wf.step(
        "decision.change",
        ag,
        day,
        facts,
        action="meeting.decision.change",
        obj=decision,
        actor=actor,
        reason=text,
        field="by",
    ):
        # allowed only as interim handling (白城): the leadership must be told and decide again
        for p in members(decision.body, day):
            if p.user_id:
                wf.open_task(
                    ag,
                    kind="meeting_report_change",
                    title=f"紧急临时处置后须报告并重新决策：{decision.text[:100]}",
                    ref=decision,
                    assignee=p.user,
                    assignee_name=p.name,
                    url=decision_url(decision),
                    on=day,
                )
    return decision


# ---------------------------------------------------------------------------------------------------------------
# minutes
# ---------------------------------------------------------------------------------------------------------------


def _minutes_fields(m: Meeting) -> list[str]:
    """What the generated minutes record (the meeting.minutes vocabulary); a case panel's item is its 案由."""
    case = ["case_cause"] if m.body.check_body == "case_panel" else []
    return [
        *case,
        "time",
        "place",
        "chair",
        "participants",
        "attendees",
        "on_leave",
        "topic",
        "views",
        "reasons",
        "votes",
        "decision",
        "decision_method",
    ]


def _minutes_facts(m: Meeting, *, signed: Sequence[str] = (), archived: bool | None = None) -> dict[str, Any]:
    items = list(m.items.filter(status=Item.CLOSED))
    kinds = sorted({k for i in items for k in i.topic_kinds})
    voters = sorted({v.person.name for i in items for v in i.votes.select_related("person")})
    facts: dict[str, Any] = {
        "body": m.body.check_body,
        "topic_kinds": kinds,
        "recorded": True,
        "fields": _minutes_fields(m),
        "members": [p.name for p in members(m.body, m.date)],
        "signed_by": list(signed),
        "major": any(i.sanzhong_yida for i in items),
        "passed": any(getattr(i, "outcome", None) and i.outcome.result == ItemOutcome.PASSED for i in items),
    }
    if voters:
        facts["voters"] = voters
    if archived is not None:
        facts["archived"] = archived
    return facts


def required_signers(m: Meeting) -> list[str]:
    """Names whose signature the text requires on the minutes (from ``meeting.minutes``): none, the voters
    (Wenshan case panel), or every member (Wenshan major matters); at the loan review group everyone who took
    part in a loan (第十条 “与会人员要在会签单签署本人姓名及审核意见”)."""
    if own_check(m.body):
        return _loan_signers(m)
    if not m.body.check_body or not _applies("meeting.minutes", m.agency.slug):
        return []
    facts = _minutes_facts(m)
    v0 = wf.evaluate("meeting.minutes", m.agency, m.date, facts)
    if not any(f.rule_id == "meeting.minutes.signatures" and f.outcome is BLOCKED for f in v0.findings):
        return []
    voters = list(facts.get("voters", []))
    v1 = wf.evaluate("meeting.minutes", m.agency, m.date, {**facts, "signed_by": voters})
    if voters and not any(f.rule_id == "meeting.minutes.signatures" and f.outcome is BLOCKED for f in v1.findings):
        return voters
    return list(facts["members"])


def _loan_signers(m: Meeting) -> list[str]:
    """The loan review group's signers: the members present, less those who stepped aside from every loan."""
    items = list(m.items.exclude(status=Item.WITHDRAWN))
    out = []
    for p in _present_members(m):
        if not items or any(not i.recusals.filter(person=p).exists() for i in items):
            out.append(p.name)
    return out


def _doc(m: Meeting, notes: str, signers: Sequence[str], signed: Sequence[str]) -> tuple[Any, dict[str, Any]]:
    from zhidu.common import documents as D

    ag = m.agency
    ms = members(m.body, m.date)
    att = list(Attendance.objects.filter(meeting=m).select_related("person"))
    present = [a.person.name for a in att if a.member and a.status == Attendance.PRESENT]
    leave = [
        f"{a.person.name}（{a.leave_reason or '缺席'}{'' if a.leave_asked_before else '，未在会前请假'}）"
        for a in att
        if a.member and a.status != Attendance.PRESENT
    ]
    marked = {a.person_id for a in att}
    unmarked = [p.name for p in ms if p.pk not in marked]
    listed = [
        f"{a.person.name}（{_lib().ATTENDEE_ZH.get(a.attendee_role, a.attendee_role)}）" for a in att if not a.member
    ]
    opinions = [(a.person.name, a.written_opinion) for a in att if a.member and a.written_opinion]
    content: dict[str, Any] = {
        "agency": ag.name,
        "body": m.body.name_zh,
        "number": m.number,
        "date": m.date.isoformat(),
        "place": m.place,
        "chair": m.chair.name if m.chair else "",
        "recorder": m.recorder.name if m.recorder else "",
        "members": [p.name for p in ms],
        "present": present,
        "leave": leave + [f"{n}（缺席）" for n in unmarked],
        "attendees": listed,
        "written_opinions": [{"person": n, "text": t} for n, t in opinions],
        "items": [],
    }
    blocks: list[Any] = [
        D.Fields(
            [
                ("会议 / Meeting", f"{m.body.name_zh} {m.number}"),
                ("时间 / Date", m.date.isoformat()),
                ("地点 / Place", m.place or "—"),
                ("主持人 / Chair", (m.chair.name + ("（受委托）" if m.chair_entrusted else "")) if m.chair else "—"),
                ("记录人 / Recorder", m.recorder.name if m.recorder else "—"),
                ("应到成员 / Members", f"{len(ms)} 人：{'、'.join(p.name for p in ms)}"),
                ("出席 / Present", f"{len(present)} 人：{'、'.join(present) or '—'}"),
                ("请假或缺席 / On leave or absent", "；".join(content["leave"]) or "无"),
                ("列席 / Non-voting attendees", "、".join(listed) or "无"),
            ]
        )
    ]
    if opinions:
        blocks.append(D.Heading("未到会成员书面意见（不计入票数） / Written opinions of absent members (not votes)"))
        for n, t in opinions:
            blocks.append(D.Para(f"{n}：{t}"))
    verdicts: list[Mapping[str, Any] | None] = [(m.convene_verdict or {}).get("convene")]
    items = list(m.items.exclude(status=Item.WITHDRAWN).order_by("order", "id"))
    for n, item in enumerate(items, 1):
        oc = getattr(item, "outcome", None) if item.status == Item.CLOSED else None
        rec = list(item.recusals.select_related("person"))
        sts = list(item.statements.select_related("person").order_by("order"))
        vts = list(item.votes.select_related("person"))
        lib = _lib()
        classification = (
            f"{lib.KIND_ZH.get(item.kind, item.kind)}；{'属' if item.sanzhong_yida else '不属'}“三重一大”；"
            + (
                f"须由{lib.BODY_ZH.get(item.required_body, item.required_body)}决定"
                if item.required_body
                else "无须集体决定"
            )
            + (f"；金额 {item.amount} 元" if item.amount is not None else "")
            + ({"report": "；须提前向纪检组报告", "invite": "；邀请纪检监督人员列席"}.get(item.discipline, ""))
        )
        label = "案由" if m.body.check_body == "case_panel" else "议题"
        blocks.append(D.Heading(f"{label}{n}：{item.title}"))
        blocks.append(
            D.Fields(
                [
                    ("提出科室 / Section", item.section.name if item.section else (item.proposer_name or "—")),
                    ("类别 / Classification", classification),
                    ("报送 / Submitted", item.submitted_on.isoformat() + ("（会上临时动议）" if item.ad_hoc else "")),
                ]
            )
        )
        if item.summary:
            blocks.append(D.Para(item.summary))
        if rec:
            blocks.append(
                D.Para(
                    "回避 / Stepped aside："
                    + "；".join(
                        f"{r.person.name}（{'、'.join(lib.GROUNDS_ZH.get(g, g) for g in r.grounds)}）" for r in rec
                    )
                )
            )
        if sts and own_check(m.body):
            blocks.append(D.Para("会签单 / Sign-off sheet（第十条：与会人员签署本人姓名及审核意见）"))
            blocks.append(
                D.Table(
                    ["签署人", "审核意见", "说明"],
                    [[s.person.name, POSITIONS[s.position], s.reason or "—"] for s in sts],
                )
            )
        elif sts:
            blocks.append(
                D.Table(
                    ["顺序", "发言人", "意见", "理由"],
                    [
                        [
                            str(s.order),
                            s.person.name + ("（主要负责人）" if s.is_chief else ""),
                            POSITIONS[s.position],
                            s.reason or "—",
                        ]
                        for s in sts
                    ],
                )
            )
        if vts:
            secret = vts[0].method == "ballot"
            rows = [
                [
                    CHOICES[c],
                    str(sum(1 for v in vts if v.choice == c)),
                    "—" if secret else "、".join(v.person.name for v in vts if v.choice == c),
                ]
                for c in CHOICES
            ]
            blocks.append(D.Para(f"表决方式 / Method：{METHODS[vts[0].method]}"))
            blocks.append(D.Table(["表决意见", "票数", "成员"], rows))
        if oc is not None:
            res = dict(ItemOutcome.RESULTS)[oc.result]
            blocks.append(D.Para(f"结果 / Outcome：{res}。" + "；".join(oc.trace[:4])))
            if oc.result == ItemOutcome.PASSED:
                blocks.append(D.Para(f"决定 / Decision：{oc.decision_text or item.title}"))
                d = getattr(item, "decision", None)
                if d is not None and d.report_due:
                    blocks.append(
                        D.Para(f"落实 / Follow-up：{d.report_due.isoformat()}前报送落实情况（{d.report_basis}）")
                    )
            verdicts.append(oc.verdict)
        verdicts += [
            item.quorum_verdict,
            item.route_verdict,
            item.agenda_verdict,
            *[r.verdict for r in rec],
            *[s.verdict for s in sts[-1:]],
        ]
        content["items"].append(
            {
                "title": item.title,
                "classification": classification,
                "recused": [r.person.name for r in rec],
                "statements": [
                    {"order": s.order, "person": s.person.name, "position": s.position, "reason": s.reason} for s in sts
                ],
                "votes": {c: sum(1 for v in vts if v.choice == c) for c in CHOICES},
                "method": vts[0].method if vts else "",
                "result": oc.result if oc else item.status,
                "decision": (oc.decision_text or item.title) if oc and oc.result == ItemOutcome.PASSED else "",
            }
        )
    if notes:
        blocks.append(D.Heading("记录人补充 / Recorder's notes"))
        blocks.append(D.Para(notes))
    clauses = _displays(*verdicts)
    content["clauses"] = [{"id": c, "display": d, "quote": q} for c, d, q in clauses]
    if clauses:
        blocks.append(D.Heading("适用条款 / Clauses applied"))
        blocks.append(D.Table(["条款", "原文"], [[d, q] for _, d, q in clauses]))
    labels = ["主持人 / Chair", "记录人 / Recorder"] + [f"{n}" for n in signers]
    names = [m.chair.name if m.chair else "", m.recorder.name if m.recorder else ""] + [
        (n if n in signed else "") for n in signers
    ]
    blocks.append(D.Signatures(labels, names))
    content["signatures"] = list(signers)
    doc = D.Doc(
        title=f"{ag.name}{m.body.name_zh}纪要",
        subtitle=f"{m.number} · {m.date.isoformat()}",
        blocks=blocks,
        footer=f"zhidu · {ag.slug} · {m.body.key} · {m.pk}",
    )
    return doc, content


def _render(minutes: Minutes, m: Meeting, notes: str, signed: Sequence[str]) -> None:
    from zhidu.common import documents as D

    signers = required_signers(m)
    doc, content = _doc(m, notes, signers, signed)
    docx, pdf = D.to_docx(doc), D.to_pdf(doc)
    minutes.content = content
    minutes.notes = notes
    minutes.docx, minutes.pdf = docx, pdf
    minutes.docx_sha256 = hashlib.sha256(docx).hexdigest()
    minutes.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    minutes.signatures = list(signers)


def _filed(minutes: Minutes) -> None:
    if Minutes.objects.filter(pk=minutes.pk, status=Minutes.FILED).exists():
        raise Refused("会议记录已归档，不得修改", "the minutes are filed and can no longer be changed", "minutes")


def generate_minutes(meeting: Meeting, *, notes: str = "", actor: Any = None) -> Minutes:
    """See the module docstring."""
    notes = _text(notes, "notes", 20000)
    m = meeting
    if m.status not in (Meeting.CONVENED, Meeting.CLOSED):
        raise Refused("会议尚未召开，不能生成纪要", "the meeting has not been held", "status")
    if m.items.filter(status=Item.DISCUSSING).exists():
        raise Refused("尚有议题未议决", "an item is still under discussion", "items")
    existing = Minutes.objects.filter(meeting=m).first()
    if existing is not None:
        _filed(existing)
    row = existing or Minutes(meeting=m)
    facts = _minutes_facts(m)
    check = "meeting.minutes" if m.body.check_body and _applies("meeting.minutes", m.agency.slug) else None
    signed = list(row.signed_by or [])
    if check is None:
        with transaction.atomic():
            _render(row, m, notes, signed)
            m.status, m.closed_on = Meeting.CLOSED, m.closed_on or m.date
            m.save()
            row.save()
            ledger.record("meeting.minutes.generate", obj=row, actor=actor)
        return row
    for k in ("signed_by", "voters", "members"):  # signatures come after generation (sign_minutes, file_minutes)
        facts.pop(k, None)
    with wf.step(check, m.agency, m.date, facts, action="meeting.minutes.generate", obj=m, actor=actor) as v:
        _render(row, m, notes, signed)
        row.verdict = v.as_dict()
        row.cites = cites_of(v)
        row.save()
        if m.status != Meeting.CLOSED:
            m.status, m.closed_on = Meeting.CLOSED, m.date
            m.save()
    return row


def edit_minutes(minutes: Minutes, *, notes: str, actor: Any = None, version: int | None = None) -> Minutes:
    """The recorder's additions; refused once filed (nothing changes)."""
    _filed(minutes)
    _check_version(minutes, version)
    notes = _text(notes, "notes", 20000)
    with transaction.atomic():
        _render(minutes, minutes.meeting, notes, minutes.signed_by or [])
        minutes.save()
        ledger.record("meeting.minutes.edit", obj=minutes, actor=actor, reason="记录人补充 / notes edited")
    return minutes


def sign_minutes(minutes: Minutes, person: Any, actor: Any = None) -> Minutes:
    """A required signer signs the minutes (before filing)."""
    _filed(minutes)
    m = minutes.meeting
    p = person_of(m.agency, person, "person")
    allowed = set(minutes.signatures or []) | {x.name for x in (m.chair, m.recorder) if x is not None}
    if p.name not in allowed:
        raise Refused(f"{p.name}不是须在纪要上签名的人员", f"{p.name} is not a required signer", "person")
    if p.name in (minutes.signed_by or []):
        raise Refused(f"{p.name}已签名", f"{p.name} already signed", "person")
    with transaction.atomic():
        signed = [*(minutes.signed_by or []), p.name]
        minutes.signed_by = signed
        _render(minutes, m, minutes.notes, signed)
        minutes.save()
        ledger.record("meeting.minutes.sign", obj=minutes, actor=actor, reason=p.name)
    return minutes


def file_minutes(minutes: Minutes, *, on: Any = None, actor: Any = None, version: int | None = None) -> Minutes:
    """See the module docstring."""
    _filed(minutes)
    _check_version(minutes, version)
    m = minutes.meeting
    day = _date(on, "on") if on not in (None, "") else dt.date.today()
    with transaction.atomic():
        if own_check(m.body):
            # 第十条 会签 by every participant; 第十二条 “由局办公室做好会议记录并专人保存会签单”
            signers = _loan_signers(m)
            facts_l = {
                **_loan_facts(m, len(signers)),
                "signed": len(set(signers) & set(minutes.signed_by or [])),
                "minutes_recorded": True,
            }
            v = _own_step(
                m.body, m.date, facts_l, [LOAN_SIGNOFF], action="meeting.minutes.file", obj=minutes, actor=actor
            )
            minutes.verdict = v.as_dict()
            minutes.cites = list(dict.fromkeys([*minutes.cites, *cites_of(v)]))
            ledger.record("meeting.minutes.file", obj=minutes, actor=actor, verdict=v.as_dict())
        elif m.body.check_body and _applies("meeting.minutes", m.agency.slug):
            facts = _minutes_facts(m, signed=minutes.signed_by or [], archived=True)
            with wf.step(
                "meeting.minutes", m.agency, m.date, facts, action="meeting.minutes.file", obj=minutes, actor=actor
            ) as v:
                minutes.verdict = v.as_dict()
                minutes.cites = list(dict.fromkeys([*minutes.cites, *cites_of(v)]))
        else:
            ledger.record("meeting.minutes.file", obj=minutes, actor=actor)
        minutes.status = Minutes.FILED
        minutes.filed_on = day
        minutes.filed_by = actor if getattr(actor, "pk", None) else None
        super(Minutes, minutes).save()  # the last write: Minutes.save refuses any after this
    return minutes


def minutes_file(minutes: Minutes, fmt: str) -> tuple[bytes, str, str]:
    """(data, content type, file name) of the minutes as ``docx`` or ``pdf``."""
    fmt = _choice(fmt, ["docx", "pdf"], "format")
    m = minutes.meeting
    name = f"{m.agency.slug}-{m.body.key}-{m.date.isoformat()}-minutes.{fmt}"
    if fmt == "docx":
        return (bytes(minutes.docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name)
    return bytes(minutes.pdf), "application/pdf", name


# ---------------------------------------------------------------------------------------------------------------
# cadence
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class CadenceRow:
    """One body's cadence on a day: the period, meetings held in it and in the previous one, the due day,
    whether the previous period ended without its meeting (``overdue``), and the verdicts."""

    body: Body
    period: str
    held: int
    due: dt.date | None
    previous_held: int
    previous_end: dt.date | None
    overdue: bool
    verdict: dict[str, Any]
    previous_verdict: dict[str, Any]
    message_zh: str
    message_en: str
    cites: list[str]


def _period_bounds(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    from zhidu.core.rules.library.party import period_bounds

    start, end = period_bounds(day, period)
    return start, end


def _held(b: Body, start: dt.date, end: dt.date) -> list[dt.date]:
    if b.pk is None:
        return []
    return list(
        Meeting.objects.filter(body=b, date__gte=start, date__lte=end, status__in=[Meeting.CONVENED, Meeting.CLOSED])
        .order_by("date")
        .values_list("date", flat=True)
    )


def cadence(agency: Any, on: Any = None) -> list[CadenceRow]:
    """See the module docstring."""
    ag = _agency(agency)
    day = _date(on, "on") if on not in (None, "") else dt.date.today()
    out: list[CadenceRow] = []
    for b in bodies(ag):
        if b.check_body:
            period = _param(ag.slug, f"meeting.{b.check_body}.period", day)
            if period is None or not _applies("meeting.cadence", ag.slug):
                continue
            check = "meeting.cadence"
        elif b.cadence_activity:
            period = _param(ag.slug, f"party.cadence.{b.cadence_activity}.period", day)
            if period is None:
                continue
            check = "party.cadence"
        else:
            continue
        try:
            start, end = _period_bounds(day, period)
        except (KeyError, ValueError):
            continue
        prev_day = start - dt.timedelta(days=1)
        pstart, pend = _period_bounds(prev_day, period)
        held, prev = _held(b, start, end), _held(b, pstart, pend)
        if check == "meeting.cadence":
            v = wf.evaluate(check, ag, day, {"body": b.check_body, "held": len(held), "today": day.isoformat()})
            pv = wf.evaluate(check, ag, pend, {"body": b.check_body, "held": len(prev), "today": pend.isoformat()})
        else:
            v = wf.evaluate(
                check,
                ag,
                day,
                {
                    "activity": b.cadence_activity,
                    "held_on": [d.isoformat() for d in held],
                    "period_of": day.isoformat(),
                    "today": day.isoformat(),
                },
            )
            pv = wf.evaluate(
                check,
                ag,
                day,
                {
                    "activity": b.cadence_activity,
                    "held_on": [d.isoformat() for d in prev],
                    "period_of": pend.isoformat(),
                    "today": day.isoformat(),
                },
            )
        due = next((d.date for d in v.deadlines), None)
        short_prev = pv.outcome in (WARNING, BLOCKED) and any(
            ("应召开" in f.message_zh or "未" in f.message_zh or "不足" in f.message_zh)
            for f in pv.findings
            if f.outcome in (WARNING, BLOCKED)
        )
        overdue = bool(short_prev and pend < day)
        zh, en = wf.grounds(v)
        if overdue:
            pz, pe = wf.grounds(pv)
            zh = f"上一期（截至 {pend.isoformat()}）未按规定召开，已超期：{pz}；本期：{zh}"
            en = f"overdue: the previous period (to {pend.isoformat()}) was missed: {pe}; this period: {en}"
        out.append(
            CadenceRow(
                b,
                str(period),
                len(held),
                due,
                len(prev),
                pend,
                overdue,
                v.as_dict(),
                pv.as_dict(),
                zh,
                en,
                cites_of(v, pv),
            )
        )
    return out


__all__ = [
    "ALLOWED",
    "ATTENDEE_ROLES",
    "CHOICES",
    "GROUNDS",
    "METHODS",
    "NEEDS_APPROVAL",
    "POSITIONS",
    "CadenceRow",
    "Classification",
    "ItemState",
    "add_attendee",
    "add_body_member",
    "add_material",
    "bodies",
    "body",
    "cadence",
    "change_decision",
    "chief_of",
    "classify",
    "close_item",
    "convene",
    "edit_minutes",
    "file_minutes",
    "follow_up",
    "generate_minutes",
    "is_member",
    "item_quorum",
    "item_state",
    "list_item",
    "mark_attendance",
    "meeting_deadlines",
    "members",
    "minutes_file",
    "person_of",
    "plan_meeting",
    "propose_item",
    "recuse",
    "report_back",
    "send_notice",
    "sign_minutes",
    "state_position",
    "sync_bodies",
    "take_up",
    "vote",
    "withdraw_item",
]
