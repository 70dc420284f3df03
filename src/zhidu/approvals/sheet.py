"""The approval sheet (审批单) of an application, printable: its data, the verdict and the clauses kept with
it, the route with each approver's opinion, the history, as a ``zhidu.common.documents.Doc`` → PDF."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from zhidu.common.documents import Doc, Fields, Heading, Para, Signatures, Table, to_pdf

from . import kinds as registry
from . import service
from .models import Application, Step

OUTCOME_ZH = {"allowed": "允许", "warning": "提醒", "needs_approval": "需审批", "blocked": "不允许", "": "—"}


def data_rows(app: Application) -> list[tuple[str, str]]:
    """The form's rows as the kind prints them (label, value); the stored values if the form no longer takes
    them."""
    kind = registry.get(app.kind)
    try:
        cleaned = service.cleaned_of(app)
    except Exception:  # an old record the form has since changed: show what is stored
        return [(k, str(v)) for k, v in app.data.items()]
    return [(str(label), str(value)) for label, value in kind.sheet(cleaned)]


def _when(value: Any) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def document(app: Application) -> Doc:
    kind = registry.get(app.kind)
    head = [
        ("申请人", app.applicant_name),
        ("科室", app.section.name if app.section_id else "—"),
        ("事由", app.title),
        ("申请日", app.on.isoformat()),
        ("状态", app.get_status_display()),
    ]
    if app.amount is not None:
        head.append(("金额（元）", f"{app.amount:,.2f}"))
    if app.related_id:
        head.append(("事前申请", f"{app.related.number or app.related.pk} {app.related.title}"))
    if app.decision_ref:
        head.append(("集体决策依据", app.decision_ref))
    blocks: list[Any] = [Fields(head), Heading("申请内容"), Fields(data_rows(app) or [("—", "—")])]
    blocks.append(Heading(f"校验结论：{OUTCOME_ZH.get(app.outcome, app.outcome)}"))
    findings = [
        [
            OUTCOME_ZH.get(f.get("outcome", ""), ""),
            f.get("message_zh", ""),
            "；".join(c["display"] for c in f.get("citations", [])),
        ]
        for v in app.verdicts or []
        for f in v.get("findings", [])
    ]
    blocks.append(Table(["结论", "说明", "依据"], findings) if findings else Para("（尚未提交，未校验）"))
    refusals = (app.resolution or {}).get("refusals", [])
    if refusals:
        blocks.append(Heading("审批人的回避与调整"))
        blocks.append(
            Table(
                ["人员", "说明", "依据"],
                [[r["person"], r["message_zh"], "；".join(c["display"] for c in r["citations"])] for r in refusals],
            )
        )
    steps = list(app.steps.filter(round=app.round).order_by("order", "id")) if app.round else []
    blocks.append(Heading("审批流程"))
    if steps:
        blocks.append(
            Table(
                ["顺序", "审批角色", "审批人", "状态", "意见", "时间", "期限"],
                [
                    [
                        str(s.order),
                        service.role_label(s.role)[0],
                        s.assignee_name,
                        s.get_status_display(),
                        s.opinion,
                        _when(s.acted_at),
                        s.due.isoformat() if s.due else "",
                    ]
                    for s in steps
                ],
            )
        )
    else:
        blocks.append(Para("（未送审）"))
    events = list(service.history(app))
    if events:
        blocks.append(Heading("办理记录"))
        blocks.append(
            Table(
                ["时间", "人员", "事项", "说明"],
                [
                    [
                        _when(e.at),
                        e.actor_name,
                        service.event_label(e.action)[0],
                        " ".join(x for x in (e.target_name, e.note) if x),
                    ]
                    for e in events
                ],
            )
        )
    signed = [s for s in steps if s.status == Step.APPROVED]
    blocks.append(
        Signatures(
            ["申请人", *(service.role_label(s.role)[0] for s in steps)],
            [app.applicant_name, *(s.assignee_name if s in signed else "" for s in steps)],
        )
    )
    return Doc(
        title=f"{kind.name_zh}审批单",
        subtitle=f"{app.agency.name}　编号：{app.number or '（草稿）'}",
        blocks=blocks,
        footer=f"依据条款：{'、'.join(app.cites) or '—'}　由 zhidu 生成",
    )


def pdf(app: Application) -> bytes:
    return to_pdf(document(app))
