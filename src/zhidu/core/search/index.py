"""An in-memory n-gram index over clauses, ranked with BM25.

Documents are normalised for search only (see :mod:`.tokenize`); the index holds, for every
character unigram and bigram, the documents it occurs in and how often. A query is split on
whitespace into terms that must all match (AND); a term matches a document when every bigram of it
occurs there (a one-character term: that character). Ranking is BM25 over those grams, per term
multiplied by ``1 + PHRASE_BOOST`` when the term occurs contiguously in the clause and by a further
``TITLE_BOOST`` when it occurs in the system title. Equal scores fall back to document order:
``(sort_key, key)``, which also fixes the internal numbering, so results do not depend on the order
the documents were given in.

Snippets are cut from the verbatim text: matches are found in the normalised text and mapped back
through the offset table, so a match of 民主生活会 in "民 主生活会" marks the whole "民 主生活会".
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import BadInput
from .tokenize import SEP, index_grams, normalize, query_grams, segments

MAX_QUERY_CHARS = 200
MAX_LIMIT = 1000
K1 = 1.2
B = 0.75
PHRASE_BOOST = 0.3  # the term occurs contiguously in the clause
TITLE_BOOST = 0.1  # the term occurs in the system title
SNIPPET_WIDTH = 120  # characters of verbatim text per snippet (more if one match is longer)
SNIPPET_BEFORE = 30  # at most this much context before the first match of a snippet
MAX_SNIPPETS = 2


@dataclass(frozen=True)
class Doc:
    """One searchable clause. ``key`` is its citation id; ``sort_key`` orders equal-score hits."""

    key: str
    agency: str
    domain: str
    title: str
    text: str
    sort_key: tuple[int, ...] = ()


@dataclass(frozen=True)
class Snippet:
    """``text[start:end]`` of a document as pieces ``(text, is_hit)``.

    ``cut_before``/``cut_after``: text other than whitespace was left out there (show an ellipsis).
    """

    start: int
    end: int
    pieces: tuple[tuple[str, bool], ...]
    cut_before: bool
    cut_after: bool


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    doc: Doc
    snippets: tuple[Snippet, ...]
    spans: tuple[tuple[int, int], ...]  # every highlighted [start, end) in doc.text


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class _Term:
    norm: str  # normalised term, segments joined by SEP
    segments: tuple[str, ...]
    grams: tuple[str, ...]  # unique, in query order


def parse_query(query: str) -> list[_Term]:
    """Split a query into AND-ed terms; refuse empty, over-long and punctuation-only queries."""
    if not isinstance(query, str) or not query.strip():
        raise BadInput("请输入检索词", "Please enter a search term.", "q")
    q = query.strip()
    if len(q) > MAX_QUERY_CHARS:
        raise BadInput(
            f"检索词过长（{len(q)} 个字符），最多 {MAX_QUERY_CHARS} 个字符",
            f"The search query is too long ({len(q)} characters); at most {MAX_QUERY_CHARS} are allowed.",
            "q",
        )
    terms: list[_Term] = []
    seen: set[str] = set()
    for raw in q.split():
        segs = tuple(segments(normalize(raw)[0]))
        if not segs:
            continue
        norm = SEP.join(segs)
        if norm in seen:
            continue
        seen.add(norm)
        grams = tuple(dict.fromkeys(g for s in segs for g in query_grams(s)))
        terms.append(_Term(norm, segs, grams))
    if not terms:
        raise BadInput(
            "检索词中没有可检索的文字（标点和空格不参与检索）",
            "The search query has nothing to search for: punctuation and spaces are ignored.",
            "q",
        )
    return terms


def _as_set(values: Iterable[str] | str | None) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = (values,)
    s = frozenset(values)
    return s or None  # an empty selection filters nothing


class SearchIndex:
    """Build with :meth:`build`; query with :meth:`search`. Immutable once built."""

    def __init__(self) -> None:
        self._docs: list[Doc] = []
        self._norms: list[str] = []
        self._offsets: list[array[int]] = []
        self._titles: list[str] = []
        self._norm_len: list[float] = []  # K1 * (1 - B + B * dl / avgdl)
        self._postings: dict[str, dict[int, int]] = {}
        self._by_agency: dict[str, frozenset[int]] = {}
        self._by_domain: dict[str, frozenset[int]] = {}

    @classmethod
    def build(cls, docs: Iterable[Doc]) -> SearchIndex:
        idx = cls()
        ordered = sorted(docs, key=lambda d: (d.sort_key, d.key))
        keys = [d.key for d in ordered]
        if len(set(keys)) != len(keys):
            dups = sorted({k for k in keys if keys.count(k) > 1})
            raise ValueError(f"duplicate document keys: {', '.join(dups[:5])}")
        postings: dict[str, dict[int, int]] = {}
        title_cache: dict[str, str] = {}
        lengths: list[int] = []
        by_agency: dict[str, set[int]] = {}
        by_domain: dict[str, set[int]] = {}
        for doc_id, doc in enumerate(ordered):
            norm, offs = normalize(doc.text)
            title = title_cache.get(doc.title)
            if title is None:
                title = title_cache[doc.title] = normalize(doc.title)[0]
            idx._docs.append(doc)
            idx._norms.append(norm)
            idx._offsets.append(offs)
            idx._titles.append(title)
            lengths.append(len(norm) - norm.count(SEP))
            for g, tf in Counter(index_grams(norm)).items():
                p = postings.get(g)
                if p is None:
                    postings[g] = {doc_id: tf}
                else:
                    p[doc_id] = tf
            by_agency.setdefault(doc.agency, set()).add(doc_id)
            by_domain.setdefault(doc.domain, set()).add(doc_id)
        avgdl = (sum(lengths) / len(lengths)) if lengths else 1.0
        avgdl = avgdl or 1.0
        idx._norm_len = [K1 * (1 - B + B * n / avgdl) for n in lengths]
        idx._postings = postings
        idx._by_agency = {k: frozenset(v) for k, v in by_agency.items()}
        idx._by_domain = {k: frozenset(v) for k, v in by_domain.items()}
        return idx

    def __len__(self) -> int:
        return len(self._docs)

    @property
    def docs(self) -> tuple[Doc, ...]:
        """The indexed documents in document order."""
        return tuple(self._docs)

    def _allowed(self, agencies: frozenset[str] | None, domains: frozenset[str] | None) -> set[int] | None:
        allowed: set[int] | None = None
        for wanted, table in ((agencies, self._by_agency), (domains, self._by_domain)):
            if wanted is None:
                continue
            ids: set[int] = set()
            for name in wanted:
                ids.update(table.get(name, ()))
            allowed = ids if allowed is None else allowed & ids
        return allowed

    def search(
        self,
        query: str,
        agencies: Iterable[str] | None = None,
        domains: Iterable[str] | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> SearchResult:
        """Ranked clauses matching every term of ``query``, ``limit`` of them from ``offset``.

        ``agencies``/``domains`` keep documents of any of the given slugs (``None`` or empty: all).
        """
        terms = parse_query(query)
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise BadInput("起始位置应为非负整数", f"offset must be a non-negative integer, got {offset!r}", "offset")
        if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= MAX_LIMIT:
            raise BadInput(
                f"每页条数应为 0 到 {MAX_LIMIT} 之间的整数",
                f"limit must be an integer from 0 to {MAX_LIMIT}, got {limit!r}",
                "limit",
            )
        allowed = self._allowed(_as_set(agencies), _as_set(domains))

        lists: list[dict[int, int]] = []
        for g in dict.fromkeys(g for t in terms for g in t.grams):
            p = self._postings.get(g)
            if p is None:
                return SearchResult(0, ())
            lists.append(p)
        lists.sort(key=len)
        if allowed is not None and len(allowed) < len(lists[0]):
            cands = [d for d in allowed if d in lists[0]]
        else:
            cands = list(lists[0]) if allowed is None else [d for d in lists[0] if d in allowed]
        for p in lists[1:]:
            if not cands:
                break
            cands = [d for d in cands if d in p]
        if not cands:
            return SearchResult(0, ())

        n_docs = len(self._docs)
        norm_len = self._norm_len
        norms = self._norms
        titles = self._titles
        total = [0.0] * len(cands)
        for t in terms:
            ts = [0.0] * len(cands)
            for g in t.grams:
                p = self._postings[g]
                df = len(p)
                w = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)) * (K1 + 1)
                ts = [s + w * p[d] / (p[d] + norm_len[d]) for s, d in zip(ts, cands, strict=True)]
            tn = t.norm
            for i, d in enumerate(cands):
                boost = 1.0
                if tn in norms[d]:
                    boost += PHRASE_BOOST
                if tn in titles[d]:
                    boost += TITLE_BOOST
                total[i] += ts[i] * boost
        scored = sorted(zip((-round(s, 6) for s in total), cands, strict=True))
        page = scored[offset : offset + limit]
        hits = tuple(self._hit(d, -neg, terms) for neg, d in page)
        return SearchResult(len(cands), hits)

    def _spans(self, d: int, terms: list[_Term]) -> list[tuple[int, int]]:
        """Matched [start, end) spans of the verbatim text, merged and sorted."""
        norm = self._norms[d]
        offs = self._offsets[d]
        found: list[tuple[int, int]] = []
        for t in terms:
            for seg in t.segments:
                needles = [seg] if seg in norm else query_grams(seg)
                for needle in needles:
                    n = len(needle)
                    p = norm.find(needle)
                    while p >= 0:
                        found.append((offs[p], offs[p + n - 1] + 1))
                        p = norm.find(needle, p + 1)
        found.sort()
        merged: list[tuple[int, int]] = []
        for a, b in found:
            if merged and a <= merged[-1][1]:
                if b > merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return merged

    def _hit(self, d: int, score: float, terms: list[_Term]) -> Hit:
        doc = self._docs[d]
        spans = self._spans(d, terms)
        return Hit(doc.key, score, doc, make_snippets(doc.text, spans), tuple(spans))


def make_snippets(
    text: str,
    spans: list[tuple[int, int]],
    width: int = SNIPPET_WIDTH,
    before: int = SNIPPET_BEFORE,
    max_snippets: int = MAX_SNIPPETS,
) -> tuple[Snippet, ...]:
    """Windows of ``text`` around the (sorted, disjoint) ``spans``, matches marked."""
    out: list[Snippet] = []
    if not spans:
        start, end = _trim(text, 0, min(len(text), width))
        return (_snippet(text, start, end, []),)
    i = 0
    prev_end = 0
    while i < len(spans) and len(out) < max_snippets:
        first = spans[i][0]
        start = max(prev_end, first - before)
        nl = text.rfind("\n", start, first)
        if nl >= 0:
            start = nl + 1  # begin at the line the match is on
        end = min(len(text), start + width)
        if end - start < width:  # near the end: use the room before the match instead
            start = max(prev_end, end - width, 0)
            nl = text.rfind("\n", start, first)
            if nl >= 0:
                start = nl + 1
        end = max(end, spans[i][1])
        j = i
        while j < len(spans) and spans[j][0] < end:
            end = max(end, spans[j][1])
            j += 1
        nl = text.find("\n", spans[j - 1][1], end)
        if nl >= 0:
            end = nl  # stop at the end of the line of the last match
        start, end = _trim(text, start, end)
        out.append(_snippet(text, start, end, spans[i:j]))
        prev_end = end
        i = j
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _snippet(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> Snippet:
    pieces: list[tuple[str, bool]] = []
    pos = start
    for a, b in spans:
        if a > pos:
            pieces.append((text[pos:a], False))
        pieces.append((text[a:b], True))
        pos = b
    if end > pos:
        pieces.append((text[pos:end], False))
    return Snippet(start, end, tuple(pieces), bool(text[:start].strip()), bool(text[end:].strip()))
