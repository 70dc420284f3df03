"""This app's part of the HTTP API, mounted by zhidu.api.api."""

from __future__ import annotations

from ninja import Router

router = Router()
