"""Assessment: performance scoring, information-work quotas and scores, and poverty-programme assessments.

制度 implemented (catalog id → citation id):
- 文山 S001-78 第四十八条 《干部职工绩效考核奖惩办法》 (wenshan-hrss:52): weekly basic score, task and
  attendance points, scoring authority, the 60 % weight, staff away for less than half a year;
- 文山 S001-80 第五十条 《政务信息工作目标考核办法》 (wenshan-hrss:54): quotas, base/adoption/instruction
  points, deductions, disqualification, 5 yuan per point, 2-hour reporting, sign-off;
- 文山 S001-81 第五十一条 《信息公开宣传考核办法》 (wenshan-hrss:55): quotas (12 + 3 × headcount), column,
  forwarding and extra points with caps, deductions, two disqualification tiers, reward;
- 文山 S001-82 第五十二条 《服务满意度测评考核办法》 (wenshan-hrss:56): rating points, top-10 commendation;
- 区局 S002-57 《目标管理绩效考核办法》 (district-bureau:57): 70 + 3 × 10 score, deduction and bonus events,
  3:5:2 tiers, January target calendar, July adjustment;
- 区局 S002-33 《信息、调研工作管理办法》 (district-bureau:33): monthly/annual quota, sign-off;
- 白城 S003-07 《市直部门（单位）包保帮扶贫困村工作成效考核评价办法》 (baicheng-fupin:7): score, grades,
  use of results, satisfaction rules, the December/January schedule;
- 白城 S003-06 《“雨露计划”工作细则》 (baicheng-fupin:6): eligibility, 1,500 yuan per semester, payment gate,
  entry count.

Every score is computed exactly from the agency's parameters (no float): whole figures as ``int``, the
others (halves, a joint item's 1/n) as ``Fraction`` (see ``_q``); traces show each term.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..helpers import DATE, MONEY, described, enum, integer, iso, money, num, number, obj, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Deadline, Finding
from ..registry import RuleContext, check, rule

WS, DB, BC = "wenshan-hrss", "district-bureau", "baicheng-fupin"


def _bool(desc: str) -> dict[str, Any]:
    return {"type": "boolean", "description": desc}


Exact = int | Fraction
"""An exact figure: a whole one as ``int`` (added and compared natively, far cheaper than ``Fraction``),
any other as ``Fraction``. Mixed, they give the same values as ``Fraction`` throughout would, and ``num``
writes them alike (``Fraction(3)`` and ``3`` both as ``3``)."""


def _q(x: Any) -> Exact:
    """A figure from facts or parameters, exactly: an ``int`` when whole, else a ``Fraction`` (numbers go
    through ``str``: "0.5", "1/2" and floats by their shortest repr)."""
    if type(x) is int:
        return x
    f = x if isinstance(x, Fraction) else Fraction(x) if isinstance(x, int) else Fraction(str(x))
    return f.numerator if f.denominator == 1 else f


def _p(ctx: RuleContext, *name: str) -> Exact:
    """The parameter whose name is the parts ``name`` joined by dots (``_p(ctx, _DIS, "short")`` reads
    ``assessment.disclosure_score.short``), as an exact figure: converted once per context and remembered
    under the parts (a tuple led by a family name, no key of the registry's), so a score read term by term
    does not put the names together again verdict after verdict."""
    found: Exact | None = ctx.memo.get(name)
    if found is None:
        found = ctx.memo[name] = _q(ctx.param(".".join(name)))
    return found


def _d(facts: Any, key: str) -> dt.date | None:
    raw = facts.get(key)
    return dt.date.fromisoformat(raw) if raw else None


_n = num  # a figure as traces write it


# =========================================================================== 文山 第四十八条 绩效考核

check(
    "assessment.staff_week",
    "干部职工每周基本分记分（文山）",
    "Weekly basic score of a staff member (Wenshan)",
    obj(
        ["subject", "working_days_done"],
        {
            "subject": enum("被记分人：科室主要负责人、科室工作人员 whose score", ["section_head", "staff"]),
            "working_days_done": integer("完成岗位基本业务的工作日数 working days of basic work done", 0, 7),
            "substandard": integer("完成基本业务达不到要求次数 times basic work fell short", 0, 100),
            "complaints": integer("受到服务对象投诉次数 complaints by service recipients", 0, 100),
            "scored_on": described(DATE, "记分审批日期 date the score was entered and approved"),
            "approved_by": enum("已审批人：分管领导、主要领导 who approved the score", ["deputy_in_charge", "chief"]),
        },
    ),
)


@rule(
    "assessment.staff_week.basic_art48_5_1",
    check="assessment.staff_week",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:52:5.1", "完成岗位基本业务的,核定记分额度为每个工作日1分"),
        ("wenshan-hrss:52:4", "科室工作人员由科室主要负责人记分、分管领导审批"),
    ],
)
def staff_week_ws(facts: Any, ctx: RuleContext) -> list[Finding]:
    """文山 第四十八条(五)1：每个工作日 1 分，每周不超过 5 分；达不到要求一次扣 1 分，投诉一次扣 2 分；
    (四) 记分权限. Reading (``…cap_on_credit``): the weekly cap limits the credit before deductions."""
    pre = "assessment.staff_week.basic_art48_5_1"
    days = facts["working_days_done"]
    credit = days * _p(ctx, pre, "per_day")
    cap = _p(ctx, pre, "weekly_cap")
    sub = facts.get("substandard", 0) * _p(ctx, pre, "substandard")
    comp = facts.get("complaints", 0) * _p(ctx, pre, "complaint")
    if ctx.param(f"{pre}.cap_on_credit"):
        capped = min(credit, cap)
        score = capped - sub - comp
    else:
        capped = credit
        score = min(credit - sub - comp, cap)
    trace = [
        f"基本业务 {days} 日 × {_n(_p(ctx, pre, 'per_day'))} = {_n(credit)} 分，每周上限 {_n(cap)} → {_n(capped)}",
        f"扣分：达不到要求 {_n(sub)} + 投诉 {_n(comp)}",
        f"本周基本分 {_n(score)}",
    ]
    if facts["subject"] == "staff":
        approvers, who = ["deputy_in_charge"], "科室主要负责人记分、分管领导审批"
    else:
        approvers, who = ["chief"], "分管领导记分、主要领导审批"
    by = facts.get("approved_by")
    if by is None:
        first = ctx.finding(
            NEEDS_APPROVAL,
            f"本周基本分 {_n(score)} 分（{who}）",
            f"weekly basic score {_n(score)}; to be approved",
            trace=trace,
            approvers=approvers,
        )
    elif by in approvers:
        first = ctx.finding(
            ALLOWED,
            f"本周基本分 {_n(score)} 分，已按权限审批",
            f"weekly basic score {_n(score)}, approved",
            trace=trace,
        )
    else:
        first = ctx.finding(
            BLOCKED,
            f"审批越权：本周基本分应{who}",
            "approved by the wrong person for this scorer",
            trace=trace,
        )
    out = [first]
    scored = _d(facts, "scored_on")
    if scored is not None and scored.weekday() != 0:
        out.append(
            ctx.finding(
                WARNING,
                f"记分和审批应于每周一上午进行（{iso(scored)} 非周一）",
                "scores are entered and approved on Monday mornings",
                cites=("wenshan-hrss:52:5.1",),
            )
        )
    return out


_SP = "assessment.staff_points"
_SP_PARAMS = [
    f"{_SP}.assigned_max",
    f"{_SP}.assigned_poor",
    f"{_SP}.cooperation_max",
    f"{_SP}.cooperation_late",
    f"{_SP}.holiday_duty",
    f"{_SP}.weekend_overtime",
    f"{_SP}.excess_leave",
    f"{_SP}.late_early",
    f"{_SP}.absent_half_day",
    f"{_SP}.serious_complaint",
    f"{_SP}.annual_weight",
    f"{_SP}.away_months",
]

check(
    "assessment.staff_points",
    "干部职工绩效积分（交办、协作、考勤、加班、投诉）（文山）",
    "Staff performance points (tasks, cooperation, attendance, overtime, complaints) (Wenshan)",
    obj(
        [],
        {
            "basic_points": number("各周基本分合计 sum of the weekly basic scores", -10_000, 10_000),
            "assigned_values": {
                "type": "array",
                "items": {"type": "number", "minimum": 0, "maximum": 100},
                "maxItems": 1000,
                "description": "各项领导交办事项核定分值 value set for each assigned task",
            },
            "assigned_poor": integer("交办事项办理不力造成较大负面影响次数 assigned tasks badly handled", 0, 1000),
            "cooperation_values": {
                "type": "array",
                "items": {"type": "number", "minimum": 0, "maximum": 100},
                "maxItems": 1000,
                "description": "各项协作配合事项核定分值 value set for each cooperation task",
            },
            "cooperation_late": integer("协作配合超时或造成较大负面影响次数 cooperation tasks late", 0, 1000),
            "holiday_duty_days": integer("节假日领导安排加班或值班天数 holiday duty days", 0, 366),
            "weekend_overtime_days": integer("平常周末加班天数 weekend overtime days", 0, 366),
            "paid_task_days": integer("有劳务报酬的考务等工作天数（不记分） paid task days (not scored)", 0, 366),
            "excess_personal_leave_days": integer(
                "事假超过法定公休假时限的天数 personal-leave days over the limit", 0, 366
            ),
            "late_or_early": integer("迟到或早退次数 times late or early", 0, 1000),
            "absent_half_days": integer("无故缺勤半天数 half-days of unexcused absence", 0, 1000),
            "serious_complaints": integer("服务对象投诉造成较大负面影响次数 complaints with major impact", 0, 1000),
            "performance_composite": number("绩效考核综合分数（百分制） performance composite score", 0, 100),
            "away_from": described(DATE, "外出挂职锻炼或学习培训开始日 away on secondment/training from"),
            "away_to": described(DATE, "外出结束日（含） away until (inclusive)"),
        },
    ),
)


@rule(
    "assessment.staff_points.total_art48_5",
    check="assessment.staff_points",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:52:5.2.1", "领导交办一项事项核定分值不能超过2分"),
        ("wenshan-hrss:52:5.2.2", "协作配合按时完成一项工作核定分值不能超过1分"),
        ("wenshan-hrss:52:5.2.3", "节假日领导安排加班或值班每天加2分,平常周末加班每天加1分"),
        ("wenshan-hrss:52:5.3", "有服务对象投诉造成较大负面影响的一次扣2分"),
        ("wenshan-hrss:52:6.2", "有一定劳务报酬的,不作加分事项,即便周末也不再记分"),
    ],
    params=_SP_PARAMS,
)
def staff_points_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第四十八条(五)2、3，(六)2，(七)2：交办 ≤2 分/项（不力扣 1 分）；协作 ≤1 分/项（超时扣 0.5 分）；
    节假日加班/值班 +2/天，周末 +1/天；事假超限 −1/天，迟到早退 −0.5/次，无故缺勤 −1/半天；投诉 −2/次；
    有劳务报酬的不记分. A value above its cap is refused (核定分值不能超过)."""
    amax, cmax = _p(ctx, _SP, "assigned_max"), _p(ctx, _SP, "cooperation_max")
    assigned = [_q(v) for v in facts.get("assigned_values", [])]
    coop = [_q(v) for v in facts.get("cooperation_values", [])]
    over = [v for v in assigned if v > amax]
    cover = [v for v in coop if v > cmax]
    if over or cover:
        bits = []
        if over:
            bits.append(f"交办事项核定分值 {', '.join(_n(v) for v in over)} 超过每项 {_n(amax)} 分")
        if cover:
            bits.append(f"协作配合核定分值 {', '.join(_n(v) for v in cover)} 超过每项 {_n(cmax)} 分")
        return ctx.finding(BLOCKED, "；".join(bits), "a task value exceeds its cap", trace=bits)
    terms: list[tuple[str, Exact]] = [
        ("基本分", _q(facts.get("basic_points", 0))),
        ("交办", sum(assigned, 0)),
        ("交办不力", -facts.get("assigned_poor", 0) * _p(ctx, _SP, "assigned_poor")),
        ("协作", sum(coop, 0)),
        ("协作超时", -facts.get("cooperation_late", 0) * _p(ctx, _SP, "cooperation_late")),
        ("节假日加班值班", facts.get("holiday_duty_days", 0) * _p(ctx, _SP, "holiday_duty")),
        ("周末加班", facts.get("weekend_overtime_days", 0) * _p(ctx, _SP, "weekend_overtime")),
        ("事假超限", -facts.get("excess_personal_leave_days", 0) * _p(ctx, _SP, "excess_leave")),
        ("迟到早退", -facts.get("late_or_early", 0) * _p(ctx, _SP, "late_early")),
        ("无故缺勤", -facts.get("absent_half_days", 0) * _p(ctx, _SP, "absent_half_day")),
        ("投诉", -facts.get("serious_complaints", 0) * _p(ctx, _SP, "serious_complaint")),
    ]
    total = sum((v for _k, v in terms), 0)
    trace = [
        " ".join(f"{k} {'+' if v >= 0 else '−'}{_n(v if v >= 0 else -v)}" for k, v in terms if v) or "无记分事项",
        f"合计 {_n(total)} 分",
    ]
    if facts.get("paid_task_days"):
        trace.append(f"有劳务报酬的工作 {facts['paid_task_days']} 天不记分")
    if "performance_composite" in facts:
        w = _p(ctx, _SP, "annual_weight")
        comp = _q(facts["performance_composite"])
        trace.append(f"绩效综合分数 {_n(comp)} × {_n(w * 100)}% = {_n(comp * w)}（计入年度考核总分）")
    return ctx.finding(
        ALLOWED,
        f"绩效积分合计 {_n(total)} 分",
        f"performance points total {_n(total)}",
        trace=trace,
        extra=ctx.param_clauses(f"{_SP}.annual_weight") if "performance_composite" in facts else [],
    )


@rule(
    "assessment.staff_points.away_art48_2",
    check="assessment.staff_points",
    agencies=[WS],
    cites=[
        (
            "wenshan-hrss:52:2",
            "外出挂职锻炼或学习培训不足半年的,执行本办法,外出期间的考核得分取全局干部职工考核的平均值",
        )
    ],
    params=[f"{_SP}.away_months"],
)
def staff_away_ws(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第四十八条(二)：外出不足半年的执行本办法、外出期间取全局平均分（提醒）；满半年的由挂职单位考核（本办法
    不记分，blocked）.
    The away period counts its first day; “不足半年” excludes exactly half a year."""
    start, end = _d(facts, "away_from"), _d(facts, "away_to")
    if start is None or end is None:
        return None
    months = int(ctx.param(f"{_SP}.away_months"))
    half = ctx.deadline(start, months, "months", "外出满半年", "half a year away", start_counts=True, roll=False)
    trace = [f"外出 {iso(start)} 至 {iso(end)}；满半年之日 {iso(half.date)}"]
    if end < half.date:
        return ctx.finding(
            WARNING,
            "外出不足半年，外出期间得分取全局干部职工考核平均值",
            "under half a year away: use the bureau average",
            trace=trace,
        )
    return ctx.finding(
        BLOCKED,
        "外出满半年，不执行本办法，由挂职锻炼单位考核",
        "half a year or more away: appraised by the host unit, not under this scheme",
        trace=trace,
    )


# =========================================================================== 文山 第五十条 政务信息

_UNIT_KINDS = ["county_bureau", "section", "affiliated_unit", "handling_agency"]
_ADOPT_LEVELS = ["prefecture_bureau", "prefecture", "province", "central"]
_INSTR_LEVELS = [
    "bureau_leader",
    "prefecture_office_leader",
    "prefecture_leader",
    "province_office_leader",
    "province_leader",
    "central_office_leader",
    "state_leader",
]

check(
    "assessment.info_score",
    "政务信息工作目标考核得分（文山）",
    "Government-information work score (Wenshan)",
    obj(
        ["unit_kind", "submitted"],
        {
            "unit_kind": enum("考核对象：县(市)人社局、州局科室、直属单位、经办机构 unit", _UNIT_KINDS),
            "submitted": integer("全年报送政务信息篇数 items submitted in the year"),
            "items": {
                "type": "array",
                "maxItems": 10_000,
                "description": "被采用或获批示的信息（每篇一项） adopted or instructed items, one per item",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "adoptions": {
                            "type": "array",
                            "maxItems": 20,
                            "description": "采用情况 adoptions of this item",
                            "items": {
                                "type": "object",
                                "additionalProperties": False,
                                "required": ["level"],
                                "properties": {
                                    "level": enum(
                                        "采用层次：州局；省人社厅/州委办/州政府办；人社部/省委办公厅/省政府办公厅；中办/国办"
                                        " adopting level",
                                        _ADOPT_LEVELS,
                                    ),
                                    "combined": _bool("综合采用（默认单条采用） combined adoption"),
                                },
                            },
                        },
                        "instructions": {
                            "type": "array",
                            "maxItems": 20,
                            "items": enum("批示领导层次 instructing leader's level", _INSTR_LEVELS),
                            "description": "领导批示 leaders' instructions on this item",
                        },
                    },
                },
            },
            "refused_commissioned": integer("约稿信息拒报或不及时上报次数 commissioned items refused or late", 0, 1000),
            "late_urgent": integer("迟报、漏报或瞒报紧急重大信息次数 urgent items late, missed or concealed", 0, 1000),
            "false_info": integer("严重失实的政务信息次数 seriously false items", 0, 1000),
        },
    ),
)

_INFO = "assessment.info_score"


def _info_base(facts: Any, ctx: RuleContext) -> tuple[Exact, int, list[str]]:
    quota = int(ctx.param(f"{_INFO}.quota.{facts['unit_kind']}"))
    n = facts["submitted"]
    base = _p(ctx, _INFO, "base")
    short, extra = max(0, quota - n), max(0, n - quota)
    score = base - short * _p(ctx, _INFO, "short") + extra * _p(ctx, _INFO, "over")
    trace = [
        f"报送 {n} 篇 / 任务 {quota} 篇：基础分 {_n(base)} − {short} × {_n(_p(ctx, _INFO, 'short'))}"
        f" + {extra} × {_n(_p(ctx, _INFO, 'over'))} = {_n(score)}"
    ]
    return score, quota, trace


def _info_bonus(facts: Any, ctx: RuleContext) -> tuple[Exact, list[str]]:
    total: Exact = 0
    trace: list[str] = []
    for i, item in enumerate(facts.get("items", []), 1):
        best_a = max(
            (
                _p(ctx, _INFO, "adopt", a["level"], "combined" if a.get("combined") else "single")
                for a in item.get("adoptions", [])
            ),
            default=0,
        )
        best_i = max((_p(ctx, _INFO, "instruct", lv) for lv in item.get("instructions", [])), default=0)
        total += best_a + best_i
        trace.append(f"第 {i} 篇：采用取最高 +{_n(best_a)}，批示取最高 +{_n(best_i)}")
    return total, trace


def _info_deductions(facts: Any, ctx: RuleContext) -> tuple[Exact, int, list[str]]:
    parts = [
        ("约稿拒报/不及时", facts.get("refused_commissioned", 0), _p(ctx, _INFO, "deduct", "refused_commissioned")),
        ("紧急重大信息迟报漏报瞒报", facts.get("late_urgent", 0), _p(ctx, _INFO, "deduct", "late_urgent")),
        ("严重失实", facts.get("false_info", 0), _p(ctx, _INFO, "deduct", "false_info")),
    ]
    pts = sum((n * v for _k, n, v in parts), 0)
    times = sum(n for _k, n, _v in parts)
    return pts, times, [f"{k} {n} 次 × {_n(v)}" for k, n, v in parts if n]


_INFO_PARAMS = (
    [f"{_INFO}.quota.{k}" for k in _UNIT_KINDS]
    + [f"{_INFO}.base", f"{_INFO}.short", f"{_INFO}.over"]
    + [f"{_INFO}.adopt.{lv}.{m}" for lv in _ADOPT_LEVELS for m in ("single", "combined")]
    + [f"{_INFO}.instruct.{lv}" for lv in _INSTR_LEVELS]
    + [f"{_INFO}.deduct.{k}" for k in ("refused_commissioned", "late_urgent", "false_info")]
    + [f"{_INFO}.disqualify_times", f"{_INFO}.disqualify_points", f"{_INFO}.reward_per_point"]
)


@rule(
    "assessment.info_score.total_art50_3",
    check="assessment.info_score",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:54:3.1", "记基础分100分,每少一期扣10分,每超1期加2分"),
        ("wenshan-hrss:54:3.2", "以最高采用层次加分,不重复累计加分"),
        ("wenshan-hrss:54:3.3", "以最高批示层次加分,不累计加分"),
        ("wenshan-hrss:54:3.4", "对严重失实的政务信息,每次扣30分"),
    ],
    params=_INFO_PARAMS,
)
def info_score_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第五十条(二)(三)：任务 40/10/10/20 篇；基础分 100，每少 1 篇 −10、每超 1 篇 +2（无下限，按文本）；
    采用、批示各取最高层次；过错扣 10/20/30. Reading: an item may earn both an adoption and an instruction
    bonus (the text caps each kind, not their sum)."""
    n_items = len(facts.get("items", []))
    if n_items > facts["submitted"]:
        return ctx.finding(
            BLOCKED,
            f"被采用或获批示的信息 {n_items} 篇多于报送篇数 {facts['submitted']}，请核对",
            "more adopted items than items submitted",
            trace=[f"{n_items} > {facts['submitted']}"],
        )
    base, _quota, trace = _info_base(facts, ctx)
    bonus, btrace = _info_bonus(facts, ctx)
    ded, _times, dtrace = _info_deductions(facts, ctx)
    total = base + bonus - ded
    trace += btrace + ([f"扣分：{'；'.join(dtrace)} = {_n(ded)}"] if dtrace else []) + [f"总分 {_n(total)}"]
    return ctx.finding(
        ALLOWED,
        f"政务信息考核得分 {_n(total)} 分",
        f"information score {_n(total)}",
        trace=trace,
        extra=ctx.param_clauses(f"{_INFO}.quota.{facts['unit_kind']}"),
    )


@rule(
    "assessment.info_score.sanction_art50_3_4",
    check="assessment.info_score",
    agencies=[WS],
    cites=[("wenshan-hrss:54:3.4", "对扣分超过2次或30分的,取消当年评考核评优资格,并给予通报批评")],
    params=_INFO_PARAMS,
)
def info_sanction_ws(facts: Any, ctx: RuleContext) -> Finding:
    """扣分超过 2 次或 30 分（均不含本数）→ 取消当年评优资格并通报批评."""
    pts, times, _t = _info_deductions(facts, ctx)
    lt, lp = _p(ctx, _INFO, "disqualify_times"), _p(ctx, _INFO, "disqualify_points")
    trace = [
        f"扣分 {times} 次 {'>' if times > lt else '≤'} {_n(lt)}；扣分 {_n(pts)} 分 {'>' if pts > lp else '≤'} {_n(lp)}"
    ]
    if times > lt or pts > lp:
        return ctx.finding(
            WARNING,
            "扣分超过2次或30分，取消当年评优资格，并给予通报批评",
            "over 2 deductions or 30 points: no award, circulated criticism",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "扣分未超过2次且未超过30分", "deductions within the limits", trace=trace)


@rule(
    "assessment.info_score.reward_art50_4",
    check="assessment.info_score",
    agencies=[WS],
    cites=[("wenshan-hrss:54:4.1", "完成考核目标任务,每分奖励5元")],
    params=_INFO_PARAMS,
)
def info_reward_ws(facts: Any, ctx: RuleContext) -> Finding:
    """完成考核目标任务的每分奖励 5 元. Reading: “每分” is each point of the year's total score, paid only
    when the quota is met."""
    base, quota, _t = _info_base(facts, ctx)
    bonus, _b = _info_bonus(facts, ctx)
    ded, _times, _d2 = _info_deductions(facts, ctx)
    total = base + bonus - ded
    rate = money(ctx.param(f"{_INFO}.reward_per_point"))
    if facts["submitted"] < quota:
        return ctx.finding(
            WARNING,
            f"未完成 {quota} 篇目标任务，不予奖励",
            "quota not met: no reward",
            trace=[f"报送 {facts['submitted']} < {quota}"],
        )
    amount = Decimal(total.numerator) / Decimal(total.denominator) * rate if total > 0 else Decimal(0)
    return ctx.finding(
        ALLOWED,
        f"完成目标任务，奖励 {yuan(amount)}",
        f"quota met: reward {yuan(amount)}",
        trace=[f"{_n(total)} 分 × {yuan(rate)} = {yuan(amount)}"],
    )


# =========================================================================== 文山 第五十一条 信息公开宣传

_COLUMNS = [
    "none",
    "government_news",
    "talent_market",
    "party_building",
    "culture",
    "policy",
    "civil_service_exam",
    "institution_recruitment",
    "insurance_query",
]
_DIS = "assessment.disclosure_score"

check(
    "assessment.disclosure_score",
    "信息公开宣传考核得分（文山）",
    "Information-disclosure and publicity score (Wenshan)",
    obj(
        ["unit_kind", "originals"],
        {
            "unit_kind": enum(
                "考核对象：州局科室、直属单位、经办机构 unit", ["section", "affiliated_unit", "handling_agency"]
            ),
            "headcount": integer("科室人数（科室、直属单位） staff of the section", 0, 1000),
            "originals": integer("本单位独立发布的原创信息条数 original items published alone"),
            "joint_originals": {
                "type": "array",
                "items": {"type": "integer", "minimum": 2, "maximum": 50},
                "maxItems": 10_000,
                "description": "联名发布的原创信息，每条的联名单位数 co-publishers of each joint item",
            },
            "monthly_originals": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0, "maximum": 10_000},
                "minItems": 1,
                "maxItems": 12,
                "description": "各月原创信息条数 original items per month",
            },
            "column": enum("负责的网站专栏 website column the unit owns", _COLUMNS),
            "column_items": integer("专栏全年条数（保险帐户查询为更新月数） items in the column (months updated)"),
            "forwarded": integer("转发信息条数（不含转入本单位专栏） items forwarded (not into its own column)"),
            "extra_points": number("领导小组审定的额外加分 extra points set by the leading group", 0, 1000),
            "refused_requests": integer(
                "申请公开信息拒不公开或不及时公开次数 requested items refused or late", 0, 1000
            ),
            "false_info": integer("发布严重失实或造成不良影响的信息次数 false items", 0, 1000),
            "unapproved": integer("未按网站管理办法发布未审批信息次数 unapproved items", 0, 1000),
            "unreviewed_negative": integer(
                "未经审核信息造成负面影响次数 unreviewed items with negative impact", 0, 1000
            ),
        },
    ),
)


