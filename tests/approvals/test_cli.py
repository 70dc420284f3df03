"""``zhidu approvals``: kinds with their fields, overdue steps, one application, its sheet as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from zhidu.approvals import service
from zhidu.cli import main

from .conftest import Tongyu

pytestmark = pytest.mark.django_db
OK = {"guests": 8, "accompanying": 3, "has_official_letter": True, "purpose": "official", "visit_on": "2026-11-25"}


def test_kinds_overdue_show_and_sheet(tongyu: Tongyu, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["approvals", "kinds", "tongyu-hrss", "--fields"]) == 0
    out = capsys.readouterr().out
    assert "test.reception" in out and "guests\tinteger\t必填\t接待对象人数 / Guests" in out
    app = service.create(tongyu.agency, "test.reception", tongyu.wushi, OK, today=dt.date(2026, 11, 2))
    service.submit(app.pk, tongyu.wushi, app.version, today=dt.date(2026, 11, 2))
    assert main(["approvals", "overdue", "tongyu-hrss", "--on", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert "张三" in out and "超期12个工作日" in out and "共 1 件" in out
    assert main(["approvals", "show", str(app.pk)]) == 0
    out = capsys.readouterr().out
    assert "接待对象人数：8" in out and "一把手" in out and "提交" in out
    pdf = tmp_path / "sheet.pdf"
    assert main(["approvals", "sheet", str(app.pk), "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["approvals", "show", "999999"]) == 2
    assert "没有申请" in capsys.readouterr().err
