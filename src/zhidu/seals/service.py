"""The one public surface of zhidu.seals: the seal register and the use log, each write a checked, ledgered
step (``seal.use``, ``seal.manage``).

- ``add_seal``                 a seal in the register with its keeper (文山（二）保管; 白城 三、3 新刻须分管领导同意:
                               through an approved application, kind ``seal.new``)
- ``use_from_application``     an approved 用印申请 becomes a line of the use log, numbered, with its approvers
- ``stamp``                    the keeper stamps: checks the leader's signature, the date, the copies, never blank
                               paper (文山（五）11 “不准在空白纸页上用印”; 白城 二、6), and completes the log's six
                               fields
                               (文山（六）3 “包括编号、时间、内容、批准人、承办人、用印份数”)
- ``log_signed``               the keeper logs a stamping whose leader's signed approval (批件) is in hand
- ``refuse_use``               the keeper's right to refuse (文山（五）10 “印章管理人对不符合用印的,有权拒绝用印”)
- ``take_out`` / ``bring_back`` a seal leaves the office only as approved, and comes back (文山（四）; 白城 二、7)
- ``handover``, ``stop``, ``report_lost``, ``stand_in``   the seal's life (seal.manage)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from zhidu.agencies.models import Agency
from zhidu.common import registers as reg
from zhidu.common.versioning import lock_if_unchanged
from zhidu.core.errors import BadInput, NotFound
from zhidu.workflow.service import refuse

from .models import USE_PURPOSES, Seal, SealEvent, SealUse

CUSTODY_CITES = {"wenshan-hrss": ["wenshan-hrss:34:2"], "baicheng-fupin": ["baicheng-fupin:37:3.1"]}
LOG_CITES = {"wenshan-hrss": ["wenshan-hrss:34:6.3"], "baicheng-fupin": ["baicheng-fupin:37:2.1"]}
REFUSE_CITES = {"wenshan-hrss": ["wenshan-hrss:34:5.10"], "baicheng-fupin": ["baicheng-fupin:37:2.5"]}
TAKE_OUT_CITES = {"wenshan-hrss": ["wenshan-hrss:34:4"], "baicheng-fupin": ["baicheng-fupin:37:2.7"]}


def covered(agency: Agency | str) -> bool:
    return reg.applies("seal.use", agency)


def find_seal(agency: Agency | str, kind: str, name: str = "") -> Seal | None:
    slug = agency.slug if isinstance(agency, Agency) else agency
    qs = Seal.objects.filter(agency__slug=slug, kind=kind).exclude(status=Seal.LOST)
    if name:
        qs = qs.filter(name=name.strip())
    return qs.order_by("status", "id").first()


def _v(fields: dict[str, Any]) -> int:
    return reg.count(fields.get("version"), "version", "版本", low=0, high=2**31)


# --- the register -------------------------------------------------------------------------------------------


def add_seal(user: Any, fields: dict[str, Any], application: Any = None) -> Seal:
    """Register a seal and its keeper. 白城 三、3 “报分管领导签字同意后，交由综合科统一更换或制作”: a new seal there
    is registered only from an approved application (``seal.new``); elsewhere the register records it."""
    agency = application.agency if application is not None else reg.agency_of(user)
    kind = reg.choice(fields.get("kind"), "kind", "印章种类", dict(Seal._meta.get_field("kind").choices))
    name = reg.text(fields.get("name"), "name", "印文", 200, required=True)
    keeper_name = reg.text(fields.get("keeper_name"), "keeper_name", "保管人", 50, required=True)
    if Seal.objects.filter(agency=agency, name=name).exclude(status=Seal.LOST).exists():
        raise BadInput(f"印章台账中已有“{name}”", f"the seal {name!r} is already registered", "name")
    section = section_named(agency, fields.get("section"))
    seal = Seal(agency=agency, kind=kind, name=name, section=section, keeper_name=keeper_name)
    on = application.on if application is not None else timezone.localdate()
    with reg.checked(
        "seal.manage",
        agency,
        on,
        {"action": "new"},
        action="seals.seal.add",
        obj=seal,
        cites=CUSTODY_CITES.get(agency.slug, []),
        allow_pending=application is not None,
        field="kind",
        reason=f"印章登记 {name}" + (f"（申请 {application.pk}）" if application is not None else ""),
    ) as verdict:
        seal.save()
        _event(seal, "new", on, user or application.applicant, f"保管人 {keeper_name}", verdict)
    return seal


def section_named(agency: Agency, value: Any) -> Any:
    from zhidu.org.models import Section

    name = reg.text(value, "section", "保管科室", 80)
    if not name:
        return None
    for s in Section.objects.filter(agency=agency):
        if name in (s.name, s.key, *s.aliases):
            return s
    raise NotFound(f"本机构没有科室“{name}”", f"no section {name!r} in this agency", "section")


def _event(seal: Seal, action: str, on: dt.date, user: Any, detail: str, verdict: Any) -> SealEvent:
    return SealEvent.objects.create(
        agency=seal.agency,
        seal=seal,
        action=action,
        on=on,
        detail=detail[:500],
        by=user,
        by_name=reg.name_of(user),
        outcome=reg.outcome_of(verdict),
        cites=reg.cites_of(verdict, CUSTODY_CITES.get(seal.agency.slug, [])),
    )


# --- the use log --------------------------------------------------------------------------------------------


def use_facts(use: SealUse, seal: Seal, extra: dict[str, Any], *, stamping: bool) -> dict[str, Any]:
    """The facts of ``seal.use`` for one line of the log (at stamping: the six fields as filled)."""
    facts: dict[str, Any] = {
        "seal": seal.kind,
        "purpose": use.purpose,
        "take_out": use.take_out,
        "signed_by_leader": bool(extra.get("signed_by_leader", use.application_id is not None)),
        "blank_paper": bool(extra.get("blank_paper")),
        "seal_stopped": seal.status != Seal.ACTIVE,
        "to_archive": use.to_archive,
        "archive_copies": use.archive_copies,
    }
    for key in ("written_application", "emergency", "irregular_document"):
        if extra.get(key):
            facts[key] = True
    if seal.kind == "legal_person":
        facts["owner_consent"] = bool(extra.get("owner_consent"))
    if use.purpose == "subordinate_request":
        facts["unit_certificate"] = bool(extra.get("unit_certificate"))
    if stamping:
        filled = {
            "number": bool(use.number),
            "time": use.at is not None,
            "content": bool(use.content),
            "approver": bool(use.approver),
            "handler": bool(use.handler),
            "copies": use.copies > 0,
        }
        facts["logged"] = True
        facts["log_fields"] = [k for k, ok in filled.items() if ok]
    return facts


def use_from_application(application: Any) -> SealUse:
    """An approved 用印（带出）申请 as a line of the use log, numbered, with its approvers; the keeper then stamps
    (or hands the seal out) and the time is written then."""
    data = application.data
    agency = application.agency
    _, names = reg.approvals_of(application)
    seal = find_seal(agency, str(data.get("seal")), str(data.get("seal_name") or ""))
    if seal is None:
        raise NotFound("印章台账中没有该印章", "the seal is not in the register", "seal")
    year = application.on.year
    use = SealUse(
        agency=agency,
        section=application.section or seal.section,
        seal=seal,
        application=application,
        number=reg.next_number(SealUse, agency, year),
        content=str(data.get("content") or "")[:300],
        purpose=str(data.get("purpose") or "document"),
        approver="、".join(names)[:200] or "（已有领导签发）",
        handler=application.applicant_name[:50],
        handler_user=application.applicant,
        copies=int(data.get("copies") or 0),
        take_out=bool(data.get("take_out")),
        to_archive=bool(data.get("to_archive")),
        archive_copies=int(data.get("archive_copies") or 0),
    )
    facts = use_facts(use, seal, {**data, "signed_by_leader": True}, stamping=False)
    with reg.checked(
        "seal.use",
        agency,
        application.on,
        facts,
        action="seals.use.approved",
        obj=use,
        allow_pending=True,
        cites=LOG_CITES.get(agency.slug, []),
        reason=f"用印登记 {use.number}：{application.title}",
    ) as verdict:
        use.outcome = reg.outcome_of(verdict)
        use.cites = reg.cites_of(verdict, LOG_CITES.get(agency.slug, []))
        use.save()
    return use


def stamp(user: Any, use: SealUse, fields: dict[str, Any]) -> SealUse:
    """用印: the keeper confirms the document (not blank paper, regular text, the leader's signature, the date of
    writing, the copies) and stamps; the log's time is written now. Refused while the seal is out or retired."""
    version = _v(fields)
    copies = reg.count(fields.get("copies") or use.copies, "copies", "用印份数", low=1, high=10_000)
    archive = reg.count(fields.get("archive_copies") or use.archive_copies, "archive_copies", "留存份数", high=10_000)
    if use.status != SealUse.APPROVED or use.take_out:
        raise refuse("该登记不是待用印的用印申请", "this line is not a stamping awaiting the seal", "status")
    if archive > copies:
        raise BadInput("留存份数不能多于用印份数", "archive_copies cannot exceed copies", "archive_copies")
    seal = use.seal
    if seal.out:
        raise refuse("印章已带出，尚未交回，不能用印", "the seal is out of the office", "seal")
    checks = {k: reg.flag(fields.get(k)) for k in ("blank_paper", "irregular_document")}
    data = use.application.data if use.application_id else {}
    probe = SealUse(**{f.name: getattr(use, f.name) for f in SealUse._meta.concrete_fields if f.name != "id"})
    probe.copies, probe.archive_copies, probe.at = copies, archive, timezone.now()
    facts = use_facts(probe, seal, {**data, **checks, "signed_by_leader": True}, stamping=True)
    with reg.checked(
        "seal.use",
        use.agency,
        timezone.localdate(),
        facts,
        action="seals.use.stamp",
        obj=use,
        field="blank_paper",
        allow_pending=use.application_id is not None,
        cites=LOG_CITES.get(use.agency.slug, []),
        reason=f"用印 {use.number}",
    ) as verdict:
        row = lock_if_unchanged(SealUse, use.pk, version)
        row.copies, row.archive_copies, row.at = copies, archive, probe.at
        row.keeper_name, row.status = reg.name_of(user), SealUse.STAMPED
        row.outcome = reg.outcome_of(verdict)
        row.cites = list(dict.fromkeys([*row.cites, *reg.cites_of(verdict)]))
        row.save()
    return row


