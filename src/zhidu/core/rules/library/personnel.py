"""Personnel: cadre selection and appointment, open recruitment, staff transfers, professional titles.

制度 implemented (catalog id → citation id):
- 通榆 S000-04 《股级干部选拔任用制度》 (tongyu-hrss:4): eligibility 二、exclusions 三(三), inspection team 三(二),
  任前报审 三(五), decision 三(六), publicity 三(七), talk 三(八), archive 三(九), probation 三(十), recusal 四,
  removal and the resignation bans 五, 职数 六(一);
- 通榆 S000-09 《事业单位公开招聘管理制度》 (tongyu-hrss:9): announcement review 第五、六条, 1:3 and 1:1 lists
  第十六、二十八条, the four 7-day publicity periods 第十五、十九、二十七、三十三条, paper retention 第十四条,
  supervision 第十二、二十五条, recusal 第三十五条, foreign nationals 第四十条;
- 通榆 S000-10 《事业单位人员流动管理制度（试行）》 (tongyu-hrss:10): 第三条 to 第八条;
- 通榆 S000-12 《职称评审认定工作制度》 (tongyu-hrss:12): 第二、三、五、七、八条;
- 白城 S003-11 《科级干部选拔任用工作规范》 (baicheng-fupin:11) and S003-13 《干部选拔任免制度》
  (baicheng-fupin:13): qualifications, exclusions, turnout, inspection, decision, publicity, approval, probation,
  removal;
- 文山 S001-31/32/33 (wenshan-hrss:31, 32, 33): 公务员调动、科级领导干部考察提拔、事业单位人员调动报批.

Catalog vs seed: the seed wins. Differences noted beside the rules (e.g. 白城 考察组 is exactly two members,
通榆 两名以上; 白城 S003-13 调任公示 “7 天” read with S003-11's holiday deduction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ...calendar import add_months_clamped
from ..helpers import DATE, described, enum, enum_list, integer, iso, num, obj
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule

TY, BC, WS = "tongyu-hrss", "baicheng-fupin", "wenshan-hrss"


# --------------------------------------------------------------------------- schema fragments


def _bool(desc: str) -> dict[str, Any]:
    return {"type": "boolean", "description": desc}


def _d(facts: Any, key: str) -> dt.date | None:
    raw = facts.get(key)
    return dt.date.fromisoformat(raw) if raw else None


def _decision_date(facts: Any, ctx: RuleContext) -> dt.date:
    return _d(facts, "decision_date") or ctx.on


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _end(ctx: RuleContext, start: dt.date, months: int, zh: str, en: str) -> Deadline:
    """The last day of a period of months (validity, probation, bans): start day not counted, no roll."""
    return ctx.deadline(start, months, "months", zh, en, roll=False)


def _verdict(
    ctx: RuleContext,
    problems: list[tuple[str, str]],
    ok_zh: str,
    ok_en: str,
    trace: list[str],
    *,
    cites: tuple[str, ...] = (),
    outcome: Outcome = BLOCKED,
    deadlines: tuple[Deadline, ...] = (),
) -> Finding:
    """One finding: ``outcome`` listing every problem, or allowed."""
    if problems:
        return ctx.finding(
            outcome,
            "；".join(p[0] for p in problems),
            "; ".join(p[1] for p in problems),
            trace=trace,
            cites=cites,
            deadlines=deadlines,
        )
    return ctx.finding(ALLOWED, ok_zh, ok_en, trace=trace, cites=cites, deadlines=deadlines)


GRADES = ["excellent", "competent", "basically_competent", "incompetent", "not_graded"]
GRADE_ZH = {
    "excellent": "优秀",
    "competent": "称职",
    "basically_competent": "基本称职",
    "incompetent": "不称职",
    "not_graded": "不定等次",
}
EDUCATION = ["postgraduate", "bachelor", "junior_college", "secondary", "below_secondary"]
EDU_RANK = {e: i for i, e in enumerate(reversed(EDUCATION))}  # below_secondary 0 … postgraduate 4
RANKS = [
    "principal_staff_1",
    "principal_staff_2",
    "principal_staff_3",
    "principal_staff_4",
    "first_class_clerk",
    "second_class_clerk",
    "other",
]
RANK_LEVEL = {r: len(RANKS) - i for i, r in enumerate(RANKS)}  # principal_staff_1 highest
RANK_ZH = {
    "principal_staff_1": "一级主任科员",
    "principal_staff_2": "二级主任科员",
    "principal_staff_3": "三级主任科员",
    "principal_staff_4": "四级主任科员",
    "first_class_clerk": "一级科员",
    "second_class_clerk": "二级科员",
    "other": "其他职级",
}

# =========================================================================== cadre.candidate

check(
    "cadre.candidate",
    "干部选拔任用资格（能否列为考察对象/拟任人选）",
    "Cadre eligibility (may the person be an inspection candidate / nominee)",
    obj(
        ["post", "education", "last_year_assessment"],
        {
            "post": enum(
                "拟任职务：股级干部、科长、副科长、其他科级领导职务 post sought",
                ["gu_ji", "section_chief", "deputy_section_chief", "section_leader"],
            ),
            "decision_date": described(
                DATE, "研究决定日期（默认为校验日期） date of the decision (defaults to the check date)"
            ),
            "in_establishment_on_post": _bool("本单位在编在岗（默认是） on the unit's establishment and at post"),
            "probation_completed": _bool("试用期满转正定级（默认是） probation completed and graded"),
            "establishment": enum("编制类型：行政、事业 establishment type", ["admin", "institution"]),
            "identity": enum(
                "身份：公务员、参公人员、干部、工勤 status", ["civil_servant", "canzhao", "cadre", "worker"]
            ),
            "education": enum("学历 education", EDUCATION),
            "education_exception": _bool("学历例外已经党组研究同意 education exception agreed by the party group"),
            "health_fit": _bool("具有正常履行职责的身体条件（默认是） fit to perform the duties"),
            "last_year_assessment": enum("上一年年度考核等次 previous year's annual assessment grade", GRADES),
            "political_discipline_breach": _bool("违反政治纪律和政治规矩 breached political discipline"),
            "low_recognition": _bool("群众公认度不高 low public recognition"),
            "under_investigation": _bool("正在接受立案审查或立案侦查 under case review or criminal investigation"),
            "canvassing": _bool("有跑官、拉票等非组织行为 ran for office or canvassed votes"),
            "family_abroad": enum(
                "配偶已移居国（境）外，或无配偶而子女均已移居 family emigrated",
                ["none", "spouse", "all_children_no_spouse"],
            ),
            "special_post": _bool("特殊岗位需要 a special post that allows family abroad"),
            "sanction_until": described(
                DATE, "诫勉、组织处理或处分影响期截止日 end of an admonition/sanction impact period"
            ),
            "sanction_still_affects": _bool("影响期满但仍影响使用 impact period over but still affects use"),
            "other_unsuitable": _bool("其他原因不宜担任 other reasons make the person unsuitable"),
            "rank": enum("现任职级 current rank", RANKS),
            "rank_since": described(DATE, "任现职级的起始日期 date the current rank was taken"),
            "deputy_chief_since": described(DATE, "担任副科长的起始日期 date appointed deputy section chief"),
            "kin_relation_in_unit": enum(
                "与本单位干部的亲属任职关系：无、直接隶属同一领导、直接上下级 kinship post relation",
                ["none", "same_leader", "direct_superior"],
            ),
            "resignation_kind": enum(
                "曾引咎辞职、责令辞职或因问责被免职 earlier resignation/removal kind",
                ["none", "blame", "ordered", "accountability"],
            ),
            "resigned_on": described(DATE, "辞职或被免职日期 date of that resignation/removal"),
            "level_vs_former": enum(
                "拟任职务层次与原任相比：低、同、高 proposed level vs the former post", ["lower", "same", "higher"]
            ),
        },
    ),
)

_EXCLUSION_FACTS_TY = [
    ("political_discipline_breach", "tongyu-hrss:4:3.3.1", "违反政治纪律和政治规矩", "breached political discipline"),
    ("low_recognition", "tongyu-hrss:4:3.3.2", "群众公认度不高", "low public recognition"),
    ("under_investigation", "tongyu-hrss:4:3.3.4", "正在接受立案审查/侦查", "under case review or investigation"),
    ("other_unsuitable", "tongyu-hrss:4:3.3.6", "其他原因不宜担任股级干部", "otherwise unsuitable"),
]


def _sanction_running(facts: Any, on: dt.date) -> tuple[bool, str]:
    until = _d(facts, "sanction_until")
    if until is not None and on <= until:
        return True, f"影响期至 {iso(until)}，决定日 {iso(on)} 未满"
    if facts.get("sanction_still_affects"):
        return True, "影响期满但仍影响使用"
    return False, ""


def _grade_at_most_basic(grade: str) -> bool:
    return grade in ("basically_competent", "incompetent")


@rule(
    "cadre.candidate.qualification_art2",
    check="cadre.candidate",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:2.1", "必须为本单位在编在岗的干部职工"),
        ("tongyu-hrss:4:2.2", "必须是试用期满转正定级的干部职工"),
        ("tongyu-hrss:4:2.3", "行政编制的股级干部应具备公务员或参照公务员法管理的人员身份"),
        ("tongyu-hrss:4:2.4", "一般应具备大专以上学历"),
        ("tongyu-hrss:4:2.5", "具有正常履行职责的身体条件"),
    ],
)
def candidate_qualification_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 二、条件资格 (一)–(五). 学历 “一般应具备大专以上”: a lower education blocks unless the party group
    has agreed an exception (then a warning), the careful reading of “一般”."""
    p: list[tuple[str, str]] = []
    trace: list[str] = []
    if not facts.get("in_establishment_on_post", True):
        p.append(("非本单位在编在岗干部职工", "not on the unit's establishment and at post"))
    if not facts.get("probation_completed", True):
        p.append(("试用期未满或未转正定级", "probation not completed"))
    est, ident = facts.get("establishment"), facts.get("identity")
    if est == "admin" and ident not in (None, "civil_servant", "canzhao"):
        p.append(("行政编制股级干部须具备公务员或参公身份", "administrative posts need civil-servant status"))
    if est == "institution" and ident == "worker":
        p.append(("事业编制股级干部须具备干部身份", "institution posts need cadre status"))
    if not facts.get("health_fit", True):
        p.append(("不具备正常履行职责的身体条件", "not fit to perform the duties"))
    need = EDU_RANK[str(ctx.param("cadre.candidate.qualification_art2.education"))]
    edu = EDU_RANK[facts["education"]]
    trace.append(f"学历等级 {edu} {'≥' if edu >= need else '<'} 大专 {need}")
    if edu < need and not p and facts.get("education_exception"):
        return ctx.finding(
            WARNING,
            "学历低于大专，“一般应具备大专以上学历”，已经党组研究作为例外",
            "below junior-college education: allowed only as an exception the party group agreed",
            trace=trace,
        )
    if edu < need:
        p.append(("学历低于大专（一般应具备大专以上学历）", "education below junior college"))
    return _verdict(ctx, p, "符合股级干部选拔任用资格条件", "meets the eligibility conditions", trace)


@rule(
    "cadre.candidate.exclusions_art3_3",
    check="cadre.candidate",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:3.3", "有下列情形之一的，不得列为考察对象"),
        ("tongyu-hrss:4:3.3.1", "违反政治纪律和政治规矩的"),
        ("tongyu-hrss:4:3.3.2", "群众公认度不高的"),
        ("tongyu-hrss:4:3.3.3", "上一年年度考核结果为基本称职以下等次的"),
        ("tongyu-hrss:4:3.3.4", "正在接受纪检监察机关立案审查、司法机关立案侦查的"),
        ("tongyu-hrss:4:3.3.5", "受到诫勉、组织处理或者党纪政务处分等影响期未满或者期满影响使用的"),
        ("tongyu-hrss:4:3.3.6", "其他原因不宜担任股级干部的"),
    ],
)
def candidate_exclusions_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(三) 不得列为考察对象的六种情形; “基本称职以下” includes 基本称职 (以下 includes the number)."""
    on = _decision_date(facts, ctx)
    p = [(zh, en) for key, _c, zh, en in _EXCLUSION_FACTS_TY if facts.get(key)]
    grade = facts["last_year_assessment"]
    trace = [f"上一年年度考核 {GRADE_ZH[grade]}"]
    if _grade_at_most_basic(grade):
        p.append(
            (f"上一年年度考核为{GRADE_ZH[grade]}（基本称职以下）", "previous year graded basically competent or lower")
        )
    running, why = _sanction_running(facts, on)
    if running:
        trace.append(why)
        p.append(("诫勉、组织处理或处分影响期未满或期满影响使用", "sanction impact period still running"))
    return _verdict(ctx, p, "无不得列为考察对象的情形", "no ground bars the candidate", trace)


@rule(
    "cadre.candidate.kin_recusal_art4_2",
    check="cadre.candidate",
    agencies=[TY],
    cites=[("tongyu-hrss:4:4.2", "不得在同一单位担任双方直接隶属于同一领导人的职务或有直接上下级关系的职务")],
)
def candidate_kin_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 四(二) 任职回避：夫妻、直系、三代以内旁系血亲、近姻亲."""
    rel = facts.get("kin_relation_in_unit", "none")
    if rel == "none":
        return ctx.finding(ALLOWED, "无须任职回避", "no kinship post conflict", trace=["亲属任职关系：无"])
    zh = "直接隶属于同一领导人" if rel == "same_leader" else "直接上下级"
    return ctx.finding(
        BLOCKED,
        f"与亲属在同一单位构成{zh}关系，须任职回避",
        "kinship: the two posts would report to the same leader or be superior and subordinate",
        trace=[f"亲属任职关系：{zh}"],
    )


