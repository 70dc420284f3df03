"""Petitions (信访), administrative reconsideration (行政复议), NPC/CPPCC proposals (建议提案), first-contact
responsibility (首问责任) and administrative accountability (行政问责): their time limits, acceptance
conditions, routing and accountability triggers.

制度 implemented (citation ids in brackets):
- 文山 《信访工作制度》[wenshan-hrss:37] (S001-63): 受理范围、不予受理情形、来访接待2人以上、重大复杂信访事项领导批办、
  赴京赴省集体上访与上级交办案件领导包案、上级交办件在规定时间内办结、领导定期接访（3月、9月第1周周一，提前2个星期公示）.
- 文山 《信访工作程序》[wenshan-hrss:60] (S001-86): 拟办审签单2个工作日、不予受理告知书/受理告知书
  自接信（接访）之日起15日、书面答复自受理之日起60日（经局主要领导批准延长不超过30日，须送达延期告知书）、复查受理告知书10日、复查意见30日、
  信访人请求复查/复核30日.
- 文山 《行政复议程序》[wenshan-hrss:61] (S001-87): 申请60日（障碍消除后继续计算）、申请人资格、口头申请当场记录、
  已起诉不得申请复议、5个工作日审查、7日发送副本、15日答复、规范性文件30日处理/7日转送（中止审查）、
  60日决定（委员会主任批准延长不超过30日）、决定种类、不停止执行的例外、收到决定书15日内起诉.
- 文山 《人大代表建议和政协委员提案办理工作制度》[wenshan-hrss:30] (S001-30) and 《重要工作交办催办督办查办制度》
  第（四）项第7目 [wenshan-hrss:13:4.7]: 非本部门职责的建议提案自交办之日起5个工作日内说明理由提出转办建议、
  答复寄送（联名代表每一位、提案前3位）、抄送各2份、满意度闭环、重点建议提案面商、组长或委托人签发、加盖公章、
  A/B/C/D 标注、不能按时办结先作简要答复.
- 文山 《首问责任制度》[wenshan-hrss:17] (S001-17): 登记、按事项处理（当场办理/说明/引荐/
  向分管领导汇报/解释）、违规分级处理.
- 区局 《首问责任制规定》[district-bureau:48] (S002-48): 职责内认真回答、职责外告知科室地点电话、铃响不超过三声、
  一次性讲明原因、禁用推脱语、违规经投诉查实或领导检查发现予以处理.
- 文山 《综合事务处理程序》[wenshan-hrss:62] (S001-88) 第（一）项 外来人员来访：报告、
  直接引见的情形、未预约来访请示分管领导.
- 文山 《行政问责办法》[wenshan-hrss:51] (S001-77): 17种问责情形、问责方式分档、调查30个工作日（经批准延长15个工作日）、
  决定书10个工作日内送达、15个工作日内申诉、申诉期间不停止执行、30个工作日内复议复查决定（维持/变更/撤销）.

Readings (each also a parameter's ``reading``):
- 日 is a calendar day; the day of the triggering event (接信、接访、受理、收到) does not count (民法典第二百零一条;
  “从接信之日起计算” and “自……之日起” are the statute's wording for the same rule); a calendar-day period ending on a
  rest day ends on the next working day (第二百零三条). 工作日 periods skip rest days and holidays.
- The 行政复议 application “自收到之日起即为受理”: the acceptance day is the receipt day, and the 7日 and 60日 periods
  run from it. “申请期限自障碍消除之日起继续计算” is a suspension: the obstacle days are taken out of the 60 days.
- 信访 60日 “可以适当延长办理期限，但延长期限不得超过30日”: one or more extensions totalling at most 30 days, approved
  by 局主要领导 (chief) and notified to the petitioner.
- 行政问责 “一般应在30个工作日内完成调查工作，情况复杂的，经过批准，可延长15个工作日”: the “一般” sets the normal case
  against the complex case the sentence goes on to allow; overrunning the 30 (or, approved, 45) working days is
  refused. The text names no approver: the 局党组, which formed the team and receives its report, approves.
- 领导接访 “3月第1周周一”: the first Monday falling in March (September). “接访前2个星期公示”: at least 14 days before;
  a latest day that is a rest day moves back to the working day before it (the lead time is a minimum).
- 区局 “铃响不得超过三声”: 不得超过 includes three (the third ring is still in time).
- 提案 “应当在交办之日起5个工作日”: read as 5个工作日内 (the sentence lacks 内; a time limit is meant).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ...calendar import Extension, Period, RunningPeriod, Suspension, Unit
from ...errors import BadInput
from ..helpers import DATE, iso
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule

WS, DB, BC = "wenshan-hrss", "district-bureau", "baicheng-fupin"

# ------------------------------------------------------------------------------------------------ shared helpers

SPAN_ITEM: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["first", "last"],
    "properties": {
        "first": {**DATE, "description": "起始日（含） first day (inclusive)"},
        "last": {**DATE, "description": "最后一日（含） last day (inclusive)"},
        "reason": {"type": "string", "maxLength": 200, "description": "事由 reason"},
    },
}


def date_of(facts: Any, key: str) -> dt.date | None:
    raw = facts.get(key)
    return dt.date.fromisoformat(raw) if raw else None


def not_before(day: dt.date | None, start: dt.date, key: str) -> None:
    if day is not None and day < start:
        raise BadInput(
            f"{key} {iso(day)} 早于起算日 {iso(start)}",
            f"{key} {iso(day)} is before the start day {iso(start)}",
            key,
        )


def period_deadline(
    ctx: RuleContext,
    name: str,
    start: dt.date,
    label_zh: str,
    label_en: str,
    *,
    suspensions: Iterable[Any] = (),
    extension_days: int = 0,
    extension_unit: str = "days",
) -> tuple[Deadline, CitedClause]:
    """The deadline of the period parameter ``name`` (amount + the text's unit) counted from ``start``
    (that day not counted, a calendar-day period rolling off a rest day), with suspensions (中止/障碍)
    and an extension of ``extension_days`` calendar days (延长) where the text allows them."""
    p = ctx.params.get(ctx.agency, name)
    amount: int = p.at(ctx.on).value
    spans = tuple(
        Suspension(dt.date.fromisoformat(s["first"]), dt.date.fromisoformat(s["last"]), s.get("reason", ""))
        for s in suspensions
    )
    if not spans and not extension_days:
        return ctx.deadline(start, amount, p.unit, label_zh, label_en), ctx.param_cited(name)
    rp = RunningPeriod(start, Period(amount, Unit(p.unit)), spans)
    if extension_days:
        rp = RunningPeriod(
            rp.start, rp.period, rp.suspensions, (Extension(extension_days, Unit(extension_unit), "延长"),)
        )
    d = rp.deadline(ctx.calendar)
    return Deadline(d.date, label_zh, label_en, d.provisional, tuple(s.zh for s in d.trace)), ctx.param_cited(name)


def judge(
    ctx: RuleContext,
    what_zh: str,
    what_en: str,
    deadline: Deadline,
    done: dt.date | None,
    today: dt.date | None,
    late: Outcome,
    cited: Iterable[CitedClause],
    trace: Iterable[str] = (),
    pending: Outcome = ALLOWED,
    approvers: Iterable[str] = (),
) -> Finding:
    """Done in time / late, pending / overdue as of today, or just the deadline."""
    lines = list(trace)
    d = deadline.date
    extra = tuple(cited)
    if done is not None:
        if done <= d:
            lines.append(f"办结 {iso(done)} ≤ 期限 {iso(d)}")
            return ctx.finding(
                pending if pending is NEEDS_APPROVAL else ALLOWED,
                f"{what_zh}于 {iso(done)} 完成，在期限 {iso(d)} 内",
                f"{what_en}: done on {iso(done)}, within the deadline {iso(d)}",
                trace=lines,
                deadlines=[deadline],
                extra=extra,
                approvers=approvers if pending is NEEDS_APPROVAL else (),
            )
        lines.append(f"办结 {iso(done)} > 期限 {iso(d)}，逾期 {(done - d).days} 日")
        return ctx.finding(
            late,
            f"{what_zh}逾期：{iso(done)} 晚于期限 {iso(d)}",
            f"{what_en}: late, done on {iso(done)} after the deadline {iso(d)}",
            trace=lines,
            deadlines=[deadline],
            extra=extra,
        )
    if today is not None and today > d:
        lines.append(f"今日 {iso(today)} > 期限 {iso(d)}，尚未完成")
        return ctx.finding(
            late,
            f"{what_zh}已逾期：期限 {iso(d)}",
            f"{what_en}: overdue, the deadline was {iso(d)}",
            trace=lines,
            deadlines=[deadline],
            extra=extra,
        )
    if today is not None:
        lines.append(f"今日 {iso(today)} ≤ 期限 {iso(d)}")
    return ctx.finding(
        pending,
        f"{what_zh}期限：{iso(d)}（含当日）",
        f"{what_en}: due by {iso(d)} (inclusive)",
        trace=lines,
        deadlines=[deadline],
        extra=extra,
        approvers=approvers,
    )


def step_schema(steps: dict[str, tuple[str, str]], more: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["step", "start_on"],
        "additionalProperties": False,
        "properties": {
            "step": {
                "enum": list(steps),
                "description": "环节 step: " + "；".join(f"{k} {v[0]}" for k, v in steps.items()),
            },
            "start_on": {**DATE, "description": "起算日（见各环节） the day the period starts (see each step)"},
            "done_on": {**DATE, "description": "完成（送达、出具、申请、作出）之日 the day it was done"},
            "today": {**DATE, "description": "查询日（尚未完成时判断是否逾期） today, for a step not yet done"},
            **more,
        },
    }


def run_step(
    facts: Any,
    ctx: RuleContext,
    steps: dict[str, tuple[str, str]],
    prefix: str,
    late: Outcome = BLOCKED,
    *,
    suspensions: Iterable[Any] = (),
    extension_days: int = 0,
    trace: Iterable[str] = (),
) -> Finding:
    step = facts["step"]
    zh, en = steps[step]
    start = dt.date.fromisoformat(facts["start_on"])
    done, today = date_of(facts, "done_on"), date_of(facts, "today")
    not_before(done, start, "done_on")
    not_before(today, start, "today")
    dl, cite = period_deadline(
        ctx,
        f"{prefix}.{step}",
        start,
        f"{zh}期限",
        f"{en} deadline",
        suspensions=suspensions,
        extension_days=extension_days,
    )
    return judge(ctx, zh, en, dl, done, today, late, [cite], trace)


# ================================================================================================ petition.*

PETITION_STEPS: dict[str, tuple[str, str]] = {
    "approval_slip": ("填写信访件拟办审签单报局领导审批（自登记之日）", "approval slip to a bureau leader"),
    "non_acceptance_notice": ("出具《信访事项不予受理告知书》（自接信/接访之日）", "non-acceptance notice"),
    "acceptance_notice": ("送达《信访事项受理告知书》（自接信/接访之日）", "acceptance notice"),
    "reply": ("书面答复意见送达信访人（自受理之日）", "written reply delivered"),
    "review_approval_slip": ("复查申请填写拟办审签单（自登记之日）", "approval slip for a review request"),
    "review_acceptance_notice": ("送达《信访事项申请复查受理告知书》（自接访之日）", "review acceptance notice"),
    "review_opinion": ("书面复查意见送达信访人（自收到复查请求之日）", "written review opinion delivered"),
    "review_request": ("信访人请求上一级机关复查（自收到书面答复之日）", "petitioner's request for review"),
    "recheck_request": ("信访人请求上一级机关复核（自收到复查意见之日）", "petitioner's request for re-examination"),
}

PETITION_DEADLINE = check(
    "petition.deadline",
    "信访办理时限（审签单、受理/不予受理告知、答复、复查）",
    "Petition time limits (approval slip, (non-)acceptance notice, reply, review)",
    step_schema(
        PETITION_STEPS,
        {
            "extension_days": {
                "type": "integer",
                "minimum": 1,
                "maximum": 366,
                "description": "答复期限延长天数（仅 reply） days the reply period is extended (reply only)",
            },
            "extension_approved": {
                "type": "boolean",
                "description": "延长经局主要领导批准 the extension was approved by the principal leader",
            },
            "extension_notified": {
                "type": "boolean",
                "description": "已向信访人送达《信访事项延长办理期限告知书》 the "
                "petitioner was notified of the extension",
            },
        },
    ),
)


@rule(
    "petition.deadline",
    check="petition.deadline",
    agencies=[WS],
    cites=[],
    needs=("step",),
)
def petition_deadline(facts: Any, ctx: RuleContext) -> list[Finding]:
    """The 信访工作程序 period of the step, counted from its start day; lateness is refused (the text says 应当/
    须 throughout). A reply period may be extended by at most 30 days with the principal leader's approval."""
    ext = int(facts.get("extension_days", 0))
    if ext and facts["step"] != "reply":
        raise BadInput(
            "只有书面答复期限可以延长（extension_days 仅适用于 reply）",
            "only the reply period may be extended (extension_days applies to step reply)",
            "extension_days",
        )
    out: list[Finding] = []
    trace: list[str] = []
    if ext:
        cap: int = ctx.param("petition.deadline.reply.extension_max")
        cap_cite = ctx.param_cited("petition.deadline.reply.extension_max")
        if ext > cap:
            return [
                ctx.finding(
                    BLOCKED,
                    f"答复期限延长 {ext} 日，超过不得超过的 {cap} 日",
                    f"the reply period is extended by {ext} days, more than the {cap} days allowed",
                    trace=[f"延长 {ext} 日 > 上限 {cap} 日"],
                    extra=[cap_cite],
                )
            ]
        trace.append(f"延长 {ext} 日 ≤ 上限 {cap} 日")
        if not facts.get("extension_approved", False):
            out.append(
                ctx.finding(
                    NEEDS_APPROVAL,
                    "延长办理期限须经局主要领导批准",
                    "extending the handling period needs the principal leader's approval",
                    trace=["延长未经批准"],
                    approvers=["chief"],
                    extra=[cap_cite],
                )
            )
        if facts.get("extension_notified") is False:
            out.append(
                ctx.finding(
                    BLOCKED,
                    "延长办理期限须填写《信访事项延长办理期限告知书》送达信访人",
                    "an extension must be notified to the petitioner with the extension notice",
                    trace=["未送达延期告知书"],
                    extra=[cap_cite],
                )
            )
    out.insert(0, run_step(facts, ctx, PETITION_STEPS, "petition.deadline", extension_days=ext, trace=trace))
    return out


# ---------------------------------------------------------------- petition.accept

PETITION_MATTERS = {
    "within_duties": "对本局工作职责范围内有关事项提出意见、建议或者投诉请求",
    "assigned_by_higher": "上级机关交办、有关责任单位转办的信访事项",
    "conduct_complaint": "对本局机关、直属单位及其工作人员的职务行为投诉",
    "review_request": "按照《信访条例》向本局提出复查请求",
    "other": "其他事项",
}
EXCLUSIONS = {
    "legislature_court_procuratorate": ("属于各级人大、法院、检察院职权范围的", "37:8.1"),
    "statutory_channel": ("已经或依法应当通过仲裁、诉讼、行政复议等法定途径解决的", "37:8.2"),
    "already_accepted": ("已经受理或正在办理的", "37:8.3"),
    "review_period": ("在复查期限内或无正当理由超期未申请复查的", "37:8.4"),
    "rechecked_final": ("已经复核终结的", "37:8.5"),
    "same_facts_after_review": ("不服本局复查意见仍以同一事实和理由提出投诉请求的", "37:8.6"),
    "outside_duties": ("信访事项不属于本局工作职责范围内的", "37:8.7"),
}

PETITION_ACCEPT = check(
    "petition.accept",
    "信访事项受理（受理范围、不予受理情形、接待、包案）",
    "Accepting a petition (scope, grounds for refusal, reception, case ownership)",
    {
        "type": "object",
        "required": ["matter"],
        "additionalProperties": False,
        "properties": {
            "matter": {
                "enum": list(PETITION_MATTERS),
                "description": "信访事项类别 kind of matter: "
                + "；".join(f"{k} {v}" for k, v in PETITION_MATTERS.items()),
            },
            "exclusions": {
                "type": "array",
                "uniqueItems": True,
                "maxItems": 7,
                "items": {"enum": list(EXCLUSIONS)},
                "description": "存在的不予受理情形 grounds for non-acceptance present: "
                + "；".join(f"{k} {v[0]}" for k, v in EXCLUSIONS.items()),
            },
            "channel": {
                "enum": ["letter", "email", "fax", "phone", "visit"],
                "description": "形式：书信、电子邮件、传真、电话、走访 channel",
            },
            "receivers": {
                "type": "integer",
                "minimum": 0,
                "maximum": 50,
                "description": "来访接待人数 staff receiving a visit",
            },
            "major_complex": {"type": "boolean", "description": "重大、复杂的信访事项 a major or complex petition"},
            "collective_to_capital": {
                "type": "boolean",
                "description": "赴京、赴省集体上访 a collective petition to Beijing or the province",
            },
            "case_leader": {
                "type": "boolean",
                "description": "已落实局领导包案 a bureau leader has been made the case owner",
            },
            "written_refusal_requested": {
                "type": "boolean",
                "description": "信访人确需单位出具书面意见（不予受理告知书） the petitioner needs a written refusal",
            },
        },
    },
)


@rule(
    "petition.accept.scope",
    check="petition.accept",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:37:7", "信访工作受理范围"),
        ("wenshan-hrss:37:8", "本局信访工作机构对下列信访事项不予受理"),
        ("wenshan-hrss:37:9", "引导来访人到有权处理的部门反映"),
        ("wenshan-hrss:60:1.1.1", "报局领导审批"),
        ("wenshan-hrss:60:1.1.2", "报局领导审批后,从接信之日起计算,15日内出具《信访事项不予受理告知书》"),
    ],
)
def petition_scope(facts: Any, ctx: RuleContext) -> Finding:
    """受理范围四类之一且无不予受理情形：受理，拟办审签单报局领导审批；有不予受理情形或不属受理范围：不予受理，
    告知并引导（确需书面意见的，报局领导审批后出具不予受理告知书）."""
    matter = facts["matter"]
    found = list(facts.get("exclusions", []))
    if matter == "other" and "outside_duties" not in found:
        found.append("outside_duties")
    if found:
        reasons = "；".join(EXCLUSIONS[g][0] for g in found)
        written = bool(facts.get("written_refusal_requested", False))
        return ctx.finding(
            BLOCKED,
            f"不予受理：{reasons}；应告知理由并引导到有权处理的部门"
            + ("（需出具不予受理告知书的，报局领导审批后自接信/接访之日起15日内出具）" if written else ""),
            "not accepted: " + ", ".join(found) + "; explain and direct the petitioner to the competent body",
            trace=[f"事项 {matter}，不予受理情形 {', '.join(found)}"],
            cites=[
                "wenshan-hrss:37:8",
                "wenshan-hrss:37:9",
                *(["wenshan-hrss:60:1.1.2"] if written else []),
            ],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"属于受理范围（{PETITION_MATTERS[matter]}），2个工作日内填写拟办审签单报局领导审批",
        f"within the scope ({matter}); an approval slip goes to a bureau leader within 2 working days",
        trace=[f"事项 {matter}，无不予受理情形"],
        approvers=["bureau_leader"],
        cites=["wenshan-hrss:37:7", "wenshan-hrss:60:1.1.1"],
    )


