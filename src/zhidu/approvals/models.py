"""Applications (申请) and their route (审批流程): one table for every kind of form, the form's data as
JSON (money as strings of Decimal), the verdicts that were shown and kept with the record, the steps
(one per approver, in order), and everything that happened to it (退回、撤回、转交、加签、抄送、催办).

``zhidu.approvals.service`` is the only writer; each change is a checked, ledgered step."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned


class Application(Versioned, models.Model):
    DRAFT, SUBMITTED, APPROVED, RETURNED, WITHDRAWN, REJECTED = (
        "draft",
        "submitted",
        "approved",
        "returned",
        "withdrawn",
        "rejected",
    )
    STATUSES = [
        (DRAFT, "草稿"),
        (SUBMITTED, "审批中"),
        (APPROVED, "已批准"),
        (RETURNED, "已退回"),
        (WITHDRAWN, "已撤回"),
        (REJECTED, "不予批准"),
    ]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="applications")
    kind = models.CharField("类别", max_length=60, db_index=True)
    number = models.CharField("编号", max_length=40, blank=True)
    title = models.CharField("事由", max_length=300)
    applicant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applications")
    applicant_name = models.CharField("申请人", max_length=50)
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="applications"
    )
    data = models.JSONField("申请内容", default=dict)
    amount = models.DecimalField("金额（元）", max_digits=14, decimal_places=2, null=True, blank=True)
    on = models.DateField("申请日（规则依此日适用）")
    status = models.CharField("状态", max_length=12, choices=STATUSES, default=DRAFT, db_index=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    verdicts = models.JSONField("校验结论（提交时）", default=list, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    related = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="followups",
        help_text="事前申请（报账对应的申请）/ the pre-approval a claim settles",
    )
    decision_ref = models.CharField(
        "集体决策依据",
        max_length=120,
        blank=True,
        help_text="meetings.AgendaItem:<pk> of the agenda item that decided it",
    )
    resolution = models.JSONField(
        "审批人（提交时）",
        default=dict,
        blank=True,
        help_text="the approvers as roles and people, the refusals (本人、五个不直接管、回避) with their clauses",
    )
    round = models.PositiveIntegerField("送审轮次", default=0, help_text="how many times it was submitted")
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["agency", "kind", "status"]), models.Index(fields=["applicant", "status"])]

    def __str__(self) -> str:
        return f"{self.number or self.pk} {self.title}"

    @property
    def owner_id(self) -> int:  # zhidu.access own_record
        return self.applicant_id


class Step(Versioned, models.Model):
    """One approver's turn. ``role`` is the verdict's role id; ``assignee`` the person resolved for it (or
    the one it was handed to: 转交, or added: 加签)."""

    WAITING, PENDING, APPROVED, RETURNED, REJECTED, SKIPPED = (
        "waiting",
        "pending",
        "approved",
        "returned",
        "rejected",
        "skipped",
    )
    STATUSES = [
        (WAITING, "未到"),
        (PENDING, "待审批"),
        (APPROVED, "同意"),
        (RETURNED, "退回"),
        (REJECTED, "不同意"),
        (SKIPPED, "已撤销"),
    ]

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveIntegerField("顺序")
    role = models.CharField("审批角色", max_length=40)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="approval_steps"
    )
    assignee_name = models.CharField("审批人", max_length=50, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="加签人（加签的步骤）/ who added this step",
    )
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=WAITING)
    round = models.PositiveIntegerField("送审轮次", default=1)
    mode = models.CharField(
        "方式", max_length=10, blank=True, help_text="person · any (any one of them) · body (集体决定) · outside"
    )
    started_on = models.DateField("送达日", null=True, blank=True)
    due = models.DateField("期限", null=True, blank=True)
    due_provisional = models.BooleanField("期限依据临时日历", default=False)
    due_basis = models.CharField("期限计算", max_length=300, blank=True)
    opinion = models.CharField("意见", max_length=2000, blank=True)
    acted_at = models.DateTimeField(null=True, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)

    class Meta:
        ordering = ["application", "order", "id"]

    @property
    def agency_id(self) -> int:
        return self.application.agency_id

    @property
    def owner_id(self) -> int | None:
        return self.assignee_id


class Event(models.Model):
    """What happened to an application, in order (the sheet's history): submitted, approved, 退回 …"""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=30)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    actor_name = models.CharField(max_length=50)
    note = models.CharField(max_length=2000, blank=True)
    target_name = models.CharField(max_length=50, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


class Attachment(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField("文件名", max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    data = models.BinaryField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    ledger_redact = ("data",)


class Copy(models.Model):
    """抄送: someone kept informed of an application, with whether they have read it."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="copies")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="approval_copies")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    read = models.BooleanField(default=False)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("application", "user")]
