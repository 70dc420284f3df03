"""Who is acting, for every request: the signed-in user (read when an entry is recorded, so a user
who signs in during the request is the actor of what follows) and the client address. A request that
may write (any method but GET, HEAD, OPTIONS, TRACE) runs in one transaction, so its changes and their
ledger entries commit together, and roll back together if it fails with a server error."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.http import HttpRequest, HttpResponse

from . import service

READS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class LedgerContextMiddleware:
    """Sets ``zhidu.ledger.service.context(request=..., ip=...)`` around the view. Place it after
    ``AuthenticationMiddleware``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from zhidu.accounts.lockout import client_address  # REMOTE_ADDR, or the proxy's header if configured

        meta = {"method": request.method or "", "path": request.path[:300]}
        with service.context(request=request, ip=client_address(request), meta=meta):
            if request.method in READS:
                return self.get_response(request)
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:  # the view failed (its exception became this response)
                    transaction.set_rollback(True)
                return response