@rule(
    "petition.accept.reception",
    check="petition.accept",
    agencies=[WS],
    cites=[("wenshan-hrss:37:10.2", "接待人数必须要2人以上")],
    needs=("receivers",),
)
def petition_reception(facts: Any, ctx: RuleContext) -> Finding:
    """来访接待人数必须 2 人以上（含 2 人）."""
    n = int(facts["receivers"])
    least: int = ctx.param("petition.accept.reception.min_receivers")
    if n < least:
        return ctx.finding(
            BLOCKED,
            f"来访接待 {n} 人，少于必须的 {least} 人",
            f"{n} staff receive the visit, fewer than the {least} required",
            trace=[f"接待 {n} 人 < {least} 人"],
        )
    return ctx.finding(
        ALLOWED,
        f"来访接待 {n} 人，符合 {least} 人以上",
        f"{n} staff receive the visit (at least {least})",
        trace=[f"接待 {n} 人 ≥ {least} 人"],
    )


@rule(
    "petition.accept.ownership",
    check="petition.accept",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:37:5", "局领导应亲自批办"),
        ("wenshan-hrss:37:5", "要逐案落实领导包案责任制"),
    ],
    needs=("major_complex", "collective_to_capital", "case_leader"),
)
def petition_ownership(facts: Any, ctx: RuleContext) -> Finding:
    """赴京、赴省集体上访及上级部门交办的信访案件须逐案落实领导包案；重大、复杂的信访事项局领导亲自批办."""
    needs_owner = bool(facts.get("collective_to_capital")) or facts["matter"] == "assigned_by_higher"
    if needs_owner and not facts.get("case_leader", False):
        return ctx.finding(
            BLOCKED,
            "赴京赴省集体上访或上级交办的信访案件，须逐案落实领导包案责任制，尚未确定包案领导",
            "a collective petition to Beijing/the province or a case assigned from above needs a case-owning leader",
            trace=["须包案，包案领导=否"],
        )
    if facts.get("major_complex"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "重大、复杂的信访事项，局领导应亲自批办，组织专题研究",
            "a major or complex petition is instructed by a bureau leader personally",
            trace=["重大复杂=是"],
            approvers=["bureau_leader"],
        )
    return ctx.finding(
        ALLOWED,
        "包案要求已落实" if needs_owner else "无须领导包案",
        "case ownership in place" if needs_owner else "no case owner required",
        trace=[f"须包案={'是' if needs_owner else '否'}"],
    )


