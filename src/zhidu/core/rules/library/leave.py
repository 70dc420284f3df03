"""Leave (请销假), official outings (因公外出) and sick-leave pay (病假期间生活待遇).

制度 implemented (figures in ``agencies/<slug>/parameters/leave.yaml``):
- 通榆 《事业单位工作人员病假期间生活待遇审批办法（试行）》(tongyu-hrss:22): pay ratio by month of sick leave
  and years of service, the pay formula, documents, renewal of the diagnosis, 吃空饷 (check ``sick_pay.approve``).
- 文山 第三十四条 因公外出和请销假制度 (wenshan-hrss:38): leave kinds and entitlements, annual-leave plan,
  approval by rank and days, advance notice, filing on the day of approval, outings (离开文山城区).
  第三十五条(三) (wenshan-hrss:39:3): permission for private errands / leaving early.
- 区局 《工作人员管理规定》(district-bureau:34) 四: approval by rank and days, holiday trips out of the city;
  《考勤管理办法(试行)》(district-bureau:58) 二–四: approval chain, filing the day before, sick-leave papers,
  personal-leave purposes, outing reports.
- 白城 《市扶贫办机关考勤管理制度（试行）》(baicheng-fupin:12) 二–四: approval by rank and working days, 公出
  审批单, annual leave by years of service, special personal leave, counting rules, 销假 the day after.

Readings chosen where the texts overlap or leave gaps are parameters with a ``reading:``; the ones that shape
code are repeated next to the rule. Catalog vs seed differences are noted in the rule docstrings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ...calendar import add_months_clamped
from ...errors import BadInput
from ...roles import ROLE_BY_ID
from ..helpers import DATE, MONEY, money, num, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule

W, D, B, T = "wenshan-hrss", "district-bureau", "baicheng-fupin", "tongyu-hrss"

# ---------------------------------------------------------------------------------------------- shared pieces

RANKS = ["staff", "section_head", "deputy", "chief"]
RANK_ZH = {
    "staff": "一般工作人员（科员）",
    "section_head": "科室负责人（正副科长、科级干部）",
    "deputy": "领导班子副职（副局长、处级干部）",
    "chief": "单位主要领导（局长、主任）",
}
RANK_DESC = (
    "职级：staff 一般工作人员/科员；section_head 科室负责人/正副科长/科级干部；deputy 领导班子副职/副局长/"
    "（文山）处级干部；chief 单位主要领导 rank of the person"
)
# Roles the texts name as approvers beyond core/roles.py: 白城 政府分管领导 and 文山 局领导 (any bureau leader).
EXTRA_ROLES = {"government_leader_in_charge": "政府分管领导", "bureau_leader": "局领导"}
APPROVER_ROLES = ["section_head", "deputy_in_charge", "chief", "government_leader_in_charge", "office"]

LEAVE_TYPES = [
    "annual",  # 年休假
    "marriage",  # 婚假
    "bereavement",  # 丧假
    "maternity",  # 产假（生育假）
    "paternity",  # 男方护理假
    "personal",  # 事假
    "special_personal",  # 特殊事假（白城）
    "sick",  # 病假
    "home_visit",  # 探亲假
    "official",  # 公假（包括出差）
    "other",  # 其他
]
LEAVE_ZH = {
    "annual": "年休假",
    "marriage": "婚假",
    "bereavement": "丧假",
    "maternity": "产假",
    "paternity": "护理假",
    "personal": "事假",
    "special_personal": "特殊事假",
    "sick": "病假",
    "home_visit": "探亲假",
    "official": "公假（出差）",
    "other": "其他假",
}

DAYS_FACT: dict[str, Any] = {
    "type": "number",
    "minimum": 0,
    "maximum": 400,
    "multipleOf": 0.5,
    "description": "天数（可为半天，如 2.5） number of days (half days allowed)",
}


def role_zh(role: str) -> str:
    r = ROLE_BY_ID.get(role)
    return r.name_zh if r else EXTRA_ROLES.get(role, role)


def roles_zh(roles: Iterable[str]) -> str:
    return "、".join(role_zh(r) for r in roles)


Exact = int | Fraction
"""An exact number of days (hours, months): a whole one as ``int`` (added and compared natively, far cheaper
than ``Fraction``), any other (half days) as ``Fraction``; ``num`` writes both alike."""


def frac(raw: Any) -> Exact:
    """A fact's or parameter's number, exactly: an ``int`` when whole, else a ``Fraction`` (via ``str`` so 0.5
    stays 1/2)."""
    t = type(raw)
    if t is int:
        same: int = raw
        return same
    if t is Fraction:
        f: Fraction = raw
        return f.numerator if f.denominator == 1 else f
    if t is float or t is str:  # half days and the like come back again and again: parse each once
        key = (t, raw)
        found = _FRACS.get(key)
        if found is None:
            parsed = Fraction(str(raw))
            found = parsed.numerator if parsed.denominator == 1 else parsed
            if len(_FRACS) >= 4096:
                _FRACS.clear()
            _FRACS[key] = found
        return found
    other = raw if isinstance(raw, Fraction) else Fraction(str(raw))
    return other.numerator if other.denominator == 1 else other


_FRACS: dict[tuple[type, Any], Exact] = {}


def day(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw)


def first_param(ctx: RuleContext, names: Sequence[str]) -> str | None:
    """The first of ``names`` the agency defines."""
    for n in names:
        if ctx.defines(n):
            return n
    return None


def fixed_deadline(on: dt.date, label_zh: str, label_en: str, trace: str) -> Deadline:
    """A deadline on a fixed date the text names (not a period counted from an event)."""
    return Deadline(on, label_zh, label_en, False, (trace,))


def count_days(facts: Mapping[str, Any], ctx: RuleContext, unit: str, field: str = "days") -> tuple[Exact, str]:
    """The leave's length: the ``days`` fact, else counted from ``start``..``end`` (both days included) in
    working days on the official calendar (调休 weekends count as working days) or in calendar days."""
    if field in facts:
        n = frac(facts[field])
        return n, f"请假 {num(n)} 天（申报）"
    if "start" not in facts or "end" not in facts:
        raise BadInput("请填写请假天数 days，或起止日期 start 与 end", "give days, or start and end", field)
    start, end = day(facts["start"]), day(facts["end"])
    if end < start:
        raise BadInput("结束日期早于开始日期", f"end {end} is before start {start}", "end")
    if unit == "working_days":
        c = ctx.calendar.working_days_between(start, end, count_start=True)
        note = "（临时日历）" if c.provisional else ""
        return c.days, f"{start}至{end} 共 {c.days} 个工作日{note}"
    total = (end - start).days + 1
    return total, f"{start}至{end} 共 {total} 天（含休息日）"


def pick_band(bands: Sequence[Mapping[str, Any]], n: Exact) -> tuple[Mapping[str, Any], str]:
    """The first band whose bound holds: ``upto`` (≤) or ``below`` (<); a band with neither catches the rest."""
    lower = ""
    for b in bands:
        if "upto" in b:
            bound = frac(b["upto"])
            if n <= bound:
                return b, f"{lower}≤ {num(bound)} 天"
            lower = f"> {num(bound)} 天，"
        elif "below" in b:
            bound = frac(b["below"])
            if n < bound:
                return b, f"{lower}< {num(bound)} 天"
            lower = f"≥ {num(bound)} 天，"
        else:
            return b, lower.rstrip("，") or "任何天数"
    raise ValueError("approval bands have no catch-all band")


def pick_band_of(ctx: RuleContext, name: str, n: Exact) -> tuple[Mapping[str, Any], str]:
    """``pick_band(ctx.param(name), n)``, the bands read once per context: each band with its bound and the
    text ``pick_band`` gives when the band is the first whose bound holds."""
    bands = ctx.memo.get(("leave.bands", name))
    if bands is None:
        try:
            bands = ctx.memo[("leave.bands", name)] = _read_bands(ctx.param(name))
        except Exception:  # whatever it is, pick_band meets it where it always did
            return pick_band(ctx.param(name), n)  # a band it cannot read: as pick_band goes, band by band
    for b, strict, bound, where in bands:
        if bound is None or (n < bound if strict else n <= bound):
            return b, where
    raise ValueError("approval bands have no catch-all band")


def _read_bands(
    bands: Sequence[Mapping[str, Any]],
) -> tuple[tuple[Mapping[str, Any], bool, Exact | None, str], ...]:
    out: list[tuple[Mapping[str, Any], bool, Exact | None, str]] = []
    lower = ""
    for b in bands:
        if "upto" in b:
            bound = frac(b["upto"])
            out.append((b, False, bound, f"{lower}≤ {num(bound)} 天"))
            lower = f"> {num(bound)} 天，"
        elif "below" in b:
            bound = frac(b["below"])
            out.append((b, True, bound, f"{lower}< {num(bound)} 天"))
            lower = f"≥ {num(bound)} 天，"
        else:
            out.append((b, False, None, lower.rstrip("，") or "任何天数"))
            break
    return tuple(out)


# ---------------------------------------------------------------------------------------------- leave.request

REQUEST = check(
    "leave.request",
    "请假审批（审批权限、提前申请、材料、备案）",
    "Leave request: who approves, advance notice, papers, filing",
    {
        "type": "object",
        "required": ["rank", "leave_type"],
        "additionalProperties": False,
        "properties": {
            "rank": {"enum": RANKS, "description": RANK_DESC},
            "leave_type": {"enum": LEAVE_TYPES, "description": "假别 kind of leave"},
            "days": {
                **DAYS_FACT,
                "description": "请假天数（离岗的工作日数，可为半天；不填则按起止日期计算）"
                " days of leave (working days away; else counted from start and end)",
            },
            "start": {**DATE, "description": "假期开始日期 first day of leave"},
            "end": {**DATE, "description": "假期结束日期（含） last day of leave (included)"},
            "submitted_on": {
                **DATE,
                "description": "提交请假条（书面申请）日期 date the written request was handed in",
            },
            "emergency": {
                "type": "boolean",
                "description": "生病住院等特殊紧急情况，先口头/电话请假（默认否） emergency: oral/phone request first",
            },
            "written_form": {
                "type": "boolean",
                "description": "已填写书面请假审批表（默认是） a written leave form was filled in (default yes)",
            },
            "approved_by": {
                "type": "array",
                "items": {"enum": APPROVER_ROLES},
                "uniqueItems": True,
                "description": "已签批的审批人 roles that have already approved",
            },
            "approved_on": {**DATE, "description": "批准日期 date of approval"},
            "filed_on": {
                **DATE,
                "description": "请假条送人事教育科/办公室备案日期"
                " date the approved form was filed with HR / the office",
            },
            "medical_certificate": {
                "type": "boolean",
                "description": "病假已附医疗机构诊断/休假建议材料（默认是）"
                " sick leave: medical papers attached (default yes)",
            },
            "purpose": {
                "enum": ["own_affair", "tourism", "non_close_relative_event", "other_not_own"],
                "description": "事假事由：own_affair 非本人不能处理的事；tourism 出行旅游；non_close_relative_event "
                "参加非近亲属婚丧嫁娶；other_not_own 其他非须本人处理（默认 own_affair） purpose of personal leave",
            },
            "reason_stated": {
                "type": "boolean",
                "description": "事假已说明具体原因（默认是） the personal-leave form states a specific reason",
            },
            "personal_days_taken": {
                **DAYS_FACT,
                "description": "本年已请事假天数（不含本次） personal-leave days already taken this year",
            },
            "section_on_annual_leave": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "description": "同一时段本科室已安排年休假人数"
                " colleagues of the section on annual leave in the same period",
            },
        },
    },
)


@rule(
    "leave.approval",
    check="leave.request",
    agencies=[W, D, B],
    cites=[],
    params=["leave.approval.day_unit"],
)
def approval(facts: Any, ctx: RuleContext) -> Finding:
    """审批权限：按职级、假别和天数查 ``leave.approval.<rank>[.<leave_type>]`` 的分档（upto 含本数，below 不含）。

    文山 (三)、区局 《考勤管理办法》三(一)/《工作人员管理规定》四、白城 二(二)–(四)。各档的读法见参数的 reading。
    The catalog (S003-12 r20) reads 白城 二(九) “经科长同意后，由主管主任审批” as a rival chain; the seed's specific
    bands in 二(三)(四) are applied and (九) is read as the procedure (form, in advance, certificates)."""
    rank, kind = facts["rank"], facts["leave_type"]
    name = first_param(ctx, [f"leave.approval.{rank}.{kind}", f"leave.approval.{rank}"])
    if name is None:
        return ctx.finding(
            WARNING,
            f"本机构制度未规定{RANK_ZH[rank]}请{LEAVE_ZH[kind]}的审批权限，请按本单位惯例报批并记录依据",
            f"the agency's rules name no approver for a {rank} taking {kind} leave; record the basis used",
            trace=[f"职级 {RANK_ZH[rank]}，假别 {LEAVE_ZH[kind]}：无对应审批规定"],
        )
    unit = ctx.param_or("leave.approval.day_unit") or "working_days"
    n, how = count_days(facts, ctx, unit)
    band, where = pick_band_of(ctx, name, n)
    required = list(band["approvers"])
    done = set(facts.get("approved_by", []))
    missing = [r for r in required if r not in done]
    days, who = num(n), roles_zh(required)
    trace = [how, f"{RANK_ZH[rank]}请{LEAVE_ZH[kind]} {days} 天（{where}）→ {who}"]
    cited = [ctx.param_cited(name)]
    if "days" not in facts and first_param(ctx, ["leave.approval.day_unit"]):
        cited.append(ctx.param_cited("leave.approval.day_unit"))
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            f"请假 {days} 天，须经{who}批准" + (f"（尚缺{roles_zh(missing)}）" if done else ""),
            f"{days} days of leave: approval by {', '.join(required)} required",
            trace=trace,
            approvers=missing,
            extra=cited,
        )
    return ctx.finding(
        ALLOWED,
        f"请假 {days} 天，已经{who}批准",
        f"{days} days of leave approved by {', '.join(required)}",
        trace=trace,
        extra=cited,
    )


@rule(
    "leave.notice_art34_4",
    check="leave.request",
    agencies=[W],
    cites=[
        ("wenshan-hrss:38:4", "一般应提前2天以上提交请假条"),
        ("wenshan-hrss:38:2.1", "工作人员休假前1周内向分管领导提交请假条"),
        ("wenshan-hrss:39:2", "无故不上班的,一律视为旷工"),
    ],
)
def notice_art34_4(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 (四): 一般应提前 2 天以上提交请假条（“一般应”→ 不足时提醒）；年休假 (二)1: 休假前 1 周内提交，读作至少
    提前 7 天（见参数 reading）。请假开始后才提交且非紧急情况 → 无故不上班，按旷工 (第三十五条(二))。
    Emergencies (生病住院等) go by oral request first; the make-up slip is checked by ``leave.close``."""
    if "submitted_on" not in facts or "start" not in facts:
        return None
    sub, start = day(facts["submitted_on"]), day(facts["start"])
    emergency = bool(facts.get("emergency", False))
    annual = facts["leave_type"] == "annual"
    need = int(ctx.param("leave.notice_art34_4.annual_days" if annual else "leave.notice_art34_4.days"))
    ahead = (start - sub).days
    trace = [f"提交 {sub}，假期开始 {start}：提前 {ahead} 天，应提前 {need} 天以上"]
    if emergency:
        return ctx.finding(
            ALLOWED,
            "特殊情况先口头请假，回单位后2天以内补假条",
            "emergency: oral request first, written slip within 2 days after return",
            trace=trace,
            cites=["wenshan-hrss:38:4"],
        )
    if ahead <= 0:
        return ctx.finding(
            BLOCKED,
            "假期开始后才提交请假条，又非特殊紧急情况：未经请假不上班，视为旷工",
            "request handed in only after the leave began, without an emergency: absence counts as 旷工",
            trace=trace,
            cites=["wenshan-hrss:38:4", "wenshan-hrss:39:2"],
        )
    cite_ids = ["wenshan-hrss:38:2.1", "wenshan-hrss:38:4"] if annual else ["wenshan-hrss:38:4"]
    extra = [ctx.param_cited("leave.notice_art34_4.annual_days")] if annual else []
    if ahead < need:
        return ctx.finding(
            WARNING,
            f"仅提前 {ahead} 天提交请假条，不足 {need} 天",
            f"request handed in {ahead} days ahead, fewer than {need}",
            trace=trace,
            cites=cite_ids,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"提前 {ahead} 天提交请假条",
        f"request handed in {ahead} days ahead",
        trace=trace,
        cites=cite_ids,
        extra=extra,
    )


