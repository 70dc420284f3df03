"""Session and response safeguards.

``IdleTimeoutMiddleware`` (after AuthenticationMiddleware) ends a session idle for longer than the
user's agency allows (``Agency.idle_timeout_minutes``, else ``IDLE_TIMEOUT_MINUTES``; GB/T 22239-2019
8.1.4.1 b: 当登录连接超时自动退出): pages redirect to the sign-in page, which says why; the API answers
401 JSON; htmx requests get ``HX-Redirect``. The last activity is kept in the session, rewritten at
most every ``IDLE_TOUCH_SECONDS`` (so a page costs no extra query).

``SecurityHeadersMiddleware`` adds what Django's SecurityMiddleware and django-csp do not:
``Permissions-Policy``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

from .signals import SEEN
from .views import NOTICE, NOTICES

API_PREFIX = "/api/"


def idle_limit_minutes(user: Any) -> int:
    agency = getattr(user, "agency", None)
    minutes = getattr(agency, "idle_timeout_minutes", None) if agency is not None else None
    return int(minutes or settings.IDLE_TIMEOUT_MINUTES)


class IdleTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(timezone.now().timestamp())
            seen = request.session.get(SEEN)
            if isinstance(seen, int) and now - seen >= idle_limit_minutes(user) * 60:
                return self._time_out(request)
            if not isinstance(seen, int) or now - seen >= settings.IDLE_TOUCH_SECONDS:
                request.session[SEEN] = now
        return self.get_response(request)

    def _time_out(self, request: HttpRequest) -> HttpResponse:
        request.zhidu_signout_reason = "idle"  # type: ignore[attr-defined]
        logout(request)
        zh, en = NOTICES["idle"]
        if request.path_info.startswith(API_PREFIX):
            body = {"error": {"message_zh": zh, "message_en": en, "field": None}}
            return JsonResponse(body, status=401, json_dumps_params={"ensure_ascii": False})
        request.session[NOTICE] = "idle"
        if request.headers.get("HX-Request") == "true":
            response = HttpResponse(status=200)
            response["HX-Redirect"] = settings.LOGIN_URL
            return response
        next_url = request.get_full_path() if request.method == "GET" else "/"
        return redirect_to_login(next_url, settings.LOGIN_URL)


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response
