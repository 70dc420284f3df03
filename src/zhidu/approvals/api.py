"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/approvals/.

    GET  /kinds?agency=SLUG                       the kinds of application, each with its form's fields
    POST /preview                                 {agency, kind, data, related?} → the live verdict and route
    POST /applications                            {agency, kind, data, related?, decision_ref?} → a draft (201)
    GET  /applications/{id}                       the application, its kept verdict, route, history, files
    PUT  /applications/{id}                       {version, data, related?, decision_ref?} → the draft saved
    POST /applications/{id}/submit                {version} → submitted (422 with the verdict when refused)
    POST /applications/{id}/act                   {version, action, opinion?, to?, decision_ref?}
                                                  action: approve · reject · return · withdraw · forward ·
                                                  add_signer · copy · remind
    POST /applications/{id}/attachments           multipart: version, file → the attachment (201)
    GET  /applications/{id}/attachments/{att_id}  the file
    GET  /applications/{id}/sheet.pdf             the approval sheet (审批单) as PDF
    GET  /mine                                    my applications
    GET  /todo                                    steps awaiting my approval
    GET  /overdue                                 steps past their due day that I may see

A stale ``version`` answers 409 (someone else acted first; nothing saved); a refused submission or action
422 with ``error.verdict`` (the findings and the clauses); bad input 422 naming the field.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Annotated, Any, Literal

from django.http import HttpRequest, HttpResponse
from ninja import Field, File, Form, Path, Query, Router, Schema, Status
from ninja.files import UploadedFile

from zhidu.access import authorize, fetch, requires, scoped
from zhidu.api.schemas import MAX_ID, CitationOut, ErrorOut, FindingOut
from zhidu.core.errors import BadInput

from . import service, sheet
from .kinds import Kind
from .models import Application, Attachment, Step

router = Router()
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
AppId = Annotated[int, Path(description="申请编号 / application id", ge=1, le=MAX_ID)]
Action = Literal["approve", "reject", "return", "withdraw", "forward", "add_signer", "copy", "remind"]


# --- shapes ------------------------------------------------------------------------------------------------


class ChoiceOut(Schema):
    value: str = Field(description="取值 / value")
    label: str = Field(description="显示文字 / label")


class FieldOut(Schema):
    name: str = Field(description="字段名 / field name", examples=["guests"])
    label_zh: str = Field(description="中文名称 / label in Chinese", examples=["接待对象人数"])
    label_en: str = Field(description="英文名称 / label in English", examples=["Guests"])
    type: str = Field(
        description="text · textarea · integer · decimal · number · date · datetime · time · boolean · choice · "
        "multiple_choice · file"
    )
    required: bool = Field(description="必填 / required")
    choices: list[ChoiceOut] = Field(description="可选值（选择题）/ the choices, for choice fields")
    help_zh: str = Field(description="填写说明 / help text (Chinese)")
    help_en: str = Field(description="填写说明 / help text (English)")
    min_value: Any = Field(None, description="最小值 / lowest value, if bounded")
    max_value: Any = Field(None, description="最大值 / highest value, if bounded")
    max_length: int | None = Field(None, description="最多字数 / longest text")


class KindOut(Schema):
    id: str = Field(description="类别标识 / kind id", examples=["reception.request"])
    name_zh: str = Field(description="中文名称 / name in Chinese")
    name_en: str = Field(description="英文名称 / name in English")
    domain: str = Field(description="领域 / domain (finance, reception, vehicles, leave, seals …)")
    area: str = Field(description="分管领域（确定分管领导）/ area of work for 分管 approver resolution")
    checks: list[str] = Field(description="校验标识 / the checks its data is put to")
    cites: list[str] = Field(description="本表所依据的制度条款 / the form's own clauses")
    related_kinds: list[str] = Field(description="可关联的事前申请类别（报账）/ pre-approvals a claim may settle")
    agencies: list[str] = Field(description="适用的机构 / agencies it applies to")
    fields: list[FieldOut] = Field(description="表单字段 / the form's fields")


class KindFilter(Schema):
    agency: str | None = Field(None, description="只列此机构的类别 / only this agency's kinds", max_length=40)


