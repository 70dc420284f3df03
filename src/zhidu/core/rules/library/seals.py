"""Seals (印章): whose approval a use needs, blank paper, taking a seal out, the use log, the seal's life cycle.

Implements:
- 文山 第三十条 《印章管理制度》 (wenshan-hrss:34, S001-34 = S001-60): (二) 保管; (四) 使用原则（领导签字、把关、专人、
  记录；单位负责人印章须本人同意；原则上不得携带外出，外出审批按印章种类；移交须办手续）; (五) 用印审批权限（党组印章
  党组书记或授权党组成员；局印章 局长、副局长；机关党委印章 党组书记或机关党委书记；办公室印章 局领导或办公室负责人；
  业务专用章 局领导；介绍信 科室负责人签署意见+办公室负责人签批；下级人社部门来人 单位证明+办公室负责人审核+局领导签批；
  外来人员不得直接用印；不准在空白纸页上用印）; (六) 用印程序（登记表六项、存档留存 2 份）.
- 白城 《印章使用管理制度》 (baicheng-fupin:37, S003-37): 先审批后用印并登记; 已签发的出示签字登记后用印，未签发的
  办领导签字; 日常业务材料 分管领导同意+科室负责人签字; 个人事项 综合科负责人; 行文不规范拒绝; 空白页面一律不得用印
  （特殊情况书面申请+主要领导签字）; 带出 综合科负责人签字; 急用 分管领导同意先用后补; 停用; 代管; 遗失; 新刻.

Checks: ``seal.use`` (a stamping or a take-out) and ``seal.manage`` (custody and life cycle).
Who signs for each seal at Wenshan is data (``agencies/wenshan-hrss/parameters/seals.yaml``), with the reading of
“局长、副局长” (either) and “局领导或办公室负责人” (either) next to the value.
"""

from __future__ import annotations

from ..helpers import COUNT, FLAG, described
from ..model import ALLOWED, BLOCKED, CitedClause, Finding
from ..registry import Facts, RuleContext, check, rule
from .finance import B, W, need

SEALS = {
    "party_group": "党组印章（党组章）",
    "official": "单位公章（局印章）",
    "office": "办公室印章",
    "civil_service_bureau": "公务员局印章",
    "party_committee": "机关党委印章",
    "discipline_committee": "机关纪委印章",
    "union": "工会印章",
    "finance": "财务专用章",
    "legal_person": "法人章（单位负责人印章）",
    "business": "业务专用章",
    "section": "科室印章",
}
PURPOSES = {
    "document": "以单位名义签发的文件、文书、报告、信函",
    "contract": "合同、项目协议、授权书、承诺书",
    "routine_material": "日常性报送材料、程序性文件、联系单、便函",
    "intro_letter": "介绍信、出差或外洽证明等非公务性证明",
    "certificate": "证书、证件、证明材料",
    "internal": "内部流转公文、资料、报表和通报",
    "personal_matter": "个人事项（贷款、担保、落户口等）",
    "co_sign_external": "与外单位会签文件",
    "subordinate_request": "下级单位人员来办需开具证明或介绍信",
}
LOG_FIELDS = ["number", "time", "content", "approver", "handler", "copies"]
LOG_ZH = {
    "number": "编号",
    "time": "时间",
    "content": "内容",
    "approver": "批准人",
    "handler": "承办人",
    "copies": "用印份数",
}

