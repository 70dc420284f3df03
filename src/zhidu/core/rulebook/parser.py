"""Split one 制度's text into clause segments by its numbering (第N条, 一、, （一）, 1., （1）, ⑴, ①, ㈠ …).

The hierarchy is inferred the way a reader does it: a marker family seen for the first time opens a
new level under the current clause (it must start at 1); a family already open continues its level
(the next number) and closes everything below it. Chapter headings (第N章/第N节) close every level
but the outermost, so articles keep counting across chapters.

Two modes:
- ``lines``: a marker counts only at the start of a line (multi-line seeds);
- ``inline``: the whole text may be one line (seed 002): a marker counts after white space, or
  anywhere for the enclosed forms (⑴ ① ㈠), but must then be exactly the next number.

A candidate marker that does not fit the sequence (a cross-reference "第三条规定", a date, a
restarted list that would repeat a path) stays part of the running text. Every character of the
input lands in exactly one segment, so the segments join back to the input, and no path repeats
within a system.

Readings of imperfect numbering found in the seeds (each is an interpretation choice):
- Numbering that runs on across parents (一、1、2、3、 二、4、5、, seed 000's 办公楼使用管理制度): the
  item keeps the number it carries, so 二、's first item is path (2, 4), cited as "4、" is written.
- Lines mode tolerates up to two missing numbers in a list (（二） followed by （五）), a list whose
  first marker was lost (（2） with no （1）: the first item stays text of the parent), and a look-alike
  family typed for the expected one (“2、 请（销）假管理” between 一、 and 三、 continues 一、's level).
  A lost first marker is not assumed when the "1" form stands inline just before (附件：1.… 2.…), nor
  when it would nest a higher-ranking family under a lower one (（二） under 1、).
- A restarted list (1、 again inside the same parent) is read as running text, see
  :func:`parse_clauses`.
- A repeated number (seed 002's second 第十四条) does not fit and stays running text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Clause
from .numerals import CN_NUMERAL_CHARS, cn_to_int, enclosed_value

_CN = f"[{CN_NUMERAL_CHARS}]+"
_MARKER_RE = re.compile(
    rf"""
     (?P<chapter>第(?:{_CN}|\d{{1,2}})[章节](?![规办制]))
    |(?P<article>第(?:{_CN}|\d{{1,3}})条)
    |(?P<cn_dun>[一二三四五六七八九十]{{1,3}}[、，])
    |(?P<cn_paren>[（(][一二三四五六七八九十]{{1,3}}[）)])
    |(?P<num_paren>[（(]\d{{1,2}}[）)])
    |(?P<num_dot>\d{{1,2}}[\.．﹒](?![\d]))
    |(?P<num_dun>\d{{1,2}}、)
    |(?P<enclosed>[\u2460-\u2487\u3220-\u3229])
    """,
    re.X,
)
_WS = " \t\u3000\xa0\r\n"


@dataclass(frozen=True)
class Marker:
    start: int  # offset of the marker in the text
    family: str
    number: int
    marker: str


def _read_marker(text: str, pos: int) -> Marker | None:
    m = _MARKER_RE.match(text, pos)
    if not m:
        return None
    kind = m.lastgroup
    assert kind is not None
    raw = m.group(0)
    if kind == "enclosed":
        fam_num = enclosed_value(raw)
        if fam_num is None:  # pragma: no cover - regex and table agree
            return None
        return Marker(pos, fam_num[0], fam_num[1], raw)
    digits = re.sub(r"[第章节条、，.．﹒（）()]", "", raw)
    try:
        number = cn_to_int(digits)
    except ValueError:
        return None
    if number <= 0:
        return None
    if kind == "cn_dun" and raw.endswith("，"):
        return None  # "一，" is prose, not a marker
    return Marker(pos, kind, number, raw)


def _candidates(text: str, mode: str) -> Iterator[tuple[Marker, bool]]:
    """Yield (marker, strict) in text order. ``strict`` markers must be exactly the next number."""
    if mode == "lines":
        pos = 0
        for line in text.splitlines(keepends=True):
            i = pos
            while i < pos + len(line) and text[i] in " \t\u3000\xa0":
                i += 1
            mk = _read_marker(text, i)
            if mk is not None:
                yield mk, False
            pos += len(line)
        return
    for i, ch in enumerate(text):
        if i == 0 or text[i - 1] in _WS:
            if ch in _WS:
                continue
            mk = _read_marker(text, i)
            if mk is not None:
                yield mk, True
        elif enclosed_value(ch) is not None:
            mk = _read_marker(text, i)
            if mk is not None:
                yield mk, True


def _segment_start(text: str, marker_pos: int, mode: str) -> int:
    """Where a segment begins: at the start of the marker's line (lines mode) or at the marker."""
    if mode == "lines":
        return text.rfind("\n", 0, marker_pos) + 1
    return marker_pos


# Marker families that a careless typist swaps for one another at the same level (二、 typed as 2、,
# （二） typed as （2）): a marker of a family not open in the stack may continue an open level of the
# same shape when its number is exactly that level's next number (lines mode only).
_SHAPES = {
    "cn_dun": "dun",
    "num_dun": "dun",
    "num_dot": "dun",
    "cn_paren": "paren",
    "num_paren": "paren",
    "paren_cn": "paren",
    "paren_digit": "paren",
    "circled": "circled",
}
# The usual order of levels in Chinese official documents (GB/T 9704: 一、 > （一） > 1. > （1）).
_RANK = {
    "article": 0,
    "cn_dun": 1,
    "cn_paren": 2,
    "paren_cn": 2,
    "num_dot": 3,
    "num_dun": 3,
    "num_paren": 4,
    "paren_digit": 4,
    "circled": 5,
}
# Lines mode tolerates this many missing numbers in a list (（二） followed by （五）).
_MAX_SKIP = 2

