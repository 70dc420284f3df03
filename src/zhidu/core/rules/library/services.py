"""Public-service programmes: public-welfare posts, wage deposits, start-up loans, social-insurance
subsidies, poverty-relief funds, dual-review approvals, arbitration and work-injury time limits,
poverty monitoring and photovoltaic revenue.

制度 implemented (citation ids in brackets):
- 通榆 《公益性岗位规范管理的长效工作机制（试行）》 [tongyu-hrss:11] — scale cap, employer and post scope,
  eligible persons, hiring modes, placement count, subsidy term, dismissal, assessment reports;
- 通榆 《农民工工资保证金廉政风险管理制度》 [tongyu-hrss:13] — rates, guarantee letters, dedicated account,
  payout, 15-day replenishment, 15-working-day refund, annual reporting;
- 通榆 《劳动人事争议仲裁内控制度》 [tongyu-hrss:14] — correction notice, acceptance decision, 15-day court
  notice, 45-day award period with suspension and ≤15-day extension, tribunal, evidence, retention;
- 通榆 《创业担保贷款监督管理制度》 [tongyu-hrss:15] — review and bank time limits, amount routing,
  review-group quorum, vote, recusal, sign-off sheet, prohibitions;
- 通榆 《社会保险补贴发放管理制度》 [tongyu-hrss:16] — subsidy formulas by category, 先缴后补, two-level review;
- 通榆 《城镇扶困资金使用管理制度（试行）》 [tongyu-hrss:17] — uses, meeting minutes, 200 yuan per household;
- 通榆 双审复核 [tongyu-hrss:18–21] — two reviewers, batch days, disagreement, licence time limits, publicity;
- 通榆 《工伤认定办法（试行）》 [tongyu-hrss:23] — acceptance, investigation triggers, appeal periods, 50 years;
- 白城 《防止返贫监测和帮扶机制实施细则》 [baicheng-fupin:8] — criteria, scale, exit, monitoring cadence;
- 白城 《光伏扶贫电站收益分配指导意见》 [baicheng-fupin:9] — station funding, 7-working-day transfers,
  beneficiaries and uses, township shares by poor-household count, village plan approvals.

Shared helpers for the dates and deadlines of this module family live here too (``disclosure`` and
``security`` import them).

Catalog vs seed notes (the seed wins):
- S000-11: the catalog reads the 2020 extension window as the expiry falling in 2020; so do we.
  The seed's 老人老办法 names "2020年以前" entrants while the 3-year term covers entrants from 2016-01-01:
  the specific 3-year rule governs entrants from 2016 (parameter ``service.welfare_post.term.from``).
- S000-13: the A-grade further reduction (第五条第（三）项) has no floor of its own; the 2% floor of
  第（二）项 is kept (parameter ``wage_deposit.rate.floor_binds_a_grade``).
- S000-15: no pass threshold for the review group's vote is stated; a majority of those present is
  required (parameter ``loan.review_meeting.vote.share``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ...calendar import Period, RunningPeriod, Unit, add_months_clamped
from ...errors import BadInput
from ..helpers import COUNT, DATE, FLAG, MONEY, enum, enum_list, iso, money, num, obj, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import Facts, RuleContext, check, rule

TY = ["tongyu-hrss"]
BC = ["baicheng-fupin"]

# ---------------------------------------------------------------------------------------- helpers


def d(desc: str, base: Mapping[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A schema fragment with a bilingual description."""
    out = dict(base or {})
    out.update(extra)
    out["description"] = desc
    return out


DATETIME: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$",
    "description": "时间 YYYY-MM-DDTHH:MM（当地时间） local date and time",
}
PERCENT: dict[str, Any] = {
    "type": ["number", "string"],
    "pattern": r"^\d{1,3}(\.\d{1,2})?$",
    "minimum": 0,
    "maximum": 100,
}
SUSPENSIONS: dict[str, Any] = {
    "type": "array",
    "maxItems": 50,
    "items": {
        "type": "object",
        "required": ["from", "to"],
        "additionalProperties": False,
        "properties": {
            "from": d("中止开始日（含） first day of the suspension", DATE),
            "to": d("中止结束日（含） last day of the suspension", DATE),
        },
    },
}


def day(facts: Facts, key: str) -> dt.date | None:
    """A date fact, or None; an impossible date (2026-02-30) is refused naming the field."""
    raw = facts.get(key)
    if raw is None:
        return None
    return parse_day(raw, key)


def parse_day(raw: Any, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise BadInput(
            f"事实“{field}”不是有效日期：{raw!r}", f"fact '{field}' is not a valid date: {raw!r}", field
        ) from None


def moment(facts: Facts, key: str) -> dt.datetime | None:
    raw = facts.get(key)
    if raw is None:
        return None
    try:
        return dt.datetime.fromisoformat(str(raw))
    except ValueError:
        raise BadInput(f"事实“{key}”不是有效时间：{raw!r}", f"fact '{key}' is not a valid time: {raw!r}", key) from None


def today(facts: Facts, ctx: RuleContext) -> dt.date:
    """The day the question is asked: ``today`` in the facts, else the evaluation date."""
    return day(facts, "today") or ctx.on


def pct(raw: Any) -> Fraction:
    """A percentage fact (4.5 or "4.5") as a share (9/200)."""
    key = (type(raw), raw)
    found = _PCTS.get(key)
    if found is None:
        found = Fraction(Decimal(str(raw))) / 100
        if len(_PCTS) >= 4096:
            _PCTS.clear()
        _PCTS[key] = found
    return found


_PCTS: dict[tuple[type, Any], Fraction] = {}  # the same rates come again and again: each converted once


def show_pct(x: Fraction) -> str:
    if type(x) is Fraction:  # num(x * 100), in integers
        top, d = x.numerator * 100, x.denominator
        shown = str(top // d) if top % d == 0 else f"{top / d:.2f}".rstrip("0").rstrip(".")
        return f"{shown}%"
    return f"{num(x * 100)}%"


def plain_deadline(date: dt.date, label_zh: str, label_en: str, trace: Iterable[str] = ()) -> Deadline:
    """A deadline that is a fixed calendar date (no counting on the working-day calendar)."""
    return Deadline(date, label_zh, label_en, False, tuple(trace))


def running_deadline(
    ctx: RuleContext,
    start: dt.date,
    amount: int,
    unit: str,
    label_zh: str,
    label_en: str,
    *,
    suspensions: Iterable[tuple[dt.date, dt.date]] = (),
    extensions: Iterable[tuple[int, str]] = (),
) -> Deadline:
    """A period with 中止 (days not counted) and 延长 (further periods), on the official calendar."""
    susp, ext = tuple(suspensions), tuple(extensions)
    # remembered only for whole-number amounts: 2.0 must still be refused even after 2 was counted
    exact = type(amount) is int and all(type(n) is int for n, _ in ext)
    key = ("running_deadline", start, amount, unit, label_zh, label_en, susp, ext)
    found: Deadline | None = ctx.memo.get(key) if exact else None
    if found is None:
        rp = RunningPeriod(start, Period(amount, Unit(unit)))
        for a, b in susp:
            if b < a:
                raise BadInput("中止结束日期早于开始日期", f"suspension ends {b} before it starts {a}", "suspensions")
            rp = rp.suspend(a, b)
        for n, u in ext:
            if n:
                rp = rp.extend(n, u)
        dl = rp.deadline(ctx.calendar)
        found = Deadline(dl.date, label_zh, label_en, dl.provisional, tuple(s.zh for s in dl.trace))
        if exact:
            ctx.remember(key, found)
    return found


def timed(
    ctx: RuleContext,
    dl: Deadline,
    done: dt.date | None,
    now: dt.date,
    what_zh: str,
    what_en: str,
    *,
    late: Outcome = BLOCKED,
    cites: Iterable[str] = (),
    extra: Iterable[CitedClause] = (),
    trace: Iterable[str] = (),
) -> Finding:
    """Compare an act (done on ``done``, or not yet done on ``now``) with its deadline."""
    lines = list(trace)
    if done is not None:
        lines.append(f"{what_zh}于 {iso(done)}，期限 {iso(dl.date)}")
        if done > dl.date:
            return ctx.finding(
                late,
                f"{what_zh}逾期：{iso(done)} 晚于期限 {iso(dl.date)}",
                f"{what_en} late: {iso(done)} is after the time limit {iso(dl.date)}",
                trace=lines,
                cites=cites,
                extra=extra,
                deadlines=[dl],
                own=True,
            )
        return ctx.finding(
            ALLOWED,
            f"{what_zh}在期限内（期限 {iso(dl.date)}）",
            f"{what_en} within the time limit ({iso(dl.date)})",
            trace=lines,
            cites=cites,
            extra=extra,
            deadlines=[dl],
            own=True,
        )
    lines.append(f"尚未{what_zh}，今日 {iso(now)}，期限 {iso(dl.date)}")
    if now > dl.date:
        return ctx.finding(
            late,
            f"{what_zh}已逾期（期限 {iso(dl.date)}）",
            f"{what_en} overdue (time limit {iso(dl.date)})",
            trace=lines,
            cites=cites,
            extra=extra,
            deadlines=[dl],
            own=True,
        )
    return ctx.finding(
        ALLOWED,
        f"须于 {iso(dl.date)} 前{what_zh}",
        f"{what_en} due by {iso(dl.date)}",
        trace=lines,
        cites=cites,
        extra=extra,
        deadlines=[dl],
        own=True,
    )


# A finding names the clauses given first, followed by the rule's other clauses (so that a verdict always
# shows every clause the rule implements): ``own=True``. (The keywords are spelled out rather than passed on
# as ``**kw``: no dictionary is built and unpacked per finding.)


def ok(
    ctx: RuleContext,
    zh: str,
    en: str,
    *,
    trace: Iterable[str] = (),
    cites: Iterable[str] = (),
    deadlines: Iterable[Deadline] = (),
    extra: Iterable[CitedClause] = (),
) -> Finding:
    return ctx.finding(ALLOWED, zh, en, trace=trace, cites=cites, deadlines=deadlines, extra=extra, own=True)


def no(
    ctx: RuleContext,
    zh: str,
    en: str,
    *,
    trace: Iterable[str] = (),
    cites: Iterable[str] = (),
    deadlines: Iterable[Deadline] = (),
    extra: Iterable[CitedClause] = (),
) -> Finding:
    return ctx.finding(BLOCKED, zh, en, trace=trace, cites=cites, deadlines=deadlines, extra=extra, own=True)


def warn(
    ctx: RuleContext,
    zh: str,
    en: str,
    *,
    trace: Iterable[str] = (),
    cites: Iterable[str] = (),
    deadlines: Iterable[Deadline] = (),
    extra: Iterable[CitedClause] = (),
) -> Finding:
    return ctx.finding(WARNING, zh, en, trace=trace, cites=cites, deadlines=deadlines, extra=extra, own=True)


def ask(
    ctx: RuleContext,
    approvers: Iterable[str],
    zh: str,
    en: str,
    *,
    trace: Iterable[str] = (),
    cites: Iterable[str] = (),
    deadlines: Iterable[Deadline] = (),
    extra: Iterable[CitedClause] = (),
) -> Finding:
    return ctx.finding(
        NEEDS_APPROVAL,
        zh,
        en,
        approvers=tuple(approvers),
        trace=trace,
        cites=cites,
        deadlines=deadlines,
        extra=extra,
        own=True,
    )


def pc(ctx: RuleContext, name: str) -> list[CitedClause]:
    """The clause a parameter's value in force comes from, as ``extra`` citations."""
    return [ctx.param_cited(name)]


def cents(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def two_reviewers(facts: Facts) -> tuple[bool, str]:
    """Whether an initial and a second review were both done, by two different persons."""
    a, b = facts.get("initial_reviewer"), facts.get("second_reviewer")
    if not a or not b:
        return False, f"初审人 {a or '（缺）'}，复核人 {b or '（缺）'}"
    if a == b:
        return False, f"初审人与复核人同为 {a}"
    return True, f"初审人 {a}，复核人 {b}"


REVIEWER = {"type": "string", "minLength": 1, "maxLength": 64}

APPROVER_ROLES = [
    "section_head",
    "office",
    "deputy_in_charge",
    "chief",
    "secrecy_leading_group",
    "loan_review_group",
    "relief_leading_group",
    "directors_meeting",
    "party_group_meeting",
]
APPROVED_BY = enum_list("已审核/批准的角色 roles that have already approved", APPROVER_ROLES)


def approvals_needed(facts: Facts, needed: Iterable[str]) -> list[str]:
    """The approvers still missing, given ``approved_by`` in the facts."""
    have = set(facts.get("approved_by", []))
    return [r for r in needed if r not in have]


def ask_missing(
    ctx: RuleContext, facts: Facts, needed: Iterable[str], zh: str, en: str, done_zh: str, **kw: Any
) -> Finding:
    """needs_approval naming the approvers still missing, or allowed once ``approved_by`` covers them all."""
    needed = list(needed)
    missing = approvals_needed(facts, needed)
    if missing:
        return ask(ctx, missing, zh, en, **kw)
    kw["trace"] = [*kw.get("trace", []), "已批准：" + "、".join(needed)]
    return ok(ctx, done_zh, "approved", **kw)


# =============================================================== 公益性岗位 (tongyu-hrss:11)

EMPLOYERS = [
    "township",  # 乡镇
    "subdistrict",  # 街道
    "police_station",  # 公安基层派出所
    "food_safety_testing",  # 食品安全检测单位
    "home_service_enterprise",  # 家庭服务业企业
    "elderly_care_institution",  # 养老服务机构
    "other_absorbing_business",  # 其他吸纳就业困难人员就业能力强的经营性用人单位
    "npc_cppcc_service_bureau",  # 县人大、县政协、县政务服务局等（勤保类岗位）
    "government_organ",  # 机关
    "public_institution",  # 事业单位
    "social_organisation",  # 社会组织
    "other",  # 其他
]
POST_CATEGORIES = [
    "employment_social_security",  # 就业社会保障
    "public_security_patrol",  # 综合治安巡逻
    "judicial_mediation",  # 司法宣传调解
    "dibao_family_service",  # 低保家庭服务
    "food_safety_supervision",  # 食品安全监督
    "disability_assistance",  # 助残服务
    "cleaning_greening",  # 保洁保绿
    "home_or_elderly_service",  # 家庭服务或养老服务
    "service_support",  # 勤保类（县人大、县政协、县政务服务局等）
    "urban_management",  # 城管系统岗位
    "stability_maintenance",  # 维稳类岗位
    "organ_institution_post",  # 机关事业单位岗位
    "other",
]

check(
    "service.welfare_post_development",
    "公益性岗位开发、补充与调岗",
    "Public-welfare posts: new posts, vacancy filling and transfers",
    obj(
        ["action", "posts_in_scale", "employer_type", "post_category"],
        {
            "action": enum(
                "事项：new_post 开发新岗位、fill_vacancy 补充空缺岗位、transfer 按需调岗 the action",
                ["new_post", "fill_vacancy", "transfer"],
            ),
            "post_type": enum(
                "岗位性质：regular 一般、poverty_alleviation 扶贫、temporary 临时（后两者不计入规模）；"
                "默认 regular post type",
                ["regular", "poverty_alleviation", "temporary"],
            ),
            "posts_in_scale": d("现有计入规模的公益性岗位数 posts currently counted in the county scale", COUNT),
            "headcount": d("本次开发或补充的岗位（人）数，默认 1 posts or persons concerned", COUNT, minimum=1),
            "employer_type": enum("用人单位类别 employer type", EMPLOYERS),
            "post_category": enum("岗位类别 post category", POST_CATEGORIES),
            "hiring_mode": enum(
                "聘用形式：open_recruitment 公开招聘、employer_recommendation 用人单位推荐、"
                "vacancy_filling 空缺岗位补充 hiring mode",
                ["open_recruitment", "employer_recommendation", "vacancy_filling"],
            ),
            "announcement_fields": enum_list(
                "招聘公告已载明的内容 items stated in the recruitment notice",
                ["post_name", "pay", "duties", "requirements", "location", "subsidy_period"],
            ),
            "unrecused_relative": d(
                "经办人员与应聘人员有亲属等关系未回避，或有说情打招呼 an unrecused relative or favour-seeking",
                FLAG,
            ),
        },
    ),
)

ALLOWED_EMPLOYERS = set(EMPLOYERS[:7])
ALLOWED_CATEGORIES = set(POST_CATEGORIES[:8])


@rule(
    "service.welfare_post.scale_cap",
    check="service.welfare_post_development",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:1.1", "暂停新岗位开发、空缺岗位补充和按需调岗等工作"),
        ("tongyu-hrss:11:1.3", "扶贫公益性岗位、临时性公益性岗位不计入岗位规模"),
    ],
)
def welfare_scale_cap(facts: Facts, ctx: RuleContext) -> Finding:
    """岗位规模应在 2030 个以内（含本数）；超限期间暂停新开发、空缺补充和调岗；扶贫、临时岗位不计入规模。"""
    cap: int = ctx.param("service.welfare_post.scale_cap.limit")
    extra = pc(ctx, "service.welfare_post.scale_cap.limit")
    if facts.get("post_type", "regular") != "regular":
        return ok(
            ctx,
            "扶贫、临时性公益性岗位不计入岗位规模，不受规模上限限制（须按开发时的期限退出）",
            "poverty-alleviation and temporary posts are outside the county scale (they exit at their fixed term)",
            cites=["tongyu-hrss:11:1.3"],
            trace=["岗位性质不计入规模"],
        )
    now, n = facts["posts_in_scale"], facts.get("headcount", 1)
    if now > cap:
        return no(
            ctx,
            f"现有岗位 {now} 个超过规模上限 {cap} 个，暂停新岗位开发、空缺岗位补充和按需调岗",
            f"{now} posts exceed the cap of {cap}: new posts, vacancy filling and transfers are suspended",
            cites=["tongyu-hrss:11:1.1"],
            extra=extra,
            trace=[f"现有 {now} > 上限 {cap}"],
        )
    after = now + n if facts["action"] == "new_post" else now
    if after > cap:
        return no(
            ctx,
            f"新开发 {n} 个岗位后规模为 {after} 个，超过 {cap} 个以内的上限",
            f"{n} new posts would bring the scale to {after}, above the cap of {cap}",
            extra=extra,
            trace=[f"{now} + {n} = {after} > 上限 {cap}"],
        )
    return ok(
        ctx,
        f"岗位规模 {after} 个，在 {cap} 个以内",
        f"scale {after} posts, within the cap of {cap}",
        extra=extra,
        trace=[f"规模 {after} ≤ 上限 {cap}"],
    )


@rule(
    "service.welfare_post.employer_scope",
    check="service.welfare_post_development",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:2.1", "尤其机关事业单位和社会组织不再新增或补充"),
    ],
)
def welfare_employer_scope(facts: Facts, ctx: RuleContext) -> Finding:
    """用人单位须在规定范围内；县人大、县政协、县政务服务局等勤保类岗位另行研究（分管领导、主要领导）。"""
    e = facts["employer_type"]
    if e in ALLOWED_EMPLOYERS:
        return ok(ctx, "用人单位在规定范围内", "the employer is within the permitted scope", trace=[f"用人单位 {e}"])
    if e == "npc_cppcc_service_bureau":
        return ask(
            ctx,
            ["deputy_in_charge", "chief"],
            "县人大、县政协、县政务服务局等部门的勤保类岗位须按需求另行研究、慎重安排",
            "service-support posts at the county NPC, CPPCC or service bureau need separate study by the leaders",
            trace=[f"用人单位 {e}：另行研究"],
        )
    return no(
        ctx,
        "该用人单位不在公益性岗位用人单位范围内，不再新增或补充",
        "this employer is outside the permitted scope: no new or refilled posts",
        trace=[f"用人单位 {e} 不在范围内"],
    )


@rule(
    "service.welfare_post.category_scope",
    check="service.welfare_post_development",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:2.1", "尤其城管系统岗位、维稳类岗位和机关事业单位岗位，不再新增或补充"),
    ],
)
def welfare_category_scope(facts: Facts, ctx: RuleContext) -> Finding:
    """岗位类别须为基层公共服务类、公共管理类八类之一；勤保类岗位只在县人大等部门设置。"""
    c = facts["post_category"]
    if c in ALLOWED_CATEGORIES or (c == "service_support" and facts["employer_type"] == "npc_cppcc_service_bureau"):
        return ok(ctx, "岗位类别在规定范围内", "the post category is permitted", trace=[f"岗位类别 {c}"])
    return no(
        ctx,
        "该岗位类别不在公益性岗位范围内（城管、维稳、机关事业单位岗位等不再新增或补充）",
        "this post category is not permitted (urban management, stability, organ posts etc. may not be added)",
        trace=[f"岗位类别 {c} 不在范围内"],
    )