def _dis_quota(facts: Any, ctx: RuleContext) -> tuple[Exact, int, list[str]]:
    if facts["unit_kind"] == "handling_agency":
        q = _p(ctx, _DIS, "quota", "handling_agency")
        trace = [f"基本任务 {_n(q)} 条"]
        monthly = int(ctx.param(f"{_DIS}.monthly.handling_agency"))
    else:
        fixed, per = _p(ctx, _DIS, "quota", "section_fixed"), _p(ctx, _DIS, "quota", "section_per_head")
        head = facts.get("headcount", 0)
        q = fixed + per * head
        trace = [f"基本任务 {_n(fixed)} + 科室人数 {head} × {_n(per)} = {_n(q)} 条"]
        monthly = int(ctx.param(f"{_DIS}.monthly.section"))
    return q, monthly, trace


def _dis_count(facts: Any) -> Exact:
    """Items published alone count 1, a joint item 1/n to each of its n publishers."""
    n = facts["originals"]
    joint = facts.get("joint_originals")
    if not joint:
        return n if type(n) is int else Fraction(n)
    return Fraction(n) + sum((Fraction(1, k) for k in joint), Fraction(0))


def _dis_deductions(facts: Any, ctx: RuleContext) -> tuple[Exact, int]:
    keys = ("refused_requests", "false_info", "unapproved", "unreviewed_negative")
    pts = sum((facts.get(k, 0) * _p(ctx, _DIS, "deduct", k) for k in keys), 0)
    return pts, sum(facts.get(k, 0) for k in keys)