# ---------------------------------------------------------------- petition.reception_day

RECEPTION = check(
    "petition.reception_day",
    "局领导定期接访日与公示",
    "Leaders' scheduled reception day and its public notice",
    {
        "type": "object",
        "required": ["year", "half"],
        "additionalProperties": False,
        "properties": {
            "year": {"type": "integer", "minimum": 1990, "maximum": 2100, "description": "年度 year"},
            "half": {"enum": ["first", "second"], "description": "上半年（3月）/下半年（9月） half of the year"},
            "held_on": {**DATE, "description": "实际接访日 the day the reception was held"},
            "published_on": {**DATE, "description": "公示接访安排之日 the day the arrangements were published"},
        },
    },
)


@rule(
    "petition.reception_day",
    check="petition.reception_day",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:37:4", "时间为每年3月第1周周一和9月第1周周一"),
        ("wenshan-hrss:37:4", "由信访科于接访前2个星期公示有关接访具体安排情况"),
    ],
)
def reception_day(facts: Any, ctx: RuleContext) -> list[Finding]:
    """接访日为 3 月（9 月）第一个周一；公示不迟于接访日前 14 日（该日为休息日的，提前到此前最后一个工作日）."""
    year, half = int(facts["year"]), facts["half"]
    months: list[int] = ctx.param("petition.reception_day.months")
    month = months[0] if half == "first" else months[1]
    first = dt.date(year, month, 1)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    lead: int = ctx.param("petition.reception_day.notice_days")
    latest = monday - dt.timedelta(days=lead)
    why = f"接访日 {iso(monday)} 前 {lead} 日为 {iso(latest)}"
    while not ctx.calendar.is_working_day(latest):
        latest -= dt.timedelta(days=1)
    if latest != monday - dt.timedelta(days=lead):
        why += f"（休息日，提前至 {iso(latest)}）"
    prov = ctx.calendar.year_status(year).provisional
    day_dl = Deadline(monday, "领导接访日", "leaders' reception day", prov, (f"{year}年{month}月第一个周一",))
    pub_dl = Deadline(latest, "接访安排公示期限", "notice of the reception due", prov, (why,))
    held = date_of(facts, "held_on")
    if held is not None and held != monday:
        first_finding = ctx.finding(
            BLOCKED,
            f"接访日应为 {iso(monday)}（{month}月第1周周一），实际 {iso(held)}",
            f"the reception day is {iso(monday)}, not {iso(held)}",
            trace=[f"实际 {iso(held)} ≠ {iso(monday)}"],
            deadlines=[day_dl],
        )
    else:
        first_finding = ctx.finding(
            ALLOWED,
            f"{year}年{'上' if half == 'first' else '下'}半年领导接访日：{iso(monday)}",
            f"leaders' reception day: {iso(monday)}",
            trace=[f"{month}月第一个周一 {iso(monday)}"],
            deadlines=[day_dl],
        )
    pub = date_of(facts, "published_on")
    published = judge(
        ctx, "接访安排公示", "publishing the reception arrangements", pub_dl, pub, None, BLOCKED, [], [why]
    )
    return [first_finding, published]


# ================================================================================================ review.*

REVIEW_STEPS: dict[str, tuple[str, str]] = {
    "application": ("申请行政复议（自收到行政处罚通知书之日）", "applying for reconsideration"),
    "admissibility": ("政策法规科审查申请（自收到申请之日）", "admissibility examination"),
    "copy_to_respondent": ("发送申请书副本（自受理之日）", "sending the application copy to the respondent"),
    "respondent_reply": ("被申请人书面答复并提交证据（自收到副本之日）", "respondent's written reply"),
    "normative_handling": ("有权处理的规定/依据依法处理（自申请或发现之日）", "handling a contested provision"),
    "normative_forward": ("无权处理的规定/依据转送（自申请或发现之日）", "forwarding a contested provision"),
    "decision": ("作出行政复议决定（自受理之日）", "reconsideration decision"),
    "litigation": ("不服复议决定起诉（自收到决定书之日）", "suing after the decision"),
    "litigation_after_expiry": ("复议期满不作答复后起诉（自期满之日）", "suing after the period expired unanswered"),
}

REVIEW_DEADLINE = check(
    "review.deadline",
    "行政复议期限（申请、审查、答复、决定、起诉）",
    "Administrative reconsideration periods (application, examination, reply, decision, suit)",
    step_schema(
        REVIEW_STEPS,
        {
            "suspensions": {
                "type": "array",
                "maxItems": 20,
                "items": SPAN_ITEM,
                "description": "不计入期间的日子：申请期限的障碍期间（不可抗力等）、审查中止期间 days taken out of the "
                "period: an obstacle to applying, or the review suspended",
            },
            "extension_days": {
                "type": "integer",
                "minimum": 1,
                "maximum": 366,
                "description": "决定期限延长天数（仅 decision） days the decision period is extended",
            },
            "extension_approved": {
                "type": "boolean",
                "description": "延长经行政复议委员会主任批准 approved by the committee chair",
            },
            "parties_notified": {
                "type": "boolean",
                "description": "延长已告知申请人和被申请人 the extension was notified to both parties",
            },
        },
    ),
)


@rule(
    "review.deadline",
    check="review.deadline",
    agencies=[WS],
    cites=[],
    needs=("step",),
)
def review_deadline(facts: Any, ctx: RuleContext) -> list[Finding]:
    """The 行政复议程序 period of the step. Obstacle days (application) and days the review is suspended
    (decision, 规范性文件审查期间) are taken out; the decision period may be extended by at most 30 days with the
    committee chair's approval, notified to both parties."""
    step = facts["step"]
    sus = facts.get("suspensions", [])
    if sus and step not in ("application", "decision"):
        raise BadInput(
            "只有申请期限（障碍消除后继续计算）和决定期限（中止审查）可以扣除期间",
            "suspensions apply only to the application and decision periods",
            "suspensions",
        )
    ext = int(facts.get("extension_days", 0))
    if ext and step != "decision":
        raise BadInput(
            "只有复议决定期限可以延长（extension_days 仅适用于 decision）",
            "only the decision period may be extended",
            "extension_days",
        )
    out: list[Finding] = []
    trace: list[str] = []
    if ext:
        name = "review.deadline.decision.extension_max"
        cap: int = ctx.param(name)
        if ext > cap:
            return [
                ctx.finding(
                    BLOCKED,
                    f"复议决定期限延长 {ext} 日，超过最多 {cap} 日",
                    f"the decision period is extended by {ext} days, more than {cap}",
                    trace=[f"延长 {ext} 日 > 上限 {cap} 日"],
                    extra=[ctx.param_cited(name)],
                )
            ]
        trace.append(f"延长 {ext} 日 ≤ 上限 {cap} 日")
        if not facts.get("extension_approved", False):
            out.append(
                ctx.finding(
                    NEEDS_APPROVAL,
                    "情况复杂延长复议期限，须经州局行政复议委员会主任批准",
                    "extending the decision period needs the reconsideration committee chair's approval",
                    trace=["延长未经批准"],
                    approvers=["review_committee_chair"],
                    extra=[ctx.param_cited(name)],
                )
            )
        if facts.get("parties_notified") is False:
            out.append(
                ctx.finding(
                    BLOCKED,
                    "延长复议期限须告知申请人和被申请人",
                    "the extension must be notified to the applicant and the respondent",
                    trace=["未告知当事人"],
                    extra=[ctx.param_cited(name)],
                )
            )
    if sus:
        trace.append("扣除期间：" + "，".join(f"{s['first']}至{s['last']}" for s in sus))
    out.insert(
        0, run_step(facts, ctx, REVIEW_STEPS, "review.deadline", suspensions=sus, extension_days=ext, trace=trace)
    )
    return out


