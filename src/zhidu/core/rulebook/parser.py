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
input lands in exactly one segment, so the segments join back to the input.
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
    |(?P<num_dot>\d{{1,2}}[\.．](?![\d]))
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
    digits = re.sub(r"[第章节条、，.．（）()]", "", raw)
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


def parse_clauses(text: str, body_start: int = 0, mode: str = "lines") -> list[Clause]:
    """Parse a system's text into clause segments.

    ``body_start`` is where numbering may begin (after the title); everything before it, and any
    preamble before the first marker, is the root segment.
    """
    stack: list[tuple[str, int]] = []
    used: set[tuple[int, ...]] = {()}
    cuts: list[tuple[int, tuple[int, ...] | None, str, str, tuple[str, ...]]] = []
    for mk, strict in _candidates(text, mode):
        if mk.start < body_start:
            continue
        if mk.family == "chapter":
            stack = stack[:1]
            cuts.append((mk.start, None, "chapter", mk.marker, ()))
            continue
        families = [f for f, _ in stack]
        if mk.family in families:
            k = families.index(mk.family)
            prev = stack[k][1]
            fits = mk.number == prev + 1 or (not strict and prev < mk.number <= prev + 2)
            if not fits:
                continue
            new_stack = stack[:k] + [(mk.family, mk.number)]
        else:
            if mk.number != 1:
                continue
            new_stack = stack + [(mk.family, 1)]
        path = tuple(n for _, n in new_stack)
        if path in used:
            continue
        used.add(path)
        stack = new_stack
        cuts.append((mk.start, path, mk.family, mk.marker, tuple(f for f, _ in new_stack)))

    kept: list[tuple[int, tuple[int, ...] | None, str, str, tuple[str, ...]]] = []
    last = 0
    for pos, path, family, marker, fams in cuts:
        start = max(_segment_start(text, pos, mode), body_start)
        if start <= last and (start > 0 or kept):
            continue  # would make an empty segment
        kept.append((start, path, family, marker, fams))
        last = start
    bounds = [k[0] for k in kept] + [len(text)]
    clauses = [Clause(0, (), "root", "", text[: bounds[0]])]
    for i, (start, path, family, marker, fams) in enumerate(kept):
        clauses.append(Clause(i + 1, path, family, marker, text[start : bounds[i + 1]], fams))
    return clauses