class CheckFindingOut(FindingOut):
    check: str = Field(description="校验标识 / the check that made this finding")


class RouteOut(Schema):
    role: str = Field(description="审批角色标识 / role id")
    role_zh: str = Field(description="审批角色 / role in Chinese")
    mode: str = Field(description="person 逐人 · any 其一 · body 集体决定 · outside 外部")
    person: str = Field(description="审批人 / the person")
    username: str | None = Field(description="审批人账号 / their account")
    cites: list[str] = Field(description="要求此审批的条款 / clauses calling for this approval")
    note_zh: str = Field(description="说明 / note (Chinese)")
    note_en: str = Field(description="说明 / note (English)")


class RefusalOut(Schema):
    rule: str = Field(
        description="org.own_request 本人 · org.chief_direct 五个不直接管 · org.recusal 回避 · org.handler"
    )
    role: str = Field(description="审批角色 / role")
    person: str = Field(description="不得审批者 / who may not approve")
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")
    citations: list[CitationOut] = Field(description="依据条款 / the clauses")
    routed_to: list[str] = Field(description="改由谁审批 / routed instead to")


class MessageOut(Schema):
    message_zh: str = Field(description="中文说明 / message in Chinese")
    message_en: str = Field(description="英文说明 / message in English")


class FieldErrorOut(MessageOut):
    field: str = Field(description="出错的字段 / the field at fault")


class CheckOut(Schema):
    kind: str = Field(description="类别 / kind id")
    agency: str = Field(description="机构 / agency")
    on: str = Field(description="适用日期 / the day whose rules apply")
    valid: bool = Field(description="表单填写有效 / the form's values are valid")
    errors: list[FieldErrorOut] = Field(description="填写错误 / field errors")
    outcome: str = Field(description="allowed · warning · needs_approval · blocked · incomplete（未填完）")
    submittable: bool = Field(description="可以提交 / it may be submitted")
    findings: list[CheckFindingOut] = Field(description="各规则的结论及条款 / each rule's finding with its clauses")
    approvers: list[str] = Field(description="须审批的角色（按顺序）/ approver roles, in order")
    route: list[RouteOut] = Field(description="审批人（角色与人员）/ the approvers as roles and people")
    refusals: list[RefusalOut] = Field(description="不得审批的人员及条款 / who may not approve, and why")
    notes: list[MessageOut] = Field(description="说明（无条款）/ observations without a clause")
    problems: list[MessageOut] = Field(description="不能提交的原因（审批人无法确定等）/ why it cannot be submitted")
    cites: list[str] = Field(description="全部依据条款 / every clause cited")


class PreviewIn(Schema):
    agency: str = Field(description="机构标识 / agency id", max_length=40, examples=["tongyu-hrss"])
    kind: str = Field(description="类别标识 / kind id", max_length=60, examples=["reception.request"])
    data: dict[str, Any] = Field(description="表单内容（字段名：值）/ the form's data, field name: value")
    related: int | None = Field(None, description="对应的事前申请编号 / the pre-approval it settles", ge=1, le=MAX_ID)


class DraftIn(PreviewIn):
    decision_ref: str = Field(
        "", description="集体决策依据 meetings.AgendaItem:<编号> / the agenda item that decided it", max_length=120
    )


class DraftUpdate(Schema):
    version: int = Field(description="所见的版本号 / the version you saw", ge=0, le=MAX_ID)
    data: dict[str, Any] = Field(description="表单内容（字段名：值）/ the form's data, field name: value")
    related: int | None = Field(None, description="对应的事前申请编号 / the pre-approval it settles", ge=1, le=MAX_ID)
    decision_ref: str | None = Field(
        None, description="集体决策依据 meetings.AgendaItem:<编号> / the agenda item that decided it", max_length=120
    )


class VersionIn(Schema):
    version: int = Field(description="所见的版本号 / the version you saw", ge=0, le=MAX_ID)


