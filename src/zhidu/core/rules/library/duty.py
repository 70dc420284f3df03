"""Duty (值班): the roster with a leader on duty, handover, conduct on duty, leave from duty, reporting, holiday pay.

制度 implemented (figures in ``agencies/<slug>/parameters/duty.yaml``):
- 区局 《机关值班管理规定》(district-bureau:35): 领导带班 by a 处级 cadre, 24-hour leader, staff never off post,
  incoming staff 10 minutes early, duty log, holiday urgent mail, no alcohol.
- 区局 《值班人员职责》(district-bureau:37, WORKFLOW): know where the duty leader is, registration of documents,
  complete log entries, emergencies reported at once to the duty leader and the higher duty office (verify missing
  details; report and verify together when urgent), petitioners recorded and, if not persuaded, reported.
- 文山 第三十六条 值班加班制度 (wenshan-hrss:40, WORKFLOW): holiday roster approved by the leader in charge,
  leave from duty from a bureau leader then the office told and a handover, phone forwarded, matters closed the
  same day or handed over, phone records with opinion and result, confidentiality, major incidents to the duty
  leader, statutory-holiday duty pay under 劳动法第四十四条第(三)项.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ..helpers import MONEY, money, num, yuan
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, Finding
from ..registry import RuleContext, check, rule
from .attendance import HHMM, _minutes
from .leave import DAYS_FACT, D, W, frac


def _flag(facts: Any, key: str, default: bool = False) -> bool:
    return bool(facts.get(key, default))


# ---------------------------------------------------------------------------------------------- duty.roster

LEADER_RANKS = ["division", "deputy_division", "section", "deputy_section", "staff"]

ROSTER = check(
    "duty.roster",
    "值班安排（带班领导、值班人员、节假日值班表审批）",
    "Duty roster: leader on duty, duty staff, approval of the holiday roster",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "holiday": {
                "type": "boolean",
                "description": "重要节庆活动或法定节假日期间的值班（默认否） holiday / festival duty",
            },
            "leader_rank": {
                "enum": LEADER_RANKS,
                "description": "带班领导职级：division 正处级；deputy_division 副处级；section 正科级；deputy_section "
                "副科级；staff 一般干部（不填表示未安排带班领导） rank of the leader on duty",
            },
            "staff_count": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "description": "每班值班人员数（默认1） duty staff per shift",
            },
            "sections_consulted": {
                "type": "boolean",
                "description": "已征求有关科室意见（默认是） the sections concerned were consulted",
            },
            "approved_by": {
                "type": "array",
                "items": {"enum": ["deputy_in_charge", "chief", "office"]},
                "uniqueItems": True,
                "description": "已同意值班表的领导 roles that approved the roster",
            },
        },
    },
)


@rule(
    "duty.roster_35",
    check="duty.roster",
    agencies=[D],
    cites=[("district-bureau:35:1", "机关日常值班实行领导带班,带班领导为处级干部,值班人员由机关工作人员担任")],
)
def roster_35(facts: Any, ctx: RuleContext) -> Finding:
    """区局 一: 日常值班实行领导带班，带班领导为处级干部（读作含副处级，见参数 reading），
    值班人员由机关工作人员担任。"""
    ranks = list(ctx.param("duty.roster_35.leader_ranks"))
    extra = [ctx.param_cited("duty.roster_35.leader_ranks")]
    problems = []
    rank = facts.get("leader_rank")
    if rank is None:
        problems.append("未安排带班领导")
    elif rank not in ranks:
        problems.append(f"带班领导职级 {rank} 不是处级干部")
    if int(facts.get("staff_count", 1)) < 1:
        problems.append("未安排值班人员")
    if problems:
        return ctx.finding(
            BLOCKED,
            "值班安排不合要求：" + "；".join(problems),
            "roster not in order: " + "; ".join(problems),
            trace=problems,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        "处级干部带班，机关工作人员值班",
        "a division-level leader on duty with duty staff",
        trace=[f"带班领导 {rank} ∈ 处级", f"值班人员 {facts.get('staff_count', 1)} 人"],
        extra=extra,
    )


@rule(
    "duty.roster_art36",
    check="duty.roster",
    agencies=[W],
    cites=[("wenshan-hrss:40:1", "并征求有关科室意见,报分管领导同意后执行")],
)
def roster_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (一): 重要节庆活动、法定节假日期间的值班由办公室统筹安排，征求有关科室意见，报分管领导同意后执行。
    日常（非节假日）值班本项未作规定。"""
    if not facts.get("holiday", False):
        return ctx.finding(
            ALLOWED,
            "非节庆、节假日值班，本项未规定审批",
            "not holiday duty: no approval required by this clause",
            trace=["非节假日值班"],
        )
    if not facts.get("sections_consulted", True):
        return ctx.finding(
            BLOCKED,
            "节假日值班表须先征求有关科室意见",
            "the sections concerned must be consulted first",
            trace=["未征求科室意见"],
        )
    ok = "deputy_in_charge" in set(facts.get("approved_by", []))
    return ctx.finding(
        ALLOWED if ok else NEEDS_APPROVAL,
        "节假日值班表" + ("已经分管领导同意，可以执行" if ok else "须报分管领导同意后执行"),
        "holiday roster " + ("approved" if ok else "needs the leader in charge's approval"),
        trace=["节假日值班表 → 分管领导同意"],
        approvers=[] if ok else ["deputy_in_charge"],
    )