@rule(
    "cadre.candidate.resignation_ban_art5",
    check="cadre.candidate",
    agencies=[TY],
    cites=[("tongyu-hrss:4:5", "一年内不安排职务，两年内不得担任高于原任职务层次的职务")],
)
def candidate_resignation_ban_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 五、引咎辞职、责令辞职和因问责被免职：一年内不安排职务，两年内不得高于原任层次（从辞职/免职之日起，
    当日不计入；“内” includes the last day). A longer 党纪政纪 impact period also bars through ``sanction_until``
    (“按照影响期长的规定执行”), which the exclusions rule applies as well."""
    kind = facts.get("resignation_kind", "none")
    since = _d(facts, "resigned_on")
    if kind == "none" or since is None:
        return ctx.finding(ALLOWED, "无辞职/问责免职限制", "no resignation ban applies")
    on = _decision_date(facts, ctx)
    m1 = int(ctx.param("cadre.candidate.resignation_ban_art5.no_post"))
    m2 = int(ctx.param("cadre.candidate.resignation_ban_art5.no_higher"))
    d1 = _end(ctx, since, m1, "不安排职务期满", "no-post ban ends")
    d2 = _end(ctx, since, m2, "不得担任更高层次职务期满", "no-higher-post ban ends")
    trace = [f"辞职/免职 {iso(since)}；不安排职务至 {iso(d1.date)}；不得高于原层次至 {iso(d2.date)}"]
    if on <= d1.date:
        return ctx.finding(
            BLOCKED,
            f"辞职/问责免职后一年内（至 {iso(d1.date)}）不安排职务",
            f"no post within one year of the resignation/removal (until {iso(d1.date)})",
            trace=[*trace, f"决定日 {iso(on)} ≤ {iso(d1.date)}"],
            deadlines=[d1, d2],
        )
    if on <= d2.date and facts.get("level_vs_former") == "higher":
        return ctx.finding(
            BLOCKED,
            f"两年内（至 {iso(d2.date)}）不得担任高于原任职务层次的职务",
            f"no higher post than the former one within two years (until {iso(d2.date)})",
            trace=[*trace, f"决定日 {iso(on)} ≤ {iso(d2.date)}，拟任层次高于原任"],
            deadlines=[d1, d2],
        )
    return ctx.finding(
        ALLOWED,
        "已过辞职/问责免职后的限制期（或拟任层次不高于原任）",
        "the resignation bans no longer apply to this post",
        trace=trace,
        deadlines=[d1, d2],
    )


@rule(
    "cadre.candidate.exclusions_art4_2",
    check="cadre.candidate",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:4.2", "有下列情形之一的，不得列为考察对象"),
        ("baicheng-fupin:11:4.2.1", "违反政治纪律和政治规矩的"),
        ("baicheng-fupin:11:4.2.2", "群众公认度不高的"),
        ("baicheng-fupin:11:4.2.3", "上一年年度考核结果为基本称职以下等次的"),
        ("baicheng-fupin:11:4.2.4", "有跑官、拉票等非组织行为的"),
        ("baicheng-fupin:11:4.2.5", "配偶已移居国（境）外，或者没有配偶但子女均已移居国（境）外的"),
        ("baicheng-fupin:11:4.2.6", "受到诫勉、组织处理或者党纪政务处分等影响期未满或者期满影响使用的"),
        ("baicheng-fupin:11:4.2.7", "其他原因不宜提拔或者进一步使用的"),
    ],
)
def candidate_exclusions_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 《科级干部选拔任用工作规范》四(二) 七种情形 (the seven grounds; “除特殊岗位需要外” for family abroad)."""
    on = _decision_date(facts, ctx)
    p: list[tuple[str, str]] = []
    for key, zh, en in [
        ("political_discipline_breach", "违反政治纪律和政治规矩", "breached political discipline"),
        ("low_recognition", "群众公认度不高", "low public recognition"),
        ("canvassing", "有跑官、拉票等非组织行为", "ran for office or canvassed"),
        ("other_unsuitable", "其他原因不宜提拔或者进一步使用", "otherwise unsuitable"),
    ]:
        if facts.get(key):
            p.append((zh, en))
    grade = facts["last_year_assessment"]
    trace = [f"上一年年度考核 {GRADE_ZH[grade]}"]
    if _grade_at_most_basic(grade):
        p.append(
            (f"上一年年度考核为{GRADE_ZH[grade]}（基本称职以下）", "previous year graded basically competent or lower")
        )
    if facts.get("family_abroad", "none") != "none" and not facts.get("special_post"):
        p.append(("配偶（或无配偶时子女均）已移居国（境）外", "spouse (or, with no spouse, all children) emigrated"))
    running, why = _sanction_running(facts, on)
    if running:
        trace.append(why)
        p.append(("诫勉、组织处理或处分影响期未满或期满影响使用", "sanction impact period still running"))
    return _verdict(ctx, p, "无不得列为考察对象的情形", "no ground bars the candidate", trace)


@rule(
    "cadre.candidate.qualification_art3",
    check="cadre.candidate",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:13:2.4", "一般情况下应具有大学专科及以上文化程度，并具有正常履行职责的身体条件"),
        ("baicheng-fupin:13:3.1", "担任副科长 2 年以上或者一、二级主任科员"),
        ("baicheng-fupin:13:3.2", "任一级科员 3 年以上或者三、四级主任科员"),
    ],
)
def candidate_qualification_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 《干部选拔任免制度》二(四)、三(一)(二). 科长：大专以上、上年称职以上、副科长满 2 年或一/二级主任科员；
    副科长：大专以上、上年称职以上、一级科员满 3 年或三/四级主任科员. Tenure counts to the anniversary date
    (“以上” includes it); a rank above the one named (e.g. 二级主任科员 for 副科长) also qualifies."""
    on = _decision_date(facts, ctx)
    post = facts["post"]
    p: list[tuple[str, str]] = []
    trace: list[str] = []
    need = EDU_RANK[str(ctx.param("cadre.candidate.qualification_art3.education"))]
    edu = EDU_RANK[facts["education"]]
    trace.append(f"学历等级 {edu} {'≥' if edu >= need else '<'} 大学专科 {need}")
    if edu < need:
        p.append(("学历低于大学专科", "education below junior college"))
    if not facts.get("health_fit", True):
        p.append(("不具备正常履行职责的身体条件", "not fit to perform the duties"))
    grade = facts["last_year_assessment"]
    if post in ("section_chief", "deputy_section_chief"):
        trace.append(f"上一年年度考核 {GRADE_ZH[grade]}")
        if grade not in ("excellent", "competent"):
            p.append(("上一年年度考核结果须为称职以上", "previous year's grade must be competent or better"))
        rank = facts.get("rank", "other")
        if post == "section_chief":
            since, months = (
                _d(facts, "deputy_chief_since"),
                int(ctx.param("cadre.candidate.qualification_art3.chief_years")),
            )
            rank_ok = RANK_LEVEL[rank] >= RANK_LEVEL["principal_staff_2"]
            label = "担任副科长"
        else:
            since = _d(facts, "rank_since") if rank == "first_class_clerk" else None
            months = int(ctx.param("cadre.candidate.qualification_art3.deputy_years"))
            rank_ok = RANK_LEVEL[rank] >= RANK_LEVEL["principal_staff_4"]
            label = "任一级科员"
        tenure_ok = False
        if since is not None:
            reached = add_months_clamped(since, months)
            tenure_ok = on >= reached
            trace.append(
                f"{label}自 {iso(since)}，满 {months // 12} 年之日 {iso(reached)} {'≤' if tenure_ok else '>'} {iso(on)}"
            )
        trace.append(f"现任职级 {RANK_ZH[rank]}")
        if not (tenure_ok or rank_ok):
            if post == "section_chief":
                p.append(
                    (
                        "须担任副科长 2 年以上或为一、二级主任科员",
                        "needs 2 years as deputy chief or rank 1st/2nd principal staff",
                    )
                )
            else:
                p.append(
                    (
                        "须任一级科员 3 年以上或为三、四级主任科员",
                        "needs 3 years as 1st-class clerk or rank 3rd/4th principal staff",
                    )
                )
    return _verdict(ctx, p, "符合拟任职务的基本条件和资格", "meets the conditions for the post", trace)


# =========================================================================== cadre.recommendation

check(
    "cadre.recommendation",
    "民主推荐（参加人数、结果有效期）",
    "Democratic recommendation (turnout, validity of the result)",
    obj(
        ["kind", "held_on"],
        {
            "kind": enum("推荐方式：谈话调研推荐、会议推荐 talk-based or meeting-based", ["talk", "meeting"]),
            "held_on": described(DATE, "推荐日期 date of the recommendation"),
            "used_on": described(DATE, "使用推荐结果的日期（默认为校验日期） date the result is used"),
            "directed": _bool("定向推荐（默认否） directed recommendation"),
            "same_position": _bool("用于同一职位（默认是） used for the same position"),
            "eligible": integer("应参加人数 persons who should take part", 1),
            "participants": integer("实际参加人数 persons who took part"),
        },
    ),
)


def _validity(facts: Any, ctx: RuleContext, months: int) -> tuple[bool, Deadline, list[str]]:
    held = _d(facts, "held_on")
    assert held is not None
    used = _d(facts, "used_on") or ctx.on
    end = _end(ctx, held, months, "推荐结果有效期届满", "recommendation result expires")
    ok = used <= end.date
    return (
        ok,
        end,
        [f"推荐 {iso(held)}，有效至 {iso(end.date)}，使用 {iso(used)} {'≤' if ok else '>'} 有效期"],
    )


@rule(
    "cadre.recommendation.validity_art3_3",
    check="cadre.recommendation",
    agencies=[TY],
    cites=[("tongyu-hrss:4:3.3", "非定向推荐和同一职位推荐结果在一年内有效")],
)
def recommendation_validity_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(三)：非定向推荐和同一职位推荐结果一年内有效（推荐次日起算，“内” includes the last day). A directed
    recommendation used for another position is not covered by the text: blocked (reading)."""
    directed, same = facts.get("directed", False), facts.get("same_position", True)
    if directed and not same:
        return ctx.finding(
            BLOCKED,
            "定向推荐结果不得用于其他职位",
            "a directed recommendation cannot be used for another position",
            trace=["定向推荐，非同一职位"],
        )
    ok, end, trace = _validity(facts, ctx, int(ctx.param("cadre.recommendation.validity_art3_3.months")))
    if not ok:
        return ctx.finding(
            BLOCKED,
            "推荐结果已超过一年有效期，须重新推荐",
            "the result is over a year old",
            trace=trace,
            deadlines=[end],
        )
    return ctx.finding(ALLOWED, "推荐结果在有效期内", "the result is still valid", trace=trace, deadlines=[end])


@rule(
    "cadre.recommendation.validity_art3",
    check="cadre.recommendation",
    agencies=[BC],
    cites=[("baicheng-fupin:11:3", "推荐结果作为选拔任用的重要参考，在一年内有效")],
)
def recommendation_validity_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 三、民主推荐：推荐结果一年内有效（不分定向与否）."""
    ok, end, trace = _validity(facts, ctx, int(ctx.param("cadre.recommendation.validity_art3.months")))
    if not ok:
        return ctx.finding(
            BLOCKED,
            "推荐结果已超过一年有效期，须重新推荐",
            "the result is over a year old",
            trace=trace,
            deadlines=[end],
        )
    return ctx.finding(ALLOWED, "推荐结果在有效期内", "the result is still valid", trace=trace, deadlines=[end])


@rule(
    "cadre.recommendation.turnout_art3_1",
    check="cadre.recommendation",
    agencies=[BC],
    cites=[("baicheng-fupin:11:3.1", "参加谈话调研推荐和会议推荐或测评的人数分别不少于应参加人数的三分之二")],
)
def recommendation_turnout_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 三(一)：谈话调研推荐、会议推荐参加人数分别不少于应参加人数的三分之二（恰为 2/3 即可）."""
    eligible, part = facts.get("eligible"), facts.get("participants")
    if eligible is None or part is None:
        return ctx.finding(
            BLOCKED,
            "须提供应参加人数和实际参加人数以核对“不少于三分之二”",
            "give eligible and participants to check the two-thirds turnout",
        )
    share: Fraction = ctx.param("cadre.recommendation.turnout_art3_1.share")
    need = share * eligible
    kind = "谈话调研推荐" if facts["kind"] == "talk" else "会议推荐"
    ok = part >= need and part <= eligible
    trace = [f"{kind}参加 {part} 人 {'≥' if part >= need else '<'} 应参加 {eligible} 人 × {share} = {num(need)}"]
    if part > eligible:
        return ctx.finding(BLOCKED, "参加人数多于应参加人数，请核对", "more participants than eligible", trace=trace)
    if not ok:
        return ctx.finding(
            BLOCKED,
            f"{kind}参加人数不足应参加人数的三分之二，推荐无效",
            "turnout below two thirds of those who should take part",
            trace=trace,
        )
    return ctx.finding(ALLOWED, f"{kind}参加人数达到三分之二", "turnout of at least two thirds", trace=trace)


# =========================================================================== cadre.inspection

check(
    "cadre.inspection",
    "干部考察（考察组、考察预告、纪检意见、档案核查）",
    "Cadre inspection (team, advance notice, discipline opinion, file check)",
    obj(
        ["team_size"],
        {
            "team_size": integer("考察组成员人数 members of the inspection team", 0, 50),
            "member_relative_involved": _bool("考察组成员涉及其亲属而未回避 a member's relative is involved"),
            "notice_on": described(DATE, "发布考察预告日期 date the advance notice was published"),
            "started_on": described(DATE, "开始考察日期 date the inspection started"),
            "discipline_opinion": enum(
                "驻纪检监察组书面意见：已签字书面结论、未签字、无、有不同意见 discipline group's opinion",
                ["signed_written", "unsigned", "none", "dissent"],
            ),
            "file_doubts_unresolved": _bool("档案中身份、年龄、学历等问题尚未查清 unresolved doubts in the file"),
        },
    ),
)