def log_signed(user: Any, fields: dict[str, Any]) -> SealUse:
    """The keeper logs a stamping whose competent leader has already signed (批件、签发): 文山（五）1、2 “交由印章
    管理人员验证登记后用印”; 白城 二、2 “凡经办领导签发的 … 出示领导签字并登记后可直接用章”. Anything still
    needing an approval is refused: it goes through an application first."""
    agency = reg.agency_of(user)
    kind = reg.choice(fields.get("seal"), "seal", "印章", dict(Seal._meta.get_field("kind").choices))
    seal = find_seal(agency, kind, reg.text(fields.get("seal_name"), "seal_name", "印文", 200))
    if seal is None:
        raise NotFound("印章台账中没有该印章", "the seal is not in the register", "seal")
    if seal.out:
        raise refuse("印章已带出，尚未交回，不能用印", "the seal is out of the office", "seal")
    handler_name = reg.text(fields.get("handler"), "handler", "承办人", 50, required=True)
    use = SealUse(
        agency=agency,
        section=seal.section,
        seal=seal,
        number=reg.next_number(SealUse, agency, timezone.localdate().year),
        content=reg.text(fields.get("content"), "content", "内容", 300, required=True),
        purpose=reg.choice(fields.get("purpose") or "document", "purpose", "用印事由", dict(USE_PURPOSES)),
        approver=reg.text(fields.get("approver"), "approver", "批准人", 200),
        handler=handler_name,
        handler_user=user,
        copies=reg.count(fields.get("copies"), "copies", "用印份数", low=1, high=10_000),
        to_archive=reg.flag(fields.get("to_archive")),
        archive_copies=reg.count(fields.get("archive_copies") or 0, "archive_copies", "留存份数", high=10_000),
        at=timezone.now(),
        keeper_name=reg.name_of(user),
        status=SealUse.STAMPED,
    )
    if use.archive_copies > use.copies:
        raise BadInput("留存份数不能多于用印份数", "archive_copies cannot exceed copies", "archive_copies")
    extra = {
        k: reg.flag(fields.get(k)) for k in ("blank_paper", "irregular_document", "owner_consent", "unit_certificate")
    }
    extra["signed_by_leader"] = reg.flag(fields.get("signed_by_leader"))
    if not extra["signed_by_leader"]:
        raise refuse(
            "须先经有权审批人签字（领导签字，印章管理人员把关），请提交用印申请",
            "a competent leader must sign first: file a seal-use application",
            "signed_by_leader",
        )
    facts = use_facts(use, seal, extra, stamping=True)
    with reg.checked(
        "seal.use",
        agency,
        timezone.localdate(),
        facts,
        action="seals.use.log",
        obj=use,
        field="approver",
        cites=LOG_CITES.get(agency.slug, []),
        reason=f"用印登记 {use.number}",
    ) as verdict:
        use.outcome = reg.outcome_of(verdict)
        use.cites = reg.cites_of(verdict, LOG_CITES.get(agency.slug, []))
        use.save()
    return use


