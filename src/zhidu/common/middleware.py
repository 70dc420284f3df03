"""Every refusal says why, in Chinese and English (issue 4 item 8).

Some 4xx answers are made below the views with no message at all: a wrong HTTP method (Django's and
django-ninja's 405), a view that returns a bare status. ``ErrorMessageMiddleware`` gives such an answer
a body — under ``/api/`` the API's JSON error shape ``{"error": {"message_zh", "message_en", "field"}}``,
elsewhere a short page — and keeps the status and headers (``Allow`` included). Answers that already
carry a message are left as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from django.http import HttpRequest, HttpResponse

MESSAGES: dict[int, tuple[str, str]] = {
    400: ("请求有误，无法处理", "bad request"),
    401: ("请先登录", "please sign in first"),
    403: ("没有权限", "forbidden"),
    404: ("找不到该资源", "not found"),
    405: ("不支持此请求方法", "method not allowed"),
    406: ("无法提供所要求的格式", "not acceptable"),
    409: ("该事项已被他人处理，请刷新后重试", "someone else has acted on this item; reload and try again"),
    413: ("请求内容过大", "request too large"),
    415: ("不支持此内容类型", "unsupported media type"),
    429: ("请求过于频繁，请稍后再试", "too many requests; try again later"),
}
FALLBACK = ("请求无法处理", "the request cannot be processed")


def _is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


class ErrorMessageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        status = response.status_code
        if not 400 <= status < 500 or getattr(response, "streaming", False):
            return response
        api = request.path.startswith("/api/")
        if api and _is_json(response):
            return response
        if not api and response.content.strip():
            return response
        zh, en = MESSAGES.get(status, FALLBACK)
        detail = response.content.decode("utf-8", "replace").strip()[:200] if api else ""
        if api:
            body = {"error": {"message_zh": zh, "message_en": en + (f" ({detail})" if detail else ""), "field": None}}
            response.content = json.dumps(body, ensure_ascii=False).encode("utf-8")
            response["Content-Type"] = "application/json; charset=utf-8"
        else:
            response.content = (
                '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">'
                f"<title>{escape(zh)} · {escape(en)} ({status})</title></head><body>"
                f'<h1>{escape(zh)} · <span lang="en">{escape(en)}</span> ({status})</h1>'
                '<p><a href="/">返回首页 · <span lang="en">Home</span></a></p></body></html>'
            ).encode()
            response["Content-Type"] = "text/html; charset=utf-8"
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