ANNOUNCEMENT_ZH = {
    "post_name": "岗位名称",
    "pay": "薪酬待遇",
    "duties": "工作内容",
    "requirements": "工作要求",
    "location": "工作地点",
    "subsidy_period": "补贴期限",
}


@rule(
    "service.welfare_post.recruitment",
    check="service.welfare_post_development",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:2.3", "公告内容应包括岗位名称、薪酬待遇、工作内容、工作要求、工作地点、补贴期限"),
        ("tongyu-hrss:11:2.3", "实行回避规则，严禁优亲厚友、任人唯亲和说情打招呼"),
    ],
)
def welfare_recruitment(facts: Facts, ctx: RuleContext) -> Finding | None:
    """招聘公告须载明岗位名称、薪酬待遇、工作内容、工作要求、工作地点、补贴期限；实行回避，严禁优亲厚友和说情打招呼。"""
    if "announcement_fields" not in facts and "unrecused_relative" not in facts:
        return None
    if facts.get("unrecused_relative"):
        return no(
            ctx,
            "人员聘用实行回避规则，严禁优亲厚友、任人唯亲和说情打招呼",
            "recusal applies: no favouritism or favour-seeking",
            trace=["未回避或说情打招呼"],
        )
    if "announcement_fields" in facts:
        have = set(facts["announcement_fields"])
        miss = [zh for k, zh in ANNOUNCEMENT_ZH.items() if k not in have]
        if miss:
            return no(
                ctx,
                "招聘公告缺少：" + "、".join(miss),
                "the recruitment notice lacks required items",
                trace=miss,
            )
    return ok(ctx, "招聘公告内容完整，已实行回避", "notice complete; recusal observed", trace=["公告六项齐全"])


@rule(
    "service.welfare_post.hiring_mode",
    check="service.welfare_post_development",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:2.3", "对同一岗位补充数量较少的（一般为5人以内），执行会审程序"),
        ("tongyu-hrss:11:2.3", "向分管领导、主要领导汇报研究，通过后签批上岗"),
    ],
)
def welfare_hiring_mode(facts: Facts, ctx: RuleContext) -> Finding | list[Finding] | None:
    """空缺岗位补充：同一岗位一般 5 人以内，分管领导、主要领导研究签批；批量开发新岗位公开招聘。"""
    mode = facts.get("hiring_mode")
    if mode is None or facts["action"] == "transfer":
        return None
    limit: int = ctx.param("service.welfare_post.hiring_mode.vacancy_max")
    n = facts.get("headcount", 1)
    if mode != "vacancy_filling":
        return ok(
            ctx,
            "公开招聘或用人单位推荐：按方案、公告、报名初审、资格审查、考试、体检考察、公示上岗的程序进行",
            "open recruitment / employer recommendation: plan, notice, registration, review, exam, checks, publicity",
            trace=[f"聘用形式 {mode}"],
        )
    if facts["action"] == "new_post":
        return no(
            ctx,
            "空缺岗位补充形式只用于补充空缺岗位，开发新岗位应面向社会公开招聘或由用人单位推荐",
            "vacancy filling is for vacant posts only; new posts are filled by open recruitment or recommendation",
            trace=["开发新岗位不适用空缺岗位补充"],
        )
    out = [
        ask(
            ctx,
            ["deputy_in_charge", "chief"],
            "空缺岗位补充须征求本人和用人单位意见后向分管领导、主要领导汇报研究，通过后签批上岗",
            "vacancy filling: after consulting the person and employer, the leader in charge and the chief sign off",
            extra=pc(ctx, "service.welfare_post.hiring_mode.vacancy_max"),
            trace=[f"补充 {n} 人 {'≤' if n <= limit else '>'} {limit} 人"],
        )
    ]
    if n > limit:
        out.append(
            warn(
                ctx,
                f"同一岗位补充 {n} 人，超过一般 {limit} 人以内的空缺补充规模，宜面向社会公开招聘",
                f"{n} persons for one post exceed the usual {limit} for vacancy filling: consider open recruitment",
                trace=[f"补充 {n} 人 > {limit} 人"],
            )
        )
    return out


PERSON_CATEGORIES = [
    "laid_off_unemployed",  # ①下岗失业人员
    "dibao_unemployed",  # ②享受最低生活保障且失业1年以上人员
    "disabled",  # ③残疾人员
    "zero_employment_family",  # ④零就业家庭人员
    "older_unemployed",  # ⑤大龄失业人员
    "land_lost_farmer",  # ⑥失地农民
    "college_graduate",  # 高校毕业生
    "veteran",  # 退役军人
    "military_spouse",  # 随军家属
    "other",
]

check(
    "service.welfare_post_eligibility",
    "公益性岗位安置对象资格",
    "Public-welfare posts: who may be placed",
    obj(
        ["category", "certified"],
        {
            "category": enum("人员类别 category of the person", PERSON_CATEGORIES),
            "certified": d(
                "经认定符合条件的城镇就业困难人员 certified as an urban person with employment difficulty", FLAG
            ),
            "unemployed_months": d("连续失业月数 months continuously unemployed", COUNT),
            "graduate_condition": enum(
                "高校毕业生另需满足的条件 graduate's further condition",
                ["zero_employment_family", "disabled", "dibao_family", "none"],
            ),
            "years_to_retirement": d(
                "距法定退休年龄的年数（可带小数） years to statutory retirement age",
                {"type": "number", "minimum": 0, "maximum": 60},
            ),
            "placements_before": d("此前已安置公益性岗位的次数 earlier placements", COUNT),
            "priority_candidate_waiting": d(
                "信息库中有符合岗位条件的优先安排对象在排队 an eligible priority candidate is waiting", FLAG
            ),
            "special_difficulty": d(
                "属大龄、零就业家庭、残疾等特殊困难人员 older, zero-employment family, disabled or similar", FLAG
            ),
            "filed_with_province": d("再次安置已报送省人社厅和省财政厅备案 re-placement filed with the province", FLAG),
        },
    ),
)


@rule(
    "service.welfare_post.eligible_person",
    check="service.welfare_post_eligibility",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:2.2", "未经认定或经认定不符合就业困难人员条件的不再使用"),
        ("tongyu-hrss:11:2.2", "高校毕业生在连续失业2年以上的前提下要满足以下三个条件之一"),
    ],
    params=["service.welfare_post.dibao_unemployed_months", "service.welfare_post.graduate_unemployed_months"],
)
def welfare_eligible_person(facts: Facts, ctx: RuleContext) -> Finding:
    """经认定的城镇就业困难人员六类；低保人员失业 1 年以上；高校毕业生连续失业 2 年以上且满足三条件之一。"""
    cat, months = facts["category"], facts.get("unemployed_months")
    if not facts["certified"]:
        return no(
            ctx,
            "未经认定为城镇就业困难人员，不得安置公益性岗位",
            "not certified as a person with employment difficulty: may not be placed",
            trace=["未经认定"],
        )
    if cat == "other":
        return no(
            ctx,
            "不属于就业困难人员六类或重点群体，不得安置",
            "outside the six categories and key groups: may not be placed",
            trace=[f"类别 {cat}"],
        )
    if cat == "dibao_unemployed":
        need: int = ctx.param("service.welfare_post.dibao_unemployed_months")
        extra = pc(ctx, "service.welfare_post.dibao_unemployed_months")
        got = months or 0
        if got < need:
            return no(
                ctx,
                f"享受低保人员须失业 1 年以上，现失业 {got} 个月",
                f"a 低保 recipient must have been unemployed at least {need} months; {got} months",
                extra=extra,
                trace=[f"失业 {got} 个月 < {need} 个月"],
            )
        return ok(
            ctx,
            "享受低保且失业 1 年以上，符合安置条件",
            "低保 recipient unemployed a year or more: eligible",
            extra=extra,
            trace=[f"失业 {got} 个月 ≥ {need} 个月"],
        )
    if cat == "college_graduate":
        need = ctx.param("service.welfare_post.graduate_unemployed_months")
        extra = pc(ctx, "service.welfare_post.graduate_unemployed_months")
        got = months or 0
        cond = facts.get("graduate_condition", "none")
        if got < need:
            return no(
                ctx,
                f"高校毕业生须连续失业 2 年以上，现 {got} 个月",
                f"a graduate must have been unemployed at least {need} months; {got} months",
                extra=extra,
                trace=[f"连续失业 {got} 个月 < {need} 个月"],
            )
        if cond == "none":
            return no(
                ctx,
                "高校毕业生须为零就业家庭、残疾或低保家庭毕业生之一",
                "a graduate must be from a zero-employment family, disabled, or from a 低保 family",
                extra=extra,
                trace=[f"连续失业 {got} 个月 ≥ {need} 个月；三条件均不满足"],
            )
        return ok(
            ctx,
            "高校毕业生连续失业 2 年以上且满足条件，符合安置条件",
            "graduate unemployed two years or more meeting a condition: eligible",
            extra=extra,
            trace=[f"连续失业 {got} 个月 ≥ {need} 个月；条件 {cond}"],
        )
    return ok(
        ctx,
        "经认定的城镇就业困难人员，符合安置条件",
        "certified person with employment difficulty: eligible",
        trace=[f"类别 {cat}，已认定"],
    )