USE = check(
    "seal.use",
    "用印或带出印章：须经谁批准，是否允许（空白纸页、停用印章、不规范文档），登记是否齐全",
    "Using or taking out a seal: whose approval, is it allowed (blank paper, retired seal, irregular text), logging",
    {
        "type": "object",
        "required": ["seal"],
        "additionalProperties": False,
        "properties": {
            "seal": {
                "enum": list(SEALS),
                "description": "印章 seal: " + " / ".join(f"{k} {v}" for k, v in SEALS.items()),
            },
            "purpose": {
                "enum": list(PURPOSES),
                "description": "用印事由（默认 document） purpose: "
                + " / ".join(f"{k} {v}" for k, v in PURPOSES.items()),
            },
            "take_out": described(FLAG, "是否将印章带出（默认否） whether the seal leaves the office"),
            "signed_by_leader": described(
                FLAG,
                "是否已取得有权审批人的签字或同意（批件、签发；带出时为带出同意） "
                "whether the competent approver has already signed or consented",
            ),
            "blank_paper": described(FLAG, "是否在空白纸页、表格、合同上用印 whether stamping blank paper or forms"),
            "written_application": described(
                FLAG, "空白页面用印是否已提出书面申请（白城） whether a written application was made"
            ),
            "irregular_document": described(
                FLAG, "文档是否行文不规范（字迹潦草、涂改、表达不清、落款不明） whether the document is irregular"
            ),
            "emergency": described(FLAG, "是否特殊情况急需用章（白城，先用后补） whether it is an emergency"),
            "seal_stopped": described(FLAG, "印章是否已停用（更名、损坏、遗失） whether the seal has been retired"),
            "owner_consent": described(FLAG, "单位负责人印章是否经本人同意（文山） whether the seal's owner consented"),
            "by_outsider": described(
                FLAG, "是否由外来办文、办证人员直接到办公室用印（文山） whether an outsider stamps directly"
            ),
            "unit_certificate": described(
                FLAG,
                "下级单位人员是否持单位证明且有单位领导签署意见（文山） whether the visitor holds a unit certificate",
            ),
            "logged": described(FLAG, "是否已登记《印章使用登记表》 whether the use is entered in the seal log"),
            "log_fields": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": LOG_FIELDS},
                "description": "登记表已填栏目 log fields filled: " + " / ".join(f"{k} {v}" for k, v in LOG_ZH.items()),
            },
            "to_archive": described(FLAG, "文件材料是否需要存档 whether the stamped document is to be archived"),
            "archive_copies": described(COUNT, "加盖印章后留存存档的份数 stamped copies kept for the archive"),
        },
    },
)


def _purpose(facts: Facts) -> str:
    return str(facts.get("purpose", "document"))


# ---------------------------------------------------------------------------------------------- 文山


@rule(
    "seal.use.wenshan_bans",
    check="seal.use",
    agencies=[W],
    cites=[
        (f"{W}:34:5.11", "不准在空白纸页上用印"),
        (f"{W}:34:4", "使用单位负责人印章应经本人同意后方可用印"),
        (f"{W}:34:5.7", "不允许各科室安排外来办文、办证人员直接到办公室用印"),
        (f"{W}:34:5.9", "须持单位相关证明,并有单位领导签署意见"),
    ],
)
def wenshan_bans(facts: Facts, ctx: RuleContext) -> Finding:
    """文山（五）11 不准在空白纸页上用印；（四）单位负责人印章须经本人同意；（五）7 外来人员不得直接到办公室用印；
    （五）9 下级人社部门人员须持单位证明并有单位领导签署意见。"""
    if facts.get("blank_paper"):
        return ctx.finding(BLOCKED, "不准在空白纸页上用印", "no stamping on blank paper", cites=[f"{W}:34:5.11"])
    if facts["seal"] == "legal_person" and not facts.get("owner_consent"):
        return ctx.finding(
            BLOCKED,
            "使用单位负责人印章须经本人同意",
            "the owner must consent to the use of a personal seal",
            cites=[f"{W}:34:4"],
        )
    if facts.get("by_outsider"):
        return ctx.finding(
            BLOCKED,
            "不允许外来办文、办证人员直接到办公室用印，须由业务科室派人用印",
            "outsiders may not stamp directly: the section concerned sends its own staff",
            cites=[f"{W}:34:5.7"],
        )
    if _purpose(facts) == "subordinate_request" and not facts.get("unit_certificate"):
        return ctx.finding(
            BLOCKED,
            "下级人社部门人员须持单位相关证明，并有单位领导签署意见",
            "the visitor needs a certificate endorsed by the unit leader",
            cites=[f"{W}:34:5.9"],
        )
    return ctx.finding(ALLOWED, "无禁止情形", "no prohibition applies", cites=[f"{W}:34:5.11"])


