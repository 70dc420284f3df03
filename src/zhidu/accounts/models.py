"""Users and their roles. A user belongs to one agency (system administrators to none); what they
may do comes from dated role assignments, so "who held the post on 2026-03-02" is answerable."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractUser
from django.db import models

from zhidu.agencies.models import Agency
from zhidu.core.roles import ROLES

ROLE_CHOICES = [(r.id, r.name_zh) for r in ROLES if not r.body]


class User(AbstractUser):
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    display_name = models.CharField("姓名", max_length=50, blank=True)

    def roles_on(self, day: dt.date | None = None) -> list[str]:
        day = day or dt.date.today()
        return [
            a.role
            for a in self.role_assignments.all()
            if a.valid_from <= day and (a.valid_to is None or day <= a.valid_to)
        ]

    def __str__(self) -> str:
        return self.display_name or self.username


class RoleAssignment(models.Model):
    """A user holds a role (DESIGN §7) in an agency, optionally for a section, over a date range."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(max_length=30, choices=ROLE_CHOICES)
    section = models.CharField("科室", max_length=60, blank=True)
    valid_from = models.DateField(default=dt.date(2000, 1, 1))
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["agency_id", "role", "valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=models.F("valid_from")),
                name="role_assignment_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.agency.slug}"