def _dis_score(facts: Any, ctx: RuleContext) -> tuple[Exact, bool, list[str]]:
    q, monthly, trace = _dis_quota(facts, ctx)
    n = _dis_count(facts)
    base = _p(ctx, _DIS, "base")
    short, over = max(0, q - n), max(0, n - q)
    b = base - short * _p(ctx, _DIS, "short") + over * _p(ctx, _DIS, "over")
    trace.append(f"原创 {_n(n)} 条：{_n(base)} − {_n(short)} × {_n(_p(ctx, _DIS, 'short'))} + {_n(over)} × 2 = {_n(b)}")
    done = n >= q
    months = facts.get("monthly_originals")
    if months is not None:
        low = [i + 1 for i, m in enumerate(months) if m < monthly]
        if low:
            done = False
            trace.append(f"第 {'、'.join(map(str, low))} 月原创少于 {monthly} 条，基本任务未完成")
    total = b
    col = facts.get("column", "none")
    if col != "none":
        target = int(ctx.param(f"{_DIS}.column.{col}"))
        got = facts.get("column_items", 0)
        cs, cshort = _p(ctx, _DIS, "column_base"), max(0, target - got)
        cover = max(0, got - target)
        add = min(cover * _p(ctx, _DIS, "column_over"), _p(ctx, _DIS, "column_over_cap"))
        c = cs - cshort * _p(ctx, _DIS, "column_short") + add
        trace.append(
            f"专栏 {got}/{target}：{_n(cs)} − {cshort} × {_n(_p(ctx, _DIS, 'column_short'))}"
            f" + 超额加分 {_n(add)}（上限 {_n(_p(ctx, _DIS, 'column_over_cap'))}）= {_n(c)}"
        )
        total += c
    fw = min(facts.get("forwarded", 0) * _p(ctx, _DIS, "forward"), _p(ctx, _DIS, "forward_cap"))
    ex = min(_q(facts.get("extra_points", 0)), _p(ctx, _DIS, "extra_cap"))
    ded, _times = _dis_deductions(facts, ctx)
    total += fw + ex - ded
    trace.append(
        f"转发分 {_n(fw)}（上限 {_n(_p(ctx, _DIS, 'forward_cap'))}）+ 额外加分"
        f" {_n(ex)}（上限 {_n(_p(ctx, _DIS, 'extra_cap'))}）− 扣分 {_n(ded)}"
    )
    trace.append(f"总分 {_n(total)}")
    return total, done, trace


