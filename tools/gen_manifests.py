"""One-off: draft the per-agency rulebook manifests from ../shared/spec catalogs.

The committed manifests (src/zhidu/agencies/<slug>/rulebook.yaml) were produced by this script and
then checked and corrected by hand against the seeds; the importer verifies every title and span.
Kept for provenance; the application never reads ../shared at run time.
"""

import re
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

HEAD = re.compile(r"^### (S\d{3}-\d{2}) (.*)$")


def blocks(paths):
    cur = None
    for p in paths:
        for line in (SPEC / p).read_text(encoding="utf-8").splitlines():
            m = HEAD.match(line)
            if m:
                cur = {"id": m[1], "head": m[2], "lines": []}
                yield cur
            elif line.startswith("## ") and cur:
                cur = None
            elif cur is not None:
                cur["lines"].append(line)


def field(b, name):
    for line in b["lines"]:
        m = re.match(rf"^- (?:\*\*)?{name}(?::\*\*|\*\*:|:)\s*(.*)$", line, re.I)
        if m:
            return m[1]
    return ""


def main(seed_no, *cats):
    seed = next(SEEDS.glob(f"{seed_no}_*.txt"))
    lines = seed.read_text(encoding="utf-8").split("\n")
    for b in list(blocks(cats)):
        zh, _, en = b["head"].partition(" — ")
        where = field(b, "where")
        dom = field(b, "domain").split()[0] if field(b, "domain") else "other"
        impl = field(b, "implementability")
        kind = re.search(r"ENFORCE|WORKFLOW|CHECKLIST|TEXT", impl)
        m = re.search(r"(?:lines?|L)\s*(\d+)\s*[–-]\s*L?(\d+)", where)
        c = re.search(r"chars \[(\d+),\s*(\d+)\)", where)
        span = f"lines: [{m[1]}, {m[2]}]" if m else (f"offsets: [{c[1]}, {c[2]}]" if c else f"where: {where!r}")
        first = ""
        if m:
            for ln in lines[int(m[1]) - 1 : int(m[2])]:
                if ln.strip():
                    first = ln.strip()[:40]
                    break
        print(f"- catalog: [{b['id']}]\n  title: {zh.strip()!r}\n  title_en: {en.strip()!r}\n  {span}\n"
              f"  domain: {dom}\n  kind: {kind[0] if kind else '?'}\n  # first line: {first}")


if __name__ == "__main__":
    main(*sys.argv[1:])


def squash(s):
    return re.sub(r"[\s\u3000]+", "", s)


def strip_quotes(s):
    return re.sub(r"[\"“”\"']", "", s)


def propose(seed_no, *cats):
    """Return draft system dicts with a verbatim title where one can be found."""
    seed = next(SEEDS.glob(f"{seed_no}_*.txt"))
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    if seed_no == "002":
        lines = None
    out = []
    for b in list(blocks(cats)):
        zh, _, en = b["head"].partition(" — ")
        where = field(b, "where")
        dom = (field(b, "domain").split() or ["other"])[0]
        kind = re.search(r"ENFORCE|WORKFLOW|CHECKLIST|TEXT", field(b, "implementability"))
        d = {"catalog": [b["id"]], "title": None, "title_en": en.strip(), "domain": dom,
             "kind": kind[0] if kind else None}
        m = re.search(r"(?:lines?|L)\s*(\d+)\s*[–-]\s*L?(\d+)", where)
        c = re.search(r"chars \[(\d+),\s*(\d+)\)", where)
        if m:
            d["lines"] = [int(m[1]), int(m[2])]
            head = "\n".join(lines[int(m[1]) - 1 : int(m[1]) + 8])
        else:
            d["offsets"] = [int(c[1]), int(c[2])]
            head = text.split("\n")[11][int(c[1]) : int(c[1]) + 120]
        cand = re.sub(r"^(第[一二三四五六七八九十百]+[条章]\s*|[一二三四五六七八九十]+、)", "", zh.strip())
        cand = re.sub(r"\s*[(（]\+.*$", "", cand).split(" · ")[-1]
        cand = re.sub(r"^附件：", "", cand)
        for t in (cand, strip_quotes(cand)):
            if (squash(t) and squash(t) in strip_quotes(squash(head))) or squash(t) in squash(head):
                d["title"] = t
                break
        if d["title"] is None:
            d["title"] = "??" + zh.strip()
            d["head"] = head[:80]
        out.append(d)
    return out
