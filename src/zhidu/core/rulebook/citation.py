"""Citation ids (DESIGN §3): ``<agency>:<system>[:<path>]``, e.g. ``tongyu-hrss:2:3.5``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BadInput

_CITE_RE = re.compile(r"^(?P<slug>[a-z][a-z0-9-]*):(?P<system>[1-9]\d*)(?::(?P<path>[1-9]\d*(?:\.[1-9]\d*)*))?$")


@dataclass(frozen=True, order=True)
class CitationId:
    slug: str
    system: int
    path: tuple[int, ...] = ()

    def __str__(self) -> str:
        base = f"{self.slug}:{self.system}"
        return f"{base}:{'.'.join(map(str, self.path))}" if self.path else base

    @property
    def anchor(self) -> str:
        """HTML anchor of the clause on its system page (``c3-5``; ``top`` for the root)."""
        return "c" + "-".join(map(str, self.path)) if self.path else "top"

    @classmethod
    def parse(cls, text: str) -> CitationId:
        m = _CITE_RE.match(text.strip())
        if not m:
            raise BadInput(
                f"引用编号格式不正确：{text!r}（应为 机构:制度号[:条.项]，如 tongyu-hrss:2:3.5）",
                f"malformed citation id {text!r} (expected agency:system[:path], e.g. tongyu-hrss:2:3.5)",
                "cite",
            )
        path = tuple(int(p) for p in m["path"].split(".")) if m["path"] else ()
        return cls(m["slug"], int(m["system"]), path)
