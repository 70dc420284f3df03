"""The organisation in the database: sections and units, people, dated posts, 分管 and acting arrangements.

Rows loaded from ``agencies/<slug>/org.yaml`` are ``managed``: ``zhidu org load`` keeps them equal to the
file (creating, updating and deleting only managed rows); rows entered by hand (``managed=False``) are
never touched by the loader. Dates include both ends; ``valid_to`` null means still in force.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from zhidu.agencies.models import Agency
from zhidu.core.org import SECTION_KINDS


def _dates_ordered(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=Q(valid_to__isnull=True) | Q(valid_to__gte=F("valid_from")), name=name)


class Section(models.Model):
    """A section (科室) or affiliated unit (直属/所属单位) as the agency's text names it."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="sections")
    key = models.SlugField("标识", max_length=40)
    name = models.CharField("名称", max_length=80)
    kind = models.CharField("类别", max_length=10, choices=[(k, v[0]) for k, v in SECTION_KINDS.items()])
    order = models.PositiveSmallIntegerField(default=0)
    aliases = models.JSONField("别名", default=list, blank=True)
    areas = models.JSONField("承担的工作领域", default=list, blank=True)
    cite = models.CharField("出处", max_length=60, blank=True)
    quote = models.CharField("原文", max_length=200, blank=True)
    managed = models.BooleanField(default=False, help_text="loaded from org.yaml (the loader keeps it in step)")

    class Meta:
        ordering = ["agency_id", "order", "id"]
        verbose_name = "科室/单位"
        constraints = [
            models.UniqueConstraint(fields=["agency", "key"], name="org_section_key_unique"),
            models.UniqueConstraint(fields=["agency", "name"], name="org_section_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """Someone in the agency's organisation; ``demo`` people are invented (演示)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="org_people")
    name = models.CharField("姓名", max_length=50)
    demo = models.BooleanField("演示数据", default=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="org_person"
    )
    managed = models.BooleanField(default=False)

    class Meta:
        ordering = ["agency_id", "id"]
        verbose_name = "人员"
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="org_person_name_unique")]

    @property
    def display(self) -> str:
        return f"{self.name}（演示）" if self.demo else self.name

    def __str__(self) -> str:
        return self.display


class Holding(models.Model):
    """A post (role id of DESIGN §7, or a body's id meaning "member of") held from ``valid_from`` to
    ``valid_to`` (inclusive); section posts name their section."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="holdings")
    role = models.CharField(max_length=40)
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.PROTECT, related_name="holdings")
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    managed = models.BooleanField(default=False)

    class Meta:
        ordering = ["person_id", "valid_from", "id"]
        verbose_name = "任职"
        constraints = [_dates_ordered("org_holding_dates_ordered")]

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def __str__(self) -> str:
        return f"{self.person} · {self.role}" + (f" · {self.section}" if self.section_id else "")


class InCharge(models.Model):
    """分管: a leader is in charge of a section or of an area of work (exactly one of the two), dated."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="in_charge")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.PROTECT, related_name="in_charge")
    area = models.CharField(max_length=40, blank=True)
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    managed = models.BooleanField(default=False)

    class Meta:
        ordering = ["person_id", "valid_from", "id"]
        verbose_name = "分管"
        constraints = [
            _dates_ordered("org_incharge_dates_ordered"),
            models.CheckConstraint(
                condition=(Q(section__isnull=False) & Q(area="")) | (Q(section__isnull=True) & ~Q(area="")),
                name="org_incharge_section_xor_area",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} 分管 {self.section or self.area}"


class Acting(models.Model):
    """代理/主持工作: ``person`` stands in for a post (``for_role``) or a person (``for_person``), dated, for the
    reason given, under the clause cited; ``areas`` (when not empty) limits it to those areas of work."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="acting")
    for_role = models.CharField(max_length=40, blank=True)
    for_person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="stood_in_for")
    areas = models.JSONField(default=list, blank=True)
    valid_from = models.DateField()
    valid_to = models.DateField()
    reason = models.CharField("事由", max_length=200)
    cite = models.CharField("依据", max_length=60, blank=True)
    quote = models.CharField("原文", max_length=200, blank=True)
    managed = models.BooleanField(default=False)

    class Meta:
        ordering = ["valid_from", "id"]
        verbose_name = "代理"
        constraints = [
            models.CheckConstraint(condition=Q(valid_to__gte=F("valid_from")), name="org_acting_dates_ordered"),
            models.CheckConstraint(
                condition=(~Q(for_role="") & Q(for_person__isnull=True))
                | (Q(for_role="") & Q(for_person__isnull=False)),
                name="org_acting_role_xor_person",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} 代理 {self.for_role or self.for_person}"
