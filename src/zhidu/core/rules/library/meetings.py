"""Meetings and collective decisions (议事规则): who may convene, quorum, voting, 末位表态, 回避, agenda,
cadence and minutes of every decision body the agencies' texts set up.

制度 implemented (citation ids in brackets):
- 通榆 《“一把手”权力运行制约制度》[tongyu-hrss:1] 第六条 末位表态, 第七条 回避;
  《党组会议制度》[tongyu-hrss:2] 第三条 召集、到会、请假、回避, 第五条 议题、通知、表决（赞成票超过应到会党组成员半数，
  书面意见不计票，逐项表决，末位表态）, 第七条 复议;
  《局长办公会议制度》[tongyu-hrss:3] 第六条 频次, 第七条 列席, 第八条 主持、到会、提前一天通知, 第九条 局长末位表态,
  第十条 议题准备、不临时动议, 第十三条 记录.
- 文山 《集体讨论主要负责人末位表态制度》[wenshan-hrss:11] 事前告知、不得临时动议、末位定论、分歧表决、签字纪要;
  《会议制度》[wenshan-hrss:15] 党组会议（2/3 到会、一人一票逐一表决、重大分歧暂缓、列席不表决、议题与材料会前送达、
  全程列席、纪检监督、每月 1 次）、局长办公会议、局务会议、周一例会、年度会议;
  《重大案件合议制度》[wenshan-hrss:28] 受理条件、2/3 到会、到会委员半数以上通过、补充材料再议、记录签名、回避.
- 区局 《党组会议议事规则》[district-bureau:3] 主持、请假、到会、议题审定与会前沟通、提前一周报送、提前 1—2 天通知、
  普遍表态、纪检组列席; 《机关党委会议制度》[district-bureau:5]; 《依法行政工作规则》[district-bureau:31] 重大决策的
  材料、分管局长建议、其他组成人员发表意见; 《机关行政工作会议制度》[district-bureau:32] 各会议频次.
- 白城 《党组议事规则》[baicheng-fupin:2]; 《主任办公会议议事规则》[baicheng-fupin:3];
  《“三重一大”事项决策制度》[baicheng-fupin:4] 2/3 到会、逐个表态、末位表态、逐项表决、分歧缓议、回避、材料会前送达;
  《一把手“五不直接分管”和“末位表态”制度》[baicheng-fupin:10] 第三条; 流程图 [baicheng-fupin:43…46]
  （党组会议邀请纪检监察组长参加、非涉密决策全办通报）.

Figures (shares, days, counts) are parameters in ``agencies/<slug>/parameters/meetings.yaml``; who chairs,
who attends, which clause governs which body are per-agency tables below, each entry citing its clause.

Readings chosen (see also the ``reading:`` of each parameter and docs/rules.md):
- 半数以上 / 三分之二以上 include the number; 过半数 / 超过半数以上 exclude it
  (局长/主任办公会 “超过半数以上”: 超过 wins).
- 通榆、白城 党组表决的基数是应到会成员（全体党组成员），回避者仍计入基数（回避不降低通过门槛）；文山、区局党组的
  文本未写基数，按二者所据《中国共产党党组工作条例》读作“超过应到会党组成员半数”；文山合议委员会按文本
  “到会委员半数以上”，回避委员不计入基数。
- 文山 第七条 “出现明显分歧时……集体表决” 与 第十一条 “如遇重大分歧……一般应暂缓作出决定”: 一般分歧表决，重大分歧
  暂缓（紧急情况除外）。
- 白城 “三重一大” 会议 2/3 以上 “班子成员” 到会：适用于审议三重一大事项的党组会议和主任办公会议，以该会议的
  成员为基数；与党组会议 “过半数” 同时适用，取严。
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from ...errors import BadInput
from ..helpers import DATE, FLAG, bilingual, iso, num
from ..model import ALLOWED, BLOCKED, WARNING, CitedClause, Deadline, Finding
from ..registry import RuleContext, check, rule

AGENCIES = ["tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin"]
TY, WS, DB, BC = AGENCIES
MAJOR_31 = ("major_decision", "major_case")  # 区局《依法行政工作规则》所称重大决策（含重大案件、疑难工伤认定）

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary shared by the meeting and decision checks
# ---------------------------------------------------------------------------------------------------------------

KINDS = [
    "major_decision",  # 重大决策（发展规划、重大部署、重大改革、重要政策）
    "work_plan",  # 工作计划、工作要点、年度计划
    "normative_document",  # 重要规范性文件、以单位名义制发的重要文件
    "report_upward",  # 向上级的重要请示、报告
    "cadre_appointment",  # 干部任免（重要人事任免）
    "cadre_transfer",  # 干部调动、调整
    "cadre_reward_discipline",  # 干部考核、奖惩
    "party_discipline",  # 处分党员
    "reserve_cadre",  # 后备干部人选推荐
    "honour_recommendation",  # 推荐申报先进个人或集体
    "recruitment",  # 公开选调、招考（聘用）工作人员，进人计划
    "staff_affairs",  # 人员调配、流动、工资福利等人事事务
    "organisation",  # 职能配置、机构设置、人员编制
    "project",  # 重大项目（大型固定资产购置处置、办公用房建设装修）
    "large_fund",  # 大额资金使用（已判定达到大额标准）
    "fund_use",  # 资金使用（按金额判定是否大额）
    "procurement",  # 物资采购（按金额判定）
    "donation",  # 以单位名义的捐赠（按金额判定）
    "asset_disposal",  # 资产处置
    "budget",  # 预算编制、执行、调整，预决算
    "audit_inspection",  # 审计、巡视巡察、督查检查、考核奖惩等重大事项
    "party_building",  # 党的建设
    "integrity",  # 党风廉政建设和反腐败、廉政工作
    "party_affairs",  # 机关党建事务（积极分子和发展对象名单、党员培训、支部建设、不合格党员处置）
    "major_case",  # 重大案件（有重大影响的行政处罚、复议、仲裁决定，疑难工伤认定）
    "business",  # 重要业务事项
    "sanzhong_yida",  # 已判定为“三重一大”的事项
    "general",  # 一般事项
    "routine",  # 日常工作、一般常规性工作
    "complex",  # 复杂或专业性比较强的问题
]
KIND_ZH = {
    "major_decision": "重大决策",
    "work_plan": "工作计划",
    "normative_document": "重要文件",
    "report_upward": "向上级请示报告",
    "cadre_appointment": "干部任免",
    "cadre_transfer": "干部调动",
    "cadre_reward_discipline": "干部奖惩",
    "party_discipline": "处分党员",
    "reserve_cadre": "后备干部推荐",
    "honour_recommendation": "推荐先进",
    "recruitment": "招考招聘",
    "staff_affairs": "人事事务",
    "organisation": "机构编制",
    "project": "重大项目",
    "large_fund": "大额资金使用",
    "fund_use": "资金使用",
    "procurement": "物资采购",
    "donation": "捐赠",
    "asset_disposal": "资产处置",
    "budget": "预算",
    "audit_inspection": "审计巡察考核",
    "party_building": "党的建设",
    "integrity": "党风廉政",
    "party_affairs": "机关党建事务",
    "major_case": "重大案件",
    "business": "业务事项",
    "sanzhong_yida": "“三重一大”",
    "general": "一般事项",
    "routine": "日常工作",
    "complex": "复杂问题",
}

MEETING_BODIES = [
    "party_group",
    "directors_meeting",
    "party_committee",
    "case_panel",
    "bureau_affairs",
    "section_meeting",
]
CADENCE_BODIES = [*MEETING_BODIES, "monday_meeting", "annual_conference", "county_symposium"]
BODY_ZH = {
    "party_group": "党组会议",
    "directors_meeting": "局长（主任）办公会议",
    "party_committee": "机关党委会议",
    "case_panel": "重大案件合议委员会会议",
    "bureau_affairs": "局务会议",
    "section_meeting": "科务会",
    "monday_meeting": "周一例行会议",
    "annual_conference": "全州人社工作暨党风廉政建设工作会议",
    "county_symposium": "各县（市）局长座谈会",
}
BODY_EN = {
    "party_group": "Party-group meeting",
    "directors_meeting": "directors' office meeting",
    "party_committee": "organ Party committee meeting",
    "case_panel": "major-case deliberation committee",
    "bureau_affairs": "bureau affairs meeting",
    "section_meeting": "section meeting",
    "monday_meeting": "Monday routine meeting",
    "annual_conference": "annual prefecture work conference",
    "county_symposium": "county directors' symposium",
}
# the role id of each body when it is the approver of a decision (core/roles.py; case_panel is new)
BODY_ROLE = {
    "party_group": "party_group_meeting",
    "directors_meeting": "directors_meeting",
    "party_committee": "party_committee",
    "case_panel": "case_panel",
}
# the bodies each agency's texts set up (a body an agency does not have is refused as bad facts)
AGENCY_BODIES: dict[str, frozenset[str]] = {
    TY: frozenset({"party_group", "directors_meeting"}),
    WS: frozenset(
        {
            "party_group",
            "directors_meeting",
            "bureau_affairs",
            "case_panel",
            "monday_meeting",
            "annual_conference",
            "county_symposium",
        }
    ),
    DB: frozenset({"party_group", "directors_meeting", "party_committee", "bureau_affairs", "section_meeting"}),
    BC: frozenset({"party_group", "directors_meeting"}),
}

CHAIR_ROLES = ["secretary", "deputy_secretary", "member", "director", "deputy_director", "section_head", "other"]
CHAIR_ZH = {
    "secretary": "书记",
    "deputy_secretary": "副书记",
    "member": "其他成员",
    "director": "局长（主任）",
    "deputy_director": "副局长（副主任）",
    "section_head": "科室负责人",
    "other": "其他人员",
}
ATTENDEE_ROLES = [
    "office_head",  # 办公室主任 / 人秘科负责人 / 综合科科长
    "discipline_secretary",  # 机关纪委书记
    "arbitration_head",  # 仲裁院院长
    "discipline_observer",  # 派驻或上级纪检人员：区纪检组、纪工委监察分局、纪检监察组长
    "section_head",  # 议题相关科室负责人
    "non_member_leader",  # 不是党组成员的班子成员
    "other",
]
ATTENDEE_ZH = {
    "office_head": "办公室（综合科、人秘科）负责人",
    "discipline_secretary": "机关纪委书记",
    "arbitration_head": "仲裁院院长",
    "discipline_observer": "纪检监督人员",
    "section_head": "议题相关科室负责人",
    "non_member_leader": "非党组成员的班子成员",
    "other": "其他人员",
}

BODY: dict[str, Any] = {
    "enum": MEETING_BODIES,
    "description": "会议：party_group 党组会议，directors_meeting 局长/主任办公会议，party_committee 机关党委会议，"
    "case_panel 重大案件合议委员会，bureau_affairs 局务会议，section_meeting 科务会 · the meeting body",
}
TOPIC_KINDS: dict[str, Any] = {
    "type": "array",
    "items": {"enum": KINDS},
    "uniqueItems": True,
    "maxItems": 30,
    "description": "议题类别（经 decision.route 判定为“三重一大”的议题请标 sanzhong_yida 或 large_fund）"
    " · kinds of the topics on the agenda",
}
MEMBERS: dict[str, Any] = {
    "type": "integer",
    "minimum": 1,
    "maximum": 200,
    "description": "应到会成员数（有表决权的成员，不含列席） · members entitled to attend and vote",
}
PRESENT: dict[str, Any] = {
    "type": "integer",
    "minimum": 0,
    "maximum": 200,
    "description": "实到会成员数（不含列席） · members present",
}


def _count(zh: str, en: str, maximum: int = 200) -> dict[str, Any]:
    return bilingual({"type": "integer", "minimum": 0, "maximum": maximum}, zh, en)


def _ids(zh: str, en: str) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {"type": "string", "minLength": 1, "maxLength": 64},
        "maxItems": 200,
        "description": f"{zh} · {en}",
    }


# ---------------------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------------------


def _body(facts: Any, ctx: RuleContext) -> str:
    body: str = facts["body"]
    if body not in AGENCY_BODIES[ctx.agency]:
        raise BadInput(
            f"本机构的制度没有规定{BODY_ZH[body]}（body）",
            f"the agency's rules set up no {BODY_EN[body]} (body)",
            "body",
        )
    return body


def _kinds(facts: Any) -> frozenset[str]:
    return frozenset(facts.get("topic_kinds", ()))


def sanzhong_kinds(ctx: RuleContext) -> frozenset[str]:
    """The topic kinds the agency's texts count as “三重一大” (parameter decision.sanzhong_yida.kinds)."""
    found: frozenset[str] | None = ctx.memo.get(("sanzhong_kinds",))
    if found is None:
        found = ctx.memo[("sanzhong_kinds",)] = frozenset(ctx.param_or("decision.sanzhong_yida.kinds") or ())
    return found


def _is_sanzhong(facts: Any, ctx: RuleContext) -> bool:
    return bool(_kinds(facts) & sanzhong_kinds(ctx))


