"""The agencies zhidu serves: one per seed rulebook."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
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
    # Sign-in settings of the agency (zhidu.accounts; docs/security.md), set by the system administrator.
    idle_timeout_minutes = models.PositiveSmallIntegerField(
        "空闲超时（分钟）",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
        help_text="空闲多久后自动退出；空为系统默认（IDLE_TIMEOUT_MINUTES，30 分钟） / idle minutes before sign-out",
    )
    require_2fa = models.BooleanField(
        "要求双因素登录",
        default=False,
        help_text="成员须在密码之后输入动态口令（TOTP） / members must give a one-time code after the password",
    )

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = "机构"

    def __str__(self) -> str:
        return self.name
