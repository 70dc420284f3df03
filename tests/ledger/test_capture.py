"""Automatic capture: saves and deletes of zhidu models become entries with before/after, in the
change's transaction; secrets are redacted; each model's log category; the rulebook import records
one summary entry; the middleware supplies the actor and address."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory

from zhidu.core.rulebook import importer
from zhidu.ledger import service
from zhidu.ledger.capture import REDACTED, captured, is_secret
from zhidu.ledger.middleware import LedgerContextMiddleware
from zhidu.ledger.models import LedgerEntry
from zhidu.rulebook import service as rulebook
from zhidu.workcalendar.models import CalendarOverride

from .conftest import entries_since, last_seq

pytestmark = pytest.mark.django_db
SOURCE = "国务院办公厅关于2031年部分节假日安排的通知（测试）"


def test_a_calendar_override_save_and_delete_are_recorded_with_before_and_after() -> None:
    n = last_seq()
    with service.context(reason="录入通知"):
        row = CalendarOverride.objects.create(year=2031, holidays=["2031-01-01"], source=SOURCE)
    row.holidays = ["2031-01-01", "2031-01-02"]
    row.save()
    row.save()  # nothing changed but the bookkeeping: still an update (entered_at, version move on)
    pk = row.pk
    row.delete()
    created, updated, _again, deleted = entries_since(n)
    label = "workcalendar.CalendarOverride"
    for e in (created, updated, deleted):
        assert (e.category, e.obj_type, e.obj_id) == ("system", label, str(pk))
    assert created.action == "create" and created.before is None and created.reason == "录入通知"
    assert created.after["year"] == 2031 and created.after["holidays"] == ["2031-01-01"]
    assert created.after["source"] == SOURCE and created.after["entered_by_id"] is None  # FKs as ids
    assert isinstance(created.after["entered_at"], str)  # datetimes as ISO text
    assert updated.action == "update" and updated.reason == ""
    assert updated.before["holidays"] == ["2031-01-01"]
    assert updated.after["holidays"] == ["2031-01-01", "2031-01-02"]
    assert "holidays" in updated.meta["changed"] and "year" not in updated.meta["changed"]
    assert deleted.action == "delete" and deleted.after is None
    assert deleted.before["holidays"] == ["2031-01-01", "2031-01-02"]
    assert service.verify().ok


def test_an_unchanged_save_records_nothing(django_user_model: Any) -> None:
    user = django_user_model.objects.create_user(username="still", password="x-Long-enough-42")
    n = last_seq()
    user.save()
    assert last_seq() == n


def test_capture_shares_the_change_transaction() -> None:
    n = last_seq()
    with pytest.raises(RuntimeError), transaction.atomic():
        CalendarOverride.objects.create(year=2032, holidays=[], source=SOURCE)
        assert last_seq() == n + 1
        raise RuntimeError
    assert last_seq() == n and not CalendarOverride.objects.filter(year=2032).exists()


def test_passwords_and_secrets_never_reach_the_ledger(django_user_model: Any) -> None:
    from zhidu.accounts.models import TotpDevice

    n = last_seq()
    user = django_user_model.objects.create_user(username="secretive", password="Correct-horse-battery-9")
    user.set_password("Another-horse-battery-8")
    user.save()
    device = TotpDevice.objects.create(
        user=user, secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", confirmed_at=user.date_joined
    )
    entries = entries_since(n)
    text = json.dumps([[e.before, e.after] for e in entries], ensure_ascii=False)
    assert "JBSWY3DPEHPK3PXP" not in text and user.password not in text and "Correct-horse" not in text
    created, changed, totp = entries
    assert created.category == "security" and created.after["password"] == REDACTED
    assert changed.meta["changed"] == ["password"]  # the change is recorded, not the value
    assert changed.before["password"] == changed.after["password"] == REDACTED
    assert totp.obj_type == "accounts.TotpDevice" and totp.after["secret"] == REDACTED
    assert totp.obj_id == str(device.pk)


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("totp_secret", True),
        ("api_token", True),
        ("totp_key", True),
        ("source", False),
        ("holidays", False),
        ("username", False),
    ],
)
def test_which_field_names_are_secret(name: str, secret: bool) -> None:
    assert is_secret(name) is secret


def test_what_is_captured() -> None:
    from django.apps import apps

    def label(m: Any) -> str:
        return str(m._meta.label)

    chosen = {label(m) for m in apps.get_models() if captured(m)}
    assert {"workcalendar.CalendarOverride", "accounts.User", "accounts.RoleAssignment", "agencies.Agency"} <= chosen
    assert not chosen & {
        "ledger.LedgerEntry",
        "ledger.LedgerHead",
        "sessions.Session",
        "contenttypes.ContentType",
        "auth.Permission",
        "auth.Group",
        "rulebook.Clause",
        "rulebook.System",
        "rulebook.WorkItem",
    }
    assert all(
        label(m).split(".")[0] in {a.label for a in apps.get_app_configs() if a.name.startswith("zhidu.")}
        for m in apps.get_models()
        if captured(m)
    )


def test_a_role_grant_goes_to_the_security_log(django_user_model: Any) -> None:
    from zhidu.agencies.models import Agency

    agency = Agency.objects.get(slug="tongyu-hrss")
    user = django_user_model.objects.create_user(username="deputy1", password="x-Long-enough-42", agency=agency)
    n = last_seq()
    grant = user.role_assignments.create(agency=agency, role="deputy", section="办公室")
    (e,) = entries_since(n)
    assert (e.category, e.action, e.obj_type, e.agency_id) == (
        "security",
        "create",
        "accounts.RoleAssignment",
        agency.pk,
    )
    assert e.after["role"] == "deputy" and e.after["user_id"] == user.pk
    grant.delete()
    (d,) = entries_since(n + 1)
    assert d.action == "delete" and d.category == "security" and d.before["role"] == "deputy"


def test_a_rulebook_import_records_one_summary_entry() -> None:
    book = importer.load_shipped("tongyu-hrss")[0]
    changed = dataclasses.replace(book, seed_sha256="0" * 64)  # as if the seed had changed
    n = last_seq()
    result = rulebook.import_book(changed)
    assert result.status == "updated"
    (e,) = entries_since(n)  # one entry, not one per 制度 or clause
    assert (e.category, e.action, e.obj_type) == ("system", "rulebook.import", "agencies.Agency")
    assert e.before["seed_sha256"] == book.seed_sha256 and e.after["seed_sha256"] == "0" * 64
    assert e.meta["agency"] == "tongyu-hrss" and e.meta["status"] == "updated"
    assert e.meta["systems"] == len(book.systems) > 0
    assert e.meta["clauses"] == sum(len(s.clauses) for s in book.systems) > 0
    n = last_seq()
    assert rulebook.import_book(changed).status == "unchanged"
    assert last_seq() == n  # nothing written, nothing recorded


def test_the_middleware_sets_actor_and_address(django_user_model: Any) -> None:
    user = django_user_model.objects.create_user(username="office1", password="x-Long-enough-42")
    n = last_seq()

    def view(request: Any) -> HttpResponse:
        CalendarOverride.objects.create(year=2033, holidays=[], source=SOURCE)
        return HttpResponse("ok")

    request = RequestFactory().post("/calendar/2033", REMOTE_ADDR="203.0.113.9")
    request.user = user
    LedgerContextMiddleware(view)(request)
    (e,) = entries_since(n)
    assert (e.actor_id, e.actor_name) == (user.pk, "office1")
    assert e.meta["ip"] == "203.0.113.9" and e.meta["method"] == "POST" and e.meta["path"] == "/calendar/2033"


def test_the_middleware_sees_a_user_who_signs_in_during_the_request(django_user_model: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    user = django_user_model.objects.create_user(username="late", password="x-Long-enough-42")
    n = last_seq()

    def view(request: Any) -> HttpResponse:
        service.record("before.signin")
        request.user = user  # what django.contrib.auth.login does
        service.record("after.signin")
        return HttpResponse("ok")

    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.7")
    request.user = AnonymousUser()
    LedgerContextMiddleware(view)(request)
    before, after = entries_since(n)
    assert (before.actor_id, before.actor_name) == (None, "anonymous")
    assert (after.actor_id, after.actor_name) == (user.pk, "late")
    assert before.meta["ip"] == after.meta["ip"] == "198.51.100.7"


def test_raw_saves_from_fixtures_are_not_captured() -> None:
    from django.core import serializers

    n = last_seq()
    data = json.dumps(
        [
            {
                "model": "workcalendar.calendaroverride",
                "pk": 990,
                "fields": {
                    "year": 2034,
                    "holidays": [],
                    "workdays": [],
                    "source": SOURCE,
                    "entered_at": "2026-01-01T00:00Z",
                },
            }
        ]
    )
    for obj in serializers.deserialize("json", data):
        obj.save()
    assert CalendarOverride.objects.filter(year=2034).exists() and last_seq() == n
    assert LedgerEntry.objects.filter(seq__gt=n).count() == 0


def test_a_failed_writing_request_leaves_neither_change_nor_entry(django_user_model: Any) -> None:
    user = django_user_model.objects.create_user(username="unlucky", password="x-Long-enough-42")
    n = last_seq()

    def view(request: Any) -> HttpResponse:
        CalendarOverride.objects.create(year=2035, holidays=[], source=SOURCE)
        return HttpResponse("boom", status=500)  # what Django makes of an exception in the view

    request = RequestFactory().post("/calendar/2035")
    request.user = user
    assert LedgerContextMiddleware(view)(request).status_code == 500
    assert last_seq() == n and not CalendarOverride.objects.filter(year=2035).exists()


def test_many_to_many_changes_are_recorded(django_user_model: Any) -> None:
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="grouped", password="x-Long-enough-42")
    group = Group.objects.create(name="科室甲")
    n = last_seq()
    user.groups.add(group)
    user.groups.remove(group)
    added, removed = entries_since(n)
    assert (added.action, added.category, added.obj_type, added.obj_id) == (
        "m2m.add",
        "security",
        "accounts.User",
        str(user.pk),
    )
    assert added.after == {"field": "groups", "model": "auth.Group", "add": [group.pk]}
    assert removed.action == "m2m.remove" and removed.after["remove"] == [group.pk]
