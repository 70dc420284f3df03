"""三员分立: the three administrators each do one job, none reads another's log or grants itself (or each
other) another's rights; one administrator role per account, never with a business role. Grants and
revocations through the API and the page, accounts made by the system administrator, each in the ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from zhidu.access.policy import visible_ledger_categories
from zhidu.accounts.models import RoleAssignment, User
from zhidu.cli import main as zhidu
from zhidu.core.errors import BadInput
from zhidu.ledger import service as ledger
from zhidu.ledger.models import LedgerEntry

pytestmark = pytest.mark.django_db
GRANTS = "/api/v1/access/grants"


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def error_of(response: Any) -> dict[str, Any]:
    err = response.json()["error"]
    assert has_chinese(err["message_zh"]) and err["message_en"], err
    return err


def post(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, body, content_type="application/json")


@pytest.fixture
def admins(make_user: Any, agency_a: Any) -> dict[str, User]:
    return {r: make_user(f"a.{r}", agency_a, r) for r in ("system_admin", "security_admin", "audit_admin")}


# --- one administrator role per account, never with a business role -----------------------------------


def test_two_administrator_roles_are_refused_whoever_saves_them(admins: dict[str, User], agency_a: Any) -> None:
    with pytest.raises(BadInput) as exc:
        RoleAssignment.objects.create(user=admins["system_admin"], agency=agency_a, role="audit_admin")
    assert exc.value.field == "role" and "三员分立" in exc.value.message_zh
    assert "system_admin" in exc.value.message_en and "audit_admin" in exc.value.message_en
    assert not RoleAssignment.objects.filter(user=admins["system_admin"], role="audit_admin").exists()


def test_an_administrator_role_and_a_business_role_do_not_mix(make_user: Any, agency_a: Any) -> None:
    staff = make_user("b.staff", agency_a, "staff")
    with pytest.raises(BadInput, match="business role"):
        RoleAssignment.objects.create(user=staff, agency=agency_a, role="security_admin")
    admin = make_user("b.admin", agency_a, "security_admin")
    with pytest.raises(BadInput, match="管理员角色"):
        RoleAssignment.objects.create(user=admin, agency=agency_a, role="chief")


def test_periods_that_do_not_meet_are_allowed(make_user: Any, agency_a: Any) -> None:
    """A staff member who became the security administrator after their post ended: never both at once."""
    user = make_user("c.user", agency_a)
    RoleAssignment.objects.create(
        user=user, agency=agency_a, role="staff", valid_from=dt.date(2020, 1, 1), valid_to=dt.date(2024, 12, 31)
    )
    RoleAssignment.objects.create(user=user, agency=agency_a, role="security_admin", valid_from=dt.date(2025, 1, 1))
    with pytest.raises(BadInput):  # … but not back-dated into the staff years
        RoleAssignment.objects.create(
            user=user,
            agency=agency_a,
            role="system_admin",
            valid_from=dt.date(2024, 6, 1),
            valid_to=dt.date(2024, 7, 1),
        )
    RoleAssignment.objects.create(
        user=user, agency=agency_a, role="office", valid_from=dt.date(2019, 1, 1), valid_to=dt.date(2019, 12, 31)
    )


def test_business_roles_combine_freely(make_user: Any, agency_a: Any) -> None:
    user = make_user("d.user", agency_a, "deputy", "deputy_in_charge", "finance_deputy")
    assert sorted(user.roles_on()) == ["deputy", "deputy_in_charge", "finance_deputy"]


# --- granting and revoking ---------------------------------------------------------------------------


def test_the_security_administrator_grants_and_the_ledger_keeps_it(
    admins: dict[str, User], make_user: Any, client_for: Any
) -> None:
    target = make_user("e.target", admins["system_admin"].agency)
    r = post(client_for(admins["security_admin"]), GRANTS, {"username": "e.target", "role": "staff", "reason": "入职"})
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["role"] == "staff" and body["agency"] == "tongyu-hrss" and body["active"] and not body["admin"]
    assert target.roles_on() == ["staff"]
    entry = LedgerEntry.objects.filter(obj_type="accounts.RoleAssignment", obj_id=str(body["id"])).get()
    assert entry.category == "security" and entry.actor_id == admins["security_admin"].pk
    assert entry.reason == "入职" and entry.after["role"] == "staff"


@pytest.mark.parametrize("role", ["system_admin", "audit_admin", "chief", "staff"])
def test_nobody_else_grants(role: str, admins: dict[str, User], make_user: Any, client_for: Any, agency_a: Any) -> None:
    actor = admins.get(role) or make_user(f"f.{role}", agency_a, role)
    make_user("f.target", agency_a)
    r = post(client_for(actor), GRANTS, {"username": "f.target", "role": "staff"})
    assert r.status_code == 403 and "无权" in error_of(r)["message_zh"]
    assert not RoleAssignment.objects.filter(user__username="f.target").exists()
    denied = LedgerEntry.objects.filter(action="access.denied", actor_id=actor.pk).get()
    assert denied.category == "security" and denied.meta["status"] == 403


@pytest.mark.parametrize("role", ["security_admin", "audit_admin", "system_admin", "chief"])
def test_the_security_administrator_grants_nothing_to_themselves(
    role: str, admins: dict[str, User], client_for: Any
) -> None:
    r = post(client_for(admins["security_admin"]), GRANTS, {"username": "a.security_admin", "role": role})
    assert r.status_code == 403, r.content
    assert "自己" in error_of(r)["message_zh"]
    assert admins["security_admin"].roles_on() == ["security_admin"]


def test_no_administrator_gets_a_second_administrators_rights(admins: dict[str, User], client_for: Any) -> None:
    """The security administrator cannot hand the audit log to the system administrator, nor rights to the
    audit administrator: one administrator role per account."""
    c = client_for(admins["security_admin"])
    for target, role in [
        ("a.system_admin", "audit_admin"),
        ("a.audit_admin", "security_admin"),
        ("a.system_admin", "staff"),
    ]:
        r = post(c, GRANTS, {"username": target, "role": role})
        assert r.status_code == 422 and error_of(r)["field"] == "role", (target, role, r.content)
    assert visible_ledger_categories(admins["system_admin"]) == ["system"]
    assert visible_ledger_categories(admins["audit_admin"]) == ["business", "audit"]


def test_another_agencys_accounts_are_not_found(
    admins: dict[str, User], make_user: Any, client_for: Any, agency_b: Any
) -> None:
    make_user("g.other", agency_b)
    c = client_for(admins["security_admin"])
    r = post(c, GRANTS, {"username": "g.other", "role": "staff", "agency": "wenshan-hrss"})
    assert r.status_code == 404
    missing = post(c, GRANTS, {"username": "g.nobody", "role": "staff"})
    assert missing.status_code == 404 and error_of(missing)["field"] == error_of(r)["field"] == "username"
    r = post(c, GRANTS, {"username": "a.audit_admin", "role": "staff", "agency": "wenshan-hrss"})
    assert r.status_code == 404  # granting in another agency: as if it did not exist


def test_bad_grants_are_422(admins: dict[str, User], make_user: Any, client_for: Any, agency_a: Any) -> None:
    make_user("h.target", agency_a)
    c = client_for(admins["security_admin"])
    for body, field in [
        ({"username": "h.target", "role": "no_such_role"}, "role"),
        ({"username": "h.target", "role": "party_group_meeting"}, "role"),
        ({"username": "h.target", "role": "staff", "valid_from": "2026-05-02", "valid_to": "2026-05-01"}, "valid_to"),
        ({"username": "h.target", "role": "staff", "valid_from": "2026-02-30"}, "valid_from"),
        ({"username": "h.target"}, "role"),
    ]:
        r = post(c, GRANTS, body)
        assert r.status_code == 422 and error_of(r)["field"] == field, (body, r.content)
    assert not RoleAssignment.objects.filter(user__username="h.target").exists()


def test_revoking_ends_the_role_from_today(
    admins: dict[str, User], make_user: Any, client_for: Any, agency_a: Any
) -> None:
    user = make_user("i.user", agency_a, "staff")
    grant = RoleAssignment.objects.get(user=user)
    c = client_for(admins["security_admin"])
    r = c.delete(f"{GRANTS}/{grant.pk}?reason=调离")
    assert r.status_code == 200 and r.json() == {"id": grant.pk, "outcome": "ended"}
    grant.refresh_from_db()
    assert grant.valid_to == timezone.localdate() - dt.timedelta(days=1)
    assert user.roles_on() == [] and user.roles_on(grant.valid_to) == ["staff"]  # history kept
    assert c.delete(f"{GRANTS}/{grant.pk}").status_code == 422  # already ended
    fresh = RoleAssignment.objects.create(user=user, agency=agency_a, role="staff", valid_from=timezone.localdate())
    r = c.delete(f"{GRANTS}/{fresh.pk}")
    assert r.json()["outcome"] == "removed" and not RoleAssignment.objects.filter(pk=fresh.pk).exists()
    entries = LedgerEntry.objects.filter(obj_type="accounts.RoleAssignment", obj_id__in=[str(grant.pk), str(fresh.pk)])
    assert {e.action for e in entries} >= {"update", "delete"} and {e.category for e in entries} == {"security"}


def test_nobody_revokes_their_own_role(admins: dict[str, User], client_for: Any) -> None:
    own = RoleAssignment.objects.get(user=admins["security_admin"])
    r = client_for(admins["security_admin"]).delete(f"{GRANTS}/{own.pk}")
    assert r.status_code == 403 and "自己" in error_of(r)["message_zh"]
    own.refresh_from_db()
    assert own.valid_to is None


def test_revoking_another_agencys_grant_is_not_found(
    admins: dict[str, User], make_user: Any, client_for: Any, agency_b: Any
) -> None:
    other = RoleAssignment.objects.get(user=make_user("j.other", agency_b, "staff"))
    c = client_for(admins["security_admin"])
    assert c.delete(f"{GRANTS}/{other.pk}").json() == c.delete(f"{GRANTS}/999999999").json()
    assert c.delete(f"{GRANTS}/{other.pk}").status_code == 404


def test_grant_lists_are_scoped(admins: dict[str, User], make_user: Any, client_for: Any, agency_b: Any) -> None:
    make_user("k.other", agency_b, "staff")
    mine = client_for(admins["security_admin"]).get(GRANTS).json()
    assert {g["agency"] for g in mine} == {"tongyu-hrss"} and len(mine) >= 3
    own = client_for(admins["audit_admin"]).get(GRANTS).json()
    assert [g["username"] for g in own] == ["a.audit_admin"]


# --- accounts: the system administrator makes them exist, without rights ---------------------------------


def test_the_system_administrator_creates_accounts_without_roles(admins: dict[str, User], client_for: Any) -> None:
    c = client_for(admins["system_admin"])
    r = post(c, "/api/v1/access/users", {"username": "l.new", "password": "Zhidu-Matrix-2026!", "display_name": "新人"})
    assert r.status_code == 201, r.content
    assert r.json() == {
        "id": r.json()["id"],
        "username": "l.new",
        "display_name": "新人",
        "agency": "tongyu-hrss",
        "is_active": True,
        "roles": [],
    }
    assert User.objects.get(username="l.new").check_password("Zhidu-Matrix-2026!")
    r = post(c, GRANTS, {"username": "l.new", "role": "staff"})
    assert r.status_code == 403  # existence, not rights
    assert post(c, "/api/v1/access/users", {"username": "l.new", "password": "Zhidu-Matrix-2026!"}).status_code == 422
    weak = post(c, "/api/v1/access/users", {"username": "l.weak", "password": "short"})
    assert weak.status_code == 422 and error_of(weak)["field"] == "password"
    bad = post(c, "/api/v1/access/users", {"username": "l bad!", "password": "Zhidu-Matrix-2026!"})
    assert bad.status_code == 422 and error_of(bad)["field"] == "username"


def test_deactivation(admins: dict[str, User], make_user: Any, client_for: Any, agency_b: Any) -> None:
    user = make_user("m.user", admins["system_admin"].agency, "staff")
    c = client_for(admins["system_admin"])
    r = post(c, f"/api/v1/access/users/{user.pk}/deactivate", {"reason": "离职"})
    assert r.status_code == 200 and r.json()["is_active"] is False
    me = post(c, f"/api/v1/access/users/{admins['system_admin'].pk}/deactivate", {})
    assert me.status_code == 403
    other = make_user("m.other", agency_b)
    assert post(c, f"/api/v1/access/users/{other.pk}/deactivate", {}).status_code == 404
    assert (
        post(client_for(admins["security_admin"]), f"/api/v1/access/users/{user.pk}/deactivate", {}).status_code == 403
    )


# --- the logs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "sees"),
    [("audit_admin", ["audit", "business"]), ("security_admin", ["security"]), ("system_admin", ["system"])],
)
def test_each_administrator_reads_only_their_own_log_of_their_agency(
    role: str, sees: list[str], admins: dict[str, User], client_for: Any, agency_a: Any, agency_b: Any
) -> None:
    for category in ("business", "security", "system", "audit"):
        ledger.record(f"separation.{category}.a", category=category, obj=agency_a)
        ledger.record(f"separation.{category}.b", category=category, obj=agency_b)
    c = client_for(admins[role])
    body = c.get("/api/v1/ledger/entries?limit=200").json()
    assert body["categories"] == sees
    # (other tests' entries may remain on PostgreSQL, e.g. the real-connection concurrency test's)
    tests = {e["action"] for e in body["entries"] if e["action"].startswith("separation.")}
    assert tests == {f"separation.{c}.a" for c in sees}, tests  # their agency's only
    assert {e["category"] for e in body["entries"]} <= set(sees)
    for other in {"business", "security", "system", "audit"} - set(sees):
        assert c.get(f"/api/v1/ledger/entries?category={other}").status_code == 403
    verify = c.get("/api/v1/ledger/verify")
    assert verify.status_code == (200 if role == "audit_admin" else 403)


def test_the_me_endpoint_says_what_one_may_do(admins: dict[str, User], client_for: Any) -> None:
    me = client_for(admins["audit_admin"]).get("/api/v1/access/me").json()
    assert me["admin_role"] == "audit_admin" and me["ledger_categories"] == ["business", "audit"]
    may = {(m["resource"], m["action"]) for m in me["may"]}
    assert ("ledger_entry", "verify") in may and ("role_assignment", "grant") not in may
    assert ("record", "read") not in may  # administrators reach no business record


# --- the web page and the console -----------------------------------------------------------------------


def test_the_grants_page(admins: dict[str, User], make_user: Any, client_for: Any, agency_a: Any) -> None:
    make_user("n.target", agency_a)
    c = client_for(admins["security_admin"])
    assert c.get("/access/grants/").status_code == 200
    r = c.post("/access/grants/", {"username": "n.target", "role": "staff", "reason": "入职"})
    assert r.status_code == 302
    grant = RoleAssignment.objects.get(user__username="n.target")
    r = c.post("/access/grants/", {"username": "a.security_admin", "role": "staff"})
    assert r.status_code == 422 and "自己" in r.content.decode()
    assert c.post(f"/access/grants/{grant.pk}/revoke/").status_code == 302
    denied = client_for(admins["audit_admin"]).get("/access/grants/")
    assert denied.status_code == 403 and "没有权限" in denied.content.decode()
    assert Client().get("/access/grants/").status_code == 302
    assert client_for(admins["audit_admin"]).get("/access/").status_code == 200


def test_the_console_gives_the_first_administrators(make_user: Any, agency_a: Any, capsys: Any) -> None:
    make_user("o.admin", agency_a)
    assert zhidu(["access", "grant", "o.admin", "security_admin", "--agency", "tongyu-hrss", "--reason", "安装"]) == 0
    assert User.objects.get(username="o.admin").roles_on() == ["security_admin"]
    capsys.readouterr()
    assert zhidu(["access", "grant", "o.admin", "audit_admin", "--agency", "tongyu-hrss"]) == 2
    err = capsys.readouterr().err
    assert "三员分立" in err and "separation" in err
