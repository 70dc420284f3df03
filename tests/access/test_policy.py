"""The permission table itself: every role classified, every model of the zhidu apps mapped to a resource
(its agency/section/owner paths real fields), docs/permissions.md current, and ``can`` equal to the
table for every role × (resource, action) × where the object lies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist

from zhidu.access import docs
from zhidu.access.policy import (
    ACTIONS,
    ANYONE,
    BUSINESS,
    POLICY,
    RESOURCES,
    ROLE_GROUPS,
    SIGNED_IN,
    can,
    scope_queryset,
)
from zhidu.core.roles import ADMIN_ROLE_IDS, PERSON_ROLES, ROLE_BY_ID

from .oracle import expect
from .world import ANONYMOUS, MATRIX_ROLES, VARIANTS, World

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def zhidu_models() -> list[Any]:
    return [m for m in apps.get_models() if m.__module__.startswith("zhidu.")]


def test_every_business_role_is_in_exactly_one_group() -> None:
    counts = Counter(role for members in ROLE_GROUPS.values() for role in members)
    person = {r.id for r in PERSON_ROLES}
    assert set(counts) == person, (
        f"unclassified: {sorted(person - set(counts))}, unknown: {sorted(set(counts) - person)}"
    )
    assert [r for r, n in counts.items() if n > 1] == []
    assert person == BUSINESS and not (BUSINESS & ADMIN_ROLE_IDS)


def test_the_table_names_known_roles_resources_and_actions() -> None:
    for (resource, action), rules in POLICY.items():
        assert resource in RESOURCES and action in ACTIONS, (resource, action)
        assert rules, (resource, action)
        for r in rules:
            assert r.roles, (resource, action)
            unknown = {x for x in r.roles if x not in ROLE_BY_ID and x not in (ANYONE, SIGNED_IN)}
            assert not unknown, (resource, action, unknown)
            assert not any(ROLE_BY_ID[x].body for x in r.roles if x in ROLE_BY_ID), "bodies hold no account"


def test_administrators_reach_no_business_record() -> None:
    for (resource, action), rules in POLICY.items():
        if resource == "record":
            assert not any(r.roles & (ADMIN_ROLE_IDS | {SIGNED_IN, ANYONE}) for r in rules), action


def test_each_administrator_reads_only_their_own_log() -> None:
    readers = {
        c: {role for r in POLICY[("ledger_entry", f"read_{c}")] for role in r.roles}
        for c in ("business", "security", "system", "audit")
    }
    assert readers == {
        "business": {"audit_admin"},
        "audit": {"audit_admin"},
        "security": {"security_admin"},
        "system": {"system_admin"},
    }
    granters = {role for a in ("grant", "revoke") for r in POLICY[("role_assignment", a)] for role in r.roles}
    assert granters == {"security_admin"}
    makers = {role for a in ("create", "deactivate") for r in POLICY[("user", a)] for role in r.roles}
    assert makers == {"system_admin"}


def test_every_model_of_the_zhidu_apps_is_in_one_resource() -> None:
    labels = {m._meta.label for m in zhidu_models()}
    mapped = Counter(label for res in RESOURCES.values() for label in res.models)
    missing = sorted(labels - set(mapped))
    assert not missing, (
        f"models without a resource in zhidu.access.policy.RESOURCES: {missing} — map each to a resource "
        "with where it keeps its agency, section and owner"
    )
    assert sorted(set(mapped) - labels) == [], "RESOURCES names models that do not exist"
    assert [m for m, n in mapped.items() if n > 1] == [], "a model is in two resources"


def _resolves(model: Any, path: str) -> bool:
    current = model
    parts = path.split("__")
    for i, part in enumerate(parts):
        if part == "pk":
            return i == len(parts) - 1
        try:
            field = current._meta.get_field(part)
        except FieldDoesNotExist:
            is_attname = any(f.attname == part for f in current._meta.concrete_fields)
            return is_attname and i == len(parts) - 1
        if i < len(parts) - 1:
            if not field.is_relation:
                return False
            current = field.related_model
    return True


def test_every_mapping_names_real_fields() -> None:
    bad = []
    for res in RESOURCES.values():
        for label, loc in res.models.items():
            model = apps.get_model(label)
            for path in (loc.agency, loc.section, loc.owner):
                if path is not None and not _resolves(model, path):
                    bad.append(f"{res.id}: {label}.{path}")
    assert bad == []


def test_docs_are_current() -> None:
    assert DOC.exists(), "docs/permissions.md is missing: run `zhidu access docs`"
    assert DOC.read_text(encoding="utf-8") == docs.render(), (
        "docs/permissions.md is out of date: run `zhidu access docs`"
    )


# --- can() against the table, for every role, (resource, action) and place -----------------------


@pytest.mark.django_db
def test_can_agrees_with_the_table_everywhere(world: World) -> None:
    problems = []
    variants = ("none", *VARIANTS)
    for role in MATRIX_ROLES:
        user = world.user(role)
        for resource, action in POLICY:
            for variant in variants:
                obj = None if variant == "none" else world.stand_in(role, variant)
                got = can(user, action, resource, obj)
                want = expect(role, resource, action, variant, world)
                if (got.allowed, got.status) != (want.allowed, want.status):
                    problems.append(f"{role:<28} {resource}.{action:<16} {variant:<14} table: {want}, can: {got}")
                if not got.allowed:
                    assert got.reason_zh and got.reason_en and any("\u4e00" <= ch <= "\u9fff" for ch in got.reason_zh)
    assert not problems, f"{len(problems)} disagreements:\n" + "\n".join(problems[:60])


@pytest.mark.django_db
def test_org_service_places_the_world_as_intended(world: World) -> None:
    """The world's intent (who works in / leads which section) is what zhidu.org.service answers."""
    from zhidu.access.subject import subject_of

    ids = {v: k for k, v in world.sections.items()}
    for role in MATRIX_ROLES:
        if role == ANONYMOUS:
            continue
        s = subject_of(world.user(role))
        sections = {ids[i] for i in s.sections if i in ids}
        in_charge = {ids[i] for i in s.in_charge if i in ids}
        assert sections == world.member_of.get(role, set()), role
        assert in_charge == world.in_charge_of.get(role, set()), role


@pytest.mark.django_db
def test_scope_queryset_is_what_can_allows(world: World) -> None:
    """For real rows (role assignments, accounts, org sections), the narrowed list holds exactly the rows
    ``can`` allows, for every role."""
    from zhidu.accounts.models import RoleAssignment, User
    from zhidu.org.models import Section

    cases = [
        ("role_assignment", "read", RoleAssignment.objects.all()),
        ("role_assignment", "revoke", RoleAssignment.objects.all()),
        ("user", "read", User.objects.all()),
        ("org", "read", Section.objects.all()),
    ]
    for role in MATRIX_ROLES:
        user = world.user(role)
        for resource, action, qs in cases:
            narrowed = set(scope_queryset(user, resource, qs, action).values_list("pk", flat=True))
            allowed = {o.pk for o in qs if can(user, action, resource, o).allowed}
            assert narrowed == allowed, (role, resource, action, sorted(narrowed ^ allowed)[:10])
