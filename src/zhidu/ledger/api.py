"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/ledger/.

    GET /api/v1/ledger/entries?category=&obj_type=&obj_id=&limit=&before_seq=   newest first, paged
    GET /api/v1/ledger/verify                                                  walk the chain

Who reads which log is ``service.visible_categories`` (三员分立), of which agency ``zhidu.access``
(``scoped``); verifying is the audit log's reader's. Both declare their (resource, action) for
``zhidu.access.middleware.AccessMiddleware``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import BeforeValidator, Field

from zhidu.access import requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut, blank_is_none

from . import service
from .models import LedgerEntry

router = Router()

MAX_LIMIT = 200
Category = Literal["business", "security", "system", "audit"]
CATEGORY_ZH = {"business": "业务", "security": "安全", "system": "系统", "audit": "审计"}


class EntryOut(Schema):
    seq: int = Field(description="序号 / sequence number")
    at: dt.datetime = Field(description="时间（服务器）/ server time")
    actor_id: int | None = Field(description="操作人账号 / actor's user id (None: anonymous or the system)")
    actor_name: str = Field(description="操作人（记录时）/ actor's name when recorded, or cli:<user>, system")
    agency_id: int | None = Field(description="所涉机构 / agency concerned")
    category: str = Field(description="business 业务 · security 安全 · system 系统 · audit 审计")
    action: str = Field(description="操作 / action, e.g. create, update, delete, signin.success")
    obj_type: str = Field(description="对象类型 / object type (app.Model)")
    obj_id: str = Field(description="对象标识 / object id")
    before: Any = Field(description="修改前（密钥已隐去）/ before (secrets redacted)")
    after: Any = Field(description="修改后（密钥已隐去）/ after (secrets redacted)")
    verdict: Any = Field(description="所依据的校验结论 / the verdict that allowed it")
    citations: list[str] = Field(description="依据条款 / citation ids of the verdict")
    reason: str = Field(description="理由 / reason given")
    meta: dict[str, Any] = Field(description="附加信息，如客户端地址 ip / extra, e.g. the client address (ip)")
    prev_hash: str = Field(description="前一条的 SM3 杂凑值 / previous entry's SM3 hash")
    hash: str = Field(description="本条的 SM3 杂凑值 / this entry's SM3 hash")


class EntriesPage(Schema):
    categories: list[str] = Field(description="您可查看的类别 / the categories you may read")
    entries: list[EntryOut] = Field(description="条目，最新的在前 / entries, newest first")
    next_before_seq: int | None = Field(
        description="下一页传入的 before_seq；无更多时为空 / before_seq of the next page"
    )


class VerifyOut(Schema):
    ok: bool = Field(description="链完好 / whether the chain is intact")
    count: int = Field(description="条目数 / number of entries")
    first_bad: int | None = Field(description="第一条有问题的序号 / seq of the first bad entry")
    problem: str | None = Field(description="edited · deleted · inserted · reordered")
    problem_zh: str = Field(description="问题（中文），完好时为空 / the problem in Chinese, empty when ok")
    problem_en: str = Field(description="问题（英文），完好时为空 / the problem in English, empty when ok")
    head_hash: str = Field(description="最后一条的杂凑值 / hash of the last good entry walked")


def _out(e: LedgerEntry) -> EntryOut:
    return EntryOut(
        seq=e.seq,
        at=e.at,
        actor_id=e.actor_id,
        actor_name=e.actor_name,
        agency_id=e.agency_id,
        category=e.category,
        action=e.action,
        obj_type=e.obj_type,
        obj_id=e.obj_id,
        before=e.before,
        after=e.after,
        verdict=e.verdict,
        citations=list(e.citations or []),
        reason=e.reason,
        meta=dict(e.meta or {}),
        prev_hash=e.prev_hash,
        hash=e.hash,
    )


def _forbidden(zh: str, en: str) -> Status[dict[str, Any]]:
    return Status(403, {"error": {"message_zh": zh, "message_en": en, "field": None}})


ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@router.get(
    "/entries",
    response={200: EntriesPage, **ERRORS},
    summary="留痕台账条目（按类别权限）/ ledger entries (the categories you may read)",
)
@requires("ledger_entry", "read")
def list_entries(
    request: HttpRequest,
    category: Annotated[
        Category | None, BeforeValidator(blank_is_none), Query(None, description="只看此类别 / only this category")
    ] = None,
    obj_type: Annotated[
        str | None, Query(max_length=100, description="对象类型，如 workcalendar.CalendarOverride")
    ] = None,
    obj_id: Annotated[str | None, Query(max_length=100, description="对象标识 / object id")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="每页条数 1–200 / page size")] = 50,
    before_seq: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="只看此序号之前的 / only entries before this seq")
    ] = None,
) -> Any:
    """最新的在前。系统管理员看系统日志，安全保密管理员看安全日志，安全审计员看业务与审计日志。
    / Newest first. The system administrator reads the system log, the security administrator the
    security log, the audit administrator the business and audit logs; anyone else nothing (403)."""
    visible = service.visible_categories(request.user)
    if not visible:
        return _forbidden("您无权查看留痕台账", "you may not read the ledger")
    if category is not None and category not in visible:
        return _forbidden(f"您无权查看{CATEGORY_ZH[category]}日志", f"you may not read the {category} log")
    wanted = [category] if category else sorted(visible)
    qs = scoped(request, "ledger_entry", LedgerEntry.objects.filter(category__in=wanted))  # own agency (or none)
    if obj_type:
        qs = qs.filter(obj_type=obj_type)
    if obj_id:
        qs = qs.filter(obj_id=obj_id)
    if before_seq is not None:
        qs = qs.filter(seq__lt=before_seq)
    rows = list(qs.order_by("-seq")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return EntriesPage(
        categories=sorted(visible),
        entries=[_out(e) for e in rows],
        next_before_seq=rows[-1].seq if more and rows else None,
    )


@router.get(
    "/verify",
    response={200: VerifyOut, **ERRORS},
    summary="核验留痕台账的 SM3 链 / verify the ledger's SM3 chain",
)
@requires("ledger_entry", "verify")
def verify(request: HttpRequest) -> Any:
    """逐条核验；指出第一条被改动、删除、插入或调换顺序的条目。核验本身记入审计日志。
    / Walks every entry and names the first one edited, deleted, inserted or reordered. The
    verification is itself recorded in the audit log. For readers of the audit log only (403 otherwise)."""
    if "audit" not in service.visible_categories(request.user):
        return _forbidden("只有安全审计员可以核验台账", "only the audit administrator may verify the ledger")
    report = service.verify_and_record("api")
    return VerifyOut(
        ok=report.ok,
        count=report.count,
        first_bad=report.first_bad,
        problem=report.kind.value if report.kind else None,
        problem_zh=report.problem_zh,
        problem_en=report.problem_en,
        head_hash=report.head_hash,
    )
