"""Administrators' entries of the State Council's holiday notice for a year chinesecalendar does not know."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from zhidu.common.versioning import Versioned


class CalendarOverride(Versioned):
    """One year's 放假调休 notice: the weekdays given off and the weekends worked (DESIGN §8).
    ``version`` (from ``Versioned``) guards against two administrators replacing it at once."""

    ledger_category = "system"  # configuration: its saves and deletes go to the system log

    year = models.PositiveSmallIntegerField("年份 / year", unique=True)
    holidays = models.JSONField("放假日期 / days off", default=list)  # ISO dates
    workdays = models.JSONField("调休上班日期 / weekends worked", default=list)  # ISO dates
    source = models.CharField("依据（通知名称及文号）/ source", max_length=300)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField("录入时间 / entered at", auto_now=True)

    class Meta:
        ordering = ["year"]
        verbose_name = "节假日调整安排 / holiday notice"

    def __str__(self) -> str:
        return f"{self.year}: {self.source}"
