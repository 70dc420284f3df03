"""HTTP API /api/v1/ (django-ninja). OpenAPI at /api/v1/openapi.json.

Read-only views of the rulebooks for signed-in users (Django session). Everything goes through
``zhidu.rulebook.service``; errors answer ``{"error": {"message_zh", "message_en", "field"}}``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from typing import Annotated, Any

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.db import DataError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import register_converter
from ninja import NinjaAPI, Path, Query
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer
from ninja.security import django_auth
from pydantic import BeforeValidator

from zhidu.access import Denied, requires
from zhidu.access.trail import record_refusal
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, Conflict, NotFound, Refused
from zhidu.core.rulebook.citation import CitationId
from zhidu.rulebook import service
from zhidu.rulebook.models import Clause, System

from .schemas import (
    AgencyDetail,
    AgencyOut,
    CheckOut,
    ClauseDetail,
    ClauseOut,
    DomainCount,
    ErrorOut,
    EvaluateIn,
    Kind,
    SearchHitOut,
    SearchPageOut,
    SectionCount,
    SlugPath,
    SnippetPiece,
    SystemDetail,
    SystemOut,
    VerdictOut,
    WorkItemOut,
    WorkItemsOut,
    blank_is_none,
)

log = logging.getLogger(__name__)

MAX_SYSTEM_NUMBER = 32767  # System.number is a small integer; anything larger names no 制度
SEARCH_MAX_LIMIT = 100
_SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,40}")


class _AnyText:
    """Path converter for citation ids: any text (slashes, newlines), so a malformed id gets the
    parser's 422 answer rather than falling through to a 404."""

    regex = "(?s:.+)"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(_AnyText, "anytext")


class _Renderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # readable Chinese in the answers


api = NinjaAPI(
    title="zhidu API",
    version="1",
    description=(
        "制度：机构规章制度的可引用原文、检索与部门职责登记表。所有接口需登录（Django 会话）；"
        '错误统一为 {"error": {"message_zh", "message_en", "field"}}。\n\n'
        "zhidu: agencies' rulebooks as citable text, full-text search and the duty register. Every "
        'endpoint needs a signed-in session; errors answer {"error": {"message_zh", "message_en", "field"}}. '
        "Citation ids look like `tongyu-hrss:2:3.5` (agency, 制度 number, clause path)."
    ),
    urls_namespace="api",
    auth=django_auth,
    renderer=_Renderer(),
)

ERRORS: dict[int, Any] = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


# --- errors -------------------------------------------------------------------------------------


def _error(request: HttpRequest, status: int, zh: str, en: str, field: str | None = None, **extra: Any) -> HttpResponse:
    body: dict[str, Any] = {"message_zh": zh, "message_en": en, "field": field, **extra}
    return api.create_response(request, {"error": body}, status=status)


@api.exception_handler(BadInput)
def _bad_input(request: HttpRequest, exc: BadInput) -> HttpResponse:
    status = 404 if isinstance(exc, NotFound) else 409 if isinstance(exc, Conflict) else 422
    extra = {"verdict": exc.verdict} if isinstance(exc, Refused) and exc.verdict is not None else {}
    return _error(request, status, exc.message_zh, exc.message_en, exc.field, **extra)


@api.exception_handler(Denied)
def _denied(request: HttpRequest, exc: Denied) -> HttpResponse:
    """Refused by the permission table (zhidu.access): 401, 403, or 404 for another agency's object."""
    record_refusal(request, str(getattr(request, "access_requirement", "")), exc)  # the security log
    return _error(request, exc.status, exc.message_zh, exc.message_en, exc.field)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _error(request, 401, "请先登录", "Please sign in first.", None)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    zh = _HTTP_ZH.get(exc.status_code, "请求无法处理")
    return _error(request, exc.status_code, f"{zh}（{exc}）", str(exc), None)


_HTTP_ZH = {400: "请求内容无法解析，应为 JSON", 403: "没有权限", 405: "不支持此请求方法", 413: "请求内容过大"}


@api.exception_handler(SuspiciousOperation)
def _suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
    """A body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields and the like: refused, not a 500."""
    if isinstance(exc, RequestDataTooBig):
        return _error(request, 413, "请求内容过大", "request body too large", None)
    return _error(request, 400, "请求内容无法处理", "the request cannot be processed", None)