@rule(
    "cadre.inspection.team_art3_2",
    check="cadre.inspection",
    agencies=[TY],
    cites=[("tongyu-hrss:4:3.2", "考察组由两名以上成员组成")],
)
def inspection_team_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(二)：考察组由两名以上成员组成（以上含本数）."""
    need = int(ctx.param("cadre.inspection.team_art3_2.min"))
    n = facts["team_size"]
    trace = [f"考察组 {n} 人 {'≥' if n >= need else '<'} {need} 人"]
    if n < need:
        return ctx.finding(
            BLOCKED, f"考察组须两名以上成员，现 {n} 人", "the team needs at least two members", trace=trace
        )
    return ctx.finding(ALLOWED, "考察组人数符合要求", "team size meets the rule", trace=trace)


@rule(
    "cadre.inspection.recusal_art4_3",
    check="cadre.inspection",
    agencies=[TY],
    cites=[("tongyu-hrss:4:4.3", "干部考察组成员在干部考察工作中涉及其亲属的，本人必须回避")],
)
def inspection_recusal_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 四(三) 考察组成员回避."""
    if facts.get("member_relative_involved"):
        return ctx.finding(
            BLOCKED,
            "考察组成员涉及其亲属，本人必须回避",
            "a team member's relative is involved: he must recuse",
        )
    return ctx.finding(ALLOWED, "考察组成员无须回避", "no recusal needed")


@rule(
    "cadre.inspection.team_art2",
    check="cadre.inspection",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:2", "考察组由两名成员组成"),
        ("baicheng-fupin:13:4.3.2", "考察组 2 名成员都要做好谈话记录"),
    ],
)
def inspection_team_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城：考察组由两名成员组成 — exactly two (the seed has no 以上, unlike 通榆 “两名以上”; the catalog agrees)."""
    need = int(ctx.param("cadre.inspection.team_art2.size"))
    n = facts["team_size"]
    trace = [f"考察组 {n} 人 {'=' if n == need else '≠'} {need} 人"]
    if n != need:
        return ctx.finding(
            BLOCKED, f"考察组应由两名成员组成，现 {n} 人", "the team must have exactly two members", trace=trace
        )
    return ctx.finding(ALLOWED, "考察组由两名成员组成", "two-member team", trace=trace)


@rule(
    "cadre.inspection.notice_art4_3_1",
    check="cadre.inspection",
    agencies=[BC],
    cites=[("baicheng-fupin:11:4.3.1", "考察预告期应不少于2个工作日")],
)
def inspection_notice_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 四(三)1：考察预告期不少于 2 个工作日 — counted from the day after publication; the inspection may
    start only after the last day of the notice period."""
    notice = _d(facts, "notice_on")
    if notice is None:
        return ctx.finding(
            WARNING,
            "须先发布考察预告，预告期不少于2个工作日",
            "publish an advance notice of at least 2 working days first",
        )
    n = int(ctx.param("cadre.inspection.notice_art4_3_1.working_days"))
    end = ctx.deadline(notice, n, "working_days", "考察预告期届满", "advance-notice period ends")
    start = _d(facts, "started_on")
    if start is None:
        return ctx.finding(
            ALLOWED,
            f"考察预告期至 {iso(end.date)}，其后方可开始考察",
            f"the notice period ends on {iso(end.date)}; inspect after it",
            deadlines=[end],
        )
    ok = start > end.date
    trace = [f"预告 {iso(notice)}，预告期届满 {iso(end.date)}，开始考察 {iso(start)} {'>' if ok else '≤'} 届满日"]
    if not ok:
        return ctx.finding(
            BLOCKED,
            "考察预告期不足2个工作日即开始考察",
            "the inspection began before 2 working days of notice",
            trace=trace,
            deadlines=[end],
        )
    return ctx.finding(ALLOWED, "考察预告期已满2个工作日", "notice period satisfied", trace=trace, deadlines=[end])


@rule(
    "cadre.inspection.discipline_art4_3_5",
    check="cadre.inspection",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:4.3.5", "由办党组书记、驻纪检监察组组长签字"),
        ("baicheng-fupin:13:4.3.3", "纪检机构就拟任人选的廉洁自律情况形成书面答复意见"),
        ("baicheng-fupin:11:4.3.3", "未查清前不得提拔任用"),
    ],
)
def inspection_discipline_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城：驻纪检监察组就廉洁自律形成书面结论性意见并由党组书记、组长签字；档案问题未查清前不得提拔任用."""
    p: list[tuple[str, str]] = []
    op = facts.get("discipline_opinion")
    if op == "unsigned":
        p.append(("纪检书面意见未经办党组书记、驻纪检监察组组长签字", "the written opinion lacks the two signatures"))
    elif op == "none":
        p.append(("未取得驻纪检监察组书面结论性意见", "no written opinion of the discipline group"))
    elif op == "dissent":
        p.append(("驻纪检监察组有不同意见", "the discipline group disagrees"))
    if facts.get("file_doubts_unresolved"):
        p.append(("干部档案问题未查清前不得提拔任用", "file doubts unresolved: no promotion until cleared"))
    if not p and op is None:
        return ctx.finding(
            WARNING,
            "须取得驻纪检监察组签字的书面结论性意见",
            "obtain the discipline group's signed written opinion",
        )
    return _verdict(ctx, p, "纪检意见和档案核查符合要求", "discipline opinion and file check in order", [])


# =========================================================================== cadre.decide

BARS = [
    "no_recommendation_or_inspection",
    "discipline_opinion_missing_or_dissent",
    "personal_matters_unverified",
    "petition_unresolved",
    "file_doubts",
    "audit_issues_open",
    "not_reported_or_not_approved",
    "other",
]
BAR_ZH = {
    "no_recommendation_or_inspection": "没有按照规定进行民主推荐、考察",
    "discipline_opinion_missing_or_dissent": "未征求纪检监察组意见、未作结论或有不同意见",
    "personal_matters_unverified": "个人有关事项报告未查核或存疑未查清",
    "petition_unresolved": "线索具体的信访举报尚未调查清楚",
    "file_doubts": "干部人事档案中身份、年龄、学历等尚未查清",
    "audit_issues_open": "巡视巡察、审计发现重大问题尚未作出结论",
    "not_reported_or_not_approved": "没有按规定报告或报告后未经批复同意",
    "other": "其他原因不宜提交会议讨论",
}

check(
    "cadre.decide",
    "党组讨论决定干部任免",
    "Party group decides a cadre appointment",
    obj(
        ["members", "present"],
        {
            "members": integer("应参加会议人数 those who should attend", 1, 200),
            "present": integer("实到会人数 present", 0, 200),
            "votes_for": integer("同意票数（表决时） votes in favour", 0, 200),
            "bars": enum_list("不得提交会议讨论的情形 grounds barring submission to the meeting", BARS),
            "pre_report": enum(
                "任前报审（县委组织部）：已批复同意、审核中、未通过、未报 pre-appointment report",
                ["approved", "pending", "rejected", "not_reported"],
            ),
            "conflicted_attendees_present": integer("涉及本人或亲属而未回避的与会人员数 attendees not recused", 0, 200),
            "posts_approved": integer("核定股级干部职数 approved number of posts"),
            "posts_filled": integer("已配备人数 posts already filled"),
            "appointing": integer("本次拟任人数（默认1） persons to appoint", 1),
            "over_grade": _bool("超规格配备 appointment above the approved grade"),
            "principal_spoke_last": _bool("主要负责人最后表态 the principal leader spoke last"),
            "major_divergence": _bool("意见分歧较大 opinions sharply divided"),
        },
    ),
)


@rule(
    "cadre.decide.quorum",
    check="cadre.decide",
    agencies=[TY, BC],
    cites=[],
    params=["cadre.decide.quorum", "cadre.decide.quorum.concurring"],
)
def decide_quorum(facts: Any, ctx: RuleContext) -> Finding:
    """到会人员必须达到应参加会议的三分之二以上 (通榆 三(六); 白城 规范 五、制度 四(四)) — exactly 2/3 suffices."""
    members, present = facts["members"], facts["present"]
    # 白城 states the same quorum in two texts (规范 五、制度 四(四)): both are cited, the stricter share applies
    names = [
        n for n in ("cadre.decide.quorum", "cadre.decide.quorum.concurring") if n in ctx.params.by_agency[ctx.agency]
    ]
    share: Fraction = max(ctx.param(n) for n in names)
    need = share * members
    extra = ctx.param_clauses(*names)
    trace = [f"到会 {present} 人 {'≥' if present >= need else '<'} 应参加 {members} 人 × {share} = {num(need)}"]
    if present > members:
        return ctx.finding(
            BLOCKED, "实到人数多于应参加人数，请核对", "more present than members", trace=trace, extra=extra
        )
    if present < need:
        return ctx.finding(
            BLOCKED,
            f"到会 {present}/{members} 人，未达到应参加会议的三分之二，不得讨论决定干部任免",
            "attendance below two thirds: the appointment may not be decided",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"到会 {present}/{members} 人，达到三分之二以上",
        "two-thirds attendance met",
        trace=trace,
        extra=extra,
    )


@rule(
    "cadre.decide.bars_art3_6",
    check="cadre.decide",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:3.6", "有下列情形之一的，不得提交党组会议讨论"),
        ("tongyu-hrss:4:3.6.1", "②未征求纪检监察组意见或纪检监察组有不同意见的"),
    ],
)
def decide_bars_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(六) ①–⑥. 个人有关事项 and “其他” are not among 通榆's six: noted as a warning only."""
    bars = set(facts.get("bars", []))
    own = [b for b in BARS if b in bars and b not in ("personal_matters_unverified", "other")]
    if own:
        return ctx.finding(
            BLOCKED,
            "不得提交党组会议讨论：" + "；".join(BAR_ZH[b] for b in own),
            "may not be put to the meeting: " + ", ".join(own),
            trace=[BAR_ZH[b] for b in own],
        )
    if bars:
        return ctx.finding(
            WARNING,
            "所列情形不在本制度六种情形之内，请审慎研判：" + "；".join(BAR_ZH[b] for b in sorted(bars)),
            "the grounds given are not among this text's six; weigh them",
        )
    return ctx.finding(ALLOWED, "无不得提交党组会议讨论的情形", "no ground bars the meeting")


@rule(
    "cadre.decide.pre_report_art3_5",
    check="cadre.decide",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:3.5", "经审批同意后方可召开党组会议讨论决定"),
        ("tongyu-hrss:4:6.2", "对未进行任前报审或审核未通过讨论决定的股级干部，一律不予承认"),
    ],
)
def decide_pre_report_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(五)、六(二)：任前报审经县委组织部审批同意后方可召开党组会议；否则决定一律不予承认."""
    status = facts.get("pre_report", "not_reported")
    if status != "approved":
        zh = {"pending": "任前报审尚在审核", "rejected": "任前报审未通过", "not_reported": "未向县委组织部任前报审"}[
            status
        ]
        return ctx.finding(
            BLOCKED,
            f"{zh}，不得召开党组会议讨论决定（否则一律不予承认）",
            "the county organisation department has not approved the pre-appointment report",
            trace=[f"任前报审：{zh}"],
        )
    return ctx.finding(ALLOWED, "任前报审已经县委组织部批复同意", "pre-appointment report approved")


@rule(
    "cadre.decide.recusal_art4_3",
    check="cadre.decide",
    agencies=[TY],
    cites=[("tongyu-hrss:4:4.3", "涉及与会人员本人及其亲属的，本人必须回避")],
)
def decide_recusal_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 四(三)：讨论任免涉及与会人员本人及其亲属的，本人必须回避."""
    n = facts.get("conflicted_attendees_present", 0)
    if n:
        return ctx.finding(
            BLOCKED,
            f"{n} 名与会人员涉及本人或亲属，必须回避",
            f"{n} attendee(s) must recuse",
            trace=[f"未回避 {n} 人"],
        )
    return ctx.finding(ALLOWED, "无须回避的与会人员", "no attendee needs to recuse")


@rule(
    "cadre.decide.posts_art6_1",
    check="cadre.decide",
    agencies=[TY],
    cites=[("tongyu-hrss:4:6.1", "一律不准超职数、超规格配备干部")],
)
def decide_posts_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 六(一)：按“三定方案”核定职数配备，不准超职数、超规格."""
    if facts.get("over_grade"):
        return ctx.finding(BLOCKED, "不准超规格配备干部", "no appointment above the approved grade")
    approved, filled = facts.get("posts_approved"), facts.get("posts_filled")
    if approved is None or filled is None:
        return ctx.finding(
            ALLOWED,
            "按“三定方案”核定的股级干部职数配备（未提供职数，未核对）",
            "staff within the approved posts (not checked)",
        )
    after = filled + facts.get("appointing", 1)
    trace = [
        f"已配 {filled} + 拟任 {facts.get('appointing', 1)} = {after}"
        f" {'≤' if after <= approved else '>'} 核定职数 {approved}"
    ]
    if after > approved:
        return ctx.finding(BLOCKED, "超过核定职数配备干部", "appointment exceeds the approved posts", trace=trace)
    return ctx.finding(ALLOWED, "未超核定职数", "within the approved posts", trace=trace)


@rule(
    "cadre.decide.bars_art5_1",
    check="cadre.decide",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:5.1", "有下列情形之一的，不得提交会议讨论"),
        ("baicheng-fupin:11:5.1.1", "没有按照规定进行民主推荐、考察的"),
        ("baicheng-fupin:11:5.1.2", "办党组、驻纪检监察组对拟任人选廉洁自律情况没有作出结论性意见"),
        ("baicheng-fupin:11:5.1.3", "个人有关事项报告未查核或者经查核存疑尚未查清的"),
        ("baicheng-fupin:11:5.1.4", "线索具体、有可查性的信访举报尚未调查清楚的"),
        ("baicheng-fupin:11:5.1.5", "干部人事档案中身份、年龄、工龄、学历、经历等存疑尚未查清的"),
        ("baicheng-fupin:11:5.1.6", "巡视巡察、审计等工作中发现重大问题尚未作出结论的"),
        ("baicheng-fupin:11:5.1.7", "没有按照规定向上级报告或者报告后未经批复同意的干部任免事项"),
        ("baicheng-fupin:11:5.1.8", "其他原因不宜提交会议讨论的"),
    ],
)
def decide_bars_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 规范 五(1) 八种情形."""
    bars = [b for b in BARS if b in set(facts.get("bars", []))]
    if bars:
        ids = [f"baicheng-fupin:11:5.1.{BARS.index(b) + 1}" for b in bars]
        return ctx.finding(
            BLOCKED,
            "不得提交会议讨论：" + "；".join(BAR_ZH[b] for b in bars),
            "may not be put to the meeting: " + ", ".join(bars),
            trace=[BAR_ZH[b] for b in bars],
            cites=("baicheng-fupin:11:5.1", *ids),
        )
    return ctx.finding(
        ALLOWED, "无不得提交会议讨论的情形", "no ground bars the meeting", cites=("baicheng-fupin:11:5.1",)
    )


