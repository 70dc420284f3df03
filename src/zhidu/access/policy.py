"""Who may do what: the one permission table of zhidu (issue 4, items 3 and 4).

``POLICY`` maps each (resource, action) to the rules that allow it; a rule names the roles it lets in
and the *scope* of the objects they may touch:

- ``any``          every object of the resource;
- ``own_agency``   objects of an agency in which the user holds one of the rule's roles
                   (for ``signed_in``: the user's own agency or any agency they hold a role in);
- ``own_section``  objects of a section (科室) the user works in on that day (``zhidu.org.service.sections_of``);
- ``in_charge``    objects of a section the user leads or is 分管 for (``zhidu.org.service.sections_in_charge``);
- ``own_record``   objects the user owns (requested, created, or that are about them);
- ``assigned``     objects on which the user has a turn: an approval step assigned to them, a copy sent to
                   them (审批人、抄送人), wherever the object's section lies (``Locate.assigned``);
- ``self``         the user's own account.

``anyone`` lets in people who have not signed in; ``signed_in`` every signed-in user, whatever their
roles. Everything not allowed by a rule is refused: a (resource, action) missing from the table is
refused to everybody, and a test fails for every view or endpoint that does not declare one.

``can(user, action, resource, obj=None, on=None)`` answers one question with a ``Decision`` (allowed or
not, and why, in Chinese and English); ``scope_queryset(user, resource, qs)`` narrows a list to what the
user may see. Deny codes: 401 not signed in, 403 signed in but not allowed, 404 the object belongs to
another agency (its existence is not revealed). docs/permissions.md is generated from this module
(``zhidu access docs``).

三员分立 (separation of the three administrators): the system administrator runs configuration
(calendar overrides, agency settings, imports, the existence of accounts), the security administrator
grants and revokes rights, the audit administrator reads the business and audit logs and verifies the
ledger; each reads only their own log. The roles themselves are in ``zhidu.core.roles`` (``admin=True``);
the rules an account's roles must obey (one administrator role at most, never with a business role,
nobody grants themselves) are in ``zhidu.access.service``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from zhidu.core.roles import ADMIN_ROLE_IDS, PERSON_ROLES, ROLE_BY_ID

if TYPE_CHECKING:  # pragma: no cover
    from django.db.models import Q, QuerySet

    from .subject import Subject


class Scope(StrEnum):
    ANY = "any"
    OWN_AGENCY = "own_agency"
    OWN_SECTION = "own_section"
    IN_CHARGE = "in_charge"
    OWN_RECORD = "own_record"
    ASSIGNED = "assigned"
    SELF = "self"


SCOPE_LABELS: dict[Scope, tuple[str, str]] = {
    Scope.ANY: ("全部", "any"),
    Scope.OWN_AGENCY: ("本机构", "own agency"),
    Scope.OWN_SECTION: ("本科室", "own section"),
    Scope.IN_CHARGE: ("分管范围", "sections in charge"),
    Scope.OWN_RECORD: ("本人事项", "own records"),
    Scope.ASSIGNED: ("经办事项", "assigned to me"),
    Scope.SELF: ("本人账号", "own account"),
}

ANYONE = "anyone"  # also people who have not signed in
SIGNED_IN = "signed_in"  # every signed-in user, whatever their roles

# --- role groups (every business role of zhidu.core.roles is in exactly one; a test checks it) -----------

AGENCY_LEADERS = frozenset({"chief", "party_secretary"})  # see the whole agency
DEPUTIES = frozenset(  # see the sections they are in charge of (分管)
    {"deputy", "deputy_in_charge", "finance_deputy", "discipline_lead", "bureau_leader", "leader"}
)
SECTION_ROLES = frozenset({"office", "finance_section", "section_head", "staff", "legal_section"})  # own section
OUTSIDE_ROLES = frozenset(  # people outside the bureau who approve some matters: their own records only
    {"government_leader_in_charge", "review_committee_chair", "finance_bureau"}
)
BUSINESS = frozenset(r.id for r in PERSON_ROLES)
ROLE_GROUPS: dict[str, frozenset[str]] = {
    "agency_leaders": AGENCY_LEADERS,
    "deputies": DEPUTIES,
    "section_roles": SECTION_ROLES,
    "outside_roles": OUTSIDE_ROLES,
}
SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN = "system_admin", "security_admin", "audit_admin"
assert {SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN} == ADMIN_ROLE_IDS


@dataclass(frozen=True)
class Rule:
    """``roles`` (role ids, ``anyone`` or ``signed_in``) may act on the objects in ``scope``."""

    roles: frozenset[str]
    scope: Scope


def rule(roles: str | Iterable[str], scope: Scope | str = Scope.ANY) -> Rule:
    return Rule(frozenset([roles] if isinstance(roles, str) else roles), Scope(scope))


@dataclass(frozen=True)
class Locate:
    """Where a model keeps the facts a scope needs, as Django field paths (``system__agency_id``):
    the agency's id, the org Section's id, the owning user's id (``pk`` for the user model itself), and
    the paths to the users who have a turn on it (``steps__assignee_id``: the ``assigned`` scope; on a
    plain object, attributes holding collections of user ids)."""

    agency: str | None = None
    section: str | None = None
    owner: str | None = None
    shared_if_no_agency: bool = False  # an object without an agency concerns every agency (own_agency holds)
    assigned: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    """A kind of thing the table speaks of. ``models`` maps each model label (``app_label.Model``) of
    the zhidu apps that belongs to this resource to where it keeps agency, section and owner; every
    model of a zhidu app must be in exactly one resource (a test checks it)."""

    id: str
    name_zh: str
    name_en: str
    models: Mapping[str, Locate] = field(default_factory=dict)
    locate: Locate = Locate(  # for plain objects
        agency="agency_id", section="section_id", owner="owner_id", assigned=("assigned_ids",)
    )


@dataclass(frozen=True)
class Action:
    id: str
    name_zh: str
    name_en: str


ACTIONS: dict[str, Action] = {
    a.id: a
    for a in (
        Action("read", "查看", "read"),
        Action("create", "新建", "create"),
        Action("update", "修改", "update"),
        Action("write", "录入", "enter"),
        Action("import", "导入", "import"),
        Action("configure", "设置", "configure"),
        Action("configure_security", "设置安全策略", "configure security settings"),
        Action("reset", "重置", "reset"),
        Action("deactivate", "停用", "deactivate"),
        Action("evaluate", "评估", "evaluate"),
        Action("resolve", "确定审批人", "resolve approvers"),
        Action("grant", "授予", "grant"),
        Action("revoke", "撤销", "revoke"),
        Action("sign_in", "登录", "sign in"),
        Action("sign_out", "退出", "sign out"),
        Action("enrol", "绑定第二因子", "enrol a second factor"),
        Action("change_password", "修改密码", "change one's password"),
        Action("set_language", "切换语言", "switch language"),
        Action("describe", "查看说明", "read the description"),
        Action("read_business", "查看业务日志", "read the business log"),
        Action("read_security", "查看安全日志", "read the security log"),
        Action("read_system", "查看系统日志", "read the system log"),
        Action("read_audit", "查看审计日志", "read the audit log"),
        Action("verify", "核验台账", "verify the ledger"),
        Action("act", "办理", "act on (approve, return, withdraw, hand over …)"),
        Action("sign", "签字", "sign"),
    )
}

_AGENCY = Locate(agency="agency_id")
_VIA_SYSTEM = Locate(agency="system__agency_id")
# A meeting's members and attendees (once their attendance is recorded), its chair and its recorder.
_MEETING_TURNS = ("attendance__person__user_id", "chair__user_id", "recorder__user_id")
_VIA_MEETING = Locate(
    agency="meeting__agency_id",
    section="meeting__section_id",
    owner="meeting__created_by_id",
    assigned=tuple(f"meeting__{p}" for p in _MEETING_TURNS),
)
_VIA_ITEM = Locate(
    agency="item__agency_id",
    section="item__section_id",
    owner="item__proposer_id",
    assigned=tuple(f"item__meeting__{p}" for p in _MEETING_TURNS),
)
# Approvers (steps assigned, 转交 and 加签 included) and people copied (抄送) of an application.
_APPLICATION_TURNS = ("steps__assignee_id", "copies__user_id")
_VIA_APPLICATION = Locate(
    agency="application__agency_id",
    section="application__section_id",
    owner="application__applicant_id",
    assigned=tuple(f"application__{p}" for p in _APPLICATION_TURNS),
)

RESOURCES: dict[str, Resource] = {
    r.id: r
    for r in (
        Resource("site", "站点", "Site"),
        Resource("session", "登录会话", "Sign-in session"),
        Resource("api", "接口说明", "API description"),
        Resource("agency", "机构", "Agency", {"agencies.Agency": Locate(agency="pk")}),
        Resource(
            "rulebook",
            "制度文本",
            "Rulebooks",
            {"rulebook.System": _AGENCY, "rulebook.Clause": _VIA_SYSTEM, "rulebook.WorkItem": _VIA_SYSTEM},
        ),
        Resource("check", "校验", "Checks"),
        Resource("calendar_override", "节假日调整安排", "Holiday notices", {"workcalendar.CalendarOverride": Locate()}),
        Resource("user", "账号", "User accounts", {"accounts.User": Locate(agency="agency_id", owner="pk")}),
        Resource(
            "role_assignment",
            "角色授予",
            "Role assignments",
            {"accounts.RoleAssignment": Locate(agency="agency_id", owner="user_id")},
        ),
        Resource("permission", "权限", "Permissions"),
        Resource(
            "ledger_entry",
            "留痕台账",
            "Ledger",
            {
                "ledger.LedgerEntry": Locate(agency="agency_id", shared_if_no_agency=True),
                "ledger.LedgerHead": Locate(),
            },
        ),
        Resource(
            "sign_in",
            "登录记录与第二因子",
            "Sign-in records and second factors",
            {
                # Attempts are kept by the name typed, known account or not: no agency, every agency's concern.
                "accounts.SignInAttempt": Locate(shared_if_no_agency=True),
                "accounts.TotpDevice": Locate(agency="user__agency_id", owner="user_id"),
            },
        ),
        Resource(
            "org",
            "组织机构",
            "Organisation",
            {
                "org.Section": Locate(agency="agency_id", section="pk"),
                "org.Person": Locate(agency="agency_id", owner="user_id"),
                "org.Holding": Locate(agency="person__agency_id", section="section_id", owner="person__user_id"),
                "org.InCharge": Locate(agency="person__agency_id", section="section_id", owner="person__user_id"),
                "org.Acting": Locate(agency="person__agency_id", owner="person__user_id"),
            },
        ),
        Resource(
            "record",
            "业务记录",
            "Business records",
            {
                "approvals.Application": Locate(
                    agency="agency_id", section="section_id", owner="applicant_id", assigned=_APPLICATION_TURNS
                ),
                "approvals.Step": _VIA_APPLICATION,
                "approvals.Event": _VIA_APPLICATION,
                "approvals.Attachment": _VIA_APPLICATION,
                "approvals.Copy": _VIA_APPLICATION,
                # meetings (议事决策): the office that runs a meeting owns it; its members, attendees, chair and
                # recorder have a turn on it; an item belongs to its proposer and section
                "meetings.Meeting": Locate(
                    agency="agency_id", section="section_id", owner="created_by_id", assigned=_MEETING_TURNS
                ),
                "meetings.Item": Locate(
                    agency="agency_id",
                    section="section_id",
                    owner="proposer_id",
                    assigned=tuple(f"meeting__{p}" for p in _MEETING_TURNS),
                ),
                "meetings.Material": _VIA_ITEM,
                "meetings.Recusal": _VIA_ITEM,
                "meetings.Statement": _VIA_ITEM,
                "meetings.Vote": _VIA_ITEM,
                "meetings.ItemOutcome": _VIA_ITEM,
                "meetings.Attendance": _VIA_MEETING,
                "meetings.Minutes": _VIA_MEETING,
                "meetings.Decision": Locate(
                    agency="agency_id",
                    section="section_id",
                    owner="item__proposer_id",
                    assigned=tuple(f"item__meeting__{p}" for p in _MEETING_TURNS),
                ),
                # a person's approved leave and outings, and their leave balance (zhidu.attendance)
                "attendance.LeaveRecord": Locate(agency="agency_id", section="section_id", owner="person_id"),
                "attendance.LeaveBalance": Locate(agency="agency_id", section="section_id", owner="person_id"),
            },
        ),
        # the decision bodies of an agency (党组会议, 局务会议, 支部党员大会 …) and the members entered by hand for
        # those the org chart gives none (or not all) for
        Resource(
            "meeting_body",
            "议事机构及成员",
            "Decision bodies and their members",
            {"meetings.Body": _AGENCY, "meetings.BodyMember": Locate(agency="body__agency_id")},
        ),
        Resource(
            "task",
            "待办",
            "Tasks",
            {"workflow.Task": Locate(agency="agency_id", section="section_id", owner="assignee_id")},
        ),
        Resource("notice", "站内通知", "Notices", {"workflow.Notice": Locate(agency="agency_id", owner="user_id")}),
        # zhidu.fleet, zhidu.seals, zhidu.assets: the registers the texts give to the office (and finance) to keep
        Resource(
            "fleet_register",
            "车辆台账",
            "Vehicle registers",
            {
                "fleet.Vehicle": _AGENCY,
                "fleet.Trip": Locate(agency="agency_id", section="section_id", owner="requested_by_id"),
                "fleet.FuelCard": _AGENCY,
                "fleet.FuelEntry": Locate(agency="agency_id", owner="by_id"),
                "fleet.Repair": Locate(agency="agency_id", section="section_id", owner="requested_by_id"),
                "fleet.Allowance": Locate(agency="agency_id", section="section_id", owner="claimant_id"),
                "fleet.AllowanceDay": _AGENCY,
            },
        ),
        Resource(
            "seal_log",
            "印章台账与用印登记",
            "Seal register and use log",
            {
                "seals.Seal": Locate(agency="agency_id", section="section_id", owner="keeper_id"),
                "seals.SealUse": Locate(agency="agency_id", section="section_id", owner="handler_user_id"),
                "seals.SealEvent": Locate(agency="agency_id", section="seal__section_id", owner="by_id"),
            },
        ),
        Resource(
            "asset_register",
            "采购与资产台账",
            "Purchase and asset registers",
            {
                "assets.Purchase": Locate(agency="agency_id", section="section_id", owner="requested_by_id"),
                "assets.Asset": Locate(agency="agency_id", section="section_id", owner="custodian_id"),
                "assets.StockItem": _AGENCY,
                "assets.StockMove": Locate(agency="agency_id", section="section_id", owner="recipient_id"),
                "assets.Stocktake": Locate(agency="agency_id", owner="by_id"),
                "assets.StocktakeLine": Locate(agency="agency_id", section="asset__section_id"),
            },
        ),
        # zhidu.attendance: the attendance register the office keeps (考勤), and the duty roster (值班)
        Resource(
            "attendance",
            "考勤记录",
            "Attendance register",
            {
                "attendance.AttendanceRecord": Locate(agency="agency_id", section="section_id", owner="person_id"),
                "attendance.AttendanceImport": Locate(agency="agency_id", owner="imported_by_id"),
                "attendance.Absence": Locate(agency="agency_id", section="section_id", owner="person_id"),
                "attendance.MonthlySheet": Locate(agency="agency_id", section="section_id", owner="created_by_id"),
            },
        ),
        Resource(
            "duty",
            "值班表",
            "Duty roster",
            {
                "attendance.DutyShift": Locate(agency="agency_id", owner="staff_id"),
                "attendance.DutyLog": Locate(agency="shift__agency_id", owner="shift__staff_id"),
            },
        ),
    )
}

# --- the table ----------------------------------------------------------------------------------------

_SIGNED_IN_ANY = (rule(SIGNED_IN, Scope.ANY),)

POLICY: dict[tuple[str, str], tuple[Rule, ...]] = {
    # Pages anybody may open: signing in and out, the language switch, the API's own description.
    ("session", "sign_in"): (rule(ANYONE),),
    ("session", "sign_out"): (rule(ANYONE),),
    # Second-factor enrolment is also a step of signing in (an agency that requires it sends the user there
    # right after the password): open, the view itself asks for a signed-in user or a pending sign-in.
    ("session", "enrol"): (rule(ANYONE),),
    ("session", "change_password"): (rule(SIGNED_IN, Scope.SELF),),
    ("site", "set_language"): (rule(ANYONE),),
    ("api", "describe"): (rule(ANYONE),),
    # The rulebooks of every agency stay readable to every signed-in user (issue 4, item 3).
    ("agency", "read"): _SIGNED_IN_ANY,
    ("agency", "configure"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    # The agency's security settings (second factor required, idle timeout) are the security administrator's.
    ("agency", "configure_security"): (rule(SECURITY_ADMIN, Scope.OWN_AGENCY),),
    ("rulebook", "read"): _SIGNED_IN_ANY,
    ("rulebook", "import"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    ("check", "read"): _SIGNED_IN_ANY,
    ("check", "evaluate"): _SIGNED_IN_ANY,
    # The working-day calendar is the State Council's, the same for every agency: system administrators.
    ("calendar_override", "read"): _SIGNED_IN_ANY,
    ("calendar_override", "write"): (rule(SYSTEM_ADMIN, Scope.ANY),),
    # Accounts: the system administrator makes them exist; the security administrator gives them rights.
    ("user", "read"): (
        rule(SIGNED_IN, Scope.SELF),
        rule({SYSTEM_ADMIN, SECURITY_ADMIN}, Scope.OWN_AGENCY),
    ),
    ("user", "create"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    ("user", "deactivate"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    ("role_assignment", "read"): (
        rule(SIGNED_IN, Scope.OWN_RECORD),
        rule(SECURITY_ADMIN, Scope.OWN_AGENCY),
    ),
    ("role_assignment", "grant"): (rule(SECURITY_ADMIN, Scope.OWN_AGENCY),),
    ("role_assignment", "revoke"): (rule(SECURITY_ADMIN, Scope.OWN_AGENCY),),
    ("permission", "read"): _SIGNED_IN_ANY,  # the table itself and one's own rights
    # Sign-in records (lock-out counts) and authenticators: the security administrator of the agency; one's own.
    ("sign_in", "read"): (rule(SIGNED_IN, Scope.OWN_RECORD), rule(SECURITY_ADMIN, Scope.OWN_AGENCY)),
    ("sign_in", "reset"): (rule(SECURITY_ADMIN, Scope.OWN_AGENCY),),  # unlock, replace a lost authenticator
    # The ledger: each administrator reads only their own log (三员分立), of their agency and the entries
    # that concern no agency (the calendar, sign-in failures of unknown names …). ``read`` is "some log";
    # which categories, ``read_<category>`` says (zhidu.ledger.service.visible_categories).
    ("ledger_entry", "read"): (rule({SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN}, Scope.OWN_AGENCY),),
    ("ledger_entry", "read_business"): (rule(AUDIT_ADMIN, Scope.OWN_AGENCY),),
    ("ledger_entry", "read_audit"): (rule(AUDIT_ADMIN, Scope.OWN_AGENCY),),
    ("ledger_entry", "read_security"): (rule(SECURITY_ADMIN, Scope.OWN_AGENCY),),
    ("ledger_entry", "read_system"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    ("ledger_entry", "verify"): (rule(AUDIT_ADMIN, Scope.ANY),),
    # The organisation of an agency: read by its members, kept by its system administrator.
    ("org", "read"): (rule(SIGNED_IN, Scope.OWN_AGENCY),),
    ("org", "resolve"): (rule(SIGNED_IN, Scope.OWN_AGENCY),),
    ("org", "write"): (rule(SYSTEM_ADMIN, Scope.OWN_AGENCY),),
    # Business records (the workflows' requests, cases, documents …): leaders see the agency, deputies what
    # they are in charge of, staff their section, everyone their own. Administrators see none of them.
    ("record", "read"): (
        rule(AGENCY_LEADERS, Scope.OWN_AGENCY),
        rule(DEPUTIES, Scope.IN_CHARGE),
        rule(SECTION_ROLES, Scope.OWN_SECTION),
        rule(BUSINESS, Scope.OWN_RECORD),
        rule(BUSINESS, Scope.ASSIGNED),  # an approver or a person copied, in whatever section it lies
    ),
    ("record", "create"): (rule(BUSINESS, Scope.OWN_AGENCY),),
    # Acting on a request (approvals): its applicant (withdraw, remind, resubmit) and whoever has a turn on it
    # (approve, reject, return, hand over, add a signer, copy); which of these each may do, and when, the
    # workflow decides (zhidu.approvals.service: only the current approver approves …).
    ("record", "act"): (rule(BUSINESS, Scope.OWN_RECORD), rule(BUSINESS, Scope.ASSIGNED)),
    # The members of a decision body on a day: everyone of the agency who may read its meetings sees them. Those
    # the org chart does not give (局务会议 “局领导班子成员,调研员、副调研员,各科室负责人参加”, 创业担保贷款会审组
    # “局长、副局长和各相关科长”, a Party branch's members and its 书记) the office enters, as it plans the meetings.
    ("meeting_body", "read"): (rule(BUSINESS, Scope.OWN_AGENCY),),
    ("meeting_body", "write"): (rule({"office"}, Scope.OWN_AGENCY),),
    # Tasks (待办): one's own; leaders the agency's, 分管 leaders their sections', section heads their section's
    # (so that overdue tasks reach whoever supervises them: 督办).
    ("task", "read"): (
        rule(AGENCY_LEADERS, Scope.OWN_AGENCY),
        rule(DEPUTIES, Scope.IN_CHARGE),
        rule({"section_head", "office"}, Scope.OWN_SECTION),
        rule(BUSINESS, Scope.OWN_RECORD),
    ),
    # Notices (提醒、督办、抄送): one's own only.
    ("notice", "read"): (rule(BUSINESS, Scope.OWN_RECORD),),
    ("notice", "update"): (rule(BUSINESS, Scope.OWN_RECORD),),
    # The vehicle registers (zhidu.fleet): 区局 一、1 “局车辆的调派和维修保养,由办公室确定专人负责”; 文山（一）“公务车辆
    # 由办公室统一管理”; 白城 第七条 “办综合科负责管理公务用车的维修保养和燃油费用”; 通榆 “费用经领导同意由财务科充值”.
    # Everyone of the agency sees the cars and the trip log; the office (and finance, for fuel cards) keeps them; the
    # person who asked for a trip writes its times out and back (出车登记表), as the office does.
    ("fleet_register", "read"): (rule(BUSINESS, Scope.OWN_AGENCY),),
    ("fleet_register", "write"): (rule({"office", "finance_section"}, Scope.OWN_AGENCY),),
    ("fleet_register", "update"): (rule({"office"}, Scope.OWN_AGENCY), rule(BUSINESS, Scope.OWN_RECORD)),
    # The seal register and use log (zhidu.seals): 文山（二）“由局办公室指定专人保管”, 科室印章 “由相应科室指定专人
    # 保管”; 白城 二、7 “印章原则上应在综合科使用”. The keepers write it; leaders read it; each their own uses.
    ("seal_log", "read"): (
        rule(AGENCY_LEADERS | {"office"}, Scope.OWN_AGENCY),
        rule(DEPUTIES, Scope.IN_CHARGE),
        rule({"section_head"}, Scope.OWN_SECTION),
        rule(BUSINESS, Scope.OWN_RECORD),
    ),
    ("seal_log", "write"): (rule({"office"}, Scope.OWN_AGENCY), rule({"section_head"}, Scope.OWN_SECTION)),
    # Purchases and assets (zhidu.assets): 通榆 人秘科 “验收合格后填制《固定资产验收单》”;
    # 文山 “物资的保管由规划财务科指定专人负责”; 区局 财产保管员 “签字验收,登记入帐”; 白城 综合科 “统一负责”.
    # Everyone of the agency sees the register.
    ("asset_register", "read"): (rule(BUSINESS, Scope.OWN_AGENCY),),
    ("asset_register", "write"): (rule({"office", "finance_section"}, Scope.OWN_AGENCY),),
    ("record", "update"): (
        rule(BUSINESS, Scope.OWN_RECORD),
        rule({"section_head"}, Scope.OWN_SECTION),
    ),
    # The attendance register (zhidu.attendance). The office keeps it (文山 第三十五条(一) “考勤工作由人事教育科具体
    # 负责”, 白城 二(一) “请销假工作由综合科负责统一管理”, 区局 考勤表报局办公室); 区局 二 has each section keep its own
    # daily record (“各科室…安排专人…做好考勤记录”), signed by the section head and the deputy in charge.
    ("attendance", "read"): (
        rule(AGENCY_LEADERS | {"office"}, Scope.OWN_AGENCY),
        rule(DEPUTIES, Scope.IN_CHARGE),
        rule({"section_head"}, Scope.OWN_SECTION),
        rule(BUSINESS, Scope.OWN_RECORD),
    ),
    ("attendance", "write"): (rule({"office"}, Scope.OWN_AGENCY), rule({"section_head"}, Scope.OWN_SECTION)),
    ("attendance", "import"): (rule({"office"}, Scope.OWN_AGENCY),),
    ("attendance", "evaluate"): (rule({"office"}, Scope.OWN_AGENCY),),  # absences derived for the agency
    ("attendance", "sign"): (
        rule(AGENCY_LEADERS | {"office"}, Scope.OWN_AGENCY),
        rule(DEPUTIES, Scope.IN_CHARGE),
        rule(SECTION_ROLES, Scope.OWN_SECTION),
    ),
    # The duty roster: everyone of the agency sees who is on duty; the office draws it up (文山 第三十六条(一)
    # “值班工作由办公室负责统筹安排”) and keeps its pay; the person on duty writes the duty log of their shift.
    ("duty", "read"): (rule(BUSINESS, Scope.OWN_AGENCY),),
    ("duty", "create"): (rule({"office"}, Scope.OWN_AGENCY),),
    ("duty", "update"): (rule({"office"}, Scope.OWN_AGENCY),),
    ("duty", "write"): (rule({"office"}, Scope.OWN_AGENCY), rule(BUSINESS, Scope.OWN_RECORD)),
}

LEDGER_CATEGORIES = ("business", "security", "system", "audit")  # zhidu.ledger's categories


# --- decisions ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The answer to "may this user do this?": ``allowed``, why (``reason_zh``/``reason_en``), the HTTP
    status a refusal answers with (401, 403 or 404) and the rule that allowed it."""

    allowed: bool
    reason_zh: str
    reason_en: str
    status: int = 200
    rule: Rule | None = None

    def __bool__(self) -> bool:
        return self.allowed


