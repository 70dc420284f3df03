"""This app's part of the HTTP API, mounted by zhidu.api.api at /api/v1/access/.

- ``GET  /access/me``                  one's own roles, what one may do, which logs one may read
- ``GET  /access/policy``              the permission table (docs/permissions.md is rendered from it)
- ``GET  /access/grants``              role assignments: the security administrator's agency, else one's own
- ``POST /access/grants``              a security administrator grants a role (三员分立 applies)
- ``DELETE /access/grants/{id}``       … and revokes it
- ``GET  /access/users``               accounts: the administrators' agency, else one's own
- ``POST /access/users``               a system administrator creates an account (no role)
- ``POST /access/users/{id}/deactivate`` … and deactivates one
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema, Status

from zhidu.accounts.models import RoleAssignment, User
from zhidu.api.schemas import MAX_ID, ErrorOut
from zhidu.core.roles import ADMIN_ROLE_IDS, ROLE_BY_ID

from . import service
from .decorators import fetch, requires, scoped
from .policy import ACTIONS, POLICY, RESOURCES, SCOPE_LABELS, can, requirement_label, visible_ledger_categories
from .subject import request_subject

router = Router()

ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


# --- shapes ---------------------------------------------------------------------------------------


class GrantOut(Schema):
    id: int = Field(description="授予记录编号 / id of the role assignment")
    username: str = Field(description="账号 / account")
    display_name: str = Field(description="姓名 / name")
    role: str = Field(description="角色标识 / role id", examples=["staff"])
    role_name: str = Field(description="角色名称 / role name in Chinese", examples=["工作人员"])
    admin: bool = Field(description="是否管理员角色（三员）/ whether it is an administrator role")
    agency: str = Field(description="机构标识 / agency id", examples=["tongyu-hrss"])
    section: str = Field(description="科室（可空）/ section, may be empty")
    valid_from: dt.date = Field(description="起始日期 / first day")
    valid_to: dt.date | None = Field(description="结束日期（空为至今）/ last day, null if open")
    active: bool = Field(description="今天是否有效 / in force today")


class GrantIn(Schema):
    username: str = Field(max_length=150, description="被授予的账号 / the account to grant the role to")
    role: str = Field(max_length=30, description="角色标识 / role id", examples=["staff"])
    agency: str | None = Field(
        default=None, max_length=40, description="机构标识，默认为授予人的机构 / agency id; default: the granter's"
    )
    section: str = Field(default="", max_length=60, description="科室（可空）/ section, may be empty")
    valid_from: dt.date | None = Field(default=None, description="起始日期，默认今天 / first day, default today")
    valid_to: dt.date | None = Field(default=None, description="结束日期（可空）/ last day, may be empty")
    reason: str = Field(default="", max_length=500, description="理由，记入台账 / reason, kept in the ledger")


class RevokeOut(Schema):
    id: int = Field(description="授予记录编号 / id of the role assignment")
    outcome: str = Field(
        description="ended 已于昨日结束 · removed 尚未生效即删除 / ended yesterday, or removed before it took effect"
    )


class UserOut(Schema):
    id: int = Field(description="账号编号 / account id")
    username: str = Field(description="账号 / account")
    display_name: str = Field(description="姓名 / name")
    agency: str | None = Field(description="机构标识 / agency id")
    is_active: bool = Field(description="是否启用 / whether the account may sign in")
    roles: list[str] = Field(description="今天有效的角色 / roles in force today")


class UserIn(Schema):
    username: str = Field(max_length=150, description="账号 / account name")
    password: str = Field(
        max_length=200, description="初始密码（须符合密码规则）/ first password, must pass the policy"
    )
    display_name: str = Field(default="", max_length=50, description="姓名 / name")
    agency: str | None = Field(
        default=None, max_length=40, description="机构标识，默认为管理员的机构 / agency id, default the administrator's"
    )
    reason: str = Field(default="", max_length=500, description="理由，记入台账 / reason, kept in the ledger")


class ReasonIn(Schema):
    reason: str = Field(default="", max_length=500, description="理由，记入台账 / reason, kept in the ledger")


class RuleOut(Schema):
    roles: list[str] = Field(description="角色标识（anyone 任何人，signed_in 已登录用户）/ role ids")
    scope: str = Field(description="范围 / scope: any, own_agency, own_section, in_charge, own_record, self")
    scope_zh: str = Field(description="范围（中文）/ scope in Chinese")


class PolicyRowOut(Schema):
    resource: str = Field(description="资源 / resource id")
    action: str = Field(description="操作 / action id")
    label_zh: str = Field(description="中文名称 / what it is, in Chinese")
    label_en: str = Field(description="英文名称 / what it is, in English")
    rules: list[RuleOut] = Field(description="允许的角色与范围 / the roles allowed and their scope")


class MayOut(Schema):
    resource: str = Field(description="资源 / resource id")
    action: str = Field(description="操作 / action id")
    label_zh: str = Field(description="中文名称 / in Chinese")
    label_en: str = Field(description="英文名称 / in English")


class MeOut(Schema):
    username: str = Field(description="账号 / account")
    display_name: str = Field(description="姓名 / name")
    agency: str | None = Field(description="所属机构 / the account's agency")
    roles: list[GrantOut] = Field(description="今天有效的角色 / roles in force today")
    admin_role: str | None = Field(description="三员角色（如有）/ the administrator role held, if any")
    may: list[MayOut] = Field(description="按角色可以做的事（对象范围另计）/ what the roles allow, scope aside")
    ledger_categories: list[str] = Field(description="可查看的台账类别 / ledger categories one may read")


# --- helpers -------------------------------------------------------------------------------------


def _grant_out(a: RoleAssignment, today: dt.date) -> GrantOut:
    role = ROLE_BY_ID.get(a.role)
    return GrantOut(
        id=a.pk,
        username=a.user.username,
        display_name=a.user.display_name,
        role=a.role,
        role_name=role.name_zh if role else a.role,
        admin=a.role in ADMIN_ROLE_IDS,
        agency=a.agency.slug,
        section=a.section,
        valid_from=a.valid_from,
        valid_to=a.valid_to,
        active=_in_force(a, today),
    )


def _in_force(a: RoleAssignment, today: dt.date) -> bool:
    return a.valid_from <= today and (a.valid_to is None or today <= a.valid_to)


def _user_out(u: User, today: dt.date) -> UserOut:
    return UserOut(
        id=u.pk,
        username=u.username,
        display_name=u.display_name,
        agency=u.agency.slug if u.agency else None,
        is_active=u.is_active,
        roles=sorted({a.role for a in u.role_assignments.all() if _in_force(a, today)}),
    )


def _agency_for(request: HttpRequest, slug: str | None, admin_role: str) -> Any:
    return service.find_agency(slug) if slug else service.admin_agency(request.user, admin_role)


# --- endpoints -----------------------------------------------------------------------------------


@router.get("/me", response={200: MeOut, **ERRORS}, summary="我的角色与权限 / my roles and rights")
@requires("permission", "read")
def me(request: HttpRequest) -> MeOut:
    """今天有效的角色、按权限表可以做的事、可查看的台账类别。
    / Roles in force today, what the permission table lets them do, the ledger categories one may read."""
    subject = request_subject(request)
    user: Any = request.user
    today = subject.on
    mine = RoleAssignment.objects.filter(user=user).select_related("agency", "user")
    roles = [g for g in (_grant_out(a, today) for a in mine) if g.active]
    may = []
    for resource, action in POLICY:
        if can(subject, action, resource).allowed:
            zh, en = requirement_label(resource, action)
            may.append(MayOut(resource=resource, action=action, label_zh=zh, label_en=en))
    admin = sorted(subject.role_ids() & ADMIN_ROLE_IDS)
    return MeOut(
        username=user.username,
        display_name=user.display_name,
        agency=user.agency.slug if user.agency else None,
        roles=roles,
        admin_role=admin[0] if admin else None,
        may=may,
        ledger_categories=visible_ledger_categories(subject),
    )


@router.get("/policy", response={200: list[PolicyRowOut], **ERRORS}, summary="权限表 / the permission table")
@requires("permission", "read")
def policy(request: HttpRequest) -> list[PolicyRowOut]:
    """每个（资源，操作）允许的角色与范围。 / For each (resource, action), the roles allowed and their scope."""
    rows = []
    for (resource, action), rules in POLICY.items():
        zh, en = requirement_label(resource, action)
        rows.append(
            PolicyRowOut(
                resource=resource,
                action=action,
                label_zh=zh,
                label_en=en,
                rules=[
                    RuleOut(roles=sorted(r.roles), scope=r.scope.value, scope_zh=SCOPE_LABELS[r.scope][0])
                    for r in rules
                ],
            )
        )
    return rows


@router.get("/grants", response={200: list[GrantOut], **ERRORS}, summary="角色授予记录 / role assignments")
@requires("role_assignment", "read")
def list_grants(
    request: HttpRequest,
    username: Annotated[str | None, Query(description="只看此账号 / only this account", max_length=150)] = None,
    active: Annotated[
        bool | None, Query(description="只看今天有效（true）或无效（false）/ in force today or not")
    ] = None,
) -> list[GrantOut]:
    """安全保密管理员看到本机构的全部授予记录，其他人只看到自己的。
    / The security administrator sees every assignment of their agency; everyone else their own."""
    today = timezone.localdate()
    qs = scoped(request, "role_assignment", RoleAssignment.objects.select_related("user", "agency"))
    if username:
        qs = qs.filter(user__username=service.text(username, "username", 150))
    rows = [_grant_out(a, today) for a in qs.order_by("agency_id", "user__username", "role", "valid_from")]
    return [g for g in rows if active is None or g.active == active]


@router.post("/grants", response={201: GrantOut, **ERRORS}, summary="授予角色 / grant a role")
@requires("role_assignment", "grant")
def create_grant(request: HttpRequest, body: GrantIn) -> Status:
    """安全保密管理员在本机构内授予角色；不得授予自己；一个账号不得兼任两种管理员角色，管理员角色不得与业务角色并存。
    记入安全日志。 / A security administrator grants a role within their agency: never to their own account;
    no account holds two administrator roles, or an administrator role and a business role. Kept in the security log."""
    agency = _agency_for(request, body.agency, service.SECURITY_ADMIN)
    user = service.find_user(request.user, body.username)
    assignment = service.grant(
        request.user,
        user,
        body.role,
        agency,
        section=body.section,
        valid_from=body.valid_from,
        valid_to=body.valid_to,
        reason=body.reason,
    )
    return Status(201, _grant_out(assignment, timezone.localdate()))


@router.delete("/grants/{grant_id}", response={200: RevokeOut, **ERRORS}, summary="撤销角色 / revoke a role")
@requires("role_assignment", "revoke")
def delete_grant(
    request: HttpRequest,
    grant_id: Annotated[int, Path(description="授予记录编号 / id of the role assignment", ge=1, le=MAX_ID)],
    reason: Annotated[str, Query(description="理由，记入台账 / reason, kept in the ledger", max_length=500)] = "",
) -> RevokeOut:
    """自今日起撤销；不得撤销自己的角色。记入安全日志。
    / Revoked from today on; never one's own. Kept in the security log."""
    qs = RoleAssignment.objects.select_related("user", "agency")
    assignment = fetch(request, "revoke", "role_assignment", qs, pk=grant_id)  # another agency's: 404
    outcome = service.revoke(request.user, assignment, reason=reason)
    return RevokeOut(id=grant_id, outcome=outcome)


