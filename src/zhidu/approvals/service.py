"""The one writer of approvals (审批): drafts, the live verdict, submission, and every action on the route.

How an application flows (docs/approvals.md):

- ``create`` / ``update``  a draft (草稿): the kind's Django form validates what was typed; bad input is
  ``BadInput`` in Chinese and English naming the field, and nothing is saved (the page keeps what was typed).
- ``check``  the live verdict for a filled-in form (also for a half-filled one: field errors are listed, not
  raised): each of the kind's checks with its findings and the clauses cited, the approvers the verdicts
  name as roles and, resolved by ``zhidu.org.service.resolve`` (the applicant as requester, the kind's area,
  the applicant's section), as people — with the refusals the agency's text requires (本人申请、五个不直接管、
  回避、经办人) and their clauses.
- ``submit``  refused (``Refused`` carrying the verdict, and a ledger entry ``refused:approvals.submit``)
  while any check is blocked or the route has a role nobody can fill; otherwise the verdicts and citations
  are kept with the application, one step per approver is created in the verdicts' order, and the first
  becomes a workflow task (待办) for its approver with a due day and a link to the approval page.
- ``act``  approve (同意) · reject (不同意) · return (退回, with a reason, to the applicant, who edits and
  resubmits: the checks run again) · withdraw (撤回, by the applicant before any approver of this round
  has acted) · forward (转交, to the person who acts for the approver under the agency's acting
  arrangements, or another holder of the same post; never to the applicant) · add_signer (加签, an
  approver after the current one) · copy (抄送: a Copy and a notice) · remind (催办: a notice to the current
  approver, once a day).
- When the last step approves: status approved and ``kind.on_approved(application)`` in the same transaction.

Every transition is one transaction on the application's version (``zhidu.common.versioning``: a stale
version is ``Conflict``, HTTP 409, nothing saved), an ``Event`` row (the history on the sheet) and a ledger
entry ``approvals.<action>`` carrying the verdict kept with the application and its citations.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from zhidu.accounts.models import User
from zhidu.agencies.models import Agency
from zhidu.common.versioning import lock_if_unchanged
from zhidu.core.errors import BadInput, NotFound, Refused
from zhidu.core.roles import ROLE_BY_ID
from zhidu.core.rules.model import BLOCKED, NEEDS_APPROVAL
from zhidu.ledger import service as ledger
from zhidu.workflow import service as workflow
from zhidu.workflow.models import Notice

from . import kinds as registry
from .kinds import Context, Kind, Preview
from .models import Application, Attachment, Copy, Event, Step

SETTINGS_FILE = Path(__file__).with_name("settings.yaml")
TASK_KIND = "approval_step"
MAX_AMOUNT = Decimal("999999999999.99")  # the column holds 14 digits, 2 after the point
MAX_TEXT = 2000
# the agenda item that decided (集体决策): "meetings.AgendaItem:<pk>" (or the meetings app's own label of it,
# "meetings.Item:<pk>", as zhidu.workflow.ref_of writes it)
DECISION_REF = re.compile(r"^meetings\.(?:AgendaItem|Item):([1-9][0-9]{0,17})$")
EDITABLE = (Application.DRAFT, Application.RETURNED, Application.WITHDRAWN)

ACTIONS = {
    "approve": ("同意", "approve"),
    "reject": ("不同意", "reject"),
    "return": ("退回", "return to the applicant"),
    "withdraw": ("撤回", "withdraw"),
    "forward": ("转交", "hand over"),
    "add_signer": ("加签", "add an approver"),
    "copy": ("抄送", "copy"),
    "remind": ("催办", "remind"),
}
EVENT_NAMES = {
    "create": ("起草", "drafted"),
    "update": ("修改", "edited"),
    "submit": ("提交", "submitted"),
    "attach": ("上传附件", "attached a file"),
    "approved": ("审批完成", "approved"),
    **ACTIONS,
}


@cache
def settings() -> dict[str, Any]:
    """The app's own settings (step deadlines, attachment limits): ``settings.yaml`` beside this module."""
    data = yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


def _name(user: Any) -> str:
    if user is None:
        return ""
    return str(user.get_full_name() or getattr(user, "display_name", "") or user.get_username())[:50]


def _role_zh(role: str) -> str:
    r = ROLE_BY_ID.get(role)
    return r.name_zh if r else ("加签" if role == "added" else role)


def _role_en(role: str) -> str:
    r = ROLE_BY_ID.get(role)
    return r.name_en if r and getattr(r, "name_en", "") else ("added approver" if role == "added" else role)


def _agency(slug: Any) -> Agency:
    if not isinstance(slug, str) or not re.fullmatch(r"[a-z][a-z0-9-]{0,39}", slug):
        raise NotFound(f"没有机构 {str(slug)[:60]!r}", f"no agency {str(slug)[:60]!r}", "agency")
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise NotFound(f"没有机构 {slug!r}", f"no agency {slug!r}", "agency")
    return agency


def kind_for(agency: Agency, kind_id: Any) -> Kind:
    """The kind ``kind_id`` if it applies to ``agency`` (``NotFound`` naming ``kind`` otherwise)."""
    if not isinstance(kind_id, str) or len(kind_id) > 60:
        raise NotFound("没有该审批类别", "no such approval kind", "kind")
    kind = registry.get(kind_id)
    if not kind.applies_to(agency.slug):
        raise NotFound(
            f"{agency.name}的制度没有“{kind.name_zh}”", f"{agency.slug} has no approval kind {kind_id!r}", "kind"
        )
    return kind


def kinds_for(agency: Agency | str) -> list[Kind]:
    slug = agency.slug if isinstance(agency, Agency) else _agency(agency).slug
    return sorted(registry.for_agency(slug), key=lambda k: (k.domain, k.id))


# --- forms -------------------------------------------------------------------------------------------------


def split_label(label: Any, fallback: str) -> tuple[str, str]:
    """A bilingual label "中文 / English" as (zh, en); a one-language label stands for both."""
    text = str(label or fallback)
    if " / " in text:
        zh, en = text.split(" / ", 1)
        return zh.strip(), en.strip()
    return text, text


_FIELD_TYPES: tuple[tuple[type[forms.Field], str], ...] = (
    (forms.TypedMultipleChoiceField, "multiple_choice"),
    (forms.MultipleChoiceField, "multiple_choice"),
    (forms.ModelMultipleChoiceField, "multiple_choice"),
    (forms.ModelChoiceField, "choice"),
    (forms.TypedChoiceField, "choice"),
    (forms.ChoiceField, "choice"),
    (forms.NullBooleanField, "boolean"),
    (forms.BooleanField, "boolean"),
    (forms.DecimalField, "decimal"),
    (forms.IntegerField, "integer"),
    (forms.FloatField, "number"),
    (forms.DateTimeField, "datetime"),
    (forms.DateField, "date"),
    (forms.TimeField, "time"),
    (forms.FileField, "file"),
)


def field_type(f: forms.Field) -> str:
    for cls, name in _FIELD_TYPES:
        if isinstance(f, cls):
            return name
    return "textarea" if isinstance(f.widget, forms.Textarea) else "text"


def _choices(f: forms.Field) -> list[dict[str, str]]:
    out = []
    for value, label in getattr(f, "choices", ()) or ():
        if isinstance(label, list | tuple):  # an optgroup
            for v, lab in label:
                out.append({"value": str(v), "label": str(lab)})
        elif str(value) != "":
            out.append({"value": str(getattr(value, "value", value)), "label": str(label)})
    return out