@rule(
    "seal.use.wenshan_approval",
    check="seal.use",
    agencies=[W],
    cites=[
        (f"{W}:34:5.8", "必须由经办人所在科室负责人签署意见,办公室负责人签批"),
        (f"{W}:34:5.9", "由州局办公室负责人审核后报局领导签批"),
    ],
    params=[f"seal.use.approvers.{s}" for s in SEALS],
)
def wenshan_approval(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（五）用印审批权限：按印章种类由参数给出签批人（党组印章 党组书记；局印章 局长、副局长；……）；介绍信、非公务
    证明用办公室印章的 科室负责人签署意见+办公室负责人签批；下级人社部门来人 办公室负责人审核+局领导签批。已持有权领导
    批件的，验证登记后用印。"""
    if facts.get("take_out"):
        return None
    seal, purpose = facts["seal"], _purpose(facts)
    extra: list[CitedClause] = []
    if purpose == "intro_letter" and seal == "office":
        approvers, cites = ["section_head", "office"], [f"{W}:34:5.8"]
        what = "介绍信、出差外洽或非公务性证明用办公室印章"
    elif purpose == "subordinate_request":
        approvers, cites = ["office", "leader"], [f"{W}:34:5.9"]
        what = "下级人社部门人员开具证明或介绍信"
    else:
        name = f"seal.use.approvers.{seal}"
        approvers, cites, extra = list(ctx.param(name)), [], [ctx.param_cited(name)]
        what = f"使用{SEALS[seal]}"
    if facts.get("signed_by_leader"):
        return ctx.finding(
            ALLOWED,
            f"{what}：已持领导批件，由印章管理人员验证登记后用印",
            "the leader's signed approval is held: verify, log and stamp",
            trace=["领导批件：已有"],
            cites=cites or [f"{W}:34:5.8"],
            extra=extra,
        )
    return need(ctx, approvers, what, f"use of the {seal} seal", cites=cites or [f"{W}:34:5.8"], extra=extra)


@rule(
    "seal.use.wenshan_take_out",
    check="seal.use",
    agencies=[W],
    cites=[(f"{W}:34:4", "局印章要经局长或副局长同意并报办公室负责人确认后方可带走")],
)
def wenshan_take_out(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（四）：印章原则上不得携带外出；党组印章 党组书记或授权党组成员同意；局印章 局长或副局长同意并报办公室负责人
    确认；其他印章 相关负责人同意；并登记。局印章的“局长或副局长”取局长（见参数读法同理）。"""
    if not facts.get("take_out"):
        return None
    seal = facts["seal"]
    if seal == "party_group":
        approvers = ["party_secretary"]
    elif seal in ("official", "civil_service_bureau"):
        approvers = ["chief", "office"]
    elif seal == "office":
        approvers = ["office"]
    elif seal in ("party_committee", "discipline_committee"):
        approvers = ["party_secretary"]
    else:
        approvers = ["section_head"]
    if facts.get("signed_by_leader"):
        return ctx.finding(
            ALLOWED,
            f"{SEALS[seal]}带出已经同意，印章管理人员在登记簿上详细记录后带出",
            "consent given: log the take-out and go",
            trace=["带出同意：已有"],
            cites=[f"{W}:34:4"],
        )
    return need(
        ctx,
        approvers,
        f"{SEALS[seal]}原则上不得携带外出，带出须同意并登记，外出期间使用人承担一切责任",
        f"taking the {seal} seal out",
        cites=[f"{W}:34:4"],
    )


@rule(
    "seal.use.wenshan_log",
    check="seal.use",
    agencies=[W],
    cites=[
        (f"{W}:34:6.3", "包括编号、时间、内容、批准人、承办人、用印份数"),
        (f"{W}:34:6.4", "在加盖印章后留存2份,立卷归档"),
    ],
    params=["seal.use.archive_copies"],
)
def wenshan_log(facts: Facts, ctx: RuleContext) -> Finding | list[Finding] | None:
    """文山（六）3：用印完毕填写登记表（编号、时间、内容、批准人、承办人、用印份数）；（六）4：需存档的留存 2 份。"""
    out: list[Finding] = []
    if "log_fields" in facts or facts.get("logged") is False:
        missing = [f for f in LOG_FIELDS if f not in facts.get("log_fields", [])]
        if missing:
            out.append(
                ctx.finding(
                    BLOCKED,
                    "印章使用情况登记表缺少：" + "、".join(LOG_ZH[m] for m in missing),
                    "the seal log lacks: " + ", ".join(missing),
                    trace=[f"已填 {6 - len(missing)}/6 项"],
                    cites=[f"{W}:34:6.3"],
                )
            )
        else:
            out.append(
                ctx.finding(ALLOWED, "登记表六项齐全", "log complete", trace=["已填 6/6 项"], cites=[f"{W}:34:6.3"])
            )
    if facts.get("to_archive"):
        want: int = ctx.param("seal.use.archive_copies")
        have = int(facts.get("archive_copies", 0))
        ok = have >= want
        out.append(
            ctx.finding(
                ALLOWED if ok else BLOCKED,
                f"存档留存 {have} 份" + ("" if ok else f"，须留存 {want} 份"),
                f"{have} archive copies kept" + ("" if ok else f"; {want} required"),
                trace=[f"留存 {have} 份 {'≥' if ok else '<'} {want} 份"],
                cites=[f"{W}:34:6.4"],
                extra=[ctx.param_cited("seal.use.archive_copies")],
            )
        )
    return out or None


# ---------------------------------------------------------------------------------------------- 白城


@rule(
    "seal.use.baicheng_bans",
    check="seal.use",
    agencies=[B],
    cites=[
        (f"{B}:37:2.5", "拒绝加盖印章"),
        (f"{B}:37:2.6", "单位印章一律不得在空白页面上使用"),
        (f"{B}:37:2.9", "公章必须停用"),
        (f"{B}:37:2.1", "印章使用遵循“先审批，后用印”的原则"),
    ],
)
def baicheng_bans(facts: Facts, ctx: RuleContext) -> Finding:
    """白城二、5 行文不规范拒绝用章；二、6 空白页面一律不得用印（特殊情况书面申请、主要领导签字同意）；二、9 停用的
    印章不得使用；二、1 先审批后用印并填写《印章使用登记表》。"""
    if facts.get("seal_stopped"):
        return ctx.finding(BLOCKED, "印章已停用，不得使用", "the seal has been retired", cites=[f"{B}:37:2.9"])
    if facts.get("irregular_document"):
        return ctx.finding(
            BLOCKED,
            "行文不规范（字迹潦草、涂改、表达不清、落款不明）的文档拒绝加盖印章",
            "irregular documents are refused",
            cites=[f"{B}:37:2.5"],
        )
    if facts.get("blank_paper"):
        if facts.get("written_application"):
            return need(
                ctx,
                ["chief"],
                "空白页面用印属特殊情况，已书面申请",
                "stamping a blank page (written application made)",
                cites=[f"{B}:37:2.6"],
            )
        return ctx.finding(
            BLOCKED,
            "单位印章一律不得在空白页面上使用（特殊情况须书面申请并经主要领导签字同意）",
            "no stamping on blank pages without a written application approved by the principal leader",
            cites=[f"{B}:37:2.6"],
        )
    if facts.get("logged") is False:
        return ctx.finding(
            BLOCKED,
            "凡使用印章须认真填写《印章使用登记表》",
            "every use must be entered in the seal log",
            cites=[f"{B}:37:2.1"],
        )
    return ctx.finding(ALLOWED, "无禁止情形", "no prohibition applies", cites=[f"{B}:37:2.6"])


@rule(
    "seal.use.baicheng_approval",
    check="seal.use",
    agencies=[B],
    cites=[
        (f"{B}:37:2.2", "未经签发的须由办领导签字同意后方可用章"),
        (f"{B}:37:2.3", "经分管领导同意由相关科室负责人审核签字后方可用章"),
        (f"{B}:37:2.4", "由综合科负责人签字同意后方可用章"),
        (f"{B}:37:2.8", "但公章使用人应在事后及时补办手续"),
        (f"{B}:37:1.1", "各科室的公章及业务专用章由各科室负责人明确使用范围及要求"),
    ],
)
def baicheng_approval(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城二、2 办领导已签发的出示签字、登记后直接用章，未签发的办领导签字同意；二、3 日常业务材料、介绍信、证明 分管
    领导同意、科室负责人审核签字；二、4 个人事项 综合科负责人签字；二、8 急需的分管领导同意后先行用章、事后补办；
    一、1 科室公章和业务专用章的使用由科室负责人明确。"""
    if facts.get("take_out") or facts.get("blank_paper"):
        return None
    seal, purpose = facts["seal"], _purpose(facts)
    if facts.get("emergency"):
        return need(
            ctx,
            ["deputy_in_charge"],
            "特殊情况急需用章：注明事由，分管领导同意后先行用章，事后及时补办手续",
            "emergency use (formalities afterwards)",
            cites=[f"{B}:37:2.8"],
        )
    if seal in ("section", "business"):
        return need(ctx, ["section_head"], f"使用{SEALS[seal]}", f"use of the {seal} seal", cites=[f"{B}:37:1.1"])
    if purpose in ("routine_material", "intro_letter", "certificate"):
        return need(
            ctx,
            ["deputy_in_charge", "section_head"],
            "日常性报送材料、程序性文件、联系单、介绍信、便函或证明材料用章",
            "routine materials",
            cites=[f"{B}:37:2.3"],
        )
    if purpose == "personal_matter":
        return need(
            ctx, ["office"], "个人事项（贷款、担保、落户口等）加盖公章", "personal matter", cites=[f"{B}:37:2.4"]
        )
    if facts.get("signed_by_leader"):
        return ctx.finding(
            ALLOWED,
            "办领导已签发：出示领导签字并登记后可直接用章",
            "signed off by a leader: show the signature, log it and stamp",
            trace=["办领导签发：已有"],
            cites=[f"{B}:37:2.2"],
        )
    return need(ctx, ["leader"], "未经签发的文件、合同等用章", "unsigned document", cites=[f"{B}:37:2.2"])


@rule(
    "seal.use.baicheng_take_out",
    check="seal.use",
    agencies=[B],
    cites=[(f"{B}:37:2.7", "必须经综合科负责人签字同意后，方可带出")],
)
def baicheng_take_out(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城二、7：印章原则上在综合科使用，禁止带出；特殊需要经综合科负责人签字同意后方可带出，只可用于申请事由。"""
    if not facts.get("take_out"):
        return None
    if facts.get("signed_by_leader"):
        return ctx.finding(
            ALLOWED,
            "综合科负责人已签字同意，印章可带出（只可用于申请事由）",
            "the general-affairs head signed: the seal may go out for the stated purpose only",
            trace=["综合科负责人签字：已有"],
        )
    return need(
        ctx,
        ["office"],
        f"{SEALS[facts['seal']]}带出（只可用于申请事由，借用人承担使用后果）",
        "taking the seal out",
    )


# ---------------------------------------------------------------------------------------------- seal.manage

MANAGE = check(
    "seal.manage",
    "印章保管与生命周期：新刻、更换、停用、遗失、代管、移交",
    "Seal custody and life cycle: new, replacement, retirement, loss, stand-in custodian, handover",
    {
        "type": "object",
        "required": ["action"],
        "additionalProperties": False,
        "properties": {
            "action": {
                "enum": ["new", "replace", "stop", "lost", "custodian_absence", "handover"],
                "description": "事项：new 新增 / replace 更换 / stop 停用 / lost 遗失 / "
                "custodian_absence 保管人出差请假 / handover 移交",
            },
            "reason": {
                "enum": ["name_change", "damaged", "lost_or_stolen", "other"],
                "description": "停用原因：单位名称变动 / 损坏 / 遗失或被盗 / 其他 reason for retiring",
            },
            "private_disposal": described(FLAG, "停用印章是否私自处理 whether a retired seal is disposed of privately"),
            "temp_custodian_designated": described(
                FLAG, "是否已事前报告领导指定代管人 whether a stand-in custodian was designated beforehand"
            ),
            "reported": described(
                FLAG, "遗失是否已报告领导并办理遗失声明、备案 whether a loss was reported and declared"
            ),
            "handover_record": described(FLAG, "移交是否办理了相关手续 whether the handover was recorded"),
        },
    },
)


@rule(
    "seal.manage.baicheng_37",
    check="seal.manage",
    agencies=[B],
    cites=[
        (f"{B}:37:3.3", "报分管领导签字同意后，交由综合科统一更换或制作"),
        (f"{B}:37:2.9", "经批准停止使用的公章由综合科统一封存或送相关部门销毁，不得私自处理"),
        (f"{B}:37:3.1", "须事前报告相关领导指定其他人暂时代管印章"),
        (f"{B}:37:3.2", "按规定办理遗失声明，并报有关部门备案"),
    ],
)
def manage_baicheng(facts: Facts, ctx: RuleContext) -> Finding | None:
    """白城三、3 新增或更换印章 分管领导签字后由综合科制作；二、9 单位名称变动、损坏、遗失被盗须停用，停用的由综合科封存
    或送销毁，不得私自处理；三、1 保管人出差请假须事前报告领导指定代管；三、2 遗失迅速报告、遗失声明、备案。"""
    action = facts["action"]
    if action in ("new", "replace"):
        return need(
            ctx,
            ["deputy_in_charge"],
            "新增或更换印章（由综合科统一制作）",
            "new or replacement seal",
            cites=[f"{B}:37:3.3"],
        )
    if action == "stop":
        if facts.get("private_disposal"):
            return ctx.finding(
                BLOCKED,
                "停用的公章不得私自处理",
                "retired seals may not be disposed of privately",
                cites=[f"{B}:37:2.9"],
            )
        if facts.get("reason") in ("name_change", "damaged", "lost_or_stolen"):
            return ctx.finding(
                ALLOWED,
                "公章必须停用，由综合科统一封存或送相关部门销毁",
                "the seal must be retired and sealed up or destroyed by the general-affairs section",
                cites=[f"{B}:37:2.9"],
            )
        return None
    if action == "custodian_absence":
        ok = bool(facts.get("temp_custodian_designated"))
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            "已指定代管人" if ok else "保管人出差、请休假须事前报告相关领导指定其他人暂时代管",
            "stand-in designated" if ok else "designate a stand-in custodian before leaving",
            cites=[f"{B}:37:3.1"],
        )
    if action == "lost":
        ok = bool(facts.get("reported"))
        return ctx.finding(
            ALLOWED if ok else BLOCKED,
            "已报告并办理遗失声明、备案" if ok else "印章丢失须迅速报告办领导，办理遗失声明并报有关部门备案",
            "loss reported" if ok else "report the loss, publish a declaration and file it",
            cites=[f"{B}:37:3.2"],
        )
    return None


@rule(
    "seal.manage.wenshan_34",
    check="seal.manage",
    agencies=[W],
    cites=[(f"{W}:34:4", "印章移交须办理相关手续")],
)
def manage_wenshan(facts: Facts, ctx: RuleContext) -> Finding | None:
    """文山（四）：印章移交须办理相关手续。"""
    if facts["action"] != "handover":
        return None
    ok = bool(facts.get("handover_record"))
    return ctx.finding(
        ALLOWED if ok else BLOCKED,
        "印章移交手续已办理" if ok else "印章移交须办理相关手续",
        "handover recorded" if ok else "a seal handover must be recorded",
    )