@rule(
    "cadre.decide.vote_art5_2_3",
    check="cadre.decide",
    agencies=[BC],
    cites=[("baicheng-fupin:11:5.2.3", "以办党组应到会成员超过半数同意形成决定")],
)
def decide_vote_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 五(二)3：以应到会成员超过半数同意形成决定（恰为半数不通过）."""
    votes = facts.get("votes_for")
    members = facts["members"]
    share: Fraction = ctx.param("cadre.decide.vote_art5_2_3.share")
    need = share * members
    if votes is None:
        return ctx.finding(
            ALLOWED,
            f"表决时须有超过 {num(need)} 票（应到会 {members} 人的半数）同意方能形成决定",
            f"the decision needs more than {num(need)} votes in favour",
        )
    trace = [f"同意 {votes} 票 {'>' if votes > need else '≤'} 应到会 {members} 人 × {share} = {num(need)}"]
    if votes > members:
        return ctx.finding(BLOCKED, "同意票多于应到会成员数，请核对", "more votes than members", trace=trace)
    if votes <= need:
        return ctx.finding(
            BLOCKED,
            "同意票未超过应到会成员半数，不能形成任免决定",
            "not more than half of the members agreed",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "同意票超过应到会成员半数，形成决定", "more than half agreed", trace=trace)


@rule(
    "cadre.decide.order_art5_2",
    check="cadre.decide",
    agencies=[BC],
    cites=[("baicheng-fupin:11:5.2", "办党组主要负责人应当最后表态")],
)
def decide_order_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 五(二)：与会成员逐一表明意见，主要负责人最后表态；意见分歧较大时，暂缓进行表决."""
    if facts.get("major_divergence"):
        return ctx.finding(BLOCKED, "意见分歧较大，暂缓进行表决", "opinions sharply divided: postpone the vote")
    if facts.get("principal_spoke_last") is False:
        return ctx.finding(BLOCKED, "办党组主要负责人应当最后表态", "the principal leader must state his view last")
    return ctx.finding(ALLOWED, "逐一表态，主要负责人最后表态", "views stated, principal leader last")


# =========================================================================== cadre.appoint

check(
    "cadre.appoint",
    "下发任职通知（任前公示、谈话、审批备案）",
    "Issue the appointment (pre-appointment publicity, talk, approval)",
    obj(
        ["decided_on", "publicity_on"],
        {
            "kind": enum(
                "任用方式：提拔、调任、其他（默认提拔） promotion, transfer-in or other",
                ["promotion", "transfer_in", "other"],
            ),
            "decided_on": described(DATE, "党组讨论决定日期 date of the party-group decision"),
            "publicity_on": described(DATE, "发布公示通知日期 date the publicity notice was published"),
            "notice_on": described(DATE, "下发任职通知日期（默认为校验日期） date of the appointment notice"),
            "objection": enum(
                "公示反映问题：无、查实影响任用、尚未查实、查实不影响 objections during publicity",
                ["none", "affects", "unverified", "not_affecting"],
            ),
            "talk_done": _bool("已进行任职前谈话 pre-appointment talk held"),
            "approval": enum(
                "上级组织（人事）部门审批备案：已同意、审核中、未报 higher approval/filing",
                ["approved", "pending", "not_reported"],
            ),
            "archive_filed": _bool("任免审批表已报县干部档案室存档 approval form filed with the county archive"),
        },
    ),
)


def _publicity_order(facts: Any, ctx: RuleContext) -> tuple[dt.date, dt.date, dt.date, list[tuple[str, str]]]:
    decided, pub = _d(facts, "decided_on"), _d(facts, "publicity_on")
    assert decided is not None and pub is not None
    notice = _d(facts, "notice_on") or ctx.on
    p: list[tuple[str, str]] = []
    if pub < decided:
        p.append(("公示应在党组讨论决定后进行", "publicity must follow the party-group decision"))
    return decided, pub, notice, p


def _objection(facts: Any) -> list[tuple[str, str]]:
    obj = facts.get("objection", "none")
    if obj == "affects":
        return [("公示反映问题经查实影响任用", "a verified objection affects the appointment")]
    if obj == "unverified":
        return [("公示反映的问题尚未调查核实", "an objection is not yet investigated")]
    return []


@rule(
    "cadre.appoint.publicity_art3_7",
    check="cadre.appoint",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:3.7", "在党组讨论决定后、下发任职通知前，应当在一定范围内进行公示"),
        ("tongyu-hrss:4:3.8", "由党组指定专人同本人谈话"),
    ],
)
def appoint_publicity_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(七)(八)：决定后、下发任职通知前公示（本制度未规定公示天数），并由党组指定专人谈话."""
    decided, pub, notice, p = _publicity_order(facts, ctx)
    trace = [f"决定 {iso(decided)} ≤ 公示 {iso(pub)} < 任职通知 {iso(notice)}"]
    if notice <= pub:
        p.append(("任职通知须在公示之后下发", "the appointment notice must come after the publicity"))
    p += _objection(facts)
    if facts.get("talk_done") is False:
        p.append(("尚未由党组指定专人进行任职前谈话", "the pre-appointment talk has not been held"))
    if p:
        return _verdict(ctx, p, "", "", trace)
    outcome = WARNING if "talk_done" not in facts else ALLOWED
    zh = "已在决定后、任职通知前公示（本制度未规定公示天数）"
    if outcome is WARNING:
        zh += "；下发通知前须进行任职前谈话"
    return ctx.finding(outcome, zh, "publicity held between the decision and the notice", trace=trace)


@rule(
    "cadre.appoint.archive_art3_9",
    check="cadre.appoint",
    agencies=[TY],
    cites=[("tongyu-hrss:4:3.9", "任免审批表需报县干部档案室存档")],
)
def appoint_archive_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 三(九)：由党组任命并发文；任免审批表报县干部档案室存档."""
    if facts.get("archive_filed"):
        return ctx.finding(ALLOWED, "任免审批表已报县干部档案室存档", "approval form filed")
    return ctx.finding(
        WARNING,
        "任命发文后须将任免审批表报县干部档案室存档",
        "file the approval form with the county cadre archive",
    )


@rule(
    "cadre.appoint.publicity_art6_4",
    check="cadre.appoint",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:6.4", "公示时间不少于五个工作日，从发布公示通知的第二天起计算"),
        ("baicheng-fupin:13:4.5", "公示时间不少于 5 个工作日（调任为 7 天）"),
        ("baicheng-fupin:11:6.5", "并提出是否影响任用的具体意见"),
    ],
    params=["cadre.appoint.publicity_transfer"],
)
def appoint_publicity_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城：公示不少于 5 个工作日（调任 7 天），从发布公示通知的第二天起算，节假日扣除、截止日遇节假日顺延 —
    i.e. working days counted from the next day; the notice may be issued only after the last day."""
    _decided, pub, notice, p = _publicity_order(facts, ctx)
    name = (
        "cadre.appoint.publicity_transfer"
        if facts.get("kind") == "transfer_in"
        else "cadre.appoint.publicity_art6_4.working_days"
    )
    n = int(ctx.param(name))
    end = ctx.deadline(pub, n, "working_days", "任前公示期届满", "pre-appointment publicity ends")
    trace = [
        f"公示 {iso(pub)}（次日起算 {n} 个工作日）至 {iso(end.date)}；任职通知"
        f" {iso(notice)} {'>' if notice > end.date else '≤'} 届满日"
    ]
    if notice <= end.date:
        p.append((f"公示期（至 {iso(end.date)}）未满，不得下发任职通知", "the publicity period has not ended"))
    p += _objection(facts)
    return _finish(ctx, p, trace, end, ctx.param_clauses(name))


def _finish(
    ctx: RuleContext, p: list[tuple[str, str]], trace: list[str], end: Deadline, extra: Sequence[CitedClause]
) -> Finding:
    if p:
        return ctx.finding(
            BLOCKED,
            "；".join(x[0] for x in p),
            "; ".join(x[1] for x in p),
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "任前公示期已满且无影响任用的问题",
        "publicity complete with no objection affecting the appointment",
        trace=trace,
        deadlines=[end],
        extra=extra,
    )


@rule(
    "cadre.appoint.talk_approval_art7_8",
    check="cadre.appoint",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:11:7", "由办党组指定专人谈话"),
        ("baicheng-fupin:11:8.1.1", "须报市委组织部（人社局）审批备案同意后生效"),
        ("baicheng-fupin:13:4.5", "公示结果不影响任职的，实行任职前谈话，到上级组织部门任职备案"),
    ],
)
def appoint_talk_approval_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 规范 七、八(一)1；制度 四(五)：任职前谈话；任免须报市委组织部（人社局）审批备案同意后生效."""
    p: list[tuple[str, str]] = []
    if facts.get("talk_done") is False:
        p.append(("尚未进行任职前谈话", "the pre-appointment talk has not been held"))
    approval = facts.get("approval")
    if approval in ("pending", "not_reported"):
        p.append(
            (
                "任免尚未经市委组织部（人社局）审批备案同意，未生效",
                "not yet approved/filed by the municipal organisation department",
            )
        )
    if p:
        return _verdict(ctx, p, "", "", [])
    if "talk_done" not in facts or approval is None:
        return ctx.finding(
            WARNING,
            "须进行任职前谈话，并报市委组织部（人社局）审批备案同意后生效",
            "hold the talk and obtain the municipal approval/filing before the appointment takes effect",
        )
    return ctx.finding(ALLOWED, "已谈话并经审批备案同意", "talk held and appointment approved/filed")


# =========================================================================== cadre.probation

check(
    "cadre.probation",
    "任职试用期满考核",
    "End-of-probation assessment of a promoted cadre",
    obj(
        ["started_on"],
        {
            "started_on": described(DATE, "试任职务起始日期 start of the trial appointment"),
            "evaluated_on": described(DATE, "考核日期（默认为校验日期） date of the assessment"),
            "total_votes": integer("民主测评有效票总数 valid democratic-evaluation votes"),
            "basically_competent_votes": integer("基本称职票 votes 'basically competent'"),
            "incompetent_votes": integer("不称职票 votes 'incompetent'"),
            "unfit": _bool("经考核确属不适应岗位任职需求 confirmed unfit for the post"),
        },
    ),
)


