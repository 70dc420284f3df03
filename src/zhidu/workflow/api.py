"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/workflow/.

GET  /api/v1/workflow/tasks?status=open|done      my to-do list (待办) with due days, overdue flagged
GET  /api/v1/workflow/overdue                     overdue tasks I may see (leaders: agency; 分管: sections)
GET  /api/v1/workflow/notices?unread=true         my notices (提醒、督办、抄送)
POST /api/v1/workflow/notices/{id}/read           mark one read
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from zhidu.access import fetch, requires, scoped
from zhidu.api.schemas import MAX_ID, ErrorOut

from . import service
from .models import Notice, Task

router = Router()
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class TaskOut(Schema):
    id: int = Field(description="待办编号 / task id")
    agency: str = Field(description="机构 / agency slug")
    kind: str = Field(description="类别 / kind, e.g. approval_step, meeting_followup")
    title: str = Field(description="事项 / what to do")
    assignee: str = Field(description="承办人 / who")
    ref: str = Field(description="所属记录 / the record (app.Model:id)")
    url: str = Field(description="办理页面 / page to act on it")
    created_on: dt.date = Field(description="交办日 / assigned on")
    due: dt.date | None = Field(description="办结期限 / due day")
    due_provisional: bool = Field(description="期限依据临时日历 / due day rests on a provisional calendar")
    due_basis: str = Field(description="期限计算 / how the due day was counted")
    cites: list[str] = Field(description="依据条款 / clauses setting the duty")
    status: str = Field(description="open 待办 · done 已办 · cancelled 已取消")
    overdue: bool = Field(description="已超期 / past its due day and still open")
    done_on: dt.date | None = Field(description="办结日 / done on")
    escalated_on: dt.date | None = Field(description="督办日 / escalated on")


class NoticeOut(Schema):
    id: int = Field(description="编号 / id")
    kind: str = Field(description="remind 提醒 · escalate 督办 · copy 抄送 · info 通知")
    text_zh: str = Field(description="中文 / text in Chinese")
    text_en: str = Field(description="英文 / text in English")
    url: str = Field(description="链接 / link")
    read: bool = Field(description="已读 / read")
    created_at: dt.datetime = Field(description="时间 / sent at")


def task_out(t: Task, today: dt.date | None = None) -> TaskOut:
    today = today or dt.date.today()
    return TaskOut(
        id=t.id,
        agency=t.agency.slug,
        kind=t.kind,
        title=t.title,
        assignee=t.assignee_name,
        ref=t.ref,
        url=t.url,
        created_on=t.created_on,
        due=t.due,
        due_provisional=t.due_provisional,
        due_basis=t.due_basis,
        cites=list(t.cites),
        status=t.status,
        overdue=t.status == Task.OPEN and t.due is not None and t.due < today,
        done_on=t.done_on,
        escalated_on=t.escalated_on,
    )


class TaskFilter(Schema):
    status: Literal["open", "done", "cancelled"] = Field("open", description="状态 / status")


@router.get("/tasks", response={200: list[TaskOut], **ERRORS}, summary="我的待办 / my to-do list")
@requires("task", "read")
def my_tasks(request: HttpRequest, filters: Query[TaskFilter]) -> list[TaskOut]:
    """本人的待办，按期限排序；超期者 overdue 为 true。 / My tasks by due day; overdue ones flagged."""
    return [task_out(t) for t in service.tasks_for(request.user, status=filters.status)[:500]]


@router.get("/overdue", response={200: list[TaskOut], **ERRORS}, summary="超期事项 / overdue tasks")
@requires("task", "read")
def overdue_tasks(request: HttpRequest) -> list[TaskOut]:
    """本人可见范围内的超期待办（领导：本机构；分管领导：分管科室；其他人：本人）。
    / Overdue tasks within what I may see (leaders: the agency; 分管: their sections; others: their own)."""
    return [task_out(t) for t in scoped(request, "task", service.overdue())[:500]]


class NoticeFilter(Schema):
    unread: bool = Field(False, description="只看未读 / unread only")


@router.get("/notices", response={200: list[NoticeOut], **ERRORS}, summary="我的提醒 / my notices")
@requires("notice", "read")
def my_notices(request: HttpRequest, filters: Query[NoticeFilter]) -> list[NoticeOut]:
    """提醒、督办、抄送等站内通知，最新在前。 / Reminders, escalations and copies, newest first."""
    qs = Notice.objects.filter(user=request.user)
    if filters.unread:
        qs = qs.filter(read=False)
    return [NoticeOut.model_validate(n, from_attributes=True) for n in qs[:200]]


@router.post("/notices/{notice_id}/read", response={200: NoticeOut, **ERRORS}, summary="标为已读 / mark read")
@requires("notice", "update")
def read_notice(
    request: HttpRequest, notice_id: Annotated[int, Path(description="通知编号 / notice id", ge=1, le=MAX_ID)]
) -> NoticeOut:
    """把一条通知标为已读。 / Mark one notice read."""
    n = service.mark_read(fetch(request, "update", "notice", Notice.objects.all(), pk=notice_id))
    return NoticeOut.model_validate(n, from_attributes=True)