# ---------------------------------------------------------------------------------------------- duty.handover

HANDOVER = check(
    "duty.handover",
    "交接班",
    "Handover between shifts",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "shift_start": {**HHMM, "description": "接班时刻 HH:MM start of the shift"},
            "arrived_at": {**HHMM, "description": "接班人员到岗时刻 HH:MM arrival of the incoming staff"},
            "open_matters": {
                "type": "integer",
                "minimum": 0,
                "maximum": 1000,
                "description": "当班未处理完的事项数（默认0） matters not closed on the shift",
            },
            "handed_over": {
                "type": "boolean",
                "description": "已办理交接手续（交接注意事项、未完事项）（默认是） handover done",
            },
        },
    },
)


@rule(
    "duty.handover_35",
    check="duty.handover",
    agencies=[D],
    cites=[("district-bureau:35:3", "值班人员履行交接班手续,接班人员提前10分钟到岗交接工作,交接注意事项或特殊事项")],
)
def handover_35(facts: Any, ctx: RuleContext) -> Finding:
    """区局 三: 履行交接班手续，接班人员提前 10 分钟到岗（恰好提前 10 分钟符合），交接注意事项或特殊事项。"""
    early = int(ctx.param("duty.handover_35.early_minutes"))
    problems, trace = [], []
    if "shift_start" in facts and "arrived_at" in facts:
        s, a = _minutes(facts["shift_start"]), _minutes(facts["arrived_at"])
        ahead = s - a
        trace.append(f"到岗 {facts['arrived_at']}，接班 {facts['shift_start']}：提前 {ahead} 分钟，应提前 {early} 分钟")
        if ahead < early:
            problems.append(f"仅提前 {ahead} 分钟到岗，应提前 {early} 分钟")
    if not facts.get("handed_over", True):
        problems.append("未办理交接班手续")
    extra = [ctx.param_cited("duty.handover_35.early_minutes")]
    if problems:
        return ctx.finding(
            BLOCKED,
            "交接班不合要求：" + "；".join(problems),
            "handover not in order: " + "; ".join(problems),
            trace=trace or problems,
            extra=extra,
        )
    return ctx.finding(ALLOWED, "按时到岗并办理交接", "handover in order", trace=trace or ["已交接"], extra=extra)