@api.exception_handler(DataError)
def _data_error(request: HttpRequest, exc: DataError) -> HttpResponse:
    """A value the database cannot hold or compare (PostgreSQL: a NUL character, a string longer than its
    column, a number out of range) that an endpoint let through: refused, nothing saved, not a 500."""
    log.warning("API input the database refused on %s: %s", request.path, exc)
    if transaction.get_connection().in_atomic_block:
        transaction.set_rollback(True)
    return _error(
        request,
        422,
        "输入的值不符合要求（含有不允许的字符、过长或超出范围），未作任何改动",
        "a value does not fit (a character that is not allowed, too long, or out of range); nothing was changed",
        None,
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, "找不到该资源", "Not found.", None)


def _field_of(loc: tuple[Any, ...] | list[Any]) -> str | None:
    names = [str(p) for p in loc[1:] if isinstance(p, str)]
    return names[-1] if names else None


def _explain(err: dict[str, Any]) -> tuple[str, str]:
    """A pydantic error of one parameter in Chinese and English."""
    field = _field_of(err.get("loc", ())) or "?"
    ctx = err.get("ctx") or {}
    kind = err.get("type", "")
    if kind == "missing":
        return f"缺少参数 {field}", f"missing parameter {field}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"参数 {field} 应为整数", f"{field} must be an integer"
    if kind in ("float_parsing", "float_type"):
        return f"参数 {field} 应为数字", f"{field} must be a number"
    if kind == "greater_than_equal":
        return f"参数 {field} 应不小于 {ctx.get('ge')}", f"{field} must be at least {ctx.get('ge')}"
    if kind == "greater_than":
        return f"参数 {field} 应大于 {ctx.get('gt')}", f"{field} must be greater than {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"参数 {field} 应不大于 {ctx.get('le')}", f"{field} must be at most {ctx.get('le')}"
    if kind == "less_than":
        return f"参数 {field} 应小于 {ctx.get('lt')}", f"{field} must be less than {ctx.get('lt')}"
    if kind == "string_too_long":
        n = ctx.get("max_length")
        return f"参数 {field} 最多 {n} 个字符", f"{field} must be at most {n} characters"
    if kind == "string_too_short":
        n = ctx.get("min_length")
        return f"参数 {field} 至少 {n} 个字符", f"{field} must be at least {n} characters"
    if kind in ("literal_error", "enum"):
        expected = ctx.get("expected", "")
        return f"参数 {field} 应为以下之一：{expected}", f"{field} must be one of {expected}"
    return f"参数 {field} 不正确", f"{field}: {err.get('msg', 'invalid value')}"


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    details = []
    for err in exc.errors:
        zh, en = _explain(err)
        details.append({"field": _field_of(err.get("loc", ())), "message_zh": zh, "message_en": en})
    if not details:  # pragma: no cover — ninja always lists at least one
        details.append({"field": None, "message_zh": "输入有误", "message_en": "invalid input"})
    first = details[0]
    return _error(
        request,
        422,
        "；".join(d["message_zh"] for d in details),
        "; ".join(d["message_en"] for d in details),
        first["field"],
        details=details,
    )


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    """A bug: logged with its traceback, answered without one."""
    log.exception("API error on %s", request.get_full_path())
    return _error(request, 500, "服务器内部错误", "Internal server error.", None)


# --- helpers ------------------------------------------------------------------------------------


def _system_out(s: System) -> SystemOut:
    return SystemOut(
        cite=s.cite,
        agency=s.agency.slug,
        number=s.number,
        title=s.title,
        title_en=s.title_en,
        domain=s.domain,
        kind=s.kind,  # type: ignore[arg-type]
        catalog_ids=list(s.catalog_ids),
    )


def _clause_out(c: Clause) -> ClauseOut:
    return ClauseOut(
        seq=c.seq,
        cite=c.cite,
        path=c.path,
        label=c.label,
        display=c.display,
        text=c.text,
        depth=c.depth,
        family=c.family,
        marker=c.marker,
        anchor=c.anchor,
    )


def _get_agency(slug: str) -> Agency:
    if not _SLUG_RE.fullmatch(slug):  # not a slug (a NUL byte, say, which PostgreSQL refuses): no such agency
        raise NotFound(f"没有机构 {slug[:60]!r}", f"no agency {slug[:60]!r}", "agency")
    return service.get_agency(slug)


def _get_system(slug: str, number: int) -> System:
    _get_agency(slug)
    if not 1 <= number <= MAX_SYSTEM_NUMBER:  # out of the column's range: no such 制度, without asking the database
        raise NotFound(f"机构 {slug!r} 没有第 {number} 个制度", f"agency {slug!r} has no system {number}", "system")
    return service.get_system(slug, number)


