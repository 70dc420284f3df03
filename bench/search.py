"""Benchmark of the clause search (zhidu.core.search): build time and per-query latency.

Run from the repository root:  .venv/bin/python bench/search.py [--repeat N]

Builds the index over every shipped rulebook. An agency whose manifest does not load yet is stood in
for by its seed text cut into paragraph-sized pieces (lines, long lines cut after 。), so the corpus
keeps its real size and character mix; the report says which agencies were stood in for.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

try:
    import zhidu  # noqa: F401
except ImportError:  # not installed: use the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from zhidu.core.errors import BadInput
from zhidu.core.rulebook.importer import load_shipped, manifests, seeds_dir
from zhidu.core.search import Doc, SearchIndex, docs_from_rulebooks

TARGET_MS = 50.0

QUERIES = [
    "回避",
    "三分之二",
    "公务接待",
    "请假",
    "党组会议",
    "财务审批",
    "5000元",
    "工作日",
    "民主生活会",
    "集体讨论",
    "三重一大",
    "会议纪要",
    "公务用车",
    "差旅费",
    "报销",
    "政府采购",
    "考勤",
    "值班",
    "信访",
    "保密",
    "档案",
    "廉政",
    "干部选拔任用",
    "行政执法 公示",
    "党组 回避",
    "请假 审批",
    "会",
    "局",
    "ktv",
    "2020年",
    "1000元",
    "重大事项 集体决策 会议",
    "不得",
]
FILTERED = [("回避", "agency"), ("请假", "domain"), ("会", "domain")]


def _stand_in(slug: str, seed: str) -> list[Doc]:
    text = (seeds_dir() / seed).read_bytes().decode("utf-8")
    docs: list[Doc] = []
    for line_no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        pieces = [line] if len(line) <= 200 else re.findall(r".{1,150}?(?:。|$)", line)
        for k, piece in enumerate(pieces):
            if piece.strip():
                docs.append(Doc(f"{slug}:L{line_no}.{k}", slug, "unparsed", "", piece, (0, line_no, k)))
    return docs


def corpus() -> tuple[list[Doc], list[str], list[str]]:
    docs: list[Doc] = []
    parsed: list[str] = []
    stood_in: list[str] = []
    for n, m in enumerate(manifests()):
        try:
            books = load_shipped(m.slug)
        except BadInput:
            stood_in.append(m.slug)
            docs.extend(
                Doc(d.key, d.agency, d.domain, d.title, d.text, (n, *d.sort_key)) for d in _stand_in(m.slug, m.seed)
            )
            continue
        parsed.append(m.slug)
        docs.extend(
            Doc(d.key, d.agency, d.domain, d.title, d.text, (n, *d.sort_key[1:])) for d in docs_from_rulebooks(books)
        )
    return docs, parsed, stood_in


def _cols(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _cols(s))


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200, help="runs per query (default 200)")
    args = ap.parse_args()

    docs, parsed, stood_in = corpus()
    chars = sum(len(d.text) for d in docs)
    builds = []
    for _ in range(5):
        t0 = time.perf_counter()
        index = SearchIndex.build(docs)
        builds.append((time.perf_counter() - t0) * 1000)
    print(f"corpus: {len(docs)} clauses, {chars} characters")
    print(f"  parsed rulebooks: {', '.join(parsed) or '-'}")
    if stood_in:
        print(f"  stood in by seed paragraphs (manifest does not load yet): {', '.join(stood_in)}")
    print(f"build: median {statistics.median(builds):.0f} ms, max {max(builds):.0f} ms (5 builds)")

    agency = docs[0].agency
    domain = next((d.domain for d in docs if d.domain != "unparsed"), docs[0].domain)
    cases: list[tuple[str, str, dict[str, list[str]], int]] = [(q, q, {}, 0) for q in QUERIES]
    for q, kind in FILTERED:
        flt = {"agencies": [agency]} if kind == "agency" else {"domains": [domain]}
        cases.append((f"{q} [{kind}={flt.get('agencies', flt.get('domains'))[0]}]", q, flt, 0))
    cases.append(("会 [page 3]", "会", {}, 40))

    samples: dict[str, list[float]] = {label: [] for label, *_ in cases}
    totals: dict[str, int] = {}
    for label, q, flt, offset in cases:  # warm up
        totals[label] = index.search(q, offset=offset, **flt).total
    for _ in range(args.repeat):
        for label, q, flt, offset in cases:
            t0 = time.perf_counter()
            index.search(q, offset=offset, **flt)
            samples[label].append((time.perf_counter() - t0) * 1000)

    width = max(_cols(label) for label in samples) + 2
    print(f"\n{_pad('query', width)}{'hits':>6}{'median ms':>11}{'p95 ms':>9}")
    for label, values in samples.items():
        print(f"{_pad(label, width)}{totals[label]:>6}{statistics.median(values):>11.3f}{_pct(values, 0.95):>9.3f}")
    every = [v for values in samples.values() for v in values]
    worst = max(samples, key=lambda label: _pct(samples[label], 0.95))
    p95 = _pct(every, 0.95)
    wp95 = _pct(samples[worst], 0.95)
    print(f"\n{len(cases)} queries × {args.repeat} runs, 20 hits per page with snippets")
    target = f"target ({TARGET_MS:.0f} ms)"
    print(f"all queries: median {statistics.median(every):.3f} ms, p95 {p95:.3f} ms = {p95 / TARGET_MS:.3f} × {target}")
    print(f"slowest query ({worst}): p95 {wp95:.3f} ms = {wp95 / TARGET_MS:.3f} × {target}")


if __name__ == "__main__":
    main()
