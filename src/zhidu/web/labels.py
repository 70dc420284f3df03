"""Names shown for the rulebook's internal ids: domains (领域) and kinds of 制度.

The importer tags each 制度 with a domain id; the web pages show it in Chinese (English when the user
switched). An id missing here is shown as it is.
"""

from __future__ import annotations

# Order here is the order of the groups on an agency's page.
DOMAINS: dict[str, tuple[str, str]] = {
    "governance-meetings": ("会议与议事", "Meetings and deliberation"),
    "decision-making": ("决策", "Decision-making"),
    "party-organisation": ("党的建设", "Party organisation"),
    "integrity-discipline": ("廉政纪律", "Integrity and discipline"),
    "personnel-cadres": ("干部人事", "Personnel and cadres"),
    "recruitment-titles": ("招聘与职称", "Recruitment and titles"),
    "performance-evaluation": ("考核", "Performance evaluation"),
    "attendance-leave-duty": ("考勤请假值班", "Attendance, leave and duty"),
    "finance-budget": ("财务", "Finance and budget"),
    "procurement-assets": ("采购与资产", "Procurement and assets"),
    "reception-travel": ("接待与差旅", "Reception and travel"),
    "vehicles": ("公务用车", "Official vehicles"),
    "logistics-facilities": ("后勤", "Logistics and facilities"),
    "documents-archives-seals": ("公文档案印章", "Documents, archives and seals"),
    "information-disclosure-it-security": ("信息公开与安全", "Information disclosure and IT security"),
    "confidentiality": ("保密", "Confidentiality"),
    "petitions-complaints": ("信访", "Petitions and complaints"),
    "admin-enforcement-review": ("执法与复议", "Enforcement and administrative review"),
    "public-services-programs": ("公共服务", "Public services and programmes"),
    "other": ("其他", "Other"),
}

KINDS: dict[str, tuple[str, str]] = {
    "ENFORCE": ("可强制校验", "Enforceable"),
    "WORKFLOW": ("流程", "Workflow"),
    "CHECKLIST": ("清单", "Checklist"),
    "TEXT": ("文本", "Text"),
}

_ORDER = {d: i for i, d in enumerate(DOMAINS)}


def domain_label(domain: str, en: bool = False) -> str:
    names = DOMAINS.get(domain)
    return domain if names is None else names[1 if en else 0]


def kind_label(kind: str, en: bool = False) -> str:
    names = KINDS.get(kind)
    return kind if names is None else names[1 if en else 0]


def domain_sort_key(domain: str) -> tuple[int, str]:
    """Known domains in the table's order, then unknown ones by id."""
    return (_ORDER.get(domain, len(_ORDER)), domain)