def _nonempty(values: list[str] | None) -> list[str] | None:
    """Repeated query values without the empty ones (``?agency=`` means no filter)."""
    kept = [v.strip() for v in values or [] if v.strip()]
    return kept or None


def _agency_out(agency: Agency, systems: list[System]) -> AgencyOut:
    by_kind = Counter(s.kind for s in systems)
    return AgencyOut(
        slug=agency.slug,
        name=agency.name,
        name_en=agency.name_en,
        systems=len(systems),
        by_kind={k: by_kind[k] for k in sorted(by_kind)},
    )


# --- endpoints ----------------------------------------------------------------------------------


@api.get(
    "/agencies",
    response={200: list[AgencyOut], **ERRORS},
    tags=["agencies 机构"],
    summary="机构列表 / list agencies",
)
@requires("agency", "read")
def list_agencies(request: HttpRequest) -> list[AgencyOut]:
    """全部机构及其制度数。 / Every agency with its number of 制度, by kind."""
    return [_agency_out(a, list(a.systems.all())) for a in service.agencies().prefetch_related("systems")]


@api.get(
    "/agencies/{slug}",
    response={200: AgencyDetail, **ERRORS},
    tags=["agencies 机构"],
    summary="一个机构 / one agency",
)
@requires("agency", "read")
def get_agency(request: HttpRequest, slug: SlugPath) -> AgencyDetail:
    """机构的制度数（按类别、按领域）与职责登记表事项数。 / An agency with its 制度 counted by kind and by domain."""
    agency = _get_agency(slug)
    systems = list(agency.systems.prefetch_related("work_items"))
    summary = _agency_out(agency, systems)
    domains = Counter(s.domain for s in systems)
    n_items = sum(len(s.work_items.all()) for s in systems)
    return AgencyDetail(
        **summary.model_dump(),
        domains=[DomainCount(domain=d, systems=n) for d, n in sorted(domains.items(), key=lambda kv: (-kv[1], kv[0]))],
        work_items=n_items,
    )


@api.get(
    "/agencies/{slug}/systems",
    response={200: list[SystemOut], **ERRORS},
    tags=["systems 制度"],
    summary="机构的制度 / an agency's 制度",
)
@requires("rulebook", "read")
def list_systems(
    request: HttpRequest,
    slug: SlugPath,
    domain: Annotated[
        str | None, Query(description="按领域筛选 / only this domain", examples=["governance-meetings"])
    ] = None,
    kind: Annotated[
        Kind | None,
        BeforeValidator(blank_is_none),
        Query(None, description="按类别筛选（空即不筛选）/ only this kind; empty means any"),
    ] = None,
) -> list[SystemOut]:
    """机构的全部制度，按文档顺序。 / The agency's 制度 in document order, optionally filtered."""
    agency = _get_agency(slug)
    return [
        _system_out(s)
        for s in agency.systems.select_related("agency")
        if (not domain or s.domain == domain) and (kind is None or s.kind == kind)
    ]


@api.get(
    "/agencies/{slug}/systems/{number}",
    response={200: SystemDetail, **ERRORS},
    tags=["systems 制度"],
    summary="一个制度及其全文 / one 制度 with its text",
)
@requires("rulebook", "read")
def get_system(
    request: HttpRequest,
    slug: SlugPath,
    number: Annotated[int, Path(description="制度号 / number of the 制度", examples=[2])],
) -> SystemDetail:
    """制度及其全部段落（原文）。 / A 制度 with every segment of its verbatim text."""
    system = _get_system(slug, number)
    return SystemDetail(
        **_system_out(system).model_dump(),
        agency_name=system.agency.name,
        clauses=[_clause_out(c) for c in system.clauses.all()],
    )


