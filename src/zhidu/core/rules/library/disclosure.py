"""Government information disclosure, public-opinion response, policy interpretation, new media and
websites.

制度 implemented (citation ids in brackets):
- 白城 《政务信息公开管理制度》一、公开属性源头认定规则 [baicheng-fupin:21] — attribute by content,
  forwarded documents, no mixing, return of unmarked drafts;
- 白城 二、主动公开和依申请公开规定 [baicheng-fupin:22] — exemptions and consent, proactive 10 working days,
  requests: content of the request, seven kinds of answer, 15 working days, extension ≤30 working days
  with the disclosure office head's consent, suspension, catalogue update 10 working days, deferral;
- 白城 三、政务舆情回应办法 [baicheng-fupin:23] — 1 hour / 24 hours / 48 hours, no concealment, consulting
  other organs;
- 白城 四、政策文件解读工作规定 [baicheng-fupin:24] — plan and materials with the request, 3 days;
- 白城 六、政府信息清理工作规定 [baicheng-fupin:26] — scope, labels, answer plans;
- 白城 七、政务新媒体管理办法 and 八、政务新媒体发布管理规定 [baicheng-fupin:27, 28] — account opening,
  staff accounts, tiered review by information class, content rules, password and login rules;
- 文山 第三十二条 网站管理制度 [wenshan-hrss:36] — three review levels, publishing flows, forbidden
  content, links, withdrawal, update time limits.

Catalog vs seed: S003-24's "三天" is read as calendar days (the text says 天, not 工作日); the catalog
flags it. S003-27 and S003-28 name different approvers for "major" information: they are read as two
classes (27: 重大敏感/全局性 → 主要领导; 28: 重大信息 → 科室主要负责人、办公室、分管领导).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from ..helpers import DATE, FLAG, enum, enum_list, iso, obj
from ..model import ALLOWED, BLOCKED, WARNING, Deadline, Finding, Outcome
from ..registry import Facts, RuleContext, check, rule
from .services import (
    APPROVED_BY,
    DATETIME,
    SUSPENSIONS,
    approvals_needed,
    ask,
    d,
    day,
    moment,
    no,
    ok,
    parse_day,
    pc,
    plain_deadline,
    running_deadline,
    timed,
    today,
    warn,
)

BC = ["baicheng-fupin"]
WS = ["wenshan-hrss"]

ATTRS = ["active", "on_request", "not_public", "none"]
ATTR_ZH = {
    "active": "主动公开",
    "on_request": "依申请公开",
    "not_public": "不公开",
    "none": "未标识",
    "invalid": "无效",
}


# ================================================================ 公开属性 (baicheng-fupin:21)

FEATURES = [
    "public_interest",  # 涉及公民、法人或其他组织切身利益
    "public_awareness",  # 需要社会公众广泛知晓或参与
    "organisation_info",  # 反映机构设置、职能、办事程序
    "internal_management",  # 机关内部管理事务
    "internal_material",  # 内部资料
    "trade_secret",  # 商业秘密
    "privacy",  # 个人隐私
    "report_to_superior",  # 报上级机关的请示和报告
    "consultation",  # 向有关部门征求意见和答复有关部门意见
    "state_secret",  # 涉及国家秘密
    "work_secret",  # 涉及工作秘密
]
NOT_PUBLIC = {"report_to_superior", "consultation", "state_secret", "work_secret"}
ON_REQUEST = {"internal_management", "internal_material", "trade_secret", "privacy"}
ACTIVE = {"public_interest", "public_awareness", "organisation_info"}

check(
    "disclosure.attribute",
    "公文公开属性的源头认定",
    "Disclosure attribute of an official document",
    obj(
        ["attribute"],
        {
            "doc_kind": enum(
                "文种：公文（命令、决定、公告、通告、通知、通报、报告、请示、批复、意见、函、会议纪要）"
                "或 non_document 简报、统计报表等 "
                "kind of document",
                [
                    "order",
                    "decision",
                    "announcement",
                    "public_notice",
                    "notice",
                    "circular",
                    "report",
                    "request",
                    "reply",
                    "opinion",
                    "letter",
                    "minutes",
                    "non_document",
                ],
            ),
            "attribute": enum("标注的公开属性 marked attribute", ATTRS),
            "features": enum_list("公文内容特征 content features", FEATURES),
            "forwarding": d("转发类公文 a forwarding document", FLAG),
            "forwarded_attribute": enum("所转发公文的公开属性 attribute of the forwarded document", ATTRS),
            "contains_restricted_content": d(
                "夹带依申请公开或不予公开的内容 contains on-request or non-public content", FLAG
            ),
        },
    ),
)


def _expected_attribute(features: set[str]) -> str | None:
    if features & NOT_PUBLIC:
        return "not_public"
    if features & ON_REQUEST:
        return "on_request"
    if features & ACTIVE:
        return "active"
    return None


@rule(
    "disclosure.attribute.marked",
    check="disclosure.attribute",
    agencies=BC,
    cites=[
        ("baicheng-fupin:21:4", "无标识公开属性的公文，应退回承办科室重新办理"),
        ("baicheng-fupin:21:3", "在公文产生的过程中同步确定其公开属性"),
        ("baicheng-fupin:21:5", "可根据有关规定确定公开属性"),
    ],
)
def attribute_marked(facts: Facts, ctx: RuleContext) -> Finding:
    """公文须在产生过程中同步标识公开属性；无标识的退回承办科室；简报、统计报表等可按规定确定。"""
    if facts["attribute"] != "none":
        return ok(
            ctx,
            f"已标识公开属性：{ATTR_ZH[facts['attribute']]}",
            "the attribute is marked",
            trace=["已标识"],
            cites=["baicheng-fupin:21:3"],
        )
    if facts.get("doc_kind") == "non_document":
        return warn(
            ctx,
            "简报、统计报表等非公文类政务信息应根据有关规定确定公开属性",
            "set an attribute for non-document information",
            cites=["baicheng-fupin:21:5"],
            trace=["非公文未标识"],
        )
    return no(
        ctx,
        "公文未标识公开属性，应退回承办科室重新办理",
        "no attribute marked: return the draft to the drafting section",
        cites=["baicheng-fupin:21:4"],
        trace=["未标识"],
    )


@rule(
    "disclosure.attribute.category",
    check="disclosure.attribute",
    agencies=BC,
    cites=[
        ("baicheng-fupin:21:3.1", "应确定为“主动公开”"),
        ("baicheng-fupin:21:3.1", "应确定为“依申请公开”"),
        ("baicheng-fupin:21:3.1", "应确定为“不公开”"),
        ("baicheng-fupin:21:3.2", "应根据所转发公文的公开属性确定转发公文的政府信息公开属性"),
    ],
)
def attribute_category(facts: Facts, ctx: RuleContext) -> Finding | None:
    """按内容认定：请示报告、征求意见、国家秘密和工作秘密→不公开；内部管理、内部资料、商业秘密、个人隐私→依申请公开；
    涉及切身利益、需公众知晓参与、反映机构职能程序→主动公开。转发类随所转发公文；所转发公文无属性的重新确定。"""
    marked = facts["attribute"]
    if marked == "none":
        return None
    trace: list[str] = []
    want: str | None = None
    if facts.get("forwarding") and facts.get("forwarded_attribute", "none") != "none":
        want = facts["forwarded_attribute"]
        trace.append(f"转发类：所转发公文为{ATTR_ZH[want]}")
        cites = ["baicheng-fupin:21:3.2"]
    else:
        feats = set(facts.get("features", []))
        want = _expected_attribute(feats)
        if facts.get("forwarding"):
            trace.append("所转发公文未定属性：按内容重新确定")
        trace.append("内容特征：" + ("、".join(sorted(feats)) or "无"))
        cites = ["baicheng-fupin:21:3.1"]
    if want is None:
        return ok(
            ctx,
            "内容未触及认定规则，按承办科室标注",
            "no content rule applies: the marking stands",
            cites=cites,
            trace=trace,
        )
    if want != marked:
        return no(
            ctx,
            f"公开属性应为“{ATTR_ZH[want]}”，标注为“{ATTR_ZH[marked]}”，退回重新认定",
            f"the attribute should be {want}, not {marked}",
            cites=cites,
            trace=[*trace, f"应为 {ATTR_ZH[want]}"],
        )
    return ok(
        ctx, f"公开属性“{ATTR_ZH[marked]}”认定正确", "attribute consistent with the content", cites=cites, trace=trace
    )


@rule(
    "disclosure.attribute.no_mixing",
    check="disclosure.attribute",
    agencies=BC,
    cites=[("baicheng-fupin:21:3.3", "确定为“主动公开”的公文，不可夹带“依申请公开”和“不予公开”的内容")],
)
def attribute_no_mixing(facts: Facts, ctx: RuleContext) -> Finding | None:
    """主动公开的公文不可夹带依申请公开和不予公开的内容。"""
    if facts["attribute"] != "active":
        return None
    if facts.get("contains_restricted_content"):
        return no(
            ctx,
            "主动公开的公文不可夹带依申请公开或不予公开的内容",
            "a proactive document may not carry restricted content",
            trace=["夹带受限内容"],
        )
    return ok(ctx, "主动公开公文未夹带受限内容", "no restricted content", trace=["未夹带"])


# ================================================================ 主动公开 (baicheng-fupin:22)

check(
    "disclosure.proactive",
    "主动公开与政务信息目录更新时限",
    "Proactive disclosure and catalogue updates: time limits",
    obj(
        ["event", "event_on"],
        {
            "event": enum(
                "generated 主动公开信息生成、catalogue_change 公开事项期限或形式变化 triggering event",
                ["generated", "catalogue_change"],
            ),
            "event_on": d("信息生成或发生变化之日 date generated or changed", DATE),
            "done_on": d("公开或调整更新之日 date published or updated", DATE),
            "secrecy_undetermined": d("尚未确定是否属于国家秘密 secrecy status not yet determined", FLAG),
            "deferral_approved": d("暂缓公开已经主管领导人批准 deferral approved by the leader in charge", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "disclosure.proactive.deadline",
    check="disclosure.proactive",
    agencies=BC,
    cites=[
        ("baicheng-fupin:22:5", "应当于信息生成之日起10个工作日内公开"),
        ("baicheng-fupin:22:12", "自发生变化之日起10个工作日内对政府信息目录进行调整和更新"),
    ],
    params=["disclosure.proactive.publish_working_days", "disclosure.proactive.catalogue_working_days"],
)
def proactive_deadline(facts: Facts, ctx: RuleContext) -> Finding | None:
    """主动公开信息自生成之日起 10 个工作日内公开；目录自变化之日起 10 个工作日内调整更新。"""
    if facts.get("secrecy_undetermined") and facts["event"] == "generated":
        return None
    start = parse_day(facts["event_on"], "event_on")
    if facts["event"] == "generated":
        name, zh, en, cite = (
            "disclosure.proactive.publish_working_days",
            "主动公开",
            "publication",
            "baicheng-fupin:22:5",
        )
    else:
        name, zh, en, cite = (
            "disclosure.proactive.catalogue_working_days",
            "调整更新政务信息目录",
            "catalogue update",
            "baicheng-fupin:22:12",
        )
    n: int = ctx.param(name)
    dl = ctx.deadline(start, n, "working_days", f"{zh}期限", f"{en} due")
    return timed(ctx, dl, day(facts, "done_on"), today(facts, ctx), zh, en, cites=[cite], extra=pc(ctx, name))


@rule(
    "disclosure.proactive.deferral",
    check="disclosure.proactive",
    agencies=BC,
    cites=[("baicheng-fupin:22:13", "由承办人员提出具体意见交本机关主管领导人审核批准后")],
)
def proactive_deferral(facts: Facts, ctx: RuleContext) -> Finding | None:
    """尚未确定是否属于国家秘密的，承办人员提出意见、主管领导人批准后暂缓公开。"""
    if not facts.get("secrecy_undetermined"):
        return None
    if facts.get("deferral_approved"):
        return ok(
            ctx,
            "已批准暂缓公开，待性质或密级确定后处理",
            "deferral approved until classification is settled",
            trace=["已批准暂缓"],
        )
    return ask(
        ctx,
        ["deputy_in_charge"],
        "尚未确定是否属于国家秘密，须经主管领导人审核批准后暂缓公开",
        "secrecy undetermined: the leader in charge must approve a deferral",
        trace=["待批准暂缓"],
    )


# ================================================================ 依申请公开 (baicheng-fupin:22)

EXEMPTIONS = ["state_secret", "trade_secret", "privacy", "in_process", "law_enforcement", "legal_exemption"]
EXEMPT_ZH = {
    "state_secret": "国家秘密",
    "trade_secret": "商业秘密",
    "privacy": "个人隐私",
    "in_process": "正在调查、讨论、处理过程中",
    "law_enforcement": "与执法有关、公开后可能影响查处或危及生命安全",
    "legal_exemption": "法律、法规、规章规定不予公开",
}
REQUEST_ITEMS = ["name", "id_proof", "address", "contact", "description"]
REQUEST_ZH = {
    "name": "姓名或名称",
    "id_proof": "身份证明",
    "address": "地址",
    "contact": "联系方式",
    "description": "所需信息描述",
}

check(
    "disclosure.request",
    "依申请公开：能否提供与答复时限",
    "Disclosure on request: what may be provided and when",
    obj(
        ["received_on"],
        {
            "received_on": d("收到申请之日 date the request was received", DATE),
            "request_items": enum_list("申请所含要素 items the request contains", REQUEST_ITEMS),
            "exemptions": enum_list("所涉不予公开情形 exemptions that apply", EXEMPTIONS),
            "consent": d("有关单位和个人同意公开（商业秘密、个人隐私） consent of the party concerned", FLAG),
            "already_public": d("属已主动公开的信息 already published", FLAG),
            "held_by_office": d("属本机关掌握的信息（默认是） held by this office", FLAG),
            "exists": d("所申请信息存在（默认是） the information exists", FLAG),
            "content_clear": d("申请内容明确（默认是） the request is clear", FLAG),
            "on_the_spot": d("当场答复或提供 answered on the spot", FLAG),
            "answered_on": d("答复或提供之日 date answered", DATE),
            "extension_working_days": d(
                "延长的工作日数 extension in working days", {"type": "integer", "minimum": 0, "maximum": 365}
            ),
            "extension_approved": d(
                "延期经负责政务信息公开的机构负责人同意 extension approved by the disclosure office head", FLAG
            ),
            "extension_notified": d("已书面告知申请人延期 applicant told of the extension in writing", FLAG),
            "suspensions": d("因不可抗力或其他法定事由中止的期间 suspensions for force majeure", SUSPENSIONS),
            "suspension_notified": d("中止和恢复已书面通知申请人 suspension and resumption notified", FLAG),
            "requested_form": enum(
                "申请人选择的获取形式 form the applicant asked for", ["post", "delivery", "fax", "email", "on_site"]
            ),
            "provided_form": enum("实际提供形式 form actually used", ["post", "delivery", "fax", "email", "on_site"]),
            "technical_reason": d("因技术原因无法以申请要求的形式提供 technically impossible", FLAG),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "disclosure.request.content",
    check="disclosure.request",
    agencies=BC,
    cites=[
        ("baicheng-fupin:22:2", "有前款第2项、第3项规定情形的信息，有关单位和个人同意公开的，可以公开"),
        ("baicheng-fupin:22:9.4", "属于不予公开范围的，应当告知申请人"),
        ("baicheng-fupin:22:9.5", "不属于本机关掌握的政务信息，应当告知申请人"),
        ("baicheng-fupin:22:9.6", "申请公开的政务信息不存在的，应当告知申请人"),
        ("baicheng-fupin:22:9.7", "申请公开的内容不明确的，应当告知申请人更改、补充申请"),
        ("baicheng-fupin:22:9.1", "属于已主动公开的，应当告知申请人获得该政务信息的方式和途径"),
    ],
)
def request_content(facts: Facts, ctx: RuleContext) -> Finding:
    """按七种情形答复：已公开的告知途径；不予公开的告知；非本机关掌握的告知并指明拥有机关；不存在的告知；不明确的告知更改补充；
    其余提供。商业秘密、个人隐私经有关单位和个人同意可以公开。"""
    if facts.get("content_clear") is False:
        return no(
            ctx,
            "申请内容不明确，应告知申请人更改、补充申请",
            "unclear request: ask the applicant to amend it",
            cites=["baicheng-fupin:22:9.7"],
            trace=["内容不明确"],
        )
    if facts.get("held_by_office") is False:
        return no(
            ctx,
            "不属本机关掌握的信息，应告知申请人并告知拥有机关的名称或联系方式",
            "not held here: tell the applicant and name the holder if known",
            cites=["baicheng-fupin:22:9.5"],
            trace=["非本机关掌握"],
        )
    if facts.get("exists") is False:
        return no(
            ctx,
            "申请公开的信息不存在，应告知申请人",
            "the information does not exist: tell the applicant",
            cites=["baicheng-fupin:22:9.6"],
            trace=["信息不存在"],
        )
    ex = set(facts.get("exemptions", []))
    hard = ex - {"trade_secret", "privacy"}
    soft = ex & {"trade_secret", "privacy"}
    if hard or (soft and not facts.get("consent")):
        why = [EXEMPT_ZH[k] for k in EXEMPTIONS if k in (hard | (soft if not facts.get("consent") else set()))]
        return no(
            ctx,
            "属于不予公开范围（" + "、".join(why) + "），应告知申请人",
            "exempt from disclosure: tell the applicant",
            cites=["baicheng-fupin:22:9.4", "baicheng-fupin:22:2"],
            trace=why,
        )
    trace = [f"{'、'.join(EXEMPT_ZH[k] for k in sorted(soft))}：有关单位和个人同意公开"] if soft else []
    if facts.get("already_public"):
        return ok(
            ctx,
            "属已主动公开的信息，告知申请人获得的方式和途径",
            "already public: tell the applicant where",
            cites=["baicheng-fupin:22:9.1"],
            trace=[*trace, "已主动公开"],
        )
    return ok(
        ctx,
        "应向申请人提供所需政务信息",
        "provide the information",
        cites=["baicheng-fupin:22:2"],
        trace=[*trace, "可以公开"],
    )


@rule(
    "disclosure.request.form",
    check="disclosure.request",
    agencies=BC,
    cites=[
        (
            "baicheng-fupin:22:8",
            "获取政务信息的申请应当包括申请人的姓名或者名称、身份证明、地址、联系方式以及所需政务信息内容的描述等",
        )
    ],
)
def request_form(facts: Facts, ctx: RuleContext) -> Finding | None:
    """申请应包括姓名或名称、身份证明、地址、联系方式和所需信息描述。"""
    if "request_items" not in facts:
        return None
    have = set(facts["request_items"])
    miss = [REQUEST_ZH[k] for k in REQUEST_ITEMS if k not in have]
    if miss:
        return no(
            ctx, "申请缺少：" + "、".join(miss) + "，应告知申请人补充", "the request lacks required items", trace=miss
        )
    return ok(ctx, "申请要素齐全", "the request is complete", trace=["要素齐全"])


@rule(
    "disclosure.request.delivery",
    check="disclosure.request",
    agencies=BC,
    cites=[
        (
            "baicheng-fupin:22:11",
            "本机关应当以该申请要求的形式提供。因技术原因无法满足的，可以选择以符合该政府部门信息特点的形式提供",
        ),
    ],
)
def request_delivery(facts: Facts, ctx: RuleContext) -> Finding | None:
    """申请人选择邮寄、递送、传真、电子邮件等形式的，应以申请要求的形式提供；因技术原因无法满足的可选其他适当形式。"""
    want, got = facts.get("requested_form"), facts.get("provided_form")
    if want is None or got is None:
        return None
    if want == got:
        return ok(ctx, "按申请要求的形式提供", "provided in the form asked for", trace=[f"{want} = {got}"])
    if facts.get("technical_reason"):
        return ok(
            ctx,
            "因技术原因以其他适当形式提供",
            "another suitable form for technical reasons",
            trace=[f"{want} → {got}（技术原因）"],
        )
    return no(
        ctx, "应以申请人要求的形式提供政务信息", "the applicant's chosen form must be used", trace=[f"{want} ≠ {got}"]
    )


@rule(
    "disclosure.request.deadline",
    check="disclosure.request",
    agencies=BC,
    cites=[
        ("baicheng-fupin:22:10", "应当在收到申请之日起15个工作日内予以答复或者提供政务信息"),
        ("baicheng-fupin:22:10", "延长期限最长不超过30个工作日"),
        ("baicheng-fupin:22:10", "期限的中止和恢复，应当及时书面通知申请人"),
    ],
    params=["disclosure.request.deadline.working_days", "disclosure.request.deadline.max_extension"],
)
def request_deadline(facts: Facts, ctx: RuleContext) -> Finding:
    """能当场答复的当场答复；否则收到申请之日起 15 个工作日内；经公开机构负责人同意可延长，最长 30 个工作日，书面告知；
    不可抗力等中止的期间不计，中止和恢复书面通知。"""
    if facts.get("on_the_spot"):
        return ok(ctx, "已当场答复或提供", "answered on the spot", trace=["当场答复"])
    p = "disclosure.request.deadline."
    start = parse_day(facts["received_on"], "received_on")
    n: int = ctx.param(p + "working_days")
    cap: int = ctx.param(p + "max_extension")
    extra = pc(ctx, p + "working_days") + pc(ctx, p + "max_extension")
    susp = [
        (parse_day(s["from"], "suspensions"), parse_day(s["to"], "suspensions")) for s in facts.get("suspensions", [])
    ]
    ext = facts.get("extension_working_days", 0)
    base = running_deadline(ctx, start, n, "working_days", "依申请公开答复期限", "answer due", suspensions=susp)
    if ext > cap:
        return no(
            ctx,
            f"延长 {ext} 个工作日，超过最长 {cap} 个工作日",
            f"an extension of {ext} working days exceeds {cap}",
            extra=extra,
            deadlines=[base],
            trace=[f"延长 {ext} > {cap} 个工作日"],
        )
    if ext and not facts.get("extension_approved"):
        return ask(
            ctx,
            ["office"],
            "延长答复期限须经本机关负责政务信息公开的机构负责人同意，并书面告知申请人",
            "an extension needs the consent of the disclosure office head and written notice",
            extra=extra,
            deadlines=[base],
            trace=[f"延长 {ext} ≤ {cap} 个工作日，待同意"],
        )
    dl = running_deadline(
        ctx,
        start,
        n,
        "working_days",
        "依申请公开答复期限",
        "answer due",
        suspensions=susp,
        extensions=[(ext, "working_days")] if ext else [],
    )
    f = timed(ctx, dl, day(facts, "answered_on"), today(facts, ctx), "答复或提供政务信息", "answer", extra=extra)
    if f.outcome is ALLOWED:
        miss = []
        if ext and not facts.get("extension_notified"):
            miss.append("延期未书面告知申请人")
        if susp and not facts.get("suspension_notified"):
            miss.append("中止和恢复未书面通知申请人")
        if miss:
            return warn(
                ctx,
                "；".join(miss),
                "written notices to the applicant are missing",
                extra=extra,
                deadlines=[dl],
                trace=[*f.trace, *miss],
            )
    return f


# ================================================================ 政务舆情回应 (baicheng-fupin:23)

check(
    "opinion.response",
    "政务舆情回应时限",
    "Public-opinion response: time limits",
    obj(
        ["level", "detected_at"],
        {
            "level": enum(
                "major_emergency 特别重大、重大突发事件的政务舆情；other 其他政务舆情 level of the event",
                ["major_emergency", "other"],
            ),
            "detected_at": d("发现（监测到）舆情的时间 time the opinion was detected", DATETIME),
            "first_release_at": d("首次信息发布时间 first release", DATETIME),
            "press_conference_at": d("举行新闻发布会的时间 press conference", DATETIME),
            "responded_at": d("予以回应的时间 response", DATETIME),
            "now": d("现在（默认评估日 23:59） now", DATETIME),
            "concealed_or_false": d("存在瞒报、谎报或掩盖事实真相 concealment or false report", FLAG),
            "involves_other_organs": d("拟发布信息涉及其他行政机关 the release involves other organs", FLAG),
            "confirmed_with_organs": d("已与有关部门沟通确认 confirmed with them", FLAG),
        },
    ),
)


def _hours(a: dt.datetime, b: dt.datetime) -> Fraction:
    return Fraction(int((b - a).total_seconds()), 3600)


def _within_hours(
    ctx: RuleContext,
    facts: Facts,
    start: dt.datetime,
    done_key: str,
    hours: int,
    what_zh: str,
    what_en: str,
    late: Outcome,
    extra_name: str,
) -> Finding:
    cut = start + dt.timedelta(hours=hours)
    dl = Deadline(
        cut.date(), f"{what_zh}时限 {cut.isoformat(sep=' ', timespec='minutes')}", f"{what_en} due {iso(cut)}"
    )
    extra = pc(ctx, extra_name)
    done = moment(facts, done_key)
    if done is not None:
        h = _hours(start, done)
        line = f"{what_zh}用时 {float(h):.2f} 小时 {'≤' if h <= hours else '>'} {hours} 小时"
        if h <= hours:
            return ok(
                ctx,
                f"{what_zh}在 {hours} 小时之内",
                f"{what_en} within {hours} hours",
                extra=extra,
                trace=[line],
                deadlines=[dl],
            )
        return ctx.finding(
            late,
            f"{what_zh}超过 {hours} 小时时限",
            f"{what_en} later than {hours} hours",
            extra=extra,
            trace=[line],
            deadlines=[dl],
        )
    now = moment(facts, "now") or dt.datetime.combine(ctx.on, dt.time(23, 59))
    if now > cut:
        return ctx.finding(
            late,
            f"尚未{what_zh}，已超过 {hours} 小时时限（{cut.isoformat(sep=' ', timespec='minutes')}）",
            f"{what_en} overdue ({hours} hours)",
            extra=extra,
            deadlines=[dl],
            trace=[f"现在 {now.isoformat(sep=' ', timespec='minutes')} > {cut.isoformat(sep=' ', timespec='minutes')}"],
        )
    return ok(
        ctx,
        f"须于 {cut.isoformat(sep=' ', timespec='minutes')} 前{what_zh}",
        f"{what_en} due by {iso(cut)}",
        extra=extra,
        deadlines=[dl],
        trace=[f"发现 {start.isoformat(sep=' ', timespec='minutes')} + {hours} 小时"],
    )


@rule(
    "opinion.response.timing",
    check="opinion.response",
    agencies=BC,
    cites=[
        ("baicheng-fupin:23:3", "原则上1小时内要做到首次信息发布"),
        ("baicheng-fupin:23:3", "最迟应在24小时之内举行新闻发布会"),
        ("baicheng-fupin:23:3", "其他政务舆情应在48小时之内予以回应"),
    ],
    params=[
        "opinion.response.first_release_hours",
        "opinion.response.press_conference_hours",
        "opinion.response.other_hours",
    ],
)
def opinion_timing(facts: Facts, ctx: RuleContext) -> list[Finding]:
    """特别重大、重大突发事件：原则上 1 小时内首次发布（逾时提醒），最迟 24 小时之内举行新闻发布会；
    其他舆情 48 小时之内回应。"""
    start = moment(facts, "detected_at")
    assert start is not None
    if facts["level"] == "major_emergency":
        return [
            _within_hours(
                ctx,
                facts,
                start,
                "first_release_at",
                ctx.param("opinion.response.first_release_hours"),
                "首次信息发布",
                "first release",
                WARNING,
                "opinion.response.first_release_hours",
            ),
            _within_hours(
                ctx,
                facts,
                start,
                "press_conference_at",
                ctx.param("opinion.response.press_conference_hours"),
                "举行新闻发布会",
                "press conference",
                BLOCKED,
                "opinion.response.press_conference_hours",
            ),
        ]
    return [
        _within_hours(
            ctx,
            facts,
            start,
            "responded_at",
            ctx.param("opinion.response.other_hours"),
            "予以回应",
            "response",
            BLOCKED,
            "opinion.response.other_hours",
        )
    ]


@rule(
    "opinion.response.integrity",
    check="opinion.response",
    agencies=BC,
    cites=[
        ("baicheng-fupin:23:4", "禁止瞒报、谎报和掩盖事实真相的做法"),
        ("baicheng-fupin:23:5.5", "拟发布信息涉及其他行政机关的，应与有关部门沟通确认"),
    ],
)
def opinion_integrity(facts: Facts, ctx: RuleContext) -> Finding:
    """禁止瞒报、谎报和掩盖事实真相；拟发布信息涉及其他行政机关的，应先沟通确认。"""
    if facts.get("concealed_or_false"):
        return no(
            ctx,
            "禁止瞒报、谎报和掩盖事实真相",
            "concealment and false reporting are forbidden",
            cites=["baicheng-fupin:23:4"],
            trace=["瞒报/谎报"],
        )
    if facts.get("involves_other_organs") and not facts.get("confirmed_with_organs"):
        return no(
            ctx,
            "拟发布信息涉及其他行政机关，须先与有关部门沟通确认",
            "confirm with the other organs before release",
            cites=["baicheng-fupin:23:5.5"],
            trace=["涉及其他机关，未确认"],
        )
    return ok(
        ctx, "发布信息真实，已沟通确认", "truthful and coordinated", cites=["baicheng-fupin:23:4"], trace=["无瞒报"]
    )


# ================================================================ 政策解读 (baicheng-fupin:24)

check(
    "disclosure.interpretation",
    "政策文件解读",
    "Policy interpretation",
    obj(
        ["issuer"],
        {
            "issuer": enum(
                "出台名义：city_government 市政府、city_government_office 市政府办、"
                "poverty_office 市扶贫办 issuing name",
                ["city_government", "city_government_office", "poverty_office"],
            ),
            "kind": enum(
                "文件类别：important_policy 重要政策及文件/政府规章、normative_document 规范性文件、other 其他 kind",
                ["important_policy", "normative_document", "other"],
            ),
            "plan_submitted": d("一并报送解读方案 interpretation plan submitted with the request", FLAG),
            "materials_submitted": d("一并报送解读材料 interpretation materials submitted", FLAG),
            "plan_approved_on": d("解读方案审定之日 plan approved", DATE),
            "materials_done_on": d("完成解读材料之日 materials finished", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "disclosure.interpretation.package",
    check="disclosure.interpretation",
    agencies=BC,
    cites=[
        ("baicheng-fupin:24:2", "要一并报送解读方案和解读材料"),
        ("baicheng-fupin:24:1", "均要通过门户网站、政府信息公开平台、新闻媒体等载体进行科学解读"),
    ],
)
def interpretation_package(facts: Facts, ctx: RuleContext) -> Finding | None:
    """以市政府或市政府办名义出台的重要政策报送请示时，一并报送解读方案和解读材料；以市扶贫办名义的规范性文件、重要政策也须解读。"""
    kind = facts.get("kind", "important_policy")
    if kind == "other":
        return ok(
            ctx,
            "不属须解读的范围",
            "outside the interpretation scope",
            cites=["baicheng-fupin:24:1"],
            trace=["其他文件"],
        )
    if facts["issuer"] in ("city_government", "city_government_office"):
        miss = [
            zh for k, zh in (("plan_submitted", "解读方案"), ("materials_submitted", "解读材料")) if not facts.get(k)
        ]
        if miss:
            return no(
                ctx,
                "报送以市政府（办）名义出台的政策请示，须一并报送" + "和".join(miss),
                "the request must include the interpretation plan and materials",
                cites=["baicheng-fupin:24:2"],
                trace=miss,
            )
        return ok(
            ctx,
            "已一并报送解读方案和解读材料",
            "plan and materials submitted",
            cites=["baicheng-fupin:24:2"],
            trace=["齐全"],
        )
    return ok(
        ctx,
        "以市扶贫办名义出台的规范性文件、重要政策须进行解读",
        "the office's own policy must be interpreted",
        cites=["baicheng-fupin:24:1"],
        trace=["市扶贫办名义"],
    )


@rule(
    "disclosure.interpretation.deadline",
    check="disclosure.interpretation",
    agencies=BC,
    cites=[("baicheng-fupin:24:2", "解读方案一经审定，起草科室须在三天内完成解读材料")],
)
def interpretation_deadline(facts: Facts, ctx: RuleContext) -> Finding | None:
    """解读方案审定后，起草科室三天内完成解读材料（按日历日计）。"""
    start = day(facts, "plan_approved_on")
    if start is None:
        return None
    n: int = ctx.param("disclosure.interpretation.deadline.days")
    dl = ctx.deadline(start, n, "days", "完成解读材料期限", "interpretation materials due")
    return timed(
        ctx,
        dl,
        day(facts, "materials_done_on"),
        today(facts, ctx),
        "完成解读材料",
        "materials",
        extra=pc(ctx, "disclosure.interpretation.deadline.days"),
    )


# ================================================================ 政府信息清理 (baicheng-fupin:26)

CLEAN_FEATURES = [
    "state_secret",  # 涉及国家秘密
    "security_risk",  # 公开后可能危及国家安全、公共安全、经济安全、社会稳定
    "legally_prohibited",  # 法律、行政法规禁止公开
    "trade_secret",
    "privacy",
    "internal_affairs",  # 人事管理、后勤管理、内部工作流程
    "process_info",  # 讨论记录、过程稿、磋商信函、请示报告
    "enforcement_file",  # 行政执法案卷
    "public_interest",
    "public_awareness",
    "organisation_info",
    "legally_required",  # 依法应主动公开
    "special_need",  # 自身生产、生活、科研等特殊需要
    "invalid_document",  # 已经无效的法律法规、规章、规范性文件
]
CLEAN_NOT_PUBLIC = {
    "state_secret",
    "security_risk",
    "legally_prohibited",
    "internal_affairs",
    "process_info",
    "enforcement_file",
}

check(
    "disclosure.cleanup",
    "政府信息清理标注",
    "Clean-up of government information: labels",
    obj(
        ["label"],
        {
            "label": enum(
                "清理标注：active 主动公开、on_request 依申请公开、not_public 不予公开、invalid 无效 label given",
                ["active", "on_request", "not_public", "invalid"],
            ),
            "features": enum_list("信息特征 features of the information", CLEAN_FEATURES),
            "transferred_to_archives": d("已移交档案馆 already transferred to the archives", FLAG),
            "rightholder_consent": d("权利人同意公开 the right-holder consents", FLAG),
            "public_interest_override": d(
                "行政机关认为不公开可能对公共利益造成重大影响 non-disclosure would seriously harm the public interest",
                FLAG,
            ),
            "reply_plan": d("不予公开的已做好答复预案并说明理由 answer plan with reasons", FLAG),
        },
    ),
)


@rule(
    "disclosure.cleanup.label",
    check="disclosure.cleanup",
    agencies=BC,
    cites=[
        ("baicheng-fupin:26:3", "凡未移交档案馆的政府信息"),
        ("baicheng-fupin:26:5", "清理时确定为不予公开的政府信息"),
        ("baicheng-fupin:26:5.2", "但经权利人同意公开或行政机关认为不公开可能对公共利益造成重大影响的除外"),
        ("baicheng-fupin:26:6", "要标注“主动公开”"),
        ("baicheng-fupin:26:7", "要标注“依申请公开”"),
        ("baicheng-fupin:26:8", "注明“无效”"),
    ],
)
def cleanup_label(facts: Facts, ctx: RuleContext) -> Finding:
    """未移交档案馆的信息均属清理范围；无效文件注明无效；国家秘密、安全风险、内部事务、过程性信息、执法案卷等不予公开；
    商业秘密、个人隐私不予公开（权利人同意或公共利益重大的除外）；切身利益等主动公开；特殊需要的依申请公开。"""
    if facts.get("transferred_to_archives"):
        return ok(
            ctx,
            "已移交档案馆的信息不属清理范围",
            "already in the archives: outside the clean-up",
            cites=["baicheng-fupin:26:3"],
            trace=["已移交档案馆"],
        )
    feats = set(facts.get("features", []))
    want: str | None
    if "invalid_document" in feats:
        want, cite = "invalid", "baicheng-fupin:26:8"
    elif feats & CLEAN_NOT_PUBLIC:
        want, cite = "not_public", "baicheng-fupin:26:5"
    elif feats & {"trade_secret", "privacy"} and not (
        facts.get("rightholder_consent") or facts.get("public_interest_override")
    ):
        want, cite = "not_public", "baicheng-fupin:26:5.2"
    elif feats & {"public_interest", "public_awareness", "organisation_info", "legally_required"}:
        want, cite = "active", "baicheng-fupin:26:6"
    elif feats & {"special_need", "trade_secret", "privacy"}:
        want, cite = "on_request", "baicheng-fupin:26:7"
    else:
        want, cite = None, "baicheng-fupin:26:3"
    label = facts["label"]
    trace = ["特征：" + ("、".join(sorted(feats)) or "无")]
    if want is None or want == label:
        return ok(ctx, f"标注“{ATTR_ZH.get(label, label)}”符合清理规定", "label consistent", cites=[cite], trace=trace)
    return no(
        ctx,
        f"应标注“{ATTR_ZH[want]}”，现标注“{ATTR_ZH.get(label, label)}”",
        f"the label should be {want}",
        cites=[cite],
        trace=[*trace, f"应为 {ATTR_ZH[want]}"],
    )


@rule(
    "disclosure.cleanup.reply_plan",
    check="disclosure.cleanup",
    agencies=BC,
    cites=[("baicheng-fupin:26:4", "对不予公开的政府信息，应依法做好答复预案，说明不予公开的理由")],
)
def cleanup_reply_plan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """不予公开的信息应做好答复预案、说明理由。"""
    if facts["label"] != "not_public" or facts.get("transferred_to_archives"):
        return None
    if facts.get("reply_plan"):
        return ok(ctx, "已做好答复预案并说明理由", "answer plan with reasons ready", trace=["有答复预案"])
    return no(
        ctx,
        "不予公开的政府信息须做好答复预案，说明不予公开的理由",
        "an answer plan with reasons is required",
        trace=["无答复预案"],
    )


# ================================================================ 政务新媒体 (baicheng-fupin:27, 28)

check(
    "disclosure.new_media_post",
    "政务新媒体信息发布",
    "Government new media: publishing a post",
    obj(
        ["info_class"],
        {
            "info_class": enum(
                "信息类别：instant 即时信息、general 一般信息、"
                "major 重大信息（重大决策、规划、职权制度等公众须知信息）、"
                "sensitive 涉及重大敏感事件或本办全局性的重大信息 class of information",
                ["instant", "general", "major", "sensitive"],
            ),
            "platform": enum(
                "发布平台：section_account 科室（单位）账号、office_platform 市扶贫办政务新媒体平台 platform",
                ["section_account", "office_platform"],
            ),
            "approved_by": APPROVED_BY,
            "admin_sure": d(
                "管理员对即时信息内容把握准确（默认是） the administrator is sure of an instant post", FLAG
            ),
            "press_procedure": d("已按新闻发布程序报批 approved through the press-release procedure", FLAG),
            "personal_opinion": d("发布代表个人观点、意见及情绪的倾向性言论 personal opinions", FLAG),
            "repost": d("转载信息 a repost", FLAG),
            "repost_marks": enum_list(
                "转载已在显著位置注明的项目 items shown on a repost",
                ["source", "original_author", "original_title", "editor_name"],
            ),
            "altered": d("歪曲、篡改标题原意或信息内容 title or content altered", FLAG),
            "advertising": d("商业性、盈利性或违规广告信息 commercial or advertising content", FLAG),
            "classified": d("含涉密事项 contains classified matters", FLAG),
            "interactive": d("开办对社会开放的互动类功能 opens public interaction", FLAG),
            "interaction_reviewed": d(
                "已落实跟帖评论管理和保密审查 comment management and secrecy review in place", FLAG
            ),
            "ledger_recorded": d("发布后已做台账登记（默认是） recorded in the ledger", FLAG),
        },
    ),
)


@rule(
    "disclosure.new_media.approval",
    check="disclosure.new_media_post",
    agencies=BC,
    cites=[
        ("baicheng-fupin:27:2.1", "未经审核的信息一律不得发布。一般信息由部门负责人初审，单位分管领导审定签发"),
        ("baicheng-fupin:27:2.2", "对涉及重大敏感事件或本办全局性的重大信息由单位主要领导审定签发"),
        ("baicheng-fupin:28:5", "如即时审核对信息内容把握不准，应向其分管领导报告，待分管领导审核后方可发布"),
        ("baicheng-fupin:28:6", "一般信息经科室（单位）负责人审核后，由政务新媒体管理员发布"),
        ("baicheng-fupin:28:7", "送市扶贫办办公室把关，并呈报分管领导审定签发后发布"),
    ],
    params=["disclosure.new_media.approval.general_office_platform"],
)
def new_media_approval(facts: Facts, ctx: RuleContext) -> Finding:
    """分级审核、先审后发：即时信息由授权管理员审核（把握不准报分管领导）；一般信息科室负责人审核（上办平台的办会审、分管领导签发）；
    重大信息科室主要负责人→办公室→分管领导；重大敏感或全局性信息由主要领导审定签发或按新闻发布程序报批。"""
    cls = facts["info_class"]
    plat = facts.get("platform", "section_account")
    if cls == "instant":
        need = [] if facts.get("admin_sure", True) else ["deputy_in_charge"]
        cite = "baicheng-fupin:28:5"
    elif cls == "general":
        need = ["section_head"]
        if plat == "office_platform":
            need += list(ctx.param("disclosure.new_media.approval.general_office_platform"))
        cite = "baicheng-fupin:28:6"
    elif cls == "major":
        need = ["section_head", "office", "deputy_in_charge"]
        cite = "baicheng-fupin:28:7"
    else:
        need = [] if facts.get("press_procedure") else ["chief"]
        cite = "baicheng-fupin:27:2.2"
    missing = approvals_needed(facts, need)
    extra = (
        pc(ctx, "disclosure.new_media.approval.general_office_platform")
        if cls == "general" and plat == "office_platform"
        else []
    )
    trace = [f"类别 {cls}，平台 {plat}，须审核：{'、'.join(need) or '授权管理员'}"]
    if missing:
        return ask(
            ctx,
            missing,
            "先审后发：须经" + "、".join(missing) + "审核签发后方可发布",
            "review before release",
            cites=[cite],
            extra=extra,
            trace=trace,
        )
    return ok(
        ctx,
        "已按分级审核程序审核，可以发布",
        "reviewed as required: may be published",
        cites=[cite],
        extra=extra,
        trace=trace,
    )


@rule(
    "disclosure.new_media.content",
    check="disclosure.new_media_post",
    agencies=BC,
    cites=[
        ("baicheng-fupin:27:2.3", "账号管理人员不得擅自利用政务新媒体发布代表个人观点、意见及情绪的倾向性言论"),
        ("baicheng-fupin:27:2.4", "应在显著位置注明信息来源、原作者、原标题、编辑真实姓名"),
        ("baicheng-fupin:27:1.2", "不参与商业性、盈利性经营活动，不违规发布广告类信息"),
        ("baicheng-fupin:27:2.5", "确需开办的要严格落实跟帖评论管理相关规定，加强信息审核和保密审查"),
        ("baicheng-fupin:28:9", "政务新媒体信息发布过程中如有涉密事项，按照保密法有关规定办理"),
        ("baicheng-fupin:28:4", "信息发布后，政务新媒体管理员应做好台账登记管理工作"),
    ],
)
def new_media_content(facts: Facts, ctx: RuleContext) -> Finding:
    """不发个人倾向性言论；转载完整准确并注明来源、原作者、原标题、编辑真实姓名；不做商业广告；互动功能须落实评论管理和保密审查；
    涉密事项按保密法办理；发布后台账登记。"""
    bad: list[str] = []
    cites: list[str] = []
    if facts.get("personal_opinion"):
        bad.append("发布个人倾向性言论")
        cites.append("baicheng-fupin:27:2.3")
    if facts.get("repost"):
        marks = set(facts.get("repost_marks", []))
        miss = [
            zh
            for k, zh in (
                ("source", "信息来源"),
                ("original_author", "原作者"),
                ("original_title", "原标题"),
                ("editor_name", "编辑真实姓名"),
            )
            if k not in marks
        ]
        if miss or facts.get("altered"):
            bad.append("转载未注明" + "、".join(miss) if miss else "转载歪曲篡改原意")
            cites.append("baicheng-fupin:27:2.4")
    if facts.get("advertising"):
        bad.append("商业性或广告类信息")
        cites.append("baicheng-fupin:27:1.2")
    if facts.get("interactive") and not facts.get("interaction_reviewed"):
        bad.append("开放互动功能未落实评论管理和保密审查")
        cites.append("baicheng-fupin:27:2.5")
    if facts.get("classified"):
        bad.append("含涉密事项，须按保密法办理，不得在政务新媒体发布")
        cites.append("baicheng-fupin:28:9")
    if bad:
        return no(ctx, "不得发布：" + "；".join(bad), "the post may not be published", cites=cites, trace=bad)
    if facts.get("ledger_recorded") is False:
        return warn(
            ctx,
            "信息发布后，管理员应做好台账登记",
            "record the post in the ledger",
            cites=["baicheng-fupin:28:4"],
            trace=["未登记台账"],
        )
    return ok(ctx, "发布内容符合规定", "content in order", cites=["baicheng-fupin:27:2.3"], trace=["内容无禁止情形"])


check(
    "disclosure.new_media_account",
    "政务新媒体账号开设与安全管理",
    "Government new media: accounts and their security",
    obj(
        ["action"],
        {
            "action": enum(
                "事项：open_account 注册开通政务新媒体、staff_official_account 公职人员以职务身份开设、"
                "staff_personal_account 以个人身份开设、login 登录、password_handover 移交密码、"
                "admin_change 管理人员离职调任 "
                "action",
                [
                    "open_account",
                    "staff_official_account",
                    "staff_personal_account",
                    "login",
                    "password_handover",
                    "admin_change",
                ],
            ),
            "real_name_verified": d("已实名认证 real-name verified", FLAG),
            "filed_with_cac": d("已报市网信办备案 filed with the city cyberspace office", FLAG),
            "unit_consent": d("已报请单位同意 the unit consented", FLAG),
            "shows_unit_or_post": d("标注所在单位及职务信息 shows the unit or post", FLAG),
            "posts_official_info": d("发布公务信息或与执行职务相关的信息 posts official information", FLAG),
            "device": enum(
                "登录设备：dedicated 专用电脑或移动终端、public_place 网吧等公共场所、insecure 无安全保障设备 device",
                ["dedicated", "public_place", "insecure"],
            ),
            "auto_login": d("使用自动登录模式 auto-login", FLAG),
            "mixed_accounts": d("个人账号和政务新媒体账号混用 personal and official accounts mixed", FLAG),
            "authorised": d("经授权 authorised", FLAG),
            "password_changed": d("已更改密码 password changed", FLAG),
        },
    ),
)


@rule(
    "disclosure.new_media_account.opening",
    check="disclosure.new_media_account",
    agencies=BC,
    cites=[
        ("baicheng-fupin:27:1.1", "必须进行实名认证，并报市网信办备案"),
        ("baicheng-fupin:27:1.3", "应当首先报请单位同意，并报市网信办备案"),
        ("baicheng-fupin:27:1.3", "不得标注所在单位及职务信息，不得发布公务信息和与执行职务行为相关的信息"),
    ],
)
def account_opening(facts: Facts, ctx: RuleContext) -> Finding | None:
    """开通政务新媒体须实名认证并报市网信办备案；以职务身份开设的先报单位同意并备案；以个人身份开设的不得标注单位职务、不得发布公务信息。"""
    a = facts["action"]
    if a == "open_account":
        miss = [
            zh
            for k, zh in (("real_name_verified", "实名认证"), ("filed_with_cac", "报市网信办备案"))
            if not facts.get(k)
        ]
        cite = "baicheng-fupin:27:1.1"
    elif a == "staff_official_account":
        miss = [
            zh for k, zh in (("unit_consent", "报请单位同意"), ("filed_with_cac", "报市网信办备案")) if not facts.get(k)
        ]
        cite = "baicheng-fupin:27:1.3"
    elif a == "staff_personal_account":
        miss = [
            zh
            for k, zh in (("shows_unit_or_post", "标注了单位及职务"), ("posts_official_info", "发布公务信息"))
            if facts.get(k)
        ]
        cite = "baicheng-fupin:27:1.3"
        if miss:
            return no(
                ctx,
                "以个人身份开设的账号不得：" + "、".join(miss),
                "a personal account may not show the post or official information",
                cites=[cite],
                trace=miss,
            )
        return ok(
            ctx, "个人账号未标注单位职务、未发布公务信息", "personal account in order", cites=[cite], trace=["合规"]
        )
    else:
        return None
    if miss:
        return no(
            ctx, "开设账号尚缺：" + "、".join(miss), "account opening requirements missing", cites=[cite], trace=miss
        )
    return ok(ctx, "账号开设手续齐全", "account opening complete", cites=[cite], trace=["手续齐全"])


@rule(
    "disclosure.new_media_account.security",
    check="disclosure.new_media_account",
    agencies=BC,
    cites=[
        ("baicheng-fupin:27:3.1", "管理人员离职、调任、辞职时应及时更改密码"),
        ("baicheng-fupin:27:3.2", "不得在网吧等公共场所或没有安全保障的设备上登录，不得使用自动登录模式"),
        ("baicheng-fupin:28:8", "不得擅自移交密码，要定期更换密码"),
        ("baicheng-fupin:28:8", "不得将个人账号和政务新媒体账号混用"),
    ],
)
def account_security(facts: Facts, ctx: RuleContext) -> Finding | None:
    """专用设备登录，不在公共场所或无保障设备登录，不自动登录，不混用账号；不得擅自移交密码；管理人员离职调任须改密码。"""
    a = facts["action"]
    if a == "login":
        bad = []
        if facts.get("device", "dedicated") != "dedicated":
            bad.append("非专用设备或公共场所登录")
        if facts.get("auto_login"):
            bad.append("使用自动登录模式")
        if facts.get("mixed_accounts"):
            bad.append("个人账号与政务账号混用")
        if bad:
            return no(
                ctx,
                "登录不符合安全要求：" + "、".join(bad),
                "login breaks the security rules",
                cites=["baicheng-fupin:27:3.2", "baicheng-fupin:28:8"],
                trace=bad,
            )
        return ok(
            ctx, "在专用设备上登录", "login on a dedicated device", cites=["baicheng-fupin:27:3.2"], trace=["专用设备"]
        )
    if a == "password_handover":
        if facts.get("authorised"):
            return ok(ctx, "经授权移交密码", "authorised handover", cites=["baicheng-fupin:28:8"], trace=["已授权"])
        return no(
            ctx,
            "不得擅自移交政务新媒体账号密码",
            "passwords may not be handed over without authority",
            cites=["baicheng-fupin:28:8"],
            trace=["未授权"],
        )
    if a == "admin_change":
        if facts.get("password_changed"):
            return ok(
                ctx,
                "管理人员变动后已更改密码",
                "password changed after the change of administrator",
                cites=["baicheng-fupin:27:3.1"],
                trace=["已改密码"],
            )
        return no(
            ctx,
            "管理人员离职、调任、辞职时应及时更改密码",
            "change the password when the administrator leaves",
            cites=["baicheng-fupin:27:3.1"],
            trace=["未改密码"],
        )
    return None


# ================================================================ 网站管理 (wenshan-hrss:36)

CONTENT_KINDS = [
    "important_regulation",  # 重要规定
    "important_decision",  # 各类重要决定
    "recruitment_announcement",  # 公务员及事业单位招考公告计划
    "notice",  # 通知
    "public_notice",  # 公示
    "work_arrangement",  # 工作安排
    "news",  # 新闻、政务信息
    "red_header_info",  # 办公室编发的红头信息
    "enterprise_recruitment",  # 企业登记的招聘信息
    "form_download",  # 提供下载的各类表格
    "other",
]
LEVEL_OF = {
    "important_regulation": 3,
    "important_decision": 3,
    "recruitment_announcement": 3,
    "notice": 2,
    "public_notice": 2,
    "work_arrangement": 2,
    "news": 1,
    "red_header_info": 1,
    "enterprise_recruitment": 1,
    "form_download": 1,
}
WEB_PROHIBITED = [
    "unpublished_higher_level",  # 上级部门制发但未公开的信息等
    "unsigned_or_pending",  # 未签发的文件、待批文件和不宜发布的非正式文件
    "secret_or_privacy",  # 国家秘密、商业秘密、个人隐私
    "politically_sensitive",  # 政治方面的敏感信息
    "unsuitable",  # 不宜公开的经济、科技、社会等信息
    "undecided_matter",  # 未经议决的事项
    "legal_exemption",  # 法律、法规规定不予公开
]
WEB_CLAUSE = {k: f"wenshan-hrss:36:7.{i}" for i, k in enumerate(WEB_PROHIBITED, 1)}

check(
    "website.publish",
    "门户网站信息发布、修改和撤下",
    "Portal website: publishing, modifying and withdrawing information",
    obj(
        ["action", "content_kind"],
        {
            "action": enum("publish 发布、modify 修改、withdraw 撤下 action", ["publish", "modify", "withdraw"]),
            "content_kind": enum("信息类别 kind of content", CONTENT_KINDS),
            "prohibited": enum_list("所涉不得发布的情形 prohibited content", WEB_PROHIBITED),
            "public_consultation": d("公开征集意见 a public consultation", FLAG),
            "approved_by": APPROVED_BY,
            "flow": enum("发布流程：regular 常规（信息中心发布）、self 自主发布 publishing flow", ["regular", "self"]),
            "self_publish_authorised": d(
                "属有时限要求且发布量较大的科室或专项工作 the section qualifies for self-publishing", FLAG
            ),
            "secrecy_checked": d("已校对是否符合保密要求 secrecy checked", FLAG),
            "links": enum_list("超级链接的对象 hyperlink targets", ["government", "illegal", "commercial"]),
            "profit_making": d("营利性活动 profit-making", FLAG),
            "deleted_by_section": d("科室擅自删除（撤下时） the section deleted it itself", FLAG),
            "body_font": d("正文字体 body font", {"type": "string", "minLength": 1, "maxLength": 16}),
            "body_size": d("正文字号 body font size", {"type": "string", "minLength": 1, "maxLength": 16}),
            "line_spacing": d("行距倍数 line spacing", {"type": "number", "minimum": 0, "maximum": 10}),
            "subtitle_size": d("副标题字号 subtitle size", {"type": "string", "minLength": 1, "maxLength": 16}),
            "priority_set_by": enum(
                "设置发布优先级者：info_centre 信息中心、section 科室 who set the priority", ["info_centre", "section"]
            ),
        },
    ),
)


@rule(
    "website.publish.prohibited",
    check="website.publish",
    agencies=WS,
    cites=[
        ("wenshan-hrss:36:7", "下列信息不得在门户网站上发布"),
        ("wenshan-hrss:36:7.6", "未经议决的事项(公开征集意见的除外)"),
        ("wenshan-hrss:36:14", "不得与非法的网站、商业性网站建立超级链接"),
    ],
)
def web_prohibited(facts: Facts, ctx: RuleContext) -> Finding | None:
    """七类信息不得上网（未经议决的事项公开征集意见的除外）；不得营利，不得链接非法、商业性网站。"""
    if facts["action"] == "withdraw":
        return None
    hits = [
        k for k in facts.get("prohibited", []) if not (k == "undecided_matter" and facts.get("public_consultation"))
    ]
    bad_links = [k for k in facts.get("links", []) if k in ("illegal", "commercial")]
    if hits:
        return no(
            ctx,
            "该信息不得在门户网站上发布",
            "this information may not be published on the portal",
            cites=["wenshan-hrss:36:7", *[WEB_CLAUSE[k] for k in hits]],
            trace=hits,
        )
    if bad_links or facts.get("profit_making"):
        return no(
            ctx,
            "网站不得从事营利性活动，不得与非法、商业性网站建立超级链接",
            "no profit-making and no illegal or commercial links",
            cites=["wenshan-hrss:36:14"],
            trace=bad_links or ["营利性活动"],
        )
    return ok(ctx, "无不得发布的情形", "no prohibited content", cites=["wenshan-hrss:36:7"], trace=["无禁止情形"])


@rule(
    "website.publish.review",
    check="website.publish",
    agencies=WS,
    cites=[
        ("wenshan-hrss:36:4.1", "经分管领导把关后由局长审核"),
        ("wenshan-hrss:36:4.2", "由业务分管领导进行审核"),
        ("wenshan-hrss:36:4.3", "由科室负责人审核"),
        ("wenshan-hrss:36:13", "上网信息如需修改,应当重新进行编辑、排版及审核"),
        ("wenshan-hrss:36:13", "各科室经分管领导同意后,由信息中心统一处理和登记,不得擅自删除"),
    ],
    params=["website.publish.review.default_level"],
)
def web_review(facts: Facts, ctx: RuleContext) -> Finding:
    """三级审核：重要规定、决定、招考公告——分管领导把关后局长审核；通知、公示、工作安排——业务分管领导；新闻、红头信息、招聘信息、
    表格——科室负责人。修改重新审核；撤下须分管领导同意、信息中心处理登记，不得擅自删除。"""
    if facts["action"] == "withdraw":
        if facts.get("deleted_by_section"):
            return no(
                ctx,
                "科室不得擅自删除上网信息，须经分管领导同意后由信息中心统一处理和登记",
                "sections may not delete online information themselves",
                cites=["wenshan-hrss:36:13"],
                trace=["擅自删除"],
            )
        missing = approvals_needed(facts, ["deputy_in_charge"])
        if missing:
            return ask(
                ctx,
                missing,
                "撤下上网信息须经分管领导同意，由信息中心统一处理和登记",
                "withdrawal needs the leader in charge's consent",
                cites=["wenshan-hrss:36:13"],
                trace=["撤下待同意"],
            )
        return ok(
            ctx,
            "分管领导已同意撤下，由信息中心处理登记",
            "withdrawal approved",
            cites=["wenshan-hrss:36:13"],
            trace=["已同意"],
        )
    kind = facts["content_kind"]
    level = LEVEL_OF.get(kind) or int(ctx.param("website.publish.review.default_level"))
    need = {3: ["deputy_in_charge", "chief"], 2: ["deputy_in_charge"], 1: ["section_head"]}[level]
    cite = {3: "wenshan-hrss:36:4.1", 2: "wenshan-hrss:36:4.2", 1: "wenshan-hrss:36:4.3"}[level]
    extra = [] if kind in LEVEL_OF else pc(ctx, "website.publish.review.default_level")
    trace = [f"{kind}：{level} 级审核" + ("（修改重新审核）" if facts["action"] == "modify" else "")]
    cites = [cite] + (["wenshan-hrss:36:13"] if facts["action"] == "modify" else [])
    missing = approvals_needed(facts, need)
    if missing:
        return ask(
            ctx,
            missing,
            f"须经{level}级审核方可上网",
            f"needs level-{level} review",
            cites=cites,
            extra=extra,
            trace=trace,
        )
    return ok(ctx, f"已经{level}级审核", f"level-{level} review done", cites=cites, extra=extra, trace=trace)


@rule(
    "website.publish.flow",
    check="website.publish",
    agencies=WS,
    cites=[
        ("wenshan-hrss:36:5.2", "对于有时限要求且发布量较大的科室和专项工作,可由各科室将已审核的信息直接发布到网上"),
        ("wenshan-hrss:36:4", "以及是否符合保密要求等进行认真校对"),
    ],
)
def web_flow(facts: Facts, ctx: RuleContext) -> Finding | None:
    """自主发布限于有时限要求且发布量较大的科室和专项工作；发布前校对是否符合保密要求。"""
    if facts["action"] == "withdraw":
        return None
    if facts.get("secrecy_checked") is False:
        return no(
            ctx,
            "对外发布的信息须先校对是否符合保密要求",
            "check secrecy before publishing",
            cites=["wenshan-hrss:36:4"],
            trace=["未做保密校对"],
        )
    if facts.get("flow") == "self" and not facts.get("self_publish_authorised"):
        return no(
            ctx,
            "自主发布只适用于有时限要求且发布量较大的科室和专项工作，应走常规发布流程",
            "self-publishing is only for time-critical, high-volume work",
            cites=["wenshan-hrss:36:5.2"],
            trace=["不符合自主发布条件"],
        )
    if "flow" not in facts and "secrecy_checked" not in facts:
        return None
    return ok(
        ctx,
        "发布流程符合规定",
        "publishing flow in order",
        cites=["wenshan-hrss:36:5.2"],
        trace=[f"流程 {facts.get('flow', 'regular')}"],
    )


@rule(
    "website.publish.layout",
    check="website.publish",
    agencies=WS,
    cites=[
        ("wenshan-hrss:36:8", "信息的正文设置为宋体、小四号、1.5倍行距"),
        ("wenshan-hrss:36:9", "优先级的设置由信息中心统一进行设置"),
    ],
    params=[
        "website.publish.layout.body_font",
        "website.publish.layout.body_size",
        "website.publish.layout.line_spacing",
        "website.publish.layout.subtitle_size",
    ],
)
def web_layout(facts: Facts, ctx: RuleContext) -> Finding | None:
    """正文宋体、小四号、1.5 倍行距，副标题宋体四号；发布优先级由信息中心统一设置。"""
    keys = ("body_font", "body_size", "line_spacing", "subtitle_size", "priority_set_by")
    if facts["action"] == "withdraw" or not any(k in facts for k in keys):
        return None
    p = "website.publish.layout."
    bad: list[str] = []
    for k in ("body_font", "body_size", "subtitle_size"):
        if k in facts and facts[k] != ctx.param(p + k):
            bad.append(f"{k} 为 {facts[k]}，应为 {ctx.param(p + k)}")
    if "line_spacing" in facts:
        want: Fraction = ctx.param(p + "line_spacing")
        if Fraction(str(facts["line_spacing"])) != want:
            bad.append(f"行距 {facts['line_spacing']} 倍，应为 {float(want):g} 倍")
    if facts.get("priority_set_by") == "section":
        bad.append("科室自行设置了发布优先级")
    if bad:
        return no(ctx, "排版或排序不符合规定：" + "；".join(bad), "layout or ordering rules broken", trace=bad)
    return ok(ctx, "排版、排序符合规定", "layout and ordering in order", trace=["符合"])


check(
    "website.update",
    "门户网站信息更新时限",
    "Portal website: update time limits",
    obj(
        ["cadence", "period_end"],
        {
            "cadence": enum(
                "更新周期：annual 按年度、quarterly 按季度、realtime 实时 cadence", ["annual", "quarterly", "realtime"]
            ),
            "period_end": d(
                "所更新的年度或季度内的任一日；实时信息为信息产生之日 a day of the period, or the event day", DATE
            ),
            "updated_on": d("完成更新之日 date updated", DATE),
            "today": d("今日（默认评估日） today", DATE),
        },
    ),
)


@rule(
    "website.update.deadline",
    check="website.update",
    agencies=WS,
    cites=[
        ("wenshan-hrss:36:12", "按年度更新的,应于次年的1月底前完成"),
        ("wenshan-hrss:36:12", "按季度更新的,应在季度后10个工作日内完成"),
        ("wenshan-hrss:36:12", "实时更新的应在3个工作日内完成"),
        ("wenshan-hrss:36:16", "不按规定审核、公布政务信息和更新上网信息"),
    ],
    params=["website.update.quarterly_working_days", "website.update.realtime_working_days"],
)
def web_update(facts: Facts, ctx: RuleContext) -> Finding:
    """按年度更新的次年 1 月底前（含 1 月 31 日）；按季度的季度结束后 10 个工作日内；实时的 3 个工作日内。"""
    ref = parse_day(facts["period_end"], "period_end")
    cad = facts["cadence"]
    extra: list[Any] = []
    if cad == "annual":
        dl = plain_deadline(
            dt.date(ref.year + 1, 1, 31), "年度信息更新期限", "annual update due", [f"{ref.year} 年度 → 次年 1 月底"]
        )
    elif cad == "quarterly":
        qm = (ref.month - 1) // 3 * 3 + 3
        qend = (dt.date(ref.year + (qm == 12), qm % 12 + 1, 1)) - dt.timedelta(days=1)
        n: int = ctx.param("website.update.quarterly_working_days")
        dl = ctx.deadline(qend, n, "working_days", "季度信息更新期限", "quarterly update due")
        extra = pc(ctx, "website.update.quarterly_working_days")
    else:
        m: int = ctx.param("website.update.realtime_working_days")
        dl = ctx.deadline(ref, m, "working_days", "实时信息更新期限", "real-time update due")
        extra = pc(ctx, "website.update.realtime_working_days")
    return timed(ctx, dl, day(facts, "updated_on"), today(facts, ctx), "更新上网信息", "update", extra=extra)
