"""JSON Schema lets a whole float (2.0) pass as an integer: the engine hands the rules an int, so a fact
typed as 2.0 gets exactly the verdict of 2."""

from __future__ import annotations

import datetime as dt

from zhidu.core.rules.engine import default_engine, integral

ON = dt.date(2026, 3, 2)


def test_whole_floats_get_the_verdict_of_the_integer() -> None:
    engine = default_engine()
    as_int = engine.evaluate("reception.request", "tongyu-hrss", ON, {"guests": 8, "accompanying": 4})
    as_float = engine.evaluate("reception.request", "tongyu-hrss", ON, {"guests": 8.0, "accompanying": 4.0})
    assert as_float.as_dict() == as_int.as_dict()
    assert as_int.outcome.value == "blocked"


def test_integral_walks_objects_and_arrays_and_leaves_the_rest() -> None:
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "integer"},
            "x": {"type": "number"},
            "rows": {"type": "array", "items": {"type": "object", "properties": {"k": {"type": "integer"}}}},
        },
    }
    out = integral(schema, {"n": 2.0, "x": 2.0, "rows": [{"k": 3.0}, {"k": 4}], "other": 1.0})
    assert out == {"n": 2, "x": 2.0, "rows": [{"k": 3}, {"k": 4}], "other": 1.0}
    assert type(out["n"]) is int and type(out["x"]) is float and type(out["rows"][0]["k"]) is int
    assert type(out["other"]) is float
    same = {"n": 2}
    assert integral(schema, same) is same