_Cut = tuple[int, tuple[int, ...] | None, str, str, tuple[str, ...]]


def _first_form(marker: str) -> str:
    """The same marker numbered 1 (（三） → （一）, 4、 → 1、, ⑤ → ①)."""
    enclosed = enclosed_value(marker) if len(marker) == 1 else None
    if enclosed is not None:
        return chr(ord(marker) - enclosed[1] + 1)
    return re.sub(r"\d+", "1", re.sub(f"[{CN_NUMERAL_CHARS}]+", "一", marker))


def _place(
    mk: Marker,
    strict: bool,
    stack: list[tuple[str, int]],
    closed: dict[tuple[int, str], int],
    first_inline: bool = False,
) -> list[tuple[str, int]] | None:
    """The new stack if ``mk`` is a clause marker here, else None (it stays running text).

    ``stack`` holds (family, number) per open level, outermost first; ``closed`` the last number of
    each family at each depth whose level was closed by an advance of its parent. ``first_inline``
    says that the list's first marker (1、 for a 2、) stands inside the running text just before.
    """
    families = [f for f, _ in stack]
    skip = 0 if strict else _MAX_SKIP
    if mk.family in families:
        k = len(families) - 1 - families[::-1].index(mk.family)
        prev = stack[k][1]
        if prev < mk.number <= prev + 1 + skip:
            return [*stack[:k], (mk.family, mk.number)]
        return None
    depth = len(stack)
    if mk.number == 1:
        return [*stack, (mk.family, 1)]
    # Numbering that runs on across parents (一、1、2、3、 二、4、5、): the level opens at the number
    # after the last one of the same family at this depth.
    if closed.get((depth, mk.family)) == mk.number - 1:
        return [*stack, (mk.family, mk.number)]
    if strict:
        return None
    # A look-alike family continuing an open level (二、 typed as 2、), innermost level first.
    for k in range(depth - 1, -1, -1):
        fam, prev = stack[k]
        if _SHAPES.get(fam) == _SHAPES.get(mk.family) and mk.number == prev + 1:
            return [*stack[:k], (fam, mk.number)]  # the level keeps its family (and display label)
    # A list whose first item lost its marker (（2） with no （1） before it), as long as it does not
    # nest a higher-ranking family under a lower one (（二） under 1、 is a sibling of a lost （一）).
    if mk.number == 2 and not first_inline and (not stack or _RANK.get(mk.family, 9) >= _RANK.get(stack[-1][0], 9)):
        return [*stack, (mk.family, 2)]
    return None


def parse_clauses(text: str, body_start: int = 0, mode: str = "lines") -> list[Clause]:
    """Parse a system's text into clause segments.

    ``body_start`` is where numbering may begin (after the title); everything before it, and any
    preamble before the first marker, is the root segment.

    A list that restarts at 1 inside the same parent (a second 1、2、3、 under one 第N条, typically
    after an unnumbered lead-in paragraph) would repeat a path. Such a restarted list is left as
    running text of the segment before it, and so is everything numbered inside it, until a marker
    of an enclosing level (or a chapter heading) takes the numbering up again. The alternative,
    nesting it under the preceding clause, would invent a hierarchy the text does not state.
    """
    stack: list[tuple[str, int]] = []
    closed: dict[tuple[int, str], int] = {}
    muted: int | None = None  # depth of a restarted list that is being read as running text
    used: set[tuple[int, ...]] = {()}
    cuts: list[_Cut] = []
    for mk, strict in _candidates(text, mode):
        if mk.start < body_start:
            continue
        if mk.family == "chapter":
            stack, closed, muted = stack[:1], {}, None
            cuts.append((mk.start, None, "chapter", mk.marker, ()))
            continue
        open_families = [f for f, _ in stack]
        if muted is None and mk.number == 1 and mk.family in open_families:
            muted = len(open_families) - 1 - open_families[::-1].index(mk.family)
            continue  # a restarted list: running text (see above)
        since = cuts[-1][0] if cuts else body_start
        new_stack = _place(mk, strict, stack, closed, _first_form(mk.marker) in text[since : mk.start])
        if new_stack is None:
            continue
        depth = len(new_stack) - 1
        if muted is not None and depth >= muted:
            continue  # inside the restarted list
        path = tuple(n for _, n in new_stack)
        if path in used:
            continue
        muted = None
        for d in range(depth + 1, len(stack)):
            closed[(d, stack[d][0])] = stack[d][1]
        closed = {key: n for key, n in closed.items() if key[0] > depth}
        used.add(path)
        stack = new_stack
        cuts.append((mk.start, path, new_stack[-1][0], mk.marker, tuple(f for f, _ in new_stack)))

    kept: list[_Cut] = []
    last = 0
    for pos, cut_path, family, marker, fams in cuts:
        start = max(_segment_start(text, pos, mode), body_start)
        if start <= last and (start > 0 or kept):
            continue  # would make an empty segment
        kept.append((start, cut_path, family, marker, fams))
        last = start
    bounds = [k[0] for k in kept] + [len(text)]
    clauses = [Clause(0, (), "root", "", text[: bounds[0]])]
    for i, (start, cut_path, family, marker, fams) in enumerate(kept):
        clauses.append(Clause(i + 1, cut_path, family, marker, text[start : bounds[i + 1]], fams))
    return clauses
