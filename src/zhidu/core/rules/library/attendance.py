"""Attendance (考勤): punctuality, absenteeism (旷工) and its consequences, monthly sheets, leave-linked pay,
staff conduct (工作人员管理) and the service hall (服务大厅/窗口).

制度 implemented (figures in ``agencies/<slug>/parameters/attendance.yaml``):
- 文山 第三十五条 考勤制度 (wenshan-hrss:39): weekly checks and publication, working hours, 15-minute lateness,
  4 lates = 1 day 缺勤 (2 = half a day), 旷工 > 5 days → 不称职, > 30 days → 辞退.
- 区局 《工作人员管理规定》(district-bureau:34): conduct and uniform, sanctions for absence without leave by rank
  and days, the bar on 先进 for the person, the section chief and the deputy in charge.
- 区局 《考勤管理办法(试行)》(district-bureau:58) and its amendment of 2017-04-14 (district-bureau:59): monthly
  sheet by the 2nd (顺延), 旷工 for unfiled absence or false reasons, 补休 for approved overtime, car subsidy and
  non-establishment bonus at half a month / a month of sick (+ nursing, from the amendment) leave, the annual
  bonus at 21.75 working days, the per-day personal-leave deduction above 6 days.
- 区局 《服务大厅(窗口)管理办法》(district-bureau:60): roster by month end, window rules, 旷工 without leave,
  weekly spot checks and the quarterly 窗口服务标兵.
- 白城 《市扶贫办机关考勤管理制度（试行）》(baicheng-fupin:12) 一、四、五: conduct, what counts as 旷工,
  consequences for the annual appraisal and dismissal, personal leave over 3 / 6 months.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ...errors import BadInput
from ..helpers import DATE, MONEY, money, num, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Finding, Outcome
from ..registry import RuleContext, check, rule
from .leave import DAYS_FACT, B, D, W, day, fixed_deadline, frac

MONTH: dict[str, Any] = {
    "type": "string",
    "pattern": r"^(19|20)\d\d-(0[1-9]|1[0-2])$",
    "description": "月份 YYYY-MM month",
}
HHMM: dict[str, Any] = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$", "description": "时刻 HH:MM time"}
CENT = Decimal("0.01")


def _month(raw: str) -> tuple[dt.date, dt.date]:
    y, m = int(raw[:4]), int(raw[5:7])
    return dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1])


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def _dec(x: Fraction | int) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def _q(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _flag(facts: Any, key: str, default: bool = False) -> bool:
    return bool(facts.get(key, default))


# ---------------------------------------------------------------------------------------------- punctuality

PUNCTUALITY = check(
    "attendance.punctuality",
    "迟到、早退的认定",
    "Late arrival and early departure",
    {
        "type": "object",
        "required": ["session"],
        "additionalProperties": False,
        "properties": {
            "session": {"enum": ["morning", "afternoon"], "description": "上午/下午 morning or afternoon session"},
            "arrived_at": {**HHMM, "description": "到岗时刻 HH:MM arrival"},
            "left_at": {**HHMM, "description": "离岗时刻 HH:MM departure"},
        },
    },
)


@rule(
    "attendance.punctuality_art35",
    check="attendance.punctuality",
    agencies=[W],
    cites=[("wenshan-hrss:39:3", "迟到或早退(上班时间15分钟后未到或下班15分钟前离开)")],
)
def punctuality_art35(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (二): 上午 8:30–12:00，下午 14:30–17:30；(三): 上班时间 15 分钟后未到为迟到，下班 15 分钟前离开为早退。
    Reading (parameter): 恰在第 15 分钟（8:45）到岗不算迟到，恰在 17:15 离开不算早退。"""
    if "arrived_at" not in facts and "left_at" not in facts:
        raise BadInput("请给出到岗时刻 arrived_at 或离岗时刻 left_at", "give arrived_at or left_at", "arrived_at")
    start, end = ctx.param("attendance.punctuality_art35.hours")[facts["session"]]
    grace = int(ctx.param("attendance.punctuality_art35.grace_minutes"))
    s, e = _minutes(start), _minutes(end)
    trace, marks = [], []
    if "arrived_at" in facts:
        a = _minutes(facts["arrived_at"])
        late = a > s + grace
        trace.append(f"到岗 {facts['arrived_at']} {'>' if late else '≤'} {start} + {grace} 分钟")
        if late:
            marks.append("迟到")
    if "left_at" in facts:
        lv = _minutes(facts["left_at"])
        early = lv < e - grace
        trace.append(f"离岗 {facts['left_at']} {'<' if early else '≥'} {end} − {grace} 分钟")
        if early:
            marks.append("早退")
    extra = [ctx.param_cited("attendance.punctuality_art35.hours")]
    if marks:
        return ctx.finding(
            WARNING,
            f"记{'、'.join(marks)} {len(marks)} 次（累计4次视为缺勤1天，2次视为缺勤半天）",
            f"recorded: {', '.join(marks)} ({len(marks)})",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(ALLOWED, "按时上下班", "on time", trace=trace, extra=extra)


TALLY = check(
    "attendance.lateness_tally",
    "迟到早退折算缺勤",
    "Late arrivals and early departures converted to days of absence",
    {
        "type": "object",
        "required": ["times"],
        "additionalProperties": False,
        "properties": {
            "times": {
                "type": "integer",
                "minimum": 0,
                "maximum": 1000,
                "description": "累计迟到、早退次数 late arrivals and early departures counted",
            }
        },
    },
)


@rule(
    "attendance.lateness_tally_art35",
    check="attendance.lateness_tally",
    agencies=[W],
    cites=[("wenshan-hrss:39:3", "累计4次视为缺勤1天(2次视为缺勤半天)")],
)
def tally_art35(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (三): 迟到或早退累计 4 次视为缺勤 1 天，2 次视为缺勤半天；按每满 2 次折半天计，余 1 次暂不折算。
    缺勤不等于旷工：条文未把由迟到折算的缺勤计入旷工天数（目录已指出），此处不计入。"""
    times = int(facts["times"])
    per_day = int(ctx.param("attendance.lateness_tally_art35.per_day"))
    per_half = int(ctx.param("attendance.lateness_tally_art35.per_half_day"))
    days = Fraction(times // per_day) + Fraction(times % per_day // per_half, 2)
    trace = [f"{times} 次 = {times // per_day} × {per_day} 次 + {times % per_day} 次 → 缺勤 {num(days)} 天"]
    if days > 0:
        return ctx.finding(
            WARNING,
            f"迟到早退累计 {times} 次，视为缺勤 {num(days)} 天",
            f"{times} late/early: {num(days)} days of absence",
            trace=trace,
        )
    return ctx.finding(
        ALLOWED,
        f"迟到早退累计 {times} 次，未达折算缺勤的次数",
        f"{times} late/early: no absence yet",
        trace=trace,
    )


# ---------------------------------------------------------------------------------------------- absence kinds

SITUATIONS = [
    "no_leave",  # 未请假擅自不上班/离岗
    "leave_not_approved",  # 请假未获批准擅自不上班
    "overstay",  # 假满未续假或续假未获批准逾期不归
    "refused_transfer",  # 不服从组织调动、不按时报到
    "disobey_arrangement",  # 不服从工作安排或不按时到岗
    "false_certificate",  # 骗取医疗疾病证明并被准假
    "false_reason",  # 虚报请假原因
    "unfiled_leave",  # 请假未向办公室备案即离岗
    "field_work_pretext",  # 以办公事下基层为由办私事
    "absent_at_check",  # 督查时工作时间不在岗（非因公）
    "private_outing_unreported",  # 因私外出（半天以内）未报告
]

ABSENCE_KIND = check(
    "attendance.absence_kind",
    "缺岗情形的定性（旷工、缺勤、擅自离岗）",
    "What an absence counts as (旷工, 缺勤, leaving post without leave)",
    {
        "type": "object",
        "required": ["situation"],
        "additionalProperties": False,
        "properties": {
            "situation": {
                "enum": SITUATIONS,
                "description": "情形：no_leave 未请假；leave_not_approved 请假未获批准；overstay 假满逾期不归；"
                "refused_transfer 不服从调动；disobey_arrangement 不服从工作安排；false_certificate 骗取医疗证明；"
                "false_reason 虚报请假原因；unfiled_leave 未备案离岗；field_work_pretext 以下基层为由办私事；"
                "absent_at_check 督查时不在岗；private_outing_unreported 因私外出未报告 situation",
            },
            "at_service_window": {
                "type": "boolean",
                "description": "服务大厅（窗口）工作人员（默认否） works at the service hall",
            },
        },
    },
)

# situation -> (outcome, label, cite ids) per agency; a situation not listed is one the texts do not classify.
_KINDS: dict[str, dict[str, tuple[Outcome, str, tuple[str, ...]]]] = {
    W: {
        "no_leave": (BLOCKED, "旷工", ("wenshan-hrss:39:2",)),
        "leave_not_approved": (BLOCKED, "旷工", ("wenshan-hrss:39:2",)),
        "overstay": (BLOCKED, "旷工", ("wenshan-hrss:39:2",)),
        "absent_at_check": (WARNING, "缺勤", ("wenshan-hrss:39:3",)),
    },
    D: {
        "no_leave": (BLOCKED, "旷工", ("district-bureau:58:2",)),
        "leave_not_approved": (BLOCKED, "旷工", ("district-bureau:58:2",)),
        "overstay": (BLOCKED, "旷工", ("district-bureau:58:2",)),
        "unfiled_leave": (BLOCKED, "旷工", ("district-bureau:58:2",)),
        "absent_at_check": (BLOCKED, "旷工", ("district-bureau:58:2",)),
        "false_reason": (BLOCKED, "旷工", ("district-bureau:58:3.2",)),
        "private_outing_unreported": (BLOCKED, "擅自离岗", ("district-bureau:58:4.2",)),
    },
    B: {
        "no_leave": (BLOCKED, "旷工", ("baicheng-fupin:12:1.3", "baicheng-fupin:12:4.4.1")),
        "leave_not_approved": (BLOCKED, "旷工", ("baicheng-fupin:12:1.3", "baicheng-fupin:12:4.4.1")),
        "absent_at_check": (BLOCKED, "旷工", ("baicheng-fupin:12:4.4.1",)),
        "overstay": (BLOCKED, "旷工", ("baicheng-fupin:12:1.3", "baicheng-fupin:12:4.4.2")),
        "refused_transfer": (BLOCKED, "旷工", ("baicheng-fupin:12:1.3",)),
        "disobey_arrangement": (BLOCKED, "旷工", ("baicheng-fupin:12:4.4.3",)),
        "false_certificate": (BLOCKED, "旷工", ("baicheng-fupin:12:4.4.4", "baicheng-fupin:12:5.5")),
        "field_work_pretext": (BLOCKED, "旷工", ("baicheng-fupin:12:4.1",)),
    },
}
_HALL_SITUATIONS = {"no_leave", "leave_not_approved", "unfiled_leave", "false_reason"}


def _absence_kind(facts: Any, ctx: RuleContext) -> Finding:
    sit = facts["situation"]
    hit = _KINDS[ctx.agency].get(sit)
    if ctx.agency == D and facts.get("at_service_window") and sit in _HALL_SITUATIONS:
        outcome, label, cites = BLOCKED, "旷工", ("district-bureau:60:3.1", *(hit[2] if hit else ()))
        hit = (outcome, label, cites)
    if hit is None:
        return ctx.finding(
            WARNING,
            "本机构考勤制度未对此情形定性，请按事实核定（如属未经批准不上班，一般按旷工处理）",
            "the agency's attendance rules do not classify this situation",
            trace=[f"情形 {sit}：制度未列"],
        )
    outcome, label, cites = hit
    extra = ""
    if sit == "false_certificate" and ctx.agency == B:
        extra = "；并报纪检监察组追究纪律责任，扣除请假期间的全额工资"
    return ctx.finding(
        outcome,
        f"按{label}处理{extra}",
        {"旷工": "counts as absenteeism (旷工)", "缺勤": "counts as absence (缺勤)"}.get(label, "leaving post"),
        trace=[f"情形 {sit} → {label}"],
        cites=cites,
    )


for _agency, _cites in (
    (
        W,
        [
            ("wenshan-hrss:39:2", "无故不上班的,一律视为旷工"),
            ("wenshan-hrss:39:3", "工作时间不在岗(非因公离岗),视为缺勤"),
        ],
    ),
    (
        D,
        [
            ("district-bureau:58:2", "对未备案离岗人员,按旷工处理"),
            ("district-bureau:58:3.2", "不按规定请假或虚报原因的,按旷工处理"),
            ("district-bureau:58:4.2", "不履行报告程序的均以擅自离岗处理"),
            ("district-bureau:60:3.1", "凡不按规定履行请假手续的,按旷工处理"),
        ],
    ),
    (
        B,
        [
            ("baicheng-fupin:12:1.3", "不服从组织调动，不按时到工作岗位报到的，均按旷工处理"),
            ("baicheng-fupin:12:4.4.1", "未请假或请假未获得批准离开工作岗位的"),
            ("baicheng-fupin:12:4.4.2", "请假期满未延假或延假未获得批准逾期不到岗的"),
            ("baicheng-fupin:12:4.4.3", "不服从工作安排或不按时到岗工作的"),
            ("baicheng-fupin:12:4.4.4", "骗取医疗疾病证明并被准假，经查证核实的"),
            ("baicheng-fupin:12:4.1", "不得以办公事下基层为由办私事，一经发现报主管领导后按旷工处理"),
            ("baicheng-fupin:12:5.5", "报纪检监察组追究其纪律责任，并扣除请假期间的全额工资"),
        ],
    ),
):
    rule(
        f"attendance.absence_kind.{_agency.split('-')[0]}",
        check="attendance.absence_kind",
        agencies=[_agency],
        cites=_cites,
    )(_absence_kind)


# ---------------------------------------------------------------------------------------------- absenteeism (区局)

ABSENTEEISM = check(
    "attendance.absenteeism",
    "无故不请假（旷工）的处理",
    "Sanctions for absence without leave",
    {
        "type": "object",
        "required": ["rank", "days"],
        "additionalProperties": False,
        "properties": {
            "rank": {
                "enum": ["staff", "section_head"],
                "description": "staff 一般干部（科员）；section_head 正副科长 rank",
            },
            "days": {**DAYS_FACT, "minimum": 0.5, "description": "无故不请假的天数 days absent without leave"},
        },
    },
)


@rule(
    "attendance.absenteeism_34",
    check="attendance.absenteeism",
    agencies=[D],
    cites=[
        (
            "district-bureau:34:5.1",
            "正副科长一天不请假的,由主管领导给予批评教育,写出书 面检查和整改措施;一天以上的给予纪律处分或停职检查",
        ),
        (
            "district-bureau:34:5.2",
            "一般干部一天不请假的,由主管局长给予批评教育,责令其写出书面检查;二天以上的,在机关大会上作检查",
        ),
    ],
)
def absenteeism_34(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《工作人员管理规定》五: 正副科长一天不请假——主管领导批评教育、书面检查和整改措施；一天以上——纪律处分
    或停职检查。一般干部一天——主管局长批评教育、书面检查；二天以上——机关大会作检查并视情给予行政和纪律处分。
    五3: 受到处理的人员、所在科室的科长、分管局长，当年不得评为先进（每一档都是“处理”，故均附此后果）。
    Readings (parameters): 一天及以下（含半天）为“一天”档；一般干部 1–2 天之间（如 1.5 天）仍按“一天”档。"""
    n = frac(facts["days"])
    if facts["rank"] == "section_head":
        bound = int(ctx.param("attendance.absenteeism_34.section_head_days"))
        heavy = n > bound
        rel = f"{num(n)} 天 {'>' if heavy else '≤'} {bound} 天"
        cite = "district-bureau:34:5.1"
        light_zh = "由主管领导给予批评教育，写出书面检查和整改措施"
        heavy_zh = "给予纪律处分或停职检查"
        name = "attendance.absenteeism_34.section_head_days"
    else:
        bound = int(ctx.param("attendance.absenteeism_34.staff_heavy_days"))
        heavy = n >= bound
        rel = f"{num(n)} 天 {'≥' if heavy else '<'} {bound} 天"
        cite = "district-bureau:34:5.2"
        light_zh = "由主管局长给予批评教育，责令写出书面检查"
        heavy_zh = "在机关大会上作检查，并视情节和后果给予相应行政和纪律处分"
        name = "attendance.absenteeism_34.staff_heavy_days"
    return ctx.finding(
        BLOCKED if heavy else WARNING,
        f"无故不请假 {num(n)} 天：{heavy_zh if heavy else light_zh}；本人、所在科室科长、分管局长当年不得评为先进",
        f"{num(n)} days absent without leave: "
        + ("disciplinary sanction" if heavy else "criticism and written self-review"),
        trace=[rel, "当年评先进：本人、科长、分管局长均不得评"],
        cites=[cite, "district-bureau:34:5.3"],
        extra=[ctx.param_cited(name)],
    )


# ---------------------------------------------------------------------------------------------- appraisal

APPRAISAL = check(
    "attendance.appraisal",
    "考勤对年度考核与辞退的影响（旷工、事假）",
    "Effect of absenteeism and personal leave on the annual appraisal and dismissal",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "absent_days_year": {
                **DAYS_FACT,
                "description": "本年旷工（含无正当理由逾期不归）累计天数 days of 旷工 this year",
            },
            "max_consecutive_absent_days": {
                **DAYS_FACT,
                "description": "本年最长连续旷工天数 longest run of 旷工 days this year",
            },
            "personal_leave_months": {
                "type": "number",
                "minimum": 0,
                "maximum": 12,
                "description": "本年请事假累计月数 months of personal leave this year",
            },
            "unfit_last_year": {
                "type": "boolean",
                "description": "上一年度考核为不称职（默认否） rated 不称职 last year",
            },
        },
    },
)