@rule(
    "leave.filing_art34_4",
    check="leave.request",
    agencies=[W],
    cites=[("wenshan-hrss:38:4", "所有经批准后的请假条须于批准当天送人事教育科存查")],
)
def filing_art34_4(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 (四): 批准的请假条须于批准当天送人事教育科存查。"""
    if "approved_on" not in facts:
        return None
    approved = day(facts["approved_on"])
    deadline = fixed_deadline(approved, "请假条送人事教育科存查", "slip to the HR section", "批准当天")
    if "filed_on" not in facts:
        late = ctx.on > approved
        return ctx.finding(
            BLOCKED if late else WARNING,
            f"批准当天（{approved}）须将请假条送人事教育科存查" + ("，已逾期" if late else ""),
            f"the approved slip must reach the HR section on the day of approval ({approved})",
            trace=[f"批准 {approved}，尚未送存"],
            deadlines=[deadline],
        )
    filed = day(facts["filed_on"])
    ok = filed <= approved
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        "请假条已于批准当天送人事教育科" if ok else f"请假条 {filed} 才送人事教育科，晚于批准当天 {approved}",
        "slip filed on the day of approval" if ok else f"slip filed {filed}, after the day of approval {approved}",
        trace=[f"批准 {approved}，送存 {filed}"],
        deadlines=[deadline],
    )


@rule(
    "leave.annual_overlap_art34_2",
    check="leave.request",
    agencies=[W],
    cites=[("wenshan-hrss:38:2.1", "同一时段只能安排1人")],
)
def annual_overlap(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 (二)1: 同一科室同一时段只能安排 1 人休年休假。"""
    if facts["leave_type"] != "annual":
        return None
    others = int(facts.get("section_on_annual_leave", 0))
    cap = int(ctx.param("leave.annual_overlap_art34_2.max"))
    ok = others + 1 <= cap
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        "本科室同一时段无他人休年休假" if ok else f"本科室同一时段已有 {others} 人休年休假，只能安排 {cap} 人",
        "no one else of the section on annual leave then" if ok else f"{others} already on annual leave; cap {cap}",
        trace=[f"同时段休年休假 {others} + 1 人 {'≤' if ok else '>'} {cap} 人"],
    )