def requirement_label(resource: str, action: str) -> tuple[str, str]:
    res, act = RESOURCES.get(resource), ACTIONS.get(action)
    zh = f"「{act.name_zh if act else action}」（{res.name_zh if res else resource}）"
    en = f"{act.name_en if act else action} ({res.name_en if res else resource})"
    return zh, en


def _roles_text(subject: Subject) -> tuple[str, str]:
    held = sorted(subject.role_ids())
    if not held:
        return "无角色", "no role"
    return "、".join(ROLE_BY_ID[r].name_zh if r in ROLE_BY_ID else r for r in held), ", ".join(held)


def _path_value(obj: Any, path: str | None) -> Any:
    if path is None:
        return None
    value = obj
    for part in path.split("__"):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def locate_of(resource: Resource, obj: Any) -> Locate:
    meta = getattr(obj, "_meta", None)
    if meta is None:
        return resource.locate
    try:
        return resource.models[meta.label]
    except KeyError:
        raise LookupError(
            f"model {meta.label} is not mapped to resource {resource.id!r} (zhidu.access.policy)"
        ) from None


def _resource(resource: str) -> Resource:
    try:
        return RESOURCES[resource]
    except KeyError:
        raise LookupError(f"unknown resource {resource!r}: add it to zhidu.access.policy.RESOURCES") from None


