"""Search-only normalisation of clause text, with a map back to the verbatim text.

Every character of the source is folded on its own: NFKC (full-width → half-width, ⑴ → (1) …), then
lowercased. Whitespace and invisible format characters are dropped, so "民 主生活会" reads as
民主生活会; letters, digits and marks are kept; anything else (punctuation, symbols) becomes a single
break (:data:`SEP`). Two numeric cases keep their meaning: a thousands comma (5,000) is dropped and a
decimal point (3.5) is kept. ``offsets[i]`` is the index in the source text of the character that
produced ``norm[i]``, so a span found in the normalised text maps back to a span of the original.
"""

from __future__ import annotations

import unicodedata
from array import array
from operator import add

SEP = " "  # a break; never a token character since whitespace is dropped
_DROP = ""
_CACHE_MAX = 1 << 16
_cache: dict[str, str] = {}
_kept: set[str] = set()  # characters whose normalised form is themselves, a token character


def _fold_uncached(ch: str) -> str:
    out: list[str] = []
    for c in unicodedata.normalize("NFKC", ch).lower():
        if c.isspace():
            continue
        cat = unicodedata.category(c)
        if cat in ("Cc", "Cf"):  # control and format characters (ZWSP, BOM, soft hyphen …)
            continue
        if cat[0] in "LNM" or c in ",.":  # "," and "." are resolved in context by normalize()
            out.append(c)
        else:
            out.append(SEP)
    return "".join(out)


def fold_char(ch: str) -> str:
    """Normalised form of one source character: token characters, ``SEP``, "," / "." or ""."""
    f = _cache.get(ch)
    if f is None:
        f = _fold_uncached(ch)
        if len(_cache) < _CACHE_MAX:
            _cache[ch] = f
            if f == ch and f != SEP and f not in ",.":
                _kept.add(ch)
    return f


def _is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def _digits_ahead(text: str, i: int) -> int:
    """How many source characters from ``i`` on fold to a single ASCII digit (counted up to 4)."""
    n = 0
    while n < 4 and i + n < len(text):
        f = fold_char(text[i + n])
        if len(f) != 1 or not _is_digit(f):
            break
        n += 1
    return n


def normalize(text: str) -> tuple[str, array[int]]:
    """``(norm, offsets)``: the search form of ``text`` and, per character of it, its source index.

    Runs of breaks collapse into one ``SEP``; ``norm`` neither starts nor ends with one.
    """
    chars: list[str] = []
    offs: list[int] = []
    push_char = chars.append
    push_off = offs.append
    kept = _kept
    last_sep = True  # no leading SEP
    for i, ch in enumerate(text):
        if ch in kept:  # the common case
            push_char(ch)
            push_off(i)
            last_sep = False
            continue
        f = fold_char(ch)
        if not f:
            continue
        for c in f:
            if c in ",.":
                prev_digit = not last_sep and _is_digit(chars[-1])
                ahead = _digits_ahead(text, i + 1) if prev_digit else 0
                if c == "," and ahead == 3:
                    continue  # thousands separator: 5,000 → 5000
                if c == "." and ahead >= 1:
                    push_char(c)  # decimal point: 3.5 stays 3.5
                    push_off(i)
                    last_sep = False
                    continue
                c = SEP
            if c == SEP:
                if last_sep:
                    continue
                last_sep = True
            else:
                last_sep = False
            push_char(c)
            push_off(i)
    if chars and chars[-1] == SEP:
        chars.pop()
        offs.pop()
    return "".join(chars), array("I", offs)


def segments(norm: str) -> list[str]:
    """The runs of token characters of a normalised string."""
    return [s for s in norm.split(SEP) if s]


def bigrams(segment: str) -> list[str]:
    return list(map(add, segment, segment[1:]))


def query_grams(segment: str) -> list[str]:
    """Grams that must all occur for ``segment`` to match: its bigrams, or the character itself."""
    return [segment] if len(segment) == 1 else bigrams(segment)


def index_grams(norm: str) -> list[str]:
    """Every unigram and bigram of a normalised text (bigrams never cross a break)."""
    out: list[str] = []
    for s in segments(norm):
        out.extend(s)
        out.extend(map(add, s, s[1:]))
    return out
