"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/seals/."""

from ninja import Router

router = Router()