@rule(
    "attendance.appraisal_art35",
    check="attendance.appraisal",
    agencies=[W],
    cites=[
        ("wenshan-hrss:39:2", "年内旷工累计超过5天的,年度考核定为不称职(不合格)"),
        ("wenshan-hrss:39:2", "旷工累计超过30天的,按公务员法规定予以辞退"),
    ],
)
def appraisal_art35(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (二): 年内旷工累计超过 5 天（不含 5 天）年度考核不称职；累计超过 30 天辞退（读作一年内，与公务员法
    第八十八条一致）。由迟到早退折算的缺勤不计入旷工。"""
    n = frac(facts.get("absent_days_year", 0))
    unfit = int(ctx.param("attendance.appraisal_art35.unfit_over_days"))
    dismiss = int(ctx.param("attendance.appraisal_art35.dismiss_over_days"))
    extra = [ctx.param_cited("attendance.appraisal_art35.dismiss_over_days")]
    if n > dismiss:
        return ctx.finding(
            BLOCKED,
            f"年内旷工累计 {num(n)} 天，超过 {dismiss} 天：按公务员法规定予以辞退（年度考核不称职）",
            f"{num(n)} days of 旷工: over {dismiss}, dismissal",
            trace=[f"{num(n)} > {dismiss}"],
            extra=extra,
        )
    if n > unfit:
        return ctx.finding(
            BLOCKED,
            f"年内旷工累计 {num(n)} 天，超过 {unfit} 天：年度考核定为不称职（不合格）",
            f"{num(n)} days of 旷工: over {unfit}, rated 不称职",
            trace=[f"{unfit} < {num(n)} ≤ {dismiss}"],
            extra=extra,
        )
    return ctx.finding(
        WARNING if n > 0 else ALLOWED,
        f"年内旷工累计 {num(n)} 天，未超过 {unfit} 天",
        f"{num(n)} days of 旷工: not over {unfit}",
        trace=[f"{num(n)} ≤ {unfit}"],
        extra=extra,
    )


@rule(
    "attendance.appraisal_art5",
    check="attendance.appraisal",
    agencies=[B],
    cites=[
        ("baicheng-fupin:12:5.1", "连续超过15天或累计超过30天，其当年的年度考核定为不称职等次"),
        (
            "baicheng-fupin:12:5.2",
            "工作人员无故旷工连续超过15天，或者一年内累计超过30天的，按照《公务员法》给予辞退处理",
        ),
        (
            "baicheng-fupin:12:5.4",
            "请事假累计超过三个月不到六个月的工作人员，年度不进行考核，超过六个月的确定为不称职等次",
        ),
        ("baicheng-fupin:12:5.4", "连续两年被确定为不称职等次的，予以辞退"),
    ],
)
def appraisal_art5(facts: Any, ctx: RuleContext) -> list[Finding]:
    """白城 五(一)(二): 旷工或无正当理由逾期未到岗连续超过 15 天或累计超过 30 天——年度考核不称职，并按公务员法
    辞退（两者门槛相同，均不含本数）。五(四): 事假累计超过三个月不到六个月不进行考核；超过六个月不称职；连续两年
    不称职辞退。Reading (parameter): 恰为六个月既非“不到六个月”亦非“超过六个月”，从轻按不进行考核处理。"""
    out: list[Finding] = []
    cons = frac(facts.get("max_consecutive_absent_days", 0))
    total = frac(facts.get("absent_days_year", 0))
    c_lim = int(ctx.param("attendance.appraisal_art5.consecutive_over_days"))
    t_lim = int(ctx.param("attendance.appraisal_art5.cumulative_over_days"))
    unfit = False
    trace = [
        f"连续旷工 {num(cons)} 天 {'>' if cons > c_lim else '≤'} {c_lim}",
        f"累计旷工 {num(total)} 天 {'>' if total > t_lim else '≤'} {t_lim}",
    ]
    if cons > c_lim or total > t_lim:
        unfit = True
        out.append(
            ctx.finding(
                BLOCKED,
                "旷工连续超过15天或累计超过30天：当年年度考核定为不称职，并按照《公务员法》给予辞退处理",
                "旷工 over 15 consecutive or 30 cumulative days: rated 不称职 and dismissed",
                trace=trace,
                cites=["baicheng-fupin:12:5.1", "baicheng-fupin:12:5.2"],
            )
        )
    else:
        out.append(
            ctx.finding(
                WARNING if total > 0 else ALLOWED,
                f"旷工连续 {num(cons)} 天、累计 {num(total)} 天，未达不称职的界限",
                "旷工 below the 不称职 thresholds",
                trace=trace,
                cites=["baicheng-fupin:12:5.1"],
            )
        )
    if "personal_leave_months" in facts:
        m = frac(facts["personal_leave_months"])
        low = int(ctx.param("attendance.appraisal_art5.personal_not_assessed_over_months"))
        high = int(ctx.param("attendance.appraisal_art5.personal_unfit_over_months"))
        extra = [ctx.param_cited("attendance.appraisal_art5.personal_unfit_over_months")]
        if m > high:
            unfit = True
            out.append(
                ctx.finding(
                    BLOCKED,
                    f"事假累计 {num(m)} 个月，超过 {high} 个月：确定为不称职等次",
                    f"{num(m)} months of personal leave: over {high}, 不称职",
                    trace=[f"{num(m)} > {high}"],
                    cites=["baicheng-fupin:12:5.4"],
                    extra=extra,
                )
            )
        elif m > low:
            out.append(
                ctx.finding(
                    WARNING,
                    f"事假累计 {num(m)} 个月，超过 {low} 个月未超过 {high} 个月：年度不进行考核",
                    f"{num(m)} months of personal leave: no appraisal this year",
                    trace=[f"{low} < {num(m)} ≤ {high}"],
                    cites=["baicheng-fupin:12:5.4"],
                    extra=extra,
                )
            )
        else:
            out.append(
                ctx.finding(
                    ALLOWED,
                    f"事假累计 {num(m)} 个月，未超过 {low} 个月，正常考核",
                    f"{num(m)} months of personal leave: appraised as usual",
                    trace=[f"{num(m)} ≤ {low}"],
                    cites=["baicheng-fupin:12:5.4"],
                    extra=extra,
                )
            )
    if unfit and facts.get("unfit_last_year", False):
        out.append(
            ctx.finding(
                BLOCKED,
                "连续两年被确定为不称职等次，予以辞退",
                "rated 不称职 two years running: dismissal",
                trace=["上年不称职，本年不称职"],
                cites=["baicheng-fupin:12:5.4"],
            )
        )
    return out


# ---------------------------------------------------------------------------------------------- monthly sheet (区局)

SHEET = check(
    "attendance.monthly_sheet",
    "月度考勤表报送",
    "Monthly attendance sheet",
    {
        "type": "object",
        "required": ["month"],
        "additionalProperties": False,
        "properties": {
            "month": {**MONTH, "description": "考勤表所属月份 YYYY-MM month the sheet covers"},
            "submitted_on": {**DATE, "description": "报送局办公室日期 day the sheet reached the office"},
            "signed_by": {
                "type": "array",
                "items": {"enum": ["clerk", "section_head", "deputy_in_charge"]},
                "uniqueItems": True,
                "description": "已签字：clerk 考勤员；section_head 科室主要负责人；"
                "deputy_in_charge 分管局长 signatures",
            },
            "forms_attached": {
                "type": "boolean",
                "description": "已附请假单等相关材料（默认是） leave forms attached",
            },
        },
    },
)


@rule(
    "attendance.monthly_sheet_58",
    check="attendance.monthly_sheet",
    agencies=[D],
    cites=[
        ("district-bureau:58:2", "考勤表经考勤员、科室主要负责人、分管局长签字,并附请假单等相关材料"),
        ("district-bureau:58:2", "于每月2日前将本科室、单位上月考勤表报送局办公室(遇法定节假日、公休日顺延)"),
    ],
)
def monthly_sheet_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 二: 考勤表经考勤员、科室主要负责人、分管局长签字并附请假单，于每月 2 日前报送上月考勤表，
    遇法定节假日、公休日顺延。Reading (parameter): “2日前”含 2 日当日。"""
    _, last = _month(facts["month"])
    n = int(ctx.param("attendance.monthly_sheet_58.due_day"))
    dl = ctx.deadline(last, n, "days", "上月考勤表报送期限", "monthly attendance sheet due")
    signers = list(ctx.param("attendance.monthly_sheet_58.signers"))
    signed = set(facts.get("signed_by", signers))
    missing = [s for s in signers if s not in signed]
    zh = {"clerk": "考勤员", "section_head": "科室主要负责人", "deputy_in_charge": "分管局长"}
    trace = [f"{facts['month']} 考勤表，期限 {dl.date}"]
    problems = []
    if missing:
        problems.append(f"缺少{'、'.join(zh[m] for m in missing)}签字")
    if not facts.get("forms_attached", True):
        problems.append("未附请假单等相关材料")
    if "submitted_on" in facts:
        sub = day(facts["submitted_on"])
        trace.append(f"报送 {sub} {'≤' if sub <= dl.date else '>'} {dl.date}")
        if sub > dl.date:
            problems.append(f"{sub} 才报送，晚于 {dl.date}")
    elif ctx.on > dl.date:
        problems.append(f"已过 {dl.date} 尚未报送")
    extra = [ctx.param_cited("attendance.monthly_sheet_58.due_day")]
    if problems:
        return ctx.finding(
            BLOCKED,
            "考勤表不合要求：" + "；".join(problems),
            "attendance sheet not in order: " + "; ".join(problems),
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "考勤表签字齐全，" + ("已按期报送" if "submitted_on" in facts else f"须于 {dl.date} 前报送"),
        "attendance sheet signed" + (" and in time" if "submitted_on" in facts else f"; due {dl.date}"),
        trace=trace,
        deadlines=[dl],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------- leave-linked pay (区局)

BENEFIT = check(
    "attendance.monthly_benefit",
    "病假（哺乳假）与当月公车补贴、编外人员绩效考核奖",
    "Sick (and nursing) leave and the month's car subsidy / non-establishment staff bonus",
    {
        "type": "object",
        "required": ["benefit"],
        "additionalProperties": False,
        "properties": {
            "benefit": {
                "enum": ["car_subsidy", "non_establishment_bonus"],
                "description": "car_subsidy 公车补贴；non_establishment_bonus 编外人员绩效考核奖 benefit",
            },
            "month": {**MONTH, "description": "所属月份（据日历计算当月工作日） YYYY-MM month"},
            "month_working_days": {
                "type": "integer",
                "minimum": 1,
                "maximum": 31,
                "description": "当月工作日数（不给则按官方日历计算） working days of the month",
            },
            "sick_days": {**DAYS_FACT, "description": "当月累计病假（工作日） sick-leave working days this month"},
            "nursing_days": {**DAYS_FACT, "description": "当月累计哺乳假（工作日） nursing-leave working days"},
            "amount": {**MONEY, "description": "当月全额（元） the full monthly amount"},
        },
    },
)


@rule(
    "attendance.monthly_benefit_58",
    check="attendance.monthly_benefit",
    agencies=[D],
    cites=[],
    params=["attendance.monthly_benefit_58.half_rate"],
)
def monthly_benefit_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 五1（公车补贴）、五6（编外人员绩效考核奖）: 当月累计病假满半个月（按当月工作日计算）按 50% 发放，
    满一个月不发放。2017-04-14 党组会议修改（《关于修改〈局考勤管理办法(试行)〉的通知》一、三）起，病假与哺乳假
    合并累计：计入的假别是按日期生效的参数。“满”含本数：病假恰为当月工作日的一半即按 50%。"""
    kind = facts["benefit"]
    if "month_working_days" in facts:
        w = int(facts["month_working_days"])
        how = f"当月工作日 {w} 天（申报）"
    elif "month" in facts:
        first, last = _month(facts["month"])
        c = ctx.calendar.working_days_between(first, last, count_start=True)
        w = c.days
        how = f"{facts['month']} 当月工作日 {w} 天（官方日历{'，临时' if c.provisional else ''}）"
    else:
        raise BadInput("请给出月份 month 或当月工作日数 month_working_days", "give month", "month")
    name = f"attendance.monthly_benefit_58.{kind}.counted"
    counted = list(ctx.param(name))
    days = Fraction(0)
    parts = []
    for k, zh in (("sick", "病假"), ("nursing", "哺乳假")):
        v = frac(facts.get(f"{k}_days", 0))
        if k in counted:
            days += v
            parts.append(f"{zh} {num(v)}")
        elif v:
            parts.append(f"{zh} {num(v)}（不计入）")
    half = Fraction(w, 2)
    rate: Fraction = ctx.param("attendance.monthly_benefit_58.half_rate")
    what = {"car_subsidy": "公车补贴", "non_establishment_bonus": "编外人员绩效考核奖"}[kind]
    trace = [how, f"累计 {' + '.join(parts) or '0'} = {num(days)} 天"]
    if days >= w:
        share, outcome, word = Fraction(0), BLOCKED, "满一个月，不发放"
        trace.append(f"{num(days)} ≥ {w}（满一个月）")
    elif days >= half:
        share, outcome, word = rate, WARNING, f"满半个月，按{num(rate * 100)}%发放"
        trace.append(f"{num(days)} ≥ {num(half)}（满半个月）")
    else:
        share, outcome, word = Fraction(1), ALLOWED, "不足半个月，全额发放"
        trace.append(f"{num(days)} < {num(half)}（不足半个月）")
    msg = f"当月累计 {num(days)} 天，{word}"
    if "amount" in facts:
        pay = _q(money(facts["amount"]) * _dec(share))
        msg += f"：{what} {yuan(pay)}"
        trace.append(f"{yuan(money(facts['amount']))} × {num(share * 100)}% = {yuan(pay)}")
    return ctx.finding(
        outcome,
        f"{what}：{msg}",
        f"{kind}: {num(days)} days counted, {num(share * 100)}% paid",
        trace=trace,
        extra=[ctx.param_cited(name), ctx.param_cited("attendance.monthly_benefit_58.half_rate")],
    )


BONUS = check(
    "attendance.performance_bonus",
    "全年病事假（哺乳假）与绩效考核奖",
    "Sick, personal (and nursing) leave in the year and the performance bonus",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "sick_days": {**DAYS_FACT, "description": "本年累计病假（工作日） sick-leave working days this year"},
            "personal_days": {**DAYS_FACT, "description": "本年累计事假（工作日） personal-leave working days"},
            "nursing_days": {**DAYS_FACT, "description": "本年累计哺乳假（工作日） nursing-leave working days"},
            "annual_bonus": {**MONEY, "description": "全年绩效考核奖全额（元） full annual bonus"},
            "staff_kind": {
                "enum": ["organ", "institution", "non_establishment"],
                "description": "organ 机关工作人员；institution 事业单位工作人员；non_establishment 编外人员",
            },
            "incentive_pay_deducted": {
                "type": "boolean",
                "description": "病假期间扣发了奖励性绩效工资（事业单位）（默认否） incentive performance pay was cut",
            },
        },
    },
)


@rule(
    "attendance.performance_bonus_58",
    check="attendance.performance_bonus",
    agencies=[D],
    cites=[("district-bureau:58:5.2", "按实际工作月数计发绩效考核奖")],
)
def performance_bonus_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 五2: 当年累计休病事假一个月（按 21.75 个工作日计算）以内不扣发，一个月及以上按实际工作月数计发。
    2017-04-14 修改（通知二）起哺乳假一并累计。Readings (parameters): 恰为 21.75 天属“一个月及以上”；实际工作
    月数 = 12 − 累计假期天数 ÷ 21.75（不取整），奖金 = 全年奖金 × 实际工作月数 ÷ 12，按分四舍五入。"""
    counted = list(ctx.param("attendance.performance_bonus_58.counted"))
    month: Fraction = ctx.param("attendance.performance_bonus_58.month_days")
    year = int(ctx.param("attendance.performance_bonus_58.year_months"))
    days = Fraction(0)
    parts = []
    for k, zh in (("sick", "病假"), ("personal", "事假"), ("nursing", "哺乳假")):
        v = frac(facts.get(f"{k}_days", 0))
        if k in counted:
            days += v
            parts.append(f"{zh} {num(v)}")
        elif v:
            parts.append(f"{zh} {num(v)}（不计入）")
    trace = [f"累计 {' + '.join(parts) or '0'} = {num(days)} 个工作日"]
    extra = [
        ctx.param_cited("attendance.performance_bonus_58.counted"),
        ctx.param_cited("attendance.performance_bonus_58.month_days"),
    ]
    if days < month:
        trace.append(f"{num(days)} < {num(month)}（不足一个月）")
        return ctx.finding(
            ALLOWED,
            f"全年累计 {num(days)} 天，一个月以内，绩效考核奖不扣发",
            f"{num(days)} days: under one month, bonus paid in full",
            trace=trace,
            extra=extra,
        )
    worked = max(Fraction(0), year - days / month)
    trace.append(
        f"{num(days)} ≥ {num(month)}（一个月及以上）；实际工作月数 {year} − {num(days)} ÷ {num(month)} = {num(worked)}"
    )
    msg = f"全年累计 {num(days)} 天，一个月及以上，按实际工作月数 {num(worked)} 计发绩效考核奖"
    if "annual_bonus" in facts:
        full = money(facts["annual_bonus"])
        pay = _q(full * _dec(worked) / year)
        msg += f"：{yuan(pay)}"
        trace.append(f"{yuan(full)} × {num(worked)} ÷ {year} = {yuan(pay)}")
    extra.append(ctx.param_cited("attendance.performance_bonus_58.year_months"))
    return ctx.finding(
        WARNING,
        msg,
        f"{num(days)} days: bonus pro rata to {num(worked)} months worked",
        trace=trace,
        extra=extra,
    )


@rule(
    "attendance.institution_sick_58",
    check="attendance.performance_bonus",
    agencies=[D],
    cites=[
        ("district-bureau:58:5.4", "事业单位工作人员病假期间不扣发奖励性绩效工资"),
        ("district-bureau:58:5.5", "编外人员病假期间,人才津贴发放比照基本工资发放办法"),
    ],
)
def institution_sick_58(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局 五4: 事业单位工作人员病假期间不扣发奖励性绩效工资；五5: 编外人员病假期间人才津贴比照基本工资发放。"""
    kind = facts.get("staff_kind")
    if not frac(facts.get("sick_days", 0)) or kind not in ("institution", "non_establishment"):
        return None
    if kind == "institution":
        cut = bool(facts.get("incentive_pay_deducted", False))
        return ctx.finding(
            BLOCKED if cut else ALLOWED,
            "事业单位工作人员病假期间不扣发奖励性绩效工资" + ("，不得扣发" if cut else ""),
            "public-institution staff keep their incentive performance pay during sick leave",
            trace=[f"事业单位工作人员，病假；奖励性绩效工资{'被扣发' if cut else '未扣发'}"],
            cites=["district-bureau:58:5.4"],
        )
    return ctx.finding(
        ALLOWED,
        "编外人员病假期间，人才津贴比照基本工资发放办法发放",
        "non-establishment staff: talent allowance during sick leave follows the base-pay method",
        trace=["编外人员，病假"],
        cites=["district-bureau:58:5.5"],
    )


CATEGORIES = [
    "organ_division",  # 机关 处级、副处级
    "organ_section",  # 机关 科级、副科级
    "organ_clerk",  # 机关 科员及以下
    "inst_senior",  # 事业 副处级、副高级职称及以上
    "inst_middle",  # 事业 科级、副科级、中级职称
    "inst_junior",  # 事业 科员及以下
    "non_establishment",  # 编外人员
]

DEDUCTION = check(
    "attendance.personal_leave_deduction",
    "事假扣减待遇",
    "Pay deducted for personal leave",
    {
        "type": "object",
        "required": ["personal_days", "category"],
        "additionalProperties": False,
        "properties": {
            "personal_days": {**DAYS_FACT, "description": "本年累计事假天数 personal-leave days this year"},
            "category": {
                "enum": CATEGORIES,
                "description": "organ_division 机关处级副处级；organ_section 机关科级副科级；"
                "organ_clerk 机关科员及以下；"
                "inst_senior 事业单位副处级/副高及以上；inst_middle 事业单位科级副科级/中级职称；inst_junior 事业单位"
                "科员及以下；non_establishment 编外人员 staff category",
            },
        },
    },
)


@rule(
    "attendance.personal_leave_deduction_58",
    check="attendance.personal_leave_deduction",
    agencies=[D],
    cites=[("district-bureau:58:5.3", "当年请事假6天以内的不扣发工资,超过6天的按超出的天数扣减相应待遇")],
)
def deduction_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 五3: 当年事假 6 天以内（含 6 天）不扣发工资；超过 6 天按超出天数 × 日扣减额扣减。"""
    n = frac(facts["personal_days"])
    free = int(ctx.param("attendance.personal_leave_deduction_58.free_days"))
    name = f"attendance.personal_leave_deduction_58.rate.{facts['category']}"
    rate: Decimal = ctx.param(name)
    if n <= free:
        return ctx.finding(
            ALLOWED,
            f"当年事假 {num(n)} 天，{free} 天以内，不扣发工资",
            f"{num(n)} days of personal leave: within {free}, no deduction",
            trace=[f"{num(n)} ≤ {free}"],
            extra=[ctx.param_cited(name)],
        )
    over = n - free
    amount = _q(_dec(over) * rate)
    return ctx.finding(
        WARNING,
        f"当年事假 {num(n)} 天，超出 {num(over)} 天，扣减 {yuan(amount)}（每天 {yuan(rate)}）",
        f"{num(n)} days: {num(over)} over {free}, deduct {amount} yuan",
        trace=[f"({num(n)} − {free}) × {yuan(rate)} = {yuan(amount)}"],
        extra=[ctx.param_cited(name)],
    )


OVERTIME = check(
    "attendance.overtime",
    "公休日、节假日加班补休",
    "Compensatory leave for rest-day and holiday overtime",
    {
        "type": "object",
        "required": ["overtime_days"],
        "additionalProperties": False,
        "properties": {
            "overtime_days": {**DAYS_FACT, "description": "加班天数 days of overtime"},
            "arranged_by_deputy": {
                "type": "boolean",
                "description": "加班经分管局长批准安排（默认是） overtime arranged with the deputy's approval",
            },
            "allowance_paid": {
                "type": "boolean",
                "description": "已发给加班补助（默认否） an overtime allowance was paid",
            },
            "comp_leave_approved": {
                "type": "boolean",
                "description": "补休已经分管局长批准（默认否） the compensatory leave is approved",
            },
        },
    },
)


@rule(
    "attendance.overtime_58",
    check="attendance.overtime",
    agencies=[D],
    cites=[
        (
            "district-bureau:58:3.2",
            "工作人员经分管局长批准在公休日、节假日安排加班的(不含已发给补助的),经分管局长批准,应当给予相应补休",
        )
    ],
)
def overtime_58(facts: Any, ctx: RuleContext) -> Finding:
    """区局 三(二)末段: 经分管局长批准在公休日、节假日加班（已发补助的除外），经分管局长批准给予相应补休。"""
    n = frac(facts["overtime_days"])
    if facts.get("allowance_paid", False):
        return ctx.finding(
            BLOCKED,
            "已发给加班补助的，不再给予补休",
            "an allowance was paid: no compensatory leave",
            trace=["已发补助"],
        )
    if not facts.get("arranged_by_deputy", True):
        return ctx.finding(
            BLOCKED,
            "加班未经分管局长批准安排，不给予补休",
            "overtime not arranged with the deputy's approval: no compensatory leave",
            trace=["未经批准安排"],
        )
    ok = bool(facts.get("comp_leave_approved", False))
    return ctx.finding(
        ALLOWED if ok else NEEDS_APPROVAL,
        f"应给予补休 {num(n)} 天" + ("，已经分管局长批准" if ok else "，须经分管局长批准"),
        f"{num(n)} days of compensatory leave" + ("" if ok else ", approval by the deputy in charge"),
        trace=[f"加班 {num(n)} 天 → 补休 {num(n)} 天"],
        approvers=[] if ok else ["deputy_in_charge"],
    )


WEEKLY = check(
    "attendance.weekly_check",
    "每周考勤督查与公布",
    "Weekly attendance spot check and publication",
    {
        "type": "object",
        "required": ["checks"],
        "additionalProperties": False,
        "properties": {
            "checks": {
                "type": "integer",
                "minimum": 0,
                "maximum": 50,
                "description": "本周抽查上班情况次数 spot checks this week",
            },
            "published": {
                "type": "boolean",
                "description": "本周考勤及督查情况已公布（默认是） this week's results were published",
            },
        },
    },
)


@rule(
    "attendance.weekly_check_art35",
    check="attendance.weekly_check",
    agencies=[W],
    cites=[
        ("wenshan-hrss:39:1", "考勤及督查情况每星期公布1次"),
        ("wenshan-hrss:39:3", "坚持每星期对干部职工上班情况抽查1次,并在办公平台公布"),
    ],
)
def weekly_check_art35(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (一)(三): 每星期抽查 1 次上班情况，考勤及督查情况每星期公布 1 次（在办公平台）。"""
    n = int(facts["checks"])
    need = int(ctx.param("attendance.weekly_check_art35.checks"))
    pub = bool(facts.get("published", True))
    problems = ([f"本周抽查 {n} 次，少于 {need} 次"] if n < need else []) + ([] if pub else ["未公布考勤及督查情况"])
    return ctx.finding(
        BLOCKED if problems else ALLOWED,
        "；".join(problems) if problems else f"本周抽查 {n} 次并已公布",
        "; ".join(problems) if problems else f"{n} checks this week, published",
        trace=[f"抽查 {n} {'<' if n < need else '≥'} {need}", f"公布：{'是' if pub else '否'}"],
    )


# ---------------------------------------------------------------------------------------------- staff.*

CONDUCT = check(
    "staff.conduct",
    "工作时间纪律（迟到早退、着装、无关事项）",
    "Conduct during working hours (punctuality, uniform, unrelated activities)",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "late": {"type": "boolean", "description": "迟到（默认否） arrived late"},
            "left_early": {"type": "boolean", "description": "早退（默认否） left early"},
            "unrelated_activity": {
                "type": "boolean",
                "description": "上班时间从事与工作无关的事（聊天、炒股、购物、游戏、视频等）（默认否）"
                " unrelated activity",
            },
            "private_affairs": {"type": "boolean", "description": "利用工作时间办私事（默认否） private affairs"},
            "field_work_pretext": {
                "type": "boolean",
                "description": "以办公事下基层为由办私事（默认否） private business under cover of field work",
            },
            "faces_public": {
                "type": "boolean",
                "description": "面对服务对象的业务工作人员（默认否） works facing the public",
            },
            "in_uniform": {"type": "boolean", "description": "按规定着装（默认是） wears the prescribed uniform"},
        },
    },
)


@rule(
    "staff.conduct_34",
    check="staff.conduct",
    agencies=[D],
    cites=[
        ("district-bureau:34:2", "要按时上、下班,不得迟到、早退和旷工,上班时间禁止参与和本职工作无关的其他事情"),
        ("district-bureau:34:3", "凡是面对服务对象业务工作人员,上班时间必须按规定着装"),
    ],
)
def conduct_34(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《工作人员管理规定》二: 不得迟到、早退和旷工，上班时间禁止参与和本职工作无关的事；三: 面对服务对象的
    业务工作人员上班时间必须按规定着装。"""
    problems, cites = [], []
    if _flag(facts, "late") or _flag(facts, "left_early"):
        problems.append("迟到或早退")
        cites.append("district-bureau:34:2")
    if _flag(facts, "unrelated_activity") or _flag(facts, "private_affairs"):
        problems.append("上班时间从事与本职工作无关的事情")
        cites.append("district-bureau:34:2")
    if _flag(facts, "faces_public") and not _flag(facts, "in_uniform", True):
        problems.append("面对服务对象未按规定着装")
        cites.append("district-bureau:34:3")
    if problems:
        return ctx.finding(
            BLOCKED,
            "违反工作人员管理规定：" + "、".join(problems),
            "breach of the staff rules: " + ", ".join(problems),
            trace=problems,
            cites=list(dict.fromkeys(cites)),
        )
    return ctx.finding(ALLOWED, "符合工作时间纪律", "conduct in order", trace=["无违规"])


@rule(
    "staff.conduct_art1",
    check="staff.conduct",
    agencies=[B],
    cites=[
        ("baicheng-fupin:12:1.1", "不迟到、不早退"),
        (
            "baicheng-fupin:12:1.1",
            "工作时间不得上网聊天、炒股、购物、玩游戏、观看影视视频以及做任何与工作无关的事情。不得利用工作时间办私事",
        ),
        ("baicheng-fupin:12:4.1", "不得以办公事下基层为由办私事，一经发现报主管领导后按旷工处理"),
    ],
)
def conduct_art1(facts: Any, ctx: RuleContext) -> Finding:
    """白城 一(一): 按时上下班，不迟到不早退；工作时间不得上网聊天、炒股、购物、玩游戏、看视频或做与工作无关的事，
    不得办私事。四(一): 以办公事下基层为由办私事，报主管领导后按旷工处理。"""
    problems, cites = [], []
    if _flag(facts, "late") or _flag(facts, "left_early"):
        problems.append("迟到或早退")
        cites.append("baicheng-fupin:12:1.1")
    if _flag(facts, "unrelated_activity") or _flag(facts, "private_affairs"):
        problems.append("工作时间做与工作无关的事或办私事")
        cites.append("baicheng-fupin:12:1.1")
    if _flag(facts, "field_work_pretext"):
        problems.append("以办公事下基层为由办私事（按旷工处理）")
        cites.append("baicheng-fupin:12:4.1")
    if problems:
        return ctx.finding(
            BLOCKED,
            "违反考勤纪律：" + "、".join(problems),
            "breach of attendance discipline: " + ", ".join(problems),
            trace=problems,
            cites=list(dict.fromkeys(cites)),
        )
    return ctx.finding(
        ALLOWED, "符合工作时间纪律", "conduct in order", trace=["无违规"], cites=["baicheng-fupin:12:1.1"]
    )


AWARD = check(
    "staff.award_eligibility",
    "当年评先进资格（因无故不请假受处理）",
    "Eligibility for the year's 先进 rating after a sanction for absence without leave",
    {
        "type": "object",
        "required": ["position"],
        "additionalProperties": False,
        "properties": {
            "position": {
                "enum": ["staff", "section_head", "deputy_in_charge"],
                "description": "staff 工作人员；section_head 科长；deputy_in_charge 分管局长 position",
            },
            "self_sanctioned": {
                "type": "boolean",
                "description": "本人当年因无故不请假受到处理（默认否） sanctioned this year",
            },
            "section_member_sanctioned": {
                "type": "boolean",
                "description": "所在科室有人当年受到处理（默认否） someone of the section was sanctioned",
            },
            "supervised_member_sanctioned": {
                "type": "boolean",
                "description": "分管范围内有人当年受到处理（默认否） someone under the deputy was sanctioned",
            },
        },
    },
)


@rule(
    "staff.award_eligibility_34",
    check="staff.award_eligibility",
    agencies=[D],
    cites=[("district-bureau:34:5.3", "受到处理的人员、所在科室的科长、分管局长,当年不得评为先进")],
)
def award_34(facts: Any, ctx: RuleContext) -> Finding:
    """区局 五3: 受到处理的人员、所在科室的科长、分管局长，当年不得评为先进。"""
    pos = facts["position"]
    why = []
    if _flag(facts, "self_sanctioned"):
        why.append("本人当年受到处理")
    if pos == "section_head" and _flag(facts, "section_member_sanctioned"):
        why.append("所在科室有人当年受到处理")
    if pos == "deputy_in_charge" and (
        _flag(facts, "supervised_member_sanctioned") or _flag(facts, "section_member_sanctioned")
    ):
        why.append("分管范围内有人当年受到处理")
    if why:
        return ctx.finding(
            BLOCKED,
            "当年不得评为先进：" + "、".join(why),
            "not eligible for 先进 this year",
            trace=why,
        )
    return ctx.finding(ALLOWED, "不因考勤处理影响评先进", "eligible as far as attendance goes", trace=["无处理"])


# ---------------------------------------------------------------------------------------------- hall.*

ROSTER = check(
    "hall.roster",
    "服务大厅窗口排班表",
    "Service-hall window roster",
    {
        "type": "object",
        "required": ["month"],
        "additionalProperties": False,
        "properties": {
            "month": {**MONTH, "description": "排班表所排月份 YYYY-MM month the roster covers"},
            "submitted_on": {**DATE, "description": "报办公室日期 day the roster reached the office"},
            "unstaffed_windows": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "description": "排班中无人值守的前台窗口数（默认0） front windows left unstaffed",
            },
            "standby_assigned": {
                "type": "boolean",
                "description": "已安排备岗人员（默认是） standby staff rostered",
            },
        },
    },
)


@rule(
    "hall.roster_60",
    check="hall.roster",
    agencies=[D],
    cites=[("district-bureau:60:1", "每月底前将下月排班表报办公室备查,杜绝前台窗口空岗现象")],
)
def roster_60(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《服务大厅(窗口)管理办法》一: 前台窗口、备岗人员落实排班，每月底前将下月排班表报办公室，杜绝空岗。
    Reading (parameter): “每月底前”为上月最后一日（含），固定日期，遇休息日不顺延（顺延会进入所排月份）。"""
    first, _ = _month(facts["month"])
    due = first - dt.timedelta(days=1)
    if ctx.param("hall.roster_60.roll"):
        due = ctx.calendar.next_working_day(due)
    dl = fixed_deadline(due, "下月排班表报办公室", "next month's roster to the office", "每月底前")
    problems = []
    trace = [f"{facts['month']} 排班表，期限 {due}"]
    if "submitted_on" in facts:
        sub = day(facts["submitted_on"])
        trace.append(f"报送 {sub} {'≤' if sub <= due else '>'} {due}")
        if sub > due:
            problems.append(f"{sub} 才报送，晚于 {due}")
    elif ctx.on > due:
        problems.append(f"已过 {due} 尚未报送")
    unstaffed = int(facts.get("unstaffed_windows", 0))
    if unstaffed:
        problems.append(f"{unstaffed} 个前台窗口无人排班（空岗）")
    if not facts.get("standby_assigned", True):
        problems.append("未安排备岗人员")
    extra = [ctx.param_cited("hall.roster_60.roll")]
    if problems:
        return ctx.finding(
            BLOCKED,
            "排班不合要求：" + "；".join(problems),
            "roster not in order: " + "; ".join(problems),
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "排班齐全" + ("，已按期报办公室" if "submitted_on" in facts else f"，须于 {due} 前报办公室"),
        "roster complete" + (" and in time" if "submitted_on" in facts else f"; due {due}"),
        trace=trace,
        deadlines=[dl],
        extra=extra,
    )


WINDOW = check(
    "hall.window_conduct",
    "窗口服务纪律",
    "Service-window conduct",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "uniform_badge_missing": {
                "type": "boolean",
                "description": "未统一着装或未佩戴工作标牌（默认否） no uniform or badge",
            },
            "uncivil": {
                "type": "boolean",
                "description": "发生“冷、横、硬、顶”现象（默认否） cold, rude, hard or confrontational",
            },
            "phone_not_stored": {
                "type": "boolean",
                "description": "工作时间手机未存放在备岗位置（默认否） phone not left at the standby post",
            },
            "phone_at_window": {
                "type": "boolean",
                "description": "在前台窗口使用手机（默认否） phone used at the window",
            },
            "games_music": {
                "type": "boolean",
                "description": "玩游戏、听音乐或从事与工作无关事项（默认否） games, music or unrelated activity",
            },
            "late_or_early": {"type": "boolean", "description": "迟到早退（默认否） late or early"},
            "off_post": {"type": "boolean", "description": "串岗、离岗、空岗（默认否） away from the post"},
            "drank_at_noon": {"type": "boolean", "description": "中午饮酒（默认否） alcohol at noon"},
            "untidy": {"type": "boolean", "description": "上下班未清理办公区域卫生（默认否） work area not tidied"},
            "leave_procedure_skipped": {
                "type": "boolean",
                "description": "未按规定履行请假手续（默认否） leave taken without the procedure",
            },
        },
    },
)

_WINDOW_RULES = (
    ("uniform_badge_missing", "未统一着装或未佩戴工作标牌", "district-bureau:60:2.1"),
    ("uncivil", "发生“冷、横、硬、顶”现象", "district-bureau:60:2.2"),
    ("phone_not_stored", "手机未存放在备岗位置", "district-bureau:60:2.3"),
    ("phone_at_window", "在前台窗口使用手机", "district-bureau:60:2.3"),
    ("games_music", "玩游戏、听音乐或从事与工作无关事项", "district-bureau:60:2.3"),
    ("late_or_early", "迟到早退", "district-bureau:60:2.4"),
    ("off_post", "串岗、离岗、空岗", "district-bureau:60:2.4"),
    ("drank_at_noon", "中午饮酒", "district-bureau:60:2.4"),
    ("untidy", "上下班未清理办公区域卫生", "district-bureau:60:2.5"),
    ("leave_procedure_skipped", "未按规定履行请假手续（按旷工处理）", "district-bureau:60:3.1"),
)


@rule(
    "hall.window_conduct_60",
    check="hall.window_conduct",
    agencies=[D],
    cites=[
        ("district-bureau:60:2.1", "着装统一,举止得体,佩戴工作标牌,使用文明服务用语"),
        ("district-bureau:60:2.2", "禁止发生“冷、横、硬、顶”现象"),
        ("district-bureau:60:2.3", "工作时间工作人员手机一律存放在备岗位置,禁止在前台窗口使用手机"),
        ("district-bureau:60:2.4", "不准迟到早退,不准串岗、离岗、空岗,中午不准饮酒"),
        ("district-bureau:60:2.5", "特别是上下班时,要将办公区域卫生清理干净"),
        ("district-bureau:60:3.1", "落实请假规定,凡不按规定履行请假手续的,按旷工处理"),
    ],
)
def window_conduct_60(facts: Any, ctx: RuleContext) -> Finding:
    """区局 二1–5: 着装、标牌、文明用语；禁止冷横硬顶；手机存放备岗位置、窗口禁用；不迟到早退、不串岗离岗空岗、
    中午不饮酒；上下班清理卫生。三1: 凡不按规定履行请假手续的，按旷工处理。"""
    hits = [(zh, c) for key, zh, c in _WINDOW_RULES if _flag(facts, key)]
    if hits:
        return ctx.finding(
            BLOCKED,
            "违反窗口服务要求：" + "、".join(zh for zh, _ in hits),
            "breach of the window rules",
            trace=[zh for zh, _ in hits],
            cites=list(dict.fromkeys(c for _, c in hits)),
        )
    return ctx.finding(
        ALLOWED,
        "符合窗口服务要求",
        "window conduct in order",
        trace=["无违规"],
        cites=["district-bureau:60:2.4"],
    )


SUPERVISION = check(
    "hall.supervision",
    "窗口服务抽查与季度评选",
    "Spot checks of the windows and the quarterly model",
    {
        "type": "object",
        "required": ["week_spot_checks"],
        "additionalProperties": False,
        "properties": {
            "week_spot_checks": {
                "type": "integer",
                "minimum": 0,
                "maximum": 50,
                "description": "本周对窗口服务的抽查次数 spot checks this week",
            },
            "records_kept": {
                "type": "boolean",
                "description": "已建立在岗和服务情况登记统计（默认是） presence and service register kept",
            },
            "quarter_end": {"type": "boolean", "description": "本周为季度末（默认否） the quarter ends this week"},
            "model_selected": {
                "type": "boolean",
                "description": "本季度已评选窗口服务标兵（默认否） the quarter's service model was selected",
            },
        },
    },
)


@rule(
    "hall.supervision_60",
    check="hall.supervision",
    agencies=[D],
    cites=[
        ("district-bureau:60:3.3", "局对窗口服务每周不少于一次抽查,建立窗口人员在岗和服务情况登记和统计"),
        ("district-bureau:60:3.3", "每季度评选出窗口服务标兵"),
    ],
)
def supervision_60(facts: Any, ctx: RuleContext) -> Finding:
    """区局 三3: 每周不少于一次抽查（含一次），建立登记统计；每季度评选窗口服务标兵。"""
    n = int(facts["week_spot_checks"])
    need = int(ctx.param("hall.supervision_60.weekly_checks"))
    problems = []
    if n < need:
        problems.append(f"本周抽查 {n} 次，少于 {need} 次")
    if not facts.get("records_kept", True):
        problems.append("未建立在岗和服务情况登记统计")
    if facts.get("quarter_end", False) and not facts.get("model_selected", False):
        problems.append("季度末未评选窗口服务标兵")
    return ctx.finding(
        BLOCKED if problems else ALLOWED,
        "；".join(problems) if problems else f"本周抽查 {n} 次，符合要求",
        "; ".join(problems) if problems else f"{n} spot checks this week",
        trace=[f"抽查 {n} {'<' if n < need else '≥'} {need}"],
        extra=[ctx.param_cited("hall.supervision_60.weekly_checks")],
    )