def _subject(user: Any, on: dt.date | None) -> Subject:
    from .subject import Subject, subject_of

    if isinstance(user, Subject):
        return user if on is None or on == user.on else subject_of(user.user, on)
    return subject_of(user, on)


def _assigned_to(obj: Any, loc: Locate, user_id: int | None) -> bool:
    """Whether ``user_id`` has a turn on ``obj`` (the ``assigned`` scope): for a model instance, asked of the
    database along ``loc.assigned``; for a plain object, its attributes of that name hold user ids."""
    if user_id is None or not loc.assigned:
        return False
    meta = getattr(obj, "_meta", None)
    if meta is None:
        return any(user_id in (getattr(obj, path, None) or ()) for path in loc.assigned)
    if obj.pk is None:
        return False
    from django.db.models import Q

    where = Q()
    for path in loc.assigned:
        where |= Q(**{path: user_id})
    return bool(type(obj)._default_manager.filter(where, pk=obj.pk).exists())


def _scope_holds(scope: Scope, subject: Subject, agencies: set[int], facts: tuple[Any, Any, Any, bool]) -> bool:
    agency, section, owner, shared = facts
    if scope is Scope.ANY:
        return True
    if scope is Scope.OWN_AGENCY:
        return agency in agencies if agency is not None else shared
    if scope is Scope.OWN_SECTION:
        return agency in agencies and section is not None and section in subject.sections
    if scope is Scope.IN_CHARGE:
        return agency in agencies and section is not None and section in subject.in_charge
    # own_record / self
    return owner is not None and subject.user_id is not None and owner == subject.user_id