class ActIn(VersionIn):
    action: Action = Field(
        description="approve 同意 · reject 不同意 · return 退回 · withdraw 撤回 · forward 转交 · add_signer 加签 · "
        "copy 抄送 · remind 催办"
    )
    opinion: str = Field("", description="意见、理由（退回、不同意时必填）/ opinion or reason", max_length=2000)
    to: str | None = Field(None, description="转交、加签、抄送的对象（账号）/ the person (username)", max_length=150)
    decision_ref: str | None = Field(
        None, description="会议议题（集体决定的步骤）/ the agenda item, for a body's step", max_length=120
    )


class StepOut(Schema):
    order: int = Field(description="顺序 / order")
    round: int = Field(description="送审轮次 / submission round")
    role: str = Field(description="审批角色 / role id (added: 加签)")
    role_zh: str = Field(description="审批角色（中文）/ role in Chinese")
    mode: str = Field(description="person · any · body · outside")
    assignee: str = Field(description="审批人 / approver")
    username: str | None = Field(description="审批人账号 / their account")
    status: str = Field(
        description="waiting 未到 · pending 待审批 · approved 同意 · returned 退回 · rejected 不同意 · skipped"
    )
    due: dt.date | None = Field(description="期限 / due day")
    due_provisional: bool = Field(description="期限依据临时日历 / due day on a provisional calendar")
    due_basis: str = Field(description="期限计算 / how the due day was counted")
    opinion: str = Field(description="意见 / opinion")
    acted_at: dt.datetime | None = Field(description="办理时间 / acted at")
    cites: list[str] = Field(description="依据条款 / clauses")
    added_by: str | None = Field(description="加签人 / who added this step")


class EventOut(Schema):
    action: str = Field(description="事项 / what happened")
    actor: str = Field(description="办理人 / who")
    target: str = Field(description="对象（转交、加签、抄送）/ to whom")
    note: str = Field(description="意见、理由 / note")
    at: dt.datetime = Field(description="时间 / when")


class AttachmentOut(Schema):
    id: int = Field(description="附件编号 / attachment id")
    name: str = Field(description="文件名 / file name")
    content_type: str = Field(description="类型 / content type")
    size: int = Field(description="字节数 / bytes")
    sha256: str = Field(description="SHA-256 指纹 / fingerprint")
    uploaded_at: dt.datetime = Field(description="上传时间 / uploaded at")


class ApplicationSummary(Schema):
    id: int = Field(description="申请编号 / id")
    number: str = Field(description="编号 / number")
    agency: str = Field(description="机构 / agency")
    kind: str = Field(description="类别 / kind")
    title: str = Field(description="事由 / subject")
    applicant: str = Field(description="申请人 / applicant")
    status: str = Field(
        description="draft 草稿 · submitted 审批中 · approved 已批准 · returned 已退回 · withdrawn · rejected"
    )
    on: dt.date = Field(description="申请日 / filed on")
    amount: str | None = Field(description="金额（元）/ amount in yuan, exact")
    version: int = Field(description="版本号（办理时回传）/ version, to send back when acting")
    url: str = Field(description="审批页面 / page")


class ApplicationOut(ApplicationSummary):
    section: str | None = Field(description="科室 / section")
    data: dict[str, Any] = Field(description="申请内容 / the form's data")
    outcome: str = Field(description="提交时的校验结论 / the verdict when submitted")
    findings: list[CheckFindingOut] = Field(description="随申请保存的结论与条款 / findings kept with the record")
    cites: list[str] = Field(description="依据条款 / clauses cited")
    refusals: list[RefusalOut] = Field(description="不得审批的人员及条款 / who may not approve, and why")
    related: int | None = Field(description="对应的事前申请 / the pre-approval it settles")
    decision_ref: str = Field(description="集体决策依据 / the agenda item that decided it")
    round: int = Field(description="送审轮次 / times submitted")
    steps: list[StepOut] = Field(description="审批流程（各轮）/ the route, every round")
    events: list[EventOut] = Field(description="办理记录 / history")
    attachments: list[AttachmentOut] = Field(description="附件 / attachments")
    copies: list[str] = Field(description="抄送 / copied to")
    actions: list[str] = Field(description="我现在可以办理的操作 / what I may do now")


