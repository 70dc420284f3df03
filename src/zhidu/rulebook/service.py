"""The rulebook app's one public surface: import seeds, look up systems and clauses, search."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rulebook import importer
from zhidu.core.rulebook.citation import CitationId
from zhidu.core.rulebook.model import Rulebook

from .models import Clause, System, WorkItem


@dataclass(frozen=True)
class ImportResult:
    slug: str
    status: str  # created | updated | unchanged
    systems: int
    clauses: int

    def line(self) -> str:
        zh = {"created": "已导入", "updated": "已更新", "unchanged": "无变化"}[self.status]
        return f"{self.slug}: {zh} / {self.status} — {self.systems} 个制度, {self.clauses} 个条款"


def _book_order(book: Rulebook) -> int:
    return int(book.seed_file.split("_", 1)[0]) if book.seed_file[:3].isdigit() else 99


@transaction.atomic
def import_book(book: Rulebook) -> ImportResult:
    """Store one parsed rulebook. Idempotent: the same seed again changes nothing."""
    n_clauses = sum(len(s.clauses) for s in book.systems)
    agency = Agency.objects.select_for_update().filter(slug=book.slug).first()
    if agency and agency.seed_sha256 == book.seed_sha256 and _stored_matches(agency, book):
        return ImportResult(book.slug, "unchanged", len(book.systems), n_clauses)
    status = "updated" if agency else "created"
    if agency is None:
        agency = Agency(slug=book.slug)
    agency.name, agency.name_en = book.name, book.name_en
    agency.order = _book_order(book)
    agency.seed_file, agency.seed_sha256 = book.seed_file, book.seed_sha256
    agency.imported_at = timezone.now()
    agency.save()
    agency.systems.all().delete()
    for s in book.systems:
        system = System.objects.create(
            agency=agency,
            number=s.number,
            title=s.title,
            title_en=s.title_en,
            domain=s.domain,
            kind=s.kind,
            catalog_ids=list(s.catalog_ids),
            span_start=s.span[0],
            span_end=s.span[1],
        )
        Clause.objects.bulk_create(
            [
                Clause(
                    system=system,
                    seq=c.seq,
                    path=None if c.path is None else c.path_str,
                    family=c.family,
                    marker=c.marker,
                    label=c.label(),
                    cite=None if c.path is None else str(CitationId(book.slug, s.number, c.path)),
                    text=c.text,
                )
                for c in s.clauses
            ]
        )
    # The register's work items come in document order, one per "row" clause of the register systems.
    systems = {s.number: s for s in agency.systems.all()}
    items = []
    offset = 0
    for s in book.systems:
        rows = [c for c in s.clauses if c.family == "row"]
        for w in book.work_items[offset : offset + len(rows)]:
            items.append(
                WorkItem(
                    system=systems[s.number],
                    duty_no=w.duty_no,
                    item_no=w.item_no,
                    text=w.text,
                    sections=list(w.sections),
                    remark=w.remark,
                )
            )
        offset += len(rows)
    WorkItem.objects.bulk_create(items)
    _bump_generation()
    return ImportResult(book.slug, status, len(book.systems), n_clauses)


def _stored_matches(agency: Agency, book: Rulebook) -> bool:
    """The stored rows are what this book would write (same systems, same clause texts)."""
    stored = list(Clause.objects.filter(system__agency=agency).values_list("system__number", "seq", "cite", "text"))
    want = [
        (s.number, c.seq, None if c.path is None else str(CitationId(book.slug, s.number, c.path)), c.text)
        for s in book.systems
        for c in s.clauses
    ]
    return sorted(stored, key=lambda r: (r[0], r[1])) == want


def import_shipped(slug: str | None = None) -> list[ImportResult]:
    return [import_book(b) for b in importer.load_shipped(slug)]


def import_file(path: Path) -> ImportResult:
    """Import a seed file given by a user; refuse unknown or malformed files, changing nothing."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"无法读取文件 {path}：{exc.strerror}", f"cannot read {path}: {exc.strerror}") from exc
    manifest = importer.match_manifest(raw, path.name)
    return import_book(importer.build_rulebook(manifest, raw))


def agencies() -> QuerySet[Agency]:
    return Agency.objects.all()


def get_agency(slug: str) -> Agency:
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise NotFound(f"没有机构 {slug!r}", f"no agency {slug!r}", "agency")
    return agency


def get_system(slug: str, number: int) -> System:
    system = System.objects.select_related("agency").filter(agency__slug=slug, number=number).first()
    if system is None:
        raise NotFound(f"机构 {slug!r} 没有第 {number} 个制度", f"agency {slug!r} has no system {number}", "system")
    return system


def get_clause(cite: str) -> tuple[System, list[Clause]]:
    """The system and the clause named by a citation id, followed by the segments under it."""
    cid = CitationId.parse(cite)
    system = get_system(cid.slug, cid.system)
    clauses = list(system.clauses.all())
    want = ".".join(map(str, cid.path))
    start = next((i for i, c in enumerate(clauses) if c.path == want), None)
    if start is None:
        raise NotFound(f"找不到条款 {cite}", f"no clause {cite}", "cite")
    out = [clauses[start]]
    prefix = want + "." if want else ""
    for c in clauses[start + 1 :]:
        if want == "" or (c.path is not None and c.path.startswith(prefix)):
            out.append(c)
        else:
            break
    return system, out


# --- search -----------------------------------------------------------------------------------

_index_lock = threading.Lock()
_index_cache: dict[str, object] = {}
_generation = [0]


def _bump_generation() -> None:
    _generation[0] += 1
    _index_cache.clear()


@dataclass(frozen=True)
class AgencySummary:
    agency: Agency
    systems: int
    by_kind: dict[str, int]


def agency_summaries() -> list[AgencySummary]:
    """Each agency with its number of 制度 and their split by kind (one query)."""
    from django.db.models import Count

    rows = System.objects.values("agency_id", "kind").annotate(n=Count("id"))
    counts: dict[int, dict[str, int]] = {}
    for r in rows:
        counts.setdefault(r["agency_id"], {})[r["kind"]] = r["n"]
    return [
        AgencySummary(a, sum(counts.get(a.id, {}).values()), counts.get(a.id, {}))
        for a in Agency.objects.all()
    ]
