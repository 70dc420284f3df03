"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/seals/ (印章台账与用印登记).

    GET  /seals                      印章台账 / the seals and their keepers
    POST /seals                      登记印章 / register a seal (白城: a new seal needs an approved application)
    POST /seals/{id}/manage          移交、停用、遗失、代管 / handover, retirement, loss, stand-in (seal.manage)
    GET  /uses?status=               用印登记表 / the use log
    POST /uses                       登记已有领导签发的用印 / log a stamping whose leader's approval is in hand
    POST /uses/{id}/stamp            用印 / stamp an approved request (never blank paper; the log's six fields)
    POST /uses/{id}/refuse           拒绝用印 / the keeper refuses, with the reason
    POST /uses/{id}/take-out         带出 / the seal leaves the office as approved
    POST /uses/{id}/return           交回 / the seal comes back

Uses and take-outs are asked for as applications (zhidu.approvals kind ``seal.use``); once approved they appear
here for the keeper. Refusals answer 422 with the verdict and the clauses cited.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import AfterValidator

from zhidu.access import authorize, fetch, requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut
from zhidu.common import registers as reg
from zhidu.core.errors import NotFound
from zhidu.core.rules.library.seals import PURPOSES, SEALS

from . import service
from .models import Seal, SealUse

router = Router()
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
Id = Annotated[int, Path(description="编号 / id", ge=1, le=MAX_ID)]
SealKind = Literal[tuple(SEALS)]  # type: ignore[valid-type]
Purpose = Literal[tuple(PURPOSES)]  # type: ignore[valid-type]


def Text(n: int, zh: str, en: str, default: Any = ...) -> Any:
    return Annotated[str, AfterValidator(reg.no_control), Field(default, max_length=n, description=f"{zh} / {en}")]


class SealOut(Schema):
    id: int = Field(description="编号 / id")
    kind: str = Field(description="印章种类 / kind: " + " · ".join(f"{k} {v}" for k, v in SEALS.items()))
    name: str = Field(description="印文 / inscription")
    section: str | None = Field(description="保管科室 / keeping section")
    keeper_name: str = Field(description="保管人 / keeper")
    stand_in_name: str = Field(description="代管人 / stand-in keeper")
    stand_in_until: dt.date | None = Field(description="代管至 / until")
    status: str = Field(description="active 在用 · stopped 已停用 · lost 已遗失")
    out: bool = Field(description="已带出 / out of the office")
    version: int = Field(description="版本 / version")


def seal_out(s: Seal) -> SealOut:
    return SealOut(
        id=s.pk,
        kind=s.kind,
        name=s.name,
        section=s.section.name if s.section else None,
        keeper_name=s.keeper_name,
        stand_in_name=s.stand_in_name,
        stand_in_until=s.stand_in_until,
        status=s.status,
        out=s.out,
        version=s.version,
    )


class SealIn(Schema):
    kind: SealKind = Field(description="印章种类 / kind of seal")
    name: Text(200, "印文", "inscription")  # type: ignore[valid-type]
    keeper_name: Text(50, "保管人", "keeper")  # type: ignore[valid-type]
    section: Text(80, "保管科室（科室印章、业务专用章）", "keeping section", "")  # type: ignore[valid-type]


class ManageIn(Schema):
    action: Literal["handover", "stop", "lost", "custodian_absence"] = Field(
        description="handover 移交 · stop 停用 · lost 遗失 · custodian_absence 保管人外出指定代管"
    )
    keeper_name: Text(50, "接收人（移交）", "new keeper (handover)", "")  # type: ignore[valid-type]
    reason: Literal["name_change", "damaged", "lost_or_stolen", "other"] | None = Field(
        None, description="停用原因 / reason for retiring"
    )
    reported: bool = Field(False, description="遗失已报告并办理遗失声明、备案 / loss reported and declared")
    stand_in_name: Text(50, "代管人", "stand-in keeper", "")  # type: ignore[valid-type]
    stand_in_until: dt.date | None = Field(None, description="代管至 / until")
    on: dt.date | None = Field(None, description="日期（默认今天） / date")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class UseOut(Schema):
    id: int = Field(description="编号 / id")
    number: str = Field(description="编号 / log number")
    at: dt.datetime | None = Field(description="时间 / time")
    content: str = Field(description="内容 / content")
    approver: str = Field(description="批准人 / approved by")
    handler: str = Field(description="承办人 / handler")
    copies: int = Field(description="用印份数 / copies")
    seal: str = Field(description="印章 / seal")
    purpose: str = Field(description="用印事由 / purpose")
    application: int | None = Field(description="用印申请编号 / the application approved")
    take_out: bool = Field(description="带出 / take-out")
    out_at: dt.datetime | None = Field(description="带出时间 / out at")
    back_at: dt.datetime | None = Field(description="交回时间 / back at")
    to_archive: bool = Field(description="需存档 / to be archived")
    archive_copies: int = Field(description="留存份数 / archive copies")
    keeper_name: str = Field(description="印章管理人员 / keeper")
    refused_reason: str = Field(description="拒绝理由 / reason refused")
    status: str = Field(description="approved 待用印 · stamped 已用印 · refused 拒绝 · out 已带出 · returned 已交回")
    outcome: str = Field(description="校验结论 / outcome")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    version: int = Field(description="版本 / version")


def use_out(u: SealUse) -> UseOut:
    return UseOut(
        id=u.pk,
        number=u.number,
        at=u.at,
        content=u.content,
        approver=u.approver,
        handler=u.handler,
        copies=u.copies,
        seal=u.seal.name,
        purpose=u.purpose,
        application=u.application_id,
        take_out=u.take_out,
        out_at=u.out_at,
        back_at=u.back_at,
        to_archive=u.to_archive,
        archive_copies=u.archive_copies,
        keeper_name=u.keeper_name,
        refused_reason=u.refused_reason,
        status=u.status,
        outcome=u.outcome,
        cites=list(u.cites),
        version=u.version,
    )


class LogIn(Schema):
    seal: SealKind = Field(description="印章种类 / kind of seal")
    seal_name: Text(200, "印文（同类多枚时）", "inscription, if several", "")  # type: ignore[valid-type]
    purpose: Purpose = Field("document", description="用印事由 / purpose")  # type: ignore[valid-type]
    content: Text(300, "内容", "content")  # type: ignore[valid-type]
    approver: Text(200, "批准人（签发的领导）", "who approved (signed)")  # type: ignore[valid-type]
    handler: Text(50, "承办人", "handler")  # type: ignore[valid-type]
    copies: int = Field(ge=1, le=10_000, description="用印份数 / copies")
    signed_by_leader: bool = Field(description="已持有权审批人签发的批件 / the competent leader has signed")
    blank_paper: bool = Field(False, description="空白纸页 / blank paper")
    irregular_document: bool = Field(False, description="行文不规范 / irregular document")
    owner_consent: bool = Field(False, description="单位负责人印章已经本人同意 / the owner consented")
    unit_certificate: bool = Field(False, description="来人持单位证明 / visitor's unit certificate")
    to_archive: bool = Field(False, description="需存档 / to be archived")
    archive_copies: int = Field(0, ge=0, le=10_000, description="留存份数 / archive copies")


class StampIn(Schema):
    copies: int | None = Field(None, ge=1, le=10_000, description="用印份数（核对） / copies, as checked")
    archive_copies: int | None = Field(None, ge=0, le=10_000, description="留存份数 / archive copies")
    blank_paper: bool = Field(False, description="文件为空白纸页 / the paper is blank")
    irregular_document: bool = Field(False, description="行文不规范 / the text is irregular")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class RefuseIn(Schema):
    reason: Text(500, "拒绝理由", "why")  # type: ignore[valid-type]
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class OutIn(Schema):
    out_at: dt.datetime | None = Field(None, description="带出时间（默认现在） / out at")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


class BackIn(Schema):
    back_at: dt.datetime | None = Field(None, description="交回时间（默认现在） / back at")
    version: int = Field(ge=0, le=2**31, description="所见版本 / the version seen")


# --- seals -----------------------------------------------------------------------------------------------------


@router.get("/seals", response={200: list[SealOut], **ERRORS}, summary="印章台账 / the seals")
@requires("seal_log", "read")
def seals(request: HttpRequest) -> list[SealOut]:
    """本机构的印章、保管人和状态。 / The agency's seals, keepers and status."""
    qs = Seal.objects.filter(agency=reg.agency_of(request.user)).select_related("section")
    return [seal_out(s) for s in scoped(request, "seal_log", qs)[:500]]


@router.post("/seals", response={201: SealOut, **ERRORS}, summary="登记印章 / register a seal")
@requires("seal_log", "write")
def add_seal(request: HttpRequest, body: SealIn) -> Status:
    """登记印章及保管人（文山（二）；白城新刻印章须先经分管领导同意：提交 seal.new 申请）。
    / Register a seal and its keeper (Baicheng: a new seal goes through an application first)."""
    agency = reg.agency_of(request.user)
    probe = Seal(agency=agency, section=service.section_named(agency, body.section))
    authorize(request, "write", "seal_log", probe)
    return Status(201, seal_out(service.add_seal(request.user, body.dict())))


@router.post("/seals/{seal_id}/manage", response={200: SealOut, **ERRORS}, summary="印章移交、停用、遗失、代管")
@requires("seal_log", "write")
def manage(request: HttpRequest, seal_id: Id, body: ManageIn) -> SealOut:
    """印章的移交、停用、遗失和代管，经 seal.manage 校验。 / Handover, retirement, loss, stand-in: seal.manage."""
    s = fetch(request, "write", "seal_log", Seal.objects.select_related("section"), pk=seal_id)
    fields = body.dict()
    fn = {
        "handover": service.handover,
        "stop": service.stop,
        "lost": service.report_lost,
        "custodian_absence": service.stand_in,
    }[body.action]
    return seal_out(fn(request.user, s, fields))


# --- the use log --------------------------------------------------------------------------------------------


class UseFilter(Schema):
    status: Literal["approved", "stamped", "refused", "out", "returned"] | None = Field(
        None, description="状态 / status"
    )


@router.get("/uses", response={200: list[UseOut], **ERRORS}, summary="用印登记表 / the use log")
@requires("seal_log", "read")
def uses(request: HttpRequest, filters: Query[UseFilter]) -> list[UseOut]:
    """印章使用情况登记表：编号、时间、内容、批准人、承办人、用印份数（文山（六）3）。 / The seal use log."""
    qs = SealUse.objects.filter(agency=reg.agency_of(request.user)).select_related("seal")
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [use_out(u) for u in scoped(request, "seal_log", qs)[:500]]


@router.post("/uses", response={201: UseOut, **ERRORS}, summary="登记用印 / log a stamping")
@requires("seal_log", "write")
def log_use(request: HttpRequest, body: LogIn) -> Status:
    """印章管理人员验证有权审批人的批件后登记并用印；尚须审批的，拒绝（须先提交用印申请）；空白纸页一律拒绝。
    / The keeper logs a stamping whose approval is in hand; anything still needing approval is refused."""
    seal = service.find_seal(reg.agency_of(request.user), body.seal, body.seal_name)
    if seal is None:
        raise NotFound("印章台账中没有该印章", "the seal is not in the register", "seal")
    authorize(request, "write", "seal_log", seal)
    return Status(201, use_out(service.log_signed(request.user, body.dict())))


def _use(request: HttpRequest, use_id: int) -> SealUse:
    return fetch(request, "write", "seal_log", SealUse.objects.select_related("seal", "application"), pk=use_id)


@router.post("/uses/{use_id}/stamp", response={200: UseOut, **ERRORS}, summary="用印 / stamp")
@requires("seal_log", "write")
def stamp(request: HttpRequest, use_id: Id, body: StampIn) -> UseOut:
    """对已批准的用印申请用印：空白纸页、行文不规范、印章停用或外出的拒绝；登记表六项补齐。
    / Stamp an approved request; blank paper and the like are refused; the log's six fields completed."""
    return use_out(service.stamp(request.user, _use(request, use_id), body.dict()))


@router.post("/uses/{use_id}/refuse", response={200: UseOut, **ERRORS}, summary="拒绝用印 / refuse")
@requires("seal_log", "write")
def refuse_use(request: HttpRequest, use_id: Id, body: RefuseIn) -> UseOut:
    """印章管理人对不符合用印的，有权拒绝用印（文山（五）10）。 / The keeper refuses a use that does not comply."""
    return use_out(service.refuse_use(request.user, _use(request, use_id), body.dict()))


@router.post("/uses/{use_id}/take-out", response={200: UseOut, **ERRORS}, summary="带出 / take out")
@requires("seal_log", "write")
def take_out(request: HttpRequest, use_id: Id, body: OutIn) -> UseOut:
    """按批准的带出申请交出印章，外出期间使用人承担一切责任。 / Hand the seal out as approved."""
    return use_out(service.take_out(request.user, _use(request, use_id), body.dict()))


@router.post("/uses/{use_id}/return", response={200: UseOut, **ERRORS}, summary="交回 / return")
@requires("seal_log", "write")
def bring_back(request: HttpRequest, use_id: Id, body: BackIn) -> UseOut:
    """印章交回。 / The seal comes back."""
    return use_out(service.bring_back(request.user, _use(request, use_id), body.dict()))