@rule(
    "cadre.probation.review",
    check="cadre.probation",
    agencies=[TY, BC],
    cites=[],
    params=["cadre.probation.months", "cadre.probation.negative_share", "cadre.probation.requires_unfit"],
)
def probation_review(facts: Any, ctx: RuleContext) -> Finding:
    """任职试用期一年；期满考核必须民主测评；基本称职和不称职票超过三分之一（恰为 1/3 不算），确属不适应的，
    免去试任职务 (通榆 三(十)；白城 规范 八(二)). Reading (``cadre.probation.requires_unfit``): both conditions
    are needed (the text joins them with a comma); over 1/3 without a finding of unfitness gives a warning."""
    months = int(ctx.param("cadre.probation.months"))
    extra = ctx.param_clauses("cadre.probation.months", "cadre.probation.negative_share")
    start = _d(facts, "started_on")
    assert start is not None
    end = _end(ctx, start, months, "任职试用期满", "probation ends")
    when = _d(facts, "evaluated_on") or ctx.on
    trace = [f"试用 {iso(start)} 起 {months} 个月，期满 {iso(end.date)}；考核 {iso(when)}"]
    if when < end.date:
        return ctx.finding(
            BLOCKED,
            f"试用期至 {iso(end.date)} 届满，期满后方可考核并正式任职",
            "probation has not ended: assess and confirm after it",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    total = facts.get("total_votes")
    if not total:
        return ctx.finding(
            BLOCKED,
            "试用期满考核必须进行民主测评",
            "the end-of-probation assessment needs a democratic evaluation",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    neg = facts.get("basically_competent_votes", 0) + facts.get("incompetent_votes", 0)
    share: Fraction = ctx.param("cadre.probation.negative_share")
    limit = share * total
    over = neg > limit
    trace.append(f"基本称职+不称职 {neg} 票 {'>' if over else '≤'} {total} × {share} = {num(limit)}")
    if neg > total:
        return ctx.finding(BLOCKED, "测评票数有误，请核对", "vote counts are inconsistent", trace=trace, extra=extra)
    unfit = bool(facts.get("unfit"))
    if over and (unfit or not ctx.param("cadre.probation.requires_unfit")):
        return ctx.finding(
            BLOCKED,
            "基本称职和不称职票超过三分之一且确属不适应岗位，免去试任职务，一般按试任前职级安排工作",
            "over a third negative votes and unfit: remove from the trial post",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    if over:
        return ctx.finding(
            WARNING,
            "基本称职和不称职票超过三分之一，须研判是否确属不适应岗位；胜任现职的方可正式任职",
            "over a third negative votes: decide whether the cadre is unfit before confirming",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    if unfit:
        return ctx.finding(
            WARNING,
            "否定票未超过三分之一，但考核认为不适应岗位，请党组研究",
            "negative votes within a third but judged unfit: for the party group",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "试用期满考核胜任现职，予以正式任职",
        "fit for the post: confirm the appointment",
        trace=trace,
        deadlines=[end],
        extra=extra,
    )


# =========================================================================== cadre.removal

SANCTIONS = [
    "none",
    "admin_warning",
    "admin_demerit",
    "admin_major_demerit",
    "admin_demotion",
    "admin_removal",
    "admin_expulsion",
    "party_warning",
    "party_serious_warning",
    "party_removal",
    "party_probation",
    "party_expulsion",
]

check(
    "cadre.removal",
    "干部是否应免去现职",
    "Must the cadre be removed from the current post",
    obj(
        [],
        {
            "decision_date": described(DATE, "研判日期（默认为校验日期） date of the decision"),
            "birth_date": {"type": "string", "format": "date", "description": "出生日期 YYYY-MM-DD date of birth"},
            "retirement_age": integer("适用的法定退休年龄（周岁，依国家规定） statutory retirement age", 40, 75),
            "post_age_limit": integer("任职年龄界限（周岁，如有） age limit for the post", 20, 75),
            "accountability_removal": _bool("受到责任追究应当免职 accountability requires removal"),
            "latest_assessment": enum("最近一次年度考核等次 latest annual assessment grade", GRADES),
            "resigned_or_transferred": _bool("辞职或者调出 resigned or transferred out"),
            "health_unable_since": described(
                DATE, "因健康原因无法正常履职的起始日 unable to work for health reasons since"
            ),
            "left_post_since": described(
                DATE, "因个人原因离开岗位的起始日 away from the post for personal reasons since"
            ),
            "section_mismanagement": _bool("科室管理松懈、独断专行等（制度五(三)） mismanagement of the section"),
            "major_accident": _bool("因失职导致重大网络安全或行政管理事故 major accident through negligence"),
            "sanction": enum("所受处分 sanction received", SANCTIONS),
            "law_violation": _bool("触犯国家法律、法规 broke the law"),
            "refuses_orders": _bool("不执行上级命令指示经教育仍不改正 refuses orders after education"),
            "other_reason": _bool("因工作或其他原因应当免去现职 other reasons"),
        },
    ),
)


def _age_reached(facts: Any, on: dt.date) -> list[tuple[str, str, str]]:
    birth = _d(facts, "birth_date")
    out: list[tuple[str, str, str]] = []
    if birth is None:
        return out
    age = _age(birth, on)
    for key, zh in (("post_age_limit", "任职年龄界限"), ("retirement_age", "退休年龄界限")):
        limit = facts.get(key)
        if limit is not None:
            out.append(
                (
                    f"{iso(on)} 年满 {age} 周岁 {'≥' if age >= limit else '<'} {zh} {limit}",
                    zh,
                    "y" if age >= limit else "",
                )
            )
    return out


@rule(
    "cadre.removal.triggers_art5",
    check="cadre.removal",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:4:5", "股级干部有下列情形之一的，一般应当免去现职"),
        ("tongyu-hrss:4:5.1", "达到退休年龄界限的"),
        ("tongyu-hrss:4:5.3", "年度考核不称职（不合格）的"),
        ("tongyu-hrss:4:5.5", "因健康原因，无法正常履行工作职责一年以上的"),
    ],
)
def removal_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 五、六种情形. Age from the birth date on the decision date (the seed names no age: the caller gives
    the statutory retirement age); 健康原因 “一年以上” includes the anniversary."""
    on = _decision_date(facts, ctx)
    p: list[tuple[str, str]] = []
    trace: list[str] = []
    for line, zh, hit in _age_reached(facts, on):
        trace.append(line)
        if hit and zh == "退休年龄界限":
            p.append(("达到退休年龄界限", "reached the retirement age"))
    if facts.get("accountability_removal"):
        p.append(("受到责任追究应当免职", "accountability requires removal"))
    if facts.get("latest_assessment") == "incompetent":
        p.append(("年度考核不称职（不合格）", "graded incompetent"))
    if facts.get("resigned_or_transferred"):
        p.append(("辞职或者调出", "resigned or transferred"))
    since = _d(facts, "health_unable_since")
    if since is not None:
        months = int(ctx.param("cadre.removal.triggers_art5.health_months"))
        reach = _end(ctx, since, months, "健康原因无法履职满一年", "one year unable to work")
        trace.append(
            f"健康原因无法履职自 {iso(since)}，满一年 {iso(reach.date)} {'≤' if on >= reach.date else '>'} {iso(on)}"
        )
        if on >= reach.date:
            p.append(("因健康原因无法正常履行工作职责一年以上", "unable to work for health reasons for a year or more"))
    if facts.get("other_reason"):
        p.append(("因工作或其他原因应当免去现职", "other reasons"))
    if p:
        return ctx.finding(
            BLOCKED,
            "一般应当免去现职：" + "；".join(x[0] for x in p),
            "should as a rule be removed: " + "; ".join(x[1] for x in p),
            trace=trace,
        )
    return ctx.finding(ALLOWED, "无应当免去现职的情形", "no ground for removal", trace=trace)


_SERIOUS = {
    "admin_demerit",
    "admin_major_demerit",
    "admin_demotion",
    "admin_removal",
    "admin_expulsion",
    "party_serious_warning",
    "party_removal",
    "party_probation",
    "party_expulsion",
}


@rule(
    "cadre.removal.triggers_art5_13",
    check="cadre.removal",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:13:5", "干部出现有下列情形之一的，应当免去现职"),
        ("baicheng-fupin:13:5.1", "达到任职年龄界限或退休年龄界限的"),
        ("baicheng-fupin:13:5.2", "辞职、调出或因个人原因离开岗位超过一年的"),
        ("baicheng-fupin:13:5.5", "综合考核不称职的"),
        ("baicheng-fupin:13:5.6", "受到行政记过或党内严重警告以上处分的"),
    ],
)
def removal_bc(facts: Any, ctx: RuleContext) -> Finding:
    """白城 《干部选拔任免制度》五、七种情形. 离开岗位 “超过一年” excludes the anniversary itself;
    “记过或严重警告以上” includes 记过 and 严重警告."""
    on = _decision_date(facts, ctx)
    p: list[tuple[str, str]] = []
    trace: list[str] = []
    for line, zh, hit in _age_reached(facts, on):
        trace.append(line)
        if hit:
            p.append((f"达到{zh}", "reached the age limit"))
    if facts.get("resigned_or_transferred"):
        p.append(("辞职或调出", "resigned or transferred"))
    since = _d(facts, "left_post_since")
    if since is not None:
        months = int(ctx.param("cadre.removal.triggers_art5_13.away_months"))
        reach = _end(ctx, since, months, "离开岗位满一年", "one year away")
        trace.append(
            f"离岗自 {iso(since)}，满一年 {iso(reach.date)}，决定日"
            f" {iso(on)} {'>' if on > reach.date else '≤'} 满一年之日"
        )
        if on > reach.date:
            p.append(("因个人原因离开岗位超过一年", "away from the post for personal reasons over a year"))
    for key, zh, en in [
        ("section_mismanagement", "科室管理松懈、群众意见较大等", "section mismanaged"),
        ("major_accident", "因失职导致重大网络安全事故或行政管理事故", "major accident through negligence"),
        ("law_violation", "触犯国家法律、法规", "broke the law"),
        ("refuses_orders", "不执行上级命令、指示经教育仍不改正", "refuses orders"),
        ("other_reason", "因工作需要或其他原因应当免去现职", "other reasons"),
    ]:
        if facts.get(key):
            p.append((zh, en))
    if facts.get("latest_assessment") == "incompetent":
        p.append(("综合考核不称职", "graded incompetent"))
    if facts.get("sanction", "none") in _SERIOUS:
        p.append(("受到行政记过或党内严重警告以上处分", "sanctioned with 记过/严重警告 or heavier"))
    if p:
        return ctx.finding(
            BLOCKED,
            "应当免去现职：" + "；".join(x[0] for x in p),
            "must be removed: " + "; ".join(x[1] for x in p),
            trace=trace,
        )
    return ctx.finding(ALLOWED, "无应当免去现职的情形", "no ground for removal", trace=trace)


# =========================================================================== cadre.promotion_review (文山)

check(
    "cadre.promotion_review",
    "科级领导干部考察提拔报批审核（文山）",
    "Review of a section-level promotion request (Wenshan)",
    obj(
        ["stage", "vacancies", "candidates_qualified", "procedure_compliant"],
        {
            "stage": enum("审核阶段：选拔方案、任免复核 plan review or appointment re-check", ["plan", "appointment"]),
            "vacancies": integer("拟任免单位科级职数空缺数 vacant section-level posts"),
            "to_promote": integer("拟提拔人数（默认1） persons to promote", 1),
            "candidates_qualified": _bool("人选具备拟任职务资格条件 candidates meet the qualifications"),
            "procedure_compliant": _bool("选拔方式和程序符合规定 selection method and procedure comply"),
            "received_on": described(DATE, "受理请示或函件日期 date the request was received"),
            "completed_on": described(DATE, "审核完成日期 date the review was completed"),
            "extended": _bool("因特殊情况延长 extended for special circumstances"),
            "publicity_objection": _bool("公示有异议 objection during publicity"),
            "approvals": enum_list("已签批：分管领导、主要领导 sign-offs obtained", ["deputy_in_charge", "chief"]),
        },
    ),
)


@rule(
    "cadre.promotion_review.items_art28_1",
    check="cadre.promotion_review",
    agencies=[WS],
    cites=[("wenshan-hrss:32:1", "以上3个审核项目必须同时符合有关规定,如有1项不符合规定的,退回拟任免单位")],
)
def promotion_items_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十八条(一)：科级职数空缺、人选资格、选拔方式程序 三项同时符合，有 1 项不符合即退回."""
    p: list[tuple[str, str]] = []
    n, vac = facts.get("to_promote", 1), facts["vacancies"]
    trace = [f"拟提拔 {n} 人 {'≤' if n <= vac else '>'} 科级职数空缺 {vac}"]
    if n > vac:
        p.append(("科级职数无相应空缺", "no vacant section-level post"))
    if not facts["candidates_qualified"]:
        p.append(("人选不具备拟任职务资格条件", "candidates do not qualify"))
    if not facts["procedure_compliant"]:
        p.append(("选拔方式和程序不符合规定", "method or procedure does not comply"))
    if p:
        return ctx.finding(
            BLOCKED,
            "退回拟任免单位：" + "；".join(x[0] for x in p),
            "returned: " + "; ".join(x[1] for x in p),
            trace=trace,
        )
    return ctx.finding(ALLOWED, "三个审核项目均符合规定", "all three review items comply", trace=trace)


def _time_limit(
    ctx: RuleContext, facts: Any, start_key: str, normal: int, longest: int, zh: str, en: str
) -> Finding | None:
    start = _d(facts, start_key)
    if start is None:
        return None
    ext = bool(facts.get("extended"))
    end = ctx.deadline(start, longest if ext else normal, "working_days", zh, en)
    done = _d(facts, "completed_on")
    trace = [f"{iso(start)} 起 {longest if ext else normal} 个工作日（{'延长' if ext else '一般'}）至 {iso(end.date)}"]
    if done is not None:
        trace.append(f"完成 {iso(done)} {'≤' if done <= end.date else '>'} {iso(end.date)}")
        if done > end.date:
            return ctx.finding(
                BLOCKED,
                f"超过时限（{iso(end.date)}）办结",
                f"finished after the limit {iso(end.date)}",
                trace=trace,
                deadlines=[end],
            )
        return ctx.finding(ALLOWED, "在时限内办结", "finished within the limit", trace=trace, deadlines=[end])
    if ctx.on > end.date:
        return ctx.finding(
            BLOCKED,
            f"已超过办理时限（{iso(end.date)}）",
            f"past the limit {iso(end.date)}",
            trace=trace,
            deadlines=[end],
        )
    return ctx.finding(
        ALLOWED,
        f"须于 {iso(end.date)} 前办结",
        f"finish by {iso(end.date)}",
        trace=trace,
        deadlines=[end],
    )


@rule(
    "cadre.promotion_review.time_limit_art28_3",
    check="cadre.promotion_review",
    agencies=[WS],
    cites=[("wenshan-hrss:32:3", "整个审核工作不得超过5个工作日,因特殊情况可适当延长,但不得超过10个工作日")],
)
def promotion_time_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十八条(三)：审核不超过 5 个工作日，特殊情况延长但不超过 10 个工作日（受理次日起算）."""
    out = _time_limit(
        ctx,
        facts,
        "received_on",
        int(ctx.param("cadre.promotion_review.time_limit_art28_3.working_days")),
        int(ctx.param("cadre.promotion_review.time_limit_art28_3.extended")),
        "科级干部提拔报批审核时限",
        "promotion review time limit",
    )
    return out or ctx.finding(
        ALLOWED,
        "审核须在5个工作日内完成（特殊情况不超过10个工作日）",
        "review within 5 working days (10 at most)",
    )


@rule(
    "cadre.promotion_review.approval_art28_2",
    check="cadre.promotion_review",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:32:2.3", "局分管领导审签同意,草拟文件报主要领导签发正式行文批复"),
        ("wenshan-hrss:32:2.4", "民主推荐产生拟任职对象经公示无异意后"),
    ],
)
def promotion_approval_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十八条(二)：方案经分管领导审签、主要领导签发批复；任免复核须公示无异议，报分管领导审签."""
    have = set(facts.get("approvals", []))
    if facts["stage"] == "appointment":
        if facts.get("publicity_objection"):
            return ctx.finding(BLOCKED, "公示有异议，不得复核办理任免", "publicity objection: no appointment")
        need = ["deputy_in_charge"]
    else:
        need = ["deputy_in_charge", "chief"]
    missing = [r for r in need if r not in have]
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            "须报" + "、".join({"deputy_in_charge": "局分管领导审签", "chief": "主要领导签发批复"}[r] for r in missing),
            "needs sign-off by " + ", ".join(missing),
            approvers=missing,
        )
    return ctx.finding(ALLOWED, "已履行审签程序", "sign-offs complete")


# =========================================================================== recruitment (通榆 S000-09)

REVIEWS = ["section_collective", "deputy_in_charge", "directors_meeting"]
REVIEW_ROLE = {
    "section_collective": "section_head",
    "deputy_in_charge": "deputy_in_charge",
    "directors_meeting": "directors_meeting",
}
CHANNELS = ["county_website", "baicheng_hrss_website", "county_media"]

check(
    "recruitment.announcement",
    "事业单位公开招聘公告（资格条件审核、三级审核、发布渠道）",
    "Open-recruitment announcement (conditions, three-stage review, channels)",
    obj(
        ["reviews_done"],
        {
            "reviews_done": enum_list(
                "已完成的审核：计划录用调配科集体初审、科室分管领导复审、局长办公会议终审 reviews completed", REVIEWS
            ),
            "channels": enum_list(
                "发布渠道：县委县政府网站、白城市人社局网站、通榆县主流媒体 publication channels", CHANNELS
            ),
            "discriminatory_conditions": _bool("岗位资格条件违反政策或有歧视性条件 discriminatory post conditions"),
            "within_quota": _bool("在县编委确定的年度计划数额及岗位类别内（默认是） within the annual quota"),
        },
    ),
)


@rule(
    "recruitment.announcement.review_art6",
    check="recruitment.announcement",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:9:6", "公告应经过计划录用调配科集体讨论初审、科室分管领导复审、局长办公会议终审的审核流程"),
        ("tongyu-hrss:9:5", "对违反相关政策、存在歧视性条件的岗位资格条件设置，应予以指出并要求招聘单位整改"),
        ("tongyu-hrss:9:4", "按照通榆县机构编制委员会研究确定的该年度公开招聘编制使用计划数额及岗位类别"),
    ],
)
def announcement_review_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第四、五、六条：资格条件在年度计划内且无歧视；公告经初审、复审、终审后方可发布."""
    if facts.get("discriminatory_conditions"):
        return ctx.finding(
            BLOCKED,
            "岗位资格条件违反政策或存在歧视性条件，须整改",
            "discriminatory conditions must be rectified",
        )
    if facts.get("within_quota") is False:
        return ctx.finding(BLOCKED, "超出县编委确定的年度公开招聘计划数额或岗位类别", "outside the annual quota")
    done = set(facts["reviews_done"])
    missing = [r for r in REVIEWS if r not in done]
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            "公告尚须"
            + "、".join(
                {
                    "section_collective": "计划录用调配科集体讨论初审",
                    "deputy_in_charge": "科室分管领导复审",
                    "directors_meeting": "局长办公会议终审",
                }[r]
                for r in missing
            ),
            "the announcement still needs: " + ", ".join(missing),
            approvers=[REVIEW_ROLE[r] for r in missing],
        )
    return ctx.finding(ALLOWED, "公告已完成初审、复审、终审", "three-stage review complete")


@rule(
    "recruitment.announcement.channels_art6",
    check="recruitment.announcement",
    agencies=[TY],
    cites=[("tongyu-hrss:9:6", "官方网站和通榆县主流媒体面向社会发布")],
)
def announcement_channels_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第六条第二款：三个渠道均须发布."""
    got = set(facts.get("channels", []))
    missing = [c for c in CHANNELS if c not in got]
    if missing:
        zh = {
            "county_website": "中共通榆县委通榆县人民政府官方网站",
            "baicheng_hrss_website": "白城市人力资源和社会保障局官方网站",
            "county_media": "通榆县主流媒体",
        }
        return ctx.finding(
            BLOCKED,
            "公告必须在" + "、".join(zh[c] for c in missing) + "发布",
            "must also be published on: " + ", ".join(missing),
        )
    return ctx.finding(ALLOWED, "公告在规定的三个渠道发布", "published on all three channels")


check(
    "recruitment.shortlist",
    "进入资格复审（1:3）或体检（1:1）的人选",
    "Who enters re-review (1:3) or the medical examination (1:1)",
    obj(
        ["stage", "hires", "scores"],
        {
            "stage": enum("环节：资格条件复审、体检 re-review or medical exam", ["requalification", "medical"]),
            "hires": integer("岗位招聘人数 posts to fill", 1, 1000),
            "scores": {
                "type": "array",
                "items": {"type": "number", "minimum": 0, "maximum": 1000},
                "maxItems": 100_000,
                "description": "该岗位全部考生成绩（复审用笔试成绩，体检用总成绩） every candidate's score",
            },
            "exempt_post": _bool("免笔试岗位 post exempt from the written exam"),
            "proposed": integer("拟确定的人数 number proposed to enter"),
        },
    ),
)


@rule(
    "recruitment.shortlist.ratio",
    check="recruitment.shortlist",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:9:16", "超过1:3比例的并列考生一并进入资格条件复审"),
        ("tongyu-hrss:9:28", "按照岗位招聘人数1:1的比例确定参加体检的考生人选"),
    ],
)
def shortlist_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第十六条 1:3 由高分到低分、并列者一并进入，免笔试岗位直接进入；第二十八条 1:1 按总成绩（本条未规定
    并列：并列于末位时提醒依规处理）."""
    stage, hires = facts["stage"], facts["hires"]
    scores = sorted((Decimal(str(s)) for s in facts["scores"]), reverse=True)
    base = f"recruitment.shortlist.ratio.{stage}"
    ratio = int(ctx.param(base))
    ties = bool(ctx.param(f"recruitment.shortlist.ratio.{stage}_ties"))
    extra = ctx.param_clauses(base)
    cites = ("tongyu-hrss:9:16",) if stage == "requalification" else ("tongyu-hrss:9:28",)
    warn = ""
    if stage == "requalification" and facts.get("exempt_post"):
        count = len(scores)
        trace = [f"免笔试岗位，{count} 名考生直接进入资格条件复审"]
    else:
        quota = ratio * hires
        trace = [f"招聘 {hires} 人 × {ratio} = {quota} 人；考生 {len(scores)} 人"]
        if len(scores) <= quota:
            count = len(scores)
        else:
            cut = scores[quota - 1]
            tied = sum(1 for s in scores if s >= cut)
            count = tied if ties else quota
            trace.append(f"第 {quota} 名成绩 {num(cut)}，成绩 ≥ {num(cut)} 者 {tied} 人")
            if not ties and tied > quota:
                warn = f"第 {quota} 名成绩并列（{tied - quota + 1} 人同分），须依规确定人选"
    trace.append(f"应进入 {count} 人")
    proposed = facts.get("proposed")
    if proposed is not None and proposed != count:
        return ctx.finding(
            BLOCKED,
            f"拟确定 {proposed} 人，按比例应为 {count} 人",
            f"{proposed} proposed, the ratio gives {count}",
            trace=trace,
            cites=cites,
            extra=extra,
        )
    if warn:
        return ctx.finding(
            WARNING, warn, "a tie at the cut-off must be resolved", trace=trace, cites=cites, extra=extra
        )
    return ctx.finding(ALLOWED, f"按比例确定 {count} 人", f"{count} enter", trace=trace, cites=cites, extra=extra)


PUBLICITY_STAGES = ["written_scores", "requalification_list", "total_scores", "pre_hire"]

check(
    "recruitment.publicity",
    "公开招聘各环节公示（公示期、异议处理）",
    "Open-recruitment publicity (period, objections)",
    obj(
        ["stage", "published_on"],
        {
            "stage": enum("公示环节：笔试成绩、复审名单、总成绩、拟聘人员 which publicity", PUBLICITY_STAGES),
            "published_on": described(DATE, "公示发布日期 date published"),
            "next_step_on": described(DATE, "下一环节（或聘用）日期（默认为校验日期） date of the next step"),
            "objection": enum(
                "拟聘公示反映问题：无、严重问题查实、严重问题一时难以查实、不符合聘用条件、经核实不影响 objections",
                ["none", "serious_verified", "serious_unverified", "ineligible", "not_affecting"],
            ),
        },
    ),
)


@rule(
    "recruitment.publicity.period",
    check="recruitment.publicity",
    agencies=[TY],
    cites=[],
    params=[f"recruitment.publicity.{s}" for s in PUBLICITY_STAGES],
)
def publicity_period_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第十五、十九、二十七、三十三条：公示期为 7 天（日历日，发布次日起算，末日遇休息日顺延至下一工作日）；
    期满后方可进入下一环节."""
    name = f"recruitment.publicity.{facts['stage']}"
    days = int(ctx.param(name))
    pub = _d(facts, "published_on")
    assert pub is not None
    end = ctx.deadline(pub, days, "days", "招聘公示期届满", "recruitment publicity ends")
    nxt = _d(facts, "next_step_on") or ctx.on
    trace = [
        f"公示 {iso(pub)} 起 {days} 天至 {iso(end.date)}；下一环节 {iso(nxt)} {'>' if nxt > end.date else '≤'} 届满日"
    ]
    extra = ctx.param_clauses(name)
    if nxt <= end.date:
        return ctx.finding(
            BLOCKED,
            f"公示期（至 {iso(end.date)}）未满",
            "the publicity period has not ended",
            trace=trace,
            deadlines=[end],
            extra=extra,
        )
    return ctx.finding(ALLOWED, "公示期已满", "publicity period over", trace=trace, deadlines=[end], extra=extra)