class TodoOut(Schema):
    application: ApplicationSummary = Field(description="申请 / the application")
    step: StepOut = Field(description="待我办理的步骤 / the step")
    overdue: bool = Field(description="已超期 / past its due day")


# --- helpers -----------------------------------------------------------------------------------------------


def _kind_out(kind: Kind) -> KindOut:
    from zhidu.agencies.models import Agency

    return KindOut(
        id=kind.id,
        name_zh=kind.name_zh,
        name_en=getattr(kind, "name_en", "") or kind.name_zh,
        domain=kind.domain,
        area=kind.area or "",
        checks=list(kind.checks),
        cites=list(kind.cites),
        related_kinds=list(kind.related_kinds),
        agencies=[a for a in Agency.objects.order_by("id").values_list("slug", flat=True) if kind.applies_to(a)],
        fields=[FieldOut(**f) for f in service.form_fields(kind)],
    )


def _may_file(request: HttpRequest, agency: Any) -> None:
    authorize(request, "create", "record", SimpleNamespace(agency_id=agency.pk, section_id=None, owner_id=None))


def _summary(app: Application) -> ApplicationSummary:
    return ApplicationSummary(
        id=app.pk,
        number=app.number,
        agency=app.agency.slug,
        kind=app.kind,
        title=app.title,
        applicant=app.applicant_name,
        status=app.status,
        on=app.on,
        amount=None if app.amount is None else f"{app.amount:.2f}",
        version=app.version,
        url=service.url_of(app),
    )


def _step_out(s: Step) -> StepOut:
    return StepOut(
        order=s.order,
        round=s.round,
        role=s.role,
        role_zh=service.role_label(s.role)[0],
        mode=s.mode,
        assignee=s.assignee_name,
        username=s.assignee.get_username() if s.assignee_id else None,
        status=s.status,
        due=s.due,
        due_provisional=s.due_provisional,
        due_basis=s.due_basis,
        opinion=s.opinion,
        acted_at=s.acted_at,
        cites=list(s.cites),
        added_by=s.added_by.get_username() if s.added_by_id else None,
    )


def _app_out(request: HttpRequest, app: Application) -> ApplicationOut:
    findings = [{**f, "check": v.get("check", "")} for v in app.verdicts or [] for f in v.get("findings", [])]
    return ApplicationOut(
        **_summary(app).model_dump(),
        section=app.section.name if app.section_id else None,
        data=app.data,
        outcome=app.outcome,
        findings=findings,
        cites=list(app.cites),
        refusals=(app.resolution or {}).get("refusals", []),
        related=app.related_id,
        decision_ref=app.decision_ref,
        round=app.round,
        steps=[_step_out(s) for s in app.steps.select_related("assignee", "added_by").order_by("round", "order", "id")],
        events=[
            EventOut(action=e.action, actor=e.actor_name, target=e.target_name, note=e.note, at=e.at)
            for e in service.history(app)
        ],
        attachments=[
            AttachmentOut(
                id=a.pk,
                name=a.name,
                content_type=a.content_type,
                size=a.size,
                sha256=a.sha256,
                uploaded_at=a.uploaded_at,
            )
            for a in app.attachments.defer("data").order_by("id")
        ],
        copies=[c.user.get_username() for c in app.copies.select_related("user")],
        actions=[a for a in (*service.ACTIONS, "edit", "submit", "attach") if service.may(app, request.user, a)],
    )


def _fetch(request: HttpRequest, app_id: int, action: str = "read") -> Application:
    qs = Application.objects.select_related("agency", "section", "related")
    return fetch(request, action, "record", qs, pk=app_id)  # type: ignore[no-any-return]


# --- endpoints ----------------------------------------------------------------------------------------------


@router.get("/kinds", response={200: list[KindOut], **ERRORS}, summary="申请类别及表单 / kinds and their forms")
@requires("check", "read")
def list_kinds(request: HttpRequest, filters: Query[KindFilter]) -> list[KindOut]:
    """各类申请单及其表单字段（名称、中英文标签、类型、选项、是否必填）。
    / The kinds of application with their forms' fields (name, labels, type, choices, required)."""
    from . import kinds as registry

    if filters.agency:
        return [_kind_out(k) for k in service.kinds_for(service._agency(filters.agency))]
    return [_kind_out(k) for k in sorted(registry.all_kinds().values(), key=lambda k: (k.domain, k.id))]


