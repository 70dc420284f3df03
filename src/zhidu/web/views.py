"""Server-rendered pages (zh-Hans first, English switch); htmx for live search.

Every page needs a signed-in user (``LoginRequiredMiddleware``). Views stay small: they read through
``zhidu.rulebook.service`` and say in their querysets what they fetch, so a page costs a fixed number
of queries however many 制度 or clauses it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from zhidu.access import requires
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rulebook.citation import CitationId
from zhidu.rulebook import service
from zhidu.rulebook.models import Clause, System, WorkItem

from .labels import KINDS, domain_sort_key

PAGE_SIZE = 20
MAX_PAGE = 500  # deeper pages than this are not useful and only cost time
COMPARE_TOPICS = ["公务接待", "党组会议", "请假", "财务审批", "公务用车", "回避", "印章", "信访"]
COMPARE_HITS = 12  # hits fetched per agency on the compare page
COMPARE_SYSTEMS = 5  # 制度 shown per agency
COMPARE_CLAUSES = 3  # clauses shown per 制度


def _not_found(request: HttpRequest, error: BadInput) -> HttpResponse:
    return render(request, "web/not_found.html", {"error": error}, status=404)


@dataclass(frozen=True)
class AgencySummary:
    agency: Agency
    systems: int
    by_kind: dict[str, int]


def _in_kind_order(by_kind: dict[str, int]) -> dict[str, int]:
    order = list(KINDS)
    return dict(sorted(by_kind.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))


def agency_summaries() -> list[AgencySummary]:
    """Each agency with its number of 制度 and their split by kind (two queries)."""
    counts: dict[int, dict[str, int]] = {}
    for r in System.objects.order_by().values("agency_id", "kind").annotate(n=Count("id")):
        counts.setdefault(r["agency_id"], {})[r["kind"]] = r["n"]
    return [
        AgencySummary(a, sum(counts.get(a.id, {}).values()), _in_kind_order(counts.get(a.id, {})))
        for a in service.agencies()
    ]


@requires("rulebook", "read")
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"agencies": agency_summaries()})


# --- agency -----------------------------------------------------------------------------------


@dataclass
class DomainGroup:
    domain: str
    systems: list[System] = field(default_factory=list)


def group_by_domain(systems: Iterable[System]) -> list[DomainGroup]:
    """制度 grouped by domain; groups in the order of ``labels.DOMAINS``, 制度 in document order."""
    groups: dict[str, DomainGroup] = {}
    for s in systems:
        groups.setdefault(s.domain, DomainGroup(s.domain)).systems.append(s)
    return sorted(groups.values(), key=lambda g: domain_sort_key(g.domain))


@requires("rulebook", "read")
def agency(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        ag = service.get_agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    systems = list(System.objects.filter(agency=ag).order_by("number"))
    for s in systems:
        s.agency = ag  # System.cite reads agency.slug; no query per row
    return render(
        request,
        "web/agency.html",
        {
            "agency": ag,
            "groups": group_by_domain(systems),
            "count": len(systems),
            "has_register": WorkItem.objects.filter(system__agency=ag).exists(),
        },
    )


@dataclass
class SectionDuties:
    section: str
    items: list[tuple[WorkItem, str]] = field(default_factory=list)  # (work item, citation id of its row)


@requires("rulebook", "read")
def duties(request: HttpRequest, slug: str) -> HttpResponse:
    """责任科室: the duty register read by responsible section (元氏县's 部门职责登记表)."""
    try:
        agency = service.get_agency(slug)
    except NotFound as exc:
        return _not_found(request, exc)
    items = list(
        WorkItem.objects.filter(system__agency=agency).select_related("system").order_by("system__number", "item_no")
    )
    if not items:
        missing = NotFound(f"{agency.name}没有部门职责登记表", f"{agency.name_en} has no duty register")
        return _not_found(request, missing)
    by_section: dict[str, SectionDuties] = {}
    for w in items:
        # Work item k of a duty block is the block's row clause k (see zhidu.core.rulebook.register).
        row_cite = str(CitationId(agency.slug, w.system.number, (w.item_no,)))
        for section in w.sections or ["（未注明）"]:
            by_section.setdefault(section, SectionDuties(section)).items.append((w, row_cite))
    sections = sorted(by_section.values(), key=lambda s: (-len(s.items), s.section))
    want = request.GET.get("section", "").strip()
    shown = [s for s in sections if want in s.section] if want else sections
    return render(
        request,
        "web/duties.html",
        {"agency": agency, "sections": sections, "shown": shown, "section": want, "items": len(items)},
    )


# --- system and clauses -------------------------------------------------------------------------


@requires("rulebook", "read")
def system(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    try:
        sys_ = service.get_system(slug, number)
    except NotFound as exc:
        return _not_found(request, exc)
    clauses = list(Clause.objects.filter(system=sys_).order_by("seq"))
    for c in clauses:
        c.system = sys_  # Clause.display reads system.title; no query per clause
    neighbours = {s.number: s for s in System.objects.filter(agency=sys_.agency, number__in=[number - 1, number + 1])}
    return render(
        request,
        "web/system.html",
        {
            "agency": sys_.agency,
            "system": sys_,
            "clauses": clauses,
            "previous": neighbours.get(number - 1),
            "next": neighbours.get(number + 1),
        },
    )


@requires("rulebook", "read")
def cite(request: HttpRequest, cite: str) -> HttpResponse:
    """Permanent link of a clause: ``/c/tongyu-hrss:2:3.5/`` → its system page at ``#c3-5``."""
    try:
        cid = CitationId.parse(cite)
    except BadInput as exc:
        return _not_found(request, exc)
    clause = Clause.objects.select_related("system__agency").filter(cite=str(cid)).first()
    if clause is None:
        missing = NotFound(f"找不到引用编号为 {cid} 的条款", f"no clause has citation id {cid}", "cite")
        return _not_found(request, missing)
    url = reverse("web:system", args=[clause.system.agency.slug, clause.system.number])
    return HttpResponseRedirect(f"{url}#{clause.anchor}")


# --- search -------------------------------------------------------------------------------------


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value or default), low), high)
    except ValueError:
        return default