@rule(
    "leave.filing_58",
    check="leave.request",
    agencies=[D],
    cites=[
        ("district-bureau:58:3", "工作人员休假前一天由所在科室将审批后的《干部职工请假审批表》报局办公室备案"),
        ("district-bureau:58:2", "对未备案离岗人员,按旷工处理"),
    ],
)
def filing_58(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 《考勤管理办法》三: 提前书面申请，休假前一天报办公室备案；特殊情况提前口头申请、经批准后休假并备案，
    事后补办书面手续。二: 未备案离岗按旷工处理。
    Reading (parameter ``leave.filing_58.previous_working_day``): “休假前一天”为休假开始前的最后一个工作日。"""
    if "start" not in facts:
        return None
    start = day(facts["start"])
    emergency = bool(facts.get("emergency", False))
    prev = start - dt.timedelta(days=1)
    if ctx.param("leave.filing_58.previous_working_day"):
        while not ctx.calendar.is_working_day(prev):
            prev -= dt.timedelta(days=1)
    deadline = fixed_deadline(prev, "请假审批表报办公室备案", "leave form filed with the office", "休假前一天")
    extra = [ctx.param_cited("leave.filing_58.previous_working_day")]
    if "submitted_on" in facts and day(facts["submitted_on"]) >= start and not emergency:
        return ctx.finding(
            BLOCKED,
            "未提前书面申请（又非特殊情况），不得休假；未备案离岗按旷工处理",
            "no written request in advance and no emergency: leaving without a filing counts as 旷工",
            trace=[f"申请 {facts['submitted_on']}，休假开始 {start}"],
            deadlines=[deadline],
            extra=extra,
        )
    if "filed_on" not in facts:
        away = ctx.on >= start
        return ctx.finding(
            BLOCKED if away else WARNING,
            ("未向办公室备案即离岗，按旷工处理" if away else f"须于 {prev} 前将审批表报办公室备案")
            + ("（特殊情况可先口头申请，经批准后备案，事后补办书面手续）" if emergency else ""),
            "away without a filing with the office: 旷工" if away else f"file the approved form by {prev}",
            trace=[f"休假开始 {start}，备案期限 {prev}，尚未备案"],
            deadlines=[deadline],
            extra=extra,
        )
    filed = day(facts["filed_on"])
    if filed > start or (filed == start and not emergency):
        outcome = BLOCKED if filed > start else WARNING
        return ctx.finding(
            outcome,
            f"{filed} 才备案，晚于休假前一天 {prev}" + ("；备案前已离岗，按旷工处理" if filed > start else ""),
            f"filed {filed}, after {prev}",
            trace=[f"备案 {filed} > 期限 {prev}"],
            deadlines=[deadline],
            extra=extra,
        )
    if filed > prev and not emergency:
        return ctx.finding(
            WARNING,
            f"{filed} 才备案，晚于休假前一天 {prev}",
            f"filed {filed}, after {prev}",
            trace=[f"备案 {filed} > 期限 {prev}"],
            deadlines=[deadline],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"已于 {filed} 报办公室备案",
        f"filed with the office on {filed}",
        trace=[f"备案 {filed} ≤ 期限 {prev}" if filed <= prev else f"特殊情况，{filed} 备案"],
        deadlines=[deadline],
        extra=extra,
    )


@rule(
    "leave.sick_papers_58",
    check="leave.request",
    agencies=[D],
    cites=[("district-bureau:58:3.1", "请假三天(含)以上的,应提供医务部门出具的检查、诊断、建议休假材")],
    params=["leave.approval.day_unit"],
)
def sick_papers_58(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 三(一): 病假三天（含）以上须提供医务部门出具的检查、诊断、建议休假材料。天数按审批所用的天数计。"""
    if facts["leave_type"] != "sick":
        return None
    n, how = count_days(facts, ctx, ctx.param_or("leave.approval.day_unit") or "working_days")
    need = int(ctx.param("leave.sick_papers_58.min_days"))
    has = bool(facts.get("medical_certificate", True))
    if n < need:
        return ctx.finding(
            ALLOWED,
            f"病假 {num(n)} 天，不足 {need} 天，无须医务部门材料",
            f"{num(n)} days of sick leave: no medical papers needed below {need}",
            trace=[how, f"{num(n)} < {need}"],
        )
    return ctx.finding(
        ALLOWED if has else BLOCKED,
        f"病假 {num(n)} 天（≥{need} 天），"
        + ("已附医务部门材料" if has else "须提供医务部门出具的检查、诊断、建议休假材料"),
        f"{num(n)} days of sick leave (≥{need}): medical papers " + ("attached" if has else "required"),
        trace=[how, f"{num(n)} ≥ {need}"],
    )


@rule(
    "leave.personal_purpose_58",
    check="leave.request",
    agencies=[D],
    cites=[
        ("district-bureau:58:3.2", "工作人员申请休事假应当说明具体原因"),
        ("district-bureau:58:3.2", "参加非近亲属婚丧嫁娶等非须本人处理活动的不准请事假,可按抵扣年休假处理"),
    ],
)
def personal_purpose_58(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 三(二): 事假须说明具体原因；工作日出行旅游、参加非近亲属婚丧嫁娶等非须本人处理的活动不准请事假，
    可按抵扣年休假处理。"""
    if facts["leave_type"] != "personal":
        return None
    purpose = facts.get("purpose", "own_affair")
    if not facts.get("reason_stated", True):
        return ctx.finding(
            BLOCKED,
            "请事假应当说明具体原因",
            "a personal-leave request must state a specific reason",
            trace=["事由：未说明"],
        )
    if purpose != "own_affair":
        return ctx.finding(
            BLOCKED,
            "出行旅游、参加非近亲属婚丧嫁娶等非须本人处理的活动不准请事假，可按抵扣年休假处理",
            "personal leave is not granted for travel or non-close relatives' events; annual leave may be used",
            trace=[f"事由：{purpose}"],
        )
    return ctx.finding(
        ALLOWED,
        "事假事由为非本人不能处理的事情，并已说明原因",
        "personal leave for a matter only the applicant can handle, reason stated",
        trace=["事由：本人须处理"],
    )


@rule(
    "leave.procedure_art2",
    check="leave.request",
    agencies=[B],
    cites=[
        ("baicheng-fupin:12:2.1", "请假需履行书面请假手续，填写《请销假审批表》"),
        ("baicheng-fupin:12:2.1", "特殊紧急情况来不及书面请假的，应先打电话请假，后补办书面请假手续"),
        ("baicheng-fupin:12:2.2", "需经政府分管领导批准后，并履行书面报备手续，方可外出"),
    ],
)
def procedure_art2(facts: Any, ctx: RuleContext) -> Finding:
    """白城 二(一): 事先请假、书面《请销假审批表》；特殊紧急情况先电话请假，后补办书面手续。
    二(二): 主要领导请假须履行书面报备手续方可外出。"""
    emergency = bool(facts.get("emergency", False))
    written = bool(facts.get("written_form", True))
    late = "submitted_on" in facts and "start" in facts and day(facts["submitted_on"]) > day(facts["start"])
    chief = facts["rank"] == "chief"
    if emergency:
        return ctx.finding(
            WARNING if not written else ALLOWED,
            "特殊紧急情况已先电话请假，" + ("须补办书面请假手续" if not written else "书面手续已补办"),
            "emergency: phone request first, written form to follow" + ("" if not written else " (done)"),
            trace=["紧急情况：先电话请假"],
            cites=["baicheng-fupin:12:2.1"],
        )
    if not written or late:
        what = "未填写《请销假审批表》" if not written else "假期开始后才申请"
        return ctx.finding(
            BLOCKED,
            f"{what}：请假须事先履行书面请假手续" + ("，主要领导须书面报备后方可外出" if chief else ""),
            "leave needs a prior written request" + (" and the principal leader's written filing" if chief else ""),
            trace=[what],
            cites=["baicheng-fupin:12:2.1", "baicheng-fupin:12:2.2"] if chief else ["baicheng-fupin:12:2.1"],
        )
    return ctx.finding(
        ALLOWED,
        "已事先履行书面请假手续" + ("（主要领导并已书面报备）" if chief else ""),
        "written request made in advance",
        trace=["书面请假：已填写"],
        cites=["baicheng-fupin:12:2.1", "baicheng-fupin:12:2.2"] if chief else ["baicheng-fupin:12:2.1"],
    )


@rule(
    "leave.sick_papers_art3_9",
    check="leave.request",
    agencies=[B],
    cites=[("baicheng-fupin:12:3.9", "其中请病假应持市级正规医院诊断书，急诊应有就诊医疗机构证明")],
)
def sick_papers_art3_9(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 三(九): 请病假应持市级正规医院诊断书，急诊应有就诊医疗机构证明（不分天数）。"""
    if facts["leave_type"] != "sick":
        return None
    has = bool(facts.get("medical_certificate", True))
    what = "就诊医疗机构证明" if facts.get("emergency") else "市级正规医院诊断书"
    return ctx.finding(
        ALLOWED if has else BLOCKED,
        f"请病假{'已持' if has else '应持'}{what}",
        "sick leave: medical certificate " + ("attached" if has else "required"),
        trace=[f"{what}：{'已提供' if has else '未提供'}"],
    )


@rule(
    "leave.personal_cap_art3_2",
    check="leave.request",
    agencies=[B],
    cites=[("baicheng-fupin:12:3.2", "全年事假累计不得超过15天")],
)
def personal_cap(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 三(二): 全年事假累计不得超过 15 天（事假不含法定休假日和休息日，按工作日计；特殊事假不计入）。"""
    if facts["leave_type"] != "personal":
        return None
    n, how = count_days(facts, ctx, "working_days")
    taken = frac(facts.get("personal_days_taken", 0))
    cap = int(ctx.param("leave.personal_cap_art3_2.days"))
    total = taken + n
    ok = total <= cap
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        f"本年事假累计 {num(total)} 天" + ("" if ok else f"，超过全年 {cap} 天上限"),
        f"personal leave this year {num(total)} days" + ("" if ok else f", over the {cap}-day cap"),
        trace=[how, f"已请 {num(taken)} + 本次 {num(n)} = {num(total)} 天 {'≤' if ok else '>'} {cap} 天"],
    )


# ---------------------------------------------------------------------------------------------- leave.entitlement

RELATIONS = ["spouse", "parent", "child", "parent_in_law", "grandparent", "grandchild", "sibling", "other"]
COUNT_PARAMS = ["leave.count.working_day_types", "leave.count.calendar_day_types"]
SPECIAL_KINDS = ["relative_care", "parent_meeting", "moving", "study", "prenatal", "nursing"]

ENTITLEMENT = check(
    "leave.entitlement",
    "假期天数（年休假、婚丧产假、探亲假、特殊事假）",
    "Leave entitlement (annual, marriage, bereavement, maternity, home visits, special personal leave)",
    {
        "type": "object",
        "required": ["leave_type"],
        "additionalProperties": False,
        "properties": {
            "leave_type": {
                "enum": [
                    "annual",
                    "marriage",
                    "bereavement",
                    "maternity",
                    "paternity",
                    "home_visit",
                    "special_personal",
                ],
                "description": "假别 kind of leave",
            },
            "start": {**DATE, "description": "假期开始日期（给出则计算假期最后一日） first day of leave"},
            "requested_days": {**DAYS_FACT, "description": "申请天数 days requested"},
            "service_years": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60,
                "description": "累计工作年限（满几年） full years of service",
            },
            "annual_base_days": {
                "type": "integer",
                "minimum": 0,
                "maximum": 30,
                "description": "（文山）按国家规定应休年休假天数（其制度未列）"
                " statutory annual leave (Wenshan's text sets none)",
            },
            "personal_days_this_year": {**DAYS_FACT, "description": "本年累计事假天数 personal-leave days this year"},
            "personal_leave_pay_deducted": {
                "type": "boolean",
                "description": "事假期间已按规定扣发工资（默认否） pay was deducted for the personal leave",
            },
            "sick_months_this_year": {
                "type": "number",
                "minimum": 0,
                "maximum": 12,
                "description": "本年累计病假月数 months of sick leave this year",
            },
            "annual_taken": {
                "type": "boolean",
                "description": "本年已休年休假（默认否） annual leave already taken this year",
            },
            "sex": {"enum": ["male", "female"], "description": "性别 sex"},
            "age": {
                "type": "integer",
                "minimum": 16,
                "maximum": 80,
                "description": "登记结婚时周岁 age in full years at registration",
            },
            "first_marriage": {"type": "boolean", "description": "依法登记初婚（默认是） first marriage"},
            "relation": {"enum": RELATIONS, "description": "与死者关系（丧假） relation to the deceased"},
            "difficult_birth": {"type": "boolean", "description": "难产（默认否） difficult birth"},
            "babies": {
                "type": "integer",
                "minimum": 1,
                "maximum": 9,
                "description": "一胎生育婴儿数（默认1） babies born",
            },
            "late_childbirth": {"type": "boolean", "description": "晚育（默认否） late childbirth"},
            "one_child_certificate": {
                "type": "boolean",
                "description": "产假期间申请领取《独生子女父母光荣证》（默认否） one-child certificate applied for",
            },
            "visit_kind": {
                "enum": ["spouse", "parents_unmarried", "parents_married"],
                "description": "探亲：spouse 探望配偶；parents_unmarried 未婚探望父母；parents_married 已婚探望父母",
            },
            "visits_this_year": {
                "type": "integer",
                "minimum": 0,
                "maximum": 10,
                "description": "本年已享受同类探亲假次数 home-visit leaves of this kind taken this year",
            },
            "last_visit_year": {
                "type": "integer",
                "minimum": 1950,
                "maximum": 2100,
                "description": "上次已婚探望父母的年份 year of the last married-parents visit",
            },
            "special_kind": {
                "enum": SPECIAL_KINDS,
                "description": "特殊事假：relative_care 陪护病危亲属；parent_meeting 家长会；moving 搬家/看守维修；"
                "study 在职学习；prenatal 产前检查；nursing 哺乳 special personal leave kind",
            },
            "requested_hours": {
                "type": "number",
                "minimum": 0,
                "maximum": 40,
                "description": "哺乳时间（小时/天，或每周少上班小时数） nursing hours requested",
            },
            "nursing_weekly": {
                "type": "boolean",
                "description": "哺乳改为每周少上半天班（默认否） nursing taken as a weekly half day",
            },
            "infant_age_months": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60,
                "description": "婴儿月龄 infant's age in months",
            },
        },
    },
)


def _entitled(
    ctx: RuleContext,
    facts: Any,
    days: Exact,
    what_zh: str,
    what_en: str,
    trace: list[str],
    names: Sequence[str],
    kind: str,
    cites: Sequence[str] = (),
) -> Finding:
    """Common ending: compare the request with the entitlement, compute the leave's last day."""
    extra = [ctx.param_cited(n) for n in names]
    deadlines = []
    if "start" in facts and days > 0 and days.denominator == 1:
        unit = _count_unit(ctx, kind)
        start = day(facts["start"])
        d = ctx.deadline(
            start, int(days), unit, f"{what_zh}最后一日", f"last day of {what_en}", start_counts=True, roll=False
        )
        deadlines.append(d)
        trace.append(
            f"自 {start} 起 {num(days)} {'个工作日' if unit == 'working_days' else '天（含休息日）'}，至 {d.date}"
        )
        unit_name = "leave.count.working_day_types" if unit == "working_days" else "leave.count.calendar_day_types"
        if first_param(ctx, [unit_name]):
            extra.append(ctx.param_cited(unit_name))
    if days <= 0:
        return ctx.finding(
            BLOCKED,
            f"不享受{what_zh}",
            f"no {what_en}",
            trace=trace,
            cites=cites,
            extra=extra,
            deadlines=deadlines,
        )
    if "requested_days" in facts:
        req = frac(facts["requested_days"])
        ok = req <= days
        trace.append(f"申请 {num(req)} 天 {'≤' if ok else '>'} 可享受 {num(days)} 天")
        if not ok:
            return ctx.finding(
                BLOCKED,
                f"申请{what_zh} {num(req)} 天，超过可享受的 {num(days)} 天",
                f"{num(req)} days requested exceed the {num(days)} days of {what_en}",
                trace=trace,
                cites=cites,
                extra=extra,
                deadlines=deadlines,
            )
    return ctx.finding(
        ALLOWED,
        f"可享受{what_zh} {num(days)} 天",
        f"{num(days)} days of {what_en}",
        trace=trace,
        cites=cites,
        extra=extra,
        deadlines=deadlines,
    )


def _count_unit(ctx: RuleContext, kind: str) -> str:
    """Working days or calendar days for this kind of leave (白城 三(一) 末段; 文山 reading)."""
    wd = ctx.param_or("leave.count.working_day_types") or []
    return "working_days" if kind in wd else "days"


@rule(
    "leave.entitlement.annual",
    check="leave.entitlement",
    agencies=[B, W],
    cites=[
        ("baicheng-fupin:12:3.8", "工作人员已享受当年的年休假，年内又出现以上四项规定情形之一的，不享受下一年的年休假"),
        ("wenshan-hrss:38:2", "不互相冲抵"),
    ],
    params=COUNT_PARAMS,
)
def annual(facts: Any, ctx: RuleContext) -> Finding | None:
    """年休假。白城 三(一): 满1年不满10年 5 天，满10年不满20年 10 天，满20年以上 15 天（不满1年不享受）；
    三(八): 事假累计 20 天以上且不扣工资、或病假年累计达 2/3/4 个月以上（按工龄）不享受当年年休假；已休的
    不享受下一年。文山 (二)1: 事假天数冲抵年休假，病假不冲抵；文山未列天数，由 annual_base_days 给出。"""
    if facts["leave_type"] != "annual":
        return None
    trace: list[str] = []
    names: list[str] = []
    if ctx.agency == W:
        if "annual_base_days" not in facts:
            raise BadInput(
                "文山制度未列年休假天数，请给出按国家规定应休天数 annual_base_days",
                "Wenshan's text sets no annual-leave days: give annual_base_days",
                "annual_base_days",
            )
        base = int(facts["annual_base_days"])
        personal = frac(facts.get("personal_days_this_year", 0))
        days = max(0, base - personal)
        trace.append(f"应休 {num(base)} 天 − 事假冲抵 {num(personal)} 天 = {num(days)} 天（病假不冲抵）")
        names.append("leave.entitlement.annual.personal_offsets")
        return _entitled(ctx, facts, days, "年休假", "annual leave", trace, names, "annual", ["wenshan-hrss:38:2"])
    if "service_years" not in facts:
        raise BadInput("请给出累计工作年限 service_years", "give service_years", "service_years")
    years = int(facts["service_years"])
    bands = ctx.param("leave.entitlement.annual.bands")
    days = 0
    for b in bands:
        if years >= int(b["from"]):
            days = int(b["days"])
    trace.append(f"累计工作 {years} 年 → 年休假 {num(days)} 天")
    names.append("leave.entitlement.annual.bands")
    bar_personal = int(ctx.param("leave.entitlement.annual.personal_bar_days"))
    personal = frac(facts.get("personal_days_this_year", 0))
    reasons = []
    if personal >= bar_personal and not facts.get("personal_leave_pay_deducted", False):
        reasons.append(f"事假累计 {num(personal)} 天 ≥ {bar_personal} 天且不扣工资")
        names.append("leave.entitlement.annual.personal_bar_days")
    sick = frac(facts.get("sick_months_this_year", 0))
    sick_bar = None
    for b in ctx.param("leave.entitlement.annual.sick_bar_months"):
        if years >= int(b["from"]):
            sick_bar = frac(b["months"])
    if sick_bar is not None and days > 0 and sick >= sick_bar:
        reasons.append(f"工作 {years} 年，病假年累计 {num(sick)} 个月 ≥ {num(sick_bar)} 个月")
        names.append("leave.entitlement.annual.sick_bar_months")
    if reasons and days > 0:
        trace.extend(reasons)
        if facts.get("annual_taken", False):
            return ctx.finding(
                BLOCKED,
                "已享受当年年休假，年内又出现不享受情形：不享受下一年的年休假",
                "annual leave already taken this year and a disqualifying condition arose: none next year",
                trace=trace,
                extra=[ctx.param_cited(n) for n in names],
                cites=["baicheng-fupin:12:3.8"],
            )
        days = 0
    return _entitled(ctx, facts, days, "年休假", "annual leave", trace, names, "annual")


@rule("leave.entitlement.marriage", check="leave.entitlement", agencies=[W, B], cites=[], params=COUNT_PARAMS)
def marriage(facts: Any, ctx: RuleContext) -> Finding | None:
    """婚假。文山 (二)2: 3 天；男 25 周岁、女 23 周岁以上（含本数）依法登记初婚为晚婚，另加 15 天。
    白城 三(五): 依法办理结婚登记享受婚假十五天（不含法定休假日和休息日）。"""
    if facts["leave_type"] != "marriage":
        return None
    base: Exact = int(ctx.param("leave.entitlement.marriage.days"))
    names = ["leave.entitlement.marriage.days"]
    trace = [f"婚假 {num(base)} 天"]
    extra_days = ctx.param_or("leave.entitlement.marriage.late_extra")
    days = base
    if extra_days is not None:
        sex, age = facts.get("sex"), facts.get("age")
        first = bool(facts.get("first_marriage", True))
        if sex is None or age is None:
            raise BadInput("请给出性别 sex 和登记结婚时年龄 age", "give sex and age", "age")
        min_age = int(ctx.param(f"leave.entitlement.marriage.late_age_{sex}"))
        late = first and int(age) >= min_age
        trace.append(
            f"{'男' if sex == 'male' else '女'} {age} 周岁 {'≥' if int(age) >= min_age else '<'} {min_age}，"
            f"{'初婚' if first else '非初婚'} → {'晚婚，加' if late else '不加'} {extra_days} 天"
        )
        names.append(f"leave.entitlement.marriage.late_age_{sex}")
        if late:
            days += int(extra_days)
            names.append("leave.entitlement.marriage.late_extra")
    return _entitled(ctx, facts, days, "婚假", "marriage leave", trace, names, "marriage")


@rule("leave.entitlement.bereavement", check="leave.entitlement", agencies=[W, B], cites=[], params=COUNT_PARAMS)
def bereavement(facts: Any, ctx: RuleContext) -> Finding | None:
    """丧假。文山 (二)3: 直系亲属（父母、配偶和子女，岳父母、公婆）死亡给予 5 天。
    白城 三(六): 配偶、直系亲属、岳父母、公婆死亡可请丧假 1–3 天（读作最多 3 天，由审批人在此范围内确定）。"""
    if facts["leave_type"] != "bereavement":
        return None
    if "relation" not in facts:
        raise BadInput("请给出与死者关系 relation", "give relation", "relation")
    rel = facts["relation"]
    covered = rel in ctx.param("leave.entitlement.bereavement.relations")
    days = int(ctx.param("leave.entitlement.bereavement.days")) if covered else 0
    trace = [f"亲属关系 {rel}：{'在' if covered else '不在'}丧假范围内"]
    return _entitled(
        ctx,
        facts,
        days,
        "丧假",
        "bereavement leave",
        trace,
        ["leave.entitlement.bereavement.relations", "leave.entitlement.bereavement.days"],
        "bereavement",
    )


@rule(
    "leave.entitlement.maternity",
    check="leave.entitlement",
    agencies=[W, B],
    cites=[],
    params=[*COUNT_PARAMS, "leave.entitlement.paternity.days", "leave.entitlement.paternity.requires_late_certificate"],
)
def maternity(facts: Any, ctx: RuleContext) -> Finding | None:
    """产假与男方护理假。文山 (二)4: 产假 90 天，难产加 15 天，多胞胎每多 1 婴加 15 天，晚育且产假期间申领
    《独生子女父母光荣证》加 30 天、男方护理假 7 天（护理假读作仅在该情形下给予，见参数 reading）。
    白城 三(七): 产假 158 天，男方护理假 15 天（生育假含法定休假日和休息日）。"""
    kind = facts["leave_type"]
    if kind not in ("maternity", "paternity"):
        return None
    late = bool(facts.get("late_childbirth", False)) and bool(facts.get("one_child_certificate", False))
    if kind == "paternity":
        days = int(ctx.param("leave.entitlement.paternity.days"))
        names = ["leave.entitlement.paternity.days"]
        trace = [f"男方护理假 {num(days)} 天"]
        if ctx.param_or("leave.entitlement.paternity.requires_late_certificate"):
            names.append("leave.entitlement.paternity.requires_late_certificate")
            trace.append(f"须晚育且申领独生子女父母光荣证：{'是' if late else '否'}")
            if not late:
                days = 0
        return _entitled(ctx, facts, days, "护理假", "paternity leave", trace, names, "paternity")
    days = int(ctx.param("leave.entitlement.maternity.days"))
    names = ["leave.entitlement.maternity.days"]
    trace = [f"产假 {num(days)} 天"]
    if facts.get("difficult_birth") and (x := ctx.param_or("leave.entitlement.maternity.difficult_extra")):
        days += int(x)
        names.append("leave.entitlement.maternity.difficult_extra")
        trace.append(f"难产加 {x} 天")
    babies = int(facts.get("babies", 1))
    if babies > 1 and (x := ctx.param_or("leave.entitlement.maternity.per_extra_baby")):
        days += int(x) * (babies - 1)
        names.append("leave.entitlement.maternity.per_extra_baby")
        trace.append(f"多胞胎 {babies} 婴，加 {x} × {babies - 1} 天")
    if late and (x := ctx.param_or("leave.entitlement.maternity.late_certificate_extra")):
        days += int(x)
        names.append("leave.entitlement.maternity.late_certificate_extra")
        trace.append(f"晚育且申领光荣证加 {x} 天")
    return _entitled(ctx, facts, days, "产假", "maternity leave", trace, names, "maternity")


@rule("leave.entitlement.home_visit", check="leave.entitlement", agencies=[W], cites=[], params=COUNT_PARAMS)
def home_visit(facts: Any, ctx: RuleContext) -> Finding | None:
    """探亲假。文山 (二)5: 探望配偶每年 1 次 30 天；未婚探望父母原则上每年 1 次 20 天；已婚探望父母每 4 年
    1 次 20 天（读作距上次已婚探望父母满 4 个年度）。"""
    if facts["leave_type"] != "home_visit":
        return None
    if "visit_kind" not in facts:
        raise BadInput("请给出探亲类别 visit_kind", "give visit_kind", "visit_kind")
    kind = facts["visit_kind"]
    base = f"leave.entitlement.home_visit.{kind}"
    days = int(ctx.param(f"{base}.days"))
    names = [f"{base}.days"]
    trace = [f"探亲类别 {kind}：{num(days)} 天"]
    year = day(facts["start"]).year if "start" in facts else ctx.on.year
    if kind == "parents_married":
        every = int(ctx.param(f"{base}.every_years"))
        names.append(f"{base}.every_years")
        last = facts.get("last_visit_year")
        if last is not None and year - int(last) < every:
            trace.append(f"上次 {last} 年，至 {year} 年仅 {year - int(last)} 年 < 每 {every} 年 1 次")
            days = 0
        else:
            trace.append(f"上次 {last or '无'}，{year} 年可享受（每 {every} 年 1 次）")
    else:
        used = int(facts.get("visits_this_year", 0))
        trace.append(f"本年已享受 {used} 次（每年 1 次）")
        if used >= 1:
            if kind == "parents_unmarried":
                # “原则上每年给假1次”: a second visit is not excluded outright; it needs the chief's leave.
                return ctx.finding(
                    WARNING,
                    "未婚职工探望父母原则上每年给假1次，本年已享受，再次给假须从严掌握",
                    "unmarried staff visit parents in principle once a year; this year's visit was taken",
                    trace=trace,
                    extra=[ctx.param_cited(n) for n in names],
                )
            days = 0
    return _entitled(ctx, facts, days, "探亲假", "home-visit leave", trace, names, "home_visit")


@rule("leave.entitlement.special_personal", check="leave.entitlement", agencies=[B], cites=[], params=COUNT_PARAMS)
def special_personal(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 三(二)1–6 特殊事假（不扣工资，不计入全年事假累计）: 陪护 5 个工作日以内；家长会半个工作日以内；
    搬家/看守维修 1 个工作日以内；在职学习每周 1 个工作日以内；产前检查每次 1 个工作日以内；哺乳不满 1 周岁
    婴儿每天 1 小时以内（多胞胎每多 1 婴加 1 小时），或每周少上半天班（4 小时）。"""
    if facts["leave_type"] != "special_personal":
        return None
    if "special_kind" not in facts:
        raise BadInput("请给出特殊事假类别 special_kind", "give special_kind", "special_kind")
    kind = facts["special_kind"]
    name = f"leave.entitlement.special_personal.{kind}"
    if kind != "nursing":
        limit = frac(ctx.param(name))
        return _entitled(
            ctx,
            facts,
            limit,
            "特殊事假",
            "special personal leave",
            [f"{kind} 上限 {num(limit)} 个工作日"],
            [name],
            "personal",
        )
    # nursing: hours
    babies = int(facts.get("babies", 1))
    infant = facts.get("infant_age_months")
    cap_months = int(ctx.param("leave.entitlement.special_personal.nursing_infant_months"))
    names = [name, "leave.entitlement.special_personal.nursing_infant_months"]
    trace = []
    if infant is not None and int(infant) >= cap_months:
        trace.append(f"婴儿 {infant} 个月 ≥ {cap_months} 个月（已满1周岁）")
        return ctx.finding(
            BLOCKED,
            "婴儿已满1周岁，不再享受哺乳时间",
            "the infant is a year old: no nursing time",
            trace=trace,
            extra=[ctx.param_cited(n) for n in names],
        )
    if facts.get("nursing_weekly", False):
        limit = int(ctx.param("leave.entitlement.special_personal.nursing_weekly_hours"))
        names.append("leave.entitlement.special_personal.nursing_weekly_hours")
        trace.append(f"每周少上班 {num(limit)} 小时")
    else:
        limit = int(ctx.param(name))
        extra_h = int(ctx.param("leave.entitlement.special_personal.nursing_per_extra_baby"))
        if babies > 1:
            limit += extra_h * (babies - 1)
            names.append("leave.entitlement.special_personal.nursing_per_extra_baby")
        trace.append(f"每天哺乳时间上限 {num(limit)} 小时（{babies} 婴）")
    hours = frac(facts.get("requested_hours", 0))
    ok = hours <= limit
    trace.append(f"申请 {num(hours)} 小时 {'≤' if ok else '>'} {num(limit)} 小时")
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        f"哺乳时间 {num(hours)} 小时" + ("，在规定时限内" if ok else f"，超过 {num(limit)} 小时"),
        f"nursing time {num(hours)} h" + ("" if ok else f" exceeds {num(limit)} h"),
        trace=trace,
        extra=[ctx.param_cited(n) for n in names],
    )


# ---------------------------------------------------------------------------------------------- leave.close

CLOSE = check(
    "leave.close",
    "销假、续假与逾期不归",
    "Closing leave: 销假, extensions, overstaying",
    {
        "type": "object",
        "required": ["leave_end"],
        "additionalProperties": False,
        "properties": {
            "leave_end": {**DATE, "description": "批准的假期最后一日 last approved day of leave"},
            "extension": {
                "enum": ["none", "approved", "refused"],
                "description": "续假：none 未续假；approved 审批人已准；refused 未获批准（默认 none） extension",
            },
            "extended_to": {**DATE, "description": "准予续假至 extended to (last day)"},
            "returned_on": {**DATE, "description": "回到工作岗位的日期 day back at work"},
            "closed_on": {**DATE, "description": "销假日期 day the leave was closed (销假)"},
            "emergency": {
                "type": "boolean",
                "description": "特殊紧急情况先口头/电话请假（默认否） the leave began with an oral/phone request",
            },
            "slip_submitted_on": {**DATE, "description": "补交书面请假条日期 day the written slip was made up"},
        },
    },
)


def _end(facts: Any) -> tuple[dt.date, str]:
    end = day(facts["leave_end"])
    if facts.get("extension") == "approved":
        if "extended_to" not in facts:
            raise BadInput("续假已获准，请给出续假截止日 extended_to", "give extended_to", "extended_to")
        ext = day(facts["extended_to"])
        if ext < end:
            raise BadInput("续假截止日早于原假期", f"extended_to {ext} is before leave_end {end}", "extended_to")
        return ext, f"原假期至 {end}，续假获准至 {ext}"
    return end, f"假期至 {end}" + ("（续假未获批准）" if facts.get("extension") == "refused" else "")


@rule(
    "leave.overstay",
    check="leave.close",
    agencies=[W, D, B],
    cites=[],
    params=["leave.overstay.clause"],
)
def overstay(facts: Any, ctx: RuleContext) -> Finding:
    """假期（含获准续假）届满后的第一个工作日应到岗；未续假或续假未获批准而逾期不到岗的，按旷工处理。
    白城 四(四)2、一(三)；文山 第三十五条(二) 无故不上班视为旷工；区局 二 未备案离岗按旷工处理。"""
    end, how = _end(facts)
    due = ctx.calendar.next_working_day(end + dt.timedelta(days=1))
    trace = [how, f"应于 {due} 到岗"]
    extra = [ctx.param_cited("leave.overstay.clause")]
    if "returned_on" not in facts:
        return ctx.finding(
            ALLOWED,
            f"假期届满，应于 {due} 到岗",
            f"due back at work on {due}",
            trace=trace,
            extra=extra,
        )
    back = day(facts["returned_on"])
    if back <= due:
        return ctx.finding(
            ALLOWED,
            f"{back} 按时到岗",
            f"back at work on {back}, in time",
            trace=[*trace, f"到岗 {back} ≤ {due}"],
            extra=extra,
        )
    missed = ctx.calendar.working_days_between(due, back - dt.timedelta(days=1), count_start=True).days
    return ctx.finding(
        BLOCKED,
        f"假期届满未获准续假，逾期 {missed} 个工作日不到岗，按旷工处理",
        f"overstayed {missed} working days without an approved extension: 旷工",
        trace=[*trace, f"到岗 {back} > {due}，逾期 {missed} 个工作日"],
        extra=extra,
    )


@rule(
    "leave.close_art4_3",
    check="leave.close",
    agencies=[B],
    cites=[
        ("baicheng-fupin:12:4.3", "请假人需在假期期满的次日内到综合科当面销假或电话销假"),
        ("baicheng-fupin:12:4.2", "由审批人决定是否延假及延假期限"),
    ],
)
def close_art4_3(facts: Any, ctx: RuleContext) -> Finding:
    """白城 四(三): 假期期满的次日内到综合科当面或电话销假（日历日，次日为休息日顺延至下一个工作日）；
    四(二): 不能按时返回的，电话向审批人说明，由审批人决定是否延假。"""
    end, how = _end(facts)
    dl = ctx.deadline(end, 1, "days", "销假期限", "deadline to close the leave")
    trace = [how, f"销假期限 {dl.date}"]
    if "closed_on" in facts:
        closed = day(facts["closed_on"])
        ok = closed <= dl.date
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            f"{closed} 销假" + ("" if ok else f"，晚于期满次日 {dl.date}"),
            f"leave closed on {closed}" + ("" if ok else f", after {dl.date}"),
            trace=[*trace, f"销假 {closed} {'≤' if ok else '>'} {dl.date}"],
            deadlines=[dl],
        )
    late = ctx.on > dl.date
    return ctx.finding(
        BLOCKED if late else WARNING,
        f"须于 {dl.date} 前到综合科当面或电话销假" + ("，已逾期未销假" if late else ""),
        f"close the leave with the general section by {dl.date}" + (" (overdue)" if late else ""),
        trace=trace,
        deadlines=[dl],
    )


@rule(
    "leave.makeup_slip_art34_4",
    check="leave.close",
    agencies=[W],
    cites=[("wenshan-hrss:38:4", "生病住院等特殊情况先口头请假,回单位后2天以内补假条")],
)
def makeup_art34_4(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 (四): 特殊情况先口头请假，回单位后 2 天以内补假条（回单位当日不计，日历日，末日为休息日顺延）。"""
    if not facts.get("emergency", False):
        return None
    if "returned_on" not in facts:
        raise BadInput("请给出回单位日期 returned_on", "give returned_on", "returned_on")
    back = day(facts["returned_on"])
    n = int(ctx.param("leave.makeup_slip_art34_4.days"))
    dl = ctx.deadline(back, n, "days", "补交请假条期限", "deadline for the written slip")
    if "slip_submitted_on" in facts:
        sub = day(facts["slip_submitted_on"])
        ok = sub <= dl.date
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            f"{sub} 补交请假条" + ("" if ok else f"，超过回单位后 {n} 天（{dl.date}）"),
            f"slip made up on {sub}" + ("" if ok else f", after {dl.date}"),
            trace=[f"回单位 {back}，补假条期限 {dl.date}，补交 {sub}"],
            deadlines=[dl],
        )
    late = ctx.on > dl.date
    return ctx.finding(
        BLOCKED if late else WARNING,
        f"须于 {dl.date} 前补交请假条" + ("，已逾期" if late else ""),
        f"written slip due by {dl.date}" + (" (overdue)" if late else ""),
        trace=[f"回单位 {back}，补假条期限 {dl.date}"],
        deadlines=[dl],
    )


@rule(
    "leave.makeup_form_58",
    check="leave.close",
    agencies=[D],
    cites=[("district-bureau:58:3", "待情况解除后,及时补办书面请假手续")],
)
def makeup_58(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 三: 特殊情况先口头申请、经批准后休假并备案，待情况解除后及时补办书面请假手续（无具体期限）。"""
    if not facts.get("emergency", False):
        return None
    done = "slip_submitted_on" in facts
    return ctx.finding(
        ALLOWED if done else WARNING,
        "书面请假手续已补办" if done else "情况解除后须及时补办书面请假手续",
        "written form made up" if done else "make up the written form promptly",
        trace=[f"补办 {facts['slip_submitted_on']}" if done else "尚未补办"],
    )


# ---------------------------------------------------------------------------------------------- leave.outing

OUTING = check(
    "leave.outing",
    "外出报告与公出审批（因公外出、因私外出、节假日出市）",
    "Outings: reporting and approval (official trips, private errands, holiday trips)",
    {
        "type": "object",
        "required": ["rank", "kind"],
        "additionalProperties": False,
        "properties": {
            "rank": {"enum": RANKS, "description": RANK_DESC},
            "kind": {"enum": ["official", "private"], "description": "official 因公外出/公出；private 因私外出/办私事"},
            "days": {**DAYS_FACT, "description": "外出天数（可为半天） days away"},
            "leaves_city": {
                "type": "boolean",
                "description": "离开城区/出本市（文山：离开文山城区；默认是） leaves the city (default yes)",
            },
            "holiday": {"type": "boolean", "description": "节假日外出（默认否） during holidays"},
            "reported_to": {
                "type": "array",
                "items": {"enum": APPROVER_ROLES},
                "uniqueItems": True,
                "description": "已报告的对象 roles already informed",
            },
            "approved_by": {
                "type": "array",
                "items": {"enum": APPROVER_ROLES},
                "uniqueItems": True,
                "description": "已批准（签字）的领导 roles that approved",
            },
        },
    },
)


def _report(
    ctx: RuleContext,
    facts: Any,
    need: Sequence[str],
    trace: list[str],
    cites: Sequence[str],
    missing_outcome: Outcome = WARNING,
    extra: Sequence[Any] = (),
) -> Finding:
    told = dict.fromkeys(facts.get("reported_to", []))  # in the order given: the trace is deterministic
    missing = [r for r in need if r not in told]
    trace.append(f"应报告：{roles_zh(need)}；已报告：{roles_zh(list(told)) or '无'}")
    if missing:
        return ctx.finding(
            missing_outcome,
            f"须向{roles_zh(missing)}报告",
            f"report to {', '.join(missing)}",
            trace=trace,
            cites=cites,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"已向{roles_zh(need)}报告",
        f"reported to {', '.join(need)}",
        trace=trace,
        cites=cites,
        extra=extra,
    )


@rule(
    "leave.outing_art34_5",
    check="leave.outing",
    agencies=[W],
    cites=[
        ("wenshan-hrss:38:5", "因公外出(离开文山城区)1天以内,向科室负责人报告;因公外出2天以上,向局长和分管领导报告"),
        ("wenshan-hrss:38:5", "科室领导因公外出1天以上,须向局长和分管领导报告"),
        ("wenshan-hrss:39:3", "应向科室负责人请假(科室负责人应向分管局领导请假)"),
    ],
)
def outing_art34_5(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第三十四条(五): 因公外出（离开文山城区）工作人员 1 天以内报科室负责人，2 天以上报局长和分管领导
    （1–2 天之间如 1.5 天读作“超过 1 天”，报局长和分管领导）；科室领导 1 天以上报局长和分管领导。
    第三十五条(三): 外出办私事或提前下班，一般工作人员向科室负责人请假，科室负责人向分管局领导请假。"""
    rank = facts["rank"]
    if facts["kind"] == "private":
        need = ["section_head"] if rank == "staff" else ["deputy_in_charge"] if rank == "section_head" else []
        if not need:
            return None
        done = set(facts.get("approved_by", []))
        ok = all(r in done for r in need)
        return ctx.finding(
            ALLOWED if ok else NEEDS_APPROVAL,
            f"外出办私事或提前下班{'已经' if ok else '须经'}{roles_zh(need)}批准",
            f"private errand / leaving early: permission of {', '.join(need)}",
            trace=[f"{RANK_ZH[rank]}因私外出 → {roles_zh(need)}"],
            approvers=[] if ok else need,
            cites=["wenshan-hrss:39:3"],
        )
    if not facts.get("leaves_city", True):
        return ctx.finding(
            ALLOWED,
            "未离开文山城区，不属本项报告范围",
            "not leaving the Wenshan urban area: no report under this clause",
            trace=["未离开城区"],
            cites=["wenshan-hrss:38:5"],
        )
    if "days" not in facts:
        raise BadInput("请给出外出天数 days", "give days", "days")
    n = frac(facts["days"])
    one = int(ctx.param("leave.outing_art34_5.days"))
    if rank == "staff":
        need = ["section_head"] if n <= one else ["chief", "deputy_in_charge"]
        band = f"{num(n)} 天 {'≤' if n <= one else '>'} {one} 天"
    elif rank == "section_head":
        need = ["chief", "deputy_in_charge"] if n >= one else []
        band = f"{num(n)} 天 {'≥' if n >= one else '<'} {one} 天"
        if not need:
            return ctx.finding(
                ALLOWED,
                f"科室领导因公外出 {num(n)} 天，不足1天，本项未要求报告局领导",
                "section leader away less than a day: no report to the bureau leaders required",
                trace=[band],
                cites=["wenshan-hrss:38:5"],
                extra=[ctx.param_cited("leave.outing_art34_5.days")],
            )
    else:
        return None
    return _report(
        ctx, facts, need, [band], ["wenshan-hrss:38:5"], extra=[ctx.param_cited("leave.outing_art34_5.days")]
    )


@rule(
    "leave.outing_58",
    check="leave.outing",
    agencies=[D],
    cites=[
        ("district-bureau:58:4.1", "工作人员外出办公的,应向科长报告;科长外出办公应向主管局长报告"),
        ("district-bureau:58:4.1", "副局长外出办公向局长报告;局主要领导外出办公向办公室报告"),
        ("district-bureau:58:4.2", "不履行报告程序的均以擅自离岗处理"),
    ],
)
def outing_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《考勤管理办法》四1: 外出办公报告——工作人员→科长，科长→主管局长，副局长→局长，主要领导→办公室；
    四2: 因私外出在半天以内应履行报告程序，不报告以擅自离岗处理（报告对象未写明，读作与因公外出相同）；
    超过半天应请假（``leave.request``）。"""
    rank = facts["rank"]
    need = {"staff": ["section_head"], "section_head": ["deputy_in_charge"], "deputy": ["chief"], "chief": ["office"]}[
        rank
    ]
    if facts["kind"] == "official":
        return _report(ctx, facts, need, [f"{RANK_ZH[rank]}外出办公"], ["district-bureau:58:4.1"])
    n = frac(facts.get("days", Fraction(1, 2)))
    half = frac(ctx.param("leave.outing_58.private_max_days"))
    extra = [ctx.param_cited("leave.outing_58.private_max_days")]
    if n > half:
        return ctx.finding(
            WARNING,
            f"因私外出 {num(n)} 天，超过半天，不属外出报告，应按请假程序办理（见请假审批）",
            f"private absence of {num(n)} days exceeds half a day: take leave (leave.request)",
            trace=[f"{num(n)} 天 > {num(half)} 天"],
            cites=["district-bureau:58:4.2"],
            extra=extra,
        )
    return _report(
        ctx,
        facts,
        need,
        [f"因私外出 {num(n)} 天 ≤ {num(half)} 天"],
        ["district-bureau:58:4.2"],
        missing_outcome=BLOCKED,
        extra=extra,
    )


@rule(
    "leave.holiday_trip_34",
    check="leave.outing",
    agencies=[D],
    cites=[("district-bureau:34:4.4", "局工作人员节假日需出本市的,经批准后方可外出")],
)
def holiday_trip_34(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 《工作人员管理规定》四4: 节假日出本市须经批准后方可外出。审批人未写明，读作按四1、四2 中一天以内
    请假的审批人（科员→科室负责人，正副科长→主管局长，其他→局长），见参数 reading。"""
    if not facts.get("holiday", False) or not facts.get("leaves_city", True):
        return None
    name = {"staff": "leave.holiday_trip_34.staff", "section_head": "leave.holiday_trip_34.section_head"}.get(
        facts["rank"], "leave.holiday_trip_34.leaders"
    )
    need = list(ctx.param(name))
    done = set(facts.get("approved_by", []))
    ok = all(r in done for r in need)
    return ctx.finding(
        ALLOWED if ok else NEEDS_APPROVAL,
        f"节假日出本市{'已经' if ok else '须经'}{roles_zh(need)}批准",
        f"holiday trip out of the city: approval by {', '.join(need)}",
        trace=[f"{RANK_ZH[facts['rank']]}节假日出本市 → {roles_zh(need)}"],
        approvers=[] if ok else need,
        extra=[ctx.param_cited(name)],
    )


@rule(
    "leave.official_trip_art2_5",
    check="leave.outing",
    agencies=[B],
    cites=[("baicheng-fupin:12:2.5", "扶贫办科级以上干部公出，需事前填写公出审批单，由分管领导签字后，方可公出")],
)
def official_trip_art2_5(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城 二(五): 科级以上干部公出须事前填写公出审批单，经分管领导签字后方可公出。"""
    if facts["kind"] != "official" or facts["rank"] == "staff":
        return None
    ok = "deputy_in_charge" in set(facts.get("approved_by", []))
    return ctx.finding(
        ALLOWED if ok else NEEDS_APPROVAL,
        "公出审批单" + ("已由分管领导签字" if ok else "须事前由分管领导签字后方可公出"),
        "official-trip form " + ("signed by the leader in charge" if ok else "must be signed by the leader in charge"),
        trace=[f"{RANK_ZH[facts['rank']]}公出 → 分管领导签字"],
        approvers=[] if ok else ["deputy_in_charge"],
    )


# ---------------------------------------------------------------------------------------------- leave.annual_plan

PLAN = check(
    "leave.annual_plan",
    "年休假计划（报送期限、同时段人数、班子成员审定）",
    "Annual-leave plan: due date, one person at a time, leaders' plans",
    {
        "type": "object",
        "required": ["year"],
        "additionalProperties": False,
        "properties": {
            "year": {"type": "integer", "minimum": 2000, "maximum": 2100, "description": "计划年度 plan year"},
            "submitted_on": {**DATE, "description": "科室报出休假计划日期 day the section's plan was made"},
            "max_concurrent": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "description": "计划中同一时段休假的最多人数 most people on leave at the same time in the plan",
            },
            "leadership": {
                "type": "boolean",
                "description": "局领导班子成员的年休假计划（默认否） the plan is a bureau leader's",
            },
            "approved_by": {
                "type": "array",
                "items": {"enum": APPROVER_ROLES},
                "uniqueItems": True,
                "description": "已审定的领导 roles that approved",
            },
        },
    },
)


@rule(
    "leave.annual_plan_art34_2",
    check="leave.annual_plan",
    agencies=[W],
    cites=[
        ("wenshan-hrss:38:2.1", "每年3月1日前,各科室要制定出工作人员休假计划"),
        ("wenshan-hrss:38:2.1", "同一时段只能安排1人"),
        ("wenshan-hrss:38:2.1", "局领导班子成员年休假计划直接送局长审定,由人事教育科存查"),
    ],
    params=["leave.annual_overlap_art34_2.max"],
)
def annual_plan(facts: Any, ctx: RuleContext) -> list[Finding]:
    """文山 (二)1: 每年 3 月 1 日前（读作含 3 月 1 日，固定日期不顺延）制定休假计划；同一时段只能安排 1 人；
    局领导班子成员的计划直接送局长审定。"""
    year = int(facts["year"])
    md = str(ctx.param("leave.annual_plan_art34_2.due"))
    due = dt.date(year, int(md[:2]), int(md[3:]))
    dl = fixed_deadline(due, "年休假计划制定期限", "annual-leave plan due", f"每年{due.month}月{due.day}日前")
    out = []
    extra = [ctx.param_cited("leave.annual_plan_art34_2.due")]
    if "submitted_on" in facts:
        sub = day(facts["submitted_on"])
        ok = sub <= due
        out.append(
            ctx.finding(
                ALLOWED if ok else BLOCKED,
                f"{sub} 制定休假计划" + ("" if ok else f"，晚于 {due}"),
                f"plan made on {sub}" + ("" if ok else f", after {due}"),
                trace=[f"{sub} {'≤' if ok else '>'} {due}"],
                cites=["wenshan-hrss:38:2.1"],
                deadlines=[dl],
                extra=extra,
            )
        )
    else:
        late = ctx.on > due
        out.append(
            ctx.finding(
                BLOCKED if late else WARNING,
                f"须于 {due} 前制定休假计划" + ("，已逾期" if late else ""),
                f"plan due by {due}" + (" (overdue)" if late else ""),
                trace=[f"期限 {due}"],
                cites=["wenshan-hrss:38:2.1"],
                deadlines=[dl],
                extra=extra,
            )
        )
    if "max_concurrent" in facts:
        cap = int(ctx.param("leave.annual_overlap_art34_2.max"))
        m = int(facts["max_concurrent"])
        ok = m <= cap
        out.append(
            ctx.finding(
                ALLOWED if ok else BLOCKED,
                f"同一时段最多安排 {m} 人" + ("" if ok else f"，超过 {cap} 人"),
                f"at most {m} at a time" + ("" if ok else f", over {cap}"),
                trace=[f"{m} {'≤' if ok else '>'} {cap}"],
                cites=["wenshan-hrss:38:2.1"],
            )
        )
    if facts.get("leadership", False):
        ok = "chief" in set(facts.get("approved_by", []))
        out.append(
            ctx.finding(
                ALLOWED if ok else NEEDS_APPROVAL,
                "局领导班子成员年休假计划" + ("已经局长审定" if ok else "须直接送局长审定"),
                "a bureau leader's plan goes to the director",
                trace=["班子成员计划 → 局长"],
                approvers=[] if ok else ["chief"],
                cites=["wenshan-hrss:38:2.1"],
            )
        )
    return out


# ---------------------------------------------------------------------------------------------- sick_pay.approve

HOSPITAL_GRADES = [
    "tertiary_a",
    "tertiary_b",
    "tertiary_c",
    "secondary_a",
    "secondary_b",
    "secondary_c",
    "primary",
    "other",
]

SICK_PAY = check(
    "sick_pay.approve",
    "事业单位工作人员病假期间工资待遇审批",
    "Sick-leave pay of public-institution staff",
    {
        "type": "object",
        "required": ["service_years"],
        "additionalProperties": False,
        "properties": {
            "service_years": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60,
                "description": "工作年限（满几年） full years of service",
            },
            "sick_month": {
                "type": "integer",
                "minimum": 1,
                "maximum": 600,
                "description": "病假第几个月（连续病假自开始起的月序） the month of sick leave (1 = first)",
            },
            "sick_since": {
                **DATE,
                "description": "病假开始日期（不给 sick_month 时据此计算月序） first day of sick leave",
            },
            "pay_date": {**DATE, "description": "计发工资所属日期（默认为评估日期） the day the pay is for"},
            "basic_wage": {**MONEY, "description": "本人工资（基本工资，元/月） basic wage per month"},
            "performance_pay": {**MONEY, "description": "病休前绩效工资（元/月） performance pay before the leave"},
            "hardship_allowance": {**MONEY, "description": "艰苦边远津贴（元/月） hardship / remote-area allowance"},
            "request_letter": {
                "type": "boolean",
                "description": "主管部门已向人社局发函申请（默认是） the supervising department's request letter",
            },
            "diagnosis": {
                "type": "boolean",
                "description": "已提供标明病假期限的医学诊断书（默认是） a diagnosis stating the sick-leave period",
            },
            "leave_slip": {
                "type": "boolean",
                "description": "已提供单位主要领导批准的准假条（默认是） leave slip approved by the principal leader",
            },
            "hospital_grade": {
                "enum": HOSPITAL_GRADES,
                "description": "出具诊断书医院等级（三甲…二甲…一级） grade of the hospital that issued the diagnosis",
            },
            "diagnosis_until": {**DATE, "description": "诊断书标明的病假期限截止日 end of the certified sick period"},
            "falsified": {
                "type": "boolean",
                "description": "经查诊断书或病假弄虚作假（默认否） the diagnosis or leave was found falsified",
            },
        },
    },
)

CENT = Decimal("0.01")


def _pay_date(facts: Any, ctx: RuleContext) -> dt.date:
    return day(facts["pay_date"]) if "pay_date" in facts else ctx.on


def _sick_month(facts: Any, ctx: RuleContext) -> tuple[int, str]:
    if "sick_month" in facts:
        m = int(facts["sick_month"])
        return m, f"病假第 {m} 个月"
    if "sick_since" not in facts:
        raise BadInput(
            "请给出病假月序 sick_month 或病假开始日期 sick_since", "give sick_month or sick_since", "sick_month"
        )
    since, on = day(facts["sick_since"]), _pay_date(facts, ctx)
    if on < since:
        raise BadInput("计发日期早于病假开始日期", f"pay date {on} is before sick_since {since}", "sick_since")
    m = 1
    while add_months_clamped(since, m) <= on:
        m += 1
    return m, f"病假自 {since} 起，{on} 属病假第 {m} 个月（自 {add_months_clamped(since, m - 1)} 起）"


@rule(
    "sick_pay.ratio",
    check="sick_pay.approve",
    agencies=[T],
    cites=[],
    params=[
        "sick_pay.performance.reward_share",
        "sick_pay.performance.reward_rate",
        "sick_pay.performance.base_share",
        "sick_pay.performance.from_month",
        "sick_pay.hardship_allowance",
    ],
)
def sick_pay_ratio(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三: 病假两个月以内发给原工资；超过两个月从第三个月起，工作年限不满十年 90%、满十年工资照发；超过六个月
    从第七个月起，不满十年 70%、满十年和十年以上 80%。计算方法：本人工资（基本工资）按比例；绩效工资 =
    病休前绩效工资×40%×90% + 绩效工资×60%；艰苦边远津贴全额。

    Readings (parameters): the 90% in the performance formula is a fixed figure (it does not follow the 70/80%
    bands) — the catalog flags this; and the formula applies from the third month, since within two months the
    text pays 原工资 (the whole original pay). Amounts are rounded to the fen, half up, per component.
    Outcome: allowed at full pay, warning (to approve at the reduced ratio) when the basic wage is cut."""
    month, how = _sick_month(facts, ctx)
    years = int(facts["service_years"])
    full_months = int(ctx.param("sick_pay.ratio.full_pay_months"))
    band2_until = int(ctx.param("sick_pay.ratio.band2_until_month"))
    threshold = int(ctx.param("sick_pay.ratio.service_years"))
    senior = years >= threshold
    if month <= full_months:
        name, band = "sick_pay.ratio.within_two_months", f"第 {month} 月 ≤ {full_months} 个月"
    elif month <= band2_until:
        name = "sick_pay.ratio.band2_" + ("senior" if senior else "junior")
        band = f"{full_months} < 第 {month} 月 ≤ {band2_until}"
    else:
        name = "sick_pay.ratio.band3_" + ("senior" if senior else "junior")
        band = f"第 {month} 月 > {band2_until} 个月"
    ratio: Fraction = ctx.param(name)
    years_note = f"工作年限 {years} 年 {'≥' if senior else '<'} {threshold} 年"
    if month <= full_months:
        years_note = f"工作年限 {years} 年（两个月以内不区分工作年限）"
    trace = [how, f"{band}，{years_note} → 本人工资 × {_pct(ratio)}"]
    names = [name] if month <= full_months else [name, "sick_pay.ratio.service_years"]
    parts: list[str] = []
    total = Decimal(0)
    if "basic_wage" in facts:
        basic = _q(money(facts["basic_wage"]) * _dec(ratio))
        total += basic
        parts.append(f"基本工资 {yuan(basic)}")
        trace.append(f"基本工资 {yuan(money(facts['basic_wage']))} × {_pct(ratio)} = {yuan(basic)}")
    if "performance_pay" in facts:
        perf = money(facts["performance_pay"])
        if month >= int(ctx.param("sick_pay.performance.from_month")):
            rs, rr, bs = (
                ctx.param("sick_pay.performance.reward_share"),
                ctx.param("sick_pay.performance.reward_rate"),
                ctx.param("sick_pay.performance.base_share"),
            )
            p = _q(perf * _dec(rs) * _dec(rr) + perf * _dec(bs))
            trace.append(f"绩效工资 {yuan(perf)} × {_pct(rs)} × {_pct(rr)} + {yuan(perf)} × {_pct(bs)} = {yuan(p)}")
            names += ["sick_pay.performance.reward_share", "sick_pay.performance.from_month"]
        else:
            p = _q(perf)
            trace.append(f"绩效工资 {yuan(perf)}（两个月以内发原工资）")
            names.append("sick_pay.performance.from_month")
        total += p
        parts.append(f"绩效工资 {yuan(p)}")
    if "hardship_allowance" in facts:
        h = _q(money(facts["hardship_allowance"]))
        total += h
        parts.append(f"艰苦边远津贴 {yuan(h)}")
        trace.append(f"艰苦边远津贴 {yuan(h)}（全额）")
        names.append("sick_pay.hardship_allowance")
    msg = f"病假第 {month} 个月，{years_note}：本人工资按 {_pct(ratio)} 发给"
    if parts:
        msg += f"；{'，'.join(parts)}，合计 {yuan(total)}"
        trace.append(f"合计 {yuan(total)}")
    return ctx.finding(
        ALLOWED if ratio >= 1 else WARNING,
        msg,
        f"sick month {month}, {years} years of service: {_pct(ratio)} of the basic wage"
        + (f"; total {total}" if parts else ""),
        trace=trace,
        extra=[ctx.param_cited(n) for n in dict.fromkeys(names)],
    )


def _dec(x: Exact) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def _q(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _pct(x: Exact) -> str:
    return f"{num(x * 100)}%"


@rule(
    "sick_pay.papers",
    check="sick_pay.approve",
    agencies=[T],
    cites=[
        ("tongyu-hrss:22:3", "病假职工所在单位的主管部门向人社局发函，提出病假期间工资待遇审批申请"),
        ("tongyu-hrss:22:3", "病假职工所在单位提供二甲以上医院出具标明病假期限的医学诊断书和单位主要领导批准的准假条"),
    ],
    params=["sick_pay.papers.min_hospital_grade"],
)
def sick_pay_papers(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三: 主管部门申请函；二甲以上医院出具、标明病假期限的医学诊断书；单位主要领导批准的准假条。"""
    missing = [
        zh
        for key, zh in (("request_letter", "主管部门申请函"), ("diagnosis", "医学诊断书"), ("leave_slip", "准假条"))
        if not facts.get(key, True)
    ]
    trace = [f"缺少：{'、'.join(missing)}" if missing else "申请函、诊断书、准假条齐全"]
    extra = []
    if "hospital_grade" in facts:
        g = facts["hospital_grade"]
        floor = str(ctx.param("sick_pay.papers.min_hospital_grade"))
        ok = HOSPITAL_GRADES.index(g) <= HOSPITAL_GRADES.index(floor)
        trace.append(f"医院等级 {g} {'不低于' if ok else '低于'} {floor}（二甲）")
        extra.append(ctx.param_cited("sick_pay.papers.min_hospital_grade"))
        if not ok:
            missing.append("二甲以上医院诊断书")
    if missing:
        return ctx.finding(
            BLOCKED,
            f"材料不符：{'、'.join(missing)}，不予审批病假期间工资待遇",
            "papers missing or not from a grade-2A-or-higher hospital: no approval",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "申请函、二甲以上医院诊断书、准假条齐全",
        "request letter, diagnosis and leave slip in order",
        trace=trace,
        extra=extra,
    )


@rule(
    "sick_pay.renewal",
    check="sick_pay.approve",
    agencies=[T],
    cites=[
        (
            "tongyu-hrss:22:3.3.2",
            "如医学诊断书标明的病假期限已结束，单位须提供新的病休医学诊断书，人社局方可继续审批病假期间工资待遇",
        )
    ],
)
def sick_pay_renewal(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆 三: 诊断书标明的病假期限已结束的，须提供新的病休医学诊断书方可继续审批（期限截止日当日仍有效）。"""
    if "diagnosis_until" not in facts:
        return None
    until, on = day(facts["diagnosis_until"]), _pay_date(facts, ctx)
    ok = on <= until
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        f"诊断书病假期限至 {until}" + ("，仍在期限内" if ok else "，已结束：须提供新的病休医学诊断书方可继续审批"),
        f"certified sick period ends {until}" + ("" if ok else ": a new diagnosis is needed"),
        trace=[f"计发日期 {on} {'≤' if ok else '>'} 诊断期限 {until}"],
    )


@rule(
    "sick_pay.falsified",
    check="sick_pay.approve",
    agencies=[T],
    cites=[("tongyu-hrss:22:3.3.2", "对弄虚作假者，按照“吃空饷”处理，责成主管部门追缴空岗期间工资待遇")],
)
def sick_pay_falsified(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 责任追究: 弄虚作假者按“吃空饷”处理，责成主管部门追缴空岗期间工资待遇，必要时报县纪委监委。"""
    if not facts.get("falsified", False):
        return ctx.finding(
            ALLOWED,
            "未发现弄虚作假；申请单位须认真审核诊断书真伪，严格按诊断书的休息时间准假",
            "no falsification found; the unit checks the diagnosis and grants leave as certified",
            trace=["弄虚作假：否"],
        )
    return ctx.finding(
        BLOCKED,
        "弄虚作假，按“吃空饷”处理：不予审批，责成主管部门追缴空岗期间工资待遇，必要时报县纪委监委",
        "falsified: treated as 吃空饷; no approval, pay for the absence recovered",
        trace=["弄虚作假：是"],
    )
