"""The attendance pages: Chinese first, the verdict and its clauses shown, refused input re-rendered with the
message in both languages and what was typed kept; another agency's pages are not found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from zhidu.attendance import service
from zhidu.attendance.models import AttendanceRecord, DutyShift, LeaveRecord

from .conftest import Staff
from .helpers import approve

pytestmark = pytest.mark.django_db

Clients = Callable[[Any], Client]


def test_overview_lists_my_leave_the_kinds_i_may_apply_for_and_my_balance(
    baicheng: Staff, client_of: Clients, frozen: Any
) -> None:
    frozen(dt.date(2026, 11, 20))
    staff = baicheng["戴九"]
    data = {
        "leave_type": "annual",
        "rank": "staff",
        "start": "2026-11-02",
        "end": "2026-11-03",
        "reason": "休假",
        "service_years": "3",
    }
    approve("leave.request", baicheng.agency, staff, data, dt.date(2026, 10, 20))
    page = client_of(staff).get(f"/a/{baicheng.agency.slug}/attendance/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "年休假" in text and "请假" in text and "/approvals/leave.request/new/" in text
    assert "baicheng-fupin:12:3.1" in text  # the balance's basis
    other = client_of(staff).get("/a/wenshan-hrss/attendance/")
    assert other.status_code == 404


def test_closing_a_leave_on_the_page_keeps_what_was_typed_when_refused(
    wenshan: Staff, client_of: Clients, frozen: Any
) -> None:
    frozen(dt.date(2026, 11, 20))
    staff = wenshan["袁乙"]
    app, _ = approve(
        "leave.request",
        wenshan.agency,
        staff,
        {"leave_type": "personal", "rank": "staff", "start": "2026-11-09", "end": "2026-11-10", "reason": "事"},
        dt.date(2026, 11, 2),
    )
    record = LeaveRecord.objects.get(application=app)
    c = client_of(staff)
    page = c.get(f"/attendance/leave/{record.pk}/")
    assert page.status_code == 200 and "wenshan-hrss:38:3" in page.content.decode()
    bad = c.post(f"/attendance/leave/{record.pk}/close/", {"returned_on": "2026-11-30", "closed_on": "2026-11-29"})
    text = bad.content.decode()
    assert bad.status_code == 422 and 'role="alert"' in text
    assert "尚未到来" in text and "in the future" in text and 'value="2026-11-29"' in text
    ok = c.post(f"/attendance/leave/{record.pk}/close/", {"returned_on": "2026-11-13", "version": record.version})
    assert ok.status_code == 302
    page = c.get(f"/attendance/leave/{record.pk}/")
    text = page.content.decode()
    assert "旷工" in text and "逾期" in text  # the overstay verdict and the absence it makes


def test_the_register_pages_for_the_office(wenshan: Staff, office_of: Any, client_of: Clients, frozen: Any) -> None:
    frozen(dt.date(2026, 3, 31))
    clerk = office_of(wenshan.agency)
    c = client_of(clerk)
    slug = wenshan.agency.slug
    page = c.get(f"/a/{slug}/attendance/records/?month=2026-03")
    assert page.status_code == 200 and "15分钟" in page.content.decode()
    bad = c.post(
        f"/a/{slug}/attendance/records/new/",
        {"person_name": "袁乙", "day": "2026-03-02", "arrived_at": "09:00", "left_at": "08:00", "note": "补录"},
    )
    text = bad.content.decode()
    assert bad.status_code == 422 and "不晚于到岗" in text and 'value="补录"' in text
    ok = c.post(
        f"/a/{slug}/attendance/records/new/", {"person_name": "袁乙", "day": "2026-03-02", "arrived_at": "09:00"}
    )
    assert ok.status_code == 302 and AttendanceRecord.objects.get().late
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv = SimpleUploadedFile("bad.csv", "日期,姓名,到岗\n2026-03-03,袁乙,8点\n".encode(), "text/csv")
    refused = c.post(f"/a/{slug}/attendance/records/import/", {"file": csv})
    assert refused.status_code == 422 and "第 2 行" in refused.content.decode()
    assert AttendanceRecord.objects.count() == 1
    derived = c.post(f"/a/{slug}/attendance/absences/derive/", {"month": "2026-03"})
    assert derived.status_code == 302
    sheet = c.post(f"/a/{slug}/attendance/sheets/new/", {"month": "2026-03"})
    assert sheet.status_code == 302
    detail = c.get(sheet["Location"])
    assert detail.status_code == 200 and "袁乙" in detail.content.decode()


def test_the_roster_page_refuses_with_the_clause_and_keeps_the_form(
    district: Staff, office_of: Any, client_of: Clients
) -> None:
    office = office_of(district.agency)
    c = client_of(office)
    slug = district.agency.slug
    refused = c.post(f"/a/{slug}/duty/new/", {"day": "2026-11-24", "shift": "full", "staff_name": "田卯"})
    text = refused.content.decode()
    assert refused.status_code == 422 and "带班领导" in text and "district-bureau:35:1" in text
    assert 'value="田卯"' in text and DutyShift.objects.count() == 0
    ok = c.post(
        f"/a/{slug}/duty/new/",
        {
            "day": "2026-11-24",
            "shift": "full",
            "staff_name": "田卯",
            "staff_username": district["田卯"].username,
            "leader_name": "郭丑",
            "leader_rank": "division",
        },
    )
    assert ok.status_code == 302
    shift = DutyShift.objects.get()
    page = client_of(district["田卯"]).get(f"/duty/{shift.pk}/")
    assert page.status_code == 200 and "郭丑" in page.content.decode()
    log = client_of(district["田卯"]).post(
        f"/duty/{shift.pk}/log/", {"kind": "petitioner", "at": "2026-11-24T10:00", "content": "来访群众反映工资问题"}
    )
    assert log.status_code == 422 and "带班领导" in log.content.decode()  # persuasion failed, not reported
    assert "来访群众反映工资问题" in log.content.decode()
    assert service.applies("duty.report", district.agency)


def test_every_clause_the_kinds_cite_exists() -> None:
    from zhidu.approvals import kinds
    from zhidu.core.rulebook.importer import load_shipped

    books = {b.slug: b for b in load_shipped()}
    for kid in (
        "leave.request",
        "leave.outing",
        "leave.sick_pay",
        "attendance.overtime",
        "duty.absence",
        "duty.roster",
    ):
        for cite in kinds.get(kid).cites:
            slug, number, path = cite.split(":")
            system = books[slug].system(int(number))
            assert system is not None and system.clause(tuple(int(p) for p in path.split("."))) is not None, cite


def test_the_engine_renders_each_kinds_form(
    wenshan: Staff, district: Staff, baicheng: Staff, tongyu_agency: Any, client_of: Clients
) -> None:
    from zhidu.accounts.models import RoleAssignment, User

    cases = [
        (wenshan, "袁乙", ["leave.request", "leave.outing", "duty.absence", "duty.roster"]),
        (district, "田卯", ["leave.request", "leave.outing", "attendance.overtime", "duty.roster"]),
        (baicheng, "戴九", ["leave.request", "leave.outing"]),
    ]
    for staff, name, kinds in cases:
        c = client_of(staff[name])
        for kid in kinds:
            page = c.get(f"/a/{staff.agency.slug}/approvals/{kid}/new/")
            assert page.status_code == 200, (staff.agency.slug, kid, page.status_code)
            assert "假" in page.content.decode() or "值班" in page.content.decode()
    hr = User.objects.create_user("ty.hr", password="Attendance-test-2026!", agency=tongyu_agency)
    RoleAssignment.objects.create(user=hr, agency=tongyu_agency, role="staff")
    page = client_of(hr).get("/a/tongyu-hrss/approvals/leave.sick_pay/new/")
    assert page.status_code == 200 and "病假" in page.content.decode()
