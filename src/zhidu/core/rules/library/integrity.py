"""Party conduct and integrity (党风廉政): commitments, reports, grade caps, talks, accountability.

Implements, per agency (figures in ``agencies/<slug>/parameters/integrity.yaml``):

- 区局 (district-bureau): 《党内民主监督制度》(S002-19) 重大事项报告, 《“八小时以外”监督制度》(S002-23),
  《党风廉政建设责任制度》(S002-24) 第十一、十二条, 《关于加强惩防体系建设的监督办法》(S002-25) 第十四、
  十七、二十、二十二至二十五、二十九、三十一条, 《干部廉政承诺制度》(S002-26), 《反腐倡廉教育培训制度》
  (S002-27), 《党风廉政建设责任制责任追究办法》(S002-29), 《行风建设责任及责任追究制度》(S002-47),
  and the prohibitions of 《党员廉洁自律规定》(S002-22);
- 文山 (wenshan-hrss): 第五条《党风廉政建设责任制度》(S001-09) and 第六条《廉政风险防控监督制度》(S001-10);
- 白城 (baicheng-fupin): 《党员领导干部廉政谈话实施办法》(S003-15).

The cadences these texts set (每季度廉政党课, 每年至少两次培训, 每半年例行检查, 随机抽查不少于2次 …) are
activities of the ``party.cadence`` check (``party.py``), their figures in ``party.yaml``.

Readings (also written beside the parameters):
- “一周内” (S002-26) is 7 calendar days after the day the appointment document is issued, ending on a rest
  day rolling to the next working day; “30日内” (S002-25 第三十一条) likewise, in calendar days.
- “处级” includes 副处级 (县处级副职以上, as in 《关于领导干部报告个人有关事项的规定》).
- 白城 诫勉谈话: “提前3天” is at least 3 calendar days between the notice and the talk (notice on the 2nd, talk
  on the 5th is in time); the written reply is due within 15 working days after the talk (the talk day not
  counted).
- Grade caps: “不得评为优秀” caps the annual grade at 称职; “不能定为称职” caps it at 基本称职.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...errors import BadInput
from ..helpers import COUNT, DATE, FLAG, iso
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Finding
from ..registry import Facts, RuleContext, check, rule
from .party import (
    BC,
    DB,
    RANK_FACT,
    RANK_ZH,
    WS,
    date_of,
    dedupe,
    period_bounds,
    plain_deadline,
    rank_at_least,
    today_of,
)

# ---------------------------------------------------------------------------------------------------------
# integrity.commitment — 干部廉政承诺 (S002-26) and the annual letters (S002-25 第二十九条)
# ---------------------------------------------------------------------------------------------------------

LETTERS = {"responsibility_letter": "廉政工作责任书", "commitment_letter": "廉政责任承诺书"}

COMMITMENT = check(
    "integrity.commitment",
    "干部廉政承诺（任职后一周内）与年初廉政责任书",
    "Cadre integrity commitment after appointment, and the annual integrity letters",
    {
        "type": "object",
        "required": ["occasion", "rank"],
        "additionalProperties": False,
        "properties": {
            "occasion": {
                "enum": ["appointment", "annual"],
                "description": "appointment 任命(聘任)后承诺；annual 每年年初签订 which obligation",
            },
            "rank": RANK_FACT,
            "appointment_doc_on": {
                **DATE,
                "description": "任命(聘任)文件下达日期 date the appointment document was issued",
            },
            "publicized": {**FLAG, "description": "责任书是否已在本单位、本部门公示 publicised in the unit"},
            "submitted_on": {**DATE, "description": "上交办公室的日期 date handed to the office"},
            "document": {
                "enum": list(LETTERS),
                "description": "签订的文书：responsibility_letter 廉政工作责任书；commitment_letter 廉政责任承诺书",
            },
            "signed_on": {**DATE, "description": "年初签订日期 date the annual letter was signed"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)


@rule(
    "integrity.commitment.appointment_26",
    check="integrity.commitment",
    agencies=[DB],
    cites=[(f"{DB}:26:4", "由领导干部个人填写领导干部廉政工作责任书,在本单位、本 部门公示后,上交办公室")],
    params=["integrity.commitment.min_rank", "integrity.commitment.days"],
)
def commitment_appointment(facts: Facts, ctx: RuleContext) -> Finding | None:
    """副科级以上领导干部，任命(聘任)文件下达之后一周内填写廉政工作责任书，公示后上交办公室。"""
    if facts["occasion"] != "appointment":
        return None
    floor: str = ctx.param("integrity.commitment.min_rank")
    rank = facts["rank"]
    who = [ctx.param_cited("integrity.commitment.min_rank")]
    if not rank_at_least(rank, floor):
        return ctx.finding(
            ALLOWED,
            f"{RANK_ZH[rank]}不属承诺主体（{RANK_ZH[floor]}以上领导干部），无须承诺",
            "below deputy-section level: no commitment required",
            trace=[f"{RANK_ZH[rank]} < {RANK_ZH[floor]}"],
            extra=who,
        )
    doc_on = date_of(facts, "appointment_doc_on")
    if doc_on is None:
        raise BadInput("须提供任命(聘任)文件下达日期", "appointment_doc_on is required", "appointment_doc_on")
    days: int = ctx.param("integrity.commitment.days")
    dl = ctx.deadline(doc_on, days, "days", "廉政承诺上交期限", "integrity commitment due")
    extra = dedupe([*who, ctx.param_cited("integrity.commitment.days")])
    trace = [
        f"{RANK_ZH[rank]} ≥ {RANK_ZH[floor]}",
        f"文件下达 {iso(doc_on)} + {days} 日 → {iso(dl.date)}",
    ]
    if facts.get("document") == "commitment_letter":
        return ctx.finding(
            BLOCKED,
            "任职承诺应填写领导干部廉政工作责任书",
            "the appointment commitment is made on the integrity work responsibility letter",
            trace=[*trace, "文书：廉政责任承诺书"],
            extra=extra,
        )
    submitted = date_of(facts, "submitted_on")
    if submitted is not None:
        if submitted < doc_on:
            raise BadInput("上交日期早于任命文件下达日期", "submitted_on is before appointment_doc_on", "submitted_on")
        if facts.get("publicized") is False:
            return ctx.finding(
                BLOCKED,
                "责任书须先在本单位、本部门公示，再上交办公室",
                "the letter must be publicised in the unit before it is handed to the office",
                trace=[*trace, "公示：否"],
                extra=extra,
            )
        late = submitted > dl.date
        trace.append(f"上交 {iso(submitted)} {'>' if late else '≤'} 期限 {iso(dl.date)}")
        if late:
            return ctx.finding(
                BLOCKED,
                f"超过任命文件下达后一周（{iso(dl.date)}）才上交廉政承诺",
                f"commitment handed in after the one-week limit ({iso(dl.date)})",
                trace=trace,
                deadlines=[dl],
                extra=extra,
            )
        return ctx.finding(
            ALLOWED,
            "已在一周内公示并上交廉政工作责任书",
            "commitment publicised and handed in within one week",
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    today = today_of(facts, ctx)
    if today > dl.date:
        return ctx.finding(
            BLOCKED,
            f"任命文件下达已超过一周（期限 {iso(dl.date)}），尚未上交廉政承诺",
            f"the one-week limit ({iso(dl.date)}) has passed without a commitment",
            trace=[*trace, f"今天 {iso(today)} > 期限"],
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        f"须于 {iso(dl.date)} 前填写廉政工作责任书，公示后上交办公室",
        f"fill in, publicise and hand in the letter by {iso(dl.date)}",
        trace=trace,
        deadlines=[dl],
        extra=extra,
    )


@rule(
    "integrity.commitment.annual_25_29",
    check="integrity.commitment",
    agencies=[DB],
    cites=[(f"{DB}:25:29", "科级干部签订廉政责任承诺书")],
    params=["integrity.commitment.annual_months", "integrity.commitment.letter_rank"],
)
def commitment_annual(facts: Facts, ctx: RuleContext) -> Finding | None:
    """每年年初由办公室组织签订：处级领导干部签廉政工作责任书，科级干部签廉政责任承诺书。"""
    if facts["occasion"] != "annual":
        return None
    rank = facts["rank"]
    division: str = ctx.param("integrity.commitment.letter_rank")
    extra = [ctx.param_cited("integrity.commitment.letter_rank")]
    if rank_at_least(rank, division):
        want = "responsibility_letter"
    elif rank_at_least(rank, "deputy_section"):
        want = "commitment_letter"
    else:
        return ctx.finding(
            ALLOWED,
            f"{RANK_ZH[rank]}不在年初签订范围（处级、科级干部）",
            "not a division- or section-level cadre: no annual letter",
            trace=[f"职级：{RANK_ZH[rank]}"],
            extra=extra,
        )
    trace = [f"{RANK_ZH[rank]} → {LETTERS[want]}"]
    doc = facts.get("document")
    if doc is not None and doc != want:
        return ctx.finding(
            BLOCKED,
            f"{RANK_ZH[rank]}应签订{LETTERS[want]}，而非{LETTERS[doc]}",
            f"this rank signs the {want}",
            trace=trace,
            extra=extra,
        )
    months: int = ctx.param("integrity.commitment.annual_months")
    extra = dedupe([*extra, ctx.param_cited("integrity.commitment.annual_months")])
    today = today_of(facts, ctx)
    signed = date_of(facts, "signed_on")
    year = (signed or today).year
    by = dt.date(year, months, 1)
    by = period_bounds(by, "month")[1]
    trace.append(f"年初：{year}-01-01～{iso(by)}")
    if signed is not None:
        if signed <= by:
            return ctx.finding(
                ALLOWED,
                f"已于年初签订{LETTERS[want]}",
                f"{want} signed early in the year",
                trace=trace,
                extra=extra,
            )
        return ctx.finding(
            WARNING,
            f"{LETTERS[want]}于 {iso(signed)} 签订，晚于年初",
            "signed later than the start of the year",
            trace=[*trace, f"签订 {iso(signed)} > {iso(by)}"],
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        f"须于年初（{iso(by)} 前）签订{LETTERS[want]}",
        f"the {want} is to be signed at the start of the year",
        trace=trace,
        deadlines=[plain_deadline(by, "年初签订期限", "start-of-year signing")],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.education_quota — 主要领导每年一次形势报告；其他领导干部每年一篇论文或报告 (S002-27)
# ---------------------------------------------------------------------------------------------------------

EDU = check(
    "integrity.education_quota",
    "领导干部反腐倡廉年度报告、论文任务",
    "A leading cadre's yearly anti-corruption report or paper",
    {
        "type": "object",
        "required": ["rank", "principal_leader"],
        "additionalProperties": False,
        "properties": {
            "rank": RANK_FACT,
            "principal_leader": {**FLAG, "description": "是否主要领导人员 principal leader"},
            "reports": {**COUNT, "maximum": 100, "description": "本年已作反腐倡廉形势报告（或报告）篇数 reports given"},
            "papers": {**COUNT, "maximum": 100, "description": "本年已写反腐倡廉论文篇数 papers written"},
            "period_of": {**DATE, "description": "要检查的年度内任一日期（缺省为今天） a day in the year"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)


@rule(
    "integrity.education_quota",
    check="integrity.education_quota",
    agencies=[DB],
    cites=[],
)
def education_quota(facts: Facts, ctx: RuleContext) -> Finding:
    """本规定所称领导干部是副处级以上干部；主要领导人员每年至少作一次反腐倡廉形势报告，其他领导干部每年
    至少写一篇反腐倡廉方面的论文或报告（论文、报告均计）。"""
    floor: str = ctx.param("integrity.education_quota.min_rank")
    rank = facts["rank"]
    extra = [ctx.param_cited("integrity.education_quota.min_rank")]
    if not rank_at_least(rank, floor):
        return ctx.finding(
            ALLOWED,
            f"{RANK_ZH[rank]}不属本制度所称领导干部（{RANK_ZH[floor]}以上）",
            "not a leading cadre in the sense of this rule",
            trace=[f"{RANK_ZH[rank]} < {RANK_ZH[floor]}"],
            extra=extra,
        )
    reports, papers = int(facts.get("reports", 0)), int(facts.get("papers", 0))
    if facts["principal_leader"]:
        name, done, what = "integrity.education_quota.report_min", reports, "反腐倡廉形势报告"
    else:
        name, done, what = "integrity.education_quota.paper_min", reports + papers, "反腐倡廉论文或报告"
    need: int = ctx.param(name)
    extra.append(ctx.param_cited(name))
    today = today_of(facts, ctx)
    ref = date_of(facts, "period_of", today)
    assert ref is not None
    end = dt.date(ref.year, 12, 31)
    trace = [f"{ref.year}年{what} {done} 篇/次 {'≥' if done >= need else '<'} {need}"]
    if done >= need:
        return ctx.finding(ALLOWED, f"本年{what}已完成 {done}", f"{done} done", trace=trace, extra=dedupe(extra))
    if today > end:
        return ctx.finding(
            BLOCKED,
            f"{ref.year}年{what}未完成（{done}/{need}）",
            f"{ref.year}: {done} of {need} done",
            trace=trace,
            extra=dedupe(extra),
        )
    return ctx.finding(
        WARNING,
        f"{ref.year}年尚需{what} {need - done}，须于 {iso(end)} 前完成",
        f"{need - done} more due by {iso(end)}",
        trace=trace,
        deadlines=[plain_deadline(end, f"{what}年度期限", "end of the year")],
        extra=dedupe(extra),
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.appraisal_grade / integrity.section_commendation — caps on the annual grade
# ---------------------------------------------------------------------------------------------------------

GRADES = ["incompetent", "basically_competent", "competent", "excellent"]
GRADE_ZH = {"excellent": "优秀", "competent": "称职", "basically_competent": "基本称职", "incompetent": "不称职"}

GRADE = check(
    "integrity.appraisal_grade",
    "年度考核等次的党风廉政限制",
    "Limits on the annual appraisal grade from integrity rules",
    {
        "type": "object",
        "required": ["proposed_grade"],
        "additionalProperties": False,
        "properties": {
            "proposed_grade": {
                "enum": GRADES[::-1],
                "description": "拟评等次 proposed grade：excellent 优秀、competent 称职、"
                "basically_competent 基本称职、incompetent 不称职",
            },
            "admin_warnings": {
                **COUNT,
                "maximum": 100,
                "description": "年内被行政告诫次数 administrative warnings this year",
            },
            "disciplinary_violation": {
                **FLAG,
                "description": "本人年内是否发生违纪 committed a disciplinary violation",
            },
            "duties_unfulfilled": {
                **FLAG,
                "description": "是否未履行党风廉政建设责任 failed to perform integrity-responsibility duties",
            },
            "unreported_violation": {
                **FLAG,
                "description": "管辖范围内出现违法违纪而未及时报告 a violation in one's area was not reported in time",
            },
        },
    },
)


def _cap(ctx: RuleContext, proposed: str, cap: str, why_zh: str, trace: list[str], **kw: Any) -> Finding:
    ok = GRADES.index(proposed) <= GRADES.index(cap)
    trace = [*trace, f"拟评 {GRADE_ZH[proposed]} {'≤' if ok else '>'} 上限 {GRADE_ZH[cap]}"]
    if ok:
        return ctx.finding(
            ALLOWED,
            f"拟评{GRADE_ZH[proposed]}，未超过上限（{why_zh}）",
            "grade within the cap",
            trace=trace,
            **kw,
        )
    return ctx.finding(
        BLOCKED,
        f"{why_zh}，年度考核最高为{GRADE_ZH[cap]}，不得评为{GRADE_ZH[proposed]}",
        f"the grade is capped at {cap}",
        trace=trace,
        **kw,
    )


@rule(
    "integrity.appraisal_grade.admin_warning_25_24",
    check="integrity.appraisal_grade",
    agencies=[DB],
    cites=[],
    params=["integrity.appraisal_grade.warnings_no_excellent", "integrity.appraisal_grade.warnings_no_competent"],
)
def grade_admin_warning(facts: Facts, ctx: RuleContext) -> Finding:
    """年内被行政告诫一次的不得评为优秀；被告诫二次以上（含二次）的不能定为称职（最高基本称职）。"""
    n = int(facts.get("admin_warnings", 0))
    one: int = ctx.param("integrity.appraisal_grade.warnings_no_excellent")
    two: int = ctx.param("integrity.appraisal_grade.warnings_no_competent")
    proposed = facts["proposed_grade"]
    if n >= two:
        name, cap = "integrity.appraisal_grade.warnings_no_competent", "basically_competent"
    elif n >= one:
        name, cap = "integrity.appraisal_grade.warnings_no_excellent", "competent"
    else:
        name, cap = "integrity.appraisal_grade.warnings_no_excellent", "excellent"
    trace = [f"年内行政告诫 {n} 次（{one} 次不得优秀，{two} 次以上不能称职）"]
    return _cap(ctx, proposed, cap, f"年内被行政告诫 {n} 次", trace, extra=[ctx.param_cited(name)])


@rule(
    "integrity.appraisal_grade.violation_9_2_3",
    check="integrity.appraisal_grade",
    agencies=[WS],
    cites=[(f"{WS}:9:2.3", "发生违纪人员除按相关纪律处分外,年度考核一律不得评为优秀")],
)
def grade_violation(facts: Facts, ctx: RuleContext) -> Finding:
    """发生违纪人员年度考核一律不得评为优秀。"""
    v = bool(facts.get("disciplinary_violation"))
    cap = "competent" if v else "excellent"
    return _cap(ctx, facts["proposed_grade"], cap, "发生违纪" if v else "未发生违纪", [f"违纪：{'是' if v else '否'}"])


@rule(
    "integrity.appraisal_grade.duties_9_4",
    check="integrity.appraisal_grade",
    agencies=[WS],
    cites=[
        (f"{WS}:9:4", "凡不履行职责的不得评为优秀公务员"),
        (f"{WS}:9:4", "不得评为称职公务员,并追究责任人的责任"),
    ],
)
def grade_duties(facts: Facts, ctx: RuleContext) -> Finding:
    """不履行党风廉政建设职责的不得评为优秀公务员；责任范围内出现违法违纪行为不及时报告局党组和机关党委纪委
    查处的，不得评为称职公务员（最高基本称职），并追究责任。"""
    unreported = bool(facts.get("unreported_violation"))
    unfulfilled = bool(facts.get("duties_unfulfilled"))
    if unreported:
        cap, why = "basically_competent", "管辖范围内违法违纪未及时报告"
    elif unfulfilled:
        cap, why = "competent", "未履行党风廉政建设职责"
    else:
        cap, why = "excellent", "已履行职责"
    trace = [f"未履行职责：{'是' if unfulfilled else '否'}", f"未及时报告违法违纪：{'是' if unreported else '否'}"]
    return _cap(ctx, facts["proposed_grade"], cap, why, trace)


SECTION = check(
    "integrity.section_commendation",
    "科室年度评先资格（行政告诫人次）",
    "A section's eligibility for the annual commendation (administrative warnings)",
    {
        "type": "object",
        "required": ["warning_person_times"],
        "additionalProperties": False,
        "properties": {
            "warning_person_times": {
                **COUNT,
                "maximum": 1000,
                "description": "科室年内被行政告诫的人次 warnings (person-times) in the section this year",
            }
        },
    },
)


@rule("integrity.section_commendation", check="integrity.section_commendation", agencies=[DB], cites=[])
def section_commendation(facts: Facts, ctx: RuleContext) -> Finding:
    """年内有被告诫两人次以上（含两人次）的科室，取消其年度评先资格。"""
    n = int(facts["warning_person_times"])
    limit: int = ctx.param("integrity.section_commendation.person_times")
    extra = [ctx.param_cited("integrity.section_commendation.person_times")]
    trace = [f"告诫 {n} 人次 {'≥' if n >= limit else '<'} {limit} 人次"]
    if n >= limit:
        return ctx.finding(
            BLOCKED,
            f"科室年内被告诫 {n} 人次，取消年度评先资格",
            f"{n} warnings: the section loses its commendation eligibility",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(ALLOWED, "科室保留年度评先资格", "eligible for commendation", trace=trace, extra=extra)


# ---------------------------------------------------------------------------------------------------------
# integrity.matter_report — 重大事项报告 (S002-19 ㈤) and 个人有关事项 (S002-25 第二十条)
# ---------------------------------------------------------------------------------------------------------

MAJOR_MATTERS = {
    "organised_trip_activity": "根据组织安排到外地参观、培训、学习期间的活动情况",
    "house_purchase": "个人购买房屋",
    "family_wedding_funeral": "直系亲属的丧葬嫁娶",
}
PERSONAL_MATTERS = {
    "marriage_change": ("本人的婚姻变化情况", "20.1"),
    "private_passport": ("本人持有因私出国(境)证件的情况", "20.2"),
    "private_travel_abroad": ("本人因私出国(境)的情况", "20.3"),
    "child_foreign_marriage": ("子女与外国人、港澳台居民通婚的情况", "20.4"),
    "family_settled_abroad": ("配偶子女出国(境)定居及有关情况", "20.5"),
    "family_business_abroad": ("配偶、共同生活的子女私人在国(境)外经商办企业的情况", "20.6"),
    "family_foreign_company_post": ("配偶、共同生活的子女担任外国公司驻华、港澳台公司驻境内外分支机构主管人员", "20.7"),
    "family_prosecuted": ("配偶、子女被司法机关追究刑事责任的情况", "20.8"),
    "other_personal": ("本人认为应当向组织报告的其他事项", "20.9"),
}
RECIPIENTS = {
    "party_group": "局党组",
    "party_committee": "机关党委",
    "party_committee_discipline": "机关党委纪委",
    "party_branch": "党支部",
    "prefecture_discipline": "州纪委",
    "relevant_departments": "有关部门",
    "section_leader": "本科室领导",
}
RECIPIENTS_FACT: dict[str, Any] = {
    "type": "array",
    "items": {"enum": list(RECIPIENTS)},
    "uniqueItems": True,
    "description": "已报告的对象：party_group 局党组、party_committee 机关党委、"
    "party_committee_discipline 机关党委纪委、party_branch 党支部、prefecture_discipline 州纪委、"
    "relevant_departments 有关部门、section_leader 本科室领导 "
    "bodies reported to",
}

MATTER = check(
    "integrity.matter_report",
    "党员干部重大事项、个人有关事项报告",
    "Reporting a cadre's major or personal matters",
    {
        "type": "object",
        "required": ["matter", "rank"],
        "additionalProperties": False,
        "properties": {
            "matter": {
                "enum": [*MAJOR_MATTERS, *PERSONAL_MATTERS],
                "description": "事项 the matter (S002-19 重大事项 or S002-25 第二十条 个人事项)",
            },
            "rank": RANK_FACT,
            "reported_to": RECIPIENTS_FACT,
            "on_time": {**FLAG, "description": "是否按时报告 reported on time"},
            "truthful": {**FLAG, "description": "是否如实报告 reported truthfully"},
        },
    },
)


@rule(
    "integrity.matter_report.route_19_3_5",
    check="integrity.matter_report",
    agencies=[DB],
    cites=[(f"{DB}:19:3.5", "处级领导干部向机关党委报告,科级以下干部向支部报告")],
    params=["integrity.matter_report.division_rank"],
)
def matter_route(facts: Facts, ctx: RuleContext) -> Finding:
    """党员干部遇有重大事项：处级领导干部向机关党委报告，科级以下干部向支部报告（事项列举为“如……等”）。"""
    division: str = ctx.param("integrity.matter_report.division_rank")
    rank = facts["rank"]
    to = "party_committee" if rank_at_least(rank, division) else "party_branch"
    extra = [ctx.param_cited("integrity.matter_report.division_rank")]
    trace = [f"{RANK_ZH[rank]} → 向{RECIPIENTS[to]}报告"]
    got = facts.get("reported_to")
    if got is None or not got:
        return ctx.finding(
            WARNING,
            f"重大事项须向{RECIPIENTS[to]}报告",
            f"report the matter to the {to}",
            trace=trace,
            extra=extra,
        )
    if to not in got:
        return ctx.finding(
            BLOCKED,
            f"{RANK_ZH[rank]}的重大事项应向{RECIPIENTS[to]}报告，已报：" + "、".join(RECIPIENTS[g] for g in got),
            f"the matter must be reported to the {to}",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(ALLOWED, f"已向{RECIPIENTS[to]}报告", f"reported to the {to}", trace=trace, extra=extra)


@rule(
    "integrity.matter_report.personal_25_20",
    check="integrity.matter_report",
    agencies=[DB],
    cites=[
        (f"{DB}:25:20", "处级以上领导干部,应按时、如实地报告个人重大事项"),
        (f"{DB}:25:20.9", "分别给予批评教育、限期改正、责令检查、诫勉谈话、通报批评等方式予以处理"),
    ],
    params=["integrity.matter_report.personal_min_rank"],
)
def matter_personal(facts: Facts, ctx: RuleContext) -> Finding | None:
    """处级以上党员领导干部报告九类个人事项，应按时、如实报告；不报告或不如实报告的，视情节给予批评教育、
    限期改正、责令检查、诫勉谈话、通报批评。"""
    matter = facts["matter"]
    if matter not in PERSONAL_MATTERS:
        return None
    floor: str = ctx.param("integrity.matter_report.personal_min_rank")
    rank = facts["rank"]
    zh, item = PERSONAL_MATTERS[matter]
    extra = [ctx.param_cited("integrity.matter_report.personal_min_rank")]
    trace = [f"事项：{zh}（第二十条第{item.split('.')[1]}项）", f"{RANK_ZH[rank]}；报告范围 {RANK_ZH[floor]}以上"]
    if not rank_at_least(rank, floor):
        return ctx.finding(
            ALLOWED,
            f"{RANK_ZH[rank]}不属第二十条个人事项报告主体（处级以上）",
            "below division level: not bound by article 20",
            trace=trace,
            extra=extra,
        )
    if facts.get("truthful") is False or facts.get("on_time") is False:
        return ctx.finding(
            BLOCKED,
            "个人事项未按时或未如实报告，经查明后视情节给予批评教育、限期改正、责令检查、诫勉谈话、通报批评",
            "not reported on time or truthfully: to be dealt with by criticism, correction, self-examination, "
            "admonition or circulated criticism",
            trace=[*trace, f"按时：{facts.get('on_time', '未提供')}", f"如实：{facts.get('truthful', '未提供')}"],
            cites=[f"{DB}:25:20", f"{DB}:25:20.9"],
            extra=extra,
        )
    if not facts.get("reported_to"):
        return ctx.finding(
            WARNING,
            f"处级以上领导干部须按时、如实报告：{zh}",
            "the matter must be reported on time and truthfully",
            trace=trace,
            cites=[f"{DB}:25:20"],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "个人事项已按时如实报告",
        "reported on time and truthfully",
        trace=trace,
        cites=[f"{DB}:25:20"],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.escalation — 苗头性问题提醒、重大问题报告 (文山 第五条) ; 举报查实后上报 (区局 S002-19 ㈥)
# ---------------------------------------------------------------------------------------------------------

ESCALATION = check(
    "integrity.escalation",
    "违法违纪苗头与问题的报告对象",
    "Whom a sign of misconduct or a verified complaint must be reported to",
    {
        "type": "object",
        "required": ["reporter", "severity"],
        "additionalProperties": False,
        "properties": {
            "reporter": {
                "enum": ["party_secretary", "party_group_member", "section_head", "party_branch"],
                "description": "发现问题的责任人：party_secretary 党组书记(局长)、party_group_member 党组成员、"
                "section_head 科室负责人、party_branch 党支部 who found it",
            },
            "severity": {
                "enum": ["early_sign", "major", "serious"],
                "description": "early_sign 苗头性问题；major 重大问题；serious 问题较重 severity",
            },
            "verified": {**FLAG, "description": "举报反映的问题是否已经调查核实 complaint verified"},
            "reported_to": RECIPIENTS_FACT,
        },
    },
)

_WS_ESCALATE = {
    "party_secretary": ({"prefecture_discipline"}, f"{WS}:9:3.2.4"),
    "party_group_member": ({"party_group"}, f"{WS}:9:3.3.3"),
    "section_head": ({"party_group", "party_committee_discipline"}, f"{WS}:9:3.6.3"),
}


def _route(ctx: RuleContext, need: set[str], got: list[str] | None, cite: str, trace: list[str]) -> Finding:
    names = "、".join(RECIPIENTS[n] for n in sorted(need))
    if not got:
        return ctx.finding(
            WARNING,
            f"须及时向{names}报告",
            f"report promptly to: {', '.join(sorted(need))}",
            trace=trace,
            cites=[cite],
        )
    missing = sorted(need - set(got))
    if missing:
        return ctx.finding(
            BLOCKED,
            "尚未向" + "、".join(RECIPIENTS[m] for m in missing) + "报告",
            f"not yet reported to: {', '.join(missing)}",
            trace=[*trace, "已报：" + "、".join(RECIPIENTS[g] for g in got)],
            cites=[cite],
        )
    return ctx.finding(ALLOWED, f"已向{names}报告", "reported as required", trace=trace, cites=[cite])


@rule(
    "integrity.escalation.ws_9_3",
    check="integrity.escalation",
    agencies=[WS],
    cites=[
        (f"{WS}:9:3.2.4", "问题较重的,要及时向州纪委报告"),
        (f"{WS}:9:3.3.3", "重大问题要及时向局党组报告"),
        (f"{WS}:9:3.6.3", "重大问题要及时向局党组、机关党委纪委报告"),
    ],
)
def escalation_ws(facts: Facts, ctx: RuleContext) -> Finding:
    """苗头性问题：及时提醒、批评教育；党组书记遇问题较重的向州纪委报告；党组成员遇重大问题向局党组报告；
    科室负责人遇重大问题向局党组、机关党委纪委报告。"""
    who, sev = facts["reporter"], facts["severity"]
    if who not in _WS_ESCALATE:
        raise BadInput("文山州局制度未规定党支部的报告对象", "no reporting line for a Party branch here", "reporter")
    need, cite = _WS_ESCALATE[who]
    trace = [f"发现人：{who}；程度：{sev}"]
    if sev == "early_sign":
        return ctx.finding(
            ALLOWED,
            "苗头性问题：应及时提醒，进行必要的批评和教育",
            "an early sign: remind and criticise in time",
            trace=trace,
            cites=[cite],
        )
    return _route(ctx, need, facts.get("reported_to"), cite, trace)


@rule(
    "integrity.escalation.db_19_3_6",
    check="integrity.escalation",
    agencies=[DB],
    cites=[(f"{DB}:19:3.6", "经调查核实后,视情给予相应处理,并分别上报机关党委和有关部门")],
)
def escalation_db(facts: Facts, ctx: RuleContext) -> Finding:
    """举报反映的违纪、违规问题，经调查核实后视情处理，并分别上报机关党委和有关部门。"""
    trace = [f"调查核实：{'是' if facts.get('verified') else '否'}"]
    if not facts.get("verified"):
        return ctx.finding(
            WARNING,
            "反映的问题须先经调查核实，再视情处理并上报",
            "investigate and verify first",
            trace=trace,
        )
    return _route(ctx, {"party_committee", "relevant_departments"}, facts.get("reported_to"), f"{DB}:19:3.6", trace)


# ---------------------------------------------------------------------------------------------------------
# integrity.appeal — 申诉期限 (S002-25 第三十一条)
# ---------------------------------------------------------------------------------------------------------

APPEAL = check(
    "integrity.appeal",
    "对处理决定的申诉期限",
    "Time limit to appeal a handling decision",
    {
        "type": "object",
        "required": ["received_on"],
        "additionalProperties": False,
        "properties": {
            "received_on": {**DATE, "description": "收到处理决定之日 date the decision was received"},
            "filed_on": {**DATE, "description": "提出申诉之日 date the appeal was filed"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)


@rule("integrity.appeal", check="integrity.appeal", agencies=[DB], cites=[])
def appeal(facts: Facts, ctx: RuleContext) -> Finding:
    """可在收到处理决定之日起30日内申诉：日历日，收到之日不计入，末日遇休息日顺延。"""
    days: int = ctx.param("integrity.appeal.days")
    received = date_of(facts, "received_on")
    assert received is not None
    dl = ctx.deadline(received, days, "days", "申诉期限", "appeal deadline")
    extra = [ctx.param_cited("integrity.appeal.days")]
    trace = [f"收到 {iso(received)} + {days} 日 → {iso(dl.date)}"]
    filed = date_of(facts, "filed_on")
    if filed is not None:
        if filed < received:
            raise BadInput("申诉日期早于收到决定日期", "filed_on is before received_on", "filed_on")
        trace.append(f"申诉 {iso(filed)} {'≤' if filed <= dl.date else '>'} {iso(dl.date)}")
        if filed > dl.date:
            return ctx.finding(
                BLOCKED,
                f"已超过申诉期限 {iso(dl.date)}",
                "the appeal is out of time",
                trace=trace,
                deadlines=[dl],
                extra=extra,
            )
        return ctx.finding(ALLOWED, "在申诉期限内提出", "appeal in time", trace=trace, deadlines=[dl], extra=extra)
    today = today_of(facts, ctx)
    if today > dl.date:
        return ctx.finding(
            BLOCKED,
            f"申诉期限已于 {iso(dl.date)} 届满",
            "the time to appeal has run out",
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"可于 {iso(dl.date)} 前提出申诉",
        f"an appeal may be filed by {iso(dl.date)}",
        trace=trace,
        deadlines=[dl],
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.collective_decision / approval_separation / rotation / inquiry — S002-25 第四章
# ---------------------------------------------------------------------------------------------------------

MAJOR = {
    "major_decision": "重大事项决策",
    "cadre_appointment": "重要干部任免",
    "major_project": "重大项目安排",
    "large_fund": "大额资金使用",
    "other": "其他事项",
}

COLLECTIVE = check(
    "integrity.collective_decision",
    "“三重一大”事项是否集体研究决定",
    "Was a major matter decided collectively",
    {
        "type": "object",
        "required": ["matter", "decided_collectively"],
        "additionalProperties": False,
        "properties": {
            "matter": {"enum": list(MAJOR), "description": "事项类别 kind of matter"},
            "decided_collectively": {**FLAG, "description": "是否经集体研究决定 decided collectively"},
            "emergency": {**FLAG, "description": "是否遇紧急情况 an emergency"},
            "reported_afterwards": {**FLAG, "description": "紧急情况下是否已事后报告 reported afterwards"},
            "members_consulted": {**FLAG, "description": "是否征求了其他成员意见 other members consulted"},
        },
    },
)


@rule(
    "integrity.collective_decision.art17",
    check="integrity.collective_decision",
    agencies=[DB],
    cites=[
        (f"{DB}:25:17", "对重大事项决策、重要干部任免、重大项目安排和大额资金使用必须坚持集体研究决定"),
        (f"{DB}:25:17", "除遇紧急情况需事后报告外"),
    ],
)
def collective_decision(facts: Facts, ctx: RuleContext) -> Finding:
    """“三重一大”必须集体研究决定；除紧急情况需事后报告外，未经集体讨论、也未征求其他成员意见而由个人或
    少数人决定的，追究主要负责人的责任。"""
    matter = facts["matter"]
    trace = [f"事项：{MAJOR[matter]}；集体研究：{'是' if facts['decided_collectively'] else '否'}"]
    if matter == "other":
        return ctx.finding(ALLOWED, "不属“三重一大”事项", "not a major matter", trace=trace)
    if facts["decided_collectively"]:
        return ctx.finding(ALLOWED, f"{MAJOR[matter]}已集体研究决定", "decided collectively", trace=trace)
    if facts.get("emergency"):
        if facts.get("reported_afterwards"):
            return ctx.finding(
                WARNING,
                "紧急情况下先行决定，已事后报告",
                "decided in an emergency and reported afterwards",
                trace=[*trace, "紧急：是；事后报告：是"],
            )
        return ctx.finding(
            WARNING,
            "紧急情况下先行决定的，须事后报告",
            "an emergency decision must be reported afterwards",
            trace=[*trace, "紧急：是；事后报告：否"],
        )
    consulted = facts.get("members_consulted")
    note = "；未征求其他成员意见，应当追究主要负责人的责任" if consulted is False else ""
    return ctx.finding(
        BLOCKED,
        f"{MAJOR[matter]}必须集体研究决定，不得由个人或少数人决定{note}",
        "a major matter must be decided collectively",
        trace=[*trace, f"征求其他成员意见：{consulted if consulted is not None else '未提供'}"],
    )


SEPARATION = check(
    "integrity.approval_separation",
    "重点岗位经办与审批分离、审批复核",
    "Separation of handling and approval, and review before approval",
    {
        "type": "object",
        "required": ["handler", "approver"],
        "additionalProperties": False,
        "properties": {
            "handler": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "description": "经办人（工号或姓名） handler",
            },
            "approver": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "description": "审批人（工号或姓名） approver",
            },
            "reviewed": {
                **FLAG,
                "description": "审批前是否已全面复核经办过程、手续和政策依据 reviewed before approval",
            },
            "disclosed": {
                **FLAG,
                "description": "是否公开办事依据、程序、时限、结果 basis, procedure, time limit, result disclosed",
            },
        },
    },
)


@rule(
    "integrity.approval_separation.art14",
    check="integrity.approval_separation",
    agencies=[DB],
    cites=[
        (f"{DB}:25:14", "实行经办与审批分离制"),
        (f"{DB}:25:14", "在审批之前,要对经办过程、经办手续以及政策依据等进行全面复核"),
        (f"{DB}:25:14", "公开办事的依据、程序、时限、结果"),
    ],
)
def approval_separation(facts: Facts, ctx: RuleContext) -> Finding:
    """经办人与审批人须为不同的人；审批前须复核；办事依据、程序、时限、结果须公开。"""
    trace = [f"经办 {facts['handler']}；审批 {facts['approver']}"]
    if facts["handler"].strip() == facts["approver"].strip():
        return ctx.finding(
            BLOCKED, "经办人与审批人为同一人，违反经办与审批分离制", "the handler may not approve", trace=trace
        )
    if facts.get("reviewed") is False:
        return ctx.finding(
            BLOCKED,
            "审批前须对经办过程、手续和政策依据全面复核",
            "review before approval is required",
            trace=[*trace, "复核：否"],
        )
    if facts.get("disclosed") is False:
        return ctx.finding(
            WARNING,
            "应公开办事的依据、程序、时限、结果",
            "the basis, procedure, time limit and result are to be public",
            trace=[*trace, "公开：否"],
        )
    return ctx.finding(ALLOWED, "经办与审批分离，符合规定", "handling and approval separated", trace=trace)


ROTATION = check(
    "integrity.rotation",
    "干部轮岗交流（集体决定、离任审计）",
    "Rotating a cadre: collective decision and departure audit",
    {
        "type": "object",
        "required": ["decided_collectively"],
        "additionalProperties": False,
        "properties": {
            "decided_collectively": {**FLAG, "description": "是否集体讨论决定 decided collectively"},
            "in_audit_scope": {
                **FLAG,
                "description": "是否在任期经济责任审计范围内 within term economic-responsibility audit scope",
            },
            "departure_audit_done": {**FLAG, "description": "是否已进行离任审计 departure audit done"},
            "audit_problems": {**FLAG, "description": "离任审计是否发现问题 the audit found problems"},
        },
    },
)


@rule(
    "integrity.rotation.art22",
    check="integrity.rotation",
    agencies=[DB],
    cites=[
        (f"{DB}:25:22", "依据干部管 理权限,按照有关程序和纪律,集体讨论决定"),
        (f"{DB}:25:22", "对在任期经济责任审计范围内交流的干部,应进行离任审计,对有问题的停止轮岗交流"),
    ],
)
def rotation(facts: Facts, ctx: RuleContext) -> Finding:
    """轮岗交流须集体讨论决定；在任期经济责任审计范围内的，先离任审计，有问题的停止轮岗交流。"""
    trace = [f"集体决定：{'是' if facts['decided_collectively'] else '否'}"]
    if not facts["decided_collectively"]:
        return ctx.finding(BLOCKED, "干部轮岗交流须集体讨论决定", "rotation must be decided collectively", trace=trace)
    if facts.get("in_audit_scope"):
        trace.append("在经济责任审计范围内")
        if not facts.get("departure_audit_done"):
            return ctx.finding(BLOCKED, "须先进行离任审计", "a departure audit must come first", trace=trace)
        if facts.get("audit_problems"):
            return ctx.finding(
                BLOCKED,
                "离任审计发现问题，停止轮岗交流",
                "the audit found problems: rotation stopped",
                trace=[*trace, "审计发现问题"],
            )
    return ctx.finding(ALLOWED, "可以轮岗交流", "rotation may proceed", trace=trace)


INQUIRY = check(
    "integrity.inquiry",
    "询问与质询",
    "Inquiry and interpellation",
    {
        "type": "object",
        "required": ["stage"],
        "additionalProperties": False,
        "properties": {
            "stage": {"enum": ["inquiry", "interpellation"], "description": "inquiry 询问；interpellation 质询 kind"},
            "in_writing": {**FLAG, "description": "是否书面提出 in writing"},
            "real_name": {**FLAG, "description": "是否署真实姓名 signed with the real name"},
            "explanation_unsatisfied": {
                **FLAG,
                "description": "是否对询问所得说明不满意 unsatisfied with the explanation",
            },
            "same_issue": {**FLAG, "description": "质询是否针对询问过的同一问题 on the same issue"},
            "reply_in_writing": {**FLAG, "description": "有关处室是否书面解释或答复 written reply given"},
        },
    },
)


@rule(
    "integrity.inquiry.art25",
    check="integrity.inquiry",
    agencies=[DB],
    cites=[
        (f"{DB}:25:25", "询问可口头提出,也可以书面形式署真实姓名提出"),
        (f"{DB}:25:25", "可以书面形式署真实姓名对同一问题提出质询,有关处室和单位应当做出书面解释或答复"),
    ],
)
def inquiry(facts: Facts, ctx: RuleContext) -> Finding:
    """询问可口头或书面（书面须署真实姓名）；对说明不满意的，可书面署真实姓名对同一问题质询，须书面答复。"""
    if facts["stage"] == "inquiry":
        if facts.get("in_writing") and facts.get("real_name") is False:
            return ctx.finding(
                BLOCKED,
                "书面询问须署真实姓名",
                "a written inquiry must bear the real name",
                trace=["书面、未署实名"],
            )
        return ctx.finding(ALLOWED, "询问可以口头或书面提出", "inquiry accepted", trace=["询问"])
    problems = []
    if facts.get("in_writing") is False:
        problems.append("质询须以书面形式提出")
    if facts.get("real_name") is False:
        problems.append("质询须署真实姓名")
    if facts.get("explanation_unsatisfied") is False:
        problems.append("质询须以对询问所作说明不满意为前提")
    if facts.get("same_issue") is False:
        problems.append("质询须针对询问过的同一问题")
    if facts.get("reply_in_writing") is False:
        problems.append("有关处室和单位应当作出书面解释或答复")
    if problems:
        return ctx.finding(BLOCKED, "；".join(problems), "interpellation requirements not met", trace=problems)
    return ctx.finding(
        ALLOWED, "质询符合要求，须书面答复", "interpellation in order; a written reply is due", trace=["质询"]
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.talk — 廉政谈话 (白城 S003-15) and 谈话诫勉 records (区局 S002-25 第二十三条)
# ---------------------------------------------------------------------------------------------------------

TALK_KINDS = {
    "integrity_building": "党风廉政建设谈话",
    "appointment": "任职谈话",
    "pre_post": "岗前谈话",
    "reminder": "提醒谈话",
    "admonition": "诫勉谈话",
}
# trigger → (talk kind, clause)
TRIGGERS: dict[str, tuple[str, str]] = {
    "weak_implementation": ("integrity_building", "15:6.1"),
    "weak_responsibility": ("integrity_building", "15:6.2"),
    "weak_guidance": ("integrity_building", "15:6.3"),
    "bad_work_style": ("integrity_building", "15:6.4"),
    "promotion": ("appointment", "15:7"),
    "new_hire": ("pre_post", "15:8"),
    "transfer_in": ("pre_post", "15:8"),
    "rotation": ("pre_post", "15:8"),
    "tendency_issue": ("reminder", "15:9.1"),
    "weak_leadership": ("reminder", "15:9.2"),
    "vague_petition": ("reminder", "15:9.3"),
    "minor_problem": ("reminder", "15:9.4"),
    "personal_matter_omission_minor": ("reminder", "15:9.5"),
    "resist_supervision": ("reminder", "15:9.6"),
    "poor_statistics": ("reminder", "15:9.7"),
    "political_discipline_lapse": ("admonition", "15:10.1"),
    "statistics_violation_light": ("admonition", "15:10.2"),
    "bad_reputation": ("admonition", "15:10.3"),
    "rectification_poor_minor": ("admonition", "15:10.4"),
    "selection_lapse_minor": ("admonition", "15:10.5"),
    "personal_matter_concealment_light": ("admonition", "15:10.6"),
    "work_style_criticised": ("admonition", "15:10.7"),
}
INTERVIEWER_ROLES = {
    "party_secretary": "党组书记",
    "discipline_lead": "纪检组长",
    "party_group_member_designated": "党组书记指派的党组成员",
    "unit_party_org": "所在单位党组织",
    "other": "其他人员",
}

TALK = check(
    "integrity.talk",
    "廉政谈话、诫勉谈话的程序",
    "Procedure of an integrity or admonition talk",
    {
        "type": "object",
        "required": ["talk_kind"],
        "additionalProperties": False,
        "properties": {
            "talk_kind": {
                "enum": list(TALK_KINDS),
                "description": "谈话形式：integrity_building 党风廉政建设谈话、appointment 任职谈话、"
                "pre_post 岗前谈话、reminder 提醒谈话、admonition 诫勉谈话 kind of talk",
            },
            "trigger": {
                "enum": list(TRIGGERS),
                "description": "谈话缘由（第六至十条所列情形） situation giving rise to it",
            },
            "mode": {"enum": ["individual", "collective"], "description": "individual 个别谈；collective 集中谈 mode"},
            "interviewers": {**COUNT, "maximum": 50, "description": "谈话人数 number of interviewers"},
            "interviewer_roles": {
                "type": "array",
                "items": {"enum": list(INTERVIEWER_ROLES)},
                "uniqueItems": True,
                "description": "谈话人身份 who the interviewers are",
            },
            "interviewee": {
                "enum": ["section_principal", "other_cadre"],
                "description": "section_principal 科(室)及所属事业单位主要负责人；other_cadre 其他党员干部 interviewee",
            },
            "interviewee_approved": {**FLAG, "description": "谈话对象是否已经审定 interviewee approved"},
            "reported_to_secretary": {
                **FLAG,
                "description": "确定的谈话对象是否已报告党组书记 reported to the secretary",
            },
            "notice_on": {**DATE, "description": "通知谈话对象的日期 date the interviewee was notified"},
            "talk_on": {**DATE, "description": "谈话日期 date of the talk"},
            "reply_on": {**DATE, "description": "谈话对象书面回复日期 date of the written reply"},
            "record_written": {**FLAG, "description": "是否做好书面谈话记录 written record made"},
            "record_signed": {**FLAG, "description": "记录是否经本人核实签字 record verified and signed"},
            "kept_by_office": {**FLAG, "description": "记录是否由办公室留存 record kept by the office"},
            "filed_form": {**FLAG, "description": "是否填写《诫勉谈话备案表》 filing form completed"},
            "delegated": {**FLAG, "description": "是否受领导委托、指定谈话 talk held on delegation"},
            "reported_to_authoriser": {**FLAG, "description": "是否已向授权领导报告谈话情况 reported back"},
            "today": {**DATE, "description": "当前日期（缺省为校验日期） today"},
        },
    },
)

_BC = f"{BC}:"


@rule(
    "integrity.talk.approval_art11",
    check="integrity.talk",
    agencies=[BC],
    cites=[
        (
            f"{BC}:15:11.1",
            "谈话对象按干部管理权限由同级党组织负责人或市派驻纪检组组长审定。确定的谈话对象应报告市扶贫办党组书记",
        ),
        (f"{BC}:15:12.2", "确定谈话对象应严格履行审批程序"),
    ],
)
def talk_approval(facts: Facts, ctx: RuleContext) -> Finding:
    """谈话对象由同级党组织负责人或市派驻纪检组组长审定，并报告党组书记。"""
    if not facts.get("interviewee_approved"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "谈话对象须经同级党组织负责人（或市派驻纪检组组长）审定，并报告党组书记",
            "the interviewee must be approved (by the Party organisation head or the discipline-group head) and "
            "reported to the secretary",
            trace=["谈话对象审定：未审定"],
            approvers=["party_secretary"],
        )
    if facts.get("reported_to_secretary") is False:
        return ctx.finding(
            BLOCKED,
            "确定的谈话对象应报告市扶贫办党组书记",
            "report the interviewee to the secretary",
            trace=["报告党组书记：否"],
        )
    return ctx.finding(ALLOWED, "谈话对象已审定", "interviewee approved", trace=["审定：是"])


@rule(
    "integrity.talk.interviewers_art11_2",
    check="integrity.talk",
    agencies=[BC],
    cites=[
        (f"{BC}:15:11.2", "个别谈话应有两名以上谈话人员参加，并做好谈话记录"),
        (f"{BC}:15:11.2", "任职谈话和岗前谈话可以个别谈，也可以集中谈"),
        (f"{BC}:15:4", "由市扶贫办党组书记或纪检组长作为谈话人，也可由市扶贫办党组书记指派其他党组成员作为谈话人"),
    ],
    params=["integrity.talk.min_interviewers"],
)
def talk_interviewers(facts: Facts, ctx: RuleContext) -> Finding:
    """个别谈话须有两名以上（含两名）谈话人并做好记录；只有任职、岗前谈话可集中谈，集中谈一般由党组书记谈；
    对科(室)及所属事业单位主要负责人，谈话人为党组书记、纪检组长或书记指派的党组成员。"""
    kind = facts["talk_kind"]
    mode = facts.get("mode", "individual")
    roles = set(facts.get("interviewer_roles", []))
    need: int = ctx.param("integrity.talk.min_interviewers")
    extra = [ctx.param_cited("integrity.talk.min_interviewers")]
    trace = [f"{TALK_KINDS[kind]}；{'个别谈' if mode == 'individual' else '集中谈'}"]
    if facts.get("interviewee") == "section_principal" and roles:
        ok_roles = {"party_secretary", "discipline_lead", "party_group_member_designated"}
        trace.append("谈话人：" + "、".join(INTERVIEWER_ROLES[r] for r in sorted(roles)))
        if not roles & ok_roles:
            return ctx.finding(
                BLOCKED,
                "对科(室)及所属事业单位主要负责人的廉政谈话，应由党组书记、纪检组长或书记指派的党组成员作谈话人",
                "a section head's talk is held by the secretary, the discipline-group head or a designated member",
                trace=trace,
                cites=[f"{BC}:15:4"],
            )
    if mode == "collective":
        if kind not in ("appointment", "pre_post"):
            return ctx.finding(
                BLOCKED,
                f"{TALK_KINDS[kind]}应个别谈，只有任职谈话和岗前谈话可以集中谈",
                "only appointment and pre-post talks may be collective",
                trace=trace,
                cites=[f"{BC}:15:11.2"],
            )
        if roles and "party_secretary" not in roles:
            return ctx.finding(
                WARNING,
                "集中谈话一般应由市扶贫办党组书记谈",
                "a collective talk is normally held by the secretary",
                trace=trace,
                cites=[f"{BC}:15:11.2"],
            )
        return ctx.finding(
            ALLOWED, "集中谈话符合规定", "collective talk in order", trace=trace, cites=[f"{BC}:15:11.2"]
        )
    n = facts.get("interviewers")
    if n is None:
        raise BadInput("个别谈话须提供谈话人数", "interviewers is required for an individual talk", "interviewers")
    trace.append(f"谈话人 {n} 名 {'≥' if n >= need else '<'} {need} 名")
    if n < need:
        return ctx.finding(
            BLOCKED,
            f"个别谈话应有 {need} 名以上谈话人员参加，现 {n} 名",
            f"an individual talk needs at least {need} interviewers",
            trace=trace,
            extra=extra,
        )
    if facts.get("record_written") is False:
        return ctx.finding(
            BLOCKED,
            "个别谈话应做好谈话记录",
            "an individual talk must be recorded",
            trace=[*trace, "记录：否"],
            extra=extra,
        )
    return ctx.finding(ALLOWED, f"{n} 名谈话人参加，符合规定", "enough interviewers", trace=trace, extra=extra)


@rule(
    "integrity.talk.trigger_art6_10",
    check="integrity.talk",
    agencies=[BC],
    cites=[
        (f"{BC}:15:6", "有下列情形之一的，进行党风廉政建设谈话"),
        (f"{BC}:15:7", "任职谈话，是指与提拔任职的党政领导干部的廉政谈话"),
        (f"{BC}:15:8", "岗前谈话，是指对新录用或新调动到本单位任职的工作人员和领导干部"),
        (f"{BC}:15:9", "有下列情形之一的，进行提醒谈话"),
        (f"{BC}:15:10", "有下列情形之一的，进行诫勉谈话"),
        (f"{BC}:15:9.5", "漏报个人有关事项情节轻微的"),
        (f"{BC}:15:10.6", "瞒报个人有关事项情节较轻的"),
    ],
)
def talk_trigger(facts: Facts, ctx: RuleContext) -> Finding | None:
    """谈话形式须与情形相符（第六至十条）：如漏报个人事项情节轻微→提醒谈话；瞒报情节较轻→诫勉谈话。
    诫勉重于提醒：应诫勉而只提醒的不允许；应提醒而诫勉的作提醒。"""
    trig = facts.get("trigger")
    if trig is None:
        return None
    want, clause = TRIGGERS[trig]
    kind = facts["talk_kind"]
    article = clause.split(".")[0]
    cites = list(
        dict.fromkeys([f"{BC}:{clause}" if f"{BC}:{clause}" in {c.id for c in ctx.rule.cites} else f"{BC}:{article}"])
    )
    trace = [f"情形 {trig} → {TALK_KINDS[want]}；实际 {TALK_KINDS[kind]}"]
    if kind == want:
        return ctx.finding(
            ALLOWED, f"该情形应进行{TALK_KINDS[want]}，形式相符", "talk kind matches", trace=trace, cites=cites
        )
    if want == "reminder" and kind == "admonition":
        return ctx.finding(
            WARNING,
            "该情形规定进行提醒谈话，改用诫勉谈话重于规定",
            "the rules call for a reminder talk; an admonition is heavier",
            trace=trace,
            cites=cites,
        )
    return ctx.finding(
        BLOCKED,
        f"该情形应进行{TALK_KINDS[want]}，不能以{TALK_KINDS[kind]}代替",
        f"this situation calls for a {want} talk",
        trace=trace,
        cites=cites,
    )


@rule(
    "integrity.talk.admonition_notice_art11_3",
    check="integrity.talk",
    agencies=[BC],
    cites=[],
    params=["integrity.talk.notice_days"],
)
def talk_notice(facts: Facts, ctx: RuleContext) -> Finding | None:
    """诫勉谈话提前3天（日历日）将主题、时间、地点通知谈话对象：通知日与谈话日相隔至少3天。"""
    if facts["talk_kind"] != "admonition":
        return None
    days: int = ctx.param("integrity.talk.notice_days")
    extra = [ctx.param_cited("integrity.talk.notice_days")]
    talk_on = date_of(facts, "talk_on")
    if talk_on is None:
        raise BadInput("诫勉谈话须提供谈话日期", "talk_on is required for an admonition talk", "talk_on")
    latest = talk_on - dt.timedelta(days=days)
    notice = date_of(facts, "notice_on")
    if notice is None:
        today = today_of(facts, ctx)
        if today > latest:
            return ctx.finding(
                BLOCKED,
                f"谈话定于 {iso(talk_on)}，最迟应于 {iso(latest)} 通知，已来不及提前{days}天",
                f"notice was due by {iso(latest)}",
                trace=[f"{iso(talk_on)} − {days} 天 = {iso(latest)} < 今天 {iso(today)}"],
                extra=extra,
            )
        return ctx.finding(
            WARNING,
            f"须于 {iso(latest)} 前通知谈话对象主题、时间、地点，并要求其写出书面说明",
            f"notify the interviewee by {iso(latest)}",
            trace=[f"{iso(talk_on)} − {days} 天 = {iso(latest)}"],
            deadlines=[plain_deadline(latest, "诫勉谈话最迟通知日", "last day to give notice")],
            extra=extra,
        )
    gap = (talk_on - notice).days
    trace = [f"通知 {iso(notice)}，谈话 {iso(talk_on)}，相隔 {gap} 天 {'≥' if gap >= days else '<'} {days} 天"]
    if gap < days:
        return ctx.finding(
            BLOCKED,
            f"诫勉谈话应提前{days}天通知，仅提前 {gap} 天",
            f"notice must be {days} days ahead; it was {gap}",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(ALLOWED, f"已提前 {gap} 天通知", f"notice given {gap} days ahead", trace=trace, extra=extra)


@rule(
    "integrity.talk.admonition_reply_art11_3",
    check="integrity.talk",
    agencies=[BC],
    cites=[],
    params=["integrity.talk.reply_working_days"],
)
def talk_reply(facts: Facts, ctx: RuleContext) -> Finding | None:
    """被谈对象在谈话后15个工作日内作出书面回复（谈话当日不计）。"""
    if facts["talk_kind"] != "admonition":
        return None
    talk_on = date_of(facts, "talk_on")
    if talk_on is None:
        raise BadInput("诫勉谈话须提供谈话日期", "talk_on is required for an admonition talk", "talk_on")
    n: int = ctx.param("integrity.talk.reply_working_days")
    dl = ctx.deadline(talk_on, n, "working_days", "诫勉谈话书面回复期限", "written reply due")
    extra = [ctx.param_cited("integrity.talk.reply_working_days")]
    trace = [f"谈话 {iso(talk_on)} 后 {n} 个工作日 → {iso(dl.date)}"]
    reply = date_of(facts, "reply_on")
    if reply is not None:
        trace.append(f"回复 {iso(reply)} {'≤' if reply <= dl.date else '>'} {iso(dl.date)}")
        if reply > dl.date:
            return ctx.finding(
                BLOCKED,
                f"书面回复超过 {n} 个工作日期限",
                "the written reply was late",
                trace=trace,
                deadlines=[dl],
                extra=extra,
            )
        return ctx.finding(ALLOWED, "已在期限内书面回复", "reply in time", trace=trace, deadlines=[dl], extra=extra)
    today = today_of(facts, ctx)
    if today < talk_on:
        return ctx.finding(
            ALLOWED,
            f"谈话后须于 {iso(dl.date)} 前书面回复",
            "a written reply will be due",
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    if today > dl.date:
        return ctx.finding(
            BLOCKED,
            f"书面回复期限 {iso(dl.date)} 已过，尚未回复",
            "the reply is overdue",
            trace=trace,
            deadlines=[dl],
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        f"谈话对象须于 {iso(dl.date)} 前书面回复",
        f"written reply due by {iso(dl.date)}",
        trace=trace,
        deadlines=[dl],
        extra=extra,
    )


@rule(
    "integrity.talk.admonition_record_art11_3",
    check="integrity.talk",
    agencies=[BC],
    cites=[
        (f"{BC}:15:11.3.4", "谈话结束后整理谈话记录，经本人核实签字后，由纪检监察部门留存"),
        (f"{BC}:15:11.3.5", "填入《诫勉谈话备案表》"),
        (f"{BC}:15:11.3.6", "受领导委托、指定进行谈话的，事后应及时向授权的领导报告谈话情况"),
    ],
)
def talk_record(facts: Facts, ctx: RuleContext) -> Finding | None:
    """诫勉谈话记录经本人核实签字后由纪检监察部门留存；填写《诫勉谈话备案表》；受托谈话的事后向授权领导报告。"""
    if facts["talk_kind"] != "admonition":
        return None
    missing = []
    cites = []
    if facts.get("record_signed") is False:
        missing.append("谈话记录经本人核实签字")
        cites.append(f"{BC}:15:11.3.4")
    if facts.get("filed_form") is False:
        missing.append("填写《诫勉谈话备案表》")
        cites.append(f"{BC}:15:11.3.5")
    if facts.get("delegated") and facts.get("reported_to_authoriser") is False:
        missing.append("向授权的领导报告谈话情况")
        cites.append(f"{BC}:15:11.3.6")
    if missing:
        return ctx.finding(
            BLOCKED, "未做到：" + "；".join(missing), "admonition record incomplete", trace=missing, cites=cites
        )
    return ctx.finding(
        ALLOWED,
        "诫勉谈话记录与备案符合要求",
        "record and filing in order",
        trace=["记录、备案：未见缺项"],
        cites=[f"{BC}:15:11.3.4"],
    )


@rule(
    "integrity.talk.admonition_record_db_25_23",
    check="integrity.talk",
    agencies=[DB],
    cites=[(f"{DB}:25:23", "对干部提出的诫勉要求和干部的说明及表态,应当做书面记录,经本人核实后,由办公室留存")],
)
def talk_record_db(facts: Facts, ctx: RuleContext) -> Finding:
    """区局：发现苗头性问题及时诫勉谈话；诫勉要求和干部的说明及表态应书面记录，经本人核实后由办公室留存。"""
    if facts["talk_kind"] != "admonition":
        return ctx.finding(
            ALLOWED,
            "党组、党支部可不定期与科室干部谈话",
            "talks may be held at any time",
            trace=[TALK_KINDS[facts["talk_kind"]]],
        )
    missing = [
        t
        for k, t in (
            ("record_written", "书面记录"),
            ("record_signed", "经本人核实"),
            ("kept_by_office", "由办公室留存"),
        )
        if facts.get(k) is False
    ]
    if missing:
        return ctx.finding(
            BLOCKED, "诫勉谈话未做到：" + "、".join(missing), "admonition record incomplete", trace=missing
        )
    return ctx.finding(
        ALLOWED, "诫勉谈话记录符合要求", "admonition record in order", trace=["记录、核实、留存：未见缺项"]
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.conduct — prohibited conduct
# ---------------------------------------------------------------------------------------------------------

ACTS = {
    "lavish_dining": "大吃大喝",
    "solicit_gifts": "索要礼品（拿、要）",
    "detour_tourism": "绕道旅游",
    "unreasonable_expense": "不合理开支",
    "improper_distribution": "违反规定发放财物",
    "public_funded_tourism": "组织公费旅游",
    "celebration_gifts": "利用大操大办收钱敛财、收受礼品",
    "private_guest_public_funds": "用公款宴请私客",
    "obstruct_enterprises": "向基层企业“吃、拿、卡、要、报”",
    "interfere_tender": "干预和插手工程招投标、政府采购",
    "unauthorised_major_decision": "擅自决定大项目、大额资金、重大决策、重要人事任免",
    "accept_cash_securities": "收受与职权有关单位、个人的现金、有价证券和支付凭证",
    "falsify": "弄虚作假、虚报浮夸",
    "public_funds_banquet": "用公款大吃大喝、铺张浪费",
    "accept_client_banquet": "接受办事人员宴请或有价证券",
    "client_errands": "让办事人为自己办实事",
    "shirk_delay": "无正当理由推诿、拖延或拒绝办理",
    "abuse_personal_events": "在婚丧嫁娶、职务升迁、子女升学就业等事项上滥用职权",
    "improper_entertainment": "进入营业性歌舞厅进行不正当娱乐",
    "opposite_sex_massage": "接受异性按摩",
    "superstition_gambling": "参与封建迷信、赌博活动",
    "bribe_from_clients": "收受服务对象贿赂、接受吃请",
}
_ACT_CITES: dict[str, dict[str, str]] = {
    WS: {
        "lavish_dining": f"{WS}:9:1.5",
        "solicit_gifts": f"{WS}:9:1.5",
        "detour_tourism": f"{WS}:9:1.5",
        "private_guest_public_funds": f"{WS}:9:1.6",
        "unreasonable_expense": f"{WS}:9:1.7",
        "improper_distribution": f"{WS}:9:1.7",
        "public_funded_tourism": f"{WS}:9:1.7",
        "celebration_gifts": f"{WS}:9:1.8",
    },
    DB: {
        "obstruct_enterprises": f"{DB}:22:2",
        "solicit_gifts": f"{DB}:22:2",
        "interfere_tender": f"{DB}:26:2.2",
        "unauthorised_major_decision": f"{DB}:26:2.3",
        "accept_cash_securities": f"{DB}:26:2.5",
        "falsify": f"{DB}:26:2.6",
        "public_funds_banquet": f"{DB}:26:2.7",
        "lavish_dining": f"{DB}:26:2.7",
        "accept_client_banquet": f"{DB}:47:3.7",
        "client_errands": f"{DB}:47:3.7",
        "shirk_delay": f"{DB}:47:3.7",
        "abuse_personal_events": f"{DB}:23:2.1",
        "celebration_gifts": f"{DB}:23:2.1",
        "improper_entertainment": f"{DB}:23:2.2",
        "opposite_sex_massage": f"{DB}:23:2.3",
        "superstition_gambling": f"{DB}:23:2.4",
        "bribe_from_clients": f"{DB}:23:2.5",
    },
}

CONDUCT = check(
    "integrity.conduct",
    "廉洁纪律禁止的行为",
    "Conduct the integrity rules prohibit",
    {
        "type": "object",
        "required": ["acts"],
        "additionalProperties": False,
        "properties": {
            "acts": {
                "type": "array",
                "items": {"enum": list(ACTS)},
                "uniqueItems": True,
                "description": "拟为或已发生的行为（空表示无） acts done or intended (empty: none)",
            }
        },
    },
)


@rule(
    "integrity.conduct.ws_9_1",
    check="integrity.conduct",
    agencies=[WS],
    cites=[
        (f"{WS}:9:1.5", "严禁大吃大喝、索要礼品、绕道旅游等"),
        (f"{WS}:9:1.6", "不准用公款宴请私客"),
        (f"{WS}:9:1.7", "禁止不合理开支,不违反规定发放财物,不组织公费旅游"),
        (f"{WS}:9:1.8", "严禁利用大操大办之机收钱敛财、收受礼品"),
    ],
)
def conduct_ws(facts: Facts, ctx: RuleContext) -> Finding:
    """文山第五条（一）廉洁要求：执法检查、出差、调研中严禁大吃大喝、索要礼品、绕道旅游；禁止不合理开支、
    违规发放财物、公费旅游；严禁借大操大办收钱敛财。"""
    return _conduct(facts, ctx, f"{WS}:9:1.5")


@rule(
    "integrity.conduct.db",
    check="integrity.conduct",
    agencies=[DB],
    cites=[
        (f"{DB}:22:2", "不准利用职权,向基层企业“吃、拿、卡、要、报”"),
        (f"{DB}:26:2.2", "不利用职权违反规定干预和插手建设工程招标投标、政府采购等市场经济活动"),
        (f"{DB}:26:2.3", "不利用职权违反规定擅自决定大项目安排、大额度资金使用、重大决策、重要人事任免等事项"),
        (f"{DB}:26:2.5", "不收受与职权有关系的企事业单位、个人的现金、有价证券和支付凭证"),
        (f"{DB}:26:2.6", "不弄虚作假、虚报浮夸"),
        (f"{DB}:26:2.7", "不用公款大吃大喝,铺张浪费"),
        (
            f"{DB}:47:3.7",
            "工作人员不得接受办事人员宴请或有价证券,不得让办事人为自己办实事,不得无正当理由推诿、拖延或拒绝办理工作事宜",
        ),
        (f"{DB}:23:2.1", "有无滥用职权的行为"),
        (f"{DB}:23:2.2", "监督有无进入营业性歌舞厅进行不正当娱乐的行为"),
        (f"{DB}:23:2.3", "接受异性按摩的行为"),
        (f"{DB}:23:2.4", "监督有无参与封建迷信、赌博活动等行为"),
        (f"{DB}:23:2.5", "监督因处理公务有无收受服务对象贿赂及接受吃请的行为"),
    ],
)
def conduct_db(facts: Facts, ctx: RuleContext) -> Finding:
    """区局：党员廉洁自律（吃拿卡要报）、干部廉政承诺八条、行风建设工作人员三不得、“八小时以外”监督内容。"""
    return _conduct(facts, ctx, f"{DB}:22:2")


def _conduct(facts: Facts, ctx: RuleContext, default_cite: str) -> Finding:
    table = _ACT_CITES[ctx.agency]
    acts = list(facts["acts"])
    hit = [a for a in acts if a in table]
    other = [a for a in acts if a not in table]
    trace = [f"行为：{'、'.join(ACTS[a] for a in acts) or '无'}"]
    if other:
        trace.append("本机构制度未列明：" + "、".join(ACTS[a] for a in other))
    if not hit:
        return ctx.finding(
            ALLOWED, "未见本机构廉洁规定禁止的行为", "no prohibited conduct", trace=trace, cites=[default_cite]
        )
    return ctx.finding(
        BLOCKED,
        "禁止：" + "；".join(ACTS[a] for a in hit),
        f"{len(hit)} prohibited act(s)",
        trace=trace,
        cites=list(dict.fromkeys(table[a] for a in hit)),
    )


RECEPTION = check(
    "integrity.reception_meal",
    "接待工作餐（标准、陪餐人员）",
    "A reception work meal: standard and companions",
    {
        "type": "object",
        "required": ["above_standard"],
        "additionalProperties": False,
        "properties": {
            "above_standard": {**FLAG, "description": "是否提高标准 above the frugal standard"},
            "leader_approved": {**FLAG, "description": "提高标准是否已请示局领导批准 approved by a bureau leader"},
            "unrelated_companions": {
                **COUNT,
                "maximum": 100,
                "description": "与工作无关的陪餐人数 unrelated companions",
            },
            "private_guest": {**FLAG, "description": "是否宴请私客 the guest is private"},
        },
    },
)


@rule(
    "integrity.reception_meal.ws_9_1_6",
    check="integrity.reception_meal",
    agencies=[WS],
    cites=[(f"{WS}:9:1.6", "与工作无关的人员不参与陪餐,不准用公款宴请私客")],
    params=["integrity.reception_meal.raise_approver"],
)
def reception_meal(facts: Facts, ctx: RuleContext) -> Finding:
    """工作餐本着节俭原则，提高标准要请示局领导批准；与工作无关的人员不参与陪餐；不准用公款宴请私客。"""
    if facts.get("private_guest"):
        return ctx.finding(
            BLOCKED, "不准用公款宴请私客", "public funds may not host private guests", trace=["私客：是"]
        )
    n = int(facts.get("unrelated_companions", 0))
    if n > 0:
        return ctx.finding(
            BLOCKED,
            f"与工作无关的人员不参与陪餐（现有 {n} 人）",
            "unrelated persons may not join the meal",
            trace=[f"无关陪餐 {n} 人 > 0"],
        )
    if facts["above_standard"] and not facts.get("leader_approved"):
        who: str = ctx.param("integrity.reception_meal.raise_approver")
        return ctx.finding(
            NEEDS_APPROVAL,
            "提高接待标准要请示局领导批准",
            "raising the standard needs a bureau leader's approval",
            trace=["提高标准：是；已批准：否"],
            approvers=[who],
            extra=[ctx.param_cited("integrity.reception_meal.raise_approver")],
        )
    return ctx.finding(ALLOWED, "接待工作餐符合节俭要求", "the meal is in order", trace=["标准、陪餐：符合"])


# ---------------------------------------------------------------------------------------------------------
# integrity.sanction — 党风廉政建设责任制度 第十一条 (who gets which sanction)
# ---------------------------------------------------------------------------------------------------------

SANCTIONS = {
    "criticism_education": "批评教育",
    "ordered_self_examination": "责令作出检查",
    "organisational_handling": "组织处理",
    "warning": "警告",
    "serious_warning": "严重警告",
    "removal_from_party_post": "撤销党内职务",
    "party_probation": "留党察看",
    "expulsion": "开除党籍",
    "ordered_resignation": "责令辞职",
    "dismissal": "免职",
}
_PARTY = {"warning", "serious_warning", "removal_from_party_post", "party_probation", "expulsion"}
# case → (normal set, serious set, clause)
_MATRIX: dict[str, tuple[set[str], set[str], str]] = {
    "malpractice_unchecked": ({"warning", "serious_warning"}, {"removal_from_party_post"}, "24:11.1"),
    "improper_selection": ({"warning", "serious_warning"}, {"removal_from_party_post"}, "24:11.2"),
    "promote_offender": (
        {"serious_warning", "removal_from_party_post", "party_probation"},
        {"expulsion"},
        "24:11.2",
    ),
    "obstruct_or_retaliate": (
        {"serious_warning", "removal_from_party_post"},
        {"party_probation", "expulsion"},
        "24:11.3",
    ),
    "family_staff_ignored": ({"ordered_resignation", "dismissal"}, {"ordered_resignation", "dismissal"}, "24:11.4"),
    "other": (
        {"criticism_education", "ordered_self_examination"},
        {"organisational_handling", *_PARTY},
        "24:11.4",
    ),
}

SANCTION = check(
    "integrity.sanction",
    "违反党风廉政建设责任制的处分是否在规定种类内",
    "Is the sanction within the range set for the violation",
    {
        "type": "object",
        "required": ["case", "serious", "sanction"],
        "additionalProperties": False,
        "properties": {
            "case": {
                "enum": list(_MATRIX),
                "description": "情形：malpractice_unchecked 不正之风不制止/拒不办理/隐瞒不报、"
                "improper_selection 违规选人、promote_offender 提拔明显有违法违纪行为人、"
                "obstruct_or_retaliate 阻挠查处/打击报复、"
                "family_staff_ignored 对配偶子女身边人员违法违纪知情不管、other 其他 the violation",
            },
            "serious": {**FLAG, "description": "情节是否严重（其他情形：是否较重） serious (for 'other': heavier)"},
            "sanction": {"enum": list(SANCTIONS), "description": "拟给予的处理或处分 proposed sanction"},
            "target": {
                "enum": ["direct_leader", "other"],
                "description": "处分对象：direct_leader 负直接领导责任的主管人员；other 其他 target",
            },
        },
    },
)


@rule(
    "integrity.sanction.art11",
    check="integrity.sanction",
    agencies=[DB],
    cites=[
        (f"{DB}:24:11.1", "给予负直接领导责任的主管人员警告、严重警告处分,情节严重的,给予撤销党内职务处分"),
        (
            f"{DB}:24:11.2",
            "提拔任用明显有违法违纪行为人的,给予严重警告、撤销党内职务或者留党察看处分,情节严重的,给予开除党籍处分",
        ),
        (
            f"{DB}:24:11.3",
            "给予负直接领导责任的主管人员严重警告或者撤销党内职务处分,情节严重的,给予留党察看或者开除党籍处分",
        ),
        (f"{DB}:24:11.4", "责令其辞职或者对其免职"),
        (f"{DB}:24:11.4", "情节较轻的,给予批评教育或者责令作出检查,情节较重的,给予相应的组织处理或者党纪处分"),
    ],
)
def sanction(facts: Facts, ctx: RuleContext) -> Finding:
    """第十一条各项情形的处分幅度：一般情节与严重情节分别对应的处分种类；前三项的对象为负直接领导责任的主管人员。"""
    case, serious, s = facts["case"], bool(facts["serious"]), facts["sanction"]
    normal, heavy, clause = _MATRIX[case]
    allowed = heavy if serious else normal
    cite = f"{DB}:{clause}"
    trace = [
        f"情形 {case}，情节{'严重' if serious else '一般'}：可给予" + "、".join(SANCTIONS[a] for a in sorted(allowed)),
        f"拟给予：{SANCTIONS[s]}",
    ]
    if s not in allowed:
        return ctx.finding(
            BLOCKED,
            f"{SANCTIONS[s]}不在该情形{'情节严重时' if serious else ''}规定的处分种类内（应为"
            + "、".join(SANCTIONS[a] for a in sorted(allowed))
            + "）",
            "the sanction is outside the range set for this case",
            trace=trace,
            cites=[cite],
        )
    if (
        case in ("malpractice_unchecked", "improper_selection", "obstruct_or_retaliate")
        and facts.get("target") == "other"
    ):
        return ctx.finding(
            WARNING,
            "该项处分的对象是负直接领导责任的主管人员，请核实处分对象",
            "this sanction targets the supervisor with direct leadership responsibility",
            trace=trace,
            cites=[cite],
        )
    return ctx.finding(
        ALLOWED, f"{SANCTIONS[s]}在规定处分种类内", "sanction within the range", trace=trace, cites=[cite]
    )


# ---------------------------------------------------------------------------------------------------------
# integrity.accountability — 责任追究办法 (S002-29) ; 行风 (S002-47) ; “八小时以外” (S002-23)
# ---------------------------------------------------------------------------------------------------------

MEASURES = {
    "ordered_self_examination": "责令检查（自我检查）",
    "circulated_criticism": "通报批评",
    "admonition": "诫勉（诫勉谈话）",
    "transfer_post": "调离岗位",
    "party_government_discipline": "党纪、政纪处分",
    "self_exam_all_staff_meeting": "局全体会作检查",
    "bonus_deduction": "扣发（扣除）奖金",
    "warning_sanction": "警告处分",
    "party_rules_liability": "按《廉洁自律准则》《纪律处分条例》追究",
    "demotion": "降职",
    "expulsion": "开除党籍",
}
_29_MEASURES = {
    "ordered_self_examination",
    "circulated_criticism",
    "admonition",
    "transfer_post",
    "party_government_discipline",
}
_47_MEASURES = {
    "admonition",
    "self_exam_all_staff_meeting",
    "bonus_deduction",
    "warning_sanction",
    "party_rules_liability",
}
_23_MEASURES = {"ordered_self_examination", "bonus_deduction", "demotion", "expulsion"}

ACCOUNT = check(
    "integrity.accountability",
    "党风廉政建设责任追究（责任划分、免责、程序、方式）",
    "Accountability under the integrity responsibility system",
    {
        "type": "object",
        "required": ["collectively_decided", "role"],
        "additionalProperties": False,
        "properties": {
            "collectively_decided": {**FLAG, "description": "出问题的事项是否经领导班子集体研究 collectively decided"},
            "role": {
                "enum": ["principal_leader", "proposer", "decider", "other_member"],
                "description": "被追责人在事项中的角色：principal_leader 主要领导者、proposer 提议者、decider 决定者、"
                "other_member 其他成员 role in the matter",
            },
            "diligent_and_pursued": {
                **FLAG,
                "description": "是否认真教育管理监督并主动采取措施查办 educated, supervised and pursued the case",
            },
            "cadre_selection": {**FLAG, "description": "是否追究选拔使用干部的责任 is it about selecting a cadre"},
            "selection_compliant": {**FLAG, "description": "选拔是否符合干部标准和任用程序 selection met standards"},
            "transferred_away": {**FLAG, "description": "是否已调离 transferred away"},
            "measure": {"enum": list(MEASURES), "description": "拟采取的追究方式 proposed measure"},
            "investigation_team": {
                "type": "array",
                "items": {"enum": ["discipline_inspection", "personnel", "party_committee"]},
                "uniqueItems": True,
                "description": "调查小组组成 team：discipline_inspection 纪检监察、personnel 人事部门、"
                "party_committee 机关党委",
            },
            "suspected_crime": {**FLAG, "description": "是否涉嫌犯罪 suspected crime"},
            "referred_to_judiciary": {**FLAG, "description": "是否已移送司法机关 referred to the judiciary"},
            "party_group_approved": {**FLAG, "description": "局党组是否已审批 approved by the Party group"},
        },
    },
)


@rule(
    "integrity.accountability.responsibility_29_4",
    check="integrity.accountability",
    agencies=[DB],
    cites=[
        (f"{DB}:29:4.1", "主要领导者和提议者承担主要领导责任;其他成员承担次要责任"),
        (f"{DB}:29:4.2", "决定者和提议者承担主要领导责任"),
        (f"{DB}:29:4.5", "不属于责任追究范围"),
        (f"{DB}:29:4.6", "不追究选拔使用干部的领导责任"),
        (f"{DB}:29:2.3", "凡应予责任追究的,无论在职还是调离,一律予以追究"),
        (f"{DB}:24:12", "分清集体责任与个人责任,主要领导责任和重要领导责任"),
        (f"{DB}:29:5", "报局党组审批"),
    ],
)
def accountability_responsibility(facts: Facts, ctx: RuleContext) -> Finding:
    """集体研究的事项：主要领导者和提议者承担主要领导责任，其他成员次要责任；未经集体研究的：决定者和提议者
    承担主要领导责任（其他成员不担责）。认真教育管理监督并主动查办的，不属追究范围；选拔符合标准和程序的，
    不追究选拔使用责任。调离不影响追究。追究决定报局党组审批。"""
    coll, role = facts["collectively_decided"], facts["role"]
    trace = [f"{'集体研究' if coll else '未经集体研究'}；角色 {role}"]
    if facts.get("diligent_and_pursued"):
        return ctx.finding(
            BLOCKED,
            "已认真抓好教育、管理和监督并主动查办案件，不属于责任追究范围",
            "diligent supervision and active pursuit: not accountable",
            trace=trace,
            cites=[f"{DB}:29:4.5"],
        )
    if facts.get("cadre_selection") and facts.get("selection_compliant"):
        return ctx.finding(
            BLOCKED,
            "选拔使用符合干部标准和任用程序，不追究选拔使用干部的领导责任",
            "the selection met standards and procedure: no accountability for it",
            trace=trace,
            cites=[f"{DB}:29:4.6"],
        )
    if coll:
        level = "main" if role in ("principal_leader", "proposer") else "secondary"
        cite = f"{DB}:29:4.1"
    else:
        level = "main" if role in ("decider", "proposer") else "none"
        cite = f"{DB}:29:4.2"
    if level == "none":
        return ctx.finding(
            BLOCKED,
            "未经集体研究的事项由决定者和提议者承担主要领导责任，此人不在其列",
            "for an individual decision only the decider and proposer are responsible",
            trace=trace,
            cites=[cite],
        )
    lz = "主要领导责任" if level == "main" else "次要责任"
    if facts.get("transferred_away"):
        trace.append("已调离，仍予追究")
    cites = [cite, f"{DB}:24:12"] + ([f"{DB}:29:2.3"] if facts.get("transferred_away") else [])
    if facts.get("party_group_approved"):
        return ctx.finding(
            ALLOWED,
            f"承担{lz}，局党组已审批",
            f"{level} responsibility; approved",
            trace=trace,
            cites=[*cites, f"{DB}:29:5"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"承担{lz}；处理意见报局党组审批",
        f"{level} responsibility; the Party group approves the handling",
        trace=trace,
        approvers=["party_group_meeting"],
        cites=[*cites, f"{DB}:29:5"],
    )


@rule(
    "integrity.accountability.procedure_29_5",
    check="integrity.accountability",
    agencies=[DB],
    cites=[
        (f"{DB}:29:3", "责任追究种类"),
        (f"{DB}:29:5", "由纪检监察、人事部门和机关党委组成调查小组"),
        (f"{DB}:29:5", "涉嫌犯罪"),
    ],
)
def accountability_procedure(facts: Facts, ctx: RuleContext) -> Finding:
    """追究方式限于五种（责令检查、通报批评、诫勉、调离岗位、党纪政纪处分）；调查小组由纪检监察、人事部门和
    机关党委组成；涉嫌犯罪的移送司法机关。"""
    problems: list[str] = []
    cites: list[str] = []
    m = facts.get("measure")
    if m is not None and m not in _29_MEASURES:
        problems.append(f"{MEASURES[m]}不属本办法的五种追究方式")
        cites.append(f"{DB}:29:3")
    team = facts.get("investigation_team")
    if team is not None:
        need = {"discipline_inspection", "personnel", "party_committee"}
        miss = need - set(team)
        if miss:
            zh = {"discipline_inspection": "纪检监察", "personnel": "人事部门", "party_committee": "机关党委"}
            problems.append("调查小组缺少" + "、".join(zh[x] for x in sorted(miss)))
            cites.append(f"{DB}:29:5")
    if facts.get("suspected_crime") and not facts.get("referred_to_judiciary"):
        problems.append("涉嫌犯罪的，应移送司法机关")
        cites.append(f"{DB}:29:5")
    trace = [f"方式：{MEASURES[m] if m else '未提供'}", f"调查小组：{'、'.join(team) if team else '未提供'}"]
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(problems),
            "accountability procedure not met",
            trace=trace,
            cites=list(dict.fromkeys(cites)),
        )
    return ctx.finding(
        ALLOWED, "追究方式与程序符合规定", "measure and procedure in order", trace=trace, cites=[f"{DB}:29:3"]
    )


SECTOR = check(
    "integrity.sector_conduct_accountability",
    "行风建设责任追究（当事人、第一责任人、直接责任人）",
    "Accountability for sector conduct: party concerned, first and direct responsible persons",
    {
        "type": "object",
        "required": ["trigger"],
        "additionalProperties": False,
        "properties": {
            "trigger": {
                "enum": ["verified_serious_violation", "work_not_done", "appraisal_deduction", "none"],
                "description": "情形：verified_serious_violation 违反行风被举报查实并造成严重影响、"
                "work_not_done 不部署不落实不检查或掩饰、appraisal_deduction 年终行风评议扣分、none 无 trigger",
            },
            "held_accountable": {
                "type": "array",
                "items": {"enum": ["party_concerned", "first_responsible", "direct_responsible"]},
                "uniqueItems": True,
                "description": "已追究的人员：party_concerned 当事人、first_responsible 第一责任人、direct_responsible "
                "直接责任人 who is held accountable",
            },
            "measure": {"enum": list(MEASURES), "description": "处理方式 measure"},
        },
    },
)


@rule(
    "integrity.sector_conduct_accountability.art4",
    check="integrity.sector_conduct_accountability",
    agencies=[DB],
    cites=[
        (f"{DB}:47:4", "除追究当事人责任外,还要追求第一责任人和直接责任人责任"),
        (f"{DB}:47:4", "1、戒勉谈话; 2、局全体会作检查; 3、扣发奖金; 4、警告处分"),
        (f"{DB}:47:1.3", "局党组书记、局长为行风建设第一责任人"),
    ],
)
def sector_conduct(facts: Facts, ctx: RuleContext) -> Finding:
    """三种情形之一：除追究当事人外还要追究第一责任人（局党组书记、局长）和直接责任人；处理方式五种。
    原文“追求”系“追究”之误。"""
    trig = facts["trigger"]
    if trig == "none":
        return ctx.finding(ALLOWED, "不属行风责任追究情形", "no accountability trigger", trace=["情形：无"])
    trace = [f"情形：{trig}"]
    m = facts.get("measure")
    if m is not None and m not in _47_MEASURES:
        return ctx.finding(
            BLOCKED,
            f"{MEASURES[m]}不属行风责任追究的处理方式",
            "measure outside the list",
            trace=[*trace, f"方式：{MEASURES[m]}"],
            cites=[f"{DB}:47:4"],
        )
    got = facts.get("held_accountable")
    need = {"party_concerned", "first_responsible", "direct_responsible"}
    zh = {
        "party_concerned": "当事人",
        "first_responsible": "第一责任人（局党组书记、局长）",
        "direct_responsible": "直接责任人",
    }
    if got is None:
        return ctx.finding(
            WARNING,
            "须追究当事人、第一责任人和直接责任人的责任",
            "hold the party concerned, the first and the direct responsible persons accountable",
            trace=trace,
        )
    miss = sorted(need - set(got))
    if miss:
        return ctx.finding(
            BLOCKED,
            "除当事人外还须追究：" + "、".join(zh[x] for x in miss),
            f"also to be held accountable: {', '.join(miss)}",
            trace=trace,
        )
    return ctx.finding(
        ALLOWED, "已追究当事人、第一责任人和直接责任人", "all responsible persons held accountable", trace=trace
    )


OFF_DUTY = check(
    "integrity.off_duty",
    "“八小时以外”：节假日外出请假与腐败行为处罚",
    "Off-duty conduct: holiday travel leave and penalties for corruption",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["holiday_travel", "penalty"],
                "description": "holiday_travel 节假日外出；penalty 处罚 case",
            },
            "out_of_town": {**FLAG, "description": "是否去外地（访友、探亲、旅游） travel to another place"},
            "leave_before": {**FLAG, "description": "是否提前向单位请假 leave asked beforehand"},
            "measure": {"enum": list(MEASURES), "description": "处罚方式 penalty"},
            "serious_or_illegal": {**FLAG, "description": "情节严重、触犯法律法规 serious or illegal"},
            "referred_to_judiciary": {**FLAG, "description": "是否已移交司法部门 referred to the judiciary"},
            "exposed_in_media": {**FLAG, "description": "腐败行为及处理结果是否在新闻媒体曝光 exposed in the media"},
        },
    },
)


@rule(
    "integrity.off_duty.db_23",
    check="integrity.off_duty",
    agencies=[DB],
    cites=[
        (f"{DB}:23:3.2", "在节假日期间去外地访友、探亲、旅游一定要提前向单位请假"),
        (f"{DB}:23:3.5", "给予自我检查、扣除奖金、降职、开除党籍等不同的行政处罚及经济处罚"),
        (f"{DB}:23:3.5", "要及时移交司法部门,并将所有腐败行为及处理结果在新闻媒体曝光"),
    ],
)
def off_duty(facts: Facts, ctx: RuleContext) -> Finding:
    """节假日去外地须提前向单位请假；查处的腐败行为按情节给予自我检查、扣除奖金、降职、开除党籍，严重违法的
    移交司法部门，并在新闻媒体曝光。"""
    if facts["kind"] == "holiday_travel":
        if not facts.get("out_of_town"):
            return ctx.finding(
                ALLOWED,
                "未去外地，无须请假",
                "no out-of-town travel",
                trace=["外地：否"],
                cites=[f"{DB}:23:3.2"],
            )
        if facts.get("leave_before"):
            return ctx.finding(
                ALLOWED,
                "已提前向单位请假",
                "leave asked beforehand",
                trace=["请假：是"],
                cites=[f"{DB}:23:3.2"],
            )
        return ctx.finding(
            BLOCKED,
            "节假日期间去外地访友、探亲、旅游一定要提前向单位请假",
            "holiday travel to other places needs leave asked beforehand",
            trace=["外地：是；提前请假：否"],
            cites=[f"{DB}:23:3.2"],
        )
    problems = []
    m = facts.get("measure")
    if m is not None and m not in _23_MEASURES:
        problems.append(f"{MEASURES[m]}不在本制度处罚种类（自我检查、扣除奖金、降职、开除党籍等）之内")
    if facts.get("serious_or_illegal") and not facts.get("referred_to_judiciary"):
        problems.append("情节严重、触犯法律法规的案件要及时移交司法部门")
    if facts.get("exposed_in_media") is False:
        problems.append("腐败行为及处理结果应在新闻媒体曝光")
    trace = [f"处罚：{MEASURES[m] if m else '未提供'}"]
    if problems:
        # “等”：the list is open; an unlisted measure is a reminder, the referral and exposure are duties
        hard = [p for p in problems if "不在本制度" not in p]
        return ctx.finding(
            BLOCKED if hard else WARNING,
            "；".join(problems),
            "penalty procedure not met",
            trace=trace,
            cites=[f"{DB}:23:3.5"],
        )
    return ctx.finding(ALLOWED, "处罚符合规定", "penalty in order", trace=trace, cites=[f"{DB}:23:3.5"])


# ---------------------------------------------------------------------------------------------------------
# integrity.inspection — 廉政风险防控监督：专项检查、随机抽查、整改 (文山 第六条)
# ---------------------------------------------------------------------------------------------------------

INSPECTION = check(
    "integrity.inspection",
    "廉政风险防控的专项检查、随机抽查和整改",
    "Integrity-risk inspections, random checks and rectification",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["special_inspection", "random_check", "rectification"],
                "description": "special_inspection 其他专项检查；random_check 随机抽查；rectification 整改 step",
            },
            "proposed_by_party_committee": {
                **FLAG,
                "description": "是否由局机关党委提出 proposed by the organ Party committee",
            },
            "party_group_consent": {**FLAG, "description": "局党组是否同意 consent of the Party group"},
            "interviewees_random": {
                **FLAG,
                "description": "谈话对象是否由工作组在见面会上随机确定 interviewees drawn at random",
            },
            "section_head_interviewed": {
                **FLAG,
                "description": "谈话对象是否包括科室负责人 a section head was interviewed",
            },
            "reported_to_party_group": {
                **FLAG,
                "description": "是否形成专题材料向局党组会议报告 reported to the Party group",
            },
            "platform_notice": {**FLAG, "description": "是否在局办公协同平台通报 circulated on the office platform"},
            "prominent_problems": {**FLAG, "description": "是否发现突出问题 prominent problems found"},
            "rectification_notice": {
                **FLAG,
                "description": "是否下达限期整改意见书 rectification notice with deadline",
            },
            "written_report": {**FLAG, "description": "整改结果是否以书面形式报告局党组 written rectification report"},
        },
    },
)


@rule(
    "integrity.inspection.ws_10",
    check="integrity.inspection",
    agencies=[WS],
    cites=[
        (f"{WS}:10:2.2.3", "由局机关党委提出,局党组同意后组织进行检查"),
        (f"{WS}:10:2.3.3", "谈话对象由工作组在见面会上随机确定"),
        (f"{WS}:10:2.3.3", "科室负责人以外的其他人员"),
        (f"{WS}:10:3.2.1", "巡查抽查情况在局办公协同平台通报"),
        (f"{WS}:10:3.2.2", "下达整改意见书,限期整改"),
        (f"{WS}:10:3.2.5", "要以书面形式报告局党组,并在局办公协同平台通报"),
    ],
)
def inspection(facts: Facts, ctx: RuleContext) -> Finding:
    """其他专项检查由机关党委提出、党组同意后进行；随机抽查的个别谈话对象在见面会上随机确定，不含科室负责人，
    结束后向党组会议报告并在协同平台通报，发现突出问题下达限期整改意见书；整改结果书面报告党组并通报。"""
    kind = facts["kind"]
    if kind == "special_inspection":
        if facts.get("proposed_by_party_committee") is False:
            return ctx.finding(
                BLOCKED,
                "其他专项检查应由局机关党委提出",
                "proposed by the organ Party committee",
                trace=["提出：非机关党委"],
                cites=[f"{WS}:10:2.2.3"],
            )
        if not facts.get("party_group_consent"):
            return ctx.finding(
                NEEDS_APPROVAL,
                "其他专项检查须经局党组同意后组织进行",
                "the Party group must consent first",
                trace=["党组同意：未"],
                approvers=["party_group_meeting"],
                cites=[f"{WS}:10:2.2.3"],
            )
        return ctx.finding(
            ALLOWED, "党组已同意，可以检查", "consented", trace=["党组同意：是"], cites=[f"{WS}:10:2.2.3"]
        )
    problems: list[tuple[str, str]] = []
    if kind == "random_check":
        if facts.get("section_head_interviewed"):
            problems.append(("个别谈话对象为科室负责人以外的其他人员，不得包括科室负责人", f"{WS}:10:2.3.3"))
        if facts.get("interviewees_random") is False:
            problems.append(("谈话对象应由工作组在见面会上随机确定", f"{WS}:10:2.3.3"))
        if facts.get("reported_to_party_group") is False:
            problems.append(("巡查抽查结束后应形成专题材料向局党组会议报告", f"{WS}:10:3.2.1"))
        if facts.get("platform_notice") is False:
            problems.append(("巡查抽查情况应在局办公协同平台通报", f"{WS}:10:3.2.1"))
        if facts.get("prominent_problems") and facts.get("rectification_notice") is False:
            problems.append(("发现突出问题的，应下达整改意见书，限期整改", f"{WS}:10:3.2.2"))
        ok_cite = f"{WS}:10:2.3.3"
    else:
        if facts.get("written_report") is False:
            problems.append(("整改结果要以书面形式报告局党组", f"{WS}:10:3.2.5"))
        if facts.get("platform_notice") is False:
            problems.append(("整改结果要在局办公协同平台通报", f"{WS}:10:3.2.5"))
        ok_cite = f"{WS}:10:3.2.5"
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(p for p, _ in problems),
            f"{len(problems)} requirement(s) not met",
            trace=[p for p, _ in problems],
            cites=list(dict.fromkeys(c for _, c in problems)),
        )
    return ctx.finding(ALLOWED, "符合要求", "in order", trace=["未见缺项"], cites=[ok_cite])