@rule(
    "duty.handover_art36",
    check="duty.handover",
    agencies=[W],
    cites=[
        ("wenshan-hrss:40:3", "值班遇到的事情必须当天处理完毕,处理不完的要交接下一班处理"),
        ("wenshan-hrss:40:2", "值班记录和值班交接手续"),
    ],
)
def handover_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (二)(三): 做好值班记录和交接手续；值班遇到的事情当天处理完毕，处理不完的交接下一班处理。"""
    n = int(facts.get("open_matters", 0))
    done = bool(facts.get("handed_over", True))
    if n and not done:
        return ctx.finding(
            BLOCKED,
            f"{n} 件事项当天未处理完，又未交接下一班",
            f"{n} open matters not handed over",
            trace=[f"未完事项 {n}，未交接"],
        )
    return ctx.finding(
        ALLOWED,
        "当天事项已处理完毕" if not n else f"{n} 件未完事项已交接下一班",
        "matters closed" if not n else f"{n} open matters handed over",
        trace=[f"未完事项 {n}，{'已交接' if done else '无须交接'}"],
    )


# ---------------------------------------------------------------------------------------------- duty.conduct

CONDUCT = check(
    "duty.conduct",
    "值班纪律",
    "Conduct on duty",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "role": {
                "enum": ["duty_staff", "duty_leader"],
                "description": "duty_staff 值班人员；duty_leader 带班领导（默认 duty_staff） role on duty",
            },
            "left_post": {"type": "boolean", "description": "擅离职守、脱岗离岗（默认否） left the post"},
            "unreachable": {
                "type": "boolean",
                "description": "带班领导未能24小时在岗带班/通讯不畅（默认否） leader not on call",
            },
            "drank_alcohol": {"type": "boolean", "description": "值班期间饮酒（默认否） alcohol on duty"},
            "no_log": {"type": "boolean", "description": "未做值班记录（默认否） no duty log"},
            "urgent_mail_unsigned": {
                "type": "boolean",
                "description": "节假日机要急件、信件未由值班人员签收处理（默认否） urgent mail not signed for",
            },
            "away_from_room": {"type": "boolean", "description": "不在值班室（默认否） away from the duty room"},
            "phone_forwarded": {
                "type": "boolean",
                "description": "值班电话已转到手机（默认否） duty phone forwarded to a mobile",
            },
            "outsider_in_room": {
                "type": "boolean",
                "description": "将亲友等无关人员带到值班室（默认否） unrelated persons in the duty room",
            },
            "leader_info_disclosed": {
                "type": "boolean",
                "description": "把局领导住址、电话告诉陌生人（默认否） leaders' address or phone given to strangers",
            },
            "records_shown": {
                "type": "boolean",
                "description": "让无关人员查阅电话记录（默认否） phone records shown to unrelated persons",
            },
        },
    },
)


@rule(
    "duty.conduct_35",
    check="duty.conduct",
    agencies=[D],
    cites=[
        ("district-bureau:35:2", "带班领导实行24小时在岗带班,值班人员全时在值班室值班,不得擅离职守、脱岗离岗"),
        ("district-bureau:35:4", "值班人员认真做好值班记录,及时处理各项事宜"),
        ("district-bureau:35:6", "节假日值班时,遇有机要急件、信件等情况,由值班人员领取签收,及时处理"),
        ("district-bureau:35:7", "值班期间,严禁饮酒及从事其他影响正常值班事宜"),
        ("district-bureau:35:8", "凡违反上述规定者,视情节轻重追究相应责任"),
    ],
)
def conduct_35(facts: Any, ctx: RuleContext) -> Finding:
    """区局 二、四、六、七、八: 带班领导 24 小时在岗带班，值班人员全时在值班室不得擅离；做好值班记录；节假日机要
    急件由值班人员签收；严禁饮酒；违反者视情节追究责任。"""
    hits = []
    if _flag(facts, "left_post") or (
        _flag(facts, "away_from_room") and facts.get("role", "duty_staff") == "duty_staff"
    ):
        hits.append(("擅离职守、脱岗离岗", "district-bureau:35:2"))
    if facts.get("role") == "duty_leader" and _flag(facts, "unreachable"):
        hits.append(("带班领导未24小时在岗带班", "district-bureau:35:2"))
    if _flag(facts, "no_log"):
        hits.append(("未做值班记录", "district-bureau:35:4"))
    if _flag(facts, "urgent_mail_unsigned"):
        hits.append(("机要急件、信件未签收处理", "district-bureau:35:6"))
    if _flag(facts, "drank_alcohol"):
        hits.append(("值班期间饮酒", "district-bureau:35:7"))
    if hits:
        return ctx.finding(
            BLOCKED,
            "违反值班规定：" + "、".join(h for h, _ in hits) + "；视情节轻重追究相应责任",
            "breach of the duty rules",
            trace=[h for h, _ in hits],
            cites=[*dict.fromkeys(c for _, c in hits), "district-bureau:35:8"],
        )
    return ctx.finding(
        ALLOWED, "值班纪律良好", "duty conduct in order", trace=["无违规"], cites=["district-bureau:35:2"]
    )


@rule(
    "duty.conduct_art36",
    check="duty.conduct",
    agencies=[W],
    cites=[
        ("wenshan-hrss:40:2", "值班人员值班期间必须坚守岗位"),
        ("wenshan-hrss:40:2", "不在值班室值班时间必须将值班电话转到手机上,并保证24小时通讯畅通"),
        (
            "wenshan-hrss:40:5",
            "值班人员不得把亲友等与工作无关人员带到值班室,不得把局领导的家庭住址、电话号码告诉陌生人",
        ),
        ("wenshan-hrss:40:5", "无关人员不得查阅电话记录"),
    ],
)
def conduct_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (二): 坚守岗位；不在值班室时值班电话转到手机，保证 24 小时通讯畅通。(五): 不得带无关人员进值班室，
    不得把局领导住址、电话告诉陌生人，无关人员不得查阅电话记录。"""
    hits = []
    if _flag(facts, "left_post"):
        hits.append(("未坚守岗位", "wenshan-hrss:40:2"))
    if _flag(facts, "away_from_room") and not _flag(facts, "phone_forwarded"):
        hits.append(("不在值班室而未将值班电话转到手机", "wenshan-hrss:40:2"))
    if _flag(facts, "unreachable"):
        hits.append(("未保证24小时通讯畅通", "wenshan-hrss:40:2"))
    if _flag(facts, "outsider_in_room"):
        hits.append(("把无关人员带到值班室", "wenshan-hrss:40:5"))
    if _flag(facts, "leader_info_disclosed"):
        hits.append(("把局领导住址、电话告诉陌生人", "wenshan-hrss:40:5"))
    if _flag(facts, "records_shown"):
        hits.append(("让无关人员查阅电话记录", "wenshan-hrss:40:5"))
    if hits:
        return ctx.finding(
            BLOCKED,
            "违反值班规定：" + "、".join(h for h, _ in hits),
            "breach of the duty rules",
            trace=[h for h, _ in hits],
            cites=list(dict.fromkeys(c for _, c in hits)),
        )
    return ctx.finding(ALLOWED, "值班纪律良好", "duty conduct in order", trace=["无违规"], cites=["wenshan-hrss:40:2"])


