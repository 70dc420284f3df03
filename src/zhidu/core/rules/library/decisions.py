"""Collective decisions: which body decides an item (“三重一大” by kind and amount), the 五不直接分管 portfolio rule,
who may change a decision, and 文山 重大事项请示报告.

制度 implemented (citation ids in brackets):
- 通榆 《“一把手”权力运行制约制度》[tongyu-hrss:1] 第四条 五个不直接管, 第五条 “三重一大”集体决定;
  《党组会议制度》[tongyu-hrss:2] 第二条、第三条（一）、第四条 议事范围, 第七条（三）复议;
  《局长办公会议制度》[tongyu-hrss:3] 第二至四条 议事范围, 第十一条;
  大额起点 《财务管理制度》第五条（一）五千元以上（含）.
- 文山 《会议制度》[wenshan-hrss:15] 党组会议、局长办公会议议事范围、复议; 《重大案件合议制度》[wenshan-hrss:28];
  《重大事项请示报告制度》[wenshan-hrss:12]; 大额起点 《财务管理制度》第三十七条（三）5000 元以上.
- 区局 《党组会议议事规则》[district-bureau:3] 议事范围、临机处置、纪检组报告、不得擅自改变;
  《机关党委会议制度》[district-bureau:5];
  《依法行政工作规则》[district-bureau:31] 重大决策范围、不得以传阅会签替代会议、执行牵头;
  《机关行政工作会议制度》[district-bureau:32]; 大额起点 《财务管理制度》二 10000 元以上.
- 白城 《党组议事规则》[baicheng-fupin:2]、《主任办公会议议事规则》[baicheng-fupin:3]、
  《“三重一大”事项决策制度》[baicheng-fupin:4] 四 主要内容（2 万元以上、捐赠 1 万元以上）、决策变更、紧急处置;
  《一把手“五不直接分管”和“末位表态”制度》[baicheng-fupin:10]; 《办主要领导权力运行流程图》[baicheng-fupin:46].

The amounts only classify agenda items; the expenditure approval chains are the finance rules' business.
Readings: 以上 includes the amount (5000 / 10000 / 20000 / 10000 元 each suffice). Where a kind of item appears in two
bodies' scopes of one agency, a ``decision.route.*_body`` parameter records which body was chosen and why.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..helpers import FLAG, MONEY, bilingual, money, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Finding
from ..registry import RuleContext, check, rule
from .meetings import (
    AGENCIES,
    BC,
    BODY_EN,
    BODY_ROLE,
    BODY_ZH,
    DB,
    DISCIPLINE,
    KIND_ZH,
    KINDS,
    TY,
    WS,
    _cites,
    sanzhong_kinds,
)
from .meetings import (
    _count as _count_prop,
)

AMOUNT_KINDS = ("fund_use", "procurement", "donation")
AREAS = [
    "finance",  # 财务
    "personnel",  # 人事（干部人事）
    "procurement",  # 物资采购
    "construction",  # 工程（项目）建设
    "admin_approval",  # 行政审批
    "general",  # 主持全面工作
    "party_building",  # 党建
    "business",  # 业务
    "office",  # 办公室、综合
    "discipline",  # 纪检
    "other",
]
AREA_ZH = {
    "finance": "财务",
    "personnel": "人事",
    "procurement": "物资采购",
    "construction": "工程建设",
    "admin_approval": "行政审批",
    "general": "全面工作",
    "party_building": "党建",
    "business": "业务",
    "office": "办公室",
    "discipline": "纪检",
    "other": "其他",
}
FIVE = ("finance", "personnel", "procurement", "construction", "admin_approval")


# ---------------------------------------------------------------------------------------------------------------
# decision.route — which body must decide an item; is it “三重一大”; must the discipline body be told
# ---------------------------------------------------------------------------------------------------------------

ROUTE_CHECK = check(
    "decision.route",
    "事项由谁决策（“三重一大”判定与决策机构）",
    "Which body decides the item (“three-important-one-large” classification)",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": KINDS,
                "description": "事项类别（fund_use 资金使用、procurement 物资采购、donation 捐赠须给出金额）"
                " · kind of item",
            },
            "amount": {**MONEY, "description": "金额（元），资金、采购、捐赠事项必填 · amount in yuan"},
            "emergency": bilingual(FLAG, "是否重大突发事件或紧急情况", "a major emergency"),
            "whole_office": bilingual(FLAG, "是否涉及全局（全办）的事项", "the matter concerns the whole bureau"),
            "area": {
                "enum": AREAS,
                "description": "事项所属工作领域（白城日常工作签批用） · area of work (for routine sign-off)",
            },
            "decided_in": {
                "enum": ["meeting", "circulation", "individual", "informal"],
                "description": "实际决策方式：meeting 会议集体决定，circulation 传阅会签，individual 个人决定，"
                "informal 会前酝酿、个别征求意见 · how the decision was (or is to be) taken",
            },
        },
        "allOf": [
            {
                "if": {"properties": {"kind": {"enum": list(AMOUNT_KINDS)}}, "required": ["kind"]},
                "then": {"required": ["amount"]},
            }
        ],
    },
)

P = "party_group"
D = "directors_meeting"
C = "case_panel"

# kind → (body or None, cite, quote); body None: no collective decision required
ROUTE: dict[str, dict[str, tuple[str | None, str, str]]] = {
    TY: {
        "sanzhong_yida": (P, "tongyu-hrss:2:3.1", "特别是涉及“三重一大”事项一律召开党组会集体决策"),
        "major_decision": (P, "tongyu-hrss:2:4.3", "人社工作发展规划、重大部署和重大事项"),
        "normative_document": (P, "tongyu-hrss:2:4.2", "制定拟订各类实施方案细则等重要规范性文件中的重大事项"),
        "cadre_appointment": (P, "tongyu-hrss:2:4.5", "重要人事任免等事项"),
        "cadre_transfer": (P, "tongyu-hrss:2:4.5", "重要人事任免等事项"),
        "party_discipline": (P, "tongyu-hrss:2:3.5", "讨论和决定干部任免、处分党员事项"),
        "cadre_reward_discipline": (P, "tongyu-hrss:2:4.9", "审计、巡视巡察、督查检查、考核奖惩等重大事项"),
        "audit_inspection": (P, "tongyu-hrss:2:4.9", "审计、巡视巡察、督查检查、考核奖惩等重大事项"),
        "organisation": (P, "tongyu-hrss:2:4.8", "职能配置、机构设置、人员编制事项"),
        "project": (P, "tongyu-hrss:2:4.6", "重大项目安排"),
        "asset_disposal": (P, "tongyu-hrss:2:4.7", "大额资金使用、大额资产处置、预算安排"),
        "budget": (P, "tongyu-hrss:2:4.7", "大额资金使用、大额资产处置、预算安排"),
        "party_building": (P, "tongyu-hrss:2:4.11", "党的建设方面的重大事项"),
        "integrity": (P, "tongyu-hrss:2:4.11", "党的建设方面的重大事项"),
        "work_plan": (D, "tongyu-hrss:3:2", "制定本单位工作方针、原则、工作重点、年度计划和工作制度"),
        "report_upward": (D, "tongyu-hrss:3:4", "审议并通过需要上报上级部门的重要行政事务的请示、报告等文件材料"),
        "business": (D, "tongyu-hrss:3:4", "研究决定局下属单位请示、报告的重要行政、业务等问题并作出相应的决定"),
        "routine": (
            None,
            "tongyu-hrss:3:11",
            "凡局领导及个别协商或召集有关部门协调能够解决的问题，可以不提交局长办公会议讨论",
        ),
    },
    WS: {
        "major_decision": (P, "wenshan-hrss:15:1.1.3", "年度工作计划、重大工作部署、重要政策、制度、措施"),
        "work_plan": (P, "wenshan-hrss:15:1.1.3", "年度工作计划、重大工作部署、重要政策、制度、措施"),
        "normative_document": (P, "wenshan-hrss:15:1.1.2", "讨论需以党组或人社局名义对外制发的重要工作部署的文件"),
        "organisation": (P, "wenshan-hrss:15:1.1.4", "研究内部机构的设置和调整、职能的确定及党组成员的分工"),
        "party_building": (P, "wenshan-hrss:15:1.1.5", "党组班子自身建设、干部队伍建设、党员队伍建设方面的工作"),
        "integrity": (P, "wenshan-hrss:15:1.1.5", "党组班子自身建设、干部队伍建设、党员队伍建设方面的工作"),
        "cadre_appointment": (P, "wenshan-hrss:15:1.1.6", "研究决定本局干部人事任免、推荐、考核、奖惩、教育管理等事项"),
        "cadre_transfer": (P, "wenshan-hrss:15:1.1.6", "研究决定本局干部人事任免、推荐、考核、奖惩、教育管理等事项"),
        "cadre_reward_discipline": (
            P,
            "wenshan-hrss:15:1.1.6",
            "研究决定本局干部人事任免、推荐、考核、奖惩、教育管理等事项",
        ),
        "reserve_cadre": (P, "wenshan-hrss:15:1.1.6", "研究决定本局干部人事任免、推荐、考核、奖惩、教育管理等事项"),
        "honour_recommendation": (
            P,
            "wenshan-hrss:15:1.1.6",
            "研究决定本局干部人事任免、推荐、考核、奖惩、教育管理等事项",
        ),
        "budget": (P, "wenshan-hrss:15:1.1.7", "社会保险基金的预决算草案"),
        "asset_disposal": (P, "wenshan-hrss:15:1.1.8", "研究决定本局大额经费支出和重要资产处理事项"),
        "recruitment": (D, "wenshan-hrss:15:2.1.1", "全州公务员考录及事业单位招聘及有关重要事项"),
        "staff_affairs": (
            D,
            "wenshan-hrss:15:2.1.2",
            "研究审核州直机关和事业单位人员调配、流动、选调、任免、评聘、考核、奖惩、辞退等事项",
        ),
        "business": (
            D,
            "wenshan-hrss:15:2.1.6",
            "研究创业促进就业、社会保险、劳动保障执法、仲裁争议、信访、劳动关系、基金管理等重要事项",
        ),
        "major_case": (C, "wenshan-hrss:28", "负责讨论研究和决定各类重大案件的行政处罚"),
    },
    DB: {
        "sanzhong_yida": (P, "district-bureau:3:3.3", "凡属重大决策、重要干部任免、重大项目安排和大额度资金的使用"),
        "major_decision": (P, "district-bureau:31:6", "重大决策应当经过局党组讨论决定"),
        "normative_document": (P, "district-bureau:31:4.1", "制定重要的规范性文件"),
        "work_plan": (P, "district-bureau:31:4.3", "编制全区X中长期规划、年度工作计划"),
        "major_case": (P, "district-bureau:31:4", "对疑难工伤案件的认定"),
        "report_upward": (P, "district-bureau:3:1.3", "审议向市区相关部门报送的重要请示、报告"),
        "cadre_appointment": (P, "district-bureau:3:1.4", "研究机构设置和干部的任免、调动、奖惩等问题"),
        "cadre_transfer": (P, "district-bureau:3:1.4", "研究机构设置和干部的任免、调动、奖惩等问题"),
        "cadre_reward_discipline": (P, "district-bureau:3:1.4", "研究机构设置和干部的任免、调动、奖惩等问题"),
        "organisation": (P, "district-bureau:3:1.4", "研究机构设置和干部的任免、调动、奖惩等问题"),
        "project": (P, "district-bureau:3:1.2", "研究重大项目和重大政策等问题"),
        "budget": (P, "district-bureau:3:1.6", "听取年度财务预决算情况,决定重大经费开支问题"),
        "asset_disposal": (P, "district-bureau:38:11", "凡固定资产转移、变卖、报废,必须经局党组研究决定"),
        "party_building": (P, "district-bureau:3:1.5", "研究党风、政风、行风建设工作"),
        "integrity": (P, "district-bureau:3:1.5", "研究党风、政风、行风建设工作"),
        "business": (D, "district-bureau:32:1", "各科室有需经局长办公会研究确定的问题,要事先提交办公室"),
        "party_affairs": (
            "party_committee",
            "district-bureau:5:4",
            "审查积极分子名单和党员发展对象名单",
        ),
    },
    BC: {
        "sanzhong_yida": (P, "baicheng-fupin:4:3.1", "凡属职责范围内的“三重一大”事项，都应集体讨论决定"),
        "major_decision": (P, "baicheng-fupin:2:1.2", "扶贫工作发展战略、重大部署和重大事项"),
        "work_plan": (P, "baicheng-fupin:2:1.2", "扶贫工作发展战略、重大部署和重大事项"),
        "organisation": (P, "baicheng-fupin:2:1.7", "职能配置、机构设置、人员编制事项"),
        "project": (P, "baicheng-fupin:2:1.5", "重大项目安排"),
        "audit_inspection": (P, "baicheng-fupin:2:1.8", "审计、巡察、督查检查、考核奖惩等重大事项"),
        "party_building": (P, "baicheng-fupin:2:1.10", "党的建设方面的重大事项"),
        "normative_document": (
            D,
            "baicheng-fupin:3:1.5",
            "审定以党组名义做出的重要决定以及以党组名义印发的重要文件",
        ),
        "report_upward": (D, "baicheng-fupin:3:1.2", "需要向市委市政府请示报告的重要事项"),
        "integrity": (
            D,
            "baicheng-fupin:3:1.4",
            "研究决定本单位纪律检查工作、党风廉政建设和反腐败工作中的重要事项和重大问题",
        ),
        "staff_affairs": (D, "baicheng-fupin:3:1.8", "人员调配、推荐、表彰、奖励、处分等事宜"),
        "business": (
            D,
            "baicheng-fupin:3:2.2",
            "凡行政职权范围内的问题，由主任办公会讨论决定，并将议定事项及时向办党组通报",
        ),
    },
}
# kinds whose body is a parameter (a reading between two texts): kind → parameter
BODY_PARAM: dict[str, dict[str, str]] = {
    TY: {"large_fund": "decision.route.large_fund_body"},
    WS: {"large_fund": "decision.route.large_fund_body"},
    DB: {"large_fund": "decision.route.large_fund_body"},
    BC: {
        "large_fund": "decision.route.large_fund_body",
        "budget": "decision.route.large_fund_body",
        "asset_disposal": "decision.route.large_fund_body",
        "cadre_appointment": "decision.route.personnel_body",
        "cadre_transfer": "decision.route.personnel_body",
        "cadre_reward_discipline": "decision.route.personnel_body",
        "reserve_cadre": "decision.route.personnel_body",
        "honour_recommendation": "decision.route.personnel_body",
        "recruitment": "decision.route.personnel_body",
    },
}
ROLE_BODY = {v: k for k, v in BODY_ROLE.items()}
# baicheng flow chart: routine and complex matters
BC46 = ("baicheng-fupin:46", "一般常规性工作")
BC46_COMPLEX = ("baicheng-fupin:46", "复杂或专业性比较强问题")
BC_FIVE = ("baicheng-fupin:10:1", "党政“一把手”不直接分管人事、财务、工程项目建设、物资采购、行政审批等五项工作")
BC_WHOLE = ("baicheng-fupin:3:2.1", "但涉及全办事项要在主任办公会议上通报")
BC_NOTIFY = ("baicheng-fupin:3:2.2", "并将议定事项及时向办党组通报")
TY_WHOLE = ("tongyu-hrss:3:11", "但涉及全局事项的应在局长办公会议上通报")
EMERGENCY: dict[str, tuple[str, str]] = {
    DB: ("district-bureau:3:2.4", "对重大突发事件和紧急情况,党组书记、副书记或成员可临机处置,事后及时向党组会报告"),
    BC: ("baicheng-fupin:4:5.3.2", "如遇重大突发事件和紧急情况作出临时处置的，应在事后及时向领导班子报告"),
}
UNMAPPED: dict[str, tuple[str, str]] = {
    TY: ("tongyu-hrss:2:4.12", "其他应当由局党组讨论和决定的重大问题"),
    WS: ("wenshan-hrss:15:1.1.10", "经党组书记提议,需要党组研究决定的其他重要事项"),
    DB: ("district-bureau:3:1.7", "研究决定其它问题"),
    BC: ("baicheng-fupin:2:1.11", "其他应当由党组讨论和决定的重大问题"),
}
ROUTE_PARAMS = [
    "decision.route.large_fund",
    "decision.route.large_donation",
    "decision.route.large_fund_body",
    "decision.route.personnel_body",
    "decision.sanzhong_yida.kinds",
]


class Route:
    """The classification of an item: the body that must decide (None: none), the clause, “三重一大” or not."""

    __slots__ = ("body", "cite", "extra", "kinds", "note_en", "note_zh", "sanzhong", "unmapped")

    def __init__(self) -> None:
        self.body: str | None = None
        self.cite: list[str] = []
        self.extra: list[str] = []  # parameter names whose clause to cite
        self.sanzhong = False
        self.unmapped = False
        self.kinds: set[str] = set()
        self.note_zh = ""
        self.note_en = ""


def classify(facts: Any, ctx: RuleContext) -> Route:
    """Route an item by kind and amount for the agency (shared by the route rules)."""
    r = Route()
    kind: str = facts["kind"]
    r.kinds = {kind}
    agency = ctx.agency
    sz = sanzhong_kinds(ctx)
    if kind in AMOUNT_KINDS or (kind == "large_fund" and "amount" in facts):
        amount = money(facts["amount"])
        name = "decision.route.large_donation" if kind == "donation" and agency == BC else "decision.route.large_fund"
        limit: Decimal = ctx.param(name)
        r.extra.append(name)
        if amount >= limit:
            r.kinds.add("large_fund")
            r.note_zh = f"金额 {yuan(amount)} ≥ {yuan(limit)}，属大额"
            r.note_en = f"{amount} ≥ {limit} yuan: a large amount"
            kind = "large_fund"
        else:
            r.note_zh = f"金额 {yuan(amount)} < {yuan(limit)}，未达大额起点"
            r.note_en = f"{amount} < {limit} yuan: below the large-amount threshold"
            r.sanzhong = False
            return r
    r.sanzhong = kind in sz or (kind == "large_fund" and bool(sz))
    if r.sanzhong:
        r.kinds.add("sanzhong_yida")
    param = BODY_PARAM[agency].get(kind)
    if param is not None and ctx.param_or(param) is not None:
        r.body = ROLE_BODY[ctx.param(param)]
        r.extra.append(param)
        return r
    entry = ROUTE[agency].get(kind)
    if entry is not None:
        r.body = entry[0]
        r.cite.append(entry[1])
        return r
    if kind == "large_fund":  # an agency without a large-fund body parameter
        r.unmapped = True
        return r
    if kind in ("routine", "complex"):
        return r
    r.unmapped = True
    return r


@rule(
    "decision.route",
    check="decision.route",
    agencies=AGENCIES,
    cites=[
        *_cites(ROUTE),
        BC46,
        BC46_COMPLEX,
        BC_FIVE,
        BC_WHOLE,
        BC_NOTIFY,
        TY_WHOLE,
        *EMERGENCY.values(),
        *UNMAPPED.values(),
    ],
    params=ROUTE_PARAMS,
)
def route(facts: Any, ctx: RuleContext) -> Finding:
    """决策机构：按事项类别和金额（大额起点为参数，含本数）确定须由党组会议、局长（主任）办公会议或合议委员会
    集体决定，或无须集体决策；“三重一大”事项一律集体决定。区局、白城遇重大突发事件可临机处置，事后及时报告。
    白城日常工作由主要领导直接签批，但属“五不直接分管”领域的由分管领导签批；复杂或专业性强的先征求分管领导意见。"""
    r = classify(facts, ctx)
    kind = facts["kind"]
    extra = [ctx.param_cited(n) for n in r.extra]
    label = KIND_ZH[kind]
    trace = [f"事项：{label}" + (f"；{r.note_zh}" if r.note_zh else "") + f"；三重一大：{'是' if r.sanzhong else '否'}"]
    if facts.get("emergency") and ctx.agency in EMERGENCY and r.body is not None:
        cite, _ = EMERGENCY[ctx.agency]
        return ctx.finding(
            WARNING,
            f"重大突发事件或紧急情况：可临机处置，事后须及时向{BODY_ZH[r.body]}（领导班子）报告",
            f"emergency: act at once, then report to the {BODY_EN[r.body]} promptly",
            trace=trace,
            cites=[cite, *r.cite],
            extra=extra,
            own=False,
        )
    if r.body is not None:
        sz = "属“三重一大”事项，" if r.sanzhong else ""
        if ctx.agency == BC and r.body == D and not r.sanzhong:
            sz = "属行政职权范围，议定事项须及时向办党组通报；"
            r.cite = list(dict.fromkeys([*r.cite, BC_NOTIFY[0]]))
        return ctx.finding(
            NEEDS_APPROVAL,
            f"{label}{sz}须提交{BODY_ZH[r.body]}集体研究决定",
            f"{kind}{' (three-important-one-large)' if r.sanzhong else ''}: to be decided by the {BODY_EN[r.body]}",
            trace=trace,
            approvers=[BODY_ROLE[r.body]],
            cites=r.cite,
            extra=extra,
            own=False,
        )
    if r.unmapped:
        cite, _ = UNMAPPED[ctx.agency]
        return ctx.finding(
            WARNING,
            f"制度未列明“{label}”由哪个会议决定：属重大问题的提交党组研究决定，一般事项按分工办理",
            f"the texts do not route “{kind}”: major issues go to the Party group, others by portfolio",
            trace=trace,
            cites=[cite],
            extra=extra,
            own=False,
        )
    if ctx.agency == BC and kind in ("routine", "complex"):
        area = facts.get("area")
        cites = [BC46[0]]
        if area in FIVE:
            cites.append(BC_FIVE[0])
            approvers = ["deputy_in_charge"]
            zh = f"日常工作，属“五不直接分管”的{AREA_ZH[area]}领域，由分管领导负责签批（财务支出的审批按财务制度）"
        elif kind == "complex":
            approvers = ["deputy_in_charge", "chief"]
            zh = "复杂或专业性比较强的问题：先征求分管领导意见，再由主要领导签批办理意见"
        else:
            approvers = ["chief"]
            zh = "一般常规性工作：由主要领导直接签批处理意见"
        if facts.get("whole_office"):
            zh += "；涉及全办的事项须在主任办公会议上通报"
            cites.append(BC_WHOLE[0])
        return ctx.finding(
            NEEDS_APPROVAL,
            zh,
            "routine matter: signed off without a meeting",
            trace=trace,
            approvers=approvers,
            cites=cites,
            own=False,
        )
    cites = r.cite
    zh = f"{label}无须提交会议集体决定" + (f"（{r.note_zh}，按支出审批程序办理）" if r.note_zh else "")
    outcome = ALLOWED
    if facts.get("whole_office") and ctx.agency == TY:
        zh += "；但涉及全局的事项应在局长办公会议上通报"
        cites = [*cites, TY_WHOLE[0]]
        outcome = WARNING
    return ctx.finding(
        outcome,
        zh,
        f"{kind}: no collective decision required" + (f" ({r.note_en})" if r.note_en else ""),
        trace=trace,
        cites=cites,
        extra=extra,
        own=False,
    )


@rule(
    "decision.route.discipline",
    check="decision.route",
    agencies=[WS, DB, BC],
    cites=_cites(DISCIPLINE),
    params=ROUTE_PARAMS,
)
def route_discipline(facts: Any, ctx: RuleContext) -> Finding | None:
    """纪检监督：区局涉及“三重一大”、人事任免和廉政工作的，须提前向区政府纪检组报告、纪检组派人列席；
    文山党组会议、局长办公会议研究重要事项应邀请纪工委监察分局派人到会监督；白城党组会议邀请纪检监察组长参加。"""
    r = classify(facts, ctx)
    if r.body is None or facts.get("emergency"):
        return None
    scope: list[str] = []
    for bodies, ks, mode, cite, _ in DISCIPLINE.get(ctx.agency, ()):
        if r.body in bodies:
            scope.append(cite)
        if r.body in bodies and (ks is None or r.kinds & set(ks)):
            zh = (
                "须提前向区政府纪检组报告，区纪检组派人列席会议"
                if mode == "report"
                else "会议应邀请纪检监督人员（纪工委监察分局、纪检监察组长）到会"
            )
            return ctx.finding(
                WARNING,
                zh,
                "tell the discipline-inspection body beforehand; it sends an observer",
                trace=[f"{BODY_ZH[r.body]}；议题：{'、'.join(KIND_ZH[k] for k in sorted(r.kinds))}"],
                cites=[cite],
                own=False,
            )
    if scope:
        return ctx.finding(
            ALLOWED,
            f"{BODY_ZH[r.body]}研究此类事项，制度未要求纪检组织派人监督",
            "no discipline observer is required for this kind of item",
            trace=[f"{BODY_ZH[r.body]}；议题：{'、'.join(KIND_ZH[k] for k in sorted(r.kinds))}"],
            cites=scope,
            own=False,
        )
    return None


FORM: dict[str, list[tuple[str, str]]] = {
    TY: [
        ("tongyu-hrss:2:2", "由党组成员集体讨论和决定，任何个人或少数人无权擅自决定"),
        ("tongyu-hrss:1:5", "特别是“三重一大”事项一律由集体充分讨论后决定"),
        ("tongyu-hrss:1:10", "重要问题需由局党组会议或局长办公会研究后决定实施，分管副职不得擅自做主"),
    ],
    WS: [("wenshan-hrss:15:1.2.2", "坚持“集体领导、民主集中、个别酝酿、会议决定”的方针")],
    DB: [("district-bureau:31:6", "不得以传阅会签或个别征求意见等形式替代会议议决")],
    BC: [
        ("baicheng-fupin:4:5.1.2", "班子成员通过适当形式对有关议题进行酝酿，但不得做出决定"),
        ("baicheng-fupin:4:6.1.1", "应当集体讨论决定的事项未经集体讨论，而由个人或少数人决定的"),
    ],
}


MAJOR_DB = ("major_decision", "normative_document", "work_plan", "major_case")
DB_DISCUSS = ("district-bureau:3:3.3", "不经讨论不作结论")


@rule(
    "decision.route.collective",
    check="decision.route",
    agencies=AGENCIES,
    cites=[*(c for rows in FORM.values() for c in rows), DB_DISCUSS],
    params=ROUTE_PARAMS,
    needs=["decided_in"],
)
def route_collective(facts: Any, ctx: RuleContext) -> Finding | None:
    """须集体决定的事项只能在会议上决定：不得以传阅会签、个别征求意见、会前酝酿或个人决定代替（紧急情况另按临机处置）。"""
    if "decided_in" not in facts or facts.get("emergency"):
        return None
    r = classify(facts, ctx)
    if r.body is None:
        return None
    cites = [c for c, _ in FORM[ctx.agency]]
    if ctx.agency == DB and facts["kind"] not in MAJOR_DB:
        cites = [DB_DISCUSS[0]]
    how = {
        "meeting": "会议集体决定",
        "circulation": "传阅会签",
        "individual": "个人决定",
        "informal": "会前酝酿或个别征求意见",
    }
    trace = [f"决策方式：{how[facts['decided_in']]}；应由{BODY_ZH[r.body]}决定"]
    if facts["decided_in"] == "meeting":
        return ctx.finding(
            ALLOWED,
            "在会议上集体决定",
            "decided collectively at a meeting",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"须由{BODY_ZH[r.body]}集体讨论决定，不得以{how[facts['decided_in']]}代替",
        f"must be decided at the {BODY_EN[r.body]}, not by {facts['decided_in']}",
        trace=trace,
        cites=cites,
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# decision.portfolio — 五不直接分管: the principal leader must not directly be in charge of five areas
# ---------------------------------------------------------------------------------------------------------------

PORTFOLIO = check(
    "decision.portfolio",
    "领导分工（“一把手”五不直接分管）",
    "Division of work among leaders (the principal leader's five areas)",
    {
        "type": "object",
        "required": ["chief_areas"],
        "additionalProperties": False,
        "properties": {
            "chief_areas": {
                "type": "array",
                "items": {"enum": AREAS},
                "uniqueItems": True,
                "description": "“一把手”直接分管的工作：finance 财务，personnel 人事，procurement 物资采购，"
                "construction "
                "工程建设，admin_approval 行政审批，general 全面工作，… · areas the principal leader directly manages",
            },
            "deputies": {
                "type": "array",
                "maxItems": 30,
                "description": "副职（分管领导）及其分管工作 · deputies and their areas",
                "items": {
                    "type": "object",
                    "required": ["id", "areas"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string", "minLength": 1, "maxLength": 64, "description": "人员编号 · id"},
                        "areas": {
                            "type": "array",
                            "items": {"enum": AREAS},
                            "uniqueItems": True,
                            "description": "分管工作 · areas in charge",
                        },
                    },
                },
            },
        },
    },
)

# (forbidden-areas cite, deputies-required cite, one deputy per area?)
WUBU: dict[str, tuple[tuple[str, str], tuple[str, str], bool]] = {
    TY: (
        ("tongyu-hrss:1:4", "“一把手”不得直接分管财务、人事、物资采购、工程建设、行政审批工作"),
        ("tongyu-hrss:1:4", "以上五项工作由班子副职分管"),
        False,
    ),
    BC: (
        BC_FIVE,
        ("baicheng-fupin:10:2", "确定一名分管领导负责"),
        True,
    ),
}


@rule(
    "decision.portfolio.wubu",
    check="decision.portfolio",
    agencies=[TY, BC],
    cites=[
        *(c for t in WUBU.values() for c in t[:2]),
        (
            "baicheng-fupin:4:5.3.1",
            "班子主要负责同志不直接分管财务、干部人事、行政审批、工程建设和物资采购等五个方面的具体工作",
        ),
    ],
)
def portfolio_wubu(facts: Any, ctx: RuleContext) -> Finding:
    """五个不直接分管（wubu）：“一把手”不得直接分管财务、人事、物资采购、工程建设、行政审批；这五项由副职分管
    （白城：每项“确定一名分管领导负责”，多于一名作提醒）。给出副职分工时校验五项是否都有人分管。"""
    forbid, need, one_each = WUBU[ctx.agency]
    chief = [a for a in FIVE if a in facts["chief_areas"]]
    cites = [forbid[0]] + (["baicheng-fupin:4:5.3.1"] if ctx.agency == BC else [])
    trace = [f"“一把手”分管：{'、'.join(AREA_ZH[a] for a in facts['chief_areas']) or '无'}"]
    problems: list[str] = []
    if chief:
        problems.append(f"“一把手”不得直接分管{'、'.join(AREA_ZH[a] for a in chief)}")
    warn: list[str] = []
    if "deputies" in facts:
        cites.append(need[0])
        holders = {a: [d["id"] for d in facts["deputies"] if a in d["areas"]] for a in FIVE}
        trace.append("；".join(f"{AREA_ZH[a]}：{'、'.join(h) or '无'}" for a, h in holders.items()))
        orphan = [a for a, h in holders.items() if not h]
        if orphan:
            problems.append(f"{'、'.join(AREA_ZH[a] for a in orphan)}须确定副职分管")
        if one_each:
            many = [a for a, h in holders.items() if len(h) > 1]
            if many:
                warn.append(f"{'、'.join(AREA_ZH[a] for a in many)}有多名分管领导，文本要求“确定一名”")
    if problems:
        return ctx.finding(
            BLOCKED,
            "；".join(problems),
            "the principal leader may not directly manage finance, personnel, procurement, construction or "
            "administrative approval; each needs a deputy",
            trace=trace,
            cites=cites,
            own=False,
        )
    if warn:
        return ctx.finding(
            WARNING, "；".join(warn), "more than one deputy for an area", trace=trace, cites=cites, own=False
        )
    return ctx.finding(
        ALLOWED, "分工符合“五不直接分管”", "division of work complies", trace=trace, cites=cites, own=False
    )


@rule(
    "decision.portfolio.finance_construction_art2_3",
    check="decision.portfolio",
    agencies=[BC],
    cites=[("baicheng-fupin:10:2.3", "分管财务审批的领导不分管工程项目建设")],
    needs=["deputies"],
)
def portfolio_finance_construction(facts: Any, ctx: RuleContext) -> Finding | None:
    """白城第二条（三）：分管财务审批的领导不分管工程项目建设。"""
    if "deputies" not in facts:
        return None
    both = [d["id"] for d in facts["deputies"] if "finance" in d["areas"] and "construction" in d["areas"]]
    if both:
        return ctx.finding(
            BLOCKED,
            f"分管财务审批的领导（{'、'.join(both)}）不得同时分管工程项目建设",
            "the deputy approving finance may not also be in charge of construction",
            trace=[f"同时分管财务和工程建设：{'、'.join(both)}"],
            cites=["baicheng-fupin:10:2.3"],
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        "分管财务与分管工程建设的领导已分开",
        "finance and construction are held by different deputies",
        cites=["baicheng-fupin:10:2.3"],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# decision.change — who may change or revoke a collective decision
# ---------------------------------------------------------------------------------------------------------------

CHANGE_CHECK = check(
    "decision.change",
    "变更集体决定",
    "Changing a collective decision",
    {
        "type": "object",
        "required": ["decided_by", "changed_by"],
        "additionalProperties": False,
        "properties": {
            "decided_by": {
                "enum": [
                    "party_group",
                    "directors_meeting",
                    "party_committee",
                    "case_panel",
                    "branch_committee_meeting",
                    "branch_assembly",
                ],
                "description": "原决定由哪一会议作出（branch_committee_meeting 支部委员会会议、branch_assembly "
                "支部党员大会） · the body that made the decision",
            },
            "changed_by": {
                "enum": ["same_body", "other_meeting", "individual"],
                "description": "由谁变更：same_body 原会议复议或重新决策，other_meeting 其他会议，individual 个人"
                " · who changes it",
            },
            "legal_reviewed": bilingual(
                FLAG, "变更是否已经政策法规科审核（合议委员会）", "reviewed by the policy section first"
            ),
            "emergency": bilingual(FLAG, "是否重大突发事件、紧急情况下的临时处置", "interim handling in an emergency"),
        },
    },
)

# the Party branch bodies, which decide too (their resolutions: party.procedure / party.branch_matter)
CHANGE_BODY_ZH = {**BODY_ZH, "branch_committee_meeting": "支部委员会会议", "branch_assembly": "支部党员大会"}
CHANGE_BODY_EN = {
    **BODY_EN,
    "branch_committee_meeting": "Party branch committee meeting",
    "branch_assembly": "Party branch general meeting",
}
CHANGE_BODY_ROLE = {**BODY_ROLE, "branch_committee_meeting": "branch_committee", "branch_assembly": "branch_assembly"}
# body → (cite, quote)
CHANGE: dict[str, dict[str, tuple[str, str]]] = {
    TY: {"party_group": ("tongyu-hrss:2:7.3", "须提交党组会复议，其它会议或个人无权更改党组会决议")},
    WS: {
        "party_group": ("wenshan-hrss:15:1.5.3", "会议决定在执行中如需作调整或变更,必须经会议复议"),
        "case_panel": ("wenshan-hrss:28:2.2", "任何部门或个人无权改变合议委员会决定的事项"),
    },
    DB: {
        "party_group": ("district-bureau:3:3.3", "决议形成后,不得擅自改变"),
        "party_committee": ("district-bureau:5:2", "一经机关党委会议通过的事项或决定,个人无权变更"),
        # 《党支部委员会议制度》5 “支部会议讨论的问题,要形成明确的决议并将工作落实到人,一经形成决议不得违反”
        "branch_committee_meeting": ("district-bureau:9:5", "一经形成决议不得违反"),
    },
    BC: {
        "party_group": ("baicheng-fupin:2:5.2", "如需改变决定必须经过集体讨论"),
        "directors_meeting": ("baicheng-fupin:4:5.3.2", "确需要变更的，应由领导班子重新作出决策"),
    },
}
CHANGER_ZH = {"same_body": "原会议", "other_meeting": "其他会议", "individual": "个人"}
CASE_REVIEW = ("wenshan-hrss:28:2.2", "应及时提交政策法规科审核后提交合议委员会重新讨论")


@rule(
    "decision.change",
    check="decision.change",
    agencies=AGENCIES,
    cites=[*_cites(CHANGE), CASE_REVIEW, EMERGENCY[BC]],
)
def change(facts: Any, ctx: RuleContext) -> Finding:
    """集体决定只能由原决策机构复议（重新决策）变更，其他会议或个人无权更改；文山合议委员会的决定须先经政策法规科
    审核后提交委员会重新讨论；白城紧急情况下的临时处置须事后及时向领导班子报告，未完成事项经再次决策后执行。"""
    body: str = facts["decided_by"]
    entry = CHANGE[ctx.agency].get(body)
    by = facts["changed_by"]
    trace = [f"原决定：{CHANGE_BODY_ZH[body]}；变更：{CHANGER_ZH[by]}"]
    if entry is None:
        return ctx.finding(
            ALLOWED,
            f"本机构制度未规定{CHANGE_BODY_ZH[body]}决定的变更程序",
            f"no rule on changing decisions of the {CHANGE_BODY_EN[body]}",
            trace=trace,
            own=False,
        )
    cites = [entry[0]]
    if by == "same_body":
        if body == "case_panel" and not facts.get("legal_reviewed"):
            return ctx.finding(
                BLOCKED,
                "改变合议委员会决定须先提交政策法规科审核，再提交合议委员会重新讨论",
                "a change must first be reviewed by the policy section, then rediscussed by the committee",
                trace=trace,
                cites=[CASE_REVIEW[0]],
                own=False,
            )
        return ctx.finding(
            NEEDS_APPROVAL,
            f"变更须经{CHANGE_BODY_ZH[body]}复议（重新决策）",
            f"the change needs a new decision of the {CHANGE_BODY_EN[body]}",
            trace=trace,
            approvers=[CHANGE_BODY_ROLE[body]],
            cites=cites + ([CASE_REVIEW[0]] if body == "case_panel" else []),
            own=False,
        )
    if by == "individual" and facts.get("emergency") and ctx.agency == BC:
        return ctx.finding(
            WARNING,
            "紧急情况下的临时处置：事后须及时向领导班子报告，未完成事项经再次决策后按新决策执行",
            "emergency interim handling: report to the leadership promptly; it decides again",
            trace=trace,
            cites=[EMERGENCY[BC][0]],
            own=False,
        )
    return ctx.finding(
        BLOCKED,
        f"{CHANGE_BODY_ZH[body]}的决定只能由该会议复议变更，其他会议或个人无权更改",
        f"only the {CHANGE_BODY_EN[body]} itself may change its decision",
        trace=trace,
        cites=cites,
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# decision.report — 文山 重大事项请示报告制度
# ---------------------------------------------------------------------------------------------------------------

CATEGORIES = [
    "inspection_visit",  # 1 上级领导、其他州市领导及重要宾客检查指导
    "superior_instruction",  # 2 上级领导的批示和要求
    "emergency",  # 3 紧急和突发事件
    "important_activity",  # 4 重要活动、重要工作计划及进展
    "assigned_task",  # 5 局领导交办的工作事项
    "upward_request",  # 6 有关部门需通过本局向上级请示报告的事项
    "difficulty",  # 7 工作中遇到的困难或无法解决的问题
    "major_error",  # 8 重大工作失误或事故
    "other",  # 9 其他
]
LEADERS = ["deputy_in_charge", "chief", "other_leader", "superior_authority"]
LEADER_ZH = {
    "deputy_in_charge": "分管领导",
    "chief": "局长",
    "other_leader": "其他局领导",
    "superior_authority": "上级机关（越级）",
}

REPORT_CHECK = check(
    "decision.report",
    "重大事项请示报告",
    "Reporting major matters and asking for instructions",
    {
        "type": "object",
        "required": ["category"],
        "additionalProperties": False,
        "properties": {
            "category": {
                "enum": CATEGORIES,
                "description": "报告事项（第八条（一）1—9 项） · category of the matter",
            },
            "major": bilingual(FLAG, "是否重大事情（须形成文字材料）", "a major matter (a written report is required)"),
            "urgent": bilingual(FLAG, "是否紧急情况（可先电话报告）", "urgent (a phone report may come first)"),
            "report_to": {"enum": LEADERS, "description": "报告对象 · to whom it is reported"},
            "assigned_by": {
                "enum": LEADERS[:3],
                "description": "交办事项的交办人（谁交办向谁报告） · who assigned the task",
            },
            "written": bilingual(FLAG, "是否已形成文字材料", "a written report exists"),
            "office_signed": bilingual(
                FLAG, "文字材料是否经办公室主任审签", "the office director signed the written report"
            ),
        },
    },
)


@rule(
    "decision.report.route_art8",
    check="decision.report",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:12:1", "以下事项要及时请示报告"),
        ("wenshan-hrss:12:2", "接到应报告的消息后应立即向分管领导或局长报告"),
        ("wenshan-hrss:12:3", "坚持逐级请示、报告,任何人不得超越自己的权限擅作主张"),
        ("wenshan-hrss:12:4", "坚持谁交办向谁请示、报告的原则,避免多头请示、报告"),
    ],
)
def report_route(facts: Any, ctx: RuleContext) -> Finding:
    """报告对象：立即向分管领导或局长报告；交办事项谁交办向谁报告；逐级报告，不得越级。"""
    cat = CATEGORIES.index(facts["category"]) + 1
    to = facts.get("report_to")
    assigned = facts.get("assigned_by")
    trace = [
        f"第（一）{cat} 项事项；报告对象：{LEADER_ZH.get(to, '未定') if to else '未定'}"
        + (f"；交办人：{LEADER_ZH[assigned]}" if assigned else "")
    ]
    cites = ["wenshan-hrss:12:1", "wenshan-hrss:12:2"]
    if to == "superior_authority":
        return ctx.finding(
            BLOCKED,
            "须逐级请示报告，不得越级",
            "report level by level; do not skip levels",
            trace=trace,
            cites=["wenshan-hrss:12:3"],
            own=False,
        )
    if assigned and to and to != assigned:
        return ctx.finding(
            BLOCKED,
            f"交办事项应向交办人（{LEADER_ZH[assigned]}）请示报告，避免多头报告",
            "report to whoever assigned the task",
            trace=trace,
            cites=["wenshan-hrss:12:4"],
            own=False,
        )
    if to is None:
        who = LEADER_ZH[assigned] if assigned else "分管领导或局长"
        return ctx.finding(
            WARNING,
            f"属应及时请示报告的事项：接到消息后应立即向{who}报告",
            "a reportable matter: report at once to the deputy in charge or the director",
            trace=trace,
            cites=cites + (["wenshan-hrss:12:4"] if assigned else []),
            own=False,
        )
    if to == "other_leader" and not assigned:
        return ctx.finding(
            WARNING,
            "应向分管领导或局长报告",
            "report to the deputy in charge or the director",
            trace=trace,
            cites=cites,
            own=False,
        )
    return ctx.finding(
        ALLOWED,
        f"向{LEADER_ZH[to]}报告，符合要求",
        f"reported to the {to}",
        trace=trace,
        cites=cites + (["wenshan-hrss:12:4"] if assigned else []),
        own=False,
    )


@rule(
    "decision.report.written_art8",
    check="decision.report",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:12:2", "报告重大事情要形成文字材料,送办公室主任审签后送局领导批示"),
        ("wenshan-hrss:12:2", "紧急情况可先用电话报告主要情况,随后及时上报文字材料"),
    ],
)
def report_written(facts: Any, ctx: RuleContext) -> Finding | None:
    """重大事情：形成文字材料，办公室主任审签后送局领导批示；紧急情况可先电话报告，随后及时上报文字材料。"""
    if not facts.get("major"):
        return None
    trace = [
        f"重大事情；文字材料：{'有' if facts.get('written') else '无'}；"
        f"办公室主任审签：{'是' if facts.get('office_signed') else '否'}"
    ]
    if not facts.get("written"):
        if facts.get("urgent"):
            return ctx.finding(
                WARNING,
                "紧急情况可先电话报告主要情况，随后须及时上报文字材料",
                "urgent: a phone report first, then the written report promptly",
                trace=trace,
                cites=["wenshan-hrss:12:2"],
                own=False,
            )
        return ctx.finding(
            BLOCKED,
            "报告重大事情须形成文字材料",
            "a major matter needs a written report",
            trace=trace,
            cites=["wenshan-hrss:12:2"],
            own=False,
        )
    leader = facts.get("report_to") if facts.get("report_to") in ("deputy_in_charge", "chief") else "chief"
    if not facts.get("office_signed"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "文字材料须先送办公室主任审签，再送局领导批示",
            "the written report goes to the office director to sign, then to the leader for instructions",
            trace=trace,
            approvers=["office", leader],
            cites=["wenshan-hrss:12:2"],
            own=False,
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "办公室主任已审签，送局领导批示",
        "signed by the office director: to the leader for instructions",
        trace=trace,
        approvers=[leader],
        cites=["wenshan-hrss:12:2"],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# decision.case_document — 文山 重大案件合议决定后的法律文书：政策法规科审核 → 分管领导复核 → 局长签发
# ---------------------------------------------------------------------------------------------------------------

CASE_DOC_CHECK = check(
    "decision.case_document",
    "重大案件法律文书签发",
    "Issuing the legal documents of a major case",
    {
        "type": "object",
        "required": ["legal_reviewed"],
        "additionalProperties": False,
        "properties": {
            "legal_reviewed": bilingual(
                FLAG, "办案机构制作的文书是否已经政策法规科审核", "reviewed by the policy and regulation section"
            ),
            "deputy_rechecked": bilingual(FLAG, "是否已报分管领导复核", "re-checked by the deputy in charge"),
            "director_signed": bilingual(FLAG, "是否已报局长签发", "signed and issued by the director"),
        },
    },
)
CASE_DOC = ("wenshan-hrss:28:2.3", "有关法律文书由相关办案机构制作交政策法规科审核后,报分管领导复核,报局长签发")
CASE_STEPS = (
    ("legal_reviewed", "legal_section", "政策法规科审核"),
    ("deputy_rechecked", "deputy_in_charge", "分管领导复核"),
    ("director_signed", "chief", "局长签发"),
)


@rule("decision.case_document_art24", check="decision.case_document", agencies=[WS], cites=[CASE_DOC])
def case_document(facts: Any, ctx: RuleContext) -> Finding:
    """经合议委员会讨论决定的案件，法律文书由办案机构制作，依次经政策法规科审核、分管领导复核、局长签发；
    不得越过前一环节。审批人角色 legal_section（政策法规科）为新增角色。"""
    done = [bool(facts.get(f, False)) for f, _, _ in CASE_STEPS]
    trace = ["；".join(f"{zh}：{'已' if d else '未'}" for (_, _, zh), d in zip(CASE_STEPS, done, strict=True))]
    for i, d in enumerate(done):
        if d and not all(done[:i]):
            missing = [zh for (_, _, zh), x in zip(CASE_STEPS[:i], done[:i], strict=True) if not x]
            return ctx.finding(
                BLOCKED,
                f"{CASE_STEPS[i][2]}前须先经{'、'.join(missing)}",
                "a step was skipped: review, re-check and signature follow one another",
                trace=trace,
                cites=[CASE_DOC[0]],
                own=False,
            )
    remaining = [role for (_, role, _), d in zip(CASE_STEPS, done, strict=True) if not d]
    if not remaining:
        return ctx.finding(
            ALLOWED,
            "法律文书已审核、复核并由局长签发",
            "reviewed, re-checked and signed",
            trace=trace,
            cites=[CASE_DOC[0]],
            own=False,
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "法律文书须依次经政策法规科审核、分管领导复核、局长签发",
        "the documents need review, re-check and the director's signature in turn",
        trace=trace,
        approvers=remaining,
        cites=[CASE_DOC[0]],
        own=False,
    )


# ---------------------------------------------------------------------------------------------------------------
# decision.execution — one lead leader when a decision spans several portfolios
# ---------------------------------------------------------------------------------------------------------------

EXECUTION_CHECK = check(
    "decision.execution",
    "决策执行的牵头领导",
    "Lead leader for carrying out a decision",
    {
        "type": "object",
        "required": ["portfolios", "leads"],
        "additionalProperties": False,
        "properties": {
            "portfolios": {
                "type": "integer",
                "minimum": 1,
                "maximum": 30,
                "description": "决策执行涉及几位领导的分管范围 · how many leaders' portfolios the decision touches",
            },
            "leads": _count_prop("明确的牵头领导人数", "leaders designated to lead"),
        },
    },
)
# (cite, quote, binding: exactly one lead or a reminder)
EXECUTION: dict[str, tuple[str, str, bool]] = {
    DB: (
        "district-bureau:31:14",
        "涉及两位及其以上局领导分管工作范围的决策执行,原则上由一位分管局领导负责,有关局领导配合",
        False,
    ),
    BC: ("baicheng-fupin:4:5.3.1", "遇有分工和职责交叉的，由领导班子明确一名班子成员牵头", True),
}


@rule(
    "decision.execution.lead",
    check="decision.execution",
    agencies=[DB, BC],
    cites=[(c, q) for c, q, _ in EXECUTION.values()],
)
def execution_lead(facts: Any, ctx: RuleContext) -> Finding:
    """决策执行涉及两位及以上领导分管范围（分工交叉）时，明确一位（一名）领导牵头：区局“原则上”（不符作提醒），
    白城“由领导班子明确一名班子成员牵头”（不符不允许）。"""
    cite, _, binding = EXECUTION[ctx.agency]
    n, leads = facts["portfolios"], facts["leads"]
    trace = [f"涉及 {n} 位领导分管范围；牵头领导 {leads} 人"]
    if n < 2:
        return ctx.finding(
            ALLOWED,
            "由分管领导按分工组织实施",
            "carried out by the deputy in charge",
            trace=trace,
            cites=[cite],
            own=False,
        )
    if leads == 1:
        return ctx.finding(
            ALLOWED,
            "已明确一位领导牵头，其他领导配合",
            "one lead leader designated",
            trace=trace,
            cites=[cite],
            own=False,
        )
    return ctx.finding(
        BLOCKED if binding else WARNING,
        f"涉及多位领导分管范围的决策执行应明确一位领导牵头（现为 {leads} 人）",
        "a decision spanning several portfolios needs exactly one lead leader",
        trace=trace,
        cites=[cite],
        own=False,
    )
