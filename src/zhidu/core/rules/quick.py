"""A quick acceptance test for facts, run before the compiled validator on every verdict.

``quick_accept(schema)`` builds a predicate that answers True only for facts the compiled validator
(fastjsonschema, draft-07 reading, ``$`` as ``\\Z``, the engine's ``date`` format) would accept as well: exact
Python types from a JSON parser (``dict``, ``list``, ``str``, ``int``, ``float``, ``bool``), each keyword
tested the same way. Anything it is not sure about (a float where an integer is asked for, a keyword it does
not know, a ``multipleOf`` on a non-integer) answers False, and the engine then runs the full validator, which
accepts or words the error as before. So it can only save work, never change what is valid.

Strings that passed a string schema (pattern, format, length, enum) are remembered per schema: the same
dates and amounts come back verdict after verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

Check = Callable[[Any], bool]

# keywords that constrain nothing
_NOTES = frozenset({"description", "title", "examples", "$comment", "default"})
_DOLLAR = re.compile(r"(?<!\\)\$")  # fastjsonschema's DOLLAR_FINDER: `$` is read as end of string (\Z)
_MEMO_MAX = 4096


def quick_accept(schema: Mapping[str, Any], formats: Mapping[str, Callable[[str], bool]]) -> Check | None:
    """The predicate for ``schema`` (an object schema), or None when the schema uses what it does not know."""
    try:
        check = _compile(schema, formats)
    except _Unsupported:
        return None
    return check


class _Unsupported(Exception):
    pass


def _never(_: Any) -> bool:
    return False


def _compile(s: Any, formats: Mapping[str, Callable[[str], bool]]) -> Check:
    if not isinstance(s, Mapping):
        raise _Unsupported
    keys = set(s) - _NOTES
    types = s.get("type")
    if not keys:
        return _true
    if types is None:
        if "enum" in keys and keys <= {"enum"}:
            return _enum(s["enum"])
        raise _Unsupported
    tlist = [types] if isinstance(types, str) else list(types)
    keys.discard("type")
    if tlist == ["object"]:
        return _object(s, keys, formats)
    if tlist == ["array"]:
        return _array(s, keys, formats)
    parts: dict[str, Check] = {}
    string_keys = {"pattern", "format", "minLength", "maxLength", "enum"}
    number_keys = {"minimum", "maximum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum", "enum"}
    if keys - string_keys - number_keys:
        raise _Unsupported
    if "enum" in keys and tlist != ["string"]:
        raise _Unsupported
    for t in tlist:
        if t == "string":
            parts["str"] = _string(s, keys & string_keys, formats)
        elif t in ("integer", "number"):
            parts["int"] = _int(s, keys & number_keys)
            if t == "number":
                parts["float"] = _float(s, keys & number_keys)
        elif t == "boolean":
            parts["bool"] = _true
        elif t == "null":
            parts["NoneType"] = _true
        else:
            raise _Unsupported
    if len(parts) == 1:
        ((name, inner),) = parts.items()
        want = {"str": str, "int": int, "float": float, "bool": bool, "NoneType": type(None)}[name]
        if inner is _true:
            return lambda v: type(v) is want
        return lambda v: type(v) is want and inner(v)
    by_type = {
        {"str": str, "int": int, "float": float, "bool": bool, "NoneType": type(None)}[k]: c for k, c in parts.items()
    }
    get = by_type.get

    def multi(v: Any) -> bool:
        c = get(type(v))
        return c is not None and c(v)

    return multi


def _true(_: Any) -> bool:
    return True


def _enum(values: Any) -> Check:
    if not isinstance(values, list):
        raise _Unsupported
    if all(type(x) is str for x in values):
        strings = frozenset(values)
        return lambda v: type(v) is str and v in strings
    if all(type(x) is int for x in values):  # integers only: 1.0 and True are left to the full validator
        ints = frozenset(values)
        return lambda v: type(v) is int and v in ints
    raise _Unsupported


def _string(s: Mapping[str, Any], keys: set[str], formats: Mapping[str, Callable[[str], bool]]) -> Check:
    tests: list[Check] = []
    if "enum" in keys:
        tests.append(_enum(s["enum"]))
        keys = keys - {"enum"}
    if not keys:
        return tests[0] if tests else _true
    seen, test = _string_memo(s, keys, formats)
    tests.append(lambda v: v in seen or test(v))
    if len(tests) == 1:
        return tests[0]
    return lambda v: all(t(v) for t in tests)


_STRING_MEMOS: dict[tuple[Any, ...], tuple[set[str], Check]] = {}


def _string_memo(
    s: Mapping[str, Any], keys: set[str], formats: Mapping[str, Callable[[str], bool]]
) -> tuple[set[str], Check]:
    """The set of strings known to pass ``keys`` (pattern, format, lengths), and the test that adds to it: one
    per such test, shared by every property and schema that asks it (all the dates of all the checks, say)."""
    if keys - {"minLength", "maxLength", "pattern", "format"}:
        raise _Unsupported
    if "format" in keys and formats.get(s["format"]) is None:
        raise _Unsupported
    same = tuple((k, type(s[k]), formats.get(s[k]) if k == "format" else s[k]) for k in sorted(keys))
    try:
        found = _STRING_MEMOS.get(same)
    except TypeError:  # a keyword value that cannot be a key: not shared
        return _new_string_memo(s, keys, formats)
    if found is None:
        found = _STRING_MEMOS[same] = _new_string_memo(s, keys, formats)
    return found


def _new_string_memo(
    s: Mapping[str, Any], keys: set[str], formats: Mapping[str, Callable[[str], bool]]
) -> tuple[set[str], Check]:
    tests: list[Check] = []
    if "minLength" in keys:
        lo = s["minLength"]
        if type(lo) is not int:
            raise _Unsupported
        tests.append(lambda v: len(v) >= lo)
    if "maxLength" in keys:
        hi = s["maxLength"]
        if type(hi) is not int:
            raise _Unsupported
        tests.append(lambda v: len(v) <= hi)
    if "pattern" in keys:
        search = re.compile(_DOLLAR.sub(r"\\Z", s["pattern"])).search
        tests.append(lambda v: search(v) is not None)
    if "format" in keys:
        fmt = formats.get(s["format"])
        if fmt is None:
            raise _Unsupported
        tests.append(fmt)
    if keys - {"minLength", "maxLength", "pattern", "format"}:
        raise _Unsupported
    seen: set[str] = set()

    def test(v: str) -> bool:
        for t in tests:
            if not t(v):
                return False
        if len(seen) >= _MEMO_MAX:
            seen.clear()
        seen.add(v)
        return True

    return seen, test


def _bounds(s: Mapping[str, Any], keys: set[str]) -> tuple[Any, Any, Any, Any]:
    lo, hi = s.get("minimum"), s.get("maximum")
    xlo, xhi = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
    for b in (lo, hi, xlo, xhi):
        if b is not None and type(b) not in (int, float):
            raise _Unsupported
    return lo, hi, xlo, xhi


def _int(s: Mapping[str, Any], keys: set[str]) -> Check:
    lo, hi, xlo, xhi = _bounds(s, keys)
    step = s.get("multipleOf")
    if step is not None and (type(step) is not int or step <= 0):
        # 0.5, 0.25…: every integer is a multiple (fastjsonschema divides Decimal(repr(v)) by Decimal(repr(step)))
        whole = type(step) is float and step > 0 and (Decimal(1) / Decimal(repr(step))) % 1 == 0
        if not (whole and hi is not None and abs(hi) < 10**15):
            raise _Unsupported
        step = None
    if xlo is None and xhi is None and step is None:
        if lo is not None and hi is not None:
            return lambda v: lo <= v <= hi
        if lo is not None:
            return lambda v: lo <= v
        if hi is not None:
            return lambda v: v <= hi
        return _true

    def check(v: int) -> bool:
        return (
            (lo is None or v >= lo)
            and (hi is None or v <= hi)
            and (xlo is None or v > xlo)
            and (xhi is None or v < xhi)
            and (step is None or v % step == 0)
        )

    return check


def _float(s: Mapping[str, Any], keys: set[str]) -> Check:
    lo, hi, xlo, xhi = _bounds(s, keys)
    step = s.get("multipleOf")
    per = 0
    if step is not None:
        # halves, quarters, eighths of a bounded figure: v is a multiple iff v × (1/step) is whole, exactly as
        # fastjsonschema's Decimal(repr(v)) / Decimal(repr(step)) decides (both are exact for such floats)
        if step not in (0.5, 0.25, 0.125) or hi is None or not abs(hi) <= 10**9 or (lo is None and xlo is None):
            return _never
        per = int(1 / step)

    def check(v: float) -> bool:
        return (
            (lo is None or v >= lo)
            and (hi is None or v <= hi)
            and (xlo is None or v > xlo)
            and (xhi is None or v < xhi)
            and (not per or (v * per).is_integer())
        )

    return check


def _array(s: Mapping[str, Any], keys: set[str], formats: Mapping[str, Callable[[str], bool]]) -> Check:
    if keys - {"items", "uniqueItems", "minItems", "maxItems"}:
        raise _Unsupported
    item = _compile(s["items"], formats) if "items" in s else None
    unique = s.get("uniqueItems", False)
    lo, hi = s.get("minItems"), s.get("maxItems")
    for b in (lo, hi):
        if b is not None and type(b) is not int:
            raise _Unsupported
    if unique not in (True, False):
        raise _Unsupported

    def check(v: Any) -> bool:
        if type(v) is not list:
            return False
        n = len(v)
        if (lo is not None and n < lo) or (hi is not None and n > hi):
            return False
        if item is not None:
            for x in v:
                if not item(x):
                    return False
        if unique and n > 1:
            for x in v:  # only strings are compared by a set here (1, 1.0 and True are not the same item)
                if type(x) is not str:
                    return False
            return len(set(v)) == n
        return True

    return check


# How a property of an object is tested, the plainest cases inline (no call): (kind, a, b)
_INT_RANGE, _STR_IN, _BOOL, _STR_SEEN, _NUM_RANGE, _NUM_STEP, _NUM_OR_STR, _STR_LIST, _CALL = range(9)
_STRING_KEYS = {"pattern", "format", "minLength", "maxLength"}


def _figure(x: Any) -> bool:
    return type(x) in (int, float) and x == x and abs(x) <= 10**15


def _spec(s: Any, formats: Mapping[str, Callable[[str], bool]]) -> tuple[int, Any, Any]:
    """The test of one property: an integer or number range (halves allowed), a string from a set, a
    boolean, a string checked once (then remembered), an amount as number or string, a list of strings
    from a set, or else the compiled predicate."""
    check = _compile(s, formats)  # refuses what it does not know, whatever the shortcut below
    keys = set(s) - _NOTES
    t = s.get("type")
    lo, hi = s.get("minimum"), s.get("maximum")
    if t == "integer" and keys == {"type", "minimum", "maximum"} and type(lo) is int and type(hi) is int:
        return (_INT_RANGE, lo, hi)
    if keys == {"enum"} or (t == "string" and keys == {"type", "enum"}):
        values = s["enum"]
        if all(type(x) is str for x in values):
            return (_STR_IN, frozenset(values), None)
    if t == "boolean" and keys == {"type"}:
        return (_BOOL, None, None)
    if t == "string" and keys - {"type"} and keys - {"type"} <= _STRING_KEYS:
        seen, test = _string_memo(s, keys - {"type"}, formats)
        return (_STR_SEEN, seen, test)
    if t == "number" and _figure(lo) and _figure(hi):
        if keys == {"type", "minimum", "maximum"}:
            return (_NUM_RANGE, lo, hi)
        if keys == {"type", "minimum", "maximum", "multipleOf"} and s["multipleOf"] in (0.5, 0.25, 0.125):
            # every integer is a multiple; a float v is one iff v × (1/step) is whole (see _int, _float)
            return (_NUM_STEP, (lo, hi), int(1 / s["multipleOf"]))
    if isinstance(t, list) and sorted(t) == ["number", "string"] and _figure(lo) and _figure(hi):
        rest = keys - {"type", "minimum", "maximum"}
        if rest <= _STRING_KEYS:
            return (_NUM_OR_STR, (lo, hi), _string_memo(s, rest, formats) if rest else None)
    if t == "array" and keys <= {"type", "items", "uniqueItems", "minItems", "maxItems"}:
        items = s.get("items")
        item_keys = set(items) - _NOTES if isinstance(items, Mapping) else set()
        if item_keys == {"enum"} or (
            items is not None and items.get("type") == "string" and item_keys == {"type", "enum"}
        ):
            values = items["enum"]
            lo_n, hi_n = s.get("minItems", 0), s.get("maxItems")
            if all(type(x) is str for x in values) and type(lo_n) is int and (hi_n is None or type(hi_n) is int):
                return (_STR_LIST, frozenset(values), (bool(s.get("uniqueItems", False)), lo_n, hi_n))
    return (_CALL, check, None)


def _test_code(i: int, kind: int, a: Any, b: Any, names: dict[str, Any]) -> list[str]:
    """Lines (at the depth of a branch on the key) that return False when value ``v`` fails the test."""
    fail = ["    return False"]
    if kind == _INT_RANGE:
        return [f"if type(v) is not int or not {a!r} <= v <= {b!r}:", *fail]
    if kind == _STR_IN:  # written as a set of literals: Python keeps it as a constant of the test's code
        return [f"if type(v) is not str or v not in {_literal_set(a)}:", *fail]
    if kind == _BOOL:
        return ["if type(v) is not bool:", *fail]
    if kind == _STR_SEEN:
        names[f"a{i}"], names[f"b{i}"] = a, b
        return [f"if type(v) is not str or (v not in a{i} and not b{i}(v)):", *fail]
    if kind == _NUM_RANGE:
        return [f"if (type(v) is not int and type(v) is not float) or not {a!r} <= v <= {b!r}:", *fail]
    if kind == _NUM_STEP:
        return [
            "if type(v) is int:",
            f"    if not {a[0]!r} <= v <= {a[1]!r}:",
            "        return False",
            f"elif type(v) is not float or not {a[0]!r} <= v <= {a[1]!r} or not (v * {b}).is_integer():",
            *fail,
        ]
    if kind == _NUM_OR_STR:
        lines = [
            "if type(v) is int or type(v) is float:",
            f"    if not {a[0]!r} <= v <= {a[1]!r}:",
            "        return False",
        ]
        if b is None:
            return [*lines, "elif type(v) is not str:", *fail]
        names[f"a{i}"], names[f"b{i}"] = b
        return [*lines, f"elif type(v) is not str or (v not in a{i} and not b{i}(v)):", *fail]
    if kind == _STR_LIST:
        names[f"a{i}"] = a
        unique, lo_n, hi_n = b
        size = [f"len(v) < {lo_n}"] if lo_n else []
        size += [f"len(v) > {hi_n}"] if hi_n is not None else []
        lines = [f"if type(v) is not list{''.join(' or ' + c for c in size)}:", *fail, "try:"]
        # only strings are in the set (a value equal to one of them is a string too); a list or dict in the
        # list cannot be looked up: TypeError, left to the full validator
        test = f"not a{i}.issuperset(v)" + (" or len(set(v)) != len(v)" if unique else "")
        return [*lines, f"    if {test}:", "        return False", "except TypeError:", *fail]
    names[f"a{i}"] = a
    return [f"if not a{i}(v):", *fail]


def _literal_set(strings: Any) -> str:
    """``{'a', 'b'}``: ``x in {'a', 'b'}`` compiles to a test against a frozenset constant (``()`` when there
    are none: ``{}`` would be a dict)."""
    return "{" + ", ".join(repr(x) for x in sorted(strings)) + "}" if strings else "()"


def _same_test(spec: tuple[int, Any, Any]) -> tuple[Any, ...]:
    """What makes two properties' tests the same: the kind, and its bounds, sets or shared memo (by identity:
    a string memo is shared by all properties that ask the same, see ``_string_memo``)."""
    kind, a, b = spec
    if kind == _CALL:  # a: the compiled predicate, on its own
        return (kind, id(a))
    if kind == _STR_SEEN:  # a, b: the shared memo and its test
        return (kind, id(a))
    if kind == _NUM_OR_STR:  # a: the bounds; b: the shared memo and its test, or None
        return (kind, a, None if b is None else id(b[0]))
    return (kind, a, b)  # bounds, sets: compared by value


def _object(s: Mapping[str, Any], keys: set[str], formats: Mapping[str, Callable[[str], bool]]) -> Check:
    """An object's test, written out as Python for this schema: the required keys, then one branch per
    property (the plainest tests inline, no call)."""
    if keys - {"properties", "required", "additionalProperties", "allOf"}:
        raise _Unsupported
    props = {k: _spec(sub, formats) for k, sub in s.get("properties", {}).items()}
    required = list(s.get("required", ()))
    extra = s.get("additionalProperties", True)
    if extra not in (True, False) or not all(type(k) is str for k in [*props, *required]):
        raise _Unsupported
    conditions = tuple(_if_then(x) for x in s.get("allOf", ()))
    names: dict[str, Any] = {"conditions": conditions}
    lines = ["def check(d):", "    if type(d) is not dict:", "        return False"]
    if required:
        lines += ["    if " + " or ".join(f"{k!r} not in d" for k in required) + ":", "        return False"]
    lines.append("    for k, v in d.items():")
    order = [k for k in required if k in props] + [k for k in props if k not in required]
    # properties tested alike share one branch (``k in (…)``): fewer comparisons to reach a key's test
    groups: dict[Any, list[str]] = {}
    for k in order:
        groups.setdefault(_same_test(props[k]), []).append(k)
    for i, keys_alike in enumerate(groups.values()):
        kind, a, b = props[keys_alike[0]]
        if len(keys_alike) == 1:
            lines.append(f"        {'if' if i == 0 else 'elif'} k == {keys_alike[0]!r}:")
        else:
            lines.append(f"        {'if' if i == 0 else 'elif'} k in {_literal_set(keys_alike)}:")
        lines += ["            " + line for line in _test_code(i, kind, a, b, names)]
    other = "return False" if extra is False else "if type(k) is not str:\n                return False"
    if order:
        lines += ["        else:", f"            {other}"]
    else:
        lines += [f"        {other}"]
    if conditions:
        lines += ["    for cond in conditions:", "        if not cond(d):", "            return False"]
    lines.append("    return True")
    exec("\n".join(lines), names)
    check: Check = names["check"]
    return check


def _if_then(s: Any) -> Check:
    """``{"if": {"properties": {k: {"enum": [strings]}}, "required": [...]}, "then": {"required": [...]}}``
    on a dict: the ``if`` decided exactly (a non-string under an enum key is left to the full validator)."""
    if not isinstance(s, Mapping) or set(s) - _NOTES != {"if", "then"}:
        raise _Unsupported
    cond, then = s["if"], s["then"]
    if not isinstance(cond, Mapping) or not isinstance(then, Mapping):
        raise _Unsupported
    if set(cond) - _NOTES - {"properties", "required"} or set(then) - _NOTES - {"required"}:
        raise _Unsupported
    enums: list[tuple[str, frozenset[str]]] = []
    for k, sub in cond.get("properties", {}).items():
        if not isinstance(sub, Mapping) or set(sub) - _NOTES != {"enum"}:
            raise _Unsupported
        values = sub["enum"]
        if not isinstance(values, list) or not all(type(x) is str for x in values):
            raise _Unsupported
        enums.append((k, frozenset(values)))
    if_required = tuple(cond.get("required", ()))
    then_required = tuple(then.get("required", ()))

    def check(d: dict[str, Any]) -> bool:
        holds = all(k in d for k in if_required)
        for k, allowed in enums:
            if k in d:
                v = d[k]
                if type(v) is not str:
                    return False
                if v not in allowed:
                    holds = False
        return not holds or all(k in d for k in then_required)

    return check
