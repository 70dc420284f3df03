"""Per-agency parameters with dated values, kept in ``agencies/<slug>/parameters/<family>.yaml``.

Like OpenFisca's parameters: each named parameter has values keyed by the date from which they hold,
each with the clause it comes from (and a verbatim quote, checked like a rule's citation) and, where
the text allows two readings, the reading chosen and why. Money is Decimal, fractions are Fraction;
no float ever carries a figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from ..errors import BadInput, NotFound

# libyaml's safe loader where PyYAML was built with it: the same documents, parsed about five times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

UNITS = ("yuan", "fraction", "count", "days", "working_days", "months", "hours", "flag", "text", "choice")


@dataclass(frozen=True)
class ParamValue:
    since: dt.date
    value: Any
    cite: str
    quote: str
    reading: str = ""


@dataclass(frozen=True)
class Parameter:
    name: str
    unit: str
    description: str
    values: tuple[ParamValue, ...]

    def at(self, on: dt.date) -> ParamValue:
        best = None
        for v in self.values:
            if v.since <= on and (best is None or v.since > best.since):
                best = v
        if best is None:
            raise NotFound(
                f"参数 {self.name} 在 {on.isoformat()} 尚无生效值",
                f"parameter {self.name} has no value in force on {on.isoformat()}",
                "on",
            )
        return best


def _coerce(unit: str, raw: Any, where: str) -> Any:
    try:
        if unit == "yuan":
            return Decimal(str(raw))
        if unit == "fraction":
            return Fraction(str(raw))
        if unit in ("count", "days", "working_days", "months", "hours"):
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ValueError(raw)
            return raw
        if unit == "flag":
            if not isinstance(raw, bool):
                raise ValueError(raw)
            return raw
    except (ValueError, InvalidOperation, ZeroDivisionError) as exc:
        raise ValueError(f"{where}: value {raw!r} does not fit unit {unit}") from exc
    return raw


@dataclass
class Parameters:
    """All agencies' parameters: ``params.value("tongyu-hrss", "finance.collective_threshold", on)``."""

    by_agency: dict[str, dict[str, Parameter]] = field(default_factory=dict)
    _cache: dict[tuple[str, str, dt.date], Any] = field(default_factory=dict, repr=False, compare=False)

    def get(self, agency: str, name: str) -> Parameter:
        try:
            return self.by_agency[agency][name]
        except KeyError:
            raise NotFound(
                f"机构 {agency} 没有参数 {name}", f"agency {agency} has no parameter {name}", "parameter"
            ) from None

    def value(self, agency: str, name: str, on: dt.date) -> Any:
        key = (agency, name, on)
        try:
            return self._cache[key]
        except KeyError:
            pass
        v = self.get(agency, name).at(on).value
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[key] = v
        return v

    def citations(self) -> list[tuple[str, str, str]]:
        """(where, cite id, quote) for every dated value, to anchor like rules."""
        return [
            (f"{agency}/{p.name}@{v.since}", v.cite, v.quote)
            for agency, params in self.by_agency.items()
            for p in params.values()
            for v in p.values
        ]

    @classmethod
    def load(cls, agencies_dir: Path) -> Parameters:
        """Every ``<slug>/parameters/*.yaml`` (one file per 制度 family); a name defined twice is an error."""
        out = cls()
        for path in sorted(agencies_dir.glob("*/parameters/*.yaml")):
            slug = path.parent.parent.name
            mine = out.by_agency.setdefault(slug, {})
            for name, param in load_file(path).items():
                if name in mine:
                    raise ValueError(f"{slug}/{name}: defined twice (again in {path.name})")
                mine[name] = param
        return out


def load_file(path: Path) -> dict[str, Parameter]:
    try:
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.load(text, Loader=_LOADER) or {}  # a safe loader (libyaml's when built)
        except yaml.YAMLError:
            data = yaml.safe_load(text) or {}  # the pure-Python parser words the error, as it always has
    except (OSError, yaml.YAMLError) as exc:
        raise BadInput(f"无法读取参数文件 {path}：{exc}", f"cannot read parameters {path}: {exc}") from exc
    params: dict[str, Parameter] = {}
    for name, spec in data.items():
        where = f"{path.parent.parent.name}/{path.name}/{name}"
        unit = spec.get("unit", "")
        if unit not in UNITS:
            raise ValueError(f"{where}: unknown unit {unit!r}")
        values = []
        for v in spec.get("values", []):
            since = v["since"]
            if not isinstance(since, dt.date):
                raise ValueError(f"{where}: since must be a date, got {since!r}")
            values.append(
                ParamValue(since, _coerce(unit, v["value"], where), v["cite"], v["quote"], v.get("reading", ""))
            )
        if not values:
            raise ValueError(f"{where}: no values")
        params[name] = Parameter(name, unit, spec.get("description", ""), tuple(values))
    return params