@rule(
    "recruitment.publicity.objection_art33",
    check="recruitment.publicity",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:9:33", "取消其拟聘人员资格，不再递补"),
    ],
)
def publicity_objection_ty(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆 第三十三条：拟聘公示异议的处理."""
    if facts["stage"] != "pre_hire":
        return None
    obj = facts.get("objection", "none")
    if obj in ("serious_verified", "ineligible"):
        return ctx.finding(BLOCKED, "取消其拟聘人员资格，不再递补", "disqualified, no back-fill")
    if obj == "serious_unverified":
        return ctx.finding(BLOCKED, "暂缓聘用，待查实并做出结论后决定是否聘用", "hiring suspended until verified")
    return ctx.finding(ALLOWED, "公示无异议或经核实不影响聘用，按程序办理聘用手续", "no objection affecting the hire")


check(
    "recruitment.application",
    "应聘回避与外籍人员招聘",
    "Applicant recusal and foreign nationals",
    obj(
        [],
        {
            "relation_to_unit_head": enum(
                "与聘用单位负责人员的亲属关系 kinship with a head of the hiring unit",
                ["none", "spouse", "lineal", "collateral_3", "close_in_law"],
            ),
            "post_kind": enum(
                "应聘岗位：负责人秘书、人事、财务、纪检监察、直接上下级、其他 post applied for",
                ["secretary_of_head", "hr", "finance", "discipline", "directly_supervised", "other"],
            ),
            "handler_conflict": enum(
                "招聘工作人员涉及亲属关系：无、已回避、未回避 staff conflict", ["none", "recused", "not_recused"]
            ),
            "foreign_national": _bool("外国国籍 foreign national"),
            "provincial_approval": _bool("已报省级以上政府人事管理部门核准 approved by the provincial authority"),
        },
    ),
)


@rule(
    "recruitment.application.recusal_art35",
    check="recruitment.application",
    agencies=[TY],
    cites=[
        (
            "tongyu-hrss:9:35",
            "不得应聘该单位负责人员的秘书或者人事、财务、纪检监察岗位，以及有直接上下级领导关系的岗位",
        ),
    ],
)
def application_recusal_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第三十五条 应聘回避和招聘工作人员回避."""
    rel, post = facts.get("relation_to_unit_head", "none"), facts.get("post_kind", "other")
    if rel != "none" and post != "other":
        return ctx.finding(
            BLOCKED,
            "与聘用单位负责人员有亲属关系，不得应聘该岗位",
            "a relative of a unit head may not apply for this post",
            trace=[f"亲属关系 {rel}，岗位 {post}"],
        )
    if facts.get("handler_conflict") == "not_recused":
        return ctx.finding(BLOCKED, "招聘工作人员涉及亲属关系，必须回避", "the staff member must recuse")
    return ctx.finding(ALLOWED, "无须回避", "no recusal needed")


@rule(
    "recruitment.application.foreign_art40",
    check="recruitment.application",
    agencies=[TY],
    cites=[("tongyu-hrss:9:40", "须报省级以上政府人事管理部门核准")],
)
def application_foreign_ty(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆 第四十条：招聘外国国籍人员须报省级以上政府人事管理部门核准."""
    if not facts.get("foreign_national"):
        return None
    if not facts.get("provincial_approval"):
        return ctx.finding(
            BLOCKED, "招聘外国国籍人员须先报省级以上政府人事管理部门核准", "needs provincial approval first"
        )
    return ctx.finding(ALLOWED, "已经省级以上政府人事管理部门核准", "provincial approval obtained")


check(
    "recruitment.supervision",
    "考场监考与面试监督人员配置",
    "Invigilation and interview-room supervision",
    obj(
        ["discipline_inspectors", "social_supervisors"],
        {
            "invigilators_in_establishment": _bool(
                "监考均为县人社局在编在岗人员 invigilators are on-establishment HRSS staff"
            ),
            "discipline_inspectors": integer("面试室纪检监察人员数 discipline inspectors in the room", 0, 20),
            "social_supervisors": integer("面试室社会监督员数（人大、政协委员） social supervisors in the room", 0, 20),
        },
    ),
)


@rule(
    "recruitment.supervision.art12_25",
    check="recruitment.supervision",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:9:25", "面试室内设置纪检监察一人，并从人大、政协委员中选聘社会监督员一至二人"),
        ("tongyu-hrss:9:12", "考场内监考应由县人力资源和社会保障局选派在编在岗工作人员担任"),
    ],
)
def supervision_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第十二条 监考人员；第二十五条 面试室纪检监察一人、社会监督员一至二人."""
    p: list[tuple[str, str]] = []
    d, s = facts["discipline_inspectors"], facts["social_supervisors"]
    nd = int(ctx.param("recruitment.supervision.art12_25.discipline"))
    lo, hi = (
        int(ctx.param("recruitment.supervision.art12_25.social_min")),
        int(ctx.param("recruitment.supervision.art12_25.social_max")),
    )
    trace = [f"纪检监察 {d} 人（应 {nd} 人）；社会监督员 {s} 人（应 {lo}–{hi} 人）"]
    if d != nd:
        p.append((f"面试室应设纪检监察{nd}人", f"the room needs exactly {nd} discipline inspector"))
    if not lo <= s <= hi:
        p.append((f"面试室应有社会监督员{lo}至{hi}人", f"the room needs {lo}-{hi} social supervisors"))
    if facts.get("invigilators_in_establishment") is False:
        p.append(("监考应由县人社局选派在编在岗工作人员担任", "invigilators must be on-establishment HRSS staff"))
    return _verdict(ctx, p, "监考与面试监督人员配置符合规定", "supervision staffing complies", trace)


check(
    "recruitment.paper_retention",
    "笔试试卷及答题卡保存与销毁",
    "Retention and destruction of written-exam papers",
    obj(
        ["exam_date"],
        {
            "exam_date": described(DATE, "笔试日期 date of the written exam"),
            "destroy_on": described(DATE, "拟销毁日期（默认为校验日期） planned destruction date"),
        },
    ),
)


@rule(
    "recruitment.paper_retention.art14",
    check="recruitment.paper_retention",
    agencies=[TY],
    cites=[("tongyu-hrss:9:14", "保存期限为半年。超过保密期限后，由考试中心进行集中销毁")],
)
def paper_retention_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第十四条：保存半年（笔试次日起算），超过保存期限后方可销毁."""
    exam = _d(facts, "exam_date")
    assert exam is not None
    months = int(ctx.param("recruitment.paper_retention.art14.months"))
    end = _end(ctx, exam, months, "试卷保存期届满", "retention period ends")
    when = _d(facts, "destroy_on") or ctx.on
    trace = [
        f"笔试 {iso(exam)}，保存 {months} 个月至 {iso(end.date)}"
        f"；销毁 {iso(when)} {'>' if when > end.date else '≤'} 届满日"
    ]
    if when <= end.date:
        return ctx.finding(
            BLOCKED,
            f"保存期（至 {iso(end.date)}）未满，不得销毁",
            "retention period not over",
            trace=trace,
            deadlines=[end],
        )
    return ctx.finding(ALLOWED, "保存期已满，可由考试中心集中销毁", "may be destroyed", trace=trace, deadlines=[end])


# =========================================================================== transfer.institution (通榆 S000-10)

MOVE_KINDS = ["in_system", "cross_system_same_funding", "cross_system_reverse", "out_of_county", "into_county"]
SIGNERS = ["department_leader", "personnel_leader", "county_head"]
SIGNER_ZH = {
    "department_leader": "主管本部门县领导",
    "personnel_leader": "主管人事工作的县政府领导",
    "county_head": "县长",
}

check(
    "transfer.institution",
    "事业单位人员流动（通榆）",
    "Transfer of public-institution staff (Tongyu)",
    obj(
        ["kind", "establishment_vacancy", "post_vacancy"],
        {
            "kind": enum(
                "流动类型：系统内、跨系统同经费形式、按经费形式逆向、调出县域、调入县域 kind of move", MOVE_KINDS
            ),
            "establishment_vacancy": _bool("有编制空缺 establishment vacancy"),
            "post_vacancy": _bool("有岗位空缺 post vacancy"),
            "probation_completed": _bool("试用期已满（默认是） probation completed"),
            "under_review": _bool("正在接受有关部门审查处理 under review by the authorities"),
            "department_meeting": _bool("主管部门班子会已讨论决定（系统内） supervising department's meeting decided"),
            "sign_offs": {
                "type": "array",
                "items": {"enum": SIGNERS},
                "maxItems": 10,
                "description": "按签批先后的签批人 sign-offs in the order given",
            },
            "filed_with_hrss": _bool("签批后申请已报县人社局备案 filed with the HRSS bureau"),
            "special_meeting": enum(
                "县政府人员流动专题会议：通过、未通过、未召开 special meeting", ["passed", "rejected", "not_held"]
            ),
            "personal_application": _bool("附本人申请 the person's own application attached"),
            "negotiation_letter": _bool("商调函已备案/已发出 transfer-negotiation letter filed or sent"),
            "inspection": enum(
                "调入人员组织考察：无问题、有问题、未考察 inspection at origin", ["passed", "problem", "pending"]
            ),
        },
    ),
)


@rule(
    "transfer.institution.refusals_art7",
    check="transfer.institution",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:10:3", "事业单位人员流动必须在编制空缺和岗位空缺内进行"),
        ("tongyu-hrss:10:7", "事业单位及流动人员存在以下情况的，不予办理流动手续"),
        ("tongyu-hrss:10:7.2", "（二）试用期未满的"),
        ("tongyu-hrss:10:7.3", "（三）正在接受有关部门审查处理的"),
        ("tongyu-hrss:10:7.4", "（四）县政府专题会议研究讨论未通过的"),
    ],
)
def transfer_refusals_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第三条、第七条：不予办理流动手续的情形."""
    p: list[tuple[str, str]] = []
    if not facts["establishment_vacancy"]:
        p.append(("无编制空缺", "no establishment vacancy"))
    if not facts["post_vacancy"]:
        p.append(("无相应岗位空缺", "no post vacancy"))
    if facts.get("probation_completed") is False:
        p.append(("试用期未满", "probation not completed"))
    if facts.get("under_review"):
        p.append(("正在接受有关部门审查处理", "under review"))
    if facts.get("special_meeting") == "rejected":
        p.append(("县政府专题会议研究讨论未通过", "the special meeting rejected it"))
    if p:
        return ctx.finding(
            BLOCKED,
            "不予办理流动手续：" + "；".join(x[0] for x in p),
            "not processed: " + "; ".join(x[1] for x in p),
        )
    return ctx.finding(ALLOWED, "无不予办理流动手续的情形", "no ground for refusal")


@rule(
    "transfer.institution.procedure_art4_6",
    check="transfer.institution",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:10:4.1", "由主管部门召开班子会讨论决定后直接到县编办办理人员调整手续"),
        (
            "tongyu-hrss:10:5.1.1",
            "依次分别由主管本部门（单位）县领导签批意见，主管人事工作的县政府领导签批意见，县长签批意见",
        ),
        ("tongyu-hrss:10:6.1.1", "附拟调出人员个人申请"),
        ("tongyu-hrss:10:6.2.4", "考察无问题的，由县人社局、县编办、县财政局、主管部门办理相关流动手续"),
        ("tongyu-hrss:10:8", "对未按照本规定第四条、第五条、第六条所列顺序办理流动手续的，计划录用调配科应当作出纠正"),
    ],
    params=["transfer.institution.in_system_special_meeting"],
)
def transfer_procedure_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第四至六、八条. Reading (``transfer.institution.in_system_special_meeting``): a move within one
    system follows 第四条 (班子会 then 县编办) without the special meeting of 第三条 — the specific article prevails."""
    kind = facts["kind"]
    p: list[tuple[str, str]] = []
    trace: list[str] = []
    extra = ctx.param_clauses("transfer.institution.in_system_special_meeting")
    if kind == "in_system":
        if not facts.get("department_meeting"):
            p.append(("系统内流动须由主管部门召开班子会讨论决定", "the supervising department's meeting must decide"))
        if ctx.param("transfer.institution.in_system_special_meeting") and facts.get("special_meeting") != "passed":
            p.append(("须经县政府专题会议研究通过", "the county special meeting must pass it"))
        if p:
            return ctx.finding(BLOCKED, "；".join(x[0] for x in p), "; ".join(x[1] for x in p), extra=extra)
        return ctx.finding(
            ALLOWED, "系统内流动手续齐备，可到县编办办理", "in-system move may be processed", extra=extra
        )
    signs = list(facts.get("sign_offs", []))
    trace.append("签批顺序：" + ("→".join(SIGNER_ZH[s] for s in signs) or "无"))
    if signs != SIGNERS:
        present = [s for s in SIGNERS if s in signs]
        if present != [s for s in signs if s in SIGNERS] or len(set(signs)) != len(signs):
            p.append(("签批未按主管县领导、主管人事县政府领导、县长的顺序进行，须纠正", "sign-offs out of order"))
        missing = [SIGNER_ZH[s] for s in SIGNERS if s not in signs]
        if missing:
            p.append(("尚缺" + "、".join(missing) + "签批意见", "missing sign-offs"))
    if kind in ("out_of_county", "into_county") and not facts.get("personal_application"):
        p.append(("申请须附本人个人申请", "the person's own application is required"))
    if not facts.get("filed_with_hrss"):
        p.append(("签批后申请须报县人社局备案", "the signed application must be filed with HRSS"))
    if kind == "out_of_county" and not facts.get("negotiation_letter"):
        p.append(("调出县域须将商调函报县人社局备案", "the receiving side's negotiation letter must be filed"))
    if facts.get("special_meeting") != "passed":
        p.append(("须经县政府人员流动专题工作会议研究讨论决定", "the county special meeting must decide"))
    if kind == "into_county":
        if not facts.get("negotiation_letter"):
            p.append(("须由县人社局向调出地发出商调函", "HRSS must send the negotiation letter"))
        insp = facts.get("inspection", "pending")
        if insp != "passed":
            p.append(("须到拟调人员工作所在地组织考察且考察无问题", "the inspection at origin must find no problem"))
    if p:
        return ctx.finding(BLOCKED, "；".join(x[0] for x in p), "; ".join(x[1] for x in p), trace=trace, extra=extra)
    return ctx.finding(
        ALLOWED,
        "流动程序完备，由县人社局、县编办、县财政局、主管部门办理流动手续",
        "procedure complete: process the move",
        trace=trace,
        extra=extra,
    )


# =========================================================================== transfer.civil_servant (文山 S001-31)

check(
    "transfer.civil_servant",
    "公务员调动报批（文山）",
    "Civil-servant transfer approval (Wenshan)",
    obj(
        ["vacancies", "reason_compliant", "candidate_qualified"],
        {
            "vacancies": integer("申报单位编制职位空缺数 vacant posts within the establishment"),
            "reason_compliant": _bool("调配理由符合规定 reason complies"),
            "candidate_qualified": _bool("拟调配人员身份、资格条件符合 candidate qualifies"),
            "approvals": enum_list(
                "已取得：分管领导审查同意、局长办公会议同意、局长签署意见 approvals obtained",
                ["deputy_in_charge", "directors_meeting", "chief"],
            ),
            "meeting_result": enum(
                "局长办公会议结果：同意、不同意、暂缓 meeting result", ["agree", "disagree", "defer"]
            ),
            "approved_on": described(DATE, "州政府领导审批同意日期 date the prefecture government leader approved"),
            "completed_on": described(DATE, "调配手续办结日期 date the formalities were completed"),
            "extended": _bool("因特殊情况延长 extended for special circumstances"),
        },
    ),
)


@rule(
    "transfer.civil_servant.review_art27_1",
    check="transfer.civil_servant",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:31:1", "以上3个审核项目必须同时符合有关规定,如有1项不符合规定的,退回申报调配单位"),
        ("wenshan-hrss:31:4.2", "防止和杜绝超编进人、违规调配和超职数调任"),
    ],
)
def cs_review_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十七条(一)：编制职数空缺、调配理由、人员资格 三项同时符合."""
    p: list[tuple[str, str]] = []
    vac = facts["vacancies"]
    trace = [f"编制职位空缺 {vac}"]
    if vac < 1:
        p.append(("无编制职位空缺（不得超编进人）", "no vacancy (no intake beyond the establishment)"))
    if not facts["reason_compliant"]:
        p.append(("调配理由不符合规定", "reason does not comply"))
    if not facts["candidate_qualified"]:
        p.append(("拟调配人员身份、资格条件不符合", "candidate does not qualify"))
    if p:
        return ctx.finding(
            BLOCKED,
            "退回申报调配单位：" + "；".join(x[0] for x in p),
            "returned: " + "; ".join(x[1] for x in p),
            trace=trace,
        )
    return ctx.finding(ALLOWED, "三个审核项目均符合规定", "all three review items comply", trace=trace)


@rule(
    "transfer.civil_servant.approval_art27_2",
    check="transfer.civil_servant",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:31:2.3", "经局长办公会议研究不同意和暂缓调配的,由公务员职位管理科及时反馈申报单位"),
        ("wenshan-hrss:31:2.4", "报局长签署意见报州政府领导审批"),
    ],
)
def cs_approval_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十七条(二)：分管领导审查 → 局长办公会议 → 局长签署意见 → 州政府领导审批后办理."""
    res = facts.get("meeting_result")
    if res in ("disagree", "defer"):
        return ctx.finding(BLOCKED, "局长办公会议不同意或暂缓调配，反馈申报单位", "the meeting disagreed or deferred")
    have = set(facts.get("approvals", []))
    if res == "agree":
        have.add("directors_meeting")
    missing = [r for r in ("deputy_in_charge", "directors_meeting", "chief") if r not in have]
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            "须经"
            + "、".join(
                {"deputy_in_charge": "分管领导审查", "directors_meeting": "局长办公会议研究", "chief": "局长签署意见"}[
                    r
                ]
                for r in missing
            )
            + "，再报州政府领导审批",
            "needs: " + ", ".join(missing) + ", then the prefecture government leader",
            approvers=missing,
        )
    if _d(facts, "approved_on") is None:
        return ctx.finding(
            BLOCKED,
            "须经州政府领导审批同意后方可办理调配",
            "the prefecture government leader must approve first",
        )
    return ctx.finding(ALLOWED, "已经州政府领导审批同意，按程序办理调配手续", "approved: process the transfer")


@rule(
    "transfer.civil_servant.time_limit_art27_3",
    check="transfer.civil_servant",
    agencies=[WS],
    cites=[("wenshan-hrss:31:3", "办理调配手续不得超过30个工作日,因特殊情况可适当延长,但不得超过40个工作日")],
)
def cs_time_ws(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第二十七条(三)：州政府领导审批同意后 30 个工作日内办结，特殊情况延长但不超过 40 个工作日（次日起算）."""
    return _time_limit(
        ctx,
        facts,
        "approved_on",
        int(ctx.param("transfer.civil_servant.time_limit_art27_3.working_days")),
        int(ctx.param("transfer.civil_servant.time_limit_art27_3.extended")),
        "公务员调配手续办理时限",
        "transfer formalities time limit",
    )