_DIS_PARAMS = (
    [f"{_DIS}.quota.handling_agency", f"{_DIS}.quota.section_fixed", f"{_DIS}.quota.section_per_head"]
    + [f"{_DIS}.monthly.handling_agency", f"{_DIS}.monthly.section", f"{_DIS}.base", f"{_DIS}.short", f"{_DIS}.over"]
    + [f"{_DIS}.column.{c}" for c in _COLUMNS if c != "none"]
    + [f"{_DIS}.column_base", f"{_DIS}.column_short", f"{_DIS}.column_over", f"{_DIS}.column_over_cap"]
    + [f"{_DIS}.forward", f"{_DIS}.forward_cap", f"{_DIS}.extra_cap"]
    + [f"{_DIS}.deduct.{k}" for k in ("refused_requests", "false_info", "unapproved", "unreviewed_negative")]
    + [f"{_DIS}.disqualify_times", f"{_DIS}.disqualify_points", f"{_DIS}.exclude_times", f"{_DIS}.exclude_points"]
    + [f"{_DIS}.reward_per_point"]
)


@rule(
    "assessment.disclosure_score.total_art51_4",
    check="assessment.disclosure_score",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:55:3.1.1", "每年向公众提供信息12+科室人数×3条以上,且每月至少发布1条原创信息"),
        ("wenshan-hrss:55:4.1.1", "记基础分100分,每少1条扣10分,每超1条加2分"),
        ("wenshan-hrss:55:4.1.2", "记20分,每少1条扣5分,每超1条加1分,加分设上限30分"),
        ("wenshan-hrss:55:4.1.3", "每条记0.5分,加分设上限15分"),
        ("wenshan-hrss:55:4.1.4", "本项加分设上限10分"),
        ("wenshan-hrss:55:2.2", "多部门联名发布的只记1次分数,由联名发布者平分所得分值"),
    ],
    params=_DIS_PARAMS,
)
def disclosure_score_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第五十一条(三)(四). Readings: a joint item counts 1/n to each of its n publishers (平分); the column
    cap of 30 limits the +1 extras (``…column_over_cap``); the 保险帐户查询 column counts months updated
    against 12; there is no floor under the base score."""
    cap = _p(ctx, _DIS, "extra_cap")
    if _q(facts.get("extra_points", 0)) > cap:
        return ctx.finding(
            BLOCKED,
            f"额外加分 {_n(_q(facts['extra_points']))} 分超过上限 {_n(cap)} 分",
            "extra points above the cap",
            trace=[f"{_n(_q(facts['extra_points']))} > {_n(cap)}"],
        )
    total, _done, trace = _dis_score(facts, ctx)
    names = [f"{_DIS}.quota.handling_agency", f"{_DIS}.monthly.handling_agency"]
    if facts["unit_kind"] != "handling_agency":
        names = [f"{_DIS}.quota.section_fixed"]
    if facts.get("column", "none") != "none":
        names.append(f"{_DIS}.column.{facts['column']}")
    return ctx.finding(
        ALLOWED,
        f"信息公开宣传考核得分 {_n(total)} 分",
        f"disclosure score {_n(total)}",
        trace=trace,
        extra=ctx.param_clauses(*names),
    )


@rule(
    "assessment.disclosure_score.sanction_art51_4_2",
    check="assessment.disclosure_score",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:55:4.2", "对扣分超过2次或30分的,取消当年考核评优资格,并给予通报批评"),
    ],
    params=_DIS_PARAMS,
)
def disclosure_sanction_ws(facts: Any, ctx: RuleContext) -> Finding:
    """扣分超过 2 次或 30 分 → 取消评优并通报批评；超过 3 次或 40 分 → 另取消评选优秀公务员和优秀党员（均不含本数）."""
    pts, times = _dis_deductions(facts, ctx)
    t1, p1 = _p(ctx, _DIS, "disqualify_times"), _p(ctx, _DIS, "disqualify_points")
    t2, p2 = _p(ctx, _DIS, "exclude_times"), _p(ctx, _DIS, "exclude_points")
    trace = [f"扣分 {times} 次、{_n(pts)} 分"]
    if times > t2 or pts > p2:
        return ctx.finding(
            WARNING,
            "扣分超过3次或40分：取消当年考核评优资格并通报批评，取消当年评选优秀公务员和优秀党员资格",
            "over 3 deductions or 40 points: no award, no excellent civil servant/party member",
            trace=trace,
        )
    if times > t1 or pts > p1:
        return ctx.finding(
            WARNING,
            "扣分超过2次或30分：取消当年考核评优资格，并给予通报批评",
            "over 2 deductions or 30 points: no award",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "扣分未超过2次且未超过30分", "deductions within the limits", trace=trace)


@rule(
    "assessment.disclosure_score.reward_art51_5",
    check="assessment.disclosure_score",
    agencies=[WS],
    cites=[("wenshan-hrss:55:5.1", "完成考核任务的,每分奖励5元")],
    params=_DIS_PARAMS,
)
def disclosure_reward_ws(facts: Any, ctx: RuleContext) -> Finding:
    """完成考核任务（含每月最低原创条数）的每分奖励 5 元."""
    total, done, _t = _dis_score(facts, ctx)
    rate = money(ctx.param(f"{_DIS}.reward_per_point"))
    if not done:
        return ctx.finding(WARNING, "未完成基本任务，不予奖励", "basic task not completed: no reward")
    amount = Decimal(total.numerator) / Decimal(total.denominator) * rate if total > 0 else Decimal(0)
    amount = amount.quantize(Decimal("0.01"))
    return ctx.finding(
        ALLOWED,
        f"完成考核任务，奖励 {yuan(amount)}",
        f"reward {yuan(amount)}",
        trace=[f"{_n(total)} 分 × {yuan(rate)} = {yuan(amount)}"],
    )


# =========================================================================== 文山 第五十二条 服务满意度

_SAT = "assessment.satisfaction_score"

check(
    "assessment.satisfaction_score",
    "服务满意度测评得分（文山）",
    "Service-satisfaction score (Wenshan)",
    obj(
        ["registrations"],
        {
            "registrations": integer("来访登记人数 visitors registered"),
            "very_satisfied": integer("非常满意次数 'very satisfied' ratings"),
            "satisfied": integer("满意次数 'satisfied' ratings"),
            "average": integer("一般次数 'average' ratings"),
            "dissatisfied": integer("不满意次数 'dissatisfied' ratings"),
            "complaint_verified": _bool("经核实因服务态度、方法造成负面影响的投诉 verified complaint"),
            "rank": integer("年度综合分数排名 annual rank by composite score", 1, 100_000),
        },
    ),
)


@rule(
    "assessment.satisfaction_score.score_art52_3",
    check="assessment.satisfaction_score",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:56:3.1", "每登记1人记1分"),
        ("wenshan-hrss:56:3.2", "测评非常满意的1次记1分,满意的1次记0.5分,一般的1次记0.2分,不满意的1次扣1分"),
    ],
    params=[f"{_SAT}.{k}" for k in ("registration", "very_satisfied", "satisfied", "average", "dissatisfied")],
)
def satisfaction_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第五十二条(三)：登记 +1/人；非常满意 +1、满意 +0.5、一般 +0.2、不满意 −1（每次）."""
    reg = facts["registrations"]
    parts = [
        ("登记", reg, _p(ctx, _SAT, "registration")),
        ("非常满意", facts.get("very_satisfied", 0), _p(ctx, _SAT, "very_satisfied")),
        ("满意", facts.get("satisfied", 0), _p(ctx, _SAT, "satisfied")),
        ("一般", facts.get("average", 0), _p(ctx, _SAT, "average")),
        ("不满意", facts.get("dissatisfied", 0), -_p(ctx, _SAT, "dissatisfied")),
    ]
    total = sum((n * v for _k, n, v in parts), 0)
    trace = [" ".join(f"{k} {n}×{_n(v)}" for k, n, v in parts), f"得分 {_n(total)}"]
    rated = sum(n for _k, n, _v in parts[1:])
    if rated > reg:
        return ctx.finding(
            WARNING,
            f"测评 {rated} 次多于登记 {reg} 人，请核对；得分 {_n(total)}",
            "more ratings than registrations",
            trace=trace,
        )
    return ctx.finding(ALLOWED, f"服务满意度测评得分 {_n(total)} 分", f"satisfaction score {_n(total)}", trace=trace)


@rule(
    "assessment.satisfaction_score.commendation_art52_4",
    check="assessment.satisfaction_score",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:56:4.2", "每年年底对综合分数排名前10位的科室和个人进行表彰奖励"),
        ("wenshan-hrss:56:4.3", "取消当年评先资格,并给予通报批评"),
    ],
)
def satisfaction_commendation_ws(facts: Any, ctx: RuleContext) -> Finding:
    """排名前 10 位（含第 10 位）表彰；经核实的投诉取消当年评先资格并通报批评."""
    if facts.get("complaint_verified"):
        return ctx.finding(
            WARNING,
            "有经核实的投诉：取消当年评先资格，并给予通报批评",
            "verified complaint: no award, criticism",
        )
    rank = facts.get("rank")
    top = int(ctx.param("assessment.satisfaction_score.commendation_art52_4.top"))
    if rank is None:
        return ctx.finding(ALLOWED, f"年底按综合分数排名前{top}位表彰", f"the top {top} are commended at year end")
    if rank <= top:
        return ctx.finding(
            ALLOWED, f"排名第 {rank} 位，列入表彰奖励", "ranked for commendation", trace=[f"{rank} ≤ {top}"]
        )
    return ctx.finding(
        ALLOWED, f"排名第 {rank} 位，不在前{top}位表彰之列", "outside the top", trace=[f"{rank} > {top}"]
    )


# =========================================================================== 区局 目标管理绩效考核

_TS = "assessment.target_score"
_EVENTS = {
    # kind: (category, clause)
    "absent_study": ("politics", "district-bureau:57:3.2.1.2"),
    "disobedience": ("politics", "district-bureau:57:3.2.1.3"),
    "dereliction_error": ("politics", "district-bureau:57:3.2.1.4"),
    "buck_passing": ("integrity", "district-bureau:57:3.2.2.2"),
    "complaint_publicized": ("integrity", "district-bureau:57:3.2.2.2"),
    "graft": ("integrity", "district-bureau:57:3.2.2.3"),
    "petition_failure": ("integrity", "district-bureau:57:3.2.2.4"),
    "unresolved_issue": ("integrity", "district-bureau:57:3.2.2.5"),
    "emergency_mishandled": ("integrity", "district-bureau:57:3.2.2.6"),
    "late_early": ("rules", "district-bureau:57:3.2.3.1"),
    "duty_absence": ("rules", "district-bureau:57:3.2.3.1"),
    "duty_absence_loss": ("rules", "district-bureau:57:3.2.3.1"),
    "misconduct_at_work": ("rules", "district-bureau:57:3.2.3.1"),
    "hygiene": ("rules", "district-bureau:57:3.2.3.2"),
    "safety_incident": ("rules", "district-bureau:57:3.2.3.3"),
    "vehicle_accident": ("rules", "district-bureau:57:3.2.3.4"),
    "finance_lax": ("rules", "district-bureau:57:3.2.3.5"),
    "leak": ("rules", "district-bureau:57:3.2.3.6"),
    "activity_absent": ("rules", "district-bureau:57:3.2.3.7"),
}
_CATEGORIES = {"politics": "政治思想建设", "integrity": "勤政廉政建设", "rules": "执行规章制度"}
_BONUSES = ["national_city_award", "district_award", "research_adopted", "support_won", "innovation"]
_OUT_DEDUCT = ["unfinished_projects", "unfinished_tasks", "lawsuits_lost", "other_issues"]

