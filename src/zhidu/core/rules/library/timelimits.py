"""Time limits (限时办结, 督办) and the other periods of the enforcement texts, on the official calendar.

One check, ``timelimit.due``: given the kind of matter and the day its period starts, the deadline the
text sets; with ``done_on`` (or ``today``) whether it was met. Every figure is a parameter
(``agencies/<slug>/parameters/timelimits.yaml``, names ``timelimit.due.<kind>``) whose unit says how the
text counts (working_days / days / months); ``text: due_on`` marks a matter whose deadline is set by the
notice itself (督办通知, 限期改正). ``timelimit.window_post`` checks the A-B role of window posts.

Implemented 制度:
- 文山 《限时办结制度》(第十五条, S001-19): 季报 (每季度最后一个月20日前), 专题报告 (规定时限前5个工作日),
  会后7个工作日专题报告, 1个月内贯彻实施意见, 党组文件7/10个工作日内印发 (完成时限前2个工作日送办公室),
  会后10个工作日报送落实情况 (有明确时限的提前报送, 长期事项按月报送), 领导批示件每周五周报,
  督办通知时限, 来文来电当日拟办分办 + 3个工作日, 行政服务事项法定时限或5个工作日, 请示15个工作日
  (以收件日为起始), 未按时限报送视为没有办理, 窗口A-B角.
- 文山 《行政执法回访制度》(S001-23) 完成后10日内安排回访; 《行政执法过错责任追究制度》(S001-25)
  接到决定书之日起15日内申请复议; 《行政处罚案件法制审查制度》(S001-27) 一般3个工作日;
  《重大行政处罚案件备案制度》(S001-29) 决定之日起15日内备案, 建议文书送达之日起7日内移送,
  收到建议文书之日起15日内执行, 限期报送通知.
- 元氏 《对属地管理行政执法活动的监督检查》(S004-19) 收到通知之日起10日内申请复查, 接到复查申请之日起
  15日内复查决定, 接到投诉举报之日起30日内核查处理并通知, 限定期限内纠正; 《对委托下放行政许可事项
  承接机关的后续监督》(S004-21) 责令限期改正; (四)2–4 (S004-23…25) 限期整改.

Readings (each also a parameter's ``reading``):
- 日 is a calendar day; the day of the triggering event does not count (民法典第二百零一条) except for
  请示性事项, whose text makes the 收件日 the first day counted; a calendar-day period ending on a rest
  day rolls to the next working day (第二百零三条). Working-day periods always end on a working day.
- “20日前” includes the 20th and does not roll (a date, not a period).
- “规定时限前5个工作日内” = no later than the 5th working day before the set deadline (the office needs
  those days to consolidate and submit); “完成时限前2个工作日” likewise.
- 周五周报: the Friday of the week the instruction was dispatched (a Saturday/Sunday dispatch reports
  the next Friday); a Friday that is a rest day rolls to the next working day.
- 行政服务事项 with a statutory period follow it with the statute's 中止/延长 (RunningPeriod): the text says
  “严格按照规定限时办理”. No other period in these texts allows suspension or extension.
- “原则上” (来文来电当日拟办分办) and “一般应” (法制审查3个工作日) make lateness a warning; every other
  period here is a 须/应当 limit and lateness is blocked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...calendar import Extension, Period, RunningPeriod, Suspension, Unit
from ...errors import BadInput, NotFound
from ..helpers import DATE, day_of, iso
from ..model import ALLOWED, BLOCKED, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule

# kind -> (label zh, label en, what received_on means)
KINDS: dict[str, tuple[str, str]] = {
    "quarterly_report": ("年度工作季报", "quarterly progress report"),
    "pre_deadline_report": ("有明确落实时限事项的专题报告", "special report on an item with a set deadline"),
    "meeting_spirit_report": ("参加上级重要会议后的专题报告", "special report after a higher-level meeting"),
    "deployment_opinion": ("重要决策部署的贯彻实施意见", "implementation opinion on a major deployment"),
    "party_group_document": ("党组会议通过文件的印发", "issuing a document adopted by the party group"),
    "meeting_decision_report": ("会议决定事项落实情况报送", "implementation report on meeting decisions"),
    "leader_instruction": ("领导批示件周报", "weekly report on a leader's instruction"),
    "supervision_item": ("督办或任务分解通知事项", "supervised or broken-down task"),
    "incoming_document": ("来文来电办理", "handling an incoming document or telegram"),
    "administrative_service": ("行政许可、复议、诉讼等行政服务事项", "administrative service matter"),
    "request_for_instructions": ("请示性事项处理或答复", "reply to a request for instructions"),
    "return_visit": ("行政执法回访安排", "arranging a return visit after enforcement"),
    "fault_review_application": ("对执法过错责任追究决定申请复议", "review request against a fault decision"),
    "legal_review": ("行政处罚案件法制审查", "legal review of a penalty case"),
    "major_penalty_filing": ("重大行政处罚报送备案", "filing a major penalty decision"),
    "criminal_transfer": ("按备案审查建议移送司法机关", "transfer to judicial organs on recommendation"),
    "filing_correction": ("执行备案审查撤销/变更/重作建议", "acting on a filing-review recommendation"),
    "filing_notice": ("按通知限期报送备案", "filing by the deadline of a notice"),
    "supervision_reexamination_application": (
        "对《执法监督通知（决定）书》申请复查",
        "applying for re-examination of a supervision notice",
    ),
    "supervision_reexamination_decision": ("作出复查决定", "deciding a re-examination"),
    "complaint_handling": ("投诉、举报核查处理并通知投诉举报人", "handling a complaint and notifying"),
    "supervision_correction": ("按《执法监督通知（决定）书》限期纠正", "correcting within a supervision deadline"),
    "undertaking_correction": ("承接机关按《行政执法监督通知书》限期改正", "undertaking organ correcting by deadline"),
    "rectification": ("被检查机构限期整改", "inspected institution rectifying by deadline"),
}

# kinds whose lateness makes the report “视为没有办理” (文山第十五条第（九）项)
REPORT_KINDS = frozenset(
    {
        "quarterly_report",
        "pre_deadline_report",
        "meeting_spirit_report",
        "meeting_decision_report",
        "leader_instruction",
        "supervision_item",
    }
)

_PERIOD_ITEM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["first", "last"],
    "properties": {
        "first": {**DATE, "description": "中止起始日（含） first suspended day"},
        "last": {**DATE, "description": "中止最后一日（含） last suspended day"},
        "reason": {"type": "string", "maxLength": 200, "description": "中止事由 reason"},
    },
}
_EXTENSION_ITEM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["amount", "unit"],
    "properties": {
        "amount": {"type": "integer", "minimum": 1, "maximum": 366, "description": "延长数量 amount"},
        "unit": {"enum": ["working_days", "days", "months"], "description": "延长单位 unit"},
        "reason": {"type": "string", "maxLength": 200, "description": "延长事由 reason"},
    },
}

DUE = check(
    "timelimit.due",
    "办理时限（限时办结、督办、备案、复查等期限）",
    "Time limit of a matter (time-limited completion, supervision, filing, re-examination)",
    {
        "type": "object",
        "required": ["kind", "received_on"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": list(KINDS),
                "description": "事项类别 kind of matter: " + "；".join(f"{k} {v[0]}" for k, v in KINDS.items()),
            },
            "received_on": {
                **DATE,
                "description": "起算日：收文/收件、会议结束、决定作出、送达或收到、执法完成之日；季报为该季度内任一日 "
                "the day the period starts (receipt, meeting, decision, service, completion; any day of "
                "the quarter for the quarterly report)",
            },
            "done_on": {
                **DATE,
                "description": "办结/报送/印发/申请/安排之日 the day the matter was done (report sent, issued, "
                "applied)",
            },
            "today": {**DATE, "description": "查询日（尚未办结时判断是否逾期） today, for a matter not yet done"},
            "due_on": {
                **DATE,
                "description": "文件、通知或法律规定的具体期限（督办通知、限期改正、有明确时限的事项） "
                "a deadline set by the document, notice or law itself",
            },
            "major_revision": {
                "type": "boolean",
                "description": "党组文件有重大修改意见需要协调 a party-group document needs major revision",
            },
            "submitted_on": {
                **DATE,
                "description": "党组文件送局办公室报批之日 day the document went to the office for approval",
            },
            "dispatched_on": {
                **DATE,
                "description": "办公室拟办分办/发送给科室之日 day the office dispatched the matter to the section",
            },
            "long_running": {
                "type": "boolean",
                "description": "决定事项需较长时间落实（按月报送） a decision that takes long to implement",
            },
            "statutory_amount": {
                "type": "integer",
                "minimum": 1,
                "maximum": 3660,
                "description": "法律、法规规定的办理时限数 statutory period (amount)",
            },
            "statutory_unit": {
                "enum": ["working_days", "days", "months"],
                "description": "法定时限单位 statutory period unit",
            },
            "suspensions": {
                "type": "array",
                "maxItems": 20,
                "items": _PERIOD_ITEM,
                "description": "法定期间的中止（仅行政服务事项） suspensions of a statutory period",
            },
            "extensions": {
                "type": "array",
                "maxItems": 10,
                "items": _EXTENSION_ITEM,
                "description": "法定期间的延长（仅行政服务事项） extensions of a statutory period",
            },
        },
    },
)

WINDOW = check(
    "timelimit.window_post",
    "窗口岗位A-B角",
    "A-B roles of a window post",
    {
        "type": "object",
        "required": ["a_holder", "b_holder"],
        "additionalProperties": False,
        "properties": {
            "a_holder": {"type": "string", "maxLength": 100, "description": "A角（主办）人员 A-role holder"},
            "b_holder": {"type": "string", "maxLength": 100, "description": "B角（补位）人员 B-role holder"},
            "leaving": {
                "enum": ["none", "a", "b"],
                "description": "因特殊原因离岗者 who leaves the post (none/a/b)",
            },
            "leave_notified": {"type": "boolean", "description": "离岗已以适当方式告知 the absence was announced"},
            "cover_present": {"type": "boolean", "description": "另一角在岗补位 the other holder covers the post"},
        },
    },
)


# ---------------------------------------------------------------- helpers


def _provisional(ctx: RuleContext, *days: dt.date) -> bool:
    return any(ctx.calendar.year_status(d.year).provisional for d in days)


def _fixed(ctx: RuleContext, day: dt.date, label_zh: str, label_en: str, why: str) -> Deadline:
    """A deadline that is a date (not a counted period)."""
    return Deadline(day, label_zh, label_en, _provisional(ctx, day), (why,))


def working_days_before(ctx: RuleContext, day: dt.date, n: int, label_zh: str, label_en: str) -> Deadline:
    """The n-th working day before ``day`` (``day`` itself not counted): “时限前N个工作日”."""
    d, k, skipped = day, 0, 0
    while k < n:
        d -= dt.timedelta(days=1)
        if ctx.calendar.is_working_day(d):
            k += 1
        else:
            skipped += 1
    why = f"期限 {iso(day)} 前第 {n} 个工作日（跳过 {skipped} 个休息日）为 {iso(d)}"
    return Deadline(d, label_zh, label_en, _provisional(ctx, d, day), (why,))


def _period(
    ctx: RuleContext, name: str, start: dt.date, label_zh: str, label_en: str, *, start_counts: bool | None = None
) -> tuple[Deadline, CitedClause]:
    """The deadline of the period parameter ``name`` (its unit is the text's unit) counted from ``start``."""
    p = ctx.params.get(ctx.agency, name)
    amount = ctx.param(name)  # p.at(ctx.on).value, remembered
    counts = start_counts if start_counts is not None else _flag(ctx, name + ".start_counts", False)
    roll = _flag(ctx, name + ".roll", True)
    return ctx.deadline(start, amount, p.unit, label_zh, label_en, start_counts=counts, roll=roll), ctx.param_cited(
        name
    )


def _flag(ctx: RuleContext, name: str, default: bool) -> bool:
    return bool(ctx.param_or(name, default))


def _overdue_outcome(ctx: RuleContext, name: str) -> tuple[Outcome, list[CitedClause]]:
    if not ctx.has(name):
        return BLOCKED, []
    return (WARNING if ctx.param(name) == "warning" else BLOCKED), [ctx.param_cited(name)]


def judge(
    ctx: RuleContext,
    what_zh: str,
    what_en: str,
    deadline: Deadline,
    done: dt.date | None,
    today: dt.date | None,
    late: Outcome,
    cited: list[CitedClause],
    late_note: tuple[str, str] = ("", ""),
    trace: list[str] | None = None,
    pending: Outcome = ALLOWED,
) -> Finding:
    """One finding: done in time / late, or pending / overdue as of today, or just the deadline
    (``pending`` is the outcome of a matter not yet done and not yet overdue)."""
    trace = list(trace or [])
    d = deadline.date
    if done is not None:
        if done <= d:
            trace.append(f"办结 {iso(done)} ≤ 期限 {iso(d)}")
            return ctx.finding(
                ALLOWED,
                f"{what_zh}于 {iso(done)} 办结，在期限 {iso(d)} 内",
                f"{what_en}: done on {iso(done)}, within the deadline {iso(d)}",
                trace=trace,
                deadlines=[deadline],
                extra=cited,
            )
        trace.append(f"办结 {iso(done)} > 期限 {iso(d)}，逾期 {(done - d).days} 日")
        return ctx.finding(
            late,
            f"{what_zh}逾期：{iso(done)} 晚于期限 {iso(d)}{late_note[0]}",
            f"{what_en}: late, done on {iso(done)} after the deadline {iso(d)}{late_note[1]}",
            trace=trace,
            deadlines=[deadline],
            extra=cited,
        )
    if today is not None and today > d:
        trace.append(f"今日 {iso(today)} > 期限 {iso(d)}，尚未办结")
        return ctx.finding(
            late,
            f"{what_zh}已逾期未办：期限 {iso(d)}{late_note[0]}",
            f"{what_en}: overdue, the deadline was {iso(d)}{late_note[1]}",
            trace=trace,
            deadlines=[deadline],
            extra=cited,
        )
    if today is not None:
        trace.append(f"今日 {iso(today)} ≤ 期限 {iso(d)}")
    return ctx.finding(
        pending,
        f"{what_zh}期限：{iso(d)}（含当日）",
        f"{what_en}: due by {iso(d)} (inclusive)",
        trace=trace,
        deadlines=[deadline],
        extra=cited,
    )


def _need(facts: Any, key: str, kind: str) -> dt.date:
    day = day_of(facts, key)
    if day is None:
        raise BadInput(
            f"事项类别 {kind} 须提供 {key}（文件或通知规定的期限）",
            f"kind {kind} needs {key} (the deadline set by the document or notice)",
            key,
        )
    return day


# ---------------------------------------------------------------- timelimit.due


@rule(
    "timelimit.due",
    check="timelimit.due",
    agencies=["wenshan-hrss", "yuanshi-hrss"],
    cites=[],
)
def due(facts: Any, ctx: RuleContext) -> list[Finding]:
    """The deadline of the matter from the agency's parameter ``timelimit.due.<kind>``, and whether it was met."""
    kind: str = facts["kind"]
    name = f"timelimit.due.{kind}"
    try:
        unit = ctx.params.get(ctx.agency, name).unit
    except NotFound:
        raise BadInput(
            f"{ctx.agency} 的制度没有“{KINDS[kind][0]}”的时限（kind={kind}）",
            f"{ctx.agency}'s rules set no time limit for {KINDS[kind][1]} (kind={kind})",
            "kind",
        ) from None
    start = dt.date.fromisoformat(facts["received_on"])
    done, today = day_of(facts, "done_on"), day_of(facts, "today")
    if done is not None and done < start:
        raise BadInput(
            f"办结日 {iso(done)} 早于起算日 {iso(start)}",
            f"done_on {iso(done)} is before received_on {iso(start)}",
            "done_on",
        )
    if today is not None and today < start:
        raise BadInput(
            f"查询日 {iso(today)} 早于起算日 {iso(start)}",
            f"today {iso(today)} is before received_on {iso(start)}",
            "today",
        )
    zh, en = KINDS[kind]
    late, late_cites, note = ctx.memo.get(("timelimit.due", kind)) or _lateness(ctx, kind)
    out: list[Finding] = []
    special = _SPECIAL.get(kind)
    if special is not None:
        deadline, cited, trace, extra = special(facts, ctx, start)
        out.extend(extra)
    elif unit == "text":  # the notice or document sets the deadline
        due_on = _need(facts, "due_on", kind)
        deadline = _fixed(ctx, due_on, f"{zh}期限", f"{en} deadline", f"通知/文件规定的期限 {iso(due_on)}")
        cited, trace = [ctx.param_cited(name)], []
    else:
        deadline, c = _period(ctx, name, start, f"{zh}期限", f"{en} deadline")
        cited, trace = [c], []
    out.insert(0, judge(ctx, zh, en, deadline, done, today, late, [*cited, *late_cites], note, trace))
    return out


def _lateness(ctx: RuleContext, kind: str) -> tuple[Outcome, tuple[CitedClause, ...], tuple[str, str]]:
    """How lateness counts for ``kind``: its outcome, the clauses saying so, and the note (once per context)."""
    late, late_cites = _overdue_outcome(ctx, f"timelimit.due.{kind}.overdue")
    note = ("", "")
    if kind in REPORT_KINDS and ctx.has("timelimit.due.late_report"):
        late_cites.append(ctx.param_cited("timelimit.due.late_report"))
        note = ("，视为没有办理", "; it counts as not done")
    found = ctx.memo[("timelimit.due", kind)] = (late, tuple(late_cites), note)
    return found


Special = Any  # (facts, ctx, start) -> (Deadline, [CitedClause], [trace], [extra Findings])


def _quarterly(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.quarterly_report"
    day: int = ctx.param(name)
    inclusive = _flag(ctx, name + ".inclusive", True)
    last_month = ((start.month - 1) // 3 + 1) * 3
    d = dt.date(start.year, last_month, day if inclusive else day - 1)
    q = (start.month - 1) // 3 + 1
    why = f"{start.year} 年第 {q} 季度最后一个月为 {last_month} 月，{day}日前" + (
        "（含当日）" if inclusive else "（不含当日）"
    )
    return _fixed(ctx, d, "季报报送期限", "quarterly report due", why), [ctx.param_cited(name)], [why], []


def _pre_deadline(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.pre_deadline_report"
    due_on = _need(facts, "due_on", "pre_deadline_report")
    n: int = ctx.param(name)
    d = working_days_before(ctx, due_on, n, "专题报告送办公室期限", "special report due at the office")
    return d, [ctx.param_cited(name)], [f"规定时限 {iso(due_on)} 前 {n} 个工作日"], []


def _party_group_document(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    major = bool(facts.get("major_revision", False))
    name = "timelimit.due.party_group_document" + (".major_revision" if major else "")
    issue, cite = _period(ctx, name, start, "文件印发期限", "document issue deadline")
    trace = [f"会议结束 {iso(start)}，{'有重大修改需协调，' if major else ''}印发期限 {iso(issue.date)}"]
    extra: list[Finding] = []
    lead_name = "timelimit.due.party_group_document.office_lead"
    n: int = ctx.param(lead_name)
    office = working_days_before(ctx, issue.date, n, "送局办公室报批期限", "due at the office for approval")
    submitted = day_of(facts, "submitted_on")
    done, today = day_of(facts, "done_on"), day_of(facts, "today")
    if submitted is not None or done is None:
        extra.append(
            judge(
                ctx,
                "送局办公室报批",
                "sending to the office for approval",
                office,
                submitted,
                today if submitted is None else None,
                BLOCKED,
                [ctx.param_cited(lead_name)],
                trace=[f"印发期限 {iso(issue.date)} 前 {n} 个工作日"],
            )
        )
    return issue, [cite], trace, extra


def _meeting_decision(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.meeting_decision_report"
    due_on = day_of(facts, "due_on")
    extra: list[Finding] = []
    if due_on is not None:  # 有明确时限要求的按规定时限提前报送: the last working day before it
        deadline = working_days_before(ctx, due_on, 1, "提前报送落实情况期限", "report ahead of the set deadline")
        cited = [ctx.param_cited(name)]
        trace = [f"有明确时限 {iso(due_on)}，须提前报送（不迟于其前一个工作日）"]
    else:
        deadline, c = _period(ctx, name, start, "落实情况报送期限", "implementation report due")
        cited, trace = [c], []
    done = day_of(facts, "done_on")
    if facts.get("long_running") and done is not None:
        nxt, c2 = _period(ctx, name + ".monthly", done, "下次按月报送期限", "next monthly report due")
        extra.append(
            ctx.finding(
                ALLOWED,
                f"需较长时间落实，按月报送：下次报送期限 {iso(nxt.date)}",
                f"long-running decision, reported monthly: next report due {iso(nxt.date)}",
                trace=[f"上次报送 {iso(done)} + 1个月 = {iso(nxt.date)}"],
                deadlines=[nxt],
                extra=[c2],
            )
        )
    return deadline, cited, trace, extra


def _weekly(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.leader_instruction"
    weekday: int = ctx.param(name)  # ISO weekday of the weekly report (5 = 周五)
    ahead = (weekday - start.isoweekday()) % 7
    friday = start + dt.timedelta(days=ahead)
    rolled = ctx.calendar.next_working_day(friday)
    why = f"批示件发送 {iso(start)}，当周周五为 {iso(friday)}"
    if rolled != friday:
        why += f"（休息日，顺延至 {iso(rolled)}）"
    deadline = _fixed(ctx, rolled, "周报期限", "weekly report due", why)
    extra: list[Finding] = []
    disp = day_of(facts, "dispatched_on")
    if disp is not None:
        extra.append(_dispatch(ctx, "timelimit.due.leader_instruction.dispatch", start, disp))
    return deadline, [ctx.param_cited(name)], [why], extra


def _dispatch(ctx: RuleContext, name: str, received: dt.date, dispatched: dt.date) -> Finding:
    """The office's same-day dispatch (拟办分办 / 发送)."""
    if dispatched < received:
        raise BadInput(
            f"分办日 {iso(dispatched)} 早于收文日 {iso(received)}",
            f"dispatched_on {iso(dispatched)} is before received_on {iso(received)}",
            "dispatched_on",
        )
    days: int = ctx.param(name)
    limit = received + dt.timedelta(days=days)
    late, cites = _overdue_outcome(ctx, name + ".overdue")
    dl = _fixed(ctx, limit, "办公室分办期限", "office dispatch due", f"收到当日 {iso(received)}")
    return judge(ctx, "办公室拟办分办", "office dispatch", dl, dispatched, None, late, [ctx.param_cited(name), *cites])


def _incoming(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.incoming_document"
    due_on = day_of(facts, "due_on")
    if due_on is not None:
        deadline = _fixed(ctx, due_on, "来文规定的办理时限", "deadline set by the document", "办件有具体办理时限")
        trace = [f"有具体办理时限 {iso(due_on)}，须严格在时限内办结"]
        cited = [ctx.param_cited(name)]
    else:
        deadline, c = _period(ctx, name, start, "办理意见报分管局领导期限", "handling opinion due to the deputy")
        trace = ["无具体办理时限：3个工作日内将办理意见报分管局领导审示，同时抄送办公室"]
        cited = [c]
    extra: list[Finding] = []
    disp = day_of(facts, "dispatched_on")
    if disp is not None:
        extra.append(_dispatch(ctx, "timelimit.due.incoming_document.dispatch", start, disp))
    return deadline, cited, trace, extra


def _service(
    facts: Any, ctx: RuleContext, start: dt.date
) -> tuple[Deadline, list[CitedClause], list[str], list[Finding]]:
    name = "timelimit.due.administrative_service"
    amount, unit = facts.get("statutory_amount"), facts.get("statutory_unit")
    due_on = day_of(facts, "due_on")
    if (amount is None) != (unit is None):
        raise BadInput(
            "法定时限须同时给出 statutory_amount 和 statutory_unit",
            "give both statutory_amount and statutory_unit",
            "statutory_unit" if unit is None else "statutory_amount",
        )
    has_running = bool(facts.get("suspensions") or facts.get("extensions"))
    if has_running and amount is None:
        raise BadInput(
            "中止、延长只适用于法定办理时限（须给出 statutory_amount/statutory_unit）",
            "suspensions and extensions apply only to a statutory period (give statutory_amount/statutory_unit)",
            "statutory_amount",
        )
    if amount is not None:
        rp = RunningPeriod(
            start,
            Period(int(amount), Unit(unit)),
            tuple(
                Suspension(dt.date.fromisoformat(s["first"]), dt.date.fromisoformat(s["last"]), s.get("reason", ""))
                for s in facts.get("suspensions", [])
            ),
            tuple(
                Extension(int(e["amount"]), Unit(e["unit"]), e.get("reason", "")) for e in facts.get("extensions", [])
            ),
        )
        d = rp.deadline(ctx.calendar)
        deadline = Deadline(d.date, "法定办理时限", "statutory deadline", d.provisional, tuple(s.zh for s in d.trace))
        trace = [f"法定时限 {amount}{Unit(unit).zh}，严格按照规定限时办理"]
    elif due_on is not None:
        deadline = _fixed(ctx, due_on, "法定办理时限", "statutory deadline", "法律、法规和政策规定的期限")
        trace = [f"法定期限 {iso(due_on)}"]
    else:
        deadline, _ = _period(ctx, name, start, "行政服务事项办结期限", "administrative service deadline")
        trace = ["没有明确办结时限：5个工作日内办结"]
    return deadline, [ctx.param_cited(name)], trace, []


_SPECIAL: dict[str, Special] = {
    "quarterly_report": _quarterly,
    "pre_deadline_report": _pre_deadline,
    "party_group_document": _party_group_document,
    "meeting_decision_report": _meeting_decision,
    "leader_instruction": _weekly,
    "incoming_document": _incoming,
    "administrative_service": _service,
}


# ---------------------------------------------------------------- timelimit.window_post


@rule(
    "timelimit.window_post.ab_roles",
    check="timelimit.window_post",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:19:8", "机关窗口工作人员实行A-B角制,相互补位")],
)
def window_ab_roles(facts: Any, ctx: RuleContext) -> Finding:
    """窗口岗位须有A角和B角两人相互补位；因特殊原因离岗须以适当方式告知，且另一角在岗补位。"""
    a, b = facts["a_holder"].strip(), facts["b_holder"].strip()
    if not a or not b:
        missing = "A角" if not a else "B角"
        return ctx.finding(
            BLOCKED,
            f"窗口岗位缺{missing}，不符合A-B角制",
            f"the window post has no {'A' if not a else 'B'}-role holder",
            trace=[f"A角={a or '（空）'}，B角={b or '（空）'}"],
        )
    if a == b:
        return ctx.finding(
            BLOCKED,
            "A角与B角为同一人，无法相互补位",
            "the A and B roles are held by the same person: no cover",
            trace=[f"A角 = B角 = {a}"],
        )
    leaving = facts.get("leaving", "none")
    if leaving != "none":
        if not facts.get("leave_notified", False):
            return ctx.finding(
                BLOCKED,
                f"{leaving.upper()}角离岗未以适当方式告知",
                f"the {leaving.upper()}-role holder left without announcing it",
                trace=[f"离岗 {leaving.upper()}角，告知=否"],
            )
        if not facts.get("cover_present", False):
            return ctx.finding(
                BLOCKED,
                "离岗期间另一角未在岗补位，窗口空岗",
                "nobody covers the window while its holder is away",
                trace=[f"离岗 {leaving.upper()}角，补位=否"],
            )
    return ctx.finding(
        ALLOWED,
        f"窗口岗位A角 {a}、B角 {b}，相互补位",
        f"window post: A {a}, B {b}, covering each other",
        trace=[f"A角={a}，B角={b}，离岗={leaving}"],
    )