@rule(
    "service.welfare_post.placement_limit",
    check="service.welfare_post_eligibility",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:3.2", "每名就业困难人员累计安置次数原则上不超过2次"),
        ("tongyu-hrss:11:3.2", "可再次按程序通过公益性岗位予以安置"),
    ],
)
def welfare_placement_limit(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """累计安置次数不超过 2 次（含本数）；再次安置限大龄、零就业家庭、残疾等特殊困难人员，并报省厅备案。"""
    limit: int = ctx.param("service.welfare_post.placement_limit.max")
    extra = pc(ctx, "service.welfare_post.placement_limit.max")
    before = facts.get("placements_before", 0)
    nth = before + 1
    if nth > limit:
        return [
            no(
                ctx,
                f"本次为第 {nth} 次安置，超过累计 {limit} 次的上限",
                f"this would be placement no. {nth}, above the limit of {limit}",
                extra=extra,
                trace=[f"第 {nth} 次 > {limit} 次"],
            )
        ]
    out = [
        ok(
            ctx,
            f"本次为第 {nth} 次安置，未超过 {limit} 次",
            f"placement no. {nth}, within the limit of {limit}",
            extra=extra,
            trace=[f"第 {nth} 次 ≤ {limit} 次"],
        )
    ]
    if before >= 1:
        special = facts.get("special_difficulty") or facts["category"] in (
            "older_unemployed",
            "zero_employment_family",
            "disabled",
        )
        if not special:
            out.append(
                no(
                    ctx,
                    "再次安置限于退出后仍难以就业的大龄、零就业家庭成员、残疾人等特殊困难人员",
                    "re-placement is only for older, zero-employment-family, disabled or similar persons",
                    trace=["再次安置：非特殊困难人员"],
                )
            )
        elif not facts.get("filed_with_province"):
            out.append(
                warn(
                    ctx,
                    "再次安置须报送省人社厅和省财政厅备案，岗位补贴和社保补贴期限重新计算",
                    "a re-placement must be filed with the provincial HRSS and finance departments",
                    trace=["再次安置：尚未备案"],
                )
            )
    return out


@rule(
    "service.welfare_post.priority",
    check="service.welfare_post_eligibility",
    agencies=TY,
    cites=[("tongyu-hrss:11:2.2", "应优先安排符合岗位条件的距离法定退休年龄不足5年人员和零就业家庭成员")],
)
def welfare_priority(facts: Facts, ctx: RuleContext) -> Finding:
    """距法定退休年龄不足 5 年（不含 5 年）的人员和零就业家庭成员优先安排。"""
    years: int = ctx.param("service.welfare_post.priority.years_to_retirement")
    left = facts.get("years_to_retirement")
    zero = facts["category"] == "zero_employment_family"
    near = left is not None and Fraction(str(left)) < years
    trace = [
        f"距退休 {num(Fraction(str(left)))} 年 {'<' if near else '≥'} {years} 年"
        if left is not None
        else "距退休年限未填"
    ]
    if near or zero:
        return ok(
            ctx,
            "属优先安排对象（距法定退休年龄不足 5 年或零就业家庭成员）",
            "priority candidate (under five years to retirement, or zero-employment family)",
            trace=trace,
        )
    if facts.get("priority_candidate_waiting"):
        return no(
            ctx,
            "信息库中有符合岗位条件的优先安排对象，应按排序先安排优先对象",
            "an eligible priority candidate is waiting: place by the ranking",
            trace=[*trace, "有优先对象排队"],
        )
    return ok(ctx, "不属优先安排对象，按排序机制安排", "no priority: placed in ranking order", trace=trace)


check(
    "service.welfare_post_term",
    "公益性岗位补贴期限",
    "Public-welfare posts: subsidy term",
    obj(
        ["entry_date"],
        {
            "entry_date": d("进入公益性岗位日期 date of entry to the post", DATE),
            "retirement_date": d("达到法定退休年龄日期 date of reaching statutory retirement age", DATE),
            "term_end": d("拟享受补贴至（最后一日） proposed last day of subsidy", DATE),
            "employed": d("已实现就业 has found a job", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


def _welfare_term_end(facts: Facts, ctx: RuleContext) -> tuple[dt.date | None, list[str]]:
    entry = parse_day(facts["entry_date"], "entry_date")
    start = parse_day(ctx.param("service.welfare_post.term.from"), "service.welfare_post.term.from")
    if entry < start:
        return None, [f"进入日期 {iso(entry)} 早于 {iso(start)}：老人老办法"]
    months: int = ctx.param("service.welfare_post.term.months")
    end = add_months_clamped(entry, months) - dt.timedelta(days=1)
    trace = [f"{iso(entry)} 起 {months} 个月，补贴至 {iso(end)}"]
    retire = day(facts, "retirement_date")
    near: int = ctx.param("service.welfare_post.term.near_retirement_months")
    if retire is not None and retire < add_months_clamped(entry, near):
        trace.append(f"进入时距退休 {iso(retire)} 不足 {near // 12} 年，可延长至退休")
        return max(end, retire - dt.timedelta(days=1)), trace
    w0 = parse_day(ctx.param("service.welfare_post.term.extension_from"), "extension_from")
    w1 = parse_day(ctx.param("service.welfare_post.term.extension_to"), "extension_to")
    if w0 <= end <= w1 and not facts.get("employed"):
        ext: int = ctx.param("service.welfare_post.term.extension_months")
        new_end = add_months_clamped(end + dt.timedelta(days=1), ext) - dt.timedelta(days=1)
        trace.append(f"期满日 {iso(end)} 在 {iso(w0)}–{iso(w1)} 且未就业：延长 {ext} 个月至 {iso(new_end)}")
        end = new_end
    return end, trace


@rule(
    "service.welfare_post.term",
    check="service.welfare_post_term",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:3.2", "公益性岗位补贴期限不超过3年，距离退休年龄不足5年的人员可延长至退休"),
        ("tongyu-hrss:11:3.2", "政策享受期限可延长1年"),
        ("tongyu-hrss:11:3.1", "对2020年以前的在岗人员"),
    ],
)
def welfare_term(facts: Facts, ctx: RuleContext) -> Finding:
    """2016-01-01 起进入的补贴期限不超过 3 年；进入时距退休不足 5 年的可延至退休；2020 年期满未就业的延长 1 年。"""
    end, trace = _welfare_term_end(facts, ctx)
    if end is None:
        return warn(
            ctx,
            "2016年1月1日以前进入的人员实行“老人老办法”，逐步消化退出",
            "entrants before 2016-01-01 follow the old arrangement and exit gradually",
            cites=["tongyu-hrss:11:3.1"],
            trace=trace,
        )
    dl = plain_deadline(end, "公益性岗位补贴期满", "end of the public-welfare-post subsidy", trace)
    asked = day(facts, "term_end")
    if asked is not None and asked > end:
        return no(
            ctx,
            f"拟享受补贴至 {iso(asked)}，超过补贴期限（至 {iso(end)}）",
            f"subsidy to {iso(asked)} exceeds the term ending {iso(end)}",
            trace=[*trace, f"拟至 {iso(asked)} > {iso(end)}"],
            deadlines=[dl],
        )
    now = today(facts, ctx)
    if asked is None and now > end:
        return no(
            ctx,
            f"补贴期限已于 {iso(end)} 届满，应退出公益性岗位",
            f"the subsidy term ended on {iso(end)}: the person must exit the post",
            trace=[*trace, f"今日 {iso(now)} > {iso(end)}"],
            deadlines=[dl],
        )
    return ok(
        ctx,
        f"补贴期限至 {iso(end)}",
        f"subsidy term runs to {iso(end)}",
        trace=trace,
        deadlines=[dl],
    )


@rule(
    "service.welfare_post.expiry_notice",
    check="service.welfare_post_term",
    agencies=TY,
    cites=[("tongyu-hrss:11:3.2", "对距享受补贴期满不足半年人员")],
    params=["service.welfare_post.term.months"],
)
def welfare_expiry_notice(facts: Facts, ctx: RuleContext) -> Finding | None:
    """距补贴期满不足半年（不含恰好半年）的，及时提供培训、职业指导和职业介绍。"""
    end, trace = _welfare_term_end(facts, ctx)
    if end is None:
        return None
    months: int = ctx.param("service.welfare_post.expiry_notice.months")
    now = today(facts, ctx)
    if now > end:
        return None
    # remaining time is under half a year when today is after the day `months` months before the end
    cut = add_months_clamped(end, -months)
    if now > cut:
        return warn(
            ctx,
            f"距补贴期满（{iso(end)}）不足半年，应及时提供职业技能培训、职业指导和职业介绍",
            f"under six months to the end of the subsidy ({iso(end)}): provide training and job referral",
            trace=[*trace, f"今日 {iso(now)} 晚于 {iso(cut)}（期满前 {months} 个月）"],
        )
    return ok(
        ctx,
        "距补贴期满尚有半年以上",
        "six months or more to the end of the subsidy",
        trace=[*trace, f"今日 {iso(now)} 不晚于 {iso(cut)}"],
    )


check(
    "service.welfare_post_supervision",
    "公益性岗位在岗监管（考核、核查、影像指纹验证）",
    "Public-welfare posts: supervision of post holders",
    obj(
        [],
        {
            "fingerprint_verification": enum(
                "本年度影像指纹验证：attended 已参加、absent_with_reason 有正当理由未参加、"
                "absent_without_reason 无正当理由未参加 "
                "annual image and fingerprint verification",
                ["attended", "absent_with_reason", "absent_without_reason"],
            ),
            "post_switching": d("擅自调岗串岗 switched posts without permission", FLAG),
            "absent_from_post": d("挂岗空岗 holds the post without working it", FLAG),
            "stable_job_elsewhere": d("已通过其他渠道实现稳定就业 has a stable job elsewhere", FLAG),
            "last_assessment_report": d("用人单位上次报告考核情况的日期 employer's last assessment report", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.welfare_post.dismissal",
    check="service.welfare_post_supervision",
    agencies=TY,
    cites=[
        ("tongyu-hrss:11:4.3", "对无正当理由未按规定时限参加影像指纹验证的"),
        ("tongyu-hrss:11:4.2", "对通过其他渠道实现稳定就业的公益性岗位人员要按规定退出"),
    ],
)
def welfare_dismissal(facts: Facts, ctx: RuleContext) -> Finding:
    """无正当理由未参加影像指纹验证、擅自调岗串岗、挂岗空岗的清退；已稳定就业的按规定退出。"""
    reasons = []
    if facts.get("fingerprint_verification") == "absent_without_reason":
        reasons.append("无正当理由未参加影像指纹验证")
    if facts.get("post_switching"):
        reasons.append("擅自调岗串岗")
    if facts.get("absent_from_post"):
        reasons.append("挂岗空岗")
    if reasons:
        return no(
            ctx,
            "应进行清退处理：" + "、".join(reasons),
            "the holder must be dismissed (verification missed, post switching or absent post holding)",
            cites=["tongyu-hrss:11:4.3"],
            trace=reasons,
        )
    if facts.get("stable_job_elsewhere"):
        return no(
            ctx,
            "已通过其他渠道实现稳定就业，应按规定退出公益性岗位",
            "has a stable job elsewhere: must exit the post",
            cites=["tongyu-hrss:11:4.2"],
            trace=["已稳定就业"],
        )
    return ok(ctx, "未发现清退或退出情形", "no ground for dismissal or exit", trace=["无清退情形"])


@rule(
    "service.welfare_post.assessment_report",
    check="service.welfare_post_supervision",
    agencies=TY,
    cites=[("tongyu-hrss:11:4.1", "每半年向人社部门报告一次考核情况")],
)
def welfare_assessment_report(facts: Facts, ctx: RuleContext) -> Finding | None:
    """用人单位每半年向人社部门报告一次考核情况。"""
    last = day(facts, "last_assessment_report")
    if last is None:
        return None
    months: int = ctx.param("service.welfare_post.assessment_report.months")
    due = add_months_clamped(last, months)
    dl = plain_deadline(due, "下次考核情况报告", "next assessment report")
    return timed(
        ctx,
        dl,
        None,
        today(facts, ctx),
        "报告考核情况",
        "assessment report",
        late=WARNING,
        trace=[f"上次报告 {iso(last)} + {months} 个月 = {iso(due)}"],
    )


# =============================================================== 农民工工资保证金 (tongyu-hrss:13)

check(
    "wage_deposit.rate",
    "农民工工资保证金存储比例与金额",
    "Migrant-wage deposit: rate and amount",
    obj(
        ["contract_price", "rate_percent"],
        {
            "contract_price": d("工程承发包合同价款（元） construction contract price", MONEY),
            "rate_percent": d("拟核定的存储比例（%） proposed deposit rate in percent", PERCENT),
            "form": enum(
                "缴存形式：cash 现金、bank_guarantee 金融机构保函；默认 cash form of deposit",
                ["cash", "bank_guarantee"],
            ),
            "period": enum(
                "保证期限：first 首次、subsequent 下一个保证期限；默认 first guarantee period", ["first", "subsequent"]
            ),
            "first_rate_percent": d("首次存储时核定的比例（%） rate set at the first deposit", PERCENT),
            "previous_rate_percent": d("上一个保证期限的比例（%） rate of the previous period", PERCENT),
            "arrears_in_previous_period": d("上一个保证期限内发生工资拖欠 wage arrears in the previous period", FLAG),
            "integrity_grade_a": d("劳动保障守法诚信等级评价为A级 integrity grade A", FLAG),
            "no_arrears_three_years": d(
                "三年内在本县不存在拖欠农民工工资行为 no arrears in the county for three years", FLAG
            ),
            "violation": d("有违法行为发生 the employer has committed a violation", FLAG),
            "amount": d("实际存储金额（元） amount deposited", MONEY),
            "account": enum("存入账户：dedicated 人社局保证金专户、other 其他账户 account", ["dedicated", "other"]),
            "issue_notice": d("拟出具《已缴纳农民工工资保证金通知书》 a deposit-paid notice is to be issued", FLAG),
            "voucher_received": d("已收到用工单位存款凭证 deposit voucher received", FLAG),
        },
    ),
)


def _range_finding(
    ctx: RuleContext, rate: Fraction, lo: Fraction, hi: Fraction, what_zh: str, what_en: str, extra: list[CitedClause]
) -> Finding:
    trace = f"{show_pct(lo)} ≤ {show_pct(rate)} ≤ {show_pct(hi)}"
    if lo <= rate <= hi:
        return ok(
            ctx,
            f"{what_zh}{show_pct(rate)} 符合标准",
            f"{what_en} {show_pct(rate)} is within the standard",
            extra=extra,
            trace=[trace],
        )
    rel = f"{show_pct(rate)} < {show_pct(lo)}" if rate < lo else f"{show_pct(rate)} > {show_pct(hi)}"
    return no(
        ctx,
        f"{what_zh}{show_pct(rate)} 不符合标准（应为 {show_pct(lo)}–{show_pct(hi)}）",
        f"{what_en} {show_pct(rate)} is outside the standard {show_pct(lo)}–{show_pct(hi)}",
        extra=extra,
        trace=[rel],
    )


@rule(
    "wage_deposit.rate.standard",
    check="wage_deposit.rate",
    agencies=TY,
    cites=[
        ("tongyu-hrss:13:5.1", "按照工程承发包合同价款的4%-5%核定保证金存储金额"),
        ("tongyu-hrss:13:5.2", "调减后的标准不得低于2%"),
        ("tongyu-hrss:13:5.2", "调增后的标准不得高于6%"),
        ("tongyu-hrss:13:5.3", "可在调减标准基础上进一步酌情降低存储比例"),
    ],
)
def deposit_rate_standard(facts: Facts, ctx: RuleContext) -> Finding | None:
    """首次 4%–5%；未拖欠的下期可调减 1%（不低于 2%）；拖欠的下期按首次标准调增 1%（不高于 6%）；
    A 级且三年无拖欠的现金缴存可在调减标准基础上酌情再降（本实现仍以 2% 为底线，见参数读法）。"""
    if facts.get("form", "cash") != "cash":
        return None
    p = "wage_deposit.rate."
    rate = pct(facts["rate_percent"])
    if facts.get("period", "first") == "first":
        lo, hi = ctx.param(p + "first_min"), ctx.param(p + "first_max")
        return _range_finding(ctx, rate, lo, hi, "首次存储比例", "first-period rate", pc(ctx, p + "first_min"))
    step: Fraction = ctx.param(p + "step")
    if facts.get("arrears_in_previous_period"):
        first = facts.get("first_rate_percent")
        if first is None:
            raise BadInput(
                "调增须填首次存储比例 first_rate_percent", "an increase needs first_rate_percent", "first_rate_percent"
            )
        ceiling: Fraction = ctx.param(p + "ceiling")
        want = min(pct(first) + step, ceiling)
        return _range_finding(
            ctx,
            rate,
            want,
            want,
            "上期拖欠，调增后的存储比例",
            "rate after an increase for arrears",
            pc(ctx, p + "ceiling"),
        )
    prev = facts.get("previous_rate_percent")
    if prev is None:
        raise BadInput(
            "调减须填上期比例 previous_rate_percent", "a decrease needs previous_rate_percent", "previous_rate_percent"
        )
    floor: Fraction = ctx.param(p + "floor")
    lo = max(pct(prev) - step, floor)
    if facts.get("integrity_grade_a") and facts.get("no_arrears_three_years"):
        lo = floor if ctx.param(p + "floor_binds_a_grade") else Fraction(0)
        return _range_finding(
            ctx,
            rate,
            lo,
            pct(prev),
            "A级且三年无拖欠，酌情降低后的存储比例",
            "A-grade discretionary rate",
            pc(ctx, p + "floor_binds_a_grade"),
        )
    return _range_finding(
        ctx, rate, lo, pct(prev), "上期无拖欠，调减后的存储比例", "rate after a decrease", pc(ctx, p + "floor")
    )


@rule(
    "wage_deposit.rate.guarantee",
    check="wage_deposit.rate",
    agencies=TY,
    cites=[
        ("tongyu-hrss:13:5.2", "用金融机构保函代替的，一律按工程合同价款的4%交纳"),
        ("tongyu-hrss:13:5.2", "有违法行为发生的，取消保函代替资格"),
    ],
)
def deposit_guarantee(facts: Facts, ctx: RuleContext) -> Finding | None:
    """以金融机构保函代替的一律按 4%；有违法行为的取消保函代替资格。"""
    if facts.get("form", "cash") != "bank_guarantee":
        return None
    if facts.get("violation"):
        return no(
            ctx,
            "用工单位有违法行为，取消保函代替资格，应以现金存储",
            "the employer has a violation: a guarantee letter may no longer replace cash",
            trace=["有违法行为"],
        )
    want: Fraction = ctx.param("wage_deposit.rate.guarantee.rate")
    rate = pct(facts["rate_percent"])
    return _range_finding(
        ctx, rate, want, want, "保函代替的比例", "guarantee-letter rate", pc(ctx, "wage_deposit.rate.guarantee.rate")
    )


@rule(
    "wage_deposit.rate.amount",
    check="wage_deposit.rate",
    agencies=TY,
    cites=[
        ("tongyu-hrss:13:4", "核定保证金存储金额"),
        ("tongyu-hrss:13:6", "该账户实行专户管理，专款专用，不得挪用"),
        ("tongyu-hrss:13:4", "依据用工单位存储保证金的存款凭证"),
    ],
)
def deposit_amount(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """存储金额 = 合同价款 × 比例（分位四舍五入）；存入人社局保证金专户；凭存款凭证出具通知书。"""
    price = money(facts["contract_price"])
    need = cents(price * Decimal(str(facts["rate_percent"])) / 100)
    trace = [f"{yuan(price)} × {num(Decimal(str(facts['rate_percent'])))}% = {yuan(need)}"]
    out: list[Finding] = []
    got = facts.get("amount")
    if got is None:
        out.append(
            ok(ctx, f"应存储保证金 {yuan(need)}", f"deposit due: {yuan(need)}", trace=trace, cites=["tongyu-hrss:13:4"])
        )
    elif money(got) < need:
        out.append(
            no(
                ctx,
                f"实际存储 {yuan(money(got))} 少于应存储 {yuan(need)}",
                f"{yuan(money(got))} deposited is less than the {yuan(need)} due",
                trace=[*trace, f"{yuan(money(got))} < {yuan(need)}"],
                cites=["tongyu-hrss:13:4"],
            )
        )
    else:
        out.append(
            ok(
                ctx,
                f"实际存储 {yuan(money(got))}，不少于应存储 {yuan(need)}",
                f"{yuan(money(got))} deposited covers the {yuan(need)} due",
                trace=[*trace, f"{yuan(money(got))} ≥ {yuan(need)}"],
                cites=["tongyu-hrss:13:4"],
            )
        )
    if facts.get("account") == "other":
        out.append(
            no(
                ctx,
                "保证金须存入人社局在合作银行设立的统一保证金专户，不得存入其他账户",
                "the deposit must go to the bureau's dedicated account, not another account",
                cites=["tongyu-hrss:13:6"],
                trace=["账户：其他"],
            )
        )
    if facts.get("issue_notice") and not facts.get("voucher_received"):
        out.append(
            no(
                ctx,
                "未收到存款凭证，不得出具《已缴纳农民工工资保证金通知书》",
                "no deposit voucher: the deposit-paid notice may not be issued",
                cites=["tongyu-hrss:13:4"],
                trace=["无存款凭证"],
            )
        )
    return out


check(
    "wage_deposit.payout",
    "动用保证金支付拖欠工资及补存",
    "Migrant-wage deposit: paying arrears from the deposit and replenishment",
    obj(
        ["trigger", "verified"],
        {
            "trigger": enum(
                "情形：employer_arrears 拖欠工资、debtor_absconded_or_dead 负债人逃匿或死亡、paid_to_subcontractor "
                "工资发放给劳务承包人、paid_to_unqualified 发放给不具备资质的组织或个人、other 其他 ground",
                [
                    "employer_arrears",
                    "debtor_absconded_or_dead",
                    "paid_to_subcontractor",
                    "paid_to_unqualified",
                    "other",
                ],
            ),
            "verified": d("经核查确认 verified by inspection", FLAG),
            "balance_insufficient": d("支付后保证金余额不足 balance insufficient after the payout", FLAG),
            "ordered_on": d("责令补存之日 date replenishment was ordered", DATE),
            "replenished_on": d("补存之日 date replenished", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "wage_deposit.payout.verified",
    check="wage_deposit.payout",
    agencies=TY,
    cites=[
        ("tongyu-hrss:13:7", "经核查确认，劳动监察大队可启动保证金支付程序"),
        ("tongyu-hrss:13:11.4", "违规使用保证金支付拖欠农民工工资的"),
    ],
)
def deposit_payout(facts: Facts, ctx: RuleContext) -> Finding:
    """拖欠等情形经核查确认后，劳动监察大队方可启动保证金支付程序。"""
    if not facts["verified"]:
        return no(
            ctx,
            "未经核查确认，不得启动保证金支付程序",
            "not verified: the deposit may not be used",
            trace=["未核查确认"],
        )
    return ok(
        ctx,
        "经核查确认，可启动保证金支付程序",
        "verified: the deposit may pay the arrears",
        trace=[f"情形 {facts['trigger']}，已核查"],
    )


@rule(
    "wage_deposit.payout.replenish",
    check="wage_deposit.payout",
    agencies=TY,
    cites=[("tongyu-hrss:13:8", "责令用工单位在15日内补存已经支付的保证金")],
)
def deposit_replenish(facts: Facts, ctx: RuleContext) -> Finding | None:
    """保证金余额不足的，责令用工单位在 15 日（日历日）内补存。"""
    if not facts.get("balance_insufficient"):
        return None
    start = day(facts, "ordered_on")
    if start is None:
        raise BadInput(
            "余额不足须填责令补存日 ordered_on", "ordered_on is needed when the balance is insufficient", "ordered_on"
        )
    n: int = ctx.param("wage_deposit.payout.replenish.days")
    dl = ctx.deadline(start, n, "days", "补存保证金期限", "replenishment due")
    return timed(
        ctx,
        dl,
        day(facts, "replenished_on"),
        today(facts, ctx),
        "补存保证金",
        "replenishment",
        extra=pc(ctx, "wage_deposit.payout.replenish.days"),
    )


check(
    "wage_deposit.refund",
    "保证金返还",
    "Migrant-wage deposit: refund",
    obj(
        ["completion_accepted", "arrears_found"],
        {
            "completion_accepted": d("工程竣工验收合格 completion accepted", FLAG),
            "completion_certificate": d("提交工程竣工验收凭证 completion certificate submitted", FLAG),
            "wage_vouchers": d("提交当期工资支付凭证 current wage-payment vouchers submitted", FLAG),
            "arrears_found": d("经确认存在拖欠工资行为 wage arrears found", FLAG),
            "interest_settled_on": d("利息结算日 date interest was settled", DATE),
            "refunded_on": d("退还日 date refunded", DATE),
            "lump_sum": d("一次性退还本金和利息（默认是） principal and interest refunded in one payment", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "wage_deposit.refund.conditions",
    check="wage_deposit.refund",
    agencies=TY,
    cites=[("tongyu-hrss:13:9", "向劳动监察大队提交工程竣工验收凭证和当期工资支付凭证申请返还保证金")],
)
def deposit_refund_conditions(facts: Facts, ctx: RuleContext) -> Finding:
    """竣工验收合格、提交竣工验收凭证和当期工资支付凭证、确认无拖欠后方可返还。"""
    missing = []
    if not facts["completion_accepted"]:
        missing.append("工程未竣工验收合格")
    if not facts.get("completion_certificate", True):
        missing.append("缺竣工验收凭证")
    if not facts.get("wage_vouchers", True):
        missing.append("缺当期工资支付凭证")
    if facts["arrears_found"]:
        missing.append("存在拖欠工资行为")
    if missing:
        return no(ctx, "不得返还保证金：" + "、".join(missing), "the deposit may not be refunded yet", trace=missing)
    return ok(ctx, "符合返还条件", "refund conditions met", trace=["竣工验收合格、凭证齐全、无拖欠"])


@rule(
    "wage_deposit.refund.deadline",
    check="wage_deposit.refund",
    agencies=TY,
    cites=[
        ("tongyu-hrss:13:9", "利息结算后，在15个工作日内一次性将保证金本金和利息退还给用工单位"),
        ("tongyu-hrss:13:11.6", "未按规定一次性将保证金本金和利息退还给用工单位的"),
    ],
)
def deposit_refund_deadline(facts: Facts, ctx: RuleContext) -> Finding | None:
    """利息结算后 15 个工作日内一次性退还本金和利息。"""
    settled = day(facts, "interest_settled_on")
    if settled is None:
        return None
    if facts.get("lump_sum") is False:
        return no(
            ctx,
            "须一次性将保证金本金和利息退还用工单位，不得分次退还",
            "principal and interest must be refunded in one payment",
            trace=["非一次性退还"],
        )
    n: int = ctx.param("wage_deposit.refund.deadline.working_days")
    dl = ctx.deadline(settled, n, "working_days", "退还保证金本息期限", "refund due")
    return timed(
        ctx,
        dl,
        day(facts, "refunded_on"),
        today(facts, ctx),
        "退还保证金本息",
        "refund",
        extra=pc(ctx, "wage_deposit.refund.deadline.working_days"),
    )


check(
    "wage_deposit.annual_report",
    "保证金存储和返还情况年度汇报",
    "Migrant-wage deposit: annual report",
    obj(
        ["year"],
        {
            "year": d("年度 year", {"type": "integer", "minimum": 2000, "maximum": 2100}),
            "reported_to_directors_meeting": d("已在局长办公会上汇报 reported at the director's office meeting", FLAG),
            "filed_with_discipline_group": d("已报驻局纪检监察组备查 filed with the stationed discipline group", FLAG),
        },
    ),
)


@rule(
    "wage_deposit.annual_report",
    check="wage_deposit.annual_report",
    agencies=TY,
    cites=[("tongyu-hrss:13:10", "保证金存储和返还情况每年在局长办公会上进行汇报，年度报驻局纪检监察组备查")],
)
def deposit_annual_report(facts: Facts, ctx: RuleContext) -> Finding:
    """每年在局长办公会上汇报，年度报驻局纪检监察组备查。"""
    missing = []
    if not facts.get("reported_to_directors_meeting"):
        missing.append("未在局长办公会上汇报")
    if not facts.get("filed_with_discipline_group"):
        missing.append("未报驻局纪检监察组备查")
    if missing:
        return warn(
            ctx, f"{facts['year']} 年度：" + "、".join(missing), "the annual report or filing is missing", trace=missing
        )
    return ok(ctx, f"{facts['year']} 年度已汇报并备查", "reported and filed", trace=["已汇报、已备查"])


# =============================================================== 创业担保贷款 (tongyu-hrss:15)

check(
    "loan.application",
    "创业担保贷款申请审查与送银行核贷时限",
    "Start-up guaranteed loans: review and bank time limits",
    obj(
        ["received_on"],
        {
            "received_on": d("收到申请书及相关材料之日 application and materials received", DATE),
            "reviewed_on": d("完成综合审查之日 review completed", DATE),
            "extension_requested": d("因特殊情况需要延期 an extension is needed", FLAG),
            "extension_approved": d("延期经单位领导批准 extension approved by the unit leader", FLAG),
            "applicant_notified": d("已告知办事人延期 applicant told of the extension", FLAG),
            "site_check_passed_on": d("上报材料及实地审查合格之日 documents and site check passed", DATE),
            "sent_to_bank_on": d("送贷款经办银行之日 sent to the handling bank", DATE),
            "bank_decided_on": d("银行核贷之日 bank decision", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "loan.application.review_deadline",
    check="loan.application",
    agencies=TY,
    cites=[
        ("tongyu-hrss:15:6", "要在7个工作日内对其常规资料以及偿还能力和反担保等情况进行综合审查"),
        ("tongyu-hrss:15:6", "应经单位领导批准，适当延长办理时限，并及时告知办事人"),
    ],
)
def loan_review_deadline(facts: Facts, ctx: RuleContext) -> Finding:
    """收到申请及材料后 7 个工作日内完成综合审查；延期须单位领导批准并告知办事人。"""
    n: int = ctx.param("loan.application.review_deadline.working_days")
    received = parse_day(facts["received_on"], "received_on")
    dl = ctx.deadline(received, n, "working_days", "贷款综合审查期限", "loan review due")
    extra = pc(ctx, "loan.application.review_deadline.working_days")
    if facts.get("extension_requested"):
        if not facts.get("extension_approved"):
            return ask(
                ctx,
                ["chief"],
                "因特殊情况延期办理，须经单位领导批准并及时告知办事人",
                "an extension needs the unit leader's approval and notice to the applicant",
                extra=extra,
                deadlines=[dl],
                trace=[f"原期限 {iso(dl.date)}，申请延期"],
            )
        if not facts.get("applicant_notified"):
            return warn(
                ctx,
                "延期已批准，须及时告知办事人",
                "extension approved: tell the applicant",
                extra=extra,
                deadlines=[dl],
                trace=["延期已批准，未告知"],
            )
        return ok(
            ctx,
            "延期已经批准并告知办事人",
            "extension approved and notified",
            extra=extra,
            deadlines=[dl],
            trace=["延期已批准、已告知"],
        )
    return timed(ctx, dl, day(facts, "reviewed_on"), today(facts, ctx), "完成贷款综合审查", "loan review", extra=extra)


@rule(
    "loan.application.bank",
    check="loan.application",
    agencies=TY,
    cites=[
        ("tongyu-hrss:15:7", "并在5个工作日内送贷款经办银行核贷"),
        ("tongyu-hrss:15:7", "贷款经办银行复核后，7个工作日内给予核贷"),
    ],
)
def loan_bank(facts: Facts, ctx: RuleContext) -> list[Finding] | None:
    """实地审查合格后 5 个工作日内送经办银行；银行 7 个工作日内核贷（银行逾期作提醒）。"""
    out: list[Finding] = []
    now = today(facts, ctx)
    passed = day(facts, "site_check_passed_on")
    if passed is not None:
        n: int = ctx.param("loan.application.bank.send_working_days")
        dl = ctx.deadline(passed, n, "working_days", "送经办银行核贷期限", "send to bank due")
        out.append(
            timed(
                ctx,
                dl,
                day(facts, "sent_to_bank_on"),
                now,
                "送经办银行核贷",
                "sending to the bank",
                cites=["tongyu-hrss:15:7"],
                extra=pc(ctx, "loan.application.bank.send_working_days"),
            )
        )
    sent = day(facts, "sent_to_bank_on")
    if sent is not None:
        m: int = ctx.param("loan.application.bank.bank_working_days")
        dl2 = ctx.deadline(sent, m, "working_days", "经办银行核贷期限", "bank decision due")
        out.append(
            timed(
                ctx,
                dl2,
                day(facts, "bank_decided_on"),
                now,
                "经办银行核贷",
                "bank decision",
                late=WARNING,
                extra=pc(ctx, "loan.application.bank.bank_working_days"),
            )
        )
    return out or None


check(
    "loan.approval",
    "创业担保贷款额度审批",
    "Start-up guaranteed loans: approval route",
    obj(
        ["amount"],
        {
            "amount": d("单笔贷款额度（元） loan amount", MONEY),
            "applicant_eligible": d("申请人在服务对象范围内（默认是） applicant within the target group", FLAG),
            "has_project": d("有项目（默认是） there is a project", FLAG),
            "pre_loan_investigation": d("已做贷前调查（默认是） pre-loan investigation done", FLAG),
            "post_loan_management": d("落实贷后管理（默认是） post-loan management in place", FLAG),
            "in_own_name": d("以本人名义贷款（默认是） borrowing in one's own name", FLAG),
            "lawful_low_profit": d("属合法经营的微利项目（默认是） lawful low-profit business", FLAG),
            "discouraged_industry": d("属国家政策不予鼓励的行业 an industry policy discourages", FLAG),
            "materials_true_complete": d("材料真实合法齐全（默认是） materials true, lawful and complete", FLAG),
            "favour_loan": d("属权利款、人情款、关系款、招呼款、好处款 a favour loan", FLAG),
            "ready_on": d("达到会审要求（初审完成）之日 date the loan became ready for group review", DATE),
            "urgent": d("金额较大、贷款急迫，随时会审 large and urgent: reviewed at any time", FLAG),
            "reviewed_on": d("会审组会审之日 date of the group review", DATE),
            "today": d("今日（默认评估日） today", DATE),
            "approved_by": APPROVED_BY,
        },
    ),
)


@rule(
    "loan.approval.route",
    check="loan.approval",
    agencies=TY,
    cites=[
        ("tongyu-hrss:15:8", "单笔贷款额度达到20万元以上（含20万元）的贷款必须由会审组集体研究讨论决定"),
        ("tongyu-hrss:15:8", "由小额贷款担保中心主任负责审核把关，并由主管局长签字审批，每季度向会审组汇报"),
    ],
)
def loan_route(facts: Facts, ctx: RuleContext) -> Finding:
    """单笔 20 万元以上（含）由会审组集体决定；以下由担保中心主任审核、主管局长签批，每季度向会审组汇报。"""
    limit: Decimal = ctx.param("loan.approval.route.group_threshold")
    amount = money(facts["amount"])
    extra = pc(ctx, "loan.approval.route.group_threshold")
    if amount >= limit:
        return ask_missing(
            ctx,
            facts,
            ["loan_review_group"],
            f"单笔贷款 {yuan(amount)} 达到 {yuan(limit)} 以上，须由会审组集体研究讨论决定",
            f"a loan of {yuan(amount)} (≥ {yuan(limit)}) must be decided by the review group",
            "会审组已集体研究决定",
            extra=extra,
            trace=[f"{yuan(amount)} ≥ {yuan(limit)}"],
        )
    return ask_missing(
        ctx,
        facts,
        ["section_head", "deputy_in_charge"],
        f"单笔贷款 {yuan(amount)} 在 {yuan(limit)} 以下，由小额贷款担保中心主任审核、"
        "主管局长签字审批，每季度向会审组汇报",
        f"a loan of {yuan(amount)} (< {yuan(limit)}): centre head reviews, director in charge signs; quarterly report",
        "担保中心主任已审核、主管局长已签批（每季度向会审组汇报）",
        extra=extra,
        trace=[f"{yuan(amount)} < {yuan(limit)}"],
    )


@rule(
    "loan.approval.session",
    check="loan.approval",
    agencies=TY,
    cites=[("tongyu-hrss:15:9", "每周一上午定期对上周达到会审要求的贷款，采取集体会审机制")],
    params=["loan.approval.route.group_threshold"],
)
def loan_session(facts: Facts, ctx: RuleContext) -> Finding | None:
    """会审组每周一上午集体会审上周达到会审要求的贷款；金额较大、贷款急迫的随时会审。"""
    ready = day(facts, "ready_on")
    limit: Decimal = ctx.param("loan.approval.route.group_threshold")
    if ready is None or money(facts["amount"]) < limit:
        return None
    if facts.get("urgent"):
        return ok(
            ctx,
            "金额较大、贷款急迫，可随时会审",
            "large and urgent: may be reviewed at any time",
            trace=["随时会审"],
        )
    monday = ready + dt.timedelta(days=7 - ready.weekday())
    dl = plain_deadline(monday, "会审组定期会审日（周一上午）", "weekly review session (Monday morning)")
    return timed(
        ctx,
        dl,
        day(facts, "reviewed_on"),
        today(facts, ctx),
        "会审",
        "group review",
        late=WARNING,
        trace=[f"{iso(ready)} 达到会审要求 → 下周一 {iso(monday)}"],
    )


@rule(
    "loan.approval.prohibitions",
    check="loan.approval",
    agencies=TY,
    cites=[
        ("tongyu-hrss:15:16", "杜绝对不符合条件的个人和企业给予贷款；杜绝没有项目给予贷款"),
        ("tongyu-hrss:15:16", "杜绝利用他人名义贷款"),
        ("tongyu-hrss:15:14", "确认贷款申请人所从事行业是否属于合法经营的微利项目"),
    ],
)
def loan_prohibitions(facts: Facts, ctx: RuleContext) -> Finding:
    """不符合条件、无项目、无贷前调查或贷后管理、冒名、人情款等一律不得贷款；行业须为合法微利项目。"""
    bad = []
    if not facts.get("applicant_eligible", True):
        bad.append("申请人不符合条件")
    if not facts.get("has_project", True):
        bad.append("没有项目")
    if not facts.get("pre_loan_investigation", True):
        bad.append("未做贷前调查")
    if not facts.get("post_loan_management", True):
        bad.append("未落实贷后管理")
    if not facts.get("in_own_name", True):
        bad.append("利用他人名义贷款")
    if not facts.get("lawful_low_profit", True):
        bad.append("非合法经营的微利项目")
    if facts.get("discouraged_industry"):
        bad.append("属国家政策不予鼓励的行业")
    if not facts.get("materials_true_complete", True):
        bad.append("材料不真实、不合法或不齐全")
    if facts.get("favour_loan"):
        bad.append("属权利款、人情款、关系款、招呼款、好处款")
    if bad:
        return no(ctx, "不得给予贷款：" + "、".join(bad), "the loan may not be granted", trace=bad)
    return ok(ctx, "未发现禁止贷款情形", "no prohibited ground", trace=["资格、项目、调查、行业、材料均符合"])


check(
    "loan.review_meeting",
    "创业担保贷款会审（到会、表决、回避、会签）",
    "Start-up guaranteed loans: review-group session",
    obj(
        ["present", "votes_for"],
        {
            "members": d("会审组成员数（默认按制度 7 人） members of the review group", COUNT, minimum=1),
            "present": d("参加会审的成员数（回避者不计） members present (recused members not counted)", COUNT),
            "votes_for": d("赞成票数 votes in favour", COUNT),
            "conflicted_not_recused": d(
                "对近亲属贷款未声明回避仍参加的成员数 members with a close relative who did not recuse", COUNT
            ),
            "signed": d("在会签单签署姓名及意见的与会人数（默认等于到会人数） attendees who signed the sheet", COUNT),
            "minutes_recorded": d("局办公室做好会议记录（默认是） minutes recorded by the office", FLAG),
            "disputed": d("贷款申请存在异议 the application is disputed", FLAG),
            "terms_set": d(
                "已明确贷款担保金额、担保方式等内容并形成统一意见 guarantee amount and method settled in one opinion",
                FLAG,
            ),
        },
    ),
)


@rule(
    "loan.review_meeting.quorum",
    check="loan.review_meeting",
    agencies=TY,
    cites=[("tongyu-hrss:15:10", "每次贷款会审至少需要大于或等于会审组2/3成员参加")],
    params=["loan.review_meeting.members"],
)
def loan_quorum(facts: Facts, ctx: RuleContext) -> Finding:
    """会审须有会审组 2/3 以上（大于或等于）成员参加；会审组 7 人，即至少 5 人。"""
    members: int = facts.get("members") or ctx.param("loan.review_meeting.members")
    share: Fraction = ctx.param("loan.review_meeting.quorum.share")
    present = facts["present"]
    need = share * members
    extra = pc(ctx, "loan.review_meeting.quorum.share") + pc(ctx, "loan.review_meeting.members")
    if present > members:
        return no(
            ctx,
            f"参加 {present} 人多于会审组 {members} 人",
            f"{present} present exceeds the {members} members",
            trace=[f"{present} > {members}"],
        )
    if present >= need:
        return ok(
            ctx,
            f"参加 {present}/{members} 人，达到 2/3",
            f"{present} of {members} present: quorum met",
            extra=extra,
            trace=[f"参加 {present} 人 ≥ {members} × {share} = {num(need)}"],
        )
    return no(
        ctx,
        f"参加 {present}/{members} 人，不足会审组 2/3，不得会审",
        f"{present} of {members} present: below two thirds",
        extra=extra,
        trace=[f"参加 {present} 人 < {members} × {share} = {num(need)}"],
    )


@rule(
    "loan.review_meeting.vote",
    check="loan.review_meeting",
    agencies=TY,
    cites=[("tongyu-hrss:15:10", "由与会人员表决通过")],
)
def loan_vote(facts: Facts, ctx: RuleContext) -> Finding:
    """由与会人员表决通过：本实现要求赞成票超过与会人数的半数（见参数读法）。"""
    share: Fraction = ctx.param("loan.review_meeting.vote.share")
    present, yes = facts["present"], facts["votes_for"]
    need = share * present
    extra = pc(ctx, "loan.review_meeting.vote.share")
    if yes > present:
        return no(
            ctx,
            f"赞成 {yes} 票多于与会 {present} 人",
            f"{yes} votes exceed {present} present",
            trace=[f"{yes} > {present}"],
        )
    if yes > need:
        return ok(
            ctx,
            f"赞成 {yes} 票，超过与会人数半数，表决通过",
            f"{yes} in favour: passed",
            extra=extra,
            trace=[f"赞成 {yes} > {present} × {share} = {num(need)}"],
        )
    return no(
        ctx,
        f"赞成 {yes} 票，未超过与会人数半数，未通过",
        f"{yes} in favour: not passed",
        extra=extra,
        trace=[f"赞成 {yes} ≤ {present} × {share} = {num(need)}"],
    )


@rule(
    "loan.review_meeting.recusal",
    check="loan.review_meeting",
    agencies=TY,
    cites=[("tongyu-hrss:15:11", "会审组成员对近亲属贷款事前声明并实行回避制度")],
)
def loan_recusal(facts: Facts, ctx: RuleContext) -> Finding:
    """会审组成员对近亲属贷款事前声明并回避。"""
    n = facts.get("conflicted_not_recused", 0)
    if n:
        return no(
            ctx,
            f"{n} 名成员涉及近亲属贷款未回避",
            f"{n} member(s) with a close relative did not recuse",
            trace=[f"未回避 {n} 人"],
        )
    return ok(ctx, "无应回避未回避情形", "no unrecused conflict", trace=["未回避 0 人"])


@rule(
    "loan.review_meeting.signoff",
    check="loan.review_meeting",
    agencies=TY,
    cites=[
        ("tongyu-hrss:15:10", "与会人员要在会签单签署本人姓名及审核意见并对结果负责"),
        ("tongyu-hrss:15:12", "每次贷款会审必须由局办公室做好会议记录并专人保存会签单"),
    ],
)
def loan_signoff(facts: Facts, ctx: RuleContext) -> Finding:
    """每名与会人员在会签单签署姓名及审核意见；局办公室做好会议记录。"""
    present = facts["present"]
    signed = facts.get("signed", present)
    bad = []
    if signed < present:
        bad.append(f"会签单签署 {signed} 人 < 与会 {present} 人")
    if facts.get("minutes_recorded") is False:
        bad.append("未做会议记录")
    if bad:
        return no(ctx, "会审手续不全：" + "、".join(bad), "sign-off sheet or minutes incomplete", trace=bad)
    return ok(
        ctx,
        "与会人员均已会签，会议记录完整",
        "all attendees signed; minutes kept",
        trace=[f"签署 {signed} 人 = 与会 {present} 人"],
    )


@rule(
    "loan.review_meeting.dispute",
    check="loan.review_meeting",
    agencies=TY,
    cites=[
        (
            "tongyu-hrss:15:15",
            "对于存在异议的贷款申请展开讨论，由会审组成员提问，小额贷款担保中心负责人负责解答，明确贷款担保金额、"
            "担保方式等内容，并最终形成统一意见",
        )
    ],
)
def loan_dispute(facts: Facts, ctx: RuleContext) -> Finding | None:
    """存在异议的贷款：讨论后须明确担保金额、担保方式等内容，并最终形成统一意见；无异议不评判。"""
    if not facts.get("disputed"):
        return None
    if facts.get("terms_set"):
        return ok(
            ctx,
            "有异议的贷款已明确担保金额、担保方式并形成统一意见",
            "disputed loan: guarantee amount and method settled in one opinion",
            trace=["存在异议 → 已明确担保金额、担保方式"],
        )
    return no(
        ctx,
        "贷款申请存在异议：须经讨论明确担保金额、担保方式等内容，并最终形成统一意见",
        "disputed loan: settle the guarantee amount and method and form one opinion first",
        trace=["存在异议 → 未明确担保金额、担保方式"],
    )


# =============================================================== 社会保险补贴 (tongyu-hrss:16)

DOCUMENTS = ["roster", "employment_certificate_or_diploma", "labour_contract", "payment_receipts", "bank_account"]
DOC_ZH = {
    "roster": "符合条件人员名册",
    "employment_certificate_or_diploma": "《就业创业证》或毕业证书",
    "labour_contract": "劳动合同",
    "payment_receipts": "社会保险缴费专用票据",
    "bank_account": "单位基本账户",
}

check(
    "subsidy.social_insurance",
    "社会保险补贴核定与审批",
    "Social-insurance subsidy: amount and approval",
    obj(
        ["category"],
        {
            "category": enum(
                "补贴类别：welfare_post 公益性岗位人员、hard_to_employ 招用就业困难人员、graduate 吸纳高校毕业生、"
                "poor_household_labour 招用建档立卡贫困家庭劳动力 subsidy category",
                ["welfare_post", "hard_to_employ", "graduate", "poor_household_labour"],
            ),
            "paid_before_application": d("社会保险费已先行缴纳（默认是） premiums already paid", FLAG),
            "pension_paid": d("实际缴纳的养老保险费（元，公益性岗位） pension premium actually paid", MONEY),
            "contribution_base": d("缴费基数（元） contribution base used", MONEY),
            "standard_base": d("100%缴费基数标准（元） the 100% base", MONEY),
            "employer_pension": d("单位实际缴纳的基本养老保险费（元） employer pension premium paid", MONEY),
            "employer_medical": d("单位实际缴纳的基本医疗保险费（元） employer medical premium paid", MONEY),
            "employer_unemployment": d("单位实际缴纳的失业保险费（元） employer unemployment premium paid", MONEY),
            "employer_other": d("单位实际缴纳的其他社会保险费（元） other employer premiums paid", MONEY),
            "months_claimed": d("申请补贴的缴费月数 months of contributions claimed", COUNT),
            "certified": d("经认定的就业困难人员 / 建档立卡贫困家庭劳动力 certified status of the person", FLAG),
            "small_micro_enterprise": d("申请单位为小微企业 small or micro enterprise", FLAG),
            "months_since_leaving_school": d("招用时离校月数 months since leaving school when hired", COUNT),
            "contract_months": d("劳动合同期限（月） labour contract term in months", COUNT),
            "claimed": d("申请补贴金额（元） amount claimed", MONEY),
            "documents": enum_list("已提供材料 documents provided", DOCUMENTS),
            "data_shared": d("可通过信息系统共享获得，不再要求纸质材料 obtainable by data sharing", FLAG),
            "initial_review_passed": d("窗口初审通过 window review passed", FLAG),
            "section_review_passed": d("科室负责人复核通过 section head review passed", FLAG),
            "approved_by": APPROVED_BY,
        },
    ),
)

SI_SHARE = {
    "welfare_post": "subsidy.social_insurance.amount.share_welfare_post",
    "hard_to_employ": "subsidy.social_insurance.amount.share_hard_to_employ",
    "graduate": "subsidy.social_insurance.amount.share_graduate",
    "poor_household_labour": "subsidy.social_insurance.amount.share_poor_household",
}


def _m(facts: Facts, key: str) -> Decimal:
    raw = facts.get(key)
    return Decimal(0) if raw is None else money(raw)


@rule(
    "subsidy.social_insurance.amount",
    check="subsidy.social_insurance",
    agencies=TY,
    cites=[
        ("tongyu-hrss:16:1", "给予其实际缴纳养老保险费（不超过100％基数）50％的社会保险补贴"),
        ("tongyu-hrss:16:2", "不包括就业困难人员个人应缴纳的部分"),
        ("tongyu-hrss:16:3", "给予其1年实际缴费50％ 的社会保险补贴"),
        ("tongyu-hrss:16:4", "给予其3年实际缴费50％的社会保险补贴"),
    ],
    params=list(SI_SHARE.values()),
)
def si_amount(facts: Facts, ctx: RuleContext) -> Finding:
    """补贴额：公益性岗位 = 养老保险费（基数不超过100%）× 50%；就业困难人员 = 单位缴纳养老、医疗、失业保险费 × 50%；
    高校毕业生 = 1 年单位实际缴费 × 50%；建档立卡劳动力 = 3 年单位实际缴费 × 50%
    （个人缴费部分一律不计，见参数读法）。"""
    cat = facts["category"]
    share: Fraction = ctx.param(SI_SHARE[cat])
    extra = pc(ctx, SI_SHARE[cat])
    p = "subsidy.social_insurance.amount."
    trace: list[str] = []
    if cat == "welfare_post":
        paid = _m(facts, "pension_paid")
        base, std = facts.get("contribution_base"), facts.get("standard_base")
        cap_share: Fraction = ctx.param(p + "base_cap")
        cap = money(std) * cap_share.numerator / cap_share.denominator if std is not None else None
        if base is not None and cap is not None and money(base) > cap:
            eligible = cents(paid * cap / money(base))
            trace.append(f"基数 {yuan(money(base))} > 100% 基数 {yuan(cap)}：养老保险费按 {yuan(eligible)} 计")
            paid = eligible
            extra += pc(ctx, p + "base_cap")
        basis = paid
        trace.append(f"养老保险费 {yuan(paid)}")
    else:
        keys = ["employer_pension", "employer_medical", "employer_unemployment"]
        if cat != "hard_to_employ":
            keys.append("employer_other")
        basis = sum((_m(facts, k) for k in keys), Decimal(0))
        trace.append("单位缴费 " + " + ".join(yuan(_m(facts, k)) for k in keys) + f" = {yuan(basis)}")
        limit_name = {"graduate": p + "months_graduate", "poor_household_labour": p + "months_poor_household"}.get(cat)
        months = facts.get("months_claimed")
        if limit_name is not None and months is not None:
            limit: int = ctx.param(limit_name)
            extra += pc(ctx, limit_name)
            if months > limit:
                return no(
                    ctx,
                    f"申请 {months} 个月缴费，超过补贴期限 {limit} 个月",
                    f"{months} months claimed exceed the {limit}-month subsidy period",
                    extra=extra,
                    trace=[*trace, f"{months} 个月 > {limit} 个月"],
                )
            trace.append(f"{months} 个月 ≤ {limit} 个月")
    due = cents(basis * share.numerator / share.denominator)
    trace.append(f"{yuan(basis)} × {share} = {yuan(due)}")
    claimed = facts.get("claimed")
    if claimed is not None and money(claimed) > due:
        return no(
            ctx,
            f"申请补贴 {yuan(money(claimed))} 超过核定额 {yuan(due)}",
            f"claim {yuan(money(claimed))} exceeds the {yuan(due)} due",
            extra=extra,
            trace=[*trace, f"{yuan(money(claimed))} > {yuan(due)}"],
        )
    return ok(ctx, f"核定社会保险补贴 {yuan(due)}", f"subsidy due: {yuan(due)}", extra=extra, trace=trace)


@rule(
    "subsidy.social_insurance.eligibility",
    check="subsidy.social_insurance",
    agencies=TY,
    cites=[
        ("tongyu-hrss:16:2", "招用就业困难人员并缴纳社会保险费的单位"),
        ("tongyu-hrss:16:3", "吸纳离校2年内未就业高校毕业生，与之签订1年以上劳动合同并为其缴纳社会保险费的小微企业"),
        ("tongyu-hrss:16:4", "招用经认定的建档立卡贫困家庭劳动力并缴纳社会保险费的单位"),
    ],
    params=[
        "subsidy.social_insurance.eligibility.left_school_months",
        "subsidy.social_insurance.eligibility.contract_months",
    ],
)
def si_eligibility(facts: Facts, ctx: RuleContext) -> Finding | None:
    """就业困难人员、建档立卡劳动力须经认定；高校毕业生：小微企业、离校 2 年内（含）、劳动合同 1 年以上（含）。"""
    cat = facts["category"]
    if cat == "welfare_post":
        return None
    if cat in ("hard_to_employ", "poor_household_labour"):
        if not facts.get("certified"):
            return no(
                ctx,
                "招用人员未经认定，不予补贴",
                "the person is not certified: no subsidy",
                trace=["未经认定"],
                cites=["tongyu-hrss:16:2" if cat == "hard_to_employ" else "tongyu-hrss:16:4"],
            )
        return ok(
            ctx,
            "招用人员经认定，符合补贴对象",
            "certified person: eligible",
            trace=["已认定"],
            cites=["tongyu-hrss:16:2" if cat == "hard_to_employ" else "tongyu-hrss:16:4"],
        )
    p = "subsidy.social_insurance.eligibility."
    left_max: int = ctx.param(p + "left_school_months")
    contract_min: int = ctx.param(p + "contract_months")
    extra = pc(ctx, p + "left_school_months") + pc(ctx, p + "contract_months")
    left, contract = facts.get("months_since_leaving_school"), facts.get("contract_months")
    bad, trace = [], []
    if not facts.get("small_micro_enterprise"):
        bad.append("非小微企业")
    if left is None or left > left_max:
        bad.append(f"离校 {left if left is not None else '?'} 个月，超过 2 年")
    else:
        trace.append(f"离校 {left} 个月 ≤ {left_max} 个月")
    if contract is None or contract < contract_min:
        bad.append(f"劳动合同 {contract if contract is not None else '?'} 个月，不足 1 年")
    else:
        trace.append(f"合同 {contract} 个月 ≥ {contract_min} 个月")
    if bad:
        return no(
            ctx,
            "不符合高校毕业生社会保险补贴条件：" + "、".join(bad),
            "graduate subsidy conditions not met",
            cites=["tongyu-hrss:16:3"],
            extra=extra,
            trace=trace + bad,
        )
    return ok(
        ctx,
        "符合高校毕业生社会保险补贴条件",
        "graduate subsidy conditions met",
        cites=["tongyu-hrss:16:3"],
        extra=extra,
        trace=trace,
    )


@rule(
    "subsidy.social_insurance.pay_first",
    check="subsidy.social_insurance",
    agencies=TY,
    cites=[
        ("tongyu-hrss:16:5", "社会保险补贴实行“先缴后补”原则"),
        ("tongyu-hrss:16:9", "不再要求单位及个人报送纸质材料"),
    ],
)
def si_pay_first(facts: Facts, ctx: RuleContext) -> Finding:
    """先缴后补；申请须提供人员名册、就业创业证或毕业证书、劳动合同、缴费票据、基本账户（可信息共享的不再要纸质材料）。"""
    if facts.get("paid_before_application") is False:
        return no(
            ctx,
            "社会保险费尚未缴纳，实行先缴后补，不予补贴",
            "premiums not yet paid: pay first, subsidy after",
            cites=["tongyu-hrss:16:5"],
            trace=["未先缴"],
        )
    if facts.get("data_shared"):
        return ok(
            ctx,
            "信息可通过系统共享获得，直接审核，不再要求纸质材料",
            "data shared: no paper needed",
            cites=["tongyu-hrss:16:9"],
            trace=["信息共享"],
        )
    if facts["category"] == "welfare_post" and "documents" not in facts:
        return ok(ctx, "已先缴", "premiums paid", cites=["tongyu-hrss:16:5"], trace=["已先缴"])
    have = set(facts.get("documents", []))
    missing = [DOC_ZH[k] for k in DOCUMENTS if k not in have]
    if missing:
        return no(
            ctx,
            "申请材料不全，缺：" + "、".join(missing),
            "application documents missing",
            cites=["tongyu-hrss:16:5"],
            trace=missing,
        )
    return ok(
        ctx, "已先缴，申请材料齐全", "paid first; documents complete", cites=["tongyu-hrss:16:5"], trace=["材料齐全"]
    )


@rule(
    "subsidy.social_insurance.approval",
    check="subsidy.social_insurance",
    agencies=TY,
    cites=[
        ("tongyu-hrss:16:6.1", "符合补贴条件的，报科室负责人复核"),
        ("tongyu-hrss:16:6.2", "报局主管领导审批；复核未通过的，驳回初审"),
    ],
)
def si_approval(facts: Facts, ctx: RuleContext) -> Finding:
    """窗口初审 → 科室负责人复核 → 局主管领导审批；复核未通过的驳回初审。"""
    if facts.get("initial_review_passed") is False:
        return no(
            ctx,
            "初审不符合补贴条件或缺少要件，及时告知申请单位",
            "window review failed: tell the applicant",
            cites=["tongyu-hrss:16:6.1"],
            trace=["初审未通过"],
        )
    if facts.get("section_review_passed") is False:
        return no(
            ctx,
            "科室负责人复核未通过，驳回初审",
            "section head review failed: back to initial review",
            cites=["tongyu-hrss:16:6.2"],
            trace=["复核未通过"],
        )
    if facts.get("section_review_passed"):
        return ask_missing(
            ctx,
            facts,
            ["deputy_in_charge"],
            "复核通过，报局主管领导审批",
            "reviewed: the leader in charge approves",
            "局主管领导已审批，汇总报县财政部门申请资金",
            trace=["复核通过"],
        )
    return ask_missing(
        ctx,
        facts,
        ["section_head", "deputy_in_charge"],
        "经科室负责人复核后报局主管领导审批",
        "section head review, then approval by the leader in charge",
        "已复核并审批",
        trace=["待复核、审批"],
    )


# =============================================================== 城镇扶困资金 (tongyu-hrss:17)

check(
    "service.relief_fund",
    "城镇扶困资金使用申请",
    "Urban poverty-relief fund: request",
    obj(
        ["use", "meeting_minutes"],
        {
            "use": enum(
                "用途：living_allowance 特困职工生活补助、holiday_subsidy 节日生活补贴、"
                "medical_aid 重病或意外伤害医疗补助、"
                "production_relief 企业停产生产自救临时救助、other 其他 use",
                ["living_allowance", "holiday_subsidy", "medical_aid", "production_relief", "other"],
            ),
            "income_below_minimum": d("收入低于当地最低生活费标准 income below the local minimum", FLAG),
            "no_other_income": d("确无其它收入来源 no other income", FLAG),
            "meeting_minutes": d("申报单位召开党委（班子）会议并形成会议记录 unit meeting held, minutes kept", FLAG),
            "per_household": d("需求明细表中每户金额的最高值（元） highest amount per household", MONEY),
            "used_per_agreement": d("按协议规定使用（默认是） used as agreed", FLAG),
            "approved_by": APPROVED_BY,
        },
    ),
)


@rule(
    "service.relief_fund.use",
    check="service.relief_fund",
    agencies=TY,
    cites=[
        ("tongyu-hrss:17:4", "城镇扶困资金主要用于以下几个方面"),
        ("tongyu-hrss:17:4.1", "职工收入低于当地最低生活费标准、确无其它收入来源的特困职工的生活补助"),
        ("tongyu-hrss:17:7", "发现不按协议规定使用的，立即停止或收回"),
    ],
)
def relief_use(facts: Facts, ctx: RuleContext) -> Finding:
    """资金只用于四项用途；生活补助限收入低于最低生活费标准且确无其它收入者；不按协议使用的停止或收回。"""
    use = facts["use"]
    if facts.get("used_per_agreement") is False:
        return no(
            ctx,
            "不按协议规定使用，应立即停止或收回",
            "not used as agreed: stop or recover",
            cites=["tongyu-hrss:17:7"],
            trace=["违规使用"],
        )
    if use == "other":
        return no(
            ctx,
            "不属城镇扶困资金的用途",
            "not a permitted use of the fund",
            cites=["tongyu-hrss:17:4"],
            trace=["用途：其他"],
        )
    if use == "living_allowance" and not (facts.get("income_below_minimum") and facts.get("no_other_income")):
        return no(
            ctx,
            "生活补助限于收入低于当地最低生活费标准、确无其它收入来源的特困职工",
            "the living allowance is for workers below the local minimum with no other income",
            cites=["tongyu-hrss:17:4.1"],
            trace=["不满足生活补助条件"],
        )
    return ok(ctx, "属城镇扶困资金用途", "a permitted use", cites=["tongyu-hrss:17:4"], trace=[f"用途 {use}"])


@rule(
    "service.relief_fund.household_cap",
    check="service.relief_fund",
    agencies=TY,
    cites=[("tongyu-hrss:17:6.2", "原则上每户不高于200元")],
)
def relief_cap(facts: Facts, ctx: RuleContext) -> Finding | None:
    """需求明细表每户不高于 200 元（含 200 元）。"""
    raw = facts.get("per_household")
    if raw is None:
        return None
    cap: Decimal = ctx.param("service.relief_fund.household_cap.max")
    amt = money(raw)
    extra = pc(ctx, "service.relief_fund.household_cap.max")
    if amt > cap:
        return no(
            ctx,
            f"每户 {yuan(amt)} 高于 {yuan(cap)}",
            f"{yuan(amt)} per household exceeds {yuan(cap)}",
            extra=extra,
            trace=[f"{yuan(amt)} > {yuan(cap)}"],
        )
    return ok(
        ctx,
        f"每户 {yuan(amt)} 不高于 {yuan(cap)}",
        f"{yuan(amt)} per household within {yuan(cap)}",
        extra=extra,
        trace=[f"{yuan(amt)} ≤ {yuan(cap)}"],
    )


@rule(
    "service.relief_fund.procedure",
    check="service.relief_fund",
    agencies=TY,
    cites=[
        ("tongyu-hrss:17:6.1", "召开党委(班子)会议研究申报救助名单、资金额度等，形成会议记录"),
        ("tongyu-hrss:17:5", "提交县城镇扶困领导小组研究决定"),
    ],
)
def relief_procedure(facts: Facts, ctx: RuleContext) -> Finding:
    """申报单位须有党委（班子）会议记录；扶困办初审后由县城镇扶困领导小组研究决定。"""
    if not facts["meeting_minutes"]:
        return no(
            ctx,
            "申报单位须召开党委（班子）会议研究救助名单和资金额度并形成会议记录",
            "the applying unit must decide the list and amounts at a committee meeting with minutes",
            cites=["tongyu-hrss:17:6.1"],
            trace=["无会议记录"],
        )
    return ask_missing(
        ctx,
        facts,
        ["relief_leading_group"],
        "扶困办初审后提交县城镇扶困领导小组研究决定",
        "after the office's review the county relief leading group decides",
        "县城镇扶困领导小组已作出资金使用决定，由扶困办具体经办",
        cites=["tongyu-hrss:17:5"],
        trace=["有会议记录"],
    )


# =============================================================== 退休双审复核 (tongyu-hrss:18, 19)

check(
    "service.retirement_review",
    "退休人员资格和待遇双审复核",
    "Retirement eligibility and benefits: dual review",
    obj(
        ["kind", "applied_on"],
        {
            "kind": enum(
                "enterprise 企业退休人员、institution 事业单位退休人员 kind of retiree", ["enterprise", "institution"]
            ),
            "applied_on": d("提出申请（材料齐全）之日 application date", DATE),
            "file_location": enum(
                "档案所在：unit 本单位或主管部门、org_department 组织部 where the file is", ["unit", "org_department"]
            ),
            "materials_complete": d("材料齐全（默认是） materials complete", FLAG),
            "form_errors": d("审核表填写有误 review form has errors", FLAG),
            "initial_reviewer": d("初审人 initial reviewer", REVIEWER),
            "second_reviewer": d("复核人 second reviewer", REVIEWER),
            "reviewers_agree": d("初审人和复核人意见一致（默认是） reviewers agree", FLAG),
            "elements_from_originals": d(
                "要素依据档案原始材料审核（默认是） elements checked against original file materials", FLAG
            ),
            "difficult_issue": d("出生时间、连续工龄等认定遇到疑难问题 a difficult issue of fact", FLAG),
        },
    ),
)


def _rk(facts: Facts) -> int:
    return 18 if facts["kind"] == "enterprise" else 19


@rule(
    "service.retirement_review.dual",
    check="service.retirement_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:18:10", "必须经过初审人和复核人共同审核以后办理"),
        ("tongyu-hrss:19:10", "必须经过初审人和复核人共同审核以后办理"),
        ("tongyu-hrss:18:6", "必须依据档案原始材料对退休人员的出生时间、参加工作时间、退休时间和职称等要素进行审核"),
        ("tongyu-hrss:19:6", "必须根据档案中原始证明材料进行审核"),
    ],
)
def retire_dual(facts: Facts, ctx: RuleContext) -> Finding:
    """必须经初审人和复核人（两人）共同审核后办理；要素依据档案原始材料审核，不得随意认定。"""
    k = _rk(facts)
    good, line = two_reviewers(facts)
    if not good:
        return no(
            ctx,
            "未经初审人和复核人两人共同审核，不得办理",
            "needs both an initial and a second reviewer (two persons)",
            cites=[f"tongyu-hrss:{k}:10"],
            trace=[line],
        )
    if facts.get("elements_from_originals") is False:
        return no(
            ctx,
            "出生时间、参加工作时间、退休时间等要素须依据档案原始材料审核，不得随意认定",
            "key dates must be checked against the original file materials",
            cites=[f"tongyu-hrss:{k}:6"],
            trace=[line, "未依据原始材料"],
        )
    return ok(ctx, "已经两人双审复核", "dual review by two persons done", cites=[f"tongyu-hrss:{k}:10"], trace=[line])


@rule(
    "service.retirement_review.disagreement",
    check="service.retirement_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:18:8", "由科室负责人组织复核，并向分管领导汇报，形成一致意见"),
        ("tongyu-hrss:19:8", "向分管领导汇报，形成一致意见"),
        ("tongyu-hrss:18:9", "通过召开联审会议的方式，进行集体认定"),
        ("tongyu-hrss:19:9", "认定依据和结论应以文字形式记载，存入退休人员档案"),
    ],
)
def retire_disagreement(facts: Facts, ctx: RuleContext) -> Finding:
    """审核不一致：企业——科室负责人组织复核并向分管领导汇报；事业单位——向分管领导汇报。疑难问题由分管领导召开联审会议集体认定。"""
    k = _rk(facts)
    if facts.get("difficult_issue"):
        return ask(
            ctx,
            ["deputy_in_charge"],
            "疑难问题由局分管领导组织召开联审会议集体认定，依据和结论以文字形式存入档案",
            "a difficult issue: the leader in charge holds a joint review meeting; written conclusion filed",
            cites=[f"tongyu-hrss:{k}:9"],
            trace=["疑难问题"],
        )
    if facts.get("reviewers_agree") is False:
        who = ["section_head", "deputy_in_charge"] if k == 18 else ["deputy_in_charge"]
        zh = "由科室负责人组织复核并向分管领导汇报，形成一致意见" if k == 18 else "向分管领导汇报，形成一致意见"
        return ask(
            ctx,
            who,
            "初审人和复核人审核不一致：" + zh,
            "reviewers disagree: escalate to reach a consensus",
            cites=[f"tongyu-hrss:{k}:8"],
            trace=["审核不一致"],
        )
    return ok(ctx, "初审人和复核人意见一致", "reviewers agree", cites=[f"tongyu-hrss:{k}:8"], trace=["意见一致"])


@rule(
    "service.retirement_review.schedule",
    check="service.retirement_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:18:7", "对材料齐全的单位和个人每月十五日和二十五日集中审核，遇节假日提前或顺延"),
        ("tongyu-hrss:19:7", "对材料齐全并审核表填写正确的单位即来即办，不得无故拖延审批时间"),
        ("tongyu-hrss:19:4", "每月10日之前提出申请"),
    ],
    params=[
        "service.retirement_review.batch_days",
        "service.retirement_review.holiday_shift",
        "service.retirement_review.org_file_day",
    ],
)
def retire_schedule(facts: Facts, ctx: RuleContext) -> Finding:
    """材料不全一次性告知；企业：每月 15 日、25 日集中审核（遇节假日顺延，见读法）；
    事业单位：即来即办；档案在组织部的每月 10 日之前申请。"""
    k = _rk(facts)
    applied = parse_day(facts["applied_on"], "applied_on")
    if facts.get("materials_complete") is False or facts.get("form_errors"):
        return no(
            ctx,
            "材料不全或审核表填写有误，应一次性告知所需材料或指出错误之处",
            "materials incomplete or form errors: tell the applicant everything at once",
            cites=[f"tongyu-hrss:{k}:7"],
            trace=["材料不全/填写有误"],
        )
    if k == 18:
        days: list[int] = list(ctx.param("service.retirement_review.batch_days"))
        shift: str = ctx.param("service.retirement_review.holiday_shift")
        y, m = applied.year, applied.month
        target = None
        for _ in range(3):
            for dd in sorted(days):
                cand = dt.date(y, m, dd)
                if cand >= applied:
                    target = cand
                    break
            if target:
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        assert target is not None
        actual = target
        if not ctx.calendar.is_working_day(actual):
            if shift == "postpone":
                actual = ctx.calendar.next_working_day(actual)
            else:
                while not ctx.calendar.is_working_day(actual):
                    actual -= dt.timedelta(days=1)
        trace = [f"申请 {iso(applied)}，下一集中审核日 {iso(target)}"]
        if actual != target:
            trace.append(f"{iso(target)} 为休息日，{'顺延' if shift == 'postpone' else '提前'}至 {iso(actual)}")
        dl = plain_deadline(actual, "集中审核日", "batch review day", trace)
        return ok(
            ctx,
            f"材料齐全，于 {iso(actual)} 集中审核",
            f"complete: reviewed in the batch of {iso(actual)}",
            cites=[f"tongyu-hrss:{k}:7"],
            extra=pc(ctx, "service.retirement_review.holiday_shift"),
            trace=trace,
            deadlines=[dl],
        )
    if facts.get("file_location") == "org_department":
        last: int = ctx.param("service.retirement_review.org_file_day")
        if applied.day > last:
            return warn(
                ctx,
                f"档案在组织部的，须每月 {last} 日之前提出申请；本月已过，转下月集中查档",
                f"files at the organisation department: apply by day {last}; this month's window has passed",
                cites=["tongyu-hrss:19:4"],
                extra=pc(ctx, "service.retirement_review.org_file_day"),
                trace=[f"申请日 {applied.day} 日 > {last} 日"],
            )
        return ok(
            ctx,
            f"已于每月 {last} 日之前申请，本月集中查档审批",
            f"applied by day {last}: this month's file query",
            cites=["tongyu-hrss:19:4"],
            extra=pc(ctx, "service.retirement_review.org_file_day"),
            trace=[f"申请日 {applied.day} 日 ≤ {last} 日"],
        )
    dl = plain_deadline(applied, "即来即办", "same-day processing")
    return ok(
        ctx,
        "材料齐全、填写正确，即来即办",
        "complete and correct: processed on the spot",
        cites=["tongyu-hrss:19:7"],
        trace=[f"申请 {iso(applied)} 当日办理"],
        deadlines=[dl],
    )


# =============================================================== 设立审批双审复核 (tongyu-hrss:20, 21)

check(
    "service.licence_review",
    "民办职业培训学校、人力资源服务机构设立审批",
    "Licensing of private vocational schools and HR service agencies",
    obj(
        ["kind"],
        {
            "kind": enum(
                "vocational_school 民办职业培训学校、hr_agency 人力资源服务机构 kind of licence",
                ["vocational_school", "hr_agency"],
            ),
            "accepted_on": d("受理之日（培训学校） date of acceptance", DATE),
            "materials_complete_on": d("材料齐全并准确之日（人力资源服务机构） date materials were complete", DATE),
            "decided_on": d("作出决定之日 decision date", DATE),
            "approved_on": d("批准设立之日 approval date", DATE),
            "published_on": d("公示之日 publicity date", DATE),
            "initial_reviewer": d("初审人（经办人员） initial reviewer", REVIEWER),
            "second_reviewer": d("复核人 second reviewer", REVIEWER),
            "expert_review_done": d("专家评审小组实地考察并形成评审意见 expert panel site visit and opinion", FLAG),
            "site_inspection_photos": d("初审人和复核人现场检查并拍照留痕 joint site inspection with photos", FLAG),
            "decision_body": enum("决定机构 deciding body", ["directors_meeting", "party_group_meeting", "other"]),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


def _lk(facts: Facts) -> int:
    return 20 if facts["kind"] == "vocational_school" else 21


@rule(
    "service.licence_review.dual",
    check="service.licence_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:20:3", "分管领导按照民办职业培训学校的设立条件对申报材料进行复核"),
        ("tongyu-hrss:21:3", "负责人按照人力资源服务机构的设立条件对申报材料进行复核"),
        ("tongyu-hrss:20:4", "由专家评审小组进行实地考察"),
        ("tongyu-hrss:21:4", "由初审人和复核人一起到进行现场检查，并对现场拍照留痕备查"),
    ],
)
def licence_dual(facts: Facts, ctx: RuleContext) -> Finding:
    """经办人员初审、分管领导（学校）/负责人（机构）复核；学校须专家评审小组实地考察，机构须两人现场检查拍照留痕。"""
    k = _lk(facts)
    good, line = two_reviewers(facts)
    if not good:
        return no(
            ctx,
            "须经初审和复核两人审核",
            "needs an initial and a second reviewer (two persons)",
            cites=[f"tongyu-hrss:{k}:3"],
            trace=[line],
        )
    if k == 20 and not facts.get("expert_review_done"):
        return no(
            ctx,
            "须由专家评审小组实地考察并形成评审意见",
            "the expert panel must visit and give its opinion",
            cites=["tongyu-hrss:20:4"],
            trace=[line, "无专家评审"],
        )
    if k == 21 and not facts.get("site_inspection_photos"):
        return no(
            ctx,
            "初审人和复核人须一起现场检查并拍照留痕",
            "both reviewers must inspect the site and take photos",
            cites=["tongyu-hrss:21:4"],
            trace=[line, "无现场检查留痕"],
        )
    return ok(
        ctx, "初审、复核和现场核查已完成", "reviews and site check done", cites=[f"tongyu-hrss:{k}:3"], trace=[line]
    )


@rule(
    "service.licence_review.decision",
    check="service.licence_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:20:4", "批准设立由局长办公会议决定"),
        ("tongyu-hrss:21:9", "由党组会议或局长办公会议决定"),
        ("tongyu-hrss:20:7", "自受理之日起3个月内作出是否批准的决定"),
        ("tongyu-hrss:21:7", "须在20个工作日内完成审批"),
    ],
    params=["service.licence_review.school_months", "service.licence_review.agency_working_days"],
)
def licence_decision(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """学校：局长办公会议决定，自受理之日起 3 个月内；机构：党组会议或局长办公会议决定，材料齐全后 20 个工作日内。"""
    k = _lk(facts)
    out: list[Finding] = []
    body = facts.get("decision_body", "directors_meeting")
    allowed = ["directors_meeting"] if k == 20 else ["party_group_meeting", "directors_meeting"]
    if body not in allowed:
        out.append(
            no(
                ctx,
                "设立审批须由" + ("局长办公会议" if k == 20 else "党组会议或局长办公会议") + "决定",
                "the decision belongs to the prescribed meeting",
                cites=[f"tongyu-hrss:{k}:{4 if k == 20 else 9}"],
                trace=[f"决定机构 {body}"],
            )
        )
    elif day(facts, "decided_on") is None:
        out.append(
            ask(
                ctx,
                [body],
                "提交会议研究决定",
                "to be decided by the meeting",
                cites=[f"tongyu-hrss:{k}:{4 if k == 20 else 9}"],
                trace=[f"决定机构 {body}"],
            )
        )
    if k == 20:
        start = day(facts, "accepted_on")
        if start is not None:
            n: int = ctx.param("service.licence_review.school_months")
            dl = ctx.deadline(start, n, "months", "作出是否批准决定的期限", "decision due")
            out.append(
                timed(
                    ctx,
                    dl,
                    day(facts, "decided_on"),
                    today(facts, ctx),
                    "作出是否批准的决定",
                    "decision",
                    cites=["tongyu-hrss:20:7"],
                    extra=pc(ctx, "service.licence_review.school_months"),
                )
            )
    else:
        start = day(facts, "materials_complete_on")
        if start is not None:
            n = ctx.param("service.licence_review.agency_working_days")
            dl = ctx.deadline(start, n, "working_days", "完成审批期限", "approval due")
            out.append(
                timed(
                    ctx,
                    dl,
                    day(facts, "decided_on"),
                    today(facts, ctx),
                    "完成审批",
                    "approval",
                    cites=["tongyu-hrss:21:7"],
                    extra=pc(ctx, "service.licence_review.agency_working_days"),
                )
            )
    return out


@rule(
    "service.licence_review.publicity",
    check="service.licence_review",
    agencies=TY,
    cites=[
        ("tongyu-hrss:20:8", "设立审批后要在7个工作日内在局公示栏和信用综合服务平台上公示"),
        ("tongyu-hrss:21:8", "设立审批后要在7个工作日内在局公示栏和信用综合服务平台上公示"),
    ],
)
def licence_publicity(facts: Facts, ctx: RuleContext) -> Finding | None:
    """设立审批后 7 个工作日内在局公示栏和信用综合服务平台公示。"""
    approved = day(facts, "approved_on")
    if approved is None:
        return None
    k = _lk(facts)
    n: int = ctx.param("service.licence_review.publicity.working_days")
    dl = ctx.deadline(approved, n, "working_days", "设立审批公示期限", "publicity due")
    return timed(
        ctx,
        dl,
        day(facts, "published_on"),
        today(facts, ctx),
        "公示",
        "publicity",
        cites=[f"tongyu-hrss:{k}:8"],
        extra=pc(ctx, "service.licence_review.publicity.working_days"),
    )


# =============================================================== 劳动人事争议仲裁 (tongyu-hrss:14)

check(
    "service.arbitration_intake",
    "劳动人事争议仲裁申请的补正与受理",
    "Labour arbitration: corrections and acceptance",
    obj(
        ["received_on"],
        {
            "received_on": d("收到书面仲裁申请（立案材料）之日 written application received", DATE),
            "defect": enum(
                "申请材料问题：none 无、at_intake 接件时即能查明、after_receipt 收取材料后才发现 "
                "defect in the application",
                ["none", "at_intake", "after_receipt"],
            ),
            "correction_notified_on": d("一次性告知补正之日 correction notice date", DATE),
            "decision": enum(
                "受理审查结论：accept 受理、reject 不予受理、transfer 移送 acceptance decision",
                ["accept", "reject", "transfer"],
            ),
            "decided_on": d("完成受理审查之日 acceptance decision date", DATE),
            "reasons_given": d("不予受理通知书已说明理由 reasons stated in the non-acceptance notice", FLAG),
            "court_notice_given": d("已告知15日内向法院起诉 told of the 15-day court deadline", FLAG),
            "notice_received_on": d("申请人收到不予受理通知书之日 applicant received the notice", DATE),
            "major_case": d("重大、有影响的案件或集体争议 major or collective case", FLAG),
            "reported_to_leader": d("已向分管领导报告 reported to the leader in charge", FLAG),
            "receipt_issued": d("已登记签收并出具收件回执（默认是） receipt issued", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.arbitration.correction",
    check="service.arbitration_intake",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:2", "若收取立案材料后才发现，则在5日内一次性告知全部需要告知的内容"),
        ("tongyu-hrss:14:2", "当场一次性告知申请人补正申请书或相关材料"),
        ("tongyu-hrss:14:3", "窗口工作人员要登记签收，并向当事人出具收件回执"),
    ],
)
def arb_correction(facts: Facts, ctx: RuleContext) -> Finding:
    """接件时即能查明的当场一次性告知；收件后才发现的 5 日内一次性告知；收件须登记签收并出具回执。"""
    received = parse_day(facts["received_on"], "received_on")
    if facts.get("receipt_issued") is False:
        return no(
            ctx,
            "接收立案材料须登记签收并向当事人出具收件回执",
            "register and give the party a receipt",
            cites=["tongyu-hrss:14:3"],
            trace=["无收件回执"],
        )
    defect = facts.get("defect", "none")
    if defect == "none":
        return ok(
            ctx,
            "材料齐备，已登记签收",
            "materials complete and receipted",
            cites=["tongyu-hrss:14:3"],
            trace=["无须补正"],
        )
    if defect == "at_intake":
        dl = plain_deadline(received, "当场一次性告知补正", "on-the-spot correction notice")
        return timed(
            ctx,
            dl,
            day(facts, "correction_notified_on"),
            today(facts, ctx),
            "一次性告知补正",
            "correction notice",
            trace=["接件时即能查明：当场告知"],
        )
    n: int = ctx.param("service.arbitration.correction.days")
    dl = ctx.deadline(received, n, "days", "一次性告知补正期限", "correction notice due")
    return timed(
        ctx,
        dl,
        day(facts, "correction_notified_on"),
        today(facts, ctx),
        "一次性告知补正",
        "correction notice",
        extra=pc(ctx, "service.arbitration.correction.days"),
    )


@rule(
    "service.arbitration.acceptance",
    check="service.arbitration_intake",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:6", "必须在收到书面仲裁申请之日起5日内完成"),
        ("tongyu-hrss:14:6", "收到该通知书之日起15日内向通榆县人民法院提起诉讼"),
        ("tongyu-hrss:14:7", "要移送至有管辖权的仲裁委员会，并书面通知当事人"),
    ],
    params=["service.arbitration.acceptance.days", "service.arbitration.acceptance.court_days"],
)
def arb_acceptance(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """受理审查自收到书面申请之日起 5 日内完成；不予受理的说明理由并告知 15 日内向法院起诉。"""
    received = parse_day(facts["received_on"], "received_on")
    now = today(facts, ctx)
    n: int = ctx.param("service.arbitration.acceptance.days")
    dl = ctx.deadline(received, n, "days", "受理审查期限", "acceptance decision due")
    out = [
        timed(
            ctx,
            dl,
            day(facts, "decided_on"),
            now,
            "完成受理审查",
            "acceptance decision",
            cites=["tongyu-hrss:14:6"],
            extra=pc(ctx, "service.arbitration.acceptance.days"),
        )
    ]
    if facts.get("decision") == "reject":
        if not facts.get("reasons_given") or not facts.get("court_notice_given"):
            out.append(
                no(
                    ctx,
                    "不予受理通知书须说明理由，并告知申请人收到通知书之日起 15 日内可向法院起诉",
                    "the notice must give reasons and the 15-day court deadline",
                    cites=["tongyu-hrss:14:6"],
                    trace=["通知书要素不全"],
                )
            )
        got = day(facts, "notice_received_on")
        if got is not None:
            m: int = ctx.param("service.arbitration.acceptance.court_days")
            court = ctx.deadline(got, m, "days", "申请人向法院起诉期限", "applicant's court deadline")
            out.append(
                ok(
                    ctx,
                    f"申请人可于 {iso(court.date)} 前向通榆县人民法院起诉",
                    f"the applicant may sue by {iso(court.date)}",
                    cites=["tongyu-hrss:14:6"],
                    extra=pc(ctx, "service.arbitration.acceptance.court_days"),
                    deadlines=[court],
                    trace=[f"收到通知书 {iso(got)} + {m} 日"],
                )
            )
    return out


@rule(
    "service.arbitration.major_case",
    check="service.arbitration_intake",
    agencies=TY,
    cites=[("tongyu-hrss:14:4", "仲裁院负责人要及时向分管领导报告")],
)
def arb_major(facts: Facts, ctx: RuleContext) -> Finding | None:
    """重大、有影响的案件特别是集体争议案件，仲裁院负责人及时向分管领导报告。"""
    if not facts.get("major_case"):
        return None
    if facts.get("reported_to_leader"):
        return ok(ctx, "重大案件已向分管领导报告", "major case reported", trace=["已报告"])
    return warn(
        ctx,
        "重大、有影响或集体争议案件，仲裁院负责人须及时向分管领导报告",
        "a major or collective case: the court head must report to the leader in charge",
        trace=["未报告"],
    )


check(
    "service.arbitration_award",
    "劳动人事争议仲裁的组庭、取证与结案期限",
    "Labour arbitration: tribunal, evidence and award period",
    obj(
        ["accepted_on"],
        {
            "accepted_on": d("受理仲裁申请之日 date the application was accepted", DATE),
            "suspensions": d("经审批中止审理的期间（各含首尾日） approved suspensions", SUSPENSIONS),
            "extension_days": d(
                "申请延期的日数 extension asked for, in days", {"type": "integer", "minimum": 0, "maximum": 365}
            ),
            "extension_approved": d("延期经仲裁院负责人书面批准 extension approved in writing by the court head", FLAG),
            "parties_notified": d("已书面通知当事人延期 parties notified in writing", FLAG),
            "awarded_on": d("裁决结案之日 date of the award", DATE),
            "tribunal_size": d("仲裁庭人数 tribunal size", {"enum": [1, 3]}),
            "simple_case": d("简单案件 simple case", FLAG),
            "chief_arbitrator": d("合议庭已指定首席仲裁员 chief arbitrator designated", FLAG),
            "investigators": d("调查取证人数 persons collecting evidence", COUNT),
            "credentials_shown": d("出示工作证件和介绍信（默认是） credentials shown", FLAG),
            "opinions": d(
                "重大疑难案件讨论中各仲裁员的意见（每人一项，填意见代号） each arbitrator's opinion",
                {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 50,
                    "items": {"type": "string", "minLength": 1, "maxLength": 32},
                },
            ),
            "chief_opinion": d(
                "首席仲裁员的意见代号 the chief arbitrator's opinion",
                {"type": "string", "minLength": 1, "maxLength": 32},
            ),
            "award_opinion": d(
                "裁决采纳的意见代号 the opinion the award follows", {"type": "string", "minLength": 1, "maxLength": 32}
            ),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.arbitration.award_deadline",
    check="service.arbitration_award",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:12", "在受理仲裁申请之日起45日内结束（经审批中止审理的案件除外）"),
        ("tongyu-hrss:14:12", "经仲裁院负责人书面批准可以延期并书面通知当事人，但延长期限不得超过15日"),
    ],
    params=["service.arbitration.award_deadline.days", "service.arbitration.award_deadline.max_extension_days"],
)
def arb_award_deadline(facts: Facts, ctx: RuleContext) -> Finding:
    """受理之日起 45 日内结案（中止期间不计）；经仲裁院负责人书面批准可延期，延长不超过 15 日，并书面通知当事人。"""
    p = "service.arbitration.award_deadline."
    start = parse_day(facts["accepted_on"], "accepted_on")
    n: int = ctx.param(p + "days")
    cap: int = ctx.param(p + "max_extension_days")
    ext = facts.get("extension_days", 0)
    susp = [
        (parse_day(s["from"], "suspensions"), parse_day(s["to"], "suspensions")) for s in facts.get("suspensions", [])
    ]
    extra = pc(ctx, p + "days") + pc(ctx, p + "max_extension_days")
    if ext > cap:
        base = running_deadline(ctx, start, n, "days", "仲裁结案期限", "award due", suspensions=susp)
        return no(
            ctx,
            f"延长 {ext} 日，超过不得超过 15 日的上限",
            f"an extension of {ext} days exceeds {cap}",
            extra=extra,
            deadlines=[base],
            trace=[f"延长 {ext} 日 > {cap} 日"],
        )
    if ext and not facts.get("extension_approved"):
        base = running_deadline(ctx, start, n, "days", "仲裁结案期限", "award due", suspensions=susp)
        return ask(
            ctx,
            ["section_head"],
            f"延期 {ext} 日须经仲裁院负责人书面批准，并书面通知当事人",
            f"an extension of {ext} days needs the court head's written approval",
            extra=extra,
            deadlines=[base],
            trace=[f"延长 {ext} 日 ≤ {cap} 日，待批准"],
        )
    granted = ext if ext and facts.get("extension_approved") else 0
    dl = running_deadline(
        ctx,
        start,
        n,
        "days",
        "仲裁结案期限",
        "award due",
        suspensions=susp,
        extensions=[(granted, "days")] if granted else [],
    )
    f = timed(ctx, dl, day(facts, "awarded_on"), today(facts, ctx), "裁决结案", "award", extra=extra)
    if granted and not facts.get("parties_notified") and f.outcome is ALLOWED:
        return warn(
            ctx,
            "延期已批准，须书面通知当事人",
            "extension approved: notify the parties in writing",
            extra=extra,
            deadlines=[dl],
            trace=[*f.trace, "未书面通知当事人"],
        )
    return f


@rule(
    "service.arbitration.tribunal",
    check="service.arbitration_award",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:8", "对于简单的劳动人事争议案件，可指定一名仲裁员独任处理"),
        ("tongyu-hrss:14:9", "仲裁委员会依法调查取证时，不得少于两人"),
    ],
    params=["service.arbitration.tribunal.min_investigators"],
)
def arb_tribunal(facts: Facts, ctx: RuleContext) -> list[Finding] | None:
    """独任仲裁限简单案件；三人合议庭须指定首席仲裁员；调查取证不得少于两人并出示证件和介绍信。"""
    out: list[Finding] = []
    size = facts.get("tribunal_size")
    if size == 1:
        if facts.get("simple_case"):
            out.append(
                ok(
                    ctx,
                    "简单案件，一名仲裁员独任处理",
                    "simple case: sole arbitrator",
                    cites=["tongyu-hrss:14:8"],
                    trace=["独任，简单案件"],
                )
            )
        else:
            out.append(
                no(
                    ctx,
                    "非简单案件不得独任审理，应组成三人合议庭",
                    "not simple: a three-member tribunal is needed",
                    cites=["tongyu-hrss:14:8"],
                    trace=["独任，非简单案件"],
                )
            )
    elif size == 3:
        if facts.get("chief_arbitrator"):
            out.append(
                ok(
                    ctx,
                    "合议庭已指定首席仲裁员",
                    "chief arbitrator designated",
                    cites=["tongyu-hrss:14:8"],
                    trace=["三人合议庭，有首席"],
                )
            )
        else:
            out.append(
                no(
                    ctx,
                    "三人合议庭须指定一名仲裁员任首席仲裁员，组庭不符合规定的应撤销重组",
                    "a three-member tribunal needs a chief arbitrator",
                    cites=["tongyu-hrss:14:8"],
                    trace=["无首席仲裁员"],
                )
            )
    n = facts.get("investigators")
    if n is not None:
        need: int = ctx.param("service.arbitration.tribunal.min_investigators")
        extra = pc(ctx, "service.arbitration.tribunal.min_investigators")
        if n < need:
            out.append(
                no(
                    ctx,
                    f"调查取证 {n} 人，不得少于 {need} 人",
                    f"{n} investigator(s): at least {need} required",
                    cites=["tongyu-hrss:14:9"],
                    extra=extra,
                    trace=[f"{n} 人 < {need} 人"],
                )
            )
        elif facts.get("credentials_shown") is False:
            out.append(
                no(
                    ctx,
                    "调查取证须出示工作证件和介绍信",
                    "credentials must be shown",
                    cites=["tongyu-hrss:14:9"],
                    extra=extra,
                    trace=["未出示证件"],
                )
            )
        else:
            out.append(
                ok(
                    ctx,
                    f"调查取证 {n} 人",
                    f"{n} investigators",
                    cites=["tongyu-hrss:14:9"],
                    extra=extra,
                    trace=[f"{n} 人 ≥ {need} 人"],
                )
            )
    return out or None


@rule(
    "service.arbitration.deliberation",
    check="service.arbitration_award",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:13", "按照多数仲裁员的意见作出裁决；不能形成多数意见时，按照首席仲裁员的意见作出裁决"),
    ],
)
def arb_deliberation(facts: Facts, ctx: RuleContext) -> Finding | None:
    """重大疑难案件：按多数仲裁员（过半数）的意见裁决；不能形成多数意见时，按首席仲裁员的意见裁决。"""
    opinions = facts.get("opinions")
    award = facts.get("award_opinion")
    if not opinions or award is None:
        return None
    counts: dict[str, int] = {}
    for o in opinions:
        counts[o] = counts.get(o, 0) + 1
    n = len(opinions)
    top, votes = max(counts.items(), key=lambda kv: kv[1])
    majority = top if votes * 2 > n else None
    want = majority if majority is not None else facts.get("chief_opinion")
    trace = ["、".join(f"{k} {v} 人" for k, v in sorted(counts.items())) + f"（共 {n} 人）"]
    if majority is not None:
        trace.append(f"多数意见 {majority}：{votes} > {n}/2")
    else:
        trace.append(f"未形成多数意见，按首席仲裁员意见 {want}")
    if want is None:
        return no(
            ctx,
            "未形成多数意见时须按首席仲裁员的意见裁决（未填首席意见）",
            "no majority: the chief's view decides",
            trace=trace,
        )
    if award != want:
        return no(
            ctx,
            f"裁决采纳意见 {award}，应为 {want}",
            f"the award follows {award} but should follow {want}",
            trace=trace,
        )
    return ok(ctx, f"裁决按意见 {want} 作出", f"the award follows {want}", trace=trace)


# ------------------------------------------------------------------ retention (tongyu-hrss:14, 23)

check(
    "service.case_retention",
    "仲裁案卷、工伤认定材料的保存期限",
    "Retention of arbitration files and work-injury records",
    obj(
        ["case_kind", "retention_years"],
        {
            "case_kind": enum(
                "arbitration_award 仲裁裁决结案、arbitration_mediation 调解结案、"
                "arbitration_other 其他方式结案、work_injury 工伤认定 "
                "kind of case file",
                ["arbitration_award", "arbitration_mediation", "arbitration_other", "work_injury"],
            ),
            "retention_years": d(
                "拟定保存年限 proposed retention in years", {"type": "integer", "minimum": 0, "maximum": 1000}
            ),
        },
    ),
)


@rule(
    "service.case_retention",
    check="service.case_retention",
    agencies=TY,
    cites=[
        ("tongyu-hrss:14:17", "仲裁裁决结案的案卷，保存期不少于10年；仲裁调解和其他方式结案的案卷，保存期不少于5年"),
        ("tongyu-hrss:23:8", "将工伤认定的有关文件和材料保存50年"),
    ],
)
def case_retention(facts: Facts, ctx: RuleContext) -> Finding:
    """仲裁裁决结案的不少于 10 年，调解和其他方式结案的不少于 5 年；工伤认定材料保存 50 年。"""
    kind = facts["case_kind"]
    name = {
        "arbitration_award": "service.case_retention.award_years",
        "arbitration_mediation": "service.case_retention.other_years",
        "arbitration_other": "service.case_retention.other_years",
        "work_injury": "service.case_retention.work_injury_years",
    }[kind]
    need: int = ctx.param(name)
    got = facts["retention_years"]
    cite = "tongyu-hrss:23:8" if kind == "work_injury" else "tongyu-hrss:14:17"
    if got < need:
        return no(
            ctx,
            f"保存 {got} 年，少于规定的 {need} 年",
            f"{got} years is less than the {need} required",
            cites=[cite],
            extra=pc(ctx, name),
            trace=[f"{got} 年 < {need} 年"],
        )
    return ok(
        ctx,
        f"保存 {got} 年，不少于 {need} 年",
        f"{got} years meets the {need} required",
        cites=[cite],
        extra=pc(ctx, name),
        trace=[f"{got} 年 ≥ {need} 年"],
    )


# =============================================================== 工伤认定 (tongyu-hrss:23)

INJURY_TRIGGERS = [
    "major_doubt",  # 经书面审核认为存在较大疑点
    "sudden_death",  # 工作时间和岗位突发疾病死亡或48小时之内经抢救无效死亡
    "unclear_after_supplement",  # 补充证据后仍事实不清、证据不足
    "disputed_by_employer",  # 职工方申请且与用人单位存在较大争议
    "difficult_fatal_complex",  # 特别疑难、工亡或复杂
]

check(
    "service.work_injury",
    "工伤认定的受理、调查核实与复核",
    "Work-injury determination: acceptance, investigation and review",
    obj(
        ["materials_complete"],
        {
            "materials_complete": d("申请材料完整 materials complete", FLAG),
            "correction_notice_written": d("已书面出具补正通知书 written correction notice issued", FLAG),
            "acceptance_signatures": d("受理意见栏签字的工作人员数 staff signatures on the acceptance box", COUNT),
            "initial_reviewer": d("初审工作人员 initial reviewer", REVIEWER),
            "second_reviewer": d("复审的科室负责人 section head reviewing", REVIEWER),
            "triggers": enum_list("须实地调查核实的情形 grounds for an on-site investigation", INJURY_TRIGGERS),
            "hours_to_death": d(
                "突发疾病至抢救无效死亡的小时数 hours from onset to death",
                {"type": "number", "minimum": 0, "maximum": 100000},
            ),
            "investigators": d("进入单位或现场调查核实的经办人员数 handlers who investigated on site", COUNT),
            "leader_signed": d("分管领导已复核签字 the leader in charge has reviewed and signed", FLAG),
        },
    ),
)


@rule(
    "service.work_injury.acceptance",
    check="service.work_injury",
    agencies=TY,
    cites=[
        ("tongyu-hrss:23:2", "初审。由一名工作人员负责"),
        ("tongyu-hrss:23:3", "申请材料不完整的，出具《工伤认定申请材料补正通知书》"),
        ("tongyu-hrss:23:3", "两名工作人员在此栏签字"),
    ],
    params=["service.work_injury.acceptance.signatures"],
)
def injury_acceptance(facts: Facts, ctx: RuleContext) -> Finding:
    """一名工作人员初审、科室负责人复审；材料不完整的书面出具补正通知书；受理意见栏须两名工作人员签字。"""
    if not facts["materials_complete"]:
        if not facts.get("correction_notice_written"):
            return no(
                ctx,
                "申请材料不完整，须出具《工伤认定申请材料补正通知书》书面告知需补正的材料",
                "materials incomplete: issue a written correction notice",
                cites=["tongyu-hrss:23:3"],
                trace=["材料不完整"],
            )
        return no(
            ctx,
            "待申请人按书面告知补正材料后再受理",
            "accept only after the materials are corrected",
            cites=["tongyu-hrss:23:3"],
            trace=["已告知补正"],
        )
    good, line = two_reviewers(facts)
    need: int = ctx.param("service.work_injury.acceptance.signatures")
    sig = facts.get("acceptance_signatures", 0)
    if sig < need:
        return no(
            ctx,
            f"受理意见栏签字 {sig} 人，须两名工作人员签字",
            f"{sig} signature(s): two staff must sign",
            cites=["tongyu-hrss:23:3"],
            extra=pc(ctx, "service.work_injury.acceptance.signatures"),
            trace=[f"{sig} < {need}", line],
        )
    if ("initial_reviewer" in facts or "second_reviewer" in facts) and not good:
        return no(
            ctx,
            "须一名工作人员初审、科室负责人复审",
            "initial review by staff and second review by the section head",
            cites=["tongyu-hrss:23:2"],
            trace=[line],
        )
    return ok(
        ctx,
        "材料完整，签署“资料齐全，同意受理”",
        "complete: accepted",
        cites=["tongyu-hrss:23:3"],
        extra=pc(ctx, "service.work_injury.acceptance.signatures"),
        trace=[f"签字 {sig} ≥ {need}"],
    )


@rule(
    "service.work_injury.investigation",
    check="service.work_injury",
    agencies=TY,
    cites=[
        ("tongyu-hrss:23:6", "工伤认定两名经办人员要进入有关单位或事故现场进行调查核实"),
        ("tongyu-hrss:23:6.2", "在48小时之内经抢救无效死亡的"),
    ],
    params=["service.work_injury.investigation.death_hours", "service.work_injury.acceptance.signatures"],
)
def injury_investigation(facts: Facts, ctx: RuleContext) -> Finding | None:
    """有五种情形之一的（含突发疾病 48 小时之内死亡），两名经办人员须实地调查核实后作出结论。"""
    triggers = list(facts.get("triggers", []))
    hours = facts.get("hours_to_death")
    limit: int = ctx.param("service.work_injury.investigation.death_hours")
    trace = []
    if hours is not None:
        h = Fraction(str(hours))
        if h <= limit:
            trace.append(f"抢救 {num(h)} 小时 ≤ {limit} 小时")
            if "sudden_death" not in triggers:
                triggers.append("sudden_death")
        else:
            trace.append(f"抢救 {num(h)} 小时 > {limit} 小时")
    if not triggers:
        return None
    need: int = ctx.param("service.work_injury.acceptance.signatures")
    n = facts.get("investigators", 0)
    extra = pc(ctx, "service.work_injury.investigation.death_hours")
    trace.append("情形：" + "、".join(triggers))
    if n < need:
        return no(
            ctx,
            f"须由两名经办人员实地调查核实后方可作出结论（现 {n} 人）",
            f"two handlers must investigate on site ({n} did)",
            extra=extra,
            trace=[*trace, f"调查 {n} 人 < {need} 人"],
        )
    return ok(
        ctx,
        "已由两名经办人员实地调查核实",
        "investigated on site by two handlers",
        extra=extra,
        trace=[*trace, f"调查 {n} 人"],
    )


@rule(
    "service.work_injury.leader_review",
    check="service.work_injury",
    agencies=TY,
    cites=[("tongyu-hrss:23:5", "将受伤害职工的工伤认定案卷和《工伤认定复核表》呈报分管领导复核")],
)
def injury_leader(facts: Facts, ctx: RuleContext) -> Finding | None:
    """认定结论呈报分管领导复核签字后，再到市局审批。"""
    if not facts["materials_complete"]:
        return None
    if facts.get("leader_signed"):
        return ok(
            ctx,
            "分管领导已复核签字，可到市局审批认定结论",
            "signed by the leader in charge: to the municipal bureau",
            trace=["已签字"],
        )
    return ask(
        ctx,
        ["deputy_in_charge"],
        "案卷和《工伤认定复核表》须呈报分管领导复核签字",
        "the leader in charge reviews and signs",
        trace=["待分管领导复核"],
    )


check(
    "service.work_injury_appeal",
    "工伤认定结论的复议、诉讼期限",
    "Work-injury determination: reconsideration and litigation periods",
    obj(
        ["received_on", "remedy"],
        {
            "received_on": d("接到工伤认定结论之日 date the conclusion was received", DATE),
            "remedy": enum(
                "reconsideration 行政复议、litigation 行政诉讼 remedy sought", ["reconsideration", "litigation"]
            ),
            "filed_on": d("提出之日 date filed", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.work_injury.appeal",
    check="service.work_injury_appeal",
    agencies=TY,
    cites=[
        ("tongyu-hrss:23:7", "可自接到工伤认定结论之日起60日内"),
        ("tongyu-hrss:23:7", "也可在六个月内向白城铁路运输法院提起行政诉讼"),
    ],
    params=["service.work_injury.appeal.reconsideration_days", "service.work_injury.appeal.litigation_months"],
)
def injury_appeal(facts: Facts, ctx: RuleContext) -> Finding:
    """自接到结论之日起 60 日内申请行政复议，或六个月内提起行政诉讼。"""
    got = parse_day(facts["received_on"], "received_on")
    if facts["remedy"] == "reconsideration":
        n: int = ctx.param("service.work_injury.appeal.reconsideration_days")
        dl = ctx.deadline(got, n, "days", "申请行政复议期限", "reconsideration deadline")
        return timed(
            ctx,
            dl,
            day(facts, "filed_on"),
            today(facts, ctx),
            "申请行政复议",
            "reconsideration",
            extra=pc(ctx, "service.work_injury.appeal.reconsideration_days"),
        )
    m: int = ctx.param("service.work_injury.appeal.litigation_months")
    dl = ctx.deadline(got, m, "months", "提起行政诉讼期限", "litigation deadline")
    return timed(
        ctx,
        dl,
        day(facts, "filed_on"),
        today(facts, ctx),
        "提起行政诉讼",
        "litigation",
        extra=pc(ctx, "service.work_injury.appeal.litigation_months"),
    )


# =============================================================== 防止返贫监测 (baicheng-fupin:8)

check(
    "service.poverty_monitoring",
    "防止返贫监测对象的纳入、规模和退出",
    "Poverty-return monitoring: inclusion, scale and exit",
    obj(
        ["action"],
        {
            "action": enum("include 纳入监测、remove 移出监测 action", ["include", "remove"]),
            "per_capita_income": d("人均可支配收入（元/年） disposable income per head", MONEY),
            "poverty_standard": d("国家（现行）扶贫标准（元/年） national poverty line", MONEY),
            "rigid_expenditure": d(
                "因病因残因灾等刚性支出明显超过上年度收入或收入大幅缩减 rigid expenditure or sharp income drop", FLAG
            ),
            "guarantee_risk": d(
                "义务教育、基本医疗、住房安全或饮水安全存在隐患 risk in schooling, health, housing or water", FLAG
            ),
            "major_event": d("遭遇重大变故或重大自然灾害 major event or disaster", FLAG),
            "channel": enum(
                "纳入途径 channel",
                ["household_application", "home_visit", "sector_screening", "data_comparison", "third_party"],
            ),
            "village_verified": d("经驻村工作队、包村干部和村两委核实 verified in the village", FLAG),
            "county_confirmed": d("县扶贫办审核确认 confirmed by the county office", FLAG),
            "monitored_after": d("纳入后全县监测对象人数 monitored persons after inclusion", COUNT),
            "registered_population": d("全县建档立卡人口 registered poor population", COUNT, minimum=1),
            "deep_poverty_county": d("深度贫困县 a deep-poverty county", FLAG),
            "income_stably_above": d("家庭年人均纯收入稳定超过现行扶贫标准 income stably above the line", FLAG),
            "guarantees_met": d("义务教育、基本医疗、住房安全和饮水安全均达到保障标准 all four guarantees met", FLAG),
        },
    ),
)


@rule(
    "service.poverty_monitoring.criteria",
    check="service.poverty_monitoring",
    agencies=BC,
    cites=[
        ("baicheng-fupin:8:2.1", "人均可支配收入低于国家扶贫标准1.5倍左右的"),
        ("baicheng-fupin:8:2", "以户为单位"),
        (
            "baicheng-fupin:8:3.2.2",
            "将家庭年人均纯收入稳定超过现行扶贫标准，且义务教育、基本医疗、住房安全和饮水安全达到保障标准的农户移出监测范围",
        ),
    ],
    params=["service.poverty_monitoring.income_multiple"],
)
def monitor_criteria(facts: Facts, ctx: RuleContext) -> Finding:
    """纳入：收入低于扶贫标准 1.5 倍、刚性支出、三保障和饮水隐患、重大变故之一；移出：收入稳定超标且四项保障均达标。"""
    if facts["action"] == "remove":
        if facts.get("income_stably_above") and facts.get("guarantees_met"):
            return ok(
                ctx,
                "收入稳定超过扶贫标准且各项保障达标，可移出监测范围",
                "income stably above and guarantees met: may leave monitoring",
                cites=["baicheng-fupin:8:3.2.2"],
                trace=["收入稳定超标、保障达标"],
            )
        return no(
            ctx,
            "须收入稳定超过现行扶贫标准且义务教育、基本医疗、住房安全和饮水安全均达标方可移出",
            "removal needs income stably above the line and all guarantees met",
            cites=["baicheng-fupin:8:3.2.2"],
            trace=["条件未全部满足"],
        )
    mult: Fraction = ctx.param("service.poverty_monitoring.income_multiple")
    extra = pc(ctx, "service.poverty_monitoring.income_multiple")
    reasons, trace = [], []
    inc, std = facts.get("per_capita_income"), facts.get("poverty_standard")
    if inc is not None and std is not None:
        line = money(std) * mult.numerator / mult.denominator
        below = money(inc) < line
        trace.append(
            f"人均收入 {yuan(money(inc))} {'<' if below else '≥'} "
            f"{yuan(money(std))} × {num(mult)} = {yuan(cents(line))}"
        )
        if below:
            reasons.append("收入低于扶贫标准1.5倍")
    for key, zh in (
        ("rigid_expenditure", "刚性支出或收入大幅缩减"),
        ("guarantee_risk", "三保障或饮水安全隐患"),
        ("major_event", "重大变故或灾害"),
    ):
        if facts.get(key):
            reasons.append(zh)
    if reasons:
        return ok(
            ctx,
            "符合监测对象情形：" + "、".join(reasons),
            "meets a monitoring criterion",
            extra=extra,
            trace=trace + reasons,
            cites=["baicheng-fupin:8:2.1"],
        )
    return no(
        ctx,
        "不符合纳入监测的任一情形",
        "meets no monitoring criterion",
        extra=extra,
        trace=trace or ["无情形"],
        cites=["baicheng-fupin:8:2.1"],
    )


@rule(
    "service.poverty_monitoring.procedure",
    check="service.poverty_monitoring",
    agencies=BC,
    cites=[
        ("baicheng-fupin:8:3.1.1", "经驻村工作队、包村干部和村两委核实确认后，报县扶贫办审核确认，纳入监测预警范围"),
        ("baicheng-fupin:8:3.1.5", "经查实后及时纳入监测预警范围"),
    ],
)
def monitor_procedure(facts: Facts, ctx: RuleContext) -> Finding | None:
    """农户申报须经村级核实、县扶贫办审核确认后纳入；第三方调查发现的经查实后纳入。"""
    if facts["action"] != "include" or "channel" not in facts:
        return None
    ch = facts["channel"]
    if ch == "household_application":
        if not facts.get("village_verified"):
            return no(
                ctx,
                "农户申报须经驻村工作队、包村干部和村两委核实确认",
                "a household application needs village verification",
                cites=["baicheng-fupin:8:3.1.1"],
                trace=["未经村级核实"],
            )
        if not facts.get("county_confirmed"):
            return no(
                ctx,
                "须报县扶贫办审核确认后方可纳入监测预警范围",
                "the county office must confirm before inclusion",
                cites=["baicheng-fupin:8:3.1.1"],
                trace=["未经县扶贫办确认"],
            )
    if ch == "third_party" and not facts.get("village_verified") and not facts.get("county_confirmed"):
        return no(
            ctx,
            "第三方调查发现的须经查实后纳入",
            "third-party findings must be verified first",
            cites=["baicheng-fupin:8:3.1.5"],
            trace=["未查实"],
        )
    return ok(
        ctx, "纳入程序符合要求", "inclusion procedure followed", cites=["baicheng-fupin:8:3.1.1"], trace=[f"途径 {ch}"]
    )


@rule(
    "service.poverty_monitoring.scale",
    check="service.poverty_monitoring",
    agencies=BC,
    cites=[
        ("baicheng-fupin:8:2", "监测对象规模一般为建档立卡人口的5%左右"),
        ("baicheng-fupin:8:2", "原则上不超过10%"),
    ],
    params=["service.poverty_monitoring.scale_usual", "service.poverty_monitoring.scale_max"],
)
def monitor_scale(facts: Facts, ctx: RuleContext) -> Finding | None:
    """监测规模一般为建档立卡人口的 5% 左右；深度贫困县可适当增加，原则上不超过 10%（含）。"""
    if facts["action"] != "include" or "monitored_after" not in facts or "registered_population" not in facts:
        return None
    usual: Fraction = ctx.param("service.poverty_monitoring.scale_usual")
    top: Fraction = ctx.param("service.poverty_monitoring.scale_max")
    extra = pc(ctx, "service.poverty_monitoring.scale_usual") + pc(ctx, "service.poverty_monitoring.scale_max")
    share = Fraction(facts["monitored_after"], facts["registered_population"])
    line = f"{facts['monitored_after']} / {facts['registered_population']} = {show_pct(share)}"
    if share > top:
        return no(
            ctx,
            f"监测规模 {show_pct(share)} 超过 10%",
            f"monitoring scale {show_pct(share)} exceeds 10%",
            extra=extra,
            trace=[f"{line} > {show_pct(top)}"],
        )
    if share > usual and not facts.get("deep_poverty_county"):
        return warn(
            ctx,
            f"监测规模 {show_pct(share)} 高于一般 5% 左右的规模（非深度贫困县），请核实",
            f"scale {show_pct(share)} above the usual 5%",
            extra=extra,
            trace=[f"{line} > {show_pct(usual)}"],
        )
    return ok(
        ctx,
        f"监测规模 {show_pct(share)}",
        f"monitoring scale {show_pct(share)}",
        extra=extra,
        trace=[f"{line} ≤ {show_pct(top if facts.get('deep_poverty_county') else usual)}"],
    )


check(
    "service.poverty_monitoring_schedule",
    "防止返贫监测的周期工作（季度比对、每月走访、每周住院信息）",
    "Poverty-return monitoring: periodic work",
    obj(
        ["task"],
        {
            "task": enum(
                "data_comparison 季度数据比对（含三保障联动比对）、home_visit 入户走访、"
                "hospital_list 医保住院信息梳理 task",
                ["data_comparison", "home_visit", "hospital_list"],
            ),
            "done_on": d("本期完成之日 date done this period", DATE),
            "last_done_on": d("上次完成之日（走访、住院信息） last done", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.poverty_monitoring.schedule",
    check="service.poverty_monitoring_schedule",
    agencies=BC,
    cites=[
        ("baicheng-fupin:8:3.1.4", "每季度第一个月10日前"),
        ("baicheng-fupin:8:4.1.1", "每月至少开展一次入户走访"),
        ("baicheng-fupin:8:4.1.3", "每周梳理一次"),
    ],
    params=["service.poverty_monitoring.schedule.comparison_day", "service.poverty_monitoring.schedule.hospital_days"],
)
def monitor_schedule(facts: Facts, ctx: RuleContext) -> Finding:
    """每季度第一个月 10 日前（含 10 日）比对数据；每月至少入户走访一次；医保住院信息每周梳理一次。"""
    now = today(facts, ctx)
    task = facts["task"]
    if task == "data_comparison":
        last: int = ctx.param("service.poverty_monitoring.schedule.comparison_day")
        qm = (now.month - 1) // 3 * 3 + 1
        due = dt.date(now.year, qm, last)
        dl = plain_deadline(
            due, "本季度数据比对期限", "quarterly comparison due", [f"本季度第一个月 {qm} 月 {last} 日"]
        )
        done = day(facts, "done_on")
        if done is not None and done < dt.date(now.year, qm, 1):
            done = None
        return timed(
            ctx,
            dl,
            done,
            now,
            "数据比对",
            "data comparison",
            cites=["baicheng-fupin:8:3.1.4"],
            extra=pc(ctx, "service.poverty_monitoring.schedule.comparison_day"),
        )
    if task == "home_visit":
        ref = day(facts, "done_on") or day(facts, "last_done_on")
        month_end = dt.date(now.year + (now.month == 12), now.month % 12 + 1, 1) - dt.timedelta(days=1)
        dl = plain_deadline(month_end, "本月入户走访期限", "this month's home visit due")
        if ref is not None and (ref.year, ref.month) == (now.year, now.month):
            return ok(
                ctx,
                f"本月已入户走访（{iso(ref)}）",
                "visited this month",
                cites=["baicheng-fupin:8:4.1.1"],
                deadlines=[dl],
                trace=[f"走访 {iso(ref)} 在本月"],
            )
        return warn(
            ctx,
            f"本月尚未入户走访，须于 {iso(month_end)} 前完成",
            "no home visit yet this month",
            cites=["baicheng-fupin:8:4.1.1"],
            deadlines=[dl],
            trace=[f"上次走访 {ref.isoformat() if ref else '无'}"],
        )
    n: int = ctx.param("service.poverty_monitoring.schedule.hospital_days")
    ref = day(facts, "done_on") or day(facts, "last_done_on")
    if ref is None:
        return warn(
            ctx,
            "尚无住院信息梳理记录，须每周梳理一次",
            "no weekly hospital list on record",
            cites=["baicheng-fupin:8:4.1.3"],
            trace=["无记录"],
        )
    due = ref + dt.timedelta(days=n)
    dl = plain_deadline(due, "下次住院信息梳理", "next weekly list")
    return timed(
        ctx,
        dl,
        None,
        now,
        "梳理住院信息",
        "weekly hospital list",
        late=WARNING,
        cites=["baicheng-fupin:8:4.1.3"],
        extra=pc(ctx, "service.poverty_monitoring.schedule.hospital_days"),
        trace=[f"上次 {iso(ref)} + {n} 日"],
    )


# =============================================================== 光伏扶贫电站收益 (baicheng-fupin:9)

check(
    "service.pv_revenue_transfer",
    "光伏扶贫电站收益资金拨付",
    "PV poverty stations: transfer of revenue to the county account",
    obj(
        ["received_on"],
        {
            "station": enum("village 村级电站、centralised 集中式电站 station type", ["village", "centralised"]),
            "component": enum(
                "benchmark_revenue 燃煤标杆电价收入、state_subsidy 光伏发电财政补贴 component",
                ["benchmark_revenue", "state_subsidy"],
            ),
            "received_on": d("结转到县平台公司账户之日 date received by the platform company", DATE),
            "transferred_on": d("拨付到县扶贫办光伏收益资金专户之日 date transferred", DATE),
            "target_account": enum(
                "拨付账户：pv_special_account 县扶贫办光伏收益资金专户、other 其他 target account",
                ["pv_special_account", "other"],
            ),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "service.pv.transfer",
    check="service.pv_revenue_transfer",
    agencies=BC,
    cites=[
        ("baicheng-fupin:9:8", "需在 7 个工作日内将收益资金拨付到各县（市、区）扶贫开发办公室光伏收益资金专户"),
        ("baicheng-fupin:9:8", "需在 7 个工作日内将补贴拨付到各县（市、区）扶贫开发办公室光伏收益资金专户"),
        ("baicheng-fupin:9:9", "在 7 个工作日内将收益资金拨付到各县（市、区）扶贫开发办公室光伏收益资金专户"),
    ],
    params=["service.pv.transfer.working_days"],
)
def pv_transfer(facts: Facts, ctx: RuleContext) -> Finding:
    """收益或补贴结转到县平台公司后 7 个工作日内拨付到县扶贫办光伏收益资金专户。"""
    cite = "baicheng-fupin:9:9" if facts.get("station") == "centralised" else "baicheng-fupin:9:8"
    if facts.get("target_account") == "other":
        return no(
            ctx,
            "收益资金须拨付到县扶贫开发办公室光伏收益资金专户",
            "revenue must go to the county PV special account",
            cites=[cite],
            trace=["账户：其他"],
        )
    n: int = ctx.param("service.pv.transfer.working_days")
    got = parse_day(facts["received_on"], "received_on")
    dl = ctx.deadline(got, n, "working_days", "光伏收益拨付期限", "PV revenue transfer due")
    return timed(
        ctx,
        dl,
        day(facts, "transferred_on"),
        today(facts, ctx),
        "拨付光伏收益",
        "transfer",
        cites=[cite],
        extra=pc(ctx, "service.pv.transfer.working_days"),
    )


check(
    "service.pv_revenue_use",
    "光伏扶贫电站建设资金与收益使用",
    "PV poverty stations: funding and use of revenue",
    obj(
        [],
        {
            "debt_financed": d("负债建设 built with debt", FLAG),
            "enterprise_equity": d("企业投资入股 enterprise equity", FLAG),
            "claims_state_subsidy": d("享受光伏发电财政补贴 receives the state PV subsidy", FLAG),
            "in_national_plan": d("纳入国家光伏扶贫计划 in the national PV poverty plan", FLAG),
            "in_subsidy_catalogue": d("列入光伏扶贫项目补贴目录 in the subsidy catalogue", FLAG),
            "use": enum(
                "收益用途：public_welfare_post 公益岗位、small_public_works 小型公益事业、"
                "special_subsidy 专项奖励补助、"
                "surplus 收益结余、other 其他 use of revenue",
                ["public_welfare_post", "small_public_works", "special_subsidy", "surplus", "other"],
            ),
            "beneficiary_registered_poor": d("受益对象为建档立卡贫困人口 beneficiary is registered poor", FLAG),
            "state_subsidy_arrived": d("国家补贴已到位 state subsidy received", FLAG),
            "assembly_appraised": d("经村民代表大会评议公示 appraised and publicised by the villagers' assembly", FLAG),
            "township_approved": d("乡镇审批 township approval", FLAG),
            "county_filed": d("县级备案 filed with the county", FLAG),
            "decided_case_by_case": d("通过一事一议确定支出 decided by 一事一议", FLAG),
        },
    ),
)


@rule(
    "service.pv.station",
    check="service.pv_revenue_use",
    agencies=BC,
    cites=[
        ("baicheng-fupin:9:3", "不得负债建设，企业不得投资入股"),
        ("baicheng-fupin:9:5", "享受光伏发电财政补贴的光伏扶贫电站需纳入国家光伏扶贫计划"),
    ],
)
def pv_station(facts: Facts, ctx: RuleContext) -> Finding | None:
    """村级电站不得负债建设，企业不得投资入股；享受财政补贴的须纳入国家计划并列入补贴目录。"""
    keys = ("debt_financed", "enterprise_equity", "claims_state_subsidy")
    if not any(k in facts for k in keys):
        return None
    bad = []
    if facts.get("debt_financed"):
        bad.append("负债建设")
    if facts.get("enterprise_equity"):
        bad.append("企业投资入股")
    if facts.get("claims_state_subsidy") and not (facts.get("in_national_plan") and facts.get("in_subsidy_catalogue")):
        bad.append("未纳入国家光伏扶贫计划或补贴目录却享受补贴")
    if bad:
        return no(
            ctx, "电站不符合要求：" + "、".join(bad), "the station breaks the funding or subsidy rules", trace=bad
        )
    return ok(ctx, "电站建设资金和补贴资格符合要求", "station funding and subsidy status in order", trace=["无违规"])


@rule(
    "service.pv.use",
    check="service.pv_revenue_use",
    agencies=BC,
    cites=[
        ("baicheng-fupin:9:10.1", "所有享受光伏扶贫电站收益的对象必须是建档立卡贫困人口"),
        ("baicheng-fupin:9:11.2", "国家补贴到位前，暂不列支"),
        ("baicheng-fupin:9:11.3", "经过村民代表大会评议公示、乡镇审批、县级备案等程序"),
        ("baicheng-fupin:9:11.4", "收益结余部分，通过一事一议等方式确定支出"),
    ],
)
def pv_use(facts: Facts, ctx: RuleContext) -> Finding | None:
    """受益对象须为建档立卡贫困人口；小型公益事业在国家补贴到位前暂不列支；专项奖励补助经评议公示、乡镇审批、县级备案；结余一事一议。"""
    use = facts.get("use")
    if use is None:
        return None
    if use == "other":
        return no(
            ctx, "不属光伏收益分配范围", "not a permitted use", cites=["baicheng-fupin:9:10.1"], trace=["用途：其他"]
        )
    if use in ("public_welfare_post", "special_subsidy") and facts.get("beneficiary_registered_poor") is False:
        return no(
            ctx,
            "享受光伏收益的对象必须是建档立卡贫困人口",
            "beneficiaries must be registered poor",
            cites=["baicheng-fupin:9:10.1"],
            trace=["非建档立卡"],
        )
    if use == "small_public_works" and not facts.get("state_subsidy_arrived"):
        return no(
            ctx,
            "国家补贴到位前，小型公益事业暂不列支",
            "small public works wait for the state subsidy",
            cites=["baicheng-fupin:9:11.2"],
            trace=["补贴未到位"],
        )
    if use == "special_subsidy":
        miss = [
            zh
            for k, zh in (
                ("assembly_appraised", "村民代表大会评议公示"),
                ("township_approved", "乡镇审批"),
                ("county_filed", "县级备案"),
            )
            if not facts.get(k)
        ]
        if miss:
            return no(
                ctx,
                "专项奖励补助缺少程序：" + "、".join(miss),
                "special subsidy procedure incomplete",
                cites=["baicheng-fupin:9:11.3"],
                trace=miss,
            )
    if use == "surplus" and not facts.get("decided_case_by_case"):
        return no(
            ctx,
            "收益结余须通过一事一议等方式确定支出",
            "surplus spending needs a 一事一议 decision",
            cites=["baicheng-fupin:9:11.4"],
            trace=["未一事一议"],
        )
    return ok(ctx, "收益用途符合规定", "permitted use", cites=["baicheng-fupin:9:10.1"], trace=[f"用途 {use}"])


check(
    "service.pv_allocation",
    "光伏扶贫收益砍块到乡镇与村级分配计划",
    "PV poverty revenue: allocation to townships and the village plan",
    obj(
        [],
        {
            "revenue": d("可分配收益总额（元） revenue to allocate", MONEY),
            "townships": {
                "type": "array",
                "minItems": 1,
                "maxItems": 200,
                "description": "各乡镇：前一年扶贫系统中的贫困户数及拟分配金额 "
                "townships with their poor households and proposed amounts",
                "items": {
                    "type": "object",
                    "required": ["name", "poor_households"],
                    "additionalProperties": False,
                    "properties": {
                        "name": d("乡镇名称 township", {"type": "string", "minLength": 1, "maxLength": 64}),
                        "poor_households": d("前一年贫困户数 poor households last year", COUNT),
                        "amount": d("拟分配金额（元） proposed amount", MONEY),
                    },
                },
            },
            "plan_passed_by_assembly": d("村级计划经村民代表大会通过 passed by the villagers' assembly", FLAG),
            "township_reviewed": d("乡镇政府审核 reviewed by the township", FLAG),
            "county_filed": d("报县扶贫办备案 filed with the county office", FLAG),
            "publicised": d("向村民公示 publicised to villagers", FLAG),
        },
    ),
)


@rule(
    "service.pv.allocation",
    check="service.pv_allocation",
    agencies=BC,
    cites=[("baicheng-fupin:9:10.4", "根据各村前一年扶贫系统中贫困户数量和比例，将扶贫收益砍块到乡镇")],
)
def pv_allocation(facts: Facts, ctx: RuleContext) -> Finding | None:
    """按前一年贫困户数量和比例砍块到乡镇：乡镇份额 = 收益 × 本乡镇贫困户 / 全部贫困户（分位四舍五入，容差 1 分）。"""
    towns = facts.get("townships")
    if not towns or "revenue" not in facts:
        return None
    total = sum(t["poor_households"] for t in towns)
    if total == 0:
        return no(
            ctx,
            "各乡镇贫困户数合计为 0，无法按比例分配",
            "no poor households: nothing to allocate by",
            trace=["合计 0 户"],
        )
    revenue = money(facts["revenue"])
    trace, bad = [], []
    for t in towns:
        share = Fraction(t["poor_households"], total)
        due = cents(revenue * share.numerator / share.denominator)
        line = f"{t['name']}：{yuan(revenue)} × {t['poor_households']}/{total} = {yuan(due)}"
        if "amount" in t:
            got = money(t["amount"])
            if abs(got - due) > Decimal("0.01"):
                bad.append(f"{line}，拟分配 {yuan(got)}")
                continue
            line += f"，拟分配 {yuan(got)}"
        trace.append(line)
    if bad:
        return no(
            ctx,
            "乡镇分配额与贫困户数比例不符",
            "township amounts do not follow the poor-household shares",
            trace=trace + bad,
        )
    return ok(ctx, "按前一年贫困户数比例分配到乡镇", "allocated in proportion to poor households", trace=trace)


@rule(
    "service.pv.village_plan",
    check="service.pv_allocation",
    agencies=BC,
    cites=[("baicheng-fupin:9:12.1", "提交村民代表大会通过后上报乡镇政府审核并报县扶贫办备案")],
)
def pv_village_plan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """村委会年度收益分配使用计划：村民代表大会通过 → 乡镇政府审核 → 县扶贫办备案 → 向村民公示。"""
    keys = ("plan_passed_by_assembly", "township_reviewed", "county_filed", "publicised")
    if not any(k in facts for k in keys):
        return None
    miss = [
        zh
        for k, zh in zip(keys, ("村民代表大会通过", "乡镇政府审核", "县扶贫办备案", "向村民公示"), strict=True)
        if not facts.get(k)
    ]
    if miss:
        return no(
            ctx,
            "收益分配使用计划尚缺：" + "、".join(miss) + "，不得据以分配",
            "the village plan is not yet approved and publicised",
            trace=miss,
        )
    return ok(
        ctx,
        "收益分配使用计划已通过、审核、备案并公示",
        "plan passed, reviewed, filed and publicised",
        trace=["程序完备"],
    )
