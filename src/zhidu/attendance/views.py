"""The attendance pages (server-rendered, Chinese first): one's leave and balance with 销假, the attendance
register (records, CSV import, absences, monthly sheets) and the duty roster with its log.

Every form posts to its own URL; refused input re-renders the page with the message in Chinese and English,
the clause where a rule refused it, and what was typed kept in the form (status 422)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhidu.access import Denied, authorize, fetch, requires, scoped
from zhidu.access.policy import BUSINESS, can
from zhidu.access.subject import request_subject
from zhidu.agencies.models import Agency
from zhidu.core.errors import BadInput, NotFound

from . import service
from .api import SLUG, spot
from .models import (
    LEAVE_TYPES,
    Absence,
    AttendanceRecord,
    DutyLog,
    DutyShift,
    LeaveBalance,
    LeaveRecord,
    MonthlySheet,
)

NOTICE = "_attendance_notice"
LEAVE_KINDS = ("leave.request", "leave.outing", "leave.sick_pay", "attendance.overtime", "duty.absence", "duty.roster")


def _agency(request: HttpRequest, slug: str) -> Agency:
    """The agency of the page, if the user works there (another agency's pages answer 404)."""
    agency = Agency.objects.filter(slug=slug).first() if SLUG.fullmatch(slug or "") else None
    if agency is None:
        raise Denied("找不到该资源", "Not found.", 404)
    subject = request_subject(request)
    if agency.pk not in subject.agencies_for(BUSINESS):
        raise Denied("找不到该资源", "Not found.", 404)
    return agency


def _month(request: HttpRequest, errors: list[BadInput]) -> tuple[str, dt.date, dt.date]:
    raw = (request.GET.get("month") or request.POST.get("month") or "").strip()
    if raw:
        try:
            return service.as_month(raw)
        except BadInput as exc:
            errors.append(exc)
    return service.as_month(f"{timezone.localdate():%Y-%m}")


def _typed(request: HttpRequest, names: tuple[str, ...]) -> dict[str, str]:
    return {n: request.POST.get(n, "")[:2000] for n in names}


def _notice(request: HttpRequest, text: str) -> None:
    request.session[NOTICE] = text[:300]


def _pop_notice(request: HttpRequest) -> str | None:
    return request.session.pop(NOTICE, None) if request.method == "GET" else None


def _may(request: HttpRequest, action: str, resource: str, obj: Any) -> bool:
    return bool(can(request_subject(request), action, resource, obj))


# --- overview and leave ---------------------------------------------------------------------------------


@requires("record", "read")
def home(request: HttpRequest) -> HttpResponse:
    """考勤与请假 of the user's own agency (the nav link)."""
    subject = request_subject(request)
    agency = Agency.objects.filter(pk__in=subject.agencies_for(BUSINESS)).order_by("pk").first()
    mine = getattr(request.user, "agency", None)
    if mine is not None and mine.pk in subject.agencies_for(BUSINESS):
        agency = mine
    if agency is None:
        raise Denied("找不到该资源", "Not found.", 404)
    return HttpResponseRedirect(reverse("attendance:overview", args=[agency.slug]))


@requires("record", "read")
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    """考勤与请假: my leave (open ones to close), my balance this year, what I may apply for, others' leave I
    may see (section heads: their section; leaders: the agency)."""
    from zhidu.approvals import kinds

    agency = _agency(request, slug)
    year = timezone.localdate().year
    mine = LeaveRecord.objects.filter(agency=agency, person=request.user).select_related("application")[:50]
    balances = LeaveBalance.objects.filter(agency=agency, person=request.user, year=year)
    others = (
        scoped(request, "record", LeaveRecord.objects.filter(agency=agency).exclude(person=request.user))
        .select_related("section")
        .order_by("-start")[:100]
    )
    available = [
        {
            "id": k.id,
            "name_zh": k.name_zh,
            "name_en": k.name_en,
            "cites": [c for c in k.cites if c.startswith(f"{agency.slug}:")],
        }
        for k in kinds.for_agency(agency.slug)
        if k.id in LEAVE_KINDS
    ]
    may_keep = _may(request, "read", "attendance", spot(agency)) or _may(request, "write", "attendance", spot(agency))
    ctx = {
        "agency": agency,
        "mine": mine,
        "balances": balances,
        "others": others,
        "kinds": available,
        "year": year,
        "keeps_register": may_keep,
        "covers": {
            "attendance": service.applies("attendance.absence_kind", agency)
            or service.applies("attendance.punctuality", agency),
            "duty": service.applies("duty.roster", agency),
        },
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/overview.html", ctx)


def _leave_page(
    request: HttpRequest,
    record: LeaveRecord,
    errors: list[BadInput] | None = None,
    form: Mapping[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    ctx = {
        "agency": record.agency,
        "r": record,
        "may_close": record.open and _may(request, "update", "record", record),
        "may_file": record.filed_on is None
        and _may(request, "write", "attendance", spot(record.agency, record.section, record.person)),
        "absences": Absence.objects.filter(source=f"attendance.LeaveRecord:{record.pk}"),
        "errors": errors or [],
        "form": form or {"returned_on": timezone.localdate().isoformat(), "extension": "none"},
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/leave.html", ctx, status=status)


def _leave(request: HttpRequest, action: str, pk: int) -> LeaveRecord:
    return fetch(request, action, "record", LeaveRecord.objects.select_related("agency", "application"), pk=pk)


@requires("record", "read")
def leave_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _leave_page(request, _leave(request, "read", pk))


CLOSE_FIELDS = ("returned_on", "closed_on", "extension", "extended_to", "slip_submitted_on", "version")


@requires("record", "update")
@require_POST
def leave_close(request: HttpRequest, pk: int) -> HttpResponse:
    """销假."""
    record = _leave(request, "update", pk)
    form = _typed(request, CLOSE_FIELDS)
    try:
        version = int(form["version"]) if form["version"].isdigit() else None
        service.close_leave(
            record,
            returned_on=form["returned_on"],
            closed_on=form["closed_on"] or None,
            extension=form["extension"] or "none",
            extended_to=form["extended_to"] or None,
            slip_submitted_on=form["slip_submitted_on"] or None,
            expected_version=version,
        )
    except BadInput as exc:
        record.refresh_from_db()
        return _leave_page(request, record, [exc], form, status=409 if exc.field == "version" else 422)
    _notice(request, "已销假 / leave closed")
    return HttpResponseRedirect(reverse("attendance:leave", args=[record.pk]))


@requires("attendance", "write")
@require_POST
def leave_file(request: HttpRequest, pk: int) -> HttpResponse:
    """备案 (the office)."""
    record = LeaveRecord.objects.select_related("agency", "application").filter(pk=pk).first()
    if record is None:
        raise Denied("找不到该资源", "Not found.", 404)
    authorize(request, "write", "attendance", spot(record.agency, record.section, record.person))
    form = _typed(request, ("filed_on",))
    try:
        service.file_leave(record, filed_on=form["filed_on"])
    except BadInput as exc:
        record.refresh_from_db()
        return _leave_page(request, record, [exc], form, status=422)
    _notice(request, "已备案 / filed")
    return HttpResponseRedirect(reverse("attendance:leave", args=[record.pk]))


# --- the attendance register ---------------------------------------------------------------------------

RECORD_FIELDS = (
    "person_name",
    "username",
    "section",
    "day",
    "status",
    "arrived_at",
    "left_at",
    "late",
    "left_early",
    "note",
)


def _records_page(
    request: HttpRequest,
    agency: Agency,
    errors: list[BadInput] | None = None,
    form: Mapping[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    errors = list(errors or [])
    label, first, last = _month(request, errors)
    rows = scoped(
        request, "attendance", AttendanceRecord.objects.filter(agency=agency, day__gte=first, day__lte=last)
    ).order_by("day", "person_name")
    ctx = {
        "agency": agency,
        "month": label,
        "rows": rows[:2000],
        "may_write": _may(request, "write", "attendance", spot(agency)) or _has(request, "section_head"),
        "may_import": _may(request, "import", "attendance", spot(agency)),
        "statuses": AttendanceRecord.STATUSES,
        "sections": _sections(agency),
        "errors": errors,
        "form": form or {"day": timezone.localdate().isoformat(), "status": "present"},
        "rule": _register_rule(agency),
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/records.html", ctx, status=status if not errors or status != 200 else 400)


def _sections(agency: Agency) -> Any:
    from zhidu.org.models import Section

    return Section.objects.filter(agency=agency)


def _has(request: HttpRequest, role: str) -> bool:
    return role in request_subject(request).role_ids()


def _register_rule(agency: Agency) -> dict[str, Any]:
    """What the agency's text says about lateness (shown above the register)."""
    if service.applies("attendance.punctuality", agency):
        return {
            "zh": "上班时间15分钟后未到为迟到、下班15分钟前离开为早退，累计4次视为缺勤1天（2次视为缺勤半天）",
            "en": "arriving 15 minutes late or leaving 15 minutes early counts; four times make a day of absence",
            "cite": "wenshan-hrss:39:3",
        }
    if service.applies("staff.conduct", agency):
        cite = "district-bureau:34:2" if agency.slug == "district-bureau" else "baicheng-fupin:12:1.1"
        return {
            "zh": "按时上下班，不迟到、不早退（迟到、早退由考勤员如实标记）",
            "en": "on time, neither late nor early (the clerk marks late arrivals and early departures)",
            "cite": cite,
        }
    return {"zh": service.NO_RULE_ZH, "en": service.NO_RULE_EN, "cite": ""}


def _section_field(agency: Agency, raw: str) -> Any:
    """A section chosen on a form (its id), of this agency; "" for none."""
    from zhidu.org.models import Section

    raw = (raw or "").strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise BadInput("科室编号无效", "invalid section", "section")
    section = Section.objects.filter(agency=agency, pk=int(raw)).first()
    if section is None:
        raise NotFound("没有该科室", "no such section", "section")
    return section


@requires("attendance", "read")
def records(request: HttpRequest, slug: str) -> HttpResponse:
    return _records_page(request, _agency(request, slug))


@requires("attendance", "write")
@require_POST
def record_new(request: HttpRequest, slug: str) -> HttpResponse:
    agency = _agency(request, slug)
    form = _typed(request, RECORD_FIELDS)
    try:
        person = service.user_in_agency(agency, form["username"], "username") if form["username"] else None
        day = service.as_date(form["day"], "day")
        section = _section_field(agency, form["section"])
        if section is None and person is not None and day:
            section = service.section_of(person, day)
        authorize(request, "write", "attendance", spot(agency, section, person))
        row = service.enter_record(
            agency,
            request.user,
            person_name=form["person_name"],
            person=person,
            day=form["day"],
            status=form["status"] or "present",
            arrived_at=form["arrived_at"] or None,
            left_at=form["left_at"] or None,
            late=form["late"] == "on",
            left_early=form["left_early"] == "on",
            note=form["note"],
        )
        if section is not None and row.section_id != section.pk:
            row.section = section
            row.save(update_fields=["section"])
    except Denied:
        raise
    except BadInput as exc:
        return _records_page(request, agency, [exc], form, status=422)
    _notice(request, f"已登记 {form['person_name'][:20]} {form['day'][:10]} / recorded")
    return HttpResponseRedirect(reverse("attendance:records", args=[agency.slug]) + f"?month={form['day'][:7]}")


@requires("attendance", "import")
@require_POST
def record_import(request: HttpRequest, slug: str) -> HttpResponse:
    agency = _agency(request, slug)
    authorize(request, "import", "attendance", spot(agency))
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise BadInput("请选择要导入的 CSV 文件", "choose a CSV file to import", "file")
        if upload.size is not None and upload.size > service.MAX_IMPORT_BYTES:
            raise BadInput("文件超过 2 MB", "the file exceeds 2 MB", "file")
        batch = service.import_csv(agency, request.user, upload.read(), file_name=upload.name or "attendance.csv")
    except BadInput as exc:
        return _records_page(request, agency, [exc], status=422)
    _notice(request, f"已导入 {batch.rows} 行 / {batch.rows} rows imported")
    return HttpResponseRedirect(reverse("attendance:records", args=[agency.slug]))


def _absences_page(
    request: HttpRequest, agency: Agency, errors: list[BadInput] | None = None, derived: Any = None, status: int = 200
) -> HttpResponse:
    errors = list(errors or [])
    label, _, _ = _month(request, errors)
    rows = scoped(request, "attendance", Absence.objects.filter(agency=agency, month=label)).order_by(
        "person_name", "day"
    )
    ctx = {
        "agency": agency,
        "month": label,
        "rows": rows[:2000],
        "may_derive": _may(request, "evaluate", "attendance", spot(agency)),
        "derived": derived,
        "errors": errors,
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/absences.html", ctx, status=status if not errors or status != 200 else 400)


@requires("attendance", "read")
def absences(request: HttpRequest, slug: str) -> HttpResponse:
    return _absences_page(request, _agency(request, slug))


@requires("attendance", "evaluate")
@require_POST
def absences_derive(request: HttpRequest, slug: str) -> HttpResponse:
    agency = _agency(request, slug)
    authorize(request, "evaluate", "attendance", spot(agency))
    try:
        out = service.derive_absences(agency, request.POST.get("month", "")[:20], request.user)
    except BadInput as exc:
        return _absences_page(request, agency, [exc], status=422)
    _notice(
        request,
        f"折算 {out.month}：新增 {len(out.created)} 条；"
        + "；".join(out.notes_zh[:3])
        + f" / {len(out.created)} absences derived",
    )
    return HttpResponseRedirect(reverse("attendance:absences", args=[agency.slug]) + f"?month={out.month}")


def _sheets_page(
    request: HttpRequest, agency: Agency, errors: list[BadInput] | None = None, status: int = 200
) -> HttpResponse:
    rows = scoped(request, "attendance", MonthlySheet.objects.filter(agency=agency)).select_related("section")
    ctx = {
        "agency": agency,
        "rows": rows[:200],
        "sections": _sections(agency),
        "may_write": _may(request, "write", "attendance", spot(agency)) or _has(request, "section_head"),
        "month": (request.POST.get("month") or f"{timezone.localdate():%Y-%m}")[:7],
        "errors": errors or [],
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/sheets.html", ctx, status=status)


@requires("attendance", "read")
def sheets(request: HttpRequest, slug: str) -> HttpResponse:
    return _sheets_page(request, _agency(request, slug))


@requires("attendance", "write")
@require_POST
def sheet_new(request: HttpRequest, slug: str) -> HttpResponse:
    agency = _agency(request, slug)
    try:
        section = _section_field(agency, request.POST.get("section", ""))
        authorize(request, "write", "attendance", spot(agency, section))
        sheet = service.make_sheet(agency, request.POST.get("month", "")[:20], request.user, section=section)
    except Denied:
        raise
    except BadInput as exc:
        return _sheets_page(request, agency, [exc], status=422)
    return HttpResponseRedirect(reverse("attendance:sheet", args=[sheet.pk]))


def _sheet_page(
    request: HttpRequest, sheet: MonthlySheet, errors: list[BadInput] | None = None, status: int = 200
) -> HttpResponse:
    last = service.as_month(sheet.month)[2]
    need = service.signers(sheet.agency, last) or list(service.SIGN_ROLES)[:2]
    ctx = {
        "agency": sheet.agency,
        "s": sheet,
        "signers": [(r, *service.SIGN_ROLES[r]) for r in need],
        "signed": {x["role"]: x for x in sheet.signatures},
        "may_sign": sheet.status == MonthlySheet.DRAFT and _may(request, "sign", "attendance", sheet),
        "may_submit": sheet.status == MonthlySheet.DRAFT and _may(request, "write", "attendance", sheet),
        "leave_types": dict(LEAVE_TYPES),
        "absence_kinds": dict(Absence.KINDS),
        "errors": errors or [],
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/sheet.html", ctx, status=status)


def _sheet(request: HttpRequest, action: str, pk: int) -> MonthlySheet:
    return fetch(request, action, "attendance", MonthlySheet.objects.select_related("agency", "section"), pk=pk)


@requires("attendance", "read")
def sheet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _sheet_page(request, _sheet(request, "read", pk))


@requires("attendance", "sign")
@require_POST
def sheet_sign(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _sheet(request, "sign", pk)
    try:
        service.sign_sheet(sheet, request.user, request.POST.get("role", "")[:30])
    except BadInput as exc:
        sheet.refresh_from_db()
        return _sheet_page(request, sheet, [exc], status=422)
    _notice(request, "已签字 / signed")
    return HttpResponseRedirect(reverse("attendance:sheet", args=[sheet.pk]))


@requires("attendance", "write")
@require_POST
def sheet_submit(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _sheet(request, "write", pk)
    try:
        service.submit_sheet(sheet, request.user, forms_attached=request.POST.get("forms_attached") == "on")
    except BadInput as exc:
        sheet.refresh_from_db()
        return _sheet_page(request, sheet, [exc], status=422)
    _notice(request, "已报送 / sent")
    return HttpResponseRedirect(reverse("attendance:sheet", args=[sheet.pk]))


# --- duty ----------------------------------------------------------------------------------------------

SHIFT_FIELDS = ("day", "shift", "staff_name", "staff_username", "leader_name", "leader_username", "leader_rank")


def _duty_page(
    request: HttpRequest,
    agency: Agency,
    errors: list[BadInput] | None = None,
    form: Mapping[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    errors = list(errors or [])
    label, first, last = _month(request, errors)
    shifts = scoped(request, "duty", DutyShift.objects.filter(agency=agency, day__gte=first, day__lte=last))
    ctx = {
        "agency": agency,
        "month": label,
        "shifts": shifts.order_by("day", "shift"),
        "may_create": _may(request, "create", "duty", spot(agency)),
        "shift_kinds": DutyShift.SHIFTS,
        "ranks": DutyShift.LEADER_RANKS,
        "covered": service.applies("duty.roster", agency),
        "errors": errors,
        "form": form or {"day": timezone.localdate().isoformat(), "shift": "full"},
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/duty.html", ctx, status=status if not errors or status != 200 else 400)


@requires("duty", "read")
def duty(request: HttpRequest, slug: str) -> HttpResponse:
    return _duty_page(request, _agency(request, slug))


@requires("duty", "create")
@require_POST
def duty_new(request: HttpRequest, slug: str) -> HttpResponse:
    agency = _agency(request, slug)
    authorize(request, "create", "duty", spot(agency))
    form = _typed(request, SHIFT_FIELDS)
    try:
        staff = service.user_in_agency(agency, form["staff_username"], "staff_username")
        leader = service.user_in_agency(agency, form["leader_username"], "leader_username")
        shift = service.add_shift(
            agency,
            request.user,
            day=form["day"],
            shift=form["shift"] or "full",
            staff=staff,
            staff_name=form["staff_name"],
            leader=leader,
            leader_name=form["leader_name"],
            leader_rank=form["leader_rank"],
        )
    except BadInput as exc:
        return _duty_page(request, agency, [exc], form, status=422)
    _notice(request, f"已排班 {shift.day} / shift added")
    return HttpResponseRedirect(reverse("attendance:duty", args=[agency.slug]) + f"?month={shift.day:%Y-%m}")


LOG_FIELDS = (
    "kind",
    "at",
    "content",
    "opinion",
    "result",
    "urgent",
    "important",
    "info_complete",
    "verified",
    "persuaded",
    "shift_start",
    "arrived_at",
    "open_matters",
    "handed_over",
)


def _shift_page(
    request: HttpRequest,
    shift: DutyShift,
    errors: list[BadInput] | None = None,
    form: Mapping[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    ctx = {
        "agency": shift.agency,
        "s": shift,
        "logs": shift.logs.all(),
        "log_kinds": DutyLog.KINDS,
        "reportees": list(service.REPORTEES.items()),
        "may_log": _may(request, "write", "duty", shift),
        "may_pay": _may(request, "update", "duty", shift) and service.applies("duty.holiday_pay", shift.agency),
        "errors": errors or [],
        "form": form or {"kind": "phone_call", "info_complete": "on", "handed_over": "on", "reported_to": []},
        "notice": _pop_notice(request),
    }
    return render(request, "attendance/shift.html", ctx, status=status)


def _shift(request: HttpRequest, action: str, pk: int) -> DutyShift:
    return fetch(request, action, "duty", DutyShift.objects.select_related("agency"), pk=pk)


@requires("duty", "read")
def shift_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _shift_page(request, _shift(request, "read", pk))


@requires("duty", "write")
@require_POST
def shift_log(request: HttpRequest, pk: int) -> HttpResponse:
    shift = _shift(request, "write", pk)
    form: dict[str, Any] = _typed(request, LOG_FIELDS)
    form["reported_to"] = [r[:30] for r in request.POST.getlist("reported_to")][:4]
    try:
        raw_open = form["open_matters"] or "0"
        if not raw_open.isdigit() or len(raw_open) > 4:
            raise BadInput("未完事项数应为 0–1000 的整数", "open_matters must be a whole number 0–1000", "open_matters")
        service.add_log(
            shift,
            request.user,
            kind=form["kind"],
            at=form["at"],
            content=form["content"],
            reported_to=form["reported_to"],
            opinion=form["opinion"],
            result=form["result"],
            urgent=form["urgent"] == "on",
            important=form["important"] == "on",
            info_complete=form["info_complete"] == "on",
            verified=form["verified"] == "on",
            persuaded=form["persuaded"] == "on",
            shift_start=form["shift_start"] or None,
            arrived_at=form["arrived_at"] or None,
            open_matters=int(raw_open),
            handed_over=form["handed_over"] == "on",
        )
    except BadInput as exc:
        return _shift_page(request, shift, [exc], form, status=422)
    _notice(request, "已记录 / logged")
    return HttpResponseRedirect(reverse("attendance:shift", args=[shift.pk]))


@requires("duty", "update")
@require_POST
def shift_pay(request: HttpRequest, pk: int) -> HttpResponse:
    shift = _shift(request, "update", pk)
    form = _typed(request, ("daily_wage", "paid"))
    try:
        service.record_pay(shift, daily_wage=form["daily_wage"], paid=form["paid"])
    except BadInput as exc:
        shift.refresh_from_db()
        return _shift_page(request, shift, [exc], {"pay": form}, status=422)
    _notice(request, "已登记值班报酬 / pay recorded")
    return HttpResponseRedirect(reverse("attendance:shift", args=[shift.pk]))
