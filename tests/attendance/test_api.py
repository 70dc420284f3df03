"""The attendance API (/api/v1/attendance/) and CLI: bilingual refusals naming the field, the verdict carried
by a refusal, nothing saved from a bad file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from zhidu.attendance.models import AttendanceRecord, DutyShift, LeaveBalance, LeaveRecord

from .conftest import Staff
from .helpers import approve

pytestmark = pytest.mark.django_db
API = "/api/v1/attendance"
Clients = Callable[[Any], Client]


def post(c: Client, url: str, body: dict[str, Any]) -> Any:
    return c.post(url, json.dumps(body), content_type="application/json")


def test_records_import_and_derive_through_the_api(
    wenshan: Staff, office_of: Any, client_of: Clients, frozen: Any
) -> None:
    frozen(dt.date(2026, 3, 31))
    c = client_of(office_of(wenshan.agency))
    r = post(
        c,
        f"{API}/records",
        {"agency": "wenshan-hrss", "person_name": "袁乙", "day": "2026-03-02", "arrived_at": "08:46"},
    )
    assert r.status_code == 201 and r.json()["late"] and "wenshan-hrss:39:3" in r.json()["cites"]
    bad = post(
        c,
        f"{API}/records",
        {
            "agency": "wenshan-hrss",
            "person_name": "袁乙",
            "day": "2026-03-03",
            "arrived_at": "09:00",
            "left_at": "08:00",
        },
    )
    err = bad.json()["error"]
    assert bad.status_code == 422 and err["field"] == "left_at" and "不晚于" in err["message_zh"]
    csv = "日期,姓名,到岗\n2026-03-03,袁乙,08:50\n2026-03-04,袁乙,9点\n"
    bad = post(c, f"{API}/records/import", {"agency": "wenshan-hrss", "csv": csv})
    err = bad.json()["error"]
    assert bad.status_code == 422 and "第 3 行" in err["message_zh"] and "line 3" in err["message_en"]
    assert AttendanceRecord.objects.count() == 1
    ok = post(c, f"{API}/records/import", {"agency": "wenshan-hrss", "csv": csv.replace("9点", "09:01")})
    assert ok.status_code == 201 and ok.json()["rows"] == 2
    listed = c.get(f"{API}/records?agency=wenshan-hrss&month=2026-03").json()
    assert len(listed) == 3
    derived = post(c, f"{API}/absences/derive", {"agency": "wenshan-hrss", "month": "2026-03"})
    assert derived.status_code == 200
    assert [a["days"] for a in derived.json()["created"]] == ["0.5"]  # 3 late: 2次视为缺勤半天
    assert c.get(f"{API}/absences?agency=wenshan-hrss&month=2026-03").json()[0]["kind"] == "lateness"


def test_staff_may_not_keep_the_register_and_other_agencies_are_not_found(
    wenshan: Staff, district: Staff, client_of: Clients, office_of: Any
) -> None:
    staff = client_of(wenshan["袁乙"])
    body = {"agency": "wenshan-hrss", "person_name": "袁乙", "day": "2026-03-02"}
    assert post(staff, f"{API}/records", body).status_code == 403
    office = client_of(office_of(district.agency))
    refused = post(office, f"{API}/records", body)
    assert refused.status_code == 404 and refused.json()["error"]["message_en"]
    assert AttendanceRecord.objects.count() == 0


def test_leave_close_and_balances_through_the_api(wenshan: Staff, client_of: Clients, frozen: Any) -> None:
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
    listed = c.get(f"{API}/leave?agency=wenshan-hrss").json()
    assert [x["id"] for x in listed] == [record.pk] and listed[0]["days"] == "2.0"
    stale = post(c, f"{API}/leave/{record.pk}/close", {"returned_on": "2026-11-11", "version": record.version + 5})
    assert stale.status_code == 409
    closed = post(c, f"{API}/leave/{record.pk}/close", {"returned_on": "2026-11-11", "version": record.version})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert closed.json()["close_verdict"]["outcome"] == "allowed"
    assert c.get(f"{API}/balances?agency=wenshan-hrss&year=2026").json()[0]["used"] == "2.0"
    assert LeaveBalance.objects.get(person=staff).used == 2
    other = client_of(wenshan["柳丙"])
    assert other.get(f"{API}/leave/{record.pk}").status_code == 403  # another section's staff


def test_shift_refusal_carries_the_verdict(district: Staff, office_of: Any, client_of: Clients) -> None:
    c = client_of(office_of(district.agency))
    r = post(
        c,
        f"{API}/duty/shifts",
        {
            "agency": "district-bureau",
            "day": "2026-11-24",
            "staff_name": "田卯",
            "leader_name": "汪寅",
            "leader_rank": "section",
        },
    )
    err = r.json()["error"]
    assert r.status_code == 422 and err["verdict"]["outcome"] == "blocked"
    assert "处级" in err["message_zh"] and DutyShift.objects.count() == 0


def test_cli_import_derive_and_count(wenshan: Staff, office_of: Any, tmp_path: Path, capsys: Any, frozen: Any) -> None:
    from zhidu.cli import main

    frozen(dt.date(2026, 3, 31))
    clerk = office_of(wenshan.agency)
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,姓名,到岗\n2026-03-02,袁乙,08:50\n2026-02-30,袁乙,08:50\n", encoding="utf-8")
    assert main(["attendance", "import", "wenshan-hrss", str(bad), "--as", clerk.username]) == 2
    out = capsys.readouterr()
    assert "第 3 行" in out.err + out.out and AttendanceRecord.objects.count() == 0
    good = tmp_path / "good.csv"
    good.write_text("日期,姓名,到岗\n2026-03-02,袁乙,08:50\n2026-03-03,袁乙,08:50\n", encoding="utf-8")
    assert main(["attendance", "import", "wenshan-hrss", str(good), "--as", clerk.username]) == 0
    assert main(["attendance", "derive", "wenshan-hrss", "2026-03"]) == 0
    assert "缺勤（迟到早退折算）" in capsys.readouterr().out
    assert main(["attendance", "count", "wenshan-hrss", "2026-10-08", "2026-10-12"]) == 0
    assert "共 4 个工作日" in capsys.readouterr().out
    assert main(["attendance", "count", "baicheng-fupin", "2026-10-08", "2026-10-12", "--type", "sick"]) == 0
    assert "共 5 天" in capsys.readouterr().out