@api.get(
    "/clauses/{anytext:cite}",
    response={200: ClauseDetail, **ERRORS},
    tags=["clauses 条款"],
    summary="按引用编号取条款 / a clause by citation id",
)
@requires("rulebook", "read")
def get_clause(
    request: HttpRequest,
    cite: Annotated[
        str,
        Path(
            description="引用编号 机构:制度号[:条.款]，如 tongyu-hrss:2:3.5 / citation id agency:system[:path]",
            examples=["tongyu-hrss:2:4"],
        ),
    ],
) -> ClauseDetail:
    """条款的写法、原文及其下各段。 / The clause, its display form, its verbatim text and the segments under it."""
    try:
        cid = CitationId.parse(cite)
    except BadInput as exc:
        raise BadInput(exc.message_zh, exc.message_en, exc.field or "cite") from None
    if cid.system > MAX_SYSTEM_NUMBER:
        raise NotFound(f"找不到条款 {cite}", f"no clause {cite}", "cite")
    system, clauses = service.get_clause(str(cid))
    head = clauses[0]
    return ClauseDetail(
        cite=head.cite or system.cite,
        display=head.display,
        label=head.label,
        path=head.path or "",
        depth=head.depth,
        text=head.text,
        full_text="".join(c.text for c in clauses),
        system=_system_out(system),
        agency_name=system.agency.name,
        segments=[_clause_out(c) for c in clauses[1:]],
    )


@api.get(
    "/search",
    response={200: SearchPageOut, **ERRORS},
    tags=["search 检索"],
    summary="全文检索条款 / full-text search of clauses",
)
@requires("rulebook", "read")
def search(
    request: HttpRequest,
    q: Annotated[
        str,
        Query(
            description="检索词，空格分隔的词须同时出现（最多 200 字）/ query; space-separated terms must all match",
            examples=["党组会议"],
        ),
    ],
    agency: Annotated[
        list[str] | None,
        Query(description="只检索这些机构（可重复）/ only these agencies (repeatable)", examples=[["tongyu-hrss"]]),
    ] = None,
    domain: Annotated[
        list[str] | None,
        Query(
            description="只检索这些领域（可重复）/ only these domains (repeatable)", examples=[["governance-meetings"]]
        ),
    ] = None,
    offset: Annotated[int, Query(ge=0, description="跳过前多少条 / hits to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=SEARCH_MAX_LIMIT, description="每页条数 1–100 / page size 1–100")] = 20,
) -> SearchPageOut:
    """按相关度排序的条款，附高亮摘要。 / Clauses ranked by relevance, with highlighted snippets."""
    page = service.search(
        q,
        agencies=_nonempty(agency),
        domains=_nonempty(domain),
        offset=offset,
        limit=limit,
    )
    return SearchPageOut(
        query=page.query,
        total=page.total,
        offset=page.offset,
        limit=page.limit,
        hits=[
            SearchHitOut(
                cite=h.cite,
                display=h.display,
                system_title=h.system_title,
                system_cite=h.system_cite,
                agency=h.agency_slug,
                agency_name=h.agency_name,
                domain=h.domain,
                score=h.score,
                pieces=[SnippetPiece(text=t, hit=bool(is_hit)) for t, is_hit in h.pieces],
                url=h.url,
            )
            for h in page.hits
        ],
    )


@api.get(
    "/agencies/{slug}/work-items",
    response={200: WorkItemsOut, **ERRORS},
    tags=["agencies 机构"],
    summary="部门职责登记表：哪个科室承办哪项工作 / duty register: which section handles which item",
)
@requires("rulebook", "read")
def work_items(
    request: HttpRequest,
    slug: SlugPath,
    section: Annotated[
        str | None,
        Query(
            description="只看名称含此文字的科室承办的事项 / only items of sections whose name contains this",
            examples=["社保科"],
        ),
    ] = None,
) -> WorkItemsOut:
    """具体工作事项及其承办科室（元氏县人社局的部门职责登记表；其他机构为空）。
    / The work items of the duty register with their responsible sections (yuanshi-hrss; empty elsewhere)."""
    agency = _get_agency(slug)
    items = [
        (s, w)
        for s in agency.systems.select_related("agency").prefetch_related("work_items")
        for w in s.work_items.all()
    ]
    items.sort(key=lambda sw: (sw[0].number, sw[1].item_no))
    counts = Counter(name for _, w in items for name in w.sections)
    want = (section or "").strip()
    chosen = [(s, w) for s, w in items if not want or any(want in name for name in w.sections)]
    return WorkItemsOut(
        agency=agency.slug,
        section=want or None,
        sections=[SectionCount(section=n, items=k) for n, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))],
        total=len(chosen),
        items=[
            WorkItemOut(
                system=s.cite,
                system_title=s.title,
                duty_no=w.duty_no,
                item_no=w.item_no,
                text=w.text,
                sections=list(w.sections),
                remark=w.remark,
            )
            for s, w in chosen
        ],
    )


# --- checks -------------------------------------------------------------------------------------


