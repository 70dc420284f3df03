"""docs/permissions.md, rendered from the permission table (``zhidu access docs``; a test checks it is current)."""

from __future__ import annotations

from pathlib import Path

from zhidu.core.roles import ADMIN_ROLES, PERSON_ROLES, ROLE_BY_ID

from .policy import (
    ACTIONS,
    ANYONE,
    BUSINESS,
    POLICY,
    RESOURCES,
    ROLE_GROUPS,
    SCOPE_LABELS,
    SIGNED_IN,
    Rule,
)

DOC = Path(__file__).resolve().parents[3] / "docs" / "permissions.md"

GROUP_LABELS = {
    "agency_leaders": ("局领导", "agency leaders"),
    "deputies": ("副职（分管）", "deputies"),
    "section_roles": ("科室人员", "section staff"),
    "outside_roles": ("局外审批人", "approvers outside the bureau"),
}

INTRO = """# 权限 / Permissions

*Generated from `zhidu.access.policy` by `zhidu access docs`; do not edit by hand (a test checks it).*

Every page and API endpoint declares the (resource, action) it performs (`@requires(resource, action)`,
see the docstring of `src/zhidu/access/__init__.py`); `AccessMiddleware` refuses a request whose user no
rule lets in, and refuses every view that declares nothing. Objects are then checked against the rule's
scope: lists are narrowed (`scoped`), single objects are looked up through the narrowed list or checked
with `authorize`. The permission matrix test (`tests/access/test_matrix.py`) makes a real request to
every view and endpoint as every role below, against objects of the user's own section, another
section and another agency, and compares the status with what this table says.

{scopes}
`anyone` means also people who have not signed in; `signed_in` every signed-in account, with or
without a role. Roles are read from the dated role assignments in force on the day asked about.
The `record` rows are for the workflows' business records (requests, cases, documents): a workflow maps
its models into `record`, saying where each keeps its agency, section and owner.
"""

SEPARATION = """## 三员分立 / The three administrators

Each agency has its own three administrators (demo accounts `<agency>.system_admin`,
`<agency>.security_admin`, `<agency>.audit_admin`); they act in their own agency only. Chosen per
agency rather than global because an account, its role assignments and the ledger's entries all
belong to an agency; entries that concern no agency (the State Council calendar, sign-in failures of
unknown names) are visible to the matching administrator of every agency.

- **系统管理员 system administrator** — configuration: calendar overrides (the same for every agency),
  the agency's settings, imports, and the *existence* of accounts (create, deactivate). Cannot grant
  or revoke any role. Reads the system log only.
- **安全保密管理员 security administrator** — grants and revokes roles in their agency, and the security
  settings. Never on their own account (nobody raises or lowers their own rights). Reads the security
  log only.
- **安全审计员 audit administrator** — reads the business and audit logs and verifies the ledger
  (`GET /api/v1/ledger/verify`, `zhidu ledger verify`). Reads nothing else of the ledger.
- **One administrator role per account, and never with a business role** (in overlapping periods). The
  rule is checked before every save of a role assignment, whoever makes it (API, CLI, demo data), with a
  bilingual refusal (`zhidu.access.service.check_compatible`), so no administrator can give another
  (or themselves) a second administrator's rights, and no business user can be made an administrator
  while holding a post.
- Administrators reach no business record: the `record` rules name business roles only.
- Bootstrap: the first administrators are given at the server's console
  (`zhidu access grant USERNAME ROLE --agency SLUG`), which obeys the same separation rules and is
  recorded in the security log; `zhidu setup` creates the demo ones.

{codes}
Every 403/404 refusal of a signed-in user is written to the security log (`access.denied`).
"""


SCOPES = [
    ("any", "全部", "every object of the resource"),
    (
        "own_agency",
        "本机构",
        "objects of an agency in which the user holds one of the rule's roles (`signed_in`: the account's "
        "agency and any agency it holds a role in)",
    ),
    (
        "own_section",
        "本科室",
        "objects of a section (科室) the user works in that day (`zhidu.org.service.sections_of`)",
    ),
    (
        "in_charge",
        "分管范围",
        "objects of a section the user leads or is 分管 for that day (`zhidu.org.service.sections_in_charge`)",
    ),
    ("own_record", "本人事项", "objects the user owns (requested, created, or about them)"),
    (
        "assigned",
        "经办事项",
        "objects on which the user has a turn: an approval step assigned to them (转交、加签 included) or a "
        "copy sent to them (抄送), in whatever section they lie",
    ),
    ("self", "本人账号", "the user's own account"),
]