def refuse_use(user: Any, use: SealUse, fields: dict[str, Any]) -> SealUse:
    """The keeper refuses a use that does not comply, with the reason (kept in the log and the ledger)."""
    version = _v(fields)
    why = reg.text(fields.get("reason"), "reason", "拒绝理由", 500, required=True)
    if use.status != SealUse.APPROVED:
        raise refuse("该登记已办理，不能再拒绝", "this line has already been acted on", "status")
    with reg.recorded(
        "seals.use.refuse", obj=use, cites=REFUSE_CITES.get(use.agency.slug, []), reason=f"拒绝用印 {use.number}：{why}"
    ):
        row = lock_if_unchanged(SealUse, use.pk, version)
        row.status, row.refused_reason, row.keeper_name = SealUse.REFUSED, why, reg.name_of(user)
        row.save()
    return row


def take_out(user: Any, use: SealUse, fields: dict[str, Any]) -> SealUse:
    """The seal leaves the office, as the approved take-out says (the user answers for its use while out)."""
    version = _v(fields)
    when = reg.moment(fields.get("out_at") or timezone.now(), "out_at", "带出时间")
    if not use.take_out or use.status != SealUse.APPROVED:
        raise refuse("该登记不是已批准的印章带出", "this line is not an approved take-out", "status")
    seal = use.seal
    if seal.out:
        raise refuse("印章已带出，尚未交回", "the seal is already out", "seal")
    data = use.application.data if use.application_id else {}
    facts = use_facts(use, seal, {**data, "signed_by_leader": True}, stamping=False)
    with reg.checked(
        "seal.use",
        use.agency,
        timezone.localdate(),
        facts,
        action="seals.take_out",
        obj=use,
        allow_pending=use.application_id is not None,
        cites=TAKE_OUT_CITES.get(use.agency.slug, []),
        reason=f"印章带出 {seal.name}（{use.number}）",
    ) as verdict:
        row = lock_if_unchanged(SealUse, use.pk, version)
        row.out_at, row.at, row.status, row.keeper_name = when, when, SealUse.OUT, reg.name_of(user)
        row.outcome = reg.outcome_of(verdict)
        row.save()
        s = Seal.objects.select_for_update().get(pk=seal.pk)
        s.out = True
        s.save()
    return row