def form_fields(kind: Kind) -> list[dict[str, Any]]:
    """The kind's form fields as plain data: name, label zh/en, type, choices, required, help text, bounds."""
    out = []
    for name, f in kind.form().fields.items():  # in the form's own order (``field_order``)
        zh, en = split_label(f.label, name)
        help_zh, help_en = split_label(f.help_text, "") if f.help_text else ("", "")
        entry: dict[str, Any] = {
            "name": name,
            "label_zh": zh,
            "label_en": en,
            "type": field_type(f),
            "required": bool(f.required),
            "choices": _choices(f) if isinstance(f, forms.ChoiceField) else [],
            "help_zh": help_zh,
            "help_en": help_en,
        }
        for bound in ("min_value", "max_value", "max_length", "max_digits", "decimal_places"):
            value = getattr(f, bound, None)
            if value is not None:
                entry[bound] = str(value) if isinstance(value, Decimal) else value
        out.append(entry)
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet | list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _typed(kind: Kind, data: Mapping[str, Any]) -> dict[str, Any]:
    """What was typed, kept as typed (for the form to show again), limited to the form's own fields."""
    from django import forms

    out: dict[str, Any] = {}
    for name, form_field in kind.form.base_fields.items():
        if name in data:
            value = data[name]
            textual = isinstance(form_field, forms.DateField | forms.DateTimeField | forms.TimeField | forms.CharField)
            if isinstance(value, list | tuple):
                out[name] = [str(v)[:MAX_TEXT] for v in value][:200]
            elif value is None or (isinstance(value, bool | int | float) and not textual):
                out[name] = value
            else:
                out[name] = str(value)[:MAX_TEXT]
    return out


def _messages(errors: Sequence[Any]) -> tuple[str, str]:
    """A field's ValidationErrors in Chinese and English (Django's own messages rendered in each language;
    a kind's own "中文 / English" message split)."""
    with translation.override("zh-hans"):
        zh = [str(m) for e in errors for m in e]
    with translation.override("en"):
        en = [str(m) for e in errors for m in e]
    zh_out, en_out = [], []
    for z, e in zip(zh, en, strict=False):
        if " / " in z:
            z_part, e_part = z.split(" / ", 1)
            zh_out.append(z_part.strip())
            en_out.append(e_part.strip())
        else:
            zh_out.append(z)
            en_out.append(e)
    return "；".join(zh_out), "; ".join(en_out)


@dataclass
class Filled:
    """A kind's form bound to what was typed: ``cleaned`` (Python values) when valid, else ``errors``
    (field → (zh, en)); ``typed`` is what to show in the form again."""

    kind: Kind
    form: forms.Form
    typed: dict[str, Any]
    cleaned: dict[str, Any] | None
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return self.cleaned is not None

    def error(self) -> BadInput:
        """All the form's errors as one ``BadInput`` naming the first field."""
        parts_zh, parts_en, first = [], [], None
        labels = {n: split_label(f.label, n) for n, f in self.kind.form.base_fields.items()}
        for name, (zh, en) in self.errors.items():
            lzh, len_ = labels.get(name, ("申请内容", "the form"))
            parts_zh.append(f"{lzh}：{zh}")
            parts_en.append(f"{len_}: {en}")
            first = first or (name if name in labels else "data")
        return BadInput("；".join(parts_zh), "; ".join(parts_en), first or "data")

    def labelled_errors(self) -> list[tuple[str, str]]:
        """Each error with its field's label: ("接待对象人数：…", "Guests: …")."""
        labels = {n: split_label(f.label, n) for n, f in self.kind.form.base_fields.items()}
        out = []
        for name, (zh, en) in self.errors.items():
            lzh, len_ = labels.get(name, ("申请内容", "the form"))
            out.append((f"{lzh}：{zh}", f"{len_}: {en}"))
        return out

    def jsonable(self) -> dict[str, Any]:
        assert self.cleaned is not None
        return {k: _jsonable(v) for k, v in self.cleaned.items()}


def fill(kind: Kind, data: Any) -> Filled:
    """Bind ``data`` (a mapping of field → value as typed, or as stored) to the kind's form."""
    if isinstance(data, str | bytes) or not isinstance(data, Mapping):
        raise BadInput("申请内容应为“字段：值”的对象", "the form data must be an object of field: value", "data")
    typed = _typed(kind, data)
    form = kind.form(data=typed)
    try:
        valid = form.is_valid()
    except BadInput as exc:  # a kind's clean() may speak the domain's error directly
        return Filled(kind, form, typed, None, {exc.field or "data": (exc.message_zh, exc.message_en)})
    if valid:
        return Filled(kind, form, typed, dict(form.cleaned_data))
    errors = {}
    for name, errs in form.errors.as_data().items():
        errors[name if name != NON_FIELD_ERRORS else "data"] = _messages(errs)
    return Filled(kind, form, typed, None, errors)


def cleaned_of(application: Application) -> dict[str, Any]:
    """The stored data of an application cleaned again by its kind's form (Python values)."""
    kind = registry.get(application.kind)
    filled = fill(kind, application.data)
    if not filled.valid:
        raise filled.error()
    assert filled.cleaned is not None
    return filled.cleaned


# --- the live verdict and the route ----------------------------------------------------------------------


@dataclass
class Planned:
    """One approver of the route, before submission: the role, who (a person's name and their account)."""

    role: str
    mode: str
    person: str
    user: Any
    cites: list[str]
    note_zh: str = ""
    note_en: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "role_zh": _role_zh(self.role),
            "mode": self.mode,
            "person": self.person,
            "username": self.user.get_username() if self.user is not None else None,
            "cites": list(self.cites),
            "note_zh": self.note_zh,
            "note_en": self.note_en,
        }


@dataclass
class Check:
    """The live verdict on one filled-in form (``check``): what the rules say and who must approve."""

    kind: Kind
    agency: Agency
    on: dt.date
    filled: Filled
    preview: Preview | None = None
    resolution: dict[str, Any] = field(default_factory=dict)
    route: list[Planned] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # why the route cannot be filled

    @property
    def outcome(self) -> str:
        if self.preview is None:
            return "incomplete"
        return self.preview.outcome.value

    @property
    def blocked(self) -> bool:
        return self.preview is not None and self.preview.blocked

    @property
    def submittable(self) -> bool:
        return self.preview is not None and not self.preview.blocked and not self.problems

    def findings(self) -> list[dict[str, Any]]:
        out = []
        for v in self.preview.verdicts if self.preview else ():
            for f in v.findings:
                out.append({**f.as_dict(), "check": v.check})
        return out

    def verdict(self) -> dict[str, Any]:
        """One verdict for the whole form: every check's findings (each with its check), the approvers, and
        the clauses of the refusals of approver resolution — what the ledger and the record keep."""
        refusal_cites = [c for r in self.resolution.get("refusals", []) for c in r.get("citations", [])]
        return {
            "kind": self.kind.id,
            "agency": self.agency.slug,
            "on": self.on.isoformat(),
            "outcome": self.outcome,
            "approvers": list(self.preview.approvers) if self.preview else [],
            "findings": self.findings(),
            "citations": refusal_cites,
        }

    def cites(self) -> list[str]:
        return ledger.citations_of(self.verdict())

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.id,
            "agency": self.agency.slug,
            "on": self.on.isoformat(),
            "valid": self.filled.valid,
            "errors": [{"field": k, "message_zh": zh, "message_en": en} for k, (zh, en) in self.filled.errors.items()],
            "outcome": self.outcome,
            "submittable": self.submittable,
            "verdicts": [v.as_dict() for v in self.preview.verdicts] if self.preview else [],
            "findings": self.findings(),
            "approvers": list(self.preview.approvers) if self.preview else [],
            "route": [p.as_dict() for p in self.route],
            "refusals": list(self.resolution.get("refusals", [])),
            "notes": list(self.resolution.get("notes", [])),
            "problems": [{"message_zh": zh, "message_en": en} for zh, en in self.problems],
            "cites": self.cites(),
        }


