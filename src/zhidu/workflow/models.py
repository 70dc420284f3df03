"""Tasks (待办) with deadlines on the working-day calendar, and the notices (提醒/督办/抄送) sent about them."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned


class Task(Versioned, models.Model):
    """One thing one person (or whoever holds a role) must do by a day: approve a request, carry out a
    meeting decision, report back. ``ref`` points at the record it belongs to (``app.Model:pk``) so that
    the owning workflow closes it; ``cites`` are the clauses that set the duty or the deadline."""

    OPEN, DONE, CANCELLED = "open", "done", "cancelled"
    STATUSES = [(OPEN, "待办"), (DONE, "已办"), (CANCELLED, "已取消")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="tasks")
    kind = models.CharField("类别", max_length=40)
    title = models.CharField("事项", max_length=300)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="tasks"
    )
    assignee_name = models.CharField("承办人", max_length=50, blank=True)
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="tasks")
    ref = models.CharField("所属记录", max_length=120, db_index=True)
    url = models.CharField("链接", max_length=300, blank=True)
    created_on = models.DateField("交办日")
    due = models.DateField("办结期限", null=True, blank=True)
    due_provisional = models.BooleanField("期限依据临时日历", default=False)
    due_basis = models.CharField("期限计算", max_length=300, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=OPEN)
    done_on = models.DateField("办结日", null=True, blank=True)
    outcome = models.CharField("办理结果", max_length=2000, blank=True)
    reminded_on = models.DateField("最近提醒日", null=True, blank=True)
    escalated_on = models.DateField("督办日", null=True, blank=True)
    escalated_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="escalations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due", "id"]
        indexes = [models.Index(fields=["agency", "status", "due"]), models.Index(fields=["assignee", "status"])]

    def __str__(self) -> str:
        return f"{self.title}（{self.due or '无期限'}）"

    @property
    def owner_id(self) -> int | None:  # zhidu.access own_record
        return self.assignee_id


class Notice(models.Model):
    """A message to one person inside zhidu (站内提醒): a reminder, an escalation (督办), a copy (抄送)."""

    REMIND, ESCALATE, COPY, INFO = "remind", "escalate", "copy", "info"
    KINDS = [(REMIND, "提醒"), (ESCALATE, "督办"), (COPY, "抄送"), (INFO, "通知")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="notices")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=10, choices=KINDS)
    text_zh = models.CharField(max_length=500)
    text_en = models.CharField(max_length=500)
    url = models.CharField(max_length=300, blank=True)
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.CASCADE, related_name="notices")
    ref = models.CharField(max_length=120, blank=True)
    read = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read"])]
