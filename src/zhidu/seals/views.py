"""The seal pages (印章台账与用印登记): the seals and their keepers, the use log with its six fields, each
approved use stamped, refused or handed out by the keeper, and each seal's handover, retirement, loss and
stand-in keeper. Server-rendered; refusals bilingual with the clause, the typed values kept."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhidu.access import authorize, fetch, requires, scoped
from zhidu.access.policy import can
from zhidu.common import registers as reg
from zhidu.core.errors import BadInput, NotFound

from . import service
from .models import SEAL_KINDS, USE_PURPOSES, Seal, SealEvent, SealUse


def _posted(request: HttpRequest) -> dict[str, Any]:
    return {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}


def _ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    agency = reg.agency_of(request.user)
    return {
        "agency": agency,
        "covered": service.covered(agency),
        "can_write": can(request.user, "write", "seal_log").allowed,
        "seal_kinds": SEAL_KINDS,
        "purposes": USE_PURPOSES,
        "errors": [],
        "form": {},
        **extra,
    }


def _index_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    ctx = _ctx(request, **extra)
    agency = ctx["agency"]
    ctx["seals"] = scoped(request, "seal_log", Seal.objects.filter(agency=agency).select_related("section"))
    ctx["uses"] = scoped(request, "seal_log", SealUse.objects.filter(agency=agency).select_related("seal"))[:200]
    return ctx


@requires("seal_log", "read")
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "seals/index.html", _index_ctx(request))


@requires("seal_log", "write")
@require_POST
def add_seal(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        agency = reg.agency_of(request.user)
        authorize(
            request,
            "write",
            "seal_log",
            Seal(agency=agency, section=service.section_named(agency, form.get("section"))),
        )
        s = service.add_seal(request.user, form)
    except BadInput as exc:
        return render(
            request, "seals/index.html", _index_ctx(request, errors=[exc], form=form, which="seal"), status=422
        )
    return redirect("seals:seal", seal_id=s.pk)


@requires("seal_log", "write")
@require_POST
def log_use(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        kind = reg.choice(form.get("seal"), "seal", "印章", dict(SEAL_KINDS))
        seal = service.find_seal(reg.agency_of(request.user), kind, str(form.get("seal_name") or ""))
        if seal is None:
            raise NotFound("印章台账中没有该印章", "the seal is not in the register", "seal")
        authorize(request, "write", "seal_log", seal)
        use = service.log_signed(request.user, form)
    except BadInput as exc:
        return render(
            request, "seals/index.html", _index_ctx(request, errors=[exc], form=form, which="log"), status=422
        )
    return redirect("seals:use", use_id=use.pk)


def _seal_ctx(request: HttpRequest, s: Seal, **extra: Any) -> dict[str, Any]:
    return _ctx(
        request,
        seal=s,
        events=SealEvent.objects.filter(seal=s)[:100],
        uses=SealUse.objects.filter(seal=s)[:100],
        may_write=can(request.user, "write", "seal_log", s).allowed,
        today=timezone.localdate(),
        **extra,
    )


@requires("seal_log", "read")
def seal(request: HttpRequest, seal_id: int) -> HttpResponse:
    s = fetch(request, "read", "seal_log", Seal.objects.select_related("section"), pk=seal_id)
    return render(request, "seals/seal.html", _seal_ctx(request, s))


MANAGE = {
    "handover": service.handover,
    "stop": service.stop,
    "lost": service.report_lost,
    "custodian_absence": service.stand_in,
}


@requires("seal_log", "write")
@require_POST
def manage(request: HttpRequest, seal_id: int) -> HttpResponse:
    s = fetch(request, "write", "seal_log", Seal.objects.select_related("section"), pk=seal_id)
    form = _posted(request)
    try:
        action = reg.choice(form.get("action"), "action", "事项", MANAGE)
        MANAGE[action](request.user, s, form)
    except BadInput as exc:
        return render(request, "seals/seal.html", _seal_ctx(request, s, errors=[exc], form=form), status=422)
    return redirect("seals:seal", seal_id=s.pk)


def _use_ctx(request: HttpRequest, u: SealUse, **extra: Any) -> dict[str, Any]:
    return _ctx(
        request,
        use=u,
        may_write=can(request.user, "write", "seal_log", u).allowed,
        now=timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        **extra,
    )


@requires("seal_log", "read")
def use(request: HttpRequest, use_id: int) -> HttpResponse:
    u = fetch(request, "read", "seal_log", SealUse.objects.select_related("seal", "application"), pk=use_id)
    return render(request, "seals/use.html", _use_ctx(request, u))


ACTS = {
    "stamp": service.stamp,
    "refuse": service.refuse_use,
    "take-out": service.take_out,
    "return": service.bring_back,
}


@requires("seal_log", "write")
@require_POST
def act(request: HttpRequest, use_id: int, what: str) -> HttpResponse:
    u = fetch(request, "write", "seal_log", SealUse.objects.select_related("seal", "application"), pk=use_id)
    form = _posted(request)
    try:
        step = reg.choice(what, "what", "办理事项", ACTS)
        ACTS[step](request.user, u, form)
    except BadInput as exc:
        return render(request, "seals/use.html", _use_ctx(request, u, errors=[exc], form=form, which=what), status=422)
    return redirect("seals:use", use_id=u.pk)
