"""Sample requests for the attendance pages and API (zhidu.attendance), merged into ``samples.SAMPLES``.

Each object sample creates a real row where the variant says (``World.place``); a request the table allows must
then succeed. Agency A (通榆) has no attendance or duty rules: its writes are recorded with a note saying so."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from .samples import Req, Sample, get
from .world import World

OWN_OTHER = ("own_agency", "other_agency")
RECORDS = ("mine", "own_section", "other_section", "other_agency", "own_agency")
ROSTER = ("mine", "own_agency", "other_agency")
DAY = dt.date(2026, 3, 2)
A = "tongyu-hrss"


def _slug(w: World, v: str) -> str:
    return w.place(v)[0].slug


def _leave(w: World, v: str) -> Any:
    from zhidu.attendance.models import LeaveRecord

    agency, section_id, owner = w.place(v)
    return LeaveRecord.objects.create(
        agency=agency,
        section_id=section_id,
        person=owner,
        person_name="矩阵",
        leave_type="personal",
        start=DAY,
        end=DAY + dt.timedelta(days=1),
        days=2,
        unit="working_days",
    )


def _sheet(w: World, v: str) -> Any:
    from zhidu.attendance.models import MonthlySheet

    agency, section_id, owner = w.place(v)
    return MonthlySheet.objects.create(agency=agency, section_id=section_id, month="2026-03", created_by=owner)


_days = itertools.count()


def _shift(w: World, v: str) -> Any:
    """A shift on a day of its own (the matrix builds each object before its rolled-back request)."""
    from zhidu.attendance.models import DutyShift

    agency, _, owner = w.place(v)
    day = DAY - dt.timedelta(days=next(_days) % 3000)
    return DutyShift.objects.create(agency=agency, day=day, staff=owner, staff_name="矩阵", created_by=owner)


def _log(url: str) -> Any:
    def build(w: World, v: str) -> Req:
        shift = _shift(w, v)
        return Req("POST", url.format(id=shift.pk), {**LOG, "at": f"{shift.day.isoformat()}T10:00"})

    return build


def _on(make: Any, url: str, body: dict[str, Any] | None = None, method: str = "POST") -> Any:
    def build(w: World, v: str) -> Req:
        return Req(method, url.format(id=make(w, v).pk), None if body is None else dict(body))

    return build


def _record_body(w: World, v: str) -> dict[str, Any]:
    agency, section_id, owner = w.place(v)
    return {
        "agency": agency.slug,
        "person_name": "矩阵人员",
        "username": owner.username,
        "section": section_id,
        "day": DAY.isoformat(),
    }


def _record_api(w: World, v: str) -> Req:
    return Req("POST", "/api/v1/attendance/records", _record_body(w, v))


def _record_page(w: World, v: str) -> Req:
    body = _record_body(w, v)
    slug = body.pop("agency")
    body["section"] = "" if body["section"] is None else str(body["section"])
    return Req("POST", f"/a/{slug}/attendance/records/new/", body)


CSV = "日期,姓名\n2026-03-02,矩阵人员\n"


def _import_api(w: World, v: str) -> Req:
    return Req("POST", "/api/v1/attendance/records/import", {"agency": _slug(w, v), "csv": CSV})


def _import_page(w: World, v: str) -> Req:
    upload = SimpleUploadedFile("matrix.csv", CSV.encode(), "text/csv")
    return Req("POST", f"/a/{_slug(w, v)}/attendance/records/import/", {"file": upload})


def _sheet_body(w: World, v: str) -> dict[str, Any]:
    agency, section_id, _ = w.place(v)
    return {"agency": agency.slug, "month": "2026-03", "section": section_id}


def _sheet_api(w: World, v: str) -> Req:
    return Req("POST", "/api/v1/attendance/sheets", _sheet_body(w, v))


def _sheet_page(w: World, v: str) -> Req:
    body = _sheet_body(w, v)
    slug = body.pop("agency")
    body["section"] = "" if body["section"] is None else str(body["section"])
    return Req("POST", f"/a/{slug}/attendance/sheets/new/", body)


SHIFT = {"day": DAY.isoformat(), "shift": "full", "staff_name": "矩阵值班"}
LOG = {"kind": "phone_call", "at": f"{DAY.isoformat()}T10:00", "content": "矩阵电话记录"}
PAY = {"daily_wage": "200.00", "paid": "600.00"}

ATTENDANCE_SAMPLES: dict[str, Sample] = {
    # pages
    "/attendance/ [attendance:home]": get("/attendance/"),
    "/a/<slug:slug>/attendance/ [attendance:overview]": get(f"/a/{A}/attendance/"),
    "/a/<slug:slug>/attendance/records/ [attendance:records]": get(f"/a/{A}/attendance/records/?month=2026-03"),
    "/a/<slug:slug>/attendance/records/new/ [attendance:record_new]": Sample(_record_page, RECORDS),
    "/a/<slug:slug>/attendance/records/import/ [attendance:record_import]": Sample(_import_page, OWN_OTHER),
    "/a/<slug:slug>/attendance/absences/ [attendance:absences]": get(f"/a/{A}/attendance/absences/"),
    "/a/<slug:slug>/attendance/absences/derive/ [attendance:absences_derive]": Sample(
        lambda w, v: Req("POST", f"/a/{_slug(w, v)}/attendance/absences/derive/", {"month": "2026-03"}), OWN_OTHER
    ),
    "/a/<slug:slug>/attendance/sheets/ [attendance:sheets]": get(f"/a/{A}/attendance/sheets/"),
    "/a/<slug:slug>/attendance/sheets/new/ [attendance:sheet_new]": Sample(_sheet_page, RECORDS),
    "/a/<slug:slug>/duty/ [attendance:duty]": get(f"/a/{A}/duty/?month=2026-03"),
    "/a/<slug:slug>/duty/new/ [attendance:duty_new]": Sample(
        lambda w, v: Req("POST", f"/a/{_slug(w, v)}/duty/new/", dict(SHIFT)), OWN_OTHER
    ),
    "/attendance/leave/<int:pk>/ [attendance:leave]": Sample(
        _on(_leave, "/attendance/leave/{id}/", method="GET"), RECORDS
    ),
    "/attendance/leave/<int:pk>/close/ [attendance:leave_close]": Sample(
        _on(_leave, "/attendance/leave/{id}/close/", {"returned_on": "2026-03-04"}), RECORDS
    ),
    "/attendance/leave/<int:pk>/file/ [attendance:leave_file]": Sample(
        _on(_leave, "/attendance/leave/{id}/file/", {"filed_on": "2026-03-01"}), RECORDS
    ),
    "/attendance/sheets/<int:pk>/ [attendance:sheet]": Sample(
        _on(_sheet, "/attendance/sheets/{id}/", method="GET"), RECORDS
    ),
    "/attendance/sheets/<int:pk>/sign/ [attendance:sheet_sign]": Sample(
        _on(_sheet, "/attendance/sheets/{id}/sign/", {"role": "clerk"}), RECORDS
    ),
    "/attendance/sheets/<int:pk>/submit/ [attendance:sheet_submit]": Sample(
        _on(_sheet, "/attendance/sheets/{id}/submit/", {"forms_attached": "on"}), RECORDS
    ),
    "/duty/<int:pk>/ [attendance:shift]": Sample(_on(_shift, "/duty/{id}/", method="GET"), ROSTER),
    "/duty/<int:pk>/log/ [attendance:shift_log]": Sample(_log("/duty/{id}/log/"), ROSTER),
    "/duty/<int:pk>/pay/ [attendance:shift_pay]": Sample(_on(_shift, "/duty/{id}/pay/", PAY), ROSTER),
    # the API
    "GET /api/v1/attendance/leave": get("/api/v1/attendance/leave"),
    "GET /api/v1/attendance/leave/<leave_id>": Sample(
        _on(_leave, "/api/v1/attendance/leave/{id}", method="GET"), RECORDS
    ),
    "POST /api/v1/attendance/leave/<leave_id>/close": Sample(
        _on(_leave, "/api/v1/attendance/leave/{id}/close", {"returned_on": "2026-03-04"}), RECORDS
    ),
    "POST /api/v1/attendance/leave/<leave_id>/file": Sample(
        _on(_leave, "/api/v1/attendance/leave/{id}/file", {"filed_on": "2026-03-01"}), RECORDS
    ),
    "GET /api/v1/attendance/balances": get("/api/v1/attendance/balances"),
    "GET /api/v1/attendance/records": get(f"/api/v1/attendance/records?agency={A}&month=2026-03"),
    "POST /api/v1/attendance/records": Sample(_record_api, RECORDS),
    "POST /api/v1/attendance/records/import": Sample(_import_api, OWN_OTHER),
    "GET /api/v1/attendance/absences": get(f"/api/v1/attendance/absences?agency={A}&month=2026-03"),
    "POST /api/v1/attendance/absences/derive": Sample(
        lambda w, v: Req("POST", "/api/v1/attendance/absences/derive", {"agency": _slug(w, v), "month": "2026-03"}),
        OWN_OTHER,
    ),
    "GET /api/v1/attendance/sheets": get(f"/api/v1/attendance/sheets?agency={A}"),
    "POST /api/v1/attendance/sheets": Sample(_sheet_api, RECORDS),
    "GET /api/v1/attendance/sheets/<sheet_id>": Sample(
        _on(_sheet, "/api/v1/attendance/sheets/{id}", method="GET"), RECORDS
    ),
    "POST /api/v1/attendance/sheets/<sheet_id>/sign": Sample(
        _on(_sheet, "/api/v1/attendance/sheets/{id}/sign", {"role": "clerk"}), RECORDS
    ),
    "POST /api/v1/attendance/sheets/<sheet_id>/submit": Sample(
        _on(_sheet, "/api/v1/attendance/sheets/{id}/submit", {"forms_attached": True}), RECORDS
    ),
    "GET /api/v1/attendance/duty/shifts": get(f"/api/v1/attendance/duty/shifts?agency={A}&month=2026-03"),
    "POST /api/v1/attendance/duty/shifts": Sample(
        lambda w, v: Req("POST", "/api/v1/attendance/duty/shifts", {"agency": _slug(w, v), **SHIFT}), OWN_OTHER
    ),
    "GET /api/v1/attendance/duty/shifts/<shift_id>": Sample(
        _on(_shift, "/api/v1/attendance/duty/shifts/{id}", method="GET"), ROSTER
    ),
    "POST /api/v1/attendance/duty/shifts/<shift_id>/logs": Sample(
        _log("/api/v1/attendance/duty/shifts/{id}/logs"), ROSTER
    ),
    "POST /api/v1/attendance/duty/shifts/<shift_id>/pay": Sample(
        _on(_shift, "/api/v1/attendance/duty/shifts/{id}/pay", PAY), ROSTER
    ),
}
