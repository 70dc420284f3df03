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


def money(raw: Any) -> Decimal:
    """A fact's amount as Decimal (numbers go through ``str`` so 0.1 stays 0.1)."""
    return raw if isinstance(raw, Decimal) else Decimal(str(raw))


def yuan(x: Decimal | int) -> str:
    """``12,345.60 元`` style for traces and messages (drops ``.00``)."""
    d = Decimal(x)
    text = f"{d:,.2f}"
    return (text[:-3] if text.endswith(".00") else text) + " 元"


def num(x: Fraction | Decimal | int | float) -> str:
    """A figure for a trace: integers plain, others to two decimals without trailing zeros."""
    if isinstance(x, Fraction) and x.denominator == 1:
        return str(x.numerator)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, Decimal) and x == x.to_integral_value():
        return str(int(x))
    return f"{float(x):.2f}".rstrip("0").rstrip(".")


def cmp(a: Any, b: Any) -> str:
    """The relation sign between ``a`` and ``b`` for a trace line."""
    return ">" if a > b else "<" if a < b else "="


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
    if len(cited) < 2:
        return cited
    seen: set[str] = set()
    out = []
    for c in cited:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return tuple(out)