check(
    "assessment.target_score",
    "目标管理绩效考核得分（区局）",
    "Target-management performance score (district bureau)",
    obj(
        ["business_points"],
        {
            "business_points": number("业务目标得分（换算后） business-target points after conversion", 0, 1000),
            "events": {
                "type": "array",
                "maxItems": 1000,
                "description": "共性目标扣分事项 deduction events under the common targets",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind"],
                    "properties": {
                        "kind": enum("扣分事项类别 kind of event", list(_EVENTS)),
                        "count": integer("次数（默认1） times", 1, 1000),
                        "points": number(
                            "幅度内认定的每次扣分（如1-2分的事项） points per time within a range", 0, 100
                        ),
                    },
                },
            },
            "bonuses": {
                "type": "array",
                "items": {"enum": _BONUSES},
                "maxItems": 50,
                "description": "权重外加分事项（可重复） bonus items outside the weights",
            },
            "unfinished_projects": integer("年初所列工作项目未完成项数 year-start projects not finished", 0, 1000),
            "unfinished_tasks": integer("领导或办公室交办任务未落实完成数 assigned tasks not done", 0, 1000),
            "lawsuits_lost": integer("行政败诉次数 administrative lawsuits lost", 0, 1000),
            "other_issues": integer("重大信访、安全事故、处分、查实投诉、通报、曝光等项数 other issues", 0, 1000),
            "summary_chars": integer("年度工作总结字数 characters in the annual summary", 0, 1_000_000),
            "service_user_voters": integer("参加无记名测评的服务对象人数 service users who voted", 0, 100_000),
        },
    ),
)


def _event_range(ctx: RuleContext, kind: str) -> tuple[Exact, Exact]:
    raw = str(ctx.param(f"{_TS}.event.{kind}"))
    lo, _sep, hi = raw.partition("-")
    return _q(lo), _q(hi or lo)


_TS_PARAMS = (
    [f"{_TS}.event.{k}" for k in _EVENTS]
    + [f"{_TS}.business_max", f"{_TS}.category_max", f"{_TS}.category_floor"]
    + [f"{_TS}.bonus.{b}" for b in _BONUSES]
    + [f"{_TS}.deduct.{d}" for d in _OUT_DEDUCT]
)


