"""The rulebook app's one public surface: import seeds, look up systems and clauses, search."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rulebook import importer
from zhidu.core.rulebook.citation import CitationId
from zhidu.core.rulebook.model import Rulebook
from zhidu.core.search import Doc, SearchIndex

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
    """Store one parsed rulebook. Idempotent: the same seed again changes nothing.

    The rows are written in bulk, so instead of one ledger entry per row the import records one
    summary entry (category "system": agency, seed file and SHA-256, counts) when it changes something."""
    from zhidu.ledger import service as ledger

    previous = Agency.objects.filter(slug=book.slug).values("seed_file", "seed_sha256").first()
    with ledger.context(capture=False):
        result = _store_book(book)
    if result.status != "unchanged":
        agency = Agency.objects.get(slug=book.slug)
        ledger.record(
            "rulebook.import",
            category="system",
            obj=agency,
            before=previous,
            after={"seed_file": agency.seed_file, "seed_sha256": agency.seed_sha256},
            meta={
                "agency": book.slug,
                "status": result.status,
                "systems": result.systems,
                "clauses": result.clauses,
                "work_items": len(book.work_items),
            },
        )
    return result


def _store_book(book: Rulebook) -> ImportResult:
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
    systems = {s.number: s for s in agency.systems.all()}
    items = [
        WorkItem(
            system=systems[w.system],
            duty_no=w.duty_no,
            item_no=w.item_no,
            text=w.text,
            sections=list(w.sections),
            remark=w.remark,
        )
        for w in book.work_items
    ]
    WorkItem.objects.bulk_create(items)
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


_SLUG_RE = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
_MAX_SYSTEM = 10_000


def get_agency(slug: str) -> Agency:
    agency = Agency.objects.filter(slug=slug).first() if _SLUG_RE.match(slug or "") else None
    if agency is None:
        raise NotFound(f"没有机构 {slug!r}", f"no agency {slug!r}", "agency")
    return agency


def get_system(slug: str, number: int) -> System:
    system = None
    if _SLUG_RE.match(slug or "") and 1 <= number <= _MAX_SYSTEM:
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
# The index lives in memory (zhidu.core.search: character n-grams, BM25), built from the clause rows
# on first use and rebuilt when the rulebook changes, so SQLite and PostgreSQL give the same answers.


@dataclass(frozen=True)
class SearchHit:
    cite: str
    display: str
    system_title: str
    system_cite: str
    agency_slug: str
    agency_name: str
    domain: str
    score: float
    pieces: tuple[tuple[str, bool], ...]
    url: str

    def snippet_text(self, mark: tuple[str, str] = ("【", "】")) -> str:
        return "".join(f"{mark[0]}{s}{mark[1]}" if hit else s for s, hit in self.pieces).replace("\n", " ")


@dataclass(frozen=True)
class SearchPage:
    query: str
    total: int
    hits: list[SearchHit]
    offset: int
    limit: int


@dataclass(frozen=True)
class _DocInfo:
    cite: str
    display: str
    system_title: str
    system_cite: str
    agency_name: str
    url: str


_index_lock = threading.Lock()
_index_state: dict[str, Any] = {}


def _fingerprint() -> tuple[object, ...]:
    from django.db.models import Count, Max

    agg = Agency.objects.aggregate(n=Count("id"), last=Max("imported_at"))
    return (agg["n"], agg["last"])


def _index() -> tuple[SearchIndex, dict[str, _DocInfo]]:
    fp = _fingerprint()
    state = _index_state
    if state.get("fp") == fp:
        return state["index"], state["info"]
    with _index_lock:
        if state.get("fp") == fp:
            return state["index"], state["info"]
        rows = (
            Clause.objects.select_related("system__agency")
            .order_by("system__agency__order", "system__agency__slug", "system__number", "seq")
            .only(
                "seq",
                "path",
                "label",
                "cite",
                "text",
                "system__number",
                "system__title",
                "system__domain",
                "system__agency__slug",
                "system__agency__name",
                "system__agency__order",
            )
        )
        docs: list[Doc] = []
        info: dict[str, _DocInfo] = {}
        for n, c in enumerate(rows.iterator(chunk_size=2000)):
            if not c.text.strip():
                continue
            sys_ = c.system
            slug = sys_.agency.slug
            key = c.cite or f"{slug}:{sys_.number}#s{c.seq}"
            docs.append(Doc(key=key, agency=slug, domain=sys_.domain, title=sys_.title, text=c.text, sort_key=(n,)))
            anchor = c.anchor
            info[key] = _DocInfo(
                cite=c.cite or f"{slug}:{sys_.number}",
                display=f"《{sys_.title}》{c.label}",
                system_title=sys_.title,
                system_cite=f"{slug}:{sys_.number}",
                agency_name=sys_.agency.name,
                url=f"/a/{slug}/{sys_.number}/#{anchor}",
            )
        index = SearchIndex.build(docs)
        state.update(fp=fp, index=index, info=info)
        return index, info


def search(
    query: str,
    agencies: list[str] | None = None,
    domains: list[str] | None = None,
    offset: int = 0,
    limit: int = 20,
) -> SearchPage:
    """Ranked clauses of every agency matching ``query`` (all terms), with highlighted snippets."""
    index, info = _index()
    result = index.search(query, agencies=agencies or None, domains=domains or None, offset=offset, limit=limit)
    hits = []
    for h in result.hits:
        d = info[h.key]
        pieces = tuple(p for snip in h.snippets[:1] for p in snip.pieces) if h.snippets else ((h.doc.text[:80], False),)
        hits.append(
            SearchHit(
                cite=d.cite,
                display=d.display,
                system_title=d.system_title,
                system_cite=d.system_cite,
                agency_slug=h.doc.agency,
                agency_name=d.agency_name,
                domain=h.doc.domain,
                score=h.score,
                pieces=pieces,
                url=d.url,
            )
        )
    return SearchPage(query=query, total=result.total, hits=hits, offset=offset, limit=limit)


def domains() -> list[str]:
    """The domains used by the stored systems, sorted."""
    return sorted(set(System.objects.values_list("domain", flat=True)))