# ---------------------------------------------------------------- review.apply

APPLICANTS = {
    "party": "认为具体行政行为侵犯其合法权益的公民、法人或者其他组织",
    "close_relative": "申请行政复议的公民死亡的，其近亲属",
    "legal_representative": "无民事行为能力人或者限制民事行为能力人的法定代理人",
    "successor": "法人或其他组织终止的，承受其权利的法人或者其他组织",
    "other": "其他人",
}

REVIEW_APPLY = check(
    "review.apply",
    "行政复议申请（申请人、被申请人、口头申请、与诉讼的关系）",
    "An application for administrative reconsideration (standing, respondent, oral form, litigation)",
    {
        "type": "object",
        "required": ["applicant"],
        "additionalProperties": False,
        "properties": {
            "applicant": {
                "enum": list(APPLICANTS),
                "description": "申请人 applicant: " + "；".join(f"{k} {v}" for k, v in APPLICANTS.items()),
            },
            "party_deceased": {"type": "boolean", "description": "权益受侵犯的公民已死亡 the citizen has died"},
            "party_incapacitated": {
                "type": "boolean",
                "description": "该公民为无或限制民事行为能力人 the citizen lacks full legal capacity",
            },
            "party_terminated": {"type": "boolean", "description": "该法人或组织已终止 the organisation has ended"},
            "respondent": {
                "enum": ["county_hrss", "prefecture_hrss", "other"],
                "description": "作出具体行政行为的机关：县（市）级人社局 / 州人社局 / 其他 the body that acted",
            },
            "form": {"enum": ["written", "oral"], "description": "书面/口头申请 written or oral"},
            "oral_recorded": {
                "type": "boolean",
                "description": "口头申请已当场记录基本情况、请求、主要事实、"
                "理由和时间 the oral application was recorded",
            },
            "court_accepted": {
                "type": "boolean",
                "description": "人民法院已依法受理其行政诉讼 a court has accepted a suit on the same act",
            },
        },
    },
)


@rule(
    "review.apply",
    check="review.apply",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:61:1.2.1", "其近亲属可以申请行政复议"),
        ("wenshan-hrss:61:1.2.3", "作出具体行政行为的县(市)级人力资源和社会保障局是被申请人"),
        ("wenshan-hrss:61:1.3", "口头申请的,当场记录申请人的基本情况"),
        ("wenshan-hrss:61:1.5", "人民法院已经依法受理的,不得申请行政复议"),
        ("wenshan-hrss:61:2.1", "告知申请人向有关行政复议机关提出"),
    ],
)
def review_apply(facts: Any, ctx: RuleContext) -> Finding:
    """申请人资格、被申请人为县（市）级人社局、口头申请须当场记录、法院已受理的不得申请复议."""
    a = facts["applicant"]
    if facts.get("court_accepted"):
        return ctx.finding(
            BLOCKED,
            "人民法院已经依法受理行政诉讼的，不得申请行政复议",
            "a court has accepted a suit on the act: reconsideration may not be applied for",
            trace=["法院已受理=是"],
            cites=["wenshan-hrss:61:1.5"],
        )
    standing = {
        "party": True,
        "close_relative": bool(facts.get("party_deceased")),
        "legal_representative": bool(facts.get("party_incapacitated")),
        "successor": bool(facts.get("party_terminated")),
        "other": False,
    }[a]
    if not standing:
        return ctx.finding(
            BLOCKED,
            f"申请人不具备资格：{APPLICANTS[a]}（须满足相应条件）",
            f"the applicant ({a}) has no standing",
            trace=[f"申请人 {a}，条件不满足"],
            cites=["wenshan-hrss:61:1.2.1"],
        )
    if facts.get("respondent", "county_hrss") != "county_hrss":
        return ctx.finding(
            BLOCKED,
            "不属于本局受理：被申请人应为县（市）级人社局，告知申请人向有关行政复议机关提出",
            "not for this bureau: the respondent must be a county-level HRSS bureau; redirect the applicant",
            trace=[f"被申请人 {facts.get('respondent')}"],
            cites=["wenshan-hrss:61:1.2.3", "wenshan-hrss:61:2.1"],
        )
    if facts.get("form") == "oral" and not facts.get("oral_recorded", False):
        return ctx.finding(
            BLOCKED,
            "口头申请须当场记录申请人基本情况、复议请求、主要事实、理由和时间",
            "an oral application must be recorded on the spot",
            trace=["口头申请，未记录"],
            cites=["wenshan-hrss:61:1.3"],
        )
    return ctx.finding(
        ALLOWED,
        "申请人适格、被申请人为县（市）级人社局，申请自收到之日起即为受理，5个工作日内审查",
        "standing and respondent in order; the application counts as received and is examined within 5 working days",
        trace=[f"申请人 {a}，形式 {facts.get('form', 'written')}"],
        cites=["wenshan-hrss:61:1.2.1", "wenshan-hrss:61:2.1"],
    )


# ---------------------------------------------------------------- review.decide

REVIEW_DECISIONS = ["uphold", "perform", "revoke", "vary", "confirm_illegal"]
DEFECTS = {
    "facts_unclear": "主要事实不清，证据不足",
    "wrong_basis": "适用依据错误",
    "procedure_violated": "违反法定程序",
    "beyond_power": "超越或者滥用职权",
    "clearly_improper": "具体行政行为明显不当",
}
SUSPENSION_GROUNDS = {
    "respondent": "被申请人认为需要停止执行",
    "committee": "行政复议委员会认为需要停止执行",
    "applicant_reasonable": "申请人申请停止执行，州人社局认为其要求合理",
    "law": "法律规定停止执行",
    "none": "无上述情形",
}

REVIEW_DECIDE = check(
    "review.decide",
    "行政复议决定（种类、集体复议、停止执行）",
    "A reconsideration decision (kind, collective deliberation, suspension of execution)",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "decision": {
                "enum": REVIEW_DECISIONS,
                "description": "拟作决定 proposed decision: uphold 维持，perform "
                "责令履行，revoke 撤销，vary 变更，confirm_illegal 确认违法",
            },
            "defects": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": list(DEFECTS)},
                "description": "具体行政行为的瑕疵 defects of the act: "
                + "；".join(f"{k} {v}" for k, v in DEFECTS.items()),
            },
            "failure_to_perform": {
                "type": "boolean",
                "description": "被申请人不履行法定职责 the respondent failed a duty",
            },
            "respondent_replied": {
                "type": "boolean",
                "description": "被申请人按期书面答复并提交证据、依据 the respondent replied with evidence in time",
            },
            "committee_passed": {
                "type": "boolean",
                "description": "经州局行政复议委员会集体复议通过 passed by the committee collectively",
            },
            "suspend_execution": {"type": "boolean", "description": "拟停止执行具体行政行为 to suspend execution"},
            "suspension_ground": {
                "enum": list(SUSPENSION_GROUNDS),
                "description": "停止执行的情形 ground: " + "；".join(f"{k} {v}" for k, v in SUSPENSION_GROUNDS.items()),
            },
        },
    },
)


@rule(
    "review.decide.kind",
    check="review.decide",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:61:3.1", "经州局行政复议委员会集体复议通过后,作出行政复议决定"),
        ("wenshan-hrss:61:3.1.1", "决定维持"),
        ("wenshan-hrss:61:3.1.2", "决定其在一定期限内履行"),
        ("wenshan-hrss:61:3.1.3", "决定撤销、变更或者确认该具体行政行为违法"),
        ("wenshan-hrss:61:3.1.4", "视为该具体行政行为没有证据、依据,决定撤销该具体行政行为"),
    ],
    needs=("decision",),
)
def review_kind(facts: Any, ctx: RuleContext) -> Finding:
    """未按期答复→撤销；不履行法定职责→责令履行；有瑕疵→撤销/变更/确认违法；无瑕疵→维持；须委员会集体复议通过."""
    d = facts["decision"]
    defects = list(facts.get("defects", []))
    if facts.get("respondent_replied") is False:
        allowed, why, cite = (
            {"revoke"},
            "被申请人未按规定提出书面答复、提交证据依据，视为没有证据、依据",
            "wenshan-hrss:61:3.1.4",
        )
    elif facts.get("failure_to_perform"):
        allowed, why, cite = {"perform"}, "被申请人不履行法定职责", "wenshan-hrss:61:3.1.2"
    elif defects:
        allowed = {"revoke", "vary", "confirm_illegal"}
        why, cite = "具体行政行为" + "、".join(DEFECTS[x] for x in defects), "wenshan-hrss:61:3.1.3"
    else:
        allowed, why, cite = (
            {"uphold"},
            "认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当",
            "wenshan-hrss:61:3.1.1",
        )
    if d not in allowed:
        return ctx.finding(
            BLOCKED,
            f"{why}，应作出 {'/'.join(sorted(allowed))} 决定，不能作出 {d}",
            f"the facts call for {'/'.join(sorted(allowed))}, not {d}",
            trace=[f"拟作 {d} ∉ {sorted(allowed)}"],
            cites=[cite],
        )
    if not facts.get("committee_passed", False):
        return ctx.finding(
            NEEDS_APPROVAL,
            f"{why}，拟作 {d} 决定，须经州局行政复议委员会集体复议通过",
            f"decision {d} must be passed by the reconsideration committee",
            trace=[f"拟作 {d} ∈ {sorted(allowed)}"],
            approvers=["review_committee"],
            cites=[cite, "wenshan-hrss:61:3.1"],
        )
    return ctx.finding(
        ALLOWED,
        f"{why}，{d} 决定经委员会集体复议通过",
        f"decision {d} fits the facts and was passed by the committee",
        trace=[f"拟作 {d} ∈ {sorted(allowed)}，集体复议通过"],
        cites=[cite, "wenshan-hrss:61:3.1"],
    )