@rule(
    "assessment.target_score.total_art27_3",
    check="assessment.target_score",
    agencies=[DB],
    cites=[
        ("district-bureau:57:3", "考核内容由业务目标和共性目标两部分组成,考核总分为100分"),
        ("district-bureau:57:3.1", "业务目标(70分)"),
        ("district-bureau:57:3.2", "共性目标(30分)"),
        ("district-bureau:57:4.7", "在权重之外予以加分"),
        ("district-bureau:57:4.7.5", "年初所列工作项目未完成的,每项减1分"),
    ],
    params=_TS_PARAMS,
)
def target_score_db(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《目标管理绩效考核办法》三、四(七)：业务目标 70 + 共性目标 3 × 10；每类扣分事项按文本分值（幅度事项须在
    幅度内认定）；权重外加分与减分. Readings: a category is not scored below 0 (``…category_floor``); bonus items
    add up item by item; the business score is the office's converted score (weights are not in the text)."""
    bmax, cmax = _p(ctx, _TS, "business_max"), _p(ctx, _TS, "category_max")
    business = _q(facts["business_points"])
    if business > bmax:
        return ctx.finding(
            BLOCKED, f"业务目标得分 {_n(business)} 超过 {_n(bmax)} 分", "business points above the maximum"
        )
    lost: dict[str, Exact] = dict.fromkeys(_CATEGORIES, 0)
    bad: list[str] = []
    for e in facts.get("events", []):
        lo, hi = _event_range(ctx, e["kind"])
        pts = _q(e["points"]) if "points" in e else (lo if lo == hi else None)
        if pts is None:
            bad.append(f"{e['kind']} 须在 {_n(lo)}-{_n(hi)} 分幅度内认定扣分")
            continue
        if not lo <= pts <= hi:
            bad.append(f"{e['kind']} 扣 {_n(pts)} 分不在 {_n(lo)}-{_n(hi)} 分幅度内")
            continue
        lost[_EVENTS[e["kind"]][0]] += pts * e.get("count", 1)
    if bad:
        return ctx.finding(BLOCKED, "；".join(bad), "deduction points outside the text's range", trace=bad)
    floor = bool(ctx.param(f"{_TS}.category_floor"))
    trace = [f"业务目标 {_n(business)}/{_n(bmax)}"]
    common: Exact = 0
    for c, name in _CATEGORIES.items():
        s = cmax - lost[c]
        if floor:
            s = max(0, s)
        common += s
        trace.append(f"{name} {_n(cmax)} − {_n(lost[c])} = {_n(s)}")
    bonus = sum((_p(ctx, _TS, "bonus", b) for b in facts.get("bonuses", [])), 0)
    minus = sum((facts.get(d, 0) * _p(ctx, _TS, "deduct", d) for d in _OUT_DEDUCT), 0)
    total = business + common + bonus - minus
    trace.append(f"权重外 +{_n(bonus)} −{_n(minus)}；总分 {_n(total)}")
    return ctx.finding(ALLOWED, f"目标管理绩效考核总分 {_n(total)} 分", f"total {_n(total)}", trace=trace)


@rule(
    "assessment.target_score.method_art27_4",
    check="assessment.target_score",
    agencies=[DB],
    cites=[
        ("district-bureau:57:4.1", "年度工作总结(不超过2000字)"),
        ("district-bureau:57:4.3", "组织200名服务对象采取无记名投票方式测评"),
    ],
)
def target_method_db(facts: Any, ctx: RuleContext) -> Finding:
    """四(一) 年度工作总结不超过 2000 字（含本数）；四(三) 组织 200 名服务对象无记名测评."""
    p: list[str] = []
    limit = int(ctx.param("assessment.target_score.method_art27_4.summary_chars"))
    voters = int(ctx.param("assessment.target_score.method_art27_4.voters"))
    chars = facts.get("summary_chars")
    if chars is not None and chars > limit:
        return ctx.finding(
            BLOCKED,
            f"年度工作总结 {chars} 字，超过 {limit} 字",
            "the annual summary is too long",
            trace=[f"{chars} > {limit}"],
        )
    n = facts.get("service_user_voters")
    if n is not None and n != voters:
        p.append(f"参加测评的服务对象 {n} 人，应为 {voters} 人")
    if p:
        return ctx.finding(WARNING, "；".join(p), "the service-user vote should have 200 voters", trace=p)
    return ctx.finding(ALLOWED, "考核方法要求符合", "method requirements met")


check(
    "assessment.target_tiers",
    "目标管理考核分档（3:5:2）（区局）",
    "Performance tiers in the ratio 3:5:2 (district bureau)",
    obj(
        ["assessed"],
        {
            "assessed": integer("被考核科室或人员数 number assessed", 1, 10_000),
            "tier1": integer("拟定一档人数 proposed tier 1", 0, 10_000),
            "tier2": integer("拟定二档人数 proposed tier 2", 0, 10_000),
            "tier3": integer("拟定三档人数 proposed tier 3", 0, 10_000),
        },
    ),
)


@rule(
    "assessment.target_tiers.ratio_art27_5_1",
    check="assessment.target_tiers",
    agencies=[DB],
    cites=[
        ("district-bureau:57:5.1", "按3: 5:2的比例确定一、二、三档的数量"),
        ("district-bureau:57:4.5", "提出分档草案报局党组审核、确定"),
    ],
    params=["assessment.target_tiers.ratio", "assessment.target_tiers.rounding"],
)
def target_tiers_db(facts: Any, ctx: RuleContext) -> Finding:
    """3:5:2 分档. Reading (``assessment.target_tiers.rounding``): 一档、三档 rounded down, the rest to 二档 —
    the ratio caps the best and the worst tier; the draft goes to the party group."""
    parts = [int(x) for x in str(ctx.param("assessment.target_tiers.ratio")).split(":")]
    n = facts["assessed"]
    whole = sum(parts)
    t1, t3 = n * parts[0] // whole, n * parts[2] // whole
    t2 = n - t1 - t3
    trace = [f"{n} × {parts[0]}/{whole} = {num(Fraction(n * parts[0], whole))} → 一档 {t1}；三档 {t3}；二档 {t2}"]
    prop = [facts.get(k) for k in ("tier1", "tier2", "tier3")]
    if any(v is not None for v in prop) and prop != [t1, t2, t3]:
        return ctx.finding(
            BLOCKED,
            f"分档人数 {prop} 不符合 3:5:2 比例（应为一档 {t1}、二档 {t2}、三档 {t3}）",
            f"tiers {prop} do not follow 3:5:2 ({t1}/{t2}/{t3})",
            trace=trace,
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"按 3:5:2 确定一档 {t1}、二档 {t2}、三档 {t3}，分档草案报局党组审核确定",
        f"tiers {t1}/{t2}/{t3}: the party group decides",
        trace=trace,
        approvers=["party_group_meeting"],
    )


check(
    "assessment.target_schedule",
    "业务目标认定与中期调整时间（区局）",
    "Target-setting calendar and mid-year adjustment (district bureau)",
    obj(
        ["step"],
        {
            "step": enum(
                "环节：提出、审核、确认、签订、中期调整 step", ["apply", "review", "confirm", "sign", "adjust"]
            ),
            "done_on": described(DATE, "办理日期（默认为校验日期） date done"),
            "copies": integer("《年度目标管理责任书》份数 copies of the responsibility letter", 0, 20),
        },
    ),
)


@rule(
    "assessment.target_schedule.art27_3_1",
    check="assessment.target_schedule",
    agencies=[DB],
    cites=[
        ("district-bureau:57:3.1.2.1", "当年一月第一周"),
        ("district-bureau:57:3.1.2.4", "第四周,被考核单位与分管领导签订《年度目标管理责任书》(统一制式,一式3份)"),
        ("district-bureau:57:3.1.3", "每年七月份,被考核科室可以根据实际情况"),
    ],
)
def target_schedule_db(facts: Any, ctx: RuleContext) -> Finding:
    """一月第一至四周依次提出、审核、确认、签订目标（责任书一式 3 份）；七月份可中期调整. Reading: 第 N 周 =
    1 月 (7N−6) 日至 7N 日."""
    step = facts["step"]
    when = _d(facts, "done_on") or ctx.on
    if step == "adjust":
        month = int(ctx.param("assessment.target_schedule.art27_3_1.adjust_month"))
        if when.month != month:
            return ctx.finding(
                BLOCKED,
                f"业务目标中期调整应在每年{month}月份进行",
                "mid-year adjustment only in July",
                trace=[f"办理 {iso(when)}"],
            )
        return ctx.finding(ALLOWED, "在七月份进行中期调整，按认定程序办理", "July adjustment allowed")
    week = int(ctx.param(f"assessment.target_schedule.art27_3_1.week_{step}"))
    last = dt.date(when.year, 1, 7 * week)
    trace = [f"应于 1 月第 {week} 周（至 {iso(last)}）完成；办理 {iso(when)}"]
    dl = Deadline(last, f"一月第{week}周", f"week {week} of January")
    if step == "sign" and facts.get("copies") is not None:
        need = int(ctx.param("assessment.target_schedule.art27_3_1.copies"))
        if facts["copies"] != need:
            return ctx.finding(
                BLOCKED,
                f"《年度目标管理责任书》应一式{need}份",
                f"{need} copies needed",
                trace=trace,
                deadlines=[dl],
            )
    if when > last:
        return ctx.finding(
            WARNING,
            f"逾期：应于一月第{week}周内完成",
            f"late: due in week {week} of January",
            trace=trace,
            deadlines=[dl],
        )
    return ctx.finding(ALLOWED, "按期办理", "on time", trace=trace, deadlines=[dl])


# =========================================================================== 信息报送（区局 S002-33；文山 第五十条）

check(
    "assessment.info_submission",
    "信息、调研报告上报（审签与时效）",
    "Submitting information and research reports (sign-off, timeliness)",
    obj(
        [],
        {
            "reviewed_by_deputy": _bool("已经分管领导（局长）审核/审签 reviewed by the deputy in charge"),
            "signed_by_chief": _bool("已经一把局长签字 signed by the director"),
            "filed_with_office": _bool("已报办公室备案 filed with the office"),
            "event_kind": enum(
                "信息类别：越级上访、集体上访、不稳定倾向、会议或领导活动、其他 kind of event",
                ["leapfrog_petition", "collective_petition", "instability_risk", "meeting_or_activity", "other"],
            ),
            "petitioners": integer("集体上访人数 petitioners", 0, 100_000),
            "event_at": {
                "type": "string",
                "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$",
                "description": "事件发生（或会议结束）时间 YYYY-MM-DDTHH:MM time of the event",
            },
            "submitted_at": {
                "type": "string",
                "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$",
                "description": "报送时间 YYYY-MM-DDTHH:MM time submitted",
            },
            "special_circumstances": _bool("情况特殊（会议信息可次日报送） special circumstances"),
        },
    ),
)


@rule(
    "assessment.info_submission.signoff_art4_3",
    check="assessment.info_submission",
    agencies=[DB],
    cites=[("district-bureau:33:3", "在上报之前须经分管局长审核,一把局长签字")],
)
def info_signoff_db(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《信息、调研工作管理办法》三：上报前分管局长审核、一把局长签字并报办公室备案."""
    missing = []
    if not facts.get("reviewed_by_deputy"):
        missing.append("deputy_in_charge")
    if not facts.get("signed_by_chief"):
        missing.append("chief")
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            "上报前须经" + "、".join({"deputy_in_charge": "分管局长审核", "chief": "一把局长签字"}[m] for m in missing),
            "needs review/signature before submission",
            approvers=missing,
        )
    if facts.get("filed_with_office") is False:
        return ctx.finding(WARNING, "上报后须报办公室备案", "file a copy with the office")
    return ctx.finding(ALLOWED, "已经分管局长审核、一把局长签字", "reviewed and signed")


@rule(
    "assessment.info_submission.signoff_art50_6_2",
    check="assessment.info_submission",
    agencies=[WS],
    cites=[("wenshan-hrss:54:6.2", "所报送的政务信息须经分管领导审签后方可报送")],
)
def info_signoff_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第五十条(六)2：政务信息须经分管领导审签后方可报送."""
    if not facts.get("reviewed_by_deputy"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "政务信息须经分管领导审签后方可报送",
            "the deputy in charge must sign first",
            approvers=["deputy_in_charge"],
        )
    return ctx.finding(ALLOWED, "已经分管领导审签", "signed by the deputy in charge")


def _dt(raw: str) -> dt.datetime:
    return dt.datetime.fromisoformat(raw.replace(" ", "T"))


@rule(
    "assessment.info_submission.timeliness_art50_5_1",
    check="assessment.info_submission",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:54:5.1", "越级上访、3人以上集体上访的情况"),
    ],
    params=[
        "assessment.info_submission.timeliness_art50_5_1.hours",
        "assessment.info_submission.timeliness_art50_5_1.collective",
    ],
)
def info_timeliness_ws(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第五十条(五)1：越级上访、3 人以上（含 3 人）集体上访、不稳定倾向 2 小时以内（含）报送；会议、领导活动
    当天报送，特殊的第二天. Late reports are warned (第(三)4 deducts 20 points)."""
    kind = facts.get("event_kind")
    if kind is None or "event_at" not in facts or "submitted_at" not in facts:
        return None
    at, sub = _dt(facts["event_at"]), _dt(facts["submitted_at"])
    hours = int(ctx.param("assessment.info_submission.timeliness_art50_5_1.hours"))
    size = int(ctx.param("assessment.info_submission.timeliness_art50_5_1.collective"))
    urgent = kind in ("leapfrog_petition", "instability_risk") or (
        kind == "collective_petition" and facts.get("petitioners", 0) >= size
    )
    if urgent:
        limit = at + dt.timedelta(hours=hours)
        trace = [f"事件 {at:%Y-%m-%d %H:%M}，时限 {limit:%Y-%m-%d %H:%M}，报送 {sub:%Y-%m-%d %H:%M}"]
        if sub > limit:
            return ctx.finding(
                WARNING,
                f"紧急信息须在{hours}小时以内报送，已逾时",
                f"urgent: due within {hours} hours",
                trace=trace,
            )
        return ctx.finding(ALLOWED, f"在{hours}小时以内报送", "reported in time", trace=trace)
    if kind == "meeting_or_activity":
        last = at.date() + dt.timedelta(days=1 if facts.get("special_circumstances") else 0)
        trace = [f"结束 {at:%Y-%m-%d}，应于 {iso(last)} 报送，报送 {sub:%Y-%m-%d}"]
        if sub.date() > last:
            return ctx.finding(
                WARNING,
                "会议、领导活动信息应在结束当天（特殊的第二天）报送",
                "meeting reports are due the same day",
                trace=trace,
            )
        return ctx.finding(ALLOWED, "按时报送", "reported in time", trace=trace)
    return ctx.finding(ALLOWED, "一般信息根据阶段性工作需要及时报送", "ordinary information: report in good time")


check(
    "assessment.info_quota",
    "信息调研任务完成情况（区局）",
    "Information and research quota (district bureau)",
    obj(
        ["monthly_counts"],
        {
            "monthly_counts": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0, "maximum": 10_000},
                "minItems": 1,
                "maxItems": 12,
                "description": "各月报送的较高质量信息篇数（自1月起） items submitted each month from January",
            },
            "research_reports": integer("全年调研报告或论文篇数 research reports or papers in the year", 0, 1000),
        },
    ),
)


@rule(
    "assessment.info_quota.art4_4_1",
    check="assessment.info_quota",
    agencies=[DB],
    cites=[
        ("district-bureau:33:4.1", "各科室每月至少要报送1篇较高质量的信息,年信息量不得少于16篇"),
    ],
)
def info_quota_db(facts: Any, ctx: RuleContext) -> Finding:
    """区局 四(一)：每月至少 1 篇、全年不少于 16 篇（两者都要满足）；每年 1 篇调研报告或论文. The annual
    figures are checked once twelve months are given."""
    pre = "assessment.info_quota.art4_4_1"
    monthly, annual, research = (int(ctx.param(f"{pre}.{k}")) for k in ("monthly", "annual", "research"))
    counts = facts["monthly_counts"]
    total = sum(counts)
    p: list[str] = []
    low = [i + 1 for i, c in enumerate(counts) if c < monthly]
    if low:
        p.append(f"第 {'、'.join(map(str, low))} 月少于 {monthly} 篇")
    trace = [f"已报 {len(counts)} 个月共 {total} 篇"]
    if len(counts) == 12:
        trace.append(f"全年 {total} 篇 {'≥' if total >= annual else '<'} {annual} 篇")
        if total < annual:
            p.append(f"全年信息 {total} 篇，少于 {annual} 篇")
        r = facts.get("research_reports")
        if r is not None and r < research:
            p.append(f"全年须写出{research}篇调研报告或论文")
    if p:
        return ctx.finding(BLOCKED, "信息调研任务未完成：" + "；".join(p), "quota not met", trace=trace)
    return ctx.finding(ALLOWED, "信息调研任务完成", "quota met", trace=trace)


# =========================================================================== 白城 包保帮扶考核评价

_BB = "program.baobao_assessment"
_PARTS = ["responsibility", "measures", "results", "satisfaction", "party_building"]
_PART_ZH = {
    "responsibility": "落实帮扶责任",
    "measures": "采取帮扶措施",
    "results": "取得帮扶实效",
    "satisfaction": "贫困群众满意度",
    "party_building": "指导基层党建",
}

check(
    "program.baobao_assessment",
    "市直部门包保帮扶贫困村工作成效考核评价（白城）",
    "Evaluation of a city department's paired assistance to poor villages (Baicheng)",
    obj(
        ["year", *_PARTS],
        {
            "year": integer("考评年度 year evaluated", 2000, 2100),
            **{p: number(f"{_PART_ZH[p]}得分 points for {p}", 0, 100) for p in _PARTS},
            "fraud": _bool("查实弄虚作假、搞“数字脱贫” verified falsification"),
            "satisfaction_rate": number("群众满意度（%） satisfaction rate in percent", 0, 100),
            "tasks_completed": _bool("按要求完成帮扶任务 tasks completed"),
            "outstanding": _bool("业绩特别突出 outstanding results"),
            "serious_problems": _bool("问题突出、在基层造成不良影响 serious problems with bad local influence"),
        },
    ),
)


def _bb_score(facts: Any, ctx: RuleContext) -> tuple[Exact, list[str], list[str]]:
    total_txt, caps = ctx.memo.get(("assessment", "bb_caps")) or _bb_caps(ctx)
    whole, rest, trace, bad = 0, Fraction(0), [], []  # whole points and the rest, added apart
    for p, cap, top, den, cap_txt in caps:
        raw = facts[p]
        if type(raw) is int:  # whole points: compared and added as integers (v > cap ⇔ v × den > top)
            if raw * den > top:
                bad.append(f"{_PART_ZH[p]} {raw} 分超过该项满分 {cap_txt}")
            whole += raw
            trace.append(f"{_PART_ZH[p]} {raw}/{cap_txt}")
            continue
        v = _q(raw)
        if v > cap:
            bad.append(f"{_PART_ZH[p]} {_n(v)} 分超过该项满分 {cap_txt}")
        rest += v
        trace.append(f"{_PART_ZH[p]} {_n(v)}/{cap_txt}")
    score = rest + whole if rest else whole
    trace.append(f"总分 {_n(score)}/{total_txt}")
    return score, trace, bad


def _bb_caps(ctx: RuleContext) -> tuple[str, tuple[tuple[str, Exact, int, int, str], ...]]:
    """Each part's maximum (its share of the total), as a Fraction, its numerator and denominator and as
    written; and the total as written (read once per context)."""
    total_max = _p(ctx, _BB, "total")
    caps = []
    for p in _PARTS:
        cap = _p(ctx, _BB, "share", p) * total_max
        caps.append((p, cap, cap.numerator, cap.denominator, _n(cap)))
    found = ctx.memo[("assessment", "bb_caps")] = (_n(total_max), tuple(caps))
    return found


def _bb_grade(ctx: RuleContext, score: Exact, fraud: bool) -> tuple[str, str]:
    ex, good, fair = (_p(ctx, _BB, "grade", g) for g in ("excellent", "good", "fair"))
    grade = "excellent" if score >= ex else "good" if score >= good else "fair" if score >= fair else "poor"
    note = ""
    if fraud and grade in ("excellent", "good"):
        grade, note = "fair", "（查实弄虚作假，取消优秀、良好评定资格）"
    return grade, note


_GRADE_ZH = {"excellent": "优秀", "good": "良好", "fair": "一般", "poor": "较差"}
_BB_PARAMS = (
    [f"{_BB}.total"]
    + [f"{_BB}.share.{p}" for p in _PARTS]
    + [f"{_BB}.grade.{g}" for g in ("excellent", "good", "fair")]
)


@rule(
    "program.baobao_assessment.grade_art7_8",
    check="program.baobao_assessment",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:7:7", "总分为100分"),
        ("baicheng-fupin:7:8", "优秀等次为90分及以上，良好等次为80-89分，一般等次为60-79分，较差等次为59分及以下"),
        ("baicheng-fupin:7:12", "取消部门（单位）优秀、良好评定资格"),
    ],
    params=_BB_PARAMS,
)
def baobao_grade_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 第七、八、十二条：五项得分不超过各自权重（10/40/30/10/10 分）；优秀 ≥90、良好 80–89、一般 60–79、
    较差 ≤59. Reading (``…grade.*``): the bands are read as lower bounds (90, 80, 60), so 89.5 is 良好 and 59.5
    较差; a verified fraud removes 优秀/良好 and the department is rated 一般 at best."""
    score, trace, bad = _bb_score(facts, ctx)
    if bad:
        return ctx.finding(BLOCKED, "；".join(bad), "a part's points exceed its weight", trace=trace + bad)
    grade, note = _bb_grade(ctx, score, bool(facts.get("fraud")))
    trace.append(f"等次 {_GRADE_ZH[grade]}{note}")
    outcome = ALLOWED if grade in ("excellent", "good") else WARNING
    return ctx.finding(
        outcome,
        f"考核评价总分 {_n(score)} 分，等次为{_GRADE_ZH[grade]}{note}",
        f"score {_n(score)}, grade {grade}",
        trace=trace,
    )


@rule(
    "program.baobao_assessment.use_art10",
    check="program.baobao_assessment",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:7:10.1", "绩效（目标责任制）考评该项目得满分（2分）"),
        ("baicheng-fupin:7:10.2", "评为良好等次的，对主要负责同志和分管领导进行提醒谈话"),
    ],
    params=[*_BB_PARAMS, f"{_BB}.use.points_excellent", f"{_BB}.use.points_good"],
)
def baobao_use_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 第十条：2016–2017 年 优秀得该项满分 2 分、良好 1 分、一般/较差 0 分并提醒谈话；2018–2020 年另行表彰、
    提醒谈话或诫勉谈话. Other years: only the general rule (适当权重纳入绩效考评)."""
    score, _t, bad = _bb_score(facts, ctx)
    if bad:
        return ctx.finding(BLOCKED, "；".join(bad), "a part's points exceed its weight")
    grade, _note = _bb_grade(ctx, score, bool(facts.get("fraud")))
    year = facts["year"]
    pts = {"excellent": _p(ctx, _BB, "use", "points_excellent"), "good": _p(ctx, _BB, "use", "points_good")}.get(
        grade, 0
    )
    if not 2016 <= year <= 2020:
        return ctx.finding(
            ALLOWED,
            f"{year} 年考评结果以适当权重纳入绩效（目标责任制）考评",
            "results enter the performance evaluation",
            cites=("baicheng-fupin:7:10.1",),
        )
    items = [f"绩效（目标责任制）考评该项目得 {_n(pts)} 分"]
    outcome = ALLOWED
    if grade == "excellent":
        items.append("评先选优优先考虑领导班子和主要负责同志、分管领导")
        if year >= 2018:
            items.append("对领导班子和领导干部通报表彰")
    elif grade == "good":
        if year >= 2018:
            items.append("对主要负责同志和分管领导进行提醒谈话")
            outcome = WARNING
    else:
        outcome = WARNING
        items.append("部门不能评为优秀、良好等次，班子不能评为好和较好班子，主要负责同志和分管领导不能评为优秀")
        items.append(
            "对主要负责同志和分管领导进行诫勉谈话，是后备干部的取消后备资格" if year >= 2018 else "进行提醒谈话"
        )
    return ctx.finding(
        outcome, f"{year} 年等次{_GRADE_ZH[grade]}：" + "；".join(items), f"{grade}: consequences apply", trace=items
    )


@rule(
    "program.baobao_assessment.dynamic_art11",
    check="program.baobao_assessment",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:7:11", "群众满意度达到100%、业绩特别突出的"),
    ],
    params=[f"{_BB}.dynamic.full", f"{_BB}.dynamic.low"],
)
def baobao_dynamic_bc(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 第十一条：满意度 100% 且业绩特别突出 → 通报表彰；低于 70%（不含 70%）且未完成帮扶任务 → 诫勉谈话、
    调换第一书记；问题突出 → 组织调整. Reading: the two conditions of each branch are cumulative."""
    rate = facts.get("satisfaction_rate")
    if rate is None and not facts.get("serious_problems"):
        return None
    trace: list[str] = []
    if facts.get("serious_problems"):
        return ctx.finding(
            WARNING,
            "问题突出、在基层造成不良影响：对帮扶部门领导班子进行组织调整，第一书记、驻村工作队员通报批评和组织处理",
            "serious problems: organisational adjustment",
            cites=("baicheng-fupin:7:11",),
        )
    r = _q(rate)
    full, low = _p(ctx, _BB, "dynamic", "full"), _p(ctx, _BB, "dynamic", "low")
    trace.append(f"满意度 {_n(r)}%（100% 门槛 {_n(full)}%，低限 {_n(low)}%）")
    if r < low and not facts.get("tasks_completed", True):
        return ctx.finding(
            WARNING,
            "满意度低于70%且未完成帮扶任务：对领导班子诫勉谈话，及时调换第一书记、驻村工作队员",
            "below 70 % and tasks not done: admonition talk, replace the first secretary",
            trace=trace,
        )
    if r >= full and facts.get("outstanding"):
        return ctx.finding(
            ALLOWED,
            "满意度100%且业绩特别突出：通报表彰领导班子，优先提拔重用第一书记、驻村工作队员",
            "100 % and outstanding: commendation",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "不触发动态考核奖惩", "no dynamic reward or sanction", trace=trace)


check(
    "program.baobao_schedule",
    "包保帮扶考核评价各步骤时限（白城）",
    "Deadlines of the paired-assistance evaluation steps (Baicheng)",
    obj(
        ["year", "step"],
        {
            "year": integer("考评年度 year evaluated", 2000, 2100),
            "step": enum(
                "步骤：部门自查自评、乡镇逐户查验、全面汇总评估、反馈通报 step",
                ["self_evaluation", "household_verification", "summary_report", "feedback"],
            ),
            "done_on": described(DATE, "完成（报送）日期（默认为校验日期） date done"),
        },
    ),
)


@rule(
    "program.baobao_schedule.art9",
    check="program.baobao_schedule",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:7:9.1", "于当年12月5日前报市脱贫攻坚领导小组办公室"),
        ("baicheng-fupin:7:9.2", "于每年12月15日前报市脱贫攻坚领导小组办公室"),
        ("baicheng-fupin:7:9.4", "1月20日前，市脱贫攻坚领导小组办公室根据对各部门（单位）的考评材料"),
        ("baicheng-fupin:7:9.5", "1月25日前，市脱贫攻坚领导小组将审定结果及考评情况"),
    ],
)
def baobao_schedule_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 第九条：12 月 5 日前、12 月 15 日前（当年）；1 月 20 日前、1 月 25 日前（次年）. Reading
    (``…inclusive``): “X日前” includes day X; fixed calendar dates do not roll."""
    step = facts["step"]
    raw = str(ctx.param(f"program.baobao_schedule.art9.{step}"))
    month, day = (int(x) for x in raw.split("-"))
    year = facts["year"] + (1 if month == 1 else 0)
    due = dt.date(year, month, day)
    if not ctx.param("program.baobao_schedule.art9.inclusive"):
        due -= dt.timedelta(days=1)
    dl = Deadline(due, "包保帮扶考核步骤时限", "evaluation step deadline")
    when = _d(facts, "done_on") or ctx.on
    trace = [f"时限 {iso(due)}；办理 {iso(when)}"]
    extra = ctx.param_clauses(f"program.baobao_schedule.art9.{step}")
    if when > due:
        return ctx.finding(
            WARNING,
            f"逾期：应于 {iso(due)} 前完成",
            f"late: due by {iso(due)}",
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(ALLOWED, f"在 {iso(due)} 前完成", "on time", trace=trace, deadlines=[dl], extra=extra)


# =========================================================================== 白城 “雨露计划”

_YL = "program.yulu_subsidy"
_SCHOOLS = [
    "full_time_secondary_specialized",
    "adult_secondary_specialized",
    "vocational_high",
    "technical_school",
    "full_time_junior_college",
    "higher_vocational",
    "technician_college",
    "undergraduate",
    "general_high_school",
    "other",
]

check(
    "program.yulu_subsidy",
    "“雨露计划”扶贫助学补助（白城）",
    "'Rain and Dew' vocational-education subsidy (Baicheng)",
    obj(
        ["household_in_system", "school_type", "registered_xueji"],
        {
            "household_in_system": _bool("精准识别且录入国家扶贫开发信息系统 household in the national system"),
            "special_approval": _bool("特殊情况未录入，经县级扶贫开发领导小组审定 special county approval"),
            "household_exited": _bool("家庭已脱贫 household has exited poverty"),
            "previously_subsidized": _bool("已首次得到扶贫助学补助 first subsidy already received"),
            "school_type": enum("就读学校类型 type of school", _SCHOOLS),
            "registered_xueji": _bool("在中高等职业教育学籍管理系统注册正式学籍 formal student registration"),
            "in_school": _bool("在校学习（含顶岗实习）（默认是） in school (incl. placement)"),
            "applied_at_home": _bool("在家庭所在地申领（默认是） applied at the family's home location"),
            "semester": enum("学期：春季、秋季 semester", ["spring", "autumn"]),
            "amount": {**MONEY, "description": "本学期拟补助金额（元） amount for this semester"},
            "already_paid_this_semester": _bool("本学期已补助 already paid this semester"),
            "publicity_objection": enum(
                "公示异议：无、查实不符合、待核实 objections", ["none", "verified_ineligible", "pending"]
            ),
            "county_group_confirmed": _bool("经县级扶贫领导小组确认 confirmed by the county leading group"),
        },
    ),
)


@rule(
    "program.yulu_subsidy.eligibility_art1_2",
    check="program.yulu_subsidy",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:6:1.2", "精准识别且录入国家扶贫开发信息系统的贫困家庭"),
        ("baicheng-fupin:6:1.3", "无论其家庭是否脱贫，继续享受扶持政策"),
        ("baicheng-fupin:6:1.1", "均在其家庭所在地申领扶贫助学补助"),
    ],
    params=[f"{_YL}.schools"],
)
def yulu_eligibility_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 《“雨露计划”工作细则》一(一)–(三). Reading: a household that exited poverty before its first subsidy
    is no longer a 贫困家庭 (the continuation rule covers only households already subsidised)."""
    p: list[tuple[str, str]] = []
    if not facts["household_in_system"] and not facts.get("special_approval"):
        p.append(
            ("家庭未录入国家扶贫开发信息系统，且未经县级扶贫开发领导小组审定", "household not in the national system")
        )
    if facts.get("household_exited") and not facts.get("previously_subsidized"):
        p.append(("家庭已脱贫且此前未享受补助", "household exited before any subsidy"))
    schools = list(ctx.param(f"{_YL}.schools"))
    if facts["school_type"] not in schools:
        p.append(("所读学校不属于中、高等职业教育", "not a secondary or higher vocational school"))
    if not facts["registered_xueji"]:
        p.append(("未在中高等职业教育学籍管理系统注册正式学籍", "no formal registration"))
    if facts.get("in_school") is False:
        p.append(("不在校学习期间", "not in school"))
    if facts.get("applied_at_home") is False:
        p.append(("须在家庭所在地申领", "must apply at the family's home location"))
    if p:
        return ctx.finding(
            BLOCKED,
            "不符合补助条件：" + "；".join(x[0] for x in p),
            "not eligible: " + "; ".join(x[1] for x in p),
        )
    return ctx.finding(ALLOWED, "符合“雨露计划”扶持条件", "eligible")