def _share_parts(count: int, base: int, share: Fraction, strict: bool) -> tuple[bool, str, str]:
    """Whether ``count`` meets ``share × base`` (more than it if ``strict``), the relation sign, and
    ``num(share × base)``."""
    if type(share) is Fraction and type(count) is int and type(base) is int:
        # exactly, in integers: count ≥ base × p/q ⇔ count × q ≥ base × p (q > 0)
        p, q = share.numerator, share.denominator
        top = base * p
        ok = count * q > top if strict else count * q >= top
        shown = str(top // q) if top % q == 0 else f"{top / q:.2f}".rstrip("0").rstrip(".")
    else:
        need = share * base
        ok = count > need if strict else count >= need
        shown = num(need)
    op = (">" if strict else "≥") if ok else ("≤" if strict else "<")
    return ok, op, shown


def _cites(table: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (cite id, quote) pair of a per-agency table whose entries end with (..., cite, quote)."""
    out: dict[str, str] = {}

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, tuple) and len(v) >= 2 and isinstance(v[-2], str) and ":" in v[-2]:
            out.setdefault(v[-2], v[-1])

    walk(table)
    return list(out.items())


def _attendance_sane(facts: Any, ctx: RuleContext) -> Finding | None:
    members, present = facts["members"], facts["present"]
    if present > members:
        return ctx.finding(
            BLOCKED,
            f"实到 {present} 人多于应到 {members} 人，请核对到会名单",
            f"{present} present is more than the {members} members; check the attendance list",
            trace=[f"实到 {present} > 应到 {members}"],
            own=False,
        )
    return None


def _back(meeting: dt.date, days: int, label_zh: str, label_en: str) -> Deadline:
    """The last day for a step that must come ``days`` calendar days before the meeting (0: before it opens)."""
    when = meeting - dt.timedelta(days=days)
    how = f"会议日 {iso(meeting)} 前 {days} 日" if days else f"会议日 {iso(meeting)} 开会前"
    return Deadline(when, label_zh, label_en, False, (f"{how} → {iso(when)}",))


_SHARE_ZH = {Fraction(1, 2): "半数", Fraction(2, 3): "三分之二"}
_SHARE_ZH_EXACT = {(1, 2): "半数", (2, 3): "三分之二"}


def share_zh(x: Fraction) -> str:
    """1/2 → 半数, 2/3 → 三分之二 (for messages)."""
    if type(x) is Fraction:  # by numerator and denominator: no Fraction hashing
        found = _SHARE_ZH_EXACT.get((x.numerator, x.denominator))
        return found if found is not None else str(x)
    return _SHARE_ZH.get(x, str(x))


# ---------------------------------------------------------------------------------------------------------------
# meeting.convene — may the meeting be held: quorum per body and topic, chair, standing attendees, discipline
# ---------------------------------------------------------------------------------------------------------------

CONVENE = check(
    "meeting.convene",
    "会议能否召开（到会人数、主持、列席）",
    "May the meeting be held (quorum, chair, attendees)",
    {
        "type": "object",
        "required": ["body", "members", "present"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "members": MEMBERS,
            "present": PRESENT,
            "topic_kinds": TOPIC_KINDS,
            "absent_without_leave": _count(
                "缺席且未在会前请假的成员数", "members absent without leave asked beforehand"
            ),
            "chair": {
                "enum": CHAIR_ROLES,
                "description": "主持人身份：secretary 书记，deputy_secretary 副书记，member 其他成员，"
                "director 局长/主任/"
                "合议委员会主任，deputy_director 副局长/副主任，section_head 科室负责人，other 其他 · who chairs",
            },
            "chair_entrusted": bilingual(
                FLAG, "主持人是否受书记（局长、主任）委托", "the chair acts on the principal's entrustment"
            ),
            "attendees": {
                "type": "array",
                "items": {"enum": ATTENDEE_ROLES},
                "uniqueItems": True,
                "description": "到会的列席人员：office_head 办公室（人秘科、综合科）负责人，"
                "discipline_secretary 机关纪委书记，"
                "arbitration_head 仲裁院院长，discipline_observer 派驻/上级纪检人员，section_head 科室负责人，"
                "non_member_leader 非党组成员的班子成员，other · non-voting attendees present",
            },
            "discipline_notified": bilingual(
                FLAG,
                "是否已事先报告（邀请）纪检组织派人列席监督",
                "the discipline-inspection body was told (invited) beforehand",
            ),
        },
    },
)


@rule(
    "meeting.party_group.quorum",
    check="meeting.convene",
    agencies=AGENCIES,
    cites=[("district-bureau:31:12.1", "有半数以上成员到会方可举行")],
    params=[
        "meeting.party_group.quorum_strict",
        "meeting.party_group.quorum_special",
        "meeting.party_group.quorum_special_kinds",
    ],
)
def party_group_quorum(facts: Any, ctx: RuleContext) -> Finding | None:
    """党组会议的到会人数：一般比例，或议题属干部/处分等类别时的特别比例。"""
    if _body(facts, ctx) != "party_group":
        return None
    bad = _attendance_sane(facts, ctx)
    if bad:
        return bad
    members, present = facts["members"], facts["present"]
    kinds = _kinds(facts)
    name = "meeting.party_group.quorum"
    special_kinds = set(ctx.param_or("meeting.party_group.quorum_special_kinds") or ())  # 文山: one share for all
    if kinds & special_kinds:
        name = "meeting.party_group.quorum_special"
        strict = False
    else:
        strict = bool(ctx.param("meeting.party_group.quorum_strict"))
    share: Fraction = ctx.param(name)
    ok, op, shown = _share_parts(present, members, share, strict)
    trace = [f"到会 {present} 人 {op} 应到 {members} 人 × {share} = {shown}"]
    if ok:
        outcome = ALLOWED
        zh = f"到会 {present}/{members} 人，符合召开要求"
        en = f"{present} of {members} members present: quorum met"
    else:
        outcome = BLOCKED
        zh = f"到会 {present}/{members} 人，{'未超过' if strict else '不足'}{share_zh(share)}，会议不得召开"
        en = f"{present} of {members} members present: below the quorum of {'more than ' if strict else ''}{share}"
    cites = (
        ["district-bureau:31:12.1"] if ctx.agency == DB and kinds & set(MAJOR_31) and name.endswith("quorum") else []
    )
    return ctx.finding(outcome, zh, en, trace=trace, cites=cites, extra=[ctx.param_cited(name)], own=False)


@rule(
    "meeting.directors_meeting.quorum",
    check="meeting.convene",
    agencies=[TY, BC],
    cites=[],
    params=["meeting.directors_meeting.quorum_strict"],
)
def directors_meeting_quorum(facts: Any, ctx: RuleContext) -> Finding | None:
    """局长（主任）办公会议：原则上参会人员到齐；经请假缺席时，到会须“超过半数以上”（读作超过半数，恰为半数不足）。"""
    if _body(facts, ctx) != "directors_meeting":
        return None
    bad = _attendance_sane(facts, ctx)
    if bad:
        return bad
    members, present = facts["members"], facts["present"]
    name = "meeting.directors_meeting.quorum"
    share: Fraction = ctx.param(name)
    strict = bool(ctx.param("meeting.directors_meeting.quorum_strict"))
    ok, op, shown = _share_parts(present, members, share, strict)
    trace = [f"到会 {present} 人 {op} 应到 {members} 人 × {share} = {shown}"]
    if present == members:
        return ctx.finding(
            ALLOWED,
            f"参会人员 {members} 人全部到齐，可以召开",
            f"all {members} participants present: the meeting may be held",
            trace=[f"到会 {present} = 应到 {members}"],
            extra=[ctx.param_cited(name)],
            own=False,
        )
    if ok:
        return ctx.finding(
            ALLOWED,
            f"缺席 {members - present} 人，到会 {present}/{members} 人，超过半数，可以召开",
            f"{members - present} absent, {present} of {members} present: more than half, the meeting may be held",
            trace=trace,
            extra=[ctx.param_cited(name)],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"到会 {present}/{members} 人，未超过半数，会议不得召开",
        f"{present} of {members} present: not more than half, the meeting may not be held",
        trace=trace,
        extra=[ctx.param_cited(name)],
        own=False,
    )


@rule(
    "meeting.case_panel.quorum",
    check="meeting.convene",
    agencies=[WS],
    cites=[],
)
def case_panel_quorum(facts: Any, ctx: RuleContext) -> Finding | None:
    """重大案件合议委员会：需有三分之二以上的委员参加方能举行会议（含本数）。"""
    if _body(facts, ctx) != "case_panel":
        return None
    bad = _attendance_sane(facts, ctx)
    if bad:
        return bad
    members, present = facts["members"], facts["present"]
    name = "meeting.case_panel.quorum"
    share: Fraction = ctx.param(name)
    strict = bool(ctx.param("meeting.case_panel.quorum_strict"))
    ok, op, shown = _share_parts(present, members, share, strict)
    trace = [f"到会委员 {present} 人 {op} 委员 {members} 人 × {share} = {shown}"]
    if ok:
        return ctx.finding(
            ALLOWED,
            f"到会委员 {present}/{members} 人，达到三分之二，可以举行",
            f"{present} of {members} committee members present: two thirds reached",
            trace=trace,
            extra=[ctx.param_cited(name)],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"到会委员 {present}/{members} 人，不足三分之二，合议委员会不得举行会议",
        f"{present} of {members} committee members present: below two thirds, the committee may not sit",
        trace=trace,
        extra=[ctx.param_cited(name)],
        own=False,
    )


@rule(
    "meeting.sanzhong_yida.quorum",
    check="meeting.convene",
    agencies=[BC],
    cites=[("baicheng-fupin:4:2", "本制度的实施以党组会议、主任办公会议为主要形式")],
    params=["decision.sanzhong_yida.kinds"],
)
def sanzhong_yida_quorum(facts: Any, ctx: RuleContext) -> Finding | None:
    """审议“三重一大”事项的会议（党组会议、主任办公会议）须三分之二以上成员到会；与各会议自身的到会要求同时适用。"""
    body = _body(facts, ctx)
    if body not in ("party_group", "directors_meeting") or not _is_sanzhong(facts, ctx):
        return None
    bad = _attendance_sane(facts, ctx)
    if bad:
        return bad
    members, present = facts["members"], facts["present"]
    name = "meeting.sanzhong_yida.quorum"
    share: Fraction = ctx.param(name)
    strict = bool(ctx.param("meeting.sanzhong_yida.quorum_strict"))
    ok, op, shown = _share_parts(present, members, share, strict)
    trace = [f"“三重一大”议题：到会 {present} 人 {op} 应到 {members} 人 × {share} = {shown}"]
    outcome = ALLOWED if ok else BLOCKED
    zh = (
        f"审议“三重一大”事项，到会 {present}/{members} 人，达到三分之二"
        if ok
        else f"审议“三重一大”事项须三分之二以上成员到会，实到 {present}/{members} 人，不得召开"
    )
    en = (
        f"“three-important-one-large” items: {present} of {members} present, two thirds reached"
        if ok
        else f"“three-important-one-large” items need two thirds present; {present} of {members}: may not be held"
    )
    return ctx.finding(
        outcome, zh, en, trace=trace, cites=["baicheng-fupin:4:2"], extra=[ctx.param_cited(name)], own=False
    )


# bodies whose texts set no attendance figure: the clause that says who takes part
NO_QUORUM: dict[str, dict[str, tuple[str, str]]] = {
    WS: {
        "directors_meeting": ("wenshan-hrss:15:2.3.1", "局长、副局长、党组成员参加"),
        "bureau_affairs": ("wenshan-hrss:15:3.3.1", "局领导班子成员,调研员、副调研员,各科室负责人参加"),
    },
    DB: {
        "directors_meeting": ("district-bureau:32:1", "局长和有关科室参加"),
        "bureau_affairs": ("district-bureau:32:3", "副科长以上人员参加"),
        "party_committee": ("district-bureau:5:2", "经到会人员通过方能形成决定"),
        "section_meeting": ("district-bureau:32:2", "每月召开一次科务会,由科室负责人主持"),
    },
}


@rule("meeting.convene.no_quorum", check="meeting.convene", agencies=[WS, DB], cites=_cites(NO_QUORUM))
def no_quorum(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山局长办公会议、局务会议，区局局长办公会、局务会、机关党委会议：文本未规定到会人数下限（只列参加人员）。"""
    body = _body(facts, ctx)
    entry = NO_QUORUM[ctx.agency].get(body)
    if entry is None:
        return None
    bad = _attendance_sane(facts, ctx)
    if bad:
        return bad
    return ctx.finding(
        ALLOWED,
        f"{BODY_ZH[body]}：制度只规定参加人员，未规定到会人数下限；到会 {facts['present']}/{facts['members']} 人",
        f"{BODY_EN[body]}: the text names the participants but sets no quorum; "
        f"{facts['present']} of {facts['members']} present",
        trace=[f"到会 {facts['present']} / 应到 {facts['members']}（无比例要求）"],
        cites=[entry[0]],
        own=False,
    )


# who chairs: (principal chairs, chairs allowed when entrusted, cite, quote)
CHAIR: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str]]] = {
    TY: {
        "party_group": (
            ("secretary",),
            ("deputy_secretary", "member"),
            "tongyu-hrss:2:3.4",
            "会议由党组书记或党组书记委托其他党组成员召集和主持",
        ),
        "directors_meeting": (("director",), ("deputy_director",), "tongyu-hrss:3:8", "由局长或局长委托副局长主持"),
    },
    WS: {
        "party_group": (("secretary",), (), "wenshan-hrss:15:1.4.1", "党组会议由党组书记主持"),
        "directors_meeting": (
            ("director",),
            ("deputy_director",),
            "wenshan-hrss:15:2.3.1",
            "局长办公会议由局长或局长委托的副局长召集并主持",
        ),
        "bureau_affairs": (
            ("director",),
            ("deputy_director",),
            "wenshan-hrss:15:3.3.1",
            "局务会议由局长或局长委托副局长主持",
        ),
        "case_panel": (
            ("director",),
            ("deputy_director",),
            "wenshan-hrss:28:1.2",
            "由合议委员会主任或者其委托的副主任主持",
        ),
    },
    DB: {
        "party_group": (
            ("secretary",),
            ("deputy_secretary",),
            "district-bureau:3:2.2",
            "党组会议由局党组书记主持,书记不能参加会议时,由书记委托副书记主持",
        ),
        "party_committee": (("secretary",), (), "district-bureau:5:1", "机关党委会议由书记主持"),
        "bureau_affairs": (("director", "deputy_director"), (), "district-bureau:32:3", "由局长或副局长主持"),
        "section_meeting": (("section_head",), (), "district-bureau:32:2", "由科室负责人主持"),
    },
    BC: {
        "party_group": (
            ("secretary",),
            ("deputy_secretary", "member"),
            "baicheng-fupin:2:3.3",
            "党组书记因故不能出席，可委托一名党组成员主持",
        ),
        "directors_meeting": (
            ("director",),
            ("deputy_director",),
            "baicheng-fupin:3:4.1",
            "由主任或主任委托副主任主持",
        ),
    },
}