def section_of(user: Any, agency: Agency, on: dt.date) -> Any:
    """The org Section the user works in that day in ``agency`` (the first, if several; None if none)."""
    from zhidu.org import service as org
    from zhidu.org.models import Section

    if user is None or getattr(user, "pk", None) is None:
        return None
    ids = org.sections_of(user, on)
    return Section.objects.filter(agency=agency, pk__in=ids).order_by("order", "id").first()


def person_of(user: Any, agency: Agency) -> Any:
    from zhidu.org.models import Person

    if user is None or getattr(user, "pk", None) is None:
        return None
    return Person.objects.filter(agency=agency, user_id=user.pk).first()


def _resolve(
    kind: Kind,
    agency: Agency,
    roles: Sequence[str],
    on: dt.date,
    applicant: Any,
    section: Any,
    conflicted: Sequence[str] = (),
) -> Any:
    from zhidu.org import service as org

    person = person_of(applicant, agency)
    area = kind.area or None
    try:
        chart_areas = org.chart(agency.slug, on).areas
    except BadInput:
        chart_areas = {}
    if area not in chart_areas:
        area = None
    return org.resolve(
        agency.slug,
        list(roles),
        on,
        requester=person,
        area=area,
        section=section if section is not None else None,
        conflicted=list(conflicted),
    )


# The order in which the texts have a form signed: from the section up to the collective body (经办科室负责人
# → 办公室/财务 → 分管领导 → 分管财务领导 → 主要领导 → 班子会议 → 外部机关). Where two 制度 apply to one form (a
# reception that is also an expense) each check's own order is kept and the sequences merge by this rank.
SIGNATURE_RANK: dict[str, int] = {
    "section_head": 10,
    "office": 20,
    "finance_section": 25,
    "legal_section": 25,
    "deputy_in_charge": 40,
    "deputy": 40,
    "bureau_leader": 40,
    "leader": 40,
    "finance_deputy": 45,
    "discipline_lead": 45,
    "chief": 60,
    "party_secretary": 60,
    "directors_meeting": 70,
    "party_committee": 75,
    "party_group_meeting": 80,
    "government_leader_in_charge": 90,
    "review_committee_chair": 90,
    "finance_bureau": 90,
}


def signature_order(preview: Preview) -> list[str]:
    """The approver roles in signing order. Each verdict names its roles in its own text's order, which is
    kept; where several checks apply to one form their sequences are merged, taking at each turn the
    lowest-ranked role at the head of a sequence (ties: the earlier check). A role named by several checks
    signs once, at its first turn."""
    seqs = [list(dict.fromkeys(v.approvers)) for v in preview.verdicts if v.outcome is NEEDS_APPROVAL and v.approvers]
    out: list[str] = []
    while any(seqs):
        heads = [(SIGNATURE_RANK.get(q[0], 50), i, q[0]) for i, q in enumerate(seqs) if q]
        role = min(heads)[2]
        out.append(role)
        seqs = [[r for r in q if r != role] for q in seqs]
    return out


def _role_cites(preview: Preview) -> dict[str, list[str]]:
    """For each approver role, the clauses of the findings that call for it."""
    out: dict[str, dict[str, None]] = {}
    for v in preview.verdicts:
        for f in v.findings:
            if f.outcome is NEEDS_APPROVAL:
                for role in f.approvers:
                    out.setdefault(role, {}).update(dict.fromkeys(c.id for c in f.citations))
    return {r: list(c) for r, c in out.items()}


def _users_by_name(agency: Agency, names: Sequence[str]) -> dict[str, Any]:
    from zhidu.org.models import Person

    rows = Person.objects.filter(agency=agency, name__in=list(names)).select_related("user")
    return {p.name: p.user for p in rows if p.user is not None and p.user.is_active}


def _plan(
    kind: Kind,
    agency: Agency,
    preview: Preview,
    on: dt.date,
    applicant: Any,
    section: Any,
    cleaned: Mapping[str, Any],
) -> Check:
    """The route from the verdicts: each approver role resolved to people (``zhidu.org``), the people the
    kind names as conflicted (回避) stepping aside where the agency's text says so."""
    from zhidu.org import service as org
    from zhidu.org.models import Person

    result = Check(kind, agency, on, Filled(kind, forms.Form(), {}, {}), preview)
    roles = signature_order(preview)
    if not roles:
        return result
    conflicted = [str(n) for n in kind.conflicted(cleaned) if n]
    known = set(Person.objects.filter(agency=agency, name__in=conflicted).values_list("name", flat=True))
    for name in conflicted:
        if name not in known:
            result.problems.append(
                (
                    f"须回避的人员“{name}”不是{agency.name}的人员",
                    f"{name}, named to step aside, is not of {agency.slug}",
                )
            )
    res = _resolve(kind, agency, roles, on, applicant, section, [n for n in conflicted if n in known])
    result.resolution = res.as_dict()
    role_cites = _role_cites(preview)
    names = [p for s in res.steps for p in s.persons]
    users = _users_by_name(agency, names)
    seen: set[int] = set()
    for st in res.steps:
        cites = role_cites.get(st.role, [])
        zh_role = _role_zh(st.role)
        picked: list[tuple[str, Any, str, str]] = []  # (person, user, note_zh, note_en)
        if st.mode == "outside":
            office = [p for p in org.people_for(agency.slug, "office", on) if p.user_id]
            if office:
                user = office[0].user
                picked.append(
                    (
                        office[0].name,
                        user,
                        f"{st.note_zh}；由办公室登记外部审批结果",
                        f"{st.note_en}; the office records the outside approval",
                    )
                )
            else:
                result.problems.append(
                    (
                        f"“{zh_role}”在本机构以外，且没有可登记其审批结果的办公室人员账号",
                        f"{st.role} is outside the agency and no office account can record its approval",
                    )
                )
        elif not st.persons:
            result.problems.append(
                (
                    f"“{zh_role}”无人可以审批：{st.note_zh or '该日无人任此职'}",
                    f"nobody can approve as {st.role}: {st.note_en or 'nobody holds the post that day'}",
                )
            )
        elif st.mode == "body":
            convener = None
            for lead in ("party_secretary", "chief"):
                holders = {p.name for p in org.people_for(agency.slug, lead, on)}
                convener = next((n for n in st.persons if n in holders and n in users), None)
                if convener:
                    break
            convener = convener or next((n for n in st.persons if n in users), None)
            if convener is None:
                result.problems.append(
                    (
                        f"“{zh_role}”的组成人员都没有系统账号，无法登记集体决定",
                        f"no member of {st.role} has an account to record the body's decision",
                    )
                )
            else:
                picked.append(
                    (
                        convener,
                        users[convener],
                        f"{zh_role}集体决定（成员：{'、'.join(st.persons)}），由{convener}登记会议决定",
                        f"decided by the {st.role} (members: {', '.join(st.persons)}); {convener} records it",
                    )
                )
        elif st.mode == "any":
            who = next((n for n in st.persons if n in users), None)
            if who is None:
                result.problems.append(
                    (
                        f"“{zh_role}”（{'、'.join(st.persons)}）没有系统账号",
                        f"nobody for {st.role} ({', '.join(st.persons)}) has an account",
                    )
                )
            else:
                others = [n for n in st.persons if n != who]
                picked.append(
                    (
                        who,
                        users[who],
                        f"其中一人审批即可（另有：{'、'.join(others)}）" if others else st.note_zh,
                        f"any one of them (also: {', '.join(others)})" if others else st.note_en,
                    )
                )
        else:
            for n in st.persons:
                if n not in users:
                    result.problems.append(
                        (
                            f"{zh_role}{n}没有系统账号，无法送其审批；请系统管理员开通",
                            f"{n} ({st.role}) has no account to approve in; ask the system administrator",
                        )
                    )
                else:
                    picked.append((n, users[n], st.note_zh, st.note_en))
        for person, user, nzh, nen in picked:
            if user is not None and user.pk in seen:
                continue  # the same person again for a later role: one signature
            if user is not None:
                seen.add(user.pk)
            result.route.append(Planned(st.role, st.mode, person, user, list(cites), nzh, nen))
    return result