@router.post("/preview", response={200: CheckOut, **ERRORS}, summary="即时校验 / live verdict")
@requires("record", "create")
def preview(request: HttpRequest, body: PreviewIn) -> CheckOut:
    """按本机构制度校验所填内容：各规则的结论及条款、须经谁审批（角色与人员）、不得审批的人员及条款。字段填写错误
    列在 errors 中，不报错。 / What the rules say of the data typed: each finding with its clauses, the approvers as
    roles and people, who may not approve and why. Field errors are listed, not raised."""
    agency = service._agency(body.agency)
    _may_file(request, agency)
    kind = service.kind_for(agency, body.kind)
    related = service._related(agency, kind, request.user, body.related) if body.related else None
    return CheckOut(**service.check(kind, agency, body.data, request.user, related=related).as_dict())


@router.post("/applications", response={201: ApplicationOut, **ERRORS}, summary="起草申请 / new draft")
@requires("record", "create")
def create_draft(request: HttpRequest, body: DraftIn) -> Status:
    """保存草稿；表单校验不通过时 422 并指明字段，不保存。 / Save a draft; invalid data: 422 naming the field."""
    agency = service._agency(body.agency)
    _may_file(request, agency)
    app = service.create(
        agency, body.kind, request.user, body.data, related=body.related, decision_ref=body.decision_ref
    )
    return Status(201, _app_out(request, _fetch(request, app.pk)))


@router.get("/applications/{app_id}", response={200: ApplicationOut, **ERRORS}, summary="一件申请 / one application")
@requires("record", "read")
def get_application(request: HttpRequest, app_id: AppId) -> ApplicationOut:
    """申请内容、随申请保存的结论与条款、审批流程、办理记录、附件。 / The application with its kept verdict, route,
    history and attachments."""
    return _app_out(request, _fetch(request, app_id))


@router.put("/applications/{app_id}", response={200: ApplicationOut, **ERRORS}, summary="修改草稿 / edit a draft")
@requires("record", "act")
def update_draft(request: HttpRequest, app_id: AppId, body: DraftUpdate) -> ApplicationOut:
    """申请人修改草稿（或被退回、撤回的申请）。 / The applicant edits a draft (or a returned or withdrawn one)."""
    _fetch(request, app_id, "act")
    app = service.update(
        app_id, request.user, body.version, body.data, related=body.related or "", decision_ref=body.decision_ref
    )
    return _app_out(request, _fetch(request, app.pk))


@router.post("/applications/{app_id}/submit", response={200: ApplicationOut, **ERRORS}, summary="提交 / submit")
@requires("record", "act")
def submit(request: HttpRequest, app_id: AppId, body: VersionIn) -> ApplicationOut:
    """提交审批：任一规则不允许或审批人无法确定时 422（附结论与条款）。 / Submit: refused (422 with the verdict)
    while a rule does not allow it or an approver cannot be found."""
    _fetch(request, app_id, "act")
    app = service.submit(app_id, request.user, body.version)
    return _app_out(request, _fetch(request, app.pk))


@router.post("/applications/{app_id}/act", response={200: ApplicationOut, **ERRORS}, summary="办理 / act")
@requires("record", "act")
def act(request: HttpRequest, app_id: AppId, body: ActIn) -> ApplicationOut:
    """同意、不同意、退回（须写理由）、撤回（无人审批前）、转交（给代理人）、加签、抄送、催办（每天一次）。
    / Approve, reject, return (with a reason), withdraw (before anyone acted), hand over (to the acting person),
    add an approver, copy, remind (once a day)."""
    _fetch(request, app_id, "act")
    app = service.act(
        app_id,
        request.user,
        body.version,
        body.action,
        opinion=body.opinion,
        to=body.to,
        decision_ref=body.decision_ref,
    )
    return _app_out(request, _fetch(request, app.pk))


