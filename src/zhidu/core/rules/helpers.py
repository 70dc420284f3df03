"""Small shared pieces for rule modules: money and shares from facts, schema fragments, trace formatting.

Money arrives in facts as a JSON number or a decimal string and becomes ``Decimal`` through ``money``;
no figure is ever carried as a float.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from .model import CitedClause

# JSON Schema fragments (facts are JSON; amounts may be numbers or strings such as "5000.00")
MONEY: dict[str, Any] = {
    "type": ["number", "string"],
    "pattern": r"^\d{1,12}(\.\d{1,2})?$",
    "minimum": 0,
    "maximum": 999_999_999_999,
    "description": "金额（元，最多两位小数） amount in yuan",
}
DATE: dict[str, Any] = {
    "type": "string",
    "format": "date",
    "pattern": r"^(19\d\d|20\d\d|2100)-\d\d-\d\d$",  # 1900–2100 (birth dates included)
    "description": "日期 YYYY-MM-DD",
}
COUNT: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 100_000}
DAYS: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 3660}
FLAG: dict[str, Any] = {"type": "boolean"}
SCORE: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 1000}


def described(base: Mapping[str, Any], desc: str) -> dict[str, Any]:
    """The fragment ``base`` (DATE, FLAG, MONEY…) for one fact, with its description."""
    return {**base, "description": desc}


def bilingual(base: Mapping[str, Any], zh: str, en: str) -> dict[str, Any]:
    """The fragment ``base`` with the description ``"<zh> · <en>"``."""
    return {**base, "description": f"{zh} · {en}"}


def obj(required: Iterable[str], props: Mapping[str, Any], description: str = "") -> dict[str, Any]:
    """A facts schema: an object with exactly these properties (each carrying a description)."""
    out: dict[str, Any] = {
        "type": "object",
        "required": list(required),
        "additionalProperties": False,
        "properties": dict(props),
    }
    if description:
        out["description"] = description
    return out


def enum(desc: str, values: Iterable[str]) -> dict[str, Any]:
    return {"enum": list(values), "description": desc}


def enum_list(desc: str, values: Iterable[str]) -> dict[str, Any]:
    """Several of ``values``, each at most once."""
    return {"type": "array", "items": {"enum": list(values)}, "uniqueItems": True, "description": desc}


def integer(desc: str, lo: int = 0, hi: int = 100_000) -> dict[str, Any]:
    return {"type": "integer", "minimum": lo, "maximum": hi, "description": desc}


def number(desc: str, lo: float = 0, hi: float = 100_000) -> dict[str, Any]:
    return {"type": "number", "minimum": lo, "maximum": hi, "description": desc}


def money(raw: Any) -> Decimal:
    """A fact's amount as Decimal (numbers go through ``str`` so 0.1 stays 0.1; an int or a string is read as
    it is, which is the same)."""
    t = type(raw)
    if t is Decimal:
        same: Decimal = raw
        return same
    if t is int or t is str:
        return Decimal(raw)
    return raw if isinstance(raw, Decimal) else Decimal(str(raw))


def yuan(x: Decimal | int) -> str:
    """``12,345.60 元`` style for traces and messages (drops ``.00``)."""
    d = x if type(x) is Decimal else Decimal(x)
    text = f"{d:,.2f}"
    return (text[:-3] if text.endswith(".00") else text) + " 元"


def num(x: Fraction | Decimal | int | float) -> str:
    """A figure for a trace: integers plain, others to two decimals without trailing zeros."""
    if type(x) is int:
        return str(x)
    if type(x) is Fraction:
        n, d = x.numerator, x.denominator
        if d == 1:
            return str(n)
        return f"{n / d:.2f}".rstrip("0").rstrip(".")  # n / d is float(x)
    elif type(x) is Decimal:
        if x == x.to_integral_value():
            return str(int(x))
    elif isinstance(x, int):
        return str(x)
    elif isinstance(x, Decimal) and x == x.to_integral_value():
        return str(int(x))
    elif isinstance(x, Fraction) and x.denominator == 1:
        return str(x.numerator)
    return f"{float(x):.2f}".rstrip("0").rstrip(".")


def cmp(a: Any, b: Any) -> str:
    """The relation sign between ``a`` and ``b`` for a trace line."""
    return ">" if a > b else "<" if a < b else "="


class _IsoDates(dict[Any, str]):
    """Dates (and datetimes) in ISO form, each written once: traces and messages show the same few dates
    again and again, and ``date.isoformat`` goes through C ``printf``."""

    def __missing__(self, when: Any) -> str:
        text: str = when.isoformat()
        if getattr(when, "tzinfo", None) is not None:
            return text  # aware datetimes at the same instant are equal but written differently: not kept
        if len(self) >= 100_000:
            self.clear()
        self[when] = text
        return text


iso = _IsoDates().__getitem__  # iso(d) == d.isoformat()


def day(raw: str) -> dt.date:
    """A fact's date (YYYY-MM-DD, already checked by the schema)."""
    return dt.date.fromisoformat(raw)


def day_of(facts: Mapping[str, Any], key: str) -> dt.date | None:
    """The date under ``key`` in the facts, or None when it was not given."""
    raw = facts.get(key)
    return dt.date.fromisoformat(raw) if raw else None


def unique_clauses(cited: Iterable[CitedClause]) -> tuple[CitedClause, ...]:
    """Each clause once, in first-cited order (a rule and its parameters often cite the same clause)."""
    cited = tuple(cited)
    n = len(cited)
    if n < 2:
        return cited
    if n == 2:
        return cited if cited[0].id != cited[1].id else cited[:1]
    seen: set[str] = set()
    out = []
    for c in cited:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return tuple(out) if len(out) < n else cited
