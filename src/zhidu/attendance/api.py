"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/attendance/."""

from ninja import Router

router = Router()
