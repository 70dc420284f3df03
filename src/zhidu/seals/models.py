"""The seal registers (印章台账): the seals and their keepers, the use log (印章使用登记表) with its take-outs,
and what happened to each seal (移交、停用、遗失、代管).

- 文山 第三十条《印章管理制度》 (wenshan-hrss:34): （二）保管 “由局办公室指定专人保管”; （六）3 “用印完毕 …
  包括编号、时间、内容、批准人、承办人、用印份数”; （四）“印章原则上不得携带外出 … 在登记簿上详细记录”; “印章外出
  期间,使用人对印章的使用后果承担一切责任”.
- 白城《印章使用管理制度》 (baicheng-fupin:37): 二、1 “认真填写《印章使用登记表》”; 二、7 带出; 二、9 停用;
  三、1 代管; 三、2 遗失.

``zhidu.seals.service`` is the only writer; each write is a checked, ledgered step.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.common.versioning import Versioned
from zhidu.core.rules.library.seals import PURPOSES, SEALS

SEAL_KINDS = list(SEALS.items())
USE_PURPOSES = list(PURPOSES.items())


class Seal(Versioned, models.Model):
    ACTIVE, STOPPED, LOST = "active", "stopped", "lost"
    STATUSES = [(ACTIVE, "在用"), (STOPPED, "已停用"), (LOST, "已遗失")]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="seals")
    kind = models.CharField("印章种类", max_length=24, choices=SEAL_KINDS)
    name = models.CharField("印文", max_length=200)
    section = models.ForeignKey(
        "org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+", help_text="保管科室"
    )
    keeper = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    keeper_name = models.CharField("保管人", max_length=50)
    stand_in_name = models.CharField("代管人", max_length=50, blank=True)
    stand_in_until = models.DateField("代管至", null=True, blank=True)
    status = models.CharField("状态", max_length=8, choices=STATUSES, default=ACTIVE)
    out = models.BooleanField("已带出", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="seals_seal_name_once")]

    def __str__(self) -> str:
        return self.name

    @property
    def owner_id(self) -> int | None:
        return self.keeper_id


class SealUse(Versioned, models.Model):
    """One line of the use log (印章使用登记表): a stamping, or a take-out with its return."""

    APPROVED, STAMPED, REFUSED, OUT, RETURNED = "approved", "stamped", "refused", "out", "returned"
    STATUSES = [
        (APPROVED, "已批准待用印"),
        (STAMPED, "已用印"),
        (REFUSED, "拒绝用印"),
        (OUT, "已带出"),
        (RETURNED, "已交回"),
    ]
    LOG_FIELDS = ("number", "at", "content", "approver", "handler", "copies")  # 文山（六）3

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="seal_uses")
    section = models.ForeignKey("org.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    seal = models.ForeignKey(Seal, on_delete=models.PROTECT, related_name="uses")
    application = models.OneToOneField(
        "approvals.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="seal_use"
    )
    number = models.CharField("编号", max_length=30)
    at = models.DateTimeField("时间", null=True, blank=True)
    content = models.CharField("内容", max_length=300)
    purpose = models.CharField("用印事由", max_length=24, choices=USE_PURPOSES, default="document")
    approver = models.CharField("批准人", max_length=200)
    handler = models.CharField("承办人", max_length=50)
    handler_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    copies = models.PositiveIntegerField("用印份数")
    take_out = models.BooleanField("带出", default=False)
    out_at = models.DateTimeField("带出时间", null=True, blank=True)
    back_at = models.DateTimeField("交回时间", null=True, blank=True)
    to_archive = models.BooleanField("需存档", default=False)
    archive_copies = models.PositiveIntegerField("留存份数", default=0)
    keeper_name = models.CharField("印章管理人员", max_length=50, blank=True)
    refused_reason = models.CharField("拒绝理由", max_length=500, blank=True)
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=APPROVED, db_index=True)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="seals_use_number_once")]

    def __str__(self) -> str:
        return f"{self.number} {self.content}"

    @property
    def owner_id(self) -> int:
        return self.handler_user_id


class SealEvent(models.Model):
    """What happened to a seal besides its use: 新刻、移交、停用、遗失、代管 (with the clause)."""

    ACTIONS = [
        ("new", "登记（新刻）"),
        ("handover", "移交"),
        ("stop", "停用"),
        ("lost", "遗失"),
        ("custodian_absence", "保管人外出指定代管"),
    ]

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    seal = models.ForeignKey(Seal, on_delete=models.PROTECT, related_name="events")
    action = models.CharField("事项", max_length=20, choices=ACTIONS)
    on = models.DateField("日期")
    detail = models.CharField("说明", max_length=500, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    by_name = models.CharField("经办人", max_length=50)
    outcome = models.CharField("校验结论", max_length=20, blank=True)
    cites = models.JSONField("依据条款", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    @property
    def owner_id(self) -> int:
        return self.by_id