CODES = [
    ("401", "API request without a signed-in session", '`{"error": {"message_zh": "请先登录", ...}}`'),
    ("302 → login", "web page without a signed-in session", "redirect to `/accounts/login/?next=...`"),
    (
        "403",
        "signed in, but no rule lets the user's roles do this; or the object is in their agency but outside "
        "their scope (another section, someone else's record); or a 三员 rule refuses (granting oneself)",
        "bilingual `error` (API) or the 403 page (web)",
    ),
    (
        "404",
        "the object belongs to another agency: its existence is not revealed — a missing object and another "
        "agency's answer alike (`fetch`: 找不到该资源 / Not found.)",
        "bilingual `error` / the 404 page",
    ),
    (
        "422",
        "the request breaks a rule of the data, e.g. a second administrator role, or an administrator role "
        "on a business account",
        "bilingual `error` naming the field",
    ),
]


def _md_table(head: tuple[str, ...], rows: list[tuple[str, ...]], code_first: bool = False) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [f"`{row[0]}`" if code_first else row[0], *row[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _roles_text(roles: frozenset[str]) -> str:
    if ANYONE in roles:
        return "anyone 任何人"
    if SIGNED_IN in roles:
        return "signed_in 已登录用户"
    if roles == BUSINESS:
        return "every business role 全部业务角色"
    for group, members in ROLE_GROUPS.items():
        if roles == members:
            zh, en = GROUP_LABELS[group]
            return f"{en} {zh}"
    return ", ".join(f"`{r}`" for r in sorted(roles))


def _rule_text(r: Rule) -> str:
    zh, _en = SCOPE_LABELS[r.scope]
    return f"{_roles_text(r.roles)} — `{r.scope.value}` {zh}"


def _role_section() -> str:
    lines = ["## Roles / 角色", "", "| role | 角色 | group |", "|---|---|---|"]
    group_of = {role: group for group, members in ROLE_GROUPS.items() for role in members}
    for r in PERSON_ROLES:
        zh, en = GROUP_LABELS[group_of[r.id]]
        lines.append(f"| `{r.id}` | {r.name_zh} | {en} {zh} |")
    for r in ADMIN_ROLES:
        lines.append(f"| `{r.id}` | {r.name_zh} | administrator 三员 |")
    lines.append("")
    lines.append(
        "Groups: agency leaders see their whole agency's records; deputies the sections they are in charge "
        "of; section staff their section's; approvers outside the bureau only their own. Every business role "
        "sees its own records."
    )
    return "\n".join(lines) + "\n"


def _table() -> str:
    lines = ["## The table / 权限表", ""]
    for res in RESOURCES.values():
        rows = [(action, rules) for (resource, action), rules in POLICY.items() if resource == res.id]
        if not rows:
            continue
        models = ", ".join(f"`{m}`" for m in res.models) or "—"
        lines += [f"### `{res.id}` {res.name_zh} / {res.name_en}", "", f"Models: {models}", ""]
        lines += ["| action | 操作 | allowed (scope) |", "|---|---|---|"]
        for action, rules in rows:
            zh = ACTIONS[action].name_zh
            lines.append(f"| `{action}` | {zh} | {'<br>'.join(_rule_text(r) for r in rules)} |")
        lines.append("")
    return "\n".join(lines)


def render() -> str:
    named = {role for rules in POLICY.values() for r in rules for role in r.roles}
    unknown = sorted(named - set(ROLE_BY_ID) - {ANYONE, SIGNED_IN})
    if unknown:
        raise LookupError(f"the permission table names unknown roles: {unknown}")
    intro = INTRO.replace(
        "{scopes}",
        "## Scopes / 范围\n\n" + _md_table(("scope", "范围", "the objects the rule reaches"), SCOPES, True) + "\n",
    )
    separation = SEPARATION.replace(
        "{codes}", "## Deny codes / 拒绝的状态码\n\n" + _md_table(("code", "when", "body"), CODES)
    )
    return "\n".join([intro, _role_section(), _table(), separation]).rstrip() + "\n"


def write(path: Path = DOC) -> Path:
    path.write_text(render(), encoding="utf-8")
    return path
