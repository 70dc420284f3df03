"""The leave, attendance and duty kinds through the approvals engine: the route each agency's text sets, with
the people resolved from the org chart; the applicant never approves their own request; refused requests keep
what was typed; ``on_approved`` books the leave record and the balance."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from zhidu.approvals import service
from zhidu.approvals.models import Application
from zhidu.attendance.models import LeaveBalance, LeaveRecord
from zhidu.core.errors import Refused

from ..attendance.conftest import Staff, _people

pytestmark = pytest.mark.django_db

SEPT = dt.date(2026, 9, 21)  # a Monday, before the leaves below


@pytest.fixture
def ws(db: Any) -> Staff:
    return _people("wenshan-hrss")


@pytest.fixture
def db_(db: Any) -> Staff:
    return _people("district-bureau")


@pytest.fixture
def bc(db: Any) -> Staff:
    return _people("baicheng-fupin")


def _route(app: Application) -> list[tuple[str, str]]:
    return [(s.role, s.assignee_name) for s in app.steps.order_by("order")]


def test_wenshan_leave_goes_to_the_leader_in_charge_of_the_section_and_is_booked(ws: Staff) -> None:
    staff = ws["袁乙"]  # 规划财务科; 何甲 分管
    data = {"leave_type": "personal", "rank": "staff", "start": "2026-10-08", "end": "2026-10-12", "reason": "家事"}
    app = service.create(ws.agency, "leave.request", staff, data, today=SEPT)
    checked = service.check_application(app, today=SEPT)
    assert [p.person for p in checked.route] == ["何甲"]
    app = service.submit(app.pk, staff, app.version, today=SEPT)
    assert _route(app) == [("deputy_in_charge", "何甲")]
    assert "wenshan-hrss:38:3" in app.cites
    app = service.act(app.pk, ws["何甲"], app.version, "approve", today=SEPT)
    assert app.status == Application.APPROVED
    record = LeaveRecord.objects.get(application=app)
    assert record.days == 4 and record.unit == "working_days" and not record.provisional
    assert LeaveBalance.objects.get(person=staff, leave_type="personal").used == 4


def test_the_applicant_never_approves_their_own_request(db_: Staff) -> None:
    """区局 “实行经办与审批分离制” (district-bureau:25:14): 郭丑, 分管 财务科, also works in it and asks for 补休:
    he is refused as his own approver, with the clause, and the request cannot go without another approver."""
    from zhidu.org.models import Holding, Person, Section

    guo = Person.objects.get(agency=db_.agency, name="郭丑")
    caiwu = Section.objects.get(agency=db_.agency, key="caiwu")
    Holding.objects.create(person=guo, role="staff", section=caiwu, valid_from=dt.date(2020, 1, 1))
    ot = {
        "worked_on": "2026-09-12",
        "worked_to": "2026-09-13",
        "overtime_days": "2",
        "task": "决算",
        "arranged_by_deputy": "on",
    }
    app = service.create(db_.agency, "attendance.overtime", db_["郭丑"], ot, today=SEPT)
    checked = service.check_application(app, today=SEPT)
    refusals = checked.resolution.get("refusals", [])
    assert any(r.get("person") == "郭丑" for r in refusals), refusals
    assert "district-bureau:25:14" in checked.cites()
    assert "郭丑" not in [p.person for p in checked.route]
    with pytest.raises(Refused):
        service.submit(app.pk, db_["郭丑"], app.version, today=SEPT)
    app.refresh_from_db()
    assert app.status == Application.DRAFT and app.data["task"] == "决算"


def test_wenshan_flags_a_bureau_leader_asking_leave_from_duty(ws: Staff) -> None:
    """文山 第三十六条(二): leave from duty “必须事先向局领导请假”; a bureau leader asking is not routed to himself
    (Wenshan's text has no clause against it: the resolution flags it)."""
    leader = ws["何甲"]
    data = {"role": "duty_leader", "duty_day": "2026-10-01", "reason": "赴省开会", "leaves_city": "yes"}
    app = service.create(ws.agency, "duty.absence", leader, data, today=SEPT)
    checked = service.check_application(app, today=SEPT)
    assert checked.route and checked.route[0].person != "何甲"
    assert any("何甲" in n.get("message_zh", "") for n in checked.resolution.get("notes", []))
    assert "wenshan-hrss:40:2" in checked.cites()


def test_baicheng_annual_leave_over_the_entitlement_is_refused_and_the_draft_kept(bc: Staff) -> None:
    staff = bc["戴九"]
    data = {
        "leave_type": "annual",
        "rank": "staff",
        "start": "2026-11-02",
        "end": "2026-11-13",
        "reason": "休假",
        "service_years": "5",
    }  # 10 working days; 满1年不满10年: 5 days
    app = service.create(bc.agency, "leave.request", staff, data, today=SEPT)
    with pytest.raises(Refused) as err:
        service.submit(app.pk, staff, app.version, today=SEPT)
    assert "超过可享受" in err.value.message_zh and err.value.verdict
    app.refresh_from_db()
    assert app.status == Application.DRAFT and app.data["end"] == "2026-11-13" and app.data["service_years"] == 5


def test_district_overtime_earns_compensatory_leave_which_a_leave_request_draws_on(db_: Staff) -> None:
    staff = db_["田卯"]  # 财务科; 郭丑 分管
    ot = {
        "worked_on": "2026-09-12",
        "worked_to": "2026-09-13",
        "overtime_days": "2",
        "task": "决算报表",
        "arranged_by_deputy": "on",
    }
    app = service.create(db_.agency, "attendance.overtime", staff, ot, today=SEPT)
    app = service.submit(app.pk, staff, app.version, today=SEPT)
    assert _route(app) == [("deputy_in_charge", "郭丑")]
    app = service.act(app.pk, db_["郭丑"], app.version, "approve", today=SEPT)
    assert LeaveBalance.objects.get(person=staff, leave_type="comp").entitled == 2
    three = {"leave_type": "comp", "rank": "staff", "start": "2026-09-28", "end": "2026-09-30", "reason": "补休"}
    checked = service.check(service.kind_for(db_.agency, "leave.request"), db_.agency, three, staff, today=SEPT)
    assert "days" in checked.filled.errors and "补休" in checked.filled.errors["days"][0]
    two = {**three, "end": "2026-09-29"}
    checked = service.check(service.kind_for(db_.agency, "leave.request"), db_.agency, two, staff, today=SEPT)
    assert checked.filled.valid and not checked.blocked


def test_a_leave_in_an_unknown_year_is_flagged_on_the_form_and_kept_with_the_record(ws: Staff) -> None:
    staff = ws["袁乙"]
    data = {"leave_type": "personal", "rank": "staff", "start": "2027-03-01", "end": "2027-03-02", "reason": "家事"}
    app = service.create(ws.agency, "leave.request", staff, data, today=dt.date(2026, 11, 23))
    assert "临时日历" in app.title
    checked = service.check_application(app, today=dt.date(2026, 11, 23))
    assert any("临时日历" in t for f in checked.findings() for t in f["trace"])
    app = service.submit(app.pk, staff, app.version, today=dt.date(2026, 11, 23))
    app = service.act(app.pk, ws["华庚"], app.version, "approve", today=dt.date(2026, 11, 23))
    assert LeaveRecord.objects.get(application=app).provisional


def test_tongyu_sick_pay_computes_the_pay_and_needs_the_papers(db: Any) -> None:
    from zhidu.agencies.models import Agency
    from zhidu.approvals import kinds

    agency = Agency.objects.get(slug="tongyu-hrss")
    kind = service.kind_for(agency, "leave.sick_pay")
    data = {
        "employee_name": "某职工",
        "employer": "县就业服务中心",
        "service_years": "12",
        "sick_since": "2026-01-05",
        "pay_month": "2026-08-10",
        "basic_wage": "3000",
        "performance_pay": "2000",
        "hospital_grade": "secondary_a",
        "request_letter": "on",
        "diagnosis": "on",
        "leave_slip": "on",
    }
    checked = service.check(kind, agency, data, None, today=dt.date(2026, 8, 10))
    msgs = [f["message_zh"] for f in checked.findings()]
    assert any("第 8 个月" in m and "80%" in m and "合计 4,320 元" in m for m in msgs), msgs
    assert "tongyu-hrss:22:3.3.2" in checked.cites()
    missing = service.check(kind, agency, {**data, "diagnosis": ""}, None, today=dt.date(2026, 8, 10))
    assert missing.blocked
    low = service.check(kind, agency, {**data, "hospital_grade": "primary"}, None, today=dt.date(2026, 8, 10))
    assert low.blocked
    assert kinds.get("leave.sick_pay").applies_to("tongyu-hrss")
    assert not kinds.get("leave.request").applies_to("tongyu-hrss")  # 通榆's text has no leave rules


def test_a_sick_leave_that_needs_a_certificate_is_not_submitted_without_the_file(db_: Staff) -> None:
    """区局 三(一) “请假三天(含)以上的,应提供医务部门出具的检查、诊断、建议休假材料”: ticking the box is not enough."""
    staff = db_["田卯"]
    data = {
        "leave_type": "sick",
        "rank": "staff",
        "start": "2026-09-28",
        "end": "2026-09-30",
        "reason": "住院",
        "medical_certificate": "on",
    }
    app = service.create(db_.agency, "leave.request", staff, data, today=SEPT)
    with pytest.raises(Refused) as err:
        service.submit(app.pk, staff, app.version, today=SEPT)
    assert "district-bureau:58:3.1" in str(err.value.verdict)
    app.refresh_from_db()
    service.attach(app.pk, staff, app.version, "诊断证明.pdf", b"%PDF-1.4 diagnosis")
    app.refresh_from_db()
    app = service.submit(app.pk, staff, app.version, today=SEPT)
    assert [r for r, _ in _route(app)] == ["section_head", "deputy_in_charge", "chief"]
