"""zhidu.seals: the seal register and the use log — an approved request is stamped by the keeper (never on blank
paper, the log's six fields complete, two copies kept for the archive at Wenshan), refused with the reason, or
the seal taken out and brought back; the keeper logs what a leader has already signed; handover, retirement and
loss through seal.manage. Each write a ledger entry with its verdict and clauses; only the keepers write."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from zhidu.ledger.models import LedgerEntry
from zhidu.rulebook.service import get_agency
from zhidu.seals.models import Seal, SealEvent, SealUse

from ..fleet.people import account, file_and_approve, staff_of

pytestmark = pytest.mark.django_db

W, B, T = "wenshan-hrss", "baicheng-fupin", "tongyu-hrss"
MONDAY = dt.date(2026, 9, 28)
USE = {"seal": "official", "purpose": "document", "content": "关于报送年度总结的报告", "copies": 3}


def client(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def post(c: Client, url: str, body: dict[str, Any]) -> Any:
    return c.post(url, body, content_type="application/json")


def message(r: Any) -> str:
    err = r.json()["error"]
    assert err["message_en"] and err["message_zh"]
    return err["message_zh"] + str(err.get("verdict") or "")


@pytest.fixture
def wenshan() -> Any:
    staff = staff_of(W)
    keeper = account(staff.agency, "w-keeper", "office", "办公室")
    seal = Seal.objects.create(
        agency=staff.agency, kind="official", name="文山壮族苗族自治州人力资源和社会保障局", keeper_name="严己"
    )
    return staff, keeper, seal


def test_an_approved_use_is_stamped_with_the_six_fields(wenshan: Any) -> None:
    staff, keeper, _ = wenshan
    app = file_and_approve(W, "seal.use", staff.applicant, {**USE, "to_archive": "on", "archive_copies": 2}, MONDAY)
    use = SealUse.objects.get(application=app)
    c = client(keeper)
    blank = post(c, f"/api/v1/seals/uses/{use.pk}/stamp", {"blank_paper": True, "version": use.version})
    assert blank.status_code == 422 and "不准在空白纸页上用印" in message(blank)
    assert LedgerEntry.objects.filter(action="refused:seals.use.stamp").exists()
    short = post(c, f"/api/v1/seals/uses/{use.pk}/stamp", {"archive_copies": 1, "version": use.version})
    assert short.status_code == 422 and "留存2份" in message(short)
    done = post(c, f"/api/v1/seals/uses/{use.pk}/stamp", {"version": use.version})
    assert done.status_code == 200, done.content
    row = done.json()
    assert row["status"] == "stamped" and row["number"] == "2026-0001" and row["at"]
    assert row["approver"] and row["handler"] and row["copies"] == 3 and row["content"] == USE["content"]
    assert "wenshan-hrss:34:6.3" in row["cites"]
    entry = LedgerEntry.objects.filter(action="seals.use.stamp").latest("seq")
    assert entry.verdict["outcome"] == "allowed" and "wenshan-hrss:34:6.4" in entry.citations
    again = post(c, f"/api/v1/seals/uses/{use.pk}/stamp", {"version": row["version"]})
    assert again.status_code == 422


def test_the_keeper_may_refuse_with_the_reason(wenshan: Any) -> None:
    staff, keeper, _ = wenshan
    app = file_and_approve(W, "seal.use", staff.applicant, USE, MONDAY)
    use = SealUse.objects.get(application=app)
    empty = post(client(keeper), f"/api/v1/seals/uses/{use.pk}/refuse", {"reason": " ", "version": use.version})
    assert empty.status_code == 422
    r = post(
        client(keeper), f"/api/v1/seals/uses/{use.pk}/refuse", {"reason": "成文日期与签发不符", "version": use.version}
    )
    assert (
        r.status_code == 200 and r.json()["status"] == "refused" and r.json()["refused_reason"] == "成文日期与签发不符"
    )
    assert LedgerEntry.objects.filter(action="seals.use.refuse").latest("seq").citations == ["wenshan-hrss:34:5.10"]


def test_a_seal_taken_out_and_brought_back(wenshan: Any) -> None:
    staff, keeper, seal = wenshan
    out = file_and_approve(W, "seal.use", staff.applicant, {**USE, "take_out": "on", "out_until": "2026-09-30"}, MONDAY)
    stamp = file_and_approve(W, "seal.use", staff.applicant, USE, MONDAY)
    go = SealUse.objects.get(application=out)
    other = SealUse.objects.get(application=stamp)
    c = client(keeper)
    wrong = post(c, f"/api/v1/seals/uses/{other.pk}/take-out", {"version": other.version})
    assert wrong.status_code == 422  # not an approved take-out
    r = post(c, f"/api/v1/seals/uses/{go.pk}/take-out", {"version": go.version})
    assert r.status_code == 200 and r.json()["status"] == "out"
    assert Seal.objects.get(pk=seal.pk).out
    busy = post(c, f"/api/v1/seals/uses/{other.pk}/stamp", {"version": other.version})
    assert busy.status_code == 422 and "印章已带出" in message(busy)
    back = post(c, f"/api/v1/seals/uses/{go.pk}/return", {"version": r.json()["version"]})
    assert back.status_code == 200 and back.json()["status"] == "returned" and back.json()["back_at"]
    assert not Seal.objects.get(pk=seal.pk).out
    assert post(c, f"/api/v1/seals/uses/{other.pk}/stamp", {"version": other.version}).status_code == 200


def test_the_keeper_logs_what_a_leader_signed_and_nothing_else(wenshan: Any) -> None:
    _, keeper, _ = wenshan
    c = client(keeper)
    body = {"seal": "official", "content": "介绍信", "approver": "刘一", "handler": "袁乙", "copies": 1}
    unsigned = post(c, "/api/v1/seals/uses", {**body, "signed_by_leader": False})
    assert unsigned.status_code == 422 and unsigned.json()["error"]["field"] == "signed_by_leader"
    blank = post(c, "/api/v1/seals/uses", {**body, "signed_by_leader": True, "blank_paper": True})
    assert blank.status_code == 422 and "不准在空白纸页上用印" in message(blank)
    no_approver = post(c, "/api/v1/seals/uses", {**body, "approver": "", "signed_by_leader": True})
    assert no_approver.status_code == 422
    ok = post(c, "/api/v1/seals/uses", {**body, "signed_by_leader": True})
    assert ok.status_code == 201 and ok.json()["status"] == "stamped" and ok.json()["approver"] == "刘一"
    assert SealUse.objects.count() == 1


def test_only_the_keepers_write_the_log(wenshan: Any) -> None:
    staff, _, seal = wenshan
    body = {
        "seal": "official",
        "content": "x",
        "approver": "刘一",
        "handler": "x",
        "copies": 1,
        "signed_by_leader": True,
    }
    assert post(client(staff.applicant), "/api/v1/seals/uses", body).status_code == 403
    r = post(
        client(staff.applicant),
        f"/api/v1/seals/seals/{seal.pk}/manage",
        {"action": "handover", "keeper_name": "x", "version": 1},
    )
    assert r.status_code == 403
    # a section head keeps only their section's seals (文山（二）3)
    head = account(staff.agency, "w-head", "section_head", "规划财务科")
    assert post(client(head), "/api/v1/seals/uses", body).status_code == 403


def test_handover_and_baicheng_loss(wenshan: Any) -> None:
    _, keeper, seal = wenshan
    r = post(
        client(keeper),
        f"/api/v1/seals/seals/{seal.pk}/manage",
        {"action": "handover", "keeper_name": "袁乙", "version": seal.version},
    )
    assert r.status_code == 200 and r.json()["keeper_name"] == "袁乙"
    event = SealEvent.objects.get(seal=seal, action="handover")
    assert event.outcome == "allowed" and "wenshan-hrss:34:4" in event.cites
    b = get_agency(B)
    b_keeper = account(b, "b-keeper", "office", "综合科")
    official = Seal.objects.create(agency=b, kind="official", name="白城市扶贫开发办公室", keeper_name="叶五")
    c = client(b_keeper)
    unreported = post(c, f"/api/v1/seals/seals/{official.pk}/manage", {"action": "lost", "version": official.version})
    assert unreported.status_code == 422 and "遗失声明" in message(unreported)
    reported = post(
        c,
        f"/api/v1/seals/seals/{official.pk}/manage",
        {"action": "lost", "reported": True, "version": official.version},
    )
    assert reported.status_code == 200 and reported.json()["status"] == "lost"


def test_baicheng_a_new_seal_only_through_an_approved_application() -> None:
    staff = staff_of(B)
    keeper = account(staff.agency, "b-keeper2", "office", "综合科")
    direct = post(client(keeper), "/api/v1/seals/seals", {"kind": "section", "name": "督查科", "keeper_name": "蔡六"})
    assert direct.status_code == 422 and "尚未取得审批" in message(direct)
    data = {
        "action": "new",
        "kind": "section",
        "name": "督查科",
        "keeper_name": "蔡六",
        "section": "督查科",
        "reason": "新设",
    }
    app = file_and_approve(B, "seal.new", staff.applicant, data, MONDAY)
    assert app.status == "approved"
    seal = Seal.objects.get(agency=staff.agency, name="督查科")
    assert seal.section is not None and seal.section.name == "督查科"
    assert SealEvent.objects.get(seal=seal).outcome == "needs_approval"  # approved by the application


def test_uncovered_agency_records_without_checks() -> None:
    agency = get_agency(T)
    keeper = account(agency, "t-keeper", "office", "人秘科")
    r = post(
        client(keeper),
        "/api/v1/seals/seals",
        {"kind": "official", "name": "通榆县人力资源和社会保障局", "keeper_name": "孙八"},
    )
    assert r.status_code == 201
    assert LedgerEntry.objects.filter(action="seals.seal.add").latest("seq").verdict["outcome"] == "recorded"


def test_pages(wenshan: Any) -> None:
    staff, keeper, seal = wenshan
    app = file_and_approve(W, "seal.use", staff.applicant, USE, MONDAY)
    use = SealUse.objects.get(application=app)
    c = client(keeper)
    for url in ("/seals/", f"/seals/{seal.pk}/", f"/seals/uses/{use.pk}/"):
        r = c.get(url)
        assert r.status_code == 200 and "印章" in r.content.decode(), url
    bad = c.post(f"/seals/uses/{use.pk}/stamp/", {"version": use.version, "blank_paper": "on", "copies": "3"})
    text = bad.content.decode()
    assert bad.status_code == 422 and 'role="alert"' in text and "不准在空白纸页上用印" in text
    assert c.post(f"/seals/uses/{use.pk}/stamp/", {"version": use.version, "copies": "3"}).status_code == 302
    assert SealUse.objects.get(pk=use.pk).status == "stamped"
    log = c.post("/seals/log/", {"seal": "official", "content": "证明", "approver": "", "handler": "x", "copies": "x"})
    assert log.status_code == 422 and "证明" in log.content.decode()
    # the applicant sees their own line, not the register's write forms
    own = client(staff.applicant).get(f"/seals/uses/{use.pk}/")
    assert own.status_code == 200 and "拒绝用印" not in own.content.decode()


def test_the_command_line_prints_the_use_log(wenshan: Any, capsys: Any) -> None:
    from zhidu import cli

    staff, _, seal = wenshan
    file_and_approve(W, "seal.use", staff.applicant, USE, MONDAY)
    assert cli.main(["seals", "log", W, "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026-0001" in out and USE["content"] in out and "共 1 条" in out
    assert cli.main(["seals", "list", W]) == 0 and seal.name in capsys.readouterr().out
    assert cli.main(["seals", "log", W, "--year", "x"]) == 2
