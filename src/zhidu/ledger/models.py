"""The append-only ledger (留痕台账): one row per recorded write, chained by SM3 (``zhidu.core.ledger``).

Rows are only ever added, through ``zhidu.ledger.service.record``. On PostgreSQL a trigger refuses
UPDATE, DELETE and TRUNCATE (migration 0002); on every database the model and its queryset refuse
to change or delete a stored row (``AppendOnly``), and ``zhidu ledger verify`` finds what was changed
behind the application's back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import models

from zhidu.core.errors import BadInput

CATEGORIES = [
    ("business", "业务日志 / business"),
    ("security", "安全日志 / security"),
    ("system", "系统日志 / system"),
    ("audit", "审计日志 / audit"),
]
CATEGORY_IDS = frozenset(c for c, _ in CATEGORIES)


class AppendOnly(BadInput):
    """An attempt to change or delete a ledger row."""

    def __init__(self, what: str = "") -> None:
        super().__init__(
            f"留痕台账只能追加，不得修改或删除{('（' + what + '）') if what else ''}",
            f"the ledger is append-only: entries cannot be changed or deleted{(' (' + what + ')') if what else ''}",
        )


def _guarded() -> bool:
    from . import service

    return not service.in_maintenance()


class LedgerQuerySet(models.QuerySet[Any]):
    def update(self, **kwargs: Any) -> int:
        if _guarded():
            raise AppendOnly("update")
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if _guarded():
            raise AppendOnly("delete")
        return super().delete()

    def bulk_update(self, objs: Any, fields: Any, batch_size: int | None = None) -> int:
        if _guarded():
            raise AppendOnly("bulk_update")
        return super().bulk_update(objs, fields, batch_size=batch_size)


def _kept_reference(to: str, verbose_name: str) -> Any:
    """A reference whose id is kept even after the row it names is gone: no database constraint, nothing
    cascades."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=verbose_name,
    )


class LedgerEntry(models.Model):
    seq = models.PositiveBigIntegerField("序号 / seq", unique=True)
    at = models.DateTimeField("时间（服务器）/ at (server time)")
    actor = _kept_reference(settings.AUTH_USER_MODEL, "操作人 / actor")
    actor_name = models.CharField("操作人名称 / actor name", max_length=200, blank=True)
    # The agency the entry concerns (the object's, else the actor's): what "own agency" scoping reads.
    agency = _kept_reference("agencies.Agency", "机构 / agency")
    category = models.CharField("类别 / category", max_length=16, choices=CATEGORIES, default="business")
    action = models.CharField("操作 / action", max_length=100)
    obj_type = models.CharField("对象类型 / object type", max_length=100, blank=True)
    obj_id = models.CharField("对象标识 / object id", max_length=100, blank=True)
    before = models.JSONField("修改前 / before", null=True, blank=True)
    after = models.JSONField("修改后 / after", null=True, blank=True)
    verdict = models.JSONField("校验结论 / verdict", null=True, blank=True)
    citations = models.JSONField("依据条款 / citations", default=list, blank=True)
    reason = models.TextField("理由 / reason", blank=True)
    meta = models.JSONField("附加信息 / meta", default=dict, blank=True)
    prev_hash = models.CharField("前序杂凑值 / previous hash", max_length=64)
    hash = models.CharField("杂凑值（SM3）/ hash (SM3)", max_length=64)

    objects = LedgerQuerySet.as_manager()

    class Meta:
        db_table = "ledger_entry"
        ordering = ["seq"]
        verbose_name = "留痕台账条目 / ledger entry"
        indexes = [
            models.Index(fields=["category", "seq"], name="ledger_cat_seq"),
            models.Index(fields=["obj_type", "obj_id"], name="ledger_obj"),
            models.Index(fields=["agency", "category", "seq"], name="ledger_agency_cat_seq"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.at:%Y-%m-%d %H:%M:%S} {self.actor_name} {self.action} {self.obj_type}:{self.obj_id}"

    def payload(self) -> Mapping[str, Any]:
        """Everything the entry says except its place in the chain (``seq``, ``prev_hash``, ``hash``)."""
        return {
            "at": self.at.isoformat() if self.at else None,
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "agency_id": self.agency_id,
            "category": self.category,
            "action": self.action,
            "obj_type": self.obj_type,
            "obj_id": self.obj_id,
            "before": self.before,
            "after": self.after,
            "verdict": self.verdict,
            "citations": self.citations,
            "reason": self.reason,
            "meta": self.meta,
        }

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding and _guarded():
            raise AppendOnly("save")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if _guarded():
            raise AppendOnly("delete")
        return super().delete(*args, **kwargs)


class LedgerHead(models.Model):
    """One row (id 1): the number and hash of the last entry. Appending locks it (so two writers never
    fork the chain) and ``verify`` compares it with the last entry (so entries removed from the end, or
    added around the ledger, show)."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    objects = LedgerQuerySet.as_manager()

    class Meta:
        db_table = "ledger_head"
        verbose_name = "留痕台账头 / ledger head"

    def __str__(self) -> str:
        return f"head #{self.seq} {self.hash[:16]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if _guarded():
            raise AppendOnly("head")  # moved only by service._append, in SQL, under its lock
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if _guarded():
            raise AppendOnly("head")
        return super().delete(*args, **kwargs)