@rule(
    "review.decide.execution",
    check="review.decide",
    agencies=[WS],
    cites=[("wenshan-hrss:61:2.3", "行政复议期间具体行政行为不停止执行")],
    needs=("suspend_execution",),
)
def review_execution(facts: Any, ctx: RuleContext) -> Finding:
    """复议期间不停止执行，除非有四种情形之一."""
    ground = facts.get("suspension_ground", "none")
    if not facts["suspend_execution"]:
        return ctx.finding(
            ALLOWED,
            "复议期间具体行政行为不停止执行",
            "execution continues during the review",
            trace=["停止执行=否"],
        )
    if ground == "none":
        return ctx.finding(
            BLOCKED,
            "复议期间具体行政行为不停止执行，无法定停止执行情形",
            "execution continues: no ground to suspend it",
            trace=["停止执行=是，情形=无"],
        )
    return ctx.finding(
        ALLOWED,
        f"可以停止执行：{SUSPENSION_GROUNDS[ground]}",
        f"execution may be suspended ({ground})",
        trace=[f"情形 {ground}"],
    )


# ================================================================================================ proposal.*

PROPOSAL_TRANSFER = check(
    "proposal.transfer",
    "建议提案不属本部门职责的转办期限",
    "Returning an NPC/CPPCC item outside the bureau's duties for transfer",
    {
        "type": "object",
        "required": ["assigned_on"],
        "additionalProperties": False,
        "properties": {
            "assigned_on": {**DATE, "description": "交办之日 the day the item was assigned"},
            "done_on": {
                **DATE,
                "description": "说明理由并提出转办建议之日 the day reasons and a transfer proposal went",
            },
            "today": {**DATE, "description": "查询日 today"},
        },
    },
)


@rule(
    "proposal.transfer",
    check="proposal.transfer",
    agencies=[WS],
    cites=[("wenshan-hrss:13:4.7", "交政策法规科,由政策法规科退回交办单位转办")],
)
def proposal_transfer(facts: Any, ctx: RuleContext) -> Finding:
    """不属于本部门职责范围的建议提案，自交办之日起 5 个工作日内说明理由、提出转办建议，交政策法规科退回转办."""
    start = dt.date.fromisoformat(facts["assigned_on"])
    done, today = date_of(facts, "done_on"), date_of(facts, "today")
    not_before(done, start, "done_on")
    not_before(today, start, "today")
    dl, cite = period_deadline(ctx, "proposal.transfer.limit", start, "转办建议期限", "transfer proposal due")
    return judge(ctx, "说明理由并提出转办建议", "reasons and transfer proposal", dl, done, today, BLOCKED, [cite])


PROPOSAL_REPLY = check(
    "proposal.reply",
    "建议提案答复（满意度、签发、寄送、抄送、时限）",
    "Replying to an NPC suggestion or CPPCC proposal (satisfaction, sign-off, mailing, copies, timing)",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": ["npc_suggestion", "cppcc_proposal"], "description": "人大代表建议/政协委员提案 kind"},
            "signers": {
                "type": "integer",
                "minimum": 1,
                "maximum": 500,
                "description": "联名代表（提案人）人数 number of (co-)signers",
            },
            "mailed_to": {
                "type": "integer",
                "minimum": 0,
                "maximum": 500,
                "description": "寄送答复件的代表（提案人）人数 signers the reply is mailed to",
            },
            "cc_copies": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "description": "抄送州人大联工委（州政协提案委）和州政府办公室各几份 copies to each oversight body",
            },
            "satisfied": {"type": "boolean", "description": "代表、委员确认满意 the deputy/member is satisfied"},
            "repeated_efforts": {
                "type": "boolean",
                "description": "因政策等客观因素难以解决，经反复做工作仍不满意 unresolved after repeated efforts",
            },
            "key_item": {"type": "boolean", "description": "重点建议提案或党派团体提案 a key or party/group item"},
            "met_in_person": {"type": "boolean", "description": "已面商座谈、现场办理 met face to face"},
            "signed_off": {
                "type": "boolean",
                "description": "已由办理领导小组组长或其委托人审定签发 signed off by the group leader or delegate",
            },
            "sealed": {"type": "boolean", "description": "答复函加盖单位公章 the reply bears the official seal"},
            "category": {"enum": ["A", "B", "C", "D", "none"], "description": "右上角办理结果标注 result mark"},
            "due_on": {**DATE, "description": "规定的答复期限 the set reply deadline"},
            "replied_on": {**DATE, "description": "正式答复之日 the day of the formal reply"},
            "interim_reply_on": {**DATE, "description": "简要答复（说明原因）之日 the day of an interim reply"},
        },
    },
)


@rule(
    "proposal.reply.distribution",
    check="proposal.reply",
    agencies=[WS],
    cites=[("wenshan-hrss:30:2.4.3", "应将答复件寄送联名的每一位代表")],
    params=["proposal.reply.cppcc_recipients"],
    needs=("mailed_to",),
)
def proposal_distribution(facts: Any, ctx: RuleContext) -> Finding:
    """人大代表联名建议寄送每一位联名代表；政协委员联名提案寄送前 3 位提案人."""
    signers = int(facts.get("signers", 1))
    sent = int(facts["mailed_to"])
    if sent > signers:
        raise BadInput("寄送人数多于联名人数", "mailed_to exceeds signers", "mailed_to")
    if facts["kind"] == "npc_suggestion":
        need, why = signers, "联名的每一位代表"
    else:
        first: int = ctx.param("proposal.reply.cppcc_recipients")
        need, why = min(first, signers), f"前{first}位提案人"
    if sent < need:
        return ctx.finding(
            BLOCKED,
            f"答复件应寄送{why}（{need} 人），只寄送 {sent} 人",
            f"the reply must go to {need} signers, sent to {sent}",
            trace=[f"寄送 {sent} < 应寄送 {need}（联名 {signers}）"],
            extra=[ctx.param_cited("proposal.reply.cppcc_recipients")] if facts["kind"] != "npc_suggestion" else [],
        )
    return ctx.finding(
        ALLOWED,
        f"答复件寄送 {sent} 人，满足寄送{why}（{need} 人）",
        f"the reply goes to {sent} of the {need} required",
        trace=[f"寄送 {sent} ≥ 应寄送 {need}（联名 {signers}）"],
        extra=[ctx.param_cited("proposal.reply.cppcc_recipients")] if facts["kind"] != "npc_suggestion" else [],
    )


@rule(
    "proposal.reply.copies",
    check="proposal.reply",
    agencies=[WS],
    cites=[("wenshan-hrss:30:2.4.4", "州政府办公室各2份")],
    needs=("cc_copies",),
)
def proposal_copies(facts: Any, ctx: RuleContext) -> Finding:
    """答复件抄送州人大联工委或州政协提案委和州政府办公室各 2 份."""
    n = int(facts["cc_copies"])
    need: int = ctx.param("proposal.reply.copies.each")
    if n < need:
        return ctx.finding(
            BLOCKED,
            f"抄送各 {n} 份，少于各 {need} 份",
            f"{n} copies to each oversight body, fewer than {need}",
            trace=[f"抄送 {n} < {need}"],
        )
    return ctx.finding(
        ALLOWED,
        f"抄送各 {n} 份（应各 {need} 份）",
        f"{n} copies each (need {need})",
        trace=[f"抄送 {n} ≥ {need}"],
    )


@rule(
    "proposal.reply.satisfaction",
    check="proposal.reply",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:30:2.3.1", "退回相应的承办科室,责令其重新办理,直到代表、委员满意为止"),
        ("wenshan-hrss:30:3.5", "经反复做工作,代表、委员仍表示不满意"),
        ("wenshan-hrss:30:2.3.3", "由局办理领导小组组长或其委托人审定签发"),
    ],
    needs=("satisfied",),
)
def proposal_satisfaction(facts: Any, ctx: RuleContext) -> Finding:
    """不满意的退回重办直到满意；因客观因素反复做工作仍不满意的，如实向州人大联工委等反映；满意的答复函由组长或
    委托人签发."""
    if not facts["satisfied"]:
        if facts.get("repeated_efforts"):
            return ctx.finding(
                WARNING,
                "因政策等客观因素难以解决，经反复做工作仍不满意：如实向州人大联工委、州政府办公室、州政协提案委反映",
                "unresolved after repeated efforts: report it to the NPC liaison committee, government office and "
                "CPPCC committee",
                trace=["满意=否，反复做工作=是"],
                cites=["wenshan-hrss:30:3.5"],
            )
        return ctx.finding(
            BLOCKED,
            "代表、委员不满意：退回承办科室重新办理，直到满意为止",
            "the deputy is not satisfied: the section must redo it",
            trace=["满意=否"],
            cites=["wenshan-hrss:30:2.3.1"],
        )
    if not facts.get("signed_off", False):
        return ctx.finding(
            NEEDS_APPROVAL,
            "答复函须送相关承办科室会签，由办理领导小组组长（党组书记、局长）或其委托人审定签发",
            "the reply is countersigned and signed off by the leading group's head or a delegate",
            trace=["满意=是，签发=否"],
            approvers=["chief"],
            cites=["wenshan-hrss:30:2.3.3"],
        )
    return ctx.finding(
        ALLOWED,
        "代表、委员满意，答复函已审定签发",
        "satisfied and signed off",
        trace=["满意=是，签发=是"],
        cites=["wenshan-hrss:30:2.3.3"],
    )