def bring_back(user: Any, use: SealUse, fields: dict[str, Any]) -> SealUse:
    version = _v(fields)
    when = reg.moment(fields.get("back_at") or timezone.now(), "back_at", "交回时间")
    assert when is not None
    if use.status != SealUse.OUT:
        raise refuse("该印章未在外", "the seal is not out", "status")
    if use.out_at and when < use.out_at:
        raise BadInput("交回时间应晚于带出时间", "back_at must be after out_at", "back_at")
    with reg.recorded(
        "seals.bring_back", obj=use, cites=TAKE_OUT_CITES.get(use.agency.slug, []), reason=f"印章交回 {use.seal.name}"
    ):
        row = lock_if_unchanged(SealUse, use.pk, version)
        row.back_at, row.status = when, SealUse.RETURNED
        row.save()
        s = Seal.objects.select_for_update().get(pk=use.seal_id)
        s.out = False
        s.save()
    return row


# --- the seal's life (seal.manage) ----------------------------------------------------------------------------


def _manage(
    user: Any, seal: Seal, fields: dict[str, Any], facts: dict[str, Any], change: dict[str, Any], what: str
) -> Seal:
    version = _v(fields)
    on = reg.day(fields.get("on") or timezone.localdate().isoformat(), "on", "日期")
    assert on is not None
    with reg.checked(
        "seal.manage",
        seal.agency,
        on,
        facts,
        action=f"seals.{facts['action']}",
        obj=seal,
        cites=CUSTODY_CITES.get(seal.agency.slug, []),
        reason=f"{what}：{seal.name}",
    ) as verdict:
        row = lock_if_unchanged(Seal, seal.pk, version)
        for k, v in change.items():
            setattr(row, k, v)
        row.save()
        _event(row, facts["action"], on, user, what, verdict)
    return row