@router.get("/users", response={200: list[UserOut], **ERRORS}, summary="账号 / accounts")
@requires("user", "read")
def list_users(request: HttpRequest) -> list[UserOut]:
    """系统管理员与安全保密管理员看到本机构的账号，其他人只看到自己。
    / System and security administrators see their agency's accounts; everyone else their own."""
    today = timezone.localdate()
    qs = scoped(request, "user", User.objects.select_related("agency").prefetch_related("role_assignments"))
    return [_user_out(u, today) for u in qs.order_by("username")]


@router.post("/users", response={201: UserOut, **ERRORS}, summary="新建账号 / create an account")
@requires("user", "create")
def create_user(request: HttpRequest, body: UserIn) -> Status:
    """系统管理员在本机构新建账号（无角色，由安全保密管理员授予）。记入台账。
    / A system administrator creates an account in their agency, with no role (the security administrator
    grants them). Kept in the ledger."""
    agency = _agency_for(request, body.agency, service.SYSTEM_ADMIN)
    user = service.create_user(
        request.user,
        body.username,
        agency=agency,
        password=body.password,
        display_name=body.display_name,
        reason=body.reason,
    )
    return Status(201, _user_out(user, timezone.localdate()))


@router.post(
    "/users/{user_id}/deactivate", response={200: UserOut, **ERRORS}, summary="停用账号 / deactivate an account"
)
@requires("user", "deactivate")
def deactivate_user(
    request: HttpRequest,
    user_id: Annotated[int, Path(description="账号编号 / account id", ge=1, le=MAX_ID)],
    body: ReasonIn,
) -> UserOut:
    """系统管理员停用本机构的账号（不得停用自己）。 / A system administrator deactivates an account of their agency."""
    user = fetch(request, "deactivate", "user", User.objects.select_related("agency"), pk=user_id)
    service.deactivate_user(request.user, user, reason=body.reason)
    return _user_out(user, timezone.localdate())


__all__ = ["ACTIONS", "RESOURCES", "router"]
