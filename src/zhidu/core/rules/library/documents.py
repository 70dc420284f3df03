"""Official documents (公文处理/公文运转), assigned tasks (交办/催办/督办/查办/反馈), research topics (调研) and
Baicheng's poverty-eradication inspections (督查): signing authority, gates before printing, filing dates,
reporting cadence and routing.

制度 implemented (citation ids in brackets):
- 文山 《公文处理程序》[wenshan-hrss:57] (S001-83): 签发权限（综合性、较重要→局长；业务性→分管领导；办公室文件→
  分管办公室的领导；A-B角）、科室核稿与办公室审核、完整打印稿、印制前须经办公室审核和校对签名、拟稿人至少2至3校、
  更正通知由办公室领导审定签发且发送范围同原件、越级上报或行文不规范的请示退回、次年6月底前完成上年度立卷、
  各科室次年3月底前清退、销毁审批（收文→办公室主任；发文→文书档案鉴定领导小组；秘密公文2人监销）.
- 白城 《公文运转管理制度》[baicheng-fupin:38] (S003-38): 签发（党组文件→党组书记；上行文→办主任；平行文、下行文→
  分管办领导，重要的报办主任；会签/联合发文按对等原则）、未经综合科审核原则上不得呈签、非紧急件预留2个工作日、
  编号前审核、标注公开属性、重印须综合科审核（重大修改原签发人重新签发，仍用原文号）、用印须主要领导或分管领导批准、
  印制份数公式、收文（绝密件专管人员拆封、其他科室收到的交综合科登记、规定时限内办理或与来文部门商定）.
- 文山 《重要工作交办催办督办查办制度》[wenshan-hrss:13] (S001-13): 一般事项1周内书面上报、重要工作按月上报、
  有明确办结期限的按时办结、联合办理由牵头部门报告、落后于进度由办公室催办、查办须报局党组同意.
- 文山 《交办事项反馈制度》[wenshan-hrss:14] (S001-14): 逐级布置（局领导一般不越级、科室负责人不跨科室）、反馈内容、
  重大紧急事项随时反馈并报局长和分管局领导阅知.
- 文山 《综合事务处理程序》[wenshan-hrss:62] (S001-88) 第（四）项 领导批示件的登记、签收、办结审查、反馈.
- 文山 《调研工作程序》[wenshan-hrss:58] (S001-84): 专题调研课题由办公室提出报局长批准，一般业务性课题由科室提出报
  分管领导批准；课题须明确完成科室、完成时间和课题负责人；必要时提交党组会议或局务会议.
- 白城 《白城市脱贫攻坚督查工作细则》[baicheng-fupin:5] (S003-05): 督查方案报分管领导审批、下发《督查通知单》（抽查暗访
  不下发）、督查报告报上级领导审阅后按批示通报、弄虚作假或徇私舞弊交由所属组织、纪检部门查处.

Readings:
- 文山 “一般事项要在1周内书面上报” : 1周 = 7 calendar days from the assignment (that day not counted), rolling off a
  rest day. It is the general cadence; meeting decisions keep the 10 working days of 《限时办结制度》 (timelimit.due,
  meeting_decision_report), which is the more specific text (catalog conflict 1).
- 白城 “非紧急件应至少预留2个工作日” : the draft reaches the leader no later than the 2nd working day before the day the
  signature is needed; “一般情况下” makes a shorter lead a warning, not a refusal.
- 白城 “未经办综合科审核的公文，原则上不得呈报办领导签发” : 原则上 → a warning.
- 文山 “原则上由拟稿人至少2至3校” : fewer than 2 proofreadings is a warning (原则上); none is refused by the printing
  gate
  (无校对签名的不予印制).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...errors import BadInput
from ..helpers import DATE, iso
from ..model import ALLOWED, BLOCKED, NEEDS_APPROVAL, WARNING, Deadline, Finding, Outcome
from ..registry import RuleContext, check, rule
from .petitions import date_of, judge, not_before, period_deadline

WS, BC = "wenshan-hrss", "baicheng-fupin"


def _fixed(ctx: RuleContext, day: dt.date, zh: str, en: str, why: str) -> Deadline:
    return Deadline(day, zh, en, ctx.calendar.year_status(day.year).provisional, (why,))


def _problems(ctx: RuleContext, problems: list[tuple[str, str, str]], outcome: Outcome = BLOCKED) -> Finding:
    return ctx.finding(
        outcome,
        "；".join(p[0] for p in problems),
        "; ".join(p[1] for p in problems),
        trace=[p[0] for p in problems],
        cites=sorted({p[2] for p in problems}),
    )


# ================================================================================================ document.sign

DOC_KINDS = {
    "comprehensive": "综合性、较重要的文件（文山）",
    "business": "业务性文件（文山）",
    "office": "办公室文件（文山）",
    "party_group": "党组文件",
    "upward": "以本单位名义制发的上行文（白城）",
    "downward": "以本单位名义制发的平行文或下行文（白城）",
    "joint": "与外单位联合发文、会签文",
}

SIGN = check(
    "document.sign",
    "公文签发（签发人、核稿审核、审签时间）",
    "Signing an outgoing document (signatory, review, lead time)",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": list(DOC_KINDS),
                "description": "文件类别 kind: " + "；".join(f"{k} {v}" for k, v in DOC_KINDS.items()),
            },
            "important": {"type": "boolean", "description": "重要的平行文、下行文（白城） an important document"},
            "lead_organ": {"enum": ["self", "other"], "description": "联合发文的主办单位：本单位/外单位 who leads"},
            "counterpart_level": {
                "enum": ["principal", "deputy"],
                "description": "会签文、联合发文对方签发人的级别（对等原则） the other signatory's level",
            },
            "signer_away": {"type": "boolean", "description": "应签发的局领导外出（A-B角代签） the signatory is away"},
            "section_checked": {
                "type": "boolean",
                "description": "科室负责人已核稿 the section head checked the draft",
            },
            "office_reviewed": {"type": "boolean", "description": "办公室（综合科）已审核把关 the office reviewed it"},
            "clean_copy": {
                "type": "boolean",
                "description": "送签的是完整打印稿、无修改痕迹 a complete clean printout went for signature",
            },
            "disclosure_marked": {
                "type": "boolean",
                "description": "已明确主动公开、依申请公开、不予公开属性（"
                "不予公开的说明理由） disclosure attribute set",
            },
        },
    },
)

REVIEW_TIME = check(
    "document.review_time",
    "为领导预留的审签时间",
    "Time left to the leader for reviewing and signing a document",
    {
        "type": "object",
        "required": ["needed_by"],
        "additionalProperties": False,
        "properties": {
            "urgent": {"type": "boolean", "description": "特急件、加急件 urgent"},
            "submitted_on": {**DATE, "description": "送领导审签之日 the day it went for signature"},
            "needed_by": {**DATE, "description": "需签发之日 the day the signature is needed"},
        },
    },
)

WS_SIGNER = {"comprehensive": "chief", "business": "deputy_in_charge", "office": "deputy_in_charge"}


@rule(
    "document.sign.wenshan",
    check="document.sign",
    agencies=[WS],
    cites=[
        (
            "wenshan-hrss:57:2.4",
            "综合性、较重要的文件由局长签发,业务性的文件由分管领导签发,办公室文件由分管办公室的领导签发",
        ),
        ("wenshan-hrss:57:2.4", "局领导有事外出的按工作分工A-B角制签发文件"),
        (
            "wenshan-hrss:57:2.4",
            "各科室起草的文稿必须经科室负责人核稿,送办公室审核把关,局办公室审核把关后再送局领导签发",
        ),
        ("wenshan-hrss:57:2.4", "送局领导签发的文件必须是完整的打印稿,不能有修改痕迹"),
        ("wenshan-hrss:57:2.4", "与外单位联发的文件,由办公室审核并送局领导签字后再送外单位签发"),
        ("wenshan-hrss:57:2.2.1", "字号为“文人社党组”"),
    ],
)
def sign_wenshan(facts: Any, ctx: RuleContext) -> Finding:
    """谁分管谁签发：综合性、较重要→局长；业务性→分管领导；办公室文件→分管办公室的领导（A-B角代签）；
    送签前须科室负责人核稿、办公室审核，且为完整打印稿."""
    kind = facts["kind"]
    if kind in ("upward", "downward"):
        raise BadInput(
            "文山按综合性/业务性/办公室文件区分签发", "wenshan-hrss signs by comprehensive/business/office", "kind"
        )
    problems: list[tuple[str, str, str]] = []
    if facts.get("section_checked") is False:
        problems.append(("文稿未经科室负责人核稿", "not checked by the section head", "wenshan-hrss:57:2.4"))
    if facts.get("office_reviewed") is False:
        problems.append(("文稿未经办公室审核把关", "not reviewed by the office", "wenshan-hrss:57:2.4"))
    if facts.get("clean_copy") is False:
        problems.append(("送签文件须为完整的打印稿，不能有修改痕迹", "not a clean printout", "wenshan-hrss:57:2.4"))
    if problems:
        return _problems(ctx, problems)
    if kind in ("party_group", "comprehensive"):
        signer = "chief" if kind == "comprehensive" else "party_secretary"
    elif kind == "joint":
        signer = "bureau_leader"
    else:
        signer = WS_SIGNER[kind]
    who = {"chief": "局长", "deputy_in_charge": "分管领导", "party_secretary": "党组书记", "bureau_leader": "局领导"}[
        signer
    ]
    note = "（外出的按A-B角制由B角签发）" if facts.get("signer_away") else ""
    if kind == "joint":
        note += (
            "；本局主办的经办公室审核、局领导签字后再送外单位签发"
            if facts.get("lead_organ", "self") == "self"
            else "；外单位主办的由办公室先送有关科室审核，再送局领导签发"
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"{DOC_KINDS[kind]}由{who}签发{note}",
        f"{kind} document: signed by {signer}",
        trace=[f"类别 {kind} → {who}"],
        approvers=[signer],
        cites=["wenshan-hrss:57:2.4"],
    )


@rule(
    "document.sign.baicheng",
    check="document.sign",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:38:7.1", "市扶贫办党组文件由党组书记签发"),
        ("baicheng-fupin:38:7.2", "以市扶贫办名义制发的上行文，由办主任签发"),
        ("baicheng-fupin:38:7.3", "一般由分管办领导签发，重要的报请办主任审阅后签发"),
        ("baicheng-fupin:38:7.4", "按照对等原则由办主任或副办主任签发"),
        ("baicheng-fupin:38:6", "未经办综合科审核的公文，原则上不得呈报办领导签发"),
        ("baicheng-fupin:38:5.5", "拟不予公开的，要依法依规说明理由"),
    ],
)
def sign_baicheng(facts: Any, ctx: RuleContext) -> Finding:
    """党组文件→党组书记；上行文→办主任；平行文、下行文→分管办领导（重要的→办主任）；会签文、联合发文→对等原则；
    未标明公开属性的不得呈签；未经综合科审核的原则上不得呈签（提醒）."""
    kind = facts["kind"]
    if kind in ("comprehensive", "business", "office"):
        raise BadInput(
            "白城按党组文件/上行文/平行下行文/联合发文区分签发",
            "baicheng-fupin signs by party_group/upward/downward/joint",
            "kind",
        )
    if facts.get("disclosure_marked") is False:
        return ctx.finding(
            BLOCKED,
            "公文起草须明确主动公开、依申请公开、不予公开属性（不予公开的说明理由）",
            "the draft must state its disclosure attribute",
            trace=["公开属性=未明确"],
            cites=["baicheng-fupin:38:5.5"],
        )
    if kind == "party_group":
        signer, cite = "party_secretary", "baicheng-fupin:38:7.1"
    elif kind == "upward":
        signer, cite = "chief", "baicheng-fupin:38:7.2"
    elif kind == "downward":
        signer, cite = ("chief" if facts.get("important") else "deputy_in_charge"), "baicheng-fupin:38:7.3"
    else:
        signer, cite = ("deputy" if facts.get("counterpart_level") == "deputy" else "chief"), "baicheng-fupin:38:7.4"
    who = {"party_secretary": "党组书记", "chief": "办主任", "deputy_in_charge": "分管办领导", "deputy": "副办主任"}[
        signer
    ]
    if facts.get("office_reviewed") is False:
        return ctx.finding(
            WARNING,
            f"未经办综合科审核的公文，原则上不得呈报办领导签发（应由{who}签发）",
            "not reviewed by the general section: in principle it may not go for signature",
            trace=["综合科审核=否"],
            cites=["baicheng-fupin:38:6", cite],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        f"{DOC_KINDS[kind]}由{who}签发",
        f"{kind} document: signed by {signer}",
        trace=[f"类别 {kind} → {who}"],
        approvers=[signer],
        cites=[cite],
    )


@rule(
    "document.review_time",
    check="document.review_time",
    agencies=[BC],
    cites=[("baicheng-fupin:38:8", "非紧急件应至少预留2个工作日")],
    needs=("needed_by",),
)
def sign_lead_time(facts: Any, ctx: RuleContext) -> Finding:
    """非紧急件至少预留 2 个工作日审签时间：不迟于需签发日前第 2 个工作日送签（一般情况下，不足作提醒）."""
    needed = dt.date.fromisoformat(facts["needed_by"])
    if facts.get("urgent"):
        return ctx.finding(
            ALLOWED, "特急件、加急件预留合理审签时间", "urgent: a reasonable lead time", trace=["紧急件"]
        )
    n: int = ctx.param("document.review_time.working_days")
    d, k = needed, 0
    while k < n:
        d -= dt.timedelta(days=1)
        if ctx.calendar.is_working_day(d):
            k += 1
    dl = _fixed(ctx, d, "送领导审签期限", "due for signature", f"需签发日 {iso(needed)} 前第 {n} 个工作日")
    sub = date_of(facts, "submitted_on")
    return judge(
        ctx,
        "送办领导审签",
        "submitting for signature",
        dl,
        sub,
        None,
        WARNING,
        [],
        [f"需签发日 {iso(needed)} 前 {n} 个工作日为 {iso(d)}"],
    )


# ================================================================================================ document.issue

ISSUE = check(
    "document.issue",
    "公文印制、编号、用印、重印与更正",
    "Printing, numbering, sealing, reprinting and correcting a document",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "office_reviewed": {"type": "boolean", "description": "经办公室审核把关 reviewed by the office"},
            "proof_rounds": {"type": "integer", "minimum": 0, "maximum": 20, "description": "拟稿人校对次数 rounds"},
            "proof_signed": {"type": "boolean", "description": "校对人已在文稿审签单上签字 proofreaders signed"},
            "correction_notice": {"type": "boolean", "description": "印发更正通知 issuing a correction notice"},
            "correction_same_scope": {
                "type": "boolean",
                "description": "更正通知发送范围与原件相同 the correction goes to the original's recipients",
            },
            "signoff_complete": {"type": "boolean", "description": "审签手续完备 signing formalities complete"},
            "attachments_complete": {"type": "boolean", "description": "附件材料齐全 attachments complete"},
            "versions_match": {"type": "boolean", "description": "手签件与电子件内容一致 signed and e-copy match"},
            "reprint": {"type": "boolean", "description": "发现错误重新印制 a reprint after an error"},
            "major_change": {"type": "boolean", "description": "内容有重大修改 major content change"},
            "resigned": {"type": "boolean", "description": "已经原签发人重新签发 re-signed by the original signatory"},
            "new_number": {"type": "boolean", "description": "重印使用新文号 the reprint takes a new number"},
            "seal_approved": {
                "type": "boolean",
                "description": "用印经主要领导或分管领导批准 sealing approved by the principal or deputy leader",
            },
            "copies": {"type": "integer", "minimum": 0, "maximum": 100000, "description": "拟印制份数 copies to print"},
            "recipient_copies": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100000,
                "description": "主送和抄送单位所需数量 copies for recipients",
            },
            "leader_copies": {"type": "integer", "minimum": 0, "maximum": 1000, "description": "分送办领导数量"},
            "section_copies": {"type": "integer", "minimum": 0, "maximum": 1000, "description": "各科室存档数量"},
            "office_copies": {"type": "integer", "minimum": 0, "maximum": 1000, "description": "办综合科留存数量"},
        },
    },
)


@rule(
    "document.issue.wenshan",
    check="document.issue",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:57:2.4", "未经办公室审核把关和无校对签名的文件、材料,文印人员不予印制"),
        ("wenshan-hrss:57:2.4", "原则上由拟稿人至少2至3校"),
        ("wenshan-hrss:57:2.4", "应报办公室领导审定签发,更正通知的发送范围要与原件相同"),
    ],
)
def issue_wenshan(facts: Any, ctx: RuleContext) -> Finding:
    """印制闸口：办公室审核 + 校对签名；拟稿人原则上至少 2 校；更正通知由办公室领导审定签发、发送范围同原件."""
    problems: list[tuple[str, str, str]] = []
    if facts.get("office_reviewed") is False:
        problems.append(("未经办公室审核把关，文印人员不予印制", "not reviewed by the office", "wenshan-hrss:57:2.4"))
    rounds = facts.get("proof_rounds")
    if facts.get("proof_signed") is False or rounds == 0:
        problems.append(("无校对签名，文印人员不予印制", "no proofreading signature", "wenshan-hrss:57:2.4"))
    if facts.get("correction_notice") and facts.get("correction_same_scope") is False:
        problems.append(
            (
                "更正通知的发送范围要与原件相同",
                "the correction must reach the original's recipients",
                "wenshan-hrss:57:2.4",
            )
        )
    if problems:
        return _problems(ctx, problems)
    least: int = ctx.param("document.issue.wenshan.proof_rounds")
    if rounds is not None and rounds < least:
        return ctx.finding(
            WARNING,
            f"拟稿人校对 {rounds} 次，原则上至少 {least} 至3校",
            f"{rounds} proofreadings, fewer than {least}",
            trace=[f"校对 {rounds} < {least}"],
        )
    if facts.get("correction_notice"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "更正通知报办公室领导审定签发，发送范围与原件相同",
            "the correction notice is approved by the office's leadership",
            trace=["更正通知"],
            approvers=["office"],
        )
    return ctx.finding(
        ALLOWED,
        "经办公室审核、校对签名，可以印制",
        "reviewed and proofread: may be printed",
        trace=[f"校对 {rounds if rounds is not None else '—'} 次"],
    )


@rule(
    "document.issue.baicheng",
    check="document.issue",
    agencies=[BC],
    cites=[
        (
            "baicheng-fupin:38:10",
            "编号前，应对审签手续是否完备、附件材料是否齐全、公文的手签件与电子件内容是否一致等进行审核",
        ),
        ("baicheng-fupin:38:13", "请示办主要领导或分管领导批准后加盖印章"),
        ("baicheng-fupin:38:14", "内容有重大修改的，需经原签发人重新签发后印制。重印的文件，仍使用原来的文号"),
        ("baicheng-fupin:38:15", "文件主送单位和抄送单位所需数量+分送办领导数量+各科室存档数量+办综合科留存数量"),
    ],
)
def issue_baicheng(facts: Any, ctx: RuleContext) -> Finding:
    """编号前审核手续、附件、手签件与电子件一致；重印有重大修改须原签发人重新签发，仍用原文号；用印须主要领导或
    分管领导批准；印制份数 = 主送抄送 + 办领导 + 各科室存档 + 综合科留存."""
    problems: list[tuple[str, str, str]] = []
    for key, zh, en in (
        ("signoff_complete", "审签手续不完备", "sign-off incomplete"),
        ("attachments_complete", "附件材料不齐全", "attachments incomplete"),
        ("versions_match", "手签件与电子件内容不一致", "signed and electronic versions differ"),
    ):
        if facts.get(key) is False:
            problems.append((f"{zh}，不得编号", en, "baicheng-fupin:38:10"))
    if facts.get("reprint"):
        if facts.get("major_change") and not facts.get("resigned", False):
            problems.append(
                ("重印内容有重大修改，须经原签发人重新签发", "a major change needs re-signing", "baicheng-fupin:38:14")
            )
        if facts.get("new_number"):
            problems.append(
                ("重印的文件仍使用原来的文号", "a reprint keeps the original number", "baicheng-fupin:38:14")
            )
    parts = [facts.get(k) for k in ("recipient_copies", "leader_copies", "section_copies", "office_copies")]
    trace: list[str] = []
    if facts.get("copies") is not None and all(p is not None for p in parts):
        need = sum(int(p) for p in parts if p is not None)
        trace.append(f"应印 {parts[0]}+{parts[1]}+{parts[2]}+{parts[3]} = {need} 份，拟印 {facts['copies']} 份")
        if int(facts["copies"]) != need:
            problems.append(
                (
                    f"印制份数应为 {need} 份（主送抄送+办领导+科室存档+综合科留存），拟印 {facts['copies']} 份",
                    f"print {need} copies, not {facts['copies']}",
                    "baicheng-fupin:38:15",
                )
            )
    if problems:
        return _problems(ctx, problems)
    if facts.get("seal_approved") is False:
        return ctx.finding(
            NEEDS_APPROVAL,
            "复核无误后，请示办主要领导或分管领导批准后加盖印章",
            "sealing needs the principal or deputy leader's approval",
            trace=["用印未批准"],
            approvers=["chief", "deputy_in_charge"],
            cites=["baicheng-fupin:38:13"],
        )
    return ctx.finding(
        ALLOWED,
        "编号、印制、用印条件齐备",
        "numbering, printing and sealing in order",
        trace=trace,
        cites=["baicheng-fupin:38:10", *(["baicheng-fupin:38:15"] if trace else [])],
    )


# ================================================================================================ document.incoming

INCOMING = check(
    "document.incoming",
    "收文办理（登记、退回、绝密件、办理时限）",
    "Handling an incoming document (registration, return, top secret, deadline)",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "received_by": {
                "enum": ["office", "section", "individual"],
                "description": "收到者：办公室（综合科）/其他科室/个人 who received it",
            },
            "handed_to_office": {
                "type": "boolean",
                "description": "已交办公室（综合科）登记 handed over for registration",
            },
            "request_irregular": {
                "type": "boolean",
                "description": "越级上报、行文不规范的请示（文山） a request sent over a level or irregular in form",
            },
            "returned": {"type": "boolean", "description": "已退回来文单位或转有关部门 returned or forwarded"},
            "classification": {"enum": ["none", "secret", "confidential", "top_secret"], "description": "密级"},
            "opened_by_designee": {
                "type": "boolean",
                "description": "由绝密件专管人员拆封、登记 opened by the designee",
            },
            "due_on": {**DATE, "description": "来文规定的办理时限 the deadline the document sets"},
            "done_on": {**DATE, "description": "办理完毕之日 the day it was done"},
            "agreed_with_sender": {
                "type": "boolean",
                "description": "难以按时完成，已与来文部门商定回复时间及方式 a new date agreed with the sender",
            },
        },
    },
)


@rule(
    "document.incoming.register",
    check="document.incoming",
    agencies=[WS, BC],
    cites=[
        ("wenshan-hrss:57:1", "必须及时送交办公室按公文办理规定登记处理"),
        ("wenshan-hrss:57:1.2", "越级上报、行文不规范的请示,一律退回来文单位或转有关部门处理"),
        ("baicheng-fupin:38:19", "应交办综合科统一登记办理"),
        ("baicheng-fupin:38:17", "收到绝密级公文，由绝密件专管人员负责拆封、登记"),
    ],
    needs=("received_by", "request_irregular", "classification"),
)
def incoming_register(facts: Any, ctx: RuleContext) -> Finding:
    """单口签收：科室或个人收到的文件交办公室（综合科）登记；越级上报、行文不规范的请示退回（文山）；
    绝密件由专管人员拆封登记（白城）."""
    ws = ctx.agency == WS
    office = "wenshan-hrss:57:1" if ws else "baicheng-fupin:38:19"
    problems: list[tuple[str, str, str]] = []
    if facts.get("received_by", "office") != "office" and not facts.get("handed_to_office", False):
        problems.append(
            ("科室或个人收到的文件须交办公室（综合科）统一登记办理", "hand it to the office for registration", office)
        )
    if facts.get("request_irregular"):
        if not ws:
            raise BadInput("白城制度无请示退回规定", "baicheng-fupin has no such rule", "request_irregular")
        if not facts.get("returned", False):
            problems.append(
                (
                    "越级上报、行文不规范的请示一律退回来文单位或转有关部门处理",
                    "an irregular request must be returned",
                    "wenshan-hrss:57:1.2",
                )
            )
    if facts.get("classification") == "top_secret" and not ws and facts.get("opened_by_designee") is False:
        problems.append(
            (
                "绝密级公文须由绝密件专管人员拆封、登记",
                "top secret: opened by the designee only",
                "baicheng-fupin:38:17",
            )
        )
    if problems:
        return _problems(ctx, problems)
    return ctx.finding(
        ALLOWED,
        "收文登记符合规定",
        "registered as required",
        trace=[f"收到者 {facts.get('received_by', 'office')}"],
        cites=[office],
    )


@rule(
    "document.incoming.deadline",
    check="document.incoming",
    agencies=[BC],
    cites=[("baicheng-fupin:38:21", "难以按时完成的，应主动与来文部门沟通并商定回复时间及方式")],
    needs=("due_on",),
)
def incoming_deadline(facts: Any, ctx: RuleContext) -> Finding:
    """有明确办理时限的在规定时限内办理完毕；难以按时完成的与来文部门商定回复时间（商定后提醒）."""
    due = dt.date.fromisoformat(facts["due_on"])
    dl = _fixed(ctx, due, "来文办理时限", "deadline set by the document", "来文规定的时限")
    done = date_of(facts, "done_on")
    if done is not None and done > due and facts.get("agreed_with_sender"):
        return ctx.finding(
            WARNING,
            f"超过来文时限 {iso(due)}，已与来文部门商定回复时间及方式",
            "late, but a new date was agreed with the sender",
            trace=[f"办结 {iso(done)} > {iso(due)}，已商定"],
            deadlines=[dl],
        )
    return judge(ctx, "来文办理", "handling the document", dl, done, None, BLOCKED, [])


# ================================================================================================ document.archive

ARCHIVE = check(
    "document.archive",
    "公文清退、立卷归档与销毁",
    "Returning, filing and destroying documents",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {
                "enum": [
                    "file_previous_year",
                    "section_return",
                    "destroy_incoming",
                    "destroy_outgoing",
                    "destroy_secret",
                ],
                "description": "file_previous_year 完成上年度立卷，"
                "section_return 各科室清理退交办公室，destroy_incoming "
                "销毁无归档价值的收文，destroy_outgoing 销毁无存档价值或多余的发文，destroy_secret 销毁秘密公文",
            },
            "year": {"type": "integer", "minimum": 1990, "maximum": 2100, "description": "文件所属年度 the year"},
            "done_on": {**DATE, "description": "完成之日 the day it was done"},
            "today": {**DATE, "description": "查询日 today"},
            "approved": {"type": "boolean", "description": "销毁已经批准 destruction approved"},
            "registered": {"type": "boolean", "description": "销毁已登记 destruction registered"},
            "supervisors": {"type": "integer", "minimum": 0, "maximum": 20, "description": "监销人数"},
        },
    },
)


@rule(
    "document.archive",
    check="document.archive",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:57:1.6", "于次年6月底以前完成上年度的立卷工作"),
        ("wenshan-hrss:57:2.4", "各科室存办的文件,一律在次年3月底以前全部清理退交办公室"),
        ("wenshan-hrss:57:1.6", "经过鉴别、登记后由办公室主任批准,可以定期销毁"),
        ("wenshan-hrss:57:1.6", "销毁秘密公文,要进行登记,有2人监销"),
        ("wenshan-hrss:57:2.4", "经文书档案鉴定领导小组审查批准后销毁"),
    ],
)
def archive(facts: Any, ctx: RuleContext) -> Finding:
    """上年度立卷次年 6 月底前完成；科室存办文件次年 3 月底前清退；销毁：收文→办公室主任批准，发文→文书档案鉴定
    领导小组批准，秘密公文登记且 2 人监销."""
    act = facts["action"]
    if act in ("file_previous_year", "section_return"):
        if "year" not in facts:
            raise BadInput("须给出文件所属年度 year", "give the year", "year")
        y = int(facts["year"]) + 1
        last = dt.date(y, 6, 30) if act == "file_previous_year" else dt.date(y, 3, 31)
        zh = "上年度立卷" if act == "file_previous_year" else "科室文件清退"
        dl = _fixed(
            ctx,
            last,
            f"{zh}期限",
            "filing due" if act == "file_previous_year" else "return due",
            f"次年{last.month}月底以前（{iso(last)}，日期不顺延）",
        )
        cite = "wenshan-hrss:57:1.6" if act == "file_previous_year" else "wenshan-hrss:57:2.4"
        return judge(ctx, zh, act, dl, date_of(facts, "done_on"), date_of(facts, "today"), BLOCKED, ctx.cited(cite))
    if act == "destroy_secret":
        n = int(facts.get("supervisors", 0))
        least: int = ctx.param("document.archive.secret_supervisors")
        if n < least or facts.get("registered") is False:
            return ctx.finding(
                BLOCKED,
                f"销毁秘密公文须登记并有 {least} 人监销（监销 {n} 人）",
                f"destroying secret documents needs registration and {least} supervisors",
                trace=[f"监销 {n} < {least}" if n < least else "未登记"],
                cites=["wenshan-hrss:57:1.6"],
            )
        return ctx.finding(
            ALLOWED,
            f"已登记，{n} 人监销",
            "registered and supervised",
            trace=[f"监销 {n} ≥ {least}"],
            cites=["wenshan-hrss:57:1.6"],
        )
    approver = "office" if act == "destroy_incoming" else "records_appraisal_group"
    cite = "wenshan-hrss:57:1.6" if act == "destroy_incoming" else "wenshan-hrss:57:2.4"
    if facts.get("approved"):
        return ctx.finding(ALLOWED, "销毁已经批准", "destruction approved", trace=["已批准"], cites=[cite])
    return ctx.finding(
        NEEDS_APPROVAL,
        "经鉴别、登记后由办公室主任批准销毁" if act == "destroy_incoming" else "经文书档案鉴定领导小组审查批准后销毁",
        "destruction needs approval",
        trace=[act],
        approvers=[approver],
        cites=[cite],
    )


# ================================================================================================ task.*

TASK_REPORT = check(
    "task.report",
    "交办事项进展上报（一般事项1周、重要工作按月、有期限事项按时）",
    "Reporting on an assigned item (general within a week, key items monthly, deadline items on time)",
    {
        "type": "object",
        "required": ["kind", "assigned_on"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["general", "key", "deadline", "urgent"],
                "description": "general 一般事项，key 重要工作、"
                "重点项目和目标任务，deadline 有明确办结期限的事项，urgent 急办事项",
            },
            "assigned_on": {**DATE, "description": "交办之日（按月上报为上次上报之日） the day assigned (last report)"},
            "due_on": {**DATE, "description": "明确的办结期限 the set deadline"},
            "reported_on": {**DATE, "description": "书面上报之日 the day reported in writing"},
            "today": {**DATE, "description": "查询日 today"},
            "joint": {"type": "boolean", "description": "2个或2个以上部门联合办理 handled jointly"},
            "reporter": {"enum": ["lead", "other"], "description": "报告部门：牵头部门/其他部门 who reports"},
        },
    },
)


@rule(
    "task.report",
    check="task.report",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:13:4.3", "一般事项要在1周内书面上报办理进展情况或办理结果"),
        ("wenshan-hrss:13:4.4", "重要工作、重点项目和目标任务要按月上报进展情况"),
        ("wenshan-hrss:13:4.5", "凡有明确办结期限的,要按时限办结,并书面上报办理结果"),
        ("wenshan-hrss:13:4.2", "急办事项要随时报告进展情况"),
        ("wenshan-hrss:13:4.8", "对落后于时间进度的交办事项,由州局办公室进行催办"),
        ("wenshan-hrss:13:4.9", "由牵头部门负责报告办理情况"),
    ],
)
def task_report(facts: Any, ctx: RuleContext) -> Finding:
    """一般事项 1 周内书面上报；重要工作按月上报；有明确期限的按时办结并上报；急办事项随时报告、按时限办结；
    联合办理由牵头部门报告；落后于进度的由办公室催办."""
    if facts.get("joint") and facts.get("reporter") == "other":
        return ctx.finding(
            BLOCKED,
            "2个以上部门联合办理的事项，由牵头部门负责报告办理情况",
            "the lead department reports",
            trace=["联合办理，报告部门=非牵头"],
            cites=["wenshan-hrss:13:4.9"],
        )
    kind = facts["kind"]
    start = dt.date.fromisoformat(facts["assigned_on"])
    done, today = date_of(facts, "reported_on"), date_of(facts, "today")
    not_before(done, start, "reported_on")
    not_before(today, start, "today")
    if kind in ("deadline", "urgent"):
        if "due_on" not in facts:
            raise BadInput("有期限事项须给出 due_on", "give due_on", "due_on")
        due = dt.date.fromisoformat(facts["due_on"])
        dl = _fixed(ctx, due, "办结期限", "set deadline", "交办时明确的办结期限")
        cite = "wenshan-hrss:13:4.5" if kind == "deadline" else "wenshan-hrss:13:4.2"
    else:
        dl, _ = period_deadline(ctx, f"task.report.{kind}", start, "书面上报期限", "report due")
        cite = "wenshan-hrss:13:4.3" if kind == "general" else "wenshan-hrss:13:4.4"
    f = judge(ctx, "书面上报", "written report", dl, done, today, BLOCKED, ctx.cited(cite))
    if f.outcome is BLOCKED:
        return ctx.finding(
            BLOCKED,
            f.message_zh + "；由州局办公室催办",
            f.message_en + "; the office chases it",
            trace=f.trace,
            deadlines=f.deadlines,
            cites=[cite, "wenshan-hrss:13:4.8"],
        )
    return f


ASSIGN = check(
    "task.assign",
    "布置工作的层级（不越级、不跨科室）",
    "Who may assign work to whom (level by level, not across sections)",
    {
        "type": "object",
        "required": ["assigner", "assignee"],
        "additionalProperties": False,
        "properties": {
            "assigner": {"enum": ["chief", "deputy_in_charge", "section_head"], "description": "布置者 assigner"},
            "assignee": {"enum": ["deputy_in_charge", "section_head", "staff"], "description": "被布置者 assignee"},
            "same_section": {"type": "boolean", "description": "科室负责人与被布置者同一科室 same section"},
            "special_direct": {
                "type": "boolean",
                "description": "因情况特殊局领导直接交办的专项工作 a special task a bureau leader assigns directly",
            },
        },
    },
)

LEVEL = {"chief": 0, "deputy_in_charge": 1, "section_head": 2, "staff": 3}


@rule(
    "task.assign",
    check="task.assign",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:14:2.2", "局领导一般不越级向下级布置工作"),
        ("wenshan-hrss:14:2.2", "科室负责人也不应跨科室向其他科室布置工作或分配任务"),
        ("wenshan-hrss:14:2.3", "由完成人直接向交办领导反馈办理结果,并及时向局长和分管领导报告办理结果"),
    ],
)
def task_assign(facts: Any, ctx: RuleContext) -> Finding:
    """局长→分管领导→科室负责人→科室内人员；局领导越级布置作提醒（特殊专项除外，完成人直接反馈并报局长和分管
    领导）；科室负责人不得跨科室布置，需配合的由分管局领导或办公室主任协调."""
    a, b = facts["assigner"], facts["assignee"]
    gap = LEVEL[b] - LEVEL[a]
    if gap <= 0:
        raise BadInput("被布置者须低于布置者", "the assignee must be below the assigner", "assignee")
    if a == "section_head" and facts.get("same_section") is False:
        return ctx.finding(
            BLOCKED,
            "科室负责人不应跨科室布置工作；需要其他科室配合的，由分管局领导或办公室主任出面协调",
            "a section head may not assign work to another section",
            trace=["跨科室"],
        )
    if gap > 1:
        if facts.get("special_direct"):
            return ctx.finding(
                WARNING,
                "局领导直接交办的专项工作：完成人直接向交办领导反馈，并及时报告局长和分管领导",
                "a direct special task: report to the assigner, the director and the deputy",
                trace=["特殊专项直接交办"],
            )
        return ctx.finding(
            WARNING,
            "局领导一般不越级向下级布置工作，以免多头指挥和重复交办",
            "bureau leaders do not normally skip levels",
            trace=[f"{a} → {b} 越 {gap - 1} 级"],
        )
    return ctx.finding(ALLOWED, "逐级布置工作", "assigned level by level", trace=[f"{a} → {b}"])


INVESTIGATE = check(
    "task.investigate",
    "督办事项查办（未按时办结的责任查处）",
    "Investigating an item not done as required (查办)",
    {
        "type": "object",
        "required": ["cause"],
        "additionalProperties": False,
        "properties": {
            "cause": {
                "enum": ["not_as_required", "subjective_delay", "objective_delay"],
                "description": "not_as_required 未按照要求办理，"
                "subjective_delay 因主观原因未按时办结，objective_delay 客观原因",
            },
            "feedback_given": {
                "type": "boolean",
                "description": "难以如期办结的已及时反馈说明原因并制订措施 the section reported difficulties in time",
            },
        },
    },
)


@rule(
    "task.investigate",
    check="task.investigate",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:13:6.2", "报局党组研究同意后,进行查办"),
        ("wenshan-hrss:13:4.9", "要及时反馈,说明原因,并制订相关措施"),
    ],
)
def task_investigate(facts: Any, ctx: RuleContext) -> Finding:
    """未按要求办理或因主观原因未按时办结的，人事教育科和机关党委派督查组调查、提出处理意见，报局党组同意后查办；
    客观原因且已及时反馈说明的不查办."""
    cause = facts["cause"]
    if cause == "objective_delay" and facts.get("feedback_given", False):
        return ctx.finding(
            ALLOWED,
            "客观原因难以如期办结且已及时反馈说明原因、制订措施，不启动查办",
            "objective delay reported in time: no investigation",
            trace=["客观原因，已反馈"],
            cites=["wenshan-hrss:13:4.9"],
        )
    return ctx.finding(
        NEEDS_APPROVAL,
        "人事教育科和机关党委派出督查组调查并提出处理意见，报局党组研究同意后查办；需要问责的按规定问责",
        "the HR section and organ party committee investigate; the party group approves",
        trace=[f"原因 {cause}，反馈={facts.get('feedback_given', False)}"],
        approvers=["party_group_meeting"],
        cites=["wenshan-hrss:13:6.2"],
    )


INSTRUCTION = check(
    "task.instruction",
    "领导批示件的登记、转办与反馈",
    "Registering, passing on and reporting back on a leader's instruction",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "registered_fields": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": ["content", "instruction", "deadline", "section", "responsible"]},
                "description": "已登记：批件内容、领导批示意见、完成时限、办理科室、责任人 fields registered",
            },
            "receipt_signed": {"type": "boolean", "description": "转交时收件人已签收 the recipient signed"},
            "section_head_reviewed": {"type": "boolean", "description": "责任科室负责人已审查办理情况"},
            "office_verified": {"type": "boolean", "description": "办公室已核对是否符合转办要求 the office verified"},
            "feedback_to": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": ["deputy_in_charge", "instructing_leader", "chief"]},
                "description": "办结报告附原批示件报送：分管领导、原批示领导、局长 recipients of the completion report",
            },
            "major_urgent": {"type": "boolean", "description": "重大、紧急事项 a major or urgent item"},
        },
    },
)


@rule(
    "task.instruction",
    check="task.instruction",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:62:4.1", "将批件内容、领导批示意见、完成时限、办理科室、责任人等逐项登记清楚"),
        ("wenshan-hrss:62:4.2", "批示件转交过程中要让收件人签收"),
        ("wenshan-hrss:62:4.4", "办公室要认真核对是否符合转办时所提出的要求"),
        ("wenshan-hrss:62:4.5", "将办结报告和原批示件附在一起,报送给分管领导和原批示领导阅示"),
        ("wenshan-hrss:14:2.3", "对重大、紧急事项的办理进展情况要随时反馈交办领导并报局长、分管局领导阅知"),
    ],
)
def task_instruction(facts: Any, ctx: RuleContext) -> Finding:
    """登记五项、收件人签收、科室负责人审查、办公室核对、办结报告附原批示件报分管领导和原批示领导（重大紧急事项
    并报局长）."""
    problems: list[tuple[str, str, str]] = []
    reg = facts.get("registered_fields")
    if reg is not None:
        missing = [f for f in ("content", "instruction", "deadline", "section", "responsible") if f not in reg]
        if missing:
            problems.append(
                (
                    "批示件登记缺：" + "、".join(missing),
                    "registration lacks " + ", ".join(missing),
                    "wenshan-hrss:62:4.1",
                )
            )
    if facts.get("receipt_signed") is False:
        problems.append(("转交批示件须收件人签收", "the recipient must sign", "wenshan-hrss:62:4.2"))
    if facts.get("section_head_reviewed") is False or facts.get("office_verified") is False:
        problems.append(
            ("办结须责任科室负责人审查、办公室核对", "review by section head and office needed", "wenshan-hrss:62:4.4")
        )
    to = facts.get("feedback_to")
    if to is not None:
        need = {"deputy_in_charge", "instructing_leader"} | ({"chief"} if facts.get("major_urgent") else set())
        lack = sorted(need - set(to))
        if lack:
            problems.append(
                (
                    "办结报告须报送：" + "、".join(lack),
                    "the report must also go to " + ", ".join(lack),
                    "wenshan-hrss:14:2.3" if lack == ["chief"] else "wenshan-hrss:62:4.5",
                )
            )
    if problems:
        return _problems(ctx, problems)
    return ctx.finding(
        ALLOWED,
        "批示件登记、转办、反馈符合程序",
        "instruction handled as required",
        trace=["各环节齐备"],
        cites=["wenshan-hrss:62:4.5"],
    )


RESEARCH = check(
    "task.research",
    "调研课题的提出与批准",
    "Proposing and approving a research topic",
    {
        "type": "object",
        "required": ["kind"],
        "additionalProperties": False,
        "properties": {
            "kind": {
                "enum": ["special", "business", "higher_assigned", "routine_report"],
                "description": "special 专题调研课题，business 一般业务性课题，higher_assigned 省厅/州委州政府部署，"
                "routine_report 科室常规性调查报告",
            },
            "proposer": {"enum": ["office", "section"], "description": "提出者 proposer"},
            "section_named": {"type": "boolean", "description": "已确定课题完成科室和完成时间 section and date fixed"},
            "lead_named": {"type": "boolean", "description": "已明确课题负责人 a topic lead named"},
            "major": {"type": "boolean", "description": "必要时提交党组会议或局务会议讨论 needs a meeting"},
        },
    },
)


@rule(
    "task.research",
    check="task.research",
    agencies=[WS],
    cites=[
        ("wenshan-hrss:58:2", "每次专题调研课题由办公室提出,报局长审核批准即可开展调查研究"),
        ("wenshan-hrss:58:2", "各科室提出后报分管领导审核批准后即可开展调查研究"),
        ("wenshan-hrss:58:5", "确定课题完成科室、完成时间,然后报局领导审核,必要时提交党组会议或局务会议讨论"),
        ("wenshan-hrss:58:6", "科室要明确课题负责人"),
        ("wenshan-hrss:58:7", "科室完成的常规性调查报告,可直接送局领导参阅"),
    ],
)
def task_research(facts: Any, ctx: RuleContext) -> Finding:
    """专题课题办公室提出→局长批准；一般业务性课题科室提出→分管领导批准；须确定完成科室、时间和课题负责人；
    必要时提交党组会议或局务会议；常规性调查报告直接送局领导."""
    kind = facts["kind"]
    if kind == "routine_report":
        return ctx.finding(
            ALLOWED,
            "科室常规性调查报告可直接送局领导参阅",
            "routine report goes straight to the leaders",
            trace=["常规性调查报告"],
            cites=["wenshan-hrss:58:7"],
        )
    if kind == "special" and facts.get("proposer", "office") != "office":
        return ctx.finding(
            BLOCKED,
            "专题调研课题由办公室提出",
            "special topics are proposed by the office",
            trace=["提出者=科室"],
            cites=["wenshan-hrss:58:2"],
        )
    if facts.get("section_named") is False or facts.get("lead_named") is False:
        return ctx.finding(
            BLOCKED,
            "课题须确定完成科室、完成时间并明确课题负责人",
            "a topic needs its section, date and lead",
            trace=["科室/负责人未明确"],
            cites=["wenshan-hrss:58:5", "wenshan-hrss:58:6"],
        )
    if facts.get("major"):
        return ctx.finding(
            NEEDS_APPROVAL,
            "报局领导审核后提交党组会议或局务会议讨论",
            "to the party group meeting",
            trace=["必要时上会"],
            approvers=["party_group_meeting"],
            cites=["wenshan-hrss:58:5"],
        )
    approver = "chief" if kind in ("special", "higher_assigned") else "deputy_in_charge"
    return ctx.finding(
        NEEDS_APPROVAL,
        "报局长审核批准后开展" if approver == "chief" else "报分管领导审核批准后开展",
        f"approved by {approver}",
        trace=[f"课题 {kind} → {approver}"],
        approvers=[approver],
        cites=["wenshan-hrss:58:2"],
    )


# ================================================================================================ inspection.*

LAUNCH = check(
    "inspection.launch",
    "脱贫攻坚督查立项（方案审批、督查通知单）",
    "Launching a poverty-eradication inspection (plan approval, notice)",
    {
        "type": "object",
        "required": ["method"],
        "additionalProperties": False,
        "properties": {
            "method": {
                "enum": ["chase", "special", "onsite", "tracking", "cross", "spot_check"],
                "description": "chase 催办督查，special 专项督查，onsite 实地督查，tracking 跟踪督查，cross 交叉督查，"
                "spot_check 抽查暗访",
            },
            "plan_approved": {"type": "boolean", "description": "督查方案已报分管领导审批 the plan was approved"},
            "notice_issued": {"type": "boolean", "description": "已下发《督查通知单》 the notice was issued"},
            "priority": {
                "type": "boolean",
                "description": "上级临时重要决策部署或领导临时交办 an urgent higher-level item",
            },
        },
    },
)


@rule(
    "inspection.launch",
    check="inspection.launch",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:5:15", "报分管领导审批后对被督查对象下发《督查通知单》进行告知"),
        ("baicheng-fupin:5:15", "对拟采取抽查暗访的督查不下发《督查通知单》告知"),
        ("baicheng-fupin:5:16", "由督查执行部门对督查承办部门下发督办通知单、电话通知等方式进行告知"),
        ("baicheng-fupin:5:3", "要优先办理，做到急件急办、要件要办"),
    ],
)
def inspection_launch(facts: Any, ctx: RuleContext) -> Finding:
    """督查方案报分管领导审批后下发《督查通知单》；抽查暗访不下发通知单；上级临时交办事项优先办理."""
    m = facts["method"]
    if m == "spot_check" and facts.get("notice_issued"):
        return ctx.finding(
            BLOCKED,
            "抽查暗访的督查不下发《督查通知单》",
            "no notice for an unannounced check",
            trace=["抽查暗访，已发通知"],
            cites=["baicheng-fupin:5:15"],
        )
    if not facts.get("plan_approved", False):
        return ctx.finding(
            NEEDS_APPROVAL,
            "督查执行部门制定督查方案，报分管领导审批",
            "the inspection plan needs the deputy in charge's approval",
            trace=["方案未审批"],
            approvers=["deputy_in_charge"],
            cites=["baicheng-fupin:5:15"],
        )
    if m != "spot_check" and facts.get("notice_issued") is False:
        return ctx.finding(
            BLOCKED,
            "方案审批后须对被督查对象下发《督查通知单》告知",
            "the inspected body must receive the notice",
            trace=["未发通知单"],
            cites=["baicheng-fupin:5:15"],
        )
    note = "（上级临时交办，急件急办、要件要办，优先办理）" if facts.get("priority") else ""
    return ctx.finding(
        ALLOWED,
        f"方案已审批，可以实施督查{note}",
        "approved: the inspection may start",
        trace=[f"方式 {m}"],
        cites=["baicheng-fupin:5:3" if note else "baicheng-fupin:5:15"],
    )


REPORT = check(
    "inspection.report",
    "督查反馈与督查纪律",
    "Inspection report, circular and misconduct referral",
    {
        "type": "object",
        "required": [],
        "additionalProperties": False,
        "properties": {
            "report_read_by_leader": {"type": "boolean", "description": "督查报告已报上级领导审阅 read by the leader"},
            "circular_planned": {"type": "boolean", "description": "拟形成督查通报在全市通报 a city-wide circular"},
            "misconduct": {
                "enum": ["none", "inspected", "inspector"],
                "description": "none 无，inspected 被督查对象弄虚作假、隐瞒、整改不力，inspector 督查执行部门徇私舞弊",
            },
            "referred": {"type": "boolean", "description": "已交由所属组织、纪检部门查处 referred"},
        },
    },
)


@rule(
    "inspection.report",
    check="inspection.report",
    agencies=[BC],
    cites=[
        ("baicheng-fupin:5:18", "按照领导的批示形成督查通报，在全市进行通报"),
        ("baicheng-fupin:5:19", "交由所属组织、纪检部门查处"),
        ("baicheng-fupin:5:20", "致使督查结果不公的直接领导者和当事人"),
    ],
)
def inspection_report(facts: Any, ctx: RuleContext) -> Finding:
    """督查报告报上级领导审阅，按批示形成通报；弄虚作假或徇私舞弊的交由所属组织、纪检部门查处."""
    mis = facts.get("misconduct", "none")
    if mis != "none" and not facts.get("referred", False):
        cite = "baicheng-fupin:5:19" if mis == "inspected" else "baicheng-fupin:5:20"
        return ctx.finding(
            BLOCKED,
            "对直接领导者和当事人须交由所属组织、纪检部门查处",
            "refer those responsible to their organisation and discipline body",
            trace=[f"违纪 {mis}"],
            cites=[cite],
        )
    if facts.get("circular_planned") and not facts.get("report_read_by_leader", False):
        return ctx.finding(
            NEEDS_APPROVAL,
            "督查报告须报上级领导审阅，按照领导的批示形成督查通报",
            "the report goes to the leader, whose instruction shapes the circular",
            trace=["报告未经审阅"],
            approvers=["bureau_leader"],
            cites=["baicheng-fupin:5:18"],
        )
    return ctx.finding(
        ALLOWED,
        "督查反馈符合程序",
        "reported as required",
        trace=[f"违纪 {mis}"],
        cites=["baicheng-fupin:5:18"],
    )
