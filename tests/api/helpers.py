"""Assertions shared by the API tests."""

from __future__ import annotations

from typing import Any


def error_of(response: Any) -> dict[str, Any]:
    """The ``error`` object of an error answer, after checking its shape."""
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert {"message_zh", "message_en", "field"} <= set(err), err
    assert isinstance(err["message_zh"], str) and err["message_zh"], err
    assert isinstance(err["message_en"], str) and err["message_en"], err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err["message_zh"]), f"no Chinese in {err['message_zh']!r}"
    return err