# ---------------------------------------------------------------------------------------------- duty.absence

ABSENCE = check(
    "duty.absence",
    "值班人员不能值班、带班领导离开城区",
    "Leave from duty: a duty person who cannot serve, a duty leader leaving the city",
    {
        "type": "object",
        "required": ["role"],
        "additionalProperties": False,
        "properties": {
            "role": {"enum": ["duty_staff", "duty_leader"], "description": "duty_staff 值班人员；duty_leader 带班领导"},
            "leaves_city": {
                "type": "boolean",
                "description": "带班领导需离开文山城区（默认是） the duty leader must leave the urban area",
            },
            "approved": {"type": "boolean", "description": "已事先向局领导请假并获批准（默认否） leave approved"},
            "office_informed": {"type": "boolean", "description": "已告知办公室（默认否） the office was told"},
            "handover_done": {"type": "boolean", "description": "已做好交接手续（默认否） handover done"},
            "already_left": {"type": "boolean", "description": "已经离开（默认否） already gone"},
        },
    },
)


@rule(
    "duty.absence_art36",
    check="duty.absence",
    agencies=[W],
    cites=[
        (
            "wenshan-hrss:40:2",
            "必须事先向局领导请假,经批准后告知办公室方可离开,同时做好交接手续工作",
        )
    ],
)
def absence_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (二): 值班人员因病或其他原因不能按期值班、带班领导因特殊情况需离开文山城区的，须事先向局领导请假，经批准
    后告知办公室方可离开，同时做好交接。“局领导”指任一局领导班子成员（角色 bureau_leader）。"""
    if facts["role"] == "duty_leader" and not facts.get("leaves_city", True):
        return ctx.finding(
            ALLOWED,
            "带班领导未离开文山城区，无须请假",
            "the duty leader stays in the urban area",
            trace=["未离开城区"],
        )
    approved = _flag(facts, "approved")
    missing = []
    if not _flag(facts, "office_informed"):
        missing.append("告知办公室")
    if not _flag(facts, "handover_done"):
        missing.append("交接手续")
    trace = [f"局领导批准：{'是' if approved else '否'}", f"尚缺：{'、'.join(missing) or '无'}"]
    if not approved:
        if _flag(facts, "already_left"):
            return ctx.finding(
                BLOCKED,
                "未经局领导批准即离开值班岗位",
                "left duty without a bureau leader's approval",
                trace=trace,
            )
        return ctx.finding(
            NEEDS_APPROVAL,
            "须事先向局领导请假，经批准后告知办公室并做好交接方可离开",
            "prior leave from a bureau leader, then tell the office and hand over",
            trace=trace,
            approvers=["bureau_leader"],
        )
    if missing:
        return ctx.finding(
            BLOCKED,
            f"已获批准，但须{'并'.join(missing)}后方可离开",
            "approved, but the office must be told and the handover done before leaving",
            trace=trace,
        )
    return ctx.finding(
        ALLOWED,
        "已获局领导批准、告知办公室并做好交接，可以离开",
        "approved, office told, handover done",
        trace=trace,
    )


# ---------------------------------------------------------------------------------------------- duty.report

EVENTS = ["emergency", "major_safety_incident", "petitioner", "phone_call", "document"]
REPORTEES = ["duty_leader", "higher_duty_office", "leader", "section"]

REPORT = check(
    "duty.report",
    "值班报告与记录（突发事件、上访、电话、文件）",
    "Reporting and records on duty (emergencies, petitioners, calls, documents)",
    {
        "type": "object",
        "required": ["event"],
        "additionalProperties": False,
        "properties": {
            "event": {
                "enum": EVENTS,
                "description": "emergency 突发事件；major_safety_incident 重特大安全事件；petitioner 上访人员；"
                "phone_call 电话；document 文件传真信函 event",
            },
            "reported_to": {
                "type": "array",
                "items": {"enum": REPORTEES},
                "uniqueItems": True,
                "description": "已报告：duty_leader 带班领导；higher_duty_office 上级值班室；leader 有关领导；"
                "section 有关科室 reported to",
            },
            "info_complete": {"type": "boolean", "description": "信息要素齐全（默认是） details complete"},
            "urgent": {"type": "boolean", "description": "情况紧急/时间紧迫（默认否） urgent"},
            "verified": {"type": "boolean", "description": "已核实（默认否） verified"},
            "important": {"type": "boolean", "description": "重要电话（默认否） an important call"},
            "persuaded": {
                "type": "boolean",
                "description": "上访人员经劝解离开（默认否） the petitioner left after persuasion",
            },
            "recorded": {"type": "boolean", "description": "已做详细记录/登记（默认是） recorded"},
            "record_fields": {
                "type": "array",
                "items": {"enum": ["time", "content", "handling_opinion", "handling_result", "handling_process"]},
                "uniqueItems": True,
                "description": "电话记录已填栏目 fields filled in the phone record",
            },
            "leader_location_known": {
                "type": "boolean",
                "description": "清楚带班领导所在位置（默认是） knows where the duty leader is",
            },
        },
    },
)


def _need(facts: Any, roles: list[str]) -> list[str]:
    done = set(facts.get("reported_to", []))
    return [r for r in roles if r not in done]


_TO_ZH = {"duty_leader": "带班领导", "higher_duty_office": "上级值班室", "leader": "有关领导", "section": "有关科室"}


@rule(
    "duty.report_37",
    check="duty.report",
    agencies=[D],
    cites=[
        ("district-bureau:37:2", "清楚带班领导所在位置,确保通讯联络畅通"),
        ("district-bureau:37:3", "履行登记、处理、转交等手续"),
        ("district-bureau:37:3", "认真做好值班记录,做到条目清晰、要素准确、事项齐全"),
        ("district-bureau:37:4", "立即向带班领导及上级值班室报告,信息要素不全的要及时核实,情况紧急时可边报告、边核实"),
        (
            "district-bureau:37:6",
            "对上访人员,主动问明情况并做好详细记录,努力劝离上 访人员。对劝解无效的,及时向带班领导报告",
        ),
    ],
)
def report_37(facts: Any, ctx: RuleContext) -> Finding:
    """区局 《值班人员职责》: 突发事件立即向带班领导及上级值班室报告，要素不全的先核实，紧急时边报告边核实；
    上访人员问明情况、详细记录、劝离，劝解无效报告带班领导；文件传真信函履行登记、处理、转交手续；
    记录条目清晰、要素准确、事项齐全；清楚带班领导所在位置。"""
    ev = facts["event"]
    trace: list[str] = []
    if not facts.get("leader_location_known", True):
        return ctx.finding(
            BLOCKED,
            "值班人员须清楚带班领导所在位置，确保通讯联络畅通",
            "the duty staff must know where the duty leader is",
            trace=["带班领导位置：不清楚"],
            cites=["district-bureau:37:2"],
        )
    if ev in ("emergency", "major_safety_incident"):
        complete = bool(facts.get("info_complete", True))
        urgent = _flag(facts, "urgent")
        verified = _flag(facts, "verified")
        if not complete and not verified and not urgent:
            return ctx.finding(
                BLOCKED,
                "信息要素不全，须及时核实后报告（情况紧急时可边报告、边核实）",
                "details incomplete: verify first (or report and verify together if urgent)",
                trace=["要素不全，未核实，非紧急"],
                cites=["district-bureau:37:4"],
            )
        missing = _need(facts, ["duty_leader", "higher_duty_office"])
        trace.append(f"应报告带班领导及上级值班室；尚缺 {'、'.join(_TO_ZH[m] for m in missing) or '无'}")
        if not complete and urgent and not verified:
            trace.append("情况紧急：边报告、边核实")
        return ctx.finding(
            BLOCKED if missing else ALLOWED,
            ("须立即向" + "、".join(_TO_ZH[m] for m in missing) + "报告")
            if missing
            else "已立即向带班领导及上级值班室报告",
            "report at once to the duty leader and the higher duty office" if missing else "reported",
            trace=trace,
            cites=["district-bureau:37:4"],
        )
    if ev == "petitioner":
        if not facts.get("recorded", True):
            return ctx.finding(
                BLOCKED,
                "对上访人员须主动问明情况并做好详细记录",
                "record the petitioner's matter in detail",
                trace=["未记录"],
                cites=["district-bureau:37:6"],
            )
        if _flag(facts, "persuaded"):
            return ctx.finding(
                ALLOWED,
                "已详细记录并劝离上访人员",
                "recorded and persuaded to leave",
                trace=["已记录，已劝离"],
                cites=["district-bureau:37:6"],
            )
        missing = _need(facts, ["duty_leader"])
        return ctx.finding(
            BLOCKED if missing else ALLOWED,
            "劝解无效，须及时向带班领导报告" if missing else "劝解无效，已向带班领导报告",
            "persuasion failed: report to the duty leader" if missing else "reported to the duty leader",
            trace=["劝解无效", f"报告带班领导：{'否' if missing else '是'}"],
            cites=["district-bureau:37:6"],
        )
    if not facts.get("recorded", True):
        return ctx.finding(
            BLOCKED,
            "须履行登记、处理、转交等手续，做好值班记录",
            "register, handle and forward, and log it",
            trace=["未登记/记录"],
            cites=["district-bureau:37:3"],
        )
    return ctx.finding(
        ALLOWED,
        "已登记并记录",
        "registered and logged",
        trace=["已登记"],
        cites=["district-bureau:37:3"],
    )


@rule(
    "duty.report_art36",
    check="duty.report",
    agencies=[W],
    cites=[
        ("wenshan-hrss:40:6", "接到重特大安全事件报告后,要迅速向带班领导报告,并按领导批示处理"),
        ("wenshan-hrss:40:4", "记录要求文字简洁、意思清楚,事实准确,并有处理意见和处理结果"),
        ("wenshan-hrss:40:4", "重要电话要及时呈送有关领导阅批"),
        ("wenshan-hrss:40:4", "必须电话报告有关领导和通知有关科室处理,并在处理情况栏中注明时间和处理过程"),
        ("wenshan-hrss:40:7", "重要来访应做好记录,及时送领导阅批"),
    ],
)
def report_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (六): 重特大安全事件迅速向带班领导报告。(四): 电话记录须有处理意见和处理结果；重要电话呈送有关领导
    阅批；时间紧迫无法送阅时电话报告有关领导并通知有关科室，在处理情况栏注明时间和处理过程。(七): 重要来访做好
    记录，及时送领导阅批。"""
    ev = facts["event"]
    if ev in ("emergency", "major_safety_incident"):
        missing = _need(facts, ["duty_leader"])
        return ctx.finding(
            BLOCKED if missing else ALLOWED,
            "须迅速向带班领导报告，并按领导批示处理" if missing else "已迅速向带班领导报告",
            "report at once to the duty leader" if missing else "reported to the duty leader",
            trace=[f"报告带班领导：{'否' if missing else '是'}"],
            cites=["wenshan-hrss:40:6"],
        )
    if ev == "petitioner":
        important = _flag(facts, "important")
        recorded = bool(facts.get("recorded", True))
        missing = _need(facts, ["leader"]) if important else []
        ok = recorded and not missing
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            ("重要来访须做好记录并及时送领导阅批" if not ok else "来访已记录" + ("并送领导阅批" if important else "")),
            "important visits are recorded and sent to a leader" if not ok else "visit recorded",
            trace=[f"重要来访：{'是' if important else '否'}", f"记录：{'是' if recorded else '否'}"],
            cites=["wenshan-hrss:40:7"],
        )
    if ev != "phone_call":
        return ctx.finding(
            ALLOWED if facts.get("recorded", True) else BLOCKED,
            "已做值班记录" if facts.get("recorded", True) else "须做好值班记录（上情下传、下情上报）",
            "logged" if facts.get("recorded", True) else "log it",
            trace=["值班记录"],
            cites=["wenshan-hrss:40:4"],
        )
    fields = set(facts.get("record_fields", ["time", "content", "handling_opinion", "handling_result"]))
    need_fields = ["handling_opinion", "handling_result"]
    urgent = _flag(facts, "urgent")
    important = _flag(facts, "important")
    to = ["leader"]
    if urgent and important:
        need_fields += ["time", "handling_process"]
        to = ["leader", "section"]
    missing_f = [f for f in need_fields if f not in fields]
    missing_to = _need(facts, to) if important else []
    zh = {
        "handling_opinion": "处理意见",
        "handling_result": "处理结果",
        "time": "时间",
        "handling_process": "处理过程",
        "content": "内容",
    }
    problems = []
    if missing_f:
        problems.append("电话记录缺少" + "、".join(zh[f] for f in missing_f))
    if missing_to:
        problems.append(("须电话报告" if urgent else "须及时呈送") + "、".join(_TO_ZH[r] for r in missing_to))
    return ctx.finding(
        BLOCKED if problems else ALLOWED,
        "；".join(problems) if problems else "电话记录完整" + ("，已报送有关领导" if important else ""),
        "; ".join(problems) if problems else "phone record complete",
        trace=[f"重要：{'是' if important else '否'}，紧急：{'是' if urgent else '否'}", f"已填：{sorted(fields)}"],
        cites=["wenshan-hrss:40:4"],
    )