def check(
    kind: Kind,
    agency: Agency,
    data: Any,
    applicant: Any,
    *,
    today: dt.date | None = None,
    related: Application | None = None,
    decision_ref: str = "",
    application: Application | None = None,
) -> Check:
    """The live verdict for what was typed (never raises for bad field values: they are listed)."""
    on = _today(today)
    filled = fill(kind, data)
    result = Check(kind, agency, on, filled)
    if not filled.valid:
        return result
    section = section_of(applicant, agency, on)
    ctx = Context(
        agency.slug,
        on,
        applicant,
        section,
        {"related": related, "decision_ref": decision_ref, "application": application},
    )
    assert filled.cleaned is not None
    try:
        pv = registry.preview(kind, filled.cleaned, ctx)
    except BadInput as exc:
        filled.errors = {exc.field or "data": (exc.message_zh, exc.message_en)}
        filled.cleaned = None
        return result
    planned = _plan(kind, agency, pv, on, applicant, section, filled.cleaned)
    result.preview = pv
    result.resolution, result.route, result.problems = planned.resolution, planned.route, planned.problems
    return result


# --- drafts ------------------------------------------------------------------------------------------------


def _related(agency: Agency, kind: Kind, applicant: Any, related_id: Any) -> Application | None:
    """The pre-approval a claim settles (报账 ↔ 申请): the applicant's own approved application."""
    if related_id in (None, "", 0):
        return None
    if isinstance(related_id, bool) or not isinstance(related_id, int | str) or not str(related_id).isdigit():
        raise BadInput("事前申请编号应为整数", "the pre-approval id must be a whole number", "related")
    rid = int(related_id)
    if rid > 2**62:
        raise NotFound(f"没有编号为 {rid} 的申请", f"no application {rid}", "related")
    row = Application.objects.filter(pk=rid, agency=agency).first()
    if row is None or row.applicant_id != getattr(applicant, "pk", None):
        raise NotFound(f"没有编号为 {rid} 的本人申请", f"no application {rid} of yours in {agency.slug}", "related")
    wanted = tuple(getattr(kind, "related_kinds", ()) or ())
    if wanted and row.kind not in wanted:
        names = "、".join(registry.get(k).name_zh for k in wanted if k in registry.all_kinds())
        raise BadInput(
            f"所关联的申请应为：{names}", f"the linked application must be one of: {', '.join(wanted)}", "related"
        )
    if row.status != Application.APPROVED:
        raise BadInput(
            f"所关联的申请（{row.number or row.pk}）尚未批准",
            f"the linked application {row.pk} is not approved",
            "related",
        )
    return row


def _decision_ref(agency: Agency, ref: Any) -> str:
    """A link to the agenda item of the meeting that decided (``meetings.AgendaItem:<pk>``), checked against
    zhidu.meetings when its models exist."""
    if ref in (None, ""):
        return ""
    if not isinstance(ref, str) or not DECISION_REF.match(ref):
        raise BadInput(
            "集体决策依据应写作 meetings.AgendaItem:<议题编号>",
            "the decision link must read meetings.AgendaItem:<agenda item id>",
            "decision_ref",
        )
    try:
        from zhidu.meetings import models as meetings  # another helper's app; may not exist yet
    except ImportError:
        return ref
    item_model = getattr(meetings, "AgendaItem", None) or getattr(meetings, "Item", None)
    if item_model is None:
        return ref
    pk = int(DECISION_REF.match(ref).group(1))  # type: ignore[union-attr]
    item = item_model._default_manager.filter(pk=pk).first()
    if item is None:
        raise NotFound(f"没有议题 {ref}", f"no agenda item {ref}", "decision_ref")
    agency_id = _agency_of_item(item)
    if agency_id is not None and agency_id != agency.pk:
        raise NotFound(f"没有议题 {ref}", f"no agenda item {ref}", "decision_ref")
    return ref


def _agency_of_item(item: Any) -> int | None:
    for path in ("agency_id", "meeting.agency_id"):
        value: Any = item
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if isinstance(value, int):
            return value
    return None


def _amount(kind: Kind, cleaned: Mapping[str, Any]) -> Decimal | None:
    value = kind.amount(cleaned)
    if value is None:
        return None
    value = Decimal(value)
    if not value.is_finite() or value < 0 or value > MAX_AMOUNT:
        raise BadInput(
            f"金额应为0至{MAX_AMOUNT}元之间：{value}",
            f"the amount must be between 0 and {MAX_AMOUNT} yuan: {value}",
            "amount",
        )
    return value.quantize(Decimal("0.01"))


def _event(app: Application, action: str, actor: Any, note: str = "", target: str = "") -> Event:
    return Event.objects.create(
        application=app,
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=_name(actor) or "系统",
        note=note[:MAX_TEXT],
        target_name=target[:50],
    )


def _record(app: Application, action: str, actor: Any, reason: str = "", **meta: Any) -> None:
    """The ledger entry of a transition: the verdict kept with the application and its citations."""
    verdict = app_verdict(app)
    extra = {"status": app.status, "round": app.round, **meta}
    ledger.record(f"approvals.{action}", obj=app, actor=actor, verdict=verdict, reason=reason or action, meta=extra)


def app_verdict(app: Application) -> dict[str, Any]:
    """The verdict kept with an application (as the ledger carries it)."""
    findings = []
    for v in app.verdicts or []:
        for f in v.get("findings", []):
            findings.append({**f, "check": v.get("check")})
    refusal_cites = [c for r in (app.resolution or {}).get("refusals", []) for c in r.get("citations", [])]
    return {
        "kind": app.kind,
        "agency": app.agency.slug if app.agency_id else "",
        "on": app.on.isoformat() if app.on else "",
        "outcome": app.outcome,
        "approvers": list((app.resolution or {}).get("roles", [])),
        "findings": findings,
        "citations": refusal_cites,
    }