@rule(
    "program.yulu_subsidy.amount_art1_1",
    check="program.yulu_subsidy",
    agencies=[BC],
    cites=[("baicheng-fupin:6:1.1", "按每生每学期1500元标准（春、秋学期各补一次，即每学年3000元）")],
)
def yulu_amount_bc(facts: Any, ctx: RuleContext) -> Finding:
    """每生每学期 1,500 元，春、秋各补一次（每学年 3,000 元）."""
    std = money(ctx.param(f"{_YL}.amount_art1_1.per_semester"))
    if facts.get("already_paid_this_semester"):
        return ctx.finding(BLOCKED, "本学期已补助，每学期只补一次", "already paid this semester")
    if "amount" not in facts:
        return ctx.finding(ALLOWED, f"本学期补助标准 {yuan(std)}", f"standard {yuan(std)} per semester")
    amt = money(facts["amount"])
    trace = [f"拟补助 {yuan(amt)} {'≤' if amt <= std else '>'} 标准 {yuan(std)}"]
    if amt > std:
        return ctx.finding(BLOCKED, f"超过每生每学期 {yuan(std)} 标准", "above the standard", trace=trace)
    if amt < std:
        return ctx.finding(WARNING, f"低于每生每学期 {yuan(std)} 标准，请核对", "below the standard", trace=trace)
    return ctx.finding(ALLOWED, f"按标准补助 {yuan(std)}", "standard amount", trace=trace)


