"""Role ids used in verdicts and accounts (DESIGN §7). Pure data; no Django.

Two kinds of person roles: the *business* roles of the agency's own organisation (chief, deputy, staff …,
``PERSON_ROLES``) and the three *administrator* roles of 三员分立 (``ADMIN_ROLES``: 系统管理员, 安全保密管理员,
安全审计员), which run the system and never act in the agency's business. An account holds business roles
or one administrator role, never both and never two administrator roles at once (enforced by
``zhidu.access.service``; see docs/permissions.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    id: str
    name_zh: str
    name_en: str
    body: bool = False  # a collective body (党组会 …) rather than a person's post
    admin: bool = False  # one of the three administrator roles (三员分立), not a business role


ROLES: tuple[Role, ...] = (
    Role("chief", "一把手（局长/主任）", "Chief (director)"),
    Role("party_secretary", "党组书记", "Party-group secretary"),
    Role("deputy", "副职", "Deputy"),
    Role("deputy_in_charge", "分管副职", "Deputy in charge"),
    Role("finance_deputy", "分管财务副职", "Deputy in charge of finance"),
    Role("discipline_lead", "纪检组长/纪检委员", "Discipline-inspection lead"),
    Role("office", "办公室/人秘科", "General office"),
    Role("finance_section", "计划财务科", "Finance section"),
    Role("section_head", "科室负责人", "Section head"),
    Role("staff", "工作人员", "Staff member"),
    Role("bureau_leader", "局领导（任一班子成员）", "Any member of the bureau's leadership"),
    Role("government_leader_in_charge", "政府分管领导", "Government leader in charge (above the bureau)"),
    Role("review_committee_chair", "行政复议委员会主任", "Chair of the reconsideration committee"),
    Role("legal_section", "法制（政策法规）科", "Legal affairs section"),
    Role("leader", "局（办）领导", "A leader of the bureau or office"),
    Role("finance_bureau", "市财政局国有资产科", "Municipal finance bureau, state-asset section (outside approver)"),
    # 三员分立: each of the three administrators does one job and cannot read the others' logs.
    Role("system_admin", "系统管理员", "System administrator", admin=True),
    Role("security_admin", "安全保密管理员", "Security administrator", admin=True),
    Role("audit_admin", "安全审计员", "Audit administrator", admin=True),
    Role("party_group_meeting", "党组会", "Party-group meeting", body=True),
    Role("directors_meeting", "局长/主任办公会", "Directors' office meeting", body=True),
    Role("party_committee", "机关党委", "Organ Party committee", body=True),
    Role("review_committee", "行政复议委员会", "Administrative reconsideration committee", body=True),
    Role("records_appraisal_group", "文书档案鉴定领导小组", "Records appraisal group", body=True),
    Role("case_panel", "重大案件合议委员会", "Major-case deliberation panel", body=True),
    Role("branch_committee", "党支部委员会", "Party branch committee", body=True),
    Role("branch_assembly", "支部党员大会", "Party branch general meeting", body=True),
    Role("loan_review_group", "创业担保贷款会审组", "Start-up loan review group", body=True),
    Role("relief_leading_group", "县城镇扶困工作领导小组", "County urban poverty-relief leading group", body=True),
    Role("secrecy_leading_group", "局保密工作领导小组", "Bureau secrecy leading group", body=True),
    Role("canteen_committee", "食堂管理委员会", "Canteen management committee", body=True),
    Role("rule_of_law_group", "依法行政工作领导小组", "Leading group for law-based administration", body=True),
)

ROLE_BY_ID = {r.id: r for r in ROLES}
PERSON_ROLES = tuple(r for r in ROLES if not r.body and not r.admin)  # business roles held by people
ADMIN_ROLES = tuple(r for r in ROLES if r.admin)  # 三员: system_admin, security_admin, audit_admin
ADMIN_ROLE_IDS = frozenset(r.id for r in ADMIN_ROLES)