def can(user: Any, action: str, resource: str, obj: Any = None, on: dt.date | None = None) -> Decision:
    """May ``user`` (a User, AnonymousUser, None or a ``Subject``) do ``action`` on ``resource`` — on the
    object ``obj`` if given (else: on some object of it), on day ``on`` (default today)?"""
    label_zh, label_en = requirement_label(resource, action)
    rules = POLICY.get((resource, action))
    res = _resource(resource)
    if rules is None:
        return Decision(
            False,
            f"权限表中没有「{label_zh}」，一律不允许",
            f"the permission table has no entry for {label_en}: refused to everyone",
            403,
        )
    for r in rules:
        if ANYONE in r.roles:
            return Decision(True, "任何人可以", "open to anyone", 200, r)
    subject = _subject(user, on)
    if not subject.authenticated:
        return Decision(False, "请先登录", "Please sign in first.", 401)
    facts = None
    if obj is not None:
        loc = locate_of(res, obj)
        agency = _path_value(obj, loc.agency)
        facts = (agency, _path_value(obj, loc.section), _path_value(obj, loc.owner), loc.shared_if_no_agency)
    role_matched = False
    for r in rules:
        if not subject.holds(r.roles):
            continue
        role_matched = True
        if facts is None:
            return Decision(True, "允许", "allowed", 200, r)
        if r.scope is Scope.ASSIGNED:
            if _assigned_to(obj, locate_of(res, obj), subject.user_id):
                return Decision(True, "允许", "allowed", 200, r)
        elif _scope_holds(r.scope, subject, subject.agencies_for(r.roles), facts):
            return Decision(True, "允许", "allowed", 200, r)
    roles_zh, roles_en = _roles_text(subject)
    if not role_matched:
        return Decision(
            False,
            f"您的角色（{roles_zh}）无权{label_zh}",
            f"your roles ({roles_en}) may not {label_en}",
            403,
        )
    assert facts is not None
    agency = facts[0]
    if agency is not None and agency not in subject.member_agencies:
        return Decision(False, "找不到该资源", "Not found.", 404)  # another agency's: do not reveal it exists
    return Decision(
        False,
        f"该对象不在您可{label_zh}的范围内（本科室、分管、本人或经办的事项）",
        f"this object is outside what you may {label_en} (your section, your charge, your own or assigned records)",
        403,
    )