@rule(
    "program.yulu_subsidy.payment_art3_2_3",
    check="program.yulu_subsidy",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:6:3.2", "经乡（镇）党委政府查实报县级扶贫部门核准后取消补助资格"),
        ("baicheng-fupin:6:3.3", "公示无异议的补助对象经县级扶贫领导小组确认后"),
    ],
)
def yulu_payment_bc(facts: Any, ctx: RuleContext) -> Finding:
    """三(二)(三)：村级公示无异议并经县级扶贫领导小组确认后，由财政局直补到一卡（折）通."""
    obj = facts.get("publicity_objection")
    if obj == "verified_ineligible":
        return ctx.finding(
            BLOCKED, "群众举报经查实不符合补助条件，取消补助资格", "verified ineligible: subsidy cancelled"
        )
    if obj == "pending":
        return ctx.finding(BLOCKED, "公示异议尚待乡（镇）查实", "an objection is still being verified")
    confirmed = facts.get("county_group_confirmed")
    if confirmed is False:
        return ctx.finding(BLOCKED, "须经县级扶贫领导小组确认后方可发放", "the county leading group must confirm")
    if obj is None or confirmed is None:
        return ctx.finding(
            WARNING,
            "发放前须在村内公示无异议并经县级扶贫领导小组确认",
            "publicise and obtain confirmation first",
        )
    return ctx.finding(ALLOWED, "公示无异议并经确认，可提交财政局直补", "may be paid")


check(
    "program.yulu_reconcile",
    "“雨露计划”补助人数与系统录入人数核对（白城）",
    "Subsidised vs entered counts (Baicheng)",
    obj(
        ["subsidised", "entered"],
        {
            "subsidised": integer("补助人数 persons subsidised"),
            "entered": integer("录入全国扶贫开发信息管理系统人数 persons entered in the system"),
        },
    ),
)


@rule(
    "program.yulu_reconcile.art3_6",
    check="program.yulu_reconcile",
    agencies=[BC],
    cites=[("baicheng-fupin:6:3.6", "补助人数与录入人数相一致")],
)
def yulu_reconcile_bc(facts: Any, ctx: RuleContext) -> Finding:
    """三(六)：补助人数与录入人数相一致."""
    s, e = facts["subsidised"], facts["entered"]
    trace = [f"补助 {s} 人 {'=' if s == e else '≠'} 录入 {e} 人"]
    if s != e:
        return ctx.finding(BLOCKED, "补助人数与录入人数不一致", "counts differ", trace=trace)
    return ctx.finding(ALLOWED, "补助人数与录入人数一致", "counts agree", trace=trace)


check(
    "program.yulu_recovery",
    "“雨露计划”漏补、错补与退学的处理（白城）",
    "Missed payments, wrong payments and dropouts (Baicheng)",
    obj(
        ["case"],
        {
            "case": enum(
                "情形：漏补、错补、补助后因个人原因退学失学 case",
                ["missed_payment", "wrong_payment", "dropout_personal"],
            ),
            "paid_by_procedure": _bool("严格按工作要求、程序确认补助对象并兑现 paid after the proper procedure"),
            "county_group_confirmed": _bool("经县级扶贫领导小组确认 confirmed by the county leading group"),
        },
    ),
)


@rule(
    "program.yulu_recovery.art2_4_3_1",
    check="program.yulu_recovery",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:6:2.4", "漏补人员及时补放资金，错补及时追缴"),
        ("baicheng-fupin:6:3.1", "经县级扶贫领导小组确认，不按错补、虚假补助对待"),
    ],
)
def yulu_recovery_bc(facts: Any, ctx: RuleContext) -> Finding:
    """二(四)：漏补及时补放、错补及时追缴；三(一)：按程序确认并兑现后因个人原因退学、失学，经县级扶贫领导小组
    确认的，不按错补、虚假补助对待（无须追缴）."""
    case = facts["case"]
    if case == "missed_payment":
        return ctx.finding(WARNING, "漏补人员须及时补放资金，并做好佐证留存", "pay the missed subsidy promptly")
    if case == "wrong_payment":
        return ctx.finding(BLOCKED, "错补资金须及时追缴，不得保留", "a wrong payment must be recovered")
    if facts.get("paid_by_procedure") and facts.get("county_group_confirmed"):
        return ctx.finding(
            ALLOWED,
            "按程序兑现后因个人原因退学，经县级领导小组确认，不按错补对待",
            "not treated as a wrong payment",
        )
    return ctx.finding(
        BLOCKED,
        "须经县级扶贫领导小组确认且原补助按程序兑现，方可不按错补对待；否则按错补追缴",
        "without confirmation (and proper procedure) the payment is treated as a wrong payment",
    )
