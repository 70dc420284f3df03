"""The rulebook in the database: 制度 (System) → clause segments (Clause); Yuanshi's duty register.

Rows are written only by the importer (``zhidu.rulebook.service``) from the seed text; citation ids
are derived from the text's own numbering, so they stay the same across re-imports.
"""

from __future__ import annotations

from django.db import models

from zhidu.agencies.models import Agency

KIND_CHOICES = [
    ("ENFORCE", "可强制校验"),
    ("WORKFLOW", "流程"),
    ("CHECKLIST", "清单"),
    ("TEXT", "文本"),
]


class System(models.Model):
    """One 制度 of an agency, numbered in document order (``tongyu-hrss:2``)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="systems")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    title_en = models.CharField(max_length=300, blank=True)
    domain = models.CharField(max_length=60, db_index=True)
    kind = models.CharField(max_length=10, choices=KIND_CHOICES)
    catalog_ids = models.JSONField(default=list)
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()

    class Meta:
        ordering = ["agency__order", "number"]
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="system_number_unique")]

    def __str__(self) -> str:
        return f"《{self.title}》"

    @property
    def cite(self) -> str:
        return f"{self.agency.slug}:{self.number}"


class Clause(models.Model):
    """A segment of a system's verbatim text. Numbered segments carry a citation id."""

    system = models.ForeignKey(System, on_delete=models.CASCADE, related_name="clauses")
    seq = models.PositiveIntegerField()
    path = models.CharField(max_length=40, null=True, blank=True)  # "3.5"; "" root; NULL chapter heading
    family = models.CharField(max_length=20)
    marker = models.CharField(max_length=20, blank=True)
    label = models.CharField(max_length=100, blank=True)  # 第三条第（五）项
    cite = models.CharField(max_length=80, null=True, blank=True, unique=True)
    text = models.TextField()

    class Meta:
        ordering = ["system_id", "seq"]
        constraints = [models.UniqueConstraint(fields=["system", "seq"], name="clause_seq_unique")]

    def __str__(self) -> str:
        return self.cite or f"{self.system.cite}#{self.seq}"

    @property
    def depth(self) -> int:
        return len(self.path.split(".")) if self.path else 0

    @property
    def anchor(self) -> str:
        if self.path is None:
            return f"s{self.seq}"
        return "c" + self.path.replace(".", "-") if self.path else "top"

    @property
    def display(self) -> str:
        """《党组会议制度》第三条第（五）项"""
        return f"《{self.system.title}》{self.label}"


class WorkItem(models.Model):
    """A 具体工作事项 of Yuanshi's 部门职责登记表, with its responsible section(s)."""

    system = models.ForeignKey(System, on_delete=models.CASCADE, related_name="work_items")
    duty_no = models.PositiveSmallIntegerField()
    item_no = models.PositiveSmallIntegerField()
    text = models.TextField()
    sections = models.JSONField(default=list)
    remark = models.TextField(blank=True)

    class Meta:
        ordering = ["system_id", "item_no"]
