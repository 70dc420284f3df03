"""What the permission table says should happen, computed from ``POLICY`` and the world's facts alone
(who works in which section, who is in charge of which), independently of ``zhidu.access.policy.can``."""

from __future__ import annotations

from dataclasses import dataclass

from zhidu.access.policy import ANYONE, POLICY, SIGNED_IN, Scope

from .world import ANONYMOUS, VARIANTS, World


@dataclass(frozen=True)
class Expect:
    allowed: bool
    status: int  # 200 when allowed; else 401, 403 or 404

    def __str__(self) -> str:
        return "allow" if self.allowed else f"deny {self.status}"


def _section_key(agency: str, section: str | None) -> str | None:
    if section is None:
        return None
    if agency == "other":
        return "S3"
    return "S1" if section == "own" else "S2"


def _reaches(scope: Scope, role: str, variant: str, world: World) -> bool:
    agency, section, owner = VARIANTS[variant]
    key = _section_key(agency, section)
    if scope is Scope.ANY:
        return True
    if scope is Scope.OWN_AGENCY:
        return agency == "own"
    if scope is Scope.OWN_SECTION:
        return key is not None and key in world.member_of.get(role, set())
    if scope is Scope.IN_CHARGE:
        return key is not None and key in world.in_charge_of.get(role, set())
    if scope is Scope.ASSIGNED:
        return owner == "assigned"
    return owner == "me"  # own_record, self


def expect(role: str, resource: str, action: str, variant: str, world: World) -> Expect:
    """``variant`` "none" asks about the resource in general (the role-level check of a view)."""
    rules = POLICY[(resource, action)]
    if any(ANYONE in r.roles for r in rules):
        return Expect(True, 200)
    if role == ANONYMOUS:
        return Expect(False, 401)
    matched = [r for r in rules if SIGNED_IN in r.roles or role in r.roles]
    if not matched:
        return Expect(False, 403)
    if variant == "none" or any(_reaches(r.scope, role, variant, world) for r in matched):
        return Expect(True, 200)
    return Expect(False, 404 if VARIANTS[variant][0] == "other" else 403)