def _is_htmx_fragment(request: HttpRequest) -> bool:
    # A history restore (back button after the cache was lost) needs the whole page.
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"


@requires("rulebook", "read")
def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    agency = request.GET.get("agency", "").strip()
    domain = request.GET.get("domain", "").strip()
    page_no = _int(request.GET.get("page"), 1, 1, MAX_PAGE)
    ctx: dict[str, Any] = {"q": q, "agency": agency, "domain": domain, "page_no": page_no}
    if q:
        try:
            page = service.search(
                q,
                agencies=[agency] if agency else None,
                domains=[domain] if domain else None,
                offset=(page_no - 1) * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
        except BadInput as exc:
            ctx["error"] = exc
        else:
            last = max(1, -(-page.total // PAGE_SIZE))
            ctx.update(
                page=page,
                first_no=page.offset + 1,
                last_no=page.offset + len(page.hits),
                previous_page=page_no - 1 if page_no > 1 else None,
                next_page=page_no + 1 if page_no < min(last, MAX_PAGE) else None,
                last_page=last,
            )
    if _is_htmx_fragment(request):
        response = render(request, "web/_search_results.html", ctx)
    else:
        ctx.update(agencies=service.agencies(), domains=sorted(service.domains(), key=domain_sort_key))
        response = render(request, "web/search.html", ctx)
    patch_vary_headers(response, ["HX-Request"])
    return response


# --- compare ------------------------------------------------------------------------------------


@dataclass
class SystemHits:
    cite: str  # the system's citation id, e.g. tongyu-hrss:2
    title: str
    url: str
    domain: str
    hits: list[Any] = field(default_factory=list)


@dataclass
class Column:
    agency: Any
    total: int = 0
    systems: list[SystemHits] = field(default_factory=list)


def group_hits(hits: Iterable[Any], max_systems: int, max_clauses: int) -> list[SystemHits]:
    """Hits grouped by their 制度, best 制度 first (by its best hit), each with its best clauses."""
    groups: dict[str, SystemHits] = {}
    for hit in hits:
        cid = CitationId.parse(hit.cite)
        key = f"{cid.slug}:{cid.system}"
        group = groups.get(key)
        if group is None:
            if len(groups) >= max_systems:
                continue
            url = reverse("web:system", args=[cid.slug, cid.system])
            group = groups[key] = SystemHits(key, hit.system_title, url, hit.domain)
        if len(group.hits) < max_clauses:
            group.hits.append(hit)
    return list(groups.values())


@requires("rulebook", "read")
def compare(request: HttpRequest) -> HttpResponse:
    topic = request.GET.get("topic", "").strip()
    ctx: dict[str, Any] = {"topic": topic, "topics": COMPARE_TOPICS}
    if topic:
        columns = []
        try:
            for a in service.agencies():
                page = service.search(topic, agencies=[a.slug], limit=COMPARE_HITS)
                columns.append(Column(a, page.total, group_hits(page.hits, COMPARE_SYSTEMS, COMPARE_CLAUSES)))
        except BadInput as exc:
            ctx["error"] = exc
        else:
            ctx["columns"] = columns
    return render(request, "web/compare.html", ctx)