# ================================================================ transfer.institution_application (文山 S001-33)

check(
    "transfer.institution_application",
    "事业单位人员调动报批（文山）",
    "Public-institution staff transfer (Wenshan)",
    obj(
        ["stage", "received_on"],
        {
            "stage": enum("环节：接件登记、审批办理 intake or processing", ["intake", "processing"]),
            "received_on": described(DATE, "接件日期 date the letter is received"),
            "reason": enum(
                "调动理由：工作需要、照顾家庭、照顾父母、夫妻分居 reason",
                ["work_need", "family_care", "parents_care", "spouse_separation"],
            ),
            "acceptance_letter": _bool("用人单位及主管部门同意接收的文件或函件 acceptance letter"),
            "proofs": _bool("理由证明材料齐全（照顾父母、夫妻分居） supporting proofs"),
            "form_copies": integer("《事业单位工作人员流动审批表》份数 copies of the approval form", 0, 20),
            "form_blanks": _bool("审批表有空白项 blank fields on the form"),
            "assessment_included": _bool("附接收单位考察情况、简历、表现、安置岗位 assessment attached"),
            "scarce_talent": _bool("属我州紧缺人才的高层次人才 scarce high-level talent"),
            "approvals": enum_list(
                "已取得：分管领导审核、局长办公会研究、州政府领导审批 approvals",
                ["deputy_in_charge", "directors_meeting", "government"],
            ),
            "negotiation_letter": _bool("已以函件方式商调 negotiation letter sent"),
            "file_audit": enum("档案审核：合格、不合格、未审 personnel-file audit", ["passed", "failed", "pending"]),
        },
    ),
)