@rule(
    "proposal.reply.form",
    check="proposal.reply",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:30:2.4.1", "加盖单位公章"),
        ("wenshan-hrss:30:2.4.2", "办理结果应在答复函的右上角分4类标明"),
        ("wenshan-hrss:30:3.3", "对于重点建议提案和党派团体提案,必须面商座谈,现场办理"),
    ],
    needs=("sealed", "category", "key_item"),
)
def proposal_form(facts: Any, ctx: RuleContext) -> Finding:
    """答复函加盖公章、右上角标 A/B/C/D；重点建议提案和党派团体提案必须面商座谈."""
    problems: list[tuple[str, str, str]] = []
    if facts.get("sealed") is False:
        problems.append(("答复函未加盖单位公章", "no official seal", "wenshan-hrss:30:2.4.1"))
    if facts.get("category") == "none":
        problems.append(("答复函右上角未标明A/B/C/D办理结果", "no A/B/C/D mark", "wenshan-hrss:30:2.4.2"))
    if facts.get("key_item") and not facts.get("met_in_person", False):
        problems.append(
            ("重点建议提案或党派团体提案未面商座谈、现场办理", "key item not met in person", "wenshan-hrss:30:3.3")
        )
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(p[0] for p in problems),
            "; ".join(p[1] for p in problems),
            trace=[p[0] for p in problems],
            cites=sorted({p[2] for p in problems}),
        )
    return ctx.finding(
        ALLOWED,
        f"答复函格式符合要求（标注 {facts.get('category', '—')}）",
        "the reply is in form",
        trace=[
            f"公章={facts.get('sealed', '—')}，标注={facts.get('category', '—')}，重点={facts.get('key_item', False)}"
        ],
    )


@rule(
    "proposal.reply.timing",
    check="proposal.reply",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:30:2.4", "局办理领导小组办公室必须在规定时间内将办理结果直接答复人大代表或政协委员"),
        ("wenshan-hrss:30:2.4", "应先作简要答复,说明原因,办理完毕后再作正式答复"),
    ],
    needs=("due_on",),
)
def proposal_timing(facts: Any, ctx: RuleContext) -> Finding:
    """在规定时间内答复；不能办理完毕的先在规定时间内作简要答复说明原因."""
    due = dt.date.fromisoformat(facts["due_on"])
    dl = Deadline(
        due, "建议提案答复期限", "reply due", ctx.calendar.year_status(due.year).provisional, ("交办时规定的答复期限",)
    )
    replied, interim = date_of(facts, "replied_on"), date_of(facts, "interim_reply_on")
    if replied is not None and replied <= due:
        return judge(ctx, "正式答复", "formal reply", dl, replied, None, BLOCKED, [])
    if interim is not None and interim <= due:
        return ctx.finding(
            WARNING,
            f"已于 {iso(interim)} 在期限内作简要答复并说明原因，办理完毕后须再作正式答复",
            "an interim reply was given in time; the formal reply follows when done",
            trace=[f"简要答复 {iso(interim)} ≤ 期限 {iso(due)}"],
            deadlines=[dl],
        )
    if replied is None and interim is None:
        return judge(ctx, "答复", "reply", dl, None, None, BLOCKED, [])
    late = replied or interim
    assert late is not None
    return judge(ctx, "答复", "reply", dl, late, None, BLOCKED, [])


# ================================================================================================ inquiry.*

WS_MATTERS = {
    "on_spot": ("能当场办理的", "handled"),
    "not_on_spot": ("不能当场办理的", "explained"),
    "other_section": ("属于本单位其他科室职责范围的", "referred"),
    "important": ("涉及重要事务的", "reported_to_leader"),
    "outside_unit": ("不属于本单位职责范围的", "explained"),
}
ACTIONS = {
    "handled": "当场办理",
    "explained": "说明情况/解释",
    "referred": "主动引荐到相关科室并告知科室、地点、电话",
    "reported_to_leader": "立即向分管领导汇报",
    "answered": "认真回答",
    "declined": "推脱、未处理",
}
EXCUSES = ["dont_know", "not_clear", "not_my_business", "busy"]

INQUIRY = check(
    "inquiry.first_contact",
    "首问责任（登记、处理方式、接听电话、推脱）",
    "First-contact responsibility (register, handling, phone, excuses)",
    {
        "type": "object",
        "required": ["channel"],
        "additionalProperties": False,
        "properties": {
            "channel": {"enum": ["visit", "phone", "letter"], "description": "来访/来电/来函 channel"},
            "matter": {
                "enum": [*WS_MATTERS, "own_duty"],
                "description": "事项：on_spot 能当场办理，not_on_spot "
                "不能当场办理，other_section 其他科室职责，important "
                "重要事务，outside_unit 非本单位职责，own_duty 本人职责范围内（区局） the kind of matter",
            },
            "action": {
                "enum": list(ACTIONS),
                "description": "首问责任人的处理 action taken: " + "；".join(f"{k} {v}" for k, v in ACTIONS.items()),
            },
            "registered": {
                "type": "boolean",
                "description": "已登记姓名、单位、来访时间、事项、办理结果 "
                "registered (name, unit, time, matter, result)",
            },
            "rings": {"type": "integer", "minimum": 1, "maximum": 100, "description": "接听前铃响声数 rings"},
            "excuses": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": EXCUSES},
                "description": "使用的推脱语：不知道、不清楚、不归我管、我还有事 excuses used",
            },
            "referral_details": {
                "type": "boolean",
                "description": "已告知应去（应问）的科室、地点及电话 told the section, place and phone",
            },
            "explanations": {
                "type": "integer",
                "minimum": 0,
                "maximum": 50,
                "description": "对不符合规定或缺少手续的，讲明原因的次数 times the reasons had to be explained",
            },
        },
    },
)


@rule(
    "inquiry.first_contact.wenshan",
    check="inquiry.first_contact",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:17:3", "首问责任人对群众的来信、来访和咨询实行登记制度"),
        ("wenshan-hrss:17:4", "能当场办理的应当场办理;不能当场办理的应说明情况"),
        ("wenshan-hrss:17:4", "涉及重要事务的,须立即向分管领导汇报"),
    ],
)
def first_contact_wenshan(facts: Any, ctx: RuleContext) -> Finding:
    """登记后按事项处理：当场办理 / 说明情况 / 引荐 / 立即向分管领导汇报 / 耐心解释."""
    if facts.get("registered") is False:
        return ctx.finding(
            BLOCKED,
            "首问责任人未登记来访人员姓名、单位、来访时间、咨询或办理事项、办理结果",
            "the first-contact person did not register the contact",
            trace=["登记=否"],
            cites=["wenshan-hrss:17:3"],
        )
    matter, action = facts.get("matter"), facts.get("action")
    if matter is None or action is None:
        return ctx.finding(
            ALLOWED, "已登记（未给出事项和处理）", "registered", trace=["登记=是"], cites=["wenshan-hrss:17:3"]
        )
    if matter not in WS_MATTERS:
        raise BadInput("文山首问事项类别无 own_duty", "matter own_duty is not used by wenshan-hrss", "matter")
    label, expected = WS_MATTERS[matter]
    ok = action == expected or (matter == "not_on_spot" and action == "handled")
    if not ok:
        return ctx.finding(
            BLOCKED,
            f"{label}，应{ACTIONS[expected]}，实际{ACTIONS[action]}",
            f"{matter}: the first-contact person must {expected}, not {action}",
            trace=[f"事项 {matter}，处理 {action} ≠ {expected}"],
            cites=["wenshan-hrss:17:4"],
        )
    if matter == "important":
        return ctx.finding(
            NEEDS_APPROVAL,
            "涉及重要事务，已立即向分管领导汇报，由分管领导及时作出妥善处理",
            "an important matter: the deputy in charge decides how to handle it",
            trace=["事项 important，已汇报"],
            approvers=["deputy_in_charge"],
            cites=["wenshan-hrss:17:4"],
        )
    return ctx.finding(
        ALLOWED,
        f"{label}，已{ACTIONS[action]}",
        f"{matter}: {action}",
        trace=[f"事项 {matter}，处理 {action}"],
        cites=["wenshan-hrss:17:4"],
    )


