"""Shared by the tests of zhidu.fleet, zhidu.seals, zhidu.assets and their approval kinds: an agency's org
chart loaded with an account linked to each of its people (so that approver resolution finds a user for each
step), and a helper that files an application and has each approver on its route approve it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.core.roles import ROLE_BY_ID

OFFICE = {"tongyu-hrss": "人秘科", "district-bureau": "办公室", "wenshan-hrss": "办公室", "baicheng-fupin": "综合科"}


@dataclass
class Staff:
    agency: Agency
    by_role: dict[str, User]  # the first person found holding each role
    people: dict[str, User]  # person name → account

    def __getitem__(self, role: str) -> User:
        return self.by_role[role]

    @property
    def applicant(self) -> User:
        """A staff member of the office (the section that keeps the cars, seals and stores) who holds no post
        of the org chart, so never one of the approvers."""
        found = User.objects.filter(username=f"{self.agency.slug}-applicant").first()
        return found or account(self.agency, f"{self.agency.slug}-applicant", "staff", OFFICE[self.agency.slug])


def staff_of(slug: str) -> Staff:
    """Load ``slug``'s org chart and give each of its people an account holding their posts' roles."""
    from zhidu.org import loader
    from zhidu.org.models import Person

    loader.load_shipped(slug)
    agency = Agency.objects.get(slug=slug)
    by_role: dict[str, User] = {}
    people: dict[str, User] = {}
    for person in Person.objects.filter(agency=agency).prefetch_related("holdings", "holdings__section"):
        user = person.user
        if user is None:
            user = User.objects.create_user(
                f"{slug}-p{person.pk}", password="Ops-test-pass-2026!", agency=agency, display_name=person.name
            )
            person.user = user
            person.save(update_fields=["user"])
        people[person.name] = user
        for h in person.holdings.all():
            role = ROLE_BY_ID.get(h.role)
            if role is None or role.body or role.admin:
                continue
            RoleAssignment.objects.get_or_create(
                user=user,
                agency=agency,
                role=h.role,
                defaults={"valid_from": dt.date(2000, 1, 1), "section": h.section.name if h.section else ""},
            )
            by_role.setdefault(h.role, user)
    return Staff(agency, by_role, people)


def account(agency: Agency, username: str, role: str, section: str = "") -> User:
    user = User.objects.create_user(username, password="Ops-test-pass-2026!", agency=agency, display_name=username)
    RoleAssignment.objects.create(user=user, agency=agency, role=role, section=section, valid_from=dt.date(2000, 1, 1))
    return user


def file_and_approve(
    slug: str, kind: str, applicant: User, data: dict[str, Any], on: dt.date, *, approve: bool = True
) -> Any:
    """Create, submit and (unless ``approve`` is False) approve step by step an application; returns it."""
    from zhidu.approvals import service as appr

    app = appr.create(slug, kind, applicant, data, today=on)
    app = appr.submit(app.pk, applicant, app.version, today=on)
    while approve and app.status == "submitted":
        step = appr.current_step(app)
        assert step is not None and step.assignee is not None, (step.role, step.assignee_name)
        app = appr.act(app.pk, step.assignee, app.version, "approve", today=on)
    return app


def roles_of(app: Any) -> list[str]:
    return [s.role for s in app.steps.order_by("order")]
