"""The rulebook as plain data: agency → 制度 (system) → clauses (条/款/项 …).

A system's clauses are a flat, ordered list of *segments*. Concatenated in order they give back the
system's source text exactly. Each numbered segment carries a ``path`` of integers taken from its
markers (第三条 → 3, （五）→ 5), so ``tongyu-hrss:2:3.5`` names 第三条第（五）项 of the agency's 2nd
制度. Unnumbered paragraphs (款) stay inside the segment they follow; chapter headings are segments
without a path. The root segment (path ``()``) holds the title and any preamble.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .numerals import int_to_cn

# How each marker family is shown in a citation's display form.
_LABELS = {
    "article": lambda n: f"第{int_to_cn(n)}条",
    "cn_dun": lambda n: f"第{int_to_cn(n)}部分",
    "cn_paren": lambda n: f"第（{int_to_cn(n)}）项",
    "paren_cn": lambda n: f"第（{int_to_cn(n)}）项",
    "num_dot": lambda n: f"第{n}目",
    "num_dun": lambda n: f"第{n}目",
    "num_paren": lambda n: f"第（{n}）点",
    "paren_digit": lambda n: f"第（{n}）点",
    "circled": lambda n: f"第{chr(0x2460 + n - 1)}点",
    "row": lambda n: f"第{n}项事项",
}


def label_for(family: str, number: int) -> str:
    """Display label of one path step, e.g. ("article", 3) → 第三条."""
    return _LABELS[family](number)


@dataclass(frozen=True)
class Clause:
    """One segment of a system's text."""

    seq: int  # 0-based position within the system
    path: tuple[int, ...] | None  # None for chapter headings
    family: str  # root | chapter | article | cn_dun | cn_paren | … | row
    marker: str  # the verbatim marker (第三条, （五）, ⑴ …); "" for the root
    text: str  # verbatim source text of the segment, marker included
    families: tuple[str, ...] = ()  # marker family of each path step (for display)

    @property
    def depth(self) -> int:
        return len(self.path) if self.path is not None else 0

    @property
    def path_str(self) -> str:
        return ".".join(str(p) for p in self.path) if self.path else ""

    def label(self) -> str:
        """第三条第（五）项 — the clause's position without the system title."""
        if not self.path:
            return ""
        return "".join(label_for(f, n) for f, n in zip(self.families, self.path, strict=True))


@dataclass
class System:
    """One 制度 of an agency."""

    number: int  # 1-based, document order within the agency
    title: str
    catalog_ids: tuple[str, ...]
    domain: str
    kind: str  # ENFORCE | WORKFLOW | CHECKLIST | TEXT
    clauses: list[Clause]
    span: tuple[int, int]  # [start, end) character offsets in the seed text
    title_en: str = ""

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.clauses)

    def clause(self, path: tuple[int, ...]) -> Clause | None:
        for c in self.clauses:
            if c.path == path:
                return c
        return None

    def subtree(self, path: tuple[int, ...]) -> list[Clause]:
        """The clause at ``path`` and the segments that belong under it, in order."""
        out: list[Clause] = []
        for c in self.clauses:
            if not out:
                if c.path == path:
                    out.append(c)
                continue
            if c.path is not None and c.path[: len(path)] == path and len(c.path) > len(path):
                out.append(c)
            elif path == ():
                out.append(c)  # the root owns everything, chapter headings included
            else:
                break
        return out


@dataclass
class WorkItem:
    """A 具体工作事项 of a duty register (seed 004)."""

    duty_no: int
    item_no: int  # 1-based within the duty
    text: str
    sections: tuple[str, ...]  # 责任处室, as written (one or more units)
    remark: str = ""
    system: int = 0  # number of the 制度 (duty block) it belongs to; set by the importer


@dataclass
class Rulebook:
    """One agency's rulebook."""

    slug: str
    name: str
    name_en: str
    seed_file: str
    seed_sha256: str
    systems: list[System] = field(default_factory=list)
    work_items: list[WorkItem] = field(default_factory=list)

    def system(self, number: int) -> System | None:
        if 1 <= number <= len(self.systems):
            return self.systems[number - 1]
        return None

    def by_catalog_id(self) -> dict[str, System]:
        return {cid: s for s in self.systems for cid in s.catalog_ids}