@rule(
    "inquiry.first_contact.district",
    check="inquiry.first_contact",
    agencies=[DB],
    cites=[
        ("district-bureau:48:2", "凡属职责范围内的,要认真回答"),
        ("district-bureau:48:2", "告知要去的科室、地点及电话"),
        ("district-bureau:48:3.4", "推脱首问责任或敷衍问讯者"),
        ("district-bureau:48:3.3", "要一次性对其讲明原因"),
    ],
)
def first_contact_district(facts: Any, ctx: RuleContext) -> Finding:
    """职责内认真回答；职责外或不清楚的，来访者主动联系并告知科室、地点及电话，来电者告知应问的部门、地点及电话；
    不得以“不知道”等推脱；不符合规定或缺手续的一次性讲明原因."""
    problems: list[tuple[str, str, str]] = []
    if facts.get("excuses"):
        problems.append(
            (
                "以“不知道”“不清楚”“不归我管”“我还有事”等为由推脱首问责任",
                "used a forbidden excuse",
                "district-bureau:48:3.4",
            )
        )
    matter, action = facts.get("matter"), facts.get("action")
    if matter in ("other_section", "outside_unit", "not_on_spot"):
        if facts.get("referral_details") is not True:
            problems.append(
                (
                    "不属于自己职责或不清楚的，未告知应去（应问）的科室、地点及电话",
                    "did not tell the section, place and phone",
                    "district-bureau:48:2",
                )
            )
    elif matter is not None and action == "declined":
        problems.append(("职责范围内的问讯未认真回答", "did not answer a matter within duty", "district-bureau:48:2"))
    if int(facts.get("explanations", 1)) > 1:
        problems.append(
            (
                "对不符合政策规定或缺少手续的，未一次性讲明原因",
                "reasons not given all at once",
                "district-bureau:48:3.3",
            )
        )
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(p[0] for p in problems),
            "; ".join(p[1] for p in problems),
            trace=[p[0] for p in problems],
            cites=sorted({p[2] for p in problems}),
        )
    return ctx.finding(
        ALLOWED,
        "首问责任履行到位",
        "first-contact duty met",
        trace=[f"事项 {matter or '—'}，处理 {action or '—'}"],
        cites=["district-bureau:48:2"],
    )


@rule(
    "inquiry.first_contact.rings",
    check="inquiry.first_contact",
    agencies=[DB],
    cites=[("district-bureau:48:3.2", "铃响不得超过三声")],
    needs=("rings",),
)
def first_contact_rings(facts: Any, ctx: RuleContext) -> Finding:
    """接听电话铃响不得超过三声（第三声内接听符合）."""
    n = int(facts["rings"])
    cap: int = ctx.param("inquiry.first_contact.rings.max")
    if n > cap:
        return ctx.finding(
            BLOCKED,
            f"铃响 {n} 声才接听，超过 {cap} 声",
            f"answered after {n} rings, more than {cap}",
            trace=[f"铃响 {n} > {cap}"],
        )
    return ctx.finding(ALLOWED, f"铃响 {n} 声内接听", f"answered within {n} rings", trace=[f"铃响 {n} ≤ {cap}"])


INQUIRY_VIOLATION = check(
    "inquiry.violation",
    "违反首问责任的处理",
    "Handling a breach of first-contact responsibility",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "severity": {
                "enum": ["none", "minor", "serious", "grave"],
                "description": (
                    "情节：none 经查未违反，minor 情节轻微影响较小，"
                    "serious 情节较重有损机关形象，grave 严重损害造成恶劣影响"
                ),
            },
            "complaint_verified": {"type": "boolean", "description": "服务对象投诉经调查属实 complaint verified"},
            "found_by_leader": {"type": "boolean", "description": "被领导检查发现 found in a leader's inspection"},
        },
    },
)

WS_SANCTIONS = {
    "minor": ("在机关内部给予批评教育", "internal criticism and education"),
    "serious": ("在系统通报批评并取消当年评优评先资格", "system-wide criticism and loss of this year's awards"),
    "grave": ("按照有关规定给予党纪、政纪处理", "party or government discipline"),
}


@rule(
    "inquiry.violation.wenshan",
    check="inquiry.violation",
    agencies=[WS],
    cites=[("wenshan-hrss:17:6", "在系统通报批评并取消当年评优评先资格")],
    needs=("severity",),
)
def violation_wenshan(facts: Any, ctx: RuleContext) -> Finding:
    """违反首问责任制度：轻微→内部批评教育；较重→系统通报批评并取消当年评优评先；严重→党纪政纪处理."""
    s = facts["severity"]
    if s == "none":
        return ctx.finding(ALLOWED, "经查未违反首问责任制度，不予处理", "no breach found", trace=["情节 none"])
    zh, en = WS_SANCTIONS[s]
    return ctx.finding(
        BLOCKED,
        f"违反首问责任制度（{s}）：{zh}",
        f"breach of first-contact duty ({s}): {en}",
        trace=[f"情节 {s} → {zh}"],
    )


@rule(
    "inquiry.violation.district",
    check="inquiry.violation",
    agencies=[DB],
    cites=[("district-bureau:48:4", "受到服务对象投诉、经调查情况属实的和被领导检查发现的")],
    needs=("complaint_verified", "found_by_leader"),
)
def violation_district(facts: Any, ctx: RuleContext) -> Finding:
    """投诉经调查属实或被领导检查发现的，视情节轻重按区相关规定严肃处理；投诉未查实的不处理."""
    if facts.get("complaint_verified") or facts.get("found_by_leader"):
        return ctx.finding(
            BLOCKED,
            "违反首问责任制规定（投诉查实或领导检查发现），视情节轻重按照区相关规定予以严肃处理",
            "breach verified: handled seriously under the district's rules",
            trace=[
                f"投诉属实={facts.get('complaint_verified', False)}，领导发现={facts.get('found_by_leader', False)}"
            ],
        )
    return ctx.finding(
        ALLOWED,
        "投诉未经调查属实，也非领导检查发现，不予处理",
        "not verified: no sanction",
        trace=["投诉属实=否，领导发现=否"],
    )


VISITOR = check(
    "inquiry.visitor",
    "外来人员来访的报告与引见",
    "Announcing and introducing outside visitors",
    {
        "type": "object",
        "required": ["visitor", "wants"],
        "additionalProperties": False,
        "properties": {
            "visitor": {
                "enum": ["county_principal", "appointment", "outside_announced", "outside_unannounced", "other"],
                "description": "来访者：county_principal 县（"
                "市）局、直属单位、经办机构主要领导，appointment 事先有预约，"
                "outside_announced 事先联系的上级或外地来访，outside_unannounced 未联系直接到访，other 其他",
            },
            "wants": {"enum": ["chief", "other_leader"], "description": "找局长/其他局领导 whom the visitor wants"},
            "office_informed": {"type": "boolean", "description": "已告知办公室 the office was informed"},
            "visitor_recorded": {
                "type": "boolean",
                "description": "已问清记住姓名、单位、职务、身份、找何人、联系何事 details recorded",
            },
        },
    },
)