@router.post(
    "/applications/{app_id}/attachments", response={201: AttachmentOut, **ERRORS}, summary="上传附件 / attach a file"
)
@requires("record", "act")
def upload(
    request: HttpRequest,
    app_id: AppId,
    version: Annotated[int, Form(description="所见的版本号 / the version you saw", ge=0, le=MAX_ID)],
    file: Annotated[
        UploadedFile, File(description="文件（≤10MB；pdf、ofd、jpg、png、docx、xlsx、doc、xls、txt）/ the file")
    ],
) -> Status:
    """附件（大小、类型受限，记录 SHA-256）。 / Attach a file (size and type limited, SHA-256 kept)."""
    _fetch(request, app_id, "act")
    if file.size is not None and file.size > int(service.settings()["attachments"]["max_bytes"]) + 1:
        raise BadInput("文件过大", "the file is too large", "file")
    a = service.attach(app_id, request.user, version, file.name or "", file.read())
    return Status(
        201,
        AttachmentOut(
            id=a.pk, name=a.name, content_type=a.content_type, size=a.size, sha256=a.sha256, uploaded_at=a.uploaded_at
        ),
    )


@router.get(
    "/applications/{app_id}/attachments/{att_id}",
    response={200: None, **ERRORS},
    summary="下载附件 / download a file",
)
@requires("record", "read")
def download(
    request: HttpRequest,
    app_id: AppId,
    att_id: Annotated[int, Path(description="附件编号 / attachment id", ge=1, le=MAX_ID)],
) -> HttpResponse:
    """附件原文件；响应头 X-Content-SHA256 为其指纹。 / The file; X-Content-SHA256 carries its fingerprint."""
    from urllib.parse import quote

    app = _fetch(request, app_id)
    row: Attachment | None = app.attachments.filter(pk=att_id).first()
    if row is None:
        from zhidu.core.errors import NotFound

        raise NotFound("找不到该附件", "no such attachment", "att_id")
    response = HttpResponse(bytes(row.data), content_type=row.content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(row.name)}"
    response["X-Content-SHA256"] = row.sha256
    return response


@router.get("/applications/{app_id}/sheet.pdf", response={200: None, **ERRORS}, summary="审批单 PDF / sheet PDF")
@requires("record", "read")
def sheet_pdf(request: HttpRequest, app_id: AppId) -> HttpResponse:
    """可打印的审批单：申请内容、校验结论与条款、审批流程与意见、办理记录、签名栏。 / The printable approval sheet."""
    app = _fetch(request, app_id)
    response = HttpResponse(sheet.pdf(app), content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename=approval-{app.pk}.pdf"
    return response


@router.get("/mine", response={200: list[ApplicationSummary], **ERRORS}, summary="我的申请 / my applications")
@requires("record", "read")
def my_applications(request: HttpRequest) -> list[ApplicationSummary]:
    """本人提出的申请，最新在前。 / My applications, newest first."""
    return [_summary(a) for a in service.mine(request.user)[:500]]


def _todo_out(s: Step, today: dt.date) -> TodoOut:
    return TodoOut(application=_summary(s.application), step=_step_out(s), overdue=bool(s.due and s.due < today))


@router.get("/todo", response={200: list[TodoOut], **ERRORS}, summary="待我审批 / awaiting my approval")
@requires("record", "read")
def my_todo(request: HttpRequest) -> list[TodoOut]:
    """轮到本人审批的申请，按期限排序。 / Applications awaiting my approval, by due day."""
    from django.utils import timezone

    today = timezone.localdate()
    return [_todo_out(s, today) for s in service.todo(request.user).select_related("assignee", "added_by")[:500]]


@router.get("/overdue", response={200: list[TodoOut], **ERRORS}, summary="超期未批 / overdue approvals")
@requires("record", "read")
def overdue(request: HttpRequest) -> list[TodoOut]:
    """已过期限仍未审批的步骤（本人可查看的范围内）。 / Steps past their due day, within what I may see."""
    from django.utils import timezone

    today = timezone.localdate()
    return [_todo_out(s, today) for s in scoped(request, "record", service.overdue(today))[:500]]