def _engine():  # type: ignore[no-untyped-def]
    from zhidu.core.rules.engine import default_engine

    return default_engine()


def _check_out(info: Any) -> CheckOut:
    d = info.as_dict()
    d["facts_schema"] = d.pop("schema")
    return CheckOut.model_validate(d)


CheckPath = Annotated[str, Path(description="校验标识 / check id", examples=["meeting.convene"], max_length=80)]


@api.get(
    "/checks",
    response={200: list[CheckOut], **ERRORS},
    tags=["checks 校验"],
    summary="全部校验及其事实格式 / every check with the JSON Schema of its facts",
)
@requires("check", "read")
def list_checks(request: HttpRequest) -> list[CheckOut]:
    """每个校验：名称、适用机构、规则、所实施的制度、事实的 JSON Schema。
    / Every check: its title, agencies, rules, the 制度 it implements and the JSON Schema of its facts."""
    return [_check_out(info) for info in _engine().catalog()]


@api.get(
    "/checks/{check_id}",
    response={200: CheckOut, **ERRORS},
    tags=["checks 校验"],
    summary="一个校验 / one check",
)
@requires("check", "read")
def get_check(request: HttpRequest, check_id: CheckPath) -> CheckOut:
    """校验的说明与事实格式；未知校验为 404。 / A check and its facts' schema; 404 if unknown."""
    return _check_out(_engine().describe(check_id))


@api.post(
    "/checks/{check_id}/evaluate",
    response={200: VerdictOut, **ERRORS},
    tags=["checks 校验"],
    summary="按机构和日期评估事实，给出结论与所依据的条款 / evaluate facts: verdict with the clauses it rests on",
)
@requires("check", "evaluate")
def evaluate_check(request: HttpRequest, check_id: CheckPath, body: EvaluateIn) -> VerdictOut:
    """结论（允许/提醒/需审批/不允许）、审批角色、期限、每条规则的说明、比较过程与引用条款。
    事实不符合格式时返回 422 并指明字段，不给结论；未知校验或机构为 404。

    The verdict (allowed / warning / needs_approval / blocked), the approvers, deadlines, and each rule's
    finding with its trace and citations. Facts that do not fit the schema: 422 naming the field, no
    verdict. Unknown check or agency: 404."""
    engine = _engine()
    engine.registry.get_check(check_id)  # 404 before anything else
    if not _SLUG_RE.fullmatch(body.agency):
        raise NotFound(f"没有机构 {body.agency!r}", f"no agency {body.agency!r}", "agency")
    if body.on is None:
        on = dt.date.today()
    else:
        try:
            on = dt.date.fromisoformat(body.on)
        except ValueError:
            raise BadInput(
                f"日期格式应为 YYYY-MM-DD：{body.on!r}", f"date must be YYYY-MM-DD: {body.on!r}", "on"
            ) from None
    from zhidu.workcalendar.service import use_in_engine

    use_in_engine()  # deadlines on the calendar with the administrators' overrides
    verdict = engine.evaluate(check_id, body.agency, on, body.facts)
    return VerdictOut.model_validate(verdict.as_dict())


# --- the apps' own routers (each app owns its endpoints) ------------------------------------------


def _mount() -> None:
    from zhidu.access.api import router as access_router
    from zhidu.approvals.api import router as approvals_router
    from zhidu.assets.api import router as assets_router
    from zhidu.attendance.api import router as attendance_router
    from zhidu.fleet.api import router as fleet_router
    from zhidu.ledger.api import router as ledger_router
    from zhidu.meetings.api import router as meetings_router
    from zhidu.org.api import router as org_router
    from zhidu.seals.api import router as seals_router
    from zhidu.workflow.api import router as workflow_router

    api.add_router("/org", org_router, tags=["org"])
    api.add_router("/ledger", ledger_router, tags=["ledger"])
    api.add_router("/access", access_router, tags=["access"])
    api.add_router("/workflow", workflow_router, tags=["workflow 待办"])
    api.add_router("/meetings", meetings_router, tags=["meetings 会议"])
    api.add_router("/approvals", approvals_router, tags=["approvals 审批"])
    api.add_router("/fleet", fleet_router, tags=["fleet 车辆"])
    api.add_router("/seals", seals_router, tags=["seals 印章"])
    api.add_router("/assets", assets_router, tags=["assets 资产"])
    api.add_router("/attendance", attendance_router, tags=["attendance 考勤"])


_mount()
