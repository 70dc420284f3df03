"""A small world for the permission tests: two agencies, one account per role in the first (agency A),
sections there, and objects of each kind in A and in the other agency (B).

The org chart (``zhidu.org``) decides who works in which section and who is in charge of which: the
section roles (``SECTION_ROLES`` of the policy) work in section S1 of A; the deputies are in charge of S1;
the chief heads the whole agency. ``VARIANTS`` name where an object lies relative to the user asking:

    mine            agency A, section S2, owned by the user asking
    own_section     agency A, section S1 (the user's, for section roles; in charge, for deputies)
    other_section   agency A, section S2
    other_agency    agency B, section S3
    own_agency      agency A (objects without a section), owned by someone else
    assigned        agency A, section S2, owned by someone else, with a turn for the user asking (an
                    approval step assigned to them: the ``assigned`` scope)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from django.utils import timezone

from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.core.roles import ADMIN_ROLES, PERSON_ROLES

from . import orgworld

A_SLUG, B_SLUG = "tongyu-hrss", "wenshan-hrss"
ANONYMOUS = "anonymous"
NO_ROLE = "no_role"  # signed in, an account of agency A with no role
# Every business role, the three administrators, an account without a role, and nobody signed in.
MATRIX_ROLES: tuple[str, ...] = (*(r.id for r in PERSON_ROLES), *(r.id for r in ADMIN_ROLES), NO_ROLE, ANONYMOUS)

# Where an object lies, relative to the asking user: (agency, section, owner).
VARIANTS: dict[str, tuple[str, str | None, str]] = {
    "mine": ("own", "other", "me"),
    "own_section": ("own", "own", "other"),
    "other_section": ("own", "other", "other"),
    "other_agency": ("other", "other", "other"),
    "own_agency": ("own", None, "other"),
    "assigned": ("own", "other", "assigned"),
}


@dataclass
class World:
    a: Agency
    b: Agency
    users: dict[str, User]  # role id (or NO_ROLE) → the account of agency A holding it
    # Accounts without roles (grant targets) and with a staff role (revoke targets), in A and in B.
    target: dict[str, User]
    victim: dict[str, User]
    victim_grant: dict[str, RoleAssignment]
    sections: dict[str, int] = field(default_factory=dict)  # S1, S2 (agency A), S3 (agency B) → Section id
    member_of: dict[str, set[str]] = field(default_factory=dict)  # role → the sections its holder works in
    in_charge_of: dict[str, set[str]] = field(default_factory=dict)  # role → the sections its holder leads
    asking: str = ANONYMOUS  # the role the matrix is asking as (set before each sample is built)

    def user(self, role: str) -> User | None:
        return None if role == ANONYMOUS else self.users[role]

    def agency(self, where: str) -> Agency:
        return self.a if where == "own" else self.b

    def place(self, variant: str) -> tuple[Agency, int | None, User]:
        """Where a real object for ``variant`` lies for the role being asked about: its agency, its
        section's id and its owner (the asking user for "mine"; somebody else otherwise)."""
        spot = self.stand_in(self.asking, variant)
        owner = self.user(self.asking) if VARIANTS[variant][2] == "me" else None
        if owner is None:
            owner = self.target["other" if VARIANTS[variant][0] == "other" else "own"]
        return self.agency(VARIANTS[variant][0]), spot.section_id, owner

    def stand_in(self, role: str, variant: str) -> Any:
        """A plain object lying where ``variant`` says, for ``role``'s user: what ``can`` reads of a record."""
        agency, section, owner = VARIANTS[variant]
        me = self.user(role)
        if agency == "other":
            section_id = self.sections.get("S3")
        elif section is None:
            section_id = None
        else:
            section_id = self.sections.get("S1" if section == "own" else "S2")
        other = self.target["own"]
        return SimpleNamespace(
            agency_id=self.agency(agency).pk,
            section_id=section_id,
            owner_id=(me.pk if me is not None else -1) if owner == "me" else other.pk,
            assigned_ids=(me.pk,) if owner == "assigned" and me is not None else (),
        )


def _account(username: str, agency: Agency) -> User:
    user = User(username=username, agency=agency, display_name=username)
    user.set_unusable_password()
    user.save()
    return user


def build_world() -> World:
    a = Agency.objects.get(slug=A_SLUG)
    b = Agency.objects.get(slug=B_SLUG)
    start = timezone.localdate() - dt.timedelta(days=30)
    users: dict[str, User] = {}
    for role in MATRIX_ROLES:
        if role == ANONYMOUS:
            continue
        user = _account(f"m.{role}", a)
        if role != NO_ROLE:
            RoleAssignment.objects.create(user=user, agency=a, role=role, valid_from=start)
        users[role] = user
    target = {"own": _account("m.target.a", a), "other": _account("m.target.b", b)}
    victim = {"own": _account("m.victim.a", a), "other": _account("m.victim.b", b)}
    victim_grant = {
        where: RoleAssignment.objects.create(user=u, agency=u.agency, role="staff", valid_from=start)
        for where, u in victim.items()
    }
    world = World(a, b, users, target, victim, victim_grant)
    orgworld.build(world, start)
    return world


def as_namespace(**kw: Any) -> SimpleNamespace:
    return SimpleNamespace(**kw)
