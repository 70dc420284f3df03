"""Build an agency's :class:`Rulebook` from its seed file and its manifest (``rulebook.yaml``).

The manifest names each 制度 in document order with its catalog id(s), title, domain, kind and where
it sits in the seed: ``lines: [first, last]`` (1-based, inclusive) for multi-line seeds, or a
table-of-contents entry ``toc: 四-9`` for seed 002, whose whole compendium is one line (a 制度 the
table of contents does not list, 计算机管理制度, is found by its ``heading`` instead). The importer
checks every span against the text and refuses anything that does not fit, so a wrong manifest or a
changed seed fails loudly instead of importing a skewed rulebook.

Other keys of a system entry:
- ``heading``: text found verbatim (white space aside) near the start of the section, when the display
  ``title`` is not (default: the title). Numbering starts after it; it and any preamble form the root.
- ``parser``: ``lines`` (default for multi-line seeds), ``inline`` (default for ``inline_toc``) or
  ``register`` (seed 004's duty-register blocks, see :mod:`.register`).
- ``catalog_offsets``: seed 002 only, the catalog's character range in line 12; not used here, kept for
  the cross-check in the tests.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import BadInput
from .model import Clause, Rulebook, System, WorkItem
from .parser import parse_clauses
from .register import parse_register

KINDS = ("ENFORCE", "WORKFLOW", "CHECKLIST", "TEXT")
PARSERS = ("lines", "inline", "register")
_SQUASH = re.compile(r"[\s\u3000]+")


def _squash(s: str) -> str:
    return _SQUASH.sub("", s)


def _fail(zh: str, en: str) -> BadInput:
    return BadInput(zh, en)


@dataclass(frozen=True)
class Manifest:
    slug: str
    name: str
    name_en: str
    seed: str
    seed_sha256: str
    layout: str
    systems: list[dict[str, Any]]
    path: Path | None = None


def load_manifest(path: Path) -> Manifest:
    """Read and validate a ``rulebook.yaml``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise _fail(f"无法读取清单文件 {path}：{exc}", f"cannot read manifest {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise _fail(f"清单文件 {path} 不是映射", f"manifest {path} is not a mapping")
    missing = [k for k in ("slug", "name", "seed", "seed_sha256", "layout", "systems") if k not in data]
    if missing:
        raise _fail(f"清单文件 {path} 缺少字段：{', '.join(missing)}", f"manifest {path} lacks: {', '.join(missing)}")
    if data["layout"] not in ("lines", "inline_toc"):
        raise _fail(f"未知的版式 {data['layout']!r}", f"unknown layout {data['layout']!r}")
    for i, s in enumerate(data["systems"], 1):
        for key in ("catalog", "title", "domain", "kind"):
            if key not in s:
                raise _fail(f"清单第 {i} 个制度缺少 {key}", f"system #{i} of the manifest lacks {key}")
        if s["kind"] not in KINDS:
            raise _fail(f"第 {i} 个制度的类别 {s['kind']!r} 无效", f"system #{i}: invalid kind {s['kind']!r}")
        if data["layout"] == "lines" and "lines" not in s:
            raise _fail(f"清单第 {i} 个制度缺少 lines", f"system #{i} of the manifest lacks lines")
        if data["layout"] == "inline_toc" and not (s.get("toc") or s.get("heading")):
            raise _fail(f"清单第 {i} 个制度既无 toc 也无 heading", f"system #{i} has neither toc nor heading")
        if s.get("parser", "lines") not in PARSERS:
            raise _fail(f"第 {i} 个制度的解析方式 {s['parser']!r} 无效", f"system #{i}: invalid parser {s['parser']!r}")
    return Manifest(
        slug=data["slug"],
        name=data["name"],
        name_en=data.get("name_en", ""),
        seed=data["seed"],
        seed_sha256=data["seed_sha256"],
        layout=data["layout"],
        systems=list(data["systems"]),
        path=path,
    )


def decode_seed(manifest: Manifest, raw: bytes) -> str:
    """Check the seed's bytes against the manifest and decode them."""
    digest = hashlib.sha256(raw).hexdigest()
    if digest != manifest.seed_sha256:
        raise _fail(
            f"文件内容与 {manifest.slug} 的原始制度文本不符（SHA-256 {digest[:12]}…），拒绝导入",
            f"file does not match the seed of {manifest.slug} (SHA-256 {digest[:12]}…); refused",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # pragma: no cover - guarded by the hash
        raise _fail("文件不是 UTF-8 编码", "file is not UTF-8") from exc


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def _line_spans(text: str, manifest: Manifest) -> list[tuple[int, int]]:
    starts = _line_starts(text)
    n_lines = len(starts)
    spans = []
    prev_end = 0
    for s in manifest.systems:
        first, last = s["lines"]
        if not (1 <= first <= last <= n_lines):
            raise _fail(
                f"《{s['title']}》的行号 {first}–{last} 超出文本范围",
                f"{s['title']}: lines {first}-{last} out of range",
            )
        a = starts[first - 1]
        b = starts[last] if last < n_lines else len(text)
        if a < prev_end:
            raise _fail(f"《{s['title']}》与前一制度重叠", f"{s['title']} overlaps the previous system")
        spans.append((a, b))
        prev_end = b
    return spans


_TOC_PART = re.compile(r"^([一二三四五六七八九十]+)、(.+)$")
_TOC_ITEM = re.compile(r"^(\d+)\.(.+)$")


def parse_toc(line: str) -> tuple[list[tuple[str, str, str]], int]:
    """Read seed 002's table of contents: [(toc id "四-9", part title, item title)], body offset."""
    toc_at = line.find("目 录")
    if toc_at < 0:
        raise _fail("找不到目录（目 录）", "table of contents (目 录) not found")
    items: list[tuple[str, str, str]] = []
    part_no, part_title = "", ""
    pos = toc_at + len("目 录")
    for m in re.finditer(r"\S+", line[pos:]):
        tok = m.group(0)
        pm, im = _TOC_PART.match(tok), _TOC_ITEM.match(tok)
        if pm:
            if items and pm.group(1) == "一":
                return items, pos + m.start()
            part_no, part_title = pm.group(1), pm.group(2)
        elif im and part_no:
            items.append((f"{part_no}-{im.group(1)}", part_title, im.group(2)))
        else:
            raise _fail(f"目录中无法识别的条目：{tok!r}", f"unrecognised table-of-contents entry {tok!r}")
    raise _fail("目录之后找不到正文", "no body after the table of contents")


def _toc_spans(text: str, manifest: Manifest) -> list[tuple[int, int]]:
    """Spans for a one-line compendium located through its own table of contents."""
    line_no = manifest.systems[0].get("line", 12)
    starts = _line_starts(text)
    base = starts[line_no - 1]
    line = text[base : starts[line_no] - 1] if line_no < len(starts) else text[base:]
    items, body = parse_toc(line)
    toc = {tid: title for tid, _part, title in items}
    parts = []  # body offsets of the part headings (一、党组工作制度 …), which belong to no system
    cursor = body
    for part in dict.fromkeys((tid.split("-")[0], p) for tid, p, _ in items):
        at = line.find(f"{part[0]}、{part[1]}", cursor)
        if at < 0:
            raise _fail(f"正文中找不到部分标题 {part[0]}、{part[1]}", f"part heading {part[0]}、{part[1]} not in body")
        parts.append(at)
        cursor = at
    listed = [s for s in manifest.systems if s.get("toc")]
    if [s["toc"] for s in listed] != [tid for tid, _, _ in items]:
        raise _fail("清单与目录的条目不一致", "manifest entries do not match the table of contents")
    begins: list[int] = []
    cursor = body
    for s in manifest.systems:
        needle = f"{s['toc'].split('-')[1]}.{toc[s['toc']]}" if s.get("toc") else s.get("heading", s["title"])
        at = line.find(needle, cursor)
        if at < 0:
            raise _fail(f"正文中找不到《{s['title']}》", f"{s['title']} not found in the body")
        begins.append(at)
        cursor = at + len(needle)
    spans = []
    for i, a in enumerate(begins):
        b = begins[i + 1] if i + 1 < len(begins) else len(line)
        cut = [p for p in parts if a < p < b]
        spans.append((base + a, base + (cut[0] if cut else b)))
    return spans


def _title_end(text: str, title: str) -> int:
    """Offset just after the title (matched ignoring white space) in ``text``; -1 if absent."""
    want = _squash(title)
    if not want:
        return -1
    squashed_idx = [i for i, ch in enumerate(text) if not ch.isspace() and ch != "\u3000"]
    squashed = "".join(text[i] for i in squashed_idx)
    at = squashed.find(want)
    if at < 0:
        return -1
    return squashed_idx[at + len(want) - 1] + 1


def build_rulebook(manifest: Manifest, raw: bytes) -> Rulebook:
    """Parse the seed into systems and clauses, verifying the manifest against the text."""
    text = decode_seed(manifest, raw)
    spans = _toc_spans(text, manifest) if manifest.layout == "inline_toc" else _line_spans(text, manifest)
    book = Rulebook(
        slug=manifest.slug,
        name=manifest.name,
        name_en=manifest.name_en,
        seed_file=manifest.seed,
        seed_sha256=manifest.seed_sha256,
    )
    for number, (spec, (a, b)) in enumerate(zip(manifest.systems, spans, strict=True), 1):
        section = text[a:b]
        heading = spec.get("heading", spec["title"])
        head_end = _title_end(section[:600], heading)
        if head_end < 0:
            raise _fail(
                f"第 {number} 个制度的标题“{heading}”不在其文本开头",
                f"system #{number}: heading {heading!r} not found at the start of its text",
            )
        parser = spec.get("parser", "inline" if manifest.layout == "inline_toc" else "lines")
        clauses: list[Clause]
        if parser == "register":
            try:
                clauses, items = parse_register(section, head_end)
            except ValueError as exc:
                raise _fail(f"第 {number} 个制度不是完整的职责登记表：{exc}", f"system #{number}: {exc}") from exc
            book.work_items.extend(dataclasses.replace(w, system=number) for w in items)
        else:
            clauses = parse_clauses(section, head_end, parser)
        book.systems.append(
            System(
                number=number,
                title=spec["title"],
                title_en=spec.get("title_en", ""),
                catalog_ids=tuple(spec["catalog"]),
                domain=spec["domain"],
                kind=spec["kind"],
                clauses=clauses,
                span=(a, b),
            )
        )
    return book


def agencies_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "agencies"


def seeds_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "data" / "seeds"


def manifests() -> list[Manifest]:
    """All agency manifests shipped with zhidu, in seed order."""
    found = [load_manifest(p) for p in sorted(agencies_dir().glob("*/rulebook.yaml"))]
    return sorted(found, key=lambda m: m.seed)


def load_shipped(slug: str | None = None) -> list[Rulebook]:
    """Build the rulebooks of the shipped agencies (all, or one)."""
    out = []
    for m in manifests():
        if slug is None or m.slug == slug:
            out.append(build_rulebook(m, (seeds_dir() / m.seed).read_bytes()))
    return out


def match_manifest(raw: bytes, filename: str = "") -> Manifest:
    """Which shipped agency a seed file belongs to (by content hash); refuse unknown files."""
    digest = hashlib.sha256(raw).hexdigest()
    for m in manifests():
        if m.seed_sha256 == digest:
            return m
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(
            f"{filename or '文件'} 不是 UTF-8 文本，拒绝导入", f"{filename or 'file'} is not UTF-8 text; refused"
        ) from None
    raise _fail(
        f"{filename or '文件'} 不是已知机构的制度文本（没有与之对应的清单），拒绝导入",
        f"{filename or 'file'} is not the rulebook of a known agency (no manifest matches it); refused",
    )


CATALOG_MAP_COLUMNS = ("catalog_id", "citation_id", "title", "kind", "domain")


def catalog_map(books: list[Rulebook] | None = None) -> list[tuple[str, str, str, str, str]]:
    """One row per catalog section id: (catalog_id, citation_id, title, kind, domain), in seed order.

    Two catalog ids may name one 制度 (S001-34 and S001-60 are both 第三十条 印章管理制度); each keeps
    its row, with the same citation id.
    """
    rows = []
    for book in books if books is not None else load_shipped():
        for s in book.systems:
            for cid in s.catalog_ids:
                rows.append((cid, f"{book.slug}:{s.number}", s.title, s.kind, s.domain))
    return rows


def catalog_map_tsv(books: list[Rulebook] | None = None) -> str:
    """The committed ``agencies/catalog-map.tsv``: a header line and :func:`catalog_map`'s rows."""
    lines = ["\t".join(CATALOG_MAP_COLUMNS)] + ["\t".join(row) for row in catalog_map(books)]
    return "\n".join(lines) + "\n"


def catalog_map_path() -> Path:
    return agencies_dir() / "catalog-map.tsv"


__all__ = [
    "Manifest",
    "WorkItem",
    "build_rulebook",
    "catalog_map",
    "catalog_map_path",
    "catalog_map_tsv",
    "load_manifest",
    "load_shipped",
    "match_manifest",
    "parse_toc",
]
