"""The organisation part of the permission tests' world, entered through ``zhidu.org``'s models.

Sections S1 and S2 in agency A, S3 in agency B. The section roles work in S1 (their role assignment names
the section, as an account without an org Person does); the deputies are people of the org chart in charge
(分管) of S1; the section head leads S1; the chief heads the agency, so every section of A is theirs.
What ``zhidu.org.service`` answers for these accounts is checked against this intent in test_scopes.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from zhidu.access.policy import DEPUTIES, SECTION_ROLES

if TYPE_CHECKING:  # pragma: no cover
    from .world import World


def build(world: World, start: dt.date) -> None:
    from zhidu.accounts.models import RoleAssignment
    from zhidu.org.models import InCharge, Person, Section

    s1 = Section.objects.create(agency=world.a, key="matrix-s1", name="矩阵一科", kind="section")
    s2 = Section.objects.create(agency=world.a, key="matrix-s2", name="矩阵二科", kind="section")
    s3 = Section.objects.create(agency=world.b, key="matrix-s3", name="矩阵三科", kind="section")
    world.sections = {"S1": s1.pk, "S2": s2.pk, "S3": s3.pk}
    for role, user in world.users.items():
        if role in SECTION_ROLES:
            RoleAssignment.objects.filter(user=user, role=role).update(section=s1.name)
            world.member_of[role] = {"S1"}
        elif role in DEPUTIES:
            person = Person.objects.create(agency=world.a, name=f"矩阵{role}", user=user)
            InCharge.objects.create(person=person, section=s1, valid_from=start)
            world.in_charge_of[role] = {"S1"}
    world.in_charge_of["section_head"] = {"S1"}
    world.in_charge_of["chief"] = {"S1", "S2"}
