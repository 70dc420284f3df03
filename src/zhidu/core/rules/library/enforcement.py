"""Administrative law enforcement (行政执法): training, return visits, appraisal, fault and approval-fault
accountability, legal review of penalty cases, major-penalty filing and its review, the district's
enforcement-responsibility system, one-time notification, social supervisors, and the Yuanshi bureau's
supervision duties (enforcement supervision, delegated licensing, inspected institutions, labour inspection).

Implemented 制度 (figures in ``agencies/<slug>/parameters/enforcement.yaml``; periods shared with
``timelimits.py`` through ``timelimit.due.<kind>``):
- 文山 第十六条 行政执法学习培训制度 (S001-20): 每周2小时学习、每月1-2次廉政教育、全年2次以上培训，
  每次培训考核并公布成绩，个人学习笔记.
- 文山 第十八条 行政执法监督检查制度 (S001-22, WORKFLOW): 发现问题的处理方式（纠正或撤销 / 限期改正 /
  情节严重报领导小组）与监督检查文书送达 — ``supervision.decision``.
- 文山 第十九条 行政执法回访制度 (S001-23): 回访率不低于30%，完成后10日内安排.
- 文山 第二十条 行政执法考核评议制度 (S001-24): 三个等次；九种行为考核不合格；取消执法机构当年评优评先
  资格的情形；由依法行政工作领导小组决定. The seed sets no points: there is no scoring formula to encode.
- 文山 第二十一条 行政执法过错责任追究制度 (S001-25): 责任承担、免责、批评教育/行政告诫/从重/移送司法、
  1年内3次（同一过错2次）升格、15日内申请复议.
- 文山 第二十二条 行政审批过错责任追究制度 (S001-26): 15种过错、责任类型（直接/主要领导/重要领导）、
  过错等级与处分、从重加重（一年内2次以上）与从轻减轻.
- 文山 第二十三条 行政处罚案件法制审查制度 (S001-27): 告知书发出前的送审关口、回避、签字、3个工作日、
  审查备案表一式2份.
- 文山 第二十五条 重大行政处罚案件备案制度 (S001-29): 单位10万元、个人1万元（“达到”含本数）等七类、
  15日内备案、材料、备案表一式2份、复议受理终止/诉讼受理中止、7日移送/15日执行、逾期不报.
- 区局 行政执法责任制 (S002-30)、一次性告知制度 (S002-49)、聘请监督员暂行办法 (S002-56).
- 元氏 与相关部门的职责边界登记表 (S004-17)、对属地管理行政执法活动的监督检查 (S004-19)、
  对委托下放行政许可事项承接机关的后续监督 (S004-21)、(四)2–7 (S004-23…S004-28, WORKFLOW).

Catalog vs seed: the catalog reads S001-24's (c) as ambiguous AND/OR; the reading chosen is a parameter
(``enforcement.appraisal.body_awards.litigation_reading``). S004-21 names the 市 bureau as the revoking
authority although the county delegated; the rule follows the seed and says so in its message.
Outcomes of the accountability checks: no responsibility → allowed; 批评教育 or a 一般过错 → warning;
行政告诫, 行政处分, 移送司法机关, 严重/特别严重过错 or an aggravated 一般过错 → blocked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ...calendar.work_calendar import add_months_clamped
from ...errors import BadInput
from ..helpers import COUNT, DATE, MONEY, day_of, iso, money, num, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, CitedClause, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule
from .timelimits import judge

RULE_OF_LAW_GROUP = "rule_of_law_group"  # 局依法行政工作领导小组 (new role id)


def _b(desc: str) -> dict[str, Any]:
    return {"type": "boolean", "description": desc}


def _list(values: list[str], desc: str) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": values}, "uniqueItems": True, "description": desc}


def _names(values: dict[str, str], chosen: list[str]) -> str:
    return "、".join(values[v] for v in chosen)


def _period_deadline(
    ctx: RuleContext, name: str, start: dt.date, label_zh: str, label_en: str
) -> tuple[Deadline, CitedClause]:
    p = ctx.params.get(ctx.agency, name)
    return ctx.deadline(start, p.at(ctx.on).value, p.unit, label_zh, label_en), ctx.param_cited(name)


def _late_outcome(ctx: RuleContext, name: str) -> Outcome:
    return WARNING if ctx.param_or(name + ".overdue") == "warning" else BLOCKED


def flag_rule(
    rule_id: str,
    check_id: str,
    agencies: list[str],
    cite: tuple[str, str],
    fact: str,
    ok: tuple[str, str],
    bad: tuple[str, str],
    *,
    want: bool = True,
    bad_outcome: Outcome = BLOCKED,
    when: Callable[[Any], bool] | None = None,
) -> None:
    """A rule on one yes/no fact: ``fact == want`` is allowed, the opposite is ``bad_outcome``; the rule is
    silent when the fact is absent or ``when(facts)`` is false."""

    def fn(facts: Any, ctx: RuleContext) -> Finding | None:
        if fact not in facts or (when is not None and not when(facts)):
            return None
        good = bool(facts[fact]) == want
        zh, en = ok if good else bad
        return ctx.finding(ALLOWED if good else bad_outcome, zh, en, trace=[f"{fact} = {str(facts[fact]).lower()}"])

    fn.__doc__ = f"{bad[0]}（{cite[1]}）"
    rule(rule_id, check=check_id, agencies=agencies, cites=[cite])(fn)


# ====================================================================== 文山 S001-20 学习培训

TRAINING = check(
    "enforcement.training",
    "行政执法学习培训（频次、考核、学习笔记）",
    "Enforcement staff study and training (frequency, assessment, study notebook)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "weekly_study_hours": {
                "type": "number",
                "minimum": 0,
                "maximum": 168,
                "description": "本周学习小时数 hours of study this week",
            },
            "monthly_integrity_sessions": {**COUNT, "description": "本月廉政教育次数 integrity sessions this month"},
            "yearly_trainings": {**COUNT, "description": "本年执法人员培训次数 enforcement trainings this year"},
            "period_complete": _b("所查期间（周/月/年）已结束（默认是） the period checked is over (default yes)"),
            "training_assessed": _b("该次培训进行了考核 the training ended with an assessment"),
            "scores_published": _b("考核成绩已公布 the scores were published"),
            "notebook_kept": _b("建立了法规政策学习笔记 the person keeps a study notebook"),
        },
    },
)


@rule(
    "enforcement.training.frequency",
    check="enforcement.training",
    agencies=["wenshan-hrss"],
    cites=[],
)
def training_frequency(facts: Any, ctx: RuleContext) -> Finding | None:
    """每周2小时学习、每月1-2次廉政教育、全年2次以上执法人员培训（“以上”含本数）。"""
    base = "enforcement.training.frequency"
    complete = facts.get("period_complete", True)
    short: list[tuple[str, str]] = []
    over: list[tuple[str, str]] = []
    trace: list[str] = []
    cited: list[CitedClause] = []
    hours = facts.get("weekly_study_hours")
    if hours is not None:
        need = ctx.param(base + ".weekly_hours")
        cited.append(ctx.param_cited(base + ".weekly_hours"))
        trace.append(f"本周学习 {num(Decimal(str(hours)))} 小时 {'≥' if hours >= need else '<'} {need} 小时")
        if hours < need:
            short.append(("每周学习不足2小时", "less than the weekly study hours"))
    sessions = facts.get("monthly_integrity_sessions")
    if sessions is not None:
        lo, hi = ctx.param(base + ".monthly_integrity_min"), ctx.param(base + ".monthly_integrity_max")
        cited.append(ctx.param_cited(base + ".monthly_integrity_min"))
        trace.append(f"本月廉政教育 {sessions} 次（规定 {lo}-{hi} 次）")
        if sessions < lo:
            short.append((f"本月廉政教育少于{lo}次", f"fewer than {lo} integrity session(s) this month"))
        elif sessions > hi:
            over.append(
                (f"本月廉政教育 {sessions} 次，超出制度规定的{lo}-{hi}次", f"{sessions} sessions exceed {lo}-{hi}")
            )
    trainings = facts.get("yearly_trainings")
    if trainings is not None:
        need_t = ctx.param(base + ".yearly_trainings_min")
        cited.append(ctx.param_cited(base + ".yearly_trainings_min"))
        trace.append(f"全年培训 {trainings} 次 {'≥' if trainings >= need_t else '<'} {need_t} 次")
        if trainings < need_t:
            short.append((f"全年执法人员培训不足{need_t}次", f"fewer than {need_t} trainings this year"))
    if not trace:
        return None
    cited = list({c.id: c for c in cited}.values())
    if short:
        outcome = BLOCKED if complete else WARNING
        zh = "；".join(s[0] for s in short) + ("" if complete else "（期间未结束，须补足）")
        en = "; ".join(s[1] for s in short) + ("" if complete else " (period not over: make it up)")
        return ctx.finding(outcome, zh, en, trace=trace, extra=cited)
    if over:
        return ctx.finding(WARNING, over[0][0], over[0][1], trace=trace, extra=cited)
    return ctx.finding(
        ALLOWED, "学习培训频次符合制度", "study and training frequency as required", trace=trace, extra=cited
    )


flag_rule(
    "enforcement.training.assessment",
    "enforcement.training",
    ["wenshan-hrss"],
    ("wenshan-hrss:20:5", "每次培训都要进行考核并公布成绩"),
    "training_assessed",
    ("培训已进行考核", "the training was assessed"),
    ("培训未进行考核，每次培训都要进行考核", "every training must end with an assessment"),
)
flag_rule(
    "enforcement.training.scores",
    "enforcement.training",
    ["wenshan-hrss"],
    ("wenshan-hrss:20:5", "每次培训都要进行考核并公布成绩"),
    "scores_published",
    ("考核成绩已公布", "the scores were published"),
    ("考核成绩未公布，须公布成绩", "the assessment scores must be published"),
)
flag_rule(
    "enforcement.training.notebook",
    "enforcement.training",
    ["wenshan-hrss"],
    ("wenshan-hrss:20:5", "个人要建立法规政策学习笔记"),
    "notebook_kept",
    ("已建立法规政策学习笔记", "a study notebook is kept"),
    ("未建立法规政策学习笔记", "no study notebook on laws and policies"),
)


# ====================================================================== 文山 S001-23 回访

RETURN_VISIT = check(
    "enforcement.return_visit",
    "行政执法回访（回访率、安排时限）",
    "Return visits after enforcement (rate and arrangement deadline)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "cases": {**COUNT, "description": "期间内行政执法案件总数 enforcement cases in the period"},
            "visits": {**COUNT, "description": "已回访案件数 cases visited"},
            "completed_on": {**DATE, "description": "具体行政执法工作完成之日 day the enforcement work was completed"},
            "arranged_on": {**DATE, "description": "作出回访安排之日 day the return visit was arranged"},
            "today": {**DATE, "description": "查询日 today (if not yet arranged)"},
        },
    },
)


@rule(
    "enforcement.return_visit.rate",
    check="enforcement.return_visit",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:23:7", "回访工作由州局机关党委纪委负责组织实施")],
)
def return_visit_rate(facts: Any, ctx: RuleContext) -> Finding | None:
    """回访率不低于案件总数的30%（“不低于”含本数）。"""
    if "cases" not in facts or "visits" not in facts:
        return None
    cases, visits = facts["cases"], facts["visits"]
    if visits > cases:
        raise BadInput(f"回访数 {visits} 多于案件总数 {cases}", f"visits {visits} exceed cases {cases}", "visits")
    name = "enforcement.return_visit.rate.min"
    share: Fraction = ctx.param(name)
    extra = [ctx.param_cited(name)]
    if cases == 0:
        return ctx.finding(ALLOWED, "期间内无执法案件", "no cases in the period", trace=["案件 0 件"], extra=extra)
    rate = Fraction(visits, cases)
    need = share * cases
    ok = rate >= share
    trace = [f"回访 {visits} 件 {'≥' if ok else '<'} 案件 {cases} 件 × {num(share * 100)}% = {num(need)} 件"]
    if ok:
        return ctx.finding(
            ALLOWED,
            f"回访率 {num(rate * 100)}%，不低于{num(share * 100)}%（由机关党委纪委组织）",
            f"return-visit rate {num(rate * 100)}% meets the {num(share * 100)}% floor",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        BLOCKED,
        f"回访率 {num(rate * 100)}% 低于案件总数的{num(share * 100)}%",
        f"return-visit rate {num(rate * 100)}% is below {num(share * 100)}% of cases",
        trace=trace,
        extra=extra,
    )


@rule(
    "enforcement.return_visit.arrangement",
    check="enforcement.return_visit",
    agencies=["wenshan-hrss"],
    cites=[],
    params=["timelimit.due.return_visit"],
)
def return_visit_arrangement(facts: Any, ctx: RuleContext) -> Finding | None:
    """回访在具体行政执法工作完成后10日内作安排（自然日，完成当日不计）。"""
    done = day_of(facts, "completed_on")
    if done is None:
        return None
    arranged, today = day_of(facts, "arranged_on"), day_of(facts, "today")
    if arranged is not None and arranged < done:
        raise BadInput("回访安排早于执法完成", "arranged_on is before completed_on", "arranged_on")
    name = "timelimit.due.return_visit"
    deadline, cite = _period_deadline(ctx, name, done, "回访安排期限", "return visit to be arranged by")
    return judge(ctx, "回访安排", "arranging the return visit", deadline, arranged, today, BLOCKED, [cite])


# ====================================================================== 文山 S001-24 考核评议

OFFICER_BEHAVIOURS = {
    "bending_law": "徇私枉法",
    "corruption_or_banquet": "贪污受贿或接受行政相对人宴请影响执法公正",
    "concealing_evidence": "隐瞒伪造证据",
    "abuse_of_power": "滥用职权，侵犯和损害当事人利益",
    "private_gain": "利用职权为自己或他人谋取私利",
    "retaliation": "假公济私、打击报复",
    "dereliction": "放弃职权或执法不力",
    "leaking_secrets": "泄露国家机密或工作秘密",
    "other_violation": "其他违法违纪行为",
}
BODY_EVENTS = {
    "responsibility_not_implemented": "执法机构没有很好落实行政执法责任",
    "penalty_revoked": "所经办的行政处罚决定被撤销",
    "penalty_changed_after_hearing": "经听证程序后对原处罚决定作了重大改变",
    "reconsideration_filed": "行政处罚引起行政复议",
    "litigation_lost": "在行政诉讼中败诉",
    "court_compensation": "经法院判决引起行政赔偿",
    "staff_violation_verified": "执法人员经查证属实有违法行为",
    "staff_unqualified_behaviour": "执法人员有考核不合格所列行为",
}

APPRAISAL = check(
    "enforcement.appraisal",
    "行政执法考核评议（等次、不合格情形、评优评先资格）",
    "Annual enforcement appraisal (grade, disqualifying behaviour, awards eligibility)",
    {
        "type": "object",
        "required": ["subject"],
        "additionalProperties": False,
        "properties": {
            "subject": {"enum": ["officer", "body"], "description": "考核对象：执法人员/执法机构 officer or body"},
            "grade": {
                "enum": ["excellent", "qualified", "unqualified"],
                "description": "拟定等次：优秀/合格/不合格 proposed grade",
            },
            "behaviours": _list(
                list(OFFICER_BEHAVIOURS), "执法人员的不合格行为 the officer's disqualifying behaviours"
            ),
            "events": _list(list(BODY_EVENTS), "执法机构当年发生的情形 events of the body this year"),
            "award_nomination": _b("执法机构被推荐评优评先 the body is nominated for an award"),
            "group_decided": _b("已由局依法行政工作领导小组决定 decided by the rule-of-law leading group"),
        },
    },
)


@rule(
    "enforcement.appraisal.officer_unqualified",
    check="enforcement.appraisal",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:24:5.4", "执法人员有下列行为之一的为考核不合格"),
        ("wenshan-hrss:24:5.2", "进行通报批评并责令改正,或调离执法岗位,或作其他行政处理"),
    ],
)
def appraisal_officer(facts: Any, ctx: RuleContext) -> Finding | None:
    """执法人员有九种行为之一的为考核不合格，并通报批评责令改正、调离执法岗位或作其他行政处理。"""
    if facts["subject"] != "officer":
        return None
    found = facts.get("behaviours", [])
    grade = facts.get("grade")
    if not found:
        if grade is None:
            return None
        return ctx.finding(
            ALLOWED,
            "无考核不合格所列行为",
            "none of the disqualifying behaviours",
            trace=["不合格行为 0 项"],
            cites=["wenshan-hrss:24:5.4"],
        )
    trace = [f"不合格行为：{_names(OFFICER_BEHAVIOURS, found)}"]
    if grade in ("excellent", "qualified"):
        return ctx.finding(
            BLOCKED,
            f"有“{_names(OFFICER_BEHAVIOURS, found)}”，应为考核不合格，"
            f"不得评为{'优秀' if grade == 'excellent' else '合格'}",
            "a disqualifying behaviour makes the grade unqualified",
            trace=[*trace, f"拟定等次 {grade}"],
            cites=["wenshan-hrss:24:5.4"],
        )
    return ctx.finding(
        WARNING,
        "考核不合格：进行通报批评并责令改正，或调离执法岗位，或作其他行政处理",
        "unqualified: circulated criticism and order to correct, removal from the post, or other handling",
        trace=trace,
    )


@rule(
    "enforcement.appraisal.body_awards",
    check="enforcement.appraisal",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:24:5.3", "有下列情况之一的,取消执法机构当年评优评先资格")],
    params=["enforcement.appraisal.body_awards.litigation_reading"],
)
def appraisal_body(facts: Any, ctx: RuleContext) -> Finding | None:
    """执法机构有所列情形之一的，取消当年评优评先资格。"""
    if facts["subject"] != "body":
        return None
    events = set(facts.get("events", []))
    reading = ctx.param("enforcement.appraisal.body_awards.litigation_reading")
    hits = events & {
        "responsibility_not_implemented",
        "penalty_revoked",
        "penalty_changed_after_hearing",
        "court_compensation",
        "staff_violation_verified",
        "staff_unqualified_behaviour",
    }
    reasons = [BODY_EVENTS[e] for e in sorted(hits)]
    if "litigation_lost" in events and (reading == "litigation_lost_alone" or "reconsideration_filed" in events):
        reasons.append("引起行政复议且在行政诉讼中败诉" if "reconsideration_filed" in events else "在行政诉讼中败诉")
    extra = [ctx.param_cited("enforcement.appraisal.body_awards.litigation_reading")]
    nominated = facts.get("award_nomination", False)
    if not reasons:
        return ctx.finding(
            ALLOWED,
            "无取消评优评先资格的情形",
            "nothing cancels the body's awards eligibility",
            trace=[f"情形：{_names(BODY_EVENTS, sorted(events)) or '无'}"],
            extra=extra,
        )
    trace = [f"取消资格情形：{'；'.join(reasons)}"]
    if nominated:
        return ctx.finding(
            BLOCKED,
            "执法机构当年评优评先资格已取消，不得推荐评优",
            "the body has lost this year's awards eligibility and may not be nominated",
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        WARNING,
        "取消执法机构当年评优评先资格",
        "the body loses this year's awards eligibility",
        trace=trace,
        extra=extra,
    )


@rule(
    "enforcement.appraisal.decision",
    check="enforcement.appraisal",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:24:3.4", "考核意见经局依法行政领导小组办公室审核汇总,报请局依法行政工作领导小组决定"),
        ("wenshan-hrss:24:3.1", "行政执法考核评议按年度进行,分为优秀、合格和不合格"),
    ],
)
def appraisal_decision(facts: Any, ctx: RuleContext) -> Finding | None:
    """考核意见经领导小组办公室审核汇总后，由局依法行政工作领导小组决定等次。"""
    grade = facts.get("grade")
    if grade is None:
        return None
    label = {"excellent": "优秀", "qualified": "合格", "unqualified": "不合格"}[grade]
    if facts.get("group_decided"):
        return ctx.finding(
            ALLOWED,
            f"年度考核等次“{label}”已由局依法行政工作领导小组决定",
            f"grade {grade} decided by the rule-of-law leading group",
            trace=[f"等次 {label}，领导小组已决定"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"年度考核等次“{label}”须经领导小组办公室审核汇总，报局依法行政工作领导小组决定",
        f"grade {grade} must be decided by the rule-of-law leading group",
        trace=[f"等次 {label}，尚待领导小组决定"],
        approvers=[RULE_OF_LAW_GROUP],
    )


# ====================================================================== 文山 S001-25 执法过错责任追究

# situation -> (level, clause, zh)
SITUATIONS: dict[str, tuple[str, str, str]] = {
    "not_published": ("criticism", "7.1", "行政执法事项未依照规定进行公示"),
    "rights_not_notified": ("criticism", "7.2", "作出不利于相对人的具体行政行为未依照规定告知权利"),
    "time_limit_missed": ("criticism", "7.3", "未在规定承办时限期限内作出具体行政行为"),
    "licence_conditions_improper": ("criticism", "7.4", "许可前置审批条件不适当或擅自提供审批档案"),
    "penalty_misapplied": ("criticism", "7.5", "处罚决定适用法律错误、定性不准确或显失公正"),
    "late_investigation": ("criticism", "7.6", "违法行为未能及时查处但未造成严重后果"),
    "irregular_conduct": ("criticism", "7.7", "执法行为不规范导致出错但未造成严重后果"),
    "publicly_criticised": ("warning", "8.1", "行政执法工作受到上级或党委政府通报批评"),
    "forged_records": ("warning", "8.2", "伪造证据、执法记录致严重偏差"),
    "bribery_favouritism": ("warning", "8.3", "收受索取财物、徇私舞弊、违法不作为或乱作为"),
    "late_investigation_bad_consequence": ("warning", "8.4", "发现违法行为未能及时查处造成不良后果"),
    "illegal_coercion": ("warning", "8.5", "非法实施强制措施、滥用自由裁量权造成损害"),
    "information_leak": ("warning", "8.6", "泄漏执法信息造成严重后果"),
    "grudge_bias": ("warning", "8.7", "因个人恩怨偏见拖延不报或伪造证据"),
    "intentional_error": ("aggravated", "9.1", "故意造成行政执法行为错误"),
    "retaliation_motive": ("aggravated", "9.2", "出自打击报复心理故意造成错误"),
    "loss_to_party": ("aggravated", "9.3", "造成相对人人身财产损失"),
    "system_criticised": ("aggravated", "9.4", "导致本系统受到通报批评"),
    "serious_favouritism": ("aggravated", "9.5", "徇私舞弊导致行政行为严重失误、显失公正"),
    "abuse_major_loss": ("criminal", "10.1", "滥用职权、玩忽职守致重大损失"),
    "secrets_leaked": ("criminal", "10.2", "泄露国家机密情节严重"),
    "case_not_transferred": ("criminal", "10.3", "应移交司法机关而未移交情节严重"),
    "illegal_licences": ("criminal", "10.4", "滥发许可证致重大损失"),
    "serious_bribery": ("criminal", "10.5", "受贿徇私致严重失误情节严重"),
    "tipping_off": ("criminal", "10.6", "向被查处对象通风报信"),
    "other_duty_crime": ("criminal", "10.7", "其他职务犯罪"),
}
EXEMPTIONS = {
    "law_misunderstanding": ("6.1", "对法律、法规、规章理解和认识上的偏差"),
    "fact_misjudgement": ("6.2", "对案件事实和证据认识上的偏差"),
    "new_evidence": ("6.3", "出现新的证据"),
    "law_change": ("6.4", "法律、法规修订或者政策调整"),
    "other": ("6.8", "其他不应当承担责任的情形"),
}
_LEVEL_ZH = {
    "none": "不予追究",
    "criticism": "批评教育",
    "warning": "行政告诫",
    "sanction": "行政处分",
    "criminal": "移交司法机关追究刑事责任",
}

FAULT = check(
    "enforcement.fault_accountability",
    "行政执法过错责任追究（责任承担、免责、追究方式、累计升格、复议期限）",
    "Accountability for an enforcement fault (who bears it, exemptions, level, escalation, review period)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "situations": _list(list(SITUATIONS), "过错情形（第七至十项） fault situations"),
            "decision_mode": {
                "enum": ["independent", "collective", "approval"],
                "description": "行为作出方式：独立/集体研究/经审批 how the act was decided",
            },
            "person_role": {
                "enum": ["officer", "principal", "participant", "decider", "reviewer"],
                "description": "被追究人：独立执法人员/导致错误决定的主要负责人员/其他参与人员/作出错误决定的人员/"
                "审核审批人员 the person's role",
            },
            "dissented": _b("在集体研究或审核中提出了不同意见 recorded dissent"),
            "leadership_responsibility": _b("负有领导责任 has leadership responsibility"),
            "final_approver": _b("为最终批准人 is the final approver"),
            "misled_by_concealment": _b("因直接承办人员故意隐瞒事实而错误审核审批 misled by the handler"),
            "exemptions": _list(list(EXEMPTIONS), "免责情形 exemption grounds"),
            "fault": {"type": "string", "maxLength": 200, "description": "本次过错的标识（判断同一过错） fault id"},
            "history": {
                "type": "array",
                "maxItems": 200,
                "description": "此前受到的批评教育、行政告诫 earlier criticisms and warnings",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["level", "date"],
                    "properties": {
                        "level": {"enum": ["criticism", "warning"], "description": "批评教育/行政告诫 level"},
                        "date": {**DATE, "description": "决定日期 date of that decision"},
                        "fault": {"type": "string", "maxLength": 200, "description": "过错标识 fault id"},
                    },
                },
            },
            "decided_on": {**DATE, "description": "本次追究决定日期（默认查询日） date of this decision"},
            "decision_received_on": {**DATE, "description": "接到决定书之日 day the decision was received"},
            "review_applied_on": {**DATE, "description": "书面申请复议之日 day review was applied for"},
            "today": {**DATE, "description": "查询日 today"},
        },
    },
)


def _exempt(facts: Any) -> tuple[str, str] | None:
    """(clause path, reason) of the first exemption that applies, or None."""
    for e in facts.get("exemptions", []):
        return EXEMPTIONS[e]
    mode, role = facts.get("decision_mode", "independent"), facts.get("person_role", "officer")
    if mode == "collective" and facts.get("dissented") and not facts.get("leadership_responsibility"):
        return "6.5", "集体研究中提出不同意见（不负领导责任）"
    if mode == "approval" and role == "reviewer" and facts.get("misled_by_concealment"):
        return "6.6", "因直接承办人员故意隐瞒事实而导致错误审核、审批"
    if mode == "approval" and role == "reviewer" and facts.get("dissented") and not facts.get("final_approver"):
        return "6.7", "非最终批准的人员在审核中提出不同意见"
    return None


def _tally(recent: list[Any], level: str, fault: str, current: bool) -> tuple[int, int]:
    """(total, most for one fault) of ``level`` decisions in ``recent``, plus the current one if ``current``."""
    per: dict[str, int] = {}
    total = int(current)
    for h in recent:
        if h["level"] == level:
            total += 1
            if h.get("fault"):
                per[h["fault"]] = per.get(h["fault"], 0) + 1
    if current and fault:
        per[fault] = per.get(fault, 0) + 1
    return total, max(per.values(), default=0)


def _responsibility(facts: Any) -> tuple[str, str]:
    """(clause path, zh) of the share of responsibility the person bears."""
    mode, role = facts.get("decision_mode", "independent"), facts.get("person_role", "officer")
    if mode == "collective":
        return "5.2", "主要责任" if role == "principal" else "次要责任"
    if mode == "approval":
        return "5.3", "主要责任" if role == "decider" else "次要责任"
    return "5.1", "由该执法人员承担"


@rule(
    "enforcement.fault_accountability.level",
    check="enforcement.fault_accountability",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:25:5.1", "执法人员独立作出的行政行为,由该执法人员承担"),
        ("wenshan-hrss:25:5.2", "由导致错误决定的主要负责人员负主要责任,其他相关人员负次要责任"),
        ("wenshan-hrss:25:5.3", "由作出决定错误决定的人员负主要责任,各环节的审核、审批人员负次要责任"),
        ("wenshan-hrss:25:6", "有下列情形之一的,执法人员或相关人员不承担责任"),
        ("wenshan-hrss:25:6.1", "因对法律、法规、规章理解和认识上的偏差而导致行政行为错误的"),
        ("wenshan-hrss:25:6.2", "因对案件事实和证据认识上的偏差而导致具体行政行为错误的"),
        ("wenshan-hrss:25:6.3", "因出现新的证据而改变原具体行政行为的"),
        ("wenshan-hrss:25:6.4", "因国家法律、法规修订或者政策调整而改变原行政行为的"),
        ("wenshan-hrss:25:6.5", "在研究中提出不同意见的(负有领导责任的人员除外)"),
        ("wenshan-hrss:25:6.6", "由于直接承办人员故意隐瞒事实情况而导致作出错误审核、审批的"),
        ("wenshan-hrss:25:6.7", "非最终批准的人员在审核中提出不同意见的"),
        ("wenshan-hrss:25:6.8", "其他不应当承担责任的情形"),
        ("wenshan-hrss:25:7", "有下列情形之一的,视情节予以批评教育"),
        ("wenshan-hrss:25:8", "有下列情形之一的,予以行政告诫"),
        ("wenshan-hrss:25:9", "有下列情形之一的,应当从重追究责任"),
        ("wenshan-hrss:25:10", "过错构成以下犯罪,移交司法机关追究刑事责任"),
        ("wenshan-hrss:25:11", "1年内因执法过错累计受到3次批评教育"),
        ("wenshan-hrss:25:12", "1年内累计受到3次行政告诫"),
    ],
)
def fault_level(facts: Any, ctx: RuleContext) -> Finding | None:
    """追究方式：移送司法 > 行政告诫 > 批评教育；1年内累计3次批评教育或同一过错2次 → 行政告诫；
    1年内累计3次行政告诫或同一过错2次 → 行政处分；从重情形加重。免责情形不承担责任。"""
    situations = facts.get("situations", [])
    history = facts.get("history", [])
    if not situations and not history:
        return None
    ex = _exempt(facts)
    if ex is not None:
        return ctx.finding(
            ALLOWED,
            f"不承担责任：{ex[1]}",
            "no responsibility: an exemption applies",
            trace=[f"免责情形 第（六）项第{ex[0].split('.')[1]}目"],
            cites=[f"wenshan-hrss:25:{ex[0]}"],
        )
    levels = {SITUATIONS[s][0] for s in situations}
    base = (
        "criminal"
        if "criminal" in levels
        else "warning"
        if "warning" in levels
        else "criticism"
        if "criticism" in levels
        else "none"
    )
    aggravated = "aggravated" in levels
    cites: list[str] = []
    trace: list[str] = []
    for lv, path in (("criminal", "10"), ("warning", "8"), ("criticism", "7"), ("aggravated", "9")):
        if lv in levels:
            cites.append(f"wenshan-hrss:25:{path}")
            names = [SITUATIONS[s][2] for s in situations if SITUATIONS[s][0] == lv]
            trace.append(f"{_LEVEL_ZH.get(lv, '从重')}情形：{'；'.join(names)}")
    # escalation over the rolling year
    p = "enforcement.fault_accountability.level."
    decided = day_of(facts, "decided_on") or ctx.on
    months: int = ctx.param(p + "window")
    since = add_months_clamped(decided, -months)
    fault = facts.get("fault", "")
    recent = [h for h in history if since <= dt.date.fromisoformat(h["date"]) <= decided]
    level = base
    extra: list[CitedClause] = []
    crit, crit_same = _tally(recent, "criticism", fault, base == "criticism")
    if history:
        trace.append(f"1年内（{iso(since)} 至 {iso(decided)}）批评教育 {crit} 次，同一过错最多 {crit_same} 次")
    if level in ("none", "criticism") and (
        crit >= ctx.param(p + "criticisms") or crit_same >= ctx.param(p + "criticisms_same")
    ):
        level = "warning"
        cites.append("wenshan-hrss:25:11")
        extra += [ctx.param_cited(p + "criticisms")]
        trace.append("累计批评教育达到升格条件 → 行政告诫")
    warn, warn_same = _tally(recent, "warning", fault, level == "warning")
    if history and level in ("none", "criticism", "warning"):
        trace.append(f"1年内行政告诫 {warn} 次，同一过错最多 {warn_same} 次")
    if level in ("none", "criticism", "warning") and (
        warn >= ctx.param(p + "warnings") or warn_same >= ctx.param(p + "warnings_same")
    ):
        level = "sanction"
        cites.append("wenshan-hrss:25:12")
        extra += [ctx.param_cited(p + "warnings")]
        trace.append("累计行政告诫达到升格条件 → 行政处分")
    if level == "none" and not aggravated:
        return ctx.finding(
            ALLOWED,
            "未达到追究条件",
            "no accountability is due",
            trace=trace,
            cites=["wenshan-hrss:25:11"],
            extra=[ctx.param_cited(p + "window")],
        )
    share_path, share = _responsibility(facts)
    cites.append(f"wenshan-hrss:25:{share_path}")
    extra.append(ctx.param_cited(p + "window"))
    zh = f"追究方式：{_LEVEL_ZH[level]}" + ("，从重追究" if aggravated else "") + f"；责任承担：{share}"
    en = f"accountability: {level}" + (", aggravated" if aggravated else "") + f"; share: {share_path}"
    outcome = WARNING if level == "criticism" and not aggravated else BLOCKED
    if level == "none":  # only aggravating circumstances given
        zh = f"从重情形须与过错情形一并认定；责任承担：{share}"
        en = "aggravating circumstances apply to the fault found"
        outcome = WARNING
    return ctx.finding(outcome, zh, en, trace=trace, cites=cites, extra=extra)


@rule(
    "enforcement.fault_accountability.review",
    check="enforcement.fault_accountability",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:25:14", "过错责任的追究工作由州局政策法规科和机关党委纪委、人事教育科负责")],
    params=["timelimit.due.fault_review_application"],
)
def fault_review(facts: Any, ctx: RuleContext) -> Finding | None:
    """对追究决定不服的，可在接到决定书之日起15日内向政策法规科、机关党委纪委、人事教育科书面申请复议。"""
    received = day_of(facts, "decision_received_on")
    if received is None:
        return None
    applied = day_of(facts, "review_applied_on")
    if applied is not None and applied < received:
        raise BadInput(
            "复议申请早于接到决定书", "review_applied_on is before decision_received_on", "review_applied_on"
        )
    name = "timelimit.due.fault_review_application"
    deadline, cite = _period_deadline(ctx, name, received, "申请复议期限", "review application deadline")
    return judge(
        ctx,
        "书面申请复议",
        "written review application",
        deadline,
        applied,
        day_of(facts, "today"),
        BLOCKED,
        [cite],
        ("，复议申请超过期限", "; out of time"),
    )


# ====================================================================== 文山 S001-26 行政审批过错

APPROVAL_FAULTS = {
    "unauthorised_item": "擅自设立或继续实施、变相审批",
    "refused_acceptance": "对符合法定条件的申请不予受理",
    "refused_or_late_decision": "无正当理由不予审批或不在法定期限内作出决定",
    "extra_conditions": "擅自增加条件、标准或者限制",
    "approved_unqualified": "对不符合条件的申请予以批准或越权审批",
    "no_hearing": "依法应当举行听证而不举行",
    "illegal_fees": "擅自收费、不按标准收费或借机摊派",
    "intermediary": "违法准许中介代理或转移审批职能",
    "instructed_noncompliant": "指令办理不符合规定的项目、干扰审批情节较重",
    "supervision_failure": "不依法履行监督职责或监督不力造成严重后果",
    "not_displayed": "不在办公场所公示依法应当公示的材料",
    "notification_failure": "未履行法定告知义务造成一定后果",
    "no_one_time_notice": "材料不齐全不一次性告知申请人必须补齐的全部内容",
    "no_reasons": "未依法说明不受理或不予审批的理由",
    "other_violation": "其他违规违纪行为造成不良影响和后果",
}
_FAULT_PATH = {k: f"4.{i}" for i, k in enumerate(APPROVAL_FAULTS, 1)}
TRAILS = {
    "handler_failed": "承办人不履行或者不正确履行职责（审核人、批准人应当发现而没有发现或未纠正）",
    "reviewer_overrode": "审核人不采纳或者改变承办人正确意见",
    "reviewer_bypassed": "审核人应报请而不报请批准人，直接作出决定",
    "approver_bypassed": "批准人未经拟办、审核直接决定或改变正确意见",
    "leader_interfered": "领导指令、干预",
    "collective": "集体研究决定",
}
# (trail, role) -> (responsibility, clause path)
_SHARE = {
    ("handler_failed", "handler"): ("direct", "6.1"),
    ("handler_failed", "reviewer"): ("principal_leadership", "6.1"),
    ("handler_failed", "approver"): ("important_leadership", "6.1"),
    ("reviewer_overrode", "reviewer"): ("direct", "6.2"),
    ("reviewer_overrode", "approver"): ("principal_leadership", "6.2"),
    ("reviewer_bypassed", "reviewer"): ("direct", "6.2"),
    ("approver_bypassed", "approver"): ("direct", "6.3"),
    ("leader_interfered", "leader"): ("direct", "6.4"),
    ("collective", "decision_maker"): ("principal_leadership", "6.5"),
}
_SHARE_ZH = {"direct": "直接责任", "principal_leadership": "主要领导责任", "important_leadership": "重要领导责任"}
# (grade, responsibility) -> sanction text; clause 7.1 / 7.2 / 7.3
_SANCTION = {
    ("general", "direct"): "责令改正、向申请人赔礼道歉或者通报批评",
    ("general", "principal_leadership"): "责令作出书面检查",
    ("general", "important_leadership"): "责令作出书面检查",
    ("serious", "direct"): "党内警告或者严重警告处分，行政警告直至降级处分，并建议调离工作岗位或者停职处理",
    ("serious", "principal_leadership"): "行政记大过处分",
    ("serious", "important_leadership"): "行政警告处分",
    ("especially_serious", "direct"): "撤销党内职务或者开除党籍处分，行政撤职或者开除处分；涉嫌犯罪的移送司法机关",
    ("especially_serious", "principal_leadership"): "党内严重警告或者撤销党内职务处分，行政降级以上处分",
    ("especially_serious", "important_leadership"): "党内严重警告处分，行政记大过处分",
}
_GRADE_PATH = {"general": "7.1", "serious": "7.2", "especially_serious": "7.3"}
AGGRAVATING = {
    "obstruction": "干扰、阻碍调查",
    "retaliation": "打击报复举报人、证人或者案件经办人",
    "huge_loss": "造成巨大损失或者恶劣影响",
    "other": "其他依法应当从重或者加重处分情节",
}
MITIGATING = {
    "self_corrected": "主动检查纠正或积极配合调查如实说明",
    "reduced_loss": "主动采取措施减少损失或消除不良影响",
    "reported_others": "检举、揭发他人违法违纪行为属实",
    "other": "其他依法应当从轻或者减轻处分情节",
}

APPROVAL_FAULT = check(
    "enforcement.approval_fault",
    "行政审批过错责任追究（责任类型、过错等级与处分、从重从轻）",
    "Accountability for an administrative approval fault (responsibility type, grade, sanctions)",
    {
        "type": "object",
        "required": ["faults"],
        "additionalProperties": False,
        "properties": {
            "faults": _list(list(APPROVAL_FAULTS), "过错行为（第（四）项所列15种） fault behaviours"),
            "trail": {"enum": list(TRAILS), "description": "过错发生的环节 where in the approval trail it arose"},
            "role": {
                "enum": ["handler", "reviewer", "approver", "leader", "decision_maker"],
                "description": "被追究人：承办人/审核人（内设机构负责人）/批准人/指令干预的领导/集体决策人 role",
            },
            "grade": {
                "enum": ["general", "serious", "especially_serious"],
                "description": "过错等级：一般/严重/特别严重 grade",
            },
            "faults_in_year": {
                **COUNT,
                "description": "一年内应予追究的审批过错次数（含本次） approval faults within a year, this one "
                "included",
            },
            "aggravating": _list(list(AGGRAVATING), "从重或者加重情节 aggravating circumstances"),
            "mitigating": _list(list(MITIGATING), "从轻或者减轻情节 mitigating circumstances"),
        },
    },
)


@rule(
    "enforcement.approval_fault.responsibility",
    check="enforcement.approval_fault",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:26:4", "应当追究直接负责的主管人员和其他直接责任人员的过错责任"),
        ("wenshan-hrss:26:6.1", "审核人负主要领导责任,批准人负重要领导责任"),
        ("wenshan-hrss:26:6.2", "审核人负直接责任,批准人负主要领导责任"),
        ("wenshan-hrss:26:6.3", "批准人直接作出决定或者不采纳及改变承办人、审核人正确意见"),
        ("wenshan-hrss:26:6.4", "指令、干预的领导负直接责任"),
        ("wenshan-hrss:26:6.5", "集体研究决定导致行政审批过错后果发生的,决策人负主要领导责任"),
        ("wenshan-hrss:26:7", "行政审批过错分为一般过错、严重过错和特别严重过错"),
        ("wenshan-hrss:26:7.1", "对负主要领导责任者和重要领导责任者,责令作出书面检查"),
        ("wenshan-hrss:26:7.2", "对负主要领导责任者,给予行政记大过处分;对负重要领导责任者,给予行政警告处分"),
        ("wenshan-hrss:26:7.3", "行政撤职或者开除处分"),
        ("wenshan-hrss:26:8", "应当从重或者加重处分"),
        ("wenshan-hrss:26:9", "应当从轻或者减轻处分"),
        ("wenshan-hrss:26:5", "以上追究方式可以单处或并处"),
    ],
    params=["enforcement.approval_fault.responsibility.repeat_min"],
)
def approval_responsibility(facts: Any, ctx: RuleContext) -> Finding:
    """按环节确定责任类型，按过错等级确定处分；一年内2次以上（含2次）等情节从重或者加重，自查纠正等从轻或者减轻。"""
    faults = facts["faults"]
    if not faults:
        return ctx.finding(
            ALLOWED,
            "无所列行政审批过错行为",
            "none of the listed approval faults",
            trace=["过错行为 0 项"],
            cites=["wenshan-hrss:26:4"],
        )
    trace = [f"过错行为：{_names(APPROVAL_FAULTS, faults)}"]
    trail, role = facts.get("trail"), facts.get("role")
    if trail is None or role is None:
        return ctx.finding(
            WARNING,
            "存在行政审批过错，须查明过错环节和被追究人以确定责任类型",
            "an approval fault: establish the trail and the person to assign responsibility",
            trace=trace,
            cites=["wenshan-hrss:26:4"],
        )
    share = _SHARE.get((trail, role))
    trace.append(f"环节：{TRAILS[trail]}；被追究人：{role}")
    if share is None:
        return ctx.finding(
            ALLOWED,
            f"在“{TRAILS[trail]}”的情形下，{role} 不承担该过错的责任",
            f"in trail {trail} the {role} bears no responsibility",
            trace=trace,
            cites=["wenshan-hrss:26:4"],
        )
    resp, path = share
    cites = ["wenshan-hrss:26:4", f"wenshan-hrss:26:{path}"]
    grade = facts.get("grade")
    zh = f"负{_SHARE_ZH[resp]}"
    if grade is None:
        return ctx.finding(
            WARNING,
            zh + "；须依据情节轻重、损害后果和影响大小确定过错等级",
            f"{resp} responsibility; the grade is still to be set",
            trace=trace,
            cites=[*cites, "wenshan-hrss:26:7"],
        )
    cites.append(f"wenshan-hrss:26:{_GRADE_PATH[grade]}")
    sanction = _SANCTION[(grade, resp)]
    name = "enforcement.approval_fault.responsibility.repeat_min"
    repeat_min: int = ctx.param(name)
    n = facts.get("faults_in_year", 1)
    agg = [AGGRAVATING[a] for a in facts.get("aggravating", [])]
    if n >= repeat_min:
        agg.insert(0, f"一年内 {n} 次审批过错（≥{repeat_min}次）")
    trace.append(f"一年内审批过错 {n} 次 {'≥' if n >= repeat_min else '<'} {repeat_min} 次")
    mit = [MITIGATING[m] for m in facts.get("mitigating", [])]
    zh += (
        f"；{ {'general': '一般过错', 'serious': '严重过错', 'especially_serious': '特别严重过错'}[grade] }：{sanction}"
    )
    if agg:
        zh += f"；从重或者加重（{'；'.join(agg)}）"
        cites.append("wenshan-hrss:26:8")
    if mit:
        zh += f"；从轻或者减轻（{'；'.join(mit)}）"
        cites.append("wenshan-hrss:26:9")
    outcome = WARNING if grade == "general" and not (agg and not mit) else BLOCKED
    return ctx.finding(
        outcome,
        zh,
        f"{resp} responsibility, {grade} fault" + (", aggravated" if agg else "") + (", mitigated" if mit else ""),
        trace=trace,
        cites=cites,
        extra=[ctx.param_cited(name)],
    )


# ====================================================================== 文山 S001-27 法制审查

LEGAL_REVIEW = check(
    "enforcement.legal_review",
    "行政处罚案件法制审查（告知书发出前送审、回避、签字、审查时限）",
    "Legal review of a penalty case before the prior notice or hearing notice is issued",
    {
        "type": "object",
        "required": ["procedure"],
        "additionalProperties": False,
        "properties": {
            "procedure": {
                "enum": ["general", "hearing", "redecision", "summary"],
                "description": "案件程序：一般程序/听证程序/判决复议监督后重新作出/简易程序 procedure",
            },
            "section_head_signed": _b("承办科室负责人已签署意见 the section head signed an opinion"),
            "all_materials_submitted": _b("所有案件材料已送政策法规科 every case material was submitted"),
            "review_completed": _b("政策法规科已完成书面审查 the written review is done"),
            "opinion": {
                "enum": ["agree", "transfer", "supplement", "cancel_filing", "amend"],
                "description": "书面审查意见：同意/建议移送/补充或纠正/撤销立案/修正补充 review opinion",
            },
            "reviewer_conflicts": _list(
                ["investigator", "close_relative", "interested"],
                "审查人员的回避情形：本案调查人员/近亲属/直接利害关系 the reviewer's conflicts",
            ),
            "reviewer_signed": _b("审查人已签字 the reviewer signed"),
            "received_on": {**DATE, "description": "政策法规科收到送审案件之日 day the case reached the section"},
            "reviewed_on": {**DATE, "description": "完成审查之日 day the review was completed"},
            "today": {**DATE, "description": "查询日 today"},
            "form_copies": {**COUNT, "description": "行政处罚案件审查备案表份数 copies of the review form"},
        },
    },
)

_OPINION = {
    "transfer": ("无管辖权，建议移送有管辖权的行政机关", "6.2"),
    "supplement": ("当事人不明、事实不清、证据不足或违反办案程序，建议补充或纠正", "6.3"),
    "cancel_filing": ("当事人不构成违法，建议撤销立案", "6.4"),
    "amend": ("定性、适用法律、处罚种类幅度、程序、手续或文书不当，建议修正、补充", "6.5"),
}


@rule(
    "enforcement.legal_review.gate",
    check="enforcement.legal_review",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:27:2", "在草拟好《行政处罚事先告知书》或《听证告知书》,尚未发出之前"),
        ("wenshan-hrss:27:3", "尚未送达之前,应按本制度送政策法规科审查"),
        ("wenshan-hrss:27:6.1", "同意办案机构意见"),
        ("wenshan-hrss:27:6.2", "建议办案机构按有关规定移送有管辖权的行政机关依法处理"),
        ("wenshan-hrss:27:6.3", "建议办案机构补充或纠正"),
        ("wenshan-hrss:27:6.4", "对当事人不构成违法的行政处罚案件,建议撤销立案"),
        ("wenshan-hrss:27:6.5", "视具体情况建议修正、补充"),
    ],
)
def legal_review_gate(facts: Any, ctx: RuleContext) -> Finding:
    """一般程序、听证程序及重新作出的案件，告知书发出（送达）前须经承办科室负责人签署意见、全部材料送政策法规科
    书面审查，审查意见为“同意”方可发出。"""
    proc = facts["procedure"]
    gate = "wenshan-hrss:27:3" if proc == "redecision" else "wenshan-hrss:27:2"
    if proc == "summary":
        return ctx.finding(
            ALLOWED,
            "简易程序案件不在本制度送审范围",
            "summary-procedure cases are outside this review",
            trace=["程序 = 简易程序"],
            cites=["wenshan-hrss:27:2"],
        )
    if facts.get("section_head_signed") is False:
        return ctx.finding(
            BLOCKED,
            "承办科室负责人尚未签署意见，不得送审，告知书不得发出",
            "the section head has not signed: the notice may not be issued",
            trace=["承办科室负责人签署 = 否"],
            cites=["wenshan-hrss:27:2"],
        )
    if facts.get("all_materials_submitted") is False:
        return ctx.finding(
            BLOCKED,
            "须将所有案件材料送政策法规科书面审查",
            "all case materials must go to the policy section",
            trace=["全部材料送审 = 否"],
            cites=["wenshan-hrss:27:2"],
        )
    if not facts.get("review_completed", False):
        return ctx.finding(
            BLOCKED,
            "政策法规科尚未完成法制审查，告知书不得发出",
            "the legal review is not done: the notice may not be issued",
            trace=["法制审查完成 = 否"],
            cites=[gate],
        )
    opinion = facts.get("opinion", "agree")
    if opinion == "agree":
        return ctx.finding(
            ALLOWED,
            "法制审查同意办案机构意见，告知书可以发出",
            "the review agrees: the notice may be issued",
            trace=["审查意见 = 同意"],
            cites=[gate, "wenshan-hrss:27:6.1"],
        )
    text, path = _OPINION[opinion]
    return ctx.finding(
        BLOCKED,
        f"审查意见：{text}；告知书不得按原稿发出",
        f"review opinion {opinion}: the notice may not be issued as drafted",
        trace=[f"审查意见 = {opinion}"],
        cites=[gate, f"wenshan-hrss:27:{path}"],
    )


@rule(
    "enforcement.legal_review.recusal",
    check="enforcement.legal_review",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:27:7", "行政处罚案件的审查实行回避制度"),
        ("wenshan-hrss:27:7.1", "本案的调查人员"),
        ("wenshan-hrss:27:7.2", "当事人、本案调查人员的近亲属"),
        ("wenshan-hrss:27:7.3", "与本案的处理结果有直接利害关系的人员"),
    ],
)
def legal_review_recusal(facts: Any, ctx: RuleContext) -> Finding | None:
    """本案调查人员、当事人或调查人员的近亲属、有直接利害关系的人员应当回避。"""
    if "reviewer_conflicts" not in facts:
        return None
    found = facts["reviewer_conflicts"]
    if not found:
        return ctx.finding(
            ALLOWED,
            "审查人员无回避情形",
            "the reviewer has no conflict",
            trace=["回避情形 0 项"],
            cites=["wenshan-hrss:27:7"],
        )
    paths = {"investigator": "7.1", "close_relative": "7.2", "interested": "7.3"}
    zh = {"investigator": "本案调查人员", "close_relative": "近亲属", "interested": "直接利害关系人"}
    return ctx.finding(
        BLOCKED,
        f"审查人员系{'、'.join(zh[f] for f in found)}，应当回避",
        "the reviewer must withdraw",
        trace=[f"回避情形：{'、'.join(zh[f] for f in found)}"],
        cites=["wenshan-hrss:27:7", *(f"wenshan-hrss:27:{paths[f]}" for f in found)],
    )


flag_rule(
    "enforcement.legal_review.signature",
    "enforcement.legal_review",
    ["wenshan-hrss"],
    ("wenshan-hrss:27:9", "案件法制审查实行谁审查谁签字、谁签字谁负责的责任制"),
    "reviewer_signed",
    ("审查人已签字", "the reviewer signed"),
    ("审查意见无审查人签字（谁审查谁签字）", "the review opinion lacks the reviewer's signature"),
)


@rule(
    "enforcement.legal_review.period",
    check="enforcement.legal_review",
    agencies=["wenshan-hrss"],
    cites=[],
    params=["timelimit.due.legal_review", "timelimit.due.legal_review.overdue"],
)
def legal_review_period(facts: Any, ctx: RuleContext) -> Finding | None:
    """政策法规科一般应在收到后3个工作日内完成审查（“一般”：超期为提醒）。"""
    received = day_of(facts, "received_on")
    if received is None:
        return None
    reviewed = day_of(facts, "reviewed_on")
    if reviewed is not None and reviewed < received:
        raise BadInput("完成审查早于收到案件", "reviewed_on is before received_on", "reviewed_on")
    name = "timelimit.due.legal_review"
    deadline, cite = _period_deadline(ctx, name, received, "法制审查期限", "legal review deadline")
    extra = [cite, ctx.param_cited(name + ".overdue")]
    return judge(
        ctx, "法制审查", "legal review", deadline, reviewed, day_of(facts, "today"), _late_outcome(ctx, name), extra
    )


def _copies_rule(rule_id: str, check_id: str, cite: tuple[str, str], what: str) -> None:
    def fn(facts: Any, ctx: RuleContext) -> Finding | None:
        if "form_copies" not in facts:
            return None
        n = facts["form_copies"]
        if n < 2:
            return ctx.finding(
                BLOCKED,
                f"{what}一式2份，现仅 {n} 份",
                f"the form is made in 2 copies, only {n}",
                trace=[f"{n} 份 < 2 份"],
            )
        if n > 2:
            return ctx.finding(
                WARNING,
                f"{what}一式2份，现 {n} 份，多出的份数不属制度规定",
                f"the form is made in 2 copies, {n} made",
                trace=[f"{n} 份 > 2 份"],
            )
        return ctx.finding(ALLOWED, f"{what}一式2份", "2 copies as required", trace=["2 份 = 2 份"])

    fn.__doc__ = f"{what}一式2份。"
    rule(rule_id, check=check_id, agencies=["wenshan-hrss"], cites=[cite])(fn)


_copies_rule(
    "enforcement.legal_review.form",
    "enforcement.legal_review",
    ("wenshan-hrss:27:8", "行政处罚案件审查备案表一式2份,1份随案卷入卷,1份由审查机构存档"),
    "行政处罚案件审查备案表",
)


# ====================================================================== 文山 S001-29 重大行政处罚备案

TRIGGERS = {
    "mass_incident": ("3.2", "用人单位违法引起群体性上访和罢工"),
    "lawsuit": ("3.3", "当事人不服处罚决定提起行政诉讼"),
    "redecision": ("3.4", "根据判决、复议、监督决定需撤销原处罚决定重新作出"),
    "jurisdiction_dispute": ("3.5", "管辖权有争议"),
    "county_request": ("3.6", "县（市）局认为案情重大复杂需州局指导"),
    "prefecture_requires": ("3.7", "州局认为应上报备案"),
}
MATERIALS = {
    "report": "备案报告",
    "decision_copy": "行政处罚决定书（副本）",
    "legal_basis": "所依据的法律、法规、规章",
    "evidence_catalogue": "证据目录",
    "statements": "当事人的陈述、申辩材料",
    "execution": "行政处罚的执行情况",
    "other": "其他材料",
}
_CORE_MATERIALS = ("report", "decision_copy", "legal_basis", "evidence_catalogue")

FILING = check(
    "enforcement.major_penalty_filing",
    "重大行政处罚案件备案（是否须备案、15日期限、材料、备案表）",
    "Filing of a major penalty (whether required, 15-day deadline, materials, form)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "party_type": {"enum": ["unit", "individual"], "description": "当事人：单位/个人 party type"},
            "amount": {**MONEY, "description": "一次处罚的罚款金额（元） amount of the single penalty in yuan"},
            "triggers": _list(list(TRIGGERS), "其他须备案情形 other filing triggers"),
            "decided_on": {**DATE, "description": "作出重大行政处罚决定之日 decision date"},
            "filed_on": {**DATE, "description": "报送备案之日 filing date"},
            "today": {**DATE, "description": "查询日 today"},
            "notice_due_on": {**DATE, "description": "政策法规科通知的限期报送日 deadline in the filing notice"},
            "materials": _list(list(MATERIALS), "已报送的备案材料 materials filed"),
            "form_copies": {**COUNT, "description": "重大案件备案表份数 copies of the filing form"},
        },
    },
)


@rule(
    "enforcement.major_penalty_filing.required",
    check="enforcement.major_penalty_filing",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:29:2", "办案科室作出的重大行政处罚应当报送政策法规科备案"),
        ("wenshan-hrss:29:3.2", "因用人单位违反劳动保障有关法律法规引起群体性上访和罢工的事件"),
        ("wenshan-hrss:29:3.3", "当事人不服行政处罚决定,依法向人民法院提起行政诉讼的案件"),
        ("wenshan-hrss:29:3.4", "需撤销原处罚决定,重新作出具体行政行为的案件"),
        ("wenshan-hrss:29:3.5", "对管辖权有争议的案件"),
        ("wenshan-hrss:29:3.6", "需要州局指导的案件"),
        ("wenshan-hrss:29:3.7", "州局认为应上报备案的其他案件"),
        (
            "wenshan-hrss:29:13",
            "逾期不报或者经核实有重大行政处罚不报的,政策法规科将把此情况向局考核工作领导小组报告并记录在案",
        ),
    ],
    params=["timelimit.due.major_penalty_filing"],
)
def filing_required(facts: Any, ctx: RuleContext) -> Finding | None:
    """一次处罚达到10万元（单位）或1万元（个人）等七类案件须在作出决定之日起15日内报送政策法规科备案。"""
    reasons: list[str] = []
    trace: list[str] = []
    cites: list[str] = []
    extra: list[CitedClause] = []
    base = "enforcement.major_penalty_filing.required."
    if "amount" in facts:
        party = facts.get("party_type")
        if party is None:
            raise BadInput("给出罚款金额时须说明当事人为单位或个人", "give party_type with amount", "party_type")
        amount = money(facts["amount"])
        name = base + ("unit_threshold" if party == "unit" else "individual_threshold")
        limit: Decimal = ctx.param(name)
        extra.append(ctx.param_cited(name))
        who = "单位" if party == "unit" else "个人"
        hit = amount >= limit
        trace.append(f"一次罚款 {yuan(amount)} {'≥' if hit else '<'} {yuan(limit)}（{who}）")
        if hit:
            reasons.append(f"一次处罚达到{yuan(limit)}（{who}）")
    for t in facts.get("triggers", []):
        path, zh = TRIGGERS[t]
        reasons.append(zh)
        cites.append(f"wenshan-hrss:29:{path}")
    if not trace and not cites:
        return None
    if not reasons:
        return ctx.finding(
            ALLOWED,
            "未达到重大行政处罚备案标准，无须备案",
            "not a major penalty that must be filed",
            trace=trace,
            extra=extra,
        )
    cites.insert(0, "wenshan-hrss:29:2")
    trace.append(f"须备案：{'；'.join(reasons)}")
    decided = day_of(facts, "decided_on")
    filed, today = day_of(facts, "filed_on"), day_of(facts, "today")
    if decided is None:
        if filed is not None:
            return ctx.finding(ALLOWED, "已报送备案", "filed", trace=trace, cites=cites, extra=extra)
        return ctx.finding(
            WARNING,
            "属于须备案的重大行政处罚，须自作出决定之日起15日内报送政策法规科备案",
            "a major penalty: file with the policy section within 15 days of the decision",
            trace=trace,
            cites=cites,
            extra=extra,
        )
    if filed is not None and filed < decided:
        raise BadInput("备案日早于决定日", "filed_on is before decided_on", "filed_on")
    deadline, cite = _period_deadline(
        ctx, "timelimit.due.major_penalty_filing", decided, "重大行政处罚备案期限", "filing deadline"
    )
    extra.append(cite)
    note = ("", "")
    notice = day_of(facts, "notice_due_on")
    if filed is None and today is not None and today > deadline.date:
        cites.append("wenshan-hrss:29:13")
        if notice is not None and today > notice:
            note = (
                f"；通知限期 {iso(notice)} 仍未报送，报局考核工作领导小组并记录在案",
                "; still not filed after the notice: reported to the appraisal group",
            )
        else:
            note = ("；由政策法规科通知其限期报送", "; the policy section orders filing by a deadline")
    return judge(
        ctx,
        "重大行政处罚备案",
        "filing the major penalty",
        deadline,
        filed,
        today,
        BLOCKED,
        [*ctx.cited(*cites), *extra],
        note,
        trace,
        pending=WARNING,
    )


@rule(
    "enforcement.major_penalty_filing.materials",
    check="enforcement.major_penalty_filing",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:29:4", "重大行政处罚备案应当根据案件的实际情况报送下列材料")],
)
def filing_materials(facts: Any, ctx: RuleContext) -> Finding | None:
    """备案材料：备案报告、决定书副本、法律依据、证据目录必备；陈述申辩、执行情况等视案件实际情况。"""
    if "materials" not in facts:
        return None
    given = set(facts["materials"])
    missing = [m for m in _CORE_MATERIALS if m not in given]
    trace = [f"已报送：{_names(MATERIALS, sorted(given)) or '无'}"]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"备案材料缺少：{_names(MATERIALS, missing)}",
            f"filing materials missing: {', '.join(missing)}",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "备案材料齐备", "filing materials complete", trace=trace)


_copies_rule(
    "enforcement.major_penalty_filing.form",
    "enforcement.major_penalty_filing",
    ("wenshan-hrss:29:11", "重大案件备案表一式2份,1份交送审单位(科室),1份由州局政策法规科存档"),
    "重大案件备案表",
)

DEFECTS = {
    "should_not_penalise": ("9.3.1", "应当不予处罚或从轻、减轻处罚"),
    "subject_unqualified": ("9.3.2", "处罚主体不具备法定资格"),
    "facts_unclear": ("9.3.3", "事实不清"),
    "insufficient_evidence": ("9.3.4", "主要证据不足"),
    "wrong_law": ("9.3.5", "适用法律、法规、规章错误"),
    "procedure_violation": ("9.3.6", "违反法定程序"),
    "beyond_or_abuse_authority": ("9.3.7", "超越职权或滥用职权"),
    "manifestly_improper": ("9.3.8", "具体行政行为明显不当"),
}

FILING_REVIEW = check(
    "enforcement.filing_review",
    "重大行政处罚备案审查（终止、中止、审查结论与执行期限）",
    "Review of a filed major penalty (termination, suspension, conclusion and compliance deadlines)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "reconsideration_accepted": _b("同一处罚的行政复议申请已受理 reconsideration accepted"),
            "lawsuit_accepted": _b("人民法院已受理起诉 the court accepted a lawsuit"),
            "judgment_effective": _b("判决或裁定已生效 the judgment or ruling took effect"),
            "legal_basis_clear": _b("有明确的法律依据 clear legal basis"),
            "hearing_right_notified": _b("已告知当事人听证权利 the party was told of the hearing right"),
            "hearing_requested": _b("当事人要求举行听证 a hearing was requested"),
            "hearing_compliant": _b("听证程序履行符合规定 the hearing was held as required"),
            "collective_discussion_held": _b("作出决定前履行了集体讨论程序 collective discussion held"),
            "crime": _b("违法行为已构成犯罪/涉嫌犯罪应移送 a crime that must be transferred"),
            "defects": _list(list(DEFECTS), "备案审查发现的情形 defects found"),
            "recommendation_served_on": {
                **DATE,
                "description": "建议文书送达（收到）之日 day the recommendation was served",
            },
            "acted_on": {**DATE, "description": "移送或执行建议之日 day the unit acted"},
            "today": {**DATE, "description": "查询日 today"},
        },
    },
)


@rule(
    "enforcement.filing_review.status",
    check="enforcement.filing_review",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:29:8", "自行政复议申请受理之日起,备案审查终止"),
        ("wenshan-hrss:29:8", "自人民法院受理起诉之日起,备案审查中止"),
    ],
)
def filing_review_status(facts: Any, ctx: RuleContext) -> Finding | None:
    """复议申请受理：备案审查终止，以复议决定为结论；法院受理起诉：中止，判决裁定生效后继续计算。"""
    if facts.get("reconsideration_accepted"):
        return ctx.finding(
            BLOCKED,
            "行政复议申请已受理，备案审查终止，以行政复议决定为备案审查的结论",
            "reconsideration accepted: the filing review ends; the reconsideration decision is its conclusion",
            trace=["复议受理 = 是"],
        )
    if facts.get("lawsuit_accepted"):
        if facts.get("judgment_effective"):
            return ctx.finding(
                ALLOWED,
                "判决或裁定已生效，备案审查的期间继续计算",
                "the judgment took effect: the review period runs again",
                trace=["起诉受理 = 是，判决生效 = 是"],
            )
        return ctx.finding(
            BLOCKED,
            "人民法院已受理起诉，备案审查中止，待判决或裁定生效后继续",
            "lawsuit accepted: the filing review is suspended until the judgment takes effect",
            trace=["起诉受理 = 是，判决生效 = 否"],
        )
    if "reconsideration_accepted" in facts or "lawsuit_accepted" in facts:
        return ctx.finding(ALLOWED, "备案审查正常进行", "the review proceeds", trace=["复议、诉讼均未受理"])
    return None


@rule(
    "enforcement.filing_review.conclusion",
    check="enforcement.filing_review",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:29:6", "重点对以下方面进行审查"),
        ("wenshan-hrss:29:9.1", "予以登记存档"),
        ("wenshan-hrss:29:9.2", "违法行为已构成犯罪的,建议报送备案的单位在建议文书送达之日起7日内"),
        ("wenshan-hrss:29:9.3", "建议报送备案的案件承办机构撤销或者变更原行政处罚决定,或者重新作出具体行政行为"),
        ("wenshan-hrss:29:9.3.1", "具有应当不予行政处罚或从轻、减轻行政处罚情形的"),
        ("wenshan-hrss:29:9.3.2", "作出行政处罚的主体不具备法定资格的"),
        ("wenshan-hrss:29:9.3.3", "事实不清的"),
        ("wenshan-hrss:29:9.3.4", "主要证据不足的"),
        ("wenshan-hrss:29:9.3.5", "适用法律、法规、规章错误的"),
        ("wenshan-hrss:29:9.3.6", "违反法定程序的"),
        ("wenshan-hrss:29:9.3.7", "超越职权或滥用职权的"),
        ("wenshan-hrss:29:9.3.8", "具体行政行为明显不当的"),
        ("wenshan-hrss:29:10", "发现有违反《行政处罚法》的,应当建议报送备案的单位改正"),
    ],
    params=["timelimit.due.criminal_transfer", "timelimit.due.filing_correction"],
)
def filing_review_conclusion(facts: Any, ctx: RuleContext) -> Finding | None:
    """合法适当的登记存档；构成犯罪的建议7日内移送司法机关；有八种情形之一的建议撤销、变更或重作，15日内执行。
    重点审查项（法律依据、听证权利、听证程序、集体讨论）不符合的，按相应情形（适用法律错误、违反法定程序）处理。"""
    focus = ("legal_basis_clear", "hearing_right_notified", "collective_discussion_held", "crime", "defects")
    if not any(k in facts for k in focus):
        return None
    defects = list(facts.get("defects", []))
    trace: list[str] = []
    if facts.get("legal_basis_clear") is False and "wrong_law" not in defects:
        defects.append("wrong_law")
        trace.append("无明确法律依据 → 适用法律错误")
    procedure_gaps = []
    if facts.get("hearing_right_notified") is False:
        procedure_gaps.append("未告知听证权利")
    if facts.get("hearing_requested") and facts.get("hearing_compliant") is False:
        procedure_gaps.append("听证程序不符合规定")
    if facts.get("collective_discussion_held") is False:
        procedure_gaps.append("未履行集体讨论程序")
    if procedure_gaps:
        trace.append(f"{'、'.join(procedure_gaps)} → 违反法定程序")
        if "procedure_violation" not in defects:
            defects.append("procedure_violation")
    served, acted, today = (
        day_of(facts, "recommendation_served_on"),
        day_of(facts, "acted_on"),
        day_of(facts, "today"),
    )
    if facts.get("crime"):
        kind, what, cites = "criminal_transfer", "移送司法机关", ["wenshan-hrss:29:9.2"]
    elif defects:
        kind, what = "filing_correction", "撤销、变更原处罚决定或重新作出"
        cites = ["wenshan-hrss:29:9.3", *(f"wenshan-hrss:29:{DEFECTS[d][0]}" for d in defects)]
        trace.append(f"情形：{'；'.join(DEFECTS[d][1] for d in defects)}")
    else:
        return ctx.finding(
            ALLOWED,
            "主体合格、依据正确、事实清楚、程序合法、处罚适当，予以登记存档",
            "lawful and proper: registered and archived",
            trace=trace or ["重点审查事项均符合"],
            cites=["wenshan-hrss:29:6", "wenshan-hrss:29:9.1"],
        )
    if served is None:
        return ctx.finding(
            WARNING,
            f"建议报送备案单位{what}（建议文书送达后起算期限）",
            f"recommend the filing unit to act ({kind}); the period runs from service",
            trace=trace,
            cites=cites,
        )
    if acted is not None and acted < served:
        raise BadInput("执行日早于建议文书送达日", "acted_on is before recommendation_served_on", "acted_on")
    deadline, cite = _period_deadline(ctx, f"timelimit.due.{kind}", served, f"{what}期限", f"deadline to act ({kind})")
    return judge(
        ctx,
        what,
        kind,
        deadline,
        acted,
        today,
        BLOCKED,
        [*ctx.cited(*cites), cite],
        trace=trace,
        pending=WARNING,
    )


# ====================================================================== 区局 S002-30 行政执法责任制

SECTIONS = {
    "recruitment_deployment": "考录调配科",
    "institution_management": "事业单位管理科",
    "wages_welfare": "工资福利科",
    "arbitration": "仲裁科",
    "inspection": "监察科",
    "pension": "养老保险科",
    "injury_medical": "工伤医疗保险科",
    "other": "其他科室",
}

ACT = check(
    "enforcement.act",
    "具体行政执法行为（主体、证件、依据、程序、救济告知、时限、文书）",
    "A specific enforcement act (section, certificate, legal basis, procedure, remedies, time limit, documents)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "section": {"enum": list(SECTIONS), "description": "实施执法的科室 enforcing section"},
            "officer_certified": _b("执法人员依法取得执法证件 the officer holds an enforcement certificate"),
            "adverse": _b("影响合法权益或者增加义务 the decision harms rights or adds obligations"),
            "legal_basis": _b("有法律、法规、规章的规定 there is a legal basis"),
            "procedures_required": _list(
                ["notice", "defence", "hearing"], "法定须履行的程序：告知/申辩/听证 statutory procedures"
            ),
            "procedures_done": _list(["notice", "defence", "hearing"], "已履行的程序 procedures done"),
            "explanation_requested": _b("当事人要求解释 the party asked for an explanation"),
            "explanation_given": _b("已解释说明 an explanation was given"),
            "remedy_rights_notified": _b("已告知申请复议、提起诉讼的权利 remedy rights notified"),
            "statutory_due_on": {**DATE, "description": "法定时限届满日 statutory deadline"},
            "done_on": {**DATE, "description": "作出行为之日 day the act was done"},
            "today": {**DATE, "description": "查询日 today"},
            "uniform_documents": _b("使用统一的法律文书 uniform legal documents used"),
        },
    },
)


@rule(
    "enforcement.act.scope",
    check="enforcement.act",
    agencies=["district-bureau"],
    cites=[
        ("district-bureau:30:4", "考录调配科、事业单位管理科、工资福利科、仲裁科、监察科、养老保险科、工伤医疗保险科"),
        ("district-bureau:30:5.1", "应当按照法律、法规、规章规定由有主体资格的科室实施"),
    ],
)
def act_scope(facts: Any, ctx: RuleContext) -> Finding | None:
    """行政执法责任制适用于第四条所列七个执法科室；执法由有主体资格的科室实施。"""
    section = facts.get("section")
    if section is None:
        return None
    if section == "other":
        return ctx.finding(
            WARNING,
            "实施科室不在第四条所列执法科室范围内，须核实其执法主体资格",
            "the section is not one of the seven enforcement sections: check its authority",
            trace=["科室 = 其他"],
        )
    return ctx.finding(
        ALLOWED,
        f"{SECTIONS[section]}属行政执法责任制范围",
        f"{section} is an enforcement section",
        trace=[f"科室 = {SECTIONS[section]}"],
    )


flag_rule(
    "enforcement.act.certificate",
    "enforcement.act",
    ["district-bureau"],
    ("district-bureau:30:5.1", "从事具体执法工作的人员应当依法取得执法证件"),
    "officer_certified",
    ("执法人员已依法取得执法证件", "the officer is certified"),
    ("执法人员未取得执法证件，不得从事具体执法工作", "an uncertified officer may not enforce"),
)
flag_rule(
    "enforcement.act.legal_basis",
    "enforcement.act",
    ["district-bureau"],
    ("district-bureau:30:5.1", "没有法律、法规、规章的规定,不得作出影响公民、法人和其他组织合法权益"),
    "legal_basis",
    ("有法律、法规、规章依据", "there is a legal basis"),
    ("没有法律、法规、规章的规定，不得作出影响合法权益或增加义务的执法决定", "no legal basis for an adverse decision"),
    when=lambda f: bool(f.get("adverse", True)),
)


@rule(
    "enforcement.act.procedure",
    check="enforcement.act",
    agencies=["district-bureau"],
    cites=[
        ("district-bureau:30:5.3", "有法定告知、申辩、听证程序的必须依法履行"),
        ("district-bureau:30:5.3", "没有法定告知义务而当事人要求解释的,应当进行解释说明"),
    ],
)
def act_procedure(facts: Any, ctx: RuleContext) -> Finding | None:
    """作出具体行政行为前，法定告知、申辩、听证程序必须履行；当事人要求解释的应当解释说明。"""
    if "procedures_required" not in facts and "explanation_requested" not in facts:
        return None
    names = {"notice": "告知", "defence": "申辩", "hearing": "听证"}
    req, done = facts.get("procedures_required", []), set(facts.get("procedures_done", []))
    missing = [p for p in req if p not in done]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"法定{'、'.join(names[p] for p in missing)}程序未履行，不得作出具体行政行为",
            f"statutory procedure not completed: {', '.join(missing)}",
            trace=[f"须履行 {len(req)} 项，已履行 {len(req) - len(missing)} 项"],
        )
    if facts.get("explanation_requested") and not facts.get("explanation_given", False):
        return ctx.finding(
            BLOCKED,
            "当事人要求解释，应当进行解释说明",
            "the party asked for an explanation: one must be given",
            trace=["要求解释 = 是，已解释 = 否"],
        )
    return ctx.finding(
        ALLOWED,
        "法定程序已履行",
        "statutory procedures completed",
        trace=[f"须履行 {len(req)} 项，均已履行"],
    )


flag_rule(
    "enforcement.act.remedy_notice",
    "enforcement.act",
    ["district-bureau"],
    ("district-bureau:30:5.3", "应当告知相对人有依法申请行政复议或提起行政诉讼的权利"),
    "remedy_rights_notified",
    ("已告知申请行政复议、提起行政诉讼的权利", "remedy rights notified"),
    ("未告知相对人申请行政复议或提起行政诉讼的权利", "the party was not told of the remedy rights"),
)


@rule(
    "enforcement.act.time_limit",
    check="enforcement.act",
    agencies=["district-bureau"],
    cites=[("district-bureau:30:5.4", "实施行政执法应当遵守法定时限")],
)
def act_time_limit(facts: Any, ctx: RuleContext) -> Finding | None:
    """实施行政执法应当遵守法定时限。"""
    due_on = day_of(facts, "statutory_due_on")
    if due_on is None:
        return None
    dl = Deadline(due_on, "法定时限", "statutory deadline", ctx.calendar.year_status(due_on.year).provisional)
    return judge(
        ctx,
        "行政执法行为",
        "enforcement act",
        dl,
        day_of(facts, "done_on"),
        day_of(facts, "today"),
        BLOCKED,
        [],
    )


flag_rule(
    "enforcement.act.documents",
    "enforcement.act",
    ["district-bureau"],
    ("district-bureau:30:13", "各科室应按规范使用统一的法律文书"),
    "uniform_documents",
    ("使用统一的法律文书", "uniform legal documents used"),
    ("未按规范使用统一的法律文书", "uniform legal documents not used"),
)


# ====================================================================== 投诉 (区局 S002-30 第十四条, 元氏 S004-19)

COMPLAINT = check(
    "enforcement.complaint",
    "投诉、举报（受理、处理期限、告知结果）",
    "Complaints and reports (acceptance, handling period, notifying the result)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "refused": _b("拒绝受理或推诿 refused or shirked"),
            "handled": _b("已核查处理 handled"),
            "result_notified": _b("处理结果已告知当事人/投诉举报人 result notified"),
            "received_on": {**DATE, "description": "接到投诉、举报之日 day received"},
            "notified_on": {**DATE, "description": "将处理结果通知投诉举报人之日 day the result was notified"},
            "today": {**DATE, "description": "查询日 today"},
        },
    },
)


@rule(
    "enforcement.complaint.accept_art14",
    check="enforcement.complaint",
    agencies=["district-bureau"],
    cites=[("district-bureau:30:14", "不得拒绝和推诿,处理结果应及时告知当事人")],
)
def complaint_accept(facts: Any, ctx: RuleContext) -> Finding | None:
    """用人单位、职工认为合法权益受到侵害的申诉、投诉应及时受理办理，不得拒绝推诿，处理结果及时告知当事人。"""
    if facts.get("refused"):
        return ctx.finding(
            BLOCKED, "不得拒绝或推诿申诉、投诉", "complaints may not be refused", trace=["拒绝/推诿 = 是"]
        )
    if facts.get("handled") and facts.get("result_notified") is False:
        return ctx.finding(
            BLOCKED,
            "处理结果应及时告知当事人",
            "the result must be told to the party",
            trace=["已处理 = 是，告知 = 否"],
        )
    if "refused" not in facts and "handled" not in facts:
        return None
    return ctx.finding(ALLOWED, "申诉、投诉已受理办理", "the complaint is handled", trace=["拒绝/推诿 = 否"])


@rule(
    "enforcement.complaint.handle_30d",
    check="enforcement.complaint",
    agencies=["yuanshi-hrss"],
    cites=[],
    params=["timelimit.due.complaint_handling"],
)
def complaint_handle(facts: Any, ctx: RuleContext) -> Finding | None:
    """接到投诉、举报之日起30日内核查处理（或责成有关部门核查处理）并将处理结果通知投诉、举报人。"""
    received = day_of(facts, "received_on")
    if received is None:
        return None
    notified = day_of(facts, "notified_on")
    if notified is not None and notified < received:
        raise BadInput("通知日早于接到日", "notified_on is before received_on", "notified_on")
    name = "timelimit.due.complaint_handling"
    deadline, cite = _period_deadline(ctx, name, received, "投诉举报处理并通知期限", "complaint handling deadline")
    return judge(
        ctx,
        "投诉举报核查处理并通知",
        "handling and notifying the complaint",
        deadline,
        notified,
        day_of(facts, "today"),
        BLOCKED,
        [cite],
    )


# ====================================================================== 一次性告知 (区局 S002-49, 文山 S001-26)

NOTICE = check(
    "enforcement.one_time_notice",
    "一次性告知（书面、内容齐全、转办协办、补正材料、不予受理理由）",
    "One-time notification (in writing, complete, referrals, supplements, reasons for refusal)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "written": _b("以书面形式告知 told in writing"),
            "items_told": _list(
                ["scope", "authority", "time", "materials", "procedure"],
                "已告知：受理范围/权限/办事时间/必备材料/有关程序 items told",
            ),
            "external": _b("需要局机关以外的其他部门办理或协助 another department is involved"),
            "external_told": _list(
                ["department", "address", "handler"], "已告知：有关部门/地址/具体承办人 referral details told"
            ),
            "joint": _b("需要局有关科室协同办理 several sections must cooperate"),
            "joint_consulted": _b("已与有关科室和人员协商 the sections were consulted"),
            "joint_told": _list(
                ["procedure", "time", "notes"], "已告知：共同办理的程序/时间/注意事项 joint-handling details told"
            ),
            "cannot_handle": _b("不能解决或暂时不能办理 cannot be handled now"),
            "explained": _b("已向办事人员解释清楚 explained to the applicant"),
            "materials_incomplete": _b("申请材料不齐全或不符合法定形式 materials incomplete"),
            "all_missing_listed": _b("一次性告知了必须补齐的全部内容 every missing item told at once"),
            "supplement_requests": {**COUNT, "description": "要求补正的次数 number of supplement requests"},
            "refused": _b("不受理或不予审批 application not accepted or refused"),
            "reasons_given": _b("已依法说明理由 reasons given"),
        },
    },
)


@rule(
    "enforcement.one_time_notice.written_art1",
    check="enforcement.one_time_notice",
    agencies=["district-bureau"],
    cites=[
        (
            "district-bureau:49:1",
            "用书面形式一次性告知受理范围,权限和办事的时间,一次性告知办事所必备的材料以及有关程序等",
        )
    ],
)
def notice_written(facts: Any, ctx: RuleContext) -> Finding | None:
    """用书面形式一次性告知受理范围、权限、办事时间、必备材料和有关程序。"""
    if "written" not in facts and "items_told" not in facts:
        return None
    names = {
        "scope": "受理范围",
        "authority": "权限",
        "time": "办事时间",
        "materials": "必备材料",
        "procedure": "有关程序",
    }
    if facts.get("written") is False:
        return ctx.finding(BLOCKED, "须用书面形式一次性告知", "the notice must be in writing", trace=["书面 = 否"])
    told = set(facts.get("items_told", list(names)))
    missing = [k for k in names if k not in told]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"一次性告知缺少：{'、'.join(names[k] for k in missing)}",
            f"the one-time notice lacks: {', '.join(missing)}",
            trace=[f"已告知 {len(names) - len(missing)}/{len(names)} 项"],
        )
    return ctx.finding(
        ALLOWED, "已书面一次性告知全部事项", "everything told at once in writing", trace=["已告知 5/5 项"]
    )


def _details_rule(rule_id: str, cite: tuple[str, str], gate: str, fact: str, names: dict[str, str], what: str) -> None:
    def fn(facts: Any, ctx: RuleContext) -> Finding | None:
        if not facts.get(gate):
            return None
        if gate == "joint" and not facts.get("joint_consulted", False):
            return ctx.finding(
                BLOCKED,
                "须先与有关科室和人员协商，再告知共同办理事项",
                "consult the sections first",
                trace=["协商 = 否"],
            )
        told = set(facts.get(fact, []))
        missing = [k for k in names if k not in told]
        if missing:
            return ctx.finding(
                BLOCKED,
                f"{what}未告知：{'、'.join(names[k] for k in missing)}",
                f"{fact} missing: {', '.join(missing)}",
                trace=[f"已告知 {len(names) - len(missing)}/{len(names)} 项"],
            )
        return ctx.finding(
            ALLOWED, f"{what}已详细告知", f"{fact} complete", trace=[f"已告知 {len(names)}/{len(names)} 项"]
        )

    fn.__doc__ = f"{what}须详细告知：{'、'.join(names.values())}。"
    rule(rule_id, check="enforcement.one_time_notice", agencies=["district-bureau"], cites=[cite])(fn)


_details_rule(
    "enforcement.one_time_notice.external_art2",
    ("district-bureau:49:2", "要详细告知办事人有关部门、地址和具体承办人"),
    "external",
    "external_told",
    {"department": "有关部门", "address": "地址", "handler": "具体承办人"},
    "需其他部门办理或协助的",
)
_details_rule(
    "enforcement.one_time_notice.joint_art3",
    ("district-bureau:49:3", "经与有关科室和人员协商后,告知办事人员共同办理的程序、时间及有关注意事项"),
    "joint",
    "joint_told",
    {"procedure": "程序", "time": "时间", "notes": "有关注意事项"},
    "需科室协同办理的",
)
flag_rule(
    "enforcement.one_time_notice.explain_art4",
    "enforcement.one_time_notice",
    ["district-bureau"],
    ("district-bureau:49:4", "对因不能解决或暂时不能办理的,要向办事人员解释清楚"),
    "explained",
    ("已向办事人员解释清楚", "explained to the applicant"),
    ("不能解决或暂时不能办理的，要向办事人员解释清楚", "an explanation is owed to the applicant"),
    when=lambda f: bool(f.get("cannot_handle")),
)


@rule(
    "enforcement.one_time_notice.supplement_art26",
    check="enforcement.one_time_notice",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:26:4.13", "不一次性告知申请人必须补齐全部内容的")],
)
def notice_supplement(facts: Any, ctx: RuleContext) -> Finding | None:
    """申请材料不齐全、不符合法定形式的，须一次性告知申请人必须补齐的全部内容（否则属审批过错）。"""
    if not facts.get("materials_incomplete"):
        return None
    n = facts.get("supplement_requests", 1)
    listed = facts.get("all_missing_listed", True)
    if not listed or n > 1:
        return ctx.finding(
            BLOCKED,
            "未一次性告知申请人必须补齐的全部内容，属行政审批过错，应追究责任",
            "not every missing item was told at once: an approval fault",
            trace=[f"一次性列明 = {'是' if listed else '否'}，补正要求 {n} 次"],
        )
    return ctx.finding(
        ALLOWED,
        "已一次性告知必须补齐的全部内容",
        "every missing item told at once",
        trace=[f"补正要求 {n} 次"],
    )


flag_rule(
    "enforcement.one_time_notice.reasons_art26",
    "enforcement.one_time_notice",
    ["wenshan-hrss"],
    ("wenshan-hrss:26:4.14", "未依法说明不受理行政审批申请或者不予审批的理由的"),
    "reasons_given",
    ("已说明不受理或不予审批的理由", "reasons given"),
    ("未依法说明不受理或者不予审批的理由，属行政审批过错", "no reasons for the refusal: an approval fault"),
    when=lambda f: bool(f.get("refused")),
)


# ====================================================================== 区局 S002-56 社会监督员

ROSTER = check(
    "supervision.supervisor_roster",
    "社会监督员人数",
    "Number of social supervisors",
    {
        "type": "object",
        "required": ["roster_size"],
        "additionalProperties": False,
        "properties": {"roster_size": {**COUNT, "description": "聘请的社会监督员人数 supervisors engaged"}},
    },
)


@rule(
    "supervision.supervisor_roster.size",
    check="supervision.supervisor_roster",
    agencies=["district-bureau"],
    cites=[],
)
def roster_size(facts: Any, ctx: RuleContext) -> Finding:
    """社会监督员人数在20—25人之间（含20人和25人）。"""
    n = facts["roster_size"]
    lo_name, hi_name = "supervision.supervisor_roster.size.min", "supervision.supervisor_roster.size.max"
    lo, hi = ctx.param(lo_name), ctx.param(hi_name)
    extra = [ctx.param_cited(lo_name)]
    if n < lo or n > hi:
        return ctx.finding(
            BLOCKED,
            f"社会监督员 {n} 人，不在{lo}—{hi}人之间",
            f"{n} supervisors is outside {lo}-{hi}",
            trace=[f"{n} 人 {'<' if n < lo else '>'} {lo if n < lo else hi} 人"],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"社会监督员 {n} 人，在{lo}—{hi}人之间",
        f"{n} supervisors, within {lo}-{hi}",
        trace=[f"{lo} ≤ {n} ≤ {hi}"],
        extra=extra,
    )


SOURCES = {
    "town_leader": "街镇分管人力社保工作的领导",
    "npc_deputy": "区人大代表",
    "cppcc_member": "政协委员",
    "employer_hr_manager": "辖区内用人单位人事主管",
    "other": "其他人员",
}
CRITERIA = {
    "public_spirit": ("3.1", "热爱社会主义，关注民生，有社会责任感"),
    "policy_knowledge": ("3.2", "关心人力社保工作，政策水平较高，有一定威望"),
    "integrity": ("3.3", "坚持原则，作风正派，公正廉洁"),
    "health": ("3.4", "身体健康，能正常工作"),
}

APPOINTMENT = check(
    "supervision.supervisor_appointment",
    "聘请社会监督员（来源、条件、聘期、调整）",
    "Engaging a social supervisor (source, criteria, term, replacement)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "source": {"enum": list(SOURCES), "description": "人员来源 where the person comes from"},
            "criteria_unmet": _list(list(CRITERIA), "不符合的基本条件 unmet criteria"),
            "certificate_issued": _b("已颁发聘任证书 appointment certificate issued"),
            "appointed_on": {**DATE, "description": "聘任之日 appointment date"},
            "today": {**DATE, "description": "查询日（默认为 on） today (defaults to the evaluation date)"},
            "able_to_serve": _b("能在任期内履行监督义务 able to serve"),
        },
    },
)


@rule(
    "supervision.supervisor_appointment.source",
    check="supervision.supervisor_appointment",
    agencies=["district-bureau"],
    cites=[
        (
            "district-bureau:56:2",
            "X工作监督员从街镇分管人力社保工作的领导,区人大代表,政协委员,辖区内部分用人单位人事主管中聘请",
        )
    ],
)
def appointment_source(facts: Any, ctx: RuleContext) -> Finding | None:
    """社会监督员从街镇分管领导、区人大代表、政协委员、辖区用人单位人事主管中聘请，由区局颁发聘任证书。"""
    src = facts.get("source")
    if src is None:
        return None
    if src == "other":
        return ctx.finding(
            BLOCKED,
            "社会监督员不在规定的聘请范围内",
            "outside the pool supervisors are drawn from",
            trace=["来源 = 其他"],
        )
    if facts.get("certificate_issued") is False:
        return ctx.finding(
            WARNING,
            "须由区局颁发聘任证书",
            "the bureau issues an appointment certificate",
            trace=[f"来源 = {SOURCES[src]}，证书 = 否"],
        )
    return ctx.finding(
        ALLOWED, f"来源：{SOURCES[src]}，属聘请范围", "within the pool", trace=[f"来源 = {SOURCES[src]}"]
    )


@rule(
    "supervision.supervisor_appointment.criteria",
    check="supervision.supervisor_appointment",
    agencies=["district-bureau"],
    cites=[
        ("district-bureau:56:3", "社会监督员的基本条件"),
        ("district-bureau:56:3.1", "热爱社会主义,关注民生,维护民权"),
        ("district-bureau:56:3.2", "关心人力社保工作,政策水平较高"),
        ("district-bureau:56:3.3", "坚持原则,作风正派,公正廉洁,联系群众"),
        ("district-bureau:56:3.4", "身体健康,能正常工作"),
    ],
)
def appointment_criteria(facts: Any, ctx: RuleContext) -> Finding | None:
    """社会监督员须符合四项基本条件。"""
    if "criteria_unmet" not in facts:
        return None
    unmet = facts["criteria_unmet"]
    if not unmet:
        return ctx.finding(
            ALLOWED,
            "符合社会监督员基本条件",
            "meets every criterion",
            trace=["不符合 0 项"],
            cites=["district-bureau:56:3"],
        )
    return ctx.finding(
        BLOCKED,
        f"不符合基本条件：{'；'.join(CRITERIA[c][1] for c in unmet)}",
        f"criteria not met: {', '.join(unmet)}",
        trace=[f"不符合 {len(unmet)} 项"],
        cites=["district-bureau:56:3", *(f"district-bureau:56:{CRITERIA[c][0]}" for c in unmet)],
    )


@rule(
    "supervision.supervisor_appointment.term",
    check="supervision.supervisor_appointment",
    agencies=["district-bureau"],
    cites=[("district-bureau:56:5.2", "由于特殊原因无法在任期内履行监督义务的社会监督员应及时调整")],
    params=["supervision.supervisor_appointment.term.months"],
)
def appointment_term(facts: Any, ctx: RuleContext) -> Finding | None:
    """聘期为两年（聘任当日不计，到期年对应日为最后一日，不顺延）；无法履行监督义务的应及时调整。"""
    appointed = day_of(facts, "appointed_on")
    if facts.get("able_to_serve") is False:
        return ctx.finding(
            WARNING,
            "无法在任期内履行监督义务，应及时调整",
            "unable to serve: replace promptly",
            trace=["能履职 = 否"],
        )
    if appointed is None:
        return None
    name = "supervision.supervisor_appointment.term.months"
    p = ctx.params.get(ctx.agency, name)
    end = ctx.deadline(appointed, p.at(ctx.on).value, p.unit, "聘期届满", "term ends", roll=False)
    today = day_of(facts, "today") or ctx.on
    extra = [ctx.param_cited(name)]
    if today > end.date:
        return ctx.finding(
            BLOCKED,
            f"聘期已于 {iso(end.date)} 届满，须续聘或调整",
            f"the term ended on {iso(end.date)}",
            trace=[f"今日 {iso(today)} > 聘期届满 {iso(end.date)}"],
            deadlines=[end],
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"聘期内，届满日 {iso(end.date)}",
        f"within the term, ending {iso(end.date)}",
        trace=[f"今日 {iso(today)} ≤ 聘期届满 {iso(end.date)}"],
        deadlines=[end],
        extra=extra,
    )


# ====================================================================== 监督检查 (元氏 S004-19, S004-21)

INSPECTION = check(
    "supervision.inspection",
    "行政执法监督检查的实施（证件、配合、人数、书面记录、整改反馈）",
    "Conducting an enforcement-supervision inspection (credential, cooperation, team, record, follow-up)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "target": {
                "enum": ["own_body", "undertaking_organ"],
                "description": "检查对象：本级行政执法机构/委托下放行政许可的承接机关 who is inspected",
            },
            "method": {
                "enum": [
                    "spot_check",
                    "focused",
                    "self_review",
                    "report_verification",
                    "hear_report",
                    "file_review",
                    "appraisal",
                    "special_investigation",
                    "complaint_investigation",
                ],
                "description": "方式：日常抽查/重点检查/自我评查/举报核查/听取汇报/案卷评查/考核测评/专项调查/"
                "投诉调查 method",
            },
            "inspectors": {**COUNT, "description": "委派的检查人员数 staff sent"},
            "credential_shown": _b("出示了行政执法监督检查证件 credential shown"),
            "obstructed": _b("被查单位隐瞒、阻挠或者拒绝检查 the unit concealed, obstructed or refused"),
            "written_record": _b("制作了书面记录 a written record was made"),
            "summary_issued": _b("已总结、提出整改意见并通报受查单位 summary and rectification opinion issued"),
            "correction_reported": _b("被查单位已报告检查纠正情况 the unit reported its corrections"),
        },
    },
)

flag_rule(
    "supervision.inspection.credential",
    "supervision.inspection",
    ["yuanshi-hrss"],
    ("yuanshi-hrss:19:3.3", "行政执法监督检查人员进行行政执法监督检查时，必须出示行政执法监督检查证件"),
    "credential_shown",
    ("已出示行政执法监督检查证件", "credential shown"),
    ("检查时必须出示行政执法监督检查证件", "the supervision credential must be shown"),
)
flag_rule(
    "supervision.inspection.cooperation",
    "supervision.inspection",
    ["yuanshi-hrss"],
    ("yuanshi-hrss:19:3.4", "不得隐瞒、阻挠或者拒绝行政执法监督检查"),
    "obstructed",
    ("被查单位予以协助和配合", "the unit cooperated"),
    ("被查单位不得隐瞒、阻挠或者拒绝行政执法监督检查", "the unit may not conceal, obstruct or refuse"),
    want=False,
)


@rule(
    "supervision.inspection.follow_up",
    check="supervision.inspection",
    agencies=["yuanshi-hrss"],
    cites=[
        (
            "yuanshi-hrss:19:4.1",
            "对存在的问题提出整改意见，通报受查单位检查纠正，监督整改落实情况，被查单位应当报告检查纠正情况",
        )
    ],
)
def inspection_follow_up(facts: Any, ctx: RuleContext) -> Finding | None:
    """检查后须总结、提出整改意见并通报受查单位；被查单位应当报告检查纠正情况。"""
    if "summary_issued" not in facts and "correction_reported" not in facts:
        return None
    if facts.get("summary_issued") is False:
        return ctx.finding(
            BLOCKED,
            "执行监督检查的部门须总结检查情况、提出整改意见并通报受查单位",
            "the inspecting department must summarise and issue rectification opinions",
            trace=["总结通报 = 否"],
        )
    if facts.get("correction_reported") is False:
        return ctx.finding(
            BLOCKED,
            "被查单位应当报告检查纠正情况",
            "the inspected unit must report its corrections",
            trace=["纠正情况报告 = 否"],
        )
    return ctx.finding(ALLOWED, "整改意见已通报并落实反馈", "follow-up complete", trace=["总结通报 = 是"])


@rule(
    "supervision.inspection.team_art21",
    check="supervision.inspection",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:21:4", "实施监督，应当制作书面记录")],
    params=["supervision.inspection.team_art21.min_staff"],
)
def inspection_team(facts: Any, ctx: RuleContext) -> Finding | None:
    """对承接机关进行调查和检查时，应当委派两名以上（含两名）工作人员，并制作书面记录。"""
    if facts.get("target") != "undertaking_organ":
        return None
    name = "supervision.inspection.team_art21.min_staff"
    need: int = ctx.param(name)
    extra = [ctx.param_cited(name)]
    n = facts.get("inspectors")
    if n is not None and n < need:
        return ctx.finding(
            BLOCKED,
            f"对承接机关的调查检查须委派{need}名以上工作人员，现 {n} 名",
            f"at least {need} staff must inspect an undertaking organ, {n} sent",
            trace=[f"{n} 名 < {need} 名"],
            extra=extra,
        )
    if facts.get("written_record") is False:
        return ctx.finding(
            BLOCKED,
            "实施监督应当制作书面记录",
            "a written record must be made",
            trace=["书面记录 = 否"],
            extra=extra,
        )
    if n is None and "written_record" not in facts:
        return None
    return ctx.finding(
        ALLOWED,
        "检查人数和书面记录符合要求",
        "team size and written record as required",
        trace=[f"{n} 名 ≥ {need} 名" if n is not None else "书面记录 = 是"],
        extra=extra,
    )


FINDINGS = {
    "unlawful_subject": "行政执法主体不合法",
    "unlawful_procedure": "行政执法程序违法或者不当",
    "unlawful_act": "具体行政行为违法或者不当",
    "non_performance": "不履行法定职责",
    "other_violation": "其他应当纠正的违法行为",
}
MEASURES = {
    "correct": "纠正",
    "revoke": "撤销",
    "order_correction": "责令限期改正",
    "remedy": "采取相应补救措施",
    "confirm_illegal": "确认违法",
}
DOCUMENTS = {
    "none": "未制作文书",
    "supervision_document": "行政执法监督检查文书",
    "notice_decision": "《执法监督通知（决定）书》",
    "supervision_notice": "《行政执法监督通知书》",
    "supervision_decision": "《行政执法监督决定书》",
}

DECISION = check(
    "supervision.decision",
    "行政执法监督处理决定（纠正/撤销/限期改正、文书、送达、报领导小组、移送）",
    "Handling what an enforcement supervision found (measure, document, service, escalation, transfer)",
    {
        "type": "object",
        "required": ["finding", "measure"],
        "additionalProperties": False,
        "properties": {
            "target": {
                "enum": ["own_body", "undertaking_organ"],
                "description": "被监督对象：本级执法机构/承接机关 who is supervised",
            },
            "finding": {"enum": list(FINDINGS), "description": "发现的问题 what was found"},
            "measure": {"enum": list(MEASURES), "description": "拟采取的措施 measure proposed"},
            "due_on": {**DATE, "description": "限期改正的期限 correction deadline"},
            "serious": _b("情节严重 serious"),
            "group_decided": _b("已报局依法行政领导小组处理 the leading group decided"),
            "document": {"enum": list(DOCUMENTS), "description": "制作的文书 document made"},
            "document_served": _b("文书已送达被监督部门 the document was served"),
            "crime_suspected": _b("涉嫌犯罪 a crime is suspected"),
            "transferred": _b("已移送司法机关 transferred to judicial organs"),
            "circulated_criticism": _b("并给予通报批评 circulated criticism added"),
        },
    },
)


def _measure_finding(ctx: RuleContext, facts: Any, allowed: set[str], cites: list[str], what: str) -> Finding:
    measure, finding = facts["measure"], facts["finding"]
    trace = [f"问题：{FINDINGS[finding]}；措施：{MEASURES[measure]}"]
    if measure not in allowed:
        return ctx.finding(
            BLOCKED,
            f"{FINDINGS[finding]}，应{'或'.join(MEASURES[m] for m in sorted(allowed))}，不能{MEASURES[measure]}",
            f"{finding} calls for {' or '.join(sorted(allowed))}, not {measure}",
            trace=trace,
            cites=cites,
        )
    if measure == "order_correction" and not facts.get("due_on"):
        return ctx.finding(
            BLOCKED,
            "责令改正须限定期限",
            "an order to correct must set a deadline",
            trace=[*trace, "期限 = 未定"],
            cites=cites,
        )
    return ctx.finding(
        ALLOWED,
        f"{what}：{MEASURES[measure]}",
        f"measure {measure} fits {finding}",
        trace=trace,
        cites=cites,
    )


@rule(
    "supervision.decision.measure_art22",
    check="supervision.decision",
    agencies=["wenshan-hrss"],
    cites=[
        ("wenshan-hrss:22:6.1", "行政执法主体不合法,应予纠正或撤销"),
        ("wenshan-hrss:22:6.2", "具体行政行为违法或不当的,应予纠正或撤销"),
        ("wenshan-hrss:22:6.3", "行政执法违反法定程序的,应予纠正或撤销"),
        ("wenshan-hrss:22:6.4", "应责令其限期改正;情节严重的,由领导小组办公室提出处理意见,报局依法行政领导小组处理"),
    ],
)
def decision_art22(facts: Any, ctx: RuleContext) -> Finding:
    """主体不合法、行为违法不当、违反法定程序：纠正或撤销；不履行法定职责、违法：责令限期改正，情节严重的报局依法行政
    领导小组处理并追究机构负责人和直接责任人的责任。"""
    finding = facts["finding"]
    path = {
        "unlawful_subject": "6.1",
        "unlawful_act": "6.2",
        "unlawful_procedure": "6.3",
        "non_performance": "6.4",
        "other_violation": "6.4",
    }[finding]
    cite = f"wenshan-hrss:22:{path}"
    if path == "6.4":
        out = _measure_finding(ctx, facts, {"order_correction"}, [cite], "不履行法定职责或违法")
        if out.outcome is ALLOWED and facts.get("serious") and not facts.get("group_decided"):
            return ctx.finding(
                NEEDS_APPROVAL,
                "情节严重：由领导小组办公室提出处理意见，报局依法行政领导小组处理，并追究执法机构负责人和直接责任人的责任",
                "serious: the leading group decides and the head and directly responsible person are held liable",
                trace=[*out.trace, "情节严重 = 是"],
                cites=[cite],
                approvers=[RULE_OF_LAW_GROUP],
            )
        return out
    return _measure_finding(ctx, facts, {"correct", "revoke"}, [cite], FINDINGS[finding])


@rule(
    "supervision.decision.document_art22",
    check="supervision.decision",
    agencies=["wenshan-hrss"],
    cites=[("wenshan-hrss:22:7", "必须制定行政执法监督检查文书,并及时送达被监督部门")],
)
def decision_document_art22(facts: Any, ctx: RuleContext) -> Finding:
    """作出行政执法监督处理决定的，必须制定行政执法监督检查文书并及时送达被监督部门。"""
    doc = facts.get("document", "none")
    if doc == "none":
        return ctx.finding(
            BLOCKED,
            "必须制定行政执法监督检查文书",
            "a written supervision document is required",
            trace=["文书 = 无"],
        )
    if not facts.get("document_served", False):
        return ctx.finding(
            BLOCKED,
            "监督检查文书须及时送达被监督部门",
            "the document must be served on the supervised department",
            trace=[f"文书 = {DOCUMENTS[doc]}，送达 = 否"],
        )
    return ctx.finding(
        ALLOWED,
        "监督检查文书已制定并送达",
        "document made and served",
        trace=[f"文书 = {DOCUMENTS[doc]}，已送达"],
    )


@rule(
    "supervision.decision.measure_art19",
    check="supervision.decision",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:19:4.2", "上级部门可以责令其纠正或者撤销"),
        ("yuanshi-hrss:19:4.2", "上级部门应发出《执法监督通知（决定）书》，责令限期改正或依法予以撤销"),
    ],
)
def decision_art19(facts: Any, ctx: RuleContext) -> Finding | None:
    """对本级执法机构的五类违法行政执法行为，上级部门发出《执法监督通知（决定）书》，责令限期改正或依法撤销。"""
    if facts.get("target", "own_body") != "own_body":
        return None
    out = _measure_finding(ctx, facts, {"order_correction", "revoke"}, [], "违法行政执法行为")
    if out.outcome is not ALLOWED:
        return out
    doc = facts.get("document")
    if doc is not None and doc != "notice_decision":
        return ctx.finding(
            BLOCKED,
            f"应发出《执法监督通知（决定）书》，而非{DOCUMENTS[doc]}",
            "the document must be the 执法监督通知（决定）书",
            trace=[f"文书 = {DOCUMENTS[doc]}"],
        )
    if doc == "notice_decision" and facts.get("document_served") is False:
        return ctx.finding(
            BLOCKED,
            "《执法监督通知（决定）书》须送达被查单位",
            "the notice must be served",
            trace=["送达 = 否"],
        )
    return out


@rule(
    "supervision.decision.transfer_art19",
    check="supervision.decision",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:19:5", "涉嫌犯罪的，应当移送司法机关依法追究刑事责任")],
)
def decision_transfer(facts: Any, ctx: RuleContext) -> Finding | None:
    """涉嫌犯罪的，应当移送司法机关依法追究刑事责任。"""
    if not facts.get("crime_suspected"):
        return None
    if facts.get("transferred"):
        return ctx.finding(ALLOWED, "已移送司法机关", "transferred", trace=["涉嫌犯罪，已移送"])
    return ctx.finding(
        BLOCKED,
        "涉嫌犯罪的，应当移送司法机关依法追究刑事责任",
        "a suspected crime must be transferred to judicial organs",
        trace=["涉嫌犯罪，未移送"],
    )


@rule(
    "supervision.decision.measure_art21",
    check="supervision.decision",
    agencies=["yuanshi-hrss"],
    cites=[
        (
            "yuanshi-hrss:21:5",
            "应当根据情况依法作出责令限期改正、采取相应补救措施、确认违法或者依法撤销的纠错措施,并可给予通报批评",
        ),
        ("yuanshi-hrss:21:5", "依据职权确认违法或者予以撤销的,应当制作《行政执法监督决定书》"),
    ],
)
def decision_art21(facts: Any, ctx: RuleContext) -> Finding | None:
    """对承接机关：责令限期改正、补救措施 → 《行政执法监督通知书》；确认违法、撤销 → 《行政执法监督决定书》；
    可并处通报批评。"""
    if facts.get("target") != "undertaking_organ":
        return None
    out = _measure_finding(ctx, facts, {"order_correction", "remedy", "confirm_illegal", "revoke"}, [], "纠错措施")
    if out.outcome is not ALLOWED:
        return out
    measure = facts["measure"]
    want = "supervision_notice" if measure in ("order_correction", "remedy") else "supervision_decision"
    doc = facts.get("document")
    if doc is not None and doc != want:
        return ctx.finding(
            BLOCKED,
            f"{MEASURES[measure]}应当制作{DOCUMENTS[want]}，而非{DOCUMENTS[doc]}",
            f"{measure} needs the {want}",
            trace=[f"措施 {MEASURES[measure]}，文书 {DOCUMENTS[doc]}"],
        )
    extra = "，并通报批评" if facts.get("circulated_criticism") else ""
    return ctx.finding(
        ALLOWED,
        f"纠错措施：{MEASURES[measure]}{extra}，制作{DOCUMENTS[want]}",
        f"measure {measure} with the {want}",
        trace=out.trace,
    )


# ====================================================================== 元氏 S004-21 撤销行政许可

GROUNDS = {
    "abuse_or_neglect": ("6.1.1", "工作人员滥用职权、玩忽职守作出准予许可决定"),
    "beyond_authority": ("6.1.2", "超越法定职权作出准予许可决定"),
    "procedure_violation": ("6.1.3", "违反法定程序作出准予许可决定"),
    "ineligible_applicant": ("6.1.4", "对不具备申请资格或者不符合法定条件的申请人准予许可"),
    "other_revocable": ("6.1.5", "依法可以撤销行政许可的其他情形"),
    "fraud_or_bribery": ("6.1", "被许可人以欺骗、贿赂等不正当手段取得行政许可"),
}

REVOCATION = check(
    "supervision.licence_revocation",
    "撤销委托下放事项的行政许可（可以撤销/应当撤销/不予撤销）",
    "Revoking a licence granted under delegated powers (may / must / must not revoke)",
    {
        "type": "object",
        "required": ["revoke"],
        "additionalProperties": False,
        "properties": {
            "grounds": _list(list(GROUNDS), "撤销事由 grounds"),
            "public_interest_harm": _b("撤销可能对公共利益造成重大损害 revocation may seriously harm the public"),
            "revoke": _b("拟撤销 the proposed decision is to revoke"),
            "requested_by_interested_party": _b("利害关系人请求撤销 an interested party asked"),
            "investigated": _b("已进行调查 investigated"),
            "reasons_given": _b("不予撤销已说明理由 reasons for not revoking given"),
            "licensee_rights_harmed": _b("撤销损害被许可人的合法权益 the licensee's lawful rights are harmed"),
        },
    },
)


@rule(
    "supervision.licence_revocation.grounds",
    check="supervision.licence_revocation",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:21:6.1", "根据利害关系人的请求或者依据职权，可以撤销行政许可"),
        ("yuanshi-hrss:21:6.1", "被许可人以欺骗、贿赂等不正当手段取得行政许可的，应当予以撤销"),
        ("yuanshi-hrss:21:6.1", "可能对公共利益造成重大损害的，不予撤销"),
        ("yuanshi-hrss:21:6.1", "行政机关应当依法给予赔偿"),
        ("yuanshi-hrss:21:6.1", "被许可人基于行政许可取得的利益不受保护"),
    ],
)
def revocation_grounds(facts: Any, ctx: RuleContext) -> Finding:
    """五种情形可以撤销；欺骗、贿赂取得的应当撤销；可能对公共利益造成重大损害的不予撤销。撤销机关为市人社局（原文）。"""
    grounds = facts.get("grounds", [])
    revoke = facts["revoke"]
    trace = [f"事由：{'；'.join(GROUNDS[g][1] for g in grounds) or '无'}；拟撤销 = {'是' if revoke else '否'}"]
    fraud = "fraud_or_bribery" in grounds
    if revoke and not grounds:
        return ctx.finding(BLOCKED, "无法定撤销事由，不得撤销行政许可", "no ground to revoke", trace=trace)
    if facts.get("public_interest_harm"):
        if revoke:
            return ctx.finding(
                BLOCKED,
                "撤销可能对公共利益造成重大损害，不予撤销",
                "revocation would seriously harm the public interest: not revoked",
                trace=[*trace, "公共利益重大损害 = 是"],
            )
        return ctx.finding(
            ALLOWED,
            "可能对公共利益造成重大损害，依法不予撤销",
            "not revoked because of the public interest",
            trace=[*trace, "公共利益重大损害 = 是"],
        )
    if fraud and not revoke:
        return ctx.finding(
            BLOCKED,
            "以欺骗、贿赂等不正当手段取得的行政许可，应当予以撤销",
            "a licence obtained by fraud or bribery must be revoked",
            trace=trace,
        )
    if fraud:
        return ctx.finding(
            ALLOWED,
            "应当撤销；被许可人基于行政许可取得的利益不受保护（撤销机关：市人力资源和社会保障局）",
            "must revoke; the licensee's benefits are not protected",
            trace=trace,
        )
    if revoke and facts.get("licensee_rights_harmed"):
        return ctx.finding(
            WARNING,
            "可以撤销；被许可人的合法权益受到损害的，行政机关应当依法给予赔偿",
            "may revoke; harm to the licensee's lawful rights must be compensated",
            trace=[*trace, "被许可人合法权益受损 = 是"],
        )
    return ctx.finding(
        ALLOWED,
        "属可以撤销的情形，"
        + ("决定撤销" if revoke else "可不撤销（须说明理由）")
        + "（撤销机关：市人力资源和社会保障局）",
        "revocable ground: discretion",
        trace=trace,
    )


@rule(
    "supervision.licence_revocation.request",
    check="supervision.licence_revocation",
    agencies=["yuanshi-hrss"],
    cites=[
        (
            "yuanshi-hrss:21:6.1",
            "利害关系人请求撤销行政许可的, 市人力资源和社会保障局应当进行调查。依法不予撤销的,应当说明理由",
        )
    ],
)
def revocation_request(facts: Any, ctx: RuleContext) -> Finding | None:
    """利害关系人请求撤销的，应当进行调查；依法不予撤销的，应当说明理由。"""
    if not facts.get("requested_by_interested_party"):
        return None
    if facts.get("investigated") is False:
        return ctx.finding(
            BLOCKED,
            "利害关系人请求撤销的，应当进行调查",
            "the request must be investigated",
            trace=["调查 = 否"],
        )
    if not facts["revoke"] and not facts.get("reasons_given", False):
        return ctx.finding(
            BLOCKED,
            "依法不予撤销的，应当说明理由",
            "reasons must be given for not revoking",
            trace=["不予撤销，说明理由 = 否"],
        )
    return ctx.finding(
        ALLOWED,
        "已调查" + ("" if facts["revoke"] else "并说明不予撤销的理由"),
        "request handled",
        trace=["调查 = 是"],
    )


# ====================================================================== 元氏 S004-17 职责边界

STAFF = check(
    "supervision.staff_addition",
    "机关事业单位增人手续与工资核发（编制、职数限额，先增人后核发工资）",
    "Adding staff to an organ or public institution, and wage issuance (establishment and post limits, sequence)",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {"enum": ["add_staff", "issue_wages"], "description": "办理增人手续/申请核发工资 action"},
            "establishment_quota": {**COUNT, "description": "县编办核定的编制数 approved establishment"},
            "current_staff": {**COUNT, "description": "现有在编人数 current staff in establishment"},
            "adding": {**COUNT, "description": "拟增加人数 staff to add"},
            "post_quota": {**COUNT, "description": "核定领导职数 approved leadership posts"},
            "current_posts": {**COUNT, "description": "现有领导职数占用 posts filled"},
            "adding_posts": {**COUNT, "description": "拟增加领导职数 posts to add"},
            "addition_approved": _b("县人社局已研究通过增人手续 the HR bureau approved the addition"),
            "budget_funded": _b("为财政供养人员 budget-funded personnel"),
        },
    },
)


@rule(
    "supervision.staff_addition.quota",
    check="supervision.staff_addition",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:17", "负责在编制、职数限额内办理增人相关手续")],
)
def staff_quota(facts: Any, ctx: RuleContext) -> Finding | None:
    """县人社局只在编制、职数限额内办理增人手续（增人后恰等于限额仍在限额内）。"""
    if facts["action"] != "add_staff":
        return None
    checks = []
    if "establishment_quota" in facts:
        q, cur, add = facts["establishment_quota"], facts.get("current_staff", 0), facts.get("adding", 0)
        checks.append(("编制", cur + add, q))
    if "post_quota" in facts:
        q2, cur2, add2 = facts["post_quota"], facts.get("current_posts", 0), facts.get("adding_posts", 0)
        checks.append(("职数", cur2 + add2, q2))
    if not checks:
        raise BadInput(
            "办理增人手续须给出编制数（establishment_quota）或职数（post_quota）",
            "give establishment_quota or post_quota",
            "establishment_quota",
        )
    trace = [f"增人后{what} {after} {'≤' if after <= q else '>'} 限额 {q}" for what, after, q in checks]
    over = [what for what, after, q in checks if after > q]
    if over:
        return ctx.finding(
            BLOCKED,
            f"增人后超出{'、'.join(over)}限额，不得办理增人手续",
            "the addition exceeds the establishment or post limit",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "在编制、职数限额内，可以办理增人手续", "within the limits", trace=trace)


@rule(
    "supervision.staff_addition.sequence",
    check="supervision.staff_addition",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:17", "研究通过后，向县财政局申请核发工资"),
        ("yuanshi-hrss:17", "负责给财政供养人员核发工资经费"),
    ],
)
def staff_sequence(facts: Any, ctx: RuleContext) -> Finding | None:
    """增人手续经县人社局研究通过后，方可向县财政局申请核发工资；财政只为财政供养人员核发工资经费。"""
    if facts["action"] != "issue_wages":
        return None
    if not facts.get("addition_approved", False):
        return ctx.finding(
            BLOCKED,
            "增人手续尚未经县人社局研究通过，不得向县财政局申请核发工资",
            "the HR bureau has not approved the addition: no wage request yet",
            trace=["增人研究通过 = 否"],
        )
    if facts.get("budget_funded") is False:
        return ctx.finding(
            BLOCKED,
            "县财政局只为财政供养人员核发工资经费",
            "the finance bureau funds wages of budget-funded staff only",
            trace=["财政供养 = 否"],
        )
    return ctx.finding(
        ALLOWED,
        "增人已研究通过，可向县财政局申请核发工资",
        "may apply for wage funds",
        trace=["增人研究通过 = 是"],
    )


ROUTING = check(
    "supervision.contribution_routing",
    "社会保险登记申报与欠缴的查处征缴分工（人社局/地税局）",
    "Who acts on social-insurance registration, declaration and under-payment (HR bureau or tax bureau)",
    {
        "type": "object",
        "required": ["employer_type", "issue"],
        "additionalProperties": False,
        "properties": {
            "employer_type": {"enum": ["enterprise", "non_enterprise"], "description": "用人单位：企业/非企业"},
            "issue": {
                "enum": ["not_registered", "not_declared", "underpayment"],
                "description": "问题：未登记/未申报/未足额缴费 issue",
            },
            "insurance": {
                "enum": ["pension", "unemployment", "work_injury", "medical", "maternity"],
                "description": "险种（未足额缴费时） insurance type",
            },
            "handler": {"enum": ["hrss", "tax"], "description": "拟承办部门：县人社局/县地税局 proposed handler"},
        },
    },
)


@rule(
    "supervision.contribution_routing.boundary",
    check="supervision.contribution_routing",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:17", "企业未足额缴纳养老保险、失业保险费的由地税局进行征缴"),
        (
            "yuanshi-hrss:17",
            "用人单位未依法进行社会保险登记、申报；非企业养老保险，工伤保险、医疗保险、生育保险未足额缴费的由人社局进行查处",
        ),
    ],
)
def routing_boundary(facts: Any, ctx: RuleContext) -> Finding:
    """未登记、未申报及非企业养老、工伤、医疗、生育保险欠缴由县人社局查处；企业养老、失业保险欠缴由县地税局征缴；
    非企业失业保险欠缴登记表未分配（“非企业”只修饰养老保险）。"""
    etype, issue, ins = facts["employer_type"], facts["issue"], facts.get("insurance")
    if issue == "underpayment" and ins is None:
        raise BadInput("未足额缴费须说明险种", "give the insurance type for an under-payment", "insurance")
    if issue != "underpayment":
        who: str | None = "hrss"
    elif etype == "enterprise" and ins in ("pension", "unemployment"):
        who = "tax"
    elif ins in ("work_injury", "medical", "maternity") or (etype == "non_enterprise" and ins == "pension"):
        who = "hrss"
    else:
        who = None
    names = {"hrss": "县人社局查处", "tax": "县地税局征缴"}
    trace = [f"{etype} / {issue} / {ins or '-'} → {names[who] if who else '登记表未分配'}"]
    proposed = facts.get("handler")
    if who is None:
        return ctx.finding(
            WARNING,
            "非企业单位未足额缴纳失业保险费，职责边界登记表未明确由哪个部门处理，须请示确定",
            "non-enterprise unemployment-insurance under-payment is assigned to no body",
            trace=trace,
        )
    if proposed is not None and proposed != who:
        return ctx.finding(
            BLOCKED,
            f"该事项应由{names[who]}，不属{names[proposed][:4]}职责",
            f"this is for the {who} bureau, not the {proposed} bureau",
            trace=trace,
        )
    return ctx.finding(ALLOWED, f"由{names[who]}", f"handled by the {who} bureau", trace=trace)


# ====================================================================== 元氏 S004-23…25 机构监督检查

INSTITUTIONS = {
    "technical_school": "技工学校",
    "private_training": "民办职业培训机构",
    "appraisal_station": "国家职业技能鉴定所",
}
RECIPIENTS = {
    "province": "省厅",
    "institution": "被检查机构（反馈）",
    "city_division": "市局职业能力建设处",
    "office_meeting": "局办公会",
}
_NEEDED = {
    "technical_school": (("province", "institution"), "yuanshi-hrss:23:5.3"),
    "private_training": (("institution", "city_division"), "yuanshi-hrss:24:5.3"),
    "appraisal_station": (("institution", "office_meeting"), "yuanshi-hrss:25:5.3"),
}

INSTITUTION = check(
    "supervision.institution_inspection",
    "技工学校、民办职业培训机构、职业技能鉴定所的监督检查（频次、结果报送、限期整改、撤销）",
    "Inspecting technical schools, private training bodies and skill-appraisal stations",
    {
        "type": "object",
        "required": ["institution"],
        "additionalProperties": False,
        "properties": {
            "institution": {"enum": list(INSTITUTIONS), "description": "被检查机构 institution type"},
            "onsite_inspections_in_year": {**COUNT, "description": "本年现场检查次数 on-site inspections this year"},
            "year_end_check_done": _b("年终全面检查已进行 the year-end full check was done"),
            "year_over": _b("该年度已结束（默认否） the year is over"),
            "result": {"enum": ["pass", "fail"], "description": "检查（综合评审）结果 result"},
            "reported_to": _list(list(RECIPIENTS), "结果已报送/反馈给 result sent to"),
            "rectification_due_on": {**DATE, "description": "限期整改的期限 rectification deadline"},
            "recheck_on": {**DATE, "description": "复查之日 re-check date"},
            "recheck_result": {"enum": ["pass", "fail"], "description": "整改后复查结果 re-check result"},
            "crime": _b("构成犯罪 a crime is constituted"),
        },
    },
)


@rule(
    "supervision.institution_inspection.frequency",
    check="supervision.institution_inspection",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:25:3", "进行日常管理，年终对其进行全面检查")],
    params=["supervision.institution_inspection.frequency.private_training_min"],
)
def institution_frequency(facts: Any, ctx: RuleContext) -> Finding | None:
    """民办职业培训学校每年现场检查（至少1次）；职业技能鉴定所年终全面检查；技工学校无频次数字。"""
    kind = facts["institution"]
    over = facts.get("year_over", False)
    bad = BLOCKED if over else WARNING
    if kind == "private_training" and "onsite_inspections_in_year" in facts:
        name = "supervision.institution_inspection.frequency.private_training_min"
        need: int = ctx.param(name)
        n = facts["onsite_inspections_in_year"]
        trace = [f"本年现场检查 {n} 次 {'≥' if n >= need else '<'} {need} 次"]
        if n >= need:
            return ctx.finding(
                ALLOWED,
                "本年已进行现场检查",
                "on-site inspection done this year",
                trace=trace,
                extra=[ctx.param_cited(name)],
            )
        return ctx.finding(
            bad,
            "每年须对民办职业培训学校进行现场检查" + ("" if over else "（本年尚未进行）"),
            "each private training school gets a yearly on-site inspection",
            trace=trace,
            extra=[ctx.param_cited(name)],
        )
    if kind == "appraisal_station" and "year_end_check_done" in facts:
        if facts["year_end_check_done"]:
            return ctx.finding(ALLOWED, "年终全面检查已进行", "year-end check done", trace=["年终检查 = 是"])
        return ctx.finding(
            bad,
            "年终须对国家职业技能鉴定所进行全面检查",
            "the appraisal station needs a year-end full check",
            trace=["年终检查 = 否"],
        )
    return None


@rule(
    "supervision.institution_inspection.reporting",
    check="supervision.institution_inspection",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:23:5.3", "将监督检查结果报送省厅和向被检查的技工学校反馈"),
        ("yuanshi-hrss:24:5.3", "将年终检查最终结果报送市局职业能力建设处"),
        ("yuanshi-hrss:25:5.3", "将监督检查的结果向被检查的职业技能鉴定所进行反馈并报局办公会"),
    ],
)
def institution_reporting(facts: Any, ctx: RuleContext) -> Finding | None:
    """技工学校：报省厅并反馈学校；民办培训机构：反馈学校，年终结果报市局职业能力建设处；鉴定所：反馈并报局办公会。"""
    if "reported_to" not in facts:
        return None
    kind = facts["institution"]
    need, cite = _NEEDED[kind]
    missing = [r for r in need if r not in facts["reported_to"]]
    trace = [
        f"应报送 {'、'.join(RECIPIENTS[r] for r in need)}；已报送 {_names(RECIPIENTS, facts['reported_to']) or '无'}"
    ]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"{INSTITUTIONS[kind]}的检查结果还须报送/反馈：{'、'.join(RECIPIENTS[r] for r in missing)}",
            f"the result must also go to: {', '.join(missing)}",
            trace=trace,
            cites=[cite],
        )
    return ctx.finding(ALLOWED, "检查结果已按规定报送和反馈", "result reported as required", trace=trace, cites=[cite])


@rule(
    "supervision.institution_inspection.rectification",
    check="supervision.institution_inspection",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:23:6", "检查、抽查有问题的技工学校，敦促其限期整改"),
        ("yuanshi-hrss:24:6", "到期整改仍不合格的，依法撤销其办学资质"),
        (
            "yuanshi-hrss:25:6",
            "到期整改不合格的，暂停或报省厅依法撤销其职业技能鉴定许可证，构成犯罪的，依法追究刑事责任",
        ),
    ],
)
def institution_rectification(facts: Any, ctx: RuleContext) -> Finding | None:
    """不合格的限期整改；到期整改仍不合格：民办培训机构撤销办学资质，鉴定所暂停或报省厅撤销许可证（构成犯罪的追究
    刑事责任），技工学校继续督促整改。"""
    result = facts.get("result")
    if result is None:
        return None
    kind = facts["institution"]
    cite = {
        "technical_school": "yuanshi-hrss:23:6",
        "private_training": "yuanshi-hrss:24:6",
        "appraisal_station": "yuanshi-hrss:25:6",
    }[kind]
    if result == "pass":
        return ctx.finding(ALLOWED, "检查合格", "passed", trace=["结果 = 合格"], cites=[cite])
    due = day_of(facts, "rectification_due_on")
    if due is None:
        return ctx.finding(
            BLOCKED,
            "检查不合格，须敦促其限期整改（整改期限未定）",
            "failed: a rectification deadline must be set",
            trace=["结果 = 不合格，整改期限 = 未定"],
            cites=[cite],
        )
    dl = Deadline(due, "整改期限", "rectification deadline", ctx.calendar.year_status(due.year).provisional)
    recheck, rres = day_of(facts, "recheck_on"), facts.get("recheck_result")
    trace = [f"结果 = 不合格，整改期限 {iso(due)}"]
    if rres == "pass":
        return ctx.finding(
            ALLOWED,
            "整改后复查合格",
            "passed after rectification",
            trace=[*trace, "复查 = 合格"],
            cites=[cite],
            deadlines=[dl],
        )
    if rres == "fail" and (recheck is None or recheck >= due):
        trace.append(f"到期复查 {recheck.isoformat() if recheck else ''} 仍不合格")
        if kind == "private_training":
            zh = "到期整改仍不合格，依法撤销其办学资质"
        elif kind == "appraisal_station":
            zh = "到期整改不合格，暂停或报省厅依法撤销其职业技能鉴定许可证" + (
                "；构成犯罪的，依法追究刑事责任" if facts.get("crime") else ""
            )
        else:
            return ctx.finding(
                WARNING,
                "到期整改仍有问题，继续敦促其限期整改（制度未规定进一步处理）",
                "still failing: keep urging rectification (no further step in the text)",
                trace=trace,
                cites=[cite],
                deadlines=[dl],
            )
        return ctx.finding(
            BLOCKED, zh, "still failing at the deadline: revocation", trace=trace, cites=[cite], deadlines=[dl]
        )
    if rres == "fail":
        trace.append(f"复查 {recheck.isoformat() if recheck else ''} 早于整改期限，尚在整改期内")
    return ctx.finding(
        WARNING,
        f"限期整改中，期限 {iso(due)}，到期复查",
        f"rectifying until {iso(due)}",
        trace=trace,
        cites=[cite],
        deadlines=[dl],
    )


# ====================================================================== 元氏 S004-26 “两定点”

MEDICAL = check(
    "supervision.designated_medical",
    "“两定点”监督检查（稽核触发、违约通知单、按协议处理、监督整改）",
    "Supervision of designated medical institutions and pharmacies",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "triggers": _list(
                ["high_outpatient_cost", "abnormal_visits", "complaint"],
                "稽核触发：门诊高额费用/就诊次数异常/举报投诉 audit triggers",
            ),
            "audited": _b("已进行医疗保险稽核 an audit was done"),
            "breach_found": _b("发现违反医疗服务协议的行为 a breach of the agreement was found"),
            "breach_notice_filled": _b("已填写现场监督检查违约通知单 breach notice filled in"),
            "handled_per_agreement": _b("已依据协议处理 handled under the agreement"),
            "rectification_supervised": _b("已监督整改 rectification supervised"),
        },
    },
)


@rule(
    "supervision.designated_medical.audit",
    check="supervision.designated_medical",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:26:2.1", "特别是参保人员的门诊高额费用、就诊次数异常以及举报投诉事项进行医疗保险稽核")],
)
def medical_audit(facts: Any, ctx: RuleContext) -> Finding | None:
    """门诊高额费用、就诊次数异常和举报投诉事项须进行医疗保险稽核（“高额”“异常”的标准制度未给出）。"""
    if "triggers" not in facts:
        return None
    trig = facts["triggers"]
    if not trig:
        return ctx.finding(ALLOWED, "无稽核触发事项", "no audit trigger", trace=["触发 0 项"])
    if facts.get("audited"):
        return ctx.finding(ALLOWED, "已进行医疗保险稽核", "audited", trace=[f"触发 {len(trig)} 项，已稽核"])
    return ctx.finding(
        BLOCKED,
        "门诊高额费用、就诊次数异常或举报投诉事项须进行医疗保险稽核",
        "these items must be audited",
        trace=[f"触发 {len(trig)} 项，未稽核"],
    )


@rule(
    "supervision.designated_medical.breach",
    check="supervision.designated_medical",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:26:5.4", "对违反协议的行为填写现场监督检查违约通知单"),
        ("yuanshi-hrss:26:6", "对违反医疗服务协议的定点医疗机构和定点药店依据协议进行处理并监督整改"),
    ],
)
def medical_breach(facts: Any, ctx: RuleContext) -> Finding | None:
    """违反协议的行为须填写现场监督检查违约通知单，依据协议处理并监督整改（社保科、医保中心）。"""
    if "breach_found" not in facts:
        return None
    if not facts["breach_found"]:
        return ctx.finding(ALLOWED, "未发现违约行为", "no breach", trace=["违约 = 否"])
    steps = [
        ("breach_notice_filled", "填写现场监督检查违约通知单"),
        ("handled_per_agreement", "依据协议进行处理"),
        ("rectification_supervised", "监督整改"),
    ]
    missing = [zh for key, zh in steps if not facts.get(key, False)]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"违约行为尚须：{'、'.join(missing)}",
            "the breach still needs handling",
            trace=[f"违约 = 是；缺 {len(missing)} 步"],
        )
    return ctx.finding(ALLOWED, "违约行为已按协议处理并监督整改", "breach handled", trace=["违约 = 是；已处理"])


# ====================================================================== 元氏 S004-27 参保管理

DECLARATION = check(
    "supervision.insured_declaration",
    "医保参保申报材料审核（齐全、有效、基数准确）",
    "Review of medical-insurance enrolment declarations (complete, valid, accurate bases)",
    {
        "type": "object",
        "required": ["declaration"],
        "additionalProperties": False,
        "properties": {
            "declaration": {
                "enum": ["enrolment", "interruption", "cancellation", "continuation", "change", "base"],
                "description": "申报事项：参保/中断/注销/接续/信息变更/缴费基数 declaration",
            },
            "materials_complete": _b("申报资料齐全 materials complete"),
            "materials_valid": _b("申报资料有效 materials valid"),
            "base_accurate": _b("医保缴费基数、退休职工养老金基数准确 bases accurate"),
        },
    },
)


@rule(
    "supervision.insured_declaration.review",
    check="supervision.insured_declaration",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:27:2.1", "申报资料是否齐全、是否有效"),
        ("yuanshi-hrss:27:2.4", "医保缴费基数、退休职工养老金基数是否准确"),
        ("yuanshi-hrss:27:6", "对符合规定的事项及时办结，对不符合规定的事项予以解释并要求更正"),
    ],
)
def declaration_review(facts: Any, ctx: RuleContext) -> Finding:
    """资料齐全、有效、基数准确的及时办结；不符合规定的予以解释并要求更正（医疗保险管理中心）。"""
    problems = []
    if facts.get("materials_complete") is False:
        problems.append("申报资料不齐全")
    if facts.get("materials_valid") is False:
        problems.append("申报资料无效")
    if facts.get("base_accurate") is False:
        problems.append("缴费基数或养老金基数不准确")
    if problems:
        return ctx.finding(
            BLOCKED,
            f"{'、'.join(problems)}：予以解释并要求更正",
            "not compliant: explain and require correction",
            trace=problems,
        )
    return ctx.finding(ALLOWED, "符合规定，及时办结", "compliant: complete it promptly", trace=["审核符合"])


# ====================================================================== 元氏 S004-28 劳动保障监察

EMPLOYERS = {
    "enterprise": "企业",
    "individual_economic_org": "个体经济组织",
    "private_non_enterprise": "民办非企业单位",
    "state_organ_with_labour": "与劳动者建立劳动关系的国家机关",
    "public_institution_with_labour": "与劳动者建立劳动关系的事业单位",
    "social_organisation_with_labour": "与劳动者建立劳动关系的社会团体",
    "other": "其他（不在监察对象之内）",
}
STEPS = {
    "register": ("5.1", "案件登记"),
    "preliminary_check": ("5.2", "案件初查"),
    "file_case": ("5.3", "立案建档"),
    "investigate": ("5.4", "调查取证"),
    "prior_notice": ("5.5", "事先告知"),
    "hearing_defence": ("5.6", "听取陈述申辩或听证、案件复审"),
    "decide_and_serve": ("5.7", "作出处罚（处理）决定并送达"),
    "enforce": ("5.8", "督促执行和申请强制执行"),
    "close": ("5.9", "结案和存档"),
}
_ORDER = list(STEPS)

LABOUR = check(
    "enforcement.labour_inspection",
    "劳动保障监察案件（对象、程序顺序、当场处理）",
    "Labour-security inspection case (jurisdiction, order of steps, on-the-spot handling)",
    {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "employer_type": {"enum": list(EMPLOYERS), "description": "被监察单位类型 employer type"},
            "step": {"enum": _ORDER, "description": "拟进行的程序步骤 the step to take now"},
            "steps_done": _list(_ORDER, "已完成的步骤 steps done"),
            "violation_confirmed": _b("初查已初步核实确认违法问题 the preliminary check confirmed a violation"),
            "hearing_requested": _b("当事人要求举行听证 a hearing was requested"),
            "hearing_held": _b("已举行听证 the hearing was held"),
            "facts_conclusive": _b("违法事实确凿 the facts are conclusive"),
            "meets_on_the_spot_rules": _b("符合当场处理规定 the case meets the on-the-spot rules"),
            "handled_on_the_spot": _b("当场予以处理 handled on the spot"),
        },
    },
)


@rule(
    "enforcement.labour_inspection.jurisdiction",
    check="enforcement.labour_inspection",
    agencies=["yuanshi-hrss"],
    cites=[
        (
            "yuanshi-hrss:28:1",
            "中华人民共和国境内的企业、个体经济组织、民办非企业单位，与劳动者建立劳动关系的国家机关、事业单位、社会团体等组织",
        )
    ],
)
def labour_jurisdiction(facts: Any, ctx: RuleContext) -> Finding | None:
    """劳动保障监察对象：企业、个体经济组织、民办非企业单位及与劳动者建立劳动关系的国家机关、事业单位、社会团体。"""
    et = facts.get("employer_type")
    if et is None:
        return None
    if et == "other":
        return ctx.finding(
            BLOCKED, "不属劳动保障监察对象", "not subject to labour-security inspection", trace=["对象 = 其他"]
        )
    return ctx.finding(ALLOWED, f"{EMPLOYERS[et]}属监察对象", "within jurisdiction", trace=[f"对象 = {EMPLOYERS[et]}"])


@rule(
    "enforcement.labour_inspection.sequence",
    check="enforcement.labour_inspection",
    agencies=["yuanshi-hrss"],
    cites=[
        ("yuanshi-hrss:28:5", "监督检查程序"),
        ("yuanshi-hrss:28:5.2", "案件初查，初步核实确认违法问题"),
        ("yuanshi-hrss:28:5.6", "听取陈述申辩或应要求举行听证会，案件复审"),
        ("yuanshi-hrss:28:5.7", "作出处罚（处理）决定并送达"),
    ],
)
def labour_sequence(facts: Any, ctx: RuleContext) -> Finding | None:
    """九个步骤依次进行：立案须初查确认违法；决定须在事先告知、听取陈述申辩（当事人要求的举行听证）和案件复审之后。"""
    step = facts.get("step")
    if step is None:
        return None
    done = set(facts.get("steps_done", []))
    idx = _ORDER.index(step)
    missing = [s for s in _ORDER[:idx] if s not in done]
    trace = [f"拟进行：{STEPS[step][1]}；已完成 {len(done & set(_ORDER[:idx]))}/{idx} 个前序步骤"]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"须先完成：{'、'.join(STEPS[s][1] for s in missing)}",
            f"earlier steps missing: {', '.join(missing)}",
            trace=trace,
            cites=["yuanshi-hrss:28:5"],
        )
    if step == "file_case" and facts.get("violation_confirmed") is False:
        return ctx.finding(
            BLOCKED,
            "初查未确认违法问题，不得立案",
            "the preliminary check confirmed no violation",
            trace=[*trace, "初查确认违法 = 否"],
            cites=["yuanshi-hrss:28:5.2"],
        )
    if idx > _ORDER.index("hearing_defence") and facts.get("hearing_requested") and not facts.get("hearing_held"):
        return ctx.finding(
            BLOCKED,
            "当事人要求听证的，应举行听证会后方可作出决定",
            "a requested hearing must be held before the decision",
            trace=[*trace, "要求听证 = 是，已听证 = 否"],
            cites=["yuanshi-hrss:28:5.6"],
        )
    return ctx.finding(
        ALLOWED,
        f"可以进行：{STEPS[step][1]}",
        f"step {step} may proceed",
        trace=trace,
        cites=["yuanshi-hrss:28:5", f"yuanshi-hrss:28:{STEPS[step][0]}"]
        if STEPS[step][0] in ("5.2", "5.6", "5.7")
        else ["yuanshi-hrss:28:5"],
    )


@rule(
    "enforcement.labour_inspection.on_the_spot",
    check="enforcement.labour_inspection",
    agencies=["yuanshi-hrss"],
    cites=[("yuanshi-hrss:28:4.5", "事实确凿、符合当场处理规定的，应当场予以处理")],
)
def labour_on_the_spot(facts: Any, ctx: RuleContext) -> Finding | None:
    """事实确凿且符合当场处理规定的（两项同时具备），应当场予以处理；否则不得当场处理。"""
    if "handled_on_the_spot" not in facts:
        return None
    both = bool(facts.get("facts_conclusive")) and bool(facts.get("meets_on_the_spot_rules"))
    handled = facts["handled_on_the_spot"]
    trace = [
        f"事实确凿 = {bool(facts.get('facts_conclusive'))}，"
        f"符合当场处理规定 = {bool(facts.get('meets_on_the_spot_rules'))}"
    ]
    if both and not handled:
        return ctx.finding(
            BLOCKED, "事实确凿、符合当场处理规定的，应当场予以处理", "must be handled on the spot", trace=trace
        )
    if handled and not both:
        return ctx.finding(
            BLOCKED,
            "不同时具备事实确凿和符合当场处理规定，不得当场处理",
            "on-the-spot handling needs conclusive facts and the on-the-spot rules",
            trace=trace,
        )
    return ctx.finding(ALLOWED, "当场处理" if handled else "按一般程序办理", "handled correctly", trace=trace)
