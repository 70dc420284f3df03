"""Party organisation life and study (党的组织生活、学习制度): cadences, dues, activists, meeting procedure.

Implements, per agency (figures in ``agencies/<slug>/parameters/party.yaml``):

- 区局 (district-bureau): 《党组民主生活会制度》(S002-01), 《领导班子中心组学习制度》(S002-02),
  《机关党委(支部)生活会制度》(S002-06), 《党支部委员会议制度》(S002-09), 《党支部工作例会制度》(S002-10),
  《党员大会制度》(S002-11), 《党日制度》(S002-12), 《党课制度》(S002-13), 《收缴党费制度》(S002-15),
  《民主评议党员制度》(S002-17), 《入党积极分子培养考察制度》(S002-18), 《党内民主监督制度》(S002-19),
  《谈心制度》(S002-20), and the cadences of S002-23/25/27/28 (the integrity rules proper are in
  ``integrity.py``);
- 文山 (wenshan-hrss): 第十二条《学习制度》(S001-16) and the cadences of 第五条/第六条 (S001-09, S001-10);
- 白城 (baicheng-fupin): 《党支部“三会一课”制度》(S003-17).

Conventions (each also written as the ``reading`` of the parameter it concerns):
- “每月/每季度/每半年/每年” are calendar periods (月; 1–3/4–6/7–9/10–12 月; 1–6/7–12 月; 公历年), “每半个月”
  the 1st–15th and the 16th–last day; a requirement is met when the dates held inside the period (and its
  window, e.g. “每季度的第一个月”) reach the minimum. “一次”/“1次以上”/“至少一次” all read as “at least one”.
- While the period runs, a shortfall is a reminder (``warning``, with the last day as deadline); once the
  period (or window) is over it is ``blocked`` (the duty was not performed), or ``warning`` where the text
  is aspirational (“争取”, “一般情况下”).
- 党费 (S002-15): the seed refers to “中组部党费交纳标准”; the bands of 《关于中国共产党党费收缴、使用和管理的
  规定》(中组发〔2008〕3号, from 2008-04-01) are parameters with that reading. Band edges include the upper
  figure (“3000元以下（含3000元）”); amounts are rounded to the fen, half up.

Catalog vs seed (the seed wins): S002-18 sets no observation period itself; it develops activists “按照《细则》”,
whose 第十四条 requires “一年以上培养教育和考察” (parameter ``party.development.period_18_5.months``). S002-19 has
“局领导” talk quarterly with team members and half-yearly with 分管科长, S002-20 has “局主要领导” (others likewise)
quarterly with team members and half-yearly with 中层干部 (catalog conflict 3): the frequencies agree, so the
talk activities cite both. S003-17 asks for a Party lecture “一般情况下” each quarter: a shortfall is a reminder.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ...errors import BadInput
from ..helpers import COUNT, DATE, FLAG, MONEY, iso, money, num, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import Facts, RuleContext, check, rule

DB = "district-bureau"
WS = "wenshan-hrss"
BC = "baicheng-fupin"
FEN = Decimal("0.01")

# ---------------------------------------------------------------------------------------------------------
# Shared helpers (also used by integrity.py)
# ---------------------------------------------------------------------------------------------------------

RANKS = ["staff", "deputy_section", "section", "deputy_division", "division", "bureau"]
RANK_ZH = {
    "staff": "科员及以下",
    "deputy_section": "副科级",
    "section": "正科级",
    "deputy_division": "副处级",
    "division": "正处级",
    "bureau": "厅局级以上",
}
RANK_FACT: dict[str, Any] = {
    "enum": RANKS,
    "description": "职级：staff 科员及以下、deputy_section 副科级、section 正科级、deputy_division 副处级、"
    "division 正处级、bureau 厅局级以上 rank of the cadre",
}


def rank_at_least(rank: str, floor: str) -> bool:
    return RANKS.index(rank) >= RANKS.index(floor)


def date_of(facts: Facts, key: str, default: dt.date | None = None) -> dt.date | None:
    raw = facts.get(key)
    if raw is None:
        return default
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:  # the schema's "format" catches most; keep the field in the message
        raise BadInput(f"事实“{key}”不是有效日期：{raw}", f"fact '{key}' is not a valid date: {raw}", key) from exc


def today_of(facts: Facts, ctx: RuleContext) -> dt.date:
    """The day the question is asked: the ``today`` fact, else the date of the verdict."""
    d = date_of(facts, "today", ctx.on)
    assert d is not None
    return d


def add_months(d: dt.date, n: int) -> dt.date:
    """The corresponding day ``n`` months later (民法典第二百零二条; the month's last day if it has none)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def month_end(d: dt.date) -> dt.date:
    return d.replace(day=_cal.monthrange(d.year, d.month)[1])


def dedupe(clauses: Sequence[CitedClause]) -> list[CitedClause]:
    seen: dict[str, CitedClause] = {}
    for c in clauses:
        seen.setdefault(c.id, c)
    return list(seen.values())


def plain_deadline(d: dt.date, label_zh: str, label_en: str) -> Deadline:
    """A deadline that is a fixed calendar date (end of a period or window); no working-day counting."""
    return Deadline(d, label_zh, label_en, False, (f"期末 {iso(d)}",))


# ---------------------------------------------------------------------------------------------------------
# party.cadence — how often a body must meet, a lecture be given, a report be made
# ---------------------------------------------------------------------------------------------------------

ACTIVITIES: dict[str, tuple[str, str]] = {
    # district-bureau
    "party_group_dlm": ("党组民主生活会", "Party-group democratic life meeting"),
    "central_group_study": ("中心组集中学习", "central study group collective study"),
    "central_group_law_study": ("中心组集中学习法律知识", "central study group law study"),
    "central_group_law_study_yearly": ("中心组法律知识集中学习（全年）", "central group law study (year total)"),
    "central_group_study_inspection": ("党组书记检查中心组成员学习", "secretary's inspection of members' study"),
    "organ_life_meeting": ("机关党委(支部)组织生活会", "organ Party committee (branch) life meeting"),
    "branch_committee_meeting": ("支部委员会会议", "branch committee meeting"),
    "party_building_meeting": ("党建专题研究会", "Party-building research meeting"),
    "branch_assembly": ("支部党员大会", "branch member assembly"),
    "party_day": ("党日活动", "Party day"),
    "party_lecture": ("党课", "Party lecture"),
    "dues_publication": ("向党员公布党费收缴情况", "publication of dues collection"),
    "member_appraisal": ("民主评议党员", "democratic appraisal of members"),
    "activist_report": ("入党积极分子思想汇报", "activist's ideological report"),
    "activist_analysis": ("支部对积极分子分析", "branch analysis of activists"),
    "cell_meeting": ("党小组组织生活（党小组会）", "Party-cell meeting"),
    "enlarged_branch_meeting": ("支部扩大会议", "enlarged branch meeting"),
    "branch_report_to_members": ("支部向全体党员报告党建工作", "branch report to all members"),
    "talk_team_member": ("与班子成员谈心", "talk with each leadership-team member"),
    "talk_middle_cadre": ("与中层干部谈心", "talk with each middle-level cadre"),
    "talk_section_chief_in_charge": ("与分管科长谈心谈话", "talk with each section chief in one's portfolio"),
    "talk_all_staff": ("与全局工作人员普遍谈心", "talk with every staff member"),
    "off_duty_report": ("“八小时以外”活动书面汇报", "written off-duty activity report"),
    "home_visit": ("廉政监督小组家访", "home visit by the integrity supervision group"),
    "opinion_survey": ("向服务对象发放征求意见表", "opinion survey of service users"),
    "integrity_lecture": ("廉政党课", "integrity Party lecture"),
    "general_branch_dlm": ("党总支民主生活会", "general-branch democratic life meeting"),
    "routine_inspection": ("对监督对象例行检查", "routine inspection of supervised objects"),
    "special_inspection": ("专项检查", "special inspection"),
    "duty_integrity_report": ("述职述廉（述廉述职）", "duty and integrity report"),
    "npc_report": ("向人大代表、政协委员报告工作", "report to NPC deputies and CPPCC members"),
    "integrity_training": ("领导干部反腐倡廉专题培训", "anti-corruption training for leading cadres"),
    # wenshan-hrss
    "integrity_study": ("集中研究党风廉政建设工作", "collective study of Party-conduct work"),
    "integrity_evaluation": ("党风廉政建设全面考评", "comprehensive Party-conduct evaluation"),
    "year_end_self_inspection": ("年底自查", "year-end self-inspection"),
    "central_group_annual_report": ("中心组学习情况专题报告上级党委", "central group's report to the higher committee"),
    "central_group_member_paper": ("中心组成员调研报告或论文", "central-group member's research report or paper"),
    "organ_committee_study": ("机关党委组织学习", "organ Party committee study"),
    "branch_study": ("党支部组织学习", "Party branch study"),
    "staff_exchange_study": ("干部职工交流学习", "staff exchange study"),
    "staff_article": ("职工调研报告或心得体会文章", "staff member's research report or reflection"),
    "fund_report": ("基金及财务专题报告", "fund and finance special report"),
    "risk_point_report": ("其他廉政风险点专题报告", "other integrity-risk special report"),
    "fund_inspection": ("基金管理使用专项检查", "fund inspection"),
    "internal_audit": ("财务收支内审", "internal audit"),
    "random_check": ("廉政风险点随机抽查", "random check of risk points"),
    # baicheng-fupin
    "secretary_lecture": ("支部书记为全体党员讲党课", "branch secretary's lecture to all members"),
}

PERIOD_ZH = {
    "week": "每周",
    "half_month": "每半个月",
    "month": "每月",
    "quarter": "每季度",
    "half_year": "每半年",
    "year": "每年",
}
WINDOW_ZH = {"first_month": "（限期内第一个月）", "last_month": "（限期内最后一个月）", "last_week": "（限最后一周）"}

CADENCE = check(
    "party.cadence",
    "组织生活、学习与监督工作是否按规定频次开展",
    "Is a recurring Party, study or supervision activity held as often as the rules require",
    {
        "type": "object",
        "required": ["activity"],
        "additionalProperties": False,
        "properties": {
            "activity": {
                "enum": list(ACTIVITIES),
                "description": "活动（会议、党课、学习、报告、检查、谈心等） the recurring activity",
            },
            "held_on": {
                "type": "array",
                "items": DATE,
                "maxItems": 1000,
                "description": "已举行（完成）的日期，每次一项 dates on which it was held, one per occurrence",
            },
            "period_of": {**DATE, "description": "要检查的期间内任一日期（缺省为今天） a day in the period to check"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today (defaults to the verdict date)"},
        },
    },
)


def period_bounds(d: dt.date, period: str) -> tuple[dt.date, dt.date]:
    if period == "week":
        start = d - dt.timedelta(days=d.weekday())
        return start, start + dt.timedelta(days=6)
    if period == "half_month":
        return (d.replace(day=1), d.replace(day=15)) if d.day <= 15 else (d.replace(day=16), month_end(d))
    if period == "month":
        return d.replace(day=1), month_end(d)
    if period == "quarter":
        first = 3 * ((d.month - 1) // 3) + 1
        return dt.date(d.year, first, 1), month_end(dt.date(d.year, first + 2, 1))
    if period == "half_year":
        return (
            (dt.date(d.year, 1, 1), dt.date(d.year, 6, 30))
            if d.month <= 6
            else (
                dt.date(d.year, 7, 1),
                dt.date(d.year, 12, 31),
            )
        )
    if period == "year":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    raise ValueError(f"unknown period {period!r}")


def period_label(start: dt.date, period: str) -> str:
    if period == "week":
        return f"{iso(start)} 起的一周"
    if period == "half_month":
        return f"{start.year}年{start.month}月{'上' if start.day == 1 else '下'}半月"
    if period == "month":
        return f"{start.year}年{start.month}月"
    if period == "quarter":
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    if period == "half_year":
        return f"{start.year}年{'上' if start.month == 1 else '下'}半年"
    return f"{start.year}年"


def window_bounds(start: dt.date, end: dt.date, window: str | None) -> tuple[dt.date, dt.date]:
    if window == "first_month":
        return start, month_end(start)
    if window == "last_month":
        return end.replace(day=1), end
    if window == "last_week":
        return end - dt.timedelta(days=6), end
    return start, end


def held_dates(facts: Facts, key: str = "held_on") -> list[dt.date]:
    out = []
    for i, raw in enumerate(facts.get(key, [])):
        try:
            out.append(dt.date.fromisoformat(raw))
        except ValueError as exc:
            raise BadInput(f"事实“{key}.{i}”不是有效日期", f"fact '{key}.{i}' is not a valid date", key) from exc
    return out


@rule(
    "party.cadence",
    check="party.cadence",
    agencies=[DB, WS, BC],
    cites=[],
)
def cadence(facts: Facts, ctx: RuleContext) -> Finding:
    """Count the occurrences inside the period (and window) the text sets; compare with its minimum."""
    act = facts["activity"]
    name_zh, name_en = ACTIVITIES[act]
    period, need, window, soft, extra, rule_zh = ctx.memo.get(("party.cadence", act)) or _cadence_params(ctx, act)
    today = today_of(facts, ctx)
    ref = date_of(facts, "period_of", today)
    assert ref is not None
    held = held_dates(facts)
    future = [d for d in held if d > today]
    if future:
        raise BadInput(
            f"举行日期 {iso(future[0])} 晚于今天 {iso(today)}",
            f"a date held ({iso(future[0])}) is after today ({iso(today)})",
            "held_on",
        )
    start, end = period_bounds(ref, period)
    w_start, w_end = window_bounds(start, end, window)
    if ref > today:
        raise BadInput("要检查的期间尚未开始", "the period to check has not begun yet", "period_of")
    label = period_label(start, period)
    got = sorted(d for d in held if w_start <= d <= w_end)
    outside = [d for d in held if start <= d <= end and not (w_start <= d <= w_end)]
    trace = [
        f"{label}：{iso(w_start)}～{iso(w_end)} 内举行 {len(got)} 次 "
        f"{'≥' if len(got) >= need else '<'} 要求 {need} 次"
        + (f"（{', '.join(d.isoformat() for d in got)}）" if got else "")
    ]
    if outside:
        trace.append(f"期间内但不在规定时段的 {len(outside)} 次不计：{', '.join(d.isoformat() for d in outside)}")
    if len(got) >= need:
        return ctx.finding(
            ALLOWED,
            f"{label}{name_zh}已举行 {len(got)} 次，符合“{rule_zh}”",
            f"{name_en}: held {len(got)} time(s) in the period, meeting the minimum of {need}",
            trace=trace,
            extra=extra,
        )
    short = need - len(got)
    if today > w_end:
        outcome = WARNING if soft else BLOCKED
        return ctx.finding(
            outcome,
            f"{label}{name_zh}仅举行 {len(got)} 次，未达“{rule_zh}”，已逾期（截至 {iso(w_end)}）",
            f"{name_en}: only {len(got)} of the required {need} held by {iso(w_end)}; overdue",
            trace=[*trace, f"今天 {iso(today)} > 期限 {iso(w_end)}"],
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        f"{label}{name_zh}尚需举行 {short} 次，须于 {iso(w_end)} 前完成（{rule_zh}）",
        f"{name_en}: {short} more needed by {iso(w_end)}",
        trace=[*trace, f"今天 {iso(today)} ≤ 期限 {iso(w_end)}"],
        deadlines=[plain_deadline(w_end, f"{name_zh}最迟日期", f"last day for the {name_en}")],
        extra=extra,
    )


def _cadence_params(ctx: RuleContext, act: str) -> tuple[str, int, str | None, bool, tuple[CitedClause, ...], str]:
    """The activity's period, minimum, window, softness, clauses and rule text (read once per context)."""
    name_zh, name_en = ACTIVITIES[act]
    base = f"party.cadence.{act}"
    period = ctx.param_or(f"{base}.period")
    if period is None:
        raise BadInput(
            f"本机构制度未规定“{name_zh}”的频次", f"this agency's rules set no frequency for {name_en}", "activity"
        )
    need: int = ctx.param(f"{base}.min")
    window = ctx.param_or(f"{base}.window")
    soft = bool(ctx.param_or(f"{base}.soft"))
    extra = [ctx.param_cited(f"{base}.period"), ctx.param_cited(f"{base}.min")]
    if window:
        extra.append(ctx.param_cited(f"{base}.window"))
    rule_zh = f"{PERIOD_ZH[period]}{WINDOW_ZH.get(window or '', '')}至少 {need} 次"
    found = (period, need, window, soft, tuple(dedupe(extra)), rule_zh)
    ctx.memo[("party.cadence", act)] = found
    return found


# ---------------------------------------------------------------------------------------------------------
# study.quota — hours or days of study in a period (区局 中心组: 每周自学5小时以上, 全年集中学习不少于12天)
# ---------------------------------------------------------------------------------------------------------

QUOTA_KINDS = {
    "self_study_hours_week": ("每周自学时间", "weekly self-study", "小时"),
    "collective_study_days_year": ("全年集中学习天数", "collective study days in the year", "天"),
}

QUOTA = check(
    "study.quota",
    "学习时间是否达到规定（小时/天数）",
    "Has a member studied the hours or days the rules require",
    {
        "type": "object",
        "required": ["kind", "amount"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": list(QUOTA_KINDS),
                "description": "self_study_hours_week 每周自学小时数；collective_study_days_year 全年集中学习天数 "
                "which quota",
            },
            "amount": {
                "type": "number",
                "minimum": 0,
                "maximum": 366,
                "multipleOf": 0.5,
                "description": "已完成的小时数或天数（可为半天/半小时） hours or days done (halves allowed)",
            },
            "period_of": {**DATE, "description": "要检查的周/年内任一日期（缺省为今天） a day in the week/year"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)


@rule("study.quota", check="study.quota", agencies=[DB], cites=[])
def study_quota(facts: Facts, ctx: RuleContext) -> Finding:
    """中心组学习时间：每周至少自学5个小时以上；全年集中学习不少于12天（“以上”“不少于”含本数）。"""
    kind = facts["kind"]
    zh, en, unit = QUOTA_KINDS[kind]
    base = f"study.quota.{kind}"
    period = ctx.param_or(f"{base}.period")
    if period is None:
        raise BadInput(f"本机构制度未规定{zh}", f"this agency sets no {en}", "kind")
    need = Decimal(ctx.param(f"{base}.min"))
    amount = money(facts["amount"])
    today = today_of(facts, ctx)
    ref = date_of(facts, "period_of", today)
    assert ref is not None
    start, end = period_bounds(ref, period)
    label = period_label(start, period)
    extra = dedupe([ctx.param_cited(f"{base}.period"), ctx.param_cited(f"{base}.min")])
    trace = [f"{label}{zh} {num(amount)} {unit} {'≥' if amount >= need else '<'} 要求 {num(need)} {unit}"]
    if amount >= need:
        return ctx.finding(
            ALLOWED,
            f"{label}{zh} {num(amount)} {unit}，达到不少于 {num(need)} {unit}的要求",
            f"{en}: {num(amount)} ≥ {num(need)}",
            trace=trace,
            extra=extra,
        )
    if today > end:
        return ctx.finding(
            BLOCKED,
            f"{label}{zh}仅 {num(amount)} {unit}，不足 {num(need)} {unit}",
            f"{en}: {num(amount)} < {num(need)} and the period is over",
            trace=[*trace, f"期间已于 {iso(end)} 结束"],
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        f"{label}{zh}目前 {num(amount)} {unit}，须于 {iso(end)} 前达到 {num(need)} {unit}",
        f"{en}: {num(amount)} so far; {num(need)} needed by {iso(end)}",
        trace=trace,
        deadlines=[plain_deadline(end, f"{zh}期末", f"end of the period for {en}")],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# party.dues — monthly dues by income band (区局《收缴党费制度》第2目 → 中组部标准)
# ---------------------------------------------------------------------------------------------------------

MEMBER_KINDS = {
    "salaried": "按月领取工资的党员（含年薪制、个体经营者按月均纯收入）",
    "retired": "离退休党员（按离退休费或养老金总额）",
    "farmer": "农民党员",
    "student": "学生党员",
    "unemployed": "下岗失业的党员",
    "relief": "依靠抚恤或救济生活的党员",
    "subsistence": "领取最低生活保障金的党员",
}

DUES = check(
    "party.dues",
    "党费计算（按月收入确定比例和金额）",
    "Party dues: rate and monthly amount from the member's income",
    {
        "type": "object",
        "required": ["member_kind"],
        "additionalProperties": False,
        "properties": {
            "member_kind": {
                "enum": list(MEMBER_KINDS),
                "description": "党员类别：salaried 在职按月领薪、retired 离退休、farmer 农民、student 学生、"
                "unemployed 下岗失业、relief 依靠抚恤救济、subsistence 领取低保 kind of member",
            },
            "monthly_income": {
                **MONEY,
                "description": "计算基数：税后月工资收入或月离退休费（元） monthly income after tax (yuan)",
            },
            "probationary": {**FLAG, "description": "是否预备党员 probationary member"},
            "amount_paid": {**MONEY, "description": "本月实交党费（元） dues actually paid this month (yuan)"},
        },
    },
)

_BANDS_CACHE: dict[int, tuple[Any, list[tuple[Decimal | None, Decimal]]]] = {}


def dues_bands(raw: Any) -> list[tuple[Decimal | None, Decimal]]:
    """[(upper bound inclusive or None, rate)] from a parameter value, parsed once per value object."""
    hit = _BANDS_CACHE.get(id(raw))
    if hit is not None and hit[0] is raw:
        return hit[1]
    bands = [(None if b["upto"] is None else Decimal(str(b["upto"])), Decimal(str(b["rate"]))) for b in raw]
    _BANDS_CACHE[id(raw)] = (raw, bands)
    return bands


def pct(rate: Decimal) -> str:
    return f"{num(rate * 100)}%"


@rule("party.dues", check="party.dues", agencies=[DB], cites=[(f"{DB}:15", "包括预备党员")])
def dues(facts: Facts, ctx: RuleContext) -> Finding:
    """每月按中组部标准相应比例交纳党费；预备党员同样交纳。少交者不符合规定（blocked）。"""
    kind = facts["member_kind"]
    paid = money(facts["amount_paid"]) if "amount_paid" in facts else None
    trace: list[str] = []
    extra: list[CitedClause] = []
    if facts.get("probationary"):
        trace.append("预备党员同样按月交纳党费")
    lo: Decimal
    hi: Decimal
    if kind in ("salaried", "retired"):
        if "monthly_income" not in facts:
            raise BadInput(
                "按比例交纳党费须提供月收入", "monthly_income is needed to compute the dues", "monthly_income"
            )
        income = money(facts["monthly_income"])
        name = "party.dues.salary_bands" if kind == "salaried" else "party.dues.retiree_bands"
        bands = dues_bands(ctx.param(name))
        extra.append(ctx.param_cited(name))
        prev: Decimal = Decimal(0)
        rate = bands[-1][1]
        for upto, r in bands:
            if upto is None or income <= upto:
                rate = r
                band = f"{yuan(prev)} < 月收入 ≤ {yuan(upto)}" if upto is not None else f"月收入 > {yuan(prev)}"
                if upto is not None and prev == 0:
                    band = f"月收入 ≤ {yuan(upto)}（含本数）"
                break
            prev = upto
        due = (income * rate).quantize(FEN, rounding=ROUND_HALF_UP)
        lo = hi = due
        trace.append(f"{band}：{yuan(income)} × {pct(rate)} = {yuan(due)}")
        zh = f"月收入 {yuan(income)}，按 {pct(rate)} 交纳，每月党费 {yuan(due)}"
        en = f"income {income} yuan: rate {pct(rate)}, monthly dues {due} yuan"
    elif kind == "farmer":
        lo, hi = Decimal(ctx.param("party.dues.farmer_min")), Decimal(ctx.param("party.dues.farmer_max"))
        extra.append(ctx.param_cited("party.dues.farmer_min"))
        trace.append(f"农民党员每月 {yuan(lo)}～{yuan(hi)}")
        zh, en = f"农民党员每月交纳党费 {yuan(lo)}至{yuan(hi)}", f"farmer members pay {lo}–{hi} yuan a month"
    else:
        lo = hi = Decimal(ctx.param("party.dues.hardship_amount"))
        extra.append(ctx.param_cited("party.dues.hardship_amount"))
        trace.append(f"{MEMBER_KINDS[kind]}每月 {yuan(lo)}")
        zh, en = f"{MEMBER_KINDS[kind]}每月交纳党费 {yuan(lo)}", f"this member pays {lo} yuan a month"
    if paid is None:
        return ctx.finding(ALLOWED, zh, en, trace=trace, extra=extra)
    trace.append(f"实交 {yuan(paid)} {'≥' if paid >= lo else '<'} 应交 {yuan(lo)}")
    if paid < lo:
        return ctx.finding(
            BLOCKED,
            f"{zh}；实交 {yuan(paid)}，少交 {yuan(lo - paid)}",
            f"{en}; paid {paid}, short by {lo - paid} yuan",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED, f"{zh}；实交 {yuan(paid)}，足额", f"{en}; paid {paid}: in full", trace=trace, extra=extra
    )


ARREARS = check(
    "party.dues_arrears",
    "未按时交纳党费的处理（连续6个月不交纳除名）",
    "Unpaid Party dues: criticism, or removal after six consecutive months",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "unpaid_months": {**COUNT, "maximum": 600, "description": "连续未交党费的月数 consecutive unpaid months"},
            "last_paid_month": {
                "type": "string",
                "pattern": r"^\d{4}-(0[1-9]|1[0-2])$",
                "description": "最后一次交纳党费所属月份 YYYY-MM last month paid for",
            },
            "valid_reason": {
                **FLAG,
                "description": "是否有正当理由（党章第九条） valid reason (Party Constitution art. 9)",
            },
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)


@rule(
    "party.dues_arrears",
    check="party.dues_arrears",
    agencies=[DB],
    cites=[(f"{DB}:15:3", "对不按时交纳党费的党员,要给予批评和教育")],
)
def dues_arrears(facts: Facts, ctx: RuleContext) -> Finding:
    """连续未交月数：当月尚可交纳，不计入；自最后交纳月份的次月起至上月止为连续未交月数。
    达到参数月数（6）且无正当理由 → 按党章规定为自行脱党，予以除名（blocked）。"""
    if "unpaid_months" in facts:
        months = int(facts["unpaid_months"])
        trace = [f"连续未交 {months} 个月"]
    elif "last_paid_month" in facts:
        y, m = (int(x) for x in facts["last_paid_month"].split("-"))
        today = today_of(facts, ctx)
        months = (today.year * 12 + today.month) - (y * 12 + m) - 1
        if months < -1:
            raise BadInput("最后交纳月份晚于本月", "last_paid_month is after this month", "last_paid_month")
        months = max(months, 0)
        trace = [f"最后交纳 {facts['last_paid_month']}，至 {iso(today)} 所在月前连续未交 {months} 个月（当月不计）"]
    else:
        raise BadInput("须提供连续未交月数或最后交纳月份", "give unpaid_months or last_paid_month", "unpaid_months")
    limit: int = ctx.param("party.dues_arrears.removal_months")
    extra = [ctx.param_cited("party.dues_arrears.removal_months")]
    trace.append(f"{months} {'≥' if months >= limit else '<'} 除名界限 {limit} 个月")
    if months == 0:
        return ctx.finding(ALLOWED, "党费已按月交纳", "dues are paid up", trace=trace, extra=extra)
    if months < limit:
        return ctx.finding(
            WARNING,
            f"连续 {months} 个月未交纳党费，应给予批评和教育（连续 {limit} 个月不交纳的予以除名）",
            f"{months} month(s) unpaid: criticise and educate (removal at {limit} consecutive months)",
            trace=trace,
            extra=extra,
        )
    if facts.get("valid_reason"):
        return ctx.finding(
            WARNING,
            f"连续 {months} 个月未交纳党费，但有正当理由，不按自行脱党处理；应督促补交",
            f"{months} months unpaid with a valid reason: not deemed to have left; arrears to be paid",
            trace=[*trace, "有正当理由（党章第九条“没有正当理由”的限定）"],
            extra=extra,
        )
    return ctx.finding(
        BLOCKED,
        f"连续 {months} 个月不交纳党费，按党章规定为自行脱党，予以除名",
        f"{months} consecutive months unpaid: deemed to have left the Party; to be removed",
        trace=trace,
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# party.development — cultivating activists (区局《入党积极分子培养考察制度》)
# ---------------------------------------------------------------------------------------------------------

DEVELOPMENT = check(
    "party.development",
    "入党积极分子培养考察与发展",
    "Cultivating an activist and proposing them for membership",
    {
        "type": "object",
        "required": ["stage", "activist_since", "cultivators"],
        "additionalProperties": False,
        "properties": {
            "stage": {
                "enum": ["list_as_target", "admit"],
                "description": "list_as_target 列为发展对象；admit 发展入党（接收为预备党员） step of development",
            },
            "activist_since": {**DATE, "description": "确定为入党积极分子的日期 date designated an activist"},
            "decided_on": {**DATE, "description": "支部讨论决定的日期（缺省为今天） date of the branch decision"},
            "cultivators": {
                **COUNT,
                "maximum": 20,
                "description": "确定的培养人（党员）人数 number of Party members assigned as cultivators",
            },
            "attended_training": {
                **FLAG,
                "description": "是否参加了区直机关党委的培训班 attended the district organs' training class",
            },
        },
    },
)


STAGE_ZH = {"list_as_target": "列为发展对象", "admit": "发展入党"}


@rule(
    "party.development.cultivators_18_3",
    check="party.development",
    agencies=[DB],
    cites=[],
)
def development_cultivators(facts: Facts, ctx: RuleContext) -> Finding:
    """支部要确定两名党员对一名入党积极分子进行培养（恰为两名）。"""
    need: int = ctx.param("party.development.cultivators_18_3.count")
    got = int(facts["cultivators"])
    extra = [ctx.param_cited("party.development.cultivators_18_3.count")]
    trace = [f"培养人 {got} 名 {'=' if got == need else '≠'} 规定 {need} 名"]
    if got == need:
        return ctx.finding(ALLOWED, f"已确定 {got} 名党员培养", f"{got} cultivators assigned", trace=trace, extra=extra)
    return ctx.finding(
        BLOCKED,
        f"培养人为 {got} 名，应由两名党员对一名入党积极分子进行培养",
        f"{got} cultivators; the rules require exactly {need} per activist",
        trace=trace,
        extra=extra,
    )


@rule(
    "party.development.period_18_5",
    check="party.development",
    agencies=[DB],
    cites=[],
)
def development_period(facts: Facts, ctx: RuleContext) -> Finding:
    """按照《细则》（《中国共产党发展党员工作细则》第十四条）经过一年以上培养教育和考察方可列为发展对象：
    自确定为积极分子之日起满一年之日（对应日）即可，“以上”含本数。"""
    months: int = ctx.param("party.development.period_18_5.months")
    since = date_of(facts, "activist_since")
    assert since is not None
    decided = date_of(facts, "decided_on", today_of(facts, ctx))
    assert decided is not None
    if decided < since:
        raise BadInput("决定日期早于确定为积极分子的日期", "decided_on is before activist_since", "decided_on")
    ready = add_months(since, months)
    extra = [ctx.param_cited("party.development.period_18_5.months")]
    trace = [f"{iso(since)} + {months} 个月 = {iso(ready)}；决定日 {iso(decided)}"]
    if decided >= ready:
        return ctx.finding(
            ALLOWED,
            f"培养考察已满 {months} 个月（{iso(ready)} 起），可以{STAGE_ZH[facts['stage']]}",
            f"cultivated for {months} months by {iso(ready)}: may proceed",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        BLOCKED,
        f"培养考察不满 {months} 个月，{iso(ready)} 前不得列为发展对象",
        f"less than {months} months of cultivation; not before {iso(ready)}",
        trace=trace,
        deadlines=[plain_deadline(ready, "可列为发展对象之日", "earliest date to list as development target")],
        extra=extra,
    )


@rule(
    "party.development.training_18_3",
    check="party.development",
    agencies=[DB],
    cites=[(f"{DB}:18:3", "参加区直机关党委的培训班")],
)
def development_training(facts: Facts, ctx: RuleContext) -> Finding | None:
    """发展入党前，积极分子应参加过区直机关党委的培训班（列为发展对象时不查）。"""
    if facts["stage"] != "admit":
        return None
    if facts.get("attended_training") is False:
        return ctx.finding(
            BLOCKED,
            "积极分子未参加区直机关党委的培训班，不得发展",
            "the activist has not attended the district organs' training class",
            trace=["参加培训班：否"],
        )
    if "attended_training" not in facts:
        return ctx.finding(
            WARNING,
            "请核实积极分子已参加区直机关党委的培训班",
            "confirm that the activist attended the training class",
            trace=["参加培训班：未提供"],
        )
    return ctx.finding(ALLOWED, "已参加培训班", "training class attended", trace=["参加培训班：是"])


# ---------------------------------------------------------------------------------------------------------
# party.branch_matter — matters reserved to the branch member assembly
# ---------------------------------------------------------------------------------------------------------

BRANCH_MATTERS = {
    "admit_member": "接收新党员",
    "convert_probationary": "预备党员转正",
    "select_outstanding": "评选优秀党员",
    "discipline_member": "对犯错误党员给予纪律处分",
    "handle_unqualified": "对不合格党员进行组织处置",
    "elect_committee": "选举支部委员会",
    "add_committee_member": "增补支部委员",
    "work_plan": "支部工作计划",
}
BODIES = {
    "branch_assembly": "支部党员大会",
    "branch_committee": "支部委员会",
    "party_cell": "党小组",
    "branch_secretary": "支部书记",
}

BRANCH_MATTER = check(
    "party.branch_matter",
    "支部事项由谁决定（支部党员大会的职权）",
    "Which branch body decides a matter (powers of the member assembly)",
    {
        "type": "object",
        "required": ["matter", "decided_by"],
        "additionalProperties": False,
        "properties": {
            "matter": {"enum": list(BRANCH_MATTERS), "description": "事项 the matter"},
            "decided_by": {
                "enum": list(BODIES),
                "description": "作出决定的机构：branch_assembly 支部党员大会、branch_committee 支部委员会、"
                "party_cell 党小组、branch_secretary 支部书记 deciding body",
            },
            "probation_since": {**DATE, "description": "预备期开始日期（支部大会通过之日） start of probation"},
            "decided_on": {**DATE, "description": "决定日期（缺省为今天） decision date"},
        },
    },
)

_ASSEMBLY_MATTERS = {
    BC: (
        f"{BC}:17:3",
        {
            "admit_member",
            "convert_probationary",
            "select_outstanding",
            "discipline_member",
            "handle_unqualified",
            "elect_committee",
            "add_committee_member",
        },
    ),
    DB: (f"{DB}:11:3", {"select_outstanding"}),
}


@rule(
    "party.branch_matter.assembly",
    check="party.branch_matter",
    agencies=[BC, DB],
    cites=[
        (f"{BC}:17:3", "接收新党员，预备党员转正，评选优秀党员，对犯错误党员给予纪律处分，对不合格党员进行组织处置"),
        (f"{BC}:17:3", "选举支部委员会，增补支部委员"),
        (f"{DB}:11:3", "评选年度优秀共产党员"),
    ],
)
def branch_matter_assembly(facts: Facts, ctx: RuleContext) -> Finding:
    """白城《三会一课》三：接收新党员、转正、评优、处分、处置、选举增补委员由支部党员大会讨论决定；
    区局《党员大会制度》3：评选年度优秀共产党员在支部大会进行。"""
    cite, reserved = _ASSEMBLY_MATTERS[ctx.agency]
    matter, body = facts["matter"], facts["decided_by"]
    trace = [f"事项：{BRANCH_MATTERS[matter]}；决定机构：{BODIES[body]}"]
    if matter not in reserved:
        return ctx.finding(
            ALLOWED,
            f"“{BRANCH_MATTERS[matter]}”不属于须由支部党员大会决定的事项",
            "not a matter reserved to the member assembly",
            trace=trace,
            cites=[cite],
        )
    if body != "branch_assembly":
        return ctx.finding(
            BLOCKED,
            f"“{BRANCH_MATTERS[matter]}”须由支部党员大会讨论决定，{BODIES[body]}无权决定",
            "this matter is for the branch member assembly to decide",
            trace=trace,
            cites=[cite],
        )
    return ctx.finding(
        ALLOWED,
        f"“{BRANCH_MATTERS[matter]}”由支部党员大会决定，符合规定",
        "decided by the member assembly",
        trace=trace,
        cites=[cite],
    )


@rule(
    "party.branch_matter.probation",
    check="party.branch_matter",
    agencies=[BC],
    cites=[],
)
def branch_matter_probation(facts: Facts, ctx: RuleContext) -> Finding | None:
    """预备党员转正：预备期满（党章第七条：预备期为一年，自支部大会通过之日算起）方可讨论转正。"""
    if facts["matter"] != "convert_probationary":
        return None
    if "probation_since" not in facts:
        raise BadInput(
            "预备党员转正须提供预备期开始日期", "probation_since is needed for a conversion", "probation_since"
        )
    months: int = ctx.param("party.branch_matter.probation.months")
    since = date_of(facts, "probation_since")
    assert since is not None
    decided = date_of(facts, "decided_on", today_of(facts, ctx))
    assert decided is not None
    ready = add_months(since, months)
    extra = [ctx.param_cited("party.branch_matter.probation.months")]
    trace = [f"预备期 {iso(since)} + {months} 个月 = {iso(ready)}；决定日 {iso(decided)}"]
    if decided >= ready:
        return ctx.finding(ALLOWED, "预备期已满，可以讨论转正", "probation completed", trace=trace, extra=extra)
    return ctx.finding(
        BLOCKED,
        f"预备期未满（{iso(ready)} 期满），不得讨论转正",
        f"probation runs until {iso(ready)}",
        trace=trace,
        deadlines=[plain_deadline(ready, "预备期满之日", "end of probation")],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# party.absence — missing central-group study or a Party day
# ---------------------------------------------------------------------------------------------------------

ABSENCE = check(
    "party.absence",
    "缺席中心组学习或党日活动",
    "Absence from central-group study or a Party day",
    {
        "type": "object",
        "required": ["activity"],
        "additionalProperties": False,
        "properties": {
            "activity": {
                "enum": ["central_group_study", "party_day"],
                "description": "central_group_study 中心组学习；party_day 党日活动 the activity missed",
            },
            "stage": {
                "enum": ["before", "after"],
                "description": "before 事先申请请假；after 事后核查（缺省） asking before, or reviewing after",
            },
            "leave_requested_before": {**FLAG, "description": "是否事先请假 leave asked beforehand"},
            "has_reason": {**FLAG, "description": "是否有正当原因（因故） a good reason for missing it"},
            "made_up": {**FLAG, "description": "是否已补课 make-up study done"},
        },
    },
)


@rule(
    "party.absence.central_group_2_4",
    check="party.absence",
    agencies=[DB],
    cites=[(f"{DB}:2:4", "必须事先向党组书记请假,并主动进行补课")],
)
def absence_central_group(facts: Facts, ctx: RuleContext) -> Finding | None:
    """中心组学习：因特殊情况不能参加的，必须事先向党组书记请假，并主动补课。"""
    if facts["activity"] != "central_group_study":
        return None
    if facts.get("stage") == "before":
        return ctx.finding(
            NEEDS_APPROVAL,
            "不能参加中心组学习的，须事先向党组书记请假",
            "ask the Party-group secretary for leave beforehand",
            trace=["事先请假 → 党组书记"],
            approvers=["party_secretary"],
        )
    if not facts.get("leave_requested_before"):
        return ctx.finding(
            BLOCKED,
            "未事先向党组书记请假缺席中心组学习",
            "missed central-group study without asking leave beforehand",
            trace=["事先请假：否"],
        )
    if not facts.get("made_up"):
        return ctx.finding(
            WARNING,
            "已请假，须主动进行补课",
            "leave was asked; the member must make up the study",
            trace=["事先请假：是", "补课：未完成"],
        )
    return ctx.finding(ALLOWED, "已请假并补课", "leave asked and study made up", trace=["请假、补课：是"])


@rule(
    "party.absence.party_day_12_3",
    check="party.absence",
    agencies=[DB],
    cites=[(f"{DB}:12:3", "对因故未参加活动者,给予补课,党员不得无故不参加组织生活")],
)
def absence_party_day(facts: Facts, ctx: RuleContext) -> Finding | None:
    """党日活动：因故未参加者给予补课；无故不参加组织生活的不允许。"""
    if facts["activity"] != "party_day":
        return None
    if facts.get("stage") == "before":
        if facts.get("has_reason"):
            return ctx.finding(
                WARNING,
                "因故不能参加党日活动，事后须补课",
                "absence with a reason: make-up needed",
                trace=["因故：是"],
            )
        return ctx.finding(
            BLOCKED,
            "党员不得无故不参加组织生活",
            "members may not miss Party life without reason",
            trace=["因故：否"],
        )
    if not facts.get("has_reason"):
        return ctx.finding(BLOCKED, "无故未参加党日活动", "missed the Party day without a reason", trace=["因故：否"])
    if not facts.get("made_up"):
        return ctx.finding(
            WARNING,
            "因故未参加党日活动，应给予补课",
            "absent for a reason: a make-up session is due",
            trace=["补课：否"],
        )
    return ctx.finding(ALLOWED, "因故缺席，已补课", "absent for a reason; made up", trace=["补课：是"])


# ---------------------------------------------------------------------------------------------------------
# party.talk_required — 谈心制度 “必谈” situations and the leading cadres' register
# ---------------------------------------------------------------------------------------------------------

MUST_TALK = {
    "negative_attitude": "思想上有情绪、工作消极散漫",
    "discipline_violation": "违章违纪",
    "dispute": "发生矛盾纠纷",
    "appointment_removal": "任免",
    "reward": "奖励",
    "retirement": "退休",
}

TALK_REQUIRED = check(
    "party.talk_required",
    "是否必须谈心及谈心登记",
    "Is a heart-to-heart talk required, and was it registered",
    {
        "type": "object",
        "required": ["situation"],
        "additionalProperties": False,
        "properties": {
            "situation": {
                "enum": [*MUST_TALK, "other"],
                "description": "情形：negative_attitude 思想有情绪/消极散漫、discipline_violation 违章违纪、"
                "dispute 矛盾纠纷、appointment_removal 任免、reward 奖励、retirement 退休、other 其他 the situation",
            },
            "talked": {**FLAG, "description": "是否已谈心 talk held"},
            "by_leading_cadre": {**FLAG, "description": "谈心人是否领导干部 the talker is a leading cadre"},
            "registered": {
                **FLAG,
                "description": "是否填写《领导干部开展谈心家访活动登记表》 register filled in",
            },
        },
    },
)


@rule(
    "party.talk_required.must_talk_20",
    check="party.talk_required",
    agencies=[DB],
    cites=[
        (f"{DB}:20", "思想上有情绪、工作消极散漫必谈;违章违纪必谈;发生矛盾纠纷必谈;任免奖励必谈;退休必谈"),
        (f"{DB}:20:3", "领导干部谈心要填写《领导干部开展谈心家访活动登记表》"),
    ],
)
def talk_required(facts: Facts, ctx: RuleContext) -> Finding:
    """发现“必谈”情形必须谈心；领导干部谈心要填写登记表。"""
    sit = facts["situation"]
    talked = facts.get("talked", False)
    if sit in MUST_TALK and not talked:
        return ctx.finding(
            BLOCKED,
            f"“{MUST_TALK[sit]}”属必谈情形，尚未谈心",
            "a talk is mandatory in this situation and has not been held",
            trace=[f"情形：{MUST_TALK[sit]}（必谈）", "已谈心：否"],
            cites=[f"{DB}:20"],
        )
    if talked and facts.get("by_leading_cadre") and not facts.get("registered"):
        return ctx.finding(
            BLOCKED,
            "领导干部谈心后须填写《领导干部开展谈心家访活动登记表》",
            "a leading cadre's talk must be logged in the talk and home-visit register",
            trace=["领导干部谈心：是", "登记：否"],
            cites=[f"{DB}:20:3"],
        )
    if sit not in MUST_TALK:
        return ctx.finding(
            ALLOWED,
            "该情形不属必谈情形" + ("，已谈心" if talked else ""),
            "not a mandatory-talk situation",
            trace=["情形：其他"],
            cites=[f"{DB}:20"],
        )
    return ctx.finding(
        ALLOWED,
        f"“{MUST_TALK[sit]}”必谈，已谈心",
        "mandatory talk held",
        trace=[f"情形：{MUST_TALK[sit]}（必谈）", "已谈心：是"],
    )


# ---------------------------------------------------------------------------------------------------------
# party.supervision_review — 党内民主监督的七项内容
# ---------------------------------------------------------------------------------------------------------

CRITERIA = {
    "line_and_resolutions": ("认真执行党的路线和方针政策及组织决议", f"{DB}:19:2.1"),
    "organisational_life": ("积极参加组织生活、完成支部分配的工作任务", f"{DB}:19:2.2"),
    "democratic_centralism": ("坚持民主集中制，党员发展和用人公开公平公正", f"{DB}:19:2.3"),
    "diligence": ("尽职尽责、按时完成各项工作任务", f"{DB}:19:2.4"),
    "integrity": ("廉洁自律、遵纪守法", f"{DB}:19:2.5"),
    "against_superstition": ("与封建迷信活动及邪教组织开展斗争", f"{DB}:19:2.6"),
    "dues_secrets_discipline": ("参加党组织活动、按时交纳党费、严守党的秘密", f"{DB}:19:2.7"),
}

SUPERVISION = check(
    "party.supervision_review",
    "党内民主监督七项内容评查",
    "Review of a member against the seven points of intra-Party supervision",
    {
        "type": "object",
        "required": ["failed"],
        "additionalProperties": False,
        "properties": {
            "failed": {
                "type": "array",
                "items": {"enum": list(CRITERIA)},
                "uniqueItems": True,
                "description": "未做到的监督内容（空表示均做到） points not met (empty: all met)",
            }
        },
    },
)


@rule(
    "party.supervision_review.criteria_19_2",
    check="party.supervision_review",
    agencies=[DB],
    cites=[
        (f"{DB}:19:2.1", "能否认真执行党的路线和方针政策"),
        (f"{DB}:19:2.2", "能否积极参加党支部、党小组的组织生活"),
        (f"{DB}:19:2.3", "能否坚持民主集中制原则"),
        (f"{DB}:19:2.4", "能否尽职尽责、努力工作"),
        (f"{DB}:19:2.5", "能否廉洁自律,遵纪守法"),
        (f"{DB}:19:2.6", "能否坚持与封建迷信活动及邪教组织开展积极的思想斗争"),
        (f"{DB}:19:2.7", "按时交纳党费,严守党的秘密"),
    ],
)
def supervision_review(facts: Facts, ctx: RuleContext) -> Finding:
    """七项监督内容逐项评查；有未做到的，提醒支部采取教育和管理措施。"""
    failed = list(facts["failed"])
    if not failed:
        return ctx.finding(
            ALLOWED,
            "七项监督内容均已做到",
            "all seven points met",
            trace=["未做到：0 项"],
            cites=[f"{DB}:19:2.1"],
        )
    return ctx.finding(
        WARNING,
        "以下监督内容未做到：" + "；".join(CRITERIA[c][0] for c in failed),
        f"{len(failed)} supervision point(s) not met",
        trace=[f"未做到：{len(failed)} 项"],
        cites=[CRITERIA[c][1] for c in failed],
    )


# ---------------------------------------------------------------------------------------------------------
# party.procedure — how a meeting, life meeting or lecture must be held (WORKFLOW decision points)
# ---------------------------------------------------------------------------------------------------------

PROC_KINDS = {
    "party_group_dlm": "党组民主生活会",
    "organ_life_meeting": "机关党委(支部)生活会",
    "branch_committee_meeting": "支部委员会会议",
    "party_building_meeting": "党建专题研究会",
    "branch_assembly": "支部党员大会",
    "cell_meeting": "党小组会",
    "party_lecture": "党课",
    "member_appraisal": "民主评议党员",
    "integrity_lecture": "廉政党课",
    "general_branch_dlm": "党总支民主生活会",
    "central_group_study": "理论学习中心组学习",
}
PEOPLE = {
    "party_secretary": "党组书记",
    "party_group_member_delegated": "受委托的党组成员",
    "branch_secretary": "党支部书记",
    "branch_committee": "支部委员会",
    "committee_member": "支部委员",
    "cell_leader": "党小组组长",
    "organ_committee_secretary": "机关党委(支部)书记",
    "leading_cadre": "领导干部",
    "principal_leader": "主要领导干部",
    "outstanding_member": "优秀党员",
    "advanced_worker": "先进工作者",
    "expert": "专家学者",
    "veteran_member": "老党员",
    "other": "其他人员",
}

PROCEDURE = check(
    "party.procedure",
    "组织生活会议、党课、评议的程序要求",
    "Procedure of a Party meeting, life meeting, lecture or appraisal",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": list(PROC_KINDS), "description": "会议或活动类别 kind of meeting or activity"},
            "convened_by": {"enum": list(PEOPLE), "description": "召集人 who convened it"},
            "presided_by": {"enum": list(PEOPLE), "description": "主持人 who presided"},
            "lecturer": {"enum": list(PEOPLE), "description": "授课人 lecturer"},
            "members": {**COUNT, "maximum": 1000, "description": "应参加人数 members who should attend"},
            "present": {**COUNT, "maximum": 1000, "description": "实际参加人数 members present"},
            "emergency": {**FLAG, "description": "是否紧急会议 emergency meeting"},
            "notice_in_advance": {**FLAG, "description": "是否提前通知主题/议题 theme or topics notified in advance"},
            "minutes_kept": {**FLAG, "description": "是否做好会议记录（专人记录） minutes kept"},
            "resolutions_assigned": {**FLAG, "description": "决议是否明确并落实到人 resolutions assigned to persons"},
            "pre_meeting_talks": {**FLAG, "description": "会前是否开展谈心 talks held before the meeting"},
            "speech_outlines": {**FLAG, "description": "成员是否撰写发言提纲 speech outlines written"},
            "content_decided_by_branch": {
                **FLAG,
                "description": "党课内容是否由党支部研究确定 content set by the branch",
            },
            "written_reports": {**FLAG, "description": "党员是否形成书面思想汇报和工作总结 written reports"},
            "records_kept_by_cell": {
                **FLAG,
                "description": "汇报材料和评议记录是否由党小组保存 records kept by the cell",
            },
            "summary_reported": {
                **FLAG,
                "description": "评议总结是否反馈全体党员并报上级党委 summary fed back and reported upward",
            },
            "masses_involved": {**FLAG, "description": "是否发动群众和积极分子参加评议 masses and activists took part"},
            "discussion_held": {**FLAG, "description": "课后是否组织讨论 discussion after the lecture"},
            "theme_compliant": {**FLAG, "description": "生活会主题是否符合要求 theme meets the requirements"},
            "meeting_compliant": {**FLAG, "description": "生活会是否符合规定要求 meeting meets the requirements"},
            "outcomes_circulated": {**FLAG, "description": "生活会情况和整改措施是否通报 outcomes circulated"},
        },
    },
)


def _presider(
    facts: Facts, key: str, allowed: set[str], label: str, cite: str, ctx: RuleContext
) -> tuple[Outcome, str, str] | None:
    who = facts.get(key)
    if who is None:
        return None
    names = "或".join(PEOPLE[a] for a in sorted(allowed))
    if who in allowed:
        return ALLOWED, f"{label}：{PEOPLE[who]}", cite
    return BLOCKED, f"{label}应为{names}，实为{PEOPLE[who]}", cite


def _flag(facts: Facts, key: str, text: str, cite: str, soft: bool = False) -> tuple[Outcome, str, str] | None:
    if key not in facts:
        return None
    if facts[key]:
        return ALLOWED, f"{text}：是", cite
    return (WARNING if soft else BLOCKED), f"未做到：{text}", cite


def _attendance(facts: Facts, text: str, cite: str, soft: bool = False) -> tuple[Outcome, str, str] | None:
    if "members" not in facts or "present" not in facts:
        return None
    m, p = int(facts["members"]), int(facts["present"])
    if p > m:
        return BLOCKED, f"实到 {p} 人多于应到 {m} 人，请核对", cite
    if p == m:
        return ALLOWED, f"{text}：应到 {m} 人，实到 {p} 人", cite
    return (WARNING if soft else BLOCKED), f"{text}：应到 {m} 人，实到 {p} 人，缺 {m - p} 人", cite


Item = tuple[Outcome, str, str] | None


def _district_items(kind: str, f: Facts, ctx: RuleContext) -> list[Item]:
    c = f"{DB}:"
    if kind == "party_group_dlm":
        return [
            _presider(f, "presided_by", {"party_secretary"}, "主持人", c + "1:5", ctx),
            _attendance(f, "党组成员必须参加", c + "1:1"),
            _flag(f, "notice_in_advance", "会前确定主题并提前通知每位党组成员", c + "1:5"),
            _flag(f, "speech_outlines", "撰写生活会发言提纲", c + "1:2"),
        ]
    if kind == "organ_life_meeting":
        return [
            _flag(f, "pre_meeting_talks", "会前书记有针对性地开展谈心活动", c + "6:2"),
            _flag(f, "minutes_kept", "做好生活会记录", c + "6:5"),
        ]
    if kind == "branch_committee_meeting":
        notice = (
            None if f.get("emergency") else _flag(f, "notice_in_advance", "提前通知主要议题（紧急会议除外）", c + "9:3")
        )
        return [
            notice,
            _flag(f, "resolutions_assigned", "形成明确的决议并将工作落实到人", c + "9:5"),
            _flag(f, "minutes_kept", "做好支部会议记录", c + "9:6"),
        ]
    if kind == "party_building_meeting":
        return [
            _presider(f, "convened_by", {"branch_secretary"}, "召集人", c + "10:2", ctx),
            _flag(f, "notice_in_advance", "事先确定议题并通知各委员", c + "10:2"),
            _flag(f, "minutes_kept", "专人记录", c + "10:4"),
        ]
    if kind == "branch_assembly":
        return [
            _presider(f, "convened_by", {"branch_committee"}, "召集人", c + "11:1", ctx),
            _presider(f, "presided_by", {"branch_secretary"}, "主持人", c + "11:1", ctx),
        ]
    if kind == "party_lecture":
        return [
            _flag(f, "content_decided_by_branch", "党课内容由党支部研究确定", c + "13:2"),
            _presider(
                f,
                "lecturer",
                {
                    "leading_cadre",
                    "principal_leader",
                    "committee_member",
                    "branch_secretary",
                    "outstanding_member",
                    "advanced_worker",
                },
                "讲课人",
                c + "13:3",
                ctx,
            ),
        ]
    if kind == "member_appraisal":
        return [
            _flag(f, "written_reports", "全体党员作出书面思想汇报和工作总结", c + "17:2"),
            _flag(f, "masses_involved", "发动群众和入党积极分子参加评议", c + "17:3"),
            _flag(f, "records_kept_by_cell", "汇报材料和评议记录由党小组保存", c + "17:4"),
            _flag(f, "summary_reported", "评议工作总结反馈全体党员并报上级党委", c + "17:5"),
        ]
    if kind == "integrity_lecture":
        return [
            _presider(f, "lecturer", {"leading_cadre", "principal_leader"}, "授课人", c + "28:2", ctx),
            _attendance(f, "确保全员参加", c + "28:3.2"),
            _flag(f, "discussion_held", "课后组织讨论", c + "28:3.3"),
        ]
    if kind == "general_branch_dlm":
        reconvene: Item = None
        if "meeting_compliant" in f:
            reconvene = (
                (ALLOWED, "生活会符合规定要求", c + "25:21.3")
                if f["meeting_compliant"]
                else (BLOCKED, "民主生活会不符合规定要求，应责令重新召开", c + "25:21.3")
            )
        theme: Item = None
        if "theme_compliant" in f:
            theme = (
                (ALLOWED, "主题符合要求", c + "25:21.3")
                if f["theme_compliant"]
                else (WARNING, "主题不符合要求：应提出明确意见，必要时直接确定主题", c + "25:21.3")
            )
        return [
            theme,
            reconvene,
            _flag(f, "pre_meeting_talks", "班子成员之间互相谈心、交换意见", c + "25:21.1"),
            _flag(f, "outcomes_circulated", "生活会情况和整改措施在一定范围通报", c + "25:21.2"),
        ]
    return []


def _baicheng_items(kind: str, f: Facts, ctx: RuleContext) -> list[Item]:
    c = f"{BC}:17:"
    if kind == "branch_assembly":
        return [_presider(f, "presided_by", {"branch_secretary"}, "主持人", c + "3", ctx)]
    if kind == "branch_committee_meeting":
        return [
            _presider(f, "presided_by", {"branch_secretary"}, "主持人", c + "4", ctx),
            _attendance(f, "全体委员出席参加", c + "4"),
        ]
    if kind == "cell_meeting":
        return [
            _presider(f, "presided_by", {"cell_leader"}, "主持人", c + "5", ctx),
            _attendance(f, "各小组全体党员参加", c + "5"),
        ]
    if kind == "party_lecture":
        return [
            _presider(
                f,
                "lecturer",
                {
                    "leading_cadre",
                    "principal_leader",
                    "expert",
                    "veteran_member",
                    "outstanding_member",
                    "branch_secretary",
                },
                "讲课人",
                c + "6",
                ctx,
            )
        ]
    return []


def _wenshan_items(kind: str, f: Facts, ctx: RuleContext) -> list[Item]:
    if kind == "central_group_study":
        return [
            _presider(
                f,
                "presided_by",
                {"party_secretary", "party_group_member_delegated"},
                "主持人",
                f"{WS}:16:1.1",
                ctx,
            )
        ]
    return []


@rule(
    "party.procedure",
    check="party.procedure",
    agencies=[DB, BC, WS],
    cites=[
        (f"{DB}:1:5", "由党组书记主持"),
        (f"{DB}:1:1", "党组成员必须参加党组民主生活会"),
        (f"{DB}:1:2", "撰写出生活会发言提纲"),
        (f"{DB}:6:2", "书记要有针对性地开展谈心活动"),
        (f"{DB}:6:5", "做好生活会记录"),
        (f"{DB}:9:3", "除紧急会议外,应提前就会议讨论的主要议题通知与会委员"),
        (f"{DB}:9:5", "要形成明确的决议并将工作落实到人"),
        (f"{DB}:9:6", "做好支部会议记录"),
        (f"{DB}:10:2", "会议由书记召集,事先确定议题"),
        (f"{DB}:10:4", "会议要有专人记录"),
        (f"{DB}:11:1", "会议由支部委员会召集,党支部书记主持"),
        (f"{DB}:13:2", "由党支部研究确定党课内容"),
        (f"{DB}:13:3", "领导干部、支部委员带头讲党课"),
        (f"{DB}:17:2", "全体党员要做出思想汇报和工作总结"),
        (f"{DB}:17:3", "发动群众和入党积极分子"),
        (f"{DB}:17:4", "党员汇报材料和评议记录由党小组保存"),
        (f"{DB}:17:5", "要做出评议工作总结反馈到全体党员并报上级党委"),
        (f"{DB}:28:2", "领导干部尤其是主要领导干部要亲自授课"),
        (f"{DB}:28:3.2", "确保全员参加"),
        (f"{DB}:28:3.3", "课后,要组织好讨论"),
        (f"{DB}:25:21.1", "班子成员之间应互相谈心、交换意见"),
        (f"{DB}:25:21.2", "民主生活会的情况和整改措施,应及时在一定范围通报"),
        (f"{DB}:25:21.3", "必要时直接确定;认为民主生活会不符合规定要求,应责令重新召开"),
        (f"{BC}:17:3", "每季度至少召开一次，由党支部书记主持"),
        (f"{BC}:17:4", "由党支部书记主持，全体委员出席参加"),
        (f"{BC}:17:5", "由党小组组长主持"),
        (f"{BC}:17:6", "请党员领导干部、专家学者、老党员和优秀党员等讲授"),
        (f"{WS}:16:1.1", "理论学习中心组学习由局党组书记或委托党组成员主持"),
    ],
)
def procedure(facts: Facts, ctx: RuleContext) -> Finding:
    """每类会议/活动按各机构原文逐项核对：主持人、召集人、讲课人、到会、通知、记录、会前谈心、评议材料等；
    未提供的事项不评判。“必须/应/要”未做到为不允许；“必要时”的主题调整为提醒。"""
    kind = facts["kind"]
    items = {DB: _district_items, BC: _baicheng_items, WS: _wenshan_items}[ctx.agency](kind, facts, ctx)
    if not items:
        raise BadInput(
            f"本机构制度对“{PROC_KINDS[kind]}”未规定程序要求",
            f"this agency's rules set no procedure for {kind}",
            "kind",
        )
    done = [i for i in items if i is not None]
    cites = list(dict.fromkeys(i[2] for i in done)) or list(dict.fromkeys(_first_cites(kind, ctx.agency)))
    worst = max((i[0] for i in done), key=lambda o: o.severity, default=ALLOWED)
    bad = [i[1] for i in done if i[0] is not ALLOWED]
    trace = [i[1] for i in done] or ["未提供可核对的事项"]
    if worst is ALLOWED:
        zh = f"{PROC_KINDS[kind]}符合程序要求" if done else f"{PROC_KINDS[kind]}：未提供可核对的事项"
        return ctx.finding(ALLOWED, zh, f"{kind}: procedure met", trace=trace, cites=cites)
    bad_cites = [i[2] for i in done if i[0] is not ALLOWED]
    return ctx.finding(
        worst,
        f"{PROC_KINDS[kind]}：" + "；".join(bad),
        f"{kind}: {len(bad)} procedural requirement(s) not met",
        trace=trace,
        cites=list(dict.fromkeys(bad_cites)),
    )


def _first_cites(kind: str, agency: str) -> list[str]:
    return {
        (DB, "party_group_dlm"): [f"{DB}:1:5"],
        (DB, "organ_life_meeting"): [f"{DB}:6:5"],
        (DB, "branch_committee_meeting"): [f"{DB}:9:6"],
        (DB, "party_building_meeting"): [f"{DB}:10:2"],
        (DB, "branch_assembly"): [f"{DB}:11:1"],
        (DB, "party_lecture"): [f"{DB}:13:3"],
        (DB, "member_appraisal"): [f"{DB}:17:2"],
        (DB, "integrity_lecture"): [f"{DB}:28:2"],
        (DB, "general_branch_dlm"): [f"{DB}:25:21.3"],
        (BC, "branch_assembly"): [f"{BC}:17:3"],
        (BC, "branch_committee_meeting"): [f"{BC}:17:4"],
        (BC, "cell_meeting"): [f"{BC}:17:5"],
        (BC, "party_lecture"): [f"{BC}:17:6"],
        (WS, "central_group_study"): [f"{WS}:16:1.1"],
    }.get((agency, kind), [])


# ---------------------------------------------------------------------------------------------------------
# study.* — 文山《学习制度》 and 区局 中心组 records
# ---------------------------------------------------------------------------------------------------------

ARCHIVE_ITEMS = {
    "plan": "学习计划",
    "materials": "学习资料",
    "notes": "学习笔记",
    "attendance": "考勤记录",
    "reflections": "学习体会（调研报告、党课材料等）",
    "discussion": "研讨发言情况",
    "archive": "学习档案",
}

ARCHIVE = check(
    "study.archive",
    "中心组学习资料是否齐全（“五有”/学习档案）",
    "Are the central study group's records complete",
    {
        "type": "object",
        "required": ["items"],
        "additionalProperties": False,
        "properties": {
            "items": {
                "type": "array",
                "items": {"enum": list(ARCHIVE_ITEMS)},
                "uniqueItems": True,
                "description": "已具备的资料：plan 计划、materials 资料、notes 笔记、attendance 考勤、"
                "reflections 体会、discussion 研讨发言、archive 档案 records present",
            }
        },
    },
)


@rule("study.archive", check="study.archive", agencies=[DB, WS], cites=[])
def study_archive(facts: Facts, ctx: RuleContext) -> Finding:
    """区局“五有”（计划、笔记、考勤、体会、档案）；文山学习档案（计划、资料、考勤、笔记、研讨发言）。"""
    required: list[str] = list(ctx.param("study.archive.required"))
    have = set(facts["items"])
    missing = [i for i in required if i not in have]
    extra = [ctx.param_cited("study.archive.required")]
    trace = [f"应有 {len(required)} 项，已有 {len(required) - len(missing)} 项"]
    if not missing:
        return ctx.finding(ALLOWED, "学习资料齐全", "records complete", trace=trace, extra=extra)
    return ctx.finding(
        BLOCKED,
        "缺少：" + "、".join(ARCHIVE_ITEMS[m] for m in missing),
        f"missing {len(missing)} required record(s): {', '.join(missing)}",
        trace=trace,
        extra=extra,
    )


TRIP = check(
    "study.trip_materials",
    "考察学习培训、基层调研须交的材料",
    "Materials due after a study/training trip or grassroots research",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["training_trip", "field_research"],
                "description": "training_trip 考察学习培训；field_research 到基层调研 kind of trip",
            },
            "days": {**COUNT, "maximum": 3660, "description": "考察学习培训天数 length of the trip in days"},
            "summary_submitted": {**FLAG, "description": "是否已交约2000字学习总结 study summary handed in"},
            "summary_chars": {**COUNT, "description": "学习总结字数 characters in the summary"},
            "courseware_submitted": {**FLAG, "description": "是否已交课件等学习资料 courseware handed in"},
            "outline_before": {**FLAG, "description": "调研前是否有调研提纲 outline before the research"},
            "report_after": {**FLAG, "description": "调研后是否上交调研报告 report handed in afterwards"},
        },
    },
)


@rule(
    "study.trip_materials",
    check="study.trip_materials",
    agencies=[WS],
    cites=[(f"{WS}:16:2.2", "到基层调研前要有调研提纲,调研后须上交调研报告")],
)
def trip_materials(facts: Facts, ctx: RuleContext) -> Finding:
    """参加考察学习培训7天以上（含7天）的，结束时须交2000字左右学习总结及课件；调研前有提纲、调研后交报告。"""
    if facts["kind"] == "field_research":
        missing = [
            t
            for k, t in (("outline_before", "调研前的调研提纲"), ("report_after", "调研后的调研报告"))
            if facts.get(k) is False
        ]
        if missing:
            return ctx.finding(
                BLOCKED, "缺少：" + "、".join(missing), "research outline or report missing", trace=missing
            )
        return ctx.finding(ALLOWED, "调研提纲、报告符合要求", "outline and report in order", trace=["提纲/报告：是"])
    if "days" not in facts:
        raise BadInput("考察学习培训须提供天数", "days is needed for a training trip", "days")
    days = int(facts["days"])
    floor: int = ctx.param("study.trip_materials.min_days")
    extra = [ctx.param_cited("study.trip_materials.min_days")]
    trace = [f"{days} 天 {'≥' if days >= floor else '<'} {floor} 天"]
    if "summary_chars" in facts:
        trace.append(f"学习总结 {facts['summary_chars']} 字（要求 2000 字左右）")
    if days < floor:
        return ctx.finding(
            ALLOWED,
            f"{days} 天，不足 {floor} 天，无须交学习总结",
            f"{days} days: no summary required",
            trace=trace,
            extra=extra,
        )
    missing = [
        t
        for k, t in (("summary_submitted", "学习总结"), ("courseware_submitted", "课件等学习资料"))
        if not facts.get(k)
    ]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"{days} 天（{floor} 天以上），须交" + "、".join(missing),
            f"{days} days: {', '.join(missing)} due",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(ALLOWED, "学习总结和课件已交", "summary and courseware handed in", trace=trace, extra=extra)


DEGREE = check(
    "study.degree_application",
    "参加学历教育的申请与批准",
    "Applying to take part in degree education",
    {
        "type": "object",
        "required": ["in_writing", "before_enrolment"],
        "additionalProperties": False,
        "properties": {
            "in_writing": {**FLAG, "description": "是否书面申请 written application"},
            "before_enrolment": {**FLAG, "description": "是否在报名入学前事先申请 applied before enrolling"},
            "approved": {**FLAG, "description": "局党组是否已研究批准 approved by the Party group"},
        },
    },
)


@rule(
    "study.degree_application",
    check="study.degree_application",
    agencies=[WS],
    cites=[(f"{WS}:16:3.2", "应事先向单位提出书面申请,由局党组研究批准")],
)
def degree_application(facts: Facts, ctx: RuleContext) -> Finding:
    """参加学历教育，应事先向单位提出书面申请，由局党组研究批准。"""
    if not facts["in_writing"] or not facts["before_enrolment"]:
        return ctx.finding(
            BLOCKED,
            "参加学历教育应事先向单位提出书面申请",
            "degree education needs a written application made beforehand",
            trace=[
                f"书面：{'是' if facts['in_writing'] else '否'}",
                f"事先：{'是' if facts['before_enrolment'] else '否'}",
            ],
        )
    if not facts.get("approved"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "书面申请已提出，须由局党组研究批准",
            "the Party group must approve",
            trace=["书面、事先：是", "党组批准：待定"],
            approvers=["party_group_meeting"],
        )
    return ctx.finding(ALLOWED, "已经局党组批准", "approved by the Party group", trace=["党组批准：是"])


CREDENTIALS = {
    "junior_college": "专科学历",
    "bachelor_diploma": "本科学历",
    "graduate_diploma": "研究生学历（未取得硕士学位）",
    "masters_degree": "硕士研究生学位",
    "doctorate": "博士研究生学位及以上",
}

TUITION = check(
    "study.tuition",
    "学历教育学费报销与助学金",
    "Reimbursement of tuition (and grant) after degree education",
    {
        "type": "object",
        "required": ["credential", "tuition", "org_approved", "recognised_institution"],
        "additionalProperties": False,
        "properties": {
            "credential": {
                "enum": list(CREDENTIALS),
                "description": "取得的学历/学位：junior_college 专科、bachelor_diploma 本科学历、"
                "graduate_diploma 研究生学历、masters_degree 硕士学位、doctorate 博士学位及以上 credential obtained",
            },
            "tuition": {**MONEY, "description": "实付学费（元） tuition paid (yuan)"},
            "org_approved": {**FLAG, "description": "是否经组织批准参加 approved by the organisation"},
            "recognised_institution": {
                **FLAG,
                "description": "是否国家承认学历的国民教育院校或党校 state-recognised institution or Party school",
            },
            "fully_released_public": {**FLAG, "description": "是否公派全脱产学习 fully released, publicly sent"},
        },
    },
)


@rule(
    "study.tuition",
    check="study.tuition",
    agencies=[WS],
    cites=[(f"{WS}:16:3.3", "经组织批准参加国家承认学历的国民教育院校或党校学历教育的")],
)
def tuition(facts: Facts, ctx: RuleContext) -> Finding:
    """本科和研究生学历报销50%学费；硕士研究生学位全额；博士学位及以上全额并给予助学金5000元；
    公派全脱产按国家规定（不在此计算）。取得学位者按学位档次（高者）计。"""
    cred = facts["credential"]
    fee = money(facts["tuition"])
    if not facts["org_approved"] or not facts["recognised_institution"]:
        return ctx.finding(
            BLOCKED,
            "须经组织批准、在国家承认学历的国民教育院校或党校取得学历，方可报销",
            "reimbursement needs organisation approval and a recognised institution",
            trace=[
                f"组织批准：{'是' if facts['org_approved'] else '否'}",
                f"承认学历：{'是' if facts['recognised_institution'] else '否'}",
            ],
        )
    if facts.get("fully_released_public"):
        return ctx.finding(
            WARNING,
            "公派全脱产的学习费用按国家有关规定落实，不适用本条比例",
            "fully released public study follows national rules",
            trace=["公派全脱产：是"],
        )
    share_name = {
        "bachelor_diploma": "study.tuition.diploma_share",
        "graduate_diploma": "study.tuition.diploma_share",
        "masters_degree": "study.tuition.masters_share",
        "doctorate": "study.tuition.doctorate_share",
    }.get(cred)
    if share_name is None:
        return ctx.finding(
            BLOCKED,
            f"{CREDENTIALS[cred]}不在学费报销范围",
            "this credential is not reimbursed",
            trace=[f"学历：{CREDENTIALS[cred]}"],
        )
    share: Fraction = ctx.param(share_name)
    extra = [ctx.param_cited(share_name)]
    amount = (fee * share.numerator / share.denominator).quantize(FEN, rounding=ROUND_HALF_UP)
    trace = [f"{CREDENTIALS[cred]}：学费 {yuan(fee)} × {share} = {yuan(amount)}"]
    grant = Decimal(0)
    if cred == "doctorate":
        grant = Decimal(ctx.param("study.tuition.doctorate_grant"))
        extra.append(ctx.param_cited("study.tuition.doctorate_grant"))
        trace.append(f"助学金 {yuan(grant)}")
    total = amount + grant
    return ctx.finding(
        ALLOWED,
        f"{CREDENTIALS[cred]}：报销学费 {yuan(amount)}"
        + (f"，助学金 {yuan(grant)}，合计 {yuan(total)}" if grant else ""),
        f"reimburse {amount} yuan" + (f" plus a {grant} yuan grant: {total} yuan" if grant else ""),
        trace=trace,
        extra=extra,
    )


COHORT = check(
    "study.attachment_cohort",
    "跟班学习安排（人数、月份、时长、总结）",
    "An attachment-learning cohort: size, months, length, summary",
    {
        "type": "object",
        "required": ["size", "start_on", "end_on"],
        "additionalProperties": False,
        "properties": {
            "size": {**COUNT, "maximum": 100, "description": "本期跟班人数 people in the cohort"},
            "start_on": {**DATE, "description": "跟班开始日期 first day"},
            "end_on": {**DATE, "description": "跟班结束日期 last day"},
            "summary_submitted": {**FLAG, "description": "结束时是否已交跟班学习总结 summary handed in"},
        },
    },
)


@rule("study.attachment_cohort", check="study.attachment_cohort", agencies=[WS], cites=[])
def attachment_cohort(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """每期3—4名（含3、4）；安排在3—10月份，其他时间不安排；每期一般为2个月（偏离为提醒）；结束时须交总结。"""
    out: list[Finding] = []
    size = int(facts["size"])
    lo: int = ctx.param("study.attachment_cohort.min_size")
    hi: int = ctx.param("study.attachment_cohort.max_size")
    size_cite = [ctx.param_cited("study.attachment_cohort.min_size")]
    if lo <= size <= hi:
        out.append(
            ctx.finding(
                ALLOWED,
                f"每期 {size} 名，符合 {lo}—{hi} 名",
                f"{size} people",
                trace=[f"{lo} ≤ {size} ≤ {hi}"],
                extra=size_cite,
            )
        )
    else:
        out.append(
            ctx.finding(
                BLOCKED,
                f"每期应安排 {lo}—{hi} 名，本期 {size} 名",
                f"a cohort has {lo}–{hi} people; this one has {size}",
                trace=[f"{size} 不在 {lo}～{hi} 内"],
                extra=size_cite,
            )
        )
    start, end = date_of(facts, "start_on"), date_of(facts, "end_on")
    assert start is not None and end is not None
    if end < start:
        raise BadInput("结束日期早于开始日期", "end_on is before start_on", "end_on")
    first: int = ctx.param("study.attachment_cohort.first_month")
    last: int = ctx.param("study.attachment_cohort.last_month")
    month_cite = [ctx.param_cited("study.attachment_cohort.first_month")]
    in_window = start.year == end.year and first <= start.month and end.month <= last
    trace = [f"{iso(start)}～{iso(end)}；允许 {first}—{last} 月"]
    if in_window:
        out.append(
            ctx.finding(ALLOWED, f"安排在 {first}—{last} 月内", "within March–October", trace=trace, extra=month_cite)
        )
    else:
        out.append(
            ctx.finding(
                BLOCKED,
                f"跟班学习只安排在 {first}—{last} 月份，其他时间不安排",
                "attachment learning runs only from March to October",
                trace=trace,
                extra=month_cite,
            )
        )
    months: int = ctx.param("study.attachment_cohort.months")
    nominal = add_months(start, months) - dt.timedelta(days=1)
    len_cite = [ctx.param_cited("study.attachment_cohort.months")]
    tr = [f"{iso(start)} 起 {months} 个月至 {iso(nominal)}；实际至 {iso(end)}"]
    if end == nominal:
        out.append(ctx.finding(ALLOWED, f"时长 {months} 个月", f"{months} months", trace=tr, extra=len_cite))
    else:
        out.append(
            ctx.finding(
                WARNING,
                f"每期一般为 {months} 个月，本期{'超过' if end > nominal else '不足'} {months} 个月",
                f"a cohort normally lasts {months} months",
                trace=tr,
                extra=len_cite,
            )
        )
    if facts.get("summary_submitted") is False and today_of(facts, ctx) > end:
        out.append(
            ctx.finding(
                BLOCKED,
                "跟班学习结束时必须写出跟班学习总结交州局人事教育科",
                "the trainee must hand in a summary at the end",
                trace=["总结：未交"],
                extra=[ctx.param_cited("study.attachment_cohort.summary")],
            )
        )
    return out


MEMBERSHIP = check(
    "study.central_group_membership",
    "能否作为理论学习中心组成员",
    "May a cadre be a member of the theory study central group",
    {
        "type": "object",
        "required": ["rank", "substantive"],
        "additionalProperties": False,
        "properties": {
            "rank": RANK_FACT,
            "substantive": {**FLAG, "description": "是否实职领导干部（非虚职） holds a substantive leading post"},
        },
    },
)


@rule("study.central_group_membership", check="study.central_group_membership", agencies=[WS], cites=[])
def central_group_membership(facts: Facts, ctx: RuleContext) -> Finding:
    """理论学习中心组由正科级以上（含正科级）实职领导干部组成。"""
    floor: str = ctx.param("study.central_group_membership.min_rank")
    rank, sub = facts["rank"], facts["substantive"]
    ok = rank_at_least(rank, floor) and sub
    extra = [ctx.param_cited("study.central_group_membership.min_rank")]
    trace = [f"{RANK_ZH[rank]}{'（实职）' if sub else '（非实职）'}；要求 {RANK_ZH[floor]}以上实职"]
    if ok:
        return ctx.finding(ALLOWED, "属中心组成员范围", "eligible for the central group", trace=trace, extra=extra)
    return ctx.finding(
        BLOCKED,
        f"中心组由{RANK_ZH[floor]}以上实职领导干部组成，不符合",
        "the central group consists of substantive leading cadres at full-section level and above",
        trace=trace,
        extra=extra,
    )


__all__ = ["RANKS", "RANK_FACT", "RANK_ZH", "add_months", "date_of", "dedupe", "rank_at_least", "today_of"]
