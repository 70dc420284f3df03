"""Every kind the agencies' modules declare works with the machinery: its form's fields describe themselves
(API), its form page renders, and an empty form is checked without a server error."""

from __future__ import annotations

import pytest

from zhidu.approvals import kinds as registry
from zhidu.approvals import service

from .conftest import Tongyu

pytestmark = pytest.mark.django_db
AGENCIES = ("tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin", "yuanshi-hrss")


def test_every_kind_describes_its_fields() -> None:
    kinds = registry.all_kinds()
    assert kinds
    for kind in kinds.values():
        fields = service.form_fields(kind)
        assert fields, kind.id
        for f in fields:
            assert f["label_zh"] and f["label_en"] and f["type"], (kind.id, f)


def test_every_kind_renders_and_checks_in_every_agency_it_applies_to(tongyu: Tongyu, client_of) -> None:
    from zhidu.accounts.models import RoleAssignment, User
    from zhidu.agencies.models import Agency

    problems = []
    for slug in AGENCIES:
        agency = Agency.objects.get(slug=slug)
        user = User.objects.create_user(f"walker.{slug}", password="Approvals-test-2026!", agency=agency)
        RoleAssignment.objects.create(user=user, agency=agency, role="staff", valid_from="2015-01-01")
        c = client_of(user)
        listed = c.get(f"/a/{slug}/approvals/").content.decode()
        for kind in service.kinds_for(agency):
            if kind.id not in listed:
                problems.append(f"{slug} {kind.id}: not listed")
            r = c.get(f"/a/{slug}/approvals/{kind.id}/new/")
            if r.status_code != 200:
                problems.append(f"{slug} {kind.id}: form page {r.status_code}")
            r = c.post(f"/a/{slug}/approvals/{kind.id}/check/", {})
            if r.status_code != 200 or 'data-outcome="' not in r.content.decode():
                problems.append(f"{slug} {kind.id}: empty check {r.status_code}")
    assert not problems, "\n".join(problems)