@rule("meeting.convene.chair", check="meeting.convene", agencies=AGENCIES, cites=_cites(CHAIR), needs=["chair"])
def convene_chair(facts: Any, ctx: RuleContext) -> Finding | None:
    """主持人：书记（局长、主任）本人，或文本允许的受委托人员；受委托须有委托。文山党组会议文本只写“由党组书记主持”，
    未规定委托，读作只能由书记主持。区局局长办公会未规定主持人，不作校验。"""
    body = _body(facts, ctx)
    entry = CHAIR[ctx.agency].get(body)
    if entry is None or "chair" not in facts:
        return None
    principal, delegates, cite, _ = entry
    chair = facts["chair"]
    entrusted = bool(facts.get("chair_entrusted", False))
    trace = [
        f"主持人：{CHAIR_ZH[chair]}{'（受委托）' if entrusted else ''}；"
        f"可主持：{'、'.join(CHAIR_ZH[c] for c in principal)}"
        + (f"，或受委托的{'、'.join(CHAIR_ZH[c] for c in delegates)}" if delegates else "")
    ]
    if chair in principal:
        return ctx.finding(
            ALLOWED, f"由{CHAIR_ZH[chair]}主持", f"chaired by the {chair}", trace=trace, cites=[cite], own=False
        )
    if chair in delegates and entrusted:
        return ctx.finding(
            ALLOWED,
            f"由受委托的{CHAIR_ZH[chair]}主持",
            f"chaired by an entrusted {chair}",
            trace=trace,
            cites=[cite],
            own=False,
        )
    if chair in delegates:
        return ctx.finding(
            BLOCKED,
            f"{CHAIR_ZH[chair]}主持{BODY_ZH[body]}须经{CHAIR_ZH[principal[0]]}委托",
            f"a {chair} may chair the {BODY_EN[body]} only when entrusted by the {principal[0]}",
            trace=trace,
            cites=[cite],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"{BODY_ZH[body]}不得由{CHAIR_ZH[chair]}主持",
        f"the {BODY_EN[body]} may not be chaired by a {chair}",
        trace=trace,
        cites=[cite],
        own=False,
    )


# standing non-voting attendees each body must have: (roles, cite, quote)
STANDING: dict[str, dict[str, tuple[tuple[str, ...], str, str]]] = {
    TY: {"directors_meeting": (("office_head",), "tongyu-hrss:3:7", "人秘科负责人列席")},
    WS: {
        "party_group": (
            ("arbitration_head", "office_head", "discipline_secretary"),
            "wenshan-hrss:15:1.4.2",
            "仲裁院院长、办公室主任、机关纪委书记全程列席党组会议",
        ),
        "directors_meeting": (
            ("office_head", "discipline_secretary"),
            "wenshan-hrss:15:2.3.1",
            "办公室主任、机关纪委书记和议题相关科室负责人列席",
        ),
    },
    DB: {},
    BC: {
        "party_group": (("office_head",), "baicheng-fupin:2:3.4", "不是党组成员的班子成员、综合科科长列席会议"),
        "directors_meeting": (("office_head",), "baicheng-fupin:3:3.1", "综合科科长列席"),
    },
}

# discipline supervision: (bodies, topic kinds (None: every topic), mode, cite, quote)
#   mode "report": the meeting must be reported to the discipline group beforehand (else blocked);
#   mode "invite": the discipline body should be invited (a reminder when not).
DISCIPLINE: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, str, str, str]]] = {
    WS: [
        (
            ("party_group",),
            (
                "sanzhong_yida",
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "cadre_reward_discipline",
                "party_discipline",
                "project",
                "large_fund",
                "budget",
                "asset_disposal",
                "organisation",
            ),
            "invite",
            "wenshan-hrss:15:1.4.3",
            "遇有重要事项需要研究的,应邀请州纪委监察局联系本单位的纪工委监察分局派人到会监督",
        ),
        (
            ("directors_meeting",),
            (
                "sanzhong_yida",
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "cadre_reward_discipline",
                "staff_affairs",
                "recruitment",
                "project",
                "large_fund",
            ),
            "invite",
            "wenshan-hrss:15:2.3.2",
            "遇有重要事项需要研究的,应邀请州纪委监察局联系本单位的纪工委监察分局派人到会监督",
        ),
    ],
    DB: [
        (
            ("party_group",),
            ("sanzhong_yida", "major_decision", "project", "large_fund", "cadre_appointment", "integrity"),
            "report",
            "district-bureau:3:3.4",
            "凡是涉及“三重一大”、人事任免和廉政工作,都要提前向区政府纪检组报告,区纪检组派人列席会议",
        )
    ],
    BC: [(("party_group",), None, "invite", "baicheng-fupin:46", "党组会议邀请纪检监察组长参加")],
}