def create(
    agency: Agency | str,
    kind_id: str,
    applicant: Any,
    data: Any,
    *,
    related: Any = None,
    decision_ref: Any = "",
    today: dt.date | None = None,
) -> Application:
    """A new draft (草稿) of ``kind_id`` by ``applicant``; ``BadInput`` naming the field, nothing saved."""
    agency = agency if isinstance(agency, Agency) else _agency(agency)
    kind = kind_for(agency, kind_id)
    filled = fill(kind, data)
    if not filled.valid:
        raise filled.error()
    assert filled.cleaned is not None
    on = _today(today)
    rel = _related(agency, kind, applicant, related)
    ref = _decision_ref(agency, decision_ref)
    with transaction.atomic(), ledger.context(reason="起草申请 / draft"):
        app = Application.objects.create(
            agency=agency,
            kind=kind.id,
            title=str(kind.title(filled.cleaned) or kind.name_zh)[:300],
            applicant=applicant,
            applicant_name=_name(applicant),
            section=section_of(applicant, agency, on),
            data=filled.jsonable(),
            amount=_amount(kind, filled.cleaned),
            on=on,
            related=rel,
            decision_ref=ref,
        )
        _event(app, "create", applicant)
    return app


def update(
    app_id: int,
    user: Any,
    version: int,
    data: Any,
    *,
    related: Any = None,
    decision_ref: Any = None,
    today: dt.date | None = None,
) -> Application:
    """Save new form data into a draft (or a returned/withdrawn application) of the applicant."""
    with transaction.atomic():
        app = _lock(app_id, version)
        _own(app, user)
        if app.status not in EDITABLE:
            raise BadInput(
                f"该申请{app.get_status_display()}，不能修改",
                f"this application is {app.status}; it cannot be edited",
                "status",
            )
        kind = registry.get(app.kind)
        filled = fill(kind, data)
        if not filled.valid:
            raise filled.error()
        assert filled.cleaned is not None
        app.data = filled.jsonable()
        app.title = str(kind.title(filled.cleaned) or kind.name_zh)[:300]
        app.amount = _amount(kind, filled.cleaned)
        if related is not None:
            app.related = _related(app.agency, kind, user, related)
        if decision_ref is not None:
            app.decision_ref = _decision_ref(app.agency, decision_ref)
        app.on = _today(today)
        with ledger.context(reason="修改申请 / edit"):
            app.save()
            _event(app, "update", user)
    return app


def check_application(app: Application, *, today: dt.date | None = None) -> Check:
    kind = registry.get(app.kind)
    return check(
        kind,
        app.agency,
        app.data,
        app.applicant,
        today=today,
        related=app.related,
        decision_ref=app.decision_ref,
        application=app,
    )


# --- deadlines and tasks -------------------------------------------------------------------------------------


def step_due(agency: Agency, start: dt.date) -> tuple[workflow.Due, list[str]]:
    """The due day of a step that reaches its approver on ``start``, and the clause it rests on (if any)."""
    conf = settings()["step_deadline"]
    mine = (conf.get("agencies") or {}).get(agency.slug)
    if mine:
        from zhidu.core.rules.engine import default_engine

        params = default_engine().params
        param = params.get(agency.slug, mine["parameter"]).at(start)
        count_start = False
        if mine.get("count_start_parameter"):
            count_start = bool(params.value(agency.slug, mine["count_start_parameter"], start))
        return workflow.deadline(start, int(param.value), "working_days", count_start=count_start), [param.cite]
    due = workflow.deadline(start, int(conf["default_working_days"]), "working_days")
    return workflow.Due(due.date, due.provisional, f"{due.basis_zh}（系统默认期限）", f"{due.basis_en} (default)"), []


def url_of(app: Application) -> str:
    return reverse("approvals:detail", kwargs={"pk": app.pk})


def _start_step(app: Application, step: Step, on: dt.date) -> None:
    """The step reaches its approver: pending, a due day, a to-do task with a link to the page."""
    due, cites = step_due(app.agency, on)
    step.status = Step.PENDING
    step.started_on = on
    step.due, step.due_provisional, step.due_basis = due.date, due.provisional, due.basis_zh[:300]
    step.cites = list(dict.fromkeys([*step.cites, *cites]))
    step.save()
    workflow.open_task(
        app.agency,
        kind=TASK_KIND,
        title=f"审批：{app.title}（{app.applicant_name}）"[:300],
        ref=step,
        assignee=step.assignee,
        assignee_name=step.assignee_name,
        section=app.section,
        due=due,
        cites=step.cites,
        url=url_of(app),
        on=on,
    )


def _close_step_tasks(step: Step, outcome: str) -> None:
    workflow.close_tasks(step, outcome=outcome)


def _cancel_step_tasks(step: Step) -> None:
    workflow.cancel_tasks(step)


# --- the route --------------------------------------------------------------------------------------------


def _lock(app_id: Any, version: Any) -> Application:
    if isinstance(app_id, bool) or not isinstance(app_id, int) or not 1 <= app_id <= 2**62:
        raise NotFound("找不到该申请", "no such application", "application")
    if not Application.objects.filter(pk=app_id).exists():
        raise NotFound("找不到该申请", "no such application", "application")
    return lock_if_unchanged(Application, app_id, version)


def _own(app: Application, user: Any) -> None:
    if app.applicant_id != getattr(user, "pk", None):
        raise BadInput("只有申请人本人可以这样做", "only the applicant may do this", "user")


def current_step(app: Application) -> Step | None:
    return app.steps.filter(round=app.round, status=Step.PENDING).order_by("order", "id").first()


def _number(app: Application) -> str:
    return f"{app.on.year}-{app.pk:05d}"


def submit(app_id: int, user: Any, version: int, *, today: dt.date | None = None) -> Application:
    """Submit (or resubmit after 退回/撤回) a draft: refused while any check is blocked or the route cannot be
    filled; otherwise the verdict kept, the steps created, the first approver's task opened."""
    on = _today(today)
    app = (
        Application.objects.select_related("agency", "related").filter(pk=app_id).first()
        if isinstance(app_id, int) and not isinstance(app_id, bool) and 1 <= app_id <= 2**62
        else None
    )
    if app is None:
        raise NotFound("找不到该申请", "no such application", "application")
    _own(app, user)
    if app.status not in EDITABLE:
        raise BadInput(
            f"该申请{app.get_status_display()}，不能提交",
            f"this application is {app.status}; it cannot be submitted",
            "status",
        )
    result = check_application(app, today=on)
    if not result.filled.valid:
        raise result.filled.error()
    if result.blocked or result.problems:
        verdict = result.verdict()
        if result.blocked:
            zh, en = _grounds(result)
        else:
            zh, en = "；".join(p[0] for p in result.problems), "; ".join(p[1] for p in result.problems)
        ledger.record(
            "refused:approvals.submit",
            obj=app,
            actor=user,
            verdict=verdict,
            reason=zh,
            meta={"route": [p.as_dict() for p in result.route]},
        )
        raise Refused(f"不能提交：{zh}", f"Cannot submit: {en}", "data", {**verdict, "problems": result.problems})
    with transaction.atomic():
        app = _lock(app_id, version)
        if app.status not in EDITABLE:
            raise BadInput("该申请已提交", "this application was already submitted", "status")
        vd = result.verdict()
        with ledger.context(verdict=vd, reason="提交申请 / submit"):
            app.status = Application.SUBMITTED
            app.on = on
            app.outcome = result.outcome
            assert result.preview is not None
            app.verdicts = [v.as_dict() for v in result.preview.verdicts]
            app.cites = result.cites()
            app.resolution = {**result.resolution, "route": [p.as_dict() for p in result.route]}
            app.round += 1
            app.submitted_at = timezone.now()
            app.decided_at = None
            app.number = app.number or _number(app)
            app.save()
            for old in app.steps.filter(status__in=[Step.WAITING, Step.PENDING]):
                old.status = Step.SKIPPED
                old.save()
                _cancel_step_tasks(old)
            steps = [
                Step.objects.create(
                    application=app,
                    order=i + 1,
                    round=app.round,
                    role=p.role,
                    mode=p.mode,
                    assignee=p.user,
                    assignee_name=p.person[:50],
                    cites=p.cites,
                )
                for i, p in enumerate(result.route)
            ]
            _event(app, "submit", user, f"第{app.round}次送审" if app.round > 1 else "")
            _record(app, "submit", user, "提交申请", route=[p.as_dict() for p in result.route])
            if steps:
                _start_step(app, steps[0], on)
            else:  # the rules call for no approval: filed and done
                _finish(app, user, on, "无须审批")
    return app


