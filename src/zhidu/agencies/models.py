"""The agencies zhidu serves: one per seed rulebook."""

from __future__ import annotations

from django.db import models


class Agency(models.Model):
    """An agency (机构), e.g. 通榆县人力资源和社会保障局 (slug ``tongyu-hrss``)."""

    slug = models.SlugField(unique=True, max_length=40)
    name = models.CharField(max_length=100)
    name_en = models.CharField(max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    seed_file = models.CharField(max_length=100, blank=True)
    seed_sha256 = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = "机构"

    def __str__(self) -> str:
        return self.name