def handover(user: Any, seal: Seal, fields: dict[str, Any]) -> Seal:
    """移交: 文山（四）“印章移交须办理相关手续” — the record is this entry, naming both keepers."""
    new = reg.text(fields.get("keeper_name"), "keeper_name", "接收人", 50, required=True)
    if new == seal.keeper_name:
        raise BadInput("接收人与原保管人相同", "the new keeper is the same person", "keeper_name")
    facts = {"action": "handover", "handover_record": True}
    return _manage(user, seal, fields, facts, {"keeper_name": new, "keeper": None}, f"移交 {seal.keeper_name} → {new}")


def stop(user: Any, seal: Seal, fields: dict[str, Any]) -> Seal:
    """停用: 白城 二、9 单位名称变动、损坏、遗失被盗须停用，由综合科封存或送销毁，不得私自处理."""
    reason = reg.choice(
        fields.get("reason"), "reason", "停用原因", ("name_change", "damaged", "lost_or_stolen", "other")
    )
    if seal.status != Seal.ACTIVE:
        raise refuse("该印章已不在用", "the seal is not in use", "status")
    facts = {"action": "stop", "reason": reason, "private_disposal": reg.flag(fields.get("private_disposal"))}
    return _manage(user, seal, fields, facts, {"status": Seal.STOPPED}, f"停用（{reason}）")


def report_lost(user: Any, seal: Seal, fields: dict[str, Any]) -> Seal:
    """遗失: 白城 三、2 迅速报告办领导，办理遗失声明并报有关部门备案."""
    facts = {"action": "lost", "reported": reg.flag(fields.get("reported"))}
    return _manage(user, seal, fields, facts, {"status": Seal.LOST, "out": False}, "遗失")


def stand_in(user: Any, seal: Seal, fields: dict[str, Any]) -> Seal:
    """代管: 白城 三、1 保管人员出差、请休假，须事前报告相关领导指定其他人暂时代管."""
    name = reg.text(fields.get("stand_in_name"), "stand_in_name", "代管人", 50, required=True)
    until = reg.day(fields.get("stand_in_until"), "stand_in_until", "代管至")
    facts = {"action": "custodian_absence", "temp_custodian_designated": True}
    return _manage(
        user, seal, fields, facts, {"stand_in_name": name, "stand_in_until": until}, f"指定代管人 {name} 至 {until}"
    )