def _grounds(result: Check) -> tuple[str, str]:
    assert result.preview is not None
    zh, en = [], []
    for v in result.preview.verdicts:
        if v.outcome is BLOCKED:
            z, e = workflow.grounds(v)
            zh.append(z)
            en.append(e)
    return "；".join(zh), "; ".join(en)


def _finish(app: Application, actor: Any, on: dt.date, note: str = "") -> None:
    """The last approval: status approved, the kind's follow-up in the same transaction."""
    app.status = Application.APPROVED
    app.decided_at = timezone.now()
    app.save()
    _event(app, "approved", actor, note)
    _record(app, "approved", actor, note or "审批完成")
    registry.get(app.kind).on_approved(app)
    workflow.notify(
        app.applicant,
        app.agency,
        Notice.INFO,
        f"您的申请已批准：{app.title}",
        f"your application was approved: {app.title}",
        url=url_of(app),
        ref=workflow.ref_of(app),
    )


def _text(value: Any, name: str, zh: str, en: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadInput(f"{zh}应为文字", f"{en} must be text", name)
    value = value.strip()
    if "\x00" in value:
        raise BadInput(f"{zh}含有不允许的字符", f"{en} contains a character that is not allowed", name)
    if len(value) > MAX_TEXT:
        raise BadInput(f"{zh}最多{MAX_TEXT}个字", f"{en} must be at most {MAX_TEXT} characters", name)
    if required and not value:
        raise BadInput(f"请填写{zh}", f"{en} is required", name)
    return value


def _target(app: Application, to: Any) -> User:
    """The person an action names (转交、加签、抄送): an active account of the application's agency."""
    if isinstance(to, User):
        user = to
    else:
        if not isinstance(to, str) or not to.strip() or len(to) > 150 or "\x00" in to:
            raise BadInput("请指定人员（账号）", "name the person (username)", "to")
        user = User.objects.filter(username=to.strip()).first()
    if user is None or not user.is_active:
        raise NotFound(f"没有账号 {str(to)[:60]}", f"no account {str(to)[:60]!r}", "to")
    if not users_of(app.agency).filter(pk=user.pk).exists():
        raise BadInput(
            f"{_name(user)}不是{app.agency.name}的业务人员（管理员等不审批业务）",
            f"{user.get_username()} holds no business post in {app.agency.slug}",
            "to",
        )
    return user


def own_request_refusal(app: Application, role: str, who: str) -> Refused:
    """申请人不得审批本人的申请: the refusal, citing the agency's clause (org.own_request) where it has one."""
    from zhidu.org import service as org

    chart = org.chart(app.agency.slug, timezone.localdate())
    area = registry.get(app.kind).area or None
    rules = [r for r in chart.refusal_rules if r.kind == "own_request" and r.applies(role, area)]
    rules = rules or [r for r in chart.refusal_rules if r.kind == "own_request"]
    cited = list({c.cite: chart._cited(c) for r in rules for c in r.cites}.values())
    where = "、".join(dict.fromkeys(c.display for c in cited))
    zh = f"{who}是申请人，不得审批本人的申请" + (
        f"（{where}）" if where else "（不相容职责：申请与审批须由不同的人担任）"
    )
    en = f"{who} is the applicant and may not approve their own application" + (
        f" ({', '.join(c.id for c in cited)})" if cited else " (applying and approving are incompatible duties)"
    )
    verdict = {
        "outcome": "blocked",
        "findings": [
            {
                "rule": "org.own_request",
                "outcome": "blocked",
                "message_zh": zh,
                "message_en": en,
                "citations": [c.as_dict() for c in cited],
            }
        ],
    }
    return Refused(f"不允许：{zh}", f"Not allowed: {en}", "to", verdict)


def _acting_for(app: Application, step: Step, on: dt.date) -> dict[str, str]:
    """Who may take this step over on ``on``: person name → the clause or reason (acting arrangements of
    zhidu.org for the approver or the post, and the other holders of the same post)."""
    from zhidu.org import service as org

    out: dict[str, str] = {}
    chart = org.chart(app.agency.slug, on)
    current = person_of(step.assignee, app.agency)
    area = registry.get(app.kind).area or None
    for a in chart.acting_on(on):
        stands_in = (current is not None and a.for_person == current.name) or (a.for_role and a.for_role == step.role)
        if stands_in and (not a.areas or area in a.areas):
            out[a.person] = a.source.cite or a.reason
    if step.role in ROLE_BY_ID:
        try:
            same = org.people_for(app.agency.slug, step.role, on, section=app.section, area=area)
        except BadInput:
            same = []
        for p in same:
            out.setdefault(p.name, "")
    if current is not None:
        out.pop(current.name, None)
    return out


def forward_targets(app: Application, step: Step, on: dt.date | None = None) -> list[tuple[Any, str]]:
    """The accounts a step may be handed to (转交), with the clause of the acting arrangement ("" for a
    colleague holding the same post)."""
    names = _acting_for(app, step, _today(on))
    users = _users_by_name(app.agency, list(names))
    return [(u, names[n]) for n, u in users.items() if u.pk not in (app.applicant_id, step.assignee_id)]


def act(
    app_id: int,
    user: Any,
    version: int,
    action: str,
    *,
    opinion: Any = "",
    to: Any = None,
    decision_ref: Any = None,
    today: dt.date | None = None,
) -> Application:
    """One action on a submitted application (see the module docstring); ``Conflict`` on a stale version."""
    if action not in ACTIONS:
        raise BadInput(
            f"未知的操作 {str(action)[:40]!r}（可选：{'、'.join(ACTIONS)}）",
            f"unknown action {str(action)[:40]!r} (one of: {', '.join(ACTIONS)})",
            "action",
        )
    on = _today(today)
    opinion = _text(opinion, "opinion", "意见", "the opinion")
    with transaction.atomic():
        app = _lock(app_id, version)
        handler = _HANDLERS[action]
        with ledger.context(verdict=app_verdict(app), reason=f"{ACTIONS[action][0]} / {ACTIONS[action][1]}"):
            handler(app, user, on, opinion, to, decision_ref)
    app.refresh_from_db()
    return app


def _submitted(app: Application, what: tuple[str, str]) -> None:
    if app.status != Application.SUBMITTED:
        raise BadInput(
            f"该申请{app.get_status_display()}，不能{what[0]}",
            f"this application is {app.status}; it cannot be {what[1]}",
            "status",
        )


def _my_step(app: Application, user: Any, what: tuple[str, str]) -> Step:
    _submitted(app, what)
    step = current_step(app)
    if step is None or step.assignee_id != getattr(user, "pk", None):
        who = step.assignee_name if step else ""
        raise BadInput(
            f"您不是当前审批人，不能{what[0]}" + (f"（当前审批人：{who}）" if who else ""),
            f"you are not the current approver; you cannot {what[1]}" + (f" (current approver: {who})" if who else ""),
            "user",
        )
    if step.assignee_id == app.applicant_id:
        from zhidu.org import service as org

        chart = org.chart(app.agency.slug, timezone.localdate())
        area = registry.get(app.kind).area or None
        if any(r.kind == "own_request" and r.applies(step.role, area) for r in chart.refusal_rules):
            raise own_request_refusal(app, step.role, step.assignee_name)
    return step


def _approve(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    step = _my_step(app, user, ("同意", "approve"))
    if decision_ref not in (None, ""):
        app.decision_ref = _decision_ref(app.agency, decision_ref)
    step.status, step.opinion, step.acted_at = Step.APPROVED, opinion or "同意", timezone.now()
    step.save()
    _close_step_tasks(step, f"同意：{opinion}" if opinion else "同意")
    _event(app, "approve", user, opinion)
    app.save()
    _record(app, "approve", user, opinion or "同意", step=step.order, role=step.role, cites=step.cites)
    following = app.steps.filter(round=app.round, status=Step.WAITING).order_by("order", "id").first()
    if following is not None:
        _start_step(app, following, on)
    else:
        _finish(app, user, on)


def _reject(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    step = _my_step(app, user, ("不同意", "reject"))
    if not opinion:
        raise BadInput("不同意时请写明理由", "give the reason for rejecting", "opinion")
    step.status, step.opinion, step.acted_at = Step.REJECTED, opinion, timezone.now()
    step.save()
    _close_step_tasks(step, f"不同意：{opinion}")
    _skip_rest(app)
    app.status, app.decided_at = Application.REJECTED, timezone.now()
    app.save()
    _event(app, "reject", user, opinion)
    _record(app, "reject", user, opinion, step=step.order, role=step.role, cites=step.cites)
    workflow.notify(
        app.applicant,
        app.agency,
        Notice.INFO,
        f"您的申请未获批准：{app.title}（{opinion}）",
        f"your application was rejected: {app.title} ({opinion})",
        url=url_of(app),
        ref=workflow.ref_of(app),
    )


def _skip_rest(app: Application) -> None:
    for s in app.steps.filter(round=app.round, status__in=[Step.WAITING, Step.PENDING]):
        s.status = Step.SKIPPED
        s.save()
        _cancel_step_tasks(s)


def _return(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    step = _my_step(app, user, ("退回", "return"))
    if not opinion:
        raise BadInput("退回时请写明理由", "give the reason for returning it", "opinion")
    step.status, step.opinion, step.acted_at = Step.RETURNED, opinion, timezone.now()
    step.save()
    _close_step_tasks(step, f"退回：{opinion}")
    _skip_rest(app)
    app.status = Application.RETURNED
    app.save()
    _event(app, "return", user, opinion)
    _record(app, "return", user, opinion, step=step.order, role=step.role)
    workflow.notify(
        app.applicant,
        app.agency,
        Notice.INFO,
        f"您的申请被退回：{app.title}。理由：{opinion}",
        f"your application was returned: {app.title}. Reason: {opinion}",
        url=url_of(app),
        ref=workflow.ref_of(app),
    )


def _withdraw(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    _own(app, user)
    _submitted(app, ("撤回", "withdrawn"))
    acted = app.steps.filter(round=app.round, status__in=[Step.APPROVED, Step.RETURNED, Step.REJECTED])
    if acted.exists():
        first = acted.order_by("acted_at").first()
        raise BadInput(
            f"{first.assignee_name if first else '审批人'}已经审批，不能撤回",
            "an approver has already acted; it can no longer be withdrawn",
            "status",
        )
    _skip_rest(app)
    app.status = Application.WITHDRAWN
    app.save()
    _event(app, "withdraw", user, opinion)
    _record(app, "withdraw", user, opinion or "撤回")


def _forward(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    step = _my_step(app, user, ("转交", "hand it over"))
    target = _target(app, to)
    if target.pk == app.applicant_id:
        raise own_request_refusal(app, step.role, _name(target))
    if target.pk == step.assignee_id:
        raise BadInput("不能转交给本人", "you cannot hand it to yourself", "to")
    allowed = {u.pk: cite for u, cite in forward_targets(app, step, on)}
    if target.pk not in allowed:
        raise BadInput(
            f"只能转交给代理您审批的人员（代理安排）或同一职务的其他人员；{_name(target)}不在其中",
            f"it can only be handed to whoever acts for you (acting arrangements) or holds the same post; "
            f"{target.get_username()} does not",
            "to",
        )
    before = step.assignee_name
    _close_step_tasks(step, f"转交{_name(target)}")
    step.assignee, step.assignee_name = target, _name(target)
    if allowed[target.pk]:
        step.cites = list(dict.fromkeys([*step.cites, allowed[target.pk]]))
    step.save()
    due = workflow.Due(step.due, step.due_provisional, step.due_basis, step.due_basis) if step.due else None
    workflow.open_task(
        app.agency,
        kind=TASK_KIND,
        title=f"审批：{app.title}（{app.applicant_name}，{before}转交）"[:300],
        ref=step,
        assignee=target,
        section=app.section,
        due=due,
        cites=step.cites,
        url=url_of(app),
        on=on,
    )
    app.save()
    _event(app, "forward", user, opinion, step.assignee_name)
    _record(app, "forward", user, opinion or "转交", step=step.order, to=target.get_username(), cite=allowed[target.pk])


def _add_signer(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    step = _my_step(app, user, ("加签", "add an approver"))
    target = _target(app, to)
    if target.pk == app.applicant_id:
        raise own_request_refusal(app, "added", _name(target))
    open_ = app.steps.filter(round=app.round, status__in=[Step.WAITING, Step.PENDING], assignee=target)
    if open_.exists():
        raise BadInput(f"{_name(target)}已在审批流程中", f"{target.get_username()} is already on the route", "to")
    for later in app.steps.filter(round=app.round, order__gt=step.order).order_by("-order"):
        later.order += 1
        later.save()
    Step.objects.create(
        application=app,
        order=step.order + 1,
        round=app.round,
        role="added",
        mode="person",
        assignee=target,
        assignee_name=_name(target),
        added_by=user,
    )
    app.save()
    _event(app, "add_signer", user, opinion, _name(target))
    _record(app, "add_signer", user, opinion or "加签", after_step=step.order, to=target.get_username())


def _copy(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    involved = app.applicant_id == user.pk or app.steps.filter(assignee=user).exists()
    if not involved:
        raise BadInput("只有申请人和审批人可以抄送", "only the applicant and the approvers may copy it", "user")
    if app.status == Application.DRAFT:
        raise BadInput("草稿不能抄送", "a draft cannot be copied", "status")
    target = _target(app, to)
    if target.pk == app.applicant_id:
        raise BadInput("不能抄送给申请人本人", "the applicant needs no copy", "to")
    if Copy.objects.filter(application=app, user=target).exists():
        raise BadInput(f"已抄送过{_name(target)}", f"{target.get_username()} already has a copy", "to")
    Copy.objects.create(application=app, user=target, by=user)
    workflow.notify(
        target,
        app.agency,
        Notice.COPY,
        f"抄送：{app.applicant_name}的申请“{app.title}”" + (f"（{opinion}）" if opinion else ""),
        f"copy: {app.title} by {app.applicant_name}" + (f" ({opinion})" if opinion else ""),
        url=url_of(app),
        ref=workflow.ref_of(app),
    )
    app.save()
    _event(app, "copy", user, opinion, _name(target))
    _record(app, "copy", user, opinion or "抄送", to=target.get_username())


def _remind(app: Application, user: Any, on: dt.date, opinion: str, to: Any, decision_ref: Any) -> None:
    _own(app, user)
    _submitted(app, ("催办", "reminded"))
    step = current_step(app)
    if step is None or step.assignee is None:
        raise BadInput("当前没有待审批的步骤", "no step is waiting for an approver", "status")
    today_events = [e for e in app.events.filter(action="remind") if timezone.localdate(e.at) == timezone.localdate()]
    if today_events:
        raise BadInput(
            "今天已经催办过，每天最多催办一次", "already reminded today; at most one reminder a day", "action"
        )
    task = workflow.open_tasks_of(step).first()
    workflow.notify(
        step.assignee,
        app.agency,
        Notice.REMIND,
        f"催办：{app.applicant_name}的申请“{app.title}”待您审批" + (f"（{opinion}）" if opinion else ""),
        f"reminder: {app.title} by {app.applicant_name} awaits your approval" + (f" ({opinion})" if opinion else ""),
        url=url_of(app),
        task=task,
        ref=workflow.ref_of(app),
    )
    app.save()
    _event(app, "remind", user, opinion, step.assignee_name)
    _record(app, "remind", user, opinion or "催办", to=step.assignee_name)


_HANDLERS = {
    "approve": _approve,
    "reject": _reject,
    "return": _return,
    "withdraw": _withdraw,
    "forward": _forward,
    "add_signer": _add_signer,
    "copy": _copy,
    "remind": _remind,
}


def may(app: Application, user: Any, action: str) -> bool:
    """Whether ``user`` may take ``action`` now (for the page's buttons; ``act`` decides for real)."""
    uid = getattr(user, "pk", None)
    if action in ("approve", "reject", "return", "forward", "add_signer"):
        step = current_step(app) if app.status == Application.SUBMITTED else None
        return step is not None and step.assignee_id == uid
    if action == "withdraw":
        return (
            app.applicant_id == uid
            and app.status == Application.SUBMITTED
            and not app.steps.filter(round=app.round, status__in=[Step.APPROVED, Step.RETURNED, Step.REJECTED]).exists()
        )
    if action == "remind":
        return app.applicant_id == uid and app.status == Application.SUBMITTED
    if action == "copy":
        return app.status != Application.DRAFT and (
            app.applicant_id == uid or app.steps.filter(assignee_id=uid).exists()
        )
    if action in ("edit", "submit"):
        return app.applicant_id == uid and app.status in EDITABLE
    if action == "attach":
        return app.applicant_id == uid or (
            app.status == Application.SUBMITTED and getattr(current_step(app), "assignee_id", None) == uid
        )
    return False


# --- attachments --------------------------------------------------------------------------------------------

_SIGNATURES = {
    "pdf": (b"%PDF",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "ofd": (b"PK\x03\x04",),
    "doc": (b"\xd0\xcf\x11\xe0",),
    "xls": (b"\xd0\xcf\x11\xe0",),
}


def attach(app_id: int, user: Any, version: int, name: Any, content: bytes) -> Attachment:
    """Keep a file with the application (size and type limits of settings.yaml, its SHA-256 recorded)."""
    conf = settings()["attachments"]
    if not isinstance(name, str) or not name.strip() or "\x00" in name or len(name) > 200:
        raise BadInput("文件名不正确（1至200个字）", "the file name is not valid (1–200 characters)", "file")
    name = Path(name.replace("\\", "/")).name.strip()
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    types: dict[str, str] = conf["types"]
    if ext not in types:
        raise BadInput(
            f"不接受此类文件（可上传：{'、'.join(types)}）",
            f"this kind of file is not accepted (accepted: {', '.join(types)})",
            "file",
        )
    if not content:
        raise BadInput("文件是空的", "the file is empty", "file")
    if len(content) > int(conf["max_bytes"]):
        mib = int(conf["max_bytes"]) // (1024 * 1024)
        raise BadInput(f"文件超过{mib}MB", f"the file is larger than {mib} MiB", "file")
    sigs = _SIGNATURES.get(ext)
    if sigs and not any(content.startswith(s) for s in sigs):
        raise BadInput(
            f"文件内容与扩展名 .{ext} 不符", f"the file's content does not match its extension .{ext}", "file"
        )
    if ext == "txt":
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            raise BadInput("文本文件应为 UTF-8 编码", "a text file must be UTF-8", "file") from None
    with transaction.atomic():
        app = _lock(app_id, version)
        if not may(app, user, "attach"):
            raise BadInput(
                "只有申请人和当前审批人可以上传附件",
                "only the applicant and the current approver may attach files",
                "user",
            )
        if app.attachments.count() >= int(conf["max_per_application"]):
            raise BadInput(
                f"每件申请最多{conf['max_per_application']}个附件",
                f"at most {conf['max_per_application']} files per application",
                "file",
            )
        digest = hashlib.sha256(content).hexdigest()
        with ledger.context(verdict=app_verdict(app), reason="上传附件 / attach"):
            att = Attachment.objects.create(
                application=app,
                name=name,
                content_type=types[ext],
                size=len(content),
                sha256=digest,
                data=content,
                uploaded_by=user,
            )
            app.save()
            _event(app, "attach", user, f"{name}（SHA-256 {digest[:16]}…）")
            _record(app, "attach", user, name, sha256=digest, size=len(content))
    return att


# --- lists --------------------------------------------------------------------------------------------------


def mine(user: Any) -> models.QuerySet[Application]:
    return Application.objects.filter(applicant_id=getattr(user, "pk", None)).select_related("agency")


def todo(user: Any) -> models.QuerySet[Step]:
    """The steps waiting for ``user`` to approve (待我审批)."""
    return (
        Step.objects.filter(
            assignee_id=getattr(user, "pk", None),
            status=Step.PENDING,
            application__status=Application.SUBMITTED,
            round=models.F("application__round"),
        )
        .select_related("application", "application__agency")
        .order_by("due", "id")
    )


def overdue(on: dt.date | None = None) -> models.QuerySet[Step]:
    """Steps past their due day and not yet acted on (narrow with ``zhidu.access.scoped``)."""
    return (
        Step.objects.filter(
            status=Step.PENDING,
            due__lt=_today(on),
            application__status=Application.SUBMITTED,
            round=models.F("application__round"),
        )
        .select_related("application", "application__agency", "assignee")
        .order_by("due", "id")
    )


def history(app: Application) -> models.QuerySet[Event]:
    return app.events.all()


def users_of(agency: Agency, on: dt.date | None = None) -> models.QuerySet[User]:
    """Active accounts holding a business role in ``agency`` that day (the people one may copy, add as an
    approver or hand over to; the 三员 administrators approve no business)."""
    from zhidu.access.policy import BUSINESS
    from zhidu.accounts.models import RoleAssignment

    day = _today(on)
    holding = RoleAssignment.objects.filter(agency=agency, role__in=sorted(BUSINESS), valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )
    return User.objects.filter(is_active=True, pk__in=holding.values("user_id")).order_by("username")


def event_label(action: str) -> tuple[str, str]:
    return EVENT_NAMES.get(action, (action, action))


def role_label(role: str) -> tuple[str, str]:
    return _role_zh(role), _role_en(role)