@rule(
    "inquiry.visitor",
    check="inquiry.visitor",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:62:1.1", "由办公室人员及时向局长报告"),
        ("wenshan-hrss:62:1.3.1", "可直接引见"),
        ("wenshan-hrss:62:1.3.2", "与局领导事先有预约的,可直接引见"),
        ("wenshan-hrss:62:1.4.1", "由办公室统一报告局领导"),
        ("wenshan-hrss:62:1.4.2", "由办公室请示分管领导,按照领导意见再作安排"),
    ],
)
def visitor(facts: Any, ctx: RuleContext) -> Finding:
    """县（市）局等主要领导、有预约的可直接引见；找局长的由办公室报告局长，找其他局领导的由相关科室汇报；
    上级和外地来访经办公室报告局领导；未联系直接到访的问清情况告知办公室，请示分管领导."""
    v, wants = facts["visitor"], facts["wants"]
    if v in ("county_principal", "appointment"):
        return ctx.finding(
            ALLOWED,
            "可直接引见",
            "may be introduced directly",
            trace=[f"来访者 {v}"],
            cites=["wenshan-hrss:62:1.3.1" if v == "county_principal" else "wenshan-hrss:62:1.3.2"],
        )
    if v in ("outside_announced", "outside_unannounced"):
        if facts.get("office_informed") is False:
            return ctx.finding(
                BLOCKED,
                "外单位来访须及时告知办公室",
                "the office must be informed of outside visitors",
                trace=["告知办公室=否"],
                cites=["wenshan-hrss:62:1.4.1"],
            )
        if v == "outside_unannounced":
            if facts.get("visitor_recorded") is False:
                return ctx.finding(
                    BLOCKED,
                    "未联系直接到访的，须问清记住来访者姓名、单位、职务、身份、找何人、联系何事",
                    "record who the unannounced visitor is and what for",
                    trace=["记录=否"],
                    cites=["wenshan-hrss:62:1.4.2"],
                )
            return ctx.finding(
                NEEDS_APPROVAL,
                "由办公室请示分管领导，按照领导意见再作安排",
                "the office asks the deputy in charge",
                trace=["未预约外来来访"],
                approvers=["deputy_in_charge"],
                cites=["wenshan-hrss:62:1.4.2"],
            )
        return ctx.finding(
            NEEDS_APPROVAL,
            "由办公室统一报告局领导，原则上由对口科室参与接待",
            "the office reports to the bureau leaders",
            trace=["事先联系的外来来访"],
            approvers=["bureau_leader"],
            cites=["wenshan-hrss:62:1.4.1"],
        )
    if wants == "chief":
        return ctx.finding(
            NEEDS_APPROVAL,
            "由办公室人员及时向局长报告，局长同意接见后引见",
            "the office announces the visitor to the director",
            trace=["找局长"],
            approvers=["chief"],
            cites=["wenshan-hrss:62:1.1"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "由相关科室及时向局领导汇报，局领导同意接见后引见",
        "the section announces the visitor to the leader",
        trace=["找其他局领导"],
        approvers=["bureau_leader"],
        cites=["wenshan-hrss:62:1.1"],
    )


# ================================================================================================ accountability.*

ACC_STEPS: dict[str, tuple[str, str]] = {
    "investigation": ("调查组完成调查（自启动问责、组成调查组之日）", "investigation"),
    "delivery": ("送达问责决定书（自作出决定之日）", "delivering the decision"),
    "appeal": ("被问责人提出申诉（自收到决定之日）", "appeal by the person held accountable"),
    "appeal_decision": ("局党组作出复议复查决定（自收到申诉之日）", "deciding the appeal"),
}

ACC_DEADLINE = check(
    "accountability.deadline",
    "行政问责期限（调查、送达、申诉、复查）",
    "Administrative accountability periods (investigation, delivery, appeal, appeal decision)",
    step_schema(
        ACC_STEPS,
        {
            "complex": {"type": "boolean", "description": "情况复杂需延长调查 a complex case needing more time"},
            "extension_approved": {"type": "boolean", "description": "延长已经批准 the extension was approved"},
        },
    ),
)


@rule(
    "accountability.deadline",
    check="accountability.deadline",
    agencies=[WS],
    cites=[],
    params=["accountability.deadline.investigation.extension"],
    needs=("step",),
)
def accountability_deadline(facts: Any, ctx: RuleContext) -> list[Finding]:
    """调查 30 个工作日（情况复杂经批准延长 15 个工作日）、送达 10 个工作日、申诉 15 个工作日、复查决定 30 个工作日."""
    step = facts["step"]
    complex_ = bool(facts.get("complex", False))
    if complex_ and step != "investigation":
        raise BadInput("只有调查期限可以延长", "only the investigation period may be extended", "complex")
    start = dt.date.fromisoformat(facts["start_on"])
    done, today = date_of(facts, "done_on"), date_of(facts, "today")
    not_before(done, start, "done_on")
    not_before(today, start, "today")
    zh, en = ACC_STEPS[step]
    xname = "accountability.deadline.investigation.extension"
    more: int = ctx.param(xname) if complex_ else 0
    dl, cite = period_deadline(
        ctx,
        f"accountability.deadline.{step}",
        start,
        f"{zh}期限",
        f"{en} deadline",
        extension_days=more,
        extension_unit="working_days",
    )
    cites = [cite]
    out: list[Finding] = []
    trace: list[str] = []
    if complex_:
        cites.append(ctx.param_cited(xname))
        trace.append(f"情况复杂，延长 {more} 个工作日")
        if not facts.get("extension_approved", False):
            out.append(
                ctx.finding(
                    NEEDS_APPROVAL,
                    f"情况复杂延长调查 {more} 个工作日，须经批准（局党组）",
                    f"extending the investigation by {more} working days needs approval (party group)",
                    trace=["延长未经批准"],
                    approvers=["party_group_meeting"],
                    extra=[ctx.param_cited(xname)],
                )
            )
    out.insert(0, judge(ctx, zh, en, dl, done, today, BLOCKED, cites, trace))
    return out


TRIGGERS = [f"t{i}" for i in range(1, 18)]
SANCTIONS = {
    "admonition_talk": "诫勉谈话",
    "lose_awards": "取消当年评优评先资格",
    "written_self_criticism": "责令作出书面检查",
    "public_apology": "责令公开道歉",
    "circulated_criticism": "通报批评",
    "reassignment": "调整工作岗位",
    "suspension": "停职检查",
    "advised_resignation": "劝其引咎辞职",
    "ordered_resignation": "责令辞职",
    "removal": "免职",
}

ACC_DECIDE = check(
    "accountability.decide",
    "问责决定（问责情形、调查报告、情节与问责方式）",
    "An accountability decision (trigger, investigation report, severity and sanctions)",
    {
        "type": "object",
        "required": ["triggers"],
        "additionalProperties": False,
        "properties": {
            "triggers": {
                "type": "array",
                "uniqueItems": True,
                "maxItems": 17,
                "items": {"enum": TRIGGERS},
                "description": "《行政问责办法》第（一）项所列情形的序号 t1–t17（空表示无） the triggers present",
            },
            "report_parts": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": ["facts", "conclusion", "recommendation"]},
                "description": "调查报告包含：具体事实、基本结论、问责建议 parts of the investigation report",
            },
            "severity": {
                "enum": ["minor", "serious", "grave"],
                "description": "情节：minor 轻微，serious 较严重，grave 特别严重 severity",
            },
            "sanctions": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": list(SANCTIONS)},
                "description": "拟采用的问责方式 sanctions: " + "；".join(f"{k} {v}" for k, v in SANCTIONS.items()),
            },
        },
    },
)


@rule(
    "accountability.decide",
    check="accountability.decide",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:51:1", "有下列17种情形之一的,应当问责"),
        ("wenshan-hrss:51:3", "调查报告包括问责情形的具体事实、基本结论和问责建议"),
        ("wenshan-hrss:51:3", "局党组根据情节轻重、损害后果和影响大小,研究作出问责决定"),
    ],
    params=[
        "accountability.decide.band.minor",
        "accountability.decide.band.serious",
        "accountability.decide.band.grave",
    ],
)
def accountability_decide(facts: Any, ctx: RuleContext) -> Finding:
    """17 种情形之一应当问责；调查报告须含事实、结论、建议；问责方式须属于情节对应的档次；由局党组研究作出决定."""
    triggers = facts["triggers"]
    if not triggers:
        return ctx.finding(
            BLOCKED,
            "不属于17种应当问责的情形，不启动问责",
            "none of the 17 triggers: no accountability",
            trace=["问责情形：无"],
            cites=["wenshan-hrss:51:1"],
        )
    parts = set(facts.get("report_parts", ["facts", "conclusion", "recommendation"]))
    missing = [p for p in ("facts", "conclusion", "recommendation") if p not in parts]
    if missing:
        return ctx.finding(
            BLOCKED,
            "调查报告缺少："
            + "、".join(
                {"facts": "具体事实", "conclusion": "基本结论", "recommendation": "问责建议"}[m] for m in missing
            ),
            "the investigation report lacks " + ", ".join(missing),
            trace=[f"报告缺 {missing}"],
            cites=["wenshan-hrss:51:3"],
        )
    sev, chosen = facts.get("severity"), facts.get("sanctions", [])
    if sev is not None and chosen:
        band: list[str] = ctx.param(f"accountability.decide.band.{sev}")
        wrong = [s for s in chosen if s not in band]
        if wrong:
            return ctx.finding(
                BLOCKED,
                f"情节 {sev} 应采用{'、'.join(SANCTIONS[s] for s in band)}，"
                f"不能采用{'、'.join(SANCTIONS[s] for s in wrong)}",
                f"severity {sev} allows {band}, not {wrong}",
                trace=[f"{wrong} ∉ {band}"],
                extra=[ctx.param_cited(f"accountability.decide.band.{sev}")],
            )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"属于应当问责情形（{', '.join(triggers)}），由局党组研究作出问责决定",
        "accountability applies; the party group decides",
        trace=[f"情形 {triggers}，情节 {sev or '—'}，方式 {chosen or '—'}"],
        approvers=["party_group_meeting"],
        extra=[ctx.param_cited(f"accountability.decide.band.{sev}")] if sev else [],
    )


ACC_APPEAL = check(
    "accountability.appeal",
    "问责申诉的复议复查决定",
    "Deciding an appeal against an accountability decision",
    {
        "type": "object",
        "required": ["facts_status", "outcome"],
        "additionalProperties": False,
        "properties": {
            "facts_status": {
                "enum": ["clear", "basically_clear", "unclear"],
                "description": "问责认定事实：clear 清楚且证据确凿，"
                "basically_clear 基本清楚，unclear 不清楚或证据不确凿",
            },
            "sanction_appropriate": {"type": "boolean", "description": "问责方式适当 the sanction was appropriate"},
            "outcome": {"enum": ["maintain", "change", "revoke"], "description": "拟作复查决定：维持/变更/撤销"},
            "execution_suspended": {
                "type": "boolean",
                "description": "申诉期间停止执行问责决定 the decision was suspended during the appeal",
            },
        },
    },
)


@rule(
    "accountability.appeal",
    check="accountability.appeal",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:51:4", "问责方式适当的,维持原决定"),
        ("wenshan-hrss:51:4", "但问责方式不当的,变更原决定"),
        ("wenshan-hrss:51:4", "撤销原决定,澄清事实、恢复名誉"),
        ("wenshan-hrss:51:4", "申诉期间问责决定不停止执行"),
    ],
)
def accountability_appeal(facts: Any, ctx: RuleContext) -> Finding:
    """事实清楚、证据确凿、方式适当→维持；事实基本清楚但方式不当→变更；事实不清、证据不确凿→撤销并恢复名誉；
    申诉期间不停止执行."""
    if facts.get("execution_suspended"):
        return ctx.finding(
            BLOCKED,
            "申诉期间问责决定不停止执行",
            "the decision is not suspended during the appeal",
            trace=["申诉期间停止执行=是"],
        )
    st, ok = facts["facts_status"], facts.get("sanction_appropriate", True)
    if st == "unclear":
        expected = "revoke"
    elif st == "clear" and ok:
        expected = "maintain"
    else:
        expected = "change"
    if facts["outcome"] != expected:
        return ctx.finding(
            BLOCKED,
            f"事实{st}、方式{'适当' if ok else '不当'}，应作出 {expected} 决定，不能作出 {facts['outcome']}",
            f"the appeal calls for {expected}, not {facts['outcome']}",
            trace=[f"{facts['outcome']} ≠ {expected}"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"复查决定 {expected} 符合规定，由局党组作出",
        f"{expected} fits; the party group decides",
        trace=[f"事实 {st}，方式适当={ok} → {expected}"],
        approvers=["party_group_meeting"],
    )