@rule(
    "transfer.institution_application.intake_art29_1",
    check="transfer.institution_application",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:33:1", "每月10-20日事业单位人事管理科受理人员调动函件"),
        ("wenshan-hrss:33:1.2", "(一式3份),表中各项内容必须如实填写,不得留有空白"),
        ("wenshan-hrss:33:1.1", "照顾父母需提供子女不在身边工作和确需照顾的相关证明"),
        ("wenshan-hrss:33:2", "属我州紧缺人才的高层次人才,实行特事特办,随报随批"),
    ],
    params=["transfer.institution_application.scarce_any_day"],
)
def intake_ws(facts: Any, ctx: RuleContext) -> Finding:
    """文山 第二十九条(一)：每月 10–20 日受理（含两端）；材料不齐全的不予接收；审批表一式 3 份无空白.
    Reading: 紧缺高层次人才 “特事特办，随报随批” is received on any day (``…scarce_any_day``)."""
    rec = _d(facts, "received_on")
    assert rec is not None
    first = int(ctx.param("transfer.institution_application.intake_art29_1.first_day"))
    last = int(ctx.param("transfer.institution_application.intake_art29_1.last_day"))
    p: list[tuple[str, str]] = []
    trace = [f"接件日 {rec.day} 日，受理期 {first}–{last} 日"]
    scarce = facts.get("scarce_talent") and ctx.param("transfer.institution_application.scarce_any_day")
    if not first <= rec.day <= last and not scarce:
        p.append((f"每月{first}-{last}日受理调动函件，{iso(rec)} 不在受理期", "outside the 10th–20th intake window"))
    if facts.get("acceptance_letter") is False:
        p.append(("缺用人单位及主管部门同意接收的文件或函件", "missing the acceptance letter"))
    if facts.get("reason") in ("parents_care", "spouse_separation") and not facts.get("proofs"):
        p.append(("照顾父母或夫妻分居须提供相关证明", "proofs for the reason are missing"))
    copies = facts.get("form_copies")
    need = int(ctx.param("transfer.institution_application.intake_art29_1.form_copies"))
    if copies is not None:
        trace.append(f"审批表 {copies} 份（应 {need} 份）")
        if copies < need:
            p.append((f"《事业单位工作人员流动审批表》应一式{need}份", f"the form is needed in {need} copies"))
    if facts.get("form_blanks"):
        p.append(("审批表不得留有空白", "the form has blank fields"))
    if facts.get("assessment_included") is False:
        p.append(("缺接收单位考察情况、工作简历、安置岗位和意见", "missing the receiving unit's assessment"))
    if p:
        return ctx.finding(
            BLOCKED,
            "不予接收：" + "；".join(x[0] for x in p),
            "not accepted: " + "; ".join(x[1] for x in p),
            trace=trace,
        )
    return ctx.finding(ALLOWED, "接件登记材料齐全，予以受理", "intake accepted", trace=trace)


@rule(
    "transfer.institution_application.process_art29_2_4",
    check="transfer.institution_application",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:33:2", "交分管领导审核后提交局长办公会研究,将局长办公会研究结果报州政府分管领导及主要领导审批"),
        ("wenshan-hrss:33:3", "对档案审核不合格人员退回原人事档案管理部门,不予办理调动手续"),
        ("wenshan-hrss:33:4", "在商调和档案审核合格后办理调动手续"),
    ],
)
def process_ws(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山 第二十九条(二)–(四)：分管领导审核 → 局长办公会 → 州政府领导审批；商调并档案审核合格后办理."""
    if facts["stage"] != "processing":
        return None
    have = set(facts.get("approvals", []))
    missing = [r for r in ("deputy_in_charge", "directors_meeting") if r not in have]
    if missing:
        return ctx.finding(
            NEEDS_APPROVAL,
            "须经"
            + "、".join({"deputy_in_charge": "分管领导审核", "directors_meeting": "局长办公会研究"}[r] for r in missing)
            + "，再报州政府分管领导及主要领导审批",
            "needs: " + ", ".join(missing),
            approvers=missing,
        )
    p: list[tuple[str, str]] = []
    if "government" not in have:
        p.append(("须经州政府分管领导及主要领导审批", "the prefecture government leaders must approve"))
    if not facts.get("negotiation_letter"):
        p.append(("须以函件方式商调并提取人事档案", "send the negotiation letter and obtain the file"))
    audit = facts.get("file_audit", "pending")
    if audit == "failed":
        p.append(("档案审核不合格，退回原人事档案管理部门，不予办理调动", "file audit failed: transfer refused"))
    elif audit == "pending":
        p.append(("档案审核合格后方可办理调动手续", "the file audit must pass first"))
    if p:
        return ctx.finding(BLOCKED, "；".join(x[0] for x in p), "; ".join(x[1] for x in p))
    return ctx.finding(
        ALLOWED, "审批、商调和档案审核均已完成，按审批名单拟文办理", "approved, negotiated and audited: process"
    )


# =========================================================================== title (通榆 S000-12)

check(
    "title.application",
    "职称申报（资格、承诺、公示、补正）",
    "Professional-title application (eligibility, pledge, publicity, supplements)",
    obj(
        [],
        {
            "in_service": _bool("本单位在职专业技术人才（默认是） in-service professional"),
            "retired": _bool("已办结离退休手续 retirement formalities completed"),
            "sanction_until": described(DATE, "处分期间截止日 end of the sanction period"),
            "pledge_signed": _bool("已签署《诚信承诺书》 integrity pledge signed"),
            "skips_level": _bool("越级申报 applying above the next level"),
            "publicity_on": described(DATE, "单位公示开始日期 date the unit's publicity began"),
            "submitted_on": described(DATE, "推荐单位上报日期（默认为校验日期） date the unit submits"),
            "objection": enum(
                "公示异议：无、查实无问题、查实有问题、未核实 objections", ["none", "unfounded", "founded", "pending"]
            ),
            "deficiency_notices": integer("形式审查补正告知次数 deficiency notices sent", 0, 20),
            "supplement_due": described(DATE, "补正期限 deadline to supplement"),
            "supplemented_on": described(DATE, "补正日期 date supplemented"),
        },
    ),
)


@rule(
    "title.application.eligibility_art2_3",
    check="title.application",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:12:2", "已办结离退休手续人员不得申报参加职称评审"),
        ("tongyu-hrss:12:3", "未签署《诚信承诺书》的一律不予受理"),
    ],
)
def title_eligibility_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第二、三条：在职专技人才；离退休、受处分期间不得申报；未签《诚信承诺书》不予受理；一般逐级申报."""
    p: list[tuple[str, str]] = []
    if facts.get("retired"):
        p.append(("已办结离退休手续，不得申报", "retired persons may not apply"))
    if facts.get("in_service") is False:
        p.append(("须为本单位在职的专业技术人才", "must be an in-service professional"))
    until = _d(facts, "sanction_until")
    trace: list[str] = []
    if until is not None:
        trace.append(f"处分期至 {iso(until)}，申报日 {iso(ctx.on)}")
        if ctx.on <= until:
            p.append(("在受处分期间不得申报", "may not apply during a sanction period"))
    if facts.get("pledge_signed") is False:
        p.append(("未签署《诚信承诺书》，不予受理", "no integrity pledge: not accepted"))
    if p:
        return ctx.finding(BLOCKED, "；".join(x[0] for x in p), "; ".join(x[1] for x in p), trace=trace)
    if facts.get("skips_level"):
        return ctx.finding(
            WARNING,
            "申报人一般应当按照职称层级逐级申报",
            "applicants should normally go level by level",
            trace=trace,
        )
    if "pledge_signed" not in facts:
        return ctx.finding(WARNING, "须签署《诚信承诺书》方予受理", "the pledge must be signed", trace=trace)
    return ctx.finding(ALLOWED, "符合申报条件", "eligible to apply", trace=trace)


@rule(
    "title.application.publicity_art5",
    check="title.application",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:12:5", "公示期不少于5个工作日。经公示无异议或经查实无问题的，可由推荐单位上报"),
        ("tongyu-hrss:12:8.2", "并将其材料按要求公示不少于5个工作日"),
    ],
)
def title_publicity_ty(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆 第五条、第八条(二)：公示不少于 5 个工作日（公示次日起算），无异议或查实无问题后方可上报."""
    pub = _d(facts, "publicity_on")
    if pub is None:
        return ctx.finding(
            ALLOWED, "上报前须公示不少于5个工作日", "publicise for at least 5 working days before submitting"
        )
    n = int(ctx.param("title.application.publicity_art5.working_days"))
    end = ctx.deadline(pub, n, "working_days", "职称申报公示期届满", "title publicity ends")
    sub = _d(facts, "submitted_on") or ctx.on
    trace = [
        f"公示 {iso(pub)} 起 {n} 个工作日至 {iso(end.date)}；上报 {iso(sub)} {'>' if sub > end.date else '≤'} 届满日"
    ]
    p: list[tuple[str, str]] = []
    if sub <= end.date:
        p.append((f"公示期（至 {iso(end.date)}）未满，不得上报", "publicity not over"))
    obj = facts.get("objection", "none")
    if obj == "founded":
        p.append(("公示异议查实有问题，不得上报", "a verified objection bars submission"))
    elif obj == "pending":
        p.append(("公示异议尚未查实", "an objection is still being verified"))
    if p:
        return ctx.finding(
            BLOCKED, "；".join(x[0] for x in p), "; ".join(x[1] for x in p), trace=trace, deadlines=[end]
        )
    return ctx.finding(ALLOWED, "公示期满且无异议，可由推荐单位上报", "may be submitted", trace=trace, deadlines=[end])


@rule(
    "title.application.supplement_art8_4",
    check="title.application",
    agencies=[TY],
    cites=[("tongyu-hrss:12:8.4", "应当在规定期限内一次性告知需要补齐的全部内容，逾期未补的，视为放弃申报参评")],
)
def title_supplement_ty(facts: Any, ctx: RuleContext) -> Finding | None:
    """通榆 第八条(四)：一次性告知；逾期未补视为放弃."""
    due = _d(facts, "supplement_due")
    notices = facts.get("deficiency_notices")
    if due is None and notices is None:
        return None
    if notices is not None and notices > 1:
        return ctx.finding(
            WARNING,
            f"补正告知 {notices} 次，应一次性告知需要补齐的全部内容",
            "deficiencies must be notified once, in full",
        )
    if due is None:
        return ctx.finding(ALLOWED, "已一次性告知补正内容", "one notice sent")
    done = _d(facts, "supplemented_on")
    late = (done is not None and done > due) or (done is None and ctx.on > due)
    trace = [f"补正期限 {iso(due)}；补正 {done.isoformat() if done else '未补'}"]
    if late:
        return ctx.finding(
            BLOCKED, "逾期未补，视为放弃申报参评", "not supplemented in time: deemed withdrawn", trace=trace
        )
    return ctx.finding(ALLOWED, "在期限内补正", "supplemented in time", trace=trace)


check(
    "title.junior_materials",
    "初级职称认定材料",
    "Materials for junior-title recognition",
    obj(
        ["photos", "form_copies"],
        {
            "id_and_diploma": _bool("身份证、学历证书原件及复印件各一份 ID and diploma, originals and one copy each"),
            "teacher_series": _bool("申报教师系列 teacher series"),
            "teacher_certificate": _bool("教师资格证原件及复印件 teacher qualification certificate"),
            "photos": integer("近期一寸免冠照片张数 recent one-inch photos", 0, 20),
            "form_copies": integer("《初级专业技术职务任职资格申报表》份数 copies of the application form", 0, 20),
        },
    ),
)


@rule(
    "title.junior_materials.art7",
    check="title.junior_materials",
    agencies=[TY],
    cites=[
        ("tongyu-hrss:12:7.1", "申报教师职称需提供相应的教师资格证"),
        ("tongyu-hrss:12:7.2", "近期一寸免冠照片2张"),
    ],
)
def junior_materials_ty(facts: Any, ctx: RuleContext) -> Finding:
    """通榆 第七条：身份证、学历证书（教师系列须教师资格证）原件及复印件各一份；照片 2 张；申报表一式二份."""
    photos, forms = facts["photos"], facts["form_copies"]
    np_ = int(ctx.param("title.junior_materials.art7.photos"))
    nf = int(ctx.param("title.junior_materials.art7.form_copies"))
    p: list[tuple[str, str]] = []
    trace = [f"照片 {photos} 张（应 {np_} 张）；申报表 {forms} 份（应 {nf} 份）"]
    if photos < np_:
        p.append((f"近期一寸免冠照片应{np_}张", f"{np_} photos needed"))
    if forms < nf:
        p.append((f"申报表应一式{nf}份", f"{nf} copies of the form needed"))
    if facts.get("id_and_diploma") is False:
        p.append(("须提供身份证、学历证书原件及复印件各一份", "ID and diploma needed"))
    if facts.get("teacher_series") and not facts.get("teacher_certificate"):
        p.append(("申报教师职称须提供教师资格证", "teacher certificate needed"))
    return _verdict(ctx, p, "初级职称认定材料齐全", "materials complete", trace)