# ---------------------------------------------------------------------------------------------- duty.holiday_pay

PAY = check(
    "duty.holiday_pay",
    "法定节日值班工资报酬",
    "Pay for duty on statutory holidays",
    {
        "type": "object",
        "required": ["statutory_holiday"],
        "additionalProperties": False,
        "properties": {
            "statutory_holiday": {
                "type": "boolean",
                "description": "值班日为法定节日（法定休假日） the duty day is a statutory holiday",
            },
            "days": {**DAYS_FACT, "description": "法定节日值班天数（默认1） days on duty"},
            "daily_wage": {**MONEY, "description": "日工资（元） daily wage"},
            "paid": {**MONEY, "description": "已计发的值班报酬（元） duty pay paid"},
        },
    },
)


@rule(
    "duty.holiday_pay_art36",
    check="duty.holiday_pay",
    agencies=[W],
    cites=[("wenshan-hrss:40:8", "法定节日期间值班的,按照《劳动法》第四十四条第(三)项规定计发工资报酬")],
)
def holiday_pay_art36(facts: Any, ctx: RuleContext) -> Finding:
    """文山 (八): 法定节日期间值班，按《劳动法》第四十四条第(三)项计发工资报酬——该项为“法定休假日安排劳动者工作的，
    支付不低于工资的百分之三百的工资报酬”（条文外的法律，比例见参数 reading）。"""
    if not facts["statutory_holiday"]:
        return ctx.finding(
            ALLOWED,
            "非法定节日值班，不适用本项",
            "not a statutory holiday: this clause does not apply",
            trace=["非法定节日"],
        )
    rate: Fraction = ctx.param("duty.holiday_pay_art36.rate")
    extra = [ctx.param_cited("duty.holiday_pay_art36.rate")]
    n = frac(facts.get("days", 1))
    if "daily_wage" not in facts:
        return ctx.finding(
            ALLOWED,
            f"法定节日值班 {num(n)} 天，应按不低于日工资 {num(rate * 100)}% 计发报酬",
            f"{num(n)} statutory-holiday duty days: at least {num(rate * 100)}% of the daily wage",
            trace=[f"{num(n)} 天 × 日工资 × {num(rate * 100)}%"],
            extra=extra,
        )
    wage = money(facts["daily_wage"])
    due = (
        wage * Decimal(rate.numerator) / Decimal(rate.denominator) * Decimal(n.numerator) / Decimal(n.denominator)
    ).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    trace = [f"{yuan(wage)} × {num(rate * 100)}% × {num(n)} 天 = {yuan(due)}"]
    if "paid" in facts:
        paid = money(facts["paid"])
        ok = paid >= due
        trace.append(f"已发 {yuan(paid)} {'≥' if ok else '<'} {yuan(due)}")
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            f"法定节日值班报酬 {yuan(paid)}" + ("，不低于法定标准" if ok else f"，低于应发的 {yuan(due)}"),
            f"holiday duty pay {paid}" + ("" if ok else f" is below the {due} due"),
            trace=trace,
            extra=extra,
        )
    return ctx.finding(
        ALLOWED,
        f"法定节日值班 {num(n)} 天，应发报酬不低于 {yuan(due)}",
        f"holiday duty pay at least {due}",
        trace=trace,
        extra=extra,
    )
