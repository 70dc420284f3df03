"""The vehicle register pages (车辆台账): the cars and fuel cards, the trip log with each slip's departure and
return, the fuel record, repairs and their settlement, drivers' allowances. Server-rendered; every write is a
POST to its own view (the office's or, for a trip's times, its applicant's), refused bilingually with the
clause and the typed values kept."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhidu.access import fetch, requires, scoped
from zhidu.access.policy import can
from zhidu.common import registers as reg
from zhidu.core.errors import BadInput

from . import service
from .models import PARKED, PAYMENTS, Allowance, FuelCard, FuelEntry, Repair, Trip, Vehicle


def _posted(request: HttpRequest) -> dict[str, Any]:
    return {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}


def _ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    agency = reg.agency_of(request.user)
    return {
        "agency": agency,
        "covered": service.covered(agency),
        "can_write": can(request.user, "write", "fleet_register").allowed,
        "can_update": can(request.user, "update", "fleet_register").allowed,
        "parked_choices": PARKED,
        "payments": PAYMENTS,
        "errors": [],
        "form": {},
        **extra,
    }


def _index_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    ctx = _ctx(request, **extra)
    agency = ctx["agency"]
    ctx["vehicles"] = scoped(request, "fleet_register", Vehicle.objects.filter(agency=agency))
    ctx["cards"] = scoped(request, "fleet_register", FuelCard.objects.filter(agency=agency).select_related("vehicle"))
    ctx["trips"] = scoped(request, "fleet_register", Trip.objects.filter(agency=agency).select_related("vehicle"))[:20]
    return ctx


@requires("fleet_register", "read")
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "fleet/index.html", _index_ctx(request))


@requires("fleet_register", "write")
@require_POST
def add_vehicle(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        v = service.add_vehicle(request.user, form)
    except BadInput as exc:
        return render(
            request, "fleet/index.html", _index_ctx(request, errors=[exc], form=form, which="vehicle"), status=422
        )
    return redirect("fleet:vehicle", vehicle_id=v.pk)


@requires("fleet_register", "write")
@require_POST
def add_card(request: HttpRequest) -> HttpResponse:
    form = _posted(request)
    try:
        service.add_card(request.user, form)
    except BadInput as exc:
        return render(
            request, "fleet/index.html", _index_ctx(request, errors=[exc], form=form, which="card"), status=422
        )
    return redirect("fleet:index")


def _vehicle_ctx(request: HttpRequest, v: Vehicle, **extra: Any) -> dict[str, Any]:
    return _ctx(
        request,
        vehicle=v,
        cards=FuelCard.objects.filter(vehicle=v),
        entries=FuelEntry.objects.filter(vehicle=v).select_related("card")[:100],
        trips=Trip.objects.filter(vehicle=v)[:50],
        today=timezone.localdate(),
        **extra,
    )


@requires("fleet_register", "read")
def vehicle(request: HttpRequest, vehicle_id: int) -> HttpResponse:
    v = fetch(request, "read", "fleet_register", Vehicle.objects.all(), pk=vehicle_id)
    return render(request, "fleet/vehicle.html", _vehicle_ctx(request, v))


@requires("fleet_register", "write")
@require_POST
def refuel(request: HttpRequest, vehicle_id: int) -> HttpResponse:
    v = fetch(request, "write", "fleet_register", Vehicle.objects.all(), pk=vehicle_id)
    form = _posted(request)
    try:
        service.refuel(request.user, v, form)
    except BadInput as exc:
        ctx = _vehicle_ctx(request, v, errors=[exc], form=form, which="refuel")
        return render(request, "fleet/vehicle.html", ctx, status=422)
    return redirect("fleet:vehicle", vehicle_id=v.pk)


@requires("fleet_register", "write")
@require_POST
def top_up(request: HttpRequest, card_id: int) -> HttpResponse:
    card = fetch(request, "write", "fleet_register", FuelCard.objects.select_related("vehicle"), pk=card_id)
    form = _posted(request)
    try:
        service.top_up(request.user, card, form)
    except BadInput as exc:
        ctx = _vehicle_ctx(request, card.vehicle, errors=[exc], form=form, which="top_up")
        return render(request, "fleet/vehicle.html", ctx, status=422)
    return redirect("fleet:vehicle", vehicle_id=card.vehicle_id)


# --- the trip log ---------------------------------------------------------------------------------------------


@requires("fleet_register", "read")
def trips(request: HttpRequest) -> HttpResponse:
    agency = reg.agency_of(request.user)
    qs = Trip.objects.filter(agency=agency).select_related("vehicle")
    month = request.GET.get("month", "").strip()
    errors = []
    if month:
        try:
            year, mon = reg.month(month)
            qs = qs.filter(use_date__year=year, use_date__month=mon)
        except BadInput as exc:
            errors.append(exc)
    ctx = _ctx(request, trips=scoped(request, "fleet_register", qs)[:500], month=month, errors=errors)
    return render(request, "fleet/trips.html", ctx, status=400 if errors else 200)


def _trip_ctx(request: HttpRequest, t: Trip, **extra: Any) -> dict[str, Any]:
    return _ctx(
        request,
        trip=t,
        may_update=can(request.user, "update", "fleet_register", t).allowed,
        now=timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        **extra,
    )


@requires("fleet_register", "read")
def trip(request: HttpRequest, trip_id: int) -> HttpResponse:
    t = fetch(request, "read", "fleet_register", Trip.objects.select_related("vehicle", "application"), pk=trip_id)
    return render(request, "fleet/trip.html", _trip_ctx(request, t))


def _trip_step(request: HttpRequest, trip_id: int, fn: Any, which: str) -> HttpResponse:
    t = fetch(request, "update", "fleet_register", Trip.objects.select_related("vehicle", "application"), pk=trip_id)
    form = _posted(request)
    try:
        fn(request.user, t, form)
    except BadInput as exc:
        return render(
            request, "fleet/trip.html", _trip_ctx(request, t, errors=[exc], form=form, which=which), status=422
        )
    return redirect("fleet:trip", trip_id=t.pk)


@requires("fleet_register", "update")
@require_POST
def depart(request: HttpRequest, trip_id: int) -> HttpResponse:
    return _trip_step(request, trip_id, service.depart, "depart")


@requires("fleet_register", "update")
@require_POST
def come_back(request: HttpRequest, trip_id: int) -> HttpResponse:
    return _trip_step(request, trip_id, service.come_back, "return")


# --- repairs and allowances ----------------------------------------------------------------------------------


def _repairs_ctx(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    agency = reg.agency_of(request.user)
    return _ctx(
        request,
        repairs=scoped(request, "fleet_register", Repair.objects.filter(agency=agency))[:200],
        docs=service.SETTLEMENT_DOCS,
        today=timezone.localdate(),
        **extra,
    )


@requires("fleet_register", "read")
def repairs(request: HttpRequest) -> HttpResponse:
    return render(request, "fleet/repairs.html", _repairs_ctx(request))


@requires("fleet_register", "write")
@require_POST
def settle(request: HttpRequest, repair_id: int) -> HttpResponse:
    r = fetch(request, "write", "fleet_register", Repair.objects.all(), pk=repair_id)
    form = _posted(request)
    try:
        service.settle_repair(request.user, r, form)
    except BadInput as exc:
        ctx = _repairs_ctx(request, errors=[exc], form=form, which=r.pk)
        return render(request, "fleet/repairs.html", ctx, status=422)
    return redirect("fleet:repairs")


@requires("fleet_register", "read")
def allowances(request: HttpRequest) -> HttpResponse:
    agency = reg.agency_of(request.user)
    qs = Allowance.objects.filter(agency=agency).prefetch_related("day_rows")
    return render(
        request, "fleet/allowances.html", _ctx(request, allowances=scoped(request, "fleet_register", qs)[:500])
    )