@rule(
    "meeting.convene.attendance",
    check="meeting.convene",
    agencies=AGENCIES,
    cites=_cites(STANDING) + _cites(DISCIPLINE),
    needs=["attendees", "discipline_notified"],
)
def convene_attendance(facts: Any, ctx: RuleContext) -> list[Finding]:
    """列席：文本要求的常设列席人员是否到会（缺席为提醒）；纪检监督：区局涉及“三重一大”、人事任免、廉政工作须提前
    报告区纪检组（未报告不得召开），文山重要事项应邀请纪工委监察分局、白城党组会议邀请纪检监察组长（未邀请为提醒）。
    文山“重要事项”读作干部、重大决策、项目、资金、预算、资产、机构等类议题。只在事实给出列席名单或报告情况时校验。"""
    body = _body(facts, ctx)
    kinds = _kinds(facts)
    attendees = set(facts.get("attendees", ()))
    out: list[Finding] = []
    standing = STANDING.get(ctx.agency, {}).get(body)
    if standing and "attendees" in facts:
        roles, cite, _ = standing
        missing = [r for r in roles if r not in attendees]
        trace = [
            f"应列席：{'、'.join(ATTENDEE_ZH[r] for r in roles)}；"
            f"缺：{'、'.join(ATTENDEE_ZH[r] for r in missing) or '无'}"
        ]
        if missing:
            out.append(
                ctx.finding(
                    WARNING,
                    f"应列席的{'、'.join(ATTENDEE_ZH[r] for r in missing)}未到会，请通知列席并记录",
                    f"standing attendees missing: {', '.join(missing)}",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
        else:
            out.append(
                ctx.finding(
                    ALLOWED,
                    "常设列席人员均已到会",
                    "standing attendees present",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
    for bodies, ks, mode, cite, _ in DISCIPLINE.get(ctx.agency, ()):
        if body not in bodies or (ks is not None and not kinds & set(ks)):
            continue
        notified = facts.get("discipline_notified")
        observer = "discipline_observer" in attendees
        if notified is None and "attendees" not in facts:
            continue
        trace = [
            f"纪检：{'已报告/邀请' if notified else '未报告/邀请' if notified is False else '未说明'}，"
            f"{'已派人列席' if observer else '未见列席'}"
        ]
        if mode == "report" and notified is False:
            out.append(
                ctx.finding(
                    BLOCKED,
                    "涉及“三重一大”、人事任免或廉政工作的议题，须提前向区政府纪检组报告后方可上会",
                    "items on major matters, appointments or integrity must be reported to the discipline group first",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
        elif not observer and not notified:
            out.append(
                ctx.finding(
                    WARNING,
                    "本次会议应邀请纪检监督人员到会",
                    "the discipline-inspection body should be invited to this meeting",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
        elif not observer and "attendees" in facts:
            out.append(
                ctx.finding(
                    WARNING,
                    "已报告（邀请）纪检组织，但未见其派员列席，请在记录中注明",
                    "the discipline body was told but no observer attends; note it in the minutes",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
        else:
            out.append(
                ctx.finding(
                    ALLOWED,
                    "纪检监督安排符合要求",
                    "discipline supervision in place",
                    trace=trace,
                    cites=[cite],
                    own=False,
                )
            )
    return out


# absences must be excused beforehand: body → (cite, quote)
LEAVE: dict[str, dict[str, tuple[str, str]]] = {
    TY: {
        "party_group": ("tongyu-hrss:2:3.6", "党组成员因故不能参加会议的应当在会前请假"),
        "directors_meeting": ("tongyu-hrss:3:8", "如经请假缺席"),
    },
    WS: {},
    DB: {"party_group": ("district-bureau:3:2.3", "党组成员因故不能参加会议,提前向会议主持人请假")},
    BC: {
        "party_group": ("baicheng-fupin:2:3.3", "因故不能参加会议的必须于会前向会议主持人请假"),
        "directors_meeting": ("baicheng-fupin:3:4.1", "如经请假缺席"),
    },
}


@rule(
    "meeting.convene.leave",
    check="meeting.convene",
    agencies=[TY, DB, BC],
    cites=_cites(LEAVE),
    needs=["absent_without_leave"],
)
def convene_leave(facts: Any, ctx: RuleContext) -> Finding | None:
    """缺席须在会前请假：未请假缺席的成员作提醒（不影响到会人数的计算）。"""
    body = _body(facts, ctx)
    entry = LEAVE[ctx.agency].get(body)
    n = int(facts.get("absent_without_leave", 0))
    if entry is None or "absent_without_leave" not in facts:
        return None
    absent = facts["members"] - facts["present"]
    if n > absent:
        raise BadInput(
            f"未请假缺席 {n} 人多于缺席总数 {absent} 人（absent_without_leave）",
            f"{n} absent without leave is more than the {absent} absent (absent_without_leave)",
            "absent_without_leave",
        )
    if n == 0:
        return ctx.finding(
            ALLOWED,
            "缺席成员均已在会前请假",
            "every absent member asked for leave beforehand",
            trace=[f"缺席 {absent} 人，均已请假"],
            cites=[entry[0]],
            own=False,
        )
    return ctx.finding(
        WARNING,
        f"{n} 名成员未在会前请假即缺席，请记录并按会议纪律处理",
        f"{n} member(s) absent without leave asked beforehand",
        trace=[f"缺席 {absent} 人，其中未请假 {n} 人"],
        cites=[entry[0]],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# meeting.vote — does a motion pass: yes votes vs the text's base, recusals, written opinions never counted,
# item-by-item voting, 缓议 on major disagreement
# ---------------------------------------------------------------------------------------------------------------

VOTE = check(
    "meeting.vote",
    "表决是否通过（票数、逐项表决、分歧缓议）",
    "Does the motion pass (votes, item-by-item, deferral on disagreement)",
    {
        "type": "object",
        "required": ["body", "members", "present", "votes_for"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "members": MEMBERS,
            "present": PRESENT,
            "votes_for": _count("赞成票数（到会有表决权成员所投）", "yes votes cast by voting members present"),
            "votes_against": _count("反对票数", "votes against"),
            "abstentions": _count("弃权票数", "abstentions"),
            "votes_defer": _count("主张缓议的票数", "votes to defer (缓议)"),
            "recused": _count("就本议题回避的到会成员数", "members present who recused on this item"),
            "written_opinions": _count(
                "未到会成员的书面意见份数（不计入票数）", "written opinions of absent members (never counted as votes)"
            ),
            "items": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100,
                "description": "本次一并表决的事项数（逐项表决时为 1） · number of items decided by this one vote",
            },
            "topic_kinds": TOPIC_KINDS,
            "disagreement": {
                "enum": ["none", "divergent", "major"],
                "description": "意见分歧：none 无，divergent 意见不统一/明显分歧，major 重大分歧/分歧较大"
                " · disagreement",
            },
            "emergency": bilingual(FLAG, "是否紧急情况", "an emergency"),
            "needs_more_material": bilingual(
                FLAG, "案件需补充材料、查实情况（合议委员会）", "the case needs more material"
            ),
            "chief_follows_vote": bilingual(
                FLAG,
                "“一把手”最终表态是否与集体表决意见一致",
                "the principal leader's final statement follows the vote",
            ),
            "revokes_decision": bilingual(
                FLAG, "本议题是否撤销或改变原决定", "the motion revokes or changes an earlier decision"
            ),
        },
    },
)

BASE_ZH = {
    "members": "应到会成员",
    "present": "到会成员",
    "present_not_recused": "到会且未回避的成员",
}

# bodies where the chair concludes (行政首长负责制), no vote count: (cite, quote)
CHAIR_CONCLUDES: dict[str, dict[str, tuple[str, str]]] = {
    TY: {"directors_meeting": ("tongyu-hrss:3:9", "对议决事项作出简要明确的结论")},
    WS: {"directors_meeting": ("wenshan-hrss:15:2.2.4", "由主持人充分听取参会人员意见,综合各方面情况,形成决议或决定")},
    DB: {},
    BC: {"directors_meeting": ("baicheng-fupin:3:2.3", "遵循行政首长负责制的原则")},
}
REVOKE: dict[str, tuple[str, str]] = {
    BC: ("baicheng-fupin:2:4.2", "撤销或改变党组的决定，也必须经党组过半数应到会成员通过"),
}
VOTE_PARAMS = [f"meeting.vote.{b}.{p}" for b in MEETING_BODIES for p in ("share", "strict", "base")]


def _ballots(facts: Any) -> tuple[int, int, int, int]:
    """(votes cast, voters, recused, written opinions) after checking the counts against each other."""
    present = facts["present"]
    recused = int(facts.get("recused", 0))
    votes = (
        facts["votes_for"]
        + int(facts.get("votes_against", 0))
        + int(facts.get("abstentions", 0))
        + int(facts.get("votes_defer", 0))
    )
    return votes, present - recused, recused, int(facts.get("written_opinions", 0))


@rule(
    "meeting.vote.threshold",
    check="meeting.vote",
    agencies=AGENCIES,
    cites=_cites(CHAIR_CONCLUDES) + list(REVOKE.values()),
    params=VOTE_PARAMS,
)
def vote_threshold(facts: Any, ctx: RuleContext) -> Finding:
    """表决通过所需赞成票：比例、是否须“超过”、基数（应到会成员 / 到会成员 / 到会且未回避成员）均为参数。
    票数只算到会且未回避的成员所投；未到会成员的书面意见、列席人员的意见一律不计入票数。
    局长（主任）办公会议不设票数，由主持人综合意见作出结论（行政首长负责制）。"""
    body = _body(facts, ctx)
    members, present, yes = facts["members"], facts["present"], facts["votes_for"]
    votes, voters, recused, written = _ballots(facts)
    if present > members or recused > present:
        return ctx.finding(
            BLOCKED,
            f"人数不符：应到 {members}、实到 {present}、回避 {recused}",
            f"inconsistent counts: {members} members, {present} present, {recused} recused",
            trace=[f"实到 {present} / 应到 {members} / 回避 {recused}"],
            own=False,
        )
    trace = [f"投票 {votes} 张 / 有表决权的到会成员 {voters} 人（到会 {present} − 回避 {recused}）"]
    if written:
        trace.append(f"未到会成员书面意见 {written} 份，不计入票数")
    if votes > voters:
        return ctx.finding(
            BLOCKED,
            f"票数 {votes} 多于到会且有表决权的成员 {voters} 人：书面意见、列席人员和回避成员不得计票",
            f"{votes} votes exceed the {voters} voting members present: written opinions, attendees and recused "
            "members do not vote",
            trace=trace,
            extra=_vote_cites(body, ctx),
            own=False,
        )
    share: Fraction | None = ctx.param_or(f"meeting.vote.{body}.share")
    if share is None:
        concl = CHAIR_CONCLUDES[ctx.agency].get(body)
        if concl:
            return ctx.finding(
                ALLOWED,
                f"{BODY_ZH[body]}不以票数定结论，由主持人在充分讨论的基础上作出结论（赞成 {yes} 票供参考）",
                f"the {BODY_EN[body]} has no vote threshold: the chair concludes after discussion",
                trace=trace,
                cites=[concl[0]],
                own=False,
            )
        return ctx.finding(
            ALLOWED,
            f"本机构制度未规定{BODY_ZH[body]}的表决通过票数",
            f"the agency's rules set no vote threshold for the {BODY_EN[body]}",
            trace=trace,
            own=False,
        )
    strict = bool(ctx.param(f"meeting.vote.{body}.strict"))
    base_kind: str = ctx.param(f"meeting.vote.{body}.base")
    base = {"members": members, "present": present, "present_not_recused": voters}[base_kind]
    ok, op, shown = _share_parts(yes, base, share, strict)
    trace.insert(0, f"赞成 {yes} 票 {op} {BASE_ZH[base_kind]} {base} 人 × {share} = {shown}")
    extra = [ctx.param_cited(f"meeting.vote.{body}.share")]
    cites = (
        [REVOKE[ctx.agency][0]]
        if facts.get("revokes_decision") and ctx.agency in REVOKE and body == "party_group"
        else []
    )
    need = f"{'超过' if strict else '达到'}{BASE_ZH[base_kind]}（{base} 人）{share_zh(share)}"
    if ok:
        return ctx.finding(
            ALLOWED,
            f"赞成 {yes} 票，{need}，表决通过",
            f"{yes} yes votes: {'more than' if strict else 'at least'} {share} of {base} — passed",
            trace=trace,
            cites=cites,
            extra=extra,
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"赞成 {yes} 票，未{need}，不能形成决定",
        f"{yes} yes votes: not {'more than' if strict else 'at least'} {share} of {base} — not passed",
        trace=trace,
        cites=cites,
        extra=extra,
        own=False,
    )


def _vote_cites(body: str, ctx: RuleContext) -> list[CitedClause]:
    name = f"meeting.vote.{body}.share"
    return [ctx.param_cited(name)] if ctx.has(name) else []


# item-by-item voting: list of (bodies (None: any), topic kinds (None: any; "sanzhong": the agency's 三重一大 kinds),
# cite, quote)
ITEM_BY_ITEM: dict[str, list[tuple[tuple[str, ...] | None, str | None, str, str]]] = {
    TY: [(("party_group",), None, "tongyu-hrss:2:5.4", "会议研究决定多个事项的，应当逐项进行表决")],
    WS: [(("party_group",), None, "wenshan-hrss:15:1.2.3", "党组会议实行一事一议")],
    DB: [],
    BC: [
        (("party_group",), None, "baicheng-fupin:2:4.2", "讨论决定多个事项时，应逐项表决"),
        (("party_group", "directors_meeting"), "sanzhong", "baicheng-fupin:4:5.2.4", "会议决定多个事项时，应逐项表决"),
    ],
}


def _entries(
    table: dict[str, list[tuple[tuple[str, ...] | None, str | None, str, str]]],
    facts: Any,
    ctx: RuleContext,
    body: str,
) -> list[str]:
    """Cite ids of the table entries that apply to this body and these topics."""
    kinds = _kinds(facts)
    out = []
    for bodies, ks, cite, _ in table.get(ctx.agency, ()):
        if bodies is not None and body not in bodies:
            continue
        if ks == "sanzhong" and not kinds & sanzhong_kinds(ctx):
            continue
        out.append(cite)
    return out


@rule(
    "meeting.vote.item_by_item",
    check="meeting.vote",
    agencies=[TY, WS, BC],
    cites=_cites(ITEM_BY_ITEM),
    params=["decision.sanzhong_yida.kinds"],
)
def vote_item_by_item(facts: Any, ctx: RuleContext) -> Finding | None:
    """多个事项须逐项表决（文山：一事一议、一人一票逐一表决），不得打包一次表决。"""
    body = _body(facts, ctx)
    cites = _entries(ITEM_BY_ITEM, facts, ctx, body)
    if not cites:
        return None
    items = int(facts.get("items", 1))
    if items > 1:
        return ctx.finding(
            BLOCKED,
            f"{items} 个事项不得一并表决，应逐项表决",
            f"{items} items may not be decided in one vote: vote on each item",
            trace=[f"一并表决事项 {items} 项 > 1"],
            cites=cites,
            own=False,
        )
    return ctx.finding(ALLOWED, "逐项表决", "voted item by item", trace=["本次表决 1 项"], cites=cites, own=False)


@rule(
    "meeting.vote.disagreement",
    check="meeting.vote",
    agencies=AGENCIES,
    cites=[("wenshan-hrss:11:2.3", "当意见不统一、出现明显分歧时,按照少数服从多数的原则,实行班子成员集体表决")],
    params=[
        *(f"meeting.vote.{b}.on_disagreement" for b in MEETING_BODIES),
        "meeting.vote.sanzhong_yida.on_disagreement",
        "decision.sanzhong_yida.kinds",
    ],
    needs=["disagreement"],
)
def vote_disagreement(facts: Any, ctx: RuleContext) -> Finding | None:
    """意见分歧：通榆“如意见不统一，可…下次会议再议”（提醒）；文山、白城重大分歧一般应暂缓作出决定，紧急情况下
    按多数意见表决执行（提醒）；文山一般分歧按少数服从多数表决（第七条）。白城“三重一大”议题另按其第五条（二）4。"""
    body = _body(facts, ctx)
    level = facts.get("disagreement", "none")
    if level == "none":
        return None
    names = [f"meeting.vote.{body}.on_disagreement"]
    if _is_sanzhong(facts, ctx):
        names.insert(0, "meeting.vote.sanzhong_yida.on_disagreement")
    name = next((n for n in names if ctx.param_or(n) is not None), None)
    if name is None:
        return None
    policy: str = ctx.param(name)
    extra = [ctx.param_cited(name)]
    emergency = bool(facts.get("emergency", False))
    trace = [
        f"分歧：{'重大分歧' if level == 'major' else '意见不统一'}；"
        f"{'紧急情况' if emergency else '非紧急'}；规则：{policy}"
    ]
    if policy == "may_defer":
        return ctx.finding(
            WARNING,
            "意见不统一：可经进一步调查论证，下次会议再议；重大紧急事项可请上级党组织裁定",
            "opinions differ: the item may be studied further and taken up at the next meeting",
            trace=trace,
            extra=extra,
            own=False,
        )
    if level == "divergent":
        cites = ["wenshan-hrss:11:2.3"] if ctx.agency == WS else []
        return ctx.finding(
            ALLOWED,
            "意见不统一：按少数服从多数的原则表决",
            "opinions differ: decide by majority vote",
            trace=trace,
            cites=cites,
            extra=extra,
            own=False,
        )
    if emergency:
        return ctx.finding(
            WARNING,
            "重大分歧但属紧急情况：按多数意见表决执行，可将不同意见报告上级组织",
            "major disagreement in an emergency: the majority view is carried out",
            trace=trace,
            extra=extra,
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "存在重大分歧：暂缓作出决定，待进一步调查研究、交换意见后再议",
        "major disagreement: defer the decision until further study",
        trace=trace,
        extra=extra,
        own=False,
    )


@rule(
    "meeting.vote.more_material_art24",
    check="meeting.vote",
    agencies=[WS],
    cites=[("wenshan-hrss:28:1.7", "对需要补充材料、查实有关情况暂不能形成结论的案件")],
    needs=["needs_more_material"],
)
def vote_more_material(facts: Any, ctx: RuleContext) -> Finding | None:
    """合议委员会：需补充材料、查实情况的案件暂不形成结论，补充后提交下次会议再作决定。"""
    if _body(facts, ctx) != "case_panel":
        return None
    if not facts["needs_more_material"]:
        return ctx.finding(
            ALLOWED,
            "案件无需补充材料，可以形成结论",
            "no further material needed: the committee may decide",
            cites=["wenshan-hrss:28:1.7"],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "案件需补充材料、查实情况，暂不形成结论，由办案机构补充后提交下次会议再作决定",
        "the case needs more material: no decision now; resubmit to the next meeting",
        trace=["需补充材料 → 下次会议"],
        cites=["wenshan-hrss:28:1.7"],
        own=False,
    )


@rule(
    "meeting.vote.chief_follows_art7",
    check="meeting.vote",
    agencies=[WS],
    cites=[("wenshan-hrss:11:2.3", "但仍由“一把手”按照集体表决意见作最终表态")],
    needs=["chief_follows_vote"],
)
def vote_chief_follows(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山第七条：集体表决后，“一把手”按照集体表决意见作最终表态。"""
    body = _body(facts, ctx)
    if body not in ("party_group", "directors_meeting") or "chief_follows_vote" not in facts:
        return None
    if facts["chief_follows_vote"]:
        return ctx.finding(
            ALLOWED,
            "“一把手”按集体表决意见作最终表态",
            "the principal leader's final statement follows the vote",
            cites=["wenshan-hrss:11:2.3"],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "“一把手”的最终表态须按照集体表决意见，不得与表决结果相左",
        "the principal leader's final statement must follow the collective vote",
        trace=["最终表态 ≠ 表决意见"],
        cites=["wenshan-hrss:11:2.3"],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# meeting.speaking_order — 末位表态: the principal leader speaks last; every member states a view
# ---------------------------------------------------------------------------------------------------------------

SPEAKING = check(
    "meeting.speaking_order",
    "发言顺序（末位表态、普遍表态）",
    "Order of speaking (principal leader last; every member states a view)",
    {
        "type": "object",
        "required": ["body", "speakers", "chief"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "topic_kinds": TOPIC_KINDS,
            "speakers": {
                **_ids("按先后顺序记录的表态人（人员编号，可重复）", "people who stated a view, in order (ids)"),
                "minItems": 1,
            },
            "chief": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "description": "主要负责人（“一把手”、党组书记、局长/主任）的人员编号 · id of the principal leader",
            },
            "present": _ids("到会的有表决权成员（人员编号）", "voting members present (ids)"),
            "deputy_in_charge": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "description": "决策事项的分管领导（人员编号） · id of the deputy in charge of the matter",
            },
            "deputy_written": bilingual(
                FLAG, "分管领导未到会时是否书面提出决策建议", "the absent deputy gave a written recommendation"
            ),
        },
    },
)

# 末位表态: (bodies (None: any), kinds (None: any; "sanzhong": the 三重一大 kinds; tuple: those kinds), cite, quote)
MOWEI: dict[str, list[tuple[tuple[str, ...] | None, str | tuple[str, ...] | None, str, str]]] = {
    TY: [
        (("party_group", "directors_meeting"), None, "tongyu-hrss:1:6", "主要领导不首先发言定调"),
        (("party_group",), None, "tongyu-hrss:2:5.4", "表决实行主要领导末位表态制"),
        (("directors_meeting",), None, "tongyu-hrss:3:9", "会议实行局长末位表态制度"),
    ],
    WS: [
        (("party_group", "directors_meeting"), None, "wenshan-hrss:11:2.2", "“一把手”不得先定调子,划定框架"),
        (
            ("party_group", "directors_meeting"),
            None,
            "wenshan-hrss:11:2.3",
            "最后由“一把手”综合集体意见并作最后陈述表态",
        ),
    ],
    DB: [],
    BC: [
        (("party_group",), None, "baicheng-fupin:2:4.2", "党组主要负责人不得首先表态或个人定调"),
        (None, "sanzhong", "baicheng-fupin:4:5.2.3", "班子主要负责人不得首先表态或个人定调"),
        (
            None,
            (
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "project",
                "procurement",
                "large_fund",
                "sanzhong_yida",
            ),
            "baicheng-fupin:10:3",
            "办党政“一把手”不得首先表态或个人定调",
        ),
    ],
}
# every member states a view before a conclusion: same shape
ALL_SPEAK: dict[str, list[tuple[tuple[str, ...] | None, str | tuple[str, ...] | None, str, str]]] = {
    TY: [(("party_group", "directors_meeting"), None, "tongyu-hrss:1:6", "班子其他成员分别发表意见和建议")],
    WS: [
        (
            ("party_group",),
            None,
            "wenshan-hrss:15:1.2.3",
            "每位党组成员都有就讨论研究的问题充分发表个人意见的权力和责任",
        )
    ],
    DB: [
        (
            ("party_group",),
            ("major_decision", "cadre_appointment", "project", "large_fund", "sanzhong_yida"),
            "district-bureau:3:3.3",
            "班子成员没有普遍表态的不作结论",
        ),
        (("party_group",), ("major_decision", "major_case"), "district-bureau:31:12.4", "会议其他组成人员应当发表意见"),
    ],
    BC: [
        (None, "sanzhong", "baicheng-fupin:4:5.2.2", "由班子成员逐个明确表示同意、不同意或缓议的意见"),
        (
            None,
            (
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "project",
                "procurement",
                "large_fund",
                "sanzhong_yida",
            ),
            "baicheng-fupin:10:3",
            "每位班子成员要逐一先行发表意见和看法",
        ),
    ],
}


def _match(
    table: dict[str, list[tuple[tuple[str, ...] | None, str | tuple[str, ...] | None, str, str]]],
    facts: Any,
    ctx: RuleContext,
    body: str,
) -> list[str]:
    kinds = _kinds(facts)
    out: list[str] = []
    for bodies, ks, cite, _ in table.get(ctx.agency, ()):
        if bodies is not None and body not in bodies:
            continue
        if ks == "sanzhong":
            if not kinds & sanzhong_kinds(ctx):
                continue
        elif isinstance(ks, tuple) and not kinds & set(ks):
            continue
        if cite not in out:
            out.append(cite)
    return out


@rule(
    "meeting.speaking_order.mowei",
    check="meeting.speaking_order",
    agencies=AGENCIES,
    cites=_cites(MOWEI),
    params=["decision.sanzhong_yida.kinds"],
)
def mowei_biaotai(facts: Any, ctx: RuleContext) -> Finding | None:
    """末位表态（mowei_biaotai）：主要负责人不得首先发言定调，须在其他成员都发表意见之后最后表态。
    通榆：党组会、局长办公会（第六条；局长办公会为“局长末位表态”）；文山：党组会及班子集体研究（第七条，局长办公会
    亦属班子集体研究）；白城：党组会全部议题，“三重一大”及第三条所列事项在任何会议。区局文本未规定末位表态。
    主要负责人未到会（present 名单中没有）时不适用；到会而未表态为不符合。"""
    body = _body(facts, ctx)
    cites = _match(MOWEI, facts, ctx, body)
    if not cites:
        return ctx.finding(
            ALLOWED,
            f"本机构制度对{BODY_ZH[body]}的此类议题未规定末位表态",
            f"no speak-last rule for such items at the {BODY_EN[body]}",
            own=False,
        )
    speakers: Sequence[str] = facts["speakers"]
    chief: str = facts["chief"]
    if "present" in facts and chief not in facts["present"]:
        return ctx.finding(
            ALLOWED,
            "主要负责人未到会，末位表态不适用",
            "the principal leader is absent: the speak-last rule does not apply",
            cites=cites,
            own=False,
        )
    turns = [i + 1 for i, s in enumerate(speakers) if s == chief]
    others = [i + 1 for i, s in enumerate(speakers) if s != chief]
    trace = [f"发言顺序：{' → '.join(speakers)}；主要负责人 {chief} 在第 {('、'.join(map(str, turns)) or '—')} 位"]
    if not turns:
        return ctx.finding(
            BLOCKED,
            "主要负责人到会而未表态：须在其他成员发表意见后最后发表结论性意见",
            "the principal leader is present but stated no view: he or she must conclude last",
            trace=trace,
            cites=cites,
            own=False,
        )
    if not others:
        return ctx.finding(
            BLOCKED,
            "只有主要负责人表态：其他成员须先行发表意见，主要负责人不得首先表态",
            "only the principal leader spoke: the others must state their views first",
            trace=trace,
            cites=cites,
            own=False,
        )
    if turns[0] < others[-1]:
        first = turns[0] == 1
        return ctx.finding(
            BLOCKED,
            "主要负责人首先发言定调，违反末位表态" if first else "主要负责人未在最后表态：其他成员发言后才可表态",
            "the principal leader spoke first" if first else "the principal leader did not speak last",
            trace=[*trace, f"主要负责人第 {turns[0]} 位 < 其他成员最后一位第 {others[-1]} 位"],
            cites=cites,
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        "主要负责人在其他成员发表意见后最后表态",
        "the principal leader spoke last, after the others",
        trace=trace,
        cites=cites,
        own=False,
    )


@rule(
    "meeting.speaking_order.all_speak",
    check="meeting.speaking_order",
    agencies=AGENCIES,
    cites=_cites(ALL_SPEAK),
    params=["decision.sanzhong_yida.kinds"],
    needs=["present"],
)
def all_speak(facts: Any, ctx: RuleContext) -> Finding | None:
    """普遍表态：到会成员都须发表意见（区局：重大决策、重要干部任免、重大项目、大额资金“班子成员没有普遍表态的不作结论”；
    白城“三重一大”逐个表示同意、不同意或缓议）。只在给出到会名单（present）时校验。"""
    body = _body(facts, ctx)
    cites = _match(ALL_SPEAK, facts, ctx, body)
    if not cites or "present" not in facts:
        return None
    spoke = set(facts["speakers"])
    missing = [p for p in facts["present"] if p != facts["chief"] and p not in spoke]
    trace = [f"到会 {len(facts['present'])} 人，未表态：{'、'.join(missing) or '无'}"]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"{len(missing)} 名到会成员未发表意见，不作结论",
            f"{len(missing)} member(s) present stated no view: no conclusion may be drawn",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        "到会成员均已发表意见",
        "every member present stated a view",
        trace=trace,
        cites=cites,
        own=False,
    )


@rule(
    "meeting.speaking_order.deputy_art12",
    check="meeting.speaking_order",
    agencies=[DB],
    cites=[
        ("district-bureau:31:12.3", "决策事项的分管局长重点阐述意见,并提出决策建议,因故不能到会的,书面提出决策建议")
    ],
    needs=["deputy_in_charge"],
)
def deputy_recommendation(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局《依法行政工作规则》第十二条（三）：审议重大决策，分管局长阐述意见、提出建议；不能到会的书面提出。"""
    body = _body(facts, ctx)
    if body != "party_group" or not _kinds(facts) & set(MAJOR_31) or "deputy_in_charge" not in facts:
        return None
    deputy = facts["deputy_in_charge"]
    present = facts.get("present")
    here = deputy in present if present is not None else True
    spoke = deputy in facts["speakers"]
    trace = [
        f"分管局长 {deputy}：{'到会' if here else '未到会'}，{'已阐述意见' if spoke else '未发言'}"
        + ("" if here else f"，书面建议：{'有' if facts.get('deputy_written') else '无'}")
    ]
    if (here and spoke) or (not here and facts.get("deputy_written")):
        return ctx.finding(
            ALLOWED,
            "分管局长已提出决策建议",
            "the deputy in charge made a recommendation",
            trace=trace,
            cites=["district-bureau:31:12.3"],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "分管局长须到会阐述意见并提出决策建议，不能到会的须书面提出",
        "the deputy in charge must state a recommendation, in writing if absent",
        trace=trace,
        cites=["district-bureau:31:12.3"],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# meeting.recusal — 回避: conflicts of the person (本人、亲属、利害关系)
# ---------------------------------------------------------------------------------------------------------------

GROUNDS = ["self", "close_relative", "relative", "direct_interest", "other_relationship"]
GROUNDS_ZH = {
    "self": "涉及本人（本案当事人）",
    "close_relative": "涉及近亲属",
    "relative": "涉及其他亲属",
    "direct_interest": "有直接利害关系",
    "other_relationship": "其他关系或其他需要回避的情形",
}

RECUSAL = check(
    "meeting.recusal",
    "会议回避",
    "Recusal from an agenda item",
    {
        "type": "object",
        "required": ["body", "grounds"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "topic_kinds": TOPIC_KINDS,
            "grounds": {
                "type": "array",
                "items": {"enum": GROUNDS},
                "uniqueItems": True,
                "description": "与议题的关系：self 涉及本人/本案当事人，close_relative 近亲属，relative 其他亲属，"
                "direct_interest 直接利害关系，other_relationship 其他关系（可能影响公正）；空表示无 · conflicts",
            },
            "is_chief": bilingual(FLAG, "此人是否“一把手”", "the person is the principal leader"),
            "role": {
                "enum": ["member", "attendee"],
                "description": "member 会议成员（委员），attendee 列席或其他参加人员 · member or other participant",
            },
            "participates": bilingual(FLAG, "此人是否参加该议题的讨论和表决", "the person takes part in the item"),
        },
    },
)

# (bodies (None: any), who ("chief" / "member" / "any"), grounds that require recusal, grounds to weigh, cite, quote)
RECUSAL_RULES: dict[str, list[tuple[tuple[str, ...] | None, str, frozenset[str], frozenset[str], str, str]]] = {
    TY: [
        (
            None,
            "chief",
            frozenset(GROUNDS),
            frozenset(),
            "tongyu-hrss:1:7",
            "会议议题涉及本人或者其亲属以及存在其他需要回避情形的，应当回避",
        ),
        (
            ("party_group",),
            "member",
            frozenset(GROUNDS),
            frozenset(),
            "tongyu-hrss:2:3.6",
            "党组会议议题涉及本人或者其亲属以及存在其他回避情形的，有关党组成员应当回避",
        ),
    ],
    WS: [
        (
            ("case_panel",),
            "any",
            frozenset({"self", "close_relative", "direct_interest", "other_relationship"}),
            frozenset({"relative"}),
            "wenshan-hrss:28:3.4",
            "合议委员会委员及其他参加合议的人员有下列情形之一的应当回避",
        ),
    ],
    BC: [
        (
            ("party_group", "directors_meeting"),
            "member",
            frozenset({"self", "close_relative", "relative", "direct_interest"}),
            frozenset({"other_relationship"}),
            "baicheng-fupin:4:5.2.6",
            "会议在讨论与参会成员本人及其亲属有关的议题时，本人应主动回避",
        ),
    ],
}


@rule("meeting.recusal.conflict", check="meeting.recusal", agencies=[TY, WS, BC], cites=_cites(RECUSAL_RULES))
def recusal_conflict(facts: Any, ctx: RuleContext) -> Finding:
    """回避：通榆“一把手”在任何会议、党组成员在党组会议，议题涉及本人或亲属或有其他回避情形的应当回避；
    文山合议委员会委员及其他参加合议人员：当事人或其近亲属、直接利害关系、其他关系可能影响公正（其他亲属读作
    须判断是否影响公正，作提醒）；白城“三重一大”会议（党组会议、主任办公会议）：议题与本人及其亲属有关的
    应主动回避（直接利害关系读作“与本人有关”；其他关系作提醒）。区局会议制度未规定回避。"""
    body = _body(facts, ctx)
    is_chief = bool(facts.get("is_chief", False))
    role = facts.get("role", "member")
    grounds = set(facts["grounds"])
    must: set[str] = set()
    weigh: set[str] = set()
    cites: list[str] = []
    for bodies, who, block, warn, cite, _ in RECUSAL_RULES[ctx.agency]:
        if bodies is not None and body not in bodies:
            continue
        if (who == "chief" and not is_chief) or (who == "member" and role != "member"):
            continue
        must |= grounds & block
        weigh |= grounds & warn
        cites.append(cite)
    if not cites:
        return ctx.finding(
            ALLOWED,
            f"本机构制度对{BODY_ZH[body]}的此类人员未规定回避",
            f"no recusal rule for this participant at the {BODY_EN[body]}",
            own=False,
        )
    participates = bool(facts.get("participates", True))
    trace = [
        f"情形：{'、'.join(GROUNDS_ZH[g] for g in GROUNDS if g in grounds) or '无'}；"
        f"{'参加' if participates else '不参加'}该议题"
    ]
    if must and participates:
        return ctx.finding(
            BLOCKED,
            f"{'、'.join(GROUNDS_ZH[g] for g in GROUNDS if g in must)}，应当回避，不得参加该议题的讨论和表决",
            "a conflict requires recusal: the person may not take part in the item",
            trace=trace,
            cites=cites,
            own=False,
        )
    if must:
        return ctx.finding(ALLOWED, "已回避", "recused", trace=trace, cites=cites, own=False)
    if weigh and participates:
        return ctx.finding(
            WARNING,
            f"{'、'.join(GROUNDS_ZH[g] for g in GROUNDS if g in weigh)}：如可能影响公正，应当回避，请记录判断",
            "a relationship that may affect fairness: decide on recusal and record it",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(ALLOWED, "无应当回避的情形", "no ground for recusal", trace=trace, cites=cites, own=False)


# ---------------------------------------------------------------------------------------------------------------
# meeting.agenda — may an item go on the agenda: listing, ad-hoc motions, notice and submission deadlines,
# materials, preparation (consultation, alternatives, admissibility)
# ---------------------------------------------------------------------------------------------------------------

AGENDA = check(
    "meeting.agenda",
    "议题能否上会（审定、临时动议、通知与报送时限、材料、会前准备）",
    "May the item go on the agenda (approval, ad-hoc motions, notice and submission deadlines, papers)",
    {
        "type": "object",
        "required": ["body", "meeting_date"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "topic_kinds": TOPIC_KINDS,
            "meeting_date": bilingual(DATE, "会议日期", "date of the meeting（YYYY-MM-DD）"),
            "today": bilingual(
                DATE, "今天（判断是否已过期限）", "today, to tell whether a deadline has passed（YYYY-MM-DD）"
            ),
            "listed": bilingual(FLAG, "议题是否经书记（局长、主任）审定列入", "the item was approved onto the agenda"),
            "proposed_by_chief": bilingual(FLAG, "议题是否由主要负责人提出", "the principal leader proposed the item"),
            "ad_hoc": bilingual(FLAG, "是否会上临时动议（原定议题中没有）", "raised ad hoc at the meeting"),
            "urgent": bilingual(FLAG, "是否特殊情况、紧急议题或突发事件", "special, urgent or emergency item"),
            "submitted_on": bilingual(
                DATE, "议题及材料报送（交办公室）日期", "date the item was submitted（YYYY-MM-DD）"
            ),
            "notified_on": bilingual(
                DATE, "会议时间、地点、议题通知成员的日期", "date members were notified（YYYY-MM-DD）"
            ),
            "notice_in_writing": bilingual(FLAG, "议题是否书面通知", "the notice was in writing"),
            "materials_sent_on": bilingual(
                DATE, "会议材料送达参会人员的日期", "date the papers reached participants（YYYY-MM-DD）"
            ),
            "has_proposal": bilingual(
                FLAG,
                "是否明确提出需要解决的主要问题或建议方案并附参考资料",
                "the submission states the problem or proposal with references",
            ),
            "deputy_reviewed": bilingual(FLAG, "是否经分管领导审核", "reviewed by the deputy in charge"),
            "preferred_opinion": bilingual(
                FLAG, "材料是否表明呈报科室的倾向性意见", "the papers state the section's preferred option"
            ),
            "consulted": bilingual(
                FLAG, "是否已会前调查研究、协调沟通和征求意见", "researched and consulted before the meeting"
            ),
            "consensus": bilingual(FLAG, "会前沟通是否已协调一致", "consultation reached agreement"),
            "broad_public_impact": bilingual(FLAG, "是否涉及面广、与群众利益密切相关", "broad public impact"),
            "public_consultation": bilingual(
                FLAG,
                "是否已通过座谈会、听证会、论证会等听取公众意见并形成报告",
                "public views heard (hearings, forums) and reported",
            ),
            "research_report": bilingual(FLAG, "是否已形成决策调研报告", "a decision research report exists"),
            "alternatives": _count("决策备选方案个数", "number of alternative schemes", 20),
            "alternatives_required": bilingual(
                FLAG,
                "是否需多方案比较或经协商仍有争议",
                "options must be compared, or dispute persists after consultation",
            ),
            "explanation": bilingual(
                FLAG,
                "是否附备选方案说明（法规政策依据、各方意见、成本效益分析）",
                "explanation with legal basis, opinions and cost-benefit analysis attached",
            ),
            "handling_opinion": bilingual(
                FLAG, "案件是否经办案机构讨论形成处理意见", "the handling body formed an opinion"
            ),
            "legal_review": bilingual(
                FLAG, "案件是否已提交政策法规科复核", "re-checked by the policy and regulation section"
            ),
        },
    },
)

# who approves an item onto the agenda: (bodies, kinds ("sanzhong" or None), cite, quote)
LISTING: dict[str, list[tuple[tuple[str, ...] | None, str | None, str, str]]] = {
    TY: [
        (
            ("party_group",),
            None,
            "tongyu-hrss:2:5.2",
            "党组会议议题由党组书记提出，或者由党组其他成员提出建议、党组书记综合考虑后确定",
        ),
        (("directors_meeting",), None, "tongyu-hrss:3:10", "由人秘科收集议题并报请局长审议后，正式列入会议议题"),
    ],
    WS: [
        (("party_group",), None, "wenshan-hrss:15:1.3", "统一综合报党组书记审定"),
        (
            ("directors_meeting",),
            None,
            "wenshan-hrss:15:2.2.2",
            "办公室向分管局领导征集议题报局长或局长委托的召集人确定",
        ),
        (("bureau_affairs",), None, "wenshan-hrss:15:3.2.2", "会议议题由局长或局长委托的召集人确定"),
    ],
    DB: [
        (("party_group",), None, "district-bureau:3:3.1", "党组会议的议题由成员提出,经汇总后报书记审定"),
        (("directors_meeting",), None, "district-bureau:32:1", "由办公室主任负责安排上会"),
    ],
    BC: [
        (("party_group",), None, "baicheng-fupin:2:3.5", "书记或受委托主持会议的党组成员根据有关规定和工作需要"),
        (("directors_meeting",), None, "baicheng-fupin:3:4.2", "综合科报请主任审议后，正式列入会议议题"),
        (
            ("party_group", "directors_meeting"),
            "sanzhong",
            "baicheng-fupin:4:5.1.3",
            "经领导班子主要负责人确认后，进入决策程序",
        ),
    ],
}


@rule(
    "meeting.agenda.listing",
    check="meeting.agenda",
    agencies=AGENCIES,
    cites=_cites(LISTING),
    params=["decision.sanzhong_yida.kinds"],
    needs=["listed", "proposed_by_chief"],
)
def agenda_listing(facts: Any, ctx: RuleContext) -> Finding | None:
    """议题须经文本指定的人审定列入（党组：书记；局长/主任办公会：局长/主任，区局由办公室主任安排上会）；
    白城“三重一大”：主要负责人确认后进入决策程序，主要负责人提出的直接进入。"""
    body = _body(facts, ctx)
    cites = _entries(LISTING, facts, ctx, body)
    if not cites or ("listed" not in facts and not facts.get("proposed_by_chief")):
        return None
    ok = bool(facts.get("listed")) or (bool(facts.get("proposed_by_chief")) and "baicheng-fupin:4:5.1.3" in cites)
    trace = [
        f"审定列入：{'是' if facts.get('listed') else '否'}；"
        f"主要负责人提出：{'是' if facts.get('proposed_by_chief') else '否'}"
    ]
    if ok:
        return ctx.finding(
            ALLOWED,
            "议题已按规定审定列入",
            "the item was approved onto the agenda",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "议题未经审定列入，不得上会",
        "the item was not approved onto the agenda and may not be discussed",
        trace=trace,
        cites=cites,
        own=False,
    )


# ad-hoc motions: (bodies, kinds, policy "never" | "urgent_only", cite, quote)
AD_HOC: dict[str, list[tuple[tuple[str, ...] | None, str | None, str, str, str]]] = {
    TY: [(("directors_meeting",), None, "urgent_only", "tongyu-hrss:3:10", "原定议题中没有的，一般不临时动议")],
    WS: [(("party_group",), None, "never", "wenshan-hrss:11:2.1", "凡事前未告知的事项一律不上会,任何人不得临时动议")],
    DB: [],
    BC: [
        (
            ("directors_meeting",),
            None,
            "urgent_only",
            "baicheng-fupin:3:4.2",
            "除特殊情况或紧急议题外，原定议题中没有的，一般不临时动议",
        ),
        (
            ("party_group", "directors_meeting"),
            "sanzhong",
            "urgent_only",
            "baicheng-fupin:4:5.1.3",
            "除遇重大突发事件和紧急情况外，一般不得临时动议",
        ),
    ],
}


@rule(
    "meeting.agenda.ad_hoc",
    check="meeting.agenda",
    agencies=[TY, WS, BC],
    cites=_cites(AD_HOC),
    params=["decision.sanzhong_yida.kinds"],
    needs=["ad_hoc"],
)
def agenda_ad_hoc(facts: Any, ctx: RuleContext) -> Finding | None:
    """临时动议：文山党组会一律不得临时动议；通榆、白城局长/主任办公会和白城“三重一大”除特殊情况或紧急议题外
    不得临时动议（紧急的允许，作提醒须说明理由）。"""
    body = _body(facts, ctx)
    if not facts.get("ad_hoc"):
        return None
    kinds = _kinds(facts)
    hits = [
        (policy, cite)
        for bodies, ks, policy, cite, _ in AD_HOC[ctx.agency]
        if (bodies is None or body in bodies) and (ks is None or kinds & sanzhong_kinds(ctx))
    ]
    if not hits:
        return None
    cites = [c for _, c in hits]
    urgent = bool(facts.get("urgent", False))
    trace = [f"临时动议；{'紧急/特殊' if urgent else '非紧急'}"]
    if any(p == "never" for p, _ in hits) or not urgent:
        return ctx.finding(
            BLOCKED,
            "原定议题中没有的事项不得临时动议，应列入下次会议议题",
            "ad-hoc motions are not allowed: put the item on the next agenda",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        WARNING,
        "紧急议题临时动议：允许，请在记录中说明紧急理由",
        "urgent ad-hoc item allowed: record the reason",
        trace=trace,
        cites=cites,
        own=False,
    )


WRITTEN_NOTICE: dict[str, dict[str, tuple[str, str]]] = {
    TY: {"party_group": ("tongyu-hrss:2:5.2", "会议议题在会前由局机关党委统一汇总后，书面通知党组成员")},
}


def _timely(
    ctx: RuleContext,
    facts: Any,
    fact: str,
    days: int,
    binding: bool,
    what_zh: str,
    what_en: str,
    extra: list[CitedClause],
    cites: Sequence[str] = (),
) -> Finding:
    """A step due ``days`` calendar days before the meeting: on time, late, overdue (per ``today``) or still to do."""
    meeting = dt.date.fromisoformat(facts["meeting_date"])
    dl = _back(meeting, days, f"{what_zh}最迟日期", f"last day for: {what_en}")
    late = BLOCKED if binding else WARNING
    when = "会前" if days == 0 else f"会前 {days} 日"
    if fact in facts:
        done = dt.date.fromisoformat(facts[fact])
        trace = [f"{what_zh} {iso(done)} {'≤' if done <= dl.date else '>'} 最迟 {iso(dl.date)}（{when}）"]
        if done <= dl.date:
            return ctx.finding(
                ALLOWED,
                f"{what_zh}符合时限",
                f"{what_en}: on time",
                trace=trace,
                deadlines=[dl],
                extra=extra,
                cites=cites,
                own=False,
            )
        return ctx.finding(
            late,
            f"{what_zh}晚于时限（应不迟于 {iso(dl.date)}）",
            f"{what_en}: late (due by {iso(dl.date)})",
            trace=trace,
            deadlines=[dl],
            extra=extra,
            cites=cites,
            own=False,
        )
    today = facts.get("today")
    if today and dt.date.fromisoformat(today) > dl.date:
        return ctx.finding(
            late,
            f"尚未{what_zh}，已过最迟日期 {iso(dl.date)}",
            f"{what_en}: not done and past {iso(dl.date)}",
            trace=[f"今天 {today} > 最迟 {iso(dl.date)}"],
            deadlines=[dl],
            extra=extra,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        f"须于 {iso(dl.date)} 前{what_zh}",
        f"{what_en}: due by {iso(dl.date)}",
        trace=[f"会议 {iso(meeting)}，{when} → {iso(dl.date)}"],
        deadlines=[dl],
        extra=extra,
        cites=cites,
        own=False,
    )


NOTICE_PARAMS = [f"meeting.{b}.{p}" for b in MEETING_BODIES for p in ("notice_days", "notice_binding")]


@rule(
    "meeting.agenda.notice",
    check="meeting.agenda",
    agencies=[TY, WS, DB, BC],
    cites=_cites(WRITTEN_NOTICE),
    params=NOTICE_PARAMS,
)
def agenda_notice(facts: Any, ctx: RuleContext) -> list[Finding]:
    """会议通知时限（日历日，倒数自会议日）：通榆局长办公会、白城党组会和主任办公会“一般提前一天”（逾期为提醒）；
    区局党组会“提前1—2天”（读作至迟提前一天，逾期不得上会）；文山党组会“事前告知”、通榆党组会“会前书面通知”
    （会议当天开会前告知仍属会前；未告知的不得上会）。"""
    body = _body(facts, ctx)
    days = ctx.param_or(f"meeting.{body}.notice_days")
    out: list[Finding] = []
    written = WRITTEN_NOTICE.get(ctx.agency, {}).get(body)
    if written and facts.get("notice_in_writing") is False:
        out.append(
            ctx.finding(
                BLOCKED,
                "议题须书面通知党组成员",
                "the agenda must be notified to members in writing",
                trace=["书面通知：否"],
                cites=[written[0]],
                own=False,
            )
        )
    if days is None:
        return out
    binding = bool(ctx.param(f"meeting.{body}.notice_binding"))
    out.append(
        _timely(
            ctx,
            facts,
            "notified_on",
            int(days),
            binding,
            "通知参会人员",
            "notify the participants",
            [ctx.param_cited(f"meeting.{body}.notice_days")],
        )
    )
    return out


SUBMIT_PARAMS = [f"meeting.{b}.submit_days" for b in MEETING_BODIES]


@rule("meeting.agenda.submission", check="meeting.agenda", agencies=[TY, DB, BC], cites=[], params=SUBMIT_PARAMS)
def agenda_submission(facts: Any, ctx: RuleContext) -> Finding | None:
    """议题报送时限：区局党组会议题提请人“应提前一周报送”（7 个日历日，逾期不得上本次会）；通榆、白城局长/主任办公会、
    区局局长办公会议题“在会前”交办公室（人秘科、综合科）。"""
    body = _body(facts, ctx)
    days = ctx.param_or(f"meeting.{body}.submit_days")
    if days is None:
        return None
    return _timely(
        ctx,
        facts,
        "submitted_on",
        int(days),
        True,
        "报送议题",
        "submit the item",
        [ctx.param_cited(f"meeting.{body}.submit_days")],
    )


MATERIALS_PARAMS = [
    f"meeting.{b}.{p}" for b in [*MEETING_BODIES, "sanzhong_yida"] for p in ("materials_days", "materials_binding")
]


@rule(
    "meeting.agenda.materials",
    check="meeting.agenda",
    agencies=[TY, WS, BC],
    cites=[],
    params=[*MATERIALS_PARAMS, "decision.sanzhong_yida.kinds"],
)
def agenda_materials(facts: Any, ctx: RuleContext) -> Finding | None:
    """会议材料送达：文山党组会、局长办公会应在会议召开前送达；白城党组会与通知同时（一般提前一天，逾期提醒）；
    白城“三重一大”须在会前送达；通榆党组会“必要时”事先发到（只在给出送达日期时校验，逾期提醒）。"""
    body = _body(facts, ctx)
    prefix = f"meeting.{body}"
    if _is_sanzhong(facts, ctx) and ctx.param_or("meeting.sanzhong_yida.materials_days") is not None:
        prefix = "meeting.sanzhong_yida"
    days = ctx.param_or(f"{prefix}.materials_days")
    if days is None:
        return None
    binding = bool(ctx.param(f"{prefix}.materials_binding"))
    if not binding and "materials_sent_on" not in facts and ctx.agency == TY:
        return None  # 通榆：材料“必要时”才事先分发
    return _timely(
        ctx,
        facts,
        "materials_sent_on",
        int(days),
        binding,
        "送达会议材料",
        "deliver the papers",
        [ctx.param_cited(f"{prefix}.materials_days")],
    )


# preparation requirements: (fact, condition, bodies, kinds, cite, quote, message zh, message en)
#   fact "alternatives>=1" / "alternatives>=2" compare the count; condition names a fact that must be true
#   ("!urgent": must not be urgent; "sanzhong": the item is 三重一大)
PREP: dict[
    str, list[tuple[str, tuple[str, ...], tuple[str, ...] | None, tuple[str, ...] | None, str, str, str, str]]
] = {
    TY: [
        (
            "consulted",
            (),
            ("party_group",),
            None,
            "tongyu-hrss:2:5.1",
            "须事先搞好调查研究，广泛征求各方面意见",
            "党组会议题须事先调查研究、广泛征求意见",
            "a Party-group item must be researched and consulted beforehand",
        ),
        (
            "has_proposal",
            (),
            ("party_group",),
            None,
            "tongyu-hrss:2:5.1",
            "形成目标明确、措施具体的初步方案和意见",
            "党组会议题须形成目标明确、措施具体的初步方案和意见",
            "a Party-group item needs a concrete draft proposal",
        ),
        (
            "has_proposal",
            (),
            ("directors_meeting",),
            None,
            "tongyu-hrss:3:10",
            "明确提出需要解决的主要问题或建议方案，提供必要的参考资料",
            "议题须明确提出主要问题或建议方案并提供参考资料",
            "the item must state the problem or proposal with references",
        ),
    ],
    WS: [
        (
            "deputy_reviewed",
            (),
            ("directors_meeting",),
            None,
            "wenshan-hrss:15:2.2.1",
            "科室提出需要局长办公会议讨论的议题并准备好相关材料报分管局领导审核",
            "议题须准备材料并经分管局领导审核",
            "the item needs papers reviewed by the deputy in charge",
        ),
        (
            "handling_opinion",
            (),
            ("case_panel",),
            None,
            "wenshan-hrss:28:1.1",
            "必须是经相关办案机构讨论形成处理意见并已提交政策法规科复核后的案件",
            "案件须经办案机构讨论形成处理意见",
            "the handling body must have formed an opinion",
        ),
        (
            "legal_review",
            (),
            ("case_panel",),
            None,
            "wenshan-hrss:28:1.1",
            "必须是经相关办案机构讨论形成处理意见并已提交政策法规科复核后的案件",
            "案件须已提交政策法规科复核",
            "the case must have been re-checked by the policy and regulation section",
        ),
    ],
    DB: [
        (
            "consulted",
            (),
            ("party_group",),
            (
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "project",
                "large_fund",
                "sanzhong_yida",
                "major_case",
                "integrity",
            ),
            "district-bureau:3:3.1",
            "未经协调和征求意见的或未达成一致意见的,不予安排上会",
            "重大议题未经会前协调和征求意见，不予安排上会",
            "a major item not consulted beforehand may not go on the agenda",
        ),
        (
            "consensus",
            (),
            ("party_group",),
            (
                "major_decision",
                "cadre_appointment",
                "cadre_transfer",
                "project",
                "large_fund",
                "sanzhong_yida",
                "major_case",
                "integrity",
            ),
            "district-bureau:3:3.1",
            "未经协调和征求意见的或未达成一致意见的,不予安排上会",
            "重大议题会前沟通未达成一致，不予安排上会",
            "a major item without agreement after consultation may not go on the agenda",
        ),
        (
            "research_report",
            ("!urgent",),
            ("party_group",),
            MAJOR_31,
            "district-bureau:31:8",
            "形成决策调研报告",
            "重大决策须先形成决策调研报告",
            "a major decision needs a research report",
        ),
        (
            "public_consultation",
            ("broad_public_impact", "!urgent"),
            ("party_group",),
            MAJOR_31,
            "district-bureau:31:10",
            "充分听取社会公众对重大决策备选方案的意见,并将意见及采纳情况形成报告",
            "涉及面广、与群众利益密切相关的决策须听取公众意见并形成报告",
            "broad-impact decisions need a public consultation report",
        ),
        (
            "alternatives>=1",
            ("!urgent",),
            ("party_group",),
            MAJOR_31,
            "district-bureau:31:11.1",
            "决策备选方案",
            "提交党组会议审议须报送决策备选方案",
            "the alternative scheme(s) must be submitted",
        ),
        (
            "alternatives>=2",
            ("alternatives_required", "!urgent"),
            ("party_group",),
            MAJOR_31,
            "district-bureau:31:9",
            "应当根据实际情况拟订两个以上决策备选方案",
            "需多方案比较或存在争议的，须拟订两个以上备选方案",
            "two or more alternatives are required",
        ),
        (
            "explanation",
            ("!urgent",),
            ("party_group",),
            MAJOR_31,
            "district-bureau:31:11.2",
            "成本效益分析意见等",
            "须报送决策备选方案说明（法规政策依据、各方意见、成本效益分析）",
            "an explanation with cost-benefit analysis is required",
        ),
    ],
    BC: [
        (
            "has_proposal",
            (),
            ("directors_meeting",),
            None,
            "baicheng-fupin:3:4.2",
            "明确提出需要解决的主要问题或建议方案，提供必要的参考资料",
            "议题须明确提出主要问题或建议方案并提供参考资料",
            "the item must state the problem or proposal with references",
        ),
        (
            "preferred_opinion",
            (),
            ("party_group",),
            None,
            "baicheng-fupin:2:3.2",
            "表明呈报科室的倾向性意见",
            "党组会议文件须表明呈报科室的倾向性意见",
            "the papers must state the submitting section's preferred option",
        ),
        (
            "consulted",
            ("sanzhong",),
            ("party_group", "directors_meeting"),
            None,
            "baicheng-fupin:4:5.1.1",
            "由分管领导牵头负责进行调查研究，充分听取各方面意见",
            "“三重一大”事项决策前须由分管领导牵头调查研究、听取意见",
            "research and consultation led by the deputy in charge are required",
        ),
        (
            "public_consultation",
            ("sanzhong", "broad_public_impact"),
            ("party_group", "directors_meeting"),
            None,
            "baicheng-fupin:4:5.1.1",
            "通过举行座谈会、论证会、听证会等听取意见",
            "社会涉及面广、与群众密切相关的事项须举行座谈会、论证会、听证会等听取意见",
            "public hearings are required",
        ),
    ],
}


@rule(
    "meeting.agenda.preparation",
    check="meeting.agenda",
    agencies=AGENCIES,
    cites=[(e[4], e[5]) for rows in PREP.values() for e in rows]
    + [("district-bureau:31:2", "但突发性或紧急情况的重大决策除外")],
    params=["decision.sanzhong_yida.kinds"],
)
def agenda_preparation(facts: Any, ctx: RuleContext) -> Finding | None:
    """会前准备：议题材料（问题与方案、倾向性意见、分管领导审核）、会前沟通与一致（区局重大议题）、区局《依法行政
    工作规则》重大决策的调研报告、公众意见报告、备选方案（需比较或有争议时两个以上）、方案说明（突发、紧急的重大
    决策除外），白城“三重一大”的调查研究与听证，文山合议委员会的受理条件。只校验事实中给出的项目。"""
    body = _body(facts, ctx)
    kinds = _kinds(facts)
    sanzhong = bool(kinds & sanzhong_kinds(ctx))
    problems: list[tuple[str, str, str]] = []
    checked: list[str] = []
    for fact, conds, bodies, ks, cite, _, zh, en in PREP[ctx.agency]:
        if bodies is not None and body not in bodies:
            continue
        if ks is not None and not kinds & set(ks):
            continue
        if not all(
            (sanzhong if c == "sanzhong" else not facts.get("urgent") if c == "!urgent" else bool(facts.get(c)))
            for c in conds
        ):
            continue
        if fact.startswith("alternatives>="):
            if "alternatives" not in facts:
                continue
            ok = int(facts["alternatives"]) >= int(fact[-1])
        elif fact not in facts:
            continue
        else:
            ok = bool(facts[fact])
        checked.append(cite)
        if not ok:
            problems.append((cite, zh, en))
    urgent_major = (
        ctx.agency == DB and body == "party_group" and bool(kinds & set(MAJOR_31)) and bool(facts.get("urgent"))
    )
    if not checked and not urgent_major:
        return None
    cites = list(dict.fromkeys([*checked, *(["district-bureau:31:2"] if urgent_major else [])]))
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(zh for _, zh, _ in problems),
            "; ".join(en for _, _, en in problems),
            trace=[f"缺：{zh}" for _, zh, _ in problems],
            cites=list(dict.fromkeys(c for c, _, _ in problems)),
            own=False,
        )
    note = "（突发性或紧急情况的重大决策不适用《依法行政工作规则》的方案准备程序）" if urgent_major else ""
    return ctx.finding(
        ALLOWED,
        f"会前准备符合要求{note}",
        "preparation complete" + (" (emergency major decisions are outside the procedure)" if urgent_major else ""),
        trace=[f"已核 {len(checked)} 项"],
        cites=cites,
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# meeting.cadence — how often each body meets (每月、每半月、每季度、每周、每年)
# ---------------------------------------------------------------------------------------------------------------

PERIOD_ZH = {"month": "每月", "half_month": "每半月", "quarter": "每季度", "week": "每周", "year": "每年"}

CADENCE = check(
    "meeting.cadence",
    "会议频次（本期已召开次数）",
    "Meeting cadence (meetings held in the current period)",
    {
        "type": "object",
        "required": ["body", "held"],
        "additionalProperties": False,
        "properties": {
            "body": {
                "enum": CADENCE_BODIES,
                "description": "会议（另有 monday_meeting 周一例会、"
                "annual_conference 年度工作会议、"
                "county_symposium 各县局长座谈会） · the meeting",
            },
            "held": _count(
                "本期（当月、当半月、当季、当周、当年）已召开次数", "meetings held so far in the current period", 100
            ),
            "today": bilingual(DATE, "今天（默认为校验日期）", "today (default: the verdict date)（YYYY-MM-DD）"),
            "duration_minutes": _count("本次会议时长（分钟）", "length of the meeting in minutes", 1440),
        },
    },
)
CADENCE_PARAMS = [f"meeting.{b}.{p}" for b in CADENCE_BODIES for p in ("period", "per_period", "per_period_max")]


def period_end(day: dt.date, period: str) -> dt.date:
    """The last day of the period containing ``day`` (week: its Monday, the day the weekly meeting is due)."""
    if period == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "half_month":
        return day.replace(day=15) if day.day <= 15 else day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "quarter":
        m = (day.month - 1) // 3 * 3 + 3
        return dt.date(day.year, m, calendar.monthrange(day.year, m)[1])
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    return dt.date(day.year, 12, 31)


@rule(
    "meeting.cadence",
    check="meeting.cadence",
    agencies=AGENCIES,
    cites=[],
    params=[*CADENCE_PARAMS, "meeting.monday_meeting.max_hours"],
)
def cadence(facts: Any, ctx: RuleContext) -> list[Finding]:
    """频次：党组会、机关党委会每月 1 次；局长（主任）办公会通榆、白城每月 1 至 2 次，文山每月 1 次，区局每半月 1 次；
    局务会每季度 1 次；区局科务会每月 1 次；文山周一例会每周一上午、1 小时以内，年度工作会议年初 1 次、局长座谈会
    年中 1 次。文本均为“一般”“原则上”或频次安排，少开、多开作提醒，不阻止；期限为本期最后一日（周例会为本周一）。"""
    body: str = facts["body"]
    period = ctx.param_or(f"meeting.{body}.period")
    if period is None:
        raise BadInput(
            f"本机构的制度没有规定{BODY_ZH[body]}的召开频次（body）",
            f"the agency's rules set no cadence for the {BODY_EN[body]} (body)",
            "body",
        )
    today = dt.date.fromisoformat(facts["today"]) if "today" in facts else ctx.on
    held = int(facts["held"])
    least = int(ctx.param(f"meeting.{body}.per_period"))
    most = ctx.param_or(f"meeting.{body}.per_period_max")
    extra = [ctx.param_cited(f"meeting.{body}.per_period")]
    end = period_end(today, period)
    span = f"{least}" if most is None else f"{least} 至 {most}"
    trace = [f"{PERIOD_ZH[period]} {span} 次；本期已开 {held} 次；本期截止 {iso(end)}"]
    out: list[Finding] = []
    due = Deadline(
        end,
        f"{BODY_ZH[body]}本期应召开的最后日期",
        f"last day of the period for the {BODY_EN[body]}",
        False,
        (f"{iso(today)} 所在期 → {iso(end)}",),
    )
    if held < least:
        overdue = today > end
        out.append(
            ctx.finding(
                WARNING,
                f"{BODY_ZH[body]}{PERIOD_ZH[period]}应召开 {span} 次，本期已开 {held} 次"
                + ("，已过期" if overdue else f"，请于 {iso(end)} 前召开"),
                f"the {BODY_EN[body]} should meet {span} time(s) per {period}; {held} so far",
                trace=trace,
                deadlines=[] if period == "year" else [due],
                extra=extra,
                own=False,
            )
        )
    elif most is not None and held > int(most):
        out.append(
            ctx.finding(
                WARNING,
                f"{BODY_ZH[body]}{PERIOD_ZH[period]}一般召开 {span} 次，本期已开 {held} 次，超过常规频次",
                f"the {BODY_EN[body]} normally meets {span} times per {period}; {held} is more",
                trace=trace,
                extra=extra,
                own=False,
            )
        )
    else:
        out.append(
            ctx.finding(
                ALLOWED,
                f"{BODY_ZH[body]}本期已召开 {held} 次，符合{PERIOD_ZH[period]} {span} 次",
                f"{held} meeting(s) this {period}: cadence met",
                trace=trace,
                extra=extra,
                own=False,
            )
        )
    hours = ctx.param_or(f"meeting.{body}.max_hours")
    if hours is not None and "duration_minutes" in facts:
        minutes = int(facts["duration_minutes"])
        limit = int(hours) * 60
        ok = minutes <= limit
        out.append(
            ctx.finding(
                ALLOWED if ok else WARNING,
                f"会议时长 {minutes} 分钟{'，在' if ok else '，超过'} {hours} 小时以内的要求",
                f"{minutes} minutes: {'within' if ok else 'over'} the {hours}-hour limit",
                trace=[f"{minutes} 分钟 {'≤' if ok else '>'} {limit} 分钟"],
                extra=[ctx.param_cited(f"meeting.{body}.max_hours")],
                own=False,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------------------------
# meeting.minutes — record, contents, signatures, circulation
# ---------------------------------------------------------------------------------------------------------------

FIELDS = [
    "time",
    "place",
    "chair",
    "participants",
    "attendees",
    "on_leave",
    "topic",
    "case_cause",
    "views",
    "reasons",
    "votes",
    "decision",
    "decision_method",
]
FIELDS_ZH = {
    "time": "时间",
    "place": "地点",
    "chair": "主持人",
    "participants": "参会人员",
    "attendees": "列席人员",
    "on_leave": "请假人员",
    "topic": "议题",
    "case_cause": "案由",
    "views": "各人观点意见（每项议题讨论情况）",
    "reasons": "理由",
    "votes": "表决情况",
    "decision": "决议（最后决定）",
    "decision_method": "决策方式",
}

MINUTES = check(
    "meeting.minutes",
    "会议记录（记录、内容、签名、通报）",
    "Minutes (kept, contents, signatures, circulation)",
    {
        "type": "object",
        "required": ["body"],
        "additionalProperties": False,
        "properties": {
            "body": BODY,
            "topic_kinds": TOPIC_KINDS,
            "recorded": bilingual(FLAG, "是否由指定人员做了会议记录", "minutes were taken by the designated person"),
            "archived": bilingual(FLAG, "记录是否已归档", "the minutes were filed"),
            "fields": {
                "type": "array",
                "items": {"enum": FIELDS},
                "uniqueItems": True,
                "description": "记录已载明的内容：time 时间，place 地点，chair 主持人，participants 参会人员，"
                "attendees 列席，"
                "on_leave 请假人员，topic 议题，case_cause 案由，views 观点意见，reasons 理由，votes 表决情况，"
                "decision 决议，decision_method 决策方式 · what the minutes record",
            },
            "voters": _ids("参会表决人员（人员编号）", "members who voted (ids)"),
            "members": _ids("全体班子成员（人员编号）", "all leadership members (ids)"),
            "signed_by": _ids("已在记录或纪要上签名的人员", "people who signed the minutes (ids)"),
            "major": bilingual(FLAG, "是否研究重大事项（须草拟纪要由全体班子成员签字）", "major matters decided"),
            "passed": bilingual(FLAG, "议题是否经会议研究通过", "the item was passed"),
            "classified": bilingual(FLAG, "决策事项是否涉密", "the decision is classified"),
            "circulated": bilingual(FLAG, "决策事项是否已在全办内通报", "the decision was circulated office-wide"),
            "disclosed": bilingual(
                FLAG, "重大决策是否已依法公开（政府信息公开系统、新闻媒体）", "the decision was disclosed publicly"
            ),
            "access": {
                "enum": ["read", "extract", "copy"],
                "description": "申请查阅、摘抄或复印讨论记录（合议委员会）"
                " · request to read, extract or copy the records",
            },
            "access_approved_by": {
                "enum": ["director", "deputy_director", "other", "none"],
                "description": "查阅、复印的批准人：director 合议委员会主任，deputy_director 副主任，"
                "other 其他人，none 未批准"
                " · who approved the access",
            },
        },
    },
)

# (bodies, kinds, required fields, needs archive, cite, quote)
RECORD: dict[str, list[tuple[tuple[str, ...] | None, str | None, tuple[str, ...], bool, str, str]]] = {
    TY: [
        (("party_group",), None, (), True, "tongyu-hrss:2:5.5", "会议由局机关党委专职副书记负责记录、整理"),
        (
            ("directors_meeting",),
            None,
            ("views", "votes", "decision"),
            False,
            "tongyu-hrss:3:13",
            "应详细记录参会人员和列席人员的观点、意见以及表决情况和最终决议",
        ),
    ],
    WS: [
        (
            ("party_group", "directors_meeting"),
            None,
            ("views", "decision_method", "decision"),
            False,
            "wenshan-hrss:11:2.4",
            "必须指定专人进行会议记录",
        ),
        (
            ("case_panel",),
            None,
            ("topic", "case_cause", "views", "reasons", "votes", "decision"),
            True,
            "wenshan-hrss:28:3.1",
            "主要内容包括:议题、案由、主要观点、理由、意见以及表决情况和决议等",
        ),
    ],
    DB: [
        (
            ("party_group",),
            None,
            (),
            False,
            "district-bureau:3:4.2",
            "负责会前准备、会议记录、会后督办、材料收集等工作",
        ),
        (("party_group",), "major31", (), True, "district-bureau:31:13", "办公室要做好会议记录,并归入档案"),
        (("party_committee",), None, (), True, "district-bureau:5:6", "每次会议要指定专人做好记录,存档备查"),
    ],
    BC: [
        (
            ("party_group",),
            None,
            ("views", "votes", "decision"),
            True,
            "baicheng-fupin:2:5.4",
            "按日期前后装订成册，归入档案，永久保存",
        ),
        (
            ("directors_meeting",),
            None,
            ("views", "votes", "decision"),
            False,
            "baicheng-fupin:3:4.4",
            "主任办公会议由综合科科长做好会议记录",
        ),
        (
            ("party_group", "directors_meeting"),
            "sanzhong",
            ("time", "place", "chair", "participants", "attendees", "on_leave", "views", "decision"),
            False,
            "baicheng-fupin:4:5.2.5",
            "指定专人记录会议时间、地点、主持人、参会人员、列席人员、请假人员",
        ),
    ],
}


@rule(
    "meeting.minutes.record",
    check="meeting.minutes",
    agencies=AGENCIES,
    cites=[(e[4], e[5]) for rows in RECORD.values() for e in rows],
    params=["decision.sanzhong_yida.kinds"],
)
def minutes_record(facts: Any, ctx: RuleContext) -> Finding | None:
    """会议记录：须由指定人员记录；文本列明的内容须载明（通榆局长办公会、白城党组会和主任办公会：观点、表决情况、决议；
    白城“三重一大”：时间、地点、主持人、参会、列席、请假人员、讨论情况、最后决定；文山合议委员会：议题、案由、观点、
    理由、表决情况、决议；文山第七条：每位成员意见、决策方式和内容）；要求归档的须归档。只校验给出的事实。"""
    body = _body(facts, ctx)
    kinds = _kinds(facts)
    need: list[str] = []
    archive = False
    cites: list[str] = []
    for bodies, ks, fields, arch, cite, _ in RECORD[ctx.agency]:
        if bodies is not None and body not in bodies:
            continue
        if ks == "sanzhong" and not kinds & sanzhong_kinds(ctx):
            continue
        if ks == "major31" and not kinds & set(MAJOR_31):
            continue
        need += [f for f in fields if f not in need]
        archive = archive or arch
        cites.append(cite)
    if not cites or not ({"recorded", "archived", "fields"} & set(facts)):
        return None
    problems: list[str] = []
    if facts.get("recorded") is False:
        problems.append("未由指定人员做会议记录")
    if archive and facts.get("archived") is False:
        problems.append("会议记录未归档")
    if "fields" in facts:
        missing = [f for f in need if f not in facts["fields"]]
        if missing:
            problems.append("记录缺少：" + "、".join(FIELDS_ZH[f] for f in missing))
    trace = [f"应载明：{'、'.join(FIELDS_ZH[f] for f in need) or '（未列明）'}；须归档：{'是' if archive else '否'}"]
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(problems),
            "the minutes are incomplete",
            trace=trace + problems,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        ALLOWED, "会议记录符合要求", "the minutes meet the requirements", trace=trace, cites=cites, own=False
    )


@rule(
    "meeting.minutes.signatures",
    check="meeting.minutes",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:28:3.2", "合议委员会的会议记录需由参会表决人员签名方为有效"),
        ("wenshan-hrss:11:2.4", "要草拟会议纪要,由全体班子成员签字认可"),
    ],
    needs=["voters", "members"],
)
def minutes_signatures(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山：合议委员会会议记录须由参会表决人员签名方为有效；研究重大事项的会议纪要由全体班子成员签字认可。"""
    body = _body(facts, ctx)
    signed = set(facts.get("signed_by", ()))
    if body == "case_panel" and "voters" in facts:
        need, cite, who = facts["voters"], "wenshan-hrss:28:3.2", "参会表决人员"
    elif body in ("party_group", "directors_meeting") and facts.get("major") and "members" in facts:
        need, cite, who = facts["members"], "wenshan-hrss:11:2.4", "全体班子成员"
    else:
        return None
    missing = [p for p in need if p not in signed]
    trace = [f"应签名 {len(need)} 人，已签 {len(need) - len(missing)} 人；未签：{'、'.join(missing) or '无'}"]
    if missing:
        return ctx.finding(
            BLOCKED,
            f"{who}尚有 {len(missing)} 人未签名，记录（纪要）不生效",
            f"{len(missing)} required signature(s) missing: the minutes are not valid",
            trace=trace,
            cites=[cite],
            own=False,
        )
    return ctx.finding(
        ALLOWED, f"{who}均已签名", "all required signatures present", trace=trace, cites=[cite], own=False
    )


@rule(
    "meeting.minutes.disclosure_art5",
    check="meeting.minutes",
    agencies=[DB],
    cites=[
        (
            "district-bureau:31:5",
            "重大决策应当通过政府信息公开系统、新闻媒体等方式依法公开。但涉及国家秘密、商业秘密和个人隐私的事项除外",
        )
    ],
    needs=["passed"],
)
def minutes_disclosure(facts: Any, ctx: RuleContext) -> Finding | None:
    """区局《依法行政工作规则》第五条：重大决策应当依法公开（政府信息公开系统、新闻媒体等），涉及国家秘密、商业秘密
    和个人隐私的除外。未公开作提醒。"""
    body = _body(facts, ctx)
    if body != "party_group" or not facts.get("passed") or not _kinds(facts) & set(MAJOR_31):
        return None
    cite = ["district-bureau:31:5"]
    if facts.get("classified"):
        return ctx.finding(
            ALLOWED, "涉及秘密或个人隐私，不予公开", "secret or private: not disclosed", cites=cite, own=False
        )
    if facts.get("disclosed") is False:
        return ctx.finding(
            WARNING,
            "重大决策应当通过政府信息公开系统、新闻媒体等方式依法公开",
            "the major decision should be disclosed publicly",
            trace=["通过；不涉密；未公开"],
            cites=cite,
            own=False,
        )
    return ctx.finding(ALLOWED, "重大决策依法公开", "the major decision is (to be) disclosed", cites=cite, own=False)


@rule(
    "meeting.minutes.circulation",
    check="meeting.minutes",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:46", "会议研究通过，形成会议纪要"),
        ("baicheng-fupin:46", "非涉密的决策事项在全办内通报"),
    ],
    needs=["passed"],
)
def minutes_circulation(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城《办主要领导权力运行流程图》：会议研究通过，形成会议纪要；非涉密的决策事项在全办内通报，然后贯彻落实。
    未通过的分支（“会议未通过”）流程图未画出去向，不作判断。"""
    _body(facts, ctx)
    if not facts.get("passed"):
        return None
    if facts.get("classified"):
        return ctx.finding(
            ALLOWED,
            "涉密决策事项，不在全办通报",
            "classified decision: not circulated",
            cites=["baicheng-fupin:46"],
            own=False,
        )
    if facts.get("circulated") is False:
        return ctx.finding(
            WARNING,
            "会议通过的非涉密决策事项应在全办内通报",
            "a non-classified decision should be circulated office-wide",
            trace=["通过；非涉密；未通报"],
            cites=["baicheng-fupin:46"],
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        "会议通过：形成会议纪要，非涉密决策事项在全办内通报" + ("（已通报）" if facts.get("circulated") else ""),
        "passed: minutes drawn up; circulate the non-classified decision office-wide",
        cites=["baicheng-fupin:46"],
        own=False,
    )


@rule(
    "meeting.minutes.access_art24",
    check="meeting.minutes",
    agencies=[WS],
    cites=[("wenshan-hrss:28:3.2", "因特殊情况需要查阅或复印的,必须经合议委员会主任或者副主任批准")],
    needs=["access"],
)
def minutes_access(facts: Any, ctx: RuleContext) -> Finding | None:
    """文山合议委员会：讨论记录不得随便查阅、摘抄或复印；确需查阅或复印的须经合议委员会主任或者副主任批准。"""
    if _body(facts, ctx) != "case_panel":
        return None
    by = facts.get("access_approved_by", "none")
    trace = [f"申请：{ {'read': '查阅', 'extract': '摘抄', 'copy': '复印'}[facts['access']] }；批准人：{by}"]
    if by in ("director", "deputy_director"):
        return ctx.finding(
            ALLOWED,
            "已经合议委员会主任（副主任）批准",
            "approved by the committee director or deputy director",
            trace=trace,
            cites=["wenshan-hrss:28:3.2"],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        "查阅、摘抄或复印合议记录须经合议委员会主任或者副主任批准",
        "reading or copying the records needs the committee director's or deputy director's approval",
        trace=trace,
        cites=["wenshan-hrss:28:3.2"],
        own=False,
    )