def scope_queryset(
    user: Any, resource: str, qs: QuerySet[Any], action: str = "read", on: dt.date | None = None
) -> QuerySet[Any]:
    """``qs`` narrowed to the objects ``user`` may ``action`` (default read): the union of every rule's scope."""
    res = _resource(resource)
    loc = res.models.get(qs.model._meta.label)
    if loc is None:
        raise LookupError(f"model {qs.model._meta.label} is not mapped to resource {resource!r} in zhidu.access.policy")
    rules = POLICY.get((resource, action), ())
    if any(ANYONE in r.roles for r in rules):
        return qs
    subject = _subject(user, on)
    if not subject.authenticated:
        return qs.none()
    where: Q | None = None
    for r in rules:
        if not subject.holds(r.roles):
            continue
        q = _scope_q(r.scope, subject, subject.agencies_for(r.roles), loc, qs.model)
        if q is None:  # the whole resource
            return qs
        where = q if where is None else where | q
    return qs.filter(where) if where is not None else qs.none()


def _scope_q(scope: Scope, subject: Subject, agencies: set[int], loc: Locate, model: Any = None) -> Q | None:
    from django.db.models import Q

    nothing = Q(pk__in=[])
    if scope is Scope.ANY:
        return None
    if scope is Scope.OWN_AGENCY:
        if not loc.agency:
            return nothing
        q = Q(**{f"{loc.agency}__in": sorted(agencies)})
        return q | Q(**{f"{loc.agency}__isnull": True}) if loc.shared_if_no_agency else q
    if scope in (Scope.OWN_SECTION, Scope.IN_CHARGE):
        sections = subject.sections if scope is Scope.OWN_SECTION else subject.in_charge
        if not (loc.agency and loc.section and sections):
            return nothing
        return Q(**{f"{loc.agency}__in": sorted(agencies), f"{loc.section}__in": sorted(sections)})
    if scope is Scope.ASSIGNED:
        if not loc.assigned or subject.user_id is None:
            return nothing
        # through a sub-query: a join along the reverse relations would repeat rows
        turns = Q()
        for path in loc.assigned:
            turns |= Q(**{path: subject.user_id})
        return Q(pk__in=model._default_manager.filter(turns).values("pk"))
    if not loc.owner or subject.user_id is None:
        return nothing
    return Q(**{loc.owner: subject.user_id})


def visible_ledger_categories(user: Any, on: dt.date | None = None) -> list[str]:
    """The ledger categories whose log ``user`` may read (三员分立: one log per administrator)."""
    return [c for c in LEDGER_CATEGORIES if can(user, f"read_{c}", "ledger_entry", on=on).allowed]
